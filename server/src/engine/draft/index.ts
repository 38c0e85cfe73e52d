// The Draft model: built once per text, read by every rule. Rules never re-parse; a rule that needs a fact the
// Draft lacks adds it here (or in the area module that owns it).
import { parse, type Parsed, type Sentence, type TextBlock } from '../parse.js';
import type { Jurisdiction, PartKind, Span } from '../types.js';
import { readFrontmatter, type FrontmatterFacts } from './frontmatter.js';
import { detectStructure, type Part, type Section } from './structure.js';
import { extractCitations, collectAuthorities, type Authority, type Citation } from './citations.js';
import { extractDates, type DateMention } from './dates.js';
import { extractIdentifiers, type Identifier } from './identifiers.js';
import { extractApplicationFacts, type ApplicationFacts } from './application.js';
import { extractPeriods, type PeriodFacts } from './periods.js';
import { extractRequests, type RequestFacts } from './requests.js';
import { extractOrderFacts, type OrderFacts } from './order.js';
import { spanIndex, startingIn } from './spans.js';
import { keptSentencesWhere, memoOnText } from '../memo.js';

export type { Part, Section, Citation, Authority, DateMention, Identifier, Sentence, TextBlock };

export interface DraftOptions {
  /** From config `include` / `exclude`: overrides detection when set. */
  forceDraft?: boolean;
  /** From config: overrides the jurisdiction the text suggests. */
  jurisdiction?: Jurisdiction;
}

/** Everything but the area facts; the area extractors read it. */
export interface DraftBase {
  text: string;
  parsed: Parsed;
  blocks: TextBlock[];
  sentences: Sentence[];
  frontmatter: FrontmatterFacts;
  isDraft: boolean;
  parts: Part[];
  sections: Section[];
  /** Headings and title-like paragraphs (captions, part titles). */
  titles: TextBlock[];
  jurisdiction: Jurisdiction;
  citations: Citation[];
  authorities: Set<Authority>;
  dates: DateMention[];
  identifiers: Identifier[];
  /** The part that holds an offset, if any. */
  partAt(offset: number): Part | undefined;
  /** The innermost section that holds an offset, if any. */
  sectionAt(offset: number): Section | undefined;
  /** Parts of one kind, in order. */
  partsOf(kind: PartKind): Part[];
  /** Sentences inside a span (a part, a section). */
  sentencesIn(span: Span): Sentence[];
}

export interface Draft extends DraftBase {
  application: ApplicationFacts;
  periods: PeriodFacts;
  requests: RequestFacts;
  order: OrderFacts;
}

const STATE_COURT = /\b(?:SUPREME\s+COURT\s+OF\s+THE\s+STATE|STATE\s+OF\s+[A-Z]+\s+(?:SUPERIOR|CIRCUIT|DISTRICT|COUNTY)\s+COURT|SUPERIOR\s+COURT|CIRCUIT\s+COURT|COUNTY\s+COURT|COURT\s+OF\s+COMMON\s+PLEAS|(?:JUDICIAL\s+)?DISTRICT\s+COURT\s+(?:OF|FOR)\s+[A-Z]+\s+COUNTY|MAGISTRATE\s+COURT\s+OF\s+[A-Z]+\s+COUNTY)\b/i;

// A State draft that cites no statute still shows whose it is: a State prosecutor, a State penal law, a State party
// in the caption. Federal signals (a federal prosecutor or court) outweigh these hints.
const STATE_HINT = /\b(?:District|State(?:['’]s)?|Commonwealth(?:['’]s)?|Prosecuting|County)\s+Attorney\b|\bPenal\s+(?:Law|Code)\b|\bCounty\s+Court\b|\bPeople\s+of\s+the\s+State\s+of\b/i;
// a line start in a run of non-word characters that began on an earlier line is skipped (that line's start tried
// it already): without the lookbehind, ^\W* rescans the run from every line start in it (quadratic)
const STATE_CAPTION = /^(?:(?<![\s\S])|(?<=\w[^\n\r\u2028\u2029]*[\n\r\u2028\u2029]))\W*(?:THE\s+)?(?:STATE|COMMONWEALTH)\s+OF\s+[A-Z]{3,}|\bCOUNTY\s+OF\s+[A-Z]{3,}/m;
const FEDERAL_SIGNAL =
  /\bUnited\s+States\s+(?:District\s+Court|Magistrate\s+Judge|Attorney)\b|\bU\.\s?S\.\s+Attorney\b|\bAUSA\b|\battorney\s+for\s+the\s+Government\b|\bapplication\s+of\s+the\s+United\s+States\b|\b3122\s*\(a\)\s*\(1\)|\bFed(?:eral|\.)\s*R(?:ules?\s+of|\.)\s*Crim(?:inal|\.)\s*P/i;

