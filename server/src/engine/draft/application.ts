// Application facts (18 U.S.C. § 3122): applicant, agency, certification, oath.
// OWNER: the application-rules work (issue 2). Placeholder shape until that lands.
import type { DraftBase } from './index.js';

export interface ApplicationFacts {
  placeholder?: true;
}

export function extractApplicationFacts(_base: DraftBase): ApplicationFacts {
  return {};
}
