// Dates, times and numbers the durations layer reads (draft/dates.ts, text/numbers.ts).
import assert from 'node:assert/strict';
import { findDateTimes, findYearlessDates, findDatesInText, formatDateLike, parseClockTime, serialOf, minuteRange } from '../../server/src/engine/draft/dates.js';
import { parseOrdinal, parseNumber } from '../../server/src/engine/text/numbers.js';
import { durationDays } from '../../server/src/engine/draft/periods.js';

const REF = { year: 2022, month: 3, day: 10 };

describe('dates and times', () => {
  it('reads times in the forms drafts use', () => {
    const cases: Array<[string, [number, number, number, number | undefined]]> = [
      ['installation on March 9 at 22:00', [2022, 3, 9, 22 * 60]],
      ['signed March 10 at 15:00', [2022, 3, 10, 15 * 60]],
      ['at approximately 9:40 a.m. on March 9', [2022, 3, 9, 9 * 60 + 40]],
      ['at 10:15 p.m. on Friday, August 9, 2024', [2024, 8, 9, 22 * 60 + 15]],
      ['On May 2, 2023, at approximately 6:10 p.m., the agent', [2023, 5, 2, 18 * 60 + 10]],
      ['on 3/1/2022 at 10:15 p.m.', [2022, 3, 1, 22 * 60 + 15]],
      ['on March 1, 2022', [2022, 3, 1, undefined]],
      ['occurred at 2300 hours on March 9, 2022', [2022, 3, 9, 23 * 60]],
      ['installed at approximately 21:40 on March 9, 2022', [2022, 3, 9, 21 * 60 + 40]],
    ];
    for (const [text, [y, m, d, minutes]] of cases) {
      const [t] = findDateTimes(text, REF);
      assert.ok(t, text);
      assert.deepEqual([t.year, t.month, t.day, t.minutes], [y, m, d, minutes], text);
    }
  });
  it('takes a missing year from the reference date, never from today', () => {
    assert.equal(findDateTimes('nunc pro tunc to March 1', REF)[0].year, 2022);
    assert.equal(findDateTimes('nunc pro tunc to March 1', { year: 2019, month: 6, day: 1 })[0].year, 2019);
  });
  it('ignores relative phrases ("within 48 hours", "within 14 days")', () => {
    assert.deepEqual(findDateTimes('within 48 hours of installation and within 14 days of service', REF), []);
  });
  it('keeps the time zone when named (PDT is UTC-7) and measures the gap in minutes', () => {
    const [a, b] = findDateTimes('Installation began at 10:20 p.m. PDT on Friday, August 9, 2024, and this Application is being submitted at 2:45 p.m. PDT on Monday, August 12, 2024.', REF);
    assert.equal(a.tzOffset, -420);
    assert.equal((minuteRange(b).min - minuteRange(a).min) / 60, 64 + 25 / 60);
  });
  it('parses clock times', () => {
    assert.equal(parseClockTime('10:15 p.m.'), 22 * 60 + 15);
    assert.equal(parseClockTime('12:01 a.m.'), 1);
    assert.equal(parseClockTime('22:00'), 22 * 60);
    assert.equal(parseClockTime('0100 hours'), 60);
    assert.equal(parseClockTime('13 p.m.'), undefined);
  });
  it('finds dates without a year', () => {
    assert.deepEqual(findYearlessDates('from March 1 through April 29, 2022').map((d) => [d.month, d.day]), [[3, 1]]);
    assert.deepEqual(findYearlessDates('the 9th day of March').map((d) => [d.month, d.day]), [[3, 9]]);
  });
  it('writes a date in the style of the one it replaces', () => {
    const s = serialOf(2022, 3, 1);
    assert.equal(formatDateLike('June 30, 2022', s), 'March 1, 2022');
    assert.equal(formatDateLike('Jun. 30, 2022', s), 'Mar. 1, 2022');
    assert.equal(formatDateLike('30 June 2022', s), '1 March 2022');
    assert.equal(formatDateLike('the 30th day of June, 2022', s), 'the 1st day of March, 2022');
    assert.equal(formatDateLike('6/30/2022', s), '3/1/2022');
    assert.equal(formatDateLike('06/30/2022', s), '03/01/2022');
    assert.equal(formatDateLike('2022-06-30', s), '2022-03-01');
  });
  it('keeps the full-date finder for draft-invalid-date (February 30 is found, marked invalid)', () => {
    const [d] = findDatesInText('on February 30, 2022');
    assert.equal(d.valid, false);
  });
});

describe('numbers and day counts', () => {
  it('parses ordinals', () => {
    assert.equal(parseOrdinal('sixtieth'), 60);
    assert.equal(parseOrdinal('sixty-first'), 61);
    assert.equal(parseOrdinal('ninetieth'), 90);
    assert.equal(parseOrdinal('60th'), 60);
    assert.equal(parseOrdinal('one hundred twentieth'), 120);
    assert.equal(parseOrdinal('sixty'), undefined);
  });
  it('parses numbers in words', () => {
    assert.equal(parseNumber('one hundred twenty'), 120);
    assert.equal(parseNumber('ninety-one'), 91);
  });
  it('counts calendar days per unit (LEGAL.md §7.3)', () => {
    assert.deepEqual(durationDays(60, 'day'), { min: 60, max: 60 });
    assert.deepEqual(durationDays(9, 'week'), { min: 63, max: 63 });
    assert.deepEqual(durationDays(1, 'month'), { min: 28, max: 31 });
    assert.deepEqual(durationDays(2, 'month'), { min: 59, max: 62 });
    assert.deepEqual(durationDays(3, 'month'), { min: 89, max: 92 });
    assert.deepEqual(durationDays(1, 'quarter'), { min: 89, max: 92 });
    assert.equal(durationDays(60, 'business-day').min, 82);
    assert.equal(durationDays(40, 'business-day').min, 54);
    assert.ok(durationDays(43, 'business-day').min <= 60 && durationDays(43, 'business-day').max > 60);
    assert.deepEqual(durationDays(1, 'year'), { min: 365, max: 366 });
  });
});
