// Per-sentence memos for the area modules: what a pure reader found in a sentence's text is kept by that text, so
// the editor, which lints every version of a draft, does not read an unchanged sentence again (and a sentence read
// twice in one lint is read once). Bounded, least recently used first out: a working set of one 1 MB draft
// (about 25,000 sentences) fits. Results are shared between callers: never mutate them.

const DEFAULT_MAX = 60000;
/** Longer texts are read each time: they rarely repeat, and keeping them would hold megabytes per entry. */
const MAX_KEY_LENGTH = 4000;

export class TextMemo<T> {
  private readonly map = new Map<string, T>();
  constructor(private readonly max = DEFAULT_MAX) {}

  get(key: string, compute: () => T): T {
    if (key.length > MAX_KEY_LENGTH) return compute();
    const map = this.map;
    let value = map.get(key);
    if (value !== undefined || map.has(key)) {
      // most recently used last
      map.delete(key);
      map.set(key, value as T);
      return value as T;
    }
    value = compute();
    map.set(key, value);
    if (map.size > this.max) {
      // drop the least recently used tenth at once (one pass, not one per insertion)
      let drop = Math.ceil(this.max / 10);
      for (const k of map.keys()) {
        map.delete(k);
        if (--drop <= 0) break;
      }
    }
    return value;
  }
}

/** `read` kept by its text argument. */
export function memoByText<T>(read: (text: string) => T, max = DEFAULT_MAX): (text: string) => T {
  const memo = new TextMemo<T>(max);
  return (text) => memo.get(text, () => read(text));
}
