// Every rule's own examples are tests: valid examples produce nothing from that rule; invalid ones produce
// exactly the findings they list, at the words they name, with the fixes they show.
import assert from 'node:assert/strict';
import { rules, applyFixes } from '../../server/src/engine/index.js';
import { findingsOf } from '../helpers.js';

describe('rule examples', () => {
  for (const rule of rules) {
    describe(rule.id, () => {
      it('has metadata, docs and examples', () => {
        assert.match(rule.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        assert.ok(rule.summary.length > 10, 'summary');
        assert.ok(rule.docs.trim().length > 40, 'docs explain the legal reason');
        assert.ok(rule.examples.valid.length >= 1, 'at least one valid example');
        assert.ok(rule.examples.invalid.length >= 1, 'at least one invalid example');
      });
      rule.examples.valid.forEach((ex, i) => {
        it(`valid #${i + 1}${ex.title ? `: ${ex.title}` : ''}`, () => {
          const found = findingsOf(ex.text, rule.id);
          assert.deepEqual(found.map((f) => `${f.message} @ ${JSON.stringify(ex.text.slice(f.start, f.end))}`), []);
        });
      });
      rule.examples.invalid.forEach((ex, i) => {
        it(`invalid #${i + 1}${ex.title ? `: ${ex.title}` : ''}`, () => {
          const found = findingsOf(ex.text, rule.id);
          assert.equal(found.length, ex.findings.length, `findings: ${found.map((f) => f.message).join(' | ')}`);
          ex.findings.forEach((want, j) => {
            const got = found[j];
            if (want.at !== undefined) {
              const at = ex.text.indexOf(want.at);
              assert.ok(at >= 0, `example text contains ${JSON.stringify(want.at)}`);
              const overlaps = got.start < at + want.at.length && got.end > at;
              assert.ok(overlaps, `finding ${JSON.stringify(ex.text.slice(got.start, got.end))} should cover ${JSON.stringify(want.at)}`);
            }
            if (want.message) assert.ok(got.message.includes(want.message), `message ${JSON.stringify(got.message)} should contain ${JSON.stringify(want.message)}`);
            if (want.fixed !== undefined) {
              assert.ok(got.fixes?.length, 'finding has a fix');
              const only = { ...got, fixes: [got.fixes![0]] };
              assert.equal(applyFixes(ex.text, [only], 'all').text, want.fixed);
            }
            assert.ok(got.start >= 0 && got.end <= ex.text.length && got.start <= got.end, 'range inside the text');
          });
        });
      });
    });
  }
});
