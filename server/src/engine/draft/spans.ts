// Span lookups over the Draft's sorted lists (sentences, blocks, citations, identifiers, parts, sections). A long
// draft holds thousands of parts and hundreds of thousands of sentences: a lookup per part or per sentence must be a
// binary search, not a scan (a scan is quadratic over the draft; bench/hostile.mjs, the 10 MB draft).
import type { Span } from '../types.js';
import { countStartingBefore, isDisjoint, isSortedByStart } from '../sorted.js';

/** The index of the first item that starts at or after `offset` (items sorted by start). */
function firstStartingAt(items: readonly Span[], offset: number): number {
  return countStartingBefore(items, offset);
}

/** The items that start inside the span, in order. The lists a Draft holds come sorted by start; one that does
 *  not is scanned. The lists must not change after the first lookup (the Draft's never do). */
export function startingIn<T extends Span>(items: readonly T[], span: Span): T[] {
  if (!isSortedByStart(items)) return items.filter((it) => it.start >= span.start && it.start < span.end);
  const from = firstStartingAt(items, span.start);
  let to = from;
  while (to < items.length && items[to].start < span.end) to++;
  return items.slice(from, to);
}

/** The items that lie wholly inside the span (start and end), in order. */
export function lyingIn<T extends Span>(items: readonly T[], span: Span): T[] {
  return startingIn(items, span).filter((it) => it.end <= span.end);
}

/** A lookup of the innermost item that holds an offset, for items that do not overlap (parts, sections,
 *  sentences): a binary search when they come sorted, else a scan. */
export function spanIndex<T extends Span>(items: readonly T[]): (offset: number) => T | undefined {
  if (!isDisjoint(items)) {
    return (offset) => {
      let found: T | undefined;
      for (const it of items) if (offset >= it.start && offset < it.end && (!found || it.start >= found.start)) found = it;
      return found;
    };
  }
  return (offset) => {
    const at = firstStartingAt(items, offset + 1) - 1;
    const it = at >= 0 ? items[at] : undefined;
    return it && offset < it.end ? it : undefined;
  };
}
