// Periods and dates, with their roles (18 U.S.C. § 3123(c), § 3125; LEGAL.md §§ 2.2, 3.4, 7.2, 7.3).
//
// Every period the text states is parsed from the grammar of a period, not from a list of phrases:
//   duration   NUMBER [(NUMERAL)] [calendar|business|…] UNIT [(NUMERAL)]   "sixty (60) days", "a 90-day period",
//              "three months", "60 business days", "a quarter", "sixty days (60)"
//   range      [from|beginning|between] DATE (through|to|until|ending|and) DATE, where DATE is a calendar date
//              or "the date of this Order"
//   until      (until|through|ending on|expiring on) DATE, measured from the order date when that is known
//   open-ended until / for the duration of / so long as + an event that is not a date ("until further order",
//              "until the investigation is concluded"), "indefinitely"
//   renewal    automatic or successive renewals ("successive sixty-day periods", "extended … without further
//              application")
// Each period then gets a role from the clause that governs it: the installation period of an order, an
// extension, the § 3125 emergency clock, sealing / nondisclosure, the § 3123(a)(3) record deadline, a § 2703(f)
// preservation, a records look-back, another deadline, a prior order's period (background), or other.
// The rules read these facts; the language server shows them on hover (days, start, end, role).
import type { Span, PartKind } from '../types.js';
import type { Fragment, Sentence, TextBlock } from '../parse.js';
import type { Part } from './structure.js';
import type { DraftBase } from './index.js';
import { TextMemo, keptSentencesWhere, memoOn, memoOnBlock, memoOnText } from '../memo.js';
import { countStartingBefore } from '../sorted.js';
import { NUMBER_WORDS_SOURCE, NUMERAL_SOURCE, ORDINAL_SOURCE, parseNumber, parseOrdinal } from '../text/numbers.js';
import {
  findDatesInText,
  findYearlessDates,
  overlapsSorted,
  findDateTimes,
  fromSerial,
  serialOf,
  daysInMonth,
  minuteRange,
  type DateTimeMatch,
} from './dates.js';

export type PeriodRole =
  | 'installation'
  | 'extension'
  | 'emergency'
  | 'sealing'
  | 'record-deadline'
  | 'preservation'
  | 'look-back'
  | 'deadline'
  | 'prior-order'
  | 'other';

export type PeriodKind = 'duration' | 'range' | 'until' | 'open-ended' | 'renewal';
export type PeriodUnit = 'day' | 'business-day' | 'week' | 'month' | 'quarter' | 'year' | 'hour';
/** What the period is counted from. */
export type PeriodAnchor = 'order' | 'installation' | 'service' | 'termination' | 'date' | 'event' | 'preceding' | 'none';

/** A number as the text writes it: the words ("sixty") or the numeral ("60"). */
export interface NumberPart extends Span {
  text: string;
  value: number;
}

/** A calendar day (serial = days since 1970-01-01) and where the text states it, if it does. */
export interface PeriodDate {
  serial: number;
  year: number;
  month: number;
  day: number;
  /** Minutes after midnight, when a time is stated. */
  minutes?: number;
  tzOffset?: number;
  /** Where the text states it (absent for a day computed from an anchor). */
  span?: Span;
  text?: string;
  /** How it was found: written in the text, the order's own date, or computed. */
  source: 'text' | 'order-date' | 'computed';
}

export interface DayCount {
  /** Fewest calendar days the period can cover. */
  min: number;
  /** Most calendar days it can cover (differs from min for months, business days and explicit ranges). */
  max: number;
}

export interface Period extends Span {
  role: PeriodRole;
  /** The most calendar days the period can cover (days.max), for hovers; undefined when open-ended. */
  dayCount?: number;
  kind: PeriodKind;
  /** The words of the period as written ("sixty (60) days", "June 10, 2024, and ending August 16, 2024"). */
  text: string;
  /** The part that holds it, and its kind. */
  part?: Part;
  partKind?: PartKind;
  sentence: Sentence;
  /** Duration: the number judged (the larger of the words and the numeral when they disagree) and its unit. */
  amount?: number;
  unit?: PeriodUnit;
  /** The number in words and the number in numerals, as written. */
  words?: NumberPart;
  numeral?: NumberPart;
  /** Words and numeral disagree ("sixty (90) days"). */
  mismatch: boolean;
  /** Adjectival form ("a 90-day period", "sixty-day"). */
  adjectival: boolean;
  /** Ordinal form ("the sixtieth (60th) day after …"). */
  ordinal?: boolean;
  /** Stated by reference to the statute ("the maximum period permitted by § 3123(c)"): sixty days. */
  statutory?: boolean;
  /** Span of the number-and-unit words a fix replaces ("ninety (90) days", "90-day"). */
  amountSpan?: Span;
  /** Calendar days covered; undefined for open-ended periods and unknown ends. */
  days?: DayCount;
  /** Range: days between the two ends (D of LEGAL.md §7.3: end − start). */
  between?: number;
  anchor: PeriodAnchor;
  anchorText?: string;
  /** First and last day of the period, when the text states them or they follow from a known order date. */
  startDate?: PeriodDate;
  endDate?: PeriodDate;
  /** For open-ended and renewal periods: the words that make them ("until further order of this Court"). */
  phrase?: Span;
  /** Another period of the same clause states the same span (e.g. "three months, from March 1 through May 31"):
   *  only the primary one is judged, so one defect gives one finding. */
  primary: boolean;
  /** Part of an automatic / successive renewal ("successive sixty-day periods thereafter"). */
  automatic?: boolean;
}

/** A stated start of the authorization: "nunc pro tunc to March 1", "effective as of August 9, 2024". */
export interface StartMention extends Span {
  kind: 'nunc-pro-tunc' | 'effective' | 'beginning' | 'retroactive';
  text: string;
  date?: PeriodDate;
  part?: Part;
  sentence: Sentence;
  /** The clause is about the installation / use the order authorizes or approves. */
  role: PeriodRole;
}

/** A date or time the draft states for an event, with the words that state it. */
export interface EventTime extends Span {
  text: string;
  date: PeriodDate;
  /** The words before the time that say what happened ("Installation began", "submitted"). */
  cue: string;
  part?: Part;
}

export interface EmergencyClock {
  installation?: EventTime;
  application?: EventTime;
  order?: EventTime;
  /** Hours from installation to the order (or, when the order is undated, to the application, which the order
   *  cannot precede): min and max when the times are stated only as days. */
  hours?: { min: number; max: number; to: 'order' | 'application' };
}

/** The order's date: front matter, a dated signature line in the order, or (a lower bound) the application's. */
export interface DraftDate {
  date: PeriodDate;
  source: 'frontmatter' | 'order' | 'application';
  span?: Span;
}

export interface PeriodFacts {
  periods: Period[];
  starts: StartMention[];
  /** Emergency drafts: where an order approves the installation already made ("is APPROVED", "ratifies"). */
  approvals: Array<Span & { part?: Part; sentence: Sentence }>;
  orderDate?: DraftDate;
  applicationDate?: DraftDate;
  /** § 3125 facts, when the draft is an emergency one. */
  emergency?: EmergencyClock;
  /** The draft holds (or is) a § 3125 emergency part. */
  isEmergency: boolean;
}

// ------------------------------------------------------------------------------------------------ grammar

const NUM = String.raw`(?:${NUMBER_WORDS_SOURCE}|${NUMERAL_SOURCE})`;
const QUALIFIER = String.raw`(?:(?:calendar|business|working|court|consecutive|full|additional|more|further|successive)[\s-]+){0,2}`;
const UNIT = String.raw`(days?|weeks?|months?|years?|hours?|hrs?|quarters?|fortnights?)`;
/** NUMBER [(NUMERAL)] [qualifiers] UNIT [(NUMERAL)], or a/an [qualifier] UNIT. Bounded: no nested quantifiers
 *  over overlapping classes. */
const DURATION_RE = new RegExp(
  String.raw`(?<![\w§.])(?:(?<num>${NUM})(?:(?:\s*|-)\(\s*(?<paren>${NUM})\s*\))?(?<sep>[\s-]+|-)${QUALIFIER}${UNIT}(?:\s*\(\s*(?<after>${NUM})\s*\))?` +
    String.raw`|(?<!\b(?:hours?|days?|times?|weeks?|months?)\s+)(?<article>an?)\s+(?:(?:calendar|additional|further|full|single)\s+)?(?<unit2>day|week|month|year|hour|quarter|fortnight)(?!-)\b)` +
    String.raw`(?!\s+(?:a|per|each|every)\s+(?:day|week|month|year)\b)(?![\w-])`,
  'gi',
);

const MONTH_NAMES = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
const ORDER_REF = String.raw`(?:(?:this|the|such|said)\s+(?:court['’]?s\s+)?(?:extension\s+|emergency\s+|proposed\s+)?order|the\s+extension\s+order|this\s+extension)`;

