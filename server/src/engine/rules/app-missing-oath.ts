import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'app-missing-oath',
  severity: 'error',
  citation: "18 U.S.C. § 3122(a)",
  summary: "No oath, affirmation, sworn statement or declaration under penalty of perjury.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
