import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'order-missing-sealing',
  severity: 'error',
  citation: "18 U.S.C. § 3123(d)(1)",
  summary: "No sealing directive.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