/** Anchors written after a duration: "from the date of this Order", "from installation", "after termination". */
const ANCHOR_AFTER: Array<{ re: RegExp; anchor: PeriodAnchor }> = [
  { re: new RegExp(String.raw`^\s*(?:\(\s*\d+\s*\)\s*)?(?:,\s*)?(?:thereafter\s+)?(?:commencing\s+|beginning\s+|starting\s+|running\s+|measured\s+)?(?:from|after|following|of|on)\s+(?:the\s+)?(?:date\s+(?:of\s+)?(?:the\s+)?(?:entry|signing|signature|issuance|filing)\s+of\s+${ORDER_REF}|(?:date\s+of\s+)?(?:entry\s+of\s+|issuance\s+of\s+|signing\s+of\s+)?${ORDER_REF}|date\s+(?:on\s+which\s+|that\s+)?(?:${ORDER_REF}|it)\s+(?:is|was|has\s+been)\s+(?:signed|entered|issued|granted)|date\s+hereof|date\s+of\s+(?:signature|entry|issuance)|(?:its|the)\s+(?:entry|issuance|signing|execution)(?:\s+hereof)?\b|entry\s+hereof|issuance\s+hereof|signature\b|(?:entry|issuance|signing)\b(?!\s+of\b)|(?:it|this\s+order)\s+(?:is|was|has\s+been)\s+(?:signed|entered|issued)|today\b|this\s+date\b|date\s+(?:(?:signed|entered|written|set\s+(?:forth|out))\s+below|below))`, 'i'), anchor: 'order' },
  { re: /^\s*(?:\(\s*\d+\s*\)\s*)?(?:,\s*)?(?:commencing\s+|beginning\s+|starting\s+|running\s+|measured\s+)?(?:from|after|following|upon|of)\s+(?:the\s+)?(?:(?:earlier|earliest|sooner)\s+of\s+)?(?:date\s+(?:of\s+)?(?:the\s+)?(?:first\s+)?)?(?:installation|install|activation|implementation|the\s+date\s+(?:the|any)\s+(?:pen\s+register|device|devices|trap)|(?:the\s+)?(?:pen\s+register|device|devices)\s+(?:is|are)\s+(?:first\s+)?installed|date\s+(?:on\s+which\s+)?(?:the\s+)?(?:pen\s+register|device|devices|trap\s+and\s+trace\s+device)\s+(?:is|are)\s+(?:first\s+)?installed)/i, anchor: 'installation' },
  { re: /^\s*(?:\(\s*\d+\s*\)\s*)?(?:,\s*)?(?:from|after|following|of|upon)\s+(?:the\s+)?(?:date\s+of\s+)?(?:receipt\s+of\s+|service\s+of\s+|service\b|receipt\b)/i, anchor: 'service' },
  { re: /^\s*(?:\(\s*\d+\s*\)\s*)?(?:,\s*)?(?:from|after|following|of|upon)\s+(?:the\s+)?(?:date\s+of\s+)?(?:termination|expiration|expiry|the\s+(?:termination|expiration|end)\s+of)/i, anchor: 'termination' },
  // "from the date the current order expires", "after the existing authorization ends"
  { re: /^\s*(?:\(\s*\d+\s*\)\s*)?(?:,\s*)?(?:from|after|following|beyond)\s+(?:the\s+)?(?:date\s+(?:on\s+which\s+|that\s+)?|time\s+)?(?:the\s+|its\s+)?(?:current|existing|present|prior|original|previous|initial)\s+(?:order|authori[sz]ation|extension|period)(?:\s+of\s+[^,;.]{1,40}?)?\s+(?:expires|terminates|ends|lapses|runs\s+out|is\s+set\s+to\s+expire)/i, anchor: 'termination' },
  { re: /^\s*(?:\(\s*\d+\s*\)\s*)?(?:,\s*)?(?:immediately\s+)?(?:preceding|prior\s+to|before|predating)\b/i, anchor: 'preceding' },
  // "records for the ninety days ending on the date of this Order": a span that ends where the order begins
  { re: /^\s*(?:\(\s*\d+\s*\)\s*)?(?:,\s*)?(?:ending|concluding|terminating|up\s+to|through)\s+(?:on\s+)?(?:the\s+)?(?:date\s+(?:of\s+)?(?:the\s+)?(?:entry\s+of\s+|signing\s+of\s+)?)?(?:this|the|such|said)\s+(?:court['’]s\s+)?(?:order|application)\b/i, anchor: 'preceding' },
  { re: new RegExp(String.raw`^\s*(?:\(\s*\d+\s*\)\s*)?(?:,\s*)?(?:commencing|beginning|starting|effective|running)\s+(?:on\s+|from\s+|as\s+of\s+)?(?=${MONTH_NAMES}|\d|the\s+\d)`, 'i'), anchor: 'date' },
  { re: /^\s*(?:\(\s*\d+\s*\)\s*)?(?:,\s*)?(?:from|after|following|of)\s+(?:the\s+)?(?:date\s+(?:of\s+)?)?(?:the\s+)?(?:service|receipt|notice|notification|request|approval|signing|execution)\b/i, anchor: 'event' },
];
/** Anchors written before a duration: "beginning on the date of this Order and for sixty days thereafter". */
const ANCHOR_BEFORE_ORDER = new RegExp(String.raw`\b(?:from|beginning|commencing|starting|effective)\s+(?:on\s+|upon\s+|as\s+of\s+)?(?:the\s+)?(?:(?:date\s+(?:of\s+)?)?(?:(?:entry|issuance|signing|signature)\s+of\s+)?${ORDER_REF}\b|(?:its\s+)?(?:entry|issuance|signing|signature|execution)\b(?!\s+of\b))[^;]{0,60}$`, 'i');
const ANCHOR_BEFORE_INSTALL = /\b(?:from|beginning|commencing|starting|after|following|upon)\s+(?:the\s+)?(?:date\s+of\s+)?(?:the\s+)?(?:installation|install|activation)\b[^;]{0,60}$/i;

// Role cues (LEGAL.md §7.2): what the clause around a period is about.
const PRESERVATION_CUE = /\bpreserv\w*|\b2703\s*\(\s*f\s*\)/i;
const RECORD_CUE = /\b3123\s*\(\s*a\s*\)\s*\(\s*3\s*\)|\brecords?\b(?![\w-]*\s+(?:and\s+)?decode)|\(a\)\(3\)/i;
/** Sealing, nondisclosure and notice to the subscriber (§ 3123(d), § 2705). The Government notifying or giving
 *  notice to the Court ("unless the Government notifies the Court otherwise") is not. */
const SEALING_CUE = /\b(?:un)?seal\w*|\bdisclos\w*|\bnotif(?:y|ies|ied|ying|ication|ications)\b(?!\s+(?:the\s+|this\s+)?court\b)|\bnotice\b(?!\s+(?:to|with)\s+(?:the\s+|this\s+)?court\b|\s+(?:of|from|by)\s+(?:the\s+)?(?:government|united\s+states|state|people|commonwealth|applicant|agency|prosecutor)\b)|\bnon-?disclos\w*|\bdelay(?:ed)?\s+notice|\b2705\b/i;
const LOOKBACK_CUE = /\b(?:preceding|prior\s+to\s+the\s+date|before\s+the\s+date|historical|since|stored|past|previous|(?:dating|going|reaching|looking)\s+back|look-?back)\b/i;
/** `s` without a final parenthetical and the white space before it: s.replace(/\s*\([^)]*\)$/, ''), in linear time. */
export function withoutTrailingParenthetical(s: string): string {
  if (!s.endsWith(')')) return s;
  const previousClose = s.length >= 2 ? s.lastIndexOf(')', s.length - 2) : -1;
  const open = s.indexOf('(', previousClose + 1);
  return open < 0 || open >= s.length - 1 ? s : s.slice(0, open).trimEnd();
}

const LOOKBACK_BEFORE = /\b(?:last|past|previous|preceding|prior|most\s+recent)\s+$/i;
/** An authorization already granted: background in an extension application, not the period asked for. */
const PAST_AUTHORIZATION = /\b(?:court|judge|magistrate|justice)\s+(?:\w+\s+){0,2}?(?:granted|authorized|approved|entered|issued|extended|signed)\b|\b(?:authorized|approved|granted|entered|issued|signed|extended|obtained)\s+(?:on|in)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\d)|\b(?:previously|originally|initially|earlier|already)\s+(?:\w+\s+){0,2}?(?:authoriz|approv|grant|enter|issu|extend)\w*|\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:previously\s+|originally\s+|initially\s+)?(?:authoriz|approv|grant|enter|issu|extend)\w*/i;
const AUTHORIZATION_ENDS_BEFORE = /\b(?:expire|expires|terminate|terminates|end|ends|lapse|lapses|cease|ceases)\s+(?:(?:on\s+or\s+before|by)\s+|(?:(?:in\s+no\s+event|but\s+not|and\s+not)\s+)?(?:no|not)\s+later\s+than\s+)(?:the\s+)?$/i;
const PERMITTED_WITHIN = /\b(?:may|authori[sz]ed\s+to|permitted\s+to)\s+(?:\w+\s+){0,4}?(?:install|use|operat)\w*\b[^;]{0,80}\bwithin\s+(?:the\s+|a\s+)?$/i;
const DEVICES_END_BY = /\b(?:devices?|pen\s+registers?|trap\s+and\s+trace|use|monitoring|authori[sz]ation)\b[^;]{0,40}?\b(?:removed|disconnected|deactivated|discontinued|uninstalled|disabled|turned\s+off|cease|ceases|terminate|terminates|terminated|end|ends)\b[^;]{0,120}$/i;
const PAST_RELATIVE = /\b(?:which|that)\s+(?:had\s+)?(?:previously\s+|originally\s+|initially\s+)?(?:authorized|approved|permitted|allowed|granted)\b/i;
const PRESENT_AUTHORIZATION = /\b(?:is|are)\s+(?:hereby\s+)?(?:extended|authorized|approved|granted)\b|\b(?:shall|may(?!\s+\d)|will|request\w*|ask\w*|seek\w*|hereby)\b/i;
const EXTENSION_CUE = /\bextend\w*|\bextension\w*|\badditional\b|\brenew\w*|\bsuccessive\b|\breauthori[sz]\w*|\bcontinu(?:ation|ance)\s+of\s+(?:the\s+|its\s+|this\s+)?(?:order|authori[sz]ation|pen\s+register|trap|devices?|use|monitoring)\b|\bcontinue\s+(?:the|its|this|said)\s+(?:order|authori[sz]ation|pen\s+register|trap|devices?)\b|\bfurther\s+period|\b(?:an?\s+further|another)\s+(?:period|term|\S+\s+(?:\(\s*\d+\s*\)\s+)?(?:days?|weeks?|months?|period|term))\b/i;
const PRIOR_ORDER_CUE = /\b(?:original|prior|previous|earlier|initial|first|existing|underlying)\s+order\b|\b(?:entered|issued|signed|granted)\s+(?:an?|the|its)\s+order\b|\border\s+(?:was|had\s+been)\s+(?:entered|issued|signed|granted)|\bexpired\b/i;
const FORWARD_CUE = /\b(?:may(?!\s+\d)|shall|will|must|is\s+for|are\s+for|be|remain\w*|authoriz\w*|approv\w*|request\w*|ask\w*|seek\w*|permit\w*|effective|in\s+(?:effect|force)|expire\w*|terminat\w*|grant\w*|order(?:ed|s)?|continu\w*|install\w*|use)\b/i;
const INSTALL_CUE = /\binstall\w*|\buse\b|\bauthoriz\w*|\bapprov\w*|\beffective\b|\bin\s+(?:effect|force)\b|\bremain\w*|\bexpire\w*|\bperiod\b|\bpen\s+register|\btrap\s+and\s+trace|\bdevices?\b|\bmonitor\w*|\border\b|\bcontinu\w*|\brecord\s+and\s+decode\b|\bdialing\b/i;
const DEADLINE_BEFORE = /\b(?:within|no\s+later\s+than|not\s+later\s+than|by\s+no\s+later\s+than|(?:in\s+no\s+event|but\s+not|and\s+not)\s+later\s+than|every|each|per|at\s+intervals\s+of|intervals\s+of)\s+(?:the\s+|a\s+|an\s+)?$/i;
/** Duties with their own clocks: reports, filings, retention, payment. The verb that precedes a period governs it
 *  ("shall file a status report ninety days from the date of this Order"). */
const OTHER_DUTY_CUE = /\b(?:report\w*|status|fil(?:e|es|ed|ing)|advise|notify|inventory|retain\w*|retention|destroy\w*|purg\w*|compensat\w*|reimburs\w*|pay|paid|invoice|respond|return|maintain\w*(?=\s+(?:the\s+|all\s+|any\s+|such\s+)?(?:[\w-]+\s+){0,3}?(?:data|records?|information|results|logs?)\b))\b/i;
/** The devices themselves as the subject of a verb of lasting, with or without a modal: "that the devices remain
 *  in place", "the pen register shall stay installed", "the devices be allowed to run", "the trap and trace device
 *  will continue to operate". The target's phone ("the Target Device will remain active") is not the devices. */
const DEVICE_STAYS = String.raw`(?<!\b(?:target|subject|suspect|cellular|mobile|wireless|the\s+(?:target|subject)['’]s)\s+)(?:pen\s+registers?|trap\s+and\s+trace(?:\s+devices?)?|devices?|monitoring|surveillance)\s+(?:(?:may|shall|will|should|would|can|to)\s+)?(?:(?:be\s+)?(?:permitted|allowed|authorized)\s+to\s+)?(?:remain|continue|stay|run|operate|be\s+(?:used|operated|installed|maintained|monitored|kept|in\s+(?:place|use|operation|effect|force)))\b`;
/** An authorization's own words: what is authorized, permitted, ordered or in effect ("the NYPD may install and
 *  use …", "this Order shall remain in effect …"), as against what the target does ("will continue to use the
 *  phone until he is arrested"). */
const AUTHORIZING = new RegExp(String.raw`\b(?:authority\s+to|(?:ask\w*|request\w*|seek\w*|mov(?:e|es|ing)|pray\w*)\s+(?:\w+\s+){0,2}?to\s+(?:install|use|operat|monitor|continue)|continu(?:e|es|ed|ing)\s+(?:to\s+use|using|to\s+operate|operating|to\s+monitor|monitoring)\s+(?:the\s+|said\s+|such\s+|these\s+|both\s+)?(?:pen\s+registers?|trap\s+and\s+trace|devices?\b(?!\s+(?:of|used\s+by)\b))|authoriz\w*|approv\w*|permit\w*|ordered|in\s+(?:effect|force)|effective|extend\w*|extension|renew\w*|(?:may|shall)\s+(?:\w+\s+){0,3}?(?:install\w*|use|operat\w*|monitor\w*|continu(?:e|es|ed|ing)\b(?!\s+to\s+(?:furnish|provide|assist|cooperate|deliver|comply|disclose|preserve|maintain|report|file|keep|notify))|remain\w*|stay\w*|run|record\w*|captur\w*)|(?:this|the|such|said)\s+(?:order|authori[sz]ation)\s+(?:shall|will|is|to)\b|${DEVICE_STAYS})`, 'i');
/** Words that make a clause about installing and using the device (stronger than a bare "order"). */
const STRONG_INSTALL_CUE = /\binstall\w*|\buse\b|\bauthoriz\w*|\bapprov\w*|\bin\s+(?:effect|force)\b|\bremain\s+(?:in\s+effect|effective|operative)|\bmonitor\w*|\bcontinu\w*\s+(?:to\s+)?(?:use|install|operat|monitor|record)|\boperat\w*|\brecord\s+and\s+decode\b/i;
const STATUTE_QUOTE = /\b(?:statute|section|§|u\.s\.c\.)[^;]{0,80}\b(?:provides|permits|allows|limits|requires|authorizes\s+orders|states)\b|\b(?:provides|permits|allows|limits)\s+(?:that\s+)?(?:an?\s+)?(?:order|orders|extensions?)\b/i;

// Open-ended authorizations: "until" + an event that is not a date, "for the duration of the investigation",
// "so long as …", "indefinitely". "for the duration of this Order" (the § 3124(b) delivery phrase) is not.
const OPEN_ENDED_RE =
  /\b(?:(?:unless\s+(?:or|and)\s+)?until\s+(?!the\s+(?:earlier|earliest|sooner|later|end|expiration|expiry|termination)\s+of\b)(?<event>[^;,.]{3,90})|for\s+(?:the\s+)?(?:duration|life|length|pendency|course)\s+of\s+(?!(?:this|the|such|said|that|any)\s+(?:extension\s+|emergency\s+)?order\b|(?:this|the)\s+(?:authorization|extension|period)\b)(?<what>(?:the|this|said|that|an?|any)\s+[^;,.]{2,60})|(?:for\s+)?(?:so|as)\s+long\s+as\s+(?<cond>[^;,.]{3,80})|\b(?:throughout|for\s+the\s+(?:remainder|rest|balance)\s+of|through\s+the\s+(?:end|conclusion|close|completion|termination)\s+of)\s+(?<span>(?:the|this|said|that|an?|any|its)\s+[^;,.]{2,60})|\bpending\s+(?:a\s+|the\s+)?(?:further\s+order|(?:completion|conclusion|outcome|resolution|end|close)\s+of\s+(?:the|this|said)\s+[^;,.]{2,60})|\bindefinite(?:ly)?\b|\bwithout\s+(?:any\s+)?(?:time\s+)?limit(?:ation)?s?\s+(?:as\s+to|in)\s+(?:time|duration)|\bwith\s+no\s+(?:end|expiration|termination)\s+date|\bopen[\s-]ended|\bno\s+(?:fixed\s+)?(?:expiration|end)\s+date\b|\buntil\s+(?:it\s+is\s+)?(?:revoked|rescinded|vacated|withdrawn|terminated)\b|\b(?:while|during\s+the\s+time\s+that|for\s+such\s+time\s+as)\s+(?:the\s+|this\s+|said\s+)?(?:investigation|case|matter|inquiry|prosecution|conspiracy)\s+(?:remains?|is|continues?|stays?)\b[^;,.]{0,40})/gi;

// Automatic renewal: "successive sixty-day periods", "shall automatically renew", "extended … without further
// application", "upon the Government's notice".
const RENEWAL_RE =
  /\b(?:(?:shall|will|is\s+to|to)\s+(?:be\s+)?(?:automatically|self-?)\s*(?:renew\w*|extend\w*|continu\w*)|automatic(?:ally)?\s+(?:renew\w*|extend\w*|extension|renewal|continu\w*)|(?:renew\w*|extend\w*|continu\w*)\s+automatically|self-renew\w*|auto-renew\w*|evergreen(?=\s+(?:clause|provision|basis|renewal|term|authori[sz]ation|order)\b|\s*[.,;:)])|roll(?:s|ed|ing)?\s+over|(?:in|by)\s+(?:successive\s+|further\s+|additional\s+)?[\w()-]+\s+increments\b|renew\w*\s+itself|(?:shall|will|to)\s+(?:be\s+)?renew\w*(?=\s+(?:every|each|itself|for\s+(?:successive|additional|subsequent|further|like|similar)|at\s+the\s+end|upon\s+(?:its\s+)?(?:expiration|expiry)))|(?:for\s+)?(?:successive|subsequent|consecutive|recurring|repeated)\s+(?:[\w()-]+\s+){0,4}periods?\b|(?:each|every)\s+(?:[\w()-]+\s+){0,3}periods?\s+thereafter|renewable\b(?![^;.]{0,60}\bupon\s+(?:a\s+)?(?:new|further|separate|additional)?\s*application)|(?:extended|renewed|continued|extend|renew|extensions?|renewals?|(?:additional|further)\s+periods)\b[^;.]{0,160}\b(?:by\s+operation\s+of\s+(?:this|the)\s+order|without\s+(?:the\s+need\s+for\s+)?(?:any\s+)?(?:further|a\s+new|new|additional|another|separate)\s+(?:application|order|motion|approval|finding|action)|upon\s+(?:the\s+)?(?:\w+'s\s+|its\s+)?(?:written\s+)?(?:notice|notification|certification|letter|e-?mail|advice)\b(?![^;.]{0,40}\bto\s+the\s+court)))/gi;
const RENEWAL_NEGATION = /\b(?:not|no|never|nothing)\b[^;.]{0,40}$|\b(?:only|solely)\s+upon\b|\bshall\s+not\b|\bmay\s+not\b|\bwill\s+not\b/i;

const SIGNATURE_LINE = /^\W{0,4}(?:dated|date|entered|signed|issued|so\s+ordered|it\s+is\s+so\s+ordered|done\s+and\s+ordered|ordered|executed|sworn|subscribed|i\s+(?:affirm|declare)|affirmed|submitted|respectfully\s+submitted|filed|e\s*n\s*t\s*e\s*r)\b/i;
const INSTALL_TIME_CUE = /\b(?:install\w*|activat\w*|implement\w*|began|begun|commenced|started|turned\s+on|went\s+live|initiated)\b/gi;
const APPLICATION_TIME_CUE = /\b(?:submitted|submits|filed|files|presented|presents|executed|signed|sworn|made|makes|applied|applies|declared|affirmed|dated|telephonically)\b/gi;
const ORDER_TIME_CUE = /\b(?:signed|entered|issued|issues|dated|ordered|granted|approved\s+on|so\s+ordered)\b/gi;

// ------------------------------------------------------------------------------------------------ helpers

function unitOf(raw: string): PeriodUnit {
  const u = raw.toLowerCase();
  if (u.startsWith('day')) return 'day';
  if (u.startsWith('week')) return 'week';
  if (u.startsWith('fortnight')) return 'week';
  if (u.startsWith('month')) return 'month';
  if (u.startsWith('quarter')) return 'quarter';
  if (u.startsWith('year')) return 'year';
  return 'hour';
}

/** Calendar days a duration covers (LEGAL.md §7.3): days exact; weeks × 7; months 28-31 each; business days at
 *  least n + 2 weekend days per full week and more for holidays; years 365-366. */
export function durationDays(amount: number, unit: PeriodUnit): DayCount {
  switch (unit) {
    case 'day':
      return { min: amount, max: amount };
    case 'week':
      return { min: amount * 7, max: amount * 7 };
    case 'business-day': {
      if (amount <= 0) return { min: 0, max: 0 };
      // five business days can sit in five calendar days; each further five add a weekend. Holidays add more:
      // allow one per month of span at most for the upper bound.
      const min = amount + 2 * Math.floor((amount - 1) / 5);
      const spanMax = amount + 2 * Math.ceil(amount / 5) + 2;
      return { min, max: spanMax + Math.ceil(spanMax / 30) };
    }
    case 'month':
      return monthSpan(amount);
    case 'quarter':
      return monthSpan(amount * 3);
    case 'year':
      return { min: amount * 365, max: amount * 365 + Math.ceil(amount / 4) };
    case 'hour':
      return { min: Math.ceil(amount / 24), max: Math.ceil(amount / 24) };
  }
}

/** The fewest and most days that n consecutive calendar months span (over a full 400-year cycle of starts). */
function monthSpan(n: number): DayCount {
  if (n <= 0) return { min: 0, max: 0 };
  let min = Infinity;
  let max = 0;
  // every start month over an 8-year window covers the leap-year and month-length combinations
  for (let y = 2020; y < 2028; y++) {
    for (let m = 1; m <= 12; m++) {
      let total = 0;
      for (let k = 0; k < n; k++) {
        const mm = ((m - 1 + k) % 12) + 1;
        const yy = y + Math.floor((m - 1 + k) / 12);
        total += daysInMonth(yy, mm);
      }
      min = Math.min(min, total);
      max = Math.max(max, total);
    }
  }
  return { min, max };
}

function periodDate(serial: number, source: PeriodDate['source'], extra: Partial<PeriodDate> = {}): PeriodDate {
  const { year, month, day } = calendarDay(serial);
  return { serial, year, month, day, source, ...extra };
}

/** periodDate(serial, source, { span, text }), without the spread (a range's two ends are made on every pass). */
function statedDate(serial: number, source: PeriodDate['source'], span: Span, text: string): PeriodDate {
  const { year, month, day } = calendarDay(serial);
  return { serial, year, month, day, source, span, text };
}

/** fromSerial, kept: a draft names a few hundred days at most, and a pass reads each of them again. */
const calendarDays = new Map<number, { year: number; month: number; day: number }>();
function calendarDay(serial: number): { year: number; month: number; day: number } {
  let ymd = calendarDays.get(serial);
  if (!ymd) {
    if (calendarDays.size >= 20000) calendarDays.clear();
    ymd = fromSerial(serial);
    calendarDays.set(serial, ymd);
  }
  return ymd;
}

/** A clause: the stretch of a sentence between semicolons (and "; and it is further ORDERED"). */
function clauseBounds(text: string, at: number, end: number): [number, number] {
  // bounded: a run-on "sentence" of a megabyte must not make every period read all of it
  const floor = Math.max(0, at - CLAUSE_REACH);
  const ceiling = Math.min(text.length, end + CLAUSE_REACH);
  // …and the semicolons are looked for only inside the reach: lastIndexOf / indexOf on the whole text ran to the
  // sentence's ends for every period (quadratic on a megabyte sentence without one)
  const a = text.slice(floor, at + 1).lastIndexOf(';');
  const b = text.slice(end, ceiling + 1).indexOf(';');
  return [a < 0 ? floor : floor + a + 1, b < 0 ? ceiling : end + b];
}
const CLAUSE_REACH = 500;

/** A global copy of a cue, made once and rewound for each use (a copy per call made a million RegExp objects on a
 *  paragraph of tens of thousands of periods). The searches that use it run to completion without calling out. */
const globalCopies = new WeakMap<RegExp, RegExp>();
function globalCopy(re: RegExp): RegExp {
  let g = globalCopies.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    globalCopies.set(re, g);
  }
  g.lastIndex = 0;
  return g;
}

/** Distance back from `a` to the end of the nearest match of `re` that ends before `a` (Infinity when none). */
function nearestBefore(re: RegExp, text: string, a: number): number {
  const g = globalCopy(re);
  let best = Infinity;
  let m: RegExpExecArray | null;
  while ((m = g.exec(text))) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    const e = m.index + m[0].length;
    if (e > a) break;
    best = a - e;
  }
  return best;
}

function nearestDistance(re: RegExp, text: string, a: number, b: number): number {
  const g = globalCopy(re);
  let best = Infinity;
  let m: RegExpExecArray | null;
  while ((m = g.exec(text))) {
    const s = m.index;
    const e = s + m[0].length;
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    // matches come in order: past the period each is farther than the last
    if (s >= b && s - b >= best) break;
    // a cue inside the period's own words ("until further order") says nothing about what it governs
    if (s >= a && e <= b) continue;
    const d = e <= a ? a - e : s >= b ? s - b : 0;
    if (d < best) best = d;
    if (m[0].length === 0) g.lastIndex++;
  }
  return best;
}

interface RoleInput {
  clause: string;
  /** Position of the period inside the clause. */
  at: number;
  end: number;
  unit?: PeriodUnit;
  anchor: PeriodAnchor;
  part?: Part;
  sentence: Sentence;
  kind: PeriodKind;
  rangeEndsAtOrder?: boolean;
  /** For a table cell: the other cells of its row ("Duration | 60 days"). */
  row?: string;
}

/** "Duration: sixty (60) days", "Period of authorization — 60 days": a label names the period. */
const PERIOD_LABEL = /^\W{0,6}(?:(?:\d+|[a-z]|[ivx]+)[.)]\s+)?(?:duration|term|period|length|expiration)(?:\s+of\s+(?:the\s+)?(?:authori[sz]ation|order|use|installation|monitoring))?\s*[:\u2013\u2014-]/i;
/** An order's recital of what the application asked for is not the order's decree. */
const RECITAL = /\b(?:has|have|had)\s+(?:applied|requested|sought|asked|moved)\b|\bthe\s+(?:application|government|applicant)\s+(?:requests|requested|seeks|sought|asks|asked)\b/i;

