// The one binary search the engine's sorted lists share (sentences, spans, cues, dates, segments of a text).

/** The first index in [0, length) where `before(i)` is false, given that it is true on a prefix of the indices and
 *  false after (a list sorted by the key `before` compares); `length` when it is true everywhere. */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `partitionPoint` over a list sorted by start: how many items start before `offset`. No closure per call (the
 *  Draft's part and section lookups run for every fact of a long draft on every keystroke). */
export function countStartingBefore(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const sortedLists = new WeakMap<readonly { start: number }[], boolean>();

/** Whether the list is sorted by start: asked once per list (the lists must not change after), or told by whoever
 *  built it (the parse fills its sentence and block lists in one pass that sees every start anyway). */
export function isSortedByStart(items: readonly { start: number }[]): boolean {
  let known = sortedLists.get(items);
  if (known === undefined) {
    known = true;
    for (let i = 1; i < items.length; i++) {
      if (items[i - 1].start > items[i].start) {
        known = false;
        break;
      }
    }
    sortedLists.set(items, known);
  }
  return known;
}

export function noteSortedByStart(items: readonly { start: number }[], sorted: boolean): void {
  sortedLists.set(items, sorted);
}

const disjointLists = new WeakMap<readonly { start: number; end: number }[], boolean>();

/** Whether each item ends before the next starts (asked once per list, or told by whoever built it). */
export function isDisjoint(items: readonly { start: number; end: number }[]): boolean {
  let known = disjointLists.get(items);
  if (known === undefined) {
    known = items.every((it, i) => i === 0 || items[i - 1].end <= it.start);
    disjointLists.set(items, known);
  }
  return known;
}

export function noteDisjoint(items: readonly { start: number; end: number }[], disjoint: boolean): void {
  disjointLists.set(items, disjoint);
}

/** `list` sorted by start (stable), without a sort when it is in order already: lists built in text order
 *  usually are, and the check is one pass. */
export function sortedByStart<T extends { start: number }>(list: T[]): T[] {
  for (let i = 1; i < list.length; i++) if (list[i].start < list[i - 1].start) return list.sort((x, y) => x.start - y.start);
  return list;
}
