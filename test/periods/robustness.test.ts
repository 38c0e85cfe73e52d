// Properties of the durations layer: it never throws, its spans lie inside the text, and the duration rules'
// safe fixes are idempotent (a fixed draft has nothing left for them to fix).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint, applyFixes } from '../../server/src/engine/index.js';

const RULES = [
  'order-missing-duration', 'order-duration-exceeds-60', 'duration-word-numeral-mismatch', 'order-duration-month-ambiguous',
  'order-duration-open-ended', 'order-retroactive-start', 'extension-exceeds-60', 'extension-automatic', 'emergency-48h',
  'order-duration-start-unspecified',
];

const piece = fc.constantFrom(
  'sixty', 'ninety', '(60)', '(90)', 'days', 'day', 'months', 'weeks', 'business', 'for a period of', 'from the date of this Order',
  'until', 'the investigation is concluded', 'further order of the Court', 'through', 'March 1, 2022', 'June 30, 2022', '3/1/2022',
  '2022-07-31', 'the 1st day of March, 2022', 'nunc pro tunc to', 'effective as of', 'at 10:15 p.m.', 'installation began',
  'submitted', 'successive', 'periods thereafter', 'automatically renew', 'sealed', 'preserve', '2703(f)', 'within', 'hours',
  'forty-eight (48)', ';', ',', '.', '\n\n', '| a | b |\n| --- | --- |\n| Duration | 90 days |\n', '- Duration: 90 days\n', 'IT IS ORDERED that',
);

describe('durations layer: properties', () => {
  it('never throws; spans inside the text; safe fixes are idempotent', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.boolean(), (pieces, emergency) => {
        const text = `# ${emergency ? 'EMERGENCY ' : ''}ORDER AUTHORIZING A PEN REGISTER\n\n${pieces.join(' ')}\n`;
        const r = lint(text, { only: RULES, forceDraft: true });
        for (const p of r.draft.periods.periods) assert.ok(p.start >= 0 && p.end <= text.length && p.start <= p.end);
        for (const f of r.findings) {
          assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end);
          for (const fix of f.fixes ?? []) for (const e of fix.edits) assert.ok(e.start >= 0 && e.end <= text.length && e.start <= e.end);
        }
        const once = applyFixes(text, r.findings, 'safe').text;
        const again = lint(once, { only: RULES, forceDraft: true });
        const twice = applyFixes(once, again.findings, 'safe').text;
        assert.equal(twice, once);
      }),
      { numRuns: 300, seed: 3123 },
    );
  });
});
