import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'draft-unfilled-placeholder',
  severity: 'warning',
  citation: "",
  summary: "`[AGENCY]`, `[NAME]`, `TBD`, `XX/XX/20XX`, `____` left in the text.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
