// "two months" is 59 to 62 days; a range with D = 60 is 60 or 61 days depending on the counting convention.
import { defineRule } from '../rule.js';
import { defectivePeriods, limitDays, type Period } from '../draft/periods.js';
import { describePeriod, whoStates, limitClause, setDurationFix, moveEndFix, limitPhrase } from '../text/duration-wording.js';
import type { Fix, Report } from '../types.js';

export default defineRule({
  id: 'order-duration-month-ambiguous',
  severity: 'warning',
  citation: '18 U.S.C. § 3123(c)(1); Fed. R. Crim. P. 45(a)',
  summary: 'A period that may or may not exceed sixty days: "two months", or a date range of exactly sixty days between its ends.',
  docs: `Sixty days is a count of days (18 U.S.C. § 3123(c)(1)); a period in months or a date range may or may not fit
it. "Two months" spans 59 to 62 days depending on the months (1 July to 31 August is 62 days). A date range whose
ends are sixty days apart (D = 60) is sixty days under Fed. R. Crim. P. 45(a), which excludes the day that
triggers the period, but sixty-one if both ends are counted. A court may read either way, so penlint warns
rather than errs; a period that exceeds sixty days on any reading is \`order-duration-exceeds-60\`, one that fits
on every reading (one month; D ≤ 59) is fine.

The order's own period is judged, and an extension's; the application's request when the file holds no order or
when only the application's period is ambiguous. The fix writes "sixty (60) days" (for a range, it moves the end one day earlier), offered as a suggestion
because the drafter chooses between them.`,
  examples: {
    valid: [
      { text: `## ORDER\n\nIT IS ORDERED that the device may be used for one month from the date of this Order.\n` },
      { title: 'D = 59', text: `## ORDER\n\nIT IS ORDERED that the device may be used from January 1, 2022 through March 1, 2022.\n` },
    ],
    invalid: [
      {
        title: 'two months',
        text: `## ORDER\n\nIT IS ORDERED that the device may be used for a period of two months from the date of this Order.\n`,
        findings: [{ at: 'two months', message: '59 to 62 days', fixed: `## ORDER\n\nIT IS ORDERED that the device may be used for a period of sixty (60) days from the date of this Order.\n` }],
      },
      {
        title: 'D = 60',
        text: `## ORDER\n\nIT IS ORDERED that the device may be used from January 1, 2022 through March 2, 2022.\n`,
        findings: [{ at: 'March 2, 2022', message: '60 days after its start (61 counted inclusively)', fixed: `## ORDER\n\nIT IS ORDERED that the device may be used from January 1, 2022 through March 1, 2022.\n` }],
      },
    ],
  },
  check(draft, { config }) {
    const limit = limitDays(config);
    const out: Report[] = [];
    const ambiguous = (p: Period) => p.kind !== 'open-ended' && p.kind !== 'renewal' && !!p.days && !p.automatic && p.days.min <= limit && p.days.max > limit;
    for (const p of defectivePeriods(draft, ['installation', 'extension'], ambiguous)) {
      const fixes: Fix[] = [];
      if (p.kind === 'duration') fixes.push(setDurationFix(p, limit, 'suggestion'));
      else {
        const move = moveEndFix(p, limit, 'suggestion');
        if (move) fixes.push(move);
      }
      const at = p.kind === 'duration' ? p.amountSpan ?? p : p;
      const why = p.kind === 'duration'
        ? 'it may exceed sixty calendar days depending on the months it spans'
        : 'whether it exceeds sixty days depends on the counting convention (Fed. R. Crim. P. 45(a) excludes the first day)';
      out.push({
        start: at.start,
        end: at.end,
        message: `${whoStates(p)} ${describePeriod(p)}: ${why}; ${limitClause(p, limit)}. Write "${limitPhrase(limit)} from the date of this Order".`,
        fixes,
      });
    }
    return out;
  },
});
