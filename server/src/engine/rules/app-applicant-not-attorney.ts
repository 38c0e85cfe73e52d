import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'app-applicant-not-attorney',
  severity: 'error',
  citation: "18 U.S.C. §§ 3122(a)(1), 3127(5)",
  summary: "A federal application is made by an agent or officer, with no attorney applicant.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