function roleFromRow(row: string, part?: Part): PeriodRole | undefined {
  if (PRESERVATION_CUE.test(row)) return 'preservation';
  if (SEALING_CUE.test(row)) return 'sealing';
  if (/\blook-?back\b|\bhistor\w*|\bpreceding\b/i.test(row)) return 'look-back';
  if (/\brecord\b/i.test(row) && /\bdue\b|\bdeadline\b|\bfil\w*|\bprovid\w*/i.test(row)) return 'record-deadline';
  if (/\bdeadline\b|\bdue\b|\breport\w*/i.test(row)) return 'deadline';
  if (/\bextension\b/i.test(row)) return 'extension';
  if (/\b(?:period|duration|term|length|authori[sz](?:ation|ed)|expir\w*|install\w*|effective|in\s+effect|valid|(?:use|used|operate|operated)\s+(?:through|until))\b/i.test(row)) return part?.extension ? 'extension' : 'installation';
  return undefined;
}

const RECORDS_NOUN = /\b(?:records|logs|call\s+detail|toll|billing|subscriber\s+information|communications\s+history)\b/i;
/** Where one coordinate member of a clause ends and the next begins: "…, and that …", "…, and the provider shall
 *  …", "… unless …", "…, provided that …". A white-space run is tried from its start only (`(?<!\s)`): from every
 *  position in it, a long run was quadratic. */
const MEMBER_BOUNDARY = /(?:,|(?<!\s))\s+(?:and|or|but)\s+that\b|,\s+(?:and|or|but)\s+(?=(?:the|this|that|it|such|said|any|all|notice|each|thereafter|then)\b)|(?:,|(?<!\s))\s+and\s+(?=(?:thereafter\s+)?for\s+(?:successive|subsequent|consecutive|additional|further|like|similar|each|every|recurring)\b)|\s(?:unless|provided\s+(?:that|further|however)|except)\b/gi;
const ROLE_CUES = [PRESERVATION_CUE, SEALING_CUE, STRONG_INSTALL_CUE, EXTENSION_CUE, OTHER_DUTY_CUE, /\b(?:used|installed|operated|remain\w*|stay\w*)\b/i];

/** The subject of the clause that governs a period at `at`: the words between the member's start (or its last
 *  "that") and the first finite verb or modal, when that verb comes before the period. */
function subjectBefore(own: string, at: number): string | undefined {
  const from = Math.max(0, at - 200);
  const head = own.slice(from, at);
  // the start of the member: after its last "that" / "ORDERED:" / run of blanks left by ownMembers
  const starts = [...head.matchAll(/\bthat\s+|\bORDERED\b[:,]?\s*|\s{3,}|^\s*/g)];
  const begin = starts.length ? starts[starts.length - 1].index! + starts[starts.length - 1][0].length : 0;
  const rest = head.slice(begin);
  const verb = /\b(?:shall|may|will|must|should|is|are|be|remains?|continues?)\b/i.exec(rest);
  if (!verb || verb.index === 0) return undefined;
  return rest.slice(0, verb.index);
}

function roleBySubject(own: string, at: number): PeriodRole | undefined {
  const subject = subjectBefore(own, at);
  if (!subject) return undefined;
  if (PRESERVATION_CUE.test(subject)) return 'preservation';
  if (SEALING_CUE.test(subject) && !/\b(?:pen\s+register|trap|devices?|authori[sz]ation|use|installation)\b/i.test(subject.replace(/\b(?:existence|disclosure)\s+of\s+(?:the\s+)?(?:pen\s+register|trap\s+and\s+trace\s+device|devices?)\b/gi, ''))) return 'sealing';
  if (/\b(?:assist\w*|cooperat\w*|obligations?|duty|duties)\b/i.test(subject) && !/\b(?:authori[sz]ation|use\s+of|installation\s+and\s+use)\b/i.test(subject)) return 'other';
  return undefined;
}

/** Whether a match of `re` in `text` starts within [from, to). */
function cueStartsWithin(re: RegExp, text: string, from: number, to: number): boolean {
  const g = globalCopy(re);
  let m: RegExpExecArray | null;
  while ((m = g.exec(text))) {
    if (m.index >= to) return false;
    if (m.index >= from) return true;
    if (m[0].length === 0) g.lastIndex++;
  }
  return false;
}

