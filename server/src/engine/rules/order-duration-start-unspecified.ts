import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'order-duration-start-unspecified',
  severity: 'info',
  citation: "18 U.S.C. § 3123(c)(1)",
  summary: "A period is stated with no start point.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
