// Order facts (18 U.S.C. § 3123(b), (d), (a)(3)): subscriber, subject, identifier, offense, directives.
// OWNER: the order work (issue 5).
import type { DraftBase } from './index.js';

export interface OrderFacts {
  placeholder?: true;
}

export function extractOrderFacts(_base: DraftBase): OrderFacts {
  return {};
}
