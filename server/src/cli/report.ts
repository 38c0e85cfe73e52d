// The JSON report's shapes (DESIGN.md, "CLI contract") and the conversion of a lint result into one file entry.
// Every output format (stylish, JSON, SARIF, GitHub) is rendered from these entries, and the language server's
// and the acceptance tests reuse `toFileEntry`, so all front ends agree on positions.
import { positionIndex, type LintResult } from '../engine/index.js';
import { TOOL_NAME, TOOL_VERSION } from '../engine/meta.js';
import type { Finding, Jurisdiction, PartKind, Severity } from '../engine/types.js';

export interface JsonRange {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units (as LSP counts). */
  column: number;
  endLine: number;
  endColumn: number;
}

export interface JsonEdit extends JsonRange {
  text: string;
}

export interface JsonFix {
  title: string;
  kind: 'safe' | 'suggestion';
  edits: JsonEdit[];
}

export interface JsonDiagnostic extends JsonRange {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The authority the rule enforces; null for rules that cite none (e.g. a date that does not exist). */
  citation: string | null;
  fixes: JsonFix[];
}

export interface JsonFileEntry {
  path: string;
  draft: boolean;
  parts: PartKind[];
  /** null only for a file that could not be read. */
  jurisdiction: Jurisdiction | null;
  diagnostics: JsonDiagnostic[];
  /** Set when the file could not be read, is not text, or a fix could not be written. */
  error?: string;
  /** With --fix-dry-run: the unified diff of the safe fixes. */
  diff?: string;
}

export interface JsonSummary {
  files: number;
  drafts: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Files that could not be read or written; present only when there are some. */
  fileErrors?: number;
}

export interface JsonReport {
  version: 1;
  tool: { name: string; version: string };
  files: JsonFileEntry[];
  summary: JsonSummary;
}

type ResultFacts = Pick<LintResult, 'isDraft' | 'parts' | 'jurisdiction' | 'findings'>;

/** One file's entry of the JSON report: `text` must be the text that was linted (for line/column conversion). */
export function toFileEntry(path: string, text: string, result: ResultFacts): JsonFileEntry {
  const index = positionIndex(text);
  const range = (start: number, end: number): JsonRange => {
    const a = index.toPosition(start);
    const b = index.toPosition(end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
  return {
    path,
    draft: result.isDraft,
    parts: [...result.parts],
    jurisdiction: result.jurisdiction,
    diagnostics: result.findings.map((f) => toDiagnostic(f, range)),
  };
}

function toDiagnostic(f: Finding, range: (start: number, end: number) => JsonRange): JsonDiagnostic {
  const citation = f.citation && f.citation.trim() && f.citation.trim() !== '—' ? f.citation : null;
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    citation,
    ...range(f.start, f.end),
    fixes: (f.fixes ?? []).map((fix) => ({
      title: fix.title,
      kind: fix.kind,
      edits: fix.edits.map((e) => ({ ...range(e.start, e.end), text: e.text })),
    })),
  };
}

/** The entry of a file that could not be linted. */
export function errorEntry(path: string, error: string): JsonFileEntry {
  return { path, draft: false, parts: [], jurisdiction: null, diagnostics: [], error };
}

export function summarize(files: JsonFileEntry[]): JsonSummary {
  const summary: JsonSummary = { files: files.length, drafts: 0, errors: 0, warnings: 0, infos: 0 };
  let fileErrors = 0;
  for (const f of files) {
    if (f.draft) summary.drafts++;
    if (f.error) fileErrors++;
    for (const d of f.diagnostics) {
      if (d.severity === 'error') summary.errors++;
      else if (d.severity === 'warning') summary.warnings++;
      else summary.infos++;
    }
  }
  if (fileErrors) summary.fileErrors = fileErrors;
  return summary;
}

export function buildReport(files: JsonFileEntry[]): JsonReport {
  return { version: 1, tool: { name: TOOL_NAME, version: TOOL_VERSION }, files, summary: summarize(files) };
}
