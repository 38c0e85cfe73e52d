// Document structure: is this text a draft at all, and which parts (application, proposed order, affidavit)
// does it hold. Reads captions, titles and headings (LEGAL.md §7.1; DESIGN.md "What a draft is").
import type { PartKind, Span } from '../types.js';
import type { Fragment, TextBlock } from '../parse.js';
import { keptBlocksWhere, memoOnBlock } from '../memo.js';

export interface Part extends Span {
  kind: PartKind;
  /** The block that opened this part (its title), or the first block of the document. */
  title?: TextBlock;
  /** Where a "missing element" finding about this part is reported. */
  anchor: Span;
  extension: boolean;
  emergency: boolean;
}

export interface Section extends Span {
  /** Plain text of the heading or title-like paragraph. */
  title: string;
  level: number;
  block: TextBlock;
  /** End of the last prose block inside the section (where an inserted paragraph goes). */
  contentEnd: number;
}

const PRTT_WORDS = /\b(pen[\s-]+registers?|trap[\s-]+(?:and|&)[\s-]+trace|pen\s*\/\s*trap|pr\s*\/\s*tt)\b/i;
const PRTT_SECTIONS = /(?:§§?|\bsections?|\bU\.?\s?S\.?\s?C\.?)[^.;]{0,80}?\b312[23]\b/i;
const CAPTION = /^\s*(?:in\s+(?:the\s+)?matter\s+of|in\s+re\b)/i;

/** A heading, or a short stand-alone paragraph written in capitals or wholly in bold: a caption or a title.
 *  Kept on the block (engine/memo.ts): it reads the block alone. */
export const isTitleLike = memoOnBlock(readTitleLike);

function readTitleLike(block: TextBlock): boolean {
  if (block.kind === 'heading') return true;
  if (block.kind !== 'paragraph' || block.listItem || block.inBlockquote) return false;
  const text = block.text.trim();
  if (!text || text.length > 600) return false;
  if (CAPTION.test(text)) return true;
  const node = block.node;
  if (node.children.length === 1 && node.children[0].type === 'strong') return true;
  const letters = text.replace(/[^A-Za-z]/g, '');
  if (letters.length < 4) return false;
  const upper = letters.replace(/[^A-Z]/g, '').length;
  return upper / letters.length >= 0.85;
}

