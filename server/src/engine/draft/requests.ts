// Requests: what the draft asks to obtain, under which authority, with the negations that govern each item
// (LEGAL.md §7.2). OWNER: the scope work (issue 4).
import type { DraftBase } from './index.js';

export interface RequestFacts {
  placeholder?: true;
}

export function extractRequests(_base: DraftBase): RequestFacts {
  return {};
}
