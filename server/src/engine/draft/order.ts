// Order facts (18 U.S.C. § 3123(b), (d), (a)(3)): for each (proposed) order in the draft, whether it states the
// subscriber, the subject, the target identifier, the offense, and whether it directs assistance, sealing and
// nondisclosure, provides the (a)(3) record when the agency installs its own device, and says how trap results are
// delivered. Each element is 'found' (with the words that state it), 'unknown' (the order says it is not known:
// enough for the "if known" elements) or 'missing'. Rules and the language server's checklist read these facts.
// OWNER: the order work (issue 5).
import type { DraftBase, Part, Sentence, TextBlock } from './index.js';
import type { Span } from '../types.js';
import type { Identifier } from './identifiers.js';
import { tableCellLabeler } from './identifiers.js';
import { lyingIn, startingIn } from './spans.js';
import { keptSentencesWhere, memoOnText } from '../memo.js';
import { NUMBER_WORDS_SOURCE, parseNumber } from '../text/numbers.js';

export type ElementStatus = 'found' | 'unknown' | 'missing';

export interface OrderElement {
  status: ElementStatus;
  /** The words that state the element (absent when missing). */
  span?: Span;
  sentence?: Sentence;
}

export interface RecordDeadline extends Span {
  /** The period in days (months counted as 31, the longest a month can be); undefined when no number is given. */
  days?: number;
  /** The words after the period that say what it runs from ("after termination of this Order"). */
  trigger: string;
  /** The period runs from the order's end (termination, expiry), as § 3123(a)(3)(B) requires. */
  triggerOk: boolean;
}

export interface OrderPartFacts {
  part: Part;
  /**
   * A pen register / trap and trace order: it names the devices or cites §§ 3122-3125, or it is the draft's only
   * order. A separate § 2703(d) or sealing order in the same file is not, and the order rules leave it alone.
   */
  prtt: boolean;
  /** Where the decretal paragraphs begin ("IT IS ORDERED", "ORDERED that"); the part start when none is found. */
  decretalStart: number;
  /** End of the order's last decretal paragraph: where an inserted "IT IS FURTHER ORDERED" paragraph goes. */
  insertAt: number;
  /** § 3123(b)(1)(A): the person to whom the facility is leased or in whose name it is listed. */
  subscriber: OrderElement;
  /** § 3123(b)(1)(B): the person who is the subject of the investigation. */
  subject: OrderElement;
  /** § 3123(b)(1)(C): the number or other identifier of the facility ('found' also for a bracketed placeholder). */
  identifier: OrderElement;
  /** The target identifiers the order names (role 'target'), in order. */
  targets: Identifier[];
  /** § 3123(b)(1)(D): a statement of the offense. */
  offense: OrderElement;
  /** § 3123(b)(1)(C), (a)(2): the geographic limits of the order (or "anywhere within the United States"). */
  geoLimits: OrderElement;
  /** The order authorizes a trap and trace device (not only a pen register). */
  authorizesTrap: boolean;
  /** § 3123(b)(2): the directive to furnish information, facilities and technical assistance. */
  assistance: OrderElement;
  /** § 3123(d)(1): the sealing directive; `indefinite` when it runs "until otherwise ordered" with no review date. */
  sealing: OrderElement & { indefinite: boolean };
  /** § 3123(d)(2): the nondisclosure directive. */
  nondisclosure: OrderElement;
  /** § 3123(a)(3): the order says the agency installs its own device on a provider's packet-switched network. */
  ownDevice: OrderElement;
  /** § 3123(a)(3): the record provision, with its filing deadline when one is stated. */
  record: OrderElement & { deadline?: RecordDeadline };
  /** § 3124(b): how and when the trap and trace results are delivered. */
  trapDelivery: OrderElement;
}

/** The elements a statutory checklist shows, draft-wide: taken from the first order that states each one. */
export type OrderChecklist = Pick<
  OrderPartFacts,
  'subscriber' | 'subject' | 'identifier' | 'offense' | 'geoLimits' | 'assistance' | 'sealing' | 'nondisclosure' | 'ownDevice' | 'record' | 'trapDelivery'
>;
const CHECKLIST_KEYS: Array<keyof OrderChecklist> = [
  'subscriber', 'subject', 'identifier', 'offense', 'geoLimits', 'assistance', 'sealing', 'nondisclosure', 'ownDevice', 'record', 'trapDelivery',
];

export interface OrderFacts extends Partial<OrderChecklist> {
  /** One entry per order part, in document order; empty for an application-only draft (and then no checklist fields). */
  orders: OrderPartFacts[];
  /** Identifiers named in the application part(s), and those of them that are the target. */
  applicationIdentifiers: Identifier[];
  applicationTargets: Identifier[];
  /** The application asks for provider assistance (§ 3123(b)(2) "upon the request of the applicant"). */
  assistanceRequested?: Span;
  /** Outside the order, the draft asks for real-time or continuous delivery of results. */
  realTimeRequested?: Span;
  /** Outside the order, the draft says the agency installs its own device on a packet-switched network. */
  ownDeviceElsewhere?: Span;
  /** Names the fixes fill their [PLACEHOLDERS] with, when the draft gives them ("unknown" when the application says so). */
  names: { provider?: string; agency?: string; identifier?: string; subscriber?: string; subject?: string; offense?: string };
}

const MISSING: OrderElement = { status: 'missing' };

// ---- the order's layout -------------------------------------------------------------------------------------

const DECRETAL_OPENING = /\bIT\s+IS\s+(?:HEREBY\s+|FURTHER\s+|THEREFORE\s+|ACCORDINGLY\s+)*ORDERED\b|^\s*(?:(?:NOW,?\s+)?THEREFORE,?\s+)?(?:it\s+is\s+(?:hereby\s+)?)?ORDERED\b|\b(?:the|The|THE)\s+(?:Court|COURT)\s+(?:hereby\s+|HEREBY\s+)?(?:ORDERS|DIRECTS|orders\s+as\s+follows|directs\s+as\s+follows)\b|\bit\s+is\s+(?:hereby\s+)?ordered\b|\bORDERED\s*(?:(?:AND|and)\s+(?:ADJUDGED|DECREED|adjudged|decreed)\s*)?[:,]?\s*$/;
const CLOSING_LINE =
  /^\s*(?:(?:IT\s+IS\s+)?SO\s+ORDERED|DONE\s+AND\s+ORDERED|ENTERED|E\s+N\s+T\s+E\s+R|ENTER\b|Dated?\b|DATED|Signed|\/s\/|_{3,}|(?:United\s+States|U\.\s?S\.)\s+(?:Magistrate|District)\s+Judge|Hon(?:\.|orable)|(?:Justice|Judge|Magistrate)\b|This\s+order\s+is\s+issued)/i;
const ATTACHMENT_TITLE = /^\W*(?:ATTACHMENT|EXHIBIT|APPENDIX|SCHEDULE)\b/i;

// ---- element cues --------------------------------------------------------------------------------------------

const UNKNOWN =
  /\b(?:unknown|not\s+(?:(?:yet|presently|currently|now)\s+)?(?:known|identified|been\s+identified)|unidentified|unascertained|no\s+known|(?:do|does|did)\s+not\s+know|has\s+not\s+(?:yet\s+)?(?:been\s+)?(?:able\s+to\s+)?identif\w*)\b/i;

// (b)(1)(A): listing, lease or subscription of the facility to a person. "to the listed subscriber" (the
// nondisclosure recipient) names nobody and does not count.
const SUBSCRIBER_CUE =
  /\bsubscribers?\s+(?:unknown|not\s+known)\b|\b(?:unknown|unidentified)\s+subscribers?\b|\bsubscribers?\s+and\s+(?:the\s+)?subjects?\b|\b(?:listed|registered)\s+(?:owner|user|holder)s?\b|\bowners?\s+of\s+record\b|\bsubscriber(?:'s|s')?\s+(?:name|identity)\b|\b(?:listed|registered|subscribed|leased)\s+(?:(?:in|under)\s+the\s+names?\s+of|to)\b|\b(?:registered|subscribed|leased)\s+by\b|\bin\s+whose\s+names?\b|\b(?:is|are|was|were|held|carried|maintained|opened|established)\s+(?:in|under)\s+the\s+names?\s+of\b(?!\s+(?:the\s+)?(?:People|United\s+States|State|Commonwealth)\b)|\b(?:listed\s+)?subscribers?(?:\s+of\s+record)?\s*(?:(?:is|are|was|information\s+is|name\s+is|identity\s+is)\b|:)|\b(?:the\s+)?(?:identity|name|names)\s+of\s+the\s+(?:listed\s+)?(?:subscriber|account\s+holder|lessee)s?\b|\baccount\s+holders?\b|\bcustomers?\s+of\s+record\b|\bsubscriber\s+(?:is|are)\b|\bsubscribers?\s+(?:of|for|to)\s+(?:the\s+)?[^.;]{0,60}?\s(?:is|are|was|remains?)\s/i;
