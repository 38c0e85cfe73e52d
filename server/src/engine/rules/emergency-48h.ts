// § 3125(a), (c): after an emergency installation, the application must be made and an approving order issued
// within forty-eight hours.
import { defineRule } from '../rule.js';
import type { Report } from '../types.js';
import { plainDate } from '../text/duration-wording.js';
import type { PeriodDate } from '../draft/periods.js';

function when(d: PeriodDate): string {
  if (d.minutes === undefined) return plainDate(d.serial);
  const h = Math.floor(d.minutes / 60);
  const m = d.minutes % 60;
  return `${plainDate(d.serial)} at ${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

function hoursText(h: number): string {
  const whole = Math.floor(h);
  const minutes = Math.round((h - whole) * 60);
  return minutes ? `${whole} hours ${minutes} minutes` : `${whole} hours`;
}

export default defineRule({
  id: 'emergency-48h',
  severity: 'error',
  citation: '18 U.S.C. § 3125(a), (c)',
  summary: 'More than 48 hours between an emergency installation and the order (warning when the time is missing).',
  docs: `An officer specially designated under 18 U.S.C. § 3125(a) may install a pen register before an order only
"if, within forty-eight hours after the installation has occurred, or begins to occur, an order approving the
installation or use is issued"; without one, use must stop when forty-eight hours have lapsed (§ 3125(b)), and
installation "without application for the authorizing order within forty-eight hours" violates the chapter
(§ 3125(c)). Two clocks therefore run from the installation: the application's and the order's.

penlint reads the installation time ("Installation began at 10:20 p.m. PDT on Friday, August 9, 2024", "installed
on March 9 at 22:00", "at approximately 9:40 a.m. on March 9") and the time of the order (its dated signature
line or front matter \`penlint.date\`) or, when the proposed order is undated, of the application, which the order
cannot precede. More than 48 hours between them is an error, reported at the later time; when the draft states
no installation time at all, or states only days so that the gap may exceed 48 hours, a warning asks for it. An
emergency order more than 48 hours late is also \`order-retroactive-start\` when it approves the earlier use.`,
  examples: {
    valid: [
      {
        title: '17 hours',
        text: `# EMERGENCY APPLICATION UNDER 18 U.S.C. § 3125\n\nInstallation began on March 9, 2022 at 22:00, and this Application is submitted on March 10, 2022 at 15:00.\n`,
      },
    ],
    invalid: [
      {
        title: '72 hours',
        text: `# EMERGENCY APPLICATION UNDER 18 U.S.C. § 3125\n\nInstallation began on March 9, 2022 at 22:00, and this Application is submitted on March 12, 2022 at 22:00.\n`,
        findings: [{ at: 'submitted on March 12, 2022 at 22:00', message: '72 hours' }],
      },
      {
        title: 'no installation time',
        text: `# EMERGENCY APPLICATION UNDER 18 U.S.C. § 3125\n\nAn officer specially designated by a Deputy Assistant Attorney General installed a pen register on the Target Telephone.\n`,
        findings: [{ at: 'EMERGENCY APPLICATION', message: 'does not state when' }],
      },
    ],
  },
  check(draft) {
    const f = draft.periods;
    if (!f.isEmergency || !f.emergency) return [];
    const c = f.emergency;
    const out: Report[] = [];
    const part = draft.parts.find((p) => p.emergency && p.kind === 'order') ?? draft.parts.find((p) => p.emergency) ?? draft.parts[0];
    if (!part) return out;
    if (!c.installation) {
      out.push({
        start: part.anchor.start,
        end: part.anchor.end,
        severity: 'warning',
        message: 'The emergency draft does not state when installation began; 18 U.S.C. § 3125(a), (c) require the application, and an order approving the installation, within 48 hours of it. State the date and time.',
        fixes: [{ title: 'Insert the installation time', kind: 'suggestion', edits: [{ start: part.anchor.end, end: part.anchor.end, text: '\n\nInstallation of the pen register and trap and trace device began on [DATE] at [TIME].' }] }],
      });
      return out;
    }
    if (!c.hours) return out;
    const to = c.hours.to === 'order' ? c.order! : c.application!;
    const what = c.hours.to === 'order' ? 'the order is dated' : 'the application was made';
    if (c.hours.min > 48) {
      out.push({
        start: to.start,
        end: to.end,
        message: `Installation began ${when(c.installation.date)} and ${what} ${when(to.date)}, ${c.installation.date.minutes !== undefined && to.date.minutes !== undefined ? hoursText(c.hours.min) : `at least ${hoursText(c.hours.min)}`} later; 18 U.S.C. § 3125(a), (c) require the application and an order approving the installation within 48 hours, after which use must stop (§ 3125(b)).`,
        related: [{ start: c.installation.start, end: c.installation.end, message: 'Installation time' }],
      });
    } else if (c.hours.max > 48) {
      out.push({
        start: to.start,
        end: to.end,
        severity: 'warning',
        message: `Installation began ${when(c.installation.date)} and ${what} ${when(to.date)}: without times of day the gap may exceed 48 hours; 18 U.S.C. § 3125(a), (c) require the application and the order within 48 hours. State both times.`,
      });
    }
    return out;
  },
});
