// Regular expressions on adversarial input (issue 8): the patterns the audit (regex-audit.ts) found to backtrack
// super-linearly, fixed, with their results asserted on crafted inputs and a lint of each input run to completion.
// No wall-clock assertions: a regression shows as a test that does not finish (mocha's timeout).
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/index.js';
import { findRegexLiterals } from './regex-audit.js';

const ORDER = '## ORDER\n\n';

describe('robustness: regular expressions on adversarial input', function () {
  this.timeout(60000);

  it('finds the regular expressions of the shipped sources (the audit reads them all)', () => {
    const found = findRegexLiterals();
    assert.ok(found.length > 150, `only ${found.length} literals found`);
    assert.ok(found.every((f) => f.file.startsWith('server/src/')));
  });

  it('no pattern in server/src quantifies two white-space runs around an optional comma (`\\s*,?\\s*`)', () => {
    const bad = findRegexLiterals().filter((f) => /\\s\*,\?\\s\*/.test(f.source));
    assert.deepEqual(bad.map((f) => `${f.file}:${f.line}`), []);
  });

  it('time phrases between dates: a long run of spaces (it was cubic) and the periods still read', () => {
    const spaces = ' '.repeat(20000);
    const text = `${ORDER}IT IS ORDERED that the pen register may be used from January 10, 2022, at${spaces}5 p.m.${spaces}, through March 20, 2022.\n`;
    const result = lint(text, { forceDraft: true });
    assert.equal(typeof result.findings.length, 'number');
    // the same wording without the run: a range past sixty days is still found
    const plain = lint(`${ORDER}IT IS ORDERED that the pen register may be used from January 10, 2022, at 5 p.m., through March 20, 2022.\n`, { forceDraft: true });
    assert.ok(plain.findings.some((f) => f.ruleId === 'order-duration-exceeds-60'), plain.findings.map((f) => f.ruleId).join(', '));
  });

  it('anchors after a duration: "(60) , from the date of this Order" with long white space', () => {
    const ws = ' '.repeat(20000);
    lint(`${ORDER}IT IS ORDERED that the pen register may be used for ninety (90)${ws}x${ws}days.\n`, { forceDraft: true });
    const r = lint(`${ORDER}IT IS ORDERED that the pen register may be used for ninety (90) days , from the date of this Order.\n`, { forceDraft: true });
    assert.ok(r.findings.some((f) => f.ruleId === 'order-duration-exceeds-60'));
  });

  it('capitalised-name patterns on long runs of "A." and "A" finish', () => {
    for (const pump of ['A.', 'A', 'Aa ', 'A '])
      lint(`${ORDER}IT IS ORDERED that the subscriber ${pump.repeat(20000)}! shall be notified.\n`, { forceDraft: true });
  });

  it('placeholder and blank scanners on long runs of brackets and underscores finish', () => {
    lint(`${ORDER}The applicant is ${'[_'.repeat(5000)}.\n`, { forceDraft: true });
    lint(`${ORDER}The applicant is ${'_'.repeat(20000)}x.\n`, { forceDraft: true });
  });
});
