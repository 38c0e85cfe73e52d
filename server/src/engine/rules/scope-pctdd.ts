import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'scope-pctdd',
  severity: 'warning',
  citation: "18 U.S.C. § 3121(c)",
  summary: "Post-cut-through dialed digits without a no-use limitation.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
