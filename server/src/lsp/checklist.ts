// The statutory checklist (`penlint/checklist`): each element an application or order must contain, with its
// status derived from the "missing" rules' findings on the current lint, so the checklist and the diagnostics
// always agree. Ranges come from the findings (missing) or the Draft's area facts (found), when they expose one.
import type { Jurisdiction, PartKind, ResolvedConfig, Span } from '../engine/index.js';
import type { AnalyzedFinding, DraftSummary } from './analysis.js';

export type ChecklistStatus = 'found' | 'missing' | 'not-applicable';

export interface ChecklistElement {
  id: string;
  part: Extract<PartKind, 'application' | 'order'>;
  label: string;
  citation: string;
  /** The rule that reports this element missing. */
  rule: string;
  /** Whether the element is required of every draft with the part, or only when its trigger is present. */
  conditional?: boolean;
  /** Rules that find a defect in the element when it is present (a period over sixty days, a hedged certification). */
  defectRules?: string[];
}

export const CHECKLIST: readonly ChecklistElement[] = [
  { id: 'applicant', part: 'application', label: 'Applicant identified', citation: '18 U.S.C. § 3122(b)(1)', rule: 'app-missing-applicant-identity' },
  { id: 'attorney-applicant', part: 'application', label: 'Applicant is an attorney for the Government', citation: '18 U.S.C. §§ 3122(a)(1), 3127(5)', rule: 'app-applicant-not-attorney' },
  { id: 'agency', part: 'application', label: 'Investigating agency identified', citation: '18 U.S.C. § 3122(b)(1)', rule: 'app-missing-agency-identity' },
  { id: 'certification', part: 'application', label: 'Certification of relevance to an ongoing criminal investigation', citation: '18 U.S.C. § 3122(b)(2)', rule: 'app-missing-relevance-certification', defectRules: ['app-certification-incomplete'] },
  { id: 'oath', part: 'application', label: 'Under oath or equivalent affirmation', citation: '18 U.S.C. § 3122(a)', rule: 'app-missing-oath' },
  { id: 'subscriber', part: 'order', label: 'Subscriber named (or stated unknown)', citation: '18 U.S.C. § 3123(b)(1)(A)', rule: 'order-missing-subscriber' },
  { id: 'subject', part: 'order', label: 'Subject of the investigation named (or stated unknown)', citation: '18 U.S.C. § 3123(b)(1)(B)', rule: 'order-missing-subject' },
  { id: 'identifier', part: 'order', label: 'Number or other identifier of the facility', citation: '18 U.S.C. § 3123(b)(1)(C)', rule: 'order-missing-identifier', defectRules: ['draft-inconsistent-identifier'] },
  { id: 'offense', part: 'order', label: 'Statement of the offense', citation: '18 U.S.C. § 3123(b)(1)(D)', rule: 'order-missing-offense' },
  { id: 'assistance', part: 'order', label: 'Provider assistance directed', citation: '18 U.S.C. § 3123(b)(2)', rule: 'order-missing-assistance-directive' },
  { id: 'sealing', part: 'order', label: 'Sealing directive', citation: '18 U.S.C. § 3123(d)(1)', rule: 'order-missing-sealing', defectRules: ['order-sealing-indefinite'] },
  { id: 'nondisclosure', part: 'order', label: 'Nondisclosure directive', citation: '18 U.S.C. § 3123(d)(2)', rule: 'order-missing-nondisclosure' },
  {
    id: 'duration',
    part: 'order',
    label: 'Period of at most sixty days',
    citation: '18 U.S.C. § 3123(c)(1)',
    rule: 'order-missing-duration',
    defectRules: ['order-duration-exceeds-60', 'duration-word-numeral-mismatch', 'order-duration-open-ended', 'order-duration-month-ambiguous', 'order-retroactive-start', 'extension-exceeds-60', 'extension-automatic', 'emergency-48h'],
  },
  { id: 'record', part: 'order', label: '(a)(3) record of the agency\'s own device', citation: '18 U.S.C. § 3123(a)(3)', rule: 'order-own-device-no-record', conditional: true, defectRules: ['order-record-deadline-wrong'] },
];

export interface ChecklistItem {
  id: string;
  label: string;
  citation: string;
  part: 'application' | 'order';
  status: ChecklistStatus;
  /** Offsets; the server turns them into an LSP range. */
  span?: Span;
  /** The finding's message when missing. */
  message?: string;
  /** Present, but with defects: the rules that report them (the diagnostics say what to change). */
  defects?: string[];
}

export function buildChecklist(input: {
  isDraft: boolean;
  parts: PartKind[];
  jurisdiction: Jurisdiction;
  findings: AnalyzedFinding[];
  summary: DraftSummary;
  config: ResolvedConfig;
}): ChecklistItem[] {
  if (!input.isDraft) return [];
  return CHECKLIST.map((el) => {
    const item: ChecklistItem = { id: el.id, label: el.label, citation: el.citation, part: el.part, status: 'found' };
    const reported = input.findings.find((f) => f.ruleId === el.rule);
    const partPresent = input.parts.includes(el.part);
    const ruleOff = input.config.rules[el.rule] === 'off';
    const stateApplicant = el.id === 'attorney-applicant' && input.jurisdiction === 'state'; // § 3122(a)(2)
    if (reported) {
      item.status = 'missing';
      item.span = { start: reported.start, end: reported.end };
      item.message = reported.message;
    } else if (!partPresent || ruleOff || stateApplicant) {
      item.status = 'not-applicable';
    } else {
      const span = input.summary.elements[el.id];
      if (span) item.span = span;
      // a conditional element the draft neither needs nor provides does not apply
      else if (el.conditional) item.status = 'not-applicable';
    }
    if (item.status === 'found' && el.defectRules) {
      const defects = input.findings.filter((f) => el.defectRules!.includes(f.ruleId) && f.severity !== 'info');
      if (defects.length) {
        item.defects = [...new Set(defects.map((f) => f.ruleId))];
        item.message = defects[0].message;
        item.span ??= { start: defects[0].start, end: defects[0].end };
      }
    }
    return item;
  });
}
