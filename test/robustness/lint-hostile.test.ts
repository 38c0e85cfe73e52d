// Whole lints of hostile closings: each would take minutes on a quadratic path (mocha's timeout fails it), and takes
// well under a second on a linear one. Times are in bench/HOSTILE.md, not asserted here.
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/index.js';

const CAPTION = '# APPLICATION FOR AN ORDER AUTHORIZING THE INSTALLATION AND USE OF A PEN REGISTER\n\n';

describe('robustness: hostile closings lint in linear time', function () {
  this.timeout(20000);

  it('a last paragraph of 300,000 `[_` (the signature reader asked about "___" once per character)', () => {
    const text = `${CAPTION}The applicant is ${'[_'.repeat(300000)}\n`;
    const r = lint(text, { forceDraft: true });
    assert.ok(r.findings.every((f) => f.start >= 0 && f.end <= text.length));
  });

  it('a paragraph of 20,000 date ranges with no signing words (each date asked whether its sentence was signed)', function () {
    // quadratic, the 40,000 dates took 16 s here; linear, under a second
    this.timeout(10000);
    const text = `${CAPTION}The records cover ${'from March 1, 2022 through April 1, 2022; '.repeat(20000)}and no more.\n`;
    const r = lint(text, { forceDraft: true });
    assert.ok(r.draft.dates.length >= 40000);
  });

  it('a signature line of underscores still reads as a signature line', () => {
    const text = `${CAPTION}The United States applies for an order under 18 U.S.C. § 3123.\n\nRespectfully submitted,\n\n______________________\nJane Roe\nAssistant United States Attorney\n`;
    const r = lint(text, { forceDraft: true });
    const part = r.draft.application.parts?.[0];
    assert.ok(part && part.signatures.length >= 1, 'the closing is read as a signature block');
  });
});
