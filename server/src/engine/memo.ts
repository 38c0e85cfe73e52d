// Memos for the area modules, so the editor, which lints every version of a draft, does not read an unchanged
// sentence again (and the CLI does not read a template's boilerplate again in the next draft).
//
// Kinds:
// - `TextMemo` / `memoByText`: what a pure reader found in a text, kept by that text. Bounded, least recently used
//   first out: a working set of one 1 MB draft (about 25,000 sentences) fits.
// - `memoOnText`: what a reader found in a sentence's text alone, kept in one record per text, which is kept on the
//   sentence and by the text: one lookup per new sentence for all such readers.
// - `memoOn`: what a reader found in one sentence or block, kept on that object. The incremental parser
//   (incremental.ts) reuses a sentence or block object only for an unchanged top-level chunk, so a reader may read
//   the object's text and anything inside its own top-level block (its block, the block's sentences, its table's
//   other cells, its list item), but never an offset (start, end, toSource, index, topIndex: they move with the
//   chunk) nor anything outside (the part, the section, the rest of the draft). What it returns is kept in the
//   object's own coordinates (offsets in the sentence's text) and shared: never mutate it.
// - `keptSentencesWhere` / `keptBlocksWhere` / `memoOnChunk`: what a pass over the whole draft needs of one parsed
//   chunk (the sentences it can act on), kept on the chunk, which the incremental parser reuses while unchanged; a
//   chunk's reading may read only its own blocks and sentences, their texts and what is kept on them.
// `verifyMemos(true)` (tests) makes every hit recompute and compare, so a reader that breaks the rule fails a test.
import { isDeepStrictEqual } from 'node:util';

const DEFAULT_MAX = 60000;
/** Longer texts are read each time: they rarely repeat, and keeping them would hold megabytes per entry. */
const MAX_KEY_LENGTH = 4000;

let verifying = false;
/** Tests: recompute on every memo hit and throw if the kept value differs. */
export function verifyMemos(on: boolean): void {
  verifying = on;
}

/** A kept reading, recomputed and compared when verifying. The hot paths below call this rather than build the
 *  recomputing closure themselves: a closure over a call's argument makes V8 allocate a context on every call of
 *  the function that holds it, used or not (about 200 bytes per chunk per list on every lint). */
function checked<A, T>(kept: T, read: (arg: A) => T, arg: A, what: string): T {
  if (verifying && !isDeepStrictEqual(kept, read(arg))) throw new Error(`memo: a kept ${what} differs from a fresh read`);
  return kept;
}

let textMemoCapacity = DEFAULT_MAX;
/** The bound of every TextMemo made without one of its own. The language server lowers it: the readings kept on
 *  sentences and blocks serve its edits, and 60,000 texts per memo would take heap it needs for a 1 MB draft. */
export function limitTextMemos(max: number): void {
  textMemoCapacity = Math.max(100, Math.floor(max));
}

export class TextMemo<T> {
  // Recency is a stamp on the entry, not the Map's order: moving a hit to the end (delete, set) leaves a deleted
  // entry in its hash chain each time, and a text hit over and over (a table's "sixty (60) days" in 50,000 cells)
  // made every lookup walk thousands of them (seconds per megabyte).
  private readonly map = new Map<string, { value: T; used: number }>();
  private clock = 0;
  /** `verifiable`: false for a memo of containers that readers fill (memoOnText's records), whose slots are checked
   *  one by one instead. */
  constructor(
    private readonly ownMax?: number,
    private readonly verifiable = true,
  ) {}

  private get max(): number {
    return this.ownMax ?? textMemoCapacity;
  }

  get(key: string, compute: () => T): T {
    return this.read(key, compute);
  }

  /** `get` with a reader of the key: no closure per lookup (memoByText runs for every sentence of every lint). */
  read(key: string, compute: (key: string) => T): T {
    if (key.length > MAX_KEY_LENGTH) return compute(key);
    const hit = this.map.get(key);
    if (hit) {
      hit.used = ++this.clock;
      return verifying && this.verifiable ? checked(hit.value, compute, key, 'text reading') : hit.value;
    }
    const value = compute(key);
    this.map.set(key, { value, used: ++this.clock });
    if (this.map.size > this.max) this.evict();
    return value;
  }

  /** Drops the least recently used down to nine tenths of the bound at once (one pass, not one per insertion;
   *  a bound lowered since is reached in one step too). */
  private evict(): void {
    const drop = this.map.size - Math.floor(this.max * 0.9);
    const stamps = Float64Array.from(this.map.values(), (e) => e.used).sort();
    const last = stamps[drop - 1];
    for (const [key, entry] of this.map) if (entry.used <= last) this.map.delete(key);
  }
}

/** `read` kept by its text argument. */
export function memoByText<T>(read: (text: string) => T, max?: number): (text: string) => T {
  const memo = new TextMemo<T>(max);
  return (text) => memo.read(text, read);
}

/** An object that can keep readers' results: a Sentence or a TextBlock (parse.ts). */
export interface Memoizable {
  memo?: unknown[];
}
/** A sentence (parse.ts Sentence): what `memoOn` keeps readings on. */
type SentenceLike = Memoizable & { toSource(i: number): number };
/** A block (parse.ts TextBlock): what `memoOnBlock` keeps readings on. */
type BlockLike = Memoizable & { sentences: unknown[] };

