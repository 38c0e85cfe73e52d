import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'order-duration-exceeds-60',
  severity: 'error',
  citation: "18 U.S.C. § 3123(c)(1)",
  summary: "The period exceeds sixty days (words, numerals, weeks, months of three or more, business days, date ranges).",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
