import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'order-missing-nondisclosure',
  severity: 'error',
  citation: "18 U.S.C. § 3123(d)(2)",
  summary: "No nondisclosure directive.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
