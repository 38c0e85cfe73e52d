// Shared by the scope rules: which rule owns each requested item (RULES.md "One defect, one finding"), and the
// quick-fixes (strike the item, add the § 2703 citation, add the no-use limitation, insert the disclaimer).
// Not a rule: rules/index.ts does not import it.
import type { Draft } from '../draft/index.js';
import type { Request, RequestedItem, ItemCategory } from '../draft/requests.js';
import { sourceSpan } from '../draft/requests.js';
import type { Fix, Report, Severity, TextEdit } from '../types.js';

export type ScopeRuleId =
  | 'scope-contents'
  | 'scope-subject-line'
  | 'scope-search-terms'
  | 'scope-full-url'
  | 'scope-pctdd'
  | 'scope-location-prtt-only'
  | 'scope-location-hybrid'
  | 'scope-historical-under-prtt'
  | 'scope-historical-csli-without-warrant'
  | 'scope-subscriber-records-prtt-only'
  | 'scope-stored-content'
  | 'scope-cell-site-simulator';

export interface ScopeDefect {
  rule: ScopeRuleId;
  request: Request;
  items: RequestedItem[];
  /** Where the finding goes: the words of the item(s), or the look-back for a historical request. */
  start: number;
  end: number;
  severity?: Severity;
  /** The same defect asked again later in the same part. */
  also?: ScopeDefect[];
}

const cache = new WeakMap<Draft, ScopeDefect[]>();

/** Every scope defect of the draft, each assigned to exactly one rule. */
export function scopeDefects(draft: Draft): ScopeDefect[] {
  const hit = cache.get(draft);
  if (hit) return hit;
  const out: ScopeDefect[] = [];
  const facts = draft.requests;
  const requests = facts?.requests ?? [];
  const authorities = facts?.authorities ?? draft.authorities;
  const warrant = authorities.has('warrant');
  const titleIII = authorities.has('title3');
  const hybrid = authorities.has('2703c') || authorities.has('2703d');
  for (const request of requests) {
    const live = request.items.filter((i) => !i.negated);
    if (!live.length && !request.lookBack?.explicit) continue;
    const of = (c: ItemCategory) => live.filter((i) => i.category === c);
    const add = (rule: ScopeRuleId, items: RequestedItem[], severity?: Severity, at?: { start: number; end: number }) => {
      if (!items.length && !at) return;
      // a loop, not Math.min(...spread): a request of a hundred thousand items overflows the arguments
      let start = Infinity;
      let end = -Infinity;
      for (const i of items) {
        start = Math.min(start, i.start);
        end = Math.max(end, i.end);
      }
      if (at) ({ start, end } = at);
      const unsure = items.some((i) => i.uncertain);
      out.push({ rule, request, items, start, end, severity: severity ?? (unsure ? 'warning' : undefined) });
    };
    const simulator = of('cell-site-simulator');
    if (simulator.length && !warrant) add('scope-cell-site-simulator', simulator);
    const historical = request.direction === 'historical';
    // a simulator request is one defect: its location words belong to it
    const location = simulator.length ? [] : of('location');
    if (location.length && !warrant) {
      if (historical) {
        const days = request.lookBack?.days;
        add('scope-historical-csli-without-warrant', location, days !== undefined && days < 7 ? 'warning' : undefined);
      } else add(hybrid ? 'scope-location-hybrid' : 'scope-location-prtt-only', location);
    }
    const stored = of('stored-content');
    const contents = of('contents');
    if (!warrant) {
      if (stored.length) add('scope-stored-content', stored);
      // contents asked for over a past period are stored contents
      else if (contents.length && historical && !titleIII) add('scope-stored-content', contents);
    }
    if (!titleIII) {
      if (contents.length && !stored.length && !historical) add('scope-contents', contents);
      add('scope-subject-line', of('subject-line'));
      add('scope-search-terms', of('search-terms'));
      add('scope-full-url', of('full-url'));
      const pctdd = of('pctdd');
      if (pctdd.length) add('scope-pctdd', pctdd, facts?.pctddLimitation ? 'info' : undefined);
    }
    const subscriber = of('subscriber');
    if (subscriber.length && !hybrid && !warrant) add('scope-subscriber-records-prtt-only', subscriber);
    // past records of communications with only pen/trap authority (historical location and stored contents are
    // their own defects)
    const asksForRecords = of('traffic').length > 0 || (!!request.lookBack?.explicit && /\b(?:information|records?|data|logs?|histor(?:y|ies)|details|transactions?)\b/i.test(request.sentence.text));
    if (historical && !hybrid && !warrant && !location.length && !stored.length && !contents.length && asksForRecords && request.lookBack) {
      add('scope-historical-under-prtt', of('traffic'), undefined, request.lookBack);
    }
  }
  // a location request that belongs to a simulator request (same paragraph, or speaking of the device) is the
  // simulator's defect, not a second one
  const simulatorBlocks = new Set(out.filter((d) => d.rule === 'scope-cell-site-simulator').map((d) => d.request.sentence.block));
  const located = simulatorBlocks.size
    ? out.filter((d) => {
        if (d.rule !== 'scope-location-prtt-only' && d.rule !== 'scope-location-hybrid') return true;
        const sameBlock = simulatorBlocks.has(d.request.sentence.block);
        const speaksOfIt = /\b(?:simulators?|catchers?|stingrays?|the\s+device|that\s+device|such\s+device)\b/i.test(d.request.sentence.text);
        return !(sameBlock || speaksOfIt);
      })
    : out;
  located.sort((a, b) => a.start - b.start);
  // One defect, one finding: what one part asks for under one rule is one defect, reported where it is first
  // asked; the same ask restated ("Information sought" and again in the prayer for relief) is related information,
  // and the strike fix strikes it everywhere.
  const first = new Map<string, ScopeDefect>();
  const kept = located.filter((d) => {
    const key = `${d.rule}@${draft.partAt(d.start)?.start ?? -1}`;
    const lead = first.get(key);
    if (!lead) {
      first.set(key, d);
      return true;
    }
    (lead.also ??= []).push(d);
    return false;
  });
  cache.set(draft, kept);
  return kept;
}

