// Where a Markdown text can be cut into top-level chunks that parse on their own exactly as they parse inside the
// whole text (test/perf proves it over the corpus with random edits). parse() parses long texts chunk by chunk
// (micromark is faster on short inputs, and its peak memory is one chunk's), the editor re-parses only the chunks
// an edit changed (incremental.ts). Where a cut is uncertain the whole text is parsed at once.
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
