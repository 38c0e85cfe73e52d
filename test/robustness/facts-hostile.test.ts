// Hostile inputs for the date and period facts (issue 8: bench/hostile.mjs dates-1mb, days-1mb): one sentence of
// tens of thousands of dates or periods. Each finding must cost a bounded amount of work: a per-match scan of the
// whole sentence, or a check of every earlier match, is quadratic. No wall-clock assertions: the date finders run
// at sizes that take a minute when quadratic (mocha's timeout catches that); the period facts count their work
// (characters searched for a clause's ends, offsets mapped from the sentence to the source) per period found.
import assert from 'node:assert/strict';
import { findDatesInText, findYearlessDates } from '../../server/src/engine/draft/dates.js';
import { buildDraft } from '../../server/src/engine/draft/index.js';
import { classifyRole, extractPeriods, type PeriodFacts } from '../../server/src/engine/draft/periods.js';

const ORDER = '## ORDER\n\n';

/** extractPeriods over a built draft, counting the characters String#indexOf / #lastIndexOf may read and the
 *  calls that map a sentence index to a source offset. */
function periodWork(text: string): { facts: PeriodFacts; charsSearched: number; offsetsMapped: number } {
  const draft = buildDraft(text, { forceDraft: true });
  let offsetsMapped = 0;
  const restore: Array<() => void> = [];
  for (const s of draft.sentences) {
    const own = s.toSource;
    s.toSource = (i: number) => {
      offsetsMapped++;
      return own.call(s, i);
    };
    restore.push(() => {
      s.toSource = own;
    });
  }
  let charsSearched = 0;
  const { indexOf, lastIndexOf } = String.prototype;
  String.prototype.indexOf = function (this: string, search: string, position?: number) {
    charsSearched += Math.max(0, this.length - Math.max(0, position ?? 0));
    return indexOf.call(this, search, position);
  };
  String.prototype.lastIndexOf = function (this: string, search: string, position?: number) {
    charsSearched += Math.min(this.length, position === undefined || Number.isNaN(position) ? this.length : Math.max(0, position) + 1);
    return lastIndexOf.call(this, search, position);
  };
  try {
    const facts = extractPeriods(draft);
    return { facts, charsSearched, offsetsMapped };
  } finally {
    String.prototype.indexOf = indexOf;
    String.prototype.lastIndexOf = lastIndexOf;
    for (const r of restore) r();
  }
}

