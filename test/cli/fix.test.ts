// --fix and --fix-dry-run: fix application (line endings, final newline, repeated passes), the atomic write
// (mode, symlinks, refusing a file changed since it was read, no temporary files left), the diff, and the built CLI.
import assert from 'node:assert/strict';
import { chmodSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixText, dominantEol, decodeText, notTextReason } from '../../server/src/cli/lint-file.js';
import { writeFileAtomic } from '../../server/src/cli/fix-write.js';
import { unifiedDiff } from '../../server/src/cli/diff.js';
import type { LintResult } from '../../server/src/engine/index.js';
import type { Finding } from '../../server/src/engine/types.js';
import { buildOnce, cleanTemps, draftWith, penlint, ruleImplemented, tempRepo } from './helpers.js';

/** A fake lint: every "ninety (90) days" gets a safe fix, and a missing closing paragraph a suggested insertion. */
function fakeLint(text: string): LintResult {
  const findings: Finding[] = [];
  for (let i = text.indexOf('ninety (90) days'); i >= 0; i = text.indexOf('ninety (90) days', i + 1)) {
    findings.push({
      ruleId: 'order-duration-exceeds-60',
      severity: 'error',
      message: 'ninety',
      start: i,
      end: i + 16,
      fixes: [{ title: 'sixty', kind: 'safe', edits: [{ start: i, end: i + 16, text: 'sixty (60) days' }] }],
    });
  }
  if (!text.includes('SEALED')) {
    findings.push({
      ruleId: 'order-missing-sealing',
      severity: 'error',
      message: 'sealing',
      start: 0,
      end: 0,
      fixes: [{ title: 'insert', kind: 'safe', edits: [{ start: text.length, end: text.length, text: '\nSEALED.\n' }] }],
    });
  }
  return { isDraft: true, parts: ['order'], jurisdiction: 'federal', findings, draft: undefined as never };
}

describe('--fix: applying safe fixes', () => {
  it('applies every safe fix, then re-lints until nothing is left', () => {
    const out = fixText('A for ninety (90) days.\nB for ninety (90) days.\n', fakeLint);
    assert.equal(out.text, 'A for sixty (60) days.\nB for sixty (60) days.\n\nSEALED.\n');
    assert.equal(out.fixed, 3);
    assert.equal(out.result!.findings.length, 0);
  });

  it('lints again after every pass, so a fix that had to wait (overlap) is applied or dropped', () => {
    let lints = 0;
    const counting = (t: string) => {
      lints++;
      return fakeLint(t);
    };
    fixText('A for ninety (90) days.\n', counting);
    assert.equal(lints, 2, 'one pass, then a lint of the fixed text that finds nothing left to fix');
    lints = 0;
    // two safe fixes on the same words: the second waits for a re-lint, where it no longer applies
    const overlapping = (t: string) => {
      lints++;
      const r = fakeLint(t);
      const first = r.findings.find((f) => f.message === 'ninety');
      if (first) r.findings.push({ ...first, ruleId: 'duration-word-numeral-mismatch', fixes: [{ title: 'x', kind: 'safe', edits: [{ start: first.start, end: first.end, text: 'ninety (60) days' }] }] });
      return r;
    };
    const out = fixText('A for ninety (90) days.\nSEALED\n', overlapping);
    assert.equal(out.text, 'A for sixty (60) days.\nSEALED\n');
    assert.equal(lints, 2);
  });

  it('keeps CRLF line endings: inserted text uses the file\'s own', () => {
    const out = fixText('A for ninety (90) days.\r\nB.\r\n', fakeLint);
    assert.equal(out.text, 'A for sixty (60) days.\r\nB.\r\n\r\nSEALED.\r\n');
    assert.equal(dominantEol(out.text), '\r\n');
  });

  it('keeps the end of the file as it was: no final newline stays without one', () => {
    const out = fixText('A for ninety (90) days.', fakeLint);
    assert.equal(out.text, 'A for sixty (60) days.\nSEALED.');
  });

  it('decodes BOM and rejects binary and non-UTF-8 bytes', () => {
    const bom = decodeText(Buffer.from('\ufeffText', 'utf8'));
    assert.deepEqual(bom, { text: 'Text', bom: true });
    assert.equal(decodeText(Buffer.from('Text')).bom, false);
    assert.match(notTextReason(Buffer.from([0x41, 0x00]))!, /NUL/);
    assert.match(notTextReason(Buffer.from([0x41, 0xe9, 0x42]))!, /UTF-8/);
    assert.equal(notTextReason(Buffer.from('§ 3123 — “sixty”', 'utf8')), undefined);
  });
});

