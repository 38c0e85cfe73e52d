// Requests: what the draft asks to obtain, under which authority, looking forward or back, with the negations,
// exceptions and quotations that govern each item (LEGAL.md §4, §7.2). OWNER: the scope work (issue 4).
//
// A request is a sentence whose governing verb asks for, authorizes or directs the disclosure of information
// ("the Government seeks", "is authorized to", "shall disclose", "This Order applies to"), or a verbless sentence
// or list item that a lead-in ("the Government seeks the following:"), a paragraph label ("Information sought.")
// or a section title ("Information and records requested") makes one. Headings, quotations, definitions,
// background facts and document references are not requests; items a negation or exception governs are kept,
// marked negated, so that the content disclaimer can be found and the hover can explain why nothing fired.
//
// The editor lints every version of a long draft: what a sentence or a top-level block says by itself is read once
// and kept on it (engine/memo.ts), and the passes visit top-level blocks and the sentences that say something;
// only the draft's context (parts, sections, titles, lead-ins, dates, citations) and the offsets are worked out
// for each version.
import type { DraftBase } from './index.js';
import type { Fragment, Sentence, TextBlock } from '../parse.js';
import type { Authority } from './citations.js';
import { titleOf } from './citations.js';
import type { PartKind, Span } from '../types.js';
import { findCues, governance, clauseBoundaries, clauseStart as clauseStartOf, firstAtLeast, type Cue, type Governance } from './negation.js';
import { NUMBER_WORDS_SOURCE, parseNumber } from '../text/numbers.js';
import { datesOf, findDatesInText } from './dates.js';
import { memoOnBlock, memoOnChunk, memoOnText } from '../memo.js';
import { lyingIn } from './spans.js';
import { partitionPoint } from '../sorted.js';

export type ItemCategory =
  | 'contents' // contents of a communication in transit (§ 2510(8))
  | 'subject-line'
  | 'search-terms'
  | 'full-url'
  | 'pctdd' // post-cut-through dialed digits
  | 'location' // cell-site, GPS, E-911, pings ...
  | 'subscriber' // § 2703(c)(2) subscriber records
  | 'stored-content' // contents held by a provider (§ 2703(a)-(b))
  | 'cell-site-simulator'
  | 'traffic'; // dialing, routing, addressing and signaling information, call records: what a pen register gets

export type TimeDirection = 'prospective' | 'historical';

/** The authority the draft relies on, which decides between the -prtt-only and -hybrid scope rules. */
export type AuthorityBasis = 'prtt-only' | 'hybrid' | 'warrant' | 'title3';

export interface GoverningWords extends Span {
  kind: 'negation' | 'exception' | 'exclusion-verb' | 'deferral' | 'label';
  text: string;
}

export interface RequestedItem extends Span {
  category: ItemCategory;
  /** Where the item is in its sentence's plain text (for edits within the sentence). */
  textStart: number;
  textEnd: number;
  /** The words of the item, as written. */
  text: string;
  /** A negation, exception or negative label keeps it out of the request. */
  negated: boolean;
  /** A double negative was resolved as a request ("does not seek to exclude subject lines"). */
  uncertain: boolean;
  governedBy: GoverningWords[];
  sentence: Sentence;
}

export interface LookBack extends Span {
  text: string;
  /** A stated period ("for the 60 days preceding", "since January 1, 2024"), not a word such as "historical". */
  explicit: boolean;
  /** Length of the look-back in days, when the text says it. */
  days?: number;
}

export interface Request extends Span {
  sentence: Sentence;
  part?: PartKind;
  /** How the sentence came to be a request. */
  via: 'verb' | 'passive' | 'lead-in' | 'label' | 'section';
  /** The verb, lead-in, label or title that makes it one. */
  governing: Span & { text: string };
  /** The draft's authority, and the sections this request itself cites (a label "Subscriber records, § 2703(c)(2)"). */
  authority: AuthorityBasis;
  citedHere: Authority[];
  direction: TimeDirection;
  lookBack?: LookBack;
  /** Every item found in the request, negated ones included. */
  items: RequestedItem[];
}

export interface Mention extends RequestedItem {
  /** Why this mention is not a request. */
  reason: 'heading' | 'quotation' | 'definition' | 'background' | 'not-a-request';
}