/** The clause with every coordinate member but the period's own blanked out (positions kept). */
function ownMembers(clause: string, at: number, end: number): string {
  MEMBER_BOUNDARY.lastIndex = 0;
  let from = 0;
  let to = clause.length;
  let m: RegExpExecArray | null;
  while ((m = MEMBER_BOUNDARY.exec(clause))) {
    const e = m.index + m[0].length;
    if (e <= at) from = m.index;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  if (from === 0 && to === clause.length) return clause;
  return ' '.repeat(from) + clause.slice(from, to) + ' '.repeat(clause.length - to);
}

/** The last roles found, with everything classifyRole reads: a run of like periods in one long sentence ("sixty
 *  (90) days and sixty (90) days and …") gives the same clause, at the same place, for each of them. A few
 *  entries compared field by field (no key built: a key would copy the clause for every period). */
interface RecentRole {
  input: RoleInput;
  role: PeriodRole;
}
const recentRoles: Array<RecentRole | undefined> = new Array(16);
let recentNext = 0;

function sameRoleInput(x: RoleInput, y: RoleInput): boolean {
  return (
    x.at === y.at &&
    x.end === y.end &&
    x.unit === y.unit &&
    x.anchor === y.anchor &&
    x.kind === y.kind &&
    x.rangeEndsAtOrder === y.rangeEndsAtOrder &&
    x.part === y.part &&
    x.sentence.block === y.sentence.block &&
    x.row === y.row &&
    x.clause === y.clause
  );
}

/** The role of a period, from the clause that governs it (nearest cue wins where cues compete). */
export function classifyRole(input: RoleInput): PeriodRole {
  for (const recent of recentRoles) if (recent && sameRoleInput(recent.input, input)) return recent.role;
  const role = roleOfClause(input);
  recentRoles[recentNext] = { input, role };
  recentNext = (recentNext + 1) % recentRoles.length;
  return role;
}

/** Drops the recent roles (they hold the draft's sentences: kept past extractPeriods they would keep a draft). */
function forgetRecentRoles(): void {
  recentRoles.fill(undefined);
}

/** Reads of the part only whether it is an order and an extension, and of the sentence only its block's block
 *  quote (with the row): roles are kept by those (roleSignature, rolesOf), so a new read of the part goes there too. */
function roleOfClause(input: RoleInput): PeriodRole {
  const { clause, at, end, unit, anchor, part } = input;
  const before = clause.slice(Math.max(0, at - 60), at);
  if (input.sentence.block.inBlockquote) return 'other';
  if (/\bcommission\s+expires\b|\bnotary\b/i.test(clause)) return 'other';
  // a short table cell ("60 days") takes its meaning from its row ("Duration of authorization | 60 days")
  if (input.row && clause.trim().length < 80) {
    const fromRow = roleFromRow(input.row, part);
    if (fromRow) return fromRow;
  }
  if (PERIOD_LABEL.test(clause) && clause.search(/[:\u2013\u2014-]/) < at && unit !== 'hour') return part?.extension ? 'extension' : 'installation';
  if (part?.kind === 'order' && RECITAL.test(clause) && !/\b(?:may(?!\s+\d)|shall|is\s+(?:hereby\s+)?(?:authorized|approved|granted|extended)|ordered|hereby)\b/i.test(clause)) return 'other';
  if (unit === 'hour') return /\b(?:48|forty[\s-]eight)\b/i.test(clause.slice(at, end)) || /\b3125\b|emergenc|install|order\s+(?:approving|issues)/i.test(clause) ? 'emergency' : 'other';
  // the cues that govern a period are those of its own coordinate clause ("that the order be extended for three
  // months, and that notice be delayed …"): a neighbour's verb governs the neighbour's period
  const own = ownMembers(clause, at, end);
  const cues = own === clause || !ROLE_CUES.some((re) => re.test(own)) ? clause : own;
  // the subject of the verb that governs the period says whose period it is: "the nondisclosure obligation shall
  // remain in effect …", "notice to the subscriber is delayed …", "the provider's obligation to assist shall
  // continue …" are not the authorization's, whatever verb follows
  const bySubject = roleBySubject(own, at);
  if (bySubject) return bySubject;
  // distances asked more than once are found once
  let strongInstall: number | undefined;
  const dStrongInstall = () => (strongInstall ??= nearestDistance(STRONG_INSTALL_CUE, cues, at, end));
  let strongInstallBefore: number | undefined;
  const dStrongInstallBefore = () => (strongInstallBefore ??= nearestBefore(STRONG_INSTALL_CUE, cues, at));
  let presentBefore: number | undefined;
  const dPresentBefore = () => (presentBefore ??= nearestBefore(PRESENT_AUTHORIZATION, cues, at));
  let dutyBefore: number | undefined;
  const dDutyBefore = () => (dutyBefore ??= nearestBefore(OTHER_DUTY_CUE, cues, at));
  const dPreserve = nearestDistance(PRESERVATION_CUE, cues, at, end);
  if (dPreserve < Infinity && dPreserve <= dStrongInstall()) return 'preservation';
  // "for sixty days which authorized …": a relative clause that tells what an earlier order did
  const dPast = nearestBefore(PAST_RELATIVE, cues, at);
  if (dPast <= 120 && dPast < dPresentBefore()) return 'prior-order';
  if (anchor === 'termination') {
    // "extend its order for ninety days from the expiration of the current authorization": an extension runs
    // from the end of the order it extends; a filing "within thirty days after termination" is a deadline
    const dExtend = Math.min(nearestDistance(EXTENSION_CUE, cues, at, end), nearestBefore(/\bcontinu\w*\s+(?:to\s+)?(?:use|install|operat|monitor|record\s+and\s+decode)/i, cues, at));
    if (dExtend <= 60 && dExtend < dDutyBefore() && !DEADLINE_BEFORE.test(before)) return 'extension';
    return RECORD_CUE.test(clause) ? 'record-deadline' : 'deadline';
  }
  if (anchor === 'preceding' || input.rangeEndsAtOrder) return 'look-back';
  if (LOOKBACK_BEFORE.test(before.replace(/(?<!\s)\s*(?:the|a)\s*$/i, ' '))) return 'look-back';
  // "records created between February 1 and March 31": dates that say which records, not how long the devices run
  if ((input.kind === 'range' || input.kind === 'until') && nearestBefore(RECORDS_NOUN, cues, at) < dStrongInstallBefore()) return 'look-back';
  // "the authorization shall expire no later than …": the end of the authorization itself, not a duty's deadline
  // "the FBI may install and use the devices at any time within sixty days of the date of this Order": the window
  // the permission is for, not a duty's deadline
  // …and "the devices shall be removed when the investigation ends, but in no event later than sixty days from the
  // date of this Order": the outer bound of the devices' use
  const window = PERMITTED_WITHIN.test(own.slice(Math.max(0, at - 160), at)) || DEVICES_END_BY.test(own.slice(Math.max(0, at - 200), at));
  if (DEADLINE_BEFORE.test(before) && !AUTHORIZATION_ENDS_BEFORE.test(before) && !window) return RECORD_CUE.test(clause) && /\bterminat|\bexpir/i.test(clause) ? 'record-deadline' : 'deadline';
  if (anchor === 'service') return 'deadline';
  // a statement of the law ("§ 3123(c)(1) provides that an order may …"), not the Government's request or the decree
  if (STATUTE_QUOTE.test(clause) && !/\b(?:this|the\s+proposed)\s+order\b|\brequest\w*|\bask\w*|\bseek\w*|\bhereby\b|\bORDERED\b/i.test(clause)) return 'other';
  const dSeal = nearestDistance(SEALING_CUE, cues, at, end);
  // a sealing / nondisclosure / notice verb beats nouns like "pen register" or "Order": only an install or use
  // verb closer to the period makes it the authorization's
  if (dSeal < Infinity && dSeal < dStrongInstall()) return 'sealing';
  const dDuty = dDutyBefore();
  if (dDuty < Infinity && dDuty < dStrongInstallBefore()) return 'deadline';
  const dInstall = nearestDistance(INSTALL_CUE, cues, at, end);
  const dLook = nearestDistance(LOOKBACK_CUE, cues, at, end);
  if (dLook < 25 && dLook <= dInstall) return 'look-back';
  if (dSeal < dInstall && anchor !== 'installation') return 'sealing';
  // an extension cue governs the period only when it is nearer than any install / use verb ("extended for an
  // additional sixty days"), not when it belongs to another phrase of the clause
  const dExtension = nearestDistance(EXTENSION_CUE, cues, at, end);
  const extension = dExtension < Infinity && (dExtension <= 30 || dExtension <= dStrongInstall());
  // "the devices, installed under the prior order, may continue to be used for sixty days": a present grant
  // nearer the period than the mention of the earlier order makes the period this order's
  const dPrior = nearestDistance(PRIOR_ORDER_CUE, cues, at, end);
  if (!extension && PRIOR_ORDER_CUE.test(clause) && !(dPresentBefore() < dPrior)) return 'prior-order';
  if (PAST_AUTHORIZATION.test(clause) && !PRESENT_AUTHORIZATION.test(clause)) return 'prior-order';
  if (!FORWARD_CUE.test(clause) && anchor !== 'order' && anchor !== 'installation') return 'other';
  if (dInstall === Infinity && anchor === 'none' && !extension) return 'other';
  // an extension part's own period is the extension's period (§ 3123(c)(2)), whatever words it uses
  if (extension || part?.extension) return 'extension';
  return 'installation';
}

// ------------------------------------------------------------------------------------------------ extraction

interface Context {
  base: DraftBase;
  reference: { year: number; month: number; day: number };
  orderDate?: DraftDate;
}

// (objects that hold a span write start and end out rather than spread sentenceSpan: a spread followed by a score
// of properties made V8 build each period slowly, ~10 µs apiece, on tens of thousands of periods)
function sentenceSpan(s: Sentence, a: number, b: number): Span {
  return { start: s.toSource(a), end: s.toSource(b) };
}

// ------------------------------------------------------------------------------------------------ what a sentence holds
//
// Everything a sentence's periods owe to its own words is read once and kept (engine/memo.ts): by text (the same
// words elsewhere, or in the CLI's next draft) and on the sentence with what its block adds (heading or caption,
// block quote, the row of a table cell). The kept readings are in the sentence's coordinates (offsets into its
// text); the pass over the draft maps them to the source and adds what depends on the draft: the part, the order's
// date, the reference year. A sentence with nothing in it is one array read.

/** A number as written, in the sentence's coordinates. */
interface LocalNumber {
  at: number;
  len: number;
  text: string;
  value: number;
}
/** A match at [a, b) of the sentence's text, in the clause [ca, cb). */
interface Found {
  a: number;
  b: number;
  ca: number;
  cb: number;
}
interface StatutoryFound extends Found {
  text: string;
}
interface OrdinalFound extends Found {
  words?: LocalNumber;
  numeral?: LocalNumber;
  amount: number;
  anchor: PeriodAnchor;
  anchorText?: string;
}
interface DurationFound extends Found {
  text: string;
  unit: PeriodUnit;
  words?: LocalNumber;
  numeral?: LocalNumber;
  amount: number;
  mismatch: boolean;
  adjectival: boolean;
  anchor: PeriodAnchor;
  anchorText?: string;
  days: DayCount;
  /** anchor 'date': the date the period is counted from, when valid. */
  from?: { serial: number; at: number; len: number; text: string };
}
interface RangeFound extends Found {
  t1: DateToken;
  t2: DateToken;
  isBetween: boolean;
}
interface UntilFound extends Found {
  t: DateToken;
  /** Its lead ("until", "expiring on") makes it an end. */
  lead: boolean;
  /** The sentence is the date alone (a table cell whose row may say what the date ends). */
  alone: boolean;
}
interface OpenFound extends Found {
  /** "unless or until …": § 3123(d)'s sealing wording. */
  unlessUntil: boolean;
}
interface StartFound {
  kind: StartMention['kind'];
  a: number;
  /** End of the start's words, before the date they name. */
  wordsEnd: number;
}

/** What a sentence's text holds, in the order the periods are made. */
interface TextReading {
  statutory: readonly StatutoryFound[];
  ordinals: readonly OrdinalFound[];
  durations: readonly DurationFound[];
  ranges: readonly RangeFound[];
  untils: readonly UntilFound[];
  opens: readonly OpenFound[];
  renewals: readonly Found[];
  starts: readonly StartFound[];
}

/** What a sentence holds, with what its block adds (undefined: nothing, or a heading or caption). */
interface SentenceReading {
  text: TextReading;
  untils: readonly UntilFound[];
  renewals: readonly Found[];
}

const NO_FINDS: readonly never[] = Object.freeze([]);

const readTextOnce = memoOnText<Sentence, TextReading | undefined>(readText);

function readText(text: string): TextReading | undefined {
  const ranges = readRanges(text);
  const reading: TextReading = {
    statutory: readStatutory(text),
    ordinals: readOrdinals(text),
    durations: readDurations(text),
    ranges: ranges.ranges,
    untils: ranges.untils,
    opens: readOpenEnded(text),
    renewals: readRenewals(text),
    starts: readStarts(text),
  };
  for (const key in reading) if (reading[key as keyof TextReading].length) return reading;
  return undefined;
}

/** What the pass over the draft needs of a sentence, kept on it (one read of each sentence per version of a
 *  draft): the periods and starts it may state, and whether it may date a signature. */
interface SentenceSummary {
  reading?: SentenceReading;
  signature?: SignatureLine;
}
const summaryOf = memoOn((s: Sentence): SentenceSummary | undefined => {
  const reading = readSentence(s);
  const signature = signatureLineOf(s.text);
  return reading || signature ? { reading, signature } : undefined;
});
const summarizedSentences = keptSentencesWhere((s: Sentence) => summaryOf(s) !== undefined);


/** A sentence of the draft with a summary, at its index in the draft's sentences. */
interface Summarized {
  index: number;
  sentence: Sentence;
  summary: SentenceSummary;
  /** The roles kept for its reading (rolesOf), at hand for the next pass. */
  roles?: Array<Map<Found, PeriodRole> | undefined>;
}

/** The sentences of the parse with a summary, in order (listed per chunk; a sentence's number is its place). */
function summarize(chunks: readonly Fragment[]): Summarized[] {
  return summarizedSentences(chunks).map((s) => ({ index: s.index, sentence: s, summary: summaryOf(s)! }));
}

/** The sentence's reading: a table cell's row and a block quote are its own block's. */
function readSentence(s: Sentence): SentenceReading | undefined {
  if (isCaptionOrHeading(s)) return undefined;
  const text = readTextOnce(s);
  if (!text) return undefined;
  const untils = text.untils.filter((u) => u.lead || (u.alone && rowNamesEnd(s.block)));
  const renewals = s.block.inBlockquote ? NO_FINDS : text.renewals;
  const { statutory, ordinals, durations, ranges, opens, starts } = text;
  if (!statutory.length && !ordinals.length && !durations.length && !ranges.length && !untils.length && !opens.length && !renewals.length && !starts.length) return undefined;
  return { text, untils: untils.length ? untils : NO_FINDS, renewals };
}

/** Roles read for a sentence, by what the role of its part depends on (roleSignature): a sentence's role for a
 *  match depends on its own words, its block (a block quote, a table cell's row) and only that of its part. Kept
 *  beside the sentence's reading and, for another sentence of the same words (the CLI's next draft), beside the
 *  reading of its text, by what of the block and part the roles read. */
const keptRoles = new WeakMap<SentenceReading, Array<Map<Found, PeriodRole> | undefined>>();
const keptRolesByText = new WeakMap<TextReading, Map<string, Map<Found, PeriodRole>>>();

/** What of a part the role of a period reads (roleOfClause, roleFromRow): whether it is an order, an extension. */
function roleSignature(part: Part | undefined): number {
  return (part?.kind === 'order' ? 1 : 0) + (part?.extension ? 2 : 0);
}

function rolesOf(line: Summarized, reading: SentenceReading, part: Part | undefined): Map<Found, PeriodRole> {
  const s = line.sentence;
  let bySignature = line.roles;
  if (!bySignature) {
    bySignature = keptRoles.get(reading);
    if (!bySignature) keptRoles.set(reading, (bySignature = []));
    line.roles = bySignature;
  }
  const signature = roleSignature(part);
  let roles = bySignature[signature];
  if (!roles) {
    // the matches (the keys) are the text reading's own, so the roles found for the same words, block features and
    // part signature are these
    let byFeatures = keptRolesByText.get(reading.text);
    if (!byFeatures) keptRolesByText.set(reading.text, (byFeatures = new Map()));
    const row = rowOf(s.block);
    const features = `${signature}${s.block.inBlockquote ? 1 : 0}${row === undefined ? '' : '|' + row}`;
    roles = byFeatures.get(features);
    if (!roles) byFeatures.set(features, (roles = new Map()));
    bySignature[signature] = roles;
  }
  return roles;
}

function keptRole(roles: Map<Found, PeriodRole>, found: Found, read: () => PeriodRole): PeriodRole {
  let role = roles.get(found);
  if (role === undefined) {
    role = read();
    roles.set(found, role);
  }
  return role;
}

function numberPart(s: Sentence, n: LocalNumber | undefined): NumberPart | undefined {
  return n ? { start: s.toSource(n.at), end: s.toSource(n.at + n.len), text: n.text, value: n.value } : undefined;
}

/** "the sixtieth (60th) day after the date of this Order": an end counted in days from an anchor. */
const ORDINAL_DAY_RE = new RegExp(
  String.raw`\b(?<ord>${ORDINAL_SOURCE})(?:\s*\(\s*(?<ordparen>${ORDINAL_SOURCE})\s*\))?\s+(?:calendar\s+)?day\s+(?=(?:after|following|from|of)\b)`,
  'gi',
);

function readOrdinals(text: string): readonly OrdinalFound[] {
  if (!/\bday\s+(?:after|following|from|of)\b/i.test(text)) return NO_FINDS;
  const out: OrdinalFound[] = [];
  ORDINAL_DAY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ORDINAL_DAY_RE.exec(text))) {
    const g = m.groups ?? {};
    const a = m.index;
    const b = a + m[0].trimEnd().length;
    let words: LocalNumber | undefined;
    let numeral: LocalNumber | undefined;
    for (const raw of [g.ord, g.ordparen]) {
      if (!raw) continue;
      const value = parseOrdinal(raw);
      if (value === undefined) continue;
      const at = a + m[0].indexOf(raw);
      const part = { at, len: raw.length, text: raw, value };
      if (/^\d/.test(raw)) numeral ??= part;
      else words ??= part;
    }
    const values = [words?.value, numeral?.value].filter((v): v is number => v !== undefined);
    if (!values.length || Math.max(...values) < 2) continue;
    const amount = Math.max(...values);
    const after = text.slice(b, b + 160);
    let anchor: PeriodAnchor = 'none';
    let anchorText: string | undefined;
    for (const { re, anchor: kind } of ANCHOR_AFTER) {
      const am = re.exec(after);
      if (am) {
        anchor = kind;
        anchorText = am[0].trim();
        break;
      }
    }
    const [ca, cb] = clauseBounds(text, a, b);
    out.push({ a, b, ca, cb, words, numeral, amount, anchor, anchorText });
  }
  return out.length ? out : NO_FINDS;
}

