// Application facts (18 U.S.C. § 3122): who applies, which agency conducts the investigation, the applicant's
// relevance certification, the oath, the court-competence statement. One set of facts per application part (an
// agent's affidavit part is never read: § 3122(b)(2) wants the applicant's own certification).
// Recognition goes by sentence structure (who applies, who certifies what, who conducts), not by set phrases.
import type { DraftBase } from './index.js';
import type { Part } from './structure.js';
import type { Fragment, Sentence, TextBlock } from '../parse.js';
import type { Span } from '../types.js';
import { TextMemo, keptSentencesWhere, memoByText, memoOn, memoOnBlock, memoOnText } from '../memo.js';
import { startingIn } from './spans.js';
import { partitionPoint } from '../sorted.js';

export type ApplicantRole =
  | 'attorney-for-government'
  | 'ausa'
  | 'doj-attorney'
  | 'state-prosecutor'
  | 'state-officer'
  | 'federal-agent'
  | 'unknown';

export interface Applicant extends Span {
  /** The words naming the applicant (the subject of "applies", the signature line). */
  text: string;
  name?: string;
  /** The name is a template token ("[NAME]"): draft-unfilled-placeholder reports it. */
  namePlaceholder?: boolean;
  role: ApplicantRole;
  /** The title as written ("Special Agent", "Task Force Officer"), when the words give one. */
  title?: string;
  isAttorney: boolean;
  /** How the applicant was recognised. */
  via: 'applies' | 'applicant-is' | 'signature';
  sentence?: Sentence;
  block?: TextBlock;
}

export interface AgencyMention extends Span {
  /** Normalised identity: "Drug Enforcement Administration" and "DEA" share it. */
  key: string;
  /** Related agencies compare equal (HSI is part of ICE; IRS-CI of the IRS). */
  family: string;
  /** Canonical full name. */
  name: string;
  abbreviation?: string;
  /** The words as written. */
  text: string;
  /** "the" precedes it in the draft. */
  article: boolean;
  sentence: Sentence;
  /** Recognised by the sentence's structure, not by a list: a parent department or a unit may be meant. */
  structural?: boolean;
}

export interface Certification extends Span {
  sentence: Sentence;
  /** Every sentence making up the certification (a lead-in ending in ":" and its statement). */
  sentences: Sentence[];
  /** An express certifying verb (certifies, states, affirms, represents …), not only a heading. */
  explicit: boolean;
  relevant: boolean;
  /** The words standing for "relevant" when the sentence says it otherwise ("will assist"). */
  relevanceWords?: string;
  likely: boolean;
  ongoing: boolean;
  criminal: boolean;
  /** The agencies the certification names as conducting the investigation (or "that agency"). */
  agencies: AgencyMention[];
  /** "that agency", "the investigating agency": refers back to the identified agency. */
  agencyAnaphor: boolean;
  /** The certified clause says who conducts the investigation in words the agency list does not know ("conducted by the MSP"). */
  agencyUnrecognised: boolean;
  /** A hedge on relevance ("may prove relevant", "could be relevant", "potentially relevant"). */
  hedge?: Span & { text: string };
  /** Offset in the source where the certified clause begins (after "certifies that"). */
  clauseStart: number;
  clauseEnd: number;
}

export interface Oath extends Span {
  kind: 'perjury-declaration' | 'sworn' | 'affirmation' | 'jurat' | 'oath';
  sentence: Sentence;
}

export interface CourtCompetence extends Span {
  /** States why the court is competent (offense, provider or custodian district; a State court of general criminal jurisdiction). */
  basis: boolean;
  state: boolean;
  sentence: Sentence;
}

export interface SignatureBlock extends Span {
  /** Names found on the block's lines. */
  names: string[];
  roles: ApplicantRole[];
  lines: string[];
  /** Labelled "Applicant". */
  applicantLabel: boolean;
}

export interface ApplicationPartFacts {
  part: Part;
  applicants: Applicant[];
  /** Agencies named anywhere in the part. */
  agencyMentions: AgencyMention[];
  /** Agencies named as conducting the investigation (including in the certification's "being conducted by"). */
  conductingAgencies: AgencyMention[];
  /** Conducting agencies named outside the certification (the identity paragraph). */
  identifiedAgencies: AgencyMention[];
  /** Blocks stating who conducts the investigation. */
  agencyBlocks: TextBlock[];
  certifications: Certification[];
  oaths: Oath[];
  courtCompetence: CourtCompetence[];
  signatures: SignatureBlock[];
  /** Where the closing (signature, "Respectfully submitted", "Dated:") begins, if any. */
  closingStart?: number;
  /** End of the last prose block of the part. */
  contentEnd: number;
  /** The date in the closing ("Dated: June 5, 2024"), if any. */
  closingDate?: string;
}

export interface ApplicationFacts {
  parts: ApplicationPartFacts[];
}

// ---------------------------------------------------------------------------------------------------------------
// Agencies

interface KnownAgency {
  key: string;
  family?: string;
  name: string;
  abbreviation?: string;
  /** Full-name patterns (matched case-insensitively). */
  names: string[];
  /** Abbreviations (matched case-sensitively, as whole words). */
  abbreviations?: string[];
  article: boolean;
}

const KNOWN_AGENCIES: KnownAgency[] = [
  { key: 'fbi', name: 'Federal Bureau of Investigation', abbreviation: 'FBI', names: [String.raw`Federal\s+Bureau\s+of\s+Investigation`], abbreviations: ['FBI'], article: true },
  { key: 'dea', name: 'Drug Enforcement Administration', abbreviation: 'DEA', names: [String.raw`Drug\s+Enforcement\s+Administration`], abbreviations: ['DEA'], article: true },
  { key: 'atf', name: 'Bureau of Alcohol, Tobacco, Firearms and Explosives', abbreviation: 'ATF', names: [String.raw`Bureau\s+of\s+Alcohol,?\s+Tobacco,?\s+Firearms,?\s+(?:and|&)\s+Explosives`, String.raw`Bureau\s+of\s+Alcohol,?\s+Tobacco,?\s+(?:and|&)\s+Firearms`], abbreviations: ['ATF', 'BATFE'], article: true },
  { key: 'hsi', family: 'ice', name: 'Homeland Security Investigations', abbreviation: 'HSI', names: [String.raw`(?:(?:U\.\s?S\.\s+|United\s+States\s+)?Immigration\s+and\s+Customs\s+Enforcement,?\s+)?Homeland\s+Security\s+Investigations`], abbreviations: ['HSI', 'ICE-HSI', 'ICE HSI'], article: false },
  { key: 'ice', family: 'ice', name: 'U.S. Immigration and Customs Enforcement', abbreviation: 'ICE', names: [String.raw`(?:U\.\s?S\.\s+|United\s+States\s+)?Immigration\s+and\s+Customs\s+Enforcement`], abbreviations: ['ICE'], article: false },
  { key: 'usss', name: 'United States Secret Service', abbreviation: 'USSS', names: [String.raw`(?:United\s+States\s+|U\.\s?S\.\s+)?Secret\s+Service`], abbreviations: ['USSS'], article: true },
  { key: 'usms', name: 'United States Marshals Service', abbreviation: 'USMS', names: [String.raw`(?:United\s+States\s+|U\.\s?S\.\s+)?Marshals?\s+Service`], abbreviations: ['USMS'], article: true },
  { key: 'irs-ci', family: 'irs', name: 'Internal Revenue Service, Criminal Investigation', abbreviation: 'IRS-CI', names: [String.raw`Internal\s+Revenue\s+Service[,\s-]+Criminal\s+Investigations?(?:\s+Division)?`, String.raw`IRS\s+Criminal\s+Investigations?`], abbreviations: ['IRS-CI', 'IRS CI', 'IRSCI'], article: false },
  { key: 'irs', family: 'irs', name: 'Internal Revenue Service', abbreviation: 'IRS', names: [String.raw`Internal\s+Revenue\s+Service`], abbreviations: ['IRS'], article: true },
  { key: 'uspis', name: 'United States Postal Inspection Service', abbreviation: 'USPIS', names: [String.raw`(?:United\s+States\s+|U\.\s?S\.\s+)?Postal\s+Inspection\s+Service`], abbreviations: ['USPIS'], article: true },
  { key: 'cbp', name: 'U.S. Customs and Border Protection', abbreviation: 'CBP', names: [String.raw`(?:U\.\s?S\.\s+|United\s+States\s+)?Customs\s+and\s+Border\s+Protection`], abbreviations: ['CBP'], article: false },
  { key: 'usbp', name: 'United States Border Patrol', abbreviation: 'USBP', names: [String.raw`(?:United\s+States\s+|U\.\s?S\.\s+)?Border\s+Patrol`], abbreviations: ['USBP'], article: true },
  { key: 'ncis', name: 'Naval Criminal Investigative Service', abbreviation: 'NCIS', names: [String.raw`Naval\s+Criminal\s+Investigative\s+Service`], abbreviations: ['NCIS'], article: true },
  { key: 'afosi', name: 'Air Force Office of Special Investigations', abbreviation: 'AFOSI', names: [String.raw`Air\s+Force\s+Office\s+of\s+Special\s+Investigations`], abbreviations: ['AFOSI'], article: true },
  { key: 'army-cid', name: 'Army Criminal Investigation Division', abbreviation: 'CID', names: [String.raw`(?:U\.\s?S\.\s+|United\s+States\s+)?Army\s+Criminal\s+Investigation\s+(?:Division|Command)`], abbreviations: [], article: true },
  { key: 'dcis', name: 'Defense Criminal Investigative Service', abbreviation: 'DCIS', names: [String.raw`Defense\s+Criminal\s+Investigative\s+Service`], abbreviations: ['DCIS'], article: true },
  { key: 'dss', name: 'Diplomatic Security Service', abbreviation: 'DSS', names: [String.raw`Diplomatic\s+Security\s+Service`], abbreviations: [], article: true },
  { key: 'cgis', name: 'Coast Guard Investigative Service', abbreviation: 'CGIS', names: [String.raw`Coast\s+Guard\s+Investigative\s+Service`], abbreviations: ['CGIS'], article: true },
  { key: 'tigta', name: 'Treasury Inspector General for Tax Administration', abbreviation: 'TIGTA', names: [String.raw`Treasury\s+Inspector\s+General\s+for\s+Tax\s+Administration`], abbreviations: ['TIGTA'], article: true },
  { key: 'fps', name: 'Federal Protective Service', abbreviation: 'FPS', names: [String.raw`Federal\s+Protective\s+Service`], abbreviations: [], article: true },
  { key: 'usfws', name: 'U.S. Fish and Wildlife Service', abbreviation: 'USFWS', names: [String.raw`(?:U\.\s?S\.\s+|United\s+States\s+)?Fish\s+and\s+Wildlife\s+Service`], abbreviations: ['USFWS'], article: true },
  { key: 'uscp', name: 'United States Capitol Police', abbreviation: 'USCP', names: [String.raw`(?:United\s+States\s+|U\.\s?S\.\s+)?Capitol\s+Police`], abbreviations: ['USCP'], article: true },
  { key: 'fda-oci', name: 'FDA Office of Criminal Investigations', abbreviation: 'FDA-OCI', names: [String.raw`(?:Food\s+and\s+Drug\s+Administration|FDA)(?:'s)?,?\s+Office\s+of\s+Criminal\s+Investigations`], abbreviations: ['FDA-OCI', 'FDA OCI'], article: true },
  { key: 'epa-cid', name: 'EPA Criminal Investigation Division', abbreviation: 'EPA-CID', names: [String.raw`(?:Environmental\s+Protection\s+Agency|EPA)(?:'s)?,?\s+Criminal\s+Investigation\s+Division`], abbreviations: ['EPA-CID', 'EPA CID'], article: true },
];

// A capitalised name ending in a word that makes it a law enforcement body: "Kings County Sheriff's Office",
// "Georgia Bureau of Investigation", "New York City Police Department", "Violent Crime Task Force".
const AGENCY_HEAD = String.raw`(?:Police\s+Department|Police\s+Dep(?:artmen)?t\.?|Police\s+Bureau|Police\s+Service|State\s+Police|Metropolitan\s+Police|Transit\s+Police|Sheriff'?s\s+(?:Office|Department)|Sheriff'?s\s+Dept\.?|Department\s+of\s+(?:Public\s+Safety|Law\s+Enforcement|Criminal\s+Investigation)|Bureau\s+of\s+(?:Investigation|Criminal\s+(?:Investigation|Apprehension|Identification)|Narcotics(?:\s+Enforcement)?)|Division\s+of\s+(?:Criminal\s+Investigation|State\s+Police|Investigation)|State\s+Patrol|Highway\s+Patrol|Task\s+Force|Strike\s+Force|Investigative\s+Service|Inspection\s+Service|Office\s+of\s+(?:the\s+)?Inspector\s+General|Inspector\s+General|District\s+Attorney'?s\s+Office|(?:County\s+)?Prosecutor'?s\s+Office|State'?s?\s+Attorney'?s\s+Office|Attorney\s+General'?s\s+Office|Office\s+of\s+the\s+(?:District\s+Attorney|Attorney\s+General)|Constabulary|Criminal\s+Investigations?\s+(?:Division|Unit|Bureau)|Special\s+Investigations?\s+(?:Unit|Division)|Narcotics\s+(?:Unit|Division|Bureau|Squad)|Robbery\s+Squad|Homicide\s+Squad|Squad)`;
const CAP_WORD = String.raw`(?:[A-Z][A-Za-z.'’&-]*|of|and|the|for|on|&)`;
const GENERIC_AGENCY = new RegExp(String.raw`\b((?:[A-Z][A-Za-z.'’&-]*\s+)(?:${CAP_WORD}\s+){0,5}?)${AGENCY_HEAD}(?![A-Za-z])(?!\s+(?:Officer|Detective|Sergeant|Lieutenant|Captain|Chief|Commissioner|Academy|Report|Headquarters|agents?|officers?|detectives?)\b)`, 'g');