function classifyTitle(text: string): { kind?: PartKind; extension: boolean; emergency: boolean } {
  const t = text.toUpperCase().replace(/\s+/g, ' ');
  const extension = /\bEXTEN(?:SION|D|DING)\b/.test(t);
  const emergency = /\bEMERGENCY\b|\b3125\b/.test(t);
  if (CAPTION.test(text)) return { extension, emergency };
  // "ORDER", "[PROPOSED] ORDER", "EMERGENCY ORDER AUTHORIZING ...", "ORDER GRANTING APPLICATION ...": the title starts
  // with the order itself, not "REQUEST FOR AN ORDER" or a section about "The original order".
  // "PEN REGISTER AND TRAP AND TRACE ORDER" names the order last.
  if (ORDER_TITLE.test(t) || ORDER_LAST_TITLE.test(t) || ORDER_ATTACHMENT_TITLE.test(t)) return { kind: 'order', extension, emergency };
  // "AFFIDAVIT IN SUPPORT OF APPLICATION …": the agent's supporting paper, not the application (§ 3122(b)(2))
  if (/^[\s#*_]*(?:(?:[IVX]+|\d+|[A-H])\.\s+)?(?:(?:AGENT|OFFICER)'?S\s+|SUPPORTING\s+)?(?:AFFIDAVIT|DECLARATION)\b/.test(t)) return { kind: 'affidavit', extension, emergency };
  if (/\bAPPLICATION\b/.test(t) || /\bAFFIRMATION IN SUPPORT\b/.test(t)) return { kind: 'application', extension, emergency };
  if (/\b(AFFIDAVIT|DECLARATION)\b/.test(t) && !/\bORDER\b/.test(t)) return { kind: 'affidavit', extension, emergency };
  return { extension, emergency };
}

// (a run of white space is read by one quantifier only: the leading run taken whole, `(?![\s#*_])`, and "[ PROPOSED ]"
// with its inner spaces only next to a bracket; handing a long run back and forth between two was quadratic)
const ORDER_TITLE =
  /^[\s#*_]*(?![\s#*_])(?:(?:[IVX]+|\d+|[A-H])\.\s+)?(?:(?:\[\s*)?PROPOSED(?:\s*\])?\s+|(?:EMERGENCY|SEALED|AMENDED|SUPPLEMENTAL|FINAL|EX\s+PARTE|GOVERNMENT'?S|MEMORANDUM|STIPULATED|INTERIM|TEMPORARY|SUPPLEMENTARY|REVISED|MODIFIED)\s+){0,3}ORDERS?\b(?!\s+(?:AND\s+)?RESULTS\b)/;

const ORDER_LAST_TITLE =
  /^[\s#*_]*(?![\s#*_])(?:(?:\[\s*)?PROPOSED(?:\s*\])?\s+)?(?:(?:EX\s+PARTE|SEALED|EMERGENCY|EXTENSION)\s+)?(?:PEN[\s-]+REGISTER|TRAP[\s-]+(?:AND|&)[\s-]+TRACE|PEN\s*\/\s*TRAP|PR\s*\/\s*TT)[A-Z\s&/,-]{0,60}\bORDER\b[\s*_]*(?:\(UNDER SEAL\)[\s*_]*)?$/;

// "EXHIBIT A: [PROPOSED] ORDER", "ATTACHMENT B - PROPOSED ORDER"
const ORDER_ATTACHMENT_TITLE = /^[\s#*_]*(?:EXHIBIT|ATTACHMENT|APPENDIX)\s+[A-Z0-9]{1,3}\b[\s:.,–—-]*(?:(?:\[\s*)?PROPOSED(?:\s*\])?\s+)?ORDERS?\b/;

// The court speaking: "IT IS (HEREBY) ORDERED", "ORDERED:", "ORDERED AND ADJUDGED", "ORDERED and DECREED",
// "THE COURT ORDERS", "The Court FINDS" (a finding in capitals, as orders write it).
const DECRETAL =
  /\b(?:IT\s+IS\s+(?:HEREBY\s+|FURTHER\s+|THEREFORE\s+)*ORDERED|[Tt][Hh][Ee]\s+[Cc][Oo][Uu][Rr][Tt]\s+(?:[Hh][Ee][Rr][Ee][Bb][Yy]\s+)?(?:FINDS|ORDERS))\b|\bORDERED\s*:|\bORDERED,?\s+AND\s+(?:ADJUDGED|DECREED)\b|^\W*ORDERED\b/;
/** The block holds decretal language (kept on the block: every block is asked when no order has a title). */
const isDecretal = memoOnBlock((b: TextBlock) => DECRETAL.test(b.text));

export interface StructureFacts {
  isDraft: boolean;
  /** Why it was (not) taken for a draft; shown by --print-config style diagnostics and in tests. */
  detectedBy: 'frontmatter' | 'caption' | 'config' | 'none';
  parts: Part[];
  sections: Section[];
  titles: TextBlock[];
}

const titleBlocks = keptBlocksWhere(isTitleLike);
const decretalBlocks = keptBlocksWhere(isDecretal);

/** `blocks` and `chunks`: the parse's (titles and decrees are found from lists kept per chunk, not by reading
 *  every block). */
export function detectStructure(
  text: string,
  blocks: TextBlock[],
  chunks: readonly Fragment[],
  options: { forceDraft?: boolean; frontmatterIsDraft?: boolean; frontmatterKinds?: PartKind[]; bodyStart: number },
): StructureFacts {
  const titles = titleBlocks(chunks);
  // Is it a draft: a caption, title or heading near the top names an application for / order authorizing a PRTT device.
  let detectedBy: StructureFacts['detectedBy'] = 'none';
  if (options.forceDraft !== undefined) detectedBy = options.forceDraft ? 'config' : 'none';
  else if (options.frontmatterIsDraft) detectedBy = 'frontmatter';
  else {
    const early = titles.filter((b) => b.index < 25 && b.start < 6000);
    for (const b of early) {
      const t = b.text;
      // the devices named, or the statute cited ("FOR AN ORDER PURSUANT TO 18 U.S.C. §§ 2703(d), 3122 AND 3123")
      const namesDevice = PRTT_WORDS.test(t) || PRTT_SECTIONS.test(t);
      if (namesDevice && /\b(application|order)\b/i.test(t) && !/^\s*(research|memo|note|notes|readme)\b/i.test(t)) {
        detectedBy = 'caption';
        break;
      }
    }
    // An order standing alone under a bare title ("[PROPOSED] ORDER", "EXHIBIT A: PROPOSED ORDER"): the order title,
    // decretal language and a pen register or trap and trace device in the opening blocks make it a draft.
    // or, with no title at all, decretal language that authorizes such a device near the top
    const memo = early.some((b) => b.index < 3 && /^\s*(?:research|memo|memorandum\b(?!\s+order)|note|notes|readme)\b/i.test(b.text));
    // (a parse's blocks are numbered by their place: the opening ones are the first sixty)
    const opening = blocks.length > 60 && blocks[59].index === 59 ? blocks.slice(0, 60) : blocks;
    const decreesDevice = opening.some(
      (b) => b.index < 60 && b.kind === 'paragraph' && !b.inBlockquote && isDecretal(b) && PRTT_WORDS.test(b.text),
    );
    if (detectedBy === 'none' && !memo && decreesDevice) detectedBy = 'caption';
    if (detectedBy === 'none' && early.some((b) => classifyTitle(b.text).kind === 'order')) {
      const first = opening.filter((b) => b.index < 60);
      if (first.some((b) => b.kind !== 'heading' && isDecretal(b)) && first.some((b) => PRTT_WORDS.test(b.text))) detectedBy = 'caption';
    }
  }
  const isDraft = detectedBy !== 'none';

  // Parts: each part title opens a part; the caption above the first title belongs to the first part.
  const starts: Array<{ block: TextBlock; kind: PartKind; extension: boolean; emergency: boolean }> = [];
  let docExtension = false;
  let docEmergency = false;
  for (const b of titles) {
    const c = classifyTitle(b.text);
    if (c.kind) starts.push({ block: b, kind: c.kind, extension: c.extension, emergency: c.emergency });
    else if (b.index < 25) {
      docExtension ||= c.extension && CAPTION.test(b.text);
      docEmergency ||= c.emergency;
    }
  }
  // An order with no title of its own: the decretal language opens it.
  if (!starts.some((s) => s.kind === 'order')) {
    const decree = decretalBlocks(chunks).find((b) => b.kind !== 'heading');
    if (decree && !(starts.length && starts[starts.length - 1].block.index > decree.index)) {
      const kindBefore = starts.filter((s) => s.block.index < decree.index).pop();
      if (kindBefore) starts.push({ block: decree, kind: 'order', extension: false, emergency: false });
      else starts.push({ block: blocks[0], kind: 'order', extension: false, emergency: false });
    }
  }
  starts.sort((a, b) => a.block.index - b.block.index);

  let parts: Part[] = [];
  starts.forEach((s, i) => {
    const start = i === 0 ? options.bodyStart : s.block.start;
    const end = i + 1 < starts.length ? starts[i + 1].block.start : text.length;
    if (end <= start) return;
    const prev = parts[parts.length - 1];
    // an affidavit or a second title of the same kind continues the part
    if (prev && prev.kind === s.kind) {
      prev.end = end;
      return;
    }
    parts.push({
      kind: s.kind,
      start,
      end,
      title: s.block,
      anchor: { start: s.block.start, end: s.block.end },
      extension: s.extension || docExtension,
      emergency: s.emergency || docEmergency,
    });
  });

  const fmKinds = options.frontmatterKinds;
  if (fmKinds && fmKinds.length) {
    const kept = parts.filter((p) => fmKinds.includes(p.kind));
    if (kept.length === 0 && fmKinds.length === 1) {
      const first = blocks[0];
      const anchor = first ? { start: first.start, end: first.end } : { start: 0, end: 0 };
      parts = [{ kind: fmKinds[0], start: options.bodyStart, end: text.length, title: first, anchor, extension: docExtension, emergency: docEmergency }];
    } else if (kept.length) parts = kept;
  }
  if (isDraft && parts.length === 0) {
    // a draft with no recognisable part titles: decide from the caption
    const caption = titles.find((b) => CAPTION.test(b.text) || PRTT_WORDS.test(b.text));
    const kind: PartKind = caption && /\bIT\s+IS\b.*\bORDERED\b/.test(text) ? 'order' : 'application';
    const first = caption ?? blocks[0];
    parts = [{ kind, start: options.bodyStart, end: text.length, title: first, anchor: first ? { start: first.start, end: first.end } : { start: 0, end: 0 }, extension: docExtension, emergency: docEmergency }];
  }

  // Sections: headings and title-like paragraphs, each running to the next one or the end of its part.
  const sections: Section[] = [];
  const lastBlockWithin = lastBlockWithinFinder(blocks);
  titles.forEach((b, i) => {
    const part = parts.find((p) => b.start >= p.start && b.start < p.end);
    const next = titles[i + 1];
    const end = Math.min(next ? next.start : text.length, part ? part.end : text.length);
    const last = lastBlockWithin(b.end, end);
    sections.push({
      start: b.start,
      end,
      title: b.text.trim(),
      level: b.depth ?? 7,
      block: b,
      contentEnd: last ? last.end : b.end,
    });
  });
  return { isDraft, detectedBy, parts, sections, titles };
}

/** The last block lying wholly inside [from, to). Blocks are leaves in document order (starts and ends both
 *  non-decreasing), so two binary searches find it; a list that is not so ordered is filtered as before. Keeps
 *  sections linear on documents with thousands of titles. */
function lastBlockWithinFinder(blocks: TextBlock[]): (from: number, to: number) => TextBlock | undefined {
  let ordered = true;
  for (let i = 1; i < blocks.length && ordered; i++) ordered = blocks[i].start >= blocks[i - 1].start && blocks[i].end >= blocks[i - 1].end;
  if (!ordered) {
    return (from, to) => {
      const inside = blocks.filter((x) => x.start >= from && x.end <= to);
      return inside[inside.length - 1];
    };
  }
  /** The first index whose key is >= (or >, when `strict`) the value. */
  const bound = (key: (b: TextBlock) => number, value: number, strict: boolean) => {
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const k = key(blocks[mid]);
      if (strict ? k <= value : k < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (from, to) => {
    const first = bound((b) => b.start, from, false); // first block starting at or after `from`
    const last = bound((b) => b.end, to, true) - 1; // last block ending at or before `to`
    return last >= first ? blocks[last] : undefined;
  };
}
