// § 3123(c)(1): an order may authorize installation and use "for a period not to exceed sixty days".
import { defineRule } from '../rule.js';
import { limitDays } from '../draft/periods.js';
import { tooLongPeriodReports } from '../text/duration-wording.js';

export default defineRule({
  id: 'order-duration-exceeds-60',
  severity: 'error',
  citation: '18 U.S.C. § 3123(c)(1)',
  summary: 'The period exceeds sixty days (words, numerals, weeks, months of three or more, business days, date ranges).',
  docs: `An order "shall authorize the installation and use of a pen register or a trap and trace device for a period
not to exceed sixty days" (18 U.S.C. § 3123(c)(1)); longer coverage needs an extension on a new application.
penlint reads the period in any form a draft uses: words and numerals ("ninety (90) days", "90-day period"),
weeks (nine weeks = 63 days), months (three months or a quarter is at least 89 days), years, business days (sixty
business days span at least 82 calendar days) and explicit date ranges, measured as in LEGAL.md §7.3: with D the
days from the first to the last date, D ≤ 59 is within the limit, D = 60 is ambiguous
(\`order-duration-month-ambiguous\`), D ≥ 61 exceeds it. When the words and the numeral disagree the larger
number is judged (and \`duration-word-numeral-mismatch\` reports the disagreement).

Which period is judged: the order's own, since the judge signs the order. When the file holds no order, the
period its application asks for stands for the order it proposes. When both are present and only the application
asks for too much (ninety days under a proposed order of sixty), the defect is the application's and is reported
at its words; when both are too long, the order's words carry the one finding (RULES.md: one defect, one
finding). Periods with other roles never count: sealing, the § 3123(a)(3) record
deadline, a § 2703(f) preservation, a records look-back, the period of an earlier order, and extensions (see
\`extension-exceeds-60\`). \`maxDurationDays\` in the config lowers the limit (never above sixty).

The safe fix writes "sixty (60) days"; for a date range it moves the end date to the last allowed day.`,
  examples: {
    valid: [
      {
        title: 'application and order both sixty days',
        text: `# APPLICATION\n\nThe Government asks for authority for sixty (60) days from the date of the Order.\n\n# [PROPOSED] ORDER\n\nIT IS ORDERED that the DEA may use the pen register for sixty (60) days from the date of this Order.\n`,
      },
      { text: `## ORDER\n\nIT IS ORDERED that the DEA may install and use a pen register on (704) 555-0143 for a period of sixty (60) days from the date of this Order.\n` },
      { title: 'eight weeks is 56 days', text: `## ORDER\n\nIT IS ORDERED that the FBI may use the device for eight weeks from the date of this Order.\n` },
      { title: 'a § 2703(f) preservation of 90 days is not the period', text: `## ORDER\n\nIT IS ORDERED that the device may be used for sixty (60) days from the date of this Order.\n\nThe provider shall preserve records for 90 days pursuant to 18 U.S.C. § 2703(f).\n` },
    ],
    invalid: [
      {
        title: 'ninety days',
        text: `## ORDER\n\nIT IS ORDERED that the DEA may install and use a pen register for a period of ninety (90) days from the date of this Order.\n`,
        findings: [{ at: 'ninety (90) days', message: 'at most sixty', fixed: `## ORDER\n\nIT IS ORDERED that the DEA may install and use a pen register for a period of sixty (60) days from the date of this Order.\n` }],
      },
      {
        title: 'a date range of 181 days',
        text: `## ORDER\n\nIT IS ORDERED that the pen register may be used from January 1, 2022 through June 30, 2022.\n`,
        findings: [{ at: 'June 30, 2022', message: '180 days after its start (181 counted inclusively)', fixed: `## ORDER\n\nIT IS ORDERED that the pen register may be used from January 1, 2022 through March 1, 2022.\n` }],
      },
      {
        title: 'the application asks for more than the order grants: reported at the application',
        text: `# APPLICATION\n\nThe Government asks for authority for ninety (90) days from the date of the Order.\n\n# [PROPOSED] ORDER\n\nIT IS ORDERED that the DEA may use the pen register for sixty (60) days from the date of this Order.\n`,
        findings: [{ at: 'ninety (90) days', message: 'The application asks for installation and use' }],
      },
      {
        title: 'both too long: one finding, at the order',
        text: `# APPLICATION\n\nThe Government asks for authority for ninety (90) days from the date of the Order.\n\n# [PROPOSED] ORDER\n\nIT IS ORDERED that the DEA may use the pen register for ninety (90) days from the date of this Order.\n`,
        findings: [{ at: 'for ninety (90) days from the date of this Order', message: 'The order authorizes' }],
      },
      {
        title: 'three months',
        text: `## ORDER\n\nIT IS ORDERED that the FBI may install and use the device for a period of three months from the date of this Order.\n`,
        findings: [{ at: 'three months', message: '89 to 92 days' }],
      },
    ],
  },
  check(draft, { config }) {
    return tooLongPeriodReports(draft, 'installation', limitDays(config), '. Longer coverage requires an extension on a new application.');
  },
});
