// Shared test helpers.
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
