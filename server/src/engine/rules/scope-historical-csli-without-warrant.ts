import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'scope-historical-csli-without-warrant',
  severity: 'error',
  citation: "Carpenter v. United States (2018)",
  summary: "Historical cell-site location without a warrant.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
