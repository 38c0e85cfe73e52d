// Whole applications written in other offices' styles ("comes now … by and through", "respectfully moves", first-person
// affirmations, numbered and lettered paragraphs, a certification section or a certification woven into the opening
// sentence, agencies by abbreviation only, joint investigations, task forces, State police and sheriffs, a
// "Declaration", telephonic oaths, notary jurats, "/s/" signatures): the application rules must read who does what,
// not the sample corpus's phrases. Most forms are clean; the others carry exactly one defect.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { itFindsInEachDraft } from '../helpers.js';

const here = dirname(fileURLToPath(import.meta.url));
const RULES = [
  'app-missing-applicant-identity', 'app-applicant-not-attorney', 'app-missing-agency-identity',
  'app-missing-relevance-certification', 'app-certification-incomplete', 'app-missing-oath',
  'draft-unfilled-placeholder', 'draft-invalid-date', 'cite-unknown-section',
];

/** file → the findings expected, as "rule @ the words it covers". */
const EXPECTED: Record<string, string[]> = {
  'a-michigan-comes-now.md': [],
  'b-declaration-abbrev.md': [],
  'c-joint-dea-hsi.md': [],
  'd-task-force-woven.md': [],
  'e-sheriff-telephonic.md': [],
  'f-ny-affirmation.md': [],
  'g-certification-section-notary.md': [],
  'h-numbered-no-oath.md': ['app-missing-oath @ # APPLICATION'],
  'i-no-agency.md': ['app-missing-agency-identity @ # APPLICATION'],
  'j-state-police-partial.md': ['app-certification-incomplete @ the information likely to be obtained is relevant to an investigation being conducted by the OSBI'],
  'k-agent-comes-now.md': ['app-applicant-not-attorney @ Special Agent Ignacio Valdez-Rourke of Homeland Security Investigations'],
  'l-other-agency.md': ['app-certification-incomplete @ the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by the Federal Bureau of Investigation'],
  'm-placeholder-applicant.md': ['draft-unfilled-placeholder @ [AUSA NAME]', 'draft-unfilled-placeholder @ [AUSA NAME]'],
  'n-table-form.md': [],
  'o-invalid-date.md': ['draft-invalid-date @ April 31, 2025'],
  'p-unknown-section.md': ['cite-unknown-section @ 3122(c)'],
  'q-hedged-believes.md': ['app-certification-incomplete @ could be relevant'],
  'r-state-trooper-clean.md': [],
  's-california-declaration.md': [],
  't-wherefore-atf.md': [],
  'u-undersigned-signature-only.md': [],
  'v-texas-cda.md': [],
  'w-would-be-relevant.md': ['app-certification-incomplete @ would be relevant'],
  'y-tfo-depose.md': ['app-applicant-not-attorney @ I, Travis Womack, a Task Force Officer (TFO) with the Drug Enforcement Administration, Louisville Resident Office'],
  'z-verification-joint-ppd.md': [],
  'aa-affidavit-only-cert.md': ['app-missing-relevance-certification @ # APPLICATION'],
  'bb-deputy-believes.md': ['app-certification-incomplete @ may be relevant'],
  'cc-application-and-order.md': [],
  'dd-state-unnamed.md': ['app-missing-applicant-identity @ # APPLICATION'],
  'ee-markdown-list-hsi.md': [],
  'ff-agent-reviewed.md': [],
  'gg-law-enforcement-only.md': ['app-missing-agency-identity @ # APPLICATION'],
};

describe('application rules on forms in other offices’ words', () => {
  itFindsInEachDraft(join(here, 'forms'), EXPECTED, RULES);
});
