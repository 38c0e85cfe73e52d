import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'app-missing-agency-identity',
  severity: 'error',
  citation: "18 U.S.C. § 3122(b)(1)",
  summary: "No law enforcement agency is named as conducting the investigation.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
