import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'order-duration-month-ambiguous',
  severity: 'warning',
  citation: "18 U.S.C. § 3123(c)(1)",
  summary: "\"two months\", or a date range of exactly sixty days between its ends.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
