// Per-sentence memos for the area modules: what a pure reader found in a sentence's text is kept by that text, so
// the editor, which lints every version of a draft, does not read an unchanged sentence again (and a sentence read
// twice in one lint is read once). Bounded, least recently used first out: a working set of one 1 MB draft
// (about 25,000 sentences) fits. Results are shared between callers: never mutate them.

const DEFAULT_MAX = 60000;
/** Longer texts are read each time: they rarely repeat, and keeping them would hold megabytes per entry. */
const MAX_KEY_LENGTH = 4000;

export class TextMemo<T> {
  // Recency is a stamp on the entry, not the Map's order: moving a hit to the end (delete, set) leaves a deleted
  // entry in its hash chain each time, and a text hit over and over (a table's "sixty (60) days" in 50,000 cells)
  // made every lookup walk thousands of them (seconds per megabyte).
  private readonly map = new Map<string, { value: T; used: number }>();
  private clock = 0;
  constructor(private readonly max = DEFAULT_MAX) {}

  get(key: string, compute: () => T): T {
    if (key.length > MAX_KEY_LENGTH) return compute();
    const hit = this.map.get(key);
    if (hit) {
      hit.used = ++this.clock;
      return hit.value;
    }
    const value = compute();
    this.map.set(key, { value, used: ++this.clock });
    if (this.map.size > this.max) this.evict();
    return value;
  }

  /** Drops the least recently used tenth at once (one pass, not one per insertion). */
  private evict(): void {
    const drop = Math.ceil(this.max / 10);
    const stamps = Float64Array.from(this.map.values(), (e) => e.used).sort();
    const last = stamps[drop - 1];
    for (const [key, entry] of this.map) if (entry.used <= last) this.map.delete(key);
  }
}

/** `read` kept by its text argument. */
export function memoByText<T>(read: (text: string) => T, max = DEFAULT_MAX): (text: string) => T {
  const memo = new TextMemo<T>(max);
  return (text) => memo.get(text, () => read(text));
}
