import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'order-missing-subscriber',
  severity: 'warning',
  citation: "18 U.S.C. § 3123(b)(1)(A)",
  summary: "The subscriber is neither named nor stated to be unknown.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
