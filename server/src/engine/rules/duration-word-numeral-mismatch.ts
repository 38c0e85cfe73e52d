import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'duration-word-numeral-mismatch',
  severity: 'error',
  citation: "18 U.S.C. § 3123(c)(1)",
  summary: "\"sixty (90) days\".",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
