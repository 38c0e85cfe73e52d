// The one place the language server calls the engine: text + config in, a plain, structured-cloneable Analysis
// out (it crosses a worker-thread boundary). Everything the server needs later (diagnostics, quick-fixes, the
// disable-line edit, fix-all, symbols, hovers, the checklist) is computed here from one lint, so nothing else
// re-parses the text. A block-level incremental engine can replace `analyze` without touching the rest.
import { lintIncremental, LintCancelledError } from '../engine/incremental.js';
import { applyFixes, disableNextLineEdit, type Finding, type TextEdit, type Span, type PartKind, type Jurisdiction, type ResolvedConfig, type Draft } from '../engine/index.js';

export interface AnalysisInput {
  text: string;
  config: ResolvedConfig;
  /** From config include/exclude globs (undefined: detect). */
  forceDraft?: boolean;
}

export interface AnalyzedFinding extends Finding {
  /** The edit that inserts `<!-- penlint-disable-next-line RULE -->` above the finding's line. */
  disable?: TextEdit;
}

export interface PartSummary extends Span {
  kind: PartKind;
  title?: string;
  anchor: Span;
  extension: boolean;
  emergency: boolean;
}

export interface SectionSummary extends Span {
  title: string;
  level: number;
}

export interface CitationSummary extends Span {
  text: string;
  refs: Array<Span & { section: string; path: string[]; title?: number }>;
}

/** A period the durations facts expose: its day count, role, first and last day (ISO dates) when known. */
export interface PeriodSummary extends Span {
  days?: number;
  role?: string;
  /** The words as written ("ninety (90) days"). */
  text?: string;
  kind?: string;
  /** What it is counted from ("order", "installation", …) and the words that say so. */
  anchor?: string;
  anchorText?: string;
  startDate?: string;
  endDate?: string;
  /** Other scalar facts, for shapes this module does not know (only for a period with neither text nor days). */
  details: Record<string, string | number | boolean>;
}

export interface DraftSummary {
  parts: PartSummary[];
  sections: SectionSummary[];
  citations: CitationSummary[];
  periods: PeriodSummary[];
  /** Where the area facts located a statutory element (checklist id → span). */
  elements: Record<string, Span>;
}

export interface Analysis {
  isDraft: boolean;
  parts: PartKind[];
  jurisdiction: Jurisdiction;
  findings: AnalyzedFinding[];
  /** The safe fixes "Fix all" applies together (non-overlapping, offsets into the analysed text). */
  fixAll: TextEdit[];
  fixAllCount: number;
  summary: DraftSummary;
  /** Milliseconds the lint took (for the bench and the trace). */
  lintMs: number;
  /** Rules that threw ("rule-id: message"); each also has an info finding naming it. */
  ruleErrors?: string[];
}

/** `isCancelled`: polled between phases; when it says so, the run stops with LintCancelledError (the worker's
 *  cooperative cancel: its incremental cache survives, unlike a terminated thread's). */
export function analyze(input: AnalysisInput, isCancelled?: () => boolean): Analysis {
  const t0 = performance.now();
  // incremental: only the top-level blocks an edit changed are parsed again (identical to a full lint)
  // a rule that throws: its id and the error (never the draft's text) go to the server's log, once per document
  const ruleErrors: string[] = [];
  const onRuleError = (ruleId: string, error: unknown) => ruleErrors.push(`${ruleId}: ${String((error as Error)?.message ?? error).slice(0, 300)}`);
  const result = lintIncremental(input.text, { config: input.config, forceDraft: input.forceDraft, onRuleError }, isCancelled);
  const lintMs = performance.now() - t0;
  if (isCancelled?.()) throw new LintCancelledError();
  const findings: AnalyzedFinding[] = result.findings.map((f) => {
    let disable: TextEdit | undefined;
    try {
      disable = disableNextLineEdit(result.draft.parsed, f);
    } catch {
      disable = undefined;
    }
    return plainFinding(f, disable);
  });
  const { fixed } = result.isDraft ? applyFixes(input.text, result.findings, 'safe') : { fixed: [] as Finding[] };
  const fixAll = fixed.flatMap((f) => f.fixes?.find((x) => x.kind === 'safe')?.edits ?? []).map((e) => ({ start: e.start, end: e.end, text: e.text }));
  return {
    isDraft: result.isDraft,
    parts: result.parts,
    jurisdiction: result.jurisdiction,
    findings,
    fixAll,
    fixAllCount: fixed.length,
    summary: result.isDraft ? summarize(result.draft) : { parts: [], sections: [], citations: [], periods: [], elements: {} },
    lintMs,
    ruleErrors,
  };
}

