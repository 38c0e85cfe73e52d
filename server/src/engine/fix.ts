// Applying fixes: edits sorted back to front, overlapping edits dropped (the first one wins).
import type { Finding, Fix, TextEdit } from './types.js';

export function applyEdits(text: string, edits: TextEdit[]): { text: string; applied: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: TextEdit[] = [];
  let lastEnd = -1;
  for (const e of sorted) {
    if (e.start < lastEnd || e.start < 0 || e.end > text.length || e.end < e.start) continue;
    applied.push(e);
    lastEnd = Math.max(e.end, e.start === e.end ? e.start + 0.5 : e.end);
  }
  let out = text;
  for (const e of [...applied].reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, applied };
}

/** Applies whole fixes (all of a fix's edits or none) of the given kind, first finding first. */
export function applyFixes(text: string, findings: Finding[], kind: Fix['kind'] | 'all' = 'safe'): { text: string; fixed: Finding[] } {
  const chosen: TextEdit[] = [];
  const fixed: Finding[] = [];
  const overlaps = (a: TextEdit, b: TextEdit) => a.start < b.end && b.start < a.end || (a.start === b.start && a.end === b.end);
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    const fix = f.fixes?.find((x) => kind === 'all' || x.kind === kind);
    if (!fix || !fix.edits.length) continue;
    if (fix.edits.some((e) => chosen.some((c) => overlaps(c, e)))) continue;
    chosen.push(...fix.edits);
    fixed.push(f);
  }
  return { text: applyEdits(text, chosen).text, fixed };
}
