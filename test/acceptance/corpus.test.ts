// Acceptance: the annotated corpus (a copy of the shared sample corpus) scored for precision and recall, per area
// and overall, with the shared scorer's matching. The held-out corpus is judged the same way.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint, positionIndex, rules } from '../../server/src/engine/index.js';
import { score, type ExpectedCase, type ReportedFile } from './score.js';

// The shared sample corpus, and drafts written for penlint in other offices' words (a guard against tuning to the
// sample's phrasing; the held-out corpus is judged the same way).
const CORPORA = ['test/fixtures/corpus', 'test/fixtures/other-offices'];
// The scored rules: every rule but the informational ones (as the shared scorer's list).
const SCORED = rules.filter((r) => r.severity !== 'info').map((r) => r.id);

function lintCorpus(dir: string): ReportedFile[] {
  return readdirSync(join(dir, 'drafts'))
    .filter((f) => f.endsWith('.md'))
    .map((name) => {
      const text = readFileSync(join(dir, 'drafts', name), 'utf8');
      const result = lint(text);
      const pos = positionIndex(text);
      return {
        name,
        text,
        draft: result.isDraft,
        diagnostics: result.findings.map((f) => ({
          ruleId: f.ruleId,
          message: f.message,
          line: pos.toPosition(f.start).line,
          endLine: pos.toPosition(f.end).line,
        })),
      };
    });
}

const AREAS: Array<[string, string[]]> = [
  ['application and drafting (issue 2)', ['app-', 'draft-unfilled', 'draft-invalid', 'cite-']],
  ['durations (issue 3)', ['order-missing-duration', 'order-duration', 'duration-', 'order-retroactive', 'extension-', 'emergency-']],
  ['scope (issue 4)', ['scope-']],
  ['orders (issue 5)', ['order-missing-subscriber', 'order-missing-subject', 'order-missing-identifier', 'order-missing-offense', 'order-missing-geo', 'order-missing-assistance', 'order-missing-sealing', 'order-missing-nondisclosure', 'order-own', 'order-record', 'draft-inconsistent']],
];

for (const dir of CORPORA) {
  describe(`acceptance corpus: ${dir}`, function () {
    this.timeout(60000);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { cases: Record<string, ExpectedCase> };
    const files = lintCorpus(dir);

    it('classifies every file (drafts and non-drafts)', () => {
      const s = score(expected.cases, files, new Set());
      assert.equal(s.classifiedRight, Object.keys(expected.cases).length, s.details.join('\n'));
    });

    it('reports nothing at all on non-drafts', () => {
      for (const [name, c] of Object.entries(expected.cases)) {
        if (c.draft) continue;
        const f = files.find((x) => x.name === name)!;
        assert.deepEqual(f.diagnostics.map((d) => d.ruleId), [], name);
      }
    });

    for (const [area, prefixes] of AREAS) {
      it(`${area}: precision and recall at least 0.9`, () => {
        const rules = new Set(SCORED.filter((id) => prefixes.some((p) => id.startsWith(p))));
        const s = score(expected.cases, files, rules);
        const line = `tp ${s.tp} fp ${s.fp} fn ${s.fn} precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)}`;
        assert.ok(s.precision >= 0.9 && s.recall >= 0.9, `${line}\n${s.details.join('\n')}`);
      });
    }

    it('overall: precision and recall at least 0.9', () => {
      const s = score(expected.cases, files, new Set(SCORED));
      assert.ok(s.precision >= 0.9 && s.recall >= 0.9, `tp ${s.tp} fp ${s.fp} fn ${s.fn}\n${s.details.join('\n')}`);
    });
  });
}