/** Copies only the data fields of a finding (a rule could attach anything; the worker boundary clones). */
function plainFinding(f: Finding, disable: TextEdit | undefined): AnalyzedFinding {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    citation: f.citation,
    message: f.message,
    start: f.start,
    end: f.end,
    fixes: f.fixes?.map((x) => ({ title: x.title, kind: x.kind, edits: x.edits.map((e) => ({ start: e.start, end: e.end, text: e.text })) })),
    related: f.related?.map((r) => ({ start: r.start, end: r.end, message: r.message })),
    disable,
  };
}

function summarize(draft: Draft): DraftSummary {
  const periods = collectPeriods(draft.periods);
  return {
    parts: draft.parts.map((p) => ({
      kind: p.kind,
      start: p.start,
      end: p.end,
      title: p.title?.text?.trim().slice(0, 200),
      anchor: { start: p.anchor.start, end: p.anchor.end },
      extension: p.extension,
      emergency: p.emergency,
    })),
    sections: draft.sections.map((s) => ({ title: s.title.trim().slice(0, 200), level: s.level, start: s.start, end: s.end })),
    citations: draft.citations.map((c) => ({
      start: c.start,
      end: c.end,
      text: c.text,
      refs: c.refs.map((r) => ({ start: r.start, end: r.end, section: r.section, path: [...r.path], title: r.title })),
    })),
    periods,
    elements: collectElements(draft, periods),
  };
}

// ---- reading the area facts defensively: other modules own their shapes and may change them ----

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function spanOf(v: unknown): Span | undefined {
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = spanOf(x);
      if (s) return s;
    }
    return undefined;
  }
  if (!isObject(v)) return undefined;
  if (typeof v.start === 'number' && typeof v.end === 'number' && v.end >= v.start) return { start: v.start, end: v.end };
  for (const key of ['span', 'range', 'at', 'sentence', 'block']) {
    const inner = v[key];
    if (isObject(inner) && typeof inner.start === 'number' && typeof inner.end === 'number') return { start: inner.start, end: inner.end };
  }
  return undefined;
}

const DAYS_KEY = /^(?:dayCount|days|lengthDays|durationDays|totalDays|calendarDays)$/i;
const ROLE_KEY = /^(?:role|kind|type)$/i;

function isoDate(v: unknown): string | undefined {
  if (isObject(v) && typeof v.year === 'number' && typeof v.month === 'number' && typeof v.day === 'number') {
    return `${v.year}-${String(v.month).padStart(2, '0')}-${String(v.day).padStart(2, '0')}`;
  }
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return undefined;
}

function scalarDetails(o: Record<string, unknown>): Record<string, string | number | boolean> {
  const details: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(o)) {
    if (k === 'start' || k === 'end') continue;
    if (typeof v === 'string' && v.length <= 200) details[k] = v;
    else if (typeof v === 'number' && Number.isFinite(v)) details[k] = v;
    else if (typeof v === 'boolean') details[k] = v;
    else {
      const d = isoDate(v);
      if (d) details[k] = d;
    }
  }
  return details;
}

const str = (v: unknown) => (typeof v === 'string' && v.length <= 300 ? v : undefined);

function periodOf(v: Record<string, unknown>): PeriodSummary | undefined {
  if (typeof v.start !== 'number' || typeof v.end !== 'number') return undefined;
  const daysKey = Object.keys(v).find((k) => DAYS_KEY.test(k) && typeof v[k] === 'number');
  // a DayCount object {min, max}: the most days the period can cover
  const daysObject = isObject(v.days) && typeof v.days.max === 'number' ? (v.days.max as number) : undefined;
  const days = daysKey ? (v[daysKey] as number) : daysObject;
  const roleKey = Object.keys(v).find((k) => ROLE_KEY.test(k) && typeof v[k] === 'string');
  const text = str(v.text);
  return {
    start: v.start,
    end: v.end,
    days,
    role: roleKey ? (v[roleKey] as string) : undefined,
    text,
    kind: str(v.kind),
    anchor: str(v.anchor),
    anchorText: str(v.anchorText),
    startDate: isoDate(v.startDate),
    endDate: isoDate(v.endDate),
    // only a hover on a period with neither words nor a day count lists them: the summary crosses from the lint
    // worker on every keystroke (600 periods in the 1 MB draft)
    details: text === undefined && days === undefined ? scalarDetails(v) : {},
  };
}

