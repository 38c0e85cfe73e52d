// The engine's public face: text in, findings out. Pure: no file system, no VS Code, no LSP.
import { buildDraft, type Draft } from './draft/index.js';
import { resolveConfig, type ResolvedConfig } from './config.js';
import { applySuppressions, suppressionRegions } from './suppress.js';
import { rules as allRules } from './rules/index.js';
import type { Rule } from './rule.js';
import type { Finding, PartKind, Jurisdiction, Severity, Span, TextEdit } from './types.js';

export type { Finding, Fix, TextEdit, Severity, Report, Span, Jurisdiction, PartKind } from './types.js';
export type { Rule } from './rule.js';
export type { Draft } from './draft/index.js';
export { resolveConfig, type ResolvedConfig, type PenlintConfig } from './config.js';
export { applyFixes, applyEdits } from './fix.js';
export { positionIndex } from './positions.js';
export { disableNextLineEdit } from './suppress.js';
export { buildDraft } from './draft/index.js';

export const rules: readonly Rule[] = allRules;
const byId = new Map(allRules.map((r) => [r.id, r]));
export function getRule(id: string): Rule | undefined {
  return byId.get(id);
}

export interface LintOptions {
  config?: ResolvedConfig;
  /** From config include/exclude globs, decided by the caller (the engine knows no paths). */
  forceDraft?: boolean;
  /** Run only these rules (tests, rule examples). */
  only?: readonly string[];
  /** Told when a rule throws; the finding it adds names the rule either way. */
  onRuleError?: (ruleId: string, error: unknown) => void;
}

export interface LintResult {
  draft: Draft;
  isDraft: boolean;
  parts: PartKind[];
  jurisdiction: Jurisdiction;
  findings: Finding[];
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  const config = options.config ?? resolveConfig();
  const draft = buildDraft(text, { forceDraft: options.forceDraft, jurisdiction: config.jurisdiction });
  const parts = [...new Set(draft.parts.map((p) => p.kind))];
  const result: LintResult = { draft, isDraft: draft.isDraft, parts, jurisdiction: draft.jurisdiction, findings: [] };
  if (!draft.isDraft) return result;
  const findings: Finding[] = [];
  for (const rule of allRules) {
    if (options.only && !options.only.includes(rule.id)) continue;
    const setting = config.rules[rule.id];
    if (setting === 'off') continue;
    const severity: Severity = setting ?? rule.severity;
    try {
      for (const report of rule.check(draft, { config, severity })) {
        findings.push({
          ...report,
          ruleId: rule.id,
          // a rule may lower its own severity for one finding (unsettled law); config overrides always win
          severity: setting ?? report.severity ?? severity,
          citation: rule.citation,
        });
      }
    } catch (error) {
      options.onRuleError?.(rule.id, error);
      const anchor = draft.parts[0]?.anchor ?? { start: 0, end: 0 };
      findings.push({
        ruleId: rule.id,
        severity: 'info',
        citation: rule.citation,
        message: `penlint could not run the rule ${rule.id} on this draft (internal error: ${String((error as Error)?.message ?? error).slice(0, 200)}); its findings are missing. Please report this.`,
        start: anchor.start,
        end: anchor.end,
      });
    }
  }
  const kept = applySuppressions(findings.map((f) => withinText(text, f)), suppressionRegions(draft.parsed));
  kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  result.findings = kept;
  return result;
}

// ---- the last line of defence for the front ends: whatever a rule computes, a range lies inside the text, on
// UTF-16 boundaries (never between the halves of a surrogate pair), start ≤ end, and a fix whose edits are out of
// range or overlap is not offered (test/robustness/properties.test.ts) ----

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** An offset clamped into the text and moved off the middle of a surrogate pair (down, or up when `up`). */
function snap(text: string, offset: number, up: boolean): number {
  let o = Number.isFinite(offset) ? Math.min(Math.max(Math.trunc(offset), 0), text.length) : 0;
  if (o > 0 && o < text.length && isHighSurrogate(text.charCodeAt(o - 1)) && isLowSurrogate(text.charCodeAt(o))) o += up ? 1 : -1;
  return o;
}

function snapSpan<T extends Span>(text: string, span: T): T {
  let start = snap(text, span.start, false);
  let end = snap(text, span.end, span.end > span.start);
  if (end < start) [start, end] = [end, start];
  return start === span.start && end === span.end ? span : { ...span, start, end };
}

function validEdits(text: string, edits: TextEdit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.every((e, i) => {
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < 0 || e.end > text.length || e.start > e.end) return false;
    if (snap(text, e.start, false) !== e.start || snap(text, e.end, false) !== e.end) return false;
    const prev = sorted[i - 1];
    return !prev || (prev.end <= e.start && !(prev.start === e.start && prev.end === e.end));
  });
}

function withinText(text: string, f: Finding): Finding {
  const out = snapSpan(text, f);
  const fixes = f.fixes?.filter((fix) => fix.edits.length > 0 && validEdits(text, fix.edits));
  const related = f.related?.map((r) => snapSpan(text, r));
  if (out === f && fixes?.length === f.fixes?.length && related?.every((r, i) => r === f.related![i])) return f;
  return { ...out, ...(f.fixes ? { fixes } : {}), ...(f.related ? { related } : {}) };
}
