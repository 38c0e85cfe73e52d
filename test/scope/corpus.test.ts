// The annotated corpus, scope rules only: every expected scope finding at its anchor (the scorer's line matching),
// no other scope finding (the info rule included) on any file, clean and non-draft files silent.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, positionIndex } from '../../server/src/engine/index.js';

const dir = 'test/fixtures/corpus';
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
  cases: Record<string, { draft: boolean; expect: Array<{ rule: string; anchor: string | null }> }>;
};

describe('scope rules on the annotated corpus', () => {
  for (const [name, c] of Object.entries(expected.cases)) {
    it(name, () => {
      const text = readFileSync(join(dir, 'drafts', name), 'utf8');
      const pos = positionIndex(text);
      const found = lint(text).findings.filter((f) => f.ruleId.startsWith('scope-'));
      const wants = c.expect.filter((e) => e.rule.startsWith('scope-'));
      const left = [...found];
      for (const w of wants) {
        const at = w.anchor ? text.indexOf(w.anchor) : -1;
        const line = at >= 0 ? pos.toPosition(at).line : undefined;
        const i = left.findIndex((f) => f.ruleId === w.rule && (line === undefined || (pos.toPosition(f.end).line >= line - 1 && pos.toPosition(f.start).line <= line + 1)));
        assert.ok(i >= 0, `missed ${w.rule} at ${JSON.stringify(w.anchor)}`);
        left.splice(i, 1);
      }
      assert.deepEqual(left.map((f) => `${f.ruleId} @ ${JSON.stringify(text.slice(f.start, f.end))}`), [], 'no other scope finding');
    });
  }
});
