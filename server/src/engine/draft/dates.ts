// Calendar dates in the forms US drafts use: "March 1, 2022", "Mar. 1, 2022", "1st day of March, 2022",
// "1 March 2022", "3/1/2022", "2022-03-01", with an optional weekday ("Tuesday, March 1, 2022").
// Impossible dates (February 30) are kept, marked invalid, so draft-invalid-date can report them.
import type { Span } from '../types.js';
import type { Sentence } from '../parse.js';

export interface DateMention extends Span {
  text: string;
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  /** The date exists in the calendar. */
  valid: boolean;
  /** The weekday the text states (0 = Sunday), if any, and whether it matches the date. */
  weekday?: number;
  weekdayMatches?: boolean;
  /** Days since 1970-01-01 (UTC), for arithmetic; NaN when invalid. */
  serial: number;
  sentence: Sentence;
}

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};

const MONTH_NAME = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`;
const WEEKDAY = String.raw`(?:(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sun|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat)\.?,?\s+)?`;
const ORD = String.raw`(?:st|nd|rd|th)?`;
const PATTERNS: Array<{ re: RegExp; pick: (m: RegExpExecArray) => { y: number; mo: number; d: number; wd?: string } }> = [
  // Tuesday, March 1, 2022 / March 1st, 2022 / March 1 2022
  { re: new RegExp(String.raw`\b${WEEKDAY}${MONTH_NAME}\s+(\d{1,2})${ORD},?\s+(\d{4})\b`, 'gi'), pick: (m) => ({ wd: m[1], mo: MONTHS[m[2].toLowerCase()], d: +m[3], y: +m[4] }) },
  // the 1st day of March, 2022
  { re: new RegExp(String.raw`\b${WEEKDAY}(?:the\s+)?(\d{1,2})${ORD}\s+day\s+of\s+${MONTH_NAME},?\s+(\d{4})\b`, 'gi'), pick: (m) => ({ wd: m[1], d: +m[2], mo: MONTHS[m[3].toLowerCase()], y: +m[4] }) },
  // 1 March 2022
  { re: new RegExp(String.raw`\b${WEEKDAY}(\d{1,2})\s+${MONTH_NAME},?\s+(\d{4})\b`, 'gi'), pick: (m) => ({ wd: m[1], d: +m[2], mo: MONTHS[m[3].toLowerCase()], y: +m[4] }) },
  // 3/1/2022, 03/01/22
  { re: /(?<![\d/.-])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g, pick: (m) => ({ mo: +m[1], d: +m[2], y: m[3].length === 2 ? 2000 + +m[3] : +m[3] }) },
  // 2022-03-01
  { re: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g, pick: (m) => ({ y: +m[1], mo: +m[2], d: +m[3] }) },
];

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function serialOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86400000);
}

export function fromSerial(serial: number): { year: number; month: number; day: number } {
  const d = new Date(serial * 86400000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function extractDates(sentences: Sentence[]): DateMention[] {
  const out: DateMention[] = [];
  for (const s of sentences) {
    if (!/\d/.test(s.text)) continue;
    const taken: Array<[number, number]> = [];
    for (const { re, pick } of PATTERNS) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(s.text))) {
        const a = m.index;
        const b = a + m[0].length;
        if (taken.some(([x, y]) => a < y && b > x)) continue;
        const { y, mo, d, wd } = pick(m);
        if (!mo || mo < 1 || mo > 12 || y < 1900 || y > 2200 || d < 1) continue;
        taken.push([a, b]);
        const valid = d <= daysInMonth(y, mo);
        const serial = valid ? serialOf(y, mo, d) : Number.NaN;
        const weekday = wd ? WEEKDAYS[wd.toLowerCase().replace(/\.$/, '')] : undefined;
        const actual = valid ? new Date(serial * 86400000).getUTCDay() : undefined;
        out.push({
          start: s.toSource(a),
          end: s.toSource(b),
          text: m[0],
          year: y,
          month: mo,
          day: d,
          valid,
          weekday,
          weekdayMatches: weekday === undefined || actual === undefined ? undefined : weekday === actual,
          serial,
          sentence: s,
        });
      }
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
