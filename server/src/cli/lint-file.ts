// Linting one file for the CLI: read it, refuse what is not UTF-8 text, lint, apply safe fixes (--fix writes them,
// --fix-dry-run diffs them), and return its report entry. Runs in the main thread or in a worker (worker.ts): the
// task and the outcome are plain data.
import { readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolveConfig, type LintResult } from '../engine/index.js';
import { createDocumentLinter } from '../engine/incremental.js';
import { applyFixes } from '../engine/fix.js';
import type { PenlintConfig } from '../engine/config.js';
import type { Finding } from '../engine/types.js';
import { errorEntry, toFileEntry, type JsonFileEntry } from './report.js';
import { writeFileAtomic } from './fix-write.js';
import { unifiedDiff } from './diff.js';

export type FixMode = 'none' | 'fix' | 'dry-run';

export interface FileTask {
  /** Absolute path to read (ignored when `content` is given). */
  file: string;
  /** The path shown in reports. */
  displayPath: string;
  /** The config as written (file layer and overrides merged); resolved here, since RegExps do not cross threads. */
  config: PenlintConfig;
  /** From config include/exclude; undefined lets detection decide. */
  forceDraft?: boolean;
  fix: FixMode;
  /** Standard input's bytes (--stdin). */
  content?: Uint8Array;
  /** A cached entry for this file: used when the content hash and config key match. */
  cached?: { hash: string; entry: JsonFileEntry };
}

export interface FileOutcome {
  entry: JsonFileEntry;
  /** sha256 of the content the entry describes (after --fix); absent when the file could not be read. */
  hash?: string;
  /** Number of fixes applied (written with --fix, shown with --fix-dry-run). */
  fixed: number;
  /** The entry came from the cache (the file was not linted again). */
  fromCache: boolean;
}

const MAX_FIX_PASSES = 10;

/** Why a buffer is not UTF-8 text, or undefined when it is. */
export function notTextReason(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return 'not a text file (it contains NUL bytes); penlint lints UTF-8 Markdown';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'not valid UTF-8 text; save the draft as UTF-8';
  }
  return undefined;
}

export interface DecodedText {
  text: string;
  bom: boolean;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // TextDecoder drops a leading BOM, as editors do: positions then match what the LSP client sees
  return { text: new TextDecoder('utf-8').decode(bytes), bom };
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The line ending a text mostly uses. */
export function dominantEol(text: string): '\n' | '\r\n' {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

/** Fixes' inserted text uses \n; in a CRLF draft it must use \r\n. */
function withEol(findings: Finding[], eol: '\n' | '\r\n'): Finding[] {
  if (eol === '\n') return findings;
  return findings.map((f) => ({
    ...f,
    fixes: f.fixes?.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, text: e.text.replace(/\r?\n/g, '\r\n') })) })),
  }));
}

const endsWithNewline = (t: string) => /\n$/.test(t);

/**
 * Applies safe fixes, keeping the end-of-file newline as it was, and lints again after each pass until no safe fix
 * is left: fixes that overlap an applied one wait for the next pass, and a fix can uncover a finding that "one defect,
 * one finding" held back (a second period of the same defect). So applying fixes twice equals applying them once.
 */
export function fixText(
  text: string,
  lintText: (t: string) => LintResult,
): { text: string; fixed: number; result?: LintResult } {
  const eol = dominantEol(text);
  const hadFinalNewline = endsWithNewline(text);
  let current = text;
  let result: LintResult | undefined = lintText(current);
  let fixed = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES && result; pass++) {
    const applied = applyFixes(current, withEol(result.findings, eol), 'safe');
    if (!applied.fixed.length || applied.text === current) break;
    let next = applied.text;
    if (hadFinalNewline && !endsWithNewline(next)) next += eol;
    if (!hadFinalNewline && endsWithNewline(next) && next.length) next = next.replace(/\r?\n$/, '');
    if (next === current) break;
    fixed += applied.fixed.length;
    current = next;
    result = lintText(current);
  }
  return { text: current, fixed, result };
}

/** Drafts of one office share boilerplate (captions, certifications, sealing paragraphs): the parsed top-level
 *  blocks are kept by their text for the files that follow in this thread (the editor's incremental parser, with a
 *  smaller budget). Findings are the same as a fresh parse's (test/perf/incremental.test.ts). */
const PARSE_CACHE_CHARS = 500_000;
const sharedLinter = createDocumentLinter(PARSE_CACHE_CHARS);

export function lintFileTask(task: FileTask): FileOutcome {
  let bytes: Uint8Array;
  try {
    // a pipe or a device named as a draft would block the run or never end: only regular files are read
    if (!task.content && !statSync(task.file).isFile()) return { entry: errorEntry(task.displayPath, 'The file is not a regular file (a pipe, socket or device).'), fixed: 0, fromCache: false };
    bytes = task.content ?? readFileSync(task.file);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const why = e.code === 'EISDIR' ? 'is a folder' : e.code === 'ENOENT' ? 'does not exist' : e.code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${e.message})`;
    return { entry: errorEntry(task.displayPath, `The file ${why}.`), fixed: 0, fromCache: false };
  }
  const notText = notTextReason(bytes);
  if (notText) return { entry: errorEntry(task.displayPath, `The file is ${notText}.`), fixed: 0, fromCache: false };
  const hash = sha256(bytes);
  const cached = task.cached;
  const cachedHasSafeFix = cached?.entry.diagnostics.some((d) => d.fixes.some((f) => f.kind === 'safe'));
  if (cached && cached.hash === hash && (task.fix === 'none' || !cachedHasSafeFix)) {
    return { entry: { ...cached.entry, path: task.displayPath }, hash, fixed: 0, fromCache: true };
  }

  const { text, bom } = decodeText(bytes);
  const config = resolveConfig(task.config);
  const lintText = (t: string) => sharedLinter.lint(t, { config, forceDraft: task.forceDraft });

  if (task.fix === 'none') {
    return { entry: toFileEntry(task.displayPath, text, lintText(text)), hash, fixed: 0, fromCache: false };
  }

  const original = lintText(text);
  // fixText re-lints after each pass; the first lint is shared with the report
  const outcome = fixText(text, (t) => (t === text ? original : lintText(t)));
  if (task.fix === 'dry-run') {
    const entry = toFileEntry(task.displayPath, text, original);
    if (outcome.fixed) entry.diff = unifiedDiff(text, outcome.text, task.displayPath);
    return { entry, hash, fixed: outcome.fixed, fromCache: false };
  }
  // --fix
  if (!outcome.fixed || outcome.text === text) {
    return { entry: toFileEntry(task.displayPath, text, original), hash, fixed: 0, fromCache: false };
  }
  const data = Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(outcome.text, 'utf8')]);
  const written = writeFileAtomic(task.file, data, { expected: Buffer.from(bytes) });
  if (!written.ok) {
    const entry = toFileEntry(task.displayPath, text, original);
    entry.error = `Fixes not written: ${written.reason}.`;
    return { entry, hash, fixed: 0, fromCache: false };
  }
  return { entry: toFileEntry(task.displayPath, outcome.text, outcome.result ?? lintText(outcome.text)), hash: sha256(data), fixed: outcome.fixed, fromCache: false };
}
