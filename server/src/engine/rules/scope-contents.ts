import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'scope-contents',
  severity: 'error',
  citation: "18 U.S.C. §§ 3121(c), 3127(3)–(4), 2510(8)",
  summary: "The draft asks for the contents of communications.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
