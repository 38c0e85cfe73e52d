import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'order-missing-geo-limits-state-trap',
  severity: 'error',
  citation: "18 U.S.C. § 3123(b)(1)(C)",
  summary: "A State (a)(2) trap-and-trace order states no geographic limits (never for federal orders).",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