/** "for the maximum period permitted by 18 U.S.C. § 3123(c)": the statute's sixty days, stated by reference. */
const STATUTORY_PERIOD_RE =
  /\b(?:the\s+)?(?:(?:maximum|full|statutory)\s+(?:period|time|duration|term)(?:\s+of\s+time)?(?:\s+(?:permitted|allowed|authorized|provided|available))?(?:\s+(?:by|under|in)\s+(?:law|statute|the\s+statute|(?:18\s+U\.?\s?S\.?\s?C\.?\s+)?§+\s*3123(?:\s*\(\s*c\s*\)(?:\s*\(\s*[12]\s*\))?)?))?|(?:period|time|duration)\s+(?:permitted|allowed|authorized|provided)\s+(?:by|under|in)\s+(?:18\s+U\.?\s?S\.?\s?C\.?\s+)?§+\s*3123(?:\s*\(\s*c\s*\)(?:\s*\(\s*[12]\s*\))?)?)/gi;

function readStatutory(text: string): readonly StatutoryFound[] {
  if (!/\b(?:maximum|full|statutory|permitted|allowed)\b/i.test(text)) return NO_FINDS;
  const out: StatutoryFound[] = [];
  STATUTORY_PERIOD_RE.lastIndex = 0;
  let sm: RegExpExecArray | null;
  while ((sm = STATUTORY_PERIOD_RE.exec(text))) {
    const a = sm.index;
    const b = a + sm[0].length;
    // "the maximum period" alone (no statute named) must still be a period of this authorization
    if (!/3123|statut|law|permitted|allowed|authorized|provided/i.test(sm[0])) continue;
    const [ca, cb] = clauseBounds(text, a, b);
    out.push({ a, b, ca, cb, text: sm[0] });
  }
  return out.length ? out : NO_FINDS;
}

function readDurations(text: string): readonly DurationFound[] {
  if (!/\b(?:days?|weeks?|months?|years?|hours?|hrs?|quarters?|fortnights?)\b/i.test(text)) return NO_FINDS;
  const out: DurationFound[] = [];
  DURATION_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DURATION_RE.exec(text))) {
    const g = m.groups ?? {};
    const a = m.index;
    const b = a + m[0].length;
    let unitRaw = g.unit2 ?? m[6] ?? '';
    // the unit group is positional in the first alternative
    if (!g.unit2) {
      const um = /(days?|weeks?|months?|years?|hours?|hrs?|quarters?|fortnights?)(?:\s*\([^)]*\))?$/i.exec(m[0]);
      unitRaw = um ? um[1] : '';
    }
    let unit = unitOf(unitRaw);
    if (/\b(?:business|working|court)\b/i.test(m[0]) && unit === 'day') unit = 'business-day';
    // "60 days (excluding weekends and holidays)": business days by another name
    if (unit === 'day' && /^[\s,(]{0,3}(?:excluding|exclusive\s+of|not\s+counting|not\s+including)\s+(?:weekends|saturdays|sundays|(?:legal\s+|court\s+|federal\s+)?holidays|non-business\s+days)/i.test(text.slice(a + m[0].length, a + m[0].length + 80))) unit = 'business-day';
    let words: LocalNumber | undefined;
    let numeral: LocalNumber | undefined;
    const put = (raw: string | undefined, offset: number) => {
      if (!raw) return;
      const value = parseNumber(raw);
      if (value === undefined) return;
      const part = { at: offset, len: raw.length, text: raw, value };
      if (/^\d/.test(raw.trim())) numeral ??= part;
      else words ??= part;
    };
    if (g.article) {
      words = { at: a, len: g.article.length, text: g.article, value: 1 };
    } else {
      put(g.num, a);
      if (g.paren) put(g.paren, a + m[0].indexOf(g.paren, g.num.length));
      if (g.after) put(g.after, a + m[0].lastIndexOf(g.after));
    }
    const values = [words?.value, numeral?.value].filter((v): v is number => v !== undefined);
    if (!values.length) continue;
    // "at 2315 hours", "0910 hrs": a 24-hour time of day, not a duration
    if (unit === 'hour' && !words && numeral && /^(?:[01]\d|2[0-3])[0-5]\d$/.test(numeral.text.trim())) continue;
    // a bare numeral that is part of a citation, a time or a list ("§ 3123 days" never; "Rule 45 days" rarely)
    const amount = Math.max(...values);
    const mismatch = words !== undefined && numeral !== undefined && words.value !== numeral.value;
    const bare = withoutTrailingParenthetical(m[0]);
    const adjectival = !g.article && (/-\s*(?:calendar-|business-|working-)?(?:day|week|month|year|hour)s?$/i.test(bare) || (amount > 1 && /(?:day|week|month|year|hour)$/i.test(bare)));
    const after = text.slice(b, b + 160);
    const beforeText = text.slice(Math.max(0, a - 140), a);
    let anchor: PeriodAnchor = 'none';
    let anchorText: string | undefined;
    // "a 90-day period from the date of this Order": the anchor may follow the noun the adjective modifies
    const afterNoun = adjectival ? after.replace(/^\s*(?:period|term|authorization|extension)\b/i, '') : after;
    for (const { re, anchor: kind } of ANCHOR_AFTER) {
      const am = re.exec(afterNoun);
      if (am) {
        anchor = kind;
        anchorText = am[0].trim();
        break;
      }
    }
    if (anchor === 'none' || anchor === 'installation') {
      // "beginning on the earlier of installation or June 5, 2025": the later bound is a date (or the order) the
      // reader can count from
      const earlier = /\b(?:earlier|earliest|sooner)\s+of\b[^;.]{0,100}/i.exec(beforeText.slice(-110)) ?? /^[^;.]{0,40}\b(?:earlier|earliest|sooner)\s+of\b[^;.]{0,100}/i.exec(after);
      if (earlier) {
        ORDER_DATE_TOKEN.lastIndex = 0;
        if (ORDER_DATE_TOKEN.test(earlier[0]) || new RegExp(String.raw`\b${ORDER_REF}`, 'i').test(earlier[0])) anchor = 'order';
        else if (findDatesInText(earlier[0]).some((d) => d.valid)) anchor = 'date';
        ORDER_DATE_TOKEN.lastIndex = 0;
        if (anchor !== 'none') anchorText = earlier[0].trim();
      }
    }
    if (anchor === 'none') {
      if (ANCHOR_BEFORE_ORDER.test(beforeText)) anchor = 'order';
      else if (ANCHOR_BEFORE_INSTALL.test(beforeText)) anchor = 'installation';
      else if (/\bthereafter\b/i.test(after.slice(0, 30)) && /\b(?:from|beginning|commencing|on)\s+(?:the\s+)?(?:date\s+of\s+)?(?:this|the)\s+order\b/i.test(beforeText)) anchor = 'order';
    }
    if (anchor === 'none') {
      // "…, beginning at 12:01 a.m. on the day following the date of this Order": a start stated further on
      const rest = after.split(';')[0].slice(0, 110);
      const late = /^[^.;]{0,50}?\b(?:from|after|following|beginning|commencing|starting|upon|effective)\b[^;]{0,60}?\b(?:(?<order>(?:this|the|such|said)\s+(?:extension\s+)?order|entry\s+hereof)|(?<install>installation|installed|activation|activated))\b/i.exec(rest);
      if (late) {
        anchor = late.groups?.order ? 'order' : 'installation';
        anchorText = late[0].trim();
      }
    }
    const [ca, cb] = clauseBounds(text, a, b);
    const found: DurationFound = { a, b, ca, cb, text: m[0], unit, words, numeral, amount, mismatch, adjectival, anchor, anchorText, days: durationDays(amount, unit) };
    if (anchor === 'date') {
      const dm = findDatesInText(after.slice(0, 60))[0];
      if (dm?.valid) found.from = { serial: dm.serial, at: b + after.indexOf(dm.text), len: dm.length, text: dm.text };
    }
    out.push(found);
  }
  return out.length ? out : NO_FINDS;
}

function extractDurations(s: Sentence, ctx: Context, reading: SentenceReading, roles: Map<Found, PeriodRole>): Period[] {
  const { statutory, ordinals, durations } = reading.text;
  if (!statutory.length && !ordinals.length && !durations.length) return [];
  const out: Period[] = [];
  const text = s.text;
  const part = ctx.base.partAt(s.start);
  for (const f of statutory) {
    const { a, b, ca, cb } = f;
    const role = keptRole(roles, f, () => classifyRole({ clause: text.slice(ca, cb), at: a - ca, end: b - ca, unit: 'day', anchor: 'none', part, sentence: s, row: rowOf(s.block), kind: 'duration' }));
    out.push({
      start: s.toSource(a),
      end: s.toSource(b),
      role,
      dayCount: 60,
      kind: 'duration',
      text: f.text,
      part,
      partKind: part?.kind,
      sentence: s,
      amount: 60,
      unit: 'day',
      mismatch: false,
      adjectival: false,
      statutory: true,
      amountSpan: sentenceSpan(s, a, b),
      days: { min: 60, max: 60 },
      anchor: 'none',
      primary: true,
    });
  }
  for (const o of ordinals) {
    const { a, b, ca, cb, anchor } = o;
    const role = keptRole(roles, o, () => classifyRole({ clause: text.slice(ca, cb), at: a - ca, end: b - ca, unit: 'day', anchor, part, sentence: s, row: rowOf(s.block), kind: 'duration' }));
    const words = numberPart(s, o.words);
    const numeral = numberPart(s, o.numeral);
    out.push({
      start: s.toSource(a),
      end: s.toSource(b),
      role,
      dayCount: o.amount,
      kind: 'duration',
      text: text.slice(a, b),
      part,
      partKind: part?.kind,
      sentence: s,
      amount: o.amount,
      unit: 'day',
      words,
      numeral,
      mismatch: words !== undefined && numeral !== undefined && words.value !== numeral.value,
      adjectival: false,
      ordinal: true,
      amountSpan: sentenceSpan(s, a, b),
      days: { min: o.amount, max: o.amount },
      anchor,
      anchorText: o.anchorText,
      primary: true,
    });
  }
  for (const d of durations) {
    const { a, b, ca, cb, unit, anchor } = d;
    const role = keptRole(roles, d, () => classifyRole({ clause: text.slice(ca, cb), at: a - ca, end: b - ca, unit, anchor, part, sentence: s, row: rowOf(s.block), kind: 'duration' }));
    const days = { min: d.days.min, max: d.days.max };
    const period: Period = {
      start: s.toSource(a),
      end: s.toSource(b),
      role,
      dayCount: days.max,
      kind: 'duration',
      text: d.text,
      part,
      partKind: part?.kind,
      sentence: s,
      amount: d.amount,
      unit,
      words: numberPart(s, d.words),
      numeral: numberPart(s, d.numeral),
      mismatch: d.mismatch,
      adjectival: d.adjectival,
      amountSpan: sentenceSpan(s, a, b),
      days,
      anchor,
      anchorText: d.anchorText,
      primary: true,
    };
    if (anchor === 'order' && ctx.orderDate && ctx.orderDate.source !== 'application' && (unit === 'day' || unit === 'week')) {
      period.startDate = { ...ctx.orderDate.date, source: 'order-date' };
      period.endDate = periodDate(ctx.orderDate.date.serial + period.days!.min, 'computed');
    }
    if (anchor === 'date' && d.from) {
      const from = d.from;
      period.startDate = periodDate(from.serial, 'text', { span: sentenceSpan(s, from.at, from.at + from.len), text: from.text });
      if (unit === 'day' || unit === 'week') period.endDate = periodDate(from.serial + period.days!.min, 'computed');
    }
    out.push(period);
  }
  return out;
}

interface DateToken {
  index: number;
  length: number;
  text: string;
  serial?: number;
  valid: boolean;
  /** "the date of this Order" */
  order?: boolean;
  yearless?: { month: number; day: number };
}

const ORDER_DATE_TOKEN = new RegExp(String.raw`\b(?:the\s+)?(?:date\s+(?:of\s+)?(?:(?:entry|issuance|signing)\s+of\s+)?${ORDER_REF}|date\s+(?:on\s+which\s+)?${ORDER_REF}\s+is\s+(?:signed|entered|issued)|entry\s+of\s+${ORDER_REF})`, 'gi');

function readDateTokens(text: string): DateToken[] {
  const dates = findDatesInText(text);
  const tokens: DateToken[] = dates.map((d) => ({ index: d.index, length: d.length, text: d.text, serial: d.valid ? d.serial : undefined, valid: d.valid }));
  // the full dates are sorted and disjoint: a binary search tells whether a yearless one is part of one
  // (a yearless date writes its day in digits: a text without one is not searched)
  for (const y of /\d/.test(text) ? findYearlessDates(text) : NO_FINDS) {
    if (overlapsSorted(dates, y.index, y.index + y.length)) continue;
    tokens.push({ index: y.index, length: y.length, text: y.text, valid: true, yearless: { month: y.month, day: y.day } });
  }
  // (every reference to the order names "order" or "extension")
  if (/order|extension/i.test(text)) {
    ORDER_DATE_TOKEN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ORDER_DATE_TOKEN.exec(text))) tokens.push({ index: m.index, length: m[0].length, text: m[0], valid: true, order: true });
  }
  return tokens.sort((a, b) => a.index - b.index);
}

// no two quantified white-space runs side by side, and a match starts only where a white-space run starts:
// linear on long runs of spaces (it was cubic: test/robustness/regex.test.ts)
const TIME_PHRASE = /(?<![\s,])\s*(?:,\s*)?(?:at\s+)?(?:approximately\s+|about\s+)?\d{1,2}(?::\d{2})?(?:\s*(?:[ap]\.?\s?m\.?|hours))?(?:\s+[A-Z]{2,4}\b)?\s*(?:,(?:\s*on)?|on)?/gi;
const RANGE_CONNECTOR = /^\s*(?:,\s*)?(?:and\s+)?(?:(?:continuing\s+|running\s+)?(?:through|thru|to|until|till|up\s+to\s+and\s+including|to\s+and\s+including|through\s+and\s+including)|(?:and\s+)?(?:ending|terminating|expiring|concluding|closing)(?:\s+on)?|[-–—])\s*(?:on\s+)?$/i;
/** The words before a date that make it the end of a period ("until", "expiring on", "no later than"). */
const END_LEAD = /\b(?:until|till|through|thru|ending\s+(?:on\s+)?|expir(?:es|ing|e)\s+(?:on\s+|at\s+[^,;]{0,25}\s+on\s+)?|terminat(?:es|ing|e)\s+(?:on\s+)?|(?:lapses?|lapsing|ceases?|ceasing|ends?|concludes?)\s+on\s+|(?:up\s+)?(?:to|through)\s+and\s+including|no\s+later\s+than|on\s+or\s+before)\s*$/i;
/** A table row that says what a date alone in a cell ends ("Authorized through | August 30, 2025"). */
const ROW_NAMES_END = /\b(?:until|through|thru|expir\w*|terminat\w*|ends?|end\s+date|last\s+day)\s*[:\u2013\u2014-]?\s*$/i;
function rowNamesEnd(block: TextBlock): boolean {
  const row = rowOf(block);
  return row !== undefined && ROW_NAMES_END.test(row);
}

