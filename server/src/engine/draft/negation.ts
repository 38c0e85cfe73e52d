// Negation and exception scope inside one sentence (LEGAL.md §7.2). A cue governs a stretch of the sentence:
// a negator ("does not seek", "shall not include", "nothing in this Order authorizes", "no") governs the rest of
// its clause; an exception ("other than", "excluding", "but not", "without") governs the coordinated noun
// phrase that follows it; a deferral ("by a separate warrant application") takes the clause out of this draft.
// Offsets are indexes into the sentence's plain text.
import { countStartingBefore } from '../sorted.js';

export type CueKind = 'negation' | 'exception' | 'exclusion-verb' | 'deferral';

export interface Cue {
  kind: CueKind;
  text: string;
  start: number;
  end: number;
  /** The stretch of the sentence the cue governs. */
  scopeStart: number;
  scopeEnd: number;
}

// Negators governing the rest of their clause.
const NEGATOR = new RegExp(
  [
    String.raw`\b(?:does|do|did|shall|will|may|must|can|should|would|is|are|was|were|need)\s+not\b`,
    String.raw`\b(?:doesn't|don't|won't|isn't|aren't|cannot|can't|shan't|mustn't)\b`,
    String.raw`\bso\s+as\s+not\b`,
    String.raw`\bnot\s+(?:to|be|seek|seeking|request|requesting|ask|asking|authoriz\w*|includ\w*|record\w*|collect\w*|disclos\w*|provid\w*|captur\w*|obtain\w*|acquir\w*|cover\w*|extend\w*|permit\w*|requir\w*)\b`,
    String.raw`\bnothing\b`,
    String.raw`\bno\b(?!\.|\s+(?:later|more|fewer|less)\s+than\b)`,
    String.raw`\bneither\b`,
    String.raw`\bnor\b`,
    String.raw`\bnever\b`,
    String.raw`\bnone\b`,
  ].join('|'),
  'gi',
);

// Verbs that keep something out (the court declines or refuses to, denies): they negate on their own, and flip back under a negator ("does not seek to
// exclude subject lines" asks for subject lines: a double negative, resolved as a request but flagged as unsure).
const EXCLUSION_VERB = /\b(?:avoid(?:s|ed|ing)?|exclud(?:e|es|ed|ing)|omit(?:s|ted|ting)?|prohibit(?:s|ed|ing)?|preclud(?:e|es|ed|ing)|prevent(?:s|ed|ing)?|redact(?:s|ed|ing)?|filter(?:s|ed|ing)?\s+out|strip(?:s|ped|ping)?\s+out|minimi[sz](?:e|es|ed|ing)|(?:declin|refus)(?:e|es|ed|ing)\s+to|den(?:y|ies|ied|ying))\b/gi;

// Exceptions governing the noun phrase (and what is coordinated with it) that follows.
const EXCEPTION = /\b(?:other\s+than|except(?:\s+for)?|excluding|exclusive\s+of|but\s+not|and\s+not|not\s+including|rather\s+than|instead\s+of|apart\s+from|with\s+the\s+exception\s+of|save\s+(?:for|and\s+except)|excepting|unlike|as\s+opposed\s+to|in\s+contrast\s+to|without(?!\s+(?:any\s+)?(?:geographic(?:al)?\s+)?(?:limitations?|limits?|further|prior|notice|delay|the\s+need|regard|restriction))|minus)\b|,\s*not\s+(?=the\b|any\b|its\b|their\b)/gi;

// Deferrals: the clause speaks of another application or warrant, not of this draft.
const DEFERRAL = /\b(?:separate(?:ly)?|another\s+application|different\s+application|(?:later|future|subsequent)\s+(?:application|warrant|request)s?|by\s+(?:a\s+)?(?:search\s+)?warrant\s+(?:application\s+)?(?:to\s+be\s+)?(?:filed|sought|submitted)|will\s+(?:be\s+)?(?:sought|requested)\s+(?:by|under|through|in)\b|(?:obtain|get|secure|seek|apply\s+for)\s+a\s+(?:search\s+|tracking\s+)?warrant|(?:will\s+be|to\s+be|are\s+being|is\s+being)\s+(?:obtained|sought|requested)\s+(?:by|through|with|via)\s+(?:an?\s+)?(?:separate\s+)?(?:grand\s+jury\s+|administrative\s+|trial\s+)?subpoena)/gi;

const PASSIVE_AFTER = /^\s*(?:be|been|being|sought|requested|authorized|included|covered|disclosed|provided|furnished|produced|collected|recorded|obtained|acquired|captured|intercepted|permitted|required)\b/i;

