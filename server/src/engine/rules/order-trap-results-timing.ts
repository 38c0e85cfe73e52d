import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'order-trap-results-timing',
  severity: 'info',
  citation: "18 U.S.C. § 3124(b)",
  summary: "Real-time trap results are asked for but the order is silent on delivery.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
