import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'scope-subject-line',
  severity: 'error',
  citation: "18 U.S.C. § 2510(8)",
  summary: "E-mail subject lines.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