/** Where clauses end: semicolons, "but", and ", and" / ", or" before a new subject with a finite verb. */
export function clauseBoundaries(text: string): number[] {
  const out: number[] = [];
  // each white-space run is tried once, from its start ((?<!\s)): a run tried from every space in it is quadratic
  const re = /;|(?<!\s)\s+(?:but|while|whereas)\s+|,\s*(?:and|or|so)\s+(?=(?:it|he|she|they|we|I|this\s+\w+|the\s+\w+|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}|any\s+\w+)\s+(?:\w+\s+){0,2}?(?:shall|will|may|must|does|do|did|is|are|was|were|has|have|had|can|should|would|seeks?|requests?|asks?|uses?)\b)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push(m.index);
  return out;
}

/** The index of the first of the ascending `values` that is at least `from` (values.length when none is). */
export function firstAtLeast(values: readonly number[], from: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function clauseEnd(boundaries: number[], from: number, textLength: number): number {
  const i = firstAtLeast(boundaries, from);
  return i < boundaries.length ? boundaries[i] : textLength;
}

export function clauseStart(boundaries: number[], at: number): number {
  const i = firstAtLeast(boundaries, at);
  return i > 0 ? boundaries[i - 1] : 0;
}

// a segment with its own finite verb starts a new clause ("Other than contents, the provider shall disclose ...")
const FINITE = /\b(?:shall|will|may|must|is|are|was|were|does|do|did|can|should|would)\b/i;
const PHRASE_STOP = /^\s*(?:together\s+with|along\s+with|as\s+well\s+as|in\s+addition\s+to|plus|including|includes|which|that|who|whose|and\s+(?:shall|will|may|must|is|are)|for\s+(?:a|the)\s+period)\b/i;

const MAX_PHRASE = 1500;

/** The end of the coordinated noun phrase that starts at `from` (an exception's object). */
function phraseEnd(text: string, from: number, limit: number): number {
  // a noun phrase is not longer than a few hundred characters: the bound keeps one exception from walking a whole
  // run-on sentence (each of many exceptions would, which is quadratic)
  limit = Math.min(limit, from + MAX_PHRASE);
  // Split the stretch at commas; a segment that starts with a connector ends the phrase; the conjunct that starts
  // with "and"/"or" (or a first segment that holds one) is the last one.
  let pos = from;
  let first = true;
  const firstComma = text.indexOf(',', from);
  const secondStart = firstComma >= 0 && firstComma < limit ? firstComma + 1 : -1;
  while (pos < limit) {
    const comma = text.indexOf(',', pos);
    const segEnd = comma < 0 || comma >= limit ? limit : comma;
    const seg = text.slice(pos, segEnd);
    if (!first && (PHRASE_STOP.test(seg) || FINITE.test(seg))) return pos - 1 >= from ? pos - 1 : pos;
    const stop = seg.search(/\s(?:together\s+with|along\s+with|as\s+well\s+as|plus)\s/i);
    if (stop >= 0) return pos + stop;
    // "but not the subject line, and the IP address": two segments joined by ", and" are not one list (a list
    // of two takes no comma); the second belongs to the main clause
    if (/^\s*(?:and|or)\s/i.test(seg)) return pos === secondStart ? pos - 1 : segEnd;
    if (first && /\s(?:and|or)\s/i.test(seg) && segEnd < limit) {
      // "other than the subject line and body, the date ..." → the phrase is the first segment
      return segEnd;
    }
    first = false;
    if (segEnd >= limit) return limit;
    pos = segEnd + 1;
  }
  return limit;
}

/** Every cue in a sentence with the span it governs. */
// "including but not limited to", "to include, but not be limited to", "without limitation": a list that goes on,
// not an exception; no negation or exception starts inside these words
const NOT_LIMITED = /\b(?:but|and)\s+(?:is\s+|are\s+|shall\s+)?not\s+(?:be\s+|being\s+)?limited\s+to\b|\bwithout\s+(?:being\s+)?limit(?:ation|ed)\b/gi;

export function findCues(text: string): Cue[] {
  const bounds = clauseBoundaries(text);
  const cues: Cue[] = [];
  const unlimitedStarts: number[] = [];
  const unlimitedEnds: number[] = [];
  NOT_LIMITED.lastIndex = 0;
  for (let u: RegExpExecArray | null; (u = NOT_LIMITED.exec(text)); ) {
    unlimitedStarts.push(u.index);
    unlimitedEnds.push(u.index + u[0].length);
  }
  // the phrases are in order and apart: the one that could hold `at` is the last that starts at or before it
  const insideUnlimited = (at: number) => {
    const k = firstAtLeast(unlimitedStarts, at + 1) - 1;
    return k >= 0 && at < unlimitedEnds[k];
  };
  const add = (kind: CueKind, m: RegExpExecArray, scopeEnd: number, scopeStart?: number) =>
    insideUnlimited(m.index) ||
    cues.push({ kind, text: m[0].trim(), start: m.index, end: m.index + m[0].length, scopeStart: scopeStart ?? m.index + m[0].length, scopeEnd });
  let m: RegExpExecArray | null;
  NEGATOR.lastIndex = 0;
  while ((m = NEGATOR.exec(text))) {
    const end = clauseEnd(bounds, m.index + m[0].length, text.length);
    // "No location information shall be disclosed": "no" governs its own noun phrase too, which follows it;
    // a passive ("cell-site data is not sought", "shall not be disclosed") governs the subject before it.
    add('negation', m, end, PASSIVE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)) ? clauseStart(bounds, m.index) : undefined);
  }
  EXCLUSION_VERB.lastIndex = 0;
  while ((m = EXCLUSION_VERB.exec(text))) {
    const passive = /\b(?:is|are|be|been|being)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, m.index - 20), m.index));
    add('exclusion-verb', m, clauseEnd(bounds, m.index + m[0].length, text.length), passive ? clauseStart(bounds, m.index) : undefined);
  }
  EXCEPTION.lastIndex = 0;
  let hardStops: number[] | undefined;
  while ((m = EXCEPTION.exec(text))) {
    const from = m.index + m[0].length;
    hardStops ??= hardStopsOf(text);
    const next = firstAtLeast(hardStops, from);
    const limit = Math.min(clauseEnd(bounds, from, text.length), next < hardStops.length ? hardStops[next] : text.length);
    add('exception', m, phraseEnd(text, from, limit));
  }
  DEFERRAL.lastIndex = 0;
  while ((m = DEFERRAL.exec(text))) {
    // a deferral governs its whole clause, before and after it ("any request for location information is being
    // made by a separate warrant application")
    add('deferral', m, clauseEnd(bounds, m.index + m[0].length, text.length), clauseStart(bounds, m.index));
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** Where an exception's phrase must stop: semicolons, colons, a period before a space (found once per sentence). */
function hardStopsOf(text: string): number[] {
  const out: number[] = [];
  const re = /[;:]|\.\s/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push(m.index);
  return out;
}

const NEAR_CUES = 24;

/** The index of the first cue that starts at or after `offset` (cues sorted by start). */
function firstStartAtLeast(cues: readonly Cue[], offset: number): number {
  return countStartingBefore(cues, offset);
}

export interface Governance {
  /** The item is kept out of the request. */
  negated: boolean;
  /** A double negative ("does not seek to exclude") was resolved as a request: say so, at a lower severity. */
  uncertain: boolean;
  /** The cues that govern the item. */
  cues: Cue[];
}

/** How the cues of a sentence govern the stretch [start, end) of it. */
export function governance(cues: Cue[], start: number, end: number): Governance {
  // Only the cues nearest the item are weighed (findCues sorts them by start): at most NEAR_CUES on each side. Prose
  // never puts more between a negation and what it governs; a run-on text of thousands of "no"s would otherwise
  // weigh every cue for every item (quadratic time, and memory for the lists of governing cues).
  const at = firstStartAtLeast(cues, start);
  const governing: Cue[] = [];
  const weigh = (c: Cue) => {
    if (c.scopeStart <= start && end <= Math.max(c.scopeEnd, c.scopeStart) && !(c.start >= start && c.start < end)) governing.push(c);
  };
  for (let i = Math.max(0, at - NEAR_CUES); i < at; i++) weigh(cues[i]);
  for (let i = at; i < cues.length && i < at + NEAR_CUES; i++) weigh(cues[i]);
  if (!governing.length) return { negated: false, uncertain: false, cues: [] };
  const negators = governing.filter((c) => c.kind === 'negation');
  const exclusions = governing.filter((c) => c.kind === 'exclusion-verb');
  const others = governing.filter((c) => c.kind === 'exception' || c.kind === 'deferral');
  // a negator that governs an exclusion verb cancels it: "does not seek to exclude X", "nothing shall prevent X"
  if (!others.length && negators.length && exclusions.length && exclusions.every((e) => negators.some((n) => n.start < e.start && e.start < n.scopeEnd))) {
    return { negated: false, uncertain: true, cues: governing };
  }
  return { negated: true, uncertain: false, cues: governing };
}
