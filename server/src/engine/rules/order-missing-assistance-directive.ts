import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'order-missing-assistance-directive',
  severity: 'warning',
  citation: "18 U.S.C. § 3123(b)(2)",
  summary: "The application asks for provider assistance and the order does not direct it.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