export function defectsOf(draft: Draft, rule: ScopeRuleId): ScopeDefect[] {
  return scopeDefects(draft).filter((d) => d.rule === rule);
}

/** The words of the items, quoted, for a message: “cell tower and sector”. */
export function quoteItems(d: ScopeDefect): string {
  const words = [...new Set(d.items.map((i) => i.text.replace(/\s+/g, ' ').replace(/^["“']+|["”']+$/g, '')))];
  const shown = words.slice(0, 3).map((w) => `“${w}”`);
  return shown.join(', ') + (words.length > 3 ? ' …' : '');
}

// ---------------------------------------------------------------------------------------------------------------
// Fixes.

/** Edits that strike the items from their request: the whole sentence (or list item) when nothing else is asked,
 *  otherwise each item's phrase with the separator before it. */
export function strikeEdits(draft: Draft, d: ScopeDefect, replacement = ''): TextEdit[] {
  const all = [d, ...(d.also ?? [])].flatMap((x) => strikeOne(draft, x, replacement));
  // an edit that overlaps one before it in the text is dropped; sorted and swept (not each against all: a defect
  // asked for thousands of times would be quadratic)
  const order = all.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.i - b.i);
  const dropped = new Set<number>();
  let reach = -Infinity;
  for (const { e, i } of order) {
    if (e.start < reach) dropped.add(i);
    else reach = e.end;
  }
  return all.filter((_, i) => !dropped.has(i));
}

function strikeOne(draft: Draft, d: ScopeDefect, replacement: string): TextEdit[] {
  const s = d.request.sentence;
  const text = draft.text;
  const struck = new Set(d.items);
  const others = d.request.items.filter((i) => !i.negated && !struck.has(i));
  if (!others.length) {
    const block = s.block;
    const item = block.listItem;
    // the sentence is all its paragraph says (a leading label such as "**Account data.**" aside): strike the paragraph
    const rest = block.sentences.filter((x) => x !== s && !(x === block.sentences[0] && x.text.split(/\s+/).length <= 16 && /[.:]\s*$/.test(x.text) && isLabel(x, block)));
    const whole = rest.length === 0;
    if (whole && item && item.position?.start?.offset !== undefined && item.position.end?.offset !== undefined && item.children.length === 1) {
      return [{ ...wholeLines(text, lineStart(text, item.position.start.offset), item.position.end.offset), text: replacement ? replacement + '\n' : '' }];
    }
    if (whole && !item && !block.inBlockquote && block.kind === 'paragraph') {
      return [{ ...wholeLines(text, lineStart(text, block.start), block.end), text: replacement ? replacement + '\n' : '' }];
    }
    const span = sentenceSpan(draft, s);
    let end = span.end;
    while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
    return [{ start: span.start, end, text: replacement ? replacement + ' ' : '' }];
  }
  const edits: TextEdit[] = [];
  for (const i of d.items) {
    const span = phraseOf(s.text, i.textStart, i.textEnd);
    const e = { ...sourceSpan(text, s, span.start, span.end), text: '' };
    // items come in order: an overlap is with one of the last edits (a check against all is quadratic)
    let overlaps = false;
    for (let k = edits.length - 1; k >= 0 && k >= edits.length - 8; k--) if (edits[k].start < e.end && e.start < edits[k].end) overlaps = true;
    if (!overlaps) edits.push(e);
  }
  const sentenceEnd = sentenceSpan(draft, s).end;
  if (replacement) edits.push({ start: sentenceEnd, end: sentenceEnd, text: ' ' + replacement });
  return mergeEdits(edits);
}

/** A paragraph's leading bold or italic label. */
function isLabel(sentence: { end: number }, block: Draft['blocks'][number]): boolean {
  const strong = block.node.children.find((c) => c.type === 'strong' || c.type === 'emphasis');
  const end = strong?.position?.end?.offset;
  return end !== undefined && sentence.end <= end + 2;
}

/** From a line start to the end of a block, with its line break and one following blank line. */
function wholeLines(text: string, start: number, blockEnd: number): { start: number; end: number } {
  let end = blockEnd;
  if (text[end] === '\n') end++;
  if (text[end] === '\n' && (start === 0 || (text[start - 1] === '\n' && text[start - 2] === '\n'))) end++;
  return { start, end };
}

/** A sentence's exact source span (see `sourceSpan`). */
export function sentenceSpan(draft: Draft, s: Request['sentence']): { start: number; end: number } {
  return sourceSpan(draft.text, s, 0, s.text.length);
}

function lineStart(text: string, offset: number): number {
  const nl = text.lastIndexOf('\n', offset - 1);
  return nl < 0 ? 0 : nl + 1;
}

function mergeEdits(edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && e.start <= last.end && !e.text && !last.text) last.end = Math.max(last.end, e.end);
    else out.push({ ...e });
  }
  return out;
}

/** The stretch to delete for one item: the item's phrase up to the next separator, with the separator and the
 *  short connective before it (", together with the cell tower and sector ..."). Indexes into the sentence text. */
function phraseOf(text: string, a: number, b: number): { start: number; end: number } {
  // a window before and after the item (not the whole sentence per item: quadratic in a long one)
  const windowStart = Math.max(0, a - 400);
  const before = text.slice(windowStart, a);
  const sepInWindow = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  const sep = sepInWindow < 0 ? -1 : windowStart + sepInWindow;
  const lead = sep < 0 ? '' : text.slice(sep + 1, a);
  const shortLead = sep >= 0 && /^\s*(?:(?:and|or|together\s+with|along\s+with|as\s+well\s+as|plus|including)\s+)?(?:the\s+|any\s+|all\s+|each\s+|its\s+)?$/i.test(lead);
  const after = text.slice(b, b + 400);
  const restIdx = after.search(b + 400 < text.length ? /[,;]/ : /[,;]|\.\s*$/);
  const end = restIdx < 0 ? text.length : b + restIdx;
  if (shortLead && end - b < 160 && text[sep] !== ':') return { start: sep, end };
  // otherwise only the words of the item, with an "and"/"or" that joins it
  const join = /(?<!\s)\s*(?:,\s*)?(?:and|or)\s+$/i.exec(before.slice(-80));
  if (join) return { start: a - join[0].length, end: b };
  const joinAfter = /^\s*(?:,\s*)?(?:and|or)?\s*/i.exec(after);
  return { start: a, end: b + (joinAfter ? joinAfter[0].length : 0) };
}

export function strikeFix(draft: Draft, d: ScopeDefect, title = 'Strike the request'): Fix {
  return { title, kind: 'suggestion', edits: strikeEdits(draft, d) };
}

export const WARRANT_PLACEHOLDER = '[Location information requires a warrant — see separate application.]';

export function agencyOf(draft: Draft): string {
  return draft.requests?.agency ?? '[AGENCY]';
}

/** Adds § 2703(c)/(d) to the authority clause (the first citation of §§ 3122–3123 in the request's part). */
export function cite2703Fix(draft: Draft, d: ScopeDefect): Fix | undefined {
  const part = draft.partAt(d.request.start);
  const cite = draft.citations.find(
    (c) => (!part || (c.start >= part.start && c.end <= part.end)) && c.refs.some((r) => r.section === '3122' || r.section === '3123'),
  ) ?? draft.citations.find((c) => c.refs.some((r) => r.section === '3122' || r.section === '3123'));
  if (!cite) return undefined;
  return {
    title: 'Cite 18 U.S.C. § 2703(c) and (d) (a hybrid order: add specific and articulable facts)',
    kind: 'suggestion',
    edits: [{ start: cite.end, end: cite.end, text: ' and 18 U.S.C. § 2703(c)(1)(B), (c)(2), and (d)' }],
  };
}

export function disclaimerText(draft: Draft): string {
  const agency = agencyOf(draft);
  return (
    'The Government does not seek, and this Order does not authorize, the acquisition of the contents of any communication. ' +
    `${agency} shall use technology reasonably available to it that restricts the recording or decoding of electronic or other impulses to the dialing, routing, addressing, and signaling information utilized in the processing and transmitting of wire or electronic communications so as not to include the contents of any wire or electronic communications. 18 U.S.C. § 3121(c).`
  );
}

/** Inserts the content disclaimer and the § 3121(c) recital as a paragraph after the information requested. */
export function disclaimerFix(draft: Draft): Fix | undefined {
  const at = draft.requests?.insertionPoint ?? draft.parts[draft.parts.length - 1]?.end;
  if (at === undefined) return undefined;
  return { title: 'Insert the content disclaimer and the § 3121(c) recital', kind: 'suggestion', edits: [{ start: at, end: at, text: '\n\n' + disclaimerText(draft) }] };
}

export function scopeReport(d: ScopeDefect, message: string, fixes: Array<Fix | undefined>): Report {
  const report: Report = { start: d.start, end: d.end, message, fixes: fixes.filter((f): f is Fix => !!f && f.edits.length > 0) };
  if (d.also?.length) report.related = d.also.map((x) => ({ start: x.start, end: x.end, message: `Asked for again here: ${quoteItems(x)}.` }));
  if (d.severity) report.severity = d.severity;
  return report;
}
