// Suppression comments, read from the HTML nodes of the parsed tree (never by regex over the source, so a
// comment inside a code block does nothing):
//   <!-- penlint-disable RULE... -->  …  <!-- penlint-enable RULE... -->
//   <!-- penlint-disable-next-line RULE... -->  (the next line, and the paragraph or list item that starts there)
//   <!-- penlint-disable-file RULE... -->
// No rule ids means all rules.
import type { Html } from 'mdast';
import type { Parsed } from './parse.js';
import type { Finding, TextEdit } from './types.js';

interface Region {
  start: number;
  end: number;
  rules: Set<string> | 'all';
}

const DIRECTIVE = /<!--\s*penlint-(disable-next-line|disable-file|disable|enable)\b([^<>]{0,2000}?)-->/g; // bounded: an unclosed comment must not make the scan quadratic

function ruleSet(list: string): Set<string> | 'all' {
  const ids = list.split(/[\s,]+/).map((s) => s.trim()).filter((s) => /^[a-z0-9-]+$/.test(s));
  return ids.length ? new Set(ids) : 'all';
}

export function suppressionRegions(parsed: Parsed): Region[] {
  const { text } = parsed;
  const regions: Region[] = [];
  const open: Array<{ start: number; rules: Set<string> | 'all' }> = [];
  const nodes = [...parsed.html].sort((a: Html, b: Html) => (a.position?.start?.offset ?? 0) - (b.position?.start?.offset ?? 0));
  for (const node of nodes) {
    const base = node.position?.start?.offset;
    if (base === undefined) continue;
    DIRECTIVE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DIRECTIVE.exec(node.value))) {
      const kind = m[1];
      const rules = ruleSet(m[2]);
      const at = base + m.index;
      const after = at + m[0].length;
      if (kind === 'disable-file') regions.push({ start: 0, end: text.length, rules });
      else if (kind === 'disable') open.push({ start: after, rules });
      else if (kind === 'enable') {
        // close what this enable names (or everything)
        for (let i = open.length - 1; i >= 0; i--) {
          const o = open[i];
          const closes = rules === 'all' || o.rules === 'all' || [...o.rules].every((r) => rules.has(r));
          if (closes) {
            regions.push({ start: o.start, end: at, rules: o.rules });
            open.splice(i, 1);
          } else if (o.rules !== 'all') {
            // partially enabled: the remaining rules stay disabled
            regions.push({ start: o.start, end: at, rules: o.rules });
            open[i] = { start: at, rules: new Set([...o.rules].filter((r) => !rules.has(r))) };
          }
        }
      } else {
        const nl = text.indexOf('\n', after);
        if (nl < 0) continue;
        const lineStart = nl + 1;
        let lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0) lineEnd = text.length;
        // the prose block that starts on that line is covered whole (a hard-wrapped paragraph is one unit)
        const block = parsed.blocks.find((b) => b.start >= lineStart && b.start <= lineEnd);
        regions.push({ start: lineStart, end: block ? Math.max(block.end, lineEnd) : lineEnd, rules });
      }
    }
  }
  for (const o of open) regions.push({ start: o.start, end: text.length, rules: o.rules });
  return regions;
}

export function applySuppressions(findings: Finding[], regions: Region[]): Finding[] {
  if (!regions.length) return findings;
  return findings.filter(
    (f) => !regions.some((r) => f.start >= r.start && f.start <= r.end && (r.rules === 'all' || r.rules.has(f.ruleId))),
  );
}

/** The edit that disables a rule for the line (and block) of a finding: a comment on its own line above it. */
export function disableNextLineEdit(parsed: Parsed, finding: { start: number; ruleId: string }): TextEdit {
  const { text } = parsed;
  const block = parsed.blocks.find((b) => finding.start >= b.start && finding.start <= b.end);
  const target = block ? block.start : finding.start;
  const lineStart = text.lastIndexOf('\n', target - 1) + 1;
  const indent = /^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?/.exec(text.slice(lineStart))?.[0] ?? '';
  // inside a list item, keep the comment in the item (indented like its text)
  const pad = indent.replace(/[^\t]/g, ' ');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (block && block.listItem && indent.trim()) {
    // the item's first line carries the marker: put the comment before the item itself
    return { start: lineStart, end: lineStart, text: `${' '.repeat(indent.length - indent.trimStart().length)}<!-- penlint-disable-next-line ${finding.ruleId} -->${eol}` };
  }
  return { start: lineStart, end: lineStart, text: `${pad}<!-- penlint-disable-next-line ${finding.ruleId} -->${eol}` };
}
