// Parsing: Markdown → mdast (remark), then the text blocks that hold prose → sentences (retext's English
// parser, through mdast-util-to-nlcst, the library remark-retext is built on). Only paragraphs, headings and
// table cells are given to the sentence parser: code, HTML and front matter never hold a request or a period.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { attention } from 'micromark-core-commonmark';
import type { Construct, Resolver } from 'micromark-util-types';
import { toNlcst } from 'mdast-util-to-nlcst';
import { ParseEnglish } from 'parse-english';
import { VFile } from 'vfile';
import type { Root, Nodes, Parents, Heading, Paragraph, TableCell, TableRow, Table, ListItem, Html, Yaml } from 'mdast';
import type { Root as NlcstRoot, Sentence as NlcstSentence, Nodes as NlcstNodes } from 'nlcst';
import { splitChunks } from './chunks.js';
import { noteDisjoint, noteSortedByStart } from './sorted.js';

/** More emphasis (or strikethrough) sequences than this in one inline content (a paragraph, a heading, a table
 *  cell, a link's text), and none of them is resolved: they stay literal text. */
export const MAX_ATTENTION_SEQUENCES = 100;

/**
 * micromark pairs emphasis sequences by walking back from each closer to an opener, over every event before it,
 * and splices the whole event list at each pair: quadratic in one paragraph (a megabyte of `[_` takes hours). No
 * draft has a hundred `*`/`_` runs in one paragraph, so past MAX_ATTENTION_SEQUENCES the sequences become plain
 * text, as micromark leaves any it cannot pair: offsets are untouched and `___` or `[____]` stay in the text.
 * Below the bound micromark's own resolver runs (the same tree as before; its walks are at most that many per event).
 */
function boundAttention(construct: Construct, sequenceType: string): void {
  const resolve = construct.resolveAll as (Resolver & { bounded?: true }) | undefined;
  if (!resolve || resolve.bounded) return;
  const bounded: Resolver & { bounded?: true } = (events, context) => {
    let sequences = 0;
    for (let i = 0; i < events.length; i++) if (events[i][0] === 'enter' && events[i][1].type === sequenceType) sequences++;
    if (sequences <= MAX_ATTENTION_SEQUENCES) return resolve(events, context);
    attentionStats.unresolved += sequences;
    for (let i = 0; i < events.length; i++) if (events[i][1].type === sequenceType) events[i][1].type = 'data';
    return events;
  };
  bounded.bounded = true;
  construct.resolveAll = bounded;
}
/** Sequences left unresolved by the bound (tests). */
export const attentionStats = { unresolved: 0 };

// micromark's attention construct is one shared object, used for paragraphs and inside link text alike: bounded
// in place (this module is the only user of micromark in the engine)
boundAttention(attention, 'attentionSequence');

/** The GFM syntax penlint needs: tables (target facilities, exhibits) and strikethrough (redlines).
 *  Autolink literals are left out: they are the slowest part of GFM and identifiers are found in the text. */
function remarkPenlintSyntax(this: any) {
  const data = this.data();
  const strikethrough = gfmStrikethrough({ singleTilde: false });
  for (const construct of Object.values(strikethrough.text ?? {})) for (const c of [construct].flat()) boundAttention(c as Construct, 'strikethroughSequenceTemporary');
  (data.micromarkExtensions ??= []).push(gfmTable(), strikethrough);
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkPenlintSyntax);
// Front matter exists only at the very start of a document: a later chunk (incremental parsing) is parsed without it.
const bodyProcessor = unified().use(remarkParse).use(remarkPenlintSyntax);

export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}

export type TextBlockKind = 'heading' | 'paragraph' | 'tableCell';

/** A sentence of prose with its plain text (markup removed) and a map back to the source. */
export interface Sentence {
  index: number;
  /** Plain text: inline markup removed, line breaks turned into spaces. */
  text: string;
  start: number;
  end: number;
  block: TextBlock;
  /** Source offset of the character at `i` of `text` (i may equal text.length: the end). */
  toSource(i: number): number;
  /** What readers found in this sentence, by reader (engine/memo.ts `memoOn`); never read it directly. */
  memo?: unknown[];
}

export interface TextBlock {
  index: number;
  kind: TextBlockKind;
  node: Heading | Paragraph | TableCell;
  start: number;
  end: number;
  /** Index of the top-level block (child of the root) that holds this one. */
  topIndex: number;
  /** Heading depth, for headings. */
  depth?: number;
  /** The innermost list item that holds this block, if any, and its nesting depth (1 = top-level list). */
  listItem?: ListItem;
  listDepth: number;
  inBlockquote: boolean;
  /** Row index in its table (0 = header row), for table cells. */
  tableRow?: number;
  /** Plain text of the whole block. */
  text: string;
  sentences: Sentence[];
  /** What readers found in this block, by reader (engine/memo.ts `memoOn`); never read it directly. */
  memo?: unknown[];
}

export interface Parsed {
  text: string;
  tree: Root;
  frontmatter?: { value: string; start: number; end: number };
  blocks: TextBlock[];
  sentences: Sentence[];
  /** HTML comments and other raw HTML nodes, for suppression comments. */
  html: Html[];
  /** The pieces parsed on their own, in order (one for a text parsed whole): what the area modules keep their
   *  per-chunk lists on (memo.ts keptSentencesWhere). */
  fragments: readonly Fragment[];
}

interface Segment {
  at: number; // index in sentence text
  src: number; // source offset, relative to the sentence's `base`
  len: number; // length in both (equal lengths) or text length (unequal: mapped to src start)
  exact: boolean;
}

