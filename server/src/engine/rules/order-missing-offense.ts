import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'order-missing-offense',
  severity: 'error',
  citation: "18 U.S.C. § 3123(b)(1)(D)",
  summary: "No statement of the offense.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