describe('--fix: the atomic write', () => {
  after(cleanTemps);

  it('replaces the content, keeps the mode, and leaves no temporary file', () => {
    const dir = tempRepo({ 'a.md': 'old\n' });
    const file = join(dir, 'a.md');
    chmodSync(file, 0o751);
    const r = writeFileAtomic(file, Buffer.from('new\n'), { expected: Buffer.from('old\n') });
    assert.deepEqual(r, { ok: true });
    assert.equal(readFileSync(file, 'utf8'), 'new\n');
    assert.equal(statSync(file).mode & 0o7777, 0o751);
    assert.deepEqual(readdirSync(dir).sort(), ['.git', 'a.md']);
  });

  it('refuses to overwrite a file that changed after it was read, and keeps the other writer\'s content', () => {
    const dir = tempRepo({ 'a.md': 'old\n' });
    const file = join(dir, 'a.md');
    const r = writeFileAtomic(file, Buffer.from('fixed\n'), {
      expected: Buffer.from('old\n'),
      beforeCommit: () => writeFileSync(file, 'saved by the attorney\n'),
    });
    assert.equal(r.ok, false);
    assert.match((r as { reason: string }).reason, /changed on disk/);
    assert.equal(readFileSync(file, 'utf8'), 'saved by the attorney\n');
    assert.deepEqual(readdirSync(dir).sort(), ['.git', 'a.md'], 'the temporary file is removed');
  });

  it('writes through a symbolic link to the file it names', () => {
    const dir = tempRepo({ 'real.md': 'old\n' });
    symlinkSync(join(dir, 'real.md'), join(dir, 'link.md'));
    assert.deepEqual(writeFileAtomic(join(dir, 'link.md'), Buffer.from('new\n'), { expected: Buffer.from('old\n') }), { ok: true });
    assert.equal(readFileSync(join(dir, 'real.md'), 'utf8'), 'new\n');
    assert.ok(statSync(join(dir, 'link.md')).isFile());
    assert.equal(readdirSync(dir).length, 3);
  });
});

describe('--fix-dry-run: the diff', () => {
  it('is a unified diff with context and line numbers', () => {
    const before = Array.from({ length: 12 }, (_, i) => `line ${i + 1}\n`).join('');
    const after = before.replace('line 2\n', 'line two\n').replace('line 11\n', 'line 11\nadded\n');
    assert.equal(
      unifiedDiff(before, after, 'a.md'),
      '--- a/a.md\n+++ b/a.md\n' +
        '@@ -1,5 +1,5 @@\n line 1\n-line 2\n+line two\n line 3\n line 4\n line 5\n' +
        '@@ -9,4 +9,5 @@\n line 9\n line 10\n line 11\n+added\n line 12\n',
    );
    assert.equal(unifiedDiff(before, before, 'a.md'), '');
  });

  it('marks a missing final newline and shows CRLF lines without the CR', () => {
    assert.equal(unifiedDiff('a\r\nb', 'a\r\nc', 'x.md'), '--- a/x.md\n+++ b/x.md\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n');
  });
});

describe('--fix with the built CLI (needs order-duration-exceeds-60)', function () {
  this.timeout(120_000);
  before(function () {
    if (!ruleImplemented('order-duration-exceeds-60')) this.skip();
    buildOnce();
  });
  after(cleanTemps);

  const text = draftWith('for a period of ninety (90) days.\n\nIt is so ordered.').replace(/\n/g, '\r\n');

  it('--fix-dry-run prints the diff and changes nothing', () => {
    const dir = tempRepo({ 'draft.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]) });
    const before = readFileSync(join(dir, 'draft.md'));
    const r = penlint(['--fix-dry-run'], { cwd: dir });
    assert.match(r.stdout, /^--- a\/draft\.md\n\+\+\+ b\/draft\.md\n@@ /);
    assert.match(r.stdout, /\n-.*ninety \(90\) days/);
    assert.match(r.stdout, /\n\+.*sixty \(60\) days/);
    assert.deepEqual(readFileSync(join(dir, 'draft.md')), before);
    const asJson = JSON.parse(penlint(['--fix-dry-run', '--format', 'json'], { cwd: dir }).stdout);
    assert.match(asJson.files[0].diff, /sixty \(60\) days/);
  });

  it('--fix applies the safe fix and keeps the BOM, CRLF, mode and final newline', () => {
    const dir = tempRepo({ 'draft.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]) });
    const file = join(dir, 'draft.md');
    chmodSync(file, 0o640);
    const r = penlint(['--fix', '--format', 'json'], { cwd: dir });
    const after = readFileSync(file);
    assert.deepEqual([...after.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'BOM kept');
    const fixedText = after.subarray(3).toString('utf8');
    assert.ok(fixedText.includes('for a period of sixty (60) days.'), fixedText);
    assert.ok(!/[^\r]\n/.test(fixedText), 'CRLF kept everywhere');
    assert.ok(fixedText.endsWith('\r\n'));
    assert.equal(statSync(file).mode & 0o777, 0o640);
    const report = JSON.parse(r.stdout);
    assert.ok(!report.files[0].diagnostics.some((d: { ruleId: string }) => d.ruleId === 'order-duration-exceeds-60'), 'the report describes the fixed file');
    assert.match(r.stderr, /applied \d+ safe fix/);
    assert.deepEqual(readdirSync(dir).sort(), ['.git', 'draft.md']);
  });
});
