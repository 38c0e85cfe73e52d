// Calendar dates in the forms US drafts use: "March 1, 2022", "Mar. 1, 2022", "1st day of March, 2022",
// "1 March 2022", "3/1/2022", "2022-03-01", with an optional weekday ("Tuesday, March 1, 2022").
// Impossible dates (February 30) are kept, marked invalid, so draft-invalid-date can report them.
import type { Span } from '../types.js';
import type { Fragment, Sentence } from '../parse.js';
import * as chrono from 'chrono-node';
import { partitionPoint, sortedByStart } from '../sorted.js';
import { keptSentencesWhere, memoByText, memoOnText } from '../memo.js';

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

/** A calendar date found in a piece of text, with its index in that text. */
export interface DateMatch {
  index: number;
  length: number;
  text: string;
  year: number;
  month: number;
  day: number;
  valid: boolean;
  weekday?: number;
  weekdayMatches?: boolean;
  serial: number;
}

/** Whether [a, b) overlaps one of `spans`, which are disjoint and sorted by index: only the last span starting
 *  before b can reach past a (a binary search; a scan of every earlier span was quadratic on a paragraph of
 *  dates, bench/hostile.mjs dates-1mb). */
export function overlapsSorted(spans: ReadonlyArray<{ index: number; length: number }>, a: number, b: number): boolean {
  const lo = partitionPoint(spans.length, (i) => spans[i].index < b);
  if (lo === 0) return false;
  const last = spans[lo - 1];
  return last.index + last.length > a;
}

/** Two lists sorted by index, merged into one. */
export function mergeByIndex<T extends { index: number }>(x: T[], y: T[]): T[] {
  if (!y.length) return x;
  if (!x.length) return y;
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) out.push(y[j].index < x[i].index ? y[j++] : x[i++]);
  while (i < x.length) out.push(x[i++]);
  while (j < y.length) out.push(y[j++]);
  return out;
}

/** The full calendar dates (with a year) in a piece of plain text, in order. The patterns are tried in turn and an
 *  earlier pattern's date wins where two overlap; one pattern's matches never overlap each other, so each is
 *  checked against the dates of the earlier patterns only (sorted, disjoint: a binary search). */
export const findDatesInText: (text: string) => readonly DateMatch[] = memoByText(readDatesInText);

function readDatesInText(text: string): DateMatch[] {
  let out: DateMatch[] = [];
  if (!/\d/.test(text)) return out;
  for (const { re, pick } of PATTERNS) {
    const found: DateMatch[] = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const a = m.index;
      const b = a + m[0].length;
      if (overlapsSorted(out, a, b)) continue;
      const { y, mo, d, wd } = pick(m);
      if (!mo || mo < 1 || mo > 12 || y < 1900 || y > 2200 || d < 1) continue;
      const valid = d <= daysInMonth(y, mo);
      const serial = valid ? serialOf(y, mo, d) : Number.NaN;
      const weekday = wd ? WEEKDAYS[wd.toLowerCase().replace(/\.$/, '')] : undefined;
      const actual = valid ? new Date(serial * 86400000).getUTCDay() : undefined;
      found.push({
        index: a,
        length: b - a,
        text: m[0],
        year: y,
        month: mo,
        day: d,
        valid,
        weekday,
        weekdayMatches: weekday === undefined || actual === undefined ? undefined : weekday === actual,
        serial,
      });
    }
    out = mergeByIndex(out, found);
  }
  return out;
}

/** The dates of a sentence's text, kept in the record of its text (engine/memo.ts). */
export const datesOf = memoOnText<Sentence, readonly DateMatch[]>(findDatesInText);

const datedSentences = keptSentencesWhere((s: Sentence) => datesOf(s).length > 0);

/** The dates of the parse whose chunks these are (only the dated sentences are visited). */
export function extractDates(chunks: readonly Fragment[]): DateMention[] {
  const out: DateMention[] = [];
  const dated = datedSentences(chunks);
  for (let i = 0; i < dated.length; i++) {
    const s = dated[i];
    const found = datesOf(s);
    if (!found.length) continue;
    for (const m of found) {
      out.push({
        start: s.toSource(m.index),
        end: s.toSource(m.index + m.length),
        text: m.text,
        year: m.year,
        month: m.month,
        day: m.day,
        valid: m.valid,
        weekday: m.weekday,
        weekdayMatches: m.weekdayMatches,
        serial: m.serial,
        sentence: s,
      });
    }
  }
  return sortedByStart(out);
}

// ---------------------------------------------------------------------------------------------------------
// Dates without a year, times of day, and formatting (durations and the § 3125 clock: LEGAL.md §§ 3.4, 7.3).

const MONTH_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A month and day written without a year ("March 1", "the 1st day of March"). */
export interface YearlessDateMatch {
  index: number;
  length: number;
  text: string;
  month: number;
  day: number;
}

