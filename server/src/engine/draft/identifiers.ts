// Identifiers of target facilities: telephone numbers in their common forms, e-mail addresses, IP addresses,
// IMEI/IMSI numbers and account identifiers. Each is normalised so the application's and the order's can be compared.
import type { Span } from '../types.js';
import type { Fragment, Sentence, TextBlock } from '../parse.js';
import { mergeByIndex, overlapsSorted } from './dates.js';
import { keptSentencesWhere, memoOn } from '../memo.js';
import { sortedByStart } from '../sorted.js';

export type IdentifierKind = 'phone' | 'email' | 'ip' | 'imei' | 'imsi' | 'account';

/**
 * What the identifier is in the draft: the facility the device goes on ('target'), a number that only appears in
 * passing (an agent's or the provider's contact line, a victim's own phone: 'incidental'), or anything else
 * ('other': numbers communicated with, facts).
 */
export type IdentifierRole = 'target' | 'incidental' | 'other';

export interface Identifier extends Span {
  kind: IdentifierKind;
  text: string;
  /** Comparable form: digits only for numbers (NANP without the leading 1), lower case for addresses. */
  normalized: string;
  sentence: Sentence;
  role: IdentifierRole;
}

/** RFC 5952 form of an IPv6 address (lower case, no leading zeros, the longest zero run as "::"); undefined if it is none. */
export function canonicalIpv6(token: string): string | undefined {
  const halves = token.toLowerCase().split('::');
  if (halves.length > 2) return undefined;
  const split = (h: string) => (h ? h.split(':') : []);
  const head = split(halves[0]);
  const tail = halves.length === 2 ? split(halves[1]) : [];
  if (head.length + tail.length === 0 || [...head, ...tail].some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return undefined;
  const missing = 8 - head.length - tail.length;
  // "10:30:00" (a time) has neither eight groups nor "::"
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail].map((g) => g.replace(/^0+(?=.)/, ''));
  let best = -1;
  let bestLength = 1;
  for (let i = 0; i < groups.length; ) {
    if (groups[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < groups.length && groups[j] === '0') j++;
    if (j - i > bestLength) [best, bestLength] = [i, j - i];
    i = j;
  }
  return best < 0 ? groups.join(':') : `${groups.slice(0, best).join(':')}::${groups.slice(best + bestLength).join(':')}`;
}

// `needs`: a character every match holds; a text without it is not searched (most sentences hold no `@`, `:` or `+`)
const PATTERNS: Array<{ kind: IdentifierKind; re: RegExp; normalize: (m: RegExpExecArray) => string | undefined; needs?: string }> = [
  { kind: 'email', re: /(?<![\w.+-])[A-Za-z0-9][\w.+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g, normalize: (m) => m[0].toLowerCase(), needs: '@' },
  {
    kind: 'ip',
    re: /(?<![\d.])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?![\d.]*\d)/g,
    normalize: (m) => m[0],
    needs: '.',
  },
  // IPv6, with "::" anywhere; compared in canonical form (RFC 5952), so 2001:db8:0:0:0:0:0:1 is 2001:db8::1
  { kind: 'ip', re: /(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:]|\.\d)/g, normalize: (m) => canonicalIpv6(m[0]), needs: ':' },
  { kind: 'imei', re: /\bIMEI(?:\s+(?:number|no\.))?:?\s*(\d{14,16}|\d{2}-\d{6}-\d{6}-\d)\b/gi, normalize: (m) => m[1].replace(/\D/g, '') },
  {
    // device identifiers spelled out: MEID A10000009296F2, ESN 80A1B2C3 (compared like IMEIs)
    kind: 'imei',
    re: /\b(?:MEID|ESN)(?:\s+(?:number|no\.|HEX|DEC))?:?\s*([0-9A-F]{8}(?:[0-9A-F]{6})?|\d{11}(?:\d{7})?)\b/g,
    normalize: (m) => m[1].toLowerCase(),
  },
  {
    // a number written without separators, when a label says what it is: MSISDN 17045550143, telephone number 7045550143
    kind: 'phone',
    re: /\b(?:MSISDN|telephone|phone|cell(?:ular)?|mobile|call)(?:\s+(?:number|no\.))?:?\s*(\+?\d{10,15})\b/gi,
    normalize: (m) => m[1].replace(/\D/g, '').replace(/^1(?=\d{10}$)/, ''),
  },
  { kind: 'imsi', re: /\bIMSI(?:\s+(?:number|no\.))?:?\s*(\d{14,15})\b/gi, normalize: (m) => m[1] },
  {
    // (704) 555-0143, 704-555-0143, 704.555.0143, +1 704 555 0143, 1-704-555-0143
    kind: 'phone',
    re: /(?<![\w$.-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\w-]|\.\d)/g,
    normalize: (m) => m[0].replace(/\D/g, '').replace(/^1(?=\d{10}$)/, ''),
  },
  {
    // international: +86 138 0013 8000, +52 55 1234 5678, +853 6612 3456
    kind: 'phone',
    re: /(?<![\w+])\+(?!1[\s.-]?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4})\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?){2,5}(?![\w-])/g,
    normalize: (m) => m[0].replace(/\D/g, ''),
    needs: '+',
  },
  {
    // international from the US: 011 52 55 1234 5678
    kind: 'phone',
    re: /(?<![\w+])011[\s.-]\d{1,3}(?:[\s.-]\d{1,5}){2,5}(?![\w-])/g,
    normalize: (m) => m[0].replace(/\D/g, '').slice(3),
    needs: '011',
  },
  {
    // usernames and handles: online name "glasswing", Instagram username @night.owl, screen name 'kestrel_9'
    kind: 'account',
    re: /\b(?:user\s*names?|screen\s*names?|online\s+names?|handles?|profile\s+names?|display\s+names?|vanity\s+names?|user\s+IDs?|account\s+names?|accounts?\s+(?:named|called))\s+(?:of\s+)?(?:[“"']([\w.@-]{2,40})[”"']|(@[\w.]{2,40}))/gi,
    normalize: (m) => (m[1] ?? m[2]).toLowerCase().replace(/^@/, '').replace(/[.]+$/, ''),
  },
  {
    // account IDs: "account ID 1234567", "account number LF-20-88417", "user ID: jdoe_77", "username xyz"
    kind: 'account',
    re: /\b(?:account|user(?:name)?|subscriber|customer|screen\s*name|handle)\s+(?:ID|identifier|number|no\.|name)?:?\s*[“"']?((?=[\w.@-]*\d)[A-Za-z0-9][\w.@-]{3,}|@[\w.]{2,})/gi,
    normalize: (m) => m[1].toLowerCase().replace(/[.,;:]+$/, ''),
  },
];

// The identifier is the facility: "X (the "Target Telephone")", "The Target Account is X", a device "on" X, its listing.
const TARGET_AFTER = /^["”'’]?[\s,]{0,3}(?:\(|,)?\s*(?:the\s+|hereinafter\s+)?["“]?(?:Target|Subject)\b/;
const TARGET_BEFORE = /\b(?:Target|Subject)(?:\s+[A-Z][\w-]*){0,2}\s*(?:(?:is|was|are)\s+|,\s*|:\s*)(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,6}$/;
const DEVICE_ON = /\b(?:install(?:ed|ation)?|use|attach(?:ed)?|appl(?:y|ied)|plac(?:e|ed))\b[^.;]{0,160}?\b(?:on|upon)\s+(?:(?:the|a|an)\s+)?(?:[\w()'-]+\s+){0,7}$/i;
const LISTING_BEFORE = /\b(?:in\s+whose\s+names?|listed\s+(?:in\s+the\s+name|to)|subscribed|assigned\s+call\s+number|call\s+number|telephone\s+number|account(?:\s+(?:number|ID))?)\s+(?:[\w()'-]+\s+){0,3}$/i;
const PASSING_BEFORE = /\b(?:between|with|contacted|called|communicat\w*|received)\b[^.;]{0,40}$/i;
// An office line, a fax, a contact for service, a victim's own phone: a number in passing.
const CONTACT_CUE =
  /\b(?:tel(?:ephone)?\.?\s*(?:no\.?\s*)?:|phone\s*:|fax|facsimile|may\s+be\s+(?:reached|contacted)|contact(?:ed)?\s+(?:at|by|on)|direct\s+line|office\s+(?:number|line|telephone)|hotline|compliance\s+(?:line|department|contact|team)|law\s+enforcement\s+(?:response|relations|liaison)|service\s+of\s+process|(?:her|his|their)\s+own\s+(?:telephone|phone|number|cell)|victim'?s?|complainant'?s?|witness'?s?)(?!\w)[^.;]{0,30}$/i;
const CAPTION_START = /^\s*(?:in\s+(?:the\s+)?matter\s+of|in\s+re\b)/i;
const TARGET_COLUMN = /identifier|account|number|facility|address|target|phone|telephone|e-?mail|\bIP\b|user|handle/i;
const CONTACT_COLUMN = /contact|agent|officer|affiant|attorney|counsel/i;

function roleOf(s: Sentence, at: number, end: number, headerOf: (block: TextBlock) => string): IdentifierRole {
  const block = s.block;
  if (block.tableRow !== undefined && block.tableRow > 0) {
    const header = headerOf(block);
    if (CONTACT_COLUMN.test(header)) return 'incidental';
    if (TARGET_COLUMN.test(header)) return 'target';
  }
  const text = s.text;
  const before = text.slice(Math.max(0, at - 200), at);
  const after = text.slice(end, end + 40);
  // "Target Telephone: (703) 555-0188" is the target even though "Telephone:" also labels contact lines
  if (TARGET_AFTER.test(after) || TARGET_BEFORE.test(before.slice(-90))) return 'target';
  if (CONTACT_CUE.test(before.slice(-70))) return 'incidental';
  if (CAPTION_START.test(block.text) && block.sentences[0] === s) return 'target';
  if (PASSING_BEFORE.test(before)) return 'other';
  if (DEVICE_ON.test(before) || LISTING_BEFORE.test(before.slice(-60))) return 'target';
  return 'other';
}

/**
 * What each table cell below the header row is about: its column's header and, for key/value tables
 * ("| Listed subscriber | Wexford Harbor Imports, Inc. |"), the first cell of its row.
 */
export function tableCellLabels(allBlocks: TextBlock[]): Map<TextBlock, string> {
  const out = new Map<TextBlock, string>();
  // cells of one table share a top-level block and follow each other; a header row (row 0) starts a new table
  let header: TextBlock[] = [];
  let rowCells: TextBlock[] = [];
  let row = -1;
  for (const b of allBlocks) {
    if (b.tableRow === undefined) continue;
    if (b.tableRow === 0) {
      // a header row after another top-level block's header-only table starts afresh too: a cell's label depends
      // on its own top-level block alone (its reading is kept on it)
      if (row !== 0 || (header[0] && header[0].topIndex !== b.topIndex)) header = [];
      header.push(b);
      row = 0;
      continue;
    }
    if (b.tableRow !== row || (rowCells[0] && rowCells[0].topIndex !== b.topIndex)) {
      row = b.tableRow;
      rowCells = [];
    }
    const h = header[rowCells.length];
    const key = rowCells.length > 0 ? rowCells[0].text : '';
    rowCells.push(b);
    out.set(b, [h && h.topIndex === b.topIndex ? h.text : '', key].filter(Boolean).join(' | '));
  }
  return out;
}

/** The label of a table cell (see tableCellLabels), worked out for the cell's own top-level block when first
 *  asked: an edit in one table of a 1 MB draft re-reads that table's cells, not the labels of every table. */
export function tableCellLabeler(blocks: readonly TextBlock[]): (block: TextBlock) => string {
  const byTop = new Map<number, Map<TextBlock, string>>();
  return (block) => {
    let labels = byTop.get(block.topIndex);
    if (!labels) {
      const at = blocks[block.index] === block ? block.index : blocks.indexOf(block);
      let lo = at;
      let hi = at + 1;
      while (lo > 0 && blocks[lo - 1].topIndex === block.topIndex) lo--;
      while (hi < blocks.length && blocks[hi].topIndex === block.topIndex) hi++;
      labels = at < 0 ? new Map() : tableCellLabels(blocks.slice(lo, hi));
      byTop.set(block.topIndex, labels);
    }
    return labels.get(block) ?? '';
  };
}

/** An identifier found in a sentence, in the sentence's own coordinates (offsets in its text). */
interface FoundIdentifier {
  kind: IdentifierKind;
  a: number;
  b: number;
  text: string;
  normalized: string;
  role: IdentifierRole;
}

const NONE: readonly FoundIdentifier[] = Object.freeze([]);

/** The column header and row label of a table cell: set by extractIdentifiers for the draft being read (a table
 *  lies inside one top-level block, so a sentence's reading still depends on its own block only). */
const NO_HEADER = (): string => '';
let headerOf: (block: TextBlock) => string = NO_HEADER;

/** The identifiers of one sentence, kept on it (engine/memo.ts). */
const identifiersOf = memoOn((s: Sentence): readonly FoundIdentifier[] => {
  const text = s.text;
  if (!/[\d@"“']/.test(text)) return NONE;
  const out: FoundIdentifier[] = [];
  // what earlier patterns took, sorted: a match is checked by binary search (a scan of every earlier one was
  // quadratic on a paragraph of numbers); one pattern's own matches never overlap
  let taken: Array<{ index: number; length: number }> = [];
  for (const { kind, re, normalize, needs } of PATTERNS) {
    if (needs && !text.includes(needs)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    const found: Array<{ index: number; length: number }> = [];
    while ((m = re.exec(text))) {
      let a = m.index;
      let b = a + m[0].length;
      const inner = m[1] ?? m[2];
      if (inner !== undefined) {
        a = m.index + m[0].lastIndexOf(inner);
        b = a + inner.length;
      }
      if (overlapsSorted(taken, a, b) || overlapsSorted(found, a, b)) continue;
      const normalized = normalize(m);
      if (!normalized) continue;
      found.push({ index: a, length: b - a });
      out.push({ kind, a, b, text: text.slice(a, b), normalized, role: roleOf(s, a, b, headerOf) });
    }
    if (found.length) taken = mergeByIndex(taken, found);
  }
  return out.length ? out : NONE;
});

const identifiedSentences = keptSentencesWhere((s: Sentence) => identifiersOf(s).length > 0);

/** The identifiers of a parse: its blocks (all text blocks, empty table cells included: a table cell is read under
 *  its column's header) and its chunks (only the sentences with identifiers are visited). */
export function extractIdentifiers(blocks: readonly TextBlock[], chunks: readonly Fragment[]): Identifier[] {
  // the labels of a table's cells, worked out only if a sentence of it not read before needs one (let go after:
  // the labeler holds this parse's blocks, which would otherwise outlive the lint)
  headerOf = tableCellLabeler(blocks);
  try {
    return placeIdentifiers(identifiedSentences(chunks));
  } finally {
    headerOf = NO_HEADER;
  }
}

function placeIdentifiers(identified: readonly Sentence[]): Identifier[] {
  const out: Identifier[] = [];
  for (let i = 0; i < identified.length; i++) {
    const s = identified[i];
    const found = identifiersOf(s);
    if (!found.length) continue;
    const first = out.length;
    for (const f of found) {
      out.push({ kind: f.kind, start: s.toSource(f.a), end: s.toSource(f.b), text: f.text, normalized: f.normalized, sentence: s, role: f.role });
    }
    // a sentence's identifiers come pattern by pattern: put them in text order here, so the whole list (sentences
    // are in text order) usually needs no sort of its own
    if (found.length > 1) out.splice(first, found.length, ...out.slice(first).sort((x, y) => x.start - y.start));
  }
  return sortedByStart(out);
}
