import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'extension-automatic',
  severity: 'error',
  citation: "18 U.S.C. § 3123(c)(2)",
  summary: "Automatic or successive renewals without a new application.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
