import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'extension-exceeds-60',
  severity: 'error',
  citation: "18 U.S.C. § 3123(c)(2)",
  summary: "An extension longer than sixty days.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
