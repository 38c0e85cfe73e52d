import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'order-missing-subject',
  severity: 'warning',
  citation: "18 U.S.C. § 3123(b)(1)(B)",
  summary: "The subject is neither named nor stated to be unknown.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