function resolveYearless(t: DateToken, hint: number | undefined, ctx: Context, before: boolean): number | undefined {
  if (!t.yearless) return t.serial;
  const y = hint !== undefined ? calendarDay(hint).year : ctx.reference.year;
  const { month, day } = t.yearless;
  if (day > daysInMonth(y, month)) return undefined;
  let serial = serialOf(y, month, day);
  if (hint !== undefined && before && serial > hint) serial = serialOf(y - 1, month, Math.min(day, daysInMonth(y - 1, month)));
  return serial;
}

function readRanges(text: string): { ranges: readonly RangeFound[]; untils: readonly UntilFound[] } {
  const tokens = readDateTokens(text);
  if (!tokens.length) return { ranges: NO_FINDS, untils: NO_FINDS };
  const ranges: RangeFound[] = [];
  const used = new Set<number>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t1 = tokens[i];
    const t2 = tokens[i + 1];
    const between = text.slice(t1.index + t1.length, t2.index).replace(TIME_PHRASE, ' ');
    const lead = text.slice(Math.max(0, t1.index - 60), t1.index);
    const isBetween = /\bbetween\s+$/i.test(lead) && /^\s*(?:,\s*)?and\s*$/i.test(between);
    if (!isBetween && !RANGE_CONNECTOR.test(between)) continue;
    if (t1.order && t2.order) continue;
    used.add(i).add(i + 1);
    const a = t1.index;
    const b = t2.index + t2.length;
    const [ca, cb] = clauseBounds(text, a, b);
    ranges.push({ a, b, ca, cb, t1, t2, isBetween });
  }
  // "until August 16, 2024", "expiring on …", "through …": an end only, measured from the order date
  const untils: UntilFound[] = [];
  tokens.forEach((t, i) => {
    if (used.has(i) || t.order) return;
    const lead = END_LEAD.test(text.slice(Math.max(0, t.index - 40), t.index).replace(TIME_PHRASE, ' '));
    // a table cell holding only the date takes its lead from the row (readingOf)
    const alone = text.trim() === t.text.trim();
    if (!lead && !alone) return;
    const a = t.index;
    const b = t.index + t.length;
    const [ca, cb] = clauseBounds(text, a, b);
    untils.push({ a, b, ca, cb, t, lead, alone });
  });
  return { ranges: ranges.length ? ranges : NO_FINDS, untils: untils.length ? untils : NO_FINDS };
}

function extractRanges(s: Sentence, ctx: Context, reading: SentenceReading, roles: Map<Found, PeriodRole>): Period[] {
  const { ranges } = reading.text;
  const { untils } = reading;
  if (!ranges.length && !untils.length) return [];
  const out: Period[] = [];
  const text = s.text;
  const part = ctx.base.partAt(s.start);
  for (const r of ranges) {
    const { a, b, ca, cb, t1, t2, isBetween } = r;
    const rangeEndsAtOrder = !!t2.order;
    const anchor: PeriodAnchor = t1.order ? 'order' : 'date';
    const role = keptRole(roles, r, () => {
      const clause = text.slice(ca, cb);
      const role = classifyRole({ clause, at: a - ca, end: b - ca, anchor, part, sentence: s, row: rowOf(s.block), kind: 'range', rangeEndsAtOrder });
      // "Between May 7 and June 26 the device recorded …": a narrative of the past, not an authorization
      if (isBetween && role === 'installation' && !/\b(?:may(?!\s+\d)|shall|will|authoriz\w*|request\w*|ask\w*|seek\w*)\b/i.test(clause)) return 'other';
      return role;
    });
    const endSerial2 = t2.order ? (ctx.orderDate && ctx.orderDate.source !== 'application' ? ctx.orderDate.date.serial : undefined) : resolveYearless(t2, undefined, ctx, false);
    const startSerial = t1.order ? (ctx.orderDate && ctx.orderDate.source !== 'application' ? ctx.orderDate.date.serial : undefined) : resolveYearless(t1, endSerial2, ctx, true);
    const start = startSerial !== undefined ? statedDate(startSerial, t1.order ? 'order-date' : 'text', sentenceSpan(s, t1.index, t1.index + t1.length), t1.text) : undefined;
    const end = endSerial2 !== undefined ? statedDate(endSerial2, t2.order ? 'order-date' : 'text', sentenceSpan(s, t2.index, t2.index + t2.length), t2.text) : undefined;
    const D = start && end ? end.serial - start.serial : undefined;
    out.push({
      start: s.toSource(a),
      end: s.toSource(b),
      role,
      dayCount: D !== undefined && D >= 0 ? D + 1 : undefined,
      kind: 'range',
      text: text.slice(a, b),
      part,
      partKind: part?.kind,
      sentence: s,
      mismatch: false,
      adjectival: false,
      // D days after the start; D + 1 counted inclusively (LEGAL.md §7.3: D = 60 is the ambiguous boundary)
      days: D !== undefined && D >= 0 ? { min: D, max: D + 1 } : undefined,
      between: D,
      anchor,
      startDate: start,
      endDate: end,
      primary: true,
    });
  }
  for (const u of untils) {
    const { a, b, ca, cb, t } = u;
    const role = keptRole(roles, u, () => classifyRole({ clause: text.slice(ca, cb), at: a - ca, end: b - ca, anchor: 'date', part, sentence: s, row: rowOf(s.block), kind: 'until' }));
    const endSerial = resolveYearless(t, ctx.orderDate?.date.serial, ctx, false);
    const end = endSerial !== undefined ? statedDate(endSerial, 'text', sentenceSpan(s, a, b), t.text) : undefined;
    const orderKnown = ctx.orderDate && ctx.orderDate.source !== 'application' ? ctx.orderDate : undefined;
    const start = orderKnown ? { ...orderKnown.date, source: 'order-date' as const } : undefined;
    const D = start && end ? end.serial - start.serial : undefined;
    out.push({
      start: s.toSource(a),
      end: s.toSource(b),
      role,
      dayCount: D !== undefined && D >= 0 ? D + 1 : undefined,
      kind: 'until',
      text: t.text,
      part,
      partKind: part?.kind,
      sentence: s,
      mismatch: false,
      adjectival: false,
      days: D !== undefined && D >= 0 ? { min: D, max: D + 1 } : undefined,
      between: D,
      anchor: 'order',
      startDate: start,
      endDate: end,
      primary: true,
    });
  }
  return out;
}

function readOpenEnded(text: string): readonly OpenFound[] {
  if (!/\b(?:until|while|during|such\s+time|duration|life|length|pendency|pending|throughout|remainder|rest|balance|through|course|long\s+as|indefinite\w*|limit\w*|no\s+end|no\s+expiration|open[\s-]ended|no\s+fixed)\b/i.test(text)) return NO_FINDS;
  const out: OpenFound[] = [];
  OPEN_ENDED_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OPEN_ENDED_RE.exec(text))) {
    const g = m.groups ?? {};
    const event = g.event ?? g.cond;
    // "until June 30, 2024", "until sixty days after …", "until the earlier of": bounded, not open-ended
    const boundByOrder = event && /\b(?:this|the|such|said)\s+(?:extension\s+)?(?:order|authori[sz]ation|extension|period)\b/i.test(event) && /\b(?:expir\w*|terminat\w*|ends?|lapses?|runs?\s+out|vacated|completion)\b/i.test(event);
    // "until 11:59 p.m. on …", "until midnight on the sixtieth day": a clock time, then the day it falls on
    if (event && (boundByOrder || /^\s*(?:\d|midnight\b|noon\b)/i.test(event) || findDatesInText(event).length || findYearlessDates(event).length || /\b(?:days?|weeks?|months?|hours?|expir\w*|earlier|sooner)\b/i.test(event) || ORDER_DATE_TOKEN.test(event))) {
      ORDER_DATE_TOKEN.lastIndex = 0;
      continue;
    }
    ORDER_DATE_TOKEN.lastIndex = 0;
    if (g.what && !/\b(?:investigation|case|matter|inquiry|prosecution|proceeding|operation|conspiracy|probe|surveillance|monitoring)\b/i.test(g.what)) continue;
    // "throughout the investigation", "through the end of the investigation": the span of an event, not a date
    if (g.span && !/\b(?:investigation|case|matter|inquiry|prosecution|proceeding|conspiracy|probe)\b/i.test(g.span)) continue;
    const a = m.index;
    const b = a + m[0].trimEnd().length;
    const [ca, cb] = clauseBounds(text, a, b);
    out.push({ a, b, ca, cb, unlessUntil: /^unless\s+(?:or|and)\s+until/i.test(m[0]) });
  }
  return out.length ? out : NO_FINDS;
}

function extractOpenEnded(s: Sentence, ctx: Context, reading: SentenceReading, roles: Map<Found, PeriodRole>): Period[] {
  const { opens } = reading.text;
  if (!opens.length) return [];
  const out: Period[] = [];
  const text = s.text;
  const part = ctx.base.partAt(s.start);
  for (const o of opens) {
    const { a, b, ca, cb } = o;
    const role = keptRole(roles, o, () => {
      const clause = text.slice(ca, cb);
      let role = classifyRole({ clause, at: a - ca, end: b - ca, anchor: 'none', part, sentence: s, row: rowOf(s.block), kind: 'open-ended' });
      // the sealing / nondisclosure phrase ("unless or until otherwise ordered") is § 3123(d)'s own wording
      if (o.unlessUntil) role = role === 'installation' ? 'sealing' : role;
      if (role === 'other' && INSTALL_CUE.test(clause) && FORWARD_CUE.test(clause) && !SEALING_CUE.test(clause) && !roleBySubject(ownMembers(clause, a - ca, b - ca), a - ca)) role = 'installation';
      // "the Target Telephone will remain active until the subject is arrested" is a fact about the phone: an
      // open-ended authorization needs the authorization (its use, the order) to be what has no end
      // (a table cell whose row names the term, "Term of use | Until the investigation is complete", is the term)
      const row = rowOf(s.block);
      const fromRow = row && clause.trim().length < 80 ? roleFromRow(row, part) : undefined;
      if ((role === 'installation' || role === 'extension') && !AUTHORIZING.test(clause) && fromRow !== role) role = 'other';
      return role;
    });
    out.push({
      start: s.toSource(a),
      end: s.toSource(b),
      role,
      dayCount: undefined,
      kind: 'open-ended',
      text: text.slice(a, b),
      part,
      partKind: part?.kind,
      sentence: s,
      mismatch: false,
      adjectival: false,
      anchor: 'none',
      phrase: sentenceSpan(s, a, b),
      primary: true,
    });
  }
  return out;
}

function readRenewals(text: string): readonly Found[] {
  if (!/\b(?:automatic|renew|successive|subsequent|consecutive|recurring|repeated|thereafter|evergreen|extend|continu|roll|increment|additional|further)/i.test(text)) return NO_FINDS;
  const out: Found[] = [];
  RENEWAL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RENEWAL_RE.exec(text))) {
    const a = m.index;
    const b = a + m[0].length;
    const [ca] = clauseBounds(text, a, b);
    const lead = text.slice(Math.max(ca, a - 60), a);
    if (RENEWAL_NEGATION.test(lead) || /^(?:[^;.]{0,40})\b(?:is|are)\s+not\b/i.test(text.slice(b, b + 40))) continue;
    // "Any further extension would require a new application": the law, not a renewal
    const rest = text.slice(b, b + 80).split(';')[0];
    if (/\b(?:require|requires|required|only\s+upon|upon\s+(?:a\s+)?new\s+application)\b/i.test(text.slice(a, b)) && !/\bwithout\b/i.test(text.slice(a, b))) continue;
    if (!/\bwithout\b/i.test(text.slice(a, b)) && /\b(?:requir\w*|only\s+upon|each\s+upon|upon\s+(?:a\s+|the\s+)?(?:new|further|separate|additional|proper|written)?\s*(?:application|motion|showing|finding))\b/i.test(rest)) continue;
    // (a renewal in a block quote is dropped by readingOf: a quotation renews nothing)
    // a renewal of sealing, nondisclosure or a § 2703(f) preservation is not an extension of the authorization
    // (the cues of the renewal's own coordinate member, read whole so a cut cannot change a word's meaning)
    const [, cb] = clauseBounds(text, a, b);
    const own = ownMembers(text.slice(ca, cb), a - ca, b - ca);
    const near = (re: RegExp) => cueStartsWithin(re, own, a - ca - 200, b - ca + 100);
    if ((near(SEALING_CUE) || near(PRESERVATION_CUE)) && !near(STRONG_INSTALL_CUE)) continue;
    // the clause must be about the authorization (its use, the order, the period), not about a filing schedule
    if (!/\b(?:order|authoriz\w*|install\w*|use|period|pen\s+register|device|extend\w*|extension|renew\w*|days?)\b/i.test(text.slice(Math.max(ca, a - 200), b + 40))) continue;
    out.push({ a, b, ca, cb });
  }
  return out.length ? out : NO_FINDS;
}

function extractRenewals(s: Sentence, ctx: Context, reading: SentenceReading): Period[] {
  const { renewals } = reading;
  if (!renewals.length) return [];
  const out: Period[] = [];
  const text = s.text;
  const part = ctx.base.partAt(s.start);
  for (const { a, b } of renewals) {
    out.push({
      start: s.toSource(a),
      end: s.toSource(b),
      role: 'extension',
      dayCount: undefined,
      kind: 'renewal',
      text: text.slice(a, b),
      part,
      partKind: part?.kind,
      sentence: s,
      mismatch: false,
      adjectival: false,
      anchor: 'none',
      phrase: sentenceSpan(s, a, b),
      primary: true,
      automatic: true,
    });
  }
  return out;
}

const START_RE = new RegExp(
  String.raw`\b(?<npt>nunc\s+pro\s+tunc)\b(?:\s*(?:,\s*)?(?:to|as\s+of|from|effective)\b)?|\b(?<eff>effective|retroactive(?:ly)?)\s+(?:as\s+of\s+|from\s+|to\s+|on\s+|upon\s+|beginning\s+)?(?=(?:${MONTH_NAMES}|\d|the\s+\d|(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day)|(?:approximately\s+|about\s+)?\d)|\b(?<begin>beginning|commencing|starting|deemed\s+to\s+have\s+(?:commenced|begun|started)\s+(?=on\b|as\s+of\b)|from\s+and\s+after|relat(?:es|ing|e)\s+back\s+to)\s*(?:on\s+|upon\s+|as\s+of\s+|from\s+)?(?=${MONTH_NAMES}|\d{1,2}\/|\d{4}-|the\s+\d)`,
  'gi',
);

