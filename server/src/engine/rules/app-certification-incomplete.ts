import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'app-certification-incomplete',
  severity: 'warning',
  citation: "18 U.S.C. § 3122(b)(2)",
  summary: "The certification is hedged (\"may be relevant\"), drops \"ongoing\" or \"criminal\", or names another agency than the one identified.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
