import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'draft-invalid-date',
  severity: 'error',
  citation: "",
  summary: "A date that does not exist (\"February 30, 2022\").",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