function readStarts(text: string): readonly StartFound[] {
  if (!/\b(?:nunc|effective|retroactive|beginning|commencing|starting|deemed|after|back)\b/i.test(text)) return NO_FINDS;
  const out: StartFound[] = [];
  START_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = START_RE.exec(text))) {
    const g = m.groups ?? {};
    const kind: StartMention['kind'] = g.npt ? 'nunc-pro-tunc' : g.eff ? (/^retro/i.test(g.eff) ? 'retroactive' : 'effective') : /^relat/i.test(g.begin ?? '') ? 'retroactive' : 'beginning';
    out.push({ kind, a: m.index, wordsEnd: m.index + m[0].length });
  }
  return out.length ? out : NO_FINDS;
}

/** The date (and time) a start names is read against the draft's reference date: not kept with the sentence. */
function extractStarts(s: Sentence, ctx: Context, reading: SentenceReading): StartMention[] {
  const mentions = reading.text.starts;
  if (!mentions.length) return [];
  const out: StartMention[] = [];
  const text = s.text;
  const part = ctx.base.partAt(s.start);
  for (const { kind, a, wordsEnd } of mentions) {
    const tail = text.slice(wordsEnd, wordsEnd + 80);
    // the date (and time) the start names: chrono-node reads "9:05 p.m. MDT on October 18, 2024", "March 1"
    const found = dateTimesAt(tail, ctx.reference).find((d) => d.index <= 25);
    let b = wordsEnd;
    let date: PeriodDate | undefined;
    if (found) {
      const dIndex = wordsEnd + found.index;
      b = dIndex + found.length;
      date = periodDate(found.serial, 'text', { minutes: found.minutes, tzOffset: found.tzOffset, span: sentenceSpan(s, dIndex, b), text: found.text });
      if (!found.yearStated && ctx.orderDate) date = yearFromOrder(date, ctx.orderDate.date.serial);
    }
    const [ca, cb] = clauseBounds(text, a, b);
    const clause = text.slice(ca, cb);
    let role = classifyRole({ clause, at: a - ca, end: b - ca, anchor: 'date', part, sentence: s, row: rowOf(s.block), kind: 'range' });
    if (kind !== 'beginning' && role === 'other' && INSTALL_CUE.test(clause)) role = 'installation';
    // a beginning date that heads a range is the range's start, found there already
    out.push({ start: s.toSource(a), end: s.toSource(b), kind, text: text.slice(a, b), date, part, sentence: s, role });
  }
  return out;
}

/** findDateTimes kept by reference date and text: a signature line or a start read again in the next version. */
const dateTimesMemo = new TextMemo<readonly DateTimeMatch[]>(4000);
/** Every date findDateTimes keeps is written with a digit, a month's name (a word of its own, as chrono-node reads
 *  it: "declare" and "JANE" name none) or "day of": a line with none of them ("I declare under penalty of perjury
 *  …", "Respectfully submitted, JANE Q. DOE") holds no date, and chrono-node need not read it (a signature line
 *  without a date is read in every draft, each with its own reference date). */
const MAY_STATE_DATE = /\d|\bday\s+of\b|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const NO_TIMES: readonly DateTimeMatch[] = Object.freeze([]);
function dateTimesAt(text: string, reference: { year: number; month: number; day: number }): readonly DateTimeMatch[] {
  if (!MAY_STATE_DATE.test(text)) return NO_TIMES;
  return dateTimesMemo.get(`${reference.year}-${reference.month}-${reference.day} ${text}`, () => findDateTimes(text, reference));
}

/** A date written without a year takes the order's year, or the year before when that would put it after the
 *  order (a start "nunc pro tunc to December 28" in an order of January 3). */
function yearFromOrder(d: PeriodDate, orderSerial: number): PeriodDate {
  const oy = fromSerial(orderSerial).year;
  let serial = serialOf(oy, d.month, Math.min(d.day, daysInMonth(oy, d.month)));
  if (serial > orderSerial + 31) serial = serialOf(oy - 1, d.month, Math.min(d.day, daysInMonth(oy - 1, d.month)));
  return { ...d, ...periodDate(serial, d.source), minutes: d.minutes, tzOffset: d.tzOffset, span: d.span, text: d.text };
}

// ------------------------------------------------------------------------------------------------ dates of the draft

/** A line that may date a signature ("Dated: …", "SO ORDERED …", "this 5th day of May"), with the last valid
 *  calendar date it states, if any. */
interface SignatureLine {
  last?: { index: number; length: number; serial: number; text: string };
  /** No time of day can be read beside `last` (timeless). */
  timeless?: boolean;
}
const UNDATED_LINE: SignatureLine = Object.freeze({});

function signatureLineOf(text: string): SignatureLine | undefined {
  if (text.length > 400) return undefined;
  if (!SIGNATURE_LINE.test(text) && !/\bthis\s+\d{1,2}(?:st|nd|rd|th)?\s+day\s+of\b/i.test(text)) return undefined;
  if (/\b(?:original|prior|previous|earlier)\s+order\b/i.test(text)) return undefined;
  const ds = findDatesInText(text).filter((d) => d.valid);
  if (!ds.length) return UNDATED_LINE;
  const { index, length, serial, text: dateText } = ds[ds.length - 1];
  return { last: { index, length, serial, text: dateText }, timeless: timeless(text, index, index + length) };
}

/** A line that states no time of day beside its date [a, b): every time findDateTimes reads is written with digits
 *  (chrono-node's clock times and ISO times, the patterns of adjacentTime) or counted in time units from the date
 *  ("two hours after May 5, 2025"); "noon" and "midnight" are not read in its strict mode. So with no digit outside
 *  the date and no time unit anywhere, no time is found beside it, and chrono-node need not read the line. */
function timeless(text: string, a: number, b: number): boolean {
  return !/\d/.test(text.slice(0, a)) && !/\d/.test(text.slice(b)) && !/\b(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)\b/i.test(text);
}

/** The dates and times chrono-node reads in a signature line, kept with its summary for the reference date. */
const keptTimes = new WeakMap<SentenceSummary, { reference: Context['reference']; times: readonly DateTimeMatch[] }>();
function timesOfLine(line: Summarized, reference: Context['reference']): readonly DateTimeMatch[] {
  const kept = keptTimes.get(line.summary);
  if (kept && kept.reference.year === reference.year && kept.reference.month === reference.month && kept.reference.day === reference.day) return kept.times;
  const times = dateTimesAt(line.sentence.text, reference);
  keptTimes.set(line.summary, { reference, times });
  return times;
}

/** The latest date of the lines that may date a signature (signatureLineOf), in the order given (the last of equal
 *  ones), with the time stated beside it. */
function signatureDate(lines: Summarized[], ctx: Pick<Context, 'reference'>, timeToo: boolean): { date: PeriodDate; span: Span } | undefined {
  let best: Summarized | undefined;
  let bestDate: { index: number; length: number; serial: number; text: string } | undefined;
  for (const line of lines) {
    let d = line.summary.signature?.last;
    // "Signed March 10 at 15:00": a date without a year takes the draft's year (chrono-node reads the line)
    if (!d) {
      const all = timesOfLine(line, ctx.reference);
      if (!all.length) continue;
      d = all[all.length - 1];
    }
    if (!bestDate || d.serial >= bestDate.serial) {
      best = line;
      bestDate = d;
    }
  }
  if (!best || !bestDate) return undefined;
  // only the line that dates the signature is read for its time (chrono-node is the costly part of the draft's dates)
  const d = bestDate;
  let date = periodDate(d.serial, 'text', { text: d.text });
  if (timeToo && !(d === best.summary.signature?.last && best.summary.signature.timeless)) {
    const dt = timesOfLine(best, ctx.reference).find((x) => x.serial === d.serial && x.minutes !== undefined);
    if (dt) date = { ...date, minutes: dt.minutes, tzOffset: dt.tzOffset };
  }
  const span = sentenceSpan(best.sentence, d.index, d.index + d.length);
  return { date: { ...date, span }, span };
}

/** The blocks of the draft being read: rowOf finds a cell's row among them (its own top-level block's). */
let draftBlocks: readonly TextBlock[] = [];
/** Rows worked out in this pass, for every cell of each top-level block read (a table's rows are read together). */
let rowsRead = new Map<TextBlock, string>();

/** A table cell's row: the text of the other cells of its row in its top-level block (undefined outside tables). */
const rowOf = memoOnBlock((b: TextBlock): string | undefined => {
  if (b.kind !== 'tableCell' || b.tableRow === undefined) return undefined;
  if (!rowsRead.has(b)) readRowsAround(b);
  return rowsRead.get(b);
});

/** The rows of every table cell in `cell`'s top-level block (cells of one top-level block follow each other). */
function readRowsAround(cell: TextBlock): void {
  const blocks = draftBlocks;
  let from = blocks[cell.index] === cell ? cell.index : blocks.indexOf(cell);
  // (a block outside the draft's blocks has no row, as before)
  if (from < 0) return;
  let to = from + 1;
  while (from > 0 && blocks[from - 1].topIndex === cell.topIndex) from--;
  while (to < blocks.length && blocks[to].topIndex === cell.topIndex) to++;
  const groups = new Map<number, TextBlock[]>();
  for (let i = from; i < to; i++) {
    const b = blocks[i];
    if (b.kind !== 'tableCell' || b.tableRow === undefined) continue;
    const g = groups.get(b.tableRow);
    if (g) g.push(b);
    else groups.set(b.tableRow, [b]);
  }
  for (const cells of groups.values()) {
    for (const c of cells) rowsRead.set(c, cells.filter((x) => x !== c).map((x) => x.text).join(' | ').slice(0, 300));
  }
}

function referenceDate(base: DraftBase): { year: number; month: number; day: number } {
  if (base.frontmatter.date) {
    const [y, mo, d] = base.frontmatter.date.split('-').map(Number);
    return { year: y, month: mo, day: d };
  }
  // the first of the latest valid dates
  let latest: DraftBase['dates'][number] | undefined;
  for (const d of base.dates) if (d.valid && (!latest || d.serial > latest.serial)) latest = d;
  if (latest) return { year: latest.year, month: latest.month, day: latest.day };
  // no date anywhere: a fixed leap year, so month-and-day comparisons still work and nothing depends on today
  return { year: 2000, month: 1, day: 1 };
}

// ------------------------------------------------------------------------------------------------ the § 3125 clock

/** Words that make a time another event's ("designated Agent X", "received a call"); "designated by" is the
 *  officer's description, not an event. */
const OTHER_EVENT = /\b(?:designat\w*|called|received|took|taken|seen|robbed|kidnapp\w*|arrested)\b(?!\s+by\b)/i;

function eventTimes(sentences: Sentence[], ctx: Context, cue: RegExp, base: DraftBase, cueMayFollow = false): EventTime[] {
  const out: EventTime[] = [];
  for (const s of sentences) {
    const text = s.text;
    if (text.length > 1500) continue;
    if (!/\d/.test(text)) continue;
    const cues: Array<{ at: number; text: string }> = [];
    const g = new RegExp(cue.source, 'gi');
    let m: RegExpExecArray | null;
    while ((m = g.exec(text))) cues.push({ at: m.index + m[0].length, text: m[0] });
    if (!cues.length) continue;
    const times = dateTimesAt(text, ctx.reference);
    for (const t of times) {
      // the cue that governs a time is the nearest one before it in the same clause, with no other time between
      const [ca, cb] = clauseBounds(text, t.index, t.index + t.length);
      let c = cues.filter((x) => x.at <= t.index && x.at >= ca && t.index - x.at <= 90).pop();
      if (c && times.some((o) => o !== t && o.index >= c!.at && o.index < t.index)) c = undefined;
      // "On May 2, 2023, at approximately 6:10 p.m., an agent caused a pen register to be installed"
      if (!c && cueMayFollow) {
        const end = t.index + t.length;
        const after = cues.find((x) => x.at > end && x.at <= cb && x.at - end <= 150 && !times.some((o) => o.index >= end && o.index < x.at));
        if (after && !OTHER_EVENT.test(text.slice(end, after.at))) {
          let date = periodDate(t.serial, 'text', { minutes: t.minutes, tzOffset: t.tzOffset, span: sentenceSpan(s, t.index, end), text: t.text });
          if (!t.yearStated && ctx.orderDate) date = yearFromOrder(date, ctx.orderDate.date.serial);
          out.push({ start: s.toSource(t.index), end: s.toSource(after.at), text: text.slice(t.index, after.at), date, cue: after.text, part: base.partAt(s.start) });
        }
        continue;
      }
      if (!c) continue;
      const gap = text.slice(c.at, t.index);
      if (OTHER_EVENT.test(gap)) continue;
      let date = periodDate(t.serial, 'text', { minutes: t.minutes, tzOffset: t.tzOffset, span: sentenceSpan(s, t.index, t.index + t.length), text: t.text });
      if (!t.yearStated && ctx.orderDate) date = yearFromOrder(date, ctx.orderDate.date.serial);
      const a = Math.max(0, c.at - c.text.length);
      out.push({ start: s.toSource(a), end: s.toSource(t.index + t.length), text: text.slice(a, t.index + t.length), date, cue: c.text, part: base.partAt(s.start) });
    }
  }
  return out;
}

function emergencyClock(base: DraftBase, ctx: Context, applicationDate?: DraftDate): EmergencyClock {
  const clock: EmergencyClock = {};
  const relevant = base.sentences.filter((s) => /\d/.test(s.text) && s.text.length <= 1500);
  // "the provider began delivering pen register data": the use, and so the § 3125 clock, began then
  const installs = eventTimes(relevant.filter((s) => /\binstall|\bactivat|\bimplement|\bwent\s+live|\b(?:began|commenced|started)\b[^.;]{0,60}\b(?:pen\s+register|trap\s+and\s+trace|devices?|monitoring|deliver\w*|collect\w*)/i.test(s.text)), ctx, INSTALL_TIME_CUE, base, true)
    .filter((e) => /install|activat|implement|began|begun|commenced|started|initiated|went|turned/i.test(e.cue))
    .filter((e) => !OTHER_EVENT.test(e.text));
  // the 48 hours run from when installation "has occurred, or begins to occur" (§ 3125(a)): the earliest time
  clock.installation = installs.sort((x, y) => minuteRange(x.date).min - minuteRange(y.date).min)[0];
  const apps = eventTimes(base.partsOf('application').flatMap((p) => base.sentencesIn(p)), ctx, APPLICATION_TIME_CUE, base);
  const appAfter = apps.filter((e) => !clock.installation || minuteRange(e.date).max >= minuteRange(clock.installation.date).min);
  // a stated time beats a bare date of the same application ("Respectfully submitted this 5th day of May")
  const timed = appAfter.filter((e) => e.date.minutes !== undefined);
  clock.application = (timed.length ? timed : appAfter).sort((x, y) => minuteRange(x.date).min - minuteRange(y.date).min)[0];
  if (!clock.application && applicationDate) {
    clock.application = { ...(applicationDate.span ?? { start: 0, end: 0 }), text: applicationDate.date.text ?? '', date: applicationDate.date, cue: 'dated', part: base.partsOf('application')[0] };
  }
  if (ctx.orderDate && ctx.orderDate.source !== 'application') {
    clock.order = { ...(ctx.orderDate.span ?? { start: 0, end: 0 }), text: ctx.orderDate.date.text ?? '', date: ctx.orderDate.date, cue: 'dated', part: base.partsOf('order')[0] };
  }
  if (clock.installation) {
    const to = clock.order ?? clock.application;
    if (to) {
      // a zone stated for one time only ("22:40 MST" and "Dated: March 5, 2025, 11:05"): both are local times of
      // the same court, so compare them as written rather than mix UTC with wall-clock
      const zoned = (clock.installation.date.tzOffset !== undefined) === (to.date.tzOffset !== undefined);
      const i = minuteRange(zoned ? clock.installation.date : { ...clock.installation.date, tzOffset: undefined });
      const o = minuteRange(zoned ? to.date : { ...to.date, tzOffset: undefined });
      clock.hours = { min: Math.max(0, (o.min - i.max) / 60), max: Math.max(0, (o.max - i.min) / 60), to: clock.order ? 'order' : 'application' };
    }
  }
  return clock;
}

