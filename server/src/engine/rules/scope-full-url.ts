import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'scope-full-url',
  severity: 'warning',
  citation: "18 U.S.C. § 3121(c)",
  summary: "Full URLs, paths, web pages visited.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
