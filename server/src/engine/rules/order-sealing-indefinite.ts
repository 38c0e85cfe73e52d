import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'order-sealing-indefinite',
  severity: 'info',
  citation: "18 U.S.C. § 3123(d)(1)",
  summary: "Sealing \"until further order\" in a combined pen/trap and § 2703(d) order with no review date.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