// ------------------------------------------------------------------------------------------------ entry point

export function extractPeriods(base: DraftBase): PeriodFacts {
  const reference = referenceDate(base);
  const ctx: Context = { base, reference };
  draftBlocks = base.blocks;
  rowsRead = new Map();
  // one pass over the sentences, each read once (its kept summary): those that may state a period or a start, and
  // the lines that may date a signature
  const stating: Summarized[] = [];
  const signatureLines: Summarized[] = [];
  for (const line of summarize(base.parsed.fragments)) {
    if (line.summary.reading) stating.push(line);
    if (line.summary.signature) signatureLines.push(line);
  }
  // the signature lines of each part of a kind, as base.sentencesIn(part) would list them
  const signatureLinesOf = (kind: PartKind) => base.partsOf(kind).flatMap((p) => signatureLines.filter(({ sentence: s }) => s.start >= p.start && s.start < p.end));
  const orderSentences = signatureLinesOf('order');
  const appSentences = signatureLinesOf('application');
  let orderDate: DraftDate | undefined;
  if (base.frontmatter.date) {
    const [y, mo, d] = base.frontmatter.date.split('-').map(Number);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)) orderDate = { date: periodDate(serialOf(y, mo, d), 'text', { text: base.frontmatter.date }), source: 'frontmatter' };
  }
  if (!orderDate) {
    const sig = signatureDate(orderSentences, ctx, true);
    if (sig) orderDate = { date: sig.date, source: 'order', span: sig.span };
  }
  const appSig = signatureDate(appSentences, ctx, true);
  const applicationDate: DraftDate | undefined = appSig ? { date: appSig.date, source: 'application', span: appSig.span } : undefined;
  // The order cannot precede its application: an undated proposed order is judged against the application's date.
  ctx.orderDate = orderDate ?? applicationDate;

  const periods: Period[] = [];
  const starts: StartMention[] = [];
  for (const line of stating) {
    const s = line.sentence;
    const reading = line.summary.reading!;
    const roles = rolesOf(line, reading, base.partAt(s.start));
    const durations = extractDurations(s, ctx, reading, roles);
    const ranges = extractRanges(s, ctx, reading, roles);
    const open = extractOpenEnded(s, ctx, reading, roles);
    const renewals = extractRenewals(s, ctx, reading);
    // durations inside a renewal phrase ("successive sixty-day periods") belong to the renewal
    // and so do the periods it names right after ("extended by operation of this Order for further sixty-day
    // periods"), when no other verb comes between
    const renewalOwns = (r: Period, d: Period) => {
      if (d.start >= r.start && d.end <= r.end) return true;
      if (d.start < r.end) return false;
      const gap = s.text.slice(indexIn(s, r.end), indexIn(s, d.start));
      return gap.length <= 60 && /^[^;.]*$/.test(gap) && !/\b(?:and|but|may|shall|will|is|are)\b/i.test(gap);
    };
    // the renewals come sorted and disjoint: only the last one starting at or before a duration can hold it, and
    // only those ending at most sixty characters before it can name it (not every renewal for every duration)
    const ownedByRenewal = (d: Period) => {
      for (let i = lastStartingAtOrBefore(renewals, d.start); i >= 0; i--) {
        const r = renewals[i];
        if (renewalOwns(r, d)) return true;
        if (r.end < d.start && indexIn(s, d.start) - indexIn(s, r.end) > 60) return false;
      }
      return false;
    };
    for (const d of durations) {
      if (ownedByRenewal(d)) {
        d.automatic = true;
        d.role = 'extension';
      }
    }
    // a gloss in parentheses ("sixty (60) days (approximately two months)") restates the period before it
    for (let i = 0; i + 1 < durations.length; i++) {
      const x = durations[i];
      const y = durations[i + 1];
      const gap = s.text.slice(indexIn(s, x.end), indexIn(s, y.start));
      const close = s.text.slice(indexIn(s, y.end), indexIn(s, y.end) + 3);
      // (one white-space run on each side of the optional word, not two around it: a long run after "(" was quadratic)
      if (/^\s*\((?:\s*(?:approximately|about|roughly|i\.e\.,?|that\s+is,?|or))?\s*$/i.test(gap) && /^\s*\)/.test(close)) y.primary = false;
    }
    // alternatives: "thirty (30) to sixty (60) days" asks for up to the larger; "two months or sixty days,
    // whichever is shorter" is bounded by the smaller. One stated period, judged once.
    for (let i = 0; i + 1 < durations.length; i++) {
      const x = durations[i];
      const y = durations[i + 1];
      if (x.role !== y.role || !x.days || !y.days) continue;
      const gap = s.text.slice(indexIn(s, x.end), indexIn(s, y.start));
      if (!/^\s*(?:\(\s*\d+\s*\)\s*)?(?:to|or|through|[-–—])\s*(?:a\s+(?:maximum|minimum)\s+of\s+)?$/i.test(gap) && !/^\s*(?:days?\s+)?(?:to|[-–—])\s*$/i.test(gap)) continue;
      const tail = s.text.slice(indexIn(s, y.end), indexIn(s, y.end) + 60);
      const lesser = /^[^;.]{0,70}?\bwhichever\s+(?:is|occurs|comes|shall\s+be)\s+(?:shorter|shortest|less|lesser|least|earlier|earliest|sooner|first)\b/i.test(tail);
      const xLarger = x.days.max >= y.days.max;
      (lesser === xLarger ? x : y).primary = false;
    }
    // one clause, one period: a duration and a range that state the same authorization are one period
    // (the periods of each clause found by where the clause starts, not every duration tried for every range)
    const clauseOf = clauseStarts(s);
    const durationsByClause = durations.length && (ranges.length || open.length) ? groupBy(durations, clauseOf) : new Map<number, Period[]>();
    // (a range's clause is looked for only when a duration may share it)
    for (const r of durations.length ? ranges : NO_FINDS) {
      for (const d of durationsByClause.get(clauseOf(r)) ?? []) {
        if (d.role === r.role) {
          // an exact count ("60 days (through August 1, 2025)") is the period unless the dates reach further;
          // an inexact one (months) yields to the dates, which fix it
          const exact = d.unit === 'day' || d.unit === 'week';
          const dWorse = exact ? (r.days?.min ?? 0) <= (d.days?.max ?? 0) : (d.days?.min ?? 0) > (r.days?.min ?? 0);
          (dWorse ? r : d).primary = false;
          // the dates say when the counted period runs
          if (d.anchor === 'none') {
            d.anchor = r.kind === 'until' ? 'order' : r.anchor;
            d.anchorText = r.text;
          }
        }
      }
    }
    // the bound is read from the whole sentence, once (not once per open-ended period)
    let sentenceBounded: boolean | undefined;
    const renewalsByClause = open.length && renewals.length ? groupBy(renewals, clauseOf) : undefined;
    for (const u of open) {
      if (u.role !== 'installation' && u.role !== 'extension') continue;
      const clause = clauseOf(u);
      // "until further order" next to a stated duration in the same clause only repeats the sealing-style
      // reservation; the duration is the period
      // "for sixty days or until the investigation ends, whichever is earlier" is bounded by the duration
      if ((durationsByClause.get(clause) ?? []).some((d) => d.role === u.role) && (sentenceBounded ??= BOUNDED_BY_DURATION.test(s.text))) u.primary = false;
      // "that it renew automatically for further thirty-day periods until the investigation ends": the event ends
      // the series of renewals; the automatic renewal is the one defect (RULES.md "One defect, one finding")
      if ((renewalsByClause?.get(clause) ?? []).some((r) => r.start < u.start)) u.primary = false;
    }
    periods.push(...durations, ...ranges, ...open, ...renewals);
    const sentenceStarts = extractStarts(s, ctx, reading);
    // "This Order is effective as of May 28, 2025, and the devices may be used for sixty days": the start the
    // sentence states is the duration's
    const dated = sentenceStarts.find((st) => st.date && (st.role === 'installation' || st.role === 'extension'));
    if (dated) {
      for (const d of durations) {
        if (d.anchor === 'none' && (d.role === 'installation' || d.role === 'extension')) {
          d.anchor = 'date';
          d.anchorText = dated.text;
        }
      }
    }
    starts.push(...sentenceStarts);
  }
  periods.sort((a, b) => a.start - b.start || a.end - b.end);
  // key order matters to the language server's hover, which reads the first role-like and day-count keys: every
  // period is built with start, end, role and dayCount first (no copy of each period to put them there)
  const shown = periods;

  const isEmergency = base.parts.some((p) => p.emergency);
  const approvals: PeriodFacts['approvals'] = [];
  if (isEmergency) {
    for (let i = 0; i < base.sentences.length; i++) {
      const s = base.sentences[i];
      const m = approvalIn(s);
      if (m) approvals.push({ start: s.toSource(m.at), end: s.toSource(m.at + m.len), part: base.partAt(s.start), sentence: s });
    }
  }
  forgetRecentRoles();
  draftBlocks = [];
  rowsRead = new Map();
  const facts: PeriodFacts = { periods: shown, starts, approvals, orderDate, applicationDate, isEmergency };
  if (isEmergency) facts.emergency = emergencyClock(base, ctx, applicationDate);
  return facts;
}

/** Where a sentence approves or ratifies an installation or use ("is APPROVED", "ratifies"), kept on it. */
const approvalIn = memoOn((s: Sentence): { at: number; len: number } | undefined => {
  if (isCaptionOrHeading(s) || !/\binstall\w*|\buse\b/i.test(s.text)) return undefined;
  const m = /\b(?:approv\w*|ratif\w*)\b/i.exec(s.text);
  if (!m || /\b(?:not|no)\s+(?:\w+\s+){0,2}$/i.test(s.text.slice(0, m.index))) return undefined;
  return { at: m.index, len: m[0].length };
});

/** Headings and captions name a document ("ORDER EXTENDING … FOR SIXTY DAYS"); they authorize nothing. A bold
 *  or all-capitals decretal paragraph ("IT IS FURTHER ORDERED THAT … NINETY (90) DAYS") is still read. */
function isCaptionOrHeading(s: Sentence): boolean {
  if (s.block.kind === 'heading') return true;
  const t = s.block.text.trim();
  return /^\s*(?:in\s+(?:the\s+)?matter\s+of|in\s+re\b)/i.test(t) || (t.length < 200 && /^[^a-z]*\b(?:APPLICATION|ORDER|MOTION)\b[^a-z]*$/.test(t) && !/\b(?:ORDERED|SHALL|MAY)\b/.test(t));
}

/** Index in the sentence's text of a source offset (monotone map). */
function indexIn(s: Sentence, src: number): number {
  let lo = 0;
  let hi = s.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.toSource(mid) < src) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "…, whichever is earlier", "not to exceed …": an open-ended phrase bounded by a duration of its sentence. */
const BOUNDED_BY_DURATION = /\bwhichever\s+(?:is|occurs|comes|shall\s+occur)\s+(?:earlier|earliest|first|sooner)|\bor\s+until\b|\bnot\s+(?:to\s+exceed|longer\s+than|more\s+than|beyond)\b|\bno\s+(?:longer|more)\s+than\b|\bat\s+most\b|\bbut\s+(?:in\s+no\s+(?:event|case)\s+)?(?:not\s+)?(?:longer|more|beyond)/i;

/** Where the clause of a span of the sentence starts (clauseBounds): two spans are in the same clause when they
 *  give the same start. Kept per span, so each is mapped once. */
function clauseStarts(s: Sentence): (x: Span) => number {
  const known = new Map<Span, number>();
  return (x) => {
    let at = known.get(x);
    if (at === undefined) {
      at = clauseBounds(s.text, indexIn(s, x.start), indexIn(s, x.end))[0];
      known.set(x, at);
    }
    return at;
  };
}

/** Items grouped by a key, each group in the items' order. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const it of items) {
    const k = key(it);
    const g = groups.get(k);
    if (g) g.push(it);
    else groups.set(k, [it]);
  }
  return groups;
}

/** The index of the last span starting at or before `offset` (spans sorted by start), or -1. */
function lastStartingAtOrBefore(spans: readonly Span[], offset: number): number {
  // (offsets are whole numbers: starting at or before `offset` is starting before `offset + 1`)
  return countStartingBefore(spans, offset + 1) - 1;
}

// ------------------------------------------------------------------------------------------------ for the rules

/** The periods the order-* rules judge: the order's own; when the file holds no order, the period its
 *  application asks for stands for the order it proposes (see the rule docs). */
export function judgedPeriods(draft: DraftBase & { periods: PeriodFacts }, roles: PeriodRole[]): Period[] {
  const all = (draft.periods.periods ?? []).filter((p) => roles.includes(p.role) && p.primary);
  const hasOrder = draft.parts.some((p) => p.kind === 'order');
  return all.filter((p) => (hasOrder ? p.partKind === 'order' : p.partKind !== 'order'));
}

/** The periods a rule reports: the order's defective ones; when the order has none (or the file holds no order),
 *  the application's. An application asking for ninety days under a proposed order of sixty is a defect of the
 *  application, reported at its words; when both are wrong the order's words carry the one finding. */
export function defectivePeriods(draft: DraftBase & { periods: PeriodFacts }, roles: PeriodRole[], isDefect: (p: Period) => boolean): Period[] {
  const all = (draft.periods.periods ?? []).filter((p) => roles.includes(p.role) && p.primary && isDefect(p));
  const inOrder = all.filter((p) => p.partKind === 'order');
  return inOrder.length ? inOrder : all.filter((p) => p.partKind !== 'order');
}

/** The limit this run applies: the statute's sixty days, or less when config says so. */
export function limitDays(config: { maxDurationDays: number }): number {
  return Math.min(60, Math.max(1, Math.floor(config.maxDurationDays || 60)));
}
