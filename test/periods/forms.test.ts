// Whole drafts in other offices' forms (test/periods/forms/): clean ones with many periods that are not the
// authorization's (sealing, nondisclosure, notice, preservation, records, reports), and ones with a single defect
// stated in other words (devices that "stay installed" until an event, an extension by the verb "extend" running
// from the current order's expiration, emergency clocks in 24-hour times and named time zones).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { lint } from '../../server/src/engine/index.js';
import { itFindsInEachDraft } from '../helpers.js';

const here = dirname(fileURLToPath(import.meta.url));
const RULES = [
  'order-missing-duration', 'order-duration-exceeds-60', 'duration-word-numeral-mismatch', 'order-duration-month-ambiguous',
  'order-duration-open-ended', 'order-retroactive-start', 'extension-exceeds-60', 'extension-automatic', 'emergency-48h',
  'order-duration-start-unspecified',
];

const EXPECTED: Record<string, string[]> = {
  'clean-many-periods.md': [],
  'emergency-24h-clean.md': [],
  'emergency-eastern-clean.md': [],
  // RULES.md: an emergency order more than 48 hours after installation is emergency-48h and order-retroactive-start
  'emergency-24h-late.md': ['emergency-48h @ March 6, 2025', 'order-retroactive-start @ APPROVED'],
  'emergency-hrs-late.md': ['emergency-48h @ submitted June 11, 2025, 2330 hrs', 'order-retroactive-start @ approving'],
  // the clock starts when the provider began delivering the data; "Signed this 11th day of June, 2025, at 3:15 p.m."
  'emergency-order-use-began-late.md': ['emergency-48h @ 11th day of June, 2025', 'order-retroactive-start @ approving'],
  'emergency-order-day-of-clean.md': [],
  'extension-extend-verb.md': ['extension-exceeds-60 @ ninety (90) days'],
  'state-remain-open-ended.md': ["order-duration-open-ended @ until the ring's members have been identified"],
  // a table row's label governs its cell: "Authorized through | August 30, 2025", "Term of use | Until …"
  'table-through-date.md': ['order-duration-exceeds-60 @ August 30, 2025'],
  'table-through-date-clean.md': [],
  'table-term-open-ended.md': ['order-duration-open-ended @ Until the investigation is complete'],
};

describe('duration rules on whole drafts in other forms', () => {
  itFindsInEachDraft(join(here, 'forms'), EXPECTED, RULES);

  it('24-hour times with zones: the clock reads "2315 hrs" and "11:15 p.m. (Eastern)"', () => {
    const late = lint(readFileSync(join(here, 'forms', 'emergency-hrs-late.md'), 'utf8')).draft.periods.emergency!;
    assert.equal(late.installation?.date.minutes, 23 * 60 + 15);
    assert.equal(late.hours?.min, 48.25);
    const ok = lint(readFileSync(join(here, 'forms', 'emergency-eastern-clean.md'), 'utf8')).draft.periods.emergency!;
    assert.equal(ok.installation?.date.minutes, 23 * 60 + 15);
    assert.equal(ok.application?.date.minutes, 21 * 60 + 10);
  });

  it('an order signed "this 11th day of June, 2025, at 1:15 p.m." states its time', () => {
    const clock = lint(readFileSync(join(here, 'forms', 'emergency-order-day-of-clean.md'), 'utf8')).draft.periods.emergency!;
    assert.equal(clock.order?.date.minutes, 13 * 60 + 15);
    assert.equal(clock.installation?.date.minutes, 14 * 60 + 5);
    assert.ok(clock.hours && clock.hours.max < 48);
  });

  it('"at 2315 hours" is a time of day, not a period of 2,315 hours', () => {
    const text = lint(readFileSync(join(here, 'forms', 'emergency-hrs-late.md'), 'utf8')).draft.periods.periods.map((p) => p.text);
    assert.ok(!text.some((t) => /2315|2330/.test(t)), JSON.stringify(text));
  });

  it('a zone stated for one time only is compared as a local time', () => {
    const text = readFileSync(join(here, 'forms', 'emergency-24h-clean.md'), 'utf8').replace('Dated: March 5, 2025, at 11:05 MST.', 'Dated: March 5, 2025, at 11:05.');
    const clock = lint(text).draft.periods.emergency!;
    assert.equal(clock.hours?.min, 36 + 25 / 60);
  });
});
