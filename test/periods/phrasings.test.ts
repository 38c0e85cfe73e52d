// The grammar of periods: many phrasings, each with its day count and role (issue 3). The must-not-fire ones
// (sealing, deadlines, preservation, look-backs, the original order, narrative) are here too.
import assert from 'node:assert/strict';
import { buildDraft } from '../../server/src/engine/index.js';
import type { Period } from '../../server/src/engine/draft/periods.js';

function periodsIn(sentence: string, heading = '## ORDER'): Period[] {
  const text = `${heading}\n\n${sentence}\n`;
  return buildDraft(text, { forceDraft: true }).periods.periods;
}

interface Want {
  kind?: Period['kind'];
  role: Period['role'];
  /** [min, max] calendar days */
  days?: [number, number];
  anchor?: Period['anchor'];
  mismatch?: boolean;
  /** text of the period */
  text?: string;
}

const CASES: Array<[string, Want, string?]> = [
  // installation periods: numbers in words and numerals
  ['IT IS ORDERED that the DEA may install and use the pen register for a period of sixty (60) days from the date of this Order.', { role: 'installation', days: [60, 60], anchor: 'order', text: 'sixty (60) days' }],
  ['IT IS ORDERED that the device may be used for sixty days (60) from the date the order is signed.', { role: 'installation', days: [60, 60], anchor: 'order' }],
  ['IT IS ORDERED that the device may be used for 60 days from entry of this Order.', { role: 'installation', days: [60, 60], anchor: 'order' }],
  ['IT IS ORDERED that the FBI may use the device for ninety (90) days.', { role: 'installation', days: [90, 90], anchor: 'none' }],
  ['IT IS ORDERED that the FBI may use the device for a 90-day period commencing on the date of this Order.', { role: 'installation', days: [90, 90], anchor: 'order' }],
  ['IT IS ORDERED that the pen register shall remain in effect for a sixty-day period.', { role: 'installation', days: [60, 60] }],
  ['IT IS ORDERED that the device may be used for forty-five (45) days from the date of installation.', { role: 'installation', days: [45, 45], anchor: 'installation' }],
  ['IT IS ORDERED that this authorization shall expire ninety-one days after the date of this Order.', { role: 'installation', days: [91, 91], anchor: 'order' }],
  ['IT IS ORDERED that the device may be used for one hundred twenty (120) days from the date of this Order.', { role: 'installation', days: [120, 120] }],
  ['IT IS ORDERED that the device may be used for 60 (sixty) days from the date of this Order.', { role: 'installation', days: [60, 60], mismatch: false }],
  ['IT IS ORDERED that the device may be used for sixty (90) days from the date of this Order.', { role: 'installation', days: [90, 90], mismatch: true }],
  ['IT IS ORDERED that the device may be used for Sixty (60) calendar days from the date of this Order.', { role: 'installation', days: [60, 60] }],
  // weeks, months, quarters, years, business days
  ['IT IS ORDERED that the FBI may use the device for eight weeks from the date of this Order.', { role: 'installation', days: [56, 56] }],
  ['IT IS ORDERED that the FBI may use the device for nine (9) weeks from the date of this Order.', { role: 'installation', days: [63, 63] }],
  ['IT IS ORDERED that the FBI may use the device for one month from the date of this Order.', { role: 'installation', days: [28, 31] }],
  ['IT IS ORDERED that the FBI may use the device for a period of two months from the date of this Order.', { role: 'installation', days: [59, 62] }],
  ['IT IS ORDERED that the FBI may use the device for a period of three months.', { role: 'installation', days: [89, 92] }],
  ['IT IS ORDERED that the authorization shall remain in effect for a quarter.', { role: 'installation', days: [89, 92] }],
  ['IT IS ORDERED that the authorization shall remain in effect for one (1) year.', { role: 'installation', days: [365, 366] }],
  ['IT IS ORDERED that the device may be used for sixty (60) business days from the date of this Order.', { role: 'installation', days: [82, 200] }],
  ['IT IS ORDERED that the device may be used for forty (40) working days from the date of this Order.', { role: 'installation', days: [54, 200] }],
  // date ranges, in the forms US drafts use
  ['IT IS ORDERED that the pen register may be used from January 1, 2022 through June 30, 2022.', { kind: 'range', role: 'installation', days: [180, 181] }],
  ['This authorization is for the period beginning June 10, 2024, and ending August 16, 2024.', { kind: 'range', role: 'installation', days: [67, 68] }],
  ['IT IS ORDERED that the device may be operated from the 1st day of March, 2022 to the 29th day of April, 2022.', { kind: 'range', role: 'installation', days: [59, 60] }],
  ['IT IS ORDERED that the device may be operated from 3/1/2022 through 4/30/2022.', { kind: 'range', role: 'installation', days: [60, 61] }],
  ['IT IS ORDERED that the device may be operated from 2022-03-01 until 2022-07-31.', { kind: 'range', role: 'installation', days: [152, 153] }],
  ['IT IS ORDERED that the device may be used from March 1 through April 29, 2022.', { kind: 'range', role: 'installation', days: [59, 60] }],
  ['IT IS ORDERED that the device may be used commencing on July 1, 2024 and terminating on August 31, 2024.', { kind: 'range', role: 'installation', days: [61, 62] }],
  // open-ended and automatic
  ['IT IS ORDERED that the FBI may install and use the pen register until the investigation is concluded.', { kind: 'open-ended', role: 'installation' }],
  ['IT IS ORDERED that the device may be used for the duration of the investigation.', { kind: 'open-ended', role: 'installation' }],
  ['IT IS ORDERED that the device may be used so long as the investigation continues.', { kind: 'open-ended', role: 'installation' }],
  ['IT IS ORDERED that the device may be used indefinitely.', { kind: 'open-ended', role: 'installation' }],
  ['IT IS ORDERED that the pen register may be used until the conclusion of the investigation.', { kind: 'open-ended', role: 'installation' }],
  ['IT IS ORDERED that the device may be used for sixty (60) days from the date of this Order and for successive sixty-day periods thereafter.', { kind: 'renewal', role: 'extension' }, 'renewal'],
  ['IT IS ORDERED that this Order shall automatically renew for additional periods of sixty days.', { kind: 'renewal', role: 'extension' }, 'renewal'],
  // extensions
  ['IT IS ORDERED that the authorization is extended for an additional sixty (60) days from the date of this Order.', { role: 'extension', days: [60, 60] }],
  ['IT IS ORDERED that the authorization is extended for an additional ninety (90) days.', { role: 'extension', days: [90, 90] }],
  ['The provider shall be compensated for its expenses, and the DEA may use the device for ninety (90) days from the date of this Order.', { role: 'installation', days: [90, 90], anchor: 'order' }],
  ['The authorization granted herein shall expire at 11:59 p.m. on the sixtieth (60th) day following the date of this Order.', { role: 'installation', days: [60, 60], anchor: 'order' }],
  ['The pen register may be used during the 60-day period beginning on the date this Order is entered.', { role: 'installation', days: [60, 60], anchor: 'order' }],
  ['The devices may be operated for a period of sixty (60) days, beginning upon installation.', { role: 'installation', days: [60, 60], anchor: 'installation' }],
  ['The order shall be effective for ninety days following its entry.', { role: 'installation', days: [90, 90], anchor: 'order' }],
  ['Use of the device is authorized until such time as the subject is apprehended.', { kind: 'open-ended', role: 'installation' }],
  ['The pen register may remain in place while the investigation remains open.', { kind: 'open-ended', role: 'installation' }],
  ['IT IS ORDERED that the FBI may use the device for a period of two (2) months, beginning at 12:01 a.m. on the day following the date of this Order.', { role: 'installation', days: [59, 62], anchor: 'order' }],
  ['IT IS ORDERED that the FBI may use the pen register for the maximum period permitted by 18 U.S.C. § 3123(c)(1).', { role: 'installation', days: [60, 60] }],
  ['The DEA may use the pen register for ninety days, and the provider shall preserve records under 18 U.S.C. § 2703(f).', { role: 'installation', days: [90, 90] }],
  ['The Government requests an order authorizing use for ninety days, as section 3123 permits.', { role: 'installation', days: [90, 90] }, '# APPLICATION'],
  ['IT IS FURTHER ORDERED THAT THIS ORDER SHALL REMAIN IN EFFECT FOR NINETY (90) DAYS.', { role: 'installation', days: [90, 90] }],
  ['**The authorization shall expire ninety days from the entry of this Order.**', { role: 'installation', days: [90, 90], anchor: 'order' }],
  // the emergency clock
  ['This Order issues within forty-eight (48) hours after the installation began. 18 U.S.C. § 3125.', { role: 'emergency', days: [2, 2] }],
  // must not fire: other roles
  ['IT IS FURTHER ORDERED that this Order and the Application shall be sealed for ninety (90) days.', { role: 'sealing', days: [90, 90] }],
  ['IT IS FURTHER ORDERED that this Order and the Application shall be sealed until otherwise ordered by the Court.', { kind: 'open-ended', role: 'sealing' }],
  ['The provider shall not disclose the existence of the pen register to any person until further order of the Court.', { kind: 'open-ended', role: 'sealing' }],
  ['The FBI shall provide the record ex parte and under seal to this Court within 30 days after termination of this Order.', { role: 'record-deadline', days: [30, 30] }],
  ['The FBI shall provide the record to this Court no later than forty-five (45) days after this Order expires.', { role: 'record-deadline', days: [45, 45] }],
  ['The provider shall preserve records for 90 days pursuant to 18 U.S.C. § 2703(f).', { role: 'preservation', days: [90, 90] }],
  ['The provider shall disclose call detail records for the ninety (90) days preceding the date of this Order.', { role: 'look-back', days: [90, 90], anchor: 'preceding' }],
  ['The provider shall disclose records for the period from January 1, 2024 through the date of this Order.', { kind: 'range', role: 'look-back' }],
  ['Within ten (10) days of service of this Order, the provider shall disclose the subscriber records.', { role: 'deadline', days: [10, 10] }],
  ['The Government shall advise the Court within one year of the date of this Order whether continued sealing is necessary.', { role: 'deadline', days: [365, 366] }],
  ['On May 6, 2024, the Court entered an Order (the "Original Order") authorizing the pen register for sixty (60) days.', { role: 'prior-order', days: [60, 60] }, '# APPLICATION FOR EXTENSION'],
  ['Between May 7, 2024 and June 26, 2024 the device recorded 1,206 connections.', { kind: 'range', role: 'other' }, '# APPLICATION'],
];

