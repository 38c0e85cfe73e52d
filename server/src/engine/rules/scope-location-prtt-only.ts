import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'scope-location-prtt-only',
  severity: 'error',
  citation: "47 U.S.C. § 1002(a)(2)",
  summary: "Location (cell-site, GPS, E-911, pings) with only pen/trap authority.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
