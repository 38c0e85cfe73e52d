// Incremental parsing (engine/incremental.ts) must give exactly what a full parse gives: the same tree, blocks,
// sentences and source mappings, and the same findings, for every version of a document as it is edited.
// Drafts: the annotated corpus and drafts from the bench generator; edits: random single characters (letters,
// spaces, and the characters that change Markdown's block structure: newlines, fences, list and quote markers,
// table pipes, brackets of link definitions, HTML comment openers) and random deletions, from a seeded PRNG.
// PENLINT_PERF_DRAFTS=1000 runs the whole bench corpus.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseWhole, parseStats, withParsed } from '../../server/src/engine/parse.js';
import { lint } from '../../server/src/engine/index.js';
import { IncrementalParser, createDocumentLinter, splitChunks } from '../../server/src/engine/incremental.js';
import { generateDraft } from '../../bench/gen-corpus.mjs';
import { parseDifference } from './compare.js';

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STRUCTURAL = ['\n', '\n\n', '`', '```', '~~~', '- ', '1. ', '> ', '|', '[', ']:', '<!--', '-->', '    ', '#', '---', '\t', '*', '<pre>', '\r\n', '[x]: /y\n'];
const LETTERS = 'etaoin shrdlu.,;';

/** One random edit: mostly a letter or a deletion, sometimes a structural character. */
function edit(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  const r = random();
  if (r < 0.45) return text.slice(0, at) + LETTERS[Math.floor(random() * LETTERS.length)] + text.slice(at);
  if (r < 0.7) return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3));
  return text.slice(0, at) + STRUCTURAL[Math.floor(random() * STRUCTURAL.length)] + text.slice(at);
}

const corpusDir = join(import.meta.dirname, '..', 'fixtures', 'corpus', 'drafts');
const fixtures = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(join(corpusDir, f), 'utf8') }));
const generatedCount = Number(process.env.PENLINT_PERF_DRAFTS ?? 40);
const generated = Array.from({ length: generatedCount }, (_, i) => ({ name: `generated ${i + 1}`, text: generateDraft(20240601, i) }));

function comparableFindings(text: string, findings: ReturnType<typeof lint>['findings']) {
  return findings.map((f) => ({ ...f, excerpt: text.slice(f.start, f.end) }));
}

