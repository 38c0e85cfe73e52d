// Statutory citations ("18 U.S.C. §§ 3122(a)(1), 3127(5)", "§ 2703(c)(1)(B) & (d)", "Fed. R. Crim. P. 41")
// and the set of authorities a draft relies on, which decides between the -prtt-only and -hybrid scope rules.
import type { Span } from '../types.js';
import type { Fragment, Sentence } from '../parse.js';
import { findCues, governance } from './negation.js';
import { spanIndex } from './spans.js';
import { keptSentencesWhere, memoOnText } from '../memo.js';

const namesPenTrap = memoOnText((text: string) => /\bpen[\s-]+register|trap[\s-]+and[\s-]+trace/i.test(text));

export interface SectionRef extends Span {
  /** The title of the code (18 for "18 U.S.C."); undefined when the text cites "§ 3123" alone. */
  title?: number;
  section: string;
  /** Subsection path: "(a)(1)" → ['a', '1']. */
  path: string[];
  /** The text of this reference (section and subsections). */
  text: string;
}

export interface Citation extends Span {
  text: string;
  refs: SectionRef[];
  /** Cites a court rule (Fed. R. Crim. P.), not a statute. */
  rule?: { name: string; number: string };
  /** A State statute (Penal Code, CPL, CCP, Pa.C.S.). */
  state?: boolean;
}

export type Authority =
  | 'prtt' // 18 U.S.C. §§ 3121-3127
  | '2703c' // § 2703(c)
  | '2703d' // § 2703(d)
  | 'warrant' // Rule 41, search warrant, § 3117
  | 'title3' // § 2518
  | 'emergency' // § 3125
  | 'state'; // a State PRTT statute

const TITLE_CODE = String.raw`(\d{1,2})\s*U\.?\s*S\.?\s*C\.?(?:\s*A\.?)?`;
const SECTION_WORD = String.raw`(?:§§?|[Ss]ections?|[Ss]ecs?\.|SECTIONS?)`;
const SUB = String.raw`(?:\s?\([A-Za-z0-9]{1,5}\))`;
const NUM = String.raw`\d{1,5}[a-z]?(?:-\d+)?`;
const ONE = String.raw`${NUM}${SUB}*`;
const SEP = String.raw`(?:\s*(?:,\s*(?:and|or)?|and|or|&|through|to|-|–|—)\s*)`;
const SUB_ONLY = String.raw`(?:\([A-Za-z0-9]{1,5}\)${SUB}*)`;
// "18 U.S.C. § 3122(a)(1)", "§§ 3122 and 3123", "18 U.S.C. 3123", "Title 18, United States Code, Section 3123"
const CITATION = new RegExp(
  String.raw`(?:${TITLE_CODE}\s*(?:${SECTION_WORD}\s*)?|(?:[Tt]itle\s+(\d{1,2}),?\s+United\s+States\s+Code,?\s+)?${SECTION_WORD}\s*)` +
    String.raw`(${ONE}(?:${SEP}(?:${ONE}|${SUB_ONLY}))*)`,
  'g',
);
const RULE_CITATION = /\b(?:Fed(?:eral|\.)?\s*R(?:ule|\.)?\s*(?:of\s+)?Crim(?:inal|\.)?\s*P(?:rocedure|\.)?|Rule)\s*(\d{1,2}(?:\([a-z0-9]\))*)/g;
const STATE_STATUTE = /\b(?:Penal\s+Code|Cal\.\s*Penal|CPL|Criminal\s+Procedure\s+Law|Code\s+of\s+Criminal\s+Procedure|C\.C\.P\.|Pa\.\s*C\.?\s*S\.?|Crim(?:inal)?\.?\s*Proc(?:edure)?\.?\s*(?:Law|Code|Art))\b/;

/** A reference or a citation in its sentence's own coordinates (offsets in its text). */
interface FoundRef {
  a: number;
  b: number;
  title?: number;
  section: string;
  path: string[];
  text: string;
}
interface FoundCitation {
  a: number;
  b: number;
  text: string;
  refs: FoundRef[];
  rule?: { name: string; number: string };
  state?: boolean;
}

/** Splits a matched list ("3122(a)(1), 3127(5)") into references. */
function splitRefs(list: string, listStart: number, title: number | undefined): FoundRef[] {
  const refs: FoundRef[] = [];
  const part = /(\d{1,5}[a-z]?)((?:\s?\([A-Za-z0-9]{1,5}\))*)|((?:\([A-Za-z0-9]{1,5}\))+)/g;
  let m: RegExpExecArray | null;
  let last: FoundRef | undefined;
  while ((m = part.exec(list))) {
    const a = listStart + m.index;
    const b = a + m[0].length;
    if (m[1]) {
      const path = [...(m[2] ?? '').matchAll(/\(([A-Za-z0-9]+)\)/g)].map((x) => x[1]);
      last = { a, b, title, section: m[1], path, text: m[0].trim() };
      refs.push(last);
    } else if (m[3] && last) {
      // "2703(c)(1)(B) & (d)": a bare subsection continues the previous section
      const path = [...m[3].matchAll(/\(([A-Za-z0-9]+)\)/g)].map((x) => x[1]);
      refs.push({ a, b, title: last.title, section: last.section, path, text: m[0].trim() });
    }
  }
  return refs;
}

const NONE: readonly FoundCitation[] = Object.freeze([]);

