// Engine robustness (issue 8, item 1): over arbitrary and Markdown-shaped text, linting never throws and no rule
// fails, every range lies inside the text and on UTF-16 boundaries, every fix applies cleanly, applying the safe fixes
// (as --fix does) twice equals applying them once, and linting the fixed text gives no finding the fix claimed to remove.
// Runs per property: PENLINT_FC_RUNS (default 200; .ci/run sets 2000). PENLINT_FC_SEED replays a run.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint, applyEdits, type Finding, type LintResult, type TextEdit } from '../../server/src/engine/index.js';
import { fixText } from '../../server/src/cli/lint-file.js';
import { anyText, markdownDraft, params, RUNS } from './arbitraries.js';

/** No lone surrogate. */
const wellFormed = (t: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(t);
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** An offset that does not split a surrogate pair, inside [0, length]. */
function assertOffset(text: string, offset: number, what: string) {
  assert.ok(Number.isInteger(offset), `${what}: ${offset} is not an integer`);
  assert.ok(offset >= 0 && offset <= text.length, `${what}: ${offset} outside [0, ${text.length}]`);
  if (offset > 0 && offset < text.length) {
    assert.ok(!(isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset))), `${what}: ${offset} splits a surrogate pair`);
  }
}

function assertSpan(text: string, span: { start: number; end: number }, what: string) {
  assertOffset(text, span.start, `${what} start`);
  assertOffset(text, span.end, `${what} end`);
  assert.ok(span.start <= span.end, `${what}: start ${span.start} after end ${span.end}`);
}

/** Lints, failing on any rule error (the runner turns a throwing rule into an info finding; here it is a failure). */
function lintStrict(text: string, forceDraft?: boolean): LintResult {
  const errors: string[] = [];
  const result = lint(text, { forceDraft, onRuleError: (id, e) => errors.push(`${id}: ${(e as Error)?.stack ?? e}`) });
  assert.deepEqual(errors, [], 'a rule threw');
  return result;
}

function checkInvariants(text: string, result: LintResult) {
  for (const f of result.findings) {
    const where = `${f.ruleId} [${f.start}, ${f.end}]`;
    assertSpan(text, f, where);
    assert.ok(f.message && f.message.trim().length > 0, `${where}: empty message`);
    for (const r of f.related ?? []) assertSpan(text, r, `${where} related`);
    for (const fix of f.fixes ?? []) {
      assert.ok(fix.edits.length > 0, `${where}: fix "${fix.title}" has no edits`);
      const sorted = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
      sorted.forEach((e, i) => {
        assertSpan(text, e, `${where} fix "${fix.title}" edit`);
        assert.equal(typeof e.text, 'string');
        if (i > 0) assert.ok(sorted[i - 1].end <= e.start && !(sorted[i - 1].start === e.start && sorted[i - 1].end === e.end), `${where}: fix "${fix.title}" has overlapping edits`);
      });
      // applies cleanly: every edit goes in
      const applied = applyEdits(text, fix.edits);
      assert.equal(applied.applied.length, fix.edits.length, `${where}: fix "${fix.title}" does not apply cleanly`);
      // a fix never breaks a surrogate pair: well-formed text stays well-formed
      if (wellFormed(text)) assert.ok(wellFormed(applied.text), `${where}: fix "${fix.title}" leaves a lone surrogate`);
    }
  }
}

const lintFn = (forceDraft?: boolean) => (t: string) => lintStrict(t, forceDraft);

/** Where an offset of the original text lands after the edits (an offset inside an edit lands at its start). */
function mapOffset(offset: number, edits: TextEdit[]): number {
  let delta = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    if (e.end <= offset) delta += e.text.length - (e.end - e.start);
    else if (e.start < offset) return e.start + delta;
  }
  return offset + delta;
}

describe(`robustness: engine properties (${RUNS} runs each; PENLINT_FC_RUNS)`, function () {
  this.timeout(0);

  it('arbitrary text: never throws, ranges inside the text on UTF-16 boundaries, fixes apply', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, force) => {
        checkInvariants(text, lintStrict(text, force));
      }),
      params(),
    );
  });

  it('Markdown-shaped drafts: never throws, ranges inside the text on UTF-16 boundaries, fixes apply', () => {
    fc.assert(
      fc.property(markdownDraft, fc.boolean(), (text, force) => {
        checkInvariants(text, lintStrict(text, force || undefined));
      }),
      params(),
    );
  });

  it('safe fixes: applying them twice equals applying them once', () => {
    fc.assert(
      fc.property(markdownDraft, (text) => {
        const once = fixText(text, lintFn(true)).text;
        const twice = fixText(once, lintFn(true)).text;
        assert.equal(twice, once);
      }),
      params(),
    );
  });

  it('safe fixes: the fixed text has no finding the fix claimed to remove', () => {
    let withFixes = 0;
    fc.assert(
      fc.property(markdownDraft, (text) => {
        const before = lintStrict(text, true);
        for (const f of before.findings) {
          const fix = f.fixes?.find((x) => x.kind === 'safe');
          if (!fix) continue;
          withFixes++;
          const after = applyEdits(text, fix.edits).text;
          const start = mapOffset(f.start, fix.edits);
          const end = Math.max(start, mapOffset(f.end, fix.edits));
          const again = lintStrict(after, true).findings.filter(
            (g: Finding) => g.ruleId === f.ruleId && g.start <= end && start <= g.end && g.message === f.message,
          );
          assert.deepEqual(again.map((g) => `${g.ruleId}: ${g.message}`), [], `the fix "${fix.title}" left its finding in place`);
        }
      }),
      params(),
    );
    // the property is not vacuous: the generator produces drafts with safe fixes
    assert.ok(withFixes > 0, 'no generated draft had a safe fix');
  });
});