const NO_AUTHORIZATION = [
  'The provider shall deliver the results twenty-four hours a day, seven days a week.',
  'The provider shall furnish the results at reasonable intervals during regular business hours for the duration of this Order.',
  'IT IS FURTHER ORDERED that the provider shall not disclose the existence of the pen register or the investigation for a period of one year from the date of this Order.',
  'IT IS FURTHER ORDERED that notice to the subscriber may be delayed for ninety (90) days under 18 U.S.C. § 2705(b).',
  'The agency shall report to the Court every thirty (30) days on the results obtained.',
  'The provider shall furnish historical records dating back ninety (90) days.',
  'The provider shall furnish toll records for the last ninety days.',
  'The Court previously authorized the pen register on April 1, 2024, for sixty days.',
  'Section 3123(c)(1) provides that an order may authorize installation and use for a period not to exceed sixty days.',
  'IT IS FURTHER ORDERED that the Government shall file a status report ninety days from the date of this Order.',
  'IT IS FURTHER ORDERED that the FBI shall retain the pen register data for five years.',
  'The subject was sentenced in 2019 to 24 months of imprisonment.',
  'Over the past three months, the subject has called the Target Telephone daily.',
  'The provider shall furnish technical assistance until this Order is terminated.',
  'IT IS FURTHER ORDERED that the sealing shall be automatically extended for successive 180-day periods.',
  'My commission expires June 30, 2026.',
];