/** The periods of the durations facts (`periods: Period[]`), or any span-bearing object stating a day count. */
export function collectPeriods(facts: unknown): PeriodSummary[] {
  const out: PeriodSummary[] = [];
  if (isObject(facts) && Array.isArray(facts.periods)) {
    for (const p of facts.periods) {
      const summary = isObject(p) ? periodOf(p) : undefined;
      if (summary) out.push(summary);
    }
  } else {
    const seen = new Set<unknown>();
    const visit = (v: unknown, depth: number) => {
      if (depth > 4 || !isObject(v) || seen.has(v) || out.length > 5000) return;
      seen.add(v);
      if (Array.isArray(v)) {
        for (const x of v) visit(x, depth + 1);
        return;
      }
      const summary = periodOf(v);
      if (summary && summary.days !== undefined) {
        out.push(summary);
        return;
      }
      for (const [k, x] of Object.entries(v)) if (k !== 'sentence' && k !== 'block' && k !== 'node' && k !== 'part') visit(x, depth + 1);
    };
    visit(facts, 0);
  }
  const unique = new Map<string, PeriodSummary>();
  for (const p of out) if (!unique.has(`${p.start}:${p.end}`)) unique.set(`${p.start}:${p.end}`, p);
  return [...unique.values()].sort((a, b) => a.start - b.start);
}

/** Names the area modules use (or might) for each checklist element; looked up in the facts object and in its
 *  per-part entries (`application.parts[]`, `order.orders[]`), first found wins. */
export const ELEMENT_KEYS: Record<string, { area: 'application' | 'order'; keys: string[] }> = {
  applicant: { area: 'application', keys: ['applicants', 'applicant'] },
  'attorney-applicant': { area: 'application', keys: ['applicants', 'attorneyApplicant', 'applicant'] },
  agency: { area: 'application', keys: ['identifiedAgencies', 'conductingAgencies', 'agency', 'agencies'] },
  certification: { area: 'application', keys: ['certifications', 'certification'] },
  oath: { area: 'application', keys: ['oaths', 'oath'] },
  subscriber: { area: 'order', keys: ['subscriber'] },
  subject: { area: 'order', keys: ['subject'] },
  identifier: { area: 'order', keys: ['identifier'] },
  offense: { area: 'order', keys: ['offense'] },
  assistance: { area: 'order', keys: ['assistance'] },
  sealing: { area: 'order', keys: ['sealing'] },
  nondisclosure: { area: 'order', keys: ['nondisclosure'] },
  duration: { area: 'order', keys: ['duration'] },
  record: { area: 'order', keys: ['record'] },
};

/** An element's span, unless the facts say it is missing. */
function elementSpan(v: unknown, id: string): Span | undefined {
  if (isObject(v) && v.status === 'missing') return undefined;
  if (id === 'attorney-applicant' && Array.isArray(v)) return spanOf(v.filter((a) => isObject(a) && a.isAttorney === true));
  return spanOf(v);
}

function collectElements(draft: Draft, periods: PeriodSummary[]): Record<string, Span> {
  const out: Record<string, Span> = {};
  const containers = (facts: unknown, perPart: string): Array<Record<string, unknown>> => {
    if (!isObject(facts)) return [];
    const parts = Array.isArray(facts[perPart]) ? (facts[perPart] as unknown[]).filter(isObject) : [];
    return [facts, ...parts];
  };
  const application = containers(draft.application, 'parts');
  const order = containers(draft.order, 'orders');
  for (const [id, { area, keys }] of Object.entries(ELEMENT_KEYS)) {
    search: for (const facts of area === 'application' ? application : order) {
      for (const key of keys) {
        const span = key in facts ? elementSpan(facts[key], id) : undefined;
        if (span) {
          out[id] = span;
          break search;
        }
      }
    }
  }
  if (!out.duration) {
    // the order's installation period, from the durations facts
    const orderParts = draft.parts.filter((p) => p.kind === 'order');
    const inOrder = periods.filter((p) => orderParts.some((o) => p.start >= o.start && p.start < o.end));
    const main = inOrder.find((p) => /install|authori|initial/i.test(p.role ?? '')) ?? inOrder.find((p) => p.days !== undefined);
    if (main) out.duration = { start: main.start, end: main.end };
  }
  return out;
}