// asked of every sentence of every draft: kept in the record of its text (engine/memo.ts)
const hintsAtState = memoOnText<Sentence, boolean>((text: string) => STATE_HINT.test(text));
const signalsFederal = memoOnText<Sentence, boolean>((text: string) => FEDERAL_SIGNAL.test(text));
const hintingSentences = keptSentencesWhere(hintsAtState);
const federalSentences = keptSentencesWhere(signalsFederal);

function decideJurisdiction(base: Pick<DraftBase, 'citations' | 'titles' | 'parsed'>): Jurisdiction {
  const citesA2 = base.citations.some((c) => c.refs.some((r) => r.section === '3122' && r.path[0] === 'a' && r.path[1] === '2'));
  const stateStatute = base.citations.some((c) => c.state);
  const captions = base.titles.filter((b) => b.index < 30).map((b) => b.text).join('\n');
  const stateCourt = STATE_COURT.test(captions);
  const federalCourt = /UNITED\s+STATES\s+DISTRICT\s+COURT/i.test(captions);
  if (citesA2 || stateStatute || stateCourt) {
    if (federalCourt && !citesA2) return 'federal';
    return 'state';
  }
  // (the sentences with a hint are listed per chunk)
  const chunks = base.parsed.fragments;
  if (STATE_CAPTION.test(captions) || hintingSentences(chunks).length > 0) {
    if (!federalCourt && federalSentences(chunks).length === 0) return 'state';
  }
  return 'federal';
}

export function buildDraft(text: string, options: DraftOptions = {}): Draft {
  const parsed = parse(text);
  const frontmatter = readFrontmatter(parsed.frontmatter?.value);
  const bodyStart = parsed.frontmatter ? parsed.frontmatter.end : 0;
  const structure = detectStructure(text, parsed.blocks, parsed.fragments, {
    forceDraft: options.forceDraft,
    frontmatterIsDraft: frontmatter.present,
    frontmatterKinds: frontmatter.kinds,
    bodyStart,
  });
  const sentences = parsed.sentences;
  const citations = extractCitations(parsed.fragments);
  const authorities = collectAuthorities(citations, sentences);
  const partAt = spanIndex(structure.parts);
  const sectionAt = spanIndex(structure.sections);
  const base: DraftBase = {
    text,
    parsed,
    blocks: parsed.blocks,
    sentences,
    frontmatter,
    isDraft: structure.isDraft,
    parts: structure.parts,
    sections: structure.sections,
    titles: structure.titles,
    jurisdiction: 'federal',
    citations,
    authorities,
    dates: extractDates(parsed.fragments),
    identifiers: extractIdentifiers(parsed.blocks, parsed.fragments),
    partAt,
    sectionAt,
    partsOf: (kind) => structure.parts.filter((p) => p.kind === kind),
    sentencesIn: (span) => startingIn(sentences, span),
  };
  base.jurisdiction = options.jurisdiction ?? frontmatter.jurisdiction ?? decideJurisdiction(base);
  if (base.jurisdiction === 'state') authorities.add('state');
  // Area facts are only worth building for drafts: a README gets no findings.
  const empty = !base.isDraft;
  return {
    ...base,
    application: empty ? {} : extractApplicationFacts(base),
    periods: empty ? {} : extractPeriods(base),
    requests: empty ? {} : extractRequests(base),
    order: empty ? {} : extractOrderFacts(base),
  } as Draft;
}