describe('periods: phrasings, day counts and roles', () => {
  for (const [sentence, want, heading] of CASES) {
    it(sentence, () => {
      const periods = periodsIn(sentence, heading && heading !== 'renewal' ? heading : undefined);
      const match = periods.find((p) => (!want.kind || p.kind === want.kind) && (!want.text || p.text === want.text) && p.role === want.role);
      assert.ok(match, `no ${want.kind ?? 'period'} with role ${want.role}; got ${JSON.stringify(periods.map((p) => [p.kind, p.role, p.text, p.days]))}`);
      if (want.days) {
        assert.ok(match.days, 'has a day count');
        assert.equal(match.days.min, want.days[0], 'fewest days');
        if (want.days[1] < 200) assert.equal(match.days.max, want.days[1], 'most days');
        else assert.ok(match.days.max >= want.days[0]);
      }
      if (want.anchor) assert.equal(match.anchor, want.anchor);
      if (want.mismatch !== undefined) assert.equal(match.mismatch, want.mismatch);
      // a must-not-fire period never carries an installation or extension role elsewhere in the sentence
      if (want.role !== 'installation' && want.role !== 'extension') {
        assert.deepEqual(periods.filter((p) => p.role === 'installation' || p.role === 'extension').map((p) => p.text), []);
      }
    });
  }

  for (const sentence of NO_AUTHORIZATION) {
    it(`no installation or extension period: ${sentence}`, () => {
      const periods = periodsIn(sentence);
      assert.deepEqual(periods.filter((p) => p.role === 'installation' || p.role === 'extension').map((p) => [p.kind, p.role, p.text]), []);
    });
  }

  it('a cap ("in no event later than seventy-five days") is not a second authorization', () => {
    const periods = periodsIn("The FBI may use the device for sixty (60) days from installation, but in no event later than seventy-five (75) days from the date of the Court's Order.");
    assert.deepEqual(periods.map((p) => [p.text, p.role]), [['sixty (60) days', 'installation'], ['seventy-five (75) days', 'deadline']]);
  });

  it('a caption or heading names a document and states no period', () => {
    const text = `IN THE MATTER OF THE APPLICATION FOR AN ORDER EXTENDING FOR NINETY DAYS A PEN REGISTER\n\n## ORDER EXTENDING FOR NINETY DAYS\n\nAPPLICATION FOR 90-DAY EXTENSION\n`;
    assert.deepEqual(buildDraft(text, { forceDraft: true }).periods.periods.map((p) => p.text), []);
  });

  it('every period carries its span, day count, start and end for hovers', () => {
    const [p] = periodsIn('IT IS ORDERED that the pen register may be used from January 1, 2022 through June 30, 2022.');
    assert.equal(p.kind, 'range');
    assert.equal(p.startDate?.year, 2022);
    assert.equal(p.startDate?.month, 1);
    assert.equal(p.endDate?.month, 6);
    assert.equal(p.endDate?.day, 30);
    assert.equal(p.between, 180);
    assert.equal(p.dayCount, 181);
    assert.ok(p.end > p.start);
  });

  it('a known order date gives a duration its start and end (Fed. R. Crim. P. 45(a): the trigger day excluded)', () => {
    const text = `---\npenlint:\n  date: 2022-01-01\n---\n\n## ORDER\n\nIT IS ORDERED that the device may be used for sixty (60) days from the date of this Order.\n`;
    const [p] = buildDraft(text).periods.periods;
    assert.equal(p.startDate?.day, 1);
    assert.deepEqual([p.endDate?.year, p.endDate?.month, p.endDate?.day], [2022, 3, 2]);
  });
});
