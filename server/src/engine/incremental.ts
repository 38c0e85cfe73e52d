// Incremental parsing for the editor: a document is cut into top-level chunks at places where Markdown's block
// structure provably restarts, each chunk is parsed on its own and cached by its text, and an edit re-parses only
// the chunks whose text changed. The result is identical to a full parse (test/perf proves it over the corpus
// with random edits); where the cut is uncertain the whole text is parsed at once.
//
// A cut goes before a line that
//   - follows a blank line,
//   - starts in column 1 with neither white space nor a list marker (an unindented line after a blank line ends
//     every open list item and block quote; a list marker could continue the list before it),
//   - is not inside a fenced code block, an HTML block that runs to an end marker (comments, <pre>, <script>, ...)
//     or the front matter.
// Whole-text fallbacks: link reference definitions (a definition in one chunk changes links in another), a
// fence or HTML block opened at an indent of one to three spaces (inside a list item or not: it cannot be told
// without a real parse), a lone CR line ending, unclosed front matter.
import { lint, type LintOptions, type LintResult } from './index.js';
import { assemble, moveFragment, parseFragment, withParsed, type Fragment, type Parsed } from './parse.js';

export interface Chunks {
  /** Start offsets of the chunks; the first is 0. */
  starts: number[];
  /** Line endings before each chunk. */
  lines: number[];
}

const HTML_RAW = /^<(script|pre|style|textarea)(?:[\s>]|$)/i;

/** Where the text can be cut into independently parsed chunks; undefined when it cannot be cut safely. */
export function splitChunks(text: string): Chunks | undefined {
  const starts: number[] = [0];
  const lines: number[] = [0];
  const n = text.length;
  if (text.indexOf('\r') >= 0 && /\r(?!\n)/.test(text)) return undefined;
  // a possible link reference definition anywhere: no cut
  if (text.indexOf(']:') >= 0 && mayDefineLinks(text)) return undefined;

  let line = 0; // line endings before `pos`
  let pos = 0;
  let previousBlank = false;
  // state: 0 normal; 1 fenced code; 2 HTML block until `htmlEnd`; 3 front matter
  let state = 0;
  let fenceChar = 0;
  let fenceLength = 0;
  let htmlEnd = '';

  if (text.startsWith('---')) {
    const first = lineEnd(text, 0);
    if (text.slice(3, first).trim() === '') state = 3;
  }
  let lineNo = 0;
  while (pos < n || (pos === n && lineNo === 0)) {
    const end = lineEnd(text, pos);
    let contentEnd = end;
    if (contentEnd > pos && text.charCodeAt(contentEnd - 1) === 13) contentEnd--;
    const next = end < n ? end + 1 : n;
    const blank = isBlank(text, pos, contentEnd);
    const lineText = () => text.slice(pos, contentEnd);

    if (state === 3) {
      if (lineNo > 0 && /^---\s*$/.test(lineText())) state = 0;
      previousBlank = false;
    } else if (state === 1) {
      const indent = indentOf(text, pos, contentEnd);
      if (indent <= 3) {
        let i = pos + indent;
        let run = 0;
        while (i < contentEnd && text.charCodeAt(i) === fenceChar) {
          i++;
          run++;
        }
        if (run >= fenceLength && isBlank(text, i, contentEnd)) state = 0;
      }
      previousBlank = false;
    } else if (state === 2) {
      if (lineText().toLowerCase().includes(htmlEnd)) state = 0;
      previousBlank = false;
    } else {
      if (blank) {
        previousBlank = true;
      } else {
        const c = text.charCodeAt(pos);
        if (previousBlank && lineNo > 0 && c !== 32 && c !== 9 && !isListMarker(text, pos, contentEnd)) {
          starts.push(pos);
          lines.push(line);
        }
        previousBlank = false;
        // openers of multi-line constructs
        const indent = indentOf(text, pos, contentEnd);
        if (indent <= 3) {
          const at = pos + indent;
          const ch = text.charCodeAt(at);
          if (ch === 96 || ch === 126) {
            let i = at;
            while (i < contentEnd && text.charCodeAt(i) === ch) i++;
            const run = i - at;
            const info = text.slice(i, contentEnd);
            if (run >= 3 && !(ch === 96 && info.includes('`'))) {
              if (indent > 0) return undefined;
              state = 1;
              fenceChar = ch;
              fenceLength = run;
            }
          } else if (ch === 60) {
            const rest = text.slice(at, contentEnd);
            const end = htmlBlockEnd(rest);
            if (end && !rest.toLowerCase().includes(end, 1)) {
              if (indent > 0) return undefined;
              state = 2;
              htmlEnd = end;
            }
          }
        }
      }
    }
    if (end >= n) break;
    pos = next;
    line++;
    lineNo++;
  }
  if (state === 3) return undefined;
  return { starts, lines };
}

function lineEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

function indentOf(text: string, from: number, to: number): number {
  let i = from;
  let width = 0;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32) width++;
    else if (c === 9) width += 4 - (width % 4);
    else break;
    i++;
  }
  return width;
}