// Sentences, blocks and chunks number their readers apart: each array has a slot per reader of its own kind only.
const slots = { sentence: 0, block: 0, chunk: 0 };
const UNDEFINED = Symbol('undefined');

function keptOn<O extends Memoizable, T>(kind: keyof typeof slots, read: (o: O) => T): (o: O) => T {
  const slot = slots[kind]++;
  return (o) => {
    // sized once for every reader of the kind (they are all made when the modules load): grown slot by slot, an
    // array takes half as much again in spare capacity, on every sentence and block of the draft
    const memo = (o.memo ??= new Array(slots[kind]));
    const kept = memo[slot];
    // (the check gets the reader and its argument, not a closure: this runs for every sentence of every lint)
    if (kept !== undefined) return verifying ? checked((kept === UNDEFINED ? undefined : kept) as T, read, o, 'object reading') : ((kept === UNDEFINED ? undefined : kept) as T);
    const value = read(o);
    memo[slot] = value === undefined ? UNDEFINED : value;
    return value;
  };
}

/** `read` kept on the sentence it reads (see the rules at the top of this file). */
export function memoOn<O extends SentenceLike, T>(read: (s: O) => T): (s: O) => T {
  return keptOn('sentence', read);
}

/** `read` kept on the block it reads (see the rules at the top of this file). */
export function memoOnBlock<O extends BlockLike, T>(read: (b: O) => T): (b: O) => T {
  return keptOn('block', read);
}

/** A parsed chunk of a draft (parse.ts Fragment): its sentences and blocks, in order. The incremental parser reuses
 *  an unchanged chunk with the same sentence and block objects, so what is kept on a chunk follows from what is
 *  kept on them. */
type ChunkLike<S, B> = Memoizable & { sentences: readonly S[]; blocks: readonly B[] };

const NO_ITEMS: readonly never[] = Object.freeze([]);

/** `read` kept on the parsed chunk it reads (its blocks and sentences, and what is kept on them). */
export function memoOnChunk<C extends Memoizable, T>(read: (chunk: C) => T): (chunk: C) => T {
  return keptOn('chunk', read);
}

/** Lists, one per chunk, of the items `has` accepts, kept on the chunk, joined in order for the lint at hand. */
function keptWhere<I, C extends Memoizable>(itemsOf: (chunk: C) => readonly I[], has: (item: I) => boolean): (chunks: readonly C[]) => I[] {
  const listOf = keptOn('chunk', (chunk: C): readonly I[] => {
    let out: I[] | undefined;
    for (const item of itemsOf(chunk)) if (has(item)) (out ??= []).push(item);
    return out ?? NO_ITEMS;
  });
  return (chunks) => {
    // sized first: grown by push, the joined list of a long draft is copied over and over on every lint
    let total = 0;
    for (let c = 0; c < chunks.length; c++) total += listOf(chunks[c]).length;
    const out: I[] = new Array(total);
    let at = 0;
    for (let c = 0; c < chunks.length; c++) {
      const list = listOf(chunks[c]);
      for (let i = 0; i < list.length; i++) out[at++] = list[i];
    }
    return out;
  };
}

/**
 * The sentences that `has` accepts, in document order. Each chunk's list is kept on the chunk: a lint of a 1 MB
 * draft visits its 3,000 chunks, not its 25,000 sentences scattered over the heap. `has` may read only the
 * sentence's text and readings kept on it (memoOn, memoOnText), so that the list follows from the chunk alone.
 */
export function keptSentencesWhere<S extends SentenceLike>(has: (s: S) => boolean): (chunks: readonly ChunkLike<S, unknown>[]) => S[] {
  return keptWhere((chunk: ChunkLike<S, unknown>) => chunk.sentences, has);
}

/** The blocks that `has` accepts (reading only the block's text and readings kept on it), in document order. */
export function keptBlocksWhere<B extends BlockLike>(has: (b: B) => boolean): (chunks: readonly ChunkLike<unknown, B>[]) => B[] {
  return keptWhere((chunk: ChunkLike<unknown, B>) => chunk.blocks, has);
}

// What the readers of a sentence's text alone found, one record per text: kept on the sentence (one slot for all of
// them) and, for another sentence of the same words (the CLI's next draft of a template, an edited chunk's unchanged
// sentences), by the text. A new sentence costs one lookup for every such reader, not one per reader.
let textSlots = 0;
const textRecords = new TextMemo<unknown[]>(undefined, false);
const newTextRecord = (): unknown[] => new Array(textSlots);
const textRecordOf = memoOn((s: SentenceLike & { text: string }) => textRecords.read(s.text, newTextRecord));

/** `read` of a sentence's text, kept in the record of that text (on the sentence, and by the text): `read` must
 *  depend on the text alone, and what it returns is shared by every sentence of those words (never mutate it). */
export function memoOnText<O extends SentenceLike & { text: string }, T>(read: (text: string) => T): (s: O) => T {
  const slot = textSlots++;
  return (s) => {
    const record = textRecordOf(s);
    const kept = record[slot];
    if (kept !== undefined) return verifying ? checked((kept === UNDEFINED ? undefined : kept) as T, read, s.text, 'text reading') : ((kept === UNDEFINED ? undefined : kept) as T);
    const value = read(s.text);
    record[slot] = value === undefined ? UNDEFINED : value;
    return value;
  };
}