const YEARLESS_PATTERNS: Array<{ re: RegExp; pick: (m: RegExpExecArray) => { mo: number; d: number } }> = [
  { re: new RegExp(String.raw`\b${MONTH_NAME}\s+(\d{1,2})${ORD}\b(?!\s*,?\s*\d{4})(?![\d:/])`, 'gi'), pick: (m) => ({ mo: MONTHS[m[1].toLowerCase()], d: +m[2] }) },
  { re: new RegExp(String.raw`\b(?:the\s+)?(\d{1,2})${ORD}\s+day\s+of\s+${MONTH_NAME}(?!\s*,?\s*\d{4})`, 'gi'), pick: (m) => ({ d: +m[1], mo: MONTHS[m[2].toLowerCase()] }) },
];

/** Month-and-day dates with no year (full dates are found by findDatesInText). */
export function findYearlessDates(text: string): YearlessDateMatch[] {
  let out: YearlessDateMatch[] = [];
  for (const { re, pick } of YEARLESS_PATTERNS) {
    // as in findDatesInText: checked against the earlier patterns' dates (one pattern's matches never overlap)
    const found: YearlessDateMatch[] = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const { mo, d } = pick(m);
      if (!mo || d < 1 || d > 31) continue;
      const a = m.index;
      const b = a + m[0].length;
      if (overlapsSorted(out, a, b)) continue;
      found.push({ index: a, length: b - a, text: m[0], month: mo, day: d });
    }
    out = mergeByIndex(out, found);
  }
  return out;
}

const TIME_AFTER_DATE = /^[\s,]*(?:at\s+)?(?:approximately\s+|about\s+|around\s+|roughly\s+|or\s+about\s+)?((?:\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?)|(?:[01]?\d|2[0-3]):[0-5]\d|(?:[01]\d|2[0-3])[0-5]\d\s*(?:hours|hrs|h)\b)/i;

// the zone may be a code (EDT), a name (Eastern, Central Daylight Time) or in parentheses ("(Eastern)")
const TIME_BEFORE_DATE = /((?:\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?)|(?:[01]?\d|2[0-3]):[0-5]\d|(?:[01]\d|2[0-3])[0-5]\d\s*(?:hours|hrs|h\b))(?:\s*\(?\s*(?:[A-Z]{2,4}|(?:Eastern|Central|Mountain|Pacific|Alaska|Hawaii)(?:\s+(?:Standard|Daylight|Prevailing))?(?:\s+Time)?|local\s+time)\s*\)?)?\s*(?:,\s*)?(?:on\s+)?$/i;

/** A date's text [index, index + length) widened by a time of day written right after it ("…, 2023, at approximately
 *  6:10 p.m.") or else right before it ("at 2300 hours on March 9, 2022"), with that time; undefined when neither. */
function adjacentTime(text: string, index: number, length: number): { index: number; length: number; minutes: number } | undefined {
  const tail = TIME_AFTER_DATE.exec(text.slice(index + length, index + length + 60));
  const after = tail ? parseClockTime(tail[1]) : undefined;
  if (tail && after !== undefined) return { index, length: length + tail[0].length, minutes: after };
  const head = TIME_BEFORE_DATE.exec(text.slice(Math.max(0, index - 50), index));
  const before = head ? parseClockTime(head[1]) : undefined;
  if (head && before !== undefined) return { index: index - head[0].length, length: length + head[0].length, minutes: before };
  return undefined;
}

