import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'app-court-competence',
  severity: 'info',
  citation: "18 U.S.C. § 3127(2)",
  summary: "The application does not state why the court is a court of competent jurisdiction.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