const KNOWN_NAME_RES = KNOWN_AGENCIES.map((a) => ({ agency: a, re: new RegExp(String.raw`\b(?:${a.names.join('|')})(?![A-Za-z])`, 'gi') }));
// "the DEA-led HIDTA Task Force", "an FBI-run task force": the agency named inside a compound
const LED_SUFFIX = String.raw`(?:led|run|directed|sponsored|supervised|managed)\b`;
const KNOWN_ABBR_RES = KNOWN_AGENCIES.flatMap((a) =>
  (a.abbreviations ?? []).map((abbr) => ({ agency: a, abbr, re: new RegExp(String.raw`(?<![A-Za-z-])${abbr.replace(/[-\s]/g, (c) => (c === '-' ? '[-\\s]?' : '[-\\s]'))}(?![A-Za-z])(?!-(?!${LED_SUFFIX})[A-Za-z])`, 'g') })),
);
// One pass that says whether any known name or abbreviation occurs at all: most sentences name no agency, and the
// per-agency searches below are skipped for them (the alternations match exactly where one of the patterns does).
const ANY_KNOWN_NAME = new RegExp(KNOWN_NAME_RES.map((x) => x.re.source).join('|'), 'i');
const ANY_KNOWN_ABBR = new RegExp(KNOWN_ABBR_RES.map((x) => x.re.source).join('|'));
const definedAbbrRes = new Map<string, RegExp>();
function definedAbbrRe(abbr: string): RegExp {
  let re = definedAbbrRes.get(abbr);
  if (!re) {
    if (definedAbbrRes.size > 5000) definedAbbrRes.clear();
    definedAbbrRes.set(abbr, (re = new RegExp(String.raw`(?<![A-Za-z-])${abbr.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z-])`, 'g')));
  }
  return re;
}
const ABBR_DEFINITION = /^\s*(?:,\s*)?\(\s*(?:the\s+|hereinafter\s+)?["“”']?([A-Z][A-Za-z]*(?:[-\s][A-Z]+)?|[A-Z][a-z]+(?:'s|’s)?(?:\s+[A-Z][a-z]+){0,2})["“”']?\s*\)/;
// a short name defined for an agency that is not an abbreviation: (the "Bureau"), (the "Sheriff's Office")
const SHORT_NAME_HEAD = /(?:Bureau|Department|Agency|Service|Office|Division|Unit|Squad|Task\s+Force|Police|Patrol|Administration|Commission)$/;
const LEADING_NOISE = /^(?:The|the|A|An|This|That|Such|Each|Both|Any|Its|His|Her|Their|Our|Under|By|Since|In|On|At|From|With|Through|To|For|When|After|Before|Agents?|Officers?|Detectives?)\s+/;

const LATER_ABBR_DEFINITION = /\(\s*(?:the\s+|hereinafter\s+)?["“”']?([A-Z]{2,8})["“”']?\s*\)/;

/** "MSP" for "Michigan State Police", "NYPD" for "New York City Police Department": the letters in order among the initials. */
function initialsMatch(abbr: string, name: string): boolean {
  const initials = name.split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
  if (!initials || abbr[0] !== initials[0]) return false;
  let k = 0;
  for (const c of initials) if (c === abbr[k]) k++;
  return k === abbr.length;
}

const SHORT_REFERENCE =
  /\bthe\s+((?:State\s+Police|State\s+Patrol|Highway\s+Patrol|Sheriff'?s\s+(?:Office|Department)|Police\s+Department|Task\s+Force|Strike\s+Force|Police\s+Bureau))(?![A-Za-z])/g;
const ACRONYM_AGENCY =
  /\b(?:conducted|led|run|investigated|pursued|handled)\s+(?:jointly\s+)?by\s+(?:the\s+)?([A-Z]{2,6})(?![A-Za-z-])|(?<![A-Za-z-])([A-Z]{2,6})(?=\s+(?:agents?|detectives?|officers?|investigators?|troopers?|deputies|analysts?)\b)/g;
const NOT_AGENCY_ACRONYM = /^(?:US|USA|AUSA|SAUSA|ADA|TFO|SA|PRTT|SMS|MMS|IP|GPS|ID|IT|AG|DOJ|CSLI|IMSI|IMEI)$/;

interface Abbreviations {
  /** ABBR → known agency or generic key */
  map: Map<string, { key: string; family: string; name: string }>;
  /** Every abbreviation in the map is a listed agency's own ("FBI", "DEA"): a sentence then names the agencies it
   *  names with none defined (a listed abbreviation is found by the list before searchAgencies asks the map), and
   *  what the sentence names can be kept on it whatever the draft defines. */
  plain: boolean;
}

const LISTED_ABBREVIATIONS = new Set(KNOWN_AGENCIES.flatMap((a) => a.abbreviations ?? []));
const NO_ABBREVIATIONS: Abbreviations = { map: new Map(), plain: true };

/** A reader of a sentence's text, kept in the record of its text (engine/memo.ts `memoOnText`), with `.read` the
 *  reader itself (for the cue number, kept by text, which most sentences stop at). */
function onSentence<T>(read: (text: string) => T): ((s: Sentence) => T) & { read: (text: string) => T } {
  return Object.assign(memoOnText(read), { read });
}

/** A mention with offsets in its sentence's text (`from`, `to`: not named start/end, which are source offsets). */
type LocalMention = Omit<AgencyMention, 'sentence' | 'start' | 'end'> & { from: number; to: number };
const NO_MENTIONS: readonly LocalMention[] = Object.freeze([]);
const NO_AGENCIES: readonly AgencyMention[] = Object.freeze([]);

function searchLocal(text: string, abbreviations: Abbreviations): LocalMention[] {
  const plain = { text, toSource: (i: number) => i } as Sentence;
  return searchAgencies(plain, abbreviations).map(({ sentence: _sentence, start, end, ...rest }) => ({ from: start, to: end, ...rest }));
}

/** What a sentence names when the draft defines no abbreviation of its own (engine/memo.ts: kept on the sentence). */
const plainLocalAgencies = memoByText((text: string): readonly LocalMention[] => {
  const found = searchLocal(text, NO_ABBREVIATIONS);
  return found.length ? found : NO_MENTIONS;
});
const plainAgenciesOf = memoOnText<Sentence, readonly LocalMention[]>(plainLocalAgencies);
/** A parenthesis and, with no abbreviation defined, an agency named: the sentence may define an abbreviation
 *  (only such a sentence is searched for agencies outside an application part). */
const mayDefine = memoOnText((text: string) => text.includes('(') && plainLocalAgencies(text).length > 0);

function normaliseKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^the\s+/, '')
    .replace(/\bdept\.?/g, 'department')
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Mentions by sentence text and abbreviations, with offsets in the text (engine/memo.ts): a sentence an edit did
 *  not touch (the editor lints every version) or one read twice is not searched again. */
const agencyMemos = new Map<string, TextMemo<LocalMention[]>>();
/** The memo for one set of abbreviations (a draft's own; a few kept, the oldest dropped first). */
function agencyMemoFor(abbreviationsKey: string): TextMemo<LocalMention[]> {
  let memo = agencyMemos.get(abbreviationsKey);
  if (!memo) {
    if (agencyMemos.size >= 8) agencyMemos.delete(agencyMemos.keys().next().value!);
    agencyMemos.set(abbreviationsKey, (memo = new TextMemo()));
  }
  return memo;
}

/** The abbreviations' content as a key. The map only grows (collectAbbreviations adds, never replaces): its size
 *  tells when the key is stale. */
const abbreviationKeys = new WeakMap<Abbreviations['map'], { size: number; key: string }>();
function abbreviationsKey(map: Abbreviations['map']): string {
  if (!map.size) return '';
  let k = abbreviationKeys.get(map);
  if (!k || k.size !== map.size) abbreviationKeys.set(map, (k = { size: map.size, key: JSON.stringify([...map]) }));
  return k.key;
}

/** Mentions by sentence, for a draft whose abbreviations are not plain: what was found, and for which abbreviations
 *  (their memo), kept per sentence object (a sentence's text never changes) and read again when they differ. */
const keptAgencies = new WeakMap<Sentence, { memo: TextMemo<LocalMention[]>; local: readonly LocalMention[] }>();

/** The agencies a sentence names, offsets in its text. */
function localAgencies(sentence: Sentence, abbreviations: Abbreviations, keep: boolean): readonly LocalMention[] {
  if (abbreviations.plain) return plainAgenciesOf(sentence);
  // the map grows while collectAbbreviations reads the draft: the memo is the one for its content at this call
  // (the key is the memo for the abbreviations, one object per content: compared by identity, not the key's text)
  const memo = agencyMemoFor(abbreviationsKey(abbreviations.map));
  const kept = keep ? keptAgencies.get(sentence) : undefined;
  if (kept && kept.memo === memo) return kept.local;
  const local = memo.get(sentence.text, () => searchLocal(sentence.text, abbreviations));
  if (keep) keptAgencies.set(sentence, { memo, local });
  return local;
}

/** `keep`: the abbreviations are the draft's final set (collectAbbreviations asks with a growing one: not kept). */
function findAgencies(sentence: Sentence, abbreviations: Abbreviations, keep = false): AgencyMention[] {
  const local = localAgencies(sentence, abbreviations, keep);
  if (!local.length) return NO_AGENCIES as AgencyMention[];
  return local.map((m) => {
    // (the keys in the order searchAgencies gives them)
    const mention: AgencyMention = {
      start: sentence.toSource(m.from),
      end: sentence.toSource(m.to),
      key: m.key,
      family: m.family,
      name: m.name,
      abbreviation: m.abbreviation,
      text: m.text,
      article: m.article,
      sentence,
    };
    if (m.structural !== undefined) mention.structural = m.structural;
    return mention;
  });
}

function searchAgencies(sentence: Sentence, abbreviations: Abbreviations): AgencyMention[] {
  const text = sentence.text;
  const out: Array<AgencyMention & { a: number; b: number }> = [];
  const taken = (a: number, b: number) => out.some((m) => a < m.b && b > m.a);
  const push = (a: number, b: number, key: string, family: string, name: string, abbreviation?: string) => {
    if (taken(a, b)) return;
    const before = text.slice(Math.max(0, a - 4), a);
    out.push({
      a,
      b,
      start: sentence.toSource(a),
      end: sentence.toSource(b),
      key,
      family,
      name,
      abbreviation,
      text: text.slice(a, b),
      article: /\bthe\s$/i.test(before),
      sentence,
    });
  };
  const anyName = ANY_KNOWN_NAME.test(text);
  for (const { agency, re } of anyName ? KNOWN_NAME_RES : []) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) push(m.index, m.index + m[0].length, agency.key, agency.family ?? agency.key, agency.name, agency.abbreviation);
  }
  const anyAbbr = ANY_KNOWN_ABBR.test(text);
  for (const { agency, re } of anyAbbr ? KNOWN_ABBR_RES : []) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) push(m.index, m.index + m[0].length, agency.key, agency.family ?? agency.key, agency.name, agency.abbreviation);
  }
  GENERIC_AGENCY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GENERIC_AGENCY.exec(text))) {
    let a = m.index;
    let phrase = m[0];
    // a paragraph label at the sentence start ("I. The Fort Worth Police Department …", "B. The Sheriff's Office …")
    const label = a === 0 ? /^(?:[IVX]{1,4}|[A-Z]|\d{1,3})[.)]\s+(?=[A-Z])/.exec(phrase) : null;
    if (label) {
      a += label[0].length;
      phrase = phrase.slice(label[0].length);
    }
    // drop leading function words and a leading "the"
    for (let i = 0; i < 3; i++) {
      const lead = LEADING_NOISE.exec(phrase);
      if (!lead) break;
      a += lead[0].length;
      phrase = phrase.slice(lead[0].length);
    }
    if (!/^[A-Z]/.test(phrase)) continue;
    const b = a + phrase.length;
    const key = normaliseKey(phrase);
    push(a, b, key, key, phrase.replace(/\s+/g, ' '));
  }
  // a shortened definite reference: "the State Police", "the Sheriff's Office" (compared by sameAgency)
  SHORT_REFERENCE.lastIndex = 0;
  while ((m = SHORT_REFERENCE.exec(text))) {
    const at = m.index + m[0].length - m[1].length;
    const key = normaliseKey(m[1]);
    push(at, at + m[1].length, key, key, m[1].replace(/\s+/g, ' '));
  }
  // an acronym the list does not know, where only an agency can stand: "conducted by BPD", "MPD detectives are …"
  ACRONYM_AGENCY.lastIndex = 0;
  while ((m = ACRONYM_AGENCY.exec(text))) {
    const acronym = m[1] ?? m[2];
    if (NOT_AGENCY_ACRONYM.test(acronym) || abbreviations.map.has(acronym)) continue;
    const at = m[1] ? m.index + m[0].length - acronym.length : m.index;
    push(at, at + acronym.length, acronym.toLowerCase(), acronym.toLowerCase(), acronym, acronym);
  }
  for (const [abbr, target] of abbreviations.map) {
    if (!text.includes(abbr) || KNOWN_AGENCIES.some((k) => (k.abbreviations ?? []).includes(abbr))) continue;
    const re = definedAbbrRe(abbr);
    re.lastIndex = 0;
    let x: RegExpExecArray | null;
    while ((x = re.exec(text))) push(x.index, x.index + x[0].length, target.key, target.family, target.name, abbr);
  }
  // structural: the subject of "is conducting an investigation", the object of "conducted by"
  const pushStructural = (phraseAt: number, found: { head: string; unit?: string; lead: number }) => {
    const a = phraseAt + found.lead;
    let b = a + found.head.length;
    if (found.unit) {
      const u = text.indexOf(found.unit, b);
      if (u >= 0 && u - b <= 12) b = u + found.unit.length;
    }
    const name = text.slice(a, b).replace(/\s+/g, ' ');
    const count = out.length;
    push(a, b, normaliseKey(name), normaliseKey(found.head), name);
    if (out.length > count) out[out.length - 1].structural = true;
  };
  CONDUCTS.lastIndex = 0;
  while ((m = CONDUCTS.exec(text))) {
    const from = Math.max(0, m.index - 200);
    const subj = STRUCTURAL_SUBJECT.exec(text.slice(from, m.index));
    if (!subj) continue;
    const found = structuralAgency(subj[1], subj[2]);
    if (found) pushStructural(from + subj.index + subj[0].indexOf(subj[1]), found);
  }
  LEAD_AGENCY_PREDICATE.lastIndex = 0;
  while ((m = LEAD_AGENCY_PREDICATE.exec(text))) {
    const from = Math.max(0, m.index - 200);
    const subj = STRUCTURAL_SUBJECT.exec(text.slice(from, m.index));
    const found = subj && structuralAgency(subj[1], subj[2]);
    if (subj && found) pushStructural(from + subj.index + subj[0].indexOf(subj[1]), found);
  }
  for (const by of [CONDUCTED_BY, AGENCY_LABEL_IS]) {
    by.lastIndex = 0;
    while ((m = by.exec(text))) {
      const from = m.index + m[0].length;
      const obj = STRUCTURAL_OBJECT.exec(text.slice(from, from + 240));
      if (!obj) continue;
      const found = structuralAgency(obj[1], obj[2]);
      if (found) pushStructural(from + obj[0].indexOf(obj[1]), found);
    }
  }
  return out.sort((x, y) => x.a - y.a).map(({ a: _a, b: _b, ...rest }) => rest);
}

// An agency the lists do not know, read from the sentence's structure: a proper-noun phrase that is the subject of
// conducting an investigation ("The Bureau of Indian Affairs, Office of Justice Services, is conducting …") or the
// object of "conducted by" / "led by". The phrase must name an institution (an organisation word), not a person.
const PROPER_WORD = String.raw`(?:[A-Z][\w.'’&-]*|of(?:\s+the)?|and|for|on|&|de|del|la)`;
const PROPER_PHRASE = String.raw`[A-Z][\w.'’&-]*(?:\s+${PROPER_WORD}){0,10}`;
// the head, an optional appositive unit ("…, Office of Justice Services,") and an optional short name ("(BIA-OJS)")
const STRUCTURAL_SUBJECT = new RegExp(String.raw`(?:^|[,;:]\s+|\bthat\s+|^\s*(?:the|The)\s+|\s(?:the|The)\s+)(${PROPER_PHRASE})(?:,\s+(?:the\s+)?(${PROPER_PHRASE}),?)?(?:\s*\(\s*(?:the\s+)?["“]?[A-Za-z][\w&-]{1,15}["”]?\s*\))?,?(?:\s+(?:has|have|had|also|currently|now|recently|jointly|actively)){0,2}\s*$`);
// "X is the lead agency"; "The investigating agency is X"
const LEAD_AGENCY_PREDICATE = /\b(?:is|are)\s+the\s+(?:lead|investigating|investigative|primary)\s+(?:law\s+enforcement\s+)?agenc(?:y|ies)\b/g;
const AGENCY_LABEL_IS = /\b(?:investigating|investigative|lead|conducting)\s+agency(?:\s+conducting\s+the\s+investigation)?\s*(?:is\b|:)|\bagency\s+conducting\s+the\s+investigation\s+is\b/gi;
// "Agents of the …", "Officers with the …": the agency is the object of the preposition
const MEMBERS_OF = /^(?:(?:Special\s+|Federal\s+|Task\s+Force\s+)?(?:Agents?|Officers?|Detectives?|Investigators?|Deputies|Troopers?|Inspectors?)\s+(?:of|with|from)\s+(?:the\s+)?)/;
const STRUCTURAL_OBJECT = new RegExp(String.raw`^\s+(?:the\s+)?(${PROPER_PHRASE})(?:,\s+(?:the\s+)?(${PROPER_PHRASE})(?=\s*[,.;)]|\s*$|\s+(?:of|into|in|for|and|under|which|that)\b))?`);
const ORGANISATION_WORD =
  /\b(?:Bureau|Office|Department|Dept\.?|Agency|Agencies|Service|Services|Police|Division|Unit|Task\s+Force|Strike\s+Force|Commission|Authority|Administration|Inspector\s+General|Attorney\s+General(?:'s|’s)?|Patrol|Marshals?|Sheriff(?:'s|’s)?|Squad|Team|Center|Centre|Command|Section|Directorate|Constabulary|Corps|Guard|Enforcement|Investigations|Investigative|Rangers|Security|Safety|HIDTA|Nation|Tribe|Tribal|Pueblo)\b/;
