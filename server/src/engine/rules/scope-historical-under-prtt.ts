import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'scope-historical-under-prtt',
  severity: 'error',
  citation: "18 U.S.C. §§ 3121–3127; § 2703",
  summary: "Past records with only pen/trap authority.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
