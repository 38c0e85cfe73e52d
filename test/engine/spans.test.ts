// Span lookups over the Draft's lists: binary searches that must answer exactly what a scan answers.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lyingIn, spanIndex, startingIn } from '../../server/src/engine/draft/spans.js';
import { partitionPoint } from '../../server/src/engine/sorted.js';
import { buildDraft } from '../../server/src/engine/index.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const span = fc.tuple(fc.nat(200), fc.nat(40)).map(([start, length]) => ({ start, end: start + length }));

describe('span lookups', () => {
  it('partitionPoint finds where a sorted list stops being below a key, as a scan does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 60 }), fc.integer({ min: -60, max: 60 }), (xs, key) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const scan = sorted.findIndex((x) => !(x < key));
        assert.equal(partitionPoint(sorted.length, (i) => sorted[i] < key), scan < 0 ? sorted.length : scan);
      }),
    );
  });

  it('startingIn and lyingIn answer what a scan answers, sorted or not', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), fc.boolean(), span, (items, sort, query) => {
        const list = sort ? [...items].sort((a, b) => a.start - b.start) : items;
        assert.deepEqual(startingIn(list, query), list.filter((it) => it.start >= query.start && it.start < query.end));
        assert.deepEqual(lyingIn(list, query), list.filter((it) => it.start >= query.start && it.end <= query.end && it.start < query.end));
      }),
    );
  });
  it('spanIndex finds the item holding an offset in disjoint and in overlapping lists', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), fc.nat(260), (items, offset) => {
        const sorted = [...items].sort((a, b) => a.start - b.start);
        const disjoint = sorted.filter((it, i) => sorted.slice(0, i).every((x) => x.end <= it.start));
        const expected = disjoint.find((it) => offset >= it.start && offset < it.end);
        assert.equal(spanIndex(disjoint)(offset), expected);
        // overlapping: the innermost (latest start) holder
        const holders = items.filter((it) => offset >= it.start && offset < it.end);
        const inner = spanIndex(items)(offset);
        if (!holders.length) assert.equal(inner, undefined);
        else assert.equal(inner!.start, Math.max(...holders.map((h) => h.start)));
      }),
    );
  });
  it('a Draft lists its citations in the order of the text (a rule before a statute in one sentence too)', () => {
    const d = buildDraft('# APPLICATION FOR A PEN REGISTER\n\nThe warrant under Fed. R. Crim. P. 41 and the order under 18 U.S.C. § 3123 are separate.\n', { forceDraft: true });
    assert.equal(d.citations.length, 2);
    assert.ok(d.citations[0].rule && !d.citations[1].rule);
    assert.ok(d.citations[0].start < d.citations[1].start);
  });
  it('on many drafts joined into one, each part sees its own sentences, blocks and citations', () => {
    const dir = 'test/fixtures/corpus/drafts';
    const drafts = readdirSync(dir).filter((f) => f.endsWith('.md')).sort().slice(0, 4).map((f) => readFileSync(join(dir, f), 'utf8'));
    const d = buildDraft(drafts.join('\n\n'), { forceDraft: true });
    assert.ok(d.parts.length >= 4);
    for (const p of d.parts) {
      assert.deepEqual(d.sentencesIn(p), d.sentences.filter((s) => s.start >= p.start && s.start < p.end));
    }
    for (let i = 1; i < d.citations.length; i++) assert.ok(d.citations[i - 1].start <= d.citations[i].start);
  });
});
