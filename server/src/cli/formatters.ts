// Output formats, all rendered from the JSON report entries: stylish (people), json (DESIGN.md's shape), sarif
// (SARIF 2.1.0 for code scanning) and github (workflow commands that annotate a pull request).
import { rules as allRules } from '../engine/index.js';
import { DOCS_BASE, ruleDocsUrl, TOOL_NAME, TOOL_VERSION } from '../engine/meta.js';
import type { Severity } from '../engine/types.js';
import { buildReport, summarize, type JsonFileEntry } from './report.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatOptions {
  /** ANSI colours (stylish only): when stdout is a terminal and NO_COLOR is unset. */
  color?: boolean;
  /** Absolute path of the folder report paths are relative to (SARIF's %SRCROOT%). */
  cwd: string;
  /** --fix-dry-run: the stylish and github formats print the diffs first. */
  showDiffs?: boolean;
}

export function formatReport(format: Format, files: JsonFileEntry[], options: FormatOptions): string {
  switch (format) {
    case 'json':
      return JSON.stringify(buildReport(files), null, 2) + '\n';
    case 'sarif':
      return JSON.stringify(toSarif(files, options.cwd), null, 2) + '\n';
    case 'github':
      return (options.showDiffs ? diffs(files) : '') + formatGithub(files);
    default:
      return (options.showDiffs ? diffs(files) : '') + formatStylish(files, options.color ?? false);
  }
}

function diffs(files: JsonFileEntry[]): string {
  const all = files.map((f) => f.diff ?? '').filter(Boolean);
  return all.length ? all.join('') + '\n' : '';
}

// ---------------------------------------------------------------------------------------------------------------
// stylish

const ANSI = { red: 31, yellow: 33, blue: 34, green: 32, dim: 2, bold: 1, underline: 4 } as const;

export function formatStylish(files: JsonFileEntry[], color: boolean): string {
  const paint = (style: keyof typeof ANSI, s: string) => (color ? `\u001b[${ANSI[style]}m${s}\u001b[0m` : s);
  const sevColor: Record<Severity, keyof typeof ANSI> = { error: 'red', warning: 'yellow', info: 'blue' };
  let out = '';
  let safeFixable = 0;
  for (const file of files) {
    if (!file.diagnostics.length && !file.error) continue;
    out += `\n${paint('underline', file.path)}\n`;
    if (file.error) out += `  ${paint('red', 'error')}  ${file.error}\n`;
    const rows = file.diagnostics.map((d) => [`${d.line}:${d.column}`, d.severity, d.message.replace(/(?<!\s)\s*[\r\n]+\s*/g, ' '), d.ruleId]);
    const posWidth = Math.max(0, ...rows.map((r) => r[0].length));
    for (const [k, d] of file.diagnostics.entries()) {
      const [pos, sev, message, rule] = rows[k];
      if (d.fixes.some((f) => f.kind === 'safe')) safeFixable++;
      out += `  ${paint('dim', pos.padEnd(posWidth))}  ${paint(sevColor[d.severity], sev.padEnd(7))}  ${message}  ${paint('dim', rule)}\n`;
    }
  }
  const s = summarize(files);
  const problems = s.errors + s.warnings + s.infos;
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const checked = `${plural(s.files, 'file')} checked, ${plural(s.drafts, 'draft')}`;
  if (problems || s.fileErrors) {
    const parts = [plural(s.errors, 'error'), plural(s.warnings, 'warning'), plural(s.infos, 'info', 'infos')];
    const unread = s.fileErrors ? `; ${plural(s.fileErrors, 'file')} could not be checked` : '';
    const mark = s.errors || s.fileErrors ? paint('red', '✖') : paint('yellow', '⚠');
    out += `\n${mark} ${plural(problems, 'problem')} (${parts.join(', ')})${unread} (${checked})\n`;
    if (safeFixable) out += `  ${plural(safeFixable, 'problem')} can be fixed with the \`--fix\` option.\n`;
  } else {
    out += `${paint('green', '✔')} No problems found (${checked}).\n`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// github: ::error file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::message

/** Escapes a workflow command's message (data). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value (also `:` and `,`, which delimit properties). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const GITHUB_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function formatGithub(files: JsonFileEntry[]): string {
  let out = '';
  for (const file of files) {
    const path = escapeProperty(file.path);
    if (file.error) out += `::error file=${path},title=penlint::${escapeData(file.error)}\n`;
    for (const d of file.diagnostics) {
      const props = [
        `file=${path}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine}`,
        `endColumn=${d.endColumn}`,
        `title=${escapeProperty(d.ruleId)}`,
      ].join(',');
      out += `::${GITHUB_LEVEL[d.severity]} ${props}::${escapeData(d.message)}\n`;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// SARIF 2.1.0

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A relative path as a URI reference: each segment percent-encoded. */
export function pathToUri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}

function firstParagraph(markdown: string): string {
  const para = markdown.trim().split(/\n\s*\n/)[0] ?? '';
  return para.replace(/(?<!\s)\s*\n\s*/g, ' ').trim();
}

export function toSarif(files: JsonFileEntry[], cwd: string): Record<string, unknown> {
  const ruleIndex = new Map(allRules.map((r, i) => [r.id, i]));
  const rules = allRules.map((r) => {
    const summary = r.summary.trim() || r.id;
    const full = firstParagraph(r.docs) || summary;
    const rule: Record<string, unknown> = {
      id: r.id,
      shortDescription: { text: summary },
      fullDescription: { text: full },
      helpUri: ruleDocsUrl(r.id),
      defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
      properties: { citation: r.citation, tags: [r.id.split('-')[0]] },
    };
    if (r.docs.trim()) rule.help = { text: r.docs.trim(), markdown: r.docs.trim() };
    return rule;
  });
  const results: unknown[] = [];
  const notifications: unknown[] = [];
  for (const file of files) {
    const artifactLocation = { uri: pathToUri(file.path), uriBaseId: '%SRCROOT%' };
    if (file.error) {
      notifications.push({
        level: 'error',
        message: { text: `${file.path}: ${file.error}` },
        locations: [{ physicalLocation: { artifactLocation } }],
      });
    }
    for (const d of file.diagnostics) {
      const result: Record<string, unknown> = {
        ruleId: d.ruleId,
        level: SARIF_LEVEL[d.severity],
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation,
              region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
            },
          },
        ],
      };
      const index = ruleIndex.get(d.ruleId);
      if (index !== undefined) result.ruleIndex = index;
      const safe = d.fixes.filter((f) => f.kind === 'safe' && f.edits.length);
      if (safe.length) {
        result.fixes = safe.map((f) => ({
          description: { text: f.title },
          artifactChanges: [
            {
              artifactLocation,
              replacements: f.edits.map((e) => ({
                deletedRegion: { startLine: e.line, startColumn: e.column, endLine: e.endLine, endColumn: e.endColumn },
                insertedContent: { text: e.text },
              })),
            },
          ],
        }));
      }
      results.push(result);
    }
  }
  const root = cwd.endsWith('/') ? cwd : `${cwd}/`;
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            semanticVersion: TOOL_VERSION,
            informationUri: DOCS_BASE.replace(/blob\/[^/]+\/docs\/rules\/$/, ''),
            rules,
          },
        },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileUri(root) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

function pathToFileUri(absDir: string): string {
  const posix = absDir.replace(/\\/g, '/');
  return `file://${posix.startsWith('/') ? '' : '/'}${pathToUri(posix)}`;
}
