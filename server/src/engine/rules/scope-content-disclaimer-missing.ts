import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'scope-content-disclaimer-missing',
  severity: 'info',
  citation: "18 U.S.C. §§ 3121(c), 3127(3)–(4)",
  summary: "No statement that contents are not sought or authorized.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
