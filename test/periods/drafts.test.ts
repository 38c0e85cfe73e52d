// Whole drafts written in other words than the corpus (Texas state form, paragraph-style federal order,
// emergency application with the time before its verb, second extension, tables and lists): the duration rules
// must read the grammar, not the corpus's phrases.
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
];

const EXPECTED: Record<string, string[]> = {
  'a-texas.md': ['extension-automatic @ for successive thirty-day periods', 'order-duration-exceeds-60 @ ninety days'],
  'b-fed-paragraph.md': ['order-duration-month-ambiguous @ two (2) months'],
  'c-emergency.md': ['emergency-48h @ makes this application on May 5, 2023, at 9:00 a.m.', 'order-retroactive-start @ APPROVED'],
  // the application asks for further extensions on the agent's certification; the order does not grant them
  'd-extension.md': ['extension-automatic @ extension of sixty (60) days, to run from the expiration of the current extension, and that the Court authorize further thirty-day extensions upon the agent\'s certification'],
  'e-table.md': [],
  'f-list.md': ['order-duration-exceeds-60 @ ninety (90) days'],
  'g-table-bad.md': ['order-duration-exceeds-60 @ 120 days'],
};

describe('duration rules on drafts in other words', () => {
  itFindsInEachDraft(join(here, 'drafts'), EXPECTED, RULES);

  it('the emergency clock states the hours from the earliest installation time', () => {
    const text = readFileSync(join(here, 'drafts', 'c-emergency.md'), 'utf8');
    const clock = lint(text).draft.periods.emergency!;
    assert.equal(clock.installation?.date.minutes, 18 * 60 + 10);
    assert.equal(clock.hours?.min, 62 + 50 / 60);
    assert.equal(clock.hours?.to, 'application');
  });
});
