import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'scope-location-hybrid',
  severity: 'warning',
  citation: "split of authority",
  summary: "Prospective location with § 2703(d) also cited.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
