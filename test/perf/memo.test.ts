// The area modules keep what they read from a sentence's text (application.ts agencies, requests.ts items and
// cues, periods.ts date tokens) so the editor does not read an unchanged sentence again. A result read from those
// memos must equal one computed afresh: every draft is linted, then linted again (every sentence now a memo hit),
// and again with its text shifted (the same sentences at other offsets: offsets must follow the sentence).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/engine/index.js';
import { generateDraft } from '../../bench/gen-corpus.mjs';
import { TextMemo, keptSentencesWhere, memoOn, memoOnBlock, memoOnText, verifyMemos } from '../../server/src/engine/memo.js';
import { IncrementalParser, createDocumentLinter } from '../../server/src/engine/incremental.js';
import { parseWhole, withParsed, type Sentence } from '../../server/src/engine/parse.js';

const corpusDir = join(import.meta.dirname, '..', 'fixtures', 'corpus', 'drafts');
const texts = [
  ...readdirSync(corpusDir).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(corpusDir, f), 'utf8')),
  ...Array.from({ length: 10 }, (_, i) => generateDraft(20240601, 500 + i)),
];

/** What the area modules found, offsets included, without the object graph (sentences, blocks, parts). */
function facts(text: string) {
  return factsOf(lint(text));
}

function factsOf(r: ReturnType<typeof lint>) {
  // `memo`: what readers kept on a sentence (in its own coordinates), reached through a fact's list of sentences
  const skip = new Set(['sentence', 'block', 'parsed', 'node', 'part', 'title', 'position', 'memo']);
  return JSON.parse(
    JSON.stringify({ findings: r.findings, sections: r.draft.sections, citations: r.draft.citations, dates: r.draft.dates, identifiers: r.draft.identifiers, application: r.draft.application, periods: r.draft.periods, requests: r.draft.requests, order: r.draft.order }, (k, v) =>
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

  it('reads a sentence\'s text once for every sentence of those words, in any parse, each reader in its own slot', () => {
    const reads: string[] = [];
    const words = memoOnText((text: string) => (reads.push(`words:${text}`), text.split(' ').length));
    const shouts = memoOnText((text: string) => (reads.push(`shouts:${text}`), text === text.toUpperCase()));
    const first = parseWhole('The order is sealed. IT IS SO ORDERED.\n\nThe order is sealed.\n').sentences;
    const second = parseWhole('A new first line.\n\nThe order is sealed.\n').sentences;
    assert.deepEqual(first.map((s) => words(s)), [4, 4, 4]);
    assert.deepEqual(second.map((s) => words(s)), [4, 4]);
    assert.deepEqual([...first, ...second].map((s) => shouts(s)), [false, true, false, false, false]);
    // three distinct texts: each read once by each reader, whatever the sentence object or the parse
    assert.deepEqual(reads.sort(), [
      'shouts:A new first line.', 'shouts:IT IS SO ORDERED.', 'shouts:The order is sealed.',
      'words:A new first line.', 'words:IT IS SO ORDERED.', 'words:The order is sealed.',
    ]);
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

// Readings kept on a sentence or block (memoOn) are reused while the parser reuses the object: for every unchanged
// chunk of an edited draft, and for a template's chunks in the CLI's next draft. A reading that looked outside its
// object, or at an offset, would go stale there; verifyMemos makes every reuse recompute and compare.
describe('perf: readings kept on sentences and blocks', function () {
  this.timeout(300000);
  before(() => verifyMemos(true));
  after(() => verifyMemos(false));

  it('catches a reading that depends on where its object stands', () => {
    const readsOffset = memoOn((o: { memo?: unknown[]; start: number; toSource(i: number): number }) => o.start);
    const o = { memo: undefined, start: 1, toSource: (i: number) => i };
    assert.equal(readsOffset(o), 1);
    o.start = 2;
    assert.throws(() => readsOffset(o), /differs from a fresh read/);
  });

  it('keeps the readings of sentences and of blocks apart, each array a slot per reader of its kind', () => {
    const sentence = { memo: undefined as unknown[] | undefined, toSource: (i: number) => i };
    const block = { memo: undefined as unknown[] | undefined, sentences: [] };
    const first = memoOn(() => 'sentence');
    const second = memoOnBlock(() => 'block');
    assert.equal(first(sentence), 'sentence');
    assert.equal(second(block), 'block');
    assert.ok(sentence.memo!.includes('sentence') && !sentence.memo!.includes('block'));
    assert.ok(block.memo!.includes('block') && !block.memo!.includes('sentence'));
  });

  it('keeps a chunk\'s list of sentences on the chunk: the same list after an edit elsewhere, a fresh one for the edited chunk', () => {
    const dated = keptSentencesWhere((s: Sentence) => /\d{4}/.test(s.text));
    const parser = new IncrementalParser();
    const text = 'Intro on March 1, 2025.\n\nNothing dated here.\n\nSigned June 2, 2025.\n';
    const before = parser.parse(text);
    const lists = before.fragments.map((f) => dated([f]));
    assert.deepEqual(dated(before.fragments).map((s) => s.text), ['Intro on March 1, 2025.', 'Signed June 2, 2025.']);
    const after = parser.parse(text.replace('Nothing', 'Still nothing'));
    assert.equal(after.fragments[0], before.fragments[0]);
    // the list kept on the unchanged chunk is the one made for the first parse (the joined list is a copy of it)
    const keptList = (f: { memo?: unknown[] }) => f.memo?.find((x) => Array.isArray(x) && (x[0] as Sentence | undefined)?.text === 'Intro on March 1, 2025.');
    assert.ok(keptList(before.fragments[0]));
    assert.equal(keptList(after.fragments[0]), keptList(before.fragments[0]));
    assert.deepEqual(dated([after.fragments[0]]), lists[0]);
    assert.notEqual(after.fragments[1], before.fragments[1]);
    assert.deepEqual(dated(after.fragments).map((s) => s.text), ['Intro on March 1, 2025.', 'Signed June 2, 2025.']);
  });

  it('every kept reading equals a fresh one while drafts are edited, and the facts equal a full lint', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pieces = ['x', ' ', '.', '\n', '\n\n', '|', '- ', '(60)', ' 90 days', ' 3123', '(202) 555-0143', ' March 31, 2025'];
    const linter = createDocumentLinter();
    let versions = 0;
    for (const original of texts) {
      let text = original;
      for (let step = 0; step < 6; step++) {
        const incremental = factsOf(linter.lint(text));
        const full = factsOf(withParsed(parseWhole(text), () => lint(text)));
        const where = firstDifference(incremental, full, '');
        assert.equal(where, undefined, `version ${step}: differs at ${where}`);
        versions++;
        const at = Math.floor(random() * text.length);
        text = random() < 0.3 ? text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 20)) : text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at);
      }
    }
    assert.ok(versions > 100);
  });
});