describe('incremental parsing equals a full parse', function () {
  this.timeout(600_000);

  it('cuts the corpus drafts into many chunks (the incremental path is the one under test)', () => {
    for (const { name, text } of [...fixtures, ...generated.slice(0, 5)]) {
      const chunks = splitChunks(text);
      assert.ok(chunks, `${name}: no cut`);
      if (text.length > 4000) assert.ok(chunks.starts.length > 5, `${name}: only ${chunks.starts.length} chunks`);
    }
  });

  it('gives the same parse for every version of every draft under random edits', () => {
    const random = mulberry32(1234);
    let versions = 0;
    let reusedSome = 0;
    for (const { name, text: original } of [...fixtures, ...generated]) {
      const parser = new IncrementalParser();
      let text = original;
      for (let step = 0; step < 8; step++) {
        const inc = parser.parse(text);
        if (parser.last.reused > 0) reusedSome++;
        const difference = parseDifference(parseWhole(text), inc);
        assert.equal(difference, undefined, `${name}, after ${step} edit(s): ${difference}`);
        versions++;
        text = edit(text, random);
      }
    }
    assert.ok(reusedSome > versions / 2, `chunks were reused in only ${reusedSome} of ${versions} versions`);
  });

  it('gives the same parse when documents alternate through one parser and identical chunks repeat', () => {
    // the parser matches the chunks before and after an edit against its last parse in place: the last parse may
    // be another document's, and a repeated chunk must still get a fragment of its own at each place
    const random = mulberry32(77);
    const parser = new IncrementalParser();
    const same = 'The same paragraph, word for word, in every place it appears.\n\n';
    let a = generated[1].text;
    let b = same.repeat(5) + generated[2].text + '\n\n' + same.repeat(3);
    for (let step = 0; step < 12; step++) {
      for (const [name, text] of [['a', a], ['b', b], ['a again', a], ['b twice', b], ['b twice', b]]) {
        const difference = parseDifference(parseWhole(text), parser.parse(text));
        assert.equal(difference, undefined, `${name}, after ${step} edit(s): ${difference}`);
      }
      a = edit(a, random);
      b = edit(b, random);
    }
    // a text of nothing but the repeated chunk, growing and shrinking: the chunks matched from the start and from
    // the end of the last parse must not overlap
    for (const times of [2, 3, 1, 4, 2, 5]) {
      const text = same.repeat(times);
      const difference = parseDifference(parseWhole(text), parser.parse(text));
      assert.equal(difference, undefined, `${times} copies: ${difference}`);
    }
  });

  it('gives the same findings as lint for every version under random edits', () => {
    const random = mulberry32(99);
    const linter = createDocumentLinter();
    for (const { name, text: original } of [...fixtures, ...generated.slice(0, 20)]) {
      let text = original;
      for (let step = 0; step < 5; step++) {
        // the reference: the text parsed in one piece
        const full = withParsed(parseWhole(text), () => lint(text));
        const inc = linter.lint(text);
        assert.equal(inc.isDraft, full.isDraft, `${name}, step ${step}: isDraft`);
        assert.deepEqual(comparableFindings(text, inc.findings), comparableFindings(text, full.findings), `${name}, step ${step}: findings`);
        text = edit(text, random);
      }
    }
  });

  it('re-parses only the chunk an edit touched, and reuses the rest', () => {
    const text = generated[0].text;
    const parser = new IncrementalParser();
    parser.parse(text);
    const chunks = parser.last.chunks;
    const middle = text.indexOf('\n\n', text.length >> 1) - 5;
    parser.parse(text.slice(0, middle) + 'x' + text.slice(middle));
    assert.equal(parser.last.parsed, 1);
    assert.equal(parser.last.reused, chunks - 1);
  });

  it('parses the whole text where a cut would be unsafe', () => {
    assert.equal(splitChunks('[a]: /url\n\nSee [a].\n'), undefined, 'link reference definition');
    assert.equal(splitChunks('- item\n\n  ```\n\ncode\n```\n'), undefined, 'fence at an indent of 1 to 3');
    assert.equal(splitChunks('a\rb\n'), undefined, 'lone CR');
    const fenced = splitChunks('intro\n\n```\ncode\n\nmore code\n```\n\nafter\n');
    assert.deepEqual(fenced?.starts, [0, 7, 32], 'no cut inside a fence');
    const listed = splitChunks('- one\n\n- two\n\ntext\n');
    assert.deepEqual(listed?.starts, [0, 14], 'no cut before a list item that may continue a list');
    const comment = splitChunks('a\n\n<!-- x\n\ny -->\n\nb\n');
    assert.deepEqual(comment?.starts, [0, 3, 18], 'no cut inside an HTML comment');
  });
});

describe('one parse per text', () => {
  const text = generated[1].text;

  it('lint parses the text once, whatever the rules read', () => {
    const before = { ...parseStats };
    const result = lint(text);
    assert.ok(result.isDraft);
    assert.equal(parseStats.chars - before.chars, text.length, 'every character parsed once');
  });

  it('parse (chunk by chunk) equals parseWhole on every draft', () => {
    for (const { name, text: t } of [...fixtures, ...generated]) {
      const difference = parseDifference(parseWhole(t), parse(t));
      assert.equal(difference, undefined, `${name}: ${difference}`);
    }
  });

  it('an incremental lint of an unchanged text parses nothing, and of an edited one only the changed chunk', () => {
    const linter = createDocumentLinter();
    linter.lint(text);
    let before = { ...parseStats };
    linter.lint(text);
    assert.equal(parseStats.fragments - before.fragments, 0);
    const at = text.indexOf('\n\n', text.length >> 1) - 3;
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    before = { ...parseStats };
    linter.lint(edited);
    assert.equal(parseStats.fragments - before.fragments, 1);
    assert.ok(parseStats.chars - before.chars < text.length / 4, `parsed ${parseStats.chars - before.chars} of ${text.length} characters`);
  });
});