// case-sensitive: a capitalised name follows ("assigned by Harbor Net LLC to Orion Trading Corp.", not "to the FBI")
const SUBSCRIBER_NAMED = /\bassigned\s+(?:by\s+[^.;]{2,60}?\s+)?to\s+(?!(?:the|Special|Agent|Detective|Officer|Task)\b)(?![A-Z]{2,}\b)[A-Z]/;
const SUBSCRIBER_COLUMN = /subscriber|in\s+whose\s+names?|listed\s+(?:to|in|subscriber|name)|account\s+holder|lessee|customer\s+of\s+record|registrant/i;

// (b)(1)(B): the subject (target, suspect) of the investigation.
const SUBJECT_CUE =
  /\b(?:unknown|unidentified)\s+(?:subjects?|targets?|suspects?)\b|\bsubscribers?\s+and\s+(?:the\s+)?subjects?\b|\bsuspects?\s+(?:is|are)\b|\b(?:is|are)\s+the\s+(?:principal\s+|primary\s+|only\s+)?(?:suspects?|subjects?|targets?)\b(?!\s+(?:line|field|header|telephone|phone|account|number|facility|device|IP|e-?mail|address))|\b(?:subjects?|targets?|suspects?)\s+in\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?investigations?\b|\binvestigation'?s?\s+(?:subjects?|targets?)\b|\b(?:subjects?|targets?|suspects?)\s+of\s+(?:the|this|an?|that|said)\s+(?:[\w-]+\s+){0,3}?investigations?\b|\bpersons?\s+(?:under\s+investigation|being\s+investigated|suspected|under\s+suspicion)\b|\b(?:suspected|alleged)\s+(?:offenders?|perpetrators?)\b|\bsubjects?\s+(?:is|are)\s+(?:unknown|not\s+known)\b|\b(?:investigative\s+)?subjects?(?:\(s\))?(?:\s+of\s+(?:the\s+)?investigation)?\s*:\s*(?!\s*(?:field|line|header))(?:[A-Z]|unknown)/i;
// case-sensitive: "the investigation of Luis Navarro and …", not "of drug trafficking and …"
const SUBJECT_NAMED = /\binvestigation\s+(?:of|into|concerning|targeting)\s+(?:[A-Z][a-z]+\s+){1,3}(?:and|who|,|\.)/;
// The subject named in apposition: "used by the subject, Wendell Crouse", "the target, [NAME]", "Wendell Crouse (the
// "Subject")", "Ann Poe, the target,", "the suspect, a/k/a "Dell"", "Subject Wendell Crouse". The name is checked
// afterwards (personName) so "the target, Target Telephone 1" is not a person.
const PERSON_WORD = String.raw`(?:[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)?|[A-Z]\.|[A-Z]{2,}(?:-[A-Z]+)?)`;
const PERSON_NAME_RE = String.raw`${PERSON_WORD}(?:\s+(?:${PERSON_WORD}|de|van|von|del|la|da|di|bin|al)){1,4}|\[[^\]\n]{1,40}\]`;
const ALIAS = String.raw`(?:a\/k\/a|a\.k\.a\.?|aka|also\s+known\s+as|known\s+(?:only\s+)?as)\s+["“']`;
// (name words are case-sensitive, so the role words spell out both cases)
const ROLE_WORD = String.raw`(?:[Ss]ubjects?|[Tt]argets?|[Ss]uspects?|SUBJECTS?|TARGETS?|SUSPECTS?)`;
const SUBJECT_NOUN = String.raw`(?:(?:investigative|principal|primary|named|identified|known|suspected|target)\s+)?${ROLE_WORD}(?:\s+of\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?investigation)?`;
const SUBJECT_APPOSITIVE: RegExp[] = [
  // the role, then the name: "the subject, Wendell Crouse", "the targets, Ann Poe and Bo Li", "the suspect, a/k/a "Dell""
  new RegExp(String.raw`\b[Tt]he\s+${SUBJECT_NOUN}\s*[,:(]\s*(?:(?:namely|i\.e\.,?)\s+)?(?:(${PERSON_NAME_RE})|${ALIAS})`, 'g'),
  // the name, then the role: "Wendell Crouse (the "Subject")", "Ann Poe, the target,", "Bo Li (target)"
  new RegExp(String.raw`(${PERSON_NAME_RE})(?:(?:,\s*|\s+)\(?${ALIAS}[^"”']{1,30}["”']\)?)?\s*(?:\(\s*(?:the\s+|hereinafter\s+)?["“]?${ROLE_WORD}(?:\s+\d{1,2})?["”]?\s*\)|,\s+(?:who\s+is\s+)?the\s+(?:subject|target|suspect)\b(?!\s+(?:to|telephones?|phones?|accounts?|numbers?|devices?|facilit(?:y|ies)|lines?|address(?:es)?)\b))`, 'g'),
  // a title: "used by Subject Wendell Crouse", "TARGET 1 Ann Poe"
  new RegExp(String.raw`\b(?:Subject|Target|Suspect)(?:\s+\d{1,2})?[:\s]\s*(${PERSON_NAME_RE})`, 'g'),
];
const NOT_PERSON_WORD =
  /^(?:the|telephones?|phones?|cellular|numbers?|accounts?|devices?|facilit(?:y|ies)|lines?|address(?:es)?|ip|e-?mail|premises|vehicles?|subscribers?|subjects?|targets?|suspects?|users?|court|order|united|states|government|state|people|investigation|inc\.?|llc|corp\.?|corporation|company|co\.|wireless|mobile|mobility|communications|telecom|cellular|verizon|t-mobile|sprint|google|meta|apple|microsoft|provider|service|services|agent|officer|detective|unknown|matter|jurisdiction|location|residence|vehicle|cell|website|handset|smartphone|computer|router|server|domain|business|residences?|property|information|records?|data|identifiers?|individual|person|persons|is|are|was|and|or|of|to|in|on|for|by)$/i;

/** The subject named in apposition in a sentence, with the words that name it. */
function subjectAppositive(s: Sentence): (Span & { index: number; text: string }) | undefined {
  for (const re of SUBJECT_APPOSITIVE) {
    for (const m of s.text.matchAll(re)) {
      const name = m[1];
      if (name !== undefined && !personName(name)) continue;
      return { start: s.toSource(m.index!), end: s.toSource(m.index! + m[0].length), index: m.index!, text: m[0] };
    }
  }
  return undefined;
}

