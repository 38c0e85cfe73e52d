import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'order-record-deadline-wrong',
  severity: 'error',
  citation: "18 U.S.C. § 3123(a)(3)(B)",
  summary: "The (a)(3) record is due other than within 30 days after termination.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
