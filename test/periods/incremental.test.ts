// The period facts are built from what each sentence holds, kept on the sentence (the parser reuses the sentence
// objects of unchanged chunks, so an edit re-reads only the chunk it touched). Whatever is reused, the facts of every
// version of an edited draft must equal those of a full lint.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/engine/index.js';
import { createDocumentLinter } from '../../server/src/engine/incremental.js';
import { parseWhole, withParsed } from '../../server/src/engine/parse.js';
import { generateDraft } from '../../bench/gen-corpus.mjs';

const corpusDir = join(import.meta.dirname, '..', 'fixtures', 'corpus', 'drafts');
const drafts = [
  ...readdirSync(corpusDir)
    .filter((f) => f.endsWith('.md'))
    .slice(0, 8)
    .map((f) => readFileSync(join(corpusDir, f), 'utf8')),
  ...Array.from({ length: 4 }, (_, i) => generateDraft(20250101, 700 + i)),
];

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The period facts, offsets included, without the object graph (sentences, blocks, parts). */
function periodFacts(r: ReturnType<typeof lint>): unknown {
  const skip = new Set(['sentence', 'block', 'parsed', 'node', 'part', 'title', 'position', 'memo']);
  return JSON.parse(JSON.stringify(r.draft.periods, (k, v) => (skip.has(k) && typeof v === 'object' ? undefined : v)));
}

// edits that add, change and remove periods, signature lines and table rows, and split or join blocks
const PIECES = [
  ' The devices may be used for ninety (90) days.',
  ' until further order of the Court',
  '\n\nDated: March 5, 2025, 11:05\n\n',
  '\n\n| Term | June 1, 2025 through July 31, 2025 |\n|---|---|\n| Expires | August 30, 2025 |\n\n',
  ' and shall automatically renew for successive sixty-day periods',
  '\n\n',
  '.',
  'x',
];

function edit(text: string, random: () => number): string {
  const at = Math.floor(random() * text.length);
  if (random() < 0.35) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(random() * 120)));
  return text.slice(0, at) + PIECES[Math.floor(random() * PIECES.length)] + text.slice(at);
}

describe('period facts of an edited draft', function () {
  this.timeout(120000);

  it('equal a full lint for every version, linted one after another as the editor does', () => {
    const random = mulberry32(31);
    const versions: string[][] = drafts.map((original) => {
      const out = [original];
      for (let step = 0; step < 8; step++) out.push(edit(out[out.length - 1], random));
      return out;
    });
    // the full lints first: the editor's linter then reads each version right after the one before it
    const expected = versions.map((vs) => vs.map((text) => periodFacts(withParsed(parseWhole(text), () => lint(text)))));
    let withPeriods = 0;
    for (let d = 0; d < versions.length; d++) {
      const linter = createDocumentLinter();
      for (let v = 0; v < versions[d].length; v++) {
        const facts = periodFacts(linter.lint(versions[d][v]));
        assert.deepEqual(facts, expected[d][v], `draft ${d}, version ${v}`);
        if ((facts as { periods?: unknown[] }).periods?.length) withPeriods++;
      }
    }
    assert.ok(withPeriods > 40, `versions with periods: ${withPeriods}`);
  });

  it('follow a sentence the edit moved: the same periods at the new offsets', () => {
    const linter = createDocumentLinter();
    const text = drafts.find((t) => (lint(t).draft.periods.periods ?? []).length > 2)!;
    const before = linter.lint(text).draft.periods.periods.map((p) => [p.start, p.end, p.role, p.text]);
    assert.ok(before.length > 2);
    const shiftedText = 'Preliminary statement.\n\n' + text;
    const after = linter.lint(shiftedText).draft.periods.periods.map((p) => [p.start, p.end, p.role, p.text]);
    const delta = 'Preliminary statement.\n\n'.length;
    assert.deepEqual(
      after,
      before.map(([start, end, role, words]) => [(start as number) + delta, (end as number) + delta, role, words]),
    );
  });
});