/** "Wendell Crouse", "ANN POE", "[SUBJECT NAME]": two to five name words, none a facility, role or company word. */
function personName(name: string): boolean {
  if (/^\[/.test(name)) return true;
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  return words.every((w) => !NOT_PERSON_WORD.test(w.replace(/[,.]$/, '')) || /^[A-Z]\.$/.test(w)) && /^[A-Z]/.test(words[words.length - 1]);
}

// (`\s*(?::\s*)?$`, not `\s*:?\s*$`: two white-space quantifiers in a row were quadratic on a long run)
const TARGET_PERSON_COLUMN = /^\s*(?:investigative\s+)?targets?(?:\s*\(s\))?(?:\s+(?:name|person|individual)s?)?\s*(?::\s*)?$/i;
const SUBJECT_COLUMN = /\bsubjects?\b|\btargets?\s+of\b|\bsuspects?\b/i;

// Roles said to be unknown, read by clause: the predicate "is/are/remain unknown" (or "Subscriber/user: unknown") and
// the roles named in its subject: "Its subscriber and user are unknown", "the customer to whom the address is
// assigned and the person responsible for the intrusion remain unidentified", "whose identities are unknown".
const UNKNOWN_PREDICATE =
  /\b(?:is|are|was|were|remains?)\s+(?:(?:each|both|all|presently|currently|still|as\s+yet|also|otherwise)\s+){0,2}(?:unknown|unidentified|unascertained|not\s+(?:(?:yet|presently|currently|now)\s+)?(?:known|identified|determined|ascertained|established))\b|\b(?:has|have)\s+not\s+(?:(?:yet|presently|currently)\s+)?been\s+(?:identified|determined|ascertained|established)\b|:\s*(?:unknown|not\s+known)\b/gi;
// "The Government does not know who subscribes to or uses the number": the roles follow the predicate
const KNOWS_NOT = /\b(?:do|does|did)\s+not\s+(?:yet\s+)?know\s+(?:who|the\s+identit(?:y|ies)\s+of|the\s+names?\s+of)\b([^;.]{0,120})/i;
// where the predicate's subject begins: a clause boundary, "that", or another finite verb ("The subscriber is Ann
// Lee, and the user is unknown"), but not a passive in a relative clause ("to whom the address is assigned")
const ROLE_CLAUSE_START =
  /[;.]\s|\bthat\b(?!\s+(?:telephone|phone|cellular|number|account|facility|line|address|device|IP|e-?mail)\b)|\b(?:is|are|was|were)\s+(?!(?:listed|assigned|subscribed|registered|leased|issued|used|being|associated|believed)\b)/gi;
const SUBSCRIBER_ROLE = /\b(?:subscrib(?:ers?|es)|account[\s-]+holders?|lessees?|registrants?|customers?|persons?\s+(?:to\s+whom|in\s+whose\s+names?))\b/i;
// "the Target Telephone", "the Subject Phone", "subject to": a facility or a phrase, not the person investigated
const SUBJECT_ROLE =
  /\b(?:subjects?|targets?|suspects?|perpetrators?|offenders?|persons?\s+(?:responsible|being\s+investigated|under\s+investigation|suspected|who\s+committed))\b(?!\s+(?:to|telephones?|phones?|cellular|cell|numbers?|accounts?|facilit(?:y|ies)|lines?|devices?|address(?:es)?|IP|e-?mail|premises|vehicles?)\b)/i;
const USER_ROLE = /\b(?:users?|uses)\b(?!\s*(?:ID|names?)\b)/i;
// the facility's user said to be unknown in attributive form: "used by an unknown person", "an unidentified user"
const USER_UNKNOWN = /\bused\s+by\s+(?:an?\s+|one\s+or\s+more\s+)?(?:unknown|unidentified)\b|\b(?:unknown|unidentified)\s+users?\b/i;

/** The roles a sentence says are unknown, with the words that say it. */
function unknownRoles(text: string): { subscriber: boolean; subject: boolean; user: boolean; index: number; end: number } | undefined {
  for (const p of text.matchAll(UNKNOWN_PREDICATE)) {
    const at = p.index ?? 0;
    const lead = text.slice(Math.max(0, at - 160), at);
    let from = 0;
    for (const c of lead.matchAll(ROLE_CLAUSE_START)) from = (c.index ?? 0) + c[0].length;
    const subject = lead.slice(from);
    const roles = { subscriber: SUBSCRIBER_ROLE.test(subject), subject: SUBJECT_ROLE.test(subject), user: USER_ROLE.test(subject) };
    if (roles.subscriber || roles.subject || roles.user) {
      const first = subject.search(/\b(?:subscriber|account|lessee|registrant|customer|person|subject|target|suspect|perpetrator|offender|user)/i);
      return { ...roles, index: at - lead.length + from + Math.max(0, first), end: at + p[0].length };
    }
  }
  const knowsNot = KNOWS_NOT.exec(text);
  if (knowsNot) {
    const roles = { subscriber: SUBSCRIBER_ROLE.test(knowsNot[1]), subject: SUBJECT_ROLE.test(knowsNot[1]), user: USER_ROLE.test(knowsNot[1]) };
    if (roles.subscriber || roles.subject || roles.user) return { ...roles, index: knowsNot.index, end: knowsNot.index + knowsNot[0].length };
  }
  return undefined;
}

// (b)(1)(D): an offense named by a statute or by what it is.
const OFFENSE_RELATION =
  /\binvestigation\b[^.;]{0,100}?\b(?:into|of|concerning|concerns|regarding|involving|involves|targeting|targets)\b|\b(?:violations?|offen[cs]es?|crimes?|felon(?:y|ies)|misdemeanou?rs?)\b|\brelat(?:es|ing|ed)\s+to\b|\bin\s+connection\s+with\b|\bcharged\s+with\b/i;
// lower case only: "Drug Enforcement Administration" and "Bureau of Alcohol, Tobacco, Firearms and Explosives" name agencies
const CRIME_WORDS =
  /\b(?:robbery|burglary|theft|larceny|fraud|embezzlement|extortion(?:ate)?|kidnapp?ing|abduction|murder|homicide|manslaughter|assault|battery|(?:cyber)?stalking|harassment|threats?|trafficking|smuggling|distribut(?:e|ion)|possession|conspiracy|laundering|bribery|arson|racketeering|counterfeiting|forgery|identity\s+theft|child\s+(?:exploitation|pornography|sexual\s+abuse)|sexual\s+(?:abuse|assault|exploitation)|rape|narcotics|controlled\s+substances?|firearms?|weapons?|drugs?|fentanyl|heroin|cocaine|methamphetamine|terroris[mt]|espionage|computer\s+(?:intrusion|fraud|damage)|protected\s+computer|carjacking|straw\s+purchas\w*|gambling|prostitution|obstruction|tax\s+evasion|criminal\s+(?:possession|sale|mischief)|escape|hostage|ransom(?:ware)?|hate\s+crime|sextortion|enticement|solicitation|shooting|stabbing|home\s+invasion|domestic\s+violence|tampering|perjury|bank\s+robbery|vehicle\s+theft)\b/;
// State forms capitalise the crime ("Robbery in the First Degree"); a capitalised crime word that opens an agency's
// name ("Drug Enforcement Administration", "Firearms and Explosives", "Robbery Squad") is not an offense.
const CRIME_WORDS_ANY_CASE = new RegExp(CRIME_WORDS.source, 'gi');
const AGENCY_NOUNS = ['Administration', 'Bureau', 'Task Force', 'Strike Force', 'Division', 'Directorate', 'Unit', 'Squad', 'Section', 'Enforcement', 'Explosives', 'Office', 'Department', 'Agency', 'Team', 'Group', 'Center', 'Program', 'Initiative', 'Detail', 'Command'];
const agencyNameAfter = (nouns: string[], connectors: string, capital: string) =>
  new RegExp(String.raw`^(?:,?\s+(?:(?:${connectors}|&)\s+)?${capital}){0,4}?,?\s+(?:(?:${connectors}|&)\s+)?(?:${nouns.map((n) => n.replace(' ', String.raw`\s+`)).join('|')})\b`);
const AGENCY_NAME_AFTER = agencyNameAfter(AGENCY_NOUNS, 'and|of', String.raw`[A-Z][a-z'’-]*`);
const AGENCY_NAME_AFTER_CAPS = agencyNameAfter(AGENCY_NOUNS.map((n) => n.toUpperCase()), 'AND|OF', String.raw`[A-Z][A-Z'’-]*`);

function crimeIn(text: string): { index: number; 0: string } | undefined {
  for (const m of text.matchAll(CRIME_WORDS_ANY_CASE)) {
    if (m[0] === m[0].toLowerCase()) return { index: m.index ?? 0, 0: m[0] };
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 80);
    const agency = m[0] === m[0].toUpperCase() ? AGENCY_NAME_AFTER_CAPS : AGENCY_NAME_AFTER;
    if (!agency.test(after)) return { index: m.index ?? 0, 0: m[0] };
  }
  return undefined;
}
const PLACEHOLDER = /\[[A-Z][A-Z0-9 ,./&'_-]{1,40}\]|_{3,}/;

// (b)(1)(C), (a)(2): geographic limits, or the federal nationwide reach that stands in for them.
const GEO_CUE =
  /\bgeographic(?:al)?\s+(?:limits?|limitations?|scope|area|boundar\w*|reach)\b|\bwithin\s+the\s+(?:territorial\s+)?jurisdiction\s+of\s+(?:this|the)\s+Court\b|\bwithin\s+the\s+(?:State|Commonwealth)\s+of\b|\bthroughout\s+the\s+(?:State|Commonwealth)\b|\b(?:within|throughout)\s+(?:[A-Z][a-z]+\s+){1,3}(?:County|Parish|Borough)\b|\bwithin\s+the\s+(?:boundaries|borders|confines|limits)\s+of\s+(?:the\s+)?(?:State|Commonwealth|County|[A-Z][a-z]+)\b|\bstatewide\b|\b(?:limited|confined|restricted)\s+to\s+(?:the\s+)?(?:(?:[A-Z][a-z]+\s+){1,3}(?:County|Parish|Borough)\b|(?:State|Commonwealth|County|territory)\b|State(?:'|’)s\s+(?:borders|boundaries|territory))|\binside\s+(?:[A-Z][a-z]+\s+){1,3}(?:County|Parish|Borough)\b|\banywhere\s+within\s+the\s+(?:United\s+States|State|Commonwealth)\b|\b(?:within|in|throughout)\s+the\s+(?:County|City|State|Commonwealth|Parish|Borough)\s+of\s+[A-Z]|\bwithin\s+this\s+(?:State|Commonwealth|County|judicial\s+district)\b|\bterritorial\s+jurisdiction\b/;
// The court speaks: an application's section headed "Order requested" does not.
const DECREE = [
  /\bORDERED\b|\bthe\s+Court\s+(?:hereby\s+)?(?:ORDERS|AUTHORIZES|APPROVES|DIRECTS|FINDS|GRANTS)\b|^\s*Ordered\b/,
  /\bit\s+is\s+(?:hereby\s+|further\s+|therefore\s+|accordingly\s+)*ordered\b|\bso\s+ordered\b|\bthe\s+Court\s+(?:hereby\s+)?(?:orders|authorizes|approves|directs|finds)\s+that\b|\b(?:Magistrate|District)\s+Judge\b|\bJustice\s+of\s+the\b/i,
];
const PRTT_ORDER = /\bpen[\s-]+registers?\b|\btrap[\s-]+(?:and|&)[\s-]+trace\b|\bpen\s*\/\s*trap\b|\b312[2-5]\b/i;
const TRAP_WORDS = /\btrap[\s-]+(?:and|&)[\s-]+trace|\bpen\s*\/\s*trap\b|\btrap\s+device\b/i;

// (b)(2), § 3124: the assistance directive.
const ASSISTANCE =
  /\b(?:furnish|provide|render|afford|give|supply|extend|make\s+available)\w*\b[^.;]{0,220}?\b(?:technical\s+assistance|facilities|assistance|aid|cooperation)\b|\b(?:technical\s+assistance|facilities)\b[^.;]{0,120}?\bshall\s+be\s+(?:furnished|provided)\b|\b(?:shall|will|must|to)\s+(?:(?:fully|promptly|immediately)\s+)?(?:assist|cooperate|aid)\b|\b3124\s*\(a\)|\bcomply\s+with\s+(?:the\s+)?(?:requirements\s+of\s+)?(?:18\s+U\.\s?S\.\s?C\.\s+)?§*\s*3124\b/i;
const DIRECTIVE =
  /\b(?:shall|must|will|is\s+(?:hereby\s+)?(?:directed|required|ordered)|are\s+(?:hereby\s+)?(?:directed|required|ordered)|ORDERED|ORDERS|DIRECTS)\b|\b[Tt]he\s+Court\s+(?:hereby\s+|further\s+)?(?:directs|orders|requires|commands)\b/;
// the subjunctive decree "that X furnish …" (an "ORDERED:" list of "that" clauses)
const ASSISTANCE_VERB = /\b(?:furnish|provide|render|afford|give|supply|assist|cooperate|make\s+available)\b/gi;
const NEGATED_DIRECTIVE = /\b(?:shall|must|will|need|is|are)\s+not\s+(?:be\s+)?(?:required\s+to\s+)?(?:furnish|provide|assist|sealed|seal)\b|\bnothing\s+in\s+this\s+order\s+(?:shall\s+)?requires?\b/i;
const APPLICATION_REQUEST = /\b(?:request|requests|requested|asks?|applies|seeks|moves|prays?|wherefore|direct(?:ing|s)?|requir(?:e|ing))\b/i;

// (d)(1): sealing the order and the papers. The (a)(3) record "ex parte and under seal" seals the record only.
const SEALING =
  /\b(?:be|is|are|remain|kept|maintained|placed|filed)\s+(?:\w+\s+){0,2}?(?:sealed|under\s+seal|impounded)\b|\bshall\s+(?:\w+\s+)?impound\b|\bshall\s+(?:\w+\s+)?seal\b|\b(?:clerk|court)\b[^.;]{0,40}\bseal\b|\bsealed\s+until\b|\bseal(?:ing)?\s+of\s+(?:this|the)\s+(?:order|application|file|matter|case|docket)/i;
const SEALED_PAPERS = /\b(?:order|application|papers|file|filings?|matter|pleadings|documents|affidavits?|docket|proceedings?|case|record\s+of\s+this)\b/i;
const RECORD_ONLY = /\brecord\b[^.;]{0,80}\bex\s+parte\s+and\s+under\s+seal\b|\bprovide\b[^.;]{0,40}\brecord\b[^.;]{0,40}\bunder\s+seal\b/i;
const UNTIL_FURTHER = /\buntil\s+(?:otherwise\s+ordered|further\s+(?:order|notice)|the\s+Court\s+(?:orders|directs)\s+otherwise)|\bindefinitely\b/i;
const SEALING_REVIEW =
  /\b(?:within|after|for|until|no\s+later\s+than|upon\s+the\s+expiration\s+of)\s+(?:[\w(),-]+\s+){0,6}?(?:days?|weeks?|months?|years?)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}\b|\bunseal(?:ed|ing)?\b|\buntil\s+(?:the\s+)?(?:expiration|termination)\b|\bcontinued\s+sealing\b/i;

// (d)(2): the nondisclosure directive, read by clause structure: a negated verb of telling (disclose, reveal, notify,
// …) under a directive ("shall not", "is directed not to", "may not", or the subjunctive "ORDERED … that X not
// disclose"), whose object is the device, the order or the investigation (or the people kept in the dark).
const DISCLOSE_BASE = String.raw`(?:disclose|reveal|divulge|notify|inform|advise|tell|publish|disseminate|communicate|make\s+(?:known|public))`;
const DISCLOSE_PASSIVE = String.raw`(?:disclosed|revealed|divulged|notified|informed|advised|told|published|disseminated|communicated|made\s+(?:known|public))`;
const NEGATED_DISCLOSURE = new RegExp(
  String.raw`\b(?:not|never)\b,?\s+((?:[\w,-]+\s+){0,6}?)(?:be\s+(?:[\w,-]+\s+){0,2}?(${DISCLOSE_PASSIVE})|(${DISCLOSE_BASE}))\b`,
  'gi',
);
// words between the negation and the verb that turn the clause into something else ("not required to disclose",
// "not later than five days, Acme shall disclose")
const NOT_A_PROHIBITION = /\b(?:required|obliged|obligated|compelled|need|necessary|construed|deemed|interpreted|read|intended|than|exceed|exceeding|only)\b/i;
// "need not", "does not", "has not": a permission or a statement of fact, not a directive
const NON_DIRECTIVE_AUX = /\b(?:need|do|does|did|has|have|had|was|were|would|could|might)\s*$/i;
const MODAL_BEFORE = /\b(?:shall|must|will|may|should|is\s+to|are\s+to|to)\b(?:\s+[\w,-]+){0,6}\s*$/i;
// the subjunctive decree "that X not disclose": a "that" with no finite verb between it and the negation
// lower case only: "Pine State Wireless" is a name
const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|does|do|did|would|could|might|can|finds?|states?|says?|represents?|asserts?)\b/;
const OTHER_NONDISCLOSURE = new RegExp(
  [
    String.raw`\b(?:refrain|abstain)\s+from\s+(?:\w+\s+){0,3}?(?:disclos|reveal|divulg|notify|notifying|inform|making\s+known)\w*`,
    String.raw`\b(?:prohibited|precluded|barred|enjoined|restrained|forbidden|forbid)\s+(?:\w+\s+){0,3}?from\s+(?:\w+\s+){0,3}?(?:disclos|reveal|divulg|notify|notifying|inform|making\s+known)\w*`,
    String.raw`\bno\s+(?:other\s+)?(?:one|persons?|employees?|officers?|agents?|entit(?:y|ies)|part(?:y|ies)|individuals?)\b[^.;]{0,80}?\b(?:shall|may|will|must)\s+(?:\w+\s+){0,3}?${DISCLOSE_BASE}\b`,
    // the subjunctive "ORDERED … that no officer or employee of Acme disclose …"
    String.raw`\bthat\s+no\s+(?:other\s+)?(?:one|persons?|employees?|officers?|agents?|entit(?:y|ies)|part(?:y|ies)|individuals?)\b[^.;]{0,80}?\s${DISCLOSE_BASE}\b`,
    String.raw`\bneither\b[^.;]{0,100}?\bnor\b[^.;]{0,60}?\b(?:shall|may|will|must)\s+(?:\w+\s+){0,3}?${DISCLOSE_BASE}\b|\bneither\s+${DISCLOSE_BASE}\b`,
    String.raw`\b${DISCLOSE_BASE}\b[^.;]{0,160}?\bto\s+no\s+(?:one|person|other|third)\b`,
    String.raw`\b(?:shall|must|will|to)\s+(?:keep|maintain|hold|treat)\s+[^.;]{0,100}?\b(?:secret|confidential|in\s+confidence)\b`,
    String.raw`\bno\s+disclosure\b`,
    String.raw`\bnon-?disclosure\b`,
  ].join('|'),
  'i',
);
// what silence is kept about (the device, the order, the investigation) or from whom (the subscriber, anyone)
const NONDISCLOSURE_OBJECT =
  /\bexistence\b|\bdevices?\b|\bpen\s+registers?\b|\btrap\b|\binvestigation\b|\b(?:this|the|said|such)\s+(?:Order|application)\b|\bsubscribers?\b|\bcustomers?\b|\bany\s+(?:other\s+|third\s+)?(?:person|party|one)\b|\banyone\b|\bno\s+one\b/i;

/** "that Acme furnish …": a "that" clause whose verb is a bare subjunctive (no finite verb between them). */
function subjunctiveDecree(text: string): boolean {
  for (const verb of text.matchAll(ASSISTANCE_VERB)) {
    const at = verb.index ?? 0;
    const lead = text.slice(Math.max(0, at - 300), at);
    if (subjunctiveLead(lead.slice(Math.max(lead.lastIndexOf(';'), lead.lastIndexOf(':')) + 1).replace(/\b(?:forthwith|promptly|immediately)\s*$/i, ''))) return true;
  }
  return false;
}

/**
 * The words before a bare verb are "that" and its subject: "ORDERED that Acme, and any provider whose assistance may
 * facilitate this Order, furnish …". Relative clauses inside the subject may hold verbs; the subject itself may not.
 */
function subjunctiveLead(lead: string): boolean {
  const thats = [...lead.matchAll(/\bthat\s+/gi)];
  for (let i = thats.length - 1; i >= 0; i--) {
    const subject = lead.slice((thats[i].index ?? 0) + thats[i][0].length);
    if (!subject.trim() || subject.split(/\s+/).length > 45) continue;
    // the verb closes a relative clause ("any entity that is obligated to assist"): not the decree's verb
    if (/\b(?:who|whose|whom|which|that)\b[^,]*$/.test(subject)) continue;
    const main = subject.replace(/\b(?:who|whose|whom|which|that)\b[^,]*/g, ' ');
    if (!FINITE_VERB.test(main) && !/\b(?:shall|must|will|may|should)\b/.test(main)) return true;
  }
  return false;
}

/** The nondisclosure directive in a sentence: where it starts and the words that state it. */
function nondisclosureIn(text: string): { index: number; text: string } | undefined {
  for (const m of text.matchAll(NEGATED_DISCLOSURE)) {
    const at = m.index ?? 0;
    if (NOT_A_PROHIBITION.test(m[1])) continue;
    const lead = text.slice(Math.max(0, at - 300), at);
    const clauseLead = lead.slice(Math.max(lead.lastIndexOf(';'), lead.lastIndexOf(':')) + 1);
    if (NON_DIRECTIVE_AUX.test(clauseLead)) continue;
    const infinitive = /^to\b/i.test(m[1]);
    const directive = infinitive || MODAL_BEFORE.test(clauseLead) || subjunctiveLead(clauseLead);
    if (!directive) continue;
    // the object: after an active verb, within its clause; a passive verb's subject stands before it
    const after = text.slice(at + m[0].length, at + m[0].length + 250).split(/[;]/)[0];
    const object = m[2] ? `${clauseLead} ${after}` : after;
    if (NONDISCLOSURE_OBJECT.test(object)) return { index: at, text: m[0] };
  }
  const other = OTHER_NONDISCLOSURE.exec(text);
  if (other && NONDISCLOSURE_OBJECT.test(text.slice(Math.max(0, other.index - 120), other.index + other[0].length + 250))) {
    return { index: other.index, text: other[0] };
  }
  return undefined;
}

// (a)(3): the agency's own device, and the record provision.
const OWN_DEVICE =
  /\b(?:its|their|his|her)\s+own\s+(?:pen\s+registers?|trap|devices?|equipment|collection\s+(?:systems?|devices?|equipment)|(?:monitoring|surveillance|capture|interception)\s+(?:systems?|devices?|equipment))\b|\b(?:equipment|devices?|systems?|hardware)\s+(?:owned|operated|controlled|provided|furnished)\s+by\s+(?:the\s+)?(?:Government|government|agency|[A-Z]{2,6})\b|\b(?:government|Government|agency|law\s+enforcement|[A-Z]{2,6})-(?:owned|operated|controlled|furnished|provided)\s+(?:pen\s+register|device|equipment|collection|system|hardware)\w*|\bDCS[-\s]?\d{3,4}\b|\bgovernment\s+(?:equipment|devices?|collection\s+system)\b/;
const PROVIDER_ACTOR = /\b(?:provider|carrier|Inc|LLC|L\.L\.C|Corp|Company|Co|Wireless|Mobile|Cellular|Fiber|Broadband|Telecom\w*|Communications|Networks?|ISP)\b/g;
const AGENCY_ACTOR = /\b(?:Government|government|agency|law\s+enforcement|investigators?|agents?|[A-Z]{2,6}(?:-[A-Z]{2})?)\b/g;
function lastIndex(re: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(re)) last = m.index ?? last;
  return last;
}
const OWN_DEVICE_NEGATION = /\b(?:not|never|no|rather\s+than|instead\s+of|without)\b[^.;]{0,40}$/i;
const PACKET_NETWORK = /\bpacket[\s-]switched\b|\bdata\s+network\b|\bnetwork\b|\bInternet\b|\bbroadband\b|\bISP\b|\bIP\s+address/i;
const RECORD_CUE =
  /\b3123\s*\(a\)\s*\(3\)|\brecords?\b[^.;]{0,200}?\b(?:officers?\s+who|installed\s+the\s+device|configuration|uninstall\w*|accessed\s+the\s+device)\b|\brecord\b[^.;]{0,80}\bex\s+parte\s+and\s+under\s+seal\b/i;
const DEADLINE = new RegExp(
  String.raw`\b(?:within|no\s+later\s+than|not\s+later\s+than|not\s+more\s+than|on\s+or\s+before|before\s+the\s+end\s+of|by)\s+` +
    String.raw`((?:${NUMBER_WORDS_SOURCE})\s*(?:\(\s*\d{1,4}\s*\))?|\d{1,4}|\(\s*\d{1,4}\s*\))\s*(?:calendar\s+|business\s+|court\s+)?(days?|weeks?|months?|years?)\b`,
  'gi',
);
// "… the record forty-five (45) days after this Order expires": a period with no "within" before it
const DEADLINE_BARE = new RegExp(
  String.raw`\b((?:${NUMBER_WORDS_SOURCE})\s*(?:\(\s*\d{1,4}\s*\))?|\d{1,4})\s*(?:calendar\s+|business\s+|court\s+)?(days?|weeks?|months?)(?=\s+(?:after|following|of\s+the\s+(?:termination|expiration)))`,
  'gi',
);
const GOOD_TRIGGER =
  /^\s*(?:after|following|of|from|upon)\s+(?:the\s+)?(?:termination|expiration|expiry|end|conclusion|lapse)\b|^\s*(?:after|following)\s+(?:this|the)\s+(?:Order|authorization|authority)\b[^.;]{0,80}?\b(?:expire[sd]?|terminate[sd]?|end(?:s|ed)?|has\s+(?:expired|terminated|ended)|(?:is|are|has\s+been|have\s+been)\s+terminated|lapse[sd]?)\b/i;

// § 3124(b): how trap results are delivered.
const RESULTS = String.raw`(?:results|(?:information|data|records)\s+(?:obtained|collected|captured|recorded|generated|acquired)|pen[\s-]register\s+(?:and\s+trap[\s-]and[\s-]trace\s+)?(?:information|data))`;
const DELIVERY = new RegExp(
  String.raw`\b(?:furnish|deliver|provide|transmit|forward|send|make\s+available)\w*\b[^.;]{0,160}?\b${RESULTS}\b|\b${RESULTS}\b[^.;]{0,120}?\b(?:furnished|delivered|provided|transmitted|forwarded|made\s+available)\b`,
  'i',
);
const DELIVERY_TIMING =
  /\breal[\s-]time\b|\bcontinu(?:ous|ing|ously)\b|\bintervals?\b|\bbusiness\s+hours\b|\bforthwith\b|\bimmediately\b|\bas\s+soon\s+as\b|\bdaily\b|\b24\s+hours\b|\baround\s+the\s+clock\b|\bfor\s+the\s+duration\b/i;
const REAL_TIME = /\breal[\s-]time\b|\bcontinu(?:ous|ing)\s+basis\b|\bcontinuously\b|\b24\s+hours\s+a\s+day\b|\baround\s+the\s+clock\b|\bas\s+(?:soon\s+as\s+)?(?:they\s+are\s+)?(?:obtained|collected|captured)\b/i;

// ---- helpers -------------------------------------------------------------------------------------------------

function matchSpan(s: Sentence, re: RegExp, from = 0): (Span & { index: number; text: string }) | undefined {
  const plain = re.global || re.sticky ? new RegExp(re.source, re.flags.replace(/[gy]/g, '')) : re;
  const m = plain.exec(s.text.slice(from));
  if (!m) return undefined;
  const a = from + m.index;
  const b = a + m[0].length;
  return { start: s.toSource(a), end: s.toSource(b), index: a, text: m[0] };
}

/** "shall not disclose … to the person in whose name …": the person is whom silence is kept from, not an identity. */
function recipientOfSilence(text: string, at: number): boolean {
  const nondisclosure = nondisclosureIn(text);
  return !!nondisclosure && nondisclosure.index < at;
}

function element(s: Sentence, span: Span, unknownHere: boolean): OrderElement {
  return { status: unknownHere ? 'unknown' : 'found', span: { start: span.start, end: span.end }, sentence: s };
}

/** The words after the cue up to the end of its clause, where "unknown" or a name would stand. */
function clauseAfter(text: string, from: number): string {
  const rest = text.slice(from, from + 220);
  const stop = rest.search(/[;]|\.\s|\bThe\s+(?:subject|location|Target)\b/);
  const clause = stop > 0 ? rest.slice(0, stop) : rest;
  // "The subscriber is Ines Marwick, and the user is unknown": the cue's own predicate ends at the next clause
  const next = /,\s+(?:and|but|while|whereas)\s+(?:the|its|his|her|their)\b/i.exec(clause);
  return next && /\b(?:is|are|was|were)\b/i.test(clause.slice(0, next.index)) ? clause.slice(0, next.index) : clause;
}

/** Up to 60 characters before the cue, within its clause ("an unknown subscriber", not "…are unknown; the subject"). */
function clauseBefore(text: string, at: number): string {
  const lead = text.slice(Math.max(0, at - 60), at);
  return lead.slice(Math.max(lead.lastIndexOf(';'), lead.lastIndexOf('. ')) + 1);
}

const titleSets = new WeakMap<DraftBase, Set<TextBlock>>();
function isTitleBlock(draft: DraftBase, b: TextBlock): boolean {
  let set = titleSets.get(draft);
  if (!set) titleSets.set(draft, (set = new Set(draft.titles)));
  return set.has(b);
}

const packetDrafts = new WeakMap<DraftBase, boolean>();
/** The draft speaks of a packet-switched network somewhere (asked once per draft). */
function mentionsPacketSwitched(draft: DraftBase): boolean {
  let known = packetDrafts.get(draft);
  if (known === undefined) packetDrafts.set(draft, (known = draft.sentences.some(saysPacketSwitched)));
  return known;
}

/** A "missing" finding's whole-order fallbacks need the order's blocks without the court's closing lines. */
function orderLayout(draft: DraftBase, part: Part): { decretalStart: number; insertAt: number; bodyEnd: number } {
  const blocks = startingIn(draft.blocks, part);
  const attachment = blocks.find((b) => b.start > part.anchor.end && isTitleBlock(draft, b) && ATTACHMENT_TITLE.test(b.text));
  const bodyEnd = attachment ? attachment.start : part.end;
  const body = blocks.filter((b) => b.start < bodyEnd);
  // "IT IS ORDERED:" on its own line reads as a title; it still opens the decretal paragraphs
  const opening = body.find((b) => b.start >= part.anchor.end && b.sentences.some((s) => DECRETAL_OPENING.test(s.text)));
  const decretalStart = opening ? opening.start : part.anchor.end;
  const decretal = body.filter((b) => b.start >= decretalStart && !isTitleBlock(draft, b) && !CLOSING_LINE.test(b.text) && b.tableRow === undefined);
  const substantive = decretal.filter((b) => b.listItem || /^\s*(?:IT\s+IS|ORDERED)\b/.test(b.text) || /\b(?:shall|may|is|are)\b/.test(b.text));
  const last = substantive[substantive.length - 1] ?? decretal[decretal.length - 1] ?? body[body.length - 1];
  // a table or list inside the last paragraph: insert after its top-level block ends
  let insertAt = last ? last.end : part.anchor.end;
  if (last) {
    const sameTop = body.filter((b) => b.topIndex === last.topIndex);
    insertAt = Math.max(insertAt, ...sameTop.map((b) => b.end));
  }
  return { decretalStart, insertAt, bodyEnd };
}

// ---- the extractor -------------------------------------------------------------------------------------------

export function extractOrderFacts(draft: DraftBase): OrderFacts {
  const orderParts = draft.parts.filter((p) => p.kind === 'order');
  const kindAt = (offset: number) => draft.partAt(offset)?.kind;
  // only the sentences that ask for assistance, real-time delivery or an own device can set what the loop below sets
  const asking = askingSentences(draft.parsed.fragments);
  const outside = orderParts.length ? asking.filter((s) => kindAt(s.start) !== 'order') : asking;
  const inApplication = (offset: number) => {
    const kind = kindAt(offset);
    return kind !== undefined && kind !== 'order';
  };
  // a table's labels are worked out only when a cell of it in an order part is read
  const labelOf = tableCellLabeler(draft.blocks);

  const applicationIdentifiers = draft.identifiers.filter((i) => inApplication(i.start));
  const applicationTargets = applicationIdentifiers.filter((i) => i.role === 'target');

  let assistanceRequested: Span | undefined;
  let realTimeRequested: Span | undefined;
  let ownDeviceElsewhere: Span | undefined;
  for (const s of outside) {
    if (!assistanceRequested && inApplication(s.start) && asksAssistance(s)) {
      assistanceRequested = matchSpan(s, ASSISTANCE) ?? matchSpan(s, /\bassistance\b/i);
    }
    if (!realTimeRequested && deliversInRealTime(s)) realTimeRequested = matchSpan(s, REAL_TIME);
    if (!ownDeviceElsewhere && namesOwnDevice(s)) {
      const own = ownDeviceIn(s, draft);
      if (own) ownDeviceElsewhere = own;
    }
  }

  const orders = orderParts.map((part) => readOrder(draft, part, labelOf)).filter((o) => o.prtt);
  const checklist: Partial<OrderChecklist> = {};
  if (orders.length) {
    for (const key of CHECKLIST_KEYS) {
      const stated = orders.find((o) => o[key].status !== 'missing') ?? orders[0];
      (checklist as Record<string, unknown>)[key] = stated[key];
    }
  }
  return {
    ...checklist,
    orders,
    applicationIdentifiers,
    applicationTargets,
    assistanceRequested,
    realTimeRequested,
    ownDeviceElsewhere,
    names: readNames(draft, orders, applicationTargets),
  };
}

function ownDeviceIn(s: Sentence, draft: DraftBase): Span | undefined {
  const m = matchSpan(s, OWN_DEVICE);
  if (!m) return undefined;
  const lead = s.text.slice(0, m.index);
  if (OWN_DEVICE_NEGATION.test(lead)) return undefined;
  // "its own": whose? the last actor named before it must be the agency, not the provider
  if (/^(?:its|their|his|her)\b/i.test(m.text) && lastIndex(PROVIDER_ACTOR, lead) >= lastIndex(AGENCY_ACTOR, lead)) return undefined;
  const packet = PACKET_NETWORK.test(s.text) || mentionsPacketSwitched(draft);
  if (!packet) return undefined;
  // start at the authorizing verb ("may install its own device") when it is close by
  const before = s.text.slice(Math.max(0, m.index - 40), m.index);
  const verb = /\b(?:(?:may|shall|will|to)\s+)?(?:(?:continue\s+to\s+)?(?:install|use|deploy|attach|connect)\w*)\b[^.;]*$/i.exec(before);
  const start = verb ? s.toSource(m.index - before.length + verb.index) : m.start;
  return { start, end: m.end };
}

function readOrder(draft: DraftBase, part: Part, labelOf: (block: TextBlock) => string): OrderPartFacts {
  const layout = orderLayout(draft, part);
  const sentences = startingIn(draft.sentences, part);
  const body = sentences.filter((s) => s.start < layout.bodyEnd);
  const decretal = sentences.filter((s) => s.start >= layout.decretalStart && !isTitleBlock(draft, s.block));
  // captions and headings count too ("IN RE … INVESTIGATION OF VIOLATIONS OF 21 U.S.C. § 841")
  const prose = sentences;

  const facts: OrderPartFacts = {
    part,
    prtt:
      (sentences.some((s) => PRTT_ORDER.test(s.text)) || draft.parts.filter((p) => p.kind === 'order').length === 1) &&
      (sentences.some((s) => DECREE.some((re) => re.test(s.text))) || /\bPROPOSED\b/i.test(part.title?.text ?? '')),
    decretalStart: layout.decretalStart,
    insertAt: layout.insertAt,
    subscriber: MISSING,
    subject: MISSING,
    identifier: MISSING,
    targets: [],
    offense: MISSING,
    geoLimits: MISSING,
    authorizesTrap: false,
    assistance: MISSING,
    sealing: { status: 'missing', indefinite: false },
    nondisclosure: MISSING,
    ownDevice: MISSING,
    record: MISSING,
    trapDelivery: MISSING,
  };

  // Table cells of the target facility: "| Listed subscriber | Unknown |", "| Subject | ... |".
  for (const s of prose) {
    const label = s.block.tableRow !== undefined && s.block.tableRow > 0 ? labelOf(s.block) : '';
    if (!label || !s.text.trim()) continue;
    if (facts.subscriber.status === 'missing' && SUBSCRIBER_COLUMN.test(label)) facts.subscriber = element(s, s, UNKNOWN.test(s.text));
    if (facts.subject.status === 'missing' && SUBJECT_COLUMN.test(label)) facts.subject = element(s, s, UNKNOWN.test(s.text));
    // "| Target | Wendell Crouse |": a column of targets holds the subject when its cell is a person (not a facility)
    if (facts.subject.status === 'missing' && label.split('|').some((l) => TARGET_PERSON_COLUMN.test(l)) && (personName(s.text.trim().replace(/[.;]$/, '')) || /^\s*unknown\b/i.test(s.text))) facts.subject = element(s, s, UNKNOWN.test(s.text));
    if (facts.offense.status === 'missing' && /offen[cs]e|violation|\bcrimes?\b|statutes?\s+violated/i.test(label) && !UNKNOWN.test(s.text)) facts.offense = element(s, s, false);
  }

  // "user … unknown": the person behind the facility is unknown (counted for the subject only when nothing else is)
  let userUnknown: OrderElement | undefined;
  for (const s of prose) {
    const text = s.text;
    if (s.block.tableRow === undefined) {
      const roles = unknownRoles(text);
      if (roles) {
        const span = { start: s.toSource(roles.index), end: s.toSource(roles.end) };
        if (facts.subscriber.status === 'missing' && roles.subscriber) facts.subscriber = element(s, span, true);
        if (facts.subject.status === 'missing' && roles.subject) facts.subject = element(s, span, true);
        if (!userUnknown && roles.user) userUnknown = element(s, span, true);
      }
      if (!userUnknown) {
        const m = matchSpan(s, USER_UNKNOWN);
        if (m) userUnknown = element(s, m, true);
      }
      if (facts.subscriber.status === 'missing') {
        const m = matchSpan(s, SUBSCRIBER_CUE) ?? matchSpan(s, SUBSCRIBER_NAMED);
        if (m && !/\bto\s+the\s+listed\s+subscribers?\b/i.test(text.slice(Math.max(0, m.index - 20), m.index + m.text.length + 5)) && !recipientOfSilence(text, m.index)) {
          const unknown = UNKNOWN.test(clauseAfter(text, m.index)) || UNKNOWN.test(clauseBefore(text, m.index));
          facts.subscriber = element(s, m, unknown);
        }
      }
      if (facts.subject.status === 'missing') {
        const m = matchSpan(s, SUBJECT_CUE) ?? matchSpan(s, SUBJECT_NAMED);
        if (m && !recipientOfSilence(text, m.index)) facts.subject = element(s, m, UNKNOWN.test(clauseAfter(text, m.index)) || UNKNOWN.test(clauseBefore(text, m.index)));
        // named in apposition: the name is the identity, whatever the clause says of the subscriber, even where the
        // clause keeps the order from that person ("shall not disclose … to the subject, Ann Poe")
        const named = facts.subject.status === 'missing' ? subjectAppositive(s) : undefined;
        if (named) facts.subject = element(s, named, false);
      }
    }
    if (facts.offense.status === 'missing') {
      const offense = offenseIn(draft, s);
      if (offense) facts.offense = element(s, offense, false);
    }
    if (facts.geoLimits.status === 'missing') {
      const m = matchSpan(s, GEO_CUE);
      if (m) facts.geoLimits = element(s, m, false);
    }
    if (!facts.authorizesTrap && TRAP_WORDS.test(text)) facts.authorizesTrap = true;
  }

  // LEGAL.md § 2.2(2): the order must not leave the subject unsaid; an order that says the facility's user is unknown
  // and names no subject has said, in substance, that the person under investigation is not known.
  if (facts.subject.status === 'missing' && userUnknown) facts.subject = userUnknown;

  // (b)(1)(C): the identifiers the order names; a placeholder where the number goes counts as stated.
  const partIdentifiers = startingIn(draft.identifiers, part);
  facts.targets = partIdentifiers.filter((i) => i.role === 'target');
  const named = facts.targets[0] ?? partIdentifiers.find((i) => i.role !== 'incidental');
  if (named) facts.identifier = { status: 'found', span: { start: named.start, end: named.end }, sentence: named.sentence };
  else {
    for (const s of prose) {
      const m =
        /\b(?:number|identifier|account|address|IMEI|IMSI)\b\W{0,4}(\[[A-Z][A-Z0-9 ,./&'_-]{1,40}\]|_{3,})/i.exec(s.text) ??
        /(\[[A-Z0-9 ,./&'_-]{0,30}(?:NUMBER|PHONE|ACCOUNT|ADDRESS|IDENTIFIER|IMEI|IMSI|E-?MAIL|\bIP\b)[A-Z0-9 ,./&'_-]{0,30}\])/.exec(s.text);
      if (m) {
        const a = m.index + m[0].lastIndexOf(m[1]);
        facts.identifier = { status: 'found', span: { start: s.toSource(a), end: s.toSource(a + m[1].length) }, sentence: s };
        break;
      }
    }
  }

  // Directives: only the decretal paragraphs direct anything.
  const directives = decretal.length ? decretal : body;
  for (const s of directives) {
    const text = s.text;
    if (facts.assistance.status === 'missing' && ASSISTANCE.test(text) && (DIRECTIVE.test(text) || subjunctiveDecree(text)) && !NEGATED_DIRECTIVE.test(text)) {
      facts.assistance = element(s, matchSpan(s, ASSISTANCE)!, false);
    }
    const recordSentence = RECORD_CUE.test(text) || RECORD_ONLY.test(text);
    if (facts.sealing.status === 'missing' && SEALING.test(text) && !NEGATED_DIRECTIVE.test(text)) {
      const m = matchSpan(s, SEALING)!;
      const sealsRecordOnly = recordSentence && !/\b(?:this\s+order|the\s+application|these\s+papers)\b[^.;]{0,60}\b(?:be|is|are|remain)\s+(?:\w+\s+){0,2}?(?:sealed|under\s+seal)\b/i.test(text);
      if (SEALED_PAPERS.test(text) && !sealsRecordOnly) {
        const paragraph = s.block.text;
        const indefinite = UNTIL_FURTHER.test(text) && !SEALING_REVIEW.test(paragraph.replace(UNTIL_FURTHER, ''));
        facts.sealing = { ...element(s, m, false), indefinite };
      }
    }
    if (facts.nondisclosure.status === 'missing') {
      const m = nondisclosureIn(text);
      if (m) facts.nondisclosure = element(s, { start: s.toSource(m.index), end: s.toSource(m.index + m.text.length) }, false);
    }
    if (facts.trapDelivery.status === 'missing' && DELIVERY.test(text) && DELIVERY_TIMING.test(text)) {
      facts.trapDelivery = element(s, matchSpan(s, DELIVERY)!, false);
    }
  }

  // (a)(3): the agency's own device, then the record and its deadline (the paragraph that keeps the record).
  for (const s of body) {
    if (facts.ownDevice.status === 'missing') {
      const own = ownDeviceIn(s, draft);
      if (own) facts.ownDevice = { status: 'found', span: own, sentence: s };
    }
    if (facts.record.status === 'missing' && RECORD_CUE.test(s.text)) {
      facts.record = element(s, matchSpan(s, RECORD_CUE)!, false);
    }
  }
  if (facts.record.sentence) {
    const recordBlock = facts.record.sentence.block;
    const near = body.filter((s) => s.block === recordBlock || (s.start > recordBlock.end && s.start < recordBlock.end + 400 && /\brecord\b/i.test(s.text)));
    // the deadline of the filing with the court, not another period in the same paragraph
    for (const s of near.filter((x) => /\b(?:provide|file|submit|deliver|furnish|return|lodge)\w*\b/i.test(x.text) && /\bCourt\b|\bunder\s+seal\b|\bex\s+parte\b/i.test(x.text))) {
      const deadline = deadlineIn(s);
      if (deadline) {
        facts.record = { ...facts.record, deadline };
        break;
      }
    }
  }
  return facts;
}

const PROCEDURAL_SECTIONS = new Set(['1746', '1002', '3117', '3512', '2518', '3121', '3122', '3123', '3124', '3125', '3126', '3127']);

function isProceduralRef(section: string, state: boolean | undefined): boolean {
  const n = Number.parseInt(section, 10);
  if (state) return /^(?:705|638|18B|577)/.test(section) || (n >= 705 && n < 706) || (n >= 5771 && n <= 5775);
  if (PROCEDURAL_SECTIONS.has(section)) return true;
  return (n >= 2510 && n <= 2523) || (n >= 2701 && n <= 2713);
}

/** The statement of the offense in a sentence: a cited criminal statute or a named crime, tied to the investigation. */
function offenseIn(draft: DraftBase, s: Sentence): Span | undefined {
  for (const relation of s.text.matchAll(new RegExp(OFFENSE_RELATION.source, 'gi'))) {
    const found = offenseAfter(draft, s, relation);
    if (found) return found;
  }
  return undefined;
}

function offenseAfter(draft: DraftBase, s: Sentence, relation: RegExpMatchArray): Span | undefined {
  const at = relation.index ?? 0;
  const cited = lyingIn(draft.citations, { start: s.toSource(at), end: s.end }).find((c) => !c.rule && c.refs.some((r) => !isProceduralRef(r.section, c.state)));
  if (cited) return { start: s.toSource(at), end: cited.end };
  const crime = crimeIn(s.text.slice(at, at + 400));
  if (crime && crime.index < 160) return { start: s.toSource(at), end: s.toSource(at + crime.index + crime[0].length) };
  const placeholder = PLACEHOLDER.exec(s.text.slice(at));
  if (placeholder && placeholder.index < 60 && /\bviolations?|offen[cs]es?/i.test(relation[0])) {
    return { start: s.toSource(at), end: s.toSource(at + placeholder.index + placeholder[0].length) };
  }
  return undefined;
}

function deadlineIn(s: Sentence): RecordDeadline | undefined {
  return deadlineMatching(s, DEADLINE) ?? deadlineMatching(s, DEADLINE_BARE);
}

function deadlineMatching(s: Sentence, pattern: RegExp): RecordDeadline | undefined {
  const re = new RegExp(pattern.source, 'gi');
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.text))) {
    const numbers = [...m[1].matchAll(/\d{1,4}/g)].map((x) => Number(x[0]));
    const word = parseNumber(m[1].replace(/\(.*$/, '').trim());
    if (word !== undefined) numbers.push(word);
    if (!numbers.length) continue;
    const n = Math.max(...numbers);
    const unit = m[2].toLowerCase();
    const days = unit.startsWith('day') ? n : unit.startsWith('week') ? n * 7 : unit.startsWith('month') ? n * 31 : n * 366;
    const trigger = s.text.slice(m.index + m[0].length, m.index + m[0].length + 160);
    return {
      start: s.toSource(m.index + m[0].indexOf(m[1])),
      end: s.toSource(m.index + m[0].length),
      days,
      trigger: trigger.split(/[;]|\.\s/)[0],
      triggerOk: GOOD_TRIGGER.test(trigger),
    };
  }
  return undefined;
}

// ---- names for the fixes -------------------------------------------------------------------------------------

// COMPANY's first word: a capital and one more name character, then any (it was `(?:[a-z0-9&'-]+|[A-Z&]+)[\w&'.-]*`,
// the same words, but two overlapping runs: quadratic on a long capitalised word)
const COMPANY = /\b([A-Z][a-zA-Z0-9&'-][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4},?\s+(?:Inc|LLC|L\.L\.C|Co|Corp|Corporation|Company|Ltd|LP|L\.P|Communications|Wireless|Mobile|Telecom)\b\.?)(?:\s*\(\s*(?:the\s+)?["“]([^"”]{2,40})["”]\s*\))?/;
const AGENCY_DEFINED = /\b(?:conducted\s+by|investigation\s+by|investigated\s+by)\s+(?:the\s+)?([A-Z][^()"“.;]{2,90}?)\s*\(\s*(?:the\s+)?["“]?([A-Z][\w-]{1,15})["”]?\s*\)/;
const AGENCY = /\b(?:conducted|investigation)\s+by\s+(?:the\s+)?([A-Z][\w&.,' -]{2,90}?)(?:\s*\(\s*["“]([^"”]{2,20})["”]\s*\)|[,.;]|\s+into\b|\s+regarding\b|$)/;

function readNames(draft: DraftBase, orders: OrderPartFacts[], applicationTargets: Identifier[]): OrderFacts['names'] {
  const names: OrderFacts['names'] = {};
  // the orders' sentences first, then the whole draft's; of them only those that can name the provider or agency
  const naming = namingSentences(draft.parsed.fragments);
  const ordered = [...orders.map((o) => startingIn(naming, o.part)), naming];
  reading: for (const list of ordered) for (const s of list) {
    if (!names.provider && servedByCompany(s)) {
      const m = COMPANY.exec(s.text);
      if (m) names.provider = (m[2] ?? m[1]).trim().replace(/,$/, '');
    }
    if (!names.agency && namesAgency(s)) {
      const m = AGENCY_DEFINED.exec(s.text) ?? AGENCY.exec(s.text);
      if (m) names.agency = (m[2] ?? m[1]).trim();
    }
    if (names.provider && names.agency) break reading;
  }
  if (!names.provider) {
    // no sentence says who serves the facility: the first company the draft names
    const companies = companySentences(draft.parsed.fragments);
    const inOrder = [...orders.map((o) => startingIn(companies, o.part)), companies];
    naming: for (const list of inOrder) for (const s of list) {
      if (!namesCompany(s)) continue;
      const m = COMPANY.exec(s.text);
      if (m) {
        names.provider = (m[2] ?? m[1]).trim().replace(/,$/, '');
        break naming;
      }
    }
  }
  const target = orders.flatMap((o) => o.targets)[0] ?? applicationTargets[0];
  if (target) names.identifier = target.text;
  // what the application says about the (b)(1) elements, to fill an order that leaves them out
  const stating = elementSentences(draft.parsed.fragments);
  const applicationSentences = draft.parts.filter((p) => p.kind === 'application').map((p) => startingIn(stating, p));
  for (const list of applicationSentences) for (const s of list) {
    if (!names.subscriber && citesSubscriber(s)) {
      const m = SUBSCRIBER_CUE.exec(s.text);
      if (m && !/\bto\s+the\s+listed\s+subscribers?\b/i.test(s.text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 5))) {
        names.subscriber = personAfter(s.text, m.index + m[0].length);
      }
    }
    if (!names.subject && citesSubject(s)) {
      const m = SUBJECT_CUE.exec(s.text);
      if (m) names.subject = personAfter(s.text, m.index + m[0].length);
    }
    if (!names.offense && statesOffense(s)) {
      const m = OFFENSE_CLAUSE.exec(s.text);
      if (m) names.offense = m[1].trim();
    }
  }
  return names;
}

/** "… is listed in the name of Gertrude Bagglethorpe of Brandon" → "Gertrude Bagglethorpe"; "unknown" when it says so. */
function personAfter(text: string, from: number): string | undefined {
  const clause = clauseAfter(text, from);
  if (UNKNOWN.test(clause.slice(0, 80))) return 'unknown';
  const name = personNameIn(clause.replace(/^\s*(?:is|are|was|:)\s+/, ''));
  return name && !/^(?:The|Target|United|Government)\b/.test(name) ? name.replace(/[,.]$/, '') : undefined;
}

const isNameChar = (c: string) => /[\w.'’-]/.test(c);
const isSpace = (c: string) => /\s/.test(c);
const isCapital = (c: string) => c >= 'A' && c <= 'Z';
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'del', 'la']);

/**
 * The first run of capitalised words (and particles) ending on a capitalised word of two letters or more ("Ines
 * Marwick", "Juan de la Cruz"): what `/\b([A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|del|la))*\s+[A-Z][\w.'’-]+)/`
 * gives as its group 1, read word by word once. (The pattern was retried from every capital of a long word such as
 * "A.A.A.…" and re-read the same run of words from each: quadratic.)
 */
export function personNameIn(text: string): string | undefined {
  const n = text.length;
  const wordEnd = (i: number) => {
    while (i < n && isNameChar(text[i])) i++;
    return i;
  };
  const spaceEnd = (i: number) => {
    while (i < n && isSpace(text[i])) i++;
    return i;
  };
  for (let i = 0; i < n; ) {
    if (!isNameChar(text[i])) {
      i++;
      continue;
    }
    const end = wordEnd(i);
    // the name starts at the word's first capital that follows a non-word character, two characters or more before the
    // word's end (a later one would be followed by the same words), and the word is followed by white space
    let start = -1;
    for (let j = i; j < end - 1 && start < 0; j++) if (isCapital(text[j]) && (j === 0 || !/\w/.test(text[j - 1]))) start = j;
    if (start < 0 || end === n || !isSpace(text[end])) {
      i = end;
      continue;
    }
    // the words after it, each after white space: capitalised ones and particles; the name ends on the last
    // capitalised one of two characters or more
    let last = -1;
    let k = end;
    for (;;) {
      const w = spaceEnd(k);
      const e = wordEnd(w);
      if (w === k || e === w || (!isCapital(text[w]) && !NAME_PARTICLES.has(text.slice(w, e)))) break;
      if (isCapital(text[w]) && e - w >= 2) last = e;
      k = e;
    }
    if (last > 0) return text.slice(start, last);
    // no name here, nor from any word of this run (only one-letter capitals and particles)
    i = k;
  }
  return undefined;
}

// ---- fixes ---------------------------------------------------------------------------------------------------

/** A paragraph inserted after the order's last decretal paragraph (never mid-sentence). */
export function insertAfterDecretals(order: OrderPartFacts, paragraph: string): { start: number; end: number; text: string } {
  return { start: order.insertAt, end: order.insertAt, text: `\n\n${paragraph}` };
}

/** How the fixes name the facility: the order's own defined term when it has one, else the identifier. */
export function facilityName(facts: OrderFacts, order?: OrderPartFacts): string {
  const term = order?.targets[0]?.sentence.text.match(/\(the\s+["“](Target\s+[A-Z][\w ]{2,30}?)["”]\)/);
  if (term) return `the ${term[1]}`;
  return facts.names.identifier ?? '[TELEPHONE NUMBER / ACCOUNT / IP ADDRESS]';
}

// ---- what a sentence holds, kept on it (engine/memo.ts) -------------------------------------------------------
// The whole-draft passes above ask the same questions of every sentence on every lint; the answers depend on the
// sentence's text alone, so an unchanged sentence is answered by one array read.

const OFFENSE_CLAUSE = /\brelat(?:es|ing)\s+to\s+(?:possible\s+|alleged\s+)?violations?\s+of\s+([^;]{4,300}?)\.?$/i;
const SERVED_BY = /\b(?:serviced|provided|maintained|operated|hosted|served)\s+by\b|\bprovider\b|\bany\s+other\s+person\s+or\s+entity\b/i;

// one question per reader, asked only until a pass has its answer (as the regular expressions were before)
const asksAssistance = memoOnText((text: string) => (ASSISTANCE.test(text) || /\bassistance\b/i.test(text)) && (APPLICATION_REQUEST.test(text) || /\b3124\b/.test(text)));
const deliversInRealTime = memoOnText((text: string) => REAL_TIME.test(text) && DELIVERY.test(text));
const namesOwnDevice = memoOnText((text: string) => OWN_DEVICE.test(text));
const namesCompany = memoOnText<Sentence, boolean>((text: string) => COMPANY.test(text));
const servedByCompany = memoOnText((text: string) => SERVED_BY.test(text) && COMPANY.test(text));
const namesAgency = memoOnText((text: string) => AGENCY_DEFINED.test(text) || AGENCY.test(text));
const citesSubscriber = memoOnText((text: string) => SUBSCRIBER_CUE.test(text));
const citesSubject = memoOnText((text: string) => SUBJECT_CUE.test(text));
const statesOffense = memoOnText((text: string) => OFFENSE_CLAUSE.test(text));
// the sentences each pass over the whole draft can act on, kept per chunk (memo.ts)
const askingSentences = keptSentencesWhere((s: Sentence) => asksAssistance(s) || deliversInRealTime(s) || namesOwnDevice(s));
const namingSentences = keptSentencesWhere((s: Sentence) => servedByCompany(s) || namesAgency(s));
const companySentences = keptSentencesWhere(namesCompany);
const elementSentences = keptSentencesWhere((s: Sentence) => citesSubscriber(s) || citesSubject(s) || statesOffense(s));
const saysPacketSwitched = memoOnText((text: string) => /\bpacket[\s-]switched\b/i.test(text));
