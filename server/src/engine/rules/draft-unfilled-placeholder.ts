import { defineRule } from '../rule.js';
import type { Report, Fix } from '../types.js';
import type { Draft, Sentence, TextBlock } from '../draft/index.js';
import { keptBlocksWhere, keptSentencesWhere, memoOnBlock, memoOnText } from '../memo.js';
import { agencyWords } from '../draft/application.js';

// "[AGENCY]", "[NAME]", "[INSERT DATE]", "[Target Number]", "[insert provider]"
const CAPS_TOKEN = /\[([A-Z][A-Z0-9 _/&.,'’():-]{1,60})\]/g;
const BRACKET_TOKEN = /\[((?:insert|add|fill\s+in|enter|name|date|time|agency|number|provider|subject|identifier|phone|address|district|state|county|title|officer|official|applicant|attorney|judge|case|account|carrier|offen[cs]e|statute|target)\b[^\]\n]{0,80})\]/gi;
// Brackets that are not template tokens: the caption's "[PROPOSED]", editorial "[sic]", redaction marks, check boxes.
const NOT_A_TOKEN = /^(?:PROPOSED|DRAFT|AMENDED|CORRECTED|SUPPLEMENTAL|CONFIDENTIAL|PRIVILEGED|EX\s+PARTE|LAW\s+ENFORCEMENT\s+SENSITIVE|SENSITIVE|FOUO|LES|SIC|REDACTED(?:\s+VERSION)?|(?:FILED\s+)?UNDER\s+SEAL|(?:UN)?SEALED|SEAL|EMPHASIS\s+(?:ADDED|SUPPLIED)|ALTERATIONS?\s+ADDED|CITATIONS?\s+OMITTED|X|\s)$/i;
const X_TOKENS = /(?<![A-Za-z0-9])(?:XX\/XX\/(?:20XX|19XX|\d{2,4})|\d{1,2}\/XX\/\d{2,4}|XX\/\d{1,2}\/\d{2,4}|(?:20|19)XX|\(XXX\)\s?XXX-XXXX|XXX-XXX-XXXX|XXX-XXXX|X{3,})(?![A-Za-z0-9])/g;
const TBD = /(?<![A-Za-z])(?:TBD|TBA)(?![A-Za-z])/g;
// Other offices' token styles: {AGENCY}, «AGENCY», (insert provider name), INSERT PROVIDER, (xxx) xxx-xxxx, ##/##/2025
const OTHER_TOKENS =
  /\{[A-Z][A-Z0-9 _/-]{1,40}\}|«[A-Z][A-Z0-9 _/-]{1,40}»|\((?:insert|enter|add|fill\s+in)\b[^()\n]{1,60}\)|\bINSERT\s+[A-Z][A-Z'’]{1,20}(?:\s+[A-Z][A-Z'’]{1,20}){0,3}\b|\(xxx\)\s?xxx-xxxx|\bxxx-xxx-xxxx\b|#{2}\/#{2}\/(?:\d{2,4}|#{2,4})/g;
// "<<AGENCY>>" and "<AGENCY>": Markdown reads an upper-case tag as inline HTML, so they are found among the HTML nodes
const HTML_TOKEN = /^<[A-Z][A-Z0-9 _-]{1,40}>$/;
const MUSTACHE = /\{\{[^{}\n]{1,60}\}\}/g;
const UNDERSCORES = /(?:\\?_){3,}/g;
// Lines for the court or clerk to fill in: a label followed by a blank.
const COURT_LABEL = /^\s*(?:[*_]{0,2})?(?:Dated?|Date\s+and\s+time(?:\s+of\s+issuance)?|Time|Signed|Entered|ENTERED|Issued|Filed|Signature|By|Hon(?:orable|\.)?|Judge|Case\s+(?:No\.?|Number)|Docket(?:\s+No\.?)?|Mag(?:istrate)?\.?\s+(?:Judge\s+)?(?:No\.?|Docket)|Misc\.?\s+(?:Index\s+)?No\.?|No\.|Index\s+No\.?|at|SO\s+ORDERED|IT\s+IS\s+SO\s+ORDERED|E\s*N\s*T\s*E\s*R)\b[^_\n]{0,30}$/i;
const SIGNING_DATE = /(?:^|[\s*_])(?:Dated?|Executed|Signed|Entered|Issued|Sworn|Subscribed|Affirmed)(?:\s+(?:on|at|this))?\s*:?\s*$/i;
const COURT_TITLE = /\b(?:Judge|Justice|Magistrate|Clerk|Notary|Commissioner|Court)\b/i;
// A jurat, a telephonic-oath recital or an order's closing: the date and time in it are written when it is sworn or signed.
const JURAT_OR_CLOSING =
  /\bbefore\s+me\b|\b(?:sworn|subscribed|affirmed|attested)\b[^.\n]{0,40}\b(?:by\s+telephone|telephonically|by\s+reliable\s+electronic\s+means|remotely|video)\b|\bso\s+ORDERED\b|\b(?:DONE\s+AND\s+ORDERED|ENTERED|SIGNED|ISSUED|APPROVED)\b|\bcommission\s+expires\b/;
const DATE_OR_TIME_BEFORE = /(?:\b(?:on|at|this|date|time|dated?|expires)\s*:?|\(\s*)\s*$/i;
const DATE_OR_TIME_AFTER = /^\s*(?:,\s*(?:(?:19|20)\d\d|20_+)|(?:a\.m\.|p\.m\.|[AP]M\b|\(time\)|\(date\)|day\s+of\b|o'clock|hours?\b))/i;
const DAY_OF_LINE = /\bday\s+of\b/i;
const COURT_FILLS = /\b(?:ordered|entered|signed|dated|executed|sworn|subscribed|affirmed|done|issued|so\s+ordered|judge|justice|notary)\b/i;

const NO_TOKENS: ReadonlyArray<{ index: number; token: string }> = Object.freeze([]);

/** The template tokens of a sentence's text, kept in the record of its text (engine/memo.ts). */
const tokensOf = memoOnText((text: string): ReadonlyArray<{ index: number; token: string }> => {
  const out: Array<{ index: number; token: string }> = [];
  for (const re of [CAPS_TOKEN, BRACKET_TOKEN, X_TOKENS, TBD, MUSTACHE, OTHER_TOKENS]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if ((re === BRACKET_TOKEN || re === CAPS_TOKEN) && NOT_A_TOKEN.test(m[1].trim())) continue;
      out.push({ index: m.index, token: m[0] });
    }
  }
  return out.length ? out : NO_TOKENS;
});

/** Whether a block's source holds a blank (three underscores, escaped or not): its source is read from the
 *  draft's text, which is its own content wherever the block now stands, so the answer is kept on the block. */
let sourceOfBlocks = '';
const hasBlank = memoOnBlock((block: TextBlock) => /_{3}|\\_\\_\\_/.test(sourceOfBlocks.slice(block.start, block.end)));
const tokenSentences = keptSentencesWhere((s: Sentence) => tokensOf(s).length > 0);
const blankBlocks = keptBlocksWhere(hasBlank);

function agencyFix(draft: Draft, token: string, start: number, end: number): Fix[] | undefined {
  if (!/^\[\s*(?:the\s+)?(?:investigating\s+|law\s+enforcement\s+)?agency\s*\]$/i.test(token)) return undefined;
  const facts = (draft.application.parts ?? []).find((p) => p.identifiedAgencies.length) ?? (draft.application.parts ?? [])[0];
  const words = facts ? agencyWords(facts) : undefined;
  if (!words) return undefined;
  return [{ title: `Fill in ${words}`, kind: 'suggestion', edits: [{ start, end, text: words }] }];
}

function isCourtBlank(lines: string[], i: number, before: string, after: string): boolean {
  const line = lines[i];
  const rest = line.replace(/(?:\\?_)+/g, '').replace(/[\s/,.:|*]/g, '');
  // a line of underscores standing alone (a signature line), or "/s/ ____"
  if (!rest || /^(?:s|\/s\/)$/i.test(rest)) return true;
  // "Dated: ____, 2024", "Executed on ________ at Denver": the date is written when the paper is signed
  if (SIGNING_DATE.test(before)) return true;
  // "Sworn to before me by telephone on ______, 2025, at ____ a.m.", "so ORDERED on this date: ____ at ____ (time)"
  if (JURAT_OR_CLOSING.test(line) && (DATE_OR_TIME_BEFORE.test(before) || DATE_OR_TIME_AFTER.test(after))) return true;
  // "Hon. ______", "Case No. ____", "Application sworn by telephone. Date and time: ____"
  const lastClause = before.replace(/^.*[.;]\s+(?=[A-Z])/, '');
  if ((COURT_LABEL.test(before) || COURT_LABEL.test(lastClause)) && !/[A-Za-z0-9]/.test(after.replace(/(?:\\?_)+|(?:a\.m\.|p\.m\.|20|,|\.|\s|\d)/gi, ''))) return true;
  // "this ____ day of ________, 20__" in an order's or a jurat's closing
  if (DAY_OF_LINE.test(line) && COURT_FILLS.test(line)) return true;
  // a short line right above the judge's title
  const next = lines[i + 1] ?? '';
  if (COURT_TITLE.test(next) && rest.length <= 40) return true;
  return false;
}

export default defineRule({
  id: 'draft-unfilled-placeholder',
  severity: 'warning',
  citation: '—',
  summary: 'A template token ([AGENCY], [NAME], TBD, XX/XX/20XX, ____) is left in the draft.',
  docs: `Office forms mark what the drafter must supply with tokens: \`[AGENCY]\`, \`[NAME]\`, \`[INSERT DATE]\`, \`TBD\`,
\`XX/XX/20XX\`, a blank \`____\` inside a sentence, and in other offices' forms \`{AGENCY}\`, \`<<AGENCY>>\`,
\`(insert provider)\` or \`(xxx) xxx-xxxx\`. A token left in a filed application or proposed order is at best an
embarrassment and at worst a missing statutory element (an unnamed agency, an unidentified facility). Extra patterns
come from the \`placeholders\` configuration key. Not reported: blanks the court or clerk fills in (a signature line of
underscores standing alone, the blank after "Dated:" or "Case No.", the line above the judge's title, "this ___ day
of ___" in an order's closing), the caption's "[PROPOSED] ORDER", and editorial brackets such as "[sic]".`,
  examples: {
    valid: [
      {
        title: 'Blanks for the court',
        text: `# [PROPOSED] ORDER

The Court finds the application sufficient [sic].

SO ORDERED this ____ day of __________, 2024.

______________________________\\
United States Magistrate Judge

Dated: ____________
`,
      },
    ],
    invalid: [
      {
        title: 'Tokens left in the text',
        text: `# APPLICATION

The investigation is being conducted by [AGENCY]. The robbery occurred on [DATE] at the ____ store, and the target number is TBD.
`,
        findings: [{ at: '[AGENCY]' }, { at: '[DATE]' }, { at: '____' }, { at: 'TBD' }],
      },
    ],
  },
  check(draft, { config }) {
    const out: Report[] = [];
    const seen = new Set<string>();
    // the kept spans never overlap one another: sorted by start, their ends ascend too, so one binary search finds
    // the only one that can overlap a new span (a scan of every finding per token was quadratic)
    const kept: Array<{ start: number; end: number }> = [];
    const overlapsKept = (start: number, end: number) => {
      let lo = 0;
      let hi = kept.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (kept[mid].end <= start) lo = mid + 1;
        else hi = mid;
      }
      return lo < kept.length && kept[lo].start < end && start < kept[lo].end;
    };
    const add = (start: number, end: number, token: string) => {
      const key = `${start}:${end}`;
      if (seen.has(key) || overlapsKept(start, end)) return;
      seen.add(key);
      let lo = 0;
      let hi = kept.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (kept[mid].start < start || (kept[mid].start === start && kept[mid].end <= end)) lo = mid + 1;
        else hi = mid;
      }
      kept.splice(lo, 0, { start, end });
      out.push({
        start,
        end,
        message: `Unfilled placeholder "${token}" left in the draft; fill it in (or strike it) before filing.`,
        fixes: agencyFix(draft, token, start, end),
      });
    };
    // index loops: an iterator per sentence is garbage on every lint of a long draft
    // with no placeholder patterns of the office's own, only the sentences with a token (kept per chunk) are read
    const sentences = config.placeholders.length ? draft.sentences : tokenSentences(draft.parsed.fragments);
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      const text = s.text;
      const tokens = tokensOf(s);
      for (let k = 0; k < tokens.length; k++) add(s.toSource(tokens[k].index), s.toSource(tokens[k].index + tokens[k].token.length), tokens[k].token);
      for (const re of config.placeholders) {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        let guard = 0;
        while ((m = re.exec(text)) && guard++ < 1000) {
          if (m[0].length === 0) {
            re.lastIndex++;
            if (!re.global) break;
            continue;
          }
          add(s.toSource(m.index), s.toSource(m.index + m[0].length), m[0]);
          if (!re.global) break;
        }
      }
    }
    for (const node of draft.parsed.html) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined || !HTML_TOKEN.test(node.value)) continue;
      const doubled = draft.text[start - 1] === '<' && draft.text[end] === '>';
      const a = doubled ? start - 1 : start;
      const b = doubled ? end + 1 : end;
      add(a, b, draft.text.slice(a, b));
    }
    // Blanks: read on the source lines (a blank's line and the next decide whether the court fills it)
    // (the text is let go once the blocks are listed: held between lints, a long draft's text outlives the lint and
    // is promoted to the old generation on every keystroke)
    sourceOfBlocks = draft.text;
    let blocks: TextBlock[];
    try {
      blocks = blankBlocks(draft.parsed.fragments);
    } finally {
      sourceOfBlocks = '';
    }
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      const raw = draft.text.slice(block.start, block.end);
      const lines = raw.split('\n');
      let offset = block.start;
      lines.forEach((line, i) => {
        UNDERSCORES.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = UNDERSCORES.exec(line))) {
          const before = line.slice(0, m.index);
          const after = line.slice(m.index + m[0].length);
          if (!isCourtBlank(lines.map((l) => l.replace(/\\$/, '')), i, before, after)) add(offset + m.index, offset + m.index + m[0].length, m[0]);
        }
        offset += line.length + 1;
      });
    }
    return out.sort((a, b) => a.start - b.start);
  },
});