/** A copy of an mdast subtree whose offsets are relative to `base` (line numbers are left as they are). */
function shiftPositions(node: Nodes, base: number): Nodes {
  const copy: Record<string, unknown> = { ...node };
  if (node.position) {
    copy.position = {
      start: { ...node.position.start, offset: (node.position.start.offset ?? 0) - base },
      end: { ...node.position.end, offset: (node.position.end.offset ?? 0) - base },
    };
  }
  if ('children' in node) copy.children = (node.children as Nodes[]).map((c) => shiftPositions(c, base));
  return copy as unknown as Nodes;
}

/** A sentence whose source offsets are `base` + offsets kept relative, so a cached block can move (incremental
 *  parsing) by changing `base`, `start` and `end`. `toSource` is a method (call it on the sentence): an own arrow
 *  function per sentence cost a closure and, with the bundle's kept names, a property dictionary each (8 MB on a
 *  1 MB draft). */
class SourceSentence implements Sentence {
  constructor(
    public index: number,
    public text: string,
    public start: number,
    public end: number,
    public block: TextBlock,
    /** @internal */ public base: number,
    private readonly segments: Segment[],
  ) {}
  memo: unknown[] | undefined = undefined;
  toSource(i: number): number {
    if (i <= 0) return this.start;
    if (i >= this.text.length) return this.end;
    // binary search for the segment holding i
    const segments = this.segments;
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid].at <= i) lo = mid;
      else hi = mid - 1;
    }
    const seg = segments[lo];
    return this.base + (seg.exact ? seg.src + Math.min(i - seg.at, seg.len) : seg.src);
  }
}

/** Sentences of a block's raw source, cut after . ! ? followed by white space: the fallback for huge blocks. */
function plainSentences(source: string, block: TextBlock, base: number, firstIndex: number): SourceSentence[] {
  const out: SourceSentence[] = [];
  const end = /[.!?]["”')\]]*(?=\s)/g;
  let from = 0;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(source[a])) a++;
    while (b > a && /\s/.test(source[b - 1])) b--;
    if (b <= a) return;
    const text = source.slice(a, b).replace(/[\r\n\t]/g, ' ');
    out.push(new SourceSentence(firstIndex + out.length, text, base + a, base + b, block, base, [{ at: 0, src: a, len: b - a, exact: true }]));
  };
  let m: RegExpExecArray | null;
  while ((m = end.exec(source))) {
    push(from, m.index + m[0].length);
    from = m.index + m[0].length;
  }
  push(from, source.length);
  return out;
}

/** How far past where to-nlcst places a word it may really be (the characters Markdown dropped before it). */
const ALIGN_WINDOW = 2048;

function makeSentence(
  index: number,
  node: NlcstSentence | NlcstParent,
  block: TextBlock,
  base: number,
  blockSource: string,
  align: { cursor: number },
): Sentence | undefined {
  const segments: Segment[] = [];
  let text = '';
  let cursor = align.cursor;
  const visit = (n: NlcstNodes) => {
    if ('children' in n) {
      for (const c of n.children as NlcstNodes[]) visit(c);
      return;
    }
    if (!('value' in n)) return;
    const value = (n as { value: string }).value;
    let s = n.position?.start?.offset;
    if (s === undefined) return;
    // to-nlcst places words by adding up value lengths, which drifts where Markdown drops source characters
    // (the indent of a list item's continuation lines, escapes, entities): re-find the word in the source.
    // Dropped characters only ever push a word later than to-nlcst says, and words come in order, so the word is
    // the first occurrence at or after both (searched within a bounded window: linear on any input). A drifted
    // place can hold the same word by chance (an earlier line of a list), so one before the cursor is re-found too.
    if ((s < cursor || !blockSource.startsWith(value, s)) && value.trim()) {
      const from = Math.max(cursor, s);
      const found = blockSource.slice(from, from + ALIGN_WINDOW + value.length).indexOf(value);
      if (found >= 0) s = from + found;
    }
    let exact = blockSource.startsWith(value, s);
    // a piece that drifted (white space, or a word not found again above) must not start before the piece it
    // follows ends: toSource stays monotonic (a range never ends before it starts) and a word's end maps to its end
    const floor = segments.length ? Math.max(cursor, segments[segments.length - 1].src) : 0;
    if (s < floor) {
      s = floor;
      exact = blockSource.startsWith(value, s);
    }
    // a piece that continues the last one in the source extends it: one segment per run of unbroken source (most
    // sentences have one), which maps every index exactly as the pieces would
    const last = segments[segments.length - 1];
    if (exact && last?.exact && last.src + last.len === s && last.at + last.len === text.length) last.len += value.length;
    else segments.push({ at: text.length, src: s, len: value.length, exact });
    if (exact) cursor = Math.max(cursor, s + value.length);
    text += value;
  };
  visit(node as NlcstNodes);
  align.cursor = cursor;
  if (!segments.length) return undefined;
  text = text.replace(/[\r\n\t]/g, ' ');
  const last = segments[segments.length - 1];
  return new SourceSentence(index, text, base + segments[0].src, base + last.src + last.len, block, base, segments);
}

type NlcstParent = { type: string; children: NlcstNodes[]; position?: NlcstSentence['position'] };

