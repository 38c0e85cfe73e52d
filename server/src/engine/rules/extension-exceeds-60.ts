// § 3123(c)(2): "The period of extension shall be for a period not to exceed sixty days."
import { defineRule } from '../rule.js';
import { limitDays } from '../draft/periods.js';
import { tooLongPeriodReports } from '../text/duration-wording.js';

export default defineRule({
  id: 'extension-exceeds-60',
  severity: 'error',
  citation: '18 U.S.C. § 3123(c)(2)',
  summary: 'An extension longer than sixty days.',
  docs: `Extensions of a pen register order "may be granted, but only upon an application for an order under section
3122 … and upon the judicial finding required by subsection (a)", and "the period of extension shall be for a
period not to exceed sixty days" (18 U.S.C. § 3123(c)(2)). The statute sets no limit on the number of extensions,
but each one is at most sixty days.

An extension's period is the period an extension order grants ("for an additional ninety (90) days", "extended
for 90 days") or, in an extension document, the period its order authorizes; the period of the original order
that the application describes is background and is not judged. Durations are read as in
\`order-duration-exceeds-60\` (words, numerals, weeks, months, business days, date ranges); "ninety (60) days" is
judged by the larger number. The extension order's period is judged; the application's request when the file
holds no order, or when only the application asks for too much (the defect is then the application's).
\`maxDurationDays\` lowers the limit. The safe fix writes "sixty (60) days".`,
  examples: {
    valid: [
      { text: `# [PROPOSED] ORDER EXTENDING PEN REGISTER AUTHORIZATION\n\nIT IS ORDERED that the authorization is extended for an additional sixty (60) days from the date of this Order.\n` },
      { title: 'a sealing period beside the extension is not the extension\'s', text: `# APPLICATION FOR EXTENSION\n\nThe Government asks that the order be extended for sixty days, and that notice be delayed for ninety days unless the Government notifies the Court otherwise.\n` },
      { title: 'the original order is background', text: `# APPLICATION FOR EXTENSION\n\nOn May 6, 2024, the Court entered an Order (the "Original Order") authorizing the pen register for sixty (60) days. The Government asks that the authorization be extended for an additional sixty (60) days.\n` },
    ],
    invalid: [
      {
        title: 'an additional ninety days',
        text: `# [PROPOSED] ORDER EXTENDING PEN REGISTER AUTHORIZATION\n\nIT IS ORDERED that the authorization is extended for an additional ninety (90) days from the date of this Order.\n`,
        findings: [{ at: 'ninety (90) days', message: '§ 3123(c)(2) allows at most sixty days for each extension', fixed: `# [PROPOSED] ORDER EXTENDING PEN REGISTER AUTHORIZATION\n\nIT IS ORDERED that the authorization is extended for an additional sixty (60) days from the date of this Order.\n` }],
      },
      {
        title: 'the verb "extend" with a period in months, from the expiration of the current order',
        text: `# APPLICATION FOR EXTENSION\n\nThe Government asks that the order be extended for three months from the date the current order expires, and that notice to the subscriber be delayed for one year.\n`,
        findings: [{ at: 'three months', message: 'at most sixty days' }],
      },
      {
        title: 'words and numeral disagree: judged by the larger',
        text: `# [PROPOSED] ORDER EXTENDING PEN REGISTER AUTHORIZATION\n\nIT IS ORDERED that the DEA may continue to use the pen register for an additional ninety (60) days from the date of this Order.\n`,
        findings: [{ at: 'ninety (60) days', message: 'judged by the larger number, 90' }],
      },
    ],
  },
  check(draft, { config }) {
    return tooLongPeriodReports(draft, 'extension', limitDays(config), ', each on a new application under § 3122.');
  },
});
