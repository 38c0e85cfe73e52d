// Periods and their roles (18 U.S.C. § 3123(c), § 3125): installation period, extension, emergency clock,
// sealing, (a)(3) record deadline, § 2703(f) preservation, look-back. OWNER: the durations work (issue 3).
import type { DraftBase } from './index.js';

export interface PeriodFacts {
  placeholder?: true;
}

export function extractPeriods(_base: DraftBase): PeriodFacts {
  return {};
}