/** The citations of one sentence, statutes then court rules, kept in the record of its text (engine/memo.ts). */
const citationsOf = memoOnText((text: string): readonly FoundCitation[] => {
  if (!/§|[Ss]ection|U\.?\s*S\.?\s*C|Rule|R\.|Code|CPL/.test(text)) return NONE;
  const out: FoundCitation[] = [];
  CITATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CITATION.exec(text))) {
    const title = m[1] ? Number(m[1]) : m[2] ? Number(m[2]) : undefined;
    const list = m[3];
    const listStart = m.index + m[0].lastIndexOf(list);
    // a bare number after "section" that is not a statute ("section 2 of this Application") is not a citation
    if (title === undefined && !/§/.test(m[0]) && !/^\d{4}/.test(list)) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const state = STATE_STATUTE.test(before) || /Pa\.\s*C\.?\s*S/.test(m[0]);
    const refs = splitRefs(list, listStart, state ? undefined : title);
    out.push({ a: m.index, b: m.index + m[0].length, text: m[0], refs, state: state || undefined });
  }
  RULE_CITATION.lastIndex = 0;
  while ((m = RULE_CITATION.exec(text))) {
    out.push({ a: m.index, b: m.index + m[0].length, text: m[0], refs: [], rule: { name: 'Fed. R. Crim. P.', number: m[1] } });
  }
  return out.length ? out : NONE;
});

const citingSentences = keptSentencesWhere((s: Sentence) => citationsOf(s).length > 0);

/** The citations of the parse whose chunks these are (only the citing sentences are visited). */
export function extractCitations(chunks: readonly Fragment[]): Citation[] {
  const out: Citation[] = [];
  const citing = citingSentences(chunks);
  for (let i = 0; i < citing.length; i++) {
    const s = citing[i];
    const found = citationsOf(s);
    if (!found.length) continue;
    const first = out.length;
    for (const c of found) {
      const refs = c.refs.map((r): SectionRef => ({ start: s.toSource(r.a), end: s.toSource(r.b), title: r.title, section: r.section, path: r.path, text: r.text }));
      if (c.rule) out.push({ start: s.toSource(c.a), end: s.toSource(c.b), text: c.text, refs, rule: c.rule });
      else out.push({ start: s.toSource(c.a), end: s.toSource(c.b), text: c.text, refs, state: c.state });
    }
    // in the order of the text (statutes and rules are found in two passes): span lookups search them by start
    if (out.length - first > 1) out.splice(first, out.length - first, ...out.slice(first).sort((a, b) => a.start - b.start));
  }
  return out;
}

/** The title an untitled "§ 3123" most likely means: sections of chapters 119, 121 and 206 are title 18. */
export function titleOf(ref: SectionRef): number | undefined {
  if (ref.title !== undefined) return ref.title;
  const n = Number.parseInt(ref.section, 10);
  if ((n >= 2510 && n <= 2523) || (n >= 2701 && n <= 2713) || (n >= 3117 && n <= 3130)) return 18;
  return undefined;
}

/** A citation that a negation or deferral governs ("location requires a separate warrant under Rule 41", "the
 *  Government does not proceed under § 2703(d)") is not an authority this draft relies on (LEGAL.md §7.1). */
/** The negation and deferral cues of a sentence's text (read again on every lint for each citation of § 2703,
 *  § 2518, § 3117 or Rule 41 otherwise). */
const cuesIn = memoOnText<Sentence, ReturnType<typeof findCues>>(findCues);

function citedWithoutReliance(c: Citation, sentenceAt: (offset: number) => Sentence | undefined): boolean {
  const s = sentenceAt(c.start);
  if (!s) return false;
  const at = s.text.indexOf(c.text);
  if (at < 0) return false;
  const g = governance(cuesIn(s), at, at + c.text.length);
  return g.negated || g.cues.some((cue) => cue.kind === 'deferral');
}

export function collectAuthorities(citations: Citation[], sentences: Sentence[]): Set<Authority> {
  const set = new Set<Authority>();
  let sentenceAt: ((offset: number) => Sentence | undefined) | undefined;
  for (const c of citations) {
    if (c.state) set.add('state');
    // only the authorities that decide the scope rules (warrant, Title III, § 2703) are checked for reliance
    const beyondPenTrap = (c.rule && /^41\b/.test(c.rule.number)) || c.refs.some((r) => ['2703', '2518', '3117'].includes(r.section));
    if (beyondPenTrap && citedWithoutReliance(c, (sentenceAt ??= spanIndex(sentences)))) continue;
    if (c.rule && /^41\b/.test(c.rule.number)) set.add('warrant');
    for (const r of c.refs) {
      if (titleOf(r) !== 18) continue;
      const n = Number.parseInt(r.section, 10);
      if (n >= 3121 && n <= 3127) set.add('prtt');
      if (n === 3125) set.add('emergency');
      if (n === 2518) set.add('title3');
      if (n === 3117) set.add('warrant');
      if (n === 2703) {
        if (r.path[0] === 'c') set.add('2703c');
        else if (r.path[0] === 'd') set.add('2703d');
        else if (!r.path.length) {
          set.add('2703c');
          set.add('2703d');
        }
      }
    }
  }
  if (!set.has('prtt') && sentences.some(namesPenTrap)) set.add('prtt');
  return set;
}
