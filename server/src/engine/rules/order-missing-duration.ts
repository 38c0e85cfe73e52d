import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'order-missing-duration',
  severity: 'error',
  citation: "18 U.S.C. § 3123(c)(1)",
  summary: "The order states no period.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