/** Minutes after midnight of "6:10 p.m.", "22:00", "0100 hours"; undefined when it is not a time. */
export function parseClockTime(raw: string): number | undefined {
  const t = raw.trim().toLowerCase();
  const ampm = /^(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\.?$/.exec(t);
  if (ampm) {
    let h = Number(ampm[1]);
    const m = Number(ampm[2] ?? 0);
    if (h < 1 || h > 12 || m > 59) return undefined;
    if (h === 12) h = 0;
    if (ampm[3] === 'p') h += 12;
    return h * 60 + m;
  }
  const clock = /^(\d{1,2}):(\d{2})$/.exec(t);
  if (clock) {
    const h = Number(clock[1]);
    const m = Number(clock[2]);
    return h < 24 && m < 60 ? h * 60 + m : undefined;
  }
  const military = /^(\d{2})(\d{2})\s*(?:hours|hrs|h)$/.exec(t);
  if (military) {
    const h = Number(military[1]);
    const m = Number(military[2]);
    return h < 24 && m < 60 ? h * 60 + m : undefined;
  }
  return undefined;
}

/** A date, and the time of day when the text states one, found by chrono-node. */
export interface DateTimeMatch {
  index: number;
  length: number;
  text: string;
  year: number;
  month: number;
  day: number;
  /** The text states the year (otherwise it was taken from the reference date). */
  yearStated: boolean;
  /** Days since 1970-01-01. */
  serial: number;
  /** Minutes after midnight, when the text states a time. */
  minutes?: number;
  /** Offset from UTC in minutes ("PDT" = -420), when the text names the zone. */
  tzOffset?: number;
}

/** A looser form of the calendar-date test below: a text it does not match holds no result that test keeps. */
const MAY_HOLD_CALENDAR_DATE = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d{1,2}\/\d{1,2}|\d{4}-\d{2}-\d{2}|day\s+of/i;

/** Dates and times in the forms drafts use ("10:20 p.m. PDT on Friday, August 9, 2024", "March 9 at 22:00",
 *  "at approximately 9:40 a.m. on March 9"). A missing year is taken from `reference` (the draft's own date),
 *  never from today, so the result does not depend on when the linter runs. */
export function findDateTimes(text: string, reference: { year: number; month: number; day: number }): DateTimeMatch[] {
  // only calendar dates are kept (below): a text with none of their marks anywhere is not given to chrono-node, the
  // costly part of a draft's dates (and, cold, of a one-file run)
  if (!MAY_HOLD_CALENDAR_DATE.test(text)) return [];
  const instant = new Date(Date.UTC(reference.year, reference.month - 1, reference.day, 12));
  let results: chrono.ParsedResult[];
  try {
    results = chrono.en.strict.parse(text, { instant, timezone: 0 }, { forwardDate: false });
  } catch {
    return [];
  }
  const out: DateTimeMatch[] = [];
  for (const r of results) {
    const c = r.start;
    if (!c.isCertain('month') || !c.isCertain('day')) continue;
    // a calendar date written out (a month name or a numeric date), not a relative one ("within 14 days")
    if (!/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s|\d{1,2}\/\d{1,2}|\d{4}-\d{2}-\d{2}|\bday\s+of\b/i.test(r.text)) continue;
    const year = c.get('year') ?? reference.year;
    const month = c.get('month')!;
    const day = c.get('day')!;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) continue;
    const hasTime = c.isCertain('hour');
    let index = r.index;
    let length = r.text.length;
    let minutes = hasTime ? (c.get('hour') ?? 0) * 60 + (c.get('minute') ?? 0) : undefined;
    if (!hasTime) {
      // "May 2, 2023, at approximately 6:10 p.m.": chrono stops at "approximately"; the time still belongs here
      const near = adjacentTime(text, index, length);
      if (near) ({ index, length, minutes } = near);
    }
    out.push({
      index,
      length,
      text: text.slice(index, index + length),
      year,
      month,
      day,
      yearStated: c.isCertain('year'),
      serial: serialOf(year, month, day),
      minutes,
      tzOffset: c.isCertain('timezoneOffset') ? c.get('timezoneOffset') ?? undefined : undefined,
    });
  }
  // chrono misses some forms courts write ("this 11th day of June, 2025, at 1:15 p.m."): the calendar dates found
  // by the patterns above, with a time stated next to them
  for (const d of findDatesInText(text)) {
    if (!d.valid || out.some((o) => d.index < o.index + o.length && d.index + d.length > o.index)) continue;
    const { index, length, minutes } = adjacentTime(text, d.index, d.length) ?? { index: d.index, length: d.length, minutes: undefined };
    out.push({ index, length, text: text.slice(index, index + length), year: d.year, month: d.month, day: d.day, yearStated: true, serial: d.serial, minutes });
  }
  out.sort((a, b) => a.index - b.index);
  return out;
}

/** The instant of a date-time in minutes since 1970 (UTC when the zone is known, wall-clock otherwise), or the
 *  earliest and latest minute of the day when no time is stated. */
export function minuteRange(d: { serial: number; minutes?: number; tzOffset?: number }): { min: number; max: number } {
  const base = d.serial * 1440 - (d.tzOffset ?? 0);
  return d.minutes === undefined ? { min: base, max: base + 1439 } : { min: base + d.minutes, max: base + d.minutes };
}

/** Writes a date in the style of `like` ("March 1, 2022", "Mar. 1, 2022", "1 March 2022", "the 1st day of
 *  March, 2022", "3/1/2022", "2022-03-01"), so a fix keeps the draft's own form. */
export function formatDateLike(like: string, serial: number): string {
  const { year, month, day } = fromSerial(serial);
  const t = like.trim();
  const ordinal = (n: number) => `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})$/.exec(t);
  if (slash) {
    const pad = slash[1].length === 2 ? (n: number) => String(n).padStart(2, '0') : String;
    const y = slash[3].length === 2 ? String(year % 100).padStart(2, '0') : String(year);
    return `${pad(month)}/${pad(day)}/${y}`;
  }
  const name = MONTH_FULL[month - 1];
  const abbreviated = /^(?:[A-Za-z]+,?\s+)?(?:the\s+)?(?:\d{1,2}\w*\s+(?:day\s+of\s+)?)?([A-Za-z]{3,4})\.?\s/.exec(t);
  const monthText = abbreviated && !MONTH_FULL.some((m) => m.toLowerCase() === abbreviated[1].toLowerCase()) && MONTHS[abbreviated[1].toLowerCase()]
    ? `${name.slice(0, 3)}.`
    : name;
  if (/\bday\s+of\b/i.test(t)) return `${/^the\s/i.test(t) ? 'the ' : ''}${ordinal(day)} day of ${monthText}, ${year}`;
  if (/^\d/.test(t)) return `${day} ${monthText} ${year}`;
  return `${monthText} ${day}, ${year}`;
}