/** A bullet (`-`, `+`, `*`) or an ordinal (`1.`, `1)`) followed by white space or the line end. */
function isListMarker(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from);
  let i = from;
  if (c === 45 || c === 43 || c === 42) i++;
  else {
    while (i < to && i - from < 10 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    if (i === from) return false;
    const d = text.charCodeAt(i);
    if (d !== 46 && d !== 41) return false;
    i++;
  }
  if (i >= to) return true;
  const after = text.charCodeAt(i);
  return after === 32 || after === 9;
}

/** The end marker of an HTML block (CommonMark kinds 1 to 5) that this line opens, lower-cased. */
function htmlBlockEnd(line: string): string | undefined {
  if (line.startsWith('<!--')) return '-->';
  if (line.startsWith('<?')) return '?>';
  if (line.startsWith('<![CDATA[')) return ']]>';
  if (/^<![A-Za-z]/.test(line)) return '>';
  const raw = HTML_RAW.exec(line);
  return raw ? `</${raw[1].toLowerCase()}>` : undefined;
}

/** Whether a line starts (after white space, quote and list markers) with `[` and a `]:` follows within a
 *  label's reach (999 characters): a link reference definition is possible. */
function mayDefineLinks(text: string): boolean {
  let pos = 0;
  while (pos < text.length) {
    const end = lineEnd(text, pos);
    let i = pos;
    for (;;) {
      while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 62)) i++;
      if (i >= end || !isListMarker(text, i, end)) break;
      const c = text.charCodeAt(i);
      if (c === 45 || c === 43 || c === 42) i++;
      else {
        while (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
        i++; // the '.' or ')'
      }
    }
    if (text.charCodeAt(i) === 91) {
      const close = text.indexOf(']:', i);
      if (close >= 0 && close - i <= 1002) return true;
    }
    pos = end + 1;
  }
  return false;
}

/** A chunk cache entry: one parsed fragment and the parse generation that last used it. */
interface Entry {
  fragment: Fragment;
  used: number;
}

/** Parses the successive versions of documents, re-parsing only the chunks that changed.
 *  The Parsed it returns stays valid until its next call (cached chunks are moved in place). */
export class IncrementalParser {
  private readonly cache = new Map<string, Entry[]>();
  private generation = 0;
  private cachedChars = 0;
  /** Counters of the last parse, for tests and traces. */
  last = { chunks: 0, reused: 0, parsed: 0, whole: false, ms: 0 };

  constructor(private readonly budgetChars = 4_000_000) {}

  parse(text: string): Parsed {
    const generation = ++this.generation;
    const t0 = performance.now();
    const chunks = splitChunks(text);
    const fragments: Fragment[] = [];
    let reused = 0;
    let top = 0;
    const count = chunks ? chunks.starts.length : 1;
    for (let i = 0; i < count; i++) {
      const start = chunks ? chunks.starts[i] : 0;
      const end = chunks && i + 1 < count ? chunks.starts[i + 1] : text.length;
      const source = count === 1 ? text : text.slice(start, end);
      const key = i === 0 ? `\u0000${source}` : source;
      let list = this.cache.get(key);
      let entry = list?.find((e) => e.used !== generation);
      if (entry) reused++;
      else {
        // a flat copy: a slice would keep the whole text of this version alive as long as the cache holds it
        const own = (source + ' ').slice(0, -1);
        entry = { fragment: parseFragment(own, i === 0, true), used: generation };
        if (!list) this.cache.set(i === 0 ? `\u0000${own}` : own, (list = []));
        list.push(entry);
        this.cachedChars += source.length;
      }
      entry.used = generation;
      moveFragment(entry.fragment, start, chunks ? chunks.lines[i] : 0, top);
      top += entry.fragment.children.length;
      fragments.push(entry.fragment);
    }
    this.evict(generation);
    const parsed = assemble(text, fragments);
    this.last = { chunks: count, reused, parsed: count - reused, whole: !chunks, ms: performance.now() - t0 };
    return parsed;
  }

  /** Keeps what the last parse used; drops the oldest of the rest while the cache holds too much text. */
  private evict(generation: number) {
    if (this.cachedChars <= this.budgetChars) return;
    for (const [key, list] of this.cache) {
      const kept = list.filter((e) => e.used === generation);
      if (kept.length === list.length) continue;
      this.cachedChars -= (list.length - kept.length) * (key.length - (key.charCodeAt(0) === 0 ? 1 : 0));
      if (kept.length) this.cache.set(key, kept);
      else this.cache.delete(key);
      if (this.cachedChars <= this.budgetChars / 2) break;
    }
  }

  clear() {
    this.cache.clear();
    this.cachedChars = 0;
  }
}

/** A linter for successive versions of documents (the editor): same options and result as `lint`, but the text
 *  is parsed incrementally. A result stays valid until the next call on the same linter. */
export function createDocumentLinter(): { lint(text: string, options?: LintOptions): LintResult; parser: IncrementalParser } {
  const parser = new IncrementalParser();
  return {
    parser,
    lint(text: string, options: LintOptions = {}) {
      const parsed = parser.parse(text);
      return withParsed(parsed, () => lint(text, options));
    },
  };
}

let shared: ReturnType<typeof createDocumentLinter> | undefined;

/** `lint` through one process-wide incremental linter (chunks are cached by content, so documents share it). */
export function lintIncremental(text: string, options: LintOptions = {}): LintResult {
  shared ??= createDocumentLinter();
  return shared.lint(text, options);
}
