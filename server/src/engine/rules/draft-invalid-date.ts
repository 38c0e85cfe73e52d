import { defineRule } from '../rule.js';
import type { Report } from '../types.js';
import { daysInMonth, findYearlessDates, type YearlessDateMatch } from '../draft/dates.js';
import type { Sentence } from '../draft/index.js';
import { keptSentencesWhere, memoOnText } from '../memo.js';

const NONE: readonly YearlessDateMatch[] = Object.freeze([]);

/** The dates without a year whose day no year gives that month ("June 31"), kept in the record of the sentence's text (engine/memo.ts). */
const impossibleYearlessDates = memoOnText((text: string): readonly YearlessDateMatch[] => {
  if (!/\b(?:29|3[01])(?:st|th)?\b/.test(text)) return NONE;
  const found = findYearlessDates(text).filter((y) => y.day > daysInMonth(2024, y.month));
  return found.length ? found : NONE;
});

/** The sentences with an impossible yearless date, kept per chunk (a long draft has few). */
const withImpossibleDates = keptSentencesWhere((s: Sentence) => impossibleYearlessDates(s).length > 0);

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export default defineRule({
  id: 'draft-invalid-date',
  severity: 'error',
  citation: '—',
  summary: 'A date that does not exist ("February 30, 2022") or a weekday that does not match the date.',
  docs: `A date that does not exist ("April 31, 2024", "February 29, 2023") or a weekday that contradicts the date
("Tuesday, August 12, 2024", a Monday) makes the draft unreliable exactly where it matters: the date an order was
entered, when an emergency installation began, when a period starts or ends. Duration and 48-hour checks cannot be
computed from an impossible date, so the rule asks the drafter to correct it. Dates are read in the usual US forms
("March 1, 2022", "1st day of March, 2022", "3/1/2022", "2022-03-01").`,
  examples: {
    valid: [
      {
        title: 'Real dates and a matching weekday',
        text: `# APPLICATION

The original Order was entered on February 29, 2024. Installation began on Monday, August 12, 2024.
`,
      },
    ],
    invalid: [
      {
        title: 'April has thirty days',
        text: `# APPLICATION

The Honorable Jane Roe entered an Order on April 31, 2024.
`,
        findings: [{ at: 'April 31, 2024', message: 'April 2024 has 30 days' }],
      },
      {
        title: 'Wrong weekday',
        text: `# APPLICATION

Installation began on Tuesday, August 12, 2024.
`,
        findings: [{ at: 'Tuesday, August 12, 2024', message: 'was a Monday', fixed: '# APPLICATION\n\nInstallation began on Monday, August 12, 2024.\n' }],
      },
    ],
  },
  check(draft) {
    const out: Report[] = [];
    for (const d of draft.dates) {
      if (!d.valid) {
        const month = MONTH_NAMES[d.month - 1];
        out.push({
          start: d.start,
          end: d.end,
          message: `"${d.text}" is not a real date: ${month} ${d.year} has ${daysInMonth(d.year, d.month)} days. Correct the date.`,
        });
        continue;
      }
      if (d.weekdayMatches === false && d.weekday !== undefined) {
        const actual = new Date(d.serial * 86400000).getUTCDay();
        const stated = WEEKDAY_NAMES[d.weekday];
        const wrongWord = new RegExp(String.raw`^(?:${stated}|${stated.slice(0, 3)}[a-z]*\.?)`, 'i').exec(d.text);
        const fixes = wrongWord
          ? [{ title: `Change the weekday to ${WEEKDAY_NAMES[actual]}`, kind: 'suggestion' as const, edits: [{ start: d.start, end: d.start + wrongWord[0].length, text: WEEKDAY_NAMES[actual] }] }]
          : undefined;
        out.push({
          start: d.start,
          end: d.end,
          message: `"${d.text}": ${MONTH_NAMES[d.month - 1]} ${d.day}, ${d.year} was a ${WEEKDAY_NAMES[actual]}, not a ${stated}. Correct the weekday or the date.`,
          fixes,
        });
      }
    }
    // "June 31 and July 2, 2025", "between February 30 and March 3": a day no year gives that month
    // index loops: an iterator per sentence is garbage on every lint of a long draft
    const sentences = withImpossibleDates(draft.parsed.fragments);
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      const impossible = impossibleYearlessDates(s);
      if (!impossible.length) continue;
      for (const y of impossible) {
        const most = daysInMonth(2024, y.month);
        const start = s.toSource(y.index);
        const end = s.toSource(y.index + y.length);
        if (out.some((r) => start < r.end && end > r.start)) continue;
        out.push({
          start,
          end,
          message: `"${y.text}" is not a real date: ${MONTH_NAMES[y.month - 1]} has ${most === 29 ? '28 days (29 in a leap year)' : `${most} days`}. Correct the date.`,
        });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
});
