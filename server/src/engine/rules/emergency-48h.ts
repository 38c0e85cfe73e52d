import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'emergency-48h',
  severity: 'error',
  citation: "18 U.S.C. § 3125",
  summary: "More than 48 hours between an emergency installation and the order (warning when the time is missing).",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
