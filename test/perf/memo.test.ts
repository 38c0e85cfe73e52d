// The area modules keep what they read from a sentence's text (application.ts agencies, requests.ts items and
// cues, periods.ts date tokens) so the editor does not read an unchanged sentence again. A result read from those
// memos must equal one computed afresh: every draft is linted, then linted again (every sentence now a memo hit),
// and again with its text shifted (the same sentences at other offsets: offsets must follow the sentence).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/engine/index.js';
import { generateDraft } from '../../bench/gen-corpus.mjs';
import { TextMemo } from '../../server/src/engine/memo.js';

const corpusDir = join(import.meta.dirname, '..', 'fixtures', 'corpus', 'drafts');
const texts = [
  ...readdirSync(corpusDir).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(corpusDir, f), 'utf8')),
  ...Array.from({ length: 10 }, (_, i) => generateDraft(20240601, 500 + i)),
];

/** What the area modules found, offsets included, without the object graph (sentences, blocks, parts). */
function facts(text: string) {
  const r = lint(text);
  const skip = new Set(['sentence', 'block', 'parsed', 'node', 'part', 'title', 'position']);
  return JSON.parse(
    JSON.stringify({ findings: r.findings, application: r.draft.application, periods: r.draft.periods, requests: r.draft.requests, order: r.draft.order }, (k, v) =>
      skip.has(k) && typeof v === 'object' ? undefined : v instanceof Set || v instanceof Map ? [...v] : v,
    ),
  );
}

/** Keys of source offsets (textStart/textEnd are offsets in a sentence's text: they stay). */
const ABSOLUTE = /^(?:start|end|insertAt|decretalStart|insertionPoint|closingStart|base|clauseStart|clauseEnd|contentEnd)$/;

/** Every number under a key naming a source offset, moved by `delta`. */
function shifted(value: unknown, delta: number): unknown {
  if (Array.isArray(value)) return value.map((v) => shifted(v, delta));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, ABSOLUTE.test(k) && typeof v === 'number' ? v + delta : shifted(v, delta)]));
  }
  return value;
}

/** The path of the first difference between two JSON values, if any. */
function firstDifference(a: unknown, b: unknown, path: string): string | undefined {
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
    return undefined;
  }
  return a === b ? undefined : `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
}

describe('perf: per-sentence memos in the area modules', function () {
  this.timeout(120000);
  it('a second lint (every sentence remembered) gives exactly the first', () => {
    for (const text of texts) assert.deepEqual(facts(text), facts(text));
  });

  it('the same sentences at other offsets: the facts and findings move with them', () => {
    let compared = 0;
    for (const text of texts) {
      if (text.startsWith('---')) continue; // front matter must stay first
      const before = facts(text);
      // blank lines in front: no node, no sentence, every offset moved
      const prefix = '\n\n\n';
      const after = facts(prefix + text);
      const expected = shifted(before, prefix.length);
      const where = firstDifference(after, expected, '');
      assert.equal(where, undefined, `differs at ${where}`);
      compared++;
    }
    assert.ok(compared > 10);
  });

  it('TextMemo reads a text once and, when full, forgets the least recently used first', () => {
    const memo = new TextMemo<number>(10);
    let reads = 0;
    const read = (t: string) => memo.get(t, () => (reads++, t.length));
    for (let i = 0; i < 10; i++) read(`text ${i}`);
    assert.equal(read('text 0'), 6);
    assert.equal(reads, 10, 'a remembered text is not read again');
    read('text 10'); // over the bound: the least recently used tenth (text 1) goes
    read('text 0');
    assert.equal(reads, 11, 'text 0 was used recently: kept');
    read('text 1');
    assert.equal(reads, 12, 'text 1 was the least recently used: forgotten');
  });
});