// Abbreviations of legal and US drafting that end in a period but not a sentence ("Fed. R. Crim. P. 41",
// "No. 22-cr-1", "Hon. Jane Roe", "v. United States"): retext's English parser splits after them.
const NEVER_FINAL = /(?:^|[\s(\[])(?:Fed|R|Crim|Civ|Evid|App|P|Nos?|Mr|Mrs|Ms|Dr|Hon|Jr|Sr|St|Ste|Sec|Secs|Supp|Cir|Dist|Ct|Ill|Mass|Tex|Fla|Pa|Cal|Va|Wash|Mich|Ariz|Colo|Conn|Del|Ga|Ky|La|Md|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Or|Tenn|Wis|Wyo|v|vs|e\.g|i\.e|cf|approx|Stat|Pub|art|ch|para|subd|cl|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Misc|Id|id|Inc|Corp|Co|Ltd|Dept|Gov|Assn|Ass'n|[A-Z])\.$/;
const MAYBE_FINAL = /(?:^|[\s(\[])(?:U\.S|U\.S\.C|U\.S\.C\.A|F|S\.\s?Ct|L\.\s?Ed|etc|al)\.$/;

/** The sentences of a block, with wrong splits after abbreviations mended. */
function legalSentences(root: NlcstRoot): Array<NlcstSentence | NlcstParent> {
  const out: Array<NlcstSentence | NlcstParent> = [];
  for (const paragraph of root.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    let group: NlcstNodes[] = [];
    let pending: NlcstNodes[] = [];
    // the end of the last sentence added to the group, trimmed
    let prev = '';
    const flush = () => {
      if (group.length) out.push({ type: 'SentenceNode', children: group });
      group = [];
      prev = '';
    };
    for (const child of paragraph.children as NlcstNodes[]) {
      if (child.type !== 'SentenceNode') {
        if (group.length) pending.push(child);
        continue;
      }
      const first = firstCharOf(child);
      const merge =
        group.length > 0 &&
        (NEVER_FINAL.test(prev) || (MAYBE_FINAL.test(prev) && /^[a-z0-9§(]/.test(first)) || /^[a-z]/.test(first));
      if (!merge) flush();
      if (group.length) group.push(...pending);
      group.push(...(child.children as NlcstNodes[]));
      prev = trimmedEndOf(child);
      pending = [];
    }
    flush();
  }
  return out;
}

/** The first character of a node's text (`toString(node)[0]`), or '' for no text. */
function firstCharOf(node: NlcstNodes): string {
  const stack: NlcstNodes[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if ('value' in n) {
      if (n.value) return n.value[0];
    } else if ('children' in n) {
      const children = n.children as NlcstNodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }
  return '';
}

/** The end of a node's text with trailing white space trimmed: enough of it for NEVER_FINAL and MAYBE_FINAL, which
 *  match at most a dozen characters before the end (so a longer tail tests as the whole text does, its own start
 *  being no start of the text), or the whole text. Read from the last leaves, not by joining every word. */
function trimmedEndOf(node: NlcstNodes): string {
  let tail = '';
  const stack: NlcstNodes[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if ('value' in n) {
      tail = n.value + tail;
      if (tail.trimEnd().length > TAIL_ENOUGH) return tail.trimEnd();
    } else if ('children' in n) {
      for (const c of n.children as NlcstNodes[]) stack.push(c);
    }
  }
  return tail.trimEnd();
}
const TAIL_ENOUGH = 24;

const IGNORED_INLINE = ['delete', 'inlineCode', 'html', 'footnoteReference'];

/** What one parse of a piece of text (a whole document, or one chunk of it) yields. Offsets, lines and
 *  top-level indices carry `offset`, `line` and `top`: the place the piece currently sits in its document. */
export interface Fragment {
  /** The text of the piece. */
  source: string;
  /** Parsed with front matter (the piece starts the document). */
  head: boolean;
  offset: number;
  /** Line endings before the piece. */
  line: number;
  /** Top-level nodes before the piece. */
  top: number;
  children: Root['children'];
  /** The root's position as remark gave it (shifted with the fragment). */
  rootPosition: NonNullable<Root['position']>;
  /** Every point of every node, when the fragment was parsed movable. */
  points?: Point[];
  blocks: TextBlock[];
  sentences: SourceSentence[];
  html: Html[];
  frontmatter?: { value: string; start: number; end: number };
  /** Readings kept on the piece (memo.ts); they follow from its blocks and sentences alone. */
  memo?: unknown[];
}

/** Parses the text and collects its prose blocks and sentences: chunk by chunk where the text can be cut
 *  (chunks.ts; the result is the same as `parseWhole`'s, and comes faster with a lower peak of memory). */
export function parse(text: string): Parsed {
  if (handoff && handoff.text === text) return handoff;
  const chunks = text.length > CHUNKED_FROM ? splitChunks(text) : undefined;
  if (!chunks || chunks.starts.length < 2) return parseWhole(text);
  const fragments: Fragment[] = [];
  let top = 0;
  for (let i = 0; i < chunks.starts.length; i++) {
    const start = chunks.starts[i];
    const end = i + 1 < chunks.starts.length ? chunks.starts[i + 1] : text.length;
    const fragment = parseFragment(text.slice(start, end), i === 0, true);
    moveFragment(fragment, start, chunks.lines[i], top);
    top += fragment.children.length;
    fragments.push(fragment);
  }
  return assemble(text, fragments);
}
const CHUNKED_FROM = 2048;

/** Parses the text in one piece (the reference the chunked parses are tested against). */
export function parseWhole(text: string): Parsed {
  return assemble(text, [parseFragment(text, true)]);
}

/** The parse of a text that has been parsed already (incrementally): `parse(text)` returns it while `run` runs,
 *  so everything downstream of `parse` (the Draft, the rules) reads it without a second parse. */
export function withParsed<T>(parsed: Parsed, run: () => T): T {
  const previous = handoff;
  handoff = parsed;
  try {
    return run();
  } finally {
    handoff = previous;
  }
}
let handoff: Parsed | undefined;

/** How much text has been parsed (tests check that a lint parses once, and an edit only what it changed). */
export const parseStats = { fragments: 0, chars: 0, plainRows: 0, plainSentences: 0 };

/** Parses one piece of a document as if it started the document (offsets 0, line 1, top-level index 0).
 *  `movable`: give every node points of its own, so `moveFragment` can shift them in place. */
export function parseFragment(source: string, head: boolean, movable = false): Fragment {
  parseStats.fragments++;
  parseStats.chars += source.length;
  const dense = neutralizeDenseMarkup(limitNesting(source));
  const tree = parseTree(dense.text, head);
  if (dense.restore) restoreValues(tree, dense.restore);
  const points: Point[] | undefined = movable ? [] : undefined;
  if (points) {
    tree.children = tree.children.slice();
    for (const child of tree.children) ownPoints(child as Nodes, points);
  }
  const parser = new ParseEnglish();
  const blocks: TextBlock[] = [];
  const sentences: SourceSentence[] = [];
  const html: Html[] = [];
  let frontmatter: Parsed['frontmatter'];

  const walk = (node: Nodes, topIndex: number, listItem: ListItem | undefined, listDepth: number, inQuote: boolean, tableRow?: number) => {
    switch (node.type) {
      case 'yaml': {
        const y = node as Yaml;
        if (!frontmatter && y.position) frontmatter = { value: y.value, start: y.position.start.offset!, end: y.position.end.offset! };
        return;
      }
      case 'html':
        html.push(node as Html);
        return;
      case 'code':
        return;
      case 'heading':
      case 'paragraph':
      case 'tableCell': {
        const start = node.position?.start?.offset;
        const end = node.position?.end?.offset;
        if (start === undefined || end === undefined) return;
        const block: TextBlock = {
          index: blocks.length,
          kind: node.type,
          node: node as Heading | Paragraph | TableCell,
          start,
          end,
          topIndex,
          depth: node.type === 'heading' ? (node as Heading).depth : undefined,
          listItem,
          listDepth,
          inBlockquote: inQuote,
          tableRow,
          text: '',
          sentences: [],
          memo: undefined,
        };
        // inline HTML (comments) inside a paragraph still matters for suppression
        collectInlineHtml(node as Parents, html);
        const blockSource = source.slice(start, end);
        const plain = plainSentence(node as Parents, block, start, blockSource, sentences.length);
        if (plain) {
          block.sentences.push(plain);
          sentences.push(plain);
          block.text = plain.text;
          blocks.push(block);
          return;
        }
        let nl: NlcstRoot;
        try {
          // The block alone, re-based to offset 0, as a paragraph: to-nlcst indexes the lines of the file it is
          // given on every call (quadratic over a long document) and ignores table cells.
          const local = shiftPositions(node as Nodes, start);
          (local as { type: string }).type = 'paragraph';
          nl = toNlcst(local as never, new VFile(blockSource), parser, { ignore: IGNORED_INLINE }) as NlcstRoot;
        } catch {
          // to-nlcst overflows the stack on a paragraph of about a megabyte: read such a block as plain text, cut at
          // sentence ends, rather than lose its requests and periods
          for (const sentence of plainSentences(blockSource, block, start, sentences.length)) {
            block.sentences.push(sentence);
            sentences.push(sentence);
          }
          block.text = block.sentences.map((x) => x.text).join(' ');
          blocks.push(block);
          return;
        }
        const found = legalSentences(nl);
        const align = { cursor: 0 };
        for (const s of found) {
          const sentence = makeSentence(sentences.length, s, block, start, blockSource, align);
          if (sentence) {
            block.sentences.push(sentence);
            sentences.push(sentence as SourceSentence);
          }
        }
        block.text = block.sentences.map((s) => s.text).join(' ');
        blocks.push(block);
        return;
      }
      default:
        break;
    }
    if ('children' in node) {
      // children go on the explicit stack (last first, so they are visited in order): 10,000 nested lists or
      // block quotes must not overflow the call stack
      const children = (node as Parents).children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) {
        const child = children[i];
        if (node.type === 'listItem') pending.push([child, topIndex, node as ListItem, listDepth, inQuote, tableRow]);
        else if (node.type === 'list') pending.push([child, topIndex, listItem, listDepth + 1, inQuote, tableRow]);
        else if (node.type === 'blockquote') pending.push([child, topIndex, listItem, listDepth, true, tableRow]);
        else if (node.type === 'table') pending.push([child, topIndex, listItem, listDepth, inQuote, i]);
        else pending.push([child, topIndex, listItem, listDepth, inQuote, tableRow]);
      }
    }
  };
  const pending: Array<Parameters<typeof walk>> = [];

  tree.children.forEach((child, i) => {
    pending.push([child as Nodes, i, undefined, 0, false]);
    while (pending.length) walk(...pending.pop()!);
  });
  const rootPosition = tree.position ?? { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  // a cached fragment keeps exact copies of the lists built by push (see ownPoints)
  if (movable) for (const b of blocks) b.sentences = b.sentences.slice();
  return { source, head, offset: 0, line: 0, top: 0, children: tree.children, rootPosition, points: points?.slice(), blocks, sentences, html, frontmatter, memo: undefined };
}

/** Switches for tests, which compare the shortcuts with the general path. */
export const parseTuning = { plainSentences: true, plainTableRows: true };

/** Where the English parser cannot split a text (no sentence-final punctuation, one line, no outer white space):
 *  such a text is one sentence, the text itself. */
const SPLITTABLE = /[.!?\u2026\u203d\n\r\t\v\f\u0085\u2028\u2029]|^\s|\s$/;

/** The one sentence of a block that is a single text the English parser would not split (a table cell such as
 *  `(202) 555-0147`, `sixty (60) days`, a short heading): read without building its word tree, which for a table
 *  of 50,000 rows is most of the parse. */
function plainSentence(node: Parents, block: TextBlock, base: number, blockSource: string, index: number): SourceSentence | undefined {
  if (!parseTuning.plainSentences || node.children.length !== 1) return undefined;
  const text = node.children[0];
  if (text.type !== 'text' || !text.value || SPLITTABLE.test(text.value)) return undefined;
  const from = (text.position?.start?.offset ?? -1) - base;
  const value = text.value;
  if (from < 0 || !blockSource.startsWith(value, from)) return undefined;
  parseStats.plainSentences++;
  return new SourceSentence(index, value, base + from, base + from + value.length, block, base, [{ at: 0, src: from, len: value.length, exact: true }]);
}

/** Fewer simple rows than this in a row are left to micromark. */
const PLAIN_TABLE_ROWS_MIN = 32;
/** A table body row micromark would read as plain cells: starts and ends with `|`, one line, no tab, and nothing
 *  inline syntax could take (escapes, code, emphasis, links, HTML, entities, strikethrough, NUL). */
const PLAIN_ROW = /^\|[^\\`*_[\]<>&!~\t\r\n\0]*\|[ ]*$/;

/**
 * micromark spends on a table row about a tokenizer per cell and a dozen events and tokens per cell; mdast as many
 * objects again: a table of 50,000 rows took seconds per megabyte and gigabytes. For a table that starts a block
 * (first line of the text, or after a blank line, in column 1), the run of simple rows after its delimiter row is
 * cut out of what micromark reads, and those rows are built here as micromark builds them (test/robustness compares
 * both on generated tables); everything else parses as before and is moved back to its offsets. The prefix before
 * a cut reads the same either way, so if micromark did not make a table of those lines (they were in a fence, the
 * delimiter row was not one) the text is parsed again whole.
 */
function parseTree(text: string, head: boolean): Root {
  const parser = head ? processor : bodyProcessor;
  const runs = parseTuning.plainTableRows ? plainRowRuns(text) : [];
  if (!runs.length) return parser.parse(text) as Root;
  const kept: string[] = [];
  let from = 0;
  for (const run of runs) {
    kept.push(text.slice(from, run.start));
    from = run.end;
  }
  kept.push(text.slice(from));
  const tree = parser.parse(kept.join('')) as Root;
  // each run's table, a top-level node starting at the run's head row (offsets and lines of the reduced text)
  const tables: Table[] = [];
  let removed = 0;
  let removedLines = 0;
  let child = 0;
  for (const run of runs) {
    const at = run.head - removed;
    while (child < tree.children.length && (tree.children[child].position?.start.offset ?? -1) < at) child++;
    const node = tree.children[child];
    const table = node?.type === 'table' && node.position?.start.offset === at ? (node as Table) : undefined;
    if (!table || table.children[0]?.position?.start.line !== run.headLine - removedLines) return parser.parse(text) as Root;
    tables.push(table);
    removed += run.end - run.start;
    removedLines += run.lines;
  }
  shiftAfterCuts(tree, runs);
  runs.forEach((run, i) => {
    const rows: TableRow[] = [];
    let lineStart = run.start;
    for (let line = run.headLine + 2; lineStart < run.end; line++) {
      const lineEnd = text.indexOf('\n', lineStart);
      rows.push(plainRow(text, lineStart, lineEnd, line));
      lineStart = lineEnd + 1;
    }
    parseStats.plainRows += rows.length;
    const table = tables[i];
    table.children.splice(1, 0, ...rows);
    const last = table.children[table.children.length - 1].position!.end;
    if (table.position!.end.offset! < last.offset!) table.position!.end = { ...last };
  });
  return tree;
}

interface RowRun {
  /** Offset of the table's head row, and its line number (1-based). */
  head: number;
  headLine: number;
  /** The simple rows after the delimiter row: [start, end), whole lines each ending with a line feed. */
  start: number;
  end: number;
  lines: number;
}

/** The runs of simple rows after the head and delimiter rows of tables that may start a block. */
function plainRowRuns(text: string): RowRun[] {
  const runs: RowRun[] = [];
  const n = text.length;
  let line = 1;
  let pos = 0;
  let previousBlank = true;
  while (pos < n) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0) lineEnd = n;
    if (previousBlank && text.charCodeAt(pos) === 124) {
      const delimiterEnd = lineEnd < n ? text.indexOf('\n', lineEnd + 1) : -1;
      if (delimiterEnd >= 0) {
        const start = delimiterEnd + 1;
        let end = start;
        let lines = 0;
        for (;;) {
          const rowEnd = text.indexOf('\n', end);
          if (rowEnd < 0 || text.charCodeAt(end) !== 124 || !PLAIN_ROW.test(text.slice(end, rowEnd))) break;
          end = rowEnd + 1;
          lines++;
        }
        if (lines >= PLAIN_TABLE_ROWS_MIN) {
          runs.push({ head: pos, headLine: line, start, end, lines });
          // on after the run (its last row is not blank)
          line += 2 + lines;
          pos = end;
          previousBlank = false;
          continue;
        }
      }
    }
    previousBlank = isBlankLine(text, pos, lineEnd);
    pos = lineEnd + 1;
    line++;
  }
  return runs;
}

function isBlankLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** Moves every point after a cut run of rows (in the reduced text) by the characters and lines cut before it. */
function shiftAfterCuts(tree: Root, runs: RowRun[]): void {
  // cut places in the reduced text, with the characters and lines removed up to each
  const at: number[] = [];
  const chars: number[] = [];
  const lines: number[] = [];
  let removed = 0;
  let removedLines = 0;
  for (const run of runs) {
    at.push(run.start - removed);
    removed += run.end - run.start;
    removedLines += run.lines;
    chars.push(removed);
    lines.push(removedLines);
  }
  const move = (p: Point): Point => {
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid] <= p.offset!) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? p : { line: p.line + lines[lo - 1], column: p.column, offset: p.offset! + chars[lo - 1] };
  };
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.position) node.position = { start: move(node.position.start), end: move(node.position.end) };
    if ('children' in node) {
      // an exact copy: arrays built by push keep up to half as much again in spare capacity, for as long as the
      // fragment stays cached (4 MB on a 1 MB draft)
      const children = (node.children as Nodes[]).slice();
      (node as { children: Nodes[] }).children = children;
      for (const c of children) stack.push(c);
    }
  }
}

/** A simple row as mdast-util-gfm-table makes it: a cell from its opening `|` to the next (the last one to the end
 *  of the line), holding its content without the white space around it. */
function plainRow(text: string, lineStart: number, lineEnd: number, line: number): TableRow {
  const point = (offset: number) => ({ line, column: offset - lineStart + 1, offset });
  let closing = lineEnd - 1;
  while (text.charCodeAt(closing) === 32) closing--; // the closing `|`
  const cells: TableCell[] = [];
  let open = lineStart;
  while (open < closing) {
    let next = text.indexOf('|', open + 1);
    if (next < 0 || next > closing) next = closing;
    let a = open + 1;
    let b = next;
    while (a < b && text.charCodeAt(a) === 32) a++;
    while (b > a && text.charCodeAt(b - 1) === 32) b--;
    const cellEnd = next === closing ? lineEnd : next;
    cells.push({
      type: 'tableCell',
      children: b > a ? [{ type: 'text', value: text.slice(a, b), position: { start: point(a), end: point(b) } }] : [],
      position: { start: point(open), end: point(cellEnd) },
    });
    open = next;
  }
  return { type: 'tableRow', children: cells, position: { start: point(lineStart), end: point(lineEnd) } };
}

/** A container marker (`>`, a list bullet or number) further into its line than this, in characters, is parsed
 *  as spaces: every container prefix takes at least one character, so this bounds the nesting depth. */
export const MAX_MARKER_INDENT = 64;

/**
 * micromark re-examines every open container for each one it opens: a line of 10,000 `- ` or `> - ` markers takes
 * minutes; and nesting built across lines, each item indented under the one before (a staircase), is quadratic
 * too (mdast re-walks a list's events once per enclosing list). Every container prefix takes at least one character
 * of its line, so a marker more than MAX_MARKER_INDENT characters into its line would open a container deeper than
 * any draft nests: such markers become spaces, the same length (every offset holds), and the rest of the line is
 * read as text (continuing the item before it, or indented code) inside the deepest container kept. Line by line,
 * so a chunk of a document (incremental parsing) gets what the whole text gets.
 */
export function limitNesting(source: string): string {
  let out: string[] | undefined;
  let copied = 0;
  const n = source.length;
  // a line's end found by indexOf, unless a lone CR can end a line
  const lfOnly = source.indexOf('\r') < 0;
  let pos = 0;
  while (pos < n) {
    let i = pos;
    for (;;) {
      let c = source.charCodeAt(i);
      while (c === 32 || c === 9) c = source.charCodeAt(++i);
      let markerEnd = -1;
      if (c === 62) markerEnd = i + 1; // >
      else if ((c === 45 || c === 42 || c === 43) && (source.charCodeAt(i + 1) === 32 || source.charCodeAt(i + 1) === 9)) markerEnd = i + 1; // - * +
      else if (c >= 48 && c <= 57) {
        let j = i;
        while (j < n && j - i < 9 && source.charCodeAt(j) >= 48 && source.charCodeAt(j) <= 57) j++;
        const d = source.charCodeAt(j);
        if ((d === 46 || d === 41) && (source.charCodeAt(j + 1) === 32 || source.charCodeAt(j + 1) === 9)) markerEnd = j + 1; // 1. 1)
      }
      if (markerEnd < 0) break;
      if (i - pos > MAX_MARKER_INDENT) {
        out ??= [];
        out.push(source.slice(copied, i), ' '.repeat(markerEnd - i));
        copied = markerEnd;
      }
      i = markerEnd;
    }
    if (lfOnly) {
      const lf = source.indexOf('\n', i);
      i = lf < 0 ? n : lf;
    } else while (i < n && source.charCodeAt(i) !== 10 && source.charCodeAt(i) !== 13) i++;
    pos = i + 1;
  }
  if (!out) return source;
  out.push(source.slice(copied));
  return out.join('');
}

/** A run of lines (between blank lines) with at least this many `[`, `]`, `_` and `*`, making up a quarter of
 *  its visible characters or more, is dense markup. */
export const DENSE_MARKUP_MIN = 4096;
const DENSE_MARKUP = /[[\]_*]/g;

/**
 * micromark makes several events and tokens (each with two points) for every `[`, `]`, `_` and `*`, and mdast an
 * object per event: a megabyte of `[_` holds gigabytes and spends most of its time collecting garbage. A run of
 * lines so dense in them is no draft prose (no draft has thousands of links or emphases in one paragraph): there
 * they are given to micromark as private-use characters it reads as plain text (one UTF-16 unit each: every offset
 * holds), and put back into the tree's values after the parse, so the text reads as written (`[____]`, `___`).
 * A line's leading markers and white space are kept (list items, block quotes, thematic breaks are block syntax),
 * so is a line not dense itself (a table's header of **bold** labels above 50,000 rows of `[____]`), and the runs
 * of lines are those a chunk of the document (incremental parsing) holds whole.
 */
export function neutralizeDenseMarkup(source: string): { text: string; restore?: Map<string, string> } {
  // (fewer characters than the marks a dense run needs: nothing to look for, as in most chunks)
  if (source.length < DENSE_MARKUP_MIN) return { text: source };
  let out: string[] | undefined;
  let copied = 0;
  let substitutes: string[] | undefined;
  const n = source.length;
  const lineEndAt = (from: number) => {
    const i = source.indexOf('\n', from);
    return i < 0 ? n : i;
  };
  let pos = 0;
  while (pos < n) {
    // a run of non-blank lines: [pos, end)
    let end = pos;
    let marks = 0;
    let visible = 0;
    while (end < n) {
      const lineEnd = lineEndAt(end);
      let lineVisible = 0;
      for (let i = end; i < lineEnd; i++) {
        const c = source.charCodeAt(i);
        if (c === 32 || c === 9 || c === 13) continue;
        lineVisible++;
        if (c === 91 || c === 93 || c === 95 || c === 42) marks++;
      }
      if (lineVisible === 0) break;
      visible += lineVisible;
      end = Math.min(n, lineEnd + 1);
    }
    if (end === pos) {
      // a blank line
      pos = Math.min(n, lineEndAt(pos) + 1);
      continue;
    }
    if (marks >= DENSE_MARKUP_MIN && marks * 4 >= visible) {
      substitutes ??= unusedCharacters(source, 4);
      out ??= [];
      for (let line = pos; line < end; ) {
        const lineEnd = Math.min(end, lineEndAt(line));
        const from = afterBlockMarkers(source, line, lineEnd);
        const content = source.slice(from, lineEnd);
        // a line of ordinary markup among them (a table's header of **bold** labels) is left to micromark
        const lineMarks = content.match(DENSE_MARKUP)?.length ?? 0;
        if (lineMarks * 4 >= content.replace(/\s/g, '').length) {
          out.push(source.slice(copied, from), content.replace(DENSE_MARKUP, (c) => substitutes![c === '[' ? 0 : c === ']' ? 1 : c === '_' ? 2 : 3]));
          copied = lineEnd;
        }
        line = lineEnd + 1;
      }
    }
    pos = end;
  }
  if (!out || !substitutes) return { text: source };
  out.push(source.slice(copied));
  const restore = new Map([['[', 0], [']', 1], ['_', 2], ['*', 3]].map(([c, i]) => [substitutes![i as number], c as string]));
  return { text: out.join(''), restore };
}

/** Where a line's content starts: after white space, block quote markers, list markers, and the whole of a line
 *  that could be a thematic break (only `*`, `_`, `-` and white space). */
function afterBlockMarkers(source: string, from: number, to: number): number {
  let i = from;
  for (;;) {
    while (i < to && (source.charCodeAt(i) === 32 || source.charCodeAt(i) === 9 || source.charCodeAt(i) === 62)) i++;
    const c = source.charCodeAt(i);
    const next = source.charCodeAt(i + 1);
    if ((c === 45 || c === 42 || c === 43) && (next === 32 || next === 9)) i += 1;
    else break;
  }
  let onlyBreakMarks = true;
  for (let j = i; j < to && onlyBreakMarks; j++) {
    const c = source.charCodeAt(j);
    onlyBreakMarks = c === 42 || c === 95 || c === 45 || c === 32 || c === 9 || c === 13;
  }
  return onlyBreakMarks ? to : i;
}

/** `count` private-use characters that do not occur in the text. */
function unusedCharacters(text: string, count: number): string[] {
  const used = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xe000 && c <= 0xf8ff) used.add(c);
  }
  const out: string[] = [];
  for (let c = 0xe000; out.length < count; c++) if (!used.has(c)) out.push(String.fromCharCode(c));
  return out;
}

/** Puts the neutralized characters back into every value of the tree. */
function restoreValues(tree: Root, restore: Map<string, string>): void {
  const pattern = new RegExp(`[${[...restore.keys()].join('')}]`, 'g');
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if ('value' in node && typeof node.value === 'string' && pattern.test(node.value)) {
      pattern.lastIndex = 0;
      node.value = node.value.replace(pattern, (c) => restore.get(c)!);
    }
    pattern.lastIndex = 0;
    if ('children' in node) {
      // an exact copy: arrays built by push keep up to half as much again in spare capacity, for as long as the
      // fragment stays cached (4 MB on a 1 MB draft)
      const children = (node.children as Nodes[]).slice();
      (node as { children: Nodes[] }).children = children;
      for (const c of children) stack.push(c);
    }
  }
}

/** Moves a fragment to a new place in its document, in place: positions of its nodes, blocks and sentences. */
export function moveFragment(f: Fragment, offset: number, line: number, top: number): void {
  const dOffset = offset - f.offset;
  const dLine = line - f.line;
  const dTop = top - f.top;
  if (dOffset || dLine) {
    if (!f.points) throw new Error('moveFragment: the fragment was not parsed movable');
    const points = f.points;
    if (dLine) {
      for (let i = 0; i < points.length; i++) {
        const pt = points[i];
        pt.offset! += dOffset;
        pt.line += dLine;
      }
    } else {
      for (let i = 0; i < points.length; i++) points[i].offset! += dOffset;
    }
    f.rootPosition = shiftPosition(f.rootPosition, dOffset, dLine);
    for (const b of f.blocks) {
      b.start += dOffset;
      b.end += dOffset;
    }
    for (const s of f.sentences) {
      s.start += dOffset;
      s.end += dOffset;
      s.base += dOffset;
    }
  }
  if (dTop) for (const b of f.blocks) b.topIndex += dTop;
  f.offset = offset;
  f.line = line;
  f.top = top;
}

// Points are moved in place (an edit in a 1 MB document moves hundreds of thousands of them): a movable
// fragment keeps a flat list of its nodes' points, each a point of its own (a parser may share one between
// nodes), so a move is one monomorphic loop and allocates nothing.
type Point = { line: number; column: number; offset?: number };

function ownPoints(root: Nodes, out: Point[]): void {
  // iterative: deep nesting must not overflow the call stack
  const stack: Nodes[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    const p = node.position;
    if (p) {
      const start = { line: p.start.line, column: p.start.column, offset: p.start.offset ?? 0 };
      const end = { line: p.end.line, column: p.end.column, offset: p.end.offset ?? 0 };
      node.position = { start, end };
      out.push(start, end);
    }
    if ('children' in node) {
      // an exact copy: arrays built by push keep up to half as much again in spare capacity, for as long as the
      // fragment stays cached (4 MB on a 1 MB draft)
      const children = (node.children as Nodes[]).slice();
      (node as { children: Nodes[] }).children = children;
      for (const c of children) stack.push(c);
    }
  }
}

function shiftPosition(p: NonNullable<Root['position']>, dOffset: number, dLine: number): NonNullable<Root['position']> {
  return {
    start: { line: p.start.line + dLine, column: p.start.column, offset: (p.start.offset ?? 0) + dOffset },
    end: { line: p.end.line + dLine, column: p.end.column, offset: (p.end.offset ?? 0) + dOffset },
  };
}

/** One Parsed from the fragments of a text, in order, each already moved to its place. */
export function assemble(text: string, fragments: Fragment[]): Parsed {
  // sized first and filled by index: pushing 25,000 sentences grows (and copies) the list a dozen times
  let nChildren = 0;
  let nBlocks = 0;
  let nSentences = 0;
  let nHtml = 0;
  for (const f of fragments) {
    nChildren += f.children.length;
    nBlocks += f.blocks.length;
    nSentences += f.sentences.length;
    nHtml += f.html.length;
  }
  const children: Root['children'] = new Array(nChildren);
  const blocks: TextBlock[] = new Array(nBlocks);
  const sentences: Sentence[] = new Array(nSentences);
  const html: Html[] = new Array(nHtml);
  let frontmatter: Parsed['frontmatter'];
  let c = 0;
  let b = 0;
  let s = 0;
  let h = 0;
  // sortedness by start, seen here for the span lookups (draft/spans.ts), which would otherwise read every start again
  let blocksSorted = true;
  let sentencesSorted = true;
  let lastBlockStart = -Infinity;
  let lastSentenceStart = -Infinity;
  let sentencesDisjoint = true;
  let lastSentenceEnd = -Infinity;
  for (const f of fragments) {
    for (const child of f.children) children[c++] = child;
    for (const block of f.blocks) {
      block.index = b;
      blocks[b++] = block;
      if (block.start < lastBlockStart) blocksSorted = false;
      lastBlockStart = block.start;
    }
    for (const sentence of f.sentences) {
      sentence.index = s;
      sentences[s++] = sentence;
      if (sentence.start < lastSentenceStart) sentencesSorted = false;
      if (sentence.start < lastSentenceEnd) sentencesDisjoint = false;
      lastSentenceStart = sentence.start;
      lastSentenceEnd = sentence.end;
    }
    for (const node of f.html) html[h++] = node;
    if (f.head && f.frontmatter && !frontmatter) frontmatter = f.frontmatter;
  }
  const first = fragments[0]?.rootPosition;
  const last = fragments[fragments.length - 1]?.rootPosition;
  const tree: Root = { type: 'root', children };
  if (first && last) tree.position = { start: first.start, end: last.end };
  noteSortedByStart(blocks, blocksSorted);
  noteSortedByStart(sentences, sentencesSorted);
  noteDisjoint(sentences, sentencesDisjoint);
  return { text, tree, frontmatter, blocks, sentences, html, fragments };
}

function collectInlineHtml(root: Parents, out: Html[]) {
  // iterative and in document order: deep inline nesting must not overflow the call stack
  const stack: Nodes[] = [...(root.children as Nodes[])].reverse();
  while (stack.length) {
    const child = stack.pop()!;
    if (child.type === 'html') out.push(child as Html);
    else if ('children' in child) for (let i = child.children.length - 1; i >= 0; i--) stack.push(child.children[i] as Nodes);
  }
}
