// Wording shared by the duration rules: how a period is described in a message, and the replacement text of a
// fix ("sixty (60) days"), in the draft's own style (capitals, words and numerals, adjectival "sixty-day").
import { defectivePeriods, type Period, type PeriodFacts, type PeriodRole } from '../draft/periods.js';
import type { DraftBase } from '../draft/index.js';
import type { Fix, Report, TextEdit } from '../types.js';
import { numberToWords } from './numbers.js';
import { formatDateLike, fromSerial } from '../draft/dates.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function plainDate(serial: number): string {
  const { year, month, day } = fromSerial(serial);
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}

export function days(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}

/** "sixty (60) days" for the limit. */
export function limitPhrase(limit: number): string {
  return `${numberToWords(limit)} (${limit}) days`;
}

/** The computed length of a period, for a message: "90 days", "89 to 92 days", "at least 82 calendar days". */
export function computedLength(p: Period): string {
  if (!p.days) return 'an unknown number of days';
  if (p.kind === 'range' || p.kind === 'until') {
    const D = p.between ?? p.days.min;
    return `${days(D)} after its start (${D + 1} counted inclusively)`;
  }
  if (p.unit === 'business-day') return `at least ${p.days.min} calendar days`;
  if (p.days.min === p.days.max) return days(p.days.min);
  return `${p.days.min} to ${p.days.max} days, depending on the calendar`;
}

/** How a message names the period, after a verb: "for “nine weeks” (63 days)", "from June 10, 2024 to August 16,
 *  2024, 67 days after its start (68 counted inclusively)". */
export function describePeriod(p: Period): string {
  if ((p.kind === 'range' || p.kind === 'until') && p.startDate && p.endDate) {
    const from = p.startDate.source === 'order-date' ? `the order date (${plainDate(p.startDate.serial)})` : plainDate(p.startDate.serial);
    return `from ${from} to ${plainDate(p.endDate.serial)}, ${computedLength(p)}`;
  }
  if (p.kind === 'range' || p.kind === 'until') return `until “${p.text.trim()}”`;
  const written = `for “${p.text.trim()}”`;
  // the computed count is always stated, even when the words say it ("ninety days" → 90 days)
  const amount = ` (${computedLength(p)}${p.mismatch ? `, judged by the larger number, ${p.amount}` : ''})`;
  return `${written}${amount}`;
}

/** Who states the period: the order, or the application asking for it. */
export function whoStates(p: Period): string {
  if (p.role === 'extension') return p.partKind === 'order' ? 'The order extends the authorization' : 'The application asks for an extension';
  return p.partKind === 'order' ? 'The order authorizes installation and use' : 'The application asks for installation and use';
}

function matchCase(like: string, text: string): string {
  if (/^[A-Z]{2}/.test(like) && like === like.toUpperCase()) return text.toUpperCase();
  if (/^[A-Z]/.test(like)) return text.charAt(0).toUpperCase() + text.slice(1);
  return text;
}

/** Edits that set a duration to `value` days, keeping its form: words and numeral each replaced when both are
 *  written (so "sixty (90) calendar days" keeps "calendar days"), otherwise the whole amount rewritten. */
export function setDurationEdits(p: Period, value: number): TextEdit[] {
  const span = p.amountSpan ?? p;
  const unitIsDays = p.unit === 'day';
  if (unitIsDays && p.words && p.numeral) {
    return [
      { start: p.words.start, end: p.words.end, text: matchCase(p.words.text, numberToWords(value)) },
      { start: p.numeral.start, end: p.numeral.end, text: String(value) },
    ];
  }
  if (p.ordinal) {
    const edits: TextEdit[] = [];
    if (p.words) edits.push({ start: p.words.start, end: p.words.end, text: matchCase(p.words.text, ordinalWords(value)) });
    if (p.numeral) edits.push({ start: p.numeral.start, end: p.numeral.end, text: ordinalNumeral(value) });
    return edits;
  }
  let text: string;
  if (p.adjectival) text = p.words ? `${numberToWords(value)}-day` : `${value}-day`;
  else text = limitPhrase(value);
  return [{ start: span.start, end: span.end, text: matchCase(p.text, text) }];
}

function ordinalNumeral(n: number): string {
  const suffix = n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

const ORDINAL_OF: Record<string, string> = {
  one: 'first', two: 'second', three: 'third', four: 'fourth', five: 'fifth', six: 'sixth', seven: 'seventh', eight: 'eighth', nine: 'ninth',
  ten: 'tenth', eleven: 'eleventh', twelve: 'twelfth', twenty: 'twentieth', thirty: 'thirtieth', forty: 'fortieth', fifty: 'fiftieth',
  sixty: 'sixtieth', seventy: 'seventieth', eighty: 'eightieth', ninety: 'ninetieth',
};

function ordinalWords(n: number): string {
  const words = numberToWords(n);
  return words.replace(/(?<![a-z])([a-z]+)$/, (w) => ORDINAL_OF[w] ?? (w.endsWith('teen') ? `${w}th` : `${w}th`));
}

export function setDurationFix(p: Period, value: number, kind: Fix['kind'] = 'safe'): Fix {
  const label = p.ordinal ? `the ${p.words ? ordinalWords(value) : ordinalNumeral(value)} day` : p.adjectival ? (p.words ? `${numberToWords(value)}-day` : `${value}-day`) : limitPhrase(value);
  return { title: `Change to ${label}`, kind, edits: setDurationEdits(p, value) };
}

/** For an explicit range: move the end date to the last day allowed (start + limit − 1: D = limit − 1). */
export function moveEndFix(p: Period, limit: number, kind: Fix['kind'] = 'safe'): Fix | undefined {
  if (!p.startDate || !p.endDate?.span || p.endDate.source !== 'text') return undefined;
  const last = p.startDate.serial + limit - 1;
  const text = formatDateLike(p.endDate.text ?? '', last);
  return { title: `End the period on ${plainDate(last)}`, kind, edits: [{ start: p.endDate.span.start, end: p.endDate.span.end, text }] };
}

export function statuteFor(p: Period): string {
  return p.role === 'extension' ? '18 U.S.C. § 3123(c)(2)' : '18 U.S.C. § 3123(c)(1)';
}

export function limitClause(p: Period, limit: number): string {
  const statute = statuteFor(p);
  const each = p.role === 'extension' ? ' for each extension' : '';
  if (limit < 60) return `the configured limit is ${numberToWords(limit)} days${each} (${statute} allows at most sixty)`;
  return `${statute} allows at most sixty days${each}`;
}

/** Findings for periods of the given role that run past the limit (the two sixty-day rules share this), each at
 *  the words that state the period, with the fix that shortens it: a safe one for a stated count or a range. */
export function tooLongPeriodReports(
  draft: DraftBase & { periods: PeriodFacts },
  role: PeriodRole,
  limit: number,
  consequence: string,
): Report[] {
  const exceeds = (p: Period) => p.kind !== 'open-ended' && p.kind !== 'renewal' && !!p.days && p.days.min > limit;
  return defectivePeriods(draft, [role], exceeds).map((p) => {
    const fixes: Fix[] = [];
    if (p.kind === 'duration') fixes.push(setDurationFix(p, limit));
    else {
      const move = moveEndFix(p, limit);
      if (move) fixes.push(move);
    }
    const at = p.kind === 'duration' ? p.amountSpan ?? p : p;
    return { start: at.start, end: at.end, message: `${whoStates(p)} ${describePeriod(p)}; ${limitClause(p, limit)}${consequence}`, fixes };
  });
}