export interface RequestFacts {
  requests: Request[];
  /** Items named outside any request (facts, headings, quotations, disclaimers outside a request sentence). */
  mentions: Mention[];
  authorities: Set<Authority>;
  basis: AuthorityBasis;
  /** A sentence stating that contents are not sought or authorized, or the § 3121(c) recital. */
  contentDisclaimer?: Span;
  /** "no affirmative investigative use" of post-cut-through digits or incidental content. */
  pctddLimitation?: Span;
  /** The investigating agency's short name, for fixes ("DEA"). */
  agency?: string;
  /** Where a new paragraph about the information sought goes (end of the section that holds the first request). */
  insertionPoint?: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Item lexicon: what each category looks like. Each pattern is linear (no nested quantifiers over overlapping
// classes); document references and the § 3123(b)(1)(C) "location of the telephone line" are filtered below.

const MEDIA = String.raw`(?:text|images?|photos?|photographs?|pictures?|videos?|voice\s+notes?|audio|files?|documents?|media|attachments?)`;
const PATTERNS: Array<{ category: ItemCategory; re: RegExp }> = [
  {
    category: 'cell-site-simulator',
    re: /\bcell[- ]?site\s+(?:simulators?|emulators?)\b|\bIMSI[- ]?catchers?\b|\bstingrays?\b|\btriggerfish\b|\bhailstorm\b|\bkingfish\b|\bDRT[- ]?box(?:es)?\b|\bdirt[- ]?box(?:es)?\b|\bdetect(?:s|ing)?\s+(?:the\s+)?radio\s+signals\b|\b(?:impersonat|mimic|emulat|simulat)(?:es|ing|e)\s+(?:a\s+|the\s+)?(?:wireless\s+|cellular\s+)?(?:carrier's\s+|provider's\s+)?(?:network|cell(?:ular)?\s+towers?|base\s+stations?|cell\s+sites?)\b|\bfake\s+(?:cell\s+)?towers?\b/gi,
  },
  {
    category: 'stored-content',
    re: /\bstored\s+(?:e-?mails?|e-?mail\s+messages|messages?|communications?|content|contents|texts?|text\s+messages|voice\s?mails?|files?|photos?|images?|videos?|documents?|data)\b|\b(?:e-?mails?|messages?|communications?|texts?|photos?|images?|files?|documents?|videos?|voice\s?mails?|content)\s+(?:stored|saved|maintained|retained|kept|held)\s+(?:in|on|by|within|at)\b|\b(?:cloud|iCloud|device|phone|handset|account)\s+backups?\b|\bbackups?\s+(?:of|stored)\b|\b(?:photos?|images?|files?|documents?|videos?)\s+in\s+the\s+account\b|\bcontents?\s+of\s+(?:the\s+|any\s+|its\s+|each\s+)?(?:\w+\s+)?(?:account|mailbox|inbox|cloud|storage|device|handset|computer)s?\b|\binbox(?:es)?\b|\bdrafts?\s+folders?\b/gi,
  },
  {
    category: 'subject-line',
    re: /\bsubject[- ]lines?\b|\bsubject\s+(?:fields?|headers?|headings?)\b|["“]Subject:?["”]|\bSubject:|\be-?mail\s+subjects?\b|\bsubjects?\s+of\s+(?:the\s+|each\s+|any\s+|all\s+)?(?:e-?mails?|e-?mail\s+messages|messages)\b|\bre(?:garding)?[: ]\s*lines?\b/gi,
  },
  {
    category: 'search-terms',
    re: /\bsearch(?:[- ]engine)?[- ](?:terms?|quer(?:y|ies)|strings?|histor(?:y|ies)|keywords?|words?)\b|\bquer(?:y|ies)\s+(?:entered|submitted|typed|run|made|sent)\b|\bkeywords?\s+(?:searched|entered|typed|submitted)\b|\bterms?\s+searched\b/gi,
  },
  {
    category: 'full-url',
    re: /\bfull\s+(?:URLs?|web\s+addresses?|uniform\s+resource\s+locators?)\b|\bcomplete\s+(?:web\s+)?(?:address(?:es)?|URLs?)\b|\bURLs?\b|\buniform\s+resource\s+locators?\b|\b(?:URL|page|file|directory|resource)\s+paths?\b|\bpaths?\s+(?:and|or)\s+query\s+strings?\b|\bquery\s+strings?\b|\bweb\s?pages?\s+(?:visited|viewed|requested|accessed|browsed)\b|\bpages?\s+(?:visited|viewed|requested|accessed)\b|\bbrowsing\s+(?:history|activity)\b/gi,
  },
  {
    category: 'pctdd',
    re: /\bpost[- ]cut[- ]through\s+(?:dialed\s+)?digits\b|\bPCTDD\b|\bdigits?\s+(?:dialed|entered|pressed|keyed)\s+(?:after|once|following)\s+(?:the\s+|a\s+|each\s+)?(?:call\s+)?(?:is\s+|has\s+been\s+|was\s+)?(?:connect(?:ed|ion|s)?|cut[- ]through|answered|completed)\b|\bpost[- ]connection\s+(?:dialed\s+)?digits\b|\ball\s+digits\s+dialed\b|\bDTMF\b|\btouch[- ]tones?\b/gi,
  },
  {
    category: 'location',
    re: /\bcell[- ]?(?:sites?|towers?)(?:\s+(?:and|&|or)\s+sectors?)?(?:\s+location)?(?:\s+(?:information|data|records))?\b|\btowers?\s+(?:and|&)\s+sectors?\b|\bsectors?\s+(?:serving|used\s+by|handling|that\s+serve[sd]?)\b|\b(?:serving|originating|terminating)\s+(?:cell|sector|tower)s?\b|\bCSLI\b|\bGPS(?:\s+(?:coordinates|location|data|information|readings?|fix(?:es)?|positions?))?\b|\bglobal\s+positioning\b|\blatitude(?:\s+and\s+longitude)?\b|\blongitude\b|\bE-?911\b|\bPhase\s+II\b|\bpings?\b|\bpinging\b|\b(?:precise|real[- ]time|prospective|historical|physical|approximate|current|geographic|handset|device|subscriber's)\s+location(?:\s+(?:information|data))?\b|\bgeo-?locat\w*|\btiming\s+advance\b|\bround[- ]trip\s+(?:delay|time)\b|\bPCMD\b|\bNELOS\b|\blocation[- ]based\s+services?\b|\blocation\s+(?:information|data|records|area)\b|\blocation\s+of\s+the\s+(?:target\s+(?:telephone|phone|device|handset|account)|handset|phone|device|subscriber|user|cellular\s+telephone)\b|\b(?:its|the\s+(?:handset|phone|device|user|subscriber|target)'s|his|her|their)\s+(?:current\s+|real[- ]time\s+|physical\s+|precise\s+|approximate\s+)?(?:location|whereabouts)\b|\btower\s+dumps?\b|\btriangulat\w*|\btrilaterat\w*|\bwhereabouts\b|\bazimuths?\b/gi,
  },
  {
    category: 'contents',
    re: new RegExp(
      [
        String.raw`\bcontents?\b`,
        String.raw`\bmessage\s+bod(?:y|ies)\b`,
        String.raw`\bbod(?:y|ies)\s+of\s+(?:the\s+|each\s+|any\s+|all\s+|every\s+)?(?:\w+\s+)?(?:e-?mails?|messages?|texts?|communications?)\b`,
        String.raw`\b(?:e-?mail|message)\s+bod(?:y|ies)\b`,
        String.raw`\b(?:text|substance|purport|meaning|wording|words|language)\s+of\s+(?:the\s+|each\s+|any\s+|all\s+|every\s+|such\s+)?(?:\w+\s+)?(?:messages?|communications?|calls?|conversations?|e-?mails?|texts?|SMS|MMS|chats?|posts?)\b`,
        String.raw`\bmessage\s+(?:text|content)s?\b`,
        String.raw`\b(?:SMS|MMS|iMessage|WhatsApp|Signal|chat|instant)\s+(?:message\s+)?(?:content|text|bod(?:y|ies))\b`,
        String.raw`\bvoice\s?mails?\b|\bvoice\s+(?:notes?|memos?|messages?|recordings?)\b`,
        String.raw`\baudio(?:\s+recordings?)?\b`,
        String.raw`\brecordings?\s+of\s+(?:the\s+|any\s+|all\s+)?(?:calls?|conversations?|communications?)\b`,
        String.raw`\b(?:substance|content|contents|audio|recordings?)\s+of\s+(?:the\s+|any\s+|all\s+|each\s+)?conversations?\b`,
        String.raw`\blisten(?:ing)?\s+to\s+(?:the\s+|any\s+|all\s+)?(?:calls?|conversations?)\b`,
        String.raw`\bcopies\s+of\s+(?:the\s+|any\s+|all\s+|each\s+)?(?:e-?mails?|messages?|communications?|texts?|text\s+messages)\b`,
        String.raw`\bintercept(?:ion|ing|s)?\s+(?:of\s+)?(?:the\s+|any\s+|all\s+)?(?:(?:wire|oral|electronic)\s+(?:or\s+(?:wire|oral|electronic)\s+)?)?communications?\b`,
        String.raw`\boral\s+communications?\b`,
        String.raw`\bpayloads?\b|\bfull[- ]packet\s+captures?\b|\bentire\s+packets?\b|\bpacket\s+contents?\b`,
        String.raw`\bkeystrokes?\b`,
        String.raw`\bwhat\s+(?:was|is|is\s+being)\s+said\b`,
        String.raw`\battachments?\b`,
        String.raw`\bbod(?:y|ies)\b`,
        String.raw`\b(?:any\s+|all\s+)?${MEDIA}(?:\s*,\s*(?:or\s+|and\s+)?${MEDIA}){0,5}(?:\s*,?\s*(?:or|and)\s+${MEDIA})?\s+(?:sent|transmitted|exchanged|shared|attached|uploaded|downloaded|received)\b`,
      ].join('|'),
      'gi',
    ),
  },
  {
    category: 'subscriber',
    re: /\bsubscriber(?:'s|s')?\s+(?:and\s+account\s+)?(?:information|records?|data|names?|address(?:es)?|identit(?:y|ies)|details)\b|\bnames?\s*(?:,|;|and)\s*(?:home\s+|billing\s+|service\s+|mailing\s+)?address(?:es)?\b|\b(?:means\s+and\s+)?sources?\s+of\s+payment\b|\b(?:means|methods?|form|mode)\s+of\s+payment\b|\baccount\s+holder(?:'s)?\s+(?:(?:full\s+)?names?|information|details|address(?:es)?|identit(?:y|ies))\b|\bpayment\s+(?:information|records|methods?)\b|\blength\s+of\s+service\b|\btypes?\s+of\s+service\b|\bbilling\s+(?:records|information|address(?:es)?)\b|\baccount\s+(?:records|information|holder\s+information)\b|\bcustomer\s+(?:records|information)\b|\bsession\s+times\s+and\s+durations\b|\bcredit\s+card\s+or\s+bank\s+account\s+numbers?\b|\btemporarily\s+assigned\s+network\s+address(?:es)?\b|\bdates?\s+of\s+birth\b|\bsocial\s+security\s+numbers?\b/gi,
  },
  {
    category: 'traffic',
    re: /\bcall\s+detail\s+records?\b|\bCDRs?\b|\btoll\s+records?\b|\bcall\s+(?:logs?|records?|histor(?:y|ies))\b|\b(?:logs?|records?|lists?)\s+of\s+(?:every|all|each|the)?\s*(?:incoming\s+|outgoing\s+)?(?:calls?|communications?|messages?|connections?|sessions?|logins?)\b|\b(?:transactional|historical|billing|usage|connection|session|login)\s+(?:records?|logs?|histor(?:y|ies)|data)\b|\bnumbers\s+dialed\b|\boriginating\s+numbers?\b|\b(?:sender|recipient|source|destination|to|from|cc|bcc|e-?mail)\s+(?:and\s+(?:recipient|destination)\s+)?(?:e-?mail\s+)?address(?:es)?\b|\bIP\s+address(?:es)?\b|\bport\s+numbers?\b|\bdate,?\s+(?:and\s+)?time\b|\bheader\s+(?:information|fields?)\b|\bdialing,\s+routing,\s+addressing,?\s+and\s+signaling\s+information\b|\brecords\b/gi,
  },
];

const PRIORITY: ItemCategory[] = [
  'cell-site-simulator', 'stored-content', 'subject-line', 'search-terms', 'full-url', 'pctdd', 'location', 'subscriber', 'contents', 'traffic',
];

// "contents of this Application", "table of contents", "the contents of the safe": not a communication.
// "contents of X": contents only when X is a communication; "the contents of the account" is stored content (its own
// pattern); "the contents of this Application / the ledger / the safe" is not a communication at all.
const COMMUNICATION_AFTER = /^\s*of\s+(?:(?:the|any|all|each|every|such|those|these|its|his|her|their|that|a|an)\s+)?(?:[\w'’-]+\s+){0,4}?(?:communications?|messages?|calls?|conversations?|e-?mails?|texts?|transmissions?|chats?|posts?|voice\s?mails?|traffic|sessions?|packets?|web\s?pages?|SMS|MMS)\b/i;
const NOT_COMMUNICATION_AFTER = /^\s*of\s+(?:this|these|that|those|the|said|such|its|his|her|their|our|your|an?|any|each)?\s*(?:\w+\s+){0,2}?(?:application|order|affidavit|declaration|affirmation|motion|petition|filing|file|docket|records?|reports?|attachment|exhibit|papers?|documents?|pleadings?|warrant|request|letter|memorandum|package|parcel|safe|vehicle|box|bag|container|residence|premises|envelope|trunk|paragraph|section|part|table|notice|list)s?\b/i;
const NOT_COMMUNICATION_BEFORE = /\btable\s+of\s+$|\b(?:the\s+)?(?:application|order|affidavit)'s\s+$/i;
const METADATA_BEFORE = /\b(?:number|size|count|presence|existence|types?|date|time|duration|length|sender|recipient|origin|destination|volume|header|headers)\s+(?:(?:and|or)\s+\w+\s+)?of\s+(?:any\s+|the\s+|each\s+|every\s+|all\s+|such\s+)?(?:\w+\s+)?$/i;
const TEXT_MESSAGE = /^\s*(?:messages?|messaging)\b/i;
const LOCATION_OF_LINE = /\blocation\s+of\s+(?:the|each|any)\s+(?:telephone\s+line|line|facilit(?:y|ies)|premises|circuit)|\bif\s+known\b/i;

function findItems(text: string): Array<{ category: ItemCategory; start: number; end: number; text: string }> {
  const raw: Array<{ category: ItemCategory; start: number; end: number; text: string }> = [];
  // tests of the whole sentence, made once (not once per match: a long sentence has many)
  let icmp: boolean | undefined;
  let interview: boolean | undefined;
  for (const { category, re } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (!m[0].length) {
        re.lastIndex++;
        continue;
      }
      const word = m[0];
      if (category === 'contents') {
        if (/^contents?$/i.test(word)) {
          const after = text.slice(end, end + 80);
          if (NOT_COMMUNICATION_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
          if (/^\s*of\b/i.test(after) && !COMMUNICATION_AFTER.test(after)) continue;
          // "content delivery network", "Content-Type header", "content length": names of non-content things
          if (/^[\s-]*(?:delivery|distribution|provider|type|length|filter|filtering|management|moderation|ids?|identifiers?|hash(?:es)?|encoding|category|categories|rating)\b/i.test(after)) continue;
          if (NOT_COMMUNICATION_AFTER.test(after)) continue;
        }
        // metadata about a communication is not its contents: "the number of attachments", "the size of the body"
        if (METADATA_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
        if (/^attachments?$/i.test(word) && /^Attachment$/.test(word) ) continue;
        if (/^attachments?$/i.test(word) && /^\s+[A-Z0-9]\b/.test(text.slice(end, end + 3))) continue;
        // "the attachments hereto", "described in the attachments": the draft's own attachments
        if (/^attachments?$/i.test(word) && (/^\s+(?:hereto|to\s+(?:this|the)\s+(?:application|order|affidavit|petition)|incorporated)\b/i.test(text.slice(end, end + 40)) || /\b(?:in|see|with)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 12), start)))) continue;
        if (/^bod(?:y|ies)$/i.test(word) && !/\b(?:e-?mails?|messages?|attachments?)\b/i.test(text.slice(Math.max(0, start - 60), end + 60))) continue;
        if (/^conversations?$/i.test(word) && /\b(?:with|during|in)\s+$/i.test(text.slice(Math.max(0, start - 8), start)) && (interview ??= /\bagents?\b|\bsource\b|\binterview/i.test(text))) continue;
        if (/^audio$/i.test(word) && /^\s*(?:and\s+video\s+)?(?:calls?|call)\b/i.test(text.slice(end, end + 20))) continue;
        if (/^(?:any\s+|all\s+)?text\b/i.test(word) && TEXT_MESSAGE.test(text.slice(start + word.search(/text/i) + 4, start + word.search(/text/i) + 20))) continue;
      }
      if (category === 'stored-content' && METADATA_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
      if (category === 'location' && LOCATION_OF_LINE.test(text.slice(Math.max(0, start - 5), end + 40)) && /^location/i.test(word)) continue;
      // "the physical location of the provider's switch": where equipment is, not where the user is
      if (category === 'location' && /^\s+of\s+(?:the\s+|its\s+|an?\s+)?(?:[\w-]+'s\s+)?(?:switch|facilit|equipment|server|point\s+of\s+presence|premises|office|network|router|circuit|building|data\s+center|pen\s+register|collection|installation)/i.test(text.slice(end, end + 60))) continue;
      if (category === 'location' && /^pings?$|^pinging$/i.test(word) && (icmp ??= /\bICMP\b|\bnetwork\s+ping/i.test(text))) continue;
      if (category === 'full-url' && /^URLs?$/i.test(word) && /\bshort(?:ened)?\s+$/i.test(text.slice(Math.max(0, start - 12), start))) continue;
      raw.push({ category, start, end, text: word });
    }
  }
  // one item per stretch of words: the most specific category wins
  raw.sort((a, b) => a.start - b.start || PRIORITY.indexOf(a.category) - PRIORITY.indexOf(b.category) || b.end - a.end);
  const out: typeof raw = [];
  for (const it of raw) {
    // matches come in order of start and are short: a clash is among the last few kept
    let clash: (typeof raw)[number] | undefined;
    for (let k = out.length - 1; k >= 0 && k >= out.length - 16; k--) {
      const o = out[k];
      if (o.start < it.end && it.start < o.end) {
        clash = o;
        break;
      }
    }
    if (!clash) {
      out.push(it);
      continue;
    }
    if (PRIORITY.indexOf(it.category) < PRIORITY.indexOf(clash.category)) out.splice(out.indexOf(clash), 1, it);
  }
  return out.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------------------------
// Request cues.

const DISCLOSE_VERBS = String.raw`(?:disclose|provide|furnish|produce|deliver|record|decode|capture|collect|obtain|acquire|intercept|monitor|track|locate|identify|turn\s+over|make\s+available|transmit|send|supply|install\s+and\s+use|use|operate|deploy|employ|retrieve|access|receive|include|gather|log|trace|report|determine)`;
// Strong cues: the applicant asks, the court authorizes or directs. Weak cues ("to record", "and capture") are
// verbs that make a request only outside a narrative of past events.
const STRONG_CUE = new RegExp(
  [
    String.raw`\b(?:seeks?|seeking)\b`,
    String.raw`\basks?\s+(?:for|that|the\s+court|this\s+court|leave)\b|\basking\s+(?:for|that)\b`,
    String.raw`\b(?:applies|apply|moves?)\s+(?:for|that)\b`,
    String.raw`\bprays?\b`,
    String.raw`\brequest(?:s|ing)?\b`,
    String.raw`\bauthoriz(?:e|es)\b`,
    String.raw`\b(?:is|are|be|hereby)\s+(?:hereby\s+|further\s+|also\s+)?authorized\b`,
    String.raw`\bapplies\s+to\b`,
    String.raw`\b(?:is|be)\s+(?:hereby\s+|further\s+|therefore\s+|also\s+){0,3}ordered\s+that\b|^\W*(?:\d+\.\s*)?(?:and\s+)?(?:it\s+is\s+)?(?:further\s+)?ORDERED\s+that\b`,
    String.raw`\b(?:shall|must|will)\s+(?:also\s+|further\s+|promptly\s+|forthwith\s+|immediately\s+|continue\s+to\s+)?${DISCLOSE_VERBS}\b`,
    String.raw`\bmay\s+(?:also\s+|further\s+|continue\s+to\s+)?${DISCLOSE_VERBS}\b`,
    // the order requires or permits a disclosure named as a noun: "shall also require the production of"
    String.raw`\b(?:shall|will|must|may)\s+(?:also\s+|further\s+)?(?:require|compel|direct|order|permit|allow|authorize)\s+(?:the\s+)?(?:production|disclosure|provision|collection|recording|capture|acquisition|interception|delivery|furnishing)\s+of\b`,
    String.raw`\b(?:direct(?:s|ing|ed)?|order(?:s|ing|ed)?|requir(?:e|es|ing|ed)|compel(?:s|ling|led)?|command(?:s|ing|ed)?)\s+(?:\S+\s+){0,14}?to\s+(?:also\s+|continue\s+to\s+)?${DISCLOSE_VERBS}\b`,
    String.raw`\b(?:information|records?|data|items?|relief)\s+(?:to\s+be\s+(?:collected|obtained|disclosed|provided|produced|recorded|captured|furnished)|sought|requested)(?=\s*(?::|includes?\b|consists?\b|comprises?\b|(?:is|are)\s+(?:as\s+follows|the\s+following)\b))`,
    String.raw`\b(?:is|are|be|being)\s+(?:hereby\s+|also\s+)?(?:sought|requested|disclosed|provided|furnished|produced|delivered|recorded|collected|captured|obtained|acquired|intercepted|included|covered)\b`,
  ].join('|'),
  'gi',
);
const WEAK_CUE = new RegExp(String.raw`\b(?:to|and)\s+(?:also\s+)?${DISCLOSE_VERBS}\b|\bauthorizing\b`, 'gi');
// "request" is a verb after its subject ("the Government requests", "I also request") or before its object
const REQUEST_SUBJECT = /(?:\bI|\bwe|\bGovernment|\bapplicant|\bStates|\bAmerica|\bit|\bhe|\bshe|\bthey|\balso|\bfurther|\bhereby|\brespectfully|\btherefore|\bthus|\baccordingly|\bPeople|\bState|\bCommonwealth|\bundersigned|\bAttorney|\bcounsel|\bOffice)\s+$/i;
const REQUEST_OBJECT = /^\s+(?:that|authority|an?\s+order|an?\s+extension|the\s+(?:court|entry|issuance|following|disclosure)|entry|issuance|disclosure|permission|leave|the\s+order|:)/i;
const PASSIVE = /^(?:is|are|be|being)\s/i;
const NOUN_BEFORE = /\b(?:a|an|any|the|this|that|each|such|its|his|her|their|our|no|further|prior|previous|first|second|new|these|those)\s+$/i;
// "the Government further requests", "I also request": an adverb between the subject and the verb, not an adjective
const SUBJECT_ADVERB_BEFORE = /(?:\bI|\bwe|\bGovernment|\bapplicant|\bStates|\bAmerica|\bPeople|\bState|\bCommonwealth|\bundersigned|\bAttorney|\bcounsel|\bOffice|\bit|\bhe|\bshe|\bthey)\s+(?:further|also|hereby|respectfully|therefore|accordingly)\s+$/i;
const NARRATIVE = /\b(?:was|were|had|did)\b|\b(?:has|have)\s+(?:been|\w+ed)\b|\b(?:previously|earlier|already|ago)\b|^\s*(?:¶\s*\d+\.\s*|\d+\.\s*)?(?:On|In|Between|During|Since|At\s+about|Through)\s+(?:or\s+about\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|\d|the\s+(?:evening|morning|night))/;
// A sentence about the law (its subject a statute or a court, or citing a reporter) describes, it does not ask.
const LEGAL_DISCUSSION = /^\W*(?:¶\s*)?(?:\d+\.\s*)?(?:section\s+\d|§|\d{1,2}\s+U\.\s?S\.\s?C\.|the\s+(?:statute|act|pen\s+register\s+statute|stored\s+communications\s+act|wiretap\s+act|fourth\s+amendment|supreme\s+court|court\s+in|law)\b|calea\b|title\s+iii\b|rule\s+41\b|federal\s+law\b|courts?\s+(?:have|has|in)\b|in\s+carpenter\b|carpenter\b)|\b\d{1,4}\s+(?:F\.\s?(?:Supp\.\s?(?:2d|3d)?|2d|3d|4th)|S\.\s?Ct\.|U\.S\.|F\.\s?App'x)\s+\d/i;
const ANAPHORIC_OBJECT = /^\s+(?:to\s+\S+\s+)?(?:(?:all|any)\s+)?(?:such|the\s+same)\s+(?:information|records|data)\b/i;
const APPLICANT_CUE = /^(?:seeks?|seeking|asks?|asking|applies|apply|moves?|prays?|request)/i;
const DEFINITION = /["”]\s*means\b|\bterms?\s+["“][^"”]{1,40}["”]\s+(?:means|includes)\b|\bmeans\s+(?:any|a|an|the|all)\b|\b(?:is|are)\s+defined\b|\bdefines\b|\bthe\s+terms?\s+["“]|\bdefinition\s+of\b/i;
const AUX = /\b(?:is|are|was|were|be|been|being|has|have|had|will|shall|may|might|must|can|could|would|should|does|do|did|shows|showed|revealed|stated|believes)\b/i;

const REQUEST_TITLE = /\b(?:information|records?|data|relief|items?)\b[^.;]{0,40}?\b(?:sought|requested|to\s+be\s+(?:collected|disclosed|obtained|produced|provided|recorded|captured|furnished))\b|\brelief\s+requested\b|\b(?:subscriber|historical|transactional|account|location|cell[- ]site|stored|customer|billing|content)\s+(?:\w+\s+)?(?:information|records?|data)\b|\brecords\s+(?:under|pursuant|requested)\b|^\W*(?:¶\s*)?(?:\d+\.\s*)?pen\s+register\s+and\s+trap\s+and\s+trace\W*$|\binformation\s+to\s+be\b|\bscope\s+of\s+(?:authorization|collection|the\s+order)\b|\bcollection\s+authorized\b/i;
const ATTACHMENT_TITLE = /^\W*(?:attachment|exhibit|schedule)\s+[A-Z0-9]{1,3}\b(?![^.]{0,80}\b(?:facility|facilities|property|premises|target\s+(?:telephone|account|device)|affidavit|certification|place))/i;
const NEGATIVE_TITLE = /\bnot\s+(?:sought|requested|authorized|included|covered)\b|\bexclu(?:ded|sions?)\b|\blimitations?\b|\bwhat\s+is\s+not\b/i;
const FACTS_TITLE = /\bfacts?\b|\bbackground\b|\bprobable\s+cause\b|\breasonable\s+suspicion\b|\bthe\s+emergency\b|\bresults\b|\boriginal\s+order\b|\bprior\s+(?:order|application)s?\b|\bstatement\s+of\b/i;

interface Span2 {
  start: number;
  end: number;
}

interface CueHit extends Span2 {
  text: string;
  passive: boolean;
  strong: boolean;
  scopeStart: number;
  scopeEnd: number;
}

/** The positive (non-negated, non-deferred) request cues of a sentence and the stretches they govern; `readCues`
 *  gives the sentence's negation cues (read only when a cue word is there: most sentences have none). */
function requestCues(text: string, readCues: () => Cue[]): CueHit[] {
  const hits: CueHit[] = [];
  let considering: ((m: RegExpExecArray, strong: boolean) => void) | undefined;
  let m: RegExpExecArray | null;
  STRONG_CUE.lastIndex = 0;
  while ((m = STRONG_CUE.exec(text))) (considering ??= cueReader(text, readCues(), hits))(m, true);
  WEAK_CUE.lastIndex = 0;
  while ((m = WEAK_CUE.exec(text))) (considering ??= cueReader(text, readCues(), hits))(m, false);
  return hits.sort((a, b) => a.start - b.start);
}

/** What decides whether a cue word of a sentence asks, read once for the sentence: `consider` adds the cue to
 *  `hits` when it does. */
function cueReader(text: string, cues: Cue[], hits: CueHit[]): (m: RegExpExecArray, strong: boolean) => void {
  const bounds = clauseBoundaries(text);
  // for each boundary, the first boundary at or after it whose clause tells a past event (computed once, back to
  // front: a scan per cue over every later clause is quadratic in a long sentence)
  const narrativeFrom: number[] = new Array(bounds.length);
  for (let k = bounds.length - 1; k >= 0; k--) {
    const next = k + 1 < bounds.length ? bounds[k + 1] : text.length;
    narrativeFrom[k] = NARRATIVE.test(text.slice(bounds[k], next)) ? bounds[k] : k + 1 < bounds.length ? narrativeFrom[k + 1] : text.length;
  }
  const narrative = NARRATIVE.test(text);
  // the cues that start in [from, to) (cues are sorted by start; a few at most)
  const cueStarts = cues.map((c) => c.start);
  const cuesNear = (from: number, to: number) => {
    const out: Cue[] = [];
    for (let k = firstAtLeast(cueStarts, from); k < cues.length && cues[k].start < to && out.length < 8; k++) out.push(cues[k]);
    return out;
  };
  const discussion = LEGAL_DISCUSSION.test(text);
  const consider = (m: RegExpExecArray, strong: boolean) => {
    const word = m[0];
    const start = m.index;
    const end = m.index + word.length;
    if (/^request/i.test(word) && ((NOUN_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && !SUBJECT_ADVERB_BEFORE.test(text.slice(Math.max(0, start - 40), start))) || !(REQUEST_SUBJECT.test(text.slice(Math.max(0, start - 40), start)) || REQUEST_OBJECT.test(text.slice(end, end + 30))))) return;
    if (/obtained$/i.test(word) && /\blikely\s+to\s+$/i.test(text.slice(Math.max(0, start - 10), start))) return;
    if (/^authoriz/i.test(word) && /^\s+(?:by|under|pursuant)\b/i.test(text.slice(end, end + 10))) return;
    if (!strong && narrative) return;
    if (discussion && !APPLICANT_CUE.test(word)) return;
    const g = governance(cues, start, end);
    // "does not seek to exclude X" asks for X: a double negative, which governance() marks as unsure
    // and so does "shall not refuse to disclose X": a negated verb of refusal right before the cue
    const refusalBefore = g.negated && g.cues.some((n) => n.kind === 'negation' && cuesNear(start - 40, end).some((e) => e.kind === 'exclusion-verb' && e.start > n.start && e.end >= start - 2));
    if (g.negated && !refusalBefore && !/^\s+(?:to\s+)?(?:exclud|omit|filter|redact|strip|avoid|minimi)/i.test(text.slice(end, end + 20))) return;
    const passive = PASSIVE.test(word) && !/authorized$/i.test(word);
    const clauseStart = clauseStartOf(bounds, start);
    // an active cue governs what follows it to the end of the sentence, except a later clause that tells a
    // past event ("; the Government has previously obtained ...")
    const after = firstAtLeast(bounds, end + 1);
    const scopeEnd = after < bounds.length ? narrativeFrom[after] : text.length;
    if (passive) {
      const clauseEnd = after < bounds.length ? bounds[after] : text.length;
      hits.push({ start, end, text: word, passive, strong, scopeStart: clauseStart, scopeEnd: clauseEnd });
    } else {
      // "The information sought includes ..." governs its subject too
      // "The information sought includes ..." governs its subject too; so does an object that points back to what
      // an opening clause named ("To the extent its records contain cell-site data, the Provider shall disclose
      // such information")
      const subjectToo = /^(?:information|records?|data|items?)\s/i.test(word) || ANAPHORIC_OBJECT.test(text.slice(end, end + 40));
      // the object starts at the cue's last word, which an item may begin with ("to intercept communications")
      const lastWord = end - (/\S+$/.exec(word)?.[0].length ?? 0);
      hits.push({ start, end, text: word, passive, strong, scopeStart: subjectToo ? clauseStart : lastWord, scopeEnd });
    }
  };
  return consider;
}

/** The stretches the cues govern, sorted and merged (an item is governed when one of them holds it). */
function mergedScopes(hits: CueHit[]): Span2[] {
  const sorted = hits.map((h) => ({ start: h.scopeStart, end: h.scopeEnd })).sort((a, b) => a.start - b.start);
  const out: Span2[] = [];
  for (const x of sorted) {
    const last = out[out.length - 1];
    if (last && x.start <= last.end) last.end = Math.max(last.end, x.end);
    else out.push({ ...x });
  }
  return out;
}

/** Whether one of the sorted, disjoint spans holds [a.start, a.end) (binary search). */
function within(spans: Span2[], a: Span2): boolean {
  const found = partitionPoint(spans.length, (i) => spans[i].start <= a.start) - 1;
  return found >= 0 && a.end <= spans[found].end;
}

/** Spans of quoted passages of six words or more (a statute or a definition quoted), in the sentence text. */
function longQuotes(text: string): Span2[] {
  // A quotation runs from an opening mark to the next closing one at most 2,000 characters on. The marks are listed
  // once and paired by binary search: a search from every unmatched opening mark is quadratic in a run of them.
  const out: Span2[] = [];
  const opens: number[] = [];
  const curlyClose: number[] = [];
  const straight: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) opens.push(i);
    else if (c === 0x201d) curlyClose.push(i);
    else if (c === 0x22) {
      opens.push(i);
      straight.push(i);
    }
  }
  let from = 0;
  for (const i of opens) {
    if (i < from) continue;
    const closers = text.charCodeAt(i) === 0x22 ? straight : curlyClose;
    const k = firstAtLeast(closers, i + 1);
    if (k >= closers.length) continue;
    const j = closers[k];
    if (j - i - 1 < 1 || j - i - 1 > 2000) continue;
    if (wordCount(text.slice(i, j + 1), 6) >= 6) out.push({ start: i, end: j + 1 });
    from = j + 1;
  }
  return out;
}

/** The sentence without relative clauses and parentheticals, to see whether its main clause has a verb. */
function mainClause(text: string): string {
  return text
    .replace(/\([^()]{0,200}\)/g, ' ')
    .replace(/["“][^"”]{0,200}["”]/g, ' ')
    .replace(/\b(?:that|which|who|whom|whose|where|when)\b[^,;:]{0,300}/gi, ' ');
}

function isVerbless(text: string): boolean {
  const main = mainClause(text);
  return !AUX.test(main) && !NARRATIVE.test(main);
}

// ---------------------------------------------------------------------------------------------------------------
// Time direction.

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`;
const NUM = String.raw`(?:${NUMBER_WORDS_SOURCE}|\d{1,4})`;
const LOOK_BACK = new RegExp(
  [
    String.raw`\b(?:for\s+(?:the\s+|a\s+period\s+of\s+)?)?(?:${NUM}\s+)?(?:\(\d{1,4}\)\s+)?(?:days?|weeks?|months?|years?)\s+(?:immediately\s+)?(?:preceding|prior\s+to|before)\b(?:\s+the\s+(?:date|entry|issuance|signing)(?:\s+of\s+(?:this|the)\s+(?:order|application))?)?`,
    String.raw`\b(?:the\s+)?(?:past|last|previous|preceding|prior)\s+(?:${NUM}\s+)?(?:\(\d{1,4}\)\s+)?(?:days?|weeks?|months?|years?)\b`,
    String.raw`\bsince\s+(?:${MONTH}\s+\d{1,2},?\s+\d{4}|${MONTH}\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4}|the\s+(?:inception|beginning|activation|opening|creation|start))`,
    String.raw`\bfrom\s+(?:${MONTH}\s+\d{1,2},?\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4}|the\s+(?:inception|beginning|activation|opening|creation|start)[^,;]{0,30}?)\s+(?:to|through|until)\s+(?:the\s+)?(?:present|date\s+of\s+(?:this|the)\s+(?:order|application)|date\s+hereof|today|now)\b`,
    String.raw`\bprior\s+to\s+the\s+(?:date|entry|issuance)\s+of\s+(?:this|the)\s+order\b`,
    String.raw`\bhistorical(?:ly)?\b`,
    String.raw`\bretroactive(?:ly)?\b`,
    String.raw`\bcall\s+detail\s+records?\b|\bCDRs?\b|\btoll\s+records?\b`,
    String.raw`\bstored\b|\bbackups?\b|\bexisting\s+records\b`,
  ].join('|'),
  'gi',
);

const PROSPECTIVE = /\bin\s+real[- ]time\b|\bprospective(?:ly)?\b|\bgoing\s+forward\b|\bfrom\s+the\s+date\s+of\s+(?:this|the)\s+order\b|\bfor\s+the\s+duration\s+of\s+(?:this|the)\s+order\b|\bas\s+(?:they\s+are\s+)?(?:created|generated|made)\b|\bfollowing\s+(?:the\s+)?(?:date|entry)\s+of\b/i;
const LOOK_BACK_KEYWORD = /^(?:historical(?:ly)?|retroactive(?:ly)?|call\s+detail\s+records?|CDRs?|toll\s+records?|stored|backups?|existing\s+records)$/i;
const HISTORICAL_WORD = /^historical(?:ly)?$/i;
const HISTORICAL_LABEL = /\bhistorical\b|\bstored\b/i;

const SIGNING = /\b(?:executed|dated|signed|sworn|subscribed|affirm(?:s|ed)?|entered|submitted)\b|\bday\s+of\b|^\s*date:/i;

/** Whether a sentence reads as a signature or execution line (its date is when the draft was signed), kept on it. */
const isSigning = memoOnText((text: string) => SIGNING.test(text));

/** A stretch of a sentence's text that looks back, with what its words say of its length. */
interface LookBackMatch {
  start: number;
  end: number;
  text: string;
  length?: LengthReading;
}

/** "for the period March 1, 2024 through March 31, 2024": ranges of dates in a text, each with the serial day of
 *  its last date (a range that ends before the draft was signed looks back). */
function dateRanges(text: string): Array<{ match: LookBackMatch; last: number }> {
  const out: Array<{ match: LookBackMatch; last: number }> = [];
  const dates = findDatesInText(text).filter((d) => d.valid);
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i];
    const b = dates[i + 1];
    const between = text.slice(a.index + a.length, b.index);
    if (!/^\s*(?:,\s*)?(?:to|through|thru|until|and|-|–|—)\s*(?:and\s+including\s+)?$/i.test(between)) continue;
    if (b.serial < a.serial) continue;
    const lead = /\b(?:from|between|for\s+the\s+period(?:\s+from)?|during)\s+$/i.exec(text.slice(Math.max(0, a.index - 30), a.index));
    const start = lead ? a.index - lead[0].length : a.index;
    const end = b.index + b.length;
    out.push({ match: { start, end, text: text.slice(start, end), length: lengthNear(text, start, end) }, last: b.serial });
  }
  return out;
}

function findLookBack(text: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  LOOK_BACK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LOOK_BACK.exec(text))) {
    if (!m[0].trim()) {
      LOOK_BACK.lastIndex++;
      continue;
    }
    const lead = m[0].length - m[0].trimStart().length;
    out.push({ start: m.index + lead, end: m.index + m[0].length, text: m[0].trim() });
  }
  return out;
}

/** What a sentence says about looking back, read once (kept on it): the stated look-back, else its dated ranges,
 *  else a look-back word; the draft decides between them (a range is past only before the signing date). */
interface LookBackReading {
  explicit?: LookBackMatch;
  /** Only when there is no explicit look-back. */
  ranges: ReadonlyArray<{ match: LookBackMatch; last: number }>;
  fallback?: LookBackMatch;
}

const NO_RANGES: ReadonlyArray<{ match: LookBackMatch; last: number }> = Object.freeze([]);

const lookBackOf = memoOnText((text: string): LookBackReading => {
  const cues = findCues(text);
  const open = findLookBack(text).filter((b) => !governance(cues, b.start, b.end).negated);
  const explicit = open.find((b) => !LOOK_BACK_KEYWORD.test(b.text));
  // "call detail records in real time for the duration of this Order" look forward
  const fallback = PROSPECTIVE.test(text) ? open.find((b) => HISTORICAL_WORD.test(b.text)) : open[0];
  const withLength = (b: { start: number; end: number; text: string } | undefined): LookBackMatch | undefined =>
    b && { ...b, length: lengthNear(text, b.start, b.end) };
  return { explicit: withLength(explicit), ranges: explicit ? NO_RANGES : dateRanges(text), fallback: withLength(fallback) };
});

/** The length a text states, in days, or the first date it names (a look-back "since" it). */
interface LengthReading {
  days?: number;
  since?: number;
}

const STATED_LENGTH = new RegExp(String.raw`(${NUMBER_WORDS_SOURCE}|\d{1,4})\s+(?:\((\d{1,4})\)\s+)?(days?|weeks?|months?|years?)`, 'i');

/** "ninety (90) days preceding", "since January 1, 2024": the length of a look-back, as its words say it. */
function lengthIn(text: string): LengthReading | undefined {
  const n = STATED_LENGTH.exec(text);
  if (n) {
    const value = Math.max(parseNumber(n[1]) ?? 0, n[2] ? Number(n[2]) : 0);
    const unit = n[3].toLowerCase();
    const per = unit.startsWith('day') ? 1 : unit.startsWith('week') ? 7 : unit.startsWith('month') ? 28 : 365;
    if (value) return { days: value * per };
  }
  const dates = findDatesInText(text).filter((d) => d.valid);
  return dates.length ? { since: dates[0].serial } : undefined;
}

/** The length of the look-back at [start, end) of a text, read around it. */
function lengthNear(text: string, start: number, end: number): LengthReading | undefined {
  return lengthIn(text.slice(Math.max(0, start - 40), end + 10));
}

/** The look-back's length in days: as stated, or counted from its date to the draft's latest date (`reference`,
 *  a signing date) when the draft has a later one. */
function daysOf(length: LengthReading | undefined, reference: number | undefined): number | undefined {
  if (!length) return undefined;
  if (length.days !== undefined) return length.days;
  if (length.since !== undefined && reference !== undefined && reference > length.since) return reference - length.since;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------

function basisOf(authorities: Set<Authority>): AuthorityBasis {
  if (authorities.has('warrant')) return 'warrant';
  if (authorities.has('title3')) return 'title3';
  if (authorities.has('2703c') || authorities.has('2703d')) return 'hybrid';
  return 'prtt-only';
}

function citedIn(base: DraftBase, span: Span): Authority[] {
  const out = new Set<Authority>();
  for (const c of lyingIn(base.citations, span)) {
    if (c.rule && /^41\b/.test(c.rule.number)) out.add('warrant');
    for (const r of c.refs) {
      if (titleOf(r) !== 18) continue;
      const n = Number.parseInt(r.section, 10);
      if (n >= 3121 && n <= 3127) out.add('prtt');
      if (n === 2703 && (r.path[0] === 'c' || !r.path.length)) out.add('2703c');
      if (n === 2703 && (r.path[0] === 'd' || !r.path.length)) out.add('2703d');
      if (n === 2518) out.add('title3');
      if (n === 3117) out.add('warrant');
    }
  }
  return [...out];
}

/** A paragraph's leading label ("**Information sought.**", "¶ 12. **Subscriber records, § 2703(c)(2).**") and what
 *  it says; kept on the block (it reads the block alone). */
interface Label {
  sentence: Sentence;
  /** "Information not sought", "Exclusions": the items under it are kept out. */
  negative: boolean;
  /** "Information sought", "Subscriber records": the items under it are requested. */
  asks: boolean;
  /** "Historical records", "Stored data": the request under it looks back. */
  historical: boolean;
}

const labelOf = memoOnBlock((block: TextBlock): Label | undefined => {
  const sentence = findLabel(block);
  if (!sentence) return undefined;
  const text = sentence.text;
  return { sentence, negative: NEGATIVE_TITLE.test(text), asks: REQUEST_TITLE.test(text) && !FACTS_TITLE.test(text), historical: HISTORICAL_LABEL.test(text) };
});

function findLabel(block: TextBlock): Sentence | undefined {
  const first = block.sentences[0];
  if (!first || block.sentences.length < 2 || block.kind !== 'paragraph') return undefined;
  const strong = block.node.children.find((c) => c.type === 'strong' || c.type === 'emphasis');
  const strongEnd = strong?.position?.end?.offset;
  if (strongEnd === undefined) return undefined;
  if (first.end > strongEnd + 2) return undefined;
  if (wordCount(first.text, 17) > 16) return undefined;
  return first;
}

/** The number of words in a text, counted up to `max`. */
function wordCount(text: string, max: number): number {
  let n = 0;
  const re = /\S+/g;
  while (n < max && re.exec(text)) n++;
  return n;
}

const NEGATIVE_CELL = /^\s*(?:no|none|n\/a|not\s+(?:requested|sought|authorized|included|collected|covered)|excluded|omitted|withheld)\b/i;
// one class for what may trail the word (two \s* around an optional mark backtrack quadratically on a long run)
const POSITIVE_CELL = /^\s*(?:yes|requested|sought|authorized|included|x|✓|✔)[\s.;]*$/i;
const REQUEST_COLUMN = /^\s*(?:requested|sought|authorized|included|to\s+be\s+(?:disclosed|collected|obtained|produced|provided))[\s?]*$/i;
const PSEUDO_HEADING = /^\s*(?:(?:[IVX]{1,5}|[A-H]|\d{1,2})\.\s+)?[A-Z][^.;:!?]{2,70}$/;
const ENUMERATED = /^\s*(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]|[•·▪◦–-])\s/i;

const MAX_LIST_ITEMS = 2000;

const AGENCY = /\b(?:conducted|being\s+conducted)\s+by\s+(?:the\s+)?[A-Z][^,.;()]{2,80}?\s*\(\s*["“]([A-Z][A-Za-z-]{1,12})["”]\s*\)/;
const PCTDD_LIMITATION = /\bno\s+affirmative\s+(?:investigative\s+)?use\b|\bnot\s+(?:make|be\s+put\s+to)\s+(?:any\s+)?affirmative\s+(?:investigative\s+)?use\b/i;
const FOLLOWING_ITEMS = /\bfollowing\s+(?:information|records|data|items)\b/i;

type FoundItem = ReturnType<typeof findItems>[number];

/** An item found in a sentence and what its own sentence says about it (offsets in the sentence's text). */
interface ItemReading {
  found: FoundItem;
  governance: Governance;
  /** Inside a long quotation. */
  quoted: boolean;
  /** Inside a stretch that the sentence's request cues govern. */
  inCueScope: boolean;
}

/** What one sentence's text says for this module, read once: kept by its text, and with its top-level block's
 *  reading (topReadingOf). */
interface SentenceReading {
  agency?: string;
  pctddLimitation: boolean;
  items: readonly ItemReading[];
  /** A contents item under a negation, outside a quotation: a content disclaimer, wherever the sentence stands. */
  disclaims: boolean;
  definitional: boolean;
  /** It names items and tells past events. */
  narrative: boolean;
  hits: readonly CueHit[];
  /** A strong cue decides; `firstStrong` is where the first one starts (Infinity when none). */
  strong: boolean;
  firstStrong: number;
  /** Verbless (a list item, a table cell): a lead-in, label, title or its table row can make it a request. Only
   *  read when no strong cue decides. */
  verbless: boolean;
}

const NO_ITEMS: readonly ItemReading[] = Object.freeze([]);
const NO_HITS: readonly CueHit[] = Object.freeze([]);
/** Most sentences: nothing here, and nothing that their place in the draft could make a request. */
const NOTHING: SentenceReading = Object.freeze({ pctddLimitation: false, items: NO_ITEMS, disclaims: false, definitional: false, narrative: false, hits: NO_HITS, strong: false, firstStrong: Infinity, verbless: false });

const readingOfText = memoOnText((text: string): SentenceReading => {
  const agency = AGENCY.exec(text)?.[1];
  const pctddLimitation = PCTDD_LIMITATION.test(text);
  const found = findItems(text);
  let cues: Cue[] | undefined;
  const cuesHere = () => (cues ??= findCues(text));
  const hits = requestCues(text, cuesHere);
  const firstStrong = hits.find((h) => h.strong)?.start ?? Infinity;
  const strong = firstStrong !== Infinity;
  const verbless = !strong && isVerbless(text);
  if (agency === undefined && !pctddLimitation && !found.length && !hits.length && !verbless) return NOTHING;
  let items = NO_ITEMS;
  if (found.length) {
    const quotes = longQuotes(text);
    const scopes = hits.length ? mergedScopes(hits) : [];
    items = found.map((f) => ({ found: f, governance: governance(cuesHere(), f.start, f.end), quoted: within(quotes, f), inCueScope: within(scopes, f) }));
  }
  return {
    agency,
    pctddLimitation,
    items,
    disclaims: items.some((i) => (i.found.category === 'contents' || i.found.category === 'stored-content') && i.governance.negated && !i.quoted),
    definitional: DEFINITION.test(text),
    narrative: found.length > 0 && NARRATIVE.test(text),
    hits: hits.length ? hits : NO_HITS,
    strong,
    firstStrong,
    verbless,
  };
});

/** What a sentence says and what its own block makes of it: its paragraph's label, its table row (kept with its
 *  top-level block's reading below). */
interface SentenceSummary extends SentenceReading {
  label?: Label;
  cell?: CellContext;
}

function summaryOf(s: Sentence): SentenceSummary {
  const reading = readingOfText(s);
  if (reading === NOTHING) return NOTHING;
  const label = labelOf(s.block);
  // a table cell's row matters to a verbless item only
  const cell = reading.verbless && s.block.kind === 'tableCell' ? cellContextOf(s.block) : NO_CELL_CONTEXT;
  return label || cell !== NO_CELL_CONTEXT ? { ...reading, label, cell } : reading;
}

/** Only a lead-in or a title could make this sentence a request (of no item): a verbless line with nothing in it,
 *  no label, no table row that answers for it. */
function needsContext(r: SentenceSummary): boolean {
  return r.verbless && !r.items.length && !r.hits.length && r.agency === undefined && !r.pctddLimitation && !r.label && (!r.cell || r.cell === NO_CELL_CONTEXT);
}

/** Sentences and their summaries, in document order. */
interface Summaries {
  sentences: readonly Sentence[];
  summaries: readonly SentenceSummary[];
}

/** What a top-level block holds for this module, kept on its first block (it reads that top-level block alone):
 *  its number of blocks, its paragraphs that end with a colon or read as headings (positions from its first
 *  block), and its sentences that say something, in order; `said` leaves out those that need a lead-in or title. */
interface TopReading {
  count: number;
  colons: readonly number[];
  headingLines: readonly number[];
  all: Summaries;
  said: Summaries;
}

const NO_POSITIONS: readonly number[] = Object.freeze([]);
const NO_SUMMARIES: Summaries = Object.freeze({ sentences: Object.freeze([]), summaries: Object.freeze([]) });

const topReadingOf = memoOnBlock((first: TextBlock): TopReading => {
  const blocks = draftBlocks;
  const lo = blocks[first.index] === first ? first.index : blocks.indexOf(first);
  let hi = lo + 1;
  while (hi < blocks.length && blocks[hi].topIndex === first.topIndex) hi++;
  const colons: number[] = [];
  const headingLines: number[] = [];
  const all = { sentences: [] as Sentence[], summaries: [] as SentenceSummary[] };
  const said = { sentences: [] as Sentence[], summaries: [] as SentenceSummary[] };
  for (let i = lo; i < hi; i++) {
    const b = blocks[i];
    if (b.kind === 'paragraph') {
      const flags = blockFlagsOf(b);
      if (flags & ENDS_WITH_COLON) colons.push(i - lo);
      if (flags & PSEUDO_HEADING_LINE) headingLines.push(i - lo);
    }
    for (const s of b.sentences) {
      const r = summaryOf(s);
      if (r === NOTHING) continue;
      all.sentences.push(s);
      all.summaries.push(r);
      if (needsContext(r)) continue;
      said.sentences.push(s);
      said.summaries.push(r);
    }
  }
  return {
    count: hi - lo,
    colons: colons.length ? colons : NO_POSITIONS,
    headingLines: headingLines.length ? headingLines : NO_POSITIONS,
    all: all.sentences.length ? all : NO_SUMMARIES,
    said: said.sentences.length === all.sentences.length ? (all.sentences.length ? all : NO_SUMMARIES) : said,
  };
});

/** The latest valid date of a parsed chunk's sentences, and of those that sign or execute something. */
const latestDatesOf = memoOnChunk((chunk: Fragment): { latest?: number; signing?: number } => {
  let latest: number | undefined;
  let signing: number | undefined;
  for (const s of chunk.sentences) {
    for (const m of datesOf(s)) {
      if (!m.valid) continue;
      if (latest === undefined || m.serial > latest) latest = m.serial;
      if ((signing === undefined || m.serial > signing) && isSigning(s)) signing = m.serial;
    }
  }
  return { latest, signing };
});

/** The top-level blocks of a parsed chunk that hold anything for this module (a sentence that says something, a
 *  paragraph ending with a colon, a heading-like line), with their first blocks: kept on the chunk, so a lint of
 *  a 1 MB draft does not visit its thousands of empty ones. */
const topsOfChunk = memoOnChunk((chunk: Fragment): ReadonlyArray<{ first: TextBlock; top: TopReading }> => {
  const out: Array<{ first: TextBlock; top: TopReading }> = [];
  for (let i = 0; i < chunk.blocks.length; ) {
    const first = chunk.blocks[i];
    const top = topReadingOf(first);
    if (top.all.sentences.length || top.colons.length || top.headingLines.length) out.push({ first, top });
    i += top.count;
  }
  return out;
});

/** A paragraph that ends with a colon and what its last sentence says: it asks, or it refuses ("The Government
 *  does not seek the following:"), or it announces a list ("the following information"). */
const leadInOf = memoOnText((text: string) => {
  const cues = findCues(text);
  const asks = requestCues(text, () => cues).length > 0;
  const negative = cues.some((c) => c.kind === 'negation' || c.kind === 'exception' || c.kind === 'exclusion-verb') && !asks;
  return { asks, negative, following: FOLLOWING_ITEMS.test(text) };
});

// What a block's own text says, as bits, kept on the block: the passes over every block read one number each.
const ENDS_WITH_COLON = 1;
const PSEUDO_HEADING_LINE = 2;
const LETTERED = 4;
const blockFlagsOf = memoOnBlock((b: TextBlock): number => {
  let flags = 0;
  if (b.kind === 'paragraph' && /:\s*$/.test(b.text)) flags |= ENDS_WITH_COLON;
  if (b.kind === 'paragraph' && !b.listItem && PSEUDO_HEADING.test(b.text)) flags |= PSEUDO_HEADING_LINE;
  if (ENUMERATED.test(b.text)) flags |= LETTERED;
  return flags;
});

// What a title makes of the verbless items under it.
const TITLE_NONE = 0;
const TITLE_ASKS = 1;
const TITLE_REFUSES = 2;
const titleSays = memoOnBlock((title: TextBlock): number => {
  const text = title.text;
  if (FACTS_TITLE.test(text) || !(REQUEST_TITLE.test(text) || ATTACHMENT_TITLE.test(text) || NEGATIVE_TITLE.test(text))) return TITLE_NONE;
  return NEGATIVE_TITLE.test(text) ? TITLE_REFUSES : TITLE_ASKS;
});

// Table rows: the cells of a row answer for each other ("Cell-site location | No | separate warrant"); a header
// row with a column "Requested" (or "Sought", "Authorized") makes a row that says "Yes" in it a request.
interface CellContext {
  /** Another cell of the row says "No" ("Not requested"). */
  refusal?: TextBlock;
  /** The "Requested" column's header, when another cell of the row says "Yes" and this one does not. */
  column?: TextBlock;
}

const NO_CELL_CONTEXT: CellContext = Object.freeze({});

/** The blocks of the draft being read and the cell contexts of its tables read so far, by top-level block: set by
 *  extractRequests. A table lies inside one top-level block, so a cell's context depends on its own block only. */
let draftBlocks: readonly TextBlock[] = [];
let tablesRead = new Map<number, Map<TextBlock, CellContext>>();

const cellContextOf = memoOnBlock((cell: TextBlock): CellContext => {
  let table = tablesRead.get(cell.topIndex);
  if (!table) {
    // the blocks of one top-level block follow each other in the draft's list
    let lo = draftBlocks[cell.index] === cell ? cell.index : draftBlocks.indexOf(cell);
    let hi = lo + 1;
    while (lo > 0 && draftBlocks[lo - 1].topIndex === cell.topIndex) lo--;
    while (hi < draftBlocks.length && draftBlocks[hi].topIndex === cell.topIndex) hi++;
    table = readTables(draftBlocks, lo, hi);
    tablesRead.set(cell.topIndex, table);
  }
  return table.get(cell) ?? NO_CELL_CONTEXT;
});

/** The contexts of the cells among blocks[lo, hi) (one top-level block) that have one. */
function readTables(blocks: readonly TextBlock[], lo: number, hi: number): Map<TextBlock, CellContext> {
  const rows: TextBlock[][] = [];
  // the last header row with a request column decides for the whole top-level block
  let column: TextBlock | undefined;
  for (let i = lo; i < hi; i++) {
    const b = blocks[i];
    if (b.kind !== 'tableCell') continue;
    const row = [b];
    let j = i + 1;
    for (; j < hi && blocks[j].kind === 'tableCell' && blocks[j].tableRow === b.tableRow; j++) row.push(blocks[j]);
    i = j - 1;
    rows.push(row);
    if (b.tableRow === 0) column = row.find((c) => REQUEST_COLUMN.test(c.text)) ?? column;
  }
  const out = new Map<TextBlock, CellContext>();
  for (const row of rows) {
    // a cell's context is the first other cell that says "No" (or "Yes"): the first two of each are enough
    const refusals = row.filter((c) => NEGATIVE_CELL.test(c.text)).slice(0, 2);
    const assenting = column ? row.map((c) => POSITIVE_CELL.test(c.text)) : undefined;
    const assents = assenting ? row.filter((_, k) => assenting[k]).slice(0, 2) : [];
    for (let k = 0; k < row.length; k++) {
      const cell = row[k];
      const refusal = refusals[0] !== cell ? refusals[0] : refusals[1];
      const assent = assents[0] !== cell ? assents[0] : assents[1];
      const governs = column && assent && !assenting![k] ? column : undefined;
      if (refusal || governs) out.set(cell, { refusal, column: governs });
    }
  }
  return out;
}

/** An item of a sentence as found in the draft (source offsets), governed by its own negations and `extra`. */
function itemOf(source: string, s: Sentence, it: ItemReading, extra: GoverningWords[] = []): RequestedItem {
  const f = it.found;
  const g = it.governance;
  const governedBy: GoverningWords[] = g.cues.map((c) => ({ kind: c.kind, text: c.text, ...sourceSpan(source, s, c.start, c.end) }));
  return {
    category: f.category,
    text: f.text,
    ...sourceSpan(source, s, f.start, f.end),
    textStart: f.start,
    textEnd: f.end,
    negated: g.negated || extra.length > 0,
    uncertain: g.uncertain,
    governedBy: [...governedBy, ...extra],
    sentence: s,
  };
}

/** An item of a sentence that is not requested, and why (the fields of `itemOf`, then the reason). */
function mentionOf(source: string, s: Sentence, it: ItemReading, reason: Mention['reason']): Mention {
  const f = it.found;
  const g = it.governance;
  const at = sourceSpan(source, s, f.start, f.end);
  return {
    category: f.category,
    text: f.text,
    start: at.start,
    end: at.end,
    textStart: f.start,
    textEnd: f.end,
    negated: g.negated,
    uncertain: g.uncertain,
    governedBy: g.cues.length ? g.cues.map((c) => ({ kind: c.kind, text: c.text, ...sourceSpan(source, s, c.start, c.end) })) : [],
    sentence: s,
    reason,
  };
}

export function extractRequests(base: DraftBase): RequestFacts {
  const authorities = base.authorities;
  const basis = basisOf(authorities);
  const blocks = base.blocks;
  const isTitle = new Uint8Array(blocks.length);
  for (const b of base.titles) isTitle[b.index] = 1;
  const requests: Request[] = [];
  const mentions: Mention[] = [];
  let contentDisclaimer: Span | undefined;
  let pctddLimitation: Span | undefined;
  let agency: string | undefined;
  // the draft's latest date; and the date it was signed or executed: a range of dates that ends before it looks back
  let latest: number | undefined;
  let latestSigning: number | undefined;
  // (per chunk, kept on it: a long draft's thousands of dates are not visited on every lint)
  const chunks = base.parsed.fragments;
  for (let i = 0; i < chunks.length; i++) {
    const c = latestDatesOf(chunks[i]);
    if (c.latest !== undefined && (latest === undefined || c.latest > latest)) latest = c.latest;
    if (c.signing !== undefined && (latestSigning === undefined || c.signing > latestSigning)) latestSigning = c.signing;
  }
  const reference = latest;
  const signed = latestSigning;
  // the readers of a top-level block look at this draft's blocks (cleared at the end)
  draftBlocks = blocks;
  tablesRead = new Map();

  // parts and sections of blocks and sentences taken in document order: swept once (a lookup over every part or
  // section per sentence is quadratic in a long draft of many parts)
  const partAt = sweep(base.parts);
  const sectionAt = sweep(base.sections);

  // The top-level blocks, each read once (kept on its first block): the passes below visit these, not every block.
  // (those with nothing for this module are left out: every pass below skips them)
  const tops: Array<{ at: number; top: TopReading }> = [];
  for (let i = 0; i < chunks.length; i++) {
    const kept = topsOfChunk(chunks[i]);
    for (let k = 0; k < kept.length; k++) tops.push({ at: kept[k].first.index, top: kept[k].top });
  }

  // The title that governs a block: a heading or title-like paragraph, or a short numbered line without a
  // period that plain-text drafts use as a heading ("III. Relief requested"); the last one before the block.
  const lines: number[] = [];
  for (let i = 0; i < tops.length; i++) for (const k of tops[i].top.headingLines) lines.push(tops[i].at + k);
  const titles = [...new Set([...base.titles.map((b) => b.index), ...lines])].sort((a, b) => a - b);
  // blocks are asked in document order: the next title is swept forward (a binary search when asked out of order)
  let nextTitle = 0;
  const titleOf = (b: TextBlock): TextBlock | undefined => {
    if (nextTitle > 0 && titles[nextTitle - 1] >= b.index) nextTitle = partitionPoint(titles.length, (i) => titles[i] < b.index);
    while (nextTitle < titles.length && titles[nextTitle] < b.index) nextTitle++;
    // a title has no title of its own
    if (nextTitle < titles.length && titles[nextTitle] === b.index) return undefined;
    return nextTitle > 0 ? blocks[titles[nextTitle - 1]] : undefined;
  };

  // Lead-ins: a paragraph that ends with a colon and asks (or sits in a request section) governs the list that follows.
  const leadOf = new Map<number, { block: TextBlock; negative: boolean }>();
  for (let t = 0; t < tops.length; t++) {
    const { at, top } = tops[t];
    for (const k of top.colons) {
      const i = at + k;
      const b = blocks[i];
      const last = b.sentences[b.sentences.length - 1];
      if (!last) continue;
      const { asks, negative, following } = leadInOf(last);
      const section = sectionAt(b.start);
      const inRequestSection = !!section && (REQUEST_TITLE.test(section.title) || ATTACHMENT_TITLE.test(section.title)) && !FACTS_TITLE.test(section.title);
      if (!asks && !negative && !inRequestSection && !following) continue;
      // a lead-in governs its list: no list runs to thousands of items (the bound keeps a draft of thousands of
      // lead-ins in a row linear)
      for (let j = i + 1; j < blocks.length && j <= i + MAX_LIST_ITEMS; j++) {
        const c = blocks[j];
        const deeper = c.listDepth > b.listDepth || (b.listDepth === 0 && c.listDepth > 0);
        // items written as paragraphs of the same list item, or lettered by hand ("a. ...", "(1) ...")
        const sameItem = !!b.listItem && c.listItem === b.listItem;
        const lettered = (blockFlagsOf(c) & LETTERED) !== 0;
        // a table right after the lead-in is its list: every cell (the row's own "No" still keeps an item out)
        if (j === i + 1 && c.kind === 'tableCell') {
          for (let k = j; k < blocks.length && blocks[k].kind === 'tableCell' && blocks[k].topIndex === c.topIndex; k++) leadOf.set(blocks[k].index, { block: b, negative });
          break;
        }
        if (!(deeper || sameItem || lettered) || isTitle[c.index]) break;
        leadOf.set(c.index, { block: b, negative });
      }
    }
  }
  const led = [...leadOf.keys()].sort((a, b) => a - b);
  /** Whether a lead-in or a title could govern a block in [lo, hi): else its verbless lines with nothing in them
   *  stay what they are, and are not visited. */
  const mayGovern = (lo: number, hi: number): boolean => {
    const k = partitionPoint(led.length, (i) => led[i] < lo);
    if (k < led.length && led[k] < hi) return true;
    const t = partitionPoint(titles.length, (i) => titles[i] < lo);
    // a title inside: its blocks have titles of their own
    if (t < titles.length && titles[t] < hi) return true;
    return t > 0 && titleSays(blocks[titles[t - 1]]) !== TITLE_NONE;
  };

  for (let t = 0; t < tops.length; t++) {
    const { at, top } = tops[t];
    if (!top.all.sentences.length) continue;
    const visited = top.said === top.all || mayGovern(at, at + top.count) ? top.all : top.said;
    for (let v = 0; v < visited.sentences.length; v++) {
      const s = visited.sentences[v];
      const r = visited.summaries[v];
      if (!agency) agency = r.agency;
      if (r.pctddLimitation) pctddLimitation ??= { start: s.start, end: s.end };
      // no item, no cue, and a verb: nothing its place could make a request
      if (!r.items.length && !r.hits.length && !r.verbless) continue;
      const block = s.block;
      const part = partAt(s.start);
      const label = r.label;
      const heading = isTitle[block.index] === 1 || label?.sentence === s || (block.kind === 'tableCell' && block.tableRow === 0);

      // the content disclaimer: a contents item governed by a negation ("does not seek the contents", "so as not to
      // include the contents"), wherever it stands
      if (!contentDisclaimer && !heading && !block.inBlockquote && r.disclaims) contentDisclaimer = { start: s.start, end: s.end };

      if (heading || block.inBlockquote || !part) {
        for (const it of r.items) mentions.push(mentionOf(base.text, s, it, heading ? 'heading' : block.inBlockquote ? 'quotation' : 'not-a-request'));
        continue;
      }

      // Is the sentence a request, and which stretch of it does the request govern?
      const hits = r.hits;
      let via: Request['via'] | undefined;
      let governing: (Span & { text: string }) | undefined;
      // every item (a verbless item under a lead-in, label, title or row), or those in the cues' scopes
      let governsAll = false;
      let byCues = false;
      const negativeContext: GoverningWords[] = [];
      // (the first cue governs: decided below, after the other ways; a closure here would cost a context per sentence)
      let byFirstCue = false;
      // a strong cue decides; a verbless item under a lead-in, label or request section is a request as a whole
      // (an infinitive inside it, "the IP address used to send the message", is not its governing verb)
      if (r.strong) byFirstCue = true;
      else if (r.verbless) {
        const cell = r.cell ?? NO_CELL_CONTEXT;
        const ownLabel = label && label.sentence !== s ? label : undefined;
        if (cell.refusal) {
          // a row that says "No" (or "Not requested") beside the item keeps it out
          via = 'section';
          governing = { start: cell.refusal.start, end: cell.refusal.end, text: cell.refusal.text };
          negativeContext.push({ kind: 'label', ...governing });
        } else if (cell.column) {
          via = 'section';
          governing = { start: cell.column.start, end: cell.column.end, text: cell.column.text };
        } else if (ownLabel?.negative) {
          via = 'label';
          governing = { start: ownLabel.sentence.start, end: ownLabel.sentence.end, text: ownLabel.sentence.text };
          negativeContext.push({ kind: 'label', ...governing });
        } else if (ownLabel?.asks) {
          via = 'label';
          governing = { start: ownLabel.sentence.start, end: ownLabel.sentence.end, text: ownLabel.sentence.text };
        } else {
          const lead = leadOf.get(block.index);
          if (lead) {
            via = 'lead-in';
            const leadSentence = lead.block.sentences[lead.block.sentences.length - 1];
            governing = { start: leadSentence.start, end: leadSentence.end, text: leadSentence.text };
            if (lead.negative) negativeContext.push({ kind: 'label', ...governing });
          } else {
            const title = titleOf(block);
            const says = title ? titleSays(title) : TITLE_NONE;
            if (title && says !== TITLE_NONE) {
              via = 'section';
              governing = { start: title.start, end: title.end, text: title.text };
              if (says === TITLE_REFUSES) negativeContext.push({ kind: 'label', ...governing });
            }
          }
        }
        if (via) governsAll = true;
        else if (hits.length) byFirstCue = true;
      } else if (hits.length) byFirstCue = true;
      if (byFirstCue) {
        via = hits[0].passive ? 'passive' : 'verb';
        governing = { ...sourceSpan(base.text, s, hits[0].start, hits[0].end), text: hits[0].text };
        byCues = true;
      }

      if (!via || !governing) {
        const reason = r.definitional ? 'definition' : r.narrative ? 'background' : 'not-a-request';
        for (const it of r.items) mentions.push(mentionOf(base.text, s, it, reason));
        continue;
      }

      const items: RequestedItem[] = [];
      for (const it of r.items) {
        if (it.quoted) {
          mentions.push(mentionOf(base.text, s, it, 'quotation'));
          continue;
        }
        if (r.definitional && !(r.firstStrong < it.found.start)) {
          mentions.push(mentionOf(base.text, s, it, 'definition'));
          continue;
        }
        if (!(governsAll || (byCues && it.inCueScope))) {
          mentions.push(mentionOf(base.text, s, it, 'not-a-request'));
          continue;
        }
        items.push(itemOf(base.text, s, it, negativeContext));
      }

      const ownLabel = label && label.sentence !== s ? label : undefined;
      const back = lookBackOf(s);
      const lookBackMatch = back.explicit ?? (signed === undefined ? undefined : back.ranges.find((x) => x.last < signed)?.match) ?? back.fallback;
      let lookBack: LookBack | undefined;
      if (lookBackMatch) {
        lookBack = { ...sourceSpan(base.text, s, lookBackMatch.start, lookBackMatch.end), text: lookBackMatch.text, explicit: !LOOK_BACK_KEYWORD.test(lookBackMatch.text) };
        const days = daysOf(lookBackMatch.length, reference);
        if (days !== undefined) lookBack.days = days;
      } else if (ownLabel?.historical) {
        lookBack = { start: ownLabel.sentence.start, end: ownLabel.sentence.end, text: ownLabel.sentence.text, explicit: false };
        const days = daysOf(lengthIn(s.text), reference);
        if (days !== undefined) lookBack.days = days;
      }
      const citedHere = citedIn(base, { start: ownLabel ? ownLabel.sentence.start : s.start, end: s.end });
      requests.push({
        start: s.start,
        end: s.end,
        sentence: s,
        part: part.kind,
        via,
        governing,
        authority: basis,
        citedHere,
        direction: lookBack ? 'historical' : 'prospective',
        lookBack,
        items,
      });
    }
  }
  draftBlocks = [];
  tablesRead = new Map();

  // a new paragraph about the information sought goes at the end of the section that holds the first request
  // for pen-register information (else the first request)
  const first = requests.find((r) => r.items.some((i) => i.category === 'traffic' && !i.negated)) ?? requests[0];
  let insertionPoint: number | undefined;
  if (first) {
    const section = base.sectionAt(first.start);
    const blockEnd = first.sentence.block.end;
    insertionPoint = section && section.contentEnd >= blockEnd && section.contentEnd - blockEnd < 4000 ? section.contentEnd : blockEnd;
  }

  return { requests, mentions, authorities, basis, contentDisclaimer, pctddLimitation, agency, insertionPoint };
}

/** `spanAt(offset)` for offsets asked in ascending order: the span holding the offset that starts last (as
 *  DraftBase.partAt), each span added and dropped once. An offset out of order falls back to a full scan. */
function sweep<T extends Span>(spans: readonly T[]): (offset: number) => T | undefined {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const open: T[] = [];
  let next = 0;
  let last = -Infinity;
  return (offset) => {
    if (offset < last) {
      let found: T | undefined;
      for (const it of spans) if (offset >= it.start && offset < it.end && (!found || it.start >= found.start)) found = it;
      return found;
    }
    last = offset;
    while (next < sorted.length && sorted[next].start <= offset) open.push(sorted[next++]);
    // the innermost open span is the last added that still holds the offset; spans that ended are dropped from the top
    while (open.length && open[open.length - 1].end <= offset) open.pop();
    for (let k = open.length - 1; k >= 0; k--) if (open[k].end > offset) return open[k];
    return undefined;
  };
}

/** The source span of [i, j) of a sentence's plain text. `toSource` can drift where the Markdown strips characters
 *  inside a text node (the indentation of a list item's continuation lines): when the source there does not read
 *  as the text, the words are looked up near the mapped place, markup and line breaks allowed between them. */
export function sourceSpan(source: string, s: Sentence, i: number, j: number): Span {
  const start = s.toSource(i);
  const end = s.toSource(j);
  const words = s.text.slice(i, j);
  if (source.slice(start, end) === words) return { start, end };
  const tokens = words.trim().split(/\s+/).filter(Boolean);
  if (!tokens.length || tokens.length > 40) return { start, end };
  const re = new RegExp(tokens.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(String.raw`[\s*_~\`>\\]{1,12}`), 'g');
  const from = Math.max(s.start, start - 400);
  // near the mapped place only: a window to the sentence's end is a scan of a long sentence per item
  const window = source.slice(from, Math.min(source.length, Math.max(s.start, end) + 400));
  let best: Span | undefined;
  let m: RegExpExecArray | null;
  while ((m = re.exec(window))) {
    const at = from + m.index;
    if (!best || Math.abs(at - start) < Math.abs(best.start - start)) best = { start: at, end: at + m[0].length };
    if (!m[0].length) re.lastIndex++;
  }
  return best ?? { start, end };
}

/** The requested (not negated) items of a category, with their request. */
export function requestedItems(facts: RequestFacts, category: ItemCategory): Array<{ item: RequestedItem; request: Request }> {
  const out: Array<{ item: RequestedItem; request: Request }> = [];
  for (const request of facts.requests ?? []) for (const item of request.items) if (item.category === category && !item.negated) out.push({ item, request });
  return out;
}

/** What the draft asks for at an offset (for a hover): the request whose sentence holds it, the item under it,
 *  or a mention of an item outside any request with the reason it is not one. */
export function requestAt(facts: RequestFacts, offset: number): { request?: Request; item?: RequestedItem; mention?: Mention } {
  const inside = (x: Span) => x.start <= offset && offset < x.end;
  const request = (facts.requests ?? []).find(inside);
  const item = request?.items.find(inside);
  const mention = item ? undefined : (facts.mentions ?? []).find(inside);
  return { request, item, mention };
}
