// A pen register order looks forward: it cannot authorize use that has already happened, except that a § 3125
// emergency order approves an installation made at most 48 hours before it.
import { defineRule } from '../rule.js';
import type { PeriodDate, StartMention, Period } from '../draft/periods.js';
import { minuteRange } from '../draft/dates.js';
import { plainDate, days } from '../text/duration-wording.js';
import type { Report, Span } from '../types.js';

interface Candidate extends Span {
  text: string;
  date?: PeriodDate;
  dateSpan?: Span;
  nuncProTunc: boolean;
  partKind?: string;
}

function hoursText(h: number): string {
  const whole = Math.floor(h);
  const minutes = Math.round((h - whole) * 60);
  return minutes ? `${whole} hours ${minutes} minutes` : `${whole} hours`;
}

export default defineRule({
  id: 'order-retroactive-start',
  severity: 'error',
  citation: '18 U.S.C. §§ 3121(a), 3123(c)(1), 3125(a)',
  summary: 'The period starts before the order, outside a § 3125 emergency of 48 hours or less.',
  docs: `No one may install or use a pen register or trap and trace device without a court order (18 U.S.C. § 3121(a)),
and an order authorizes installation and use for a period that follows it (§ 3123(c)(1)). A start date before the
order ("effective as of [a past date]", "nunc pro tunc to March 1", a range that begins before the order is signed)
would bless past use the statute forbids. The one exception is § 3125: an emergency installation by a specially
designated officer, approved by an order issued within forty-eight hours after the installation began.

The order's date is its front matter \`penlint.date\`, a dated signature line of the order, or, for an undated
proposed order, the application's date or submission time (the order cannot precede its application, so a start
before that is retroactive whatever day the judge signs). In an emergency draft the gap is measured in hours from
the start to the order (or the application): more than 48 is retroactive, and \`emergency-48h\` reports the
late order too. Dates written without a year take the order's year. The order's own start is judged; the
application's requested start when the file holds no order or when only the application reaches back. The suggestion starts the period on the date of the
order.`,
  examples: {
    valid: [
      { text: `## ORDER\n\nIT IS ORDERED that the device may be used for sixty (60) days from the date of this Order.\n\nDated: March 10, 2022\n` },
      {
        title: '§ 3125 approval 17 hours after installation',
        text: `# EMERGENCY APPLICATION UNDER 18 U.S.C. § 3125\n\nInstallation began on March 9, 2022 at 22:00.\n\n# ORDER APPROVING EMERGENCY INSTALLATION\n\nIT IS ORDERED that the installation is APPROVED nunc pro tunc to March 9, 2022 at 22:00, and the device may be used for sixty (60) days from the date of this Order.\n\nSigned on March 10, 2022 at 15:00.\n`,
      },
    ],
    invalid: [
      {
        title: 'nunc pro tunc in an ordinary order',
        text: `## ORDER\n\nIT IS ORDERED that the pen register is authorized, effective nunc pro tunc to March 1, for sixty (60) days.\n\nDated: March 10, 2022\n`,
        findings: [{ at: 'nunc pro tunc to March 1', message: 'March 1, 2022', fixed: `## ORDER\n\nIT IS ORDERED that the pen register is authorized, effective as of the date of this Order, for sixty (60) days.\n\nDated: March 10, 2022\n` }],
      },
      {
        title: 'a range that begins before the application',
        text: `## APPLICATION\n\nThe Government asks for an order authorizing the pen register from June 1, 2024 through July 15, 2024.\n\nDated: June 5, 2024\n`,
        findings: [{ at: 'June 1, 2024', message: 'before' }],
      },
    ],
  },
  check(draft) {
    const f = draft.periods;
    if (!f.periods) return [];
    const hasOrder = draft.parts.some((p) => p.kind === 'order');
    const candidates: Candidate[] = [];
    for (const s of f.starts as StartMention[]) {
      if (s.role !== 'installation' && s.role !== 'extension') continue;
      candidates.push({ start: s.start, end: s.end, text: s.text, date: s.date, dateSpan: s.date?.span, nuncProTunc: s.kind === 'nunc-pro-tunc' || s.kind === 'retroactive', partKind: s.part?.kind });
    }
    for (const p of f.periods as Period[]) {
      if (p.kind !== 'range' || !p.primary || (p.role !== 'installation' && p.role !== 'extension')) continue;
      if (!p.startDate || p.startDate.source !== 'text' || !p.startDate.span) continue;
      if (candidates.some((c) => c.start < p.end && c.end > p.start)) continue;
      candidates.push({ start: p.startDate.span.start, end: p.startDate.span.end, text: p.startDate.text ?? '', date: p.startDate, dateSpan: p.startDate.span, nuncProTunc: false, partKind: p.partKind });
    }
    // the order's date, or the earliest it can be: the application's
    const exact = f.orderDate && f.orderDate.source !== 'application' ? f.orderDate.date : undefined;
    const lower = f.emergency?.application?.date ?? f.applicationDate?.date;
    const ref = exact ?? lower;
    const refLabel = exact ? `the order (dated ${plainDate(exact.serial)})` : lower ? `the application (${plainDate(lower.serial)}), which the order cannot precede` : 'the order';
    const out: Array<Report & { partKind?: string }> = [];
    for (const c of candidates) {
      let message: string | undefined;
      if (f.isEmergency) {
        if (!c.date || !ref) continue;
        const gap = (minuteRange(ref).min - minuteRange(c.date).max) / 60;
        if (gap <= 48) continue;
        message = `The approval reaches back to ${c.date.text ?? plainDate(c.date.serial)}, at least ${hoursText(gap)} before ${refLabel}; 18 U.S.C. § 3125(a) lets an emergency order approve only an installation made within the 48 hours before it, and §§ 3121(a), 3123(c)(1) allow no other retroactive authorization.`;
      } else if (c.date && ref && c.date.serial < ref.serial) {
        const gap = ref.serial - c.date.serial;
        message = `The authorization starts on ${plainDate(c.date.serial)}, ${days(gap)} before ${refLabel}; a pen register order cannot authorize past installation or use (18 U.S.C. §§ 3121(a), 3123(c)(1)); only a § 3125 emergency order may approve an installation made at most 48 hours earlier.`;
      } else if (c.nuncProTunc && (!c.date || !ref)) {
        message = `The order is made “${c.text.trim()}”, reaching back before its own date; a pen register order cannot authorize past installation or use (18 U.S.C. §§ 3121(a), 3123(c)(1)); only a § 3125 emergency order may approve an installation made at most 48 hours earlier.`;
      }
      if (!message) continue;
      const replaceWhole = c.nuncProTunc || !c.dateSpan;
      out.push({
        partKind: c.partKind,
        start: c.start,
        end: c.end,
        message,
        fixes: [
          replaceWhole
            ? { title: 'Start the period on the date of this Order', kind: 'suggestion', edits: [{ start: c.start, end: c.end, text: c.partKind === 'order' || !c.partKind ? 'as of the date of this Order' : 'as of the date of the Order' }] }
            : { title: 'Start the period on the date of the Order', kind: 'suggestion', edits: [{ start: c.dateSpan!.start, end: c.dateSpan!.end, text: c.partKind === 'order' ? 'the date of this Order' : 'the date of the Order' }] },
        ],
      });
    }
    // the order's retroactive start; when the order has none, the application's request for one (the defect is
    // then the application's)
    const inOrder = out.filter((r) => r.partKind === 'order');
    const kept: Report[] = (inOrder.length ? inOrder : out.filter((r) => r.partKind !== 'order')).map(({ partKind: _, ...r }) => r);
    out.length = 0;
    out.push(...kept);
    // an emergency order more than 48 hours late that approves the installation reaches back even without a date
    const late = f.isEmergency && f.emergency?.hours && f.emergency.hours.min > 48 ? f.emergency : undefined;
    if (late && !out.length) {
      const approval = (f.approvals ?? []).find((a) => a.part?.kind === 'order') ?? (hasOrder ? undefined : f.approvals?.[0]);
      if (approval) {
        out.push({
          start: approval.start,
          end: approval.end,
          message: `The order approves an installation made at least ${hoursText(late.hours!.min)} before ${late.hours!.to === 'order' ? 'it' : 'the application, which the order cannot precede'}; 18 U.S.C. § 3125(a) lets an emergency order approve only an installation made within the 48 hours before it, and §§ 3121(a), 3123(c)(1) allow no other retroactive authorization.`,
        });
      }
    }
    return out;
  },
});
