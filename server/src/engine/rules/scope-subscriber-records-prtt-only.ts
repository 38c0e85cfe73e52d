import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'scope-subscriber-records-prtt-only',
  severity: 'warning',
  citation: "18 U.S.C. § 2703(c)",
  summary: "Subscriber records with only pen/trap authority.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
