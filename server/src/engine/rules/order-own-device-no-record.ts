import { defineRule } from '../rule.js';

// STUB: to be written by the issue that owns this rule.
export default defineRule({
  id: 'order-own-device-no-record',
  severity: 'warning',
  citation: "18 U.S.C. § 3123(a)(3)",
  summary: "The agency installs its own device on a provider's packet-switched network and no record provision.",
  docs: '',
  examples: { valid: [], invalid: [] },
  check() {
    return [];
  },
});
