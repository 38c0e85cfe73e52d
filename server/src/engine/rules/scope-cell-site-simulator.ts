import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'scope-cell-site-simulator',
  severity: 'error',
  citation: "DOJ policy (2015)",
  summary: "A cell-site simulator.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
