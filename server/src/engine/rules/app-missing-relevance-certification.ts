import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'app-missing-relevance-certification',
  severity: 'error',
  citation: "18 U.S.C. § 3122(b)(2)",
  summary: "No certification of relevance to an ongoing criminal investigation.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