describe('robustness: date and period facts on one long sentence', function () {
  this.timeout(30000);

  it('dates: 240,000 dates in one text, each found once, in order (each checked against all earlier ones was quadratic)', () => {
    const unit = 'On January 10, 2022, 2022-01-10, 01/10/2022, the 10th day of January, 2022, ';
    const n = 60000;
    const dates = findDatesInText(unit.repeat(n));
    assert.equal(dates.length, 4 * n);
    for (let i = 0; i < dates.length; i++) {
      const d = dates[i];
      assert.ok(i === 0 || dates[i - 1].index + dates[i - 1].length <= d.index, `date ${i} overlaps the one before`);
      assert.deepEqual([d.year, d.month, d.day, d.valid], [2022, 1, 10, true]);
    }
    assert.deepEqual(dates.slice(0, 4).map((d) => d.text), ['January 10, 2022', '2022-01-10', '01/10/2022', 'the 10th day of January, 2022']);
  });

  it('dates: where two patterns overlap, the earlier pattern still wins', () => {
    // "Tuesday, March 1, 2022" (a weekday and a month name) is one date, not also "1 March 2022"-like pieces
    const dates = findDatesInText('Signed Tuesday, March 1, 2022 and 1 March 2022, then 3/1/2022.');
    assert.deepEqual(dates.map((d) => d.text), ['Tuesday, March 1, 2022', '1 March 2022', '3/1/2022']);
    assert.equal(dates[0].weekdayMatches, true);
  });

  it('dates without a year: 200,000 in one text, each found once, in order', () => {
    const n = 100000;
    const found = findYearlessDates('on March 1 and the 2nd day of April, '.repeat(n));
    assert.equal(found.length, 2 * n);
    for (let i = 1; i < found.length; i++) assert.ok(found[i - 1].index + found[i - 1].length <= found[i].index);
    assert.deepEqual(found.slice(0, 2).map((d) => [d.text, d.month, d.day]), [['March 1', 3, 1], ['the 2nd day of April', 4, 2]]);
  });

  it('periods: a clause end is searched near each period, not across the whole sentence (dates-1mb, days-1mb)', () => {
    const n = 3000;
    const text = `${ORDER}IT IS ORDERED that the pen register may be used for ${'sixty (90) days and '.repeat(n)}no more.\n`;
    const { facts, charsSearched } = periodWork(text);
    const durations = facts.periods.filter((p) => p.kind === 'duration');
    assert.equal(durations.length, n);
    assert.ok(durations.every((p) => p.mismatch && p.amount === 90 && p.words?.value === 60));
    // ~1,000 characters of clause around each period; the whole sentence (60,000 characters) per period before
    assert.ok(charsSearched < 4000 * n, `${charsSearched} characters searched for ${n} periods`);
  });

  it('periods: ranges and durations of one sentence are paired by clause, not every range with every duration', () => {
    const n = 1500;
    const text = `${ORDER}IT IS ORDERED that the pen register may be used ${'from March 1, 2022 through April 1, 2022 for sixty days, '.repeat(n)}and no longer.\n`;
    const { facts, offsetsMapped } = periodWork(text);
    assert.equal(facts.periods.filter((p) => p.kind === 'range').length, n);
    assert.equal(facts.periods.filter((p) => p.kind === 'duration').length, n);
    assert.ok(offsetsMapped < 1000 * n, `${offsetsMapped} offsets mapped for ${2 * n} periods`);
  });

  it('periods: durations after a renewal are matched with the renewals near them only', () => {
    const n = 2000;
    const text = `${ORDER}IT IS ORDERED that the authorization shall renew automatically ${'for successive sixty-day periods, '.repeat(n)}and so on.\n`;
    const { facts, offsetsMapped } = periodWork(text);
    const durations = facts.periods.filter((p) => p.kind === 'duration');
    assert.equal(durations.length, n);
    assert.ok(durations.every((d) => d.automatic && d.role === 'extension'));
    assert.ok(offsetsMapped < 1000 * n, `${offsetsMapped} offsets mapped for ${n} durations`);
  });

  it('periods: open-ended phrases look for a duration of their own clause only', () => {
    const n = 1500;
    const text = `${ORDER}IT IS ORDERED that ${'the pen register may be used for sixty days or until the investigation ends, and '.repeat(n)}that is all.\n`;
    const { facts, offsetsMapped } = periodWork(text);
    assert.equal(facts.periods.filter((p) => p.kind === 'duration').length, n);
    assert.equal(facts.periods.filter((p) => p.kind === 'open-ended' && p.role === 'installation').length, n);
    assert.ok(offsetsMapped < 1000 * n, `${offsetsMapped} offsets mapped for ${n} open-ended phrases`);
  });

  it('periods: a gloss after a long run of white space ("sixty (60) days (   …   approximately two months)"): linear, still a gloss', () => {
    // the gloss pattern had two white-space runs around an optional word: 400,000 blanks took minutes
    // (a pattern that fails is what backtracks: "(   …   see two months)" is no gloss)
    for (const blanks of [1, 400000]) {
      const gloss = `${ORDER}IT IS ORDERED that the pen register may be used for sixty (60) days (${' '.repeat(blanks)}approximately two months), and no more.\n`;
      assert.deepEqual(buildDraft(gloss, { forceDraft: true }).periods.periods.map((p) => [p.text, p.primary]), [['sixty (60) days', true], ['two months', false]]);
      const other = `${ORDER}IT IS ORDERED that the pen register may be used for sixty (60) days (${' '.repeat(blanks)}see two months), and no more.\n`;
      assert.deepEqual(buildDraft(other, { forceDraft: true }).periods.periods.map((p) => [p.text, p.primary]), [['sixty (60) days', true], ['two months', true]]);
    }
  });

  it('roles: a role kept for a clause is reused only for the same clause, place, part and block', () => {
    type RoleInput = Parameters<typeof classifyRole>[0];
    const clause = 'IT IS ORDERED that the pen register may be used for sixty (60) days';
    const at = clause.indexOf('sixty');
    const plain = { inBlockquote: false } as unknown as RoleInput['sentence']['block'];
    const quoted = { inBlockquote: true } as unknown as RoleInput['sentence']['block'];
    const order = { kind: 'order', extension: false } as unknown as RoleInput['part'];
    const extension = { kind: 'order', extension: true } as unknown as RoleInput['part'];
    const input = (block: typeof plain, part: RoleInput['part'], text = clause): RoleInput => ({
      clause: text,
      at,
      end: at + 'sixty (60) days'.length,
      unit: 'day',
      anchor: 'none',
      part,
      sentence: { block } as unknown as RoleInput['sentence'],
      kind: 'duration',
    });
    assert.equal(classifyRole(input(plain, order)), 'installation');
    // the same words (an equal string, not the same object) give the same role
    assert.equal(classifyRole(input(plain, order, clause.split('').join(''))), 'installation');
    // a block quote, an extension part, or other words at the same place do not reuse it
    assert.equal(classifyRole(input(quoted, order)), 'other');
    assert.equal(classifyRole(input(plain, extension)), 'extension');
    assert.equal(classifyRole(input(plain, order, clause.replace('the pen register may be used', 'the Clerk shall seal records'))), 'sealing');
    assert.equal(classifyRole(input(plain, order)), 'installation');
  });

  it('periods: every kind is built with start, end, role and dayCount first (the hover reads them; no copy puts them there)', () => {
    const text = [
      '## ORDER',
      'IT IS ORDERED that the pen register may be used for sixty (60) days from the date of this Order.',
      'IT IS FURTHER ORDERED that the authorization is for the maximum period permitted by 18 U.S.C. § 3123(c), ending on the sixtieth (60th) day after the date of this Order.',
      'IT IS FURTHER ORDERED that the devices may be used from March 1, 2022 through April 1, 2022.',
      'IT IS FURTHER ORDERED that the devices may be used until April 1, 2022.',
      'IT IS FURTHER ORDERED that the devices may be used until the investigation is concluded.',
      'IT IS FURTHER ORDERED that this Order shall automatically renew for successive sixty-day periods.',
    ].join('\n\n');
    const periods = buildDraft(text, { forceDraft: true }).periods.periods;
    assert.deepEqual([...new Set(periods.map((p) => p.kind))].sort(), ['duration', 'open-ended', 'range', 'renewal', 'until']);
    assert.ok(periods.some((p) => p.statutory) && periods.some((p) => p.ordinal));
    for (const p of periods) {
      assert.deepEqual(Object.keys(p).slice(0, 4), ['start', 'end', 'role', 'dayCount'], p.text);
      assert.equal(p.dayCount, p.days?.max, p.text);
    }
  });

  it('periods: the pairings still hold on an ordinary sentence', () => {
    // a range and a duration of one clause are one period (the duration yields to the dates that reach further)
    const one = periodWork(`${ORDER}IT IS ORDERED that the pen register may be used for sixty days, from March 1, 2022 through June 1, 2022.\n`).facts.periods;
    assert.deepEqual(one.map((p) => [p.kind, p.primary]), [['duration', false], ['range', true]]);
    // …but not across a semicolon
    const two = periodWork(`${ORDER}IT IS ORDERED that the pen register may be used for sixty days; the provider shall keep records from March 1, 2022 through June 1, 2022.\n`).facts.periods;
    assert.ok(two.find((p) => p.kind === 'duration')?.primary);
    // a renewal owns the duration it names
    const renewal = periodWork(`${ORDER}IT IS ORDERED that the order shall renew automatically for successive sixty-day periods.\n`).facts.periods;
    assert.ok(renewal.some((p) => p.kind === 'duration' && p.automatic));
    // "for sixty days or until …, whichever is earlier": the duration bounds the open-ended phrase
    const bounded = periodWork(`${ORDER}IT IS ORDERED that the pen register may be used for sixty days or until the investigation ends, whichever is earlier.\n`).facts.periods;
    assert.ok(bounded.some((p) => p.kind === 'open-ended' && !p.primary), JSON.stringify(bounded.map((p) => [p.kind, p.role, p.primary])));
  });
});
