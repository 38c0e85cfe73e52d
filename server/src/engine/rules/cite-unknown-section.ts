import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'cite-unknown-section',
  severity: 'warning',
  citation: "",
  summary: "A citation to a section or subsection that does not exist (§ 3122(b)(3), § 3129).",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
