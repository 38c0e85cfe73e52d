import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'order-missing-identifier',
  severity: 'error',
  citation: "18 U.S.C. § 3123(b)(1)(C)",
  summary: "No number, address, account or other identifier of the target facility.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