// a person, a party or the court, not an agency
const NOT_AGENCY_PHRASE =
  /^(?:Special|Supervisory|Senior|Agent|Officer|Detective|Det\.|Sgt\.|Sergeant|Lieutenant|Lt\.|Trooper|Investigator|Assistant|AUSA|SAUSA|Captain|Corporal|Mr\.|Ms\.|Mrs\.|Dr\.|Task\s+Force\s+Officer|Court|Honorable|Judge|Magistrate|Applicant|Affiant|Government|United\s+States(?!\s+(?:Park|Forest|Postal|Secret|Capitol|Marshals|Border|Coast|Fish|Army|Navy|Air|Department))|State\s+of|People|Commonwealth|I\b|We\b)|\b(?:Agent|Officer|Detective|Trooper|Investigator|Sergeant|Lieutenant|Attorney(?!\s+General)|Counsel|Prosecutor|Judge)$/;

// Patterns in this file that end on a run of white space or commas (`[\s,]+$`, `,?\s*word`) carry a lookbehind, e.g.
// `(?<![\s,])`, so that a run is tried from its first character only: V8 retries such a pattern from every character of
// a long run (quadratic). Where a lookbehind cannot keep the old results, the text is read by hand from its end.
const isSpace = (c: string) => /\s/.test(c);
const TRAILING_CONNECTIVES = new Set(['of', 'and', 'for', 'on', '&', 'de', 'del', 'la']);

/**
 * `x` without the connectives it ends on (" of the", " and", " de" …): what
 * `x.replace(/(?:\s+(?:of(?:\s+the)?|and|for|on|&|de|del|la))+$/, '')` gives, read word by word from the end (the
 * pattern was retried from every white-space character and every connective: quadratic on a long run of either).
 */
export function withoutTrailingConnectives(x: string): string {
  let end = x.length;
  for (;;) {
    let start = end;
    while (start > 0 && !isSpace(x[start - 1])) start--;
    // a word, with white space before it
    if (start === 0 || start === end) return x.slice(0, end);
    let before = start;
    while (before > 0 && isSpace(x[before - 1])) before--;
    const word = x.slice(start, end);
    if (word === 'the') {
      // "the" only in "of the"
      if (before < 3 || x.slice(before - 2, before) !== 'of' || !isSpace(x[before - 3])) return x.slice(0, end);
      before -= 2;
      while (before > 0 && isSpace(x[before - 1])) before--;
    } else if (!TRAILING_CONNECTIVES.has(word)) return x.slice(0, end);
    end = before;
  }
}

function structuralAgency(phrase: string, appositive: string | undefined): { head: string; unit?: string; lead: number } | undefined {
  // ((?<![.,]): a run of periods is tried from its first only; linear)
  const trim = (x: string) => withoutTrailingConnectives(x.replace(/(?<![.,])[.,]+$/, '')).trim();
  const lead = MEMBERS_OF.exec(phrase)?.[0].length ?? LEADING_NOISE.exec(phrase)?.[0].length ?? 0;
  const head = trim(phrase.slice(lead));
  if (!/^[A-Z]/.test(head) || NOT_AGENCY_PHRASE.test(head) || (isPersonName(head) && !ORGANISATION_WORD.test(head))) return undefined;
  const unit = appositive ? trim(appositive.replace(LEADING_NOISE, '')) : '';
  const unitIsOrg = !!unit && ORGANISATION_WORD.test(unit) && !NOT_AGENCY_PHRASE.test(unit);
  // an acronym in a subject's or agent's place is an agency's ("BIA-OJS is investigating"), never a person's
  const acronym = /^[A-Z]{2,8}(?:-[A-Z]{2,8})?$/.test(head) && !NOT_AGENCY_ACRONYM.test(head);
  if (!ORGANISATION_WORD.test(head) && !unitIsOrg && !acronym) return undefined;
  return { head, unit: unitIsOrg ? unit : undefined, lead };
}

/** Abbreviations the draft defines for agencies: `New York City Police Department ("NYPD")`. */
/** The sentences with a parenthesis: only those can define an abbreviation (mayDefine asks for one too). */
const parenthesized = keptSentencesWhere((s: Sentence) => s.text.includes('('));

