// Sections' contentEnd (draft/structure.ts) is found by binary search over the blocks; it must equal the end of
// the last block lying wholly inside the section after its title (the plain filter it replaced), on every
// corpus draft and on generated ones.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDraft } from '../../server/src/engine/draft/index.js';
import { generateDraft } from '../../bench/gen-corpus.mjs';

const corpusDir = join(import.meta.dirname, '..', 'fixtures', 'corpus', 'drafts');
const texts = [
  ...readdirSync(corpusDir).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(corpusDir, f), 'utf8')),
  ...Array.from({ length: 20 }, (_, i) => generateDraft(20240601, i + 1)),
];

describe('perf: section contentEnd by binary search', () => {
  it('equals the last block inside each section (filter over all blocks)', () => {
    let sections = 0;
    for (const text of texts) {
      const draft = buildDraft(text, { forceDraft: true });
      for (const s of draft.sections) {
        const inside = draft.blocks.filter((x) => x.start >= s.block.end && x.end <= s.end);
        assert.equal(s.contentEnd, inside.length ? inside[inside.length - 1].end : s.block.end, `section "${s.title}"`);
        sections++;
      }
    }
    assert.ok(sections > 100, `only ${sections} sections checked`);
  });
});
