import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'order-duration-open-ended',
  severity: 'error',
  citation: "18 U.S.C. § 3123(c)(1)",
  summary: "\"until the investigation is concluded\" (not the sealing phrase \"until otherwise ordered\").",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
