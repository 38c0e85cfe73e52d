// Incremental parsing for the editor: a document is cut into top-level chunks at places where Markdown's block
// structure provably restarts, each chunk is parsed on its own and cached by its text, and an edit re-parses only
// the chunks whose text changed. The result is identical to a full parse (test/perf proves it over the corpus
// with random edits); where the cut is uncertain the whole text is parsed at once.
// The cutting rules are in chunks.ts.
import { lint, type LintOptions, type LintResult } from './index.js';
import { assemble, moveFragment, parseFragment, withParsed, type Fragment, type Parsed } from './parse.js';
import { splitChunks } from './chunks.js';

export { splitChunks, type Chunks } from './chunks.js';

/** A chunk cache entry: one parsed fragment and the parse generation that last used it. */
interface Entry {
  fragment: Fragment;
  used: number;
}

/** Parses the successive versions of documents, re-parsing only the chunks that changed.
 *  The Parsed it returns stays valid until its next call (cached chunks are moved in place). */
export class IncrementalParser {
  private readonly cache = new Map<string, Entry[]>();
  /** Each cached fragment's entry. */
  private readonly entries = new WeakMap<Fragment, Entry>();
  /** The fragments of the last parse, in order. */
  private previous: Fragment[] = [];
  private generation = 0;
  private cachedChars = 0;
  /** Counters of the last parse, for tests and traces. */
  last = { chunks: 0, reused: 0, parsed: 0, whole: false, ms: 0 };

  constructor(private readonly budgetChars = 4_000_000) {}

  parse(text: string): Parsed {
    const generation = ++this.generation;
    const t0 = performance.now();
    const chunks = splitChunks(text);
    const count = chunks ? chunks.starts.length : 1;
    const startOf = (i: number) => (chunks ? chunks.starts[i] : 0);
    const endOf = (i: number) => (chunks && i + 1 < count ? chunks.starts[i + 1] : text.length);
    const fragments: Fragment[] = new Array(count);
    // An edit leaves the chunks before and after it as they were: those are matched against the last parse's
    // fragments in place, without hashing their text (an editor's 1 MB draft is 3,000 chunks);
    // only the chunks between are looked up by their text. (`slice ===` compares as a block; `startsWith` and a
    // hash lookup go character by character, several times slower over a megabyte.)
    const previous = this.previous;
    const same = (i: number, f: Fragment) => {
      const start = startOf(i);
      const end = endOf(i);
      return f.head === (i === 0) && f.source.length === end - start && (count === 1 ? text : text.slice(start, end)) === f.source;
    };
    let head = 0;
    while (head < count && head < previous.length && same(head, previous[head])) {
      fragments[head] = previous[head];
      head++;
    }
    let tail = 0;
    while (tail < count - head && tail < previous.length - head && same(count - 1 - tail, previous[previous.length - 1 - tail])) {
      fragments[count - 1 - tail] = previous[previous.length - 1 - tail];
      tail++;
    }
    let reused = head + tail;
    for (const f of fragments) {
      const entry = f && this.entries.get(f);
      if (entry) entry.used = generation;
    }
    let top = 0;
    for (let i = 0; i < count; i++) {
      const start = startOf(i);
      let fragment = fragments[i];
      if (!fragment) {
        const source = count === 1 ? text : text.slice(start, endOf(i));
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
          this.entries.set(entry.fragment, entry);
          this.cachedChars += source.length;
        }
        entry.used = generation;
        fragment = fragments[i] = entry.fragment;
      }
      moveFragment(fragment, start, chunks ? chunks.lines[i] : 0, top);
      top += fragment.children.length;
    }
    this.previous = fragments;
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
    this.previous = [];
    this.cachedChars = 0;
  }
}

/** Thrown when a run's `isCancelled` said stop (between phases). */
export class LintCancelledError extends Error {
  constructor() {
    super('lint cancelled');
    this.name = 'LintCancelledError';
  }
}

export interface DocumentLinter {
  /** `isCancelled` is polled between the parse and the lint: a superseded run stops there, its parse cached. */
  lint(text: string, options?: LintOptions, isCancelled?: () => boolean): LintResult;
  parser: IncrementalParser;
}

/** A linter for successive versions of documents (the editor): same options and result as `lint`, but the text
 *  is parsed incrementally. A result stays valid until the next call on the same linter. */
export function createDocumentLinter(budgetChars?: number): DocumentLinter {
  const parser = new IncrementalParser(budgetChars);
  return {
    parser,
    lint(text: string, options: LintOptions = {}, isCancelled?: () => boolean) {
      const parsed = parser.parse(text);
      if (isCancelled?.()) throw new LintCancelledError();
      return withParsed(parsed, () => lint(text, options));
    },
  };
}

let shared: DocumentLinter | undefined;

/** `lint` through one process-wide incremental linter (chunks are cached by content, so documents share it). */
export function lintIncremental(text: string, options: LintOptions = {}, isCancelled?: () => boolean): LintResult {
  shared ??= createDocumentLinter();
  return shared.lint(text, options, isCancelled);
}
