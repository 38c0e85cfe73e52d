import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'draft-inconsistent-identifier',
  severity: 'warning',
  citation: "18 U.S.C. § 3123(b)(1)(C)",
  summary: "The order's target identifier differs from the application's.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
