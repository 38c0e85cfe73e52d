// Regular expressions on adversarial input (issue 8): the patterns the audit (regex-audit.ts) found to backtrack
// super-linearly, fixed, with their results asserted on crafted inputs and a lint of each input run to completion.
// No wall-clock assertions: a regression shows as a test that does not finish (mocha's timeout).
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/index.js';
import fc from 'fast-check';
import { findRegexLiterals } from './regex-audit.js';
import { withoutTrailingParenthetical } from '../../server/src/engine/draft/periods.js';

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

// `$`-anchored white-space patterns (`\s+$` and kin) rescan a long run of white space from each of its positions:
// quadratic. Each was rewritten (a lookbehind so that only the start of a run is tried, or a loop); the rewrite
// must give the same results as the old pattern on every string, and finish on a long run.
describe('robustness: $-anchored white-space patterns, rewritten linear', function () {
  this.timeout(60000);
  const RUNS = Number(process.env.PENLINT_FC_RUNS) || 200;
  // small alphabets, so that random strings hit the patterns' words, separators and runs often
  const stringOver = (chars: string[]) => fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((a) => a.join(''));
  const WS = [' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\u3000'];

  const rewritten: Array<{ file: string; old: RegExp; now: RegExp; chars: string[]; pump: string }> = [
    { file: 'server/src/engine/draft/periods.ts', old: /\s*(?:the|a)\s*$/i, now: /(?<!\s)\s*(?:the|a)\s*$/i, chars: [...WS, 't', 'h', 'e', 'a', 'A', 'x', 'T'], pump: ' ' },
    { file: 'server/src/engine/rules/extension-automatic.ts', old: /(?:,\s*|\s+)(?:and|or)\s+(?:for\s+)?$/i, now: /(?:,\s*|(?<!\s)\s+)(?:and|or)\s+(?:for\s+)?$/i, chars: [...WS, ',', 'a', 'n', 'd', 'o', 'r', 'f', 'x'], pump: ' ' },
    { file: 'server/src/engine/rules/order-record-deadline-wrong.ts', old: /[\s,]+$/, now: /(?<![\s,])[\s,]+$/, chars: [...WS, ',', 'x', '.'], pump: ' ,' },
    {
      file: 'server/src/engine/draft/periods.ts',
      old: /,?\s+(?:and|or|but)\s+that\b|,\s+(?:and|or|but)\s+(?=(?:the|this|that|it|such|said|any|all|notice|each|thereafter|then)\b)|,?\s+and\s+(?=(?:thereafter\s+)?for\s+(?:successive|subsequent|consecutive|additional|further|like|similar|each|every|recurring)\b)|\s(?:unless|provided\s+(?:that|further|however)|except)\b/gi,
      now: /(?:,|(?<!\s))\s+(?:and|or|but)\s+that\b|,\s+(?:and|or|but)\s+(?=(?:the|this|that|it|such|said|any|all|notice|each|thereafter|then)\b)|(?:,|(?<!\s))\s+and\s+(?=(?:thereafter\s+)?for\s+(?:successive|subsequent|consecutive|additional|further|like|similar|each|every|recurring)\b)|\s(?:unless|provided\s+(?:that|further|however)|except)\b/gi,
      chars: [...WS, ',', 'and', 'or', 'but', 'that', 'the', 'for', 'successive', 'thereafter', 'unless', 'provided', 'x', ' '],
      pump: ' ',
    },
    {
      file: 'server/src/engine/draft/order.ts',
      old: /\b([A-Z](?:[a-z0-9&'-]+|[A-Z&]+)[\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4},?\s+(?:Inc|LLC|L\.L\.C|Co|Corp|Corporation|Company|Ltd|LP|L\.P|Communications|Wireless|Mobile|Telecom)\b\.?)(?:\s*\(\s*(?:the\s+)?["“]([^"”]{2,40})["”]\s*\))?/,
      now: /\b([A-Z][a-zA-Z0-9&'-][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4},?\s+(?:Inc|LLC|L\.L\.C|Co|Corp|Corporation|Company|Ltd|LP|L\.P|Communications|Wireless|Mobile|Telecom)\b\.?)(?:\s*\(\s*(?:the\s+)?["“]([^"”]{2,40})["”]\s*\))?/,
      chars: [' ', ',', '.', 'A', 'B', 'a', '1', '&', "'", '-', '_', 'Inc', 'LLC', 'Wireless', '(', ')', '"', 'the ', 'Verizon'],
      pump: 'A',
    },
    { file: 'server/src/engine/rules/scope-common.ts', old: /\s*(?:,\s*)?(?:and|or)\s+$/i, now: /(?<!\s)\s*(?:,\s*)?(?:and|or)\s+$/i, chars: [...WS, ',', 'and', 'or', 'a', 'n', 'd', 'o', 'r', 'x'], pump: ' ' },
    {
      file: 'server/src/engine/draft/index.ts',
      old: /^\W*(?:THE\s+)?(?:STATE|COMMONWEALTH)\s+OF\s+[A-Z]{3,}|\bCOUNTY\s+OF\s+[A-Z]{3,}/m,
      now: /^(?:(?<![\s\S])|(?<=\w[^\n\r\u2028\u2029]*[\n\r\u2028\u2029]))\W*(?:THE\s+)?(?:STATE|COMMONWEALTH)\s+OF\s+[A-Z]{3,}|\bCOUNTY\s+OF\s+[A-Z]{3,}/m,
      chars: [...WS, '#', '*', 'x', 'STATE OF OHIO', 'THE ', 'COUNTY OF KINGS', 'COMMONWEALTH OF PENNSYLVANIA', '\r\n'],
      pump: '\n',
    },
  ];

  for (const r of rewritten) {
    it(`${r.file}: /${r.now.source.slice(0, 50)}…/ is the shipped pattern, equals the old one, and is linear`, () => {
      const shipped = findRegexLiterals().filter((f) => f.file === r.file && f.source === r.now.source && f.flags === r.now.flags);
      assert.equal(shipped.length, 1, `the rewritten pattern is not in ${r.file}`);
      assert.equal(findRegexLiterals().filter((f) => f.file === r.file && f.source === r.old.source).length, 0, 'the old pattern is gone');
      fc.assert(
        fc.property(stringOver(r.chars), (s) => {
          const matches = (re: RegExp) => (re.global ? [...s.matchAll(re)] : [re.exec(s)]).map((m) => m && [m.index, ...m]);
          assert.deepEqual(matches(r.now), matches(r.old), JSON.stringify(s));
          assert.equal(s.replace(r.now, '|'), s.replace(r.old, '|'), JSON.stringify(s));
        }),
        { numRuns: RUNS * 5 },
      );
      // 400,000 characters: the old pattern needs ~10^11 steps here (this test would time out), the new one a few ms
      const pumped = r.pump.repeat(400000 / r.pump.length) + 'x';
      r.now.lastIndex = 0;
      assert.equal(r.now.test(pumped), false);
    });
  }

  it('withoutTrailingParenthetical equals s.replace(/\\s*\\([^)]*\\)$/, "") and is linear', () => {
    fc.assert(
      fc.property(stringOver([...WS, '(', ')', 'x', '9', '0']), (s) => assert.equal(withoutTrailingParenthetical(s), s.replace(/\s*\([^)]*\)$/, ''), JSON.stringify(s))),
      { numRuns: RUNS * 5 },
    );
    assert.equal(withoutTrailingParenthetical('ninety days (90)'), 'ninety days');
    assert.equal(withoutTrailingParenthetical('(a) b (c (d) e)'), '(a) b (c (d) e)'.replace(/\s*\([^)]*\)$/, ''));
    withoutTrailingParenthetical(`${'('.repeat(200000)}x)x)`);
    withoutTrailingParenthetical(`${' '.repeat(200000)}x)`);
  });

  it('trimEnd() equals replace(/\\s+$/, "") (the same white space, Unicode included), in periods.ts', () => {
    fc.assert(fc.property(stringOver([...WS, '\u2029', '\ufeff', '\u200b', '\u1680', 'x']), (s) => assert.equal(s.trimEnd(), s.replace(/\s+$/, ''))), { numRuns: RUNS * 5 });
    assert.equal(findRegexLiterals().filter((f) => f.file === 'server/src/engine/draft/periods.ts' && f.source === '\\s+$').length, 0);
  });

  it('a long run of white space before a period, a parenthetical and a record deadline: the lint finishes and still reads them', function () {
    // sized so that a quadratic pattern still takes minutes while the linear ones take well under a second; the
    // generous timeout absorbs a loaded CI machine late in the full suite
    this.timeout(180000);
    const ws = ' '.repeat(30000);
    lint(`${ORDER}IT IS ORDERED that the pen register may be used for ninety (90)${ws}(x${ws}days and${ws}\n\n${'\n'.repeat(15000)}STATE OF${ws}\n`, { forceDraft: true });
    const r = lint(`${ORDER}IT IS ORDERED that the pen register may be used for a period of ninety (90) days from the date of this Order.\n`, { forceDraft: true });
    assert.ok(r.findings.some((f) => f.ruleId === 'order-duration-exceeds-60'));
  });
});
