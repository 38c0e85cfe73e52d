import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'app-state-law-check',
  severity: 'info',
  citation: "18 U.S.C. § 3122(a)(2)",
  summary: "A State officer applies: check what State law allows and adds.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
