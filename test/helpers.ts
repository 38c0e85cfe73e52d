// Shared test helpers.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, resolveConfig, type Finding } from '../server/src/engine/index.js';
import type { PenlintConfig } from '../server/src/engine/config.js';

/** Lints a text as a draft (detection forced on) with only the given rules. */
export function findingsOf(text: string, only?: string | string[], config?: PenlintConfig): Finding[] {
  const ids = only === undefined ? undefined : Array.isArray(only) ? only : [only];
  return lint(text, { forceDraft: true, only: ids, config: resolveConfig(config) }).findings;
}

/** The source text a finding covers. */
export function covered(text: string, f: { start: number; end: number }): string {
  return text.slice(f.start, f.end);
}

/** Findings as "rule-id @ the words they cover", sorted: the form the whole-draft tables are written in. */
export function findingsAt(text: string, findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.ruleId} @ ${covered(text, f)}`).sort();
}

/** One test per draft file of `dir`: detected as a draft on its own (no forcing), and with exactly the findings of
 *  `rules` that `expected` lists for it. */
export function itFindsInEachDraft(dir: string, expected: Record<string, readonly string[]>, rules: string[]): void {
  for (const [file, want] of Object.entries(expected)) {
    it(file, () => {
      const text = readFileSync(join(dir, file), 'utf8');
      const result = lint(text, { only: rules });
      assert.ok(result.isDraft, 'detected as a draft');
      assert.deepEqual(findingsAt(text, result.findings), [...want].sort());
    });
  }
}
