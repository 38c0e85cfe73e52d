import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'scope-stored-content',
  severity: 'error',
  citation: "18 U.S.C. § 2703(a)–(b)",
  summary: "Stored messages, backups, photos in the account.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
