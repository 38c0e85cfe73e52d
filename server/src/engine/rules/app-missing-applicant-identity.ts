import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'app-missing-applicant-identity',
  severity: 'error',
  citation: "18 U.S.C. § 3122(b)(1)",
  summary: "No attorney for the Government (or State officer) is named as applicant.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
