import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'order-retroactive-start',
  severity: 'error',
  citation: "18 U.S.C. §§ 3123(c)(1), 3125",
  summary: "The period starts before the order, outside a § 3125 emergency of 48 hours or less.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
