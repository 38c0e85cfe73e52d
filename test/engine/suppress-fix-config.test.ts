// Suppression comments, fix application and config merging.
import assert from 'node:assert/strict';
import { parse } from '../../server/src/engine/parse.js';
import { suppressionRegions, applySuppressions, disableNextLineEdit } from '../../server/src/engine/suppress.js';
import { applyEdits, applyFixes } from '../../server/src/engine/fix.js';
import { resolveConfig } from '../../server/src/engine/config.js';
import { positionIndex } from '../../server/src/engine/positions.js';
import type { Finding } from '../../server/src/engine/types.js';

function at(text: string, needle: string, ruleId = 'rule-a'): Finding {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, needle);
  return { ruleId, severity: 'error', message: 'm', start, end: start + needle.length };
}

function kept(text: string, findings: Finding[]): string[] {
  return applySuppressions(findings, suppressionRegions(parse(text))).map((f) => `${f.ruleId}@${text.slice(f.start, f.end)}`);
}

describe('suppression comments', () => {
  it('disable … enable covers the region between, for the rules named', () => {
    const text = 'one\n\n<!-- penlint-disable rule-a -->\n\ntwo\n\n<!-- penlint-enable rule-a -->\n\nthree\n';
    assert.deepEqual(kept(text, [at(text, 'one'), at(text, 'two'), at(text, 'two', 'rule-b'), at(text, 'three')]), ['rule-a@one', 'rule-b@two', 'rule-a@three']);
  });
  it('disable with no ids covers every rule to the end', () => {
    const text = 'one\n\n<!-- penlint-disable -->\n\ntwo\n';
    assert.deepEqual(kept(text, [at(text, 'one'), at(text, 'two', 'rule-z')]), ['rule-a@one']);
  });
  it('disable-next-line covers the next line and the paragraph that starts there', () => {
    const text = 'before\n\n<!-- penlint-disable-next-line rule-a -->\nfirst line of a\nhard-wrapped paragraph\n\nafter\n';
    assert.deepEqual(kept(text, [at(text, 'before'), at(text, 'first'), at(text, 'hard-wrapped'), at(text, 'after')]), ['rule-a@before', 'rule-a@after']);
  });
  it('disable-file covers the whole file, even above the comment', () => {
    const text = 'one\n\n<!-- penlint-disable-file rule-a, rule-b -->\n';
    assert.deepEqual(kept(text, [at(text, 'one'), at(text, 'one', 'rule-b'), at(text, 'one', 'rule-c')]), ['rule-c@one']);
  });
  it('ignores a directive inside a code block (read from the tree, not the source)', () => {
    const text = '```\n<!-- penlint-disable-file -->\n```\n\none\n';
    assert.deepEqual(kept(text, [at(text, 'one')]), ['rule-a@one']);
  });
  it('the disable quick-fix inserts a comment line above the block, which then suppresses the finding', () => {
    const text = 'Intro.\n\nThe order runs\nfor ninety days.\n';
    const f = at(text, 'ninety days');
    const edit = disableNextLineEdit(parse(text), f);
    const fixed = applyEdits(text, [edit]).text;
    assert.equal(fixed, 'Intro.\n\n<!-- penlint-disable-next-line rule-a -->\nThe order runs\nfor ninety days.\n');
    assert.deepEqual(kept(fixed, [at(fixed, 'ninety days')]), []);
  });
  it('the disable quick-fix keeps CRLF line endings', () => {
    const text = 'Intro.\r\n\r\nninety days.\r\n';
    const edit = disableNextLineEdit(parse(text), at(text, 'ninety'));
    assert.ok(edit.text.endsWith('-->\r\n'));
  });
});

describe('fixes', () => {
  it('applies edits back to front and drops overlapping ones', () => {
    const r = applyEdits('abcdef', [{ start: 1, end: 3, text: 'X' }, { start: 2, end: 4, text: 'Y' }, { start: 5, end: 5, text: '!' }]);
    assert.equal(r.text, 'aXde!f');
    assert.equal(r.applied.length, 2);
  });
  it('applies only safe fixes by default, whole or not at all', () => {
    const base: Finding = { ruleId: 'r', severity: 'error', message: 'm', start: 0, end: 0 };
    const findings: Finding[] = [
      { ...base, start: 0, end: 3, fixes: [{ title: 's', kind: 'safe', edits: [{ start: 0, end: 3, text: 'ONE' }] }] },
      { ...base, start: 4, end: 7, fixes: [{ title: 'g', kind: 'suggestion', edits: [{ start: 4, end: 7, text: 'TWO' }] }] },
    ];
    assert.equal(applyFixes('one two', findings).text, 'ONE two');
    assert.equal(applyFixes('one two', findings, 'all').text, 'ONE TWO');
  });
  it('applying safe fixes twice equals applying them once when the fix removes its finding', () => {
    const once = applyFixes('ninety', [{ ruleId: 'r', severity: 'error', message: 'm', start: 0, end: 6, fixes: [{ title: 't', kind: 'safe', edits: [{ start: 0, end: 6, text: 'sixty' }] }] }]).text;
    assert.equal(once, 'sixty');
  });
});

describe('config', () => {
  it('merges layers, later ones winning', () => {
    const c = resolveConfig({ rules: { a: 'off', b: 'warning' }, jurisdiction: 'state' }, { rules: { b: 'error' } });
    assert.deepEqual(c.rules, { a: 'off', b: 'error' });
    assert.equal(c.jurisdiction, 'state');
  });
  it('maxDurationDays can lower the limit but never raise it above sixty', () => {
    assert.equal(resolveConfig().maxDurationDays, 60);
    assert.equal(resolveConfig({ maxDurationDays: 30 }).maxDurationDays, 30);
    assert.equal(resolveConfig({ maxDurationDays: 90 }).maxDurationDays, 60);
  });
  it('compiles placeholder patterns and skips invalid ones without throwing', () => {
    const c = resolveConfig({ placeholders: ['<<[A-Z]+>>', '('] });
    assert.equal(c.placeholders.length, 1);
  });
});

describe('positions', () => {
  it('gives 1-based lines and UTF-16 columns', () => {
    const text = 'a😀b\nsecond';
    const p = positionIndex(text);
    assert.deepEqual(p.toPosition(3), { line: 1, column: 4 });
    assert.deepEqual(p.toPosition(text.indexOf('second')), { line: 2, column: 1 });
    assert.deepEqual(p.toPosition(text.length), { line: 2, column: 7 });
    assert.equal(p.toOffset({ line: 2, column: 1 }), text.indexOf('second'));
  });
});