/** The abbreviations the draft defines (only its parenthesized sentences are visited). */
function collectAbbreviations(chunks: readonly Fragment[]): Abbreviations {
  const sentences = parenthesized(chunks);
  const abbreviations: Abbreviations = { map: new Map(), plain: true };
  const define = (abbr: string, agency: { key: string; family: string; name: string }) => {
    if (abbreviations.map.has(abbr)) return;
    abbreviations.map.set(abbr, { key: agency.key, family: agency.family, name: agency.name });
    if (!LISTED_ABBREVIATIONS.has(abbr)) abbreviations.plain = false;
  };
  for (const s of sentences) {
    if (abbreviations.plain) {
      // (while the abbreviations are plain, a sentence that names no agency defines none: one read kept on it; and
      // what it defines is kept too, where its mentions' ends read back to their places in the text)
      if (!mayDefine(s)) continue;
      if (plainAgenciesOf(s).every((m) => readsBack(s, m.to, s.toSource(m.to)))) {
        for (const d of plainDefinitionsOf(s)) define(d.abbr, d);
        continue;
      }
    }
    if (!/\(/.test(s.text)) continue;
    for (const mention of findAgencies(s, abbreviations)) {
      const abbr = definitionAfter(s.text, indexInSentence(s, mention.end), mention.text);
      if (abbr) define(abbr, mention);
    }
  }
  return abbreviations;
}

/** The abbreviation defined right after an agency's name (ending at `end` in the text), if any. */
function definitionAfter(text: string, end: number, name: string): string | undefined {
  let def = ABBR_DEFINITION.exec(text.slice(end, end + 40));
  if (!def) {
    // the definition after the agency's unit ("Michigan State Police, Fifth District Team (MSP)"): the letters
    // must be the agency's initials
    const later = LATER_ABBR_DEFINITION.exec(text.slice(end, end + 100));
    if (later && !/[()]/.test(text.slice(end, end + later.index)) && initialsMatch(later[1], name)) def = later;
  }
  if (!def) return undefined;
  const abbr = def[1];
  if (abbr.length < 2 || abbr.length > 24 || (!/[A-Z]{2}/.test(abbr) && !SHORT_NAME_HEAD.test(abbr))) return undefined;
  return abbr;
}

interface Definition {
  abbr: string;
  key: string;
  family: string;
  name: string;
}
const NO_DEFINITIONS: readonly Definition[] = Object.freeze([]);

/** The abbreviations a sentence defines for the agencies it names with none defined, in order (kept on it). */
const plainDefinitionsOf = onSentence((text: string): readonly Definition[] => {
  const found: Definition[] = [];
  for (const m of plainLocalAgencies(text)) {
    const abbr = definitionAfter(text, m.to, m.text);
    if (abbr) found.push({ abbr, key: m.key, family: m.family, name: m.name });
  }
  return found.length ? found : NO_DEFINITIONS;
});

/** The index in a sentence's text of a source offset (the inverse of toSource, by search). */
function indexInSentence(s: Sentence, offset: number): number {
  return partitionPoint(s.text.length, (i) => s.toSource(i) < offset);
}

// "conducted by the FBI", "being investigated by", "investigation by"
const CONDUCTED_BY = /\b(?:conducted|led|run|carried\s+out|undertaken|handled|directed|investigated|pursued|performed|managed|supervised)\s+(?:jointly\s+|principally\s+|primarily\s+)?by\b|\binvestigation\s+(?:is\s+)?(?:by|of\s+the\s+[A-Z][^,;]{0,60}?\s+by)\b/gi;
// "the DEA … is conducting", "HSI has been investigating", "the FBI opened an investigation"
const CONDUCTS = /\b(?:is|are|has\s+been|have\s+been|was|were)\s+(?:currently\s+|jointly\s+|now\s+|also\s+|actively\s+)?(?:conducting|leading|investigating|running|pursuing|handling)\b|\b(?:conducts|leads|investigates|opened|initiated|began|commenced|has|have|is\s+running|is\s+pursuing|(?:is|are)\s+working|worked|works)\s+(?:an?|the|this)\s+(?:[\w-]+\s+){0,3}?(?:investigation|case)\b/gi;
// "The case agent is Special Agent Tom Ng of the FBI": the case agent's agency conducts the investigation
const CASE_AGENT = /\b(?:case|lead)\s+(?:agent|investigator|detective|officer|inspector)s?\b/i;
const AGENCY_LABEL = /^\s*(?:\d+\.\s*)?(?:investigating\s+|investigative\s+|lead\s+|law[\s-]+enforcement\s+)?agency\s*:|^\s*(?:\d+\.\s*)?(?:the\s+)?(?:investigating|investigative|lead|law[\s-]+enforcement|conducting)\s+agency(?:\s+conducting\s+the\s+investigation)?\s*(?:is|[:.-])|\b(?:investigating|investigative|lead)\s+agency\s+(?:is|are)\b|\bagency\s+conducting\s+the\s+investigation\s+is\b|\b(?:is|are)\s+the\s+(?:lead|investigating|investigative|primary)\s+(?:law\s+enforcement\s+)?agenc(?:y|ies)\b/i;

/** Agencies a sentence names as conducting the investigation. */
function conductingIn(s: Sentence, mentions: AgencyMention[]): AgencyMention[] {
  if (!mentions.length) return [];
  const local = mentions.map((m) => ({ a: indexInSentence(s, m.start), b: indexInSentence(s, m.end) }));
  return conductingOrder(s.text, local).map((k) => mentions[k]);
}

/** Which of the mentions at these places in the text (`a`, `b`) it names as conducting, in the order found. */
function conductingOrder(text: string, local: ReadonlyArray<{ a: number; b: number }>): number[] {
  const found = new Set<number>();
  if (AGENCY_LABEL.test(text)) local.forEach((_, k) => found.add(k));
  CONDUCTED_BY.lastIndex = 0;
  let t: RegExpExecArray | null;
  while ((t = CONDUCTED_BY.exec(text))) {
    const from = t.index + t[0].length;
    const stop = clauseEnd(text, from);
    // the agencies right after "by", and those joined to them by "and" / ","
    local.forEach((x, k) => {
      if (x.a >= from && x.a <= stop && x.a - from < 160) found.add(k);
    });
  }
  CONDUCTS.lastIndex = 0;
  while ((t = CONDUCTS.exec(text))) {
    const clauseStart = clauseBegin(text, t.index);
    const verbAt = t.index;
    local.forEach((x, k) => {
      if (x.a >= clauseStart && x.b <= verbAt) found.add(k);
    });
  }
  if (CASE_AGENT.test(text)) local.slice(0, 3).forEach((_, k) => found.add(k));
  // "an ongoing DEA investigation", "HSI's criminal investigation"
  local.forEach((x, k) => {
    if (/^(?:'s|’s)?\s+(?:(?:ongoing|criminal|continuing|active|joint|current|federal)\s+){0,3}investigations?\b/.test(text.slice(x.b, x.b + 60))) found.add(k);
  });
  return [...found];
}

const NO_INDICES: readonly number[] = Object.freeze([]);
/** conductingOrder for a sentence's plain mentions at their own places in its text (kept on the sentence). */
const plainConductingOf = onSentence((text: string): readonly number[] => {
  const local = plainLocalAgencies(text);
  if (!local.length) return NO_INDICES;
  const order = conductingOrder(text, local.map((m) => ({ a: m.from, b: m.to })));
  return order.length ? order : NO_INDICES;
});

/** `indexInSentence(s, offset) === i` for the offset of index i (`s.toSource(i)`): the source offset reads back to
 *  the same index unless an earlier index maps to it too (where the text and the source part ways). */
function readsBack(s: Sentence, i: number, offset: number): boolean {
  return i <= 0 || s.toSource(i - 1) < offset;
}

/** conductingIn, from the reading kept on the sentence when the draft's abbreviations are plain (`mentions` are then
 *  the sentence's plain mentions, in order) and every mention's offsets read back to its places in the text. */
function conductingNamed(s: Sentence, mentions: AgencyMention[], plain: boolean): AgencyMention[] {
  if (!plain) return conductingIn(s, mentions);
  const local = plainAgenciesOf(s);
  if (!local.every((m, k) => readsBack(s, m.from, mentions[k].start) && readsBack(s, m.to, mentions[k].end))) return conductingIn(s, mentions);
  return plainConductingOf(s).map((k) => mentions[k]);
}

/** Where the clause that holds `from` ends: a semicolon, or the sentence end. */
function clauseEnd(text: string, from: number): number {
  const semi = text.indexOf(';', from);
  return semi < 0 ? text.length : semi;
}

/** Where the clause that ends at `to` begins: after the last semicolon or sentence-internal "that". */
function clauseBegin(text: string, to: number): number {
  const before = text.slice(0, to);
  const semi = before.lastIndexOf(';');
  let that = -1;
  for (const m of before.matchAll(/\b(?:that|because|whereas)\s/g)) that = m.index!;
  return Math.max(semi + 1, that >= 0 ? that : 0);
}

// ---------------------------------------------------------------------------------------------------------------
// Applicant

const ROLE_PATTERNS: Array<{ role: ApplicantRole | 'attorney' | 'officer' | 'state-officer-word'; re: RegExp }> = [
  { role: 'ausa', re: /\b(?:Special\s+)?Assistant\s+(?:United\s+States|U\.\s?S\.)\s+Attorney(?!'s|’s|\s+General)\b|\bS?AUSA\b|\b(?:United\s+States|U\.\s?S\.)\s+Attorney\b(?!'s|’s|\s+General|\s+for\s+the\s+\w+\s+District\s+(?:of\s+\w+\s+)?(?:is|has))/i },
  { role: 'attorney-for-government', re: /\battorneys?\s+for\s+the\s+(?:Government|United\s+States)\b|\bcounsel\s+for\s+the\s+(?:Government|United\s+States)\b/i },
  { role: 'doj-attorney', re: /\bTrial\s+Attorney\b|\bSenior\s+(?:Trial\s+)?Counsel\b|\b(?:Deputy\s+|Acting\s+)?Assistant\s+Attorney\s+General\b|\bAttorney\s+General\b|\battorney\s+(?:with|for|in|of)\s+the\s+(?:U\.\s?S\.\s+|United\s+States\s+)?Department\s+of\s+Justice\b/i },
  { role: 'state-prosecutor', re: /\b(?:(?:Assistant|Deputy|Chief\s+Deputy|Senior\s+Assistant|Senior\s+Deputy|Executive\s+Assistant|First\s+Assistant|Special\s+Assistant)\s+)?(?:District|State'?s|County|Commonwealth'?s?|Prosecuting|Circuit|City|Criminal\s+District)\s+Attorney\b(?!'s\s+Office|’s\s+Office)|\b(?:Assistant\s+|Deputy\s+|Special\s+)?Prosecutor\b|\bSolicitor\b|\bprosecuting\s+attorney\b|\bA\.?D\.?A\.?(?=\s+[A-Z])/i },
  { role: 'attorney', re: /\b(?:undersigned\s+)?(?:attorney|counsel)\b/i },
  { role: 'state-officer-word', re: /\b(?:Det|Sgt|Lt|Cpl|Tpr|Inv|Ofc|Capt)\.(?=\s+[A-Z])|\bDetective\b|\bTrooper\b|\b(?:Deputy\s+)?Sheriff\b|\bpeace\s+officer\b|\bPolice\s+Officer\b|\bSergeant\b|\bLieutenant\b|\bCorporal\b|\bpatrol\s+officer\b|\bState\s+(?:investigative|law\s+enforcement)\s+(?:or\s+(?:investigative|law\s+enforcement)\s+)?officer\b/i },
  { role: 'officer', re: /\bSpecial\s+Agent\b|\bTask\s+Force\s+(?:Officer|Agent)\b|\bTFO\b|\bDeputy\s+(?:United\s+States\s+|U\.\s?S\.\s+)?Marshal\b|\b(?:Postal\s+)?Inspector\b|\b(?:federal\s+)?agent\b|\bInvestigator\b|\b(?:investigative|law\s+enforcement)\s+(?:or\s+(?:investigative|law\s+enforcement)\s+)?officer\b|\bOfficer\b/i },
];

interface RoleHit {
  role: ApplicantRole;
  isAttorney: boolean;
  at: number;
  /** The title as written ("Special Agent", "Assistant United States Attorney"). */
  title?: string;
}

function roleOf(phrase: string, state: boolean): RoleHit | undefined {
  let best: RoleHit | undefined;
  for (const { role, re } of ROLE_PATTERNS) {
    const m = re.exec(phrase);
    if (!m) continue;
    let r: ApplicantRole;
    let isAttorney = true;
    switch (role) {
      case 'attorney':
        r = state ? 'state-prosecutor' : /\bfor\s+the\s+(?:Government|United\s+States)|undersigned/i.test(phrase) ? 'attorney-for-government' : 'unknown';
        break;
      case 'doj-attorney':
        r = state ? 'state-prosecutor' : 'doj-attorney';
        break;
      case 'ausa':
      case 'attorney-for-government':
        r = state ? 'state-prosecutor' : role;
        break;
      case 'state-prosecutor':
        r = 'state-prosecutor';
        break;
      case 'state-officer-word':
        r = 'state-officer';
        isAttorney = false;
        break;
      case 'officer':
        r = state ? 'state-officer' : 'federal-agent';
        isAttorney = false;
        break;
      default:
        r = role;
    }
    // a more specific attorney title at the same place wins over the bare word "attorney"
    if (!best || m.index < best.at || (m.index === best.at && best.role === 'unknown')) best = { role: r, isAttorney, at: m.index, title: m[0].trim() };
  }
  return best;
}

const NAME_WORD = String.raw`(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z][a-z]*[A-Z][a-z]+|[A-Z]\.|[A-Z]{2,}(?:[-'’][A-Z]+)*)`;
const NAME_PARTICLE = String.raw`(?:van|von|de|del|della|da|di|la|le|du|der|den|bin|al|St\.)`;
// a template token where the name goes: [AUSA NAME], {AUSA}, <<AUSA>> (read as "<>"), (insert name), ______
const NAME_TOKEN = String.raw`\[[^\]\n]{1,40}\]|\{[^{}\n]{1,40}\}|<<[^<>\n]{1,40}>>|<>|\((?:insert|enter|add|name)\b[^()\n]{0,40}\)|_{3,}`;
const SIGNATURE_NAME_TOKEN = new RegExp(String.raw`^(?:${NAME_TOKEN})$`);
const PERSON_NAME = new RegExp(String.raw`(?:${NAME_TOKEN}|${NAME_WORD}(?:\s+(?:${NAME_PARTICLE}\s+)?${NAME_WORD}){1,4})`);
const NAME_STOP = new Set(
  (
    'the united states america assistant attorney attorneys district government court special agent agents department office division bureau ' +
    'federal investigation investigations police criminal rule fed homeland security drug enforcement administration task force officer ' +
    'detective deputy marshal marshals service county state states commonwealth people section unit field honorable hon judge magistrate ' +
    'supreme northern southern eastern western middle central north south east west applicant undersigned counsel trial general justice ' +
    'prosecutor solicitor sheriff trooper sergeant lieutenant inspector investigator postal secret revenue internal customs immigration ' +
    'border patrol protection criminal respectfully submitted dated signed executed sworn subscribed before me notary public bar no duty ' +
    'application order affidavit declaration verification jurat affirmation target telephone account provider chief senior executive first ' +
    'i we it this that of for and in on at by through with u.s. s.d. d. n.d. e.d. w.d. m.d. c.d. new york alcohol tobacco firearms ' +
    'explosives marshals dea fbi atf hsi usss usms ice irs cbp nypd ausa sa tfo ada aag gov government\'s office\'s'
  ).split(/\s+/),
);

/** A person's name in a phrase, read at the places names go (start, after "I,", "by", a title). */
function nameIn(phrase: string): { name: string; at: number; placeholder: boolean } | undefined {
  const places: RegExp[] = [
    /^\s*(?:I,\s*)?/,
    /\b(?:by\s+and\s+through|through|by|undersigned),?\s+(?:(?:its|his|her|their)\s+)?(?:(?:undersigned\s+)?(?:attorneys?|counsel),?\s+)?|\b(?:its|his|her|their)\s+(?:undersigned\s+)?(?:attorneys?|counsel),?\s+/g,
    /\b(?:Attorney|AUSA|Agent|Officer|Detective|Investigator|Inspector|Trooper|Sergeant|Lieutenant|Marshal|Sheriff|Counsel|Prosecutor|(?:Det|Sgt|Lt|Cpl|Tpr|Inv|Ofc|Capt)\.|[Aa]pplicant(?:\s+is|,|\s*:)?)\s*/g,
  ];
  const candidates: Array<{ name: string; at: number; placeholder: boolean }> = [];
  for (const place of places) {
    place.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = place.exec(phrase))) {
      const at = m.index + m[0].length;
      const rest = phrase.slice(at, at + 80);
      const n = PERSON_NAME.exec(rest);
      if (n && n.index === 0) {
        const name = n[0].replace(/[,.]$/, '').trim();
        const placeholder = /^[[{<(_]/.test(name);
        if (placeholder || isPersonName(name)) candidates.push({ name, at, placeholder });
      }
      if (!place.global) break;
      if (m[0].length === 0) place.lastIndex++;
    }
  }
  candidates.sort((a, b) => a.at - b.at);
  return candidates[0];
}

function isPersonName(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 6) return false;
  if (!words.every((w) => /^[A-Z][A-Za-z'’.-]*$/.test(w) || new RegExp(`^${NAME_PARTICLE}$`).test(w))) return false;
  const meaningful = words.filter((w) => !/^[A-Z]\.$/.test(w));
  if (!meaningful.length) return false;
  return words.every((w) => !NAME_STOP.has(w.toLowerCase().replace(/[,.]$/, '')) || /^[A-Z]\.$/.test(w) || new RegExp(`^${NAME_PARTICLE}$`).test(w));
}

// The verbs of applying. "The Order applies to …" is excluded by requiring a person or the Government as subject.
const APPLY_VERB =
  /\b(?:hereby\s+|respectfully\s+|now\s+)?(?:applies|apply|moves|move|petitions|petition|makes\s+(?:this|the\s+(?:instant|present|following|within)|an?)\s+(?:[\w-]+\s+){0,2}?application|make\s+(?:this|the\s+(?:instant|present|following|within)|an?)\s+(?:[\w-]+\s+){0,2}?application|submits?\s+(?:this|the\s+(?:instant|present|following|within))\s+(?:[\w-]+\s+){0,2}?application|respectfully\s+(?:submits?|requests?|shows?|represents?)|(?:requests?|asks?|seeks?)\s+(?:that\s+)?(?:this\s+|the\s+)?(?:Court|an?\s+Order|entry|issuance|authori[sz]ation)|brings?\s+this\s+(?:[\w-]+\s+)?application|files?\s+(?:this|the\s+(?:instant|present|following|within))\s+(?:[\w-]+\s+){0,2}?application|presents?\s+this\s+(?:[\w-]+\s+)?application|seeks?\s+an?\s+order)\b/i;
const SUBJECT_OK = /\b(?:I|undersigned|applicant|United\s+States|Government|People|State\s+of|Commonwealth|Attorney|AUSA|counsel|Agent|Officer|Detective|Investigator|Inspector|Trooper|Sheriff|Prosecutor|Marshal)\b|^\s*(?:Det|Sgt|Lt|Cpl|Tpr|Inv|Ofc|Capt)\.\s|^\s*\[|^\s*(?:[A-Z][a-z]+|[A-Z]{2,})[\s,]|^\s*(?:She|He|They)\s*$|^\s*(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z]/;
const SUBJECT_BAD = /\b(?:Order|order|section|statute|provision|exception|Rule|rule|requirement|subsection|paragraph|which|this\s+Court|the\s+Court)\b/;
const APPLICANT_IS = /\b(?:the\s+)?applicant\s*(?:is|,|:|shall\s+be|in\s+this\s+matter\s+is)\s+|^\s*Applicant\s+(?=[A-Z][a-z])/i;
const PASSIVE_APPLICATION =
  /\b(?:this|the\s+(?:instant|present|within|foregoing))\s+(?:[\w-]+\s+){0,2}?application\b[^.;]{0,160}?\b(?:is|was|has\s+been)\s+(?:hereby\s+|respectfully\s+)?(?:made|submitted|filed|presented|brought|sworn\s+to|signed)\s+by\s+/i;
// (the white space after the label is read by one `\s*` unless a colon splits it: two in a row were quadratic)
const APPLICANT_LABEL = /^\s*(?:the\s+)?applicant(?:'s|’s)?(?:\s+(?:name|identity|and\s+title))?\s*(?::\s*)?$/i;
const FIRST_PERSON_ROLE = /^\s*(?:\d+\.\s*)?I\s+(?:am|have\s+been|serve\s+as|work\s+as)\s+(?:employed\s+as\s+)?(?:an?|the)\s+/;
const OPENER_VERB = /\b(?:being\s+(?:first\s+)?duly\s+sworn|affirms?|declares?|states?|deposes?|swears?|certifies|avers?|alleges?|says)\b/;

// "Cordelia Roe is an Assistant United States Attorney …", "Jane Roe has served as a Special Agent …": a person the
// application describes, whom a later "She makes this application" or "The applicant moves" refers back to. (It reads
// stripLabel's text, which starts with no white space, so no leading `\s*`; and the name never starts more than 4
// white-space characters before the end of a run, `(?!\s{5})`: every name that starts further back is a name starting 4
// back with the same words, tried first. Handing a long run back from "the" or "Special Agent" to the name and the
// `\s+` after it was quadratic.)
const THIRD_PERSON_ROLE = /^(?:the\s+)?(?:undersigned,\s+)?(?:(?:AUSA|SAUSA|Special\s+Agent|Detective|Investigator|Officer|Trooper)\s+)?(?!\s{5})([^,;]{3,60}?)(?:,\s+[^,;]{1,80},)?\s+(?:is|has\s+been|serves\s+as|works\s+as|was\s+appointed|is\s+employed\s+as)\s+(?:(?:duly\s+)?(?:employed|appointed|sworn|assigned|commissioned)\s+as\s+)?(?:an?|the)\s+/i;
// the words that refer back to that person
const PERSON_ANAPHOR = /^\s*(?:she|he|they|her|him|them|(?:the\s+|your\s+|said\s+)?applicant|(?:the\s+)?undersigned\s+applicant|(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][\w'’-]+|(?:AUSA|SAUSA|Agent|Officer|Detective|Attorney|Prosecutor|Investigator|Trooper)\s+[A-Z][\w'’-]+)\s*$/i;
// "As such, she is an attorney for the Government and", "In that capacity he": a pronoun as the subject after a short
// introductory phrase
const PRONOUN_SUBJECT = /^\s*(?:[A-Za-z'’-]+,?\s+){0,5}?(she|he|they)\b(?:\s+(?:is|has\s+been|serves\s+as|also)\b[^;]{0,200})?$/i;
// a label that makes the next sentence name the applicant: "1. Applicant. Jane Roe is …", "Applicant: …"
const APPLICANT_HEAD = /^\s*(?:the\s+)?applicant\s*(?:[.:—–-]\s*)?$/i;
// "Applicant declares under penalty of perjury …", "The applicant certifies …": the signer of the closing is the applicant
const APPLICANT_DECLARES = /^\s*(?:I,\s+)?(?:the\s+|your\s+|said\s+)?(?:undersigned\s+)?applicant(?:,[^,]{1,60},)?,?\s+(?:hereby\s+|further\s+|also\s+)?(?:declares?|certif(?:y|ies)|swears?|affirms?|verif(?:y|ies)|states?|avers?|attests?)\b/i;

interface Described {
  name: string;
  role?: RoleHit;
  sentence: number;
  span: Span;
  /** Introduced right after the label "Applicant." */
  labelled: boolean;
}

interface Persona {
  name?: string;
  namePlaceholder?: boolean;
  role?: RoleHit;
  span?: Span;
}

/**
 * The capitalised word `s` ends on ("Roe" in "Special Agent Roe"), from its first capital: what
 * `/([A-Z][\w'’-]+)\s*$/.exec(s)?.[1]` gives, read from the end (the pattern was retried from every capital of a long
 * word: quadratic).
 */
export function capitalisedWordAtEnd(s: string): string | undefined {
  let end = s.length;
  while (end > 0 && isSpace(s[end - 1])) end--;
  let start = end;
  while (start > 0 && /[\w'’-]/.test(s[start - 1])) start--;
  for (let i = start; i < end - 1; i++) if (s[i] >= 'A' && s[i] <= 'Z') return s.slice(i, end);
  return undefined;
}

/** The text before the verb, with list labels ("¶ 1.", "1.", "Applicant.") removed. */
function stripLabel(text: string): { text: string; offset: number } {
  const m = /^\s*(?:¶+\s*)?(?:\(?\d+[.)]|\(?[a-z][.)]|[IVX]+\.)?\s*/.exec(text);
  const off = m ? m[0].length : 0;
  return { text: text.slice(off), offset: off };
}

// What one sentence's words say of the applicant, kept on the sentence (engine/memo.ts); the readers below are the
// parts of extractApplicants that read nothing but the sentence (the jurisdiction, the sentences around, the persona
// and the signatures stay there).

/** "I, Jane Roe, …" or "I am a Special Agent …": the sentence says who the speaker is. */
const speaksOfSelf = onSentence((text: string): boolean => {
  const stripped = stripLabel(text).text;
  return /^\s*I,\s+/.test(stripped) || FIRST_PERSON_ROLE.test(stripped);
});

/** "I, Jane Roe, a Special Agent …, affirms", "JANE ROE, an attorney …, states": the opener names the speaker
 *  before its verb (what extractApplicants' opener reading needs of the words alone). */
const namesSpeaker = onSentence((full: string): boolean => {
  const { text } = stripLabel(full);
  if (!OPENER_VERB.test(text)) return false;
  const subject = text.slice(0, text.search(OPENER_VERB));
  if (!/^\s*I,|^\s*[A-Z]/.test(subject) || /\b(?:Court|Order)\b/.test(subject)) return false;
  const n = nameIn(subject);
  return Boolean(n && n.at <= 60);
});

/** "Jane Roe is an Assistant United States Attorney …": the person named, and the length of the words naming and
 *  describing them (in the text after the label, which starts at `offset`). */
const thirdPersonOf = onSentence((full: string): { name: string; offset: number; length: number } | undefined => {
  const { text, offset } = stripLabel(full);
  const m = THIRD_PERSON_ROLE.exec(text);
  if (!m) return undefined;
  const n = nameIn(text.slice(0, m[0].length));
  if (!n || n.at > 30) return undefined;
  return { name: n.name, offset, length: m[0].length };
});

/** The words before a verb of applying, "The applicant is …", or the agent of a passive "application is made by"
 *  (`subjectAt` in the text after the label). */
const applicantSubjectOf = onSentence((full: string): { subject: string; subjectAt: number; via: Applicant['via'] } | undefined => {
  const { text } = stripLabel(full);
  let subject: string | undefined;
  let subjectAt = 0;
  let via: Applicant['via'] = 'applies';
  const verb = APPLY_VERB.exec(text);
  if (verb) {
    // "Special Agent Roe of HSI, and respectfully moves": the conjunction is not part of the subject
    subject = text.slice(0, verb.index).replace(/(?<![\s,])(?:[\s,]+(?:and|who|hereby))?[\s,]+$/, '');
    subjectAt = 0;
    // "Comes now the United States …"
    subject = subject.replace(/^(?:COMES\s+NOW|NOW\s+COMES|Comes\s+now|Now\s+comes)\s+/, (x) => {
      subjectAt += x.length;
      return '';
    });
    // "Pursuant to 18 U.S.C. § 3122, Assistant U.S. Attorney Jane Roe applies …"
    subject = subject.replace(/^(?:Pursuant\s+to|Under|In\s+accordance\s+with|By\s+this\s+application,?)\s+[^,]{1,80},\s*/i, (x) => {
      subjectAt += x.length;
      return '';
    });
    if (!subject || subject.length > 400 || SUBJECT_BAD.test(subject) || !SUBJECT_OK.test(subject)) subject = undefined;
  }
  if (!subject) {
    const is = APPLICANT_IS.exec(text);
    // "The applicant is AUSA Jane Roe", "The applicant, Jane Roe, is …", "Applicant: Jane Roe" — not "the applicant is
    // informed by Special Agent Doe that …"
    const after = is ? text.slice(is.index + is[0].length) : '';
    const describes = /^(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:attorney|counsel|prosecutor|officer|agent|detective|investigator|inspector|trooper|deputy|Assistant|Special|Trial|United|State|District|duly)\b|^(?:Assistant|Special|Trial|Deputy|Detective|Officer|Agent|Inspector|Investigator|Trooper|Sergeant|AUSA|SAUSA|ADA|\[)|^(?:[A-Z][a-z]+|[A-Z]{2,})(?:\s+[A-Z]\.)?\s+[A-Z]/;
    if (is && is.index < 20 && describes.test(after)) {
      via = 'applicant-is';
      subjectAt = is.index;
      const rest = text.slice(is.index);
      const stop = rest.search(/[;]|\.\s|\.$/);
      subject = stop > 0 ? rest.slice(0, stop) : rest;
    }
  }
  if (!subject) {
    // the passive: "This application is made by Assistant United States Attorney Jane Roe …"
    const by = PASSIVE_APPLICATION.exec(text);
    if (by) {
      const rest = text.slice(by.index + by[0].length);
      const stop = rest.search(/(?<!\s)\s+(?:for|pursuant|under|in\s+support|to\s+(?:this|the)\s+Court|requesting|seeking)\b|[;]|\.\s|\.$/);
      subject = stop > 0 ? rest.slice(0, stop) : rest.slice(0, 200);
      subjectAt = by.index + by[0].length;
    }
  }
  return subject ? { subject, subjectAt, via } : undefined;
});

/** A table cell labelled "Applicant" (the next cell of its row names the applicant). */
const labelsApplicant = memoOnBlock((b: TextBlock) => APPLICANT_LABEL.test(b.text));

/** "Applicant declares under penalty of perjury …": the signer of the closing is the applicant. */
const applicantDeclaresIn = onSentence((text: string) => APPLICANT_DECLARES.test(stripLabel(text).text) && /\b(?:perjury|foregoing|true\s+and\s+correct|under\s+oath|1746)\b/i.test(text));

function extractApplicants(base: DraftBase, sentences: Sentence[], cues: Cues, signatures: SignatureBlock[]): Applicant[] {
  const state = base.jurisdiction === 'state';
  const applicants: Applicant[] = [];
  // the first-person speaker: "I, Jane Roe, a Special Agent …", "JANE ROE, an attorney …, affirms", "I am an ADA"
  const persona: Persona = {};
  // (only a sentence that starts "I, …" or "I am a …", or in the opener names the speaker before "affirms", says
  // anything of the speaker)
  const opener: number[] = [];
  for (let i = 0; i < Math.min(40, sentences.length); i++) if (namesSpeaker(sentences[i]) || speaksOfSelf(sentences[i])) opener.push(i);
  for (const i of [...opener, ...cues.with(CUE.self).filter((i) => i >= 40)]) {
    const s = sentences[i];
    const { text, offset } = stripLabel(s.text);
    if (i < 40 && OPENER_VERB.test(text)) {
      const verbAt = text.search(OPENER_VERB);
      const subject = text.slice(0, verbAt);
      if (/^\s*I,|^\s*[A-Z]/.test(subject) && !/\b(?:Court|Order)\b/.test(subject)) {
        const n = nameIn(subject);
        if (n && n.at <= 60 && !persona.name) {
          persona.name = n.name;
          persona.namePlaceholder = n.placeholder;
          persona.span = { start: s.toSource(offset), end: s.toSource(offset + subject.replace(/(?<![\s,])[\s,]+$/, '').length) };
          const r = roleOf(subject, state);
          if (r && !persona.role) persona.role = r;
        }
      }
    }
    // "I, Jane Roe, am an Assistant United States Attorney …"
    const iName = /^\s*I,\s+/.exec(text);
    if (iName && !persona.name) {
      const n = nameIn(text.slice(0, 80));
      if (n && n.at <= 4) {
        persona.name = n.name;
        persona.namePlaceholder = n.placeholder;
        const r = roleOf(text.slice(0, 200), state);
        if (r && !persona.role) persona.role = r;
        persona.span = { start: s.toSource(offset), end: s.toSource(offset + Math.min(text.length, (text.indexOf(',', iName[0].length + n.name.length + 1) + 1 || text.length))) };
      }
    }
    const fp = FIRST_PERSON_ROLE.exec(text);
    if (fp) {
      const r = roleOf(text.slice(fp[0].length, fp[0].length + 120), state);
      // an attorney title outranks an officer title said of the same person
      if (r && (!persona.role || (!persona.role.isAttorney && r.isAttorney) || persona.role.role === 'unknown')) persona.role = r;
      if (!persona.span) persona.span = { start: s.start, end: s.end };
    }
  }
  const signer = signatures.find((b) => b.names.length) ?? signatures[0];
  const described: Described[] = [];
  /** The described person introduced right after the label "Applicant.", by sentence index. */
  const labelledAt = new Map<number, Described>();
  for (const i of cues.with(CUE.thirdPerson)) {
    const s = sentences[i];
    const third = thirdPersonOf(s);
    if (!third) continue;
    const { offset, length: end, name } = third;
    const text = s.text.slice(offset);
    const role = roleOf(text.slice(end, end + 160), state) ?? roleOf(text.slice(0, end), state);
    // only someone who could apply: "Marta Ilves is the owner of the telephone" describes no applicant
    if (!role || role.role === 'unknown') continue;
    const prev = sentences[i - 1];
    const labelled = !!prev && prev.block === s.block && APPLICANT_HEAD.test(stripLabel(prev.text).text);
    const d: Described = { name, role, sentence: i, span: { start: s.toSource(offset), end: s.toSource(offset + end) }, labelled };
    described.push(d);
    if (labelled) labelledAt.set(i, d);
  }
  /** The person a pronoun, "the applicant" or a surname in sentence `i` refers back to: the nearest one described before it. */
  const referent = (i: number, phrase: string): Described | undefined => {
    const surname = capitalisedWordAtEnd(phrase.trim());
    const bySurname = /^(?:she|he|they|her|him|them|the|your|said|applicant|undersigned)$/i.test(surname ?? '') ? undefined : surname;
    // (described is in sentence order: a binary search for those before, and only the nearest fifty, keep this linear)
    const lo = partitionPoint(described.length, (k) => described[k].sentence < i);
    const before = described.slice(Math.max(0, lo - 50), lo);
    if (bySurname) return before.reverse().find((d) => d.name.split(/\s+/).pop() === bySurname);
    // a pronoun reaches back a few sentences, "the applicant" to anyone the application introduced; of several people
    // described, the attorney is the one who applies (an agent described beside an AUSA supports the application)
    const reach = /^\s*(?:she|he|they|her|him|them)\b/i.test(phrase) ? before.filter((d) => i - d.sentence <= 3) : before;
    return [...reach].reverse().find((d) => d.role?.isAttorney) ?? reach[reach.length - 1];
  };


  // the sentences that may name the applicant: a subject of applying, the cell after one labelled "Applicant", the
  // person described after the label "Applicant."
  const naming = [...cues.with(CUE.applicantSubject), ...cues.with(CUE.applicantCell).map((i) => i + 1), ...labelledAt.keys()];
  const visit = [...new Set(naming)].filter((i) => i < sentences.length).sort((x, y) => x - y);
  for (const si of visit) {
    const s = sentences[si];
    const said = applicantSubjectOf(s);
    // a form's table: | Applicant | Jane Roe, Assistant United States Attorney … |
    let prev: Sentence | undefined;
    const labelledCell =
      !said &&
      s.block.kind === 'tableCell' &&
      s === s.block.sentences[0] &&
      (prev = sentences[si - 1]) !== undefined &&
      prev.block.kind === 'tableCell' &&
      prev.block.tableRow === s.block.tableRow &&
      prev.block.topIndex === s.block.topIndex &&
      labelsApplicant(prev.block);
    if (!said && !labelledCell && !labelledAt.has(si)) continue;
    const { text, offset } = stripLabel(s.text);
    let subject = said?.subject;
    let subjectAt = said?.subjectAt ?? 0;
    let via: Applicant['via'] = said?.via ?? 'applies';
    if (labelledCell) {
      via = 'applicant-is';
      subject = text.slice(0, 300);
    }
    if (!subject) {
      // "1. Applicant. Jane Roe is an Assistant United States Attorney …"
      const d = labelledAt.get(si);
      if (d) {
        applicants.push({ start: d.span.start, end: d.span.end, text: text.slice(0, d.span.end - d.span.start), name: d.name, role: d.role?.role ?? 'unknown', title: d.role?.title, isAttorney: d.role?.isAttorney ?? false, via: 'applicant-is', sentence: s, block: s.block });
      }
      continue;
    }
    // "The United States, by Jane Roe, AUSA, …": the attorney named after "by"/"through" is the applicant
    let phrase = subject;
    let phraseAt = subjectAt;
    const agentOf = /^(?:The\s+)?(?:United\s+States(?:\s+of\s+America)?|Government|People\s+of\s+the\s+State\s+of\s+[A-Z][\w ]{0,30}?|State\s+of\s+[A-Z][\w ]{0,30}?|Commonwealth\s+of\s+[A-Z][\w ]{0,30}?)\s*(?:,\s*)?(?:by\s+and\s+through|through|by)\s+/i.exec(subject);
    if (agentOf) {
      phrase = subject.slice(agentOf[0].length);
      phraseAt = subjectAt + agentOf[0].length;
    } else {
      // "Special Agent Roe of the FBI, through the undersigned Assistant United States Attorney Jane Doe, applies": the
      // attorney through whom the application is made is the one making it
      const through = /(?:,|(?<!\s))\s+(?:by\s+and\s+through|through)\s+/i.exec(subject.slice(0, 200));
      const rest = through ? subject.slice(through.index + through[0].length) : '';
      if (through && roleOf(rest.slice(0, 160), state)?.isAttorney) {
        phrase = rest;
        phraseAt = subjectAt + through.index + through[0].length;
      }
    }
    // cut at clauses about someone else ("on information provided by Special Agent …")
    const cut = phrase.search(/\b(?:based\s+(?:up)?on|on\s+(?:the\s+)?(?:basis|information)|upon\s+information|relying\s+on|supported\s+by|with\s+the\s+(?:assistance|affidavit)|at\s+the\s+(?:request|direction)\s+of|and\s+(?:with|through)\s+the\s+affidavit)\b/i);
    if (cut > 0) phrase = phrase.slice(0, cut).replace(/(?<![\s,])[\s,]+$/, '');
    const sworn = phrase.search(/(?:,|(?<![\s,]))\s*(?:being\s+(?:first\s+)?duly\s+sworn|under\s+oath|hereby)\b/i);
    if (sworn > 0) phrase = phrase.slice(0, sworn).replace(/(?<![\s,])[\s,]+$/, '');
    const firstPerson = /^\s*I\b|^\s*(?:the\s+)?undersigned\b/i.test(phrase) || /\bits\s+undersigned\b/i.test(phrase);
    const n = nameIn(phrase);
    let role = roleOf(phrase, state);
    let name = n?.name;
    let namePlaceholder = n?.placeholder;
    if (firstPerson) {
      if (!name && persona.name) ({ name, namePlaceholder } = persona);
      if (persona.role && (!role || role.role === 'unknown' || (role.isAttorney === false && persona.role.isAttorney === false))) role = persona.role;
      if (/undersigned/i.test(phrase) && signer) {
        if (!name && signer.names.length) name = signer.names[0];
        const signerRole = signer.roles.find(isAttorneyRole) ?? signer.roles[0];
        if ((!role || role.role === 'unknown') && signerRole) role = { role: signerRole, isAttorney: isAttorneyRole(signerRole), at: 0 };
      }
    }
    // "She makes this application", "The applicant moves …", "Ms. Roe applies": the person described before
    let referred: Described | undefined;
    const pronoun = !name && !PERSON_ANAPHOR.test(phrase) ? PRONOUN_SUBJECT.exec(phrase)?.[1] : undefined;
    if (!name && (PERSON_ANAPHOR.test(phrase) || pronoun)) {
      referred = referent(si, pronoun ?? phrase);
      if (referred) {
        name = referred.name;
        namePlaceholder = false;
        if (referred.role && (!role || role.role === 'unknown' || role.isAttorney === referred.role.isAttorney)) role = referred.role;
      }
    }
    // "The United States" or "The Government" alone, with nobody named or described, identifies no applicant
    if (!name && !role) continue;
    const a = phraseAt + offset;
    const b = a + phrase.length;
    // "I make this application": the words naming the applicant are in the opener ("Task Force Officer Bryce Hallam, …")
    const usePersona = firstPerson && /^\s*I\s*$/.test(phrase) && persona.span;
    applicants.push({
      start: usePersona ? persona.span!.start : s.toSource(a),
      end: usePersona ? persona.span!.end : s.toSource(b),
      text: phrase,
      name,
      namePlaceholder,
      role: role?.role ?? 'unknown',
      title: role?.title,
      isAttorney: role?.isAttorney ?? false,
      via,
      sentence: s,
      block: s.block,
    });
  }
  // Signature lines labelled "Applicant"; and, when nobody in the text is named, the signer of the closing.
  // (the declaration the signature attests, not any "the applicant certifies that the information …")
  const applicantDeclares = cues.with(CUE.applicantDeclares).length > 0;
  for (const sig of signatures) {
    // "Applicant declares under penalty of perjury …" above a signature: the signer is the applicant
    const labelled = sig.applicantLabel || (applicantDeclares && sig.names.length > 0);
    // an attorney signing the application's closing submits it, named or not
    const attorneySigns = sig.roles.some(isAttorneyRole);
    const anyNamed = applicants.some((x) => x.name);
    if (!labelled && !attorneySigns && (anyNamed || !sig.names.length)) continue;
    if (!labelled && !attorneySigns && !applicants.some((x) => x.via === 'applies' || x.via === 'applicant-is')) continue;
    const role = (attorneySigns ? sig.roles.find(isAttorneyRole) : sig.roles[0]) ?? 'unknown';
    applicants.push({
      start: sig.start,
      end: sig.end,
      text: sig.lines.join(' / '),
      name: sig.names[0],
      role,
      isAttorney: isAttorneyRole(role),
      via: 'signature',
    });
  }
  return applicants;
}

function isAttorneyRole(role: ApplicantRole): boolean {
  return role === 'ausa' || role === 'attorney-for-government' || role === 'doj-attorney' || role === 'state-prosecutor';
}

// ---------------------------------------------------------------------------------------------------------------
// Closing and signatures

const CLOSING_LINE = /^\s*(?:Respectfully\s+submitted|Dated?\s*:|\/s\/|s\/|Signed\s*:|By\s*:|Subscribed\s+and\s+sworn|Sworn\s+to|SWORN\s+TO|Executed\s+on|_{3,})/i;
const CLOSING_DATE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+day\s+of\s+[A-Z][a-z]+,?\s+\d{4}\b/;
const COURT_LINE = /\b(?:Judge|Justice|Magistrate|Clerk|Notary|Commissioner)\b/i;

function readSignatures(base: DraftBase, blocks: TextBlock[], state: boolean): { signatures: SignatureBlock[]; closingStart?: number; closingDate?: string } {
  const signatures: SignatureBlock[] = [];
  let closingStart: number | undefined;
  let closingDate: string | undefined;
  // the closing is the run of short, unnumbered paragraphs at the end of the part
  const tail: TextBlock[] = [];
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b.kind !== 'paragraph' || b.listItem || b.inBlockquote) break;
    const raw = base.text.slice(b.start, b.end);
    // a signature line ("__________") keeps its underscores; asked once per line (per character is quadratic)
    const lines = raw
      .split(/\\?\r?\n/)
      .map((l) => {
        const keepUnderscores = /_{3,}/.test(l);
        return l.replace(/[*_`]/g, (c) => (c === '_' && keepUnderscores ? c : '')).trim();
      })
      .filter(Boolean);
    // signature lines are short labels, not sentences ("The applicant is informed by Special Agent Doe that …")
    const short = lines.every((l) => l.length <= 120 && l.split(/\s+/).length <= 10 && !/(?<![a-z])[a-z]{2,}\.\s*$/.test(l.replace(/\b(?:No|Esq|Jr|Sr|Inc|Ave|St)\.\s*$/, '')));
    const nameLine = (l: string) => isPersonName(l.replace(/^(?:\/s\/|s\/)\s*/, '')) || (/^[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){1,3}$/.test(l) && isPersonName(titleCase(l)));
    const closing =
      lines.some((l) => CLOSING_LINE.test(l)) ||
      (short && lines.length <= 8 && lines.some((l) => roleOf(l, state) || COURT_LINE.test(l))) ||
      (tail.length > 0 && lines.length <= 2 && lines.every(nameLine));
    if (!closing || (!short && !CLOSING_LINE.test(lines[0]))) break;
    tail.unshift(b);
  }
  for (const b of tail) {
    const raw = base.text.slice(b.start, b.end);
    const lines = raw.split(/\\?\r?\n/).map((l) => l.replace(/\*\*|__|[*`]/g, '').trim()).filter(Boolean);
    const dated = /^(?:Dated?|Executed|Signed)\b/i.test(lines[0] ?? '') ? CLOSING_DATE.exec(lines[0]) : null;
    if (dated) closingDate ??= dated[0];
    // a jurat or the judge's block is the court's, not the applicant's
    if (lines.some((l) => COURT_LINE.test(l)) && !lines.some((l) => /\bApplicant\b/i.test(l))) {
      if (closingStart === undefined && /sworn|subscribed|affirmed/i.test(raw)) closingStart = b.start;
      continue;
    }
    if (closingStart === undefined && !/^\s*(?:I\s|The\s+undersigned)/.test(lines[0] ?? '')) closingStart = b.start;
    const names: string[] = [];
    const roles: ApplicantRole[] = [];
    for (const line of lines) {
      const clean = line.replace(/^(?:\/s\/|s\/|By\s*:)\s*/i, '').replace(/(?:,|(?<![\s,]))\s*Applicant\s*$/i, '').trim();
      const head = clean.split(',')[0].trim();
      // (a line of underscores in a signature block is where the signature goes, not a name)
      if (isPersonName(head) || (SIGNATURE_NAME_TOKEN.test(head) && !/^_+$/.test(head))) names.push(head);
      else if (/^[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){1,3}$/.test(head) && isPersonName(titleCase(head))) names.push(head);
      else {
        // "Special Agent Jane Roe, FBI, Applicant"
        const n = nameIn(head);
        if (n && !n.placeholder) names.push(n.name);
      }
      const r = roleOf(clean, state);
      if (r) roles.push(r.role);
    }
    if (!names.length && !roles.length) continue;
    const applicantLabel = lines.some((l) => /(?:^|,\s*)Applicant\s*$|^Applicant\s*:/i.test(l));
    // a signature written as separate short paragraphs ("JANE ROE" / "Assistant United States Attorney") is one block
    const prev = signatures[signatures.length - 1];
    if (prev && !prev.applicantLabel && !applicantLabel && !(prev.names.length && names.length && prev.roles.length && roles.length)) {
      prev.end = b.end;
      prev.names = [...new Set([...prev.names, ...names])];
      prev.roles.push(...roles);
      prev.lines.push(...lines);
      continue;
    }
    signatures.push({ start: b.start, end: b.end, names: [...new Set(names)], roles, lines, applicantLabel });
  }
  return { signatures, closingStart, closingDate };
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

// ---------------------------------------------------------------------------------------------------------------
// Certification

const CERTIFY_VERB =
  /\b(?:(?:hereby|further|also)\s+)?(?:certif(?:y|ies)|certified|(?:do|does)\s+(?:hereby\s+)?certify|states?|affirms?|represents?|avers?|attests?|declares?|asserts?|submits?|swears?|believes?)\b/i;
const RELEVANT = /\brelevan(?:t|ce)\b/i;
const INVESTIGATION = /\binvestigat(?:ion|ions|ing)\b/i;
const NOT_PRTT_RELEVANCE = /\b2703\s*\(d\)|\breasonable\s+grounds\b|\bspecific\s+and\s+articulable\b|\breasonable\s+suspicion\b|\bprobable\s+cause\b/i;
const MODAL = /^(?:may|might|could|can|would)$/i;
const HEDGE_ADVERB = /^(?:potentially|possibly|perhaps|arguably|conceivably|probably|likely|hopefully|maybe)$/i;
const HEDGE_VERB = /^(?:believed|expected|thought|anticipated|hoped|presumed|assumed|appears?|seems?)$/i;
// words that close the clause a modal belongs to: "information that may be obtained is relevant" is not hedged
// ("the pen register is likely to obtain information relevant to …": the likelihood is of obtaining, as in the statute)
const CLAUSE_BREAK = /^(?:is|are|was|were|will|shall|obtained|acquired|collected|gathered|recorded|obtain|acquire|collect|gather|record|capture|yield|produce|reveal|disclose|generate|that|which|who|and|or|by|from|through)$/i;

/** A hedge right before "relevant": "may prove", "could well be", "potentially", "is believed to be". */
function hedgeBefore(text: string, relAt: number): { index: number; 0: string } | undefined {
  const windowStart = Math.max(0, relAt - 60);
  const before = text.slice(windowStart, relAt);
  const words = [...before.matchAll(/[A-Za-z'-]+/g)];
  for (let k = words.length - 1, seen = 0; k >= 0 && seen < 5; k--, seen++) {
    const w = words[k][0];
    if (MODAL.test(w) || HEDGE_ADVERB.test(w) || HEDGE_VERB.test(w)) {
      const index = windowStart + words[k].index!;
      return { index, 0: text.slice(index, relAt) };
    }
    if (CLAUSE_BREAK.test(w) && !(/^(?:is|are)$/i.test(w) && k + 1 < words.length && HEDGE_VERB.test(words[k + 1][0]))) {
      // "is relevant": a plain copula right before "relevant" ends the search
      return undefined;
    }
  }
  return undefined;
}
const ONGOING = /\b(?:ongoing|on-going|continuing|active|pending|current|currently|presently|now\s+being|existing)\b/i;
// "criminal" by meaning: a crime named as what is investigated ("an ongoing drug-trafficking investigation")
const CRIME_WORD = String.raw`(?:narcotics|drugs?|heroin|fentanyl|cocaine|methamphetamine|trafficking|fraud|robbery|robberies|homicide|murder|shooting|kidnapping|extortion|sextortion|smuggling|laundering|firearms?|terrorism|stalking|theft|burglary|assault|racketeering|bribery|corruption|exploitation|carjacking|ransomware|intrusion|hacking|counterfeiting|threats?|arson|embezzlement|tax\s+evasion|child\s+pornography)`;
const CRIMINAL = new RegExp(
  String.raw`\bcriminal\b|\bcrimes?\b|\bfelon(?:y|ies)\b|\boffen[cs]es?\b|\bviolations?\s+of\b|\b${CRIME_WORD}\b[\w\s-]{0,25}\binvestigation\b|` +
    // "an ongoing investigation of wire fraud", "the investigation into the kidnapping of a child"
    String.raw`\binvestigations?\s+(?:of|into|concerning|regarding)\s+(?:[\w'’-]+\s+){0,5}?${CRIME_WORD}\b`,
  'i',
);
const LIKELY = /\blikely\s+to\s+be\s+(?:obtained|acquired|collected|gathered|produced|recorded|captured|derived)\b|\breasonably\s+likely\b/i;
const AGENCY_ANAPHOR = /\bby\s+the\s+(?:Task\s+Force|Agency|Investigating\s+Agency|Investigative\s+Agency|Bureau|Department|Service|Office|Division|Squad|Unit)\b|\b(?:that|this|said|the\s+(?:above|aforementioned|aforesaid|same|investigating|identified|named))(?:[\s-]+(?:named|identified|referenced|mentioned))?\s+(?:law\s+enforcement\s+)?agency\b|\bagency\s+(?:identified|named|referenced|described)\s+(?:above|in\s+paragraph)/i;
const INVESTIGATION_ANAPHOR = /\b(?:that|this|said|such|the\s+(?:above|foregoing|aforementioned|same))(?:[\s-]+(?:described|referenced|mentioned))?(?:\s+(?:ongoing|on-going|continuing|active|pending|current|criminal|federal|joint)){0,3}\s+investigation\b|\bthe(?:\s+(?:ongoing|on-going|continuing|active|pending|current|criminal|federal|joint)){0,3}\s+investigation\s*(?:[.;,]|$)|\binvestigation\s+(?:described|identified|referenced|set\s+out|set\s+forth)\s+(?:above|in\s+paragraph)/i;
// "being conducted by the MSP", "led by Metro Narcotics": a name the agency list does not know is still a name
const CONDUCTED_BY_NAME = /\b(?:conducted|led|run|carried\s+out|undertaken|pursued|investigated)\s+(?:jointly\s+|principally\s+|primarily\s+)?by\s+(?:the\s+)?(?!(?:Government|United\s+States|State|People|Commonwealth|applicant|undersigned)\b)[A-Z]/;
// a paragraph that is an enumerated item: "a. …", "(b) …", "3. …", "iv) …"
const ENUMERATED = /^\s*(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)])\s/i;
const draftText = (base: DraftBase, start: number, end: number) => base.text.slice(start, end).replace(/\s+/g, ' ');
const ABOUT_EARLIER = /\b(?:original|previous|prior|earlier|initial)\s+(?:application|order)\b/i;

// The applicant's own statement of relevance, without a certifying verb: the information is the subject of a
// relevance predicate ("The information sought could be relevant to …", "In addition, such data will be relevant …").
// How firmly it is said (is / could be / may prove) is the hedge's business, not whether it is a certification.
const INFO_NOUN = /\b(?:information|data|dialing|signaling|signalling|records?|results?|evidence)\b/i;
const RELEVANCE_PREDICATE =
  /\b(?:is|are|will|would|shall|should|may|might|could|can|must|appears?|seems?|remains?|proves?)\b(?:\s+[A-Za-z-]+){0,4}\s*$/i;
// someone other than the applicant reports it ("Special Agent Doe advised that the information …"); "Affiant" and
// "Your Applicant" in the application are the applicant
const THIRD_PARTY = /\b(?:Agents?|Officers?|Detectives?|Investigators?|Inspectors?|Troopers?|Sergeant|he|she|they|provider|Court)\b/;
const INTRO = /^(?:(?:In\s+addition|Additionally|Moreover|Further(?:more)?|Accordingly|Therefore|Thus|Consequently|Finally|Specifically|As\s+such|Based\s+(?:up)?on\s+[^,]{1,120}|For\s+(?:these|the\s+foregoing)\s+reasons|On\s+information\s+and\s+belief|To\s+the\s+best\s+of\s+[^,]{1,60}),\s*)/i;

// "It is anticipated that the information …", "It is respectfully submitted that …": the applicant's own voice, impersonally
const IMPERSONAL_LEAD = /^\s*It\s+is\s+(?:(?:respectfully|further|also|reasonably)\s+)?(anticipated|expected|believed|hoped|thought|likely|possible|probable|submitted)\s+that\b/i;

function statesRelevance(before: string): boolean {
  const { text } = stripLabel(before);
  const clause = text.slice(text.lastIndexOf(';') + 1).replace(INTRO, '');
  const predicate = RELEVANCE_PREDICATE.exec(clause);
  if (!predicate) return false;
  const subject = clause.slice(0, predicate.index);
  const noun = INFO_NOUN.exec(subject);
  if (!noun || noun.index > 80) return false;
  // the words before the information noun: an article and modifiers, or the applicant's own "I submit that"
  const lead = subject.slice(0, noun.index);
  if (THIRD_PARTY.test(lead)) return false;
  if (/\b(?:that|which|who)\s/i.test(lead) && !/^\s*(?:I|We|The\s+(?:applicant|undersigned|Government|United\s+States|State|People|Commonwealth))\b/i.test(lead) && !IMPERSONAL_LEAD.test(lead)) return false;
  return true;
}

const LAW_OF_CERTIFICATION = /\b(?:requires?|required|must|shall|if|finds?|finding|may|should)\b/i;
const WEAK_RELEVANCE =
  /\b(?:pertinent|material)\s+to\b|\bof\s+(?:(?:significant|substantial|great|investigative|some)\s+)?(?:value|use|assistance|importance)\s+(?:to|in)\b|\buseful\s+(?:to|in)\b|\b(?:assist|aid|help|further|advance|benefit)s?\b(?=[^.;]{0,60}\binvestigat)/i;

/** What a sentence's own words say of relevance and of the certification they may make, in the sentence's text
 *  (undefined: it cannot be a certification, whatever surrounds it). Offsets are `from`/`to`: indices in the text. */
interface RelevanceReading {
  /** Relevance in other words ("will assist", "is pertinent to"), not "relevant". */
  weak: boolean;
  /** A certifying verb before "relevant". */
  verb: boolean;
  /** "certified" said of an earlier application or order. */
  aboutEarlier: boolean;
  /** The law stated ("the applicant must certify …"): not a certification unless a lead-in or a label makes it one. */
  lawStated: boolean;
  /** The information's own relevance predicate, said without a certifying verb. */
  bare: boolean;
  /** The certified clause. */
  clauseFrom: number;
  clauseTo: number;
  /** Agencies the certification names start here or later (up to the clause's end). */
  agenciesFrom: number;
  relevanceWords?: string;
  likely: boolean;
  ongoing: boolean;
  criminal: boolean;
  agencyAnaphor: boolean;
  conductedByName: boolean;
  hedge?: { from: number; to: number; text: string };
}

const relevanceOf = onSentence((text: string): RelevanceReading | undefined => {
  if (!INVESTIGATION.test(text)) return undefined;
  // relevance in other words ("will assist the DEA's investigation", "is pertinent to") counts only as the
  // information's own predicate, and certifies less than "is relevant"
  const weak = RELEVANT.test(text) ? undefined : WEAK_RELEVANCE.exec(text);
  if (!RELEVANT.test(text) && !weak) return undefined;
  // a § 2703(d) or State-law showing ("specific and articulable facts … relevant and material") is another element
  if (NOT_PRTT_RELEVANCE.test(text) && !/\b3122\b/.test(text)) return undefined;
  const relAt = weak ? weak.index : text.search(RELEVANT);
  const before = text.slice(0, relAt);
  if (weak && !statesRelevance(before)) return undefined;
  // who says it: a certifying verb before "relevant" in this sentence (or, readCertifications asks, a lead-in
  // sentence ending with ":", or a heading / label saying "Certification")
  const verb = CERTIFY_VERB.exec(before);
  // "The information likely to be obtained … is relevant to an ongoing criminal investigation …" said by the
  // applicant in the application is the certification, even without the word "certifies"
  const bare = statesRelevance(before);
  const aboutEarlier = Boolean(verb && /certified/i.test(verb[0]) && ABOUT_EARLIER.test(text));
  // the law stated: "the Court shall enter an order if it finds that the attorney … has certified that …",
  // "§ 3122(b)(2) requires that the applicant certify …", "the applicant must certify …"
  const lawStated = Boolean(verb && LAW_OF_CERTIFICATION.test(before.slice(0, verb.index).replace(/^.*[,;]/, '')) && !/\bhereby\b/i.test(before));
  // the certified clause: after "that" following the verb (or the whole sentence)
  // (without a certifying verb the statement is the whole sentence, after its paragraph label "(d)", "4.")
  let clauseStartIdx = verb ? 0 : stripLabel(text).offset;
  if (verb) {
    const after = verb.index + verb[0].length;
    const that = /\bthat\b\s*/i.exec(text.slice(after, relAt));
    clauseStartIdx = that ? after + that.index + that[0].length : after;
    // "certifies, under 18 U.S.C. § 3122(b)(2), that"
  }
  let clauseEndIdx = text.length;
  const semi = text.indexOf(';', relAt);
  if (semi > 0) clauseEndIdx = semi;
  const clause = text.slice(clauseStartIdx, clauseEndIdx);
  const invAt = clause.search(INVESTIGATION);
  const relInClause = weak ? relAt - clauseStartIdx : clause.search(RELEVANT);
  const investigationPhrase = clause.slice(Math.max(0, relInClause), invAt >= 0 ? Math.min(clause.length, invAt + 200) : clause.length);
  let hedge: RelevanceReading['hedge'];
  const h = hedgeBefore(text, relAt);
  if (h && !weak) {
    const ha = h.index;
    const hb = relAt + (/^relevance/i.test(text.slice(relAt)) ? 'relevance'.length : 'relevant'.length);
    hedge = { from: ha + (h[0].length - h[0].trimStart().length), to: hb, text: text.slice(ha, hb).trim() };
  }
  const impersonal = IMPERSONAL_LEAD.exec(stripLabel(text).text);
  if (!hedge && impersonal && !/^submitted$/i.test(impersonal[1])) {
    const offset = stripLabel(text).offset;
    hedge = { from: offset + impersonal.index, to: offset + impersonal[0].length, text: impersonal[0].trim() };
  }
  if (!hedge && /\b(?:may|might|could)\s+(?:be\s+)?of\s+(?:some\s+)?relevance\b/i.test(text)) {
    const m = /\b(?:may|might|could)\s+(?:be\s+)?of\s+(?:some\s+)?relevance\b/i.exec(text)!;
    hedge = { from: m.index, to: m.index + m[0].length, text: m[0] };
  }
  const reading: RelevanceReading = {
    weak: Boolean(weak),
    verb: Boolean(verb),
    aboutEarlier,
    lawStated,
    bare,
    clauseFrom: clauseStartIdx,
    clauseTo: clauseEndIdx,
    agenciesFrom: clauseStartIdx + Math.max(0, relInClause),
    likely: LIKELY.test(clause),
    ongoing: ONGOING.test(investigationPhrase),
    criminal: CRIMINAL.test(investigationPhrase) || CRIMINAL.test(clause.slice(0, Math.max(0, invAt)).slice(-40)),
    agencyAnaphor: AGENCY_ANAPHOR.test(clause),
    conductedByName: CONDUCTED_BY_NAME.test(clause),
  };
  if (weak) reading.relevanceWords = text.slice(RELEVANCE_PREDICATE.exec(before)?.index ?? relAt, relAt + weak[0].length).trim();
  if (hedge) reading.hedge = hedge;
  return reading;
});

/** A lead-in sentence that certifies what follows ("The applicant certifies as follows:"). */
const leadsInCertification = onSentence((text: string) => /:\s*$/.test(text) && CERTIFY_VERB.test(text));
/** A paragraph label "Certification." (or "3. Relevance certification."). */
const labelsCertification = onSentence((text: string) => /^\s*(?:\d+\.\s*)?(?:\w+\s+){0,3}certification\.?\s*$/i.test(text));

function readCertifications(
  sentences: Sentence[],
  cues: Cues,
  mentionsOf: (s: Sentence) => AgencyMention[],
  titleOf: (s: Sentence) => string,
): { certifications: Certification[]; certificationAt: Map<Certification, number> } {
  const out: Certification[] = [];
  const certificationAt = new Map<Certification, number>();
  for (const i of cues.with(CUE.relevance)) {
    const s = sentences[i];
    const r = relevanceOf(s);
    if (!r || r.aboutEarlier) continue;
    // who says it: a certifying verb before "relevant" in this sentence, in a lead-in sentence ending with ":",
    // or a heading / label saying "Certification"
    const prev = sentences[i - 1];
    const leadIn = prev && prev.block !== s.block && leadsInCertification(prev) ? prev : undefined;
    const labelled = /certif/i.test(titleOf(s)) || (prev && prev.block === s.block && labelsCertification(prev));
    if (!r.verb && !leadIn && !labelled && !r.bare) continue;
    if (r.lawStated && !leadIn && !labelled) continue;
    const mentions = mentionsOf(s).filter((m) => {
      const at = indexInSentence(s, m.start);
      return at >= r.agenciesFrom && at <= r.clauseTo;
    });
    const certification: Certification = {
      start: s.start,
      end: s.end,
      sentence: s,
      sentences: leadIn ? [leadIn, s] : [s],
      explicit: Boolean(r.verb || leadIn),
      relevant: !r.weak,
      relevanceWords: r.relevanceWords,
      likely: r.likely,
      ongoing: r.ongoing,
      criminal: r.criminal,
      agencies: mentions,
      agencyAnaphor: r.agencyAnaphor,
      agencyUnrecognised: !mentions.length && r.conductedByName,
      hedge: r.hedge && { start: s.toSource(r.hedge.from), end: s.toSource(r.hedge.to), text: r.hedge.text },
      clauseStart: s.toSource(r.clauseFrom),
      clauseEnd: s.toSource(r.clauseTo),
    };
    out.push(certification);
    certificationAt.set(certification, i);
  }
  return { certifications: out, certificationAt };
}

// ---------------------------------------------------------------------------------------------------------------
// Oath

const OATHS: Array<{ kind: Oath['kind']; re: RegExp }> = [
  { kind: 'perjury-declaration', re: /\bpenalt(?:y|ies)\s+of\s+perjury\b/i },
  { kind: 'jurat', re: /\b(?:subscribed\s+and\s+sworn|sworn\s+and\s+subscribed|sworn\s+(?:to\s+)?(?:and\s+subscribed\s+)?before\s+me|affirmed\s+(?:and\s+subscribed\s+)?before\s+me|sworn\s+to\s+(?:by\s+telephone|telephonically|remotely|by\s+reliable\s+electronic\s+means))\b/i },
  { kind: 'jurat', re: /\b(?:attested\s+to|sworn)\b[^.]{0,120}\b(?:Fed(?:eral|\.)?\s*R(?:ule|\.)?\s*(?:of\s+)?Crim(?:inal|\.)?\s*P(?:rocedure|\.)?\s*4\.1|reliable\s+electronic\s+means|by\s+telephone)\b/i },
  // a notary's or judge's recital: "personally appeared Jane Roe, who swore that the foregoing is true"
  { kind: 'jurat', re: /\bpersonally\s+appeared\b[^.]{0,200}?\b(?:swore|sworn|affirmed|oath)\b|\b(?:who|and)\s+(?:duly\s+)?(?:swore|affirmed)\s+(?:that|to|under|before)\b/i },
  { kind: 'sworn', re: /\b(?:being\s+)?(?:first\s+)?duly\s+sworn\b|\b(?:I|undersigned|applicant)\b[^.;]{0,40}\b(?:swears?|(?:do\s+)?solemnly\s+(?:swear|affirm))\b|\b(?:swears|deposes)\s+and\s+(?:says|states)\b/i },
  { kind: 'affirmation', re: /\bunsworn\s+falsification\b|\bPa\.?\s*C\.?\s*S\.?\s*(?:A\.\s*)?§*\s*4904\b|\bunsworn\s+declaration\b[^.]{0,80}\b(?:perjury|132\.001)|\baffirms?\s+(?:as\s+follows|under\s+(?:the\s+)?penalt|that\s+the\s+foregoing|the\s+truth)\b|\b(?:I|undersigned|applicant)\s+(?:hereby\s+)?affirms?\b[^.;]{0,80}\b(?:true|correct|penalt|perjury)\b|\bCPLR\s*(?:§\s*)?2106\b/i },
  { kind: 'perjury-declaration', re: /\b(?:28\s+U\.\s?S\.\s?C\.\s*)?§\s*1746\b[^.]{0,80}\bdeclare|\bdeclare[^.]{0,120}\b(?:28\s+U\.\s?S\.\s?C\.\s*)?§\s*1746\b/i },
  { kind: 'oath', re: /\b(?:this|the\s+foregoing|the\s+within|the\s+instant|its)\s+(?:sworn|verified)\s+application\b|\b(?:under|upon|on)\s+(?:(?:my|his|her|their)\s+)?oath\b|\bverif(?:y|ies)\s+(?:under|upon|on)\b|\bverified\s+(?:under|upon|on)\s+oath\b/i },
];

// Every pattern above holds one of these (most sentences hold none: one search instead of eight)
const OATH_WORD = /penalt|swor|swear|affirm|attest|depos|4904|2106|1746|oath|verif/i;

const STATES_THE_LAW = /\b(?:requires?|required|must|may\s+(?:make|apply|submit)|shall\s+be\s+(?:made|sworn)|(?:has|have)\s+the\s+(?:same\s+)?(?:force\s+and\s+)?effect)\b/i;
const SWEARS_THIS = /\b(?:I|we|undersigned|this\s+(?:application|petition|declaration)|the\s+(?:foregoing|above)|applicant|affiant|hereby)\b/i;

/** The oath a sentence's words make, if any. */
const oathOf = onSentence((text: string): Oath['kind'] | undefined => {
  if (!OATH_WORD.test(text)) return undefined;
  for (const { kind, re } of OATHS) {
    const m = re.exec(text);
    if (!m) continue;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (/\b(?:not|never|without|no)\s+(?:\w+\s+){0,2}$/i.test(before)) continue;
    // the law stated ("§ 3122(a) requires that an application be made … under oath"), not this application sworn
    if (kind !== 'jurat' && STATES_THE_LAW.test(text) && !SWEARS_THIS.test(text)) continue;
    // a sworn statement of someone else ("the sworn affidavit of Special Agent …") does not verify the application
    if (kind === 'perjury-declaration' && !/\b(?:I|undersigned|applicant|declares?|declared|affirms?|affirmed|verif|certif|states?|swear|foregoing|true\s+and\s+correct|under)\b/i.test(text)) continue;
    return kind;
  }
  return undefined;
});

/** `at`: the indices of the sentences that may make one (all when not given). */
function readOaths(sentences: Sentence[], at?: number[]): Oath[] {
  const out: Oath[] = [];
  for (const s of at ? at.map((i) => sentences[i]) : sentences) {
    const kind = oathOf(s);
    if (kind) out.push({ start: s.start, end: s.end, kind, sentence: s });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Court competence

const COMPETENCE = /\bcompetent\s+jurisdiction\b|\b3127\s*\(2\)|\bjurisdiction\s+over\s+(?:the\s+|these\s+|this\s+)?(?:offen[cs]es?|crimes?|violations?|matter|investigation)\b|\bgeneral\s+criminal\s+jurisdiction\b/i;
const COMPETENCE_BASIS = /\b3127\s*\(2\)\s*\((?:A|B)\)|\bjurisdiction\s+over\s+(?:the\s+|these\s+|this\s+)?(?:offen[cs]es?|crimes?|violations?)\b|\b(?:committed|occurred|took\s+place)\b[^.;]{0,40}\b(?:in|within)\b|\b(?:located|headquartered|based|resides?|doing\s+business)\s+(?:in|within)\s+(?:this|the)\s+(?:district|judicial|county|state)\b|\bgeneral\s+criminal\s+jurisdiction\b|\bforeign\s+assistance\b|\b3512\b/i;

/** What a sentence's words say of the court's competence (undefined: nothing). */
const competenceOf = onSentence((text: string): { basis: boolean; state: boolean } | undefined => {
  if (!COMPETENCE.test(text)) return undefined;
  return { basis: COMPETENCE_BASIS.test(text), state: /\bgeneral\s+criminal\s+jurisdiction\b|3127\s*\(2\)\s*\(B\)|\bof\s+(?:this|the)\s+State\b/i.test(text) };
});

function readCompetence(sentences: Sentence[], cues: Cues): CourtCompetence[] {
  const out: CourtCompetence[] = [];
  for (const i of cues.with(CUE.competence)) {
    const s = sentences[i];
    const own = competenceOf(s);
    if (!own) continue;
    const next = sentences[i + 1];
    const basis = own.basis || Boolean(next && next.block === s.block && /\b3127\s*\(2\)\s*\((?:A|B)\)/.test(next.text));
    out.push({ start: s.start, end: s.end, basis, state: own.state, sentence: s });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------

// What each pass below looks for, as bits of one number kept per sentence: a pass visits only the sentences with its
// bit, and the many sentences with none cost one read.
const CUE = {
  relevance: 1,
  self: 2,
  thirdPerson: 4,
  applicantSubject: 8,
  applicantCell: 16,
  applicantDeclares: 32,
  oath: 64,
  competence: 128,
  /** Names an agency when no abbreviation is defined (plainAgenciesOf). */
  agency: 256,
} as const;

const textCues = memoOnText<Sentence, number>(
  (text: string): number =>
    (relevanceOf.read(text) ? CUE.relevance : 0) |
    (speaksOfSelf.read(text) ? CUE.self : 0) |
    (thirdPersonOf.read(text) ? CUE.thirdPerson : 0) |
    (applicantSubjectOf.read(text) ? CUE.applicantSubject : 0) |
    (applicantDeclaresIn.read(text) ? CUE.applicantDeclares : 0) |
    (oathOf.read(text) ? CUE.oath : 0) |
    (competenceOf.read(text) ? CUE.competence : 0),
);
const cuesOf = memoOn(
  (s: Sentence): number =>
    textCues(s) |
    (plainAgenciesOf(s).length ? CUE.agency : 0) |
    // (its own block: a table cell labelled "Applicant", whose row's next cell may name the applicant)
    (s.block.kind === 'tableCell' && labelsApplicant(s.block) ? CUE.applicantCell : 0),
);

interface Cues {
  /** Indices (in the part's sentences) of the sentences with the bit, in order. */
  with(bit: number): number[];
  /** With `plain` abbreviations: indices of the sentences that name an agency (plainAgenciesOf). */
  naming: number[];
}

const cuedSentences = keptSentencesWhere((s: Sentence) => !!cuesOf(s));

/** `cued`: the sentences of `sentences` with a cue (kept per chunk). `sentences` are a run of the parse's sentences,
 *  so a sentence's place is its number less the first's (checked: a list that is not such a run is read whole). */
function readCues(sentences: Sentence[], plain: boolean, cued: readonly Sentence[]): Cues {
  const at: number[] = [];
  const bits: number[] = [];
  const naming: number[] = [];
  const first = sentences.length ? sentences[0].index : 0;
  const places = cued.every((s) => sentences[s.index - first] === s) ? cued.map((s) => s.index - first) : undefined;
  const visit = (i: number) => {
    const b = cuesOf(sentences[i]);
    if (!b) return;
    if (plain && b & CUE.agency) naming.push(i);
    at.push(i);
    bits.push(b);
  };
  if (places) for (const i of places) visit(i);
  else for (let i = 0; i < sentences.length; i++) visit(i);
  return {
    naming,
    with: (bit) => {
      const out: number[] = [];
      for (let k = 0; k < at.length; k++) if (bits[k] & bit) out.push(at[k]);
      return out;
    },
  };
}

/** The last sentences describedInvestigation read, and what they said (the editor asks again for the same ones). */
let lastDescribed: { sentences: Sentence[]; said: { ongoing: boolean; criminal: boolean } } | undefined;

/** Whether the sentences, joined, call the investigation ongoing, criminal. What one sentence says the join says (a
 *  match inside one is one in the join: its edges meet a space); only a match across two needs the join. */
function describedInvestigation(sentences: Sentence[]): { ongoing: boolean; criminal: boolean } {
  const last = lastDescribed;
  if (last && last.sentences.length === sentences.length && last.sentences.every((x, k) => x === sentences[k])) return { ...last.said };
  let ongoing = sentences.some((x) => investigationWords(x).ongoing);
  let criminal = sentences.some((x) => investigationWords(x).criminal);
  if (!ongoing || !criminal) {
    const text = sentences.map((x) => x.text).join(' ');
    ongoing ||= ONGOING.test(text);
    criminal ||= CRIMINAL.test(text);
  }
  lastDescribed = { sentences, said: { ongoing, criminal } };
  return { ongoing, criminal };
}

/** Whether a sentence's words call an investigation ongoing, criminal. */
const investigationWords = onSentence((text: string) => ({ ongoing: ONGOING.test(text), criminal: CRIMINAL.test(text) }));

export function extractApplicationFacts(base: DraftBase): ApplicationFacts {
  const parts: ApplicationPartFacts[] = [];
  const abbreviations = collectAbbreviations(base.parsed.fragments);
  const cued = cuedSentences(base.parsed.fragments);
  const state = base.jurisdiction === 'state';
  for (const part of base.partsOf('application')) {
    const sentences = base.sentencesIn(part);
    const blocks = startingIn(base.blocks, part);
    // the mentions of a sentence are made once per part (the certifications and the conducting agencies compare them
    // by identity); most sentences name none, and those are neither kept here nor visited again
    const mentionCache = new Map<Sentence, AgencyMention[]>();
    const mentionsOf = (s: Sentence) => {
      let m = mentionCache.get(s);
      if (!m) {
        m = findAgencies(s, abbreviations, true);
        if (m.length) mentionCache.set(s, m);
      }
      return m;
    };
    const titleOf = (s: Sentence) => base.sectionAt(s.start)?.title ?? '';
    const cues = readCues(sentences, abbreviations.plain, startingIn(cued, part));
    const agencyMentions: AgencyMention[] = [];
    /** Indices (in `sentences`) of the sentences that name an agency. */
    let naming = cues.naming;
    if (!abbreviations.plain) {
      naming = [];
      for (let i = 0; i < sentences.length; i++) if (mentionsOf(sentences[i]).length) naming.push(i);
    }
    for (const i of naming) for (const m of mentionsOf(sentences[i])) agencyMentions.push(m);
    const { certifications, certificationAt } = readCertifications(sentences, cues, mentionsOf, titleOf);
    const certSentences = new Set(certifications.flatMap((c) => c.sentences));
    const conductingAgencies: AgencyMention[] = [];
    const identifiedAgencies: AgencyMention[] = [];
    const agencyBlocks: TextBlock[] = [];
    const agencyBlockSet = new Set<TextBlock>();
    /** The runs of `sentences` making up each agency block, in order (a block's sentences are consecutive). */
    const agencyBlockRuns: Array<[number, number]> = [];
    const label = /^(?:\d+\.\s*)?(?:the\s+)?(?:investigating|investigative|lead|law\s+enforcement)\s+agenc(?:y|ies)\.?:?$|^agency\.?:?$/i;
    // (a sentence that names no agency names none conducting)
    for (const i of naming) {
      const s = sentences[i];
      // a label "Investigating agency." makes the next sentence's agencies the conducting ones
      const prev = sentences[i - 1];
      const mentions = mentionsOf(s);
      let conducting = conductingNamed(s, mentions, abbreviations.plain);
      // the label in the same paragraph ("Investigating agency. The FBI …") or the cell before in a table row
      const sameRowCell = prev && prev.block.kind === 'tableCell' && s.block.kind === 'tableCell' && prev.block.tableRow === s.block.tableRow && prev.block.topIndex === s.block.topIndex;
      if (!conducting.length && mentions.length && prev && label.test(prev.text.trim()) && (prev.block === s.block || sameRowCell)) conducting = mentions.slice(0, 3);
      if (!conducting.length && mentions.length && label.test(titleOf(s).replace(/^[\d.IVX]+\s*/, ''))) conducting = mentions.slice(0, 3);
      if (!conducting.length) continue;
      conductingAgencies.push(...conducting);
      if (!certSentences.has(s)) {
        identifiedAgencies.push(...conducting);
        if (!agencyBlockSet.has(s.block)) {
          agencyBlockSet.add(s.block);
          agencyBlocks.push(s.block);
          let lo = i;
          let hi = i + 1;
          while (lo > 0 && sentences[lo - 1].block === s.block) lo--;
          while (hi < sentences.length && sentences[hi].block === s.block) hi++;
          agencyBlockRuns.push([lo, hi]);
        }
      }
    }
    // "relevant to that investigation", "the investigation described above": the investigation as the application
    // describes it elsewhere (ongoing, criminal) is the one certified
    // read once, and only when a certification refers back to it (a long draft's agency paragraphs are many)
    let described: { ongoing: boolean; criminal: boolean } | undefined;
    const describedOf = () => {
      if (!described) {
        const said: Sentence[] = [];
        for (const [lo, hi] of agencyBlockRuns) for (let k = lo; k < hi; k++) if (!certSentences.has(sentences[k])) said.push(sentences[k]);
        // what one sentence says the joined text says (a match inside one is a match in the join: its edges meet a
        // space); only a match across two needs the join
        described = describedInvestigation(said);
      }
      return described;
    };
    for (const c of certifications) {
      const clause = draftText(base, c.clauseStart, c.clauseEnd);
      if (!INVESTIGATION_ANAPHOR.test(clause)) continue;
      // "certifies that the DEA is conducting an ongoing criminal investigation and that the information … is relevant
      // to that investigation": the certified words before the anaphor describe it too
      const own = clause;
      const ownAgencies = conductingIn(c.sentence, mentionsOf(c.sentence)).filter((a) => a.start >= c.clauseStart);
      for (const a of ownAgencies) if (!c.agencies.includes(a)) c.agencies.push(a);
      // the investigation the application described is the one its identified agency conducts
      if (identifiedAgencies.length || ownAgencies.length) c.agencyAnaphor = true;
      c.ongoing ||= describedOf().ongoing || ONGOING.test(own);
      c.criminal ||= describedOf().criminal || CRIMINAL.test(own);
    }
    // "The undersigned certifies as follows: (a) the information … is relevant to an ongoing criminal investigation;
    // (b) the investigation is being conducted by IRS-CI": the lead-in certifies every enumerated item after it
    for (const c of certifications) {
      if (c.sentences.length < 2) continue;
      const at = certificationAt.get(c)!;
      const section = base.sectionAt(c.sentence.start);
      for (let k = at + 1; k < sentences.length && k < at + 12; k++) {
        const item = sentences[k];
        const enumerated = item.block === c.sentence.block || item.block.listItem || ENUMERATED.test(item.block.text);
        if (!enumerated || base.sectionAt(item.start) !== section) break;
        const named = conductingIn(item, mentionsOf(item));
        for (const a of named) if (!c.agencies.includes(a)) c.agencies.push(a);
        if (/\binvestigation\b/i.test(item.text)) {
          c.ongoing ||= ONGOING.test(item.text);
          c.criminal ||= CRIMINAL.test(item.text);
        }
      }
    }
    // a certification's "being conducted by X" names X as conducting too
    for (const c of certifications) for (const a of c.agencies) if (!conductingAgencies.includes(a)) conductingAgencies.push(a);
    const { signatures, closingStart, closingDate } = readSignatures(base, blocks, state);
    const applicants = extractApplicants(base, sentences, cues, signatures);
    const oaths = readOaths(sentences, cues.with(CUE.oath));
    // a short "DECLARATION" section closing the application (the § 1746 verification under its own heading) is the
    // applicant's oath, not an agent's affidavit
    const next = base.parts[base.parts.indexOf(part) + 1];
    if (
      next &&
      next.kind === 'affidavit' &&
      next.title &&
      /^\s*(?:[IVX\d]+\.\s*)?(?:DECLARATION|VERIFICATION|OATH|JURAT)\s*(?:OF\s+(?:THE\s+)?(?:APPLICANT|ATTORNEY|AUSA|COUNSEL)\b.*)?$/i.test(next.title.text.trim()) &&
      next.end - next.start < 2500
    ) {
      oaths.push(...readOaths(base.sentencesIn(next)));
    }
    const courtCompetence = readCompetence(sentences, cues);
    const last = blocks[blocks.length - 1];
    parts.push({
      part,
      applicants,
      agencyMentions,
      conductingAgencies,
      identifiedAgencies,
      agencyBlocks,
      certifications,
      oaths,
      courtCompetence,
      signatures,
      closingStart,
      closingDate,
      contentEnd: last ? last.end : part.anchor.end,
    });
  }
  return { parts };
}

/**
 * The same agency named two ways: one family ("HSI" and "ICE"), a shortened reference ("the State Police" for "the
 * New York State Police", "the Sheriff's Office"), or an acronym the draft never defined made of the name's initials
 * ("LASD" for "Los Angeles County Sheriff's Department").
 */
export function sameAgency(x: AgencyMention, y: AgencyMention): boolean {
  if (x.family === y.family) return true;
  const words = (m: AgencyMention) => normaliseKey(m.name).split(' ').filter(Boolean);
  const [short, long] = words(x).length <= words(y).length ? [x, y] : [y, x];
  const ws = words(short);
  const wl = words(long);
  if (ws.length >= 2 && wl.join(' ').endsWith(ws.join(' '))) return true;
  const knownKey = (m: AgencyMention) => KNOWN_AGENCIES.some((k) => k.key === m.key);
  const acronym = (m: AgencyMention) => /^[A-Z]{2,6}$/.test(m.text) && !knownKey(m);
  if (acronym(x) && !acronym(y)) return initialsMatch(x.text, y.name);
  if (acronym(y) && !acronym(x)) return initialsMatch(y.text, x.name);
  return false;
}

// "[AGENCY]", "{AGENCY}", "<<AGENCY>>", "«AGENCY»", "(insert agency)": the agency left as a template token
const AGENCY_TOKEN = /(?:\[|\{|<<?|«|\()\s*(?:insert\s+|enter\s+|name\s+of\s+)?(?:the\s+)?(?:investigating\s+|law\s+enforcement\s+|lead\s+)?agenc(?:y|ies)\b[^\]}>»)\n]{0,30}(?:\]|\}|>>?|»|\))/i;

/** The source text between two offsets names the agency as a template token (draft-unfilled-placeholder's finding). */
export function hasAgencyToken(text: string, span: Span): boolean {
  return AGENCY_TOKEN.test(text.slice(span.start, span.end));
}

/** The words to use for an agency in inserted text: "the DEA", "ATF", "the Federal Bureau of Investigation". */
export function agencyWords(facts: ApplicationPartFacts): string | undefined {
  const first = facts.identifiedAgencies[0] ?? facts.conductingAgencies[0];
  if (!first) return undefined;
  // prefer the short form the draft uses for the same agency
  const same = facts.agencyMentions.filter((m) => m.key === first.key);
  const shorts = same.filter((m) => /^[A-Z][A-Z-]{1,9}$/.test(m.text));
  if (shorts.length) {
    // the definition `("FBI")` says nothing about the article; the draft's own uses of the short form do
    const used = shorts.filter((m) => !/\(\s*(?:the\s+)?["“']?$/.test(m.sentence.text.slice(0, indexInSentence(m.sentence, m.start))));
    const article = used.length ? used.some((m) => m.article) : (same.find((m) => !shorts.includes(m))?.article ?? true);
    return `${article ? 'the ' : ''}${shorts[0].text}`;
  }
  return `${first.article ? 'the ' : ''}${first.text}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Where inserted paragraphs go (helpers for the application rules' fixes)

/** The indentation that makes an inserted paragraph continue the block's list item (or blockquote). */
function continuationIndent(text: string, block: TextBlock): string {
  const lineStart = text.lastIndexOf('\n', block.start - 1) + 1;
  const prefix = text.slice(lineStart, block.start);
  if (!/^[\s>]*(?:(?:[-*+]|\d{1,3}[.)])\s+)?$/.test(prefix)) return '';
  return prefix.replace(/(?:[-*+]|\d{1,3}[.)])(\s+)$/, (m) => ' '.repeat(m.length));
}

/** An edit adding a paragraph after a block, in the same list item or quote. */
export function paragraphAfter(text: string, block: TextBlock, paragraph: string): { start: number; end: number; text: string } {
  return { start: block.end, end: block.end, text: `\n\n${continuationIndent(text, block)}${paragraph}` };
}

/** An edit adding a paragraph before a block (which keeps its own position in the text). */
export function paragraphBefore(text: string, block: TextBlock, paragraph: string): { start: number; end: number; text: string } {
  if (continuationIndent(text, block).trim() === '' && block.listItem) {
    // inside a list item: put it after the item's marker, as the item's first paragraph
    return { start: block.start, end: block.start, text: `${paragraph}\n\n${continuationIndent(text, block)}` };
  }
  return { start: block.start, end: block.start, text: `${paragraph}\n\n` };
}

/** An edit adding a paragraph at an offset that ends a block (a part's title, its last paragraph). */
export function paragraphAt(offset: number, paragraph: string): { start: number; end: number; text: string } {
  return { start: offset, end: offset, text: `\n\n${paragraph}` };
}

/** The § 3122(b)(2) certification as LEGAL.md §7.4 words it. */
export const CERTIFIED_CLAUSE = (agency: string | undefined) =>
  `the information likely to be obtained by the installation and use of the pen register and trap and trace device is relevant to an ongoing criminal investigation being conducted by ${agency ?? '[AGENCY]'}`;

export function statutoryCertification(agency: string | undefined): string {
  return `Pursuant to 18 U.S.C. § 3122(b)(2), the applicant certifies that ${CERTIFIED_CLAUSE(agency)}.`;
}
