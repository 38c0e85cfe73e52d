import { defineRule } from '../rule.js';
import type { Report } from '../types.js';
import { hasAgencyToken, paragraphAfter, paragraphAt } from '../draft/application.js';

export default defineRule({
  id: 'app-missing-agency-identity',
  severity: 'error',
  citation: '18 U.S.C. § 3122(b)(1)',
  summary: 'No law enforcement agency is named as conducting the investigation.',
  docs: `An application must include "the identity of the law enforcement agency conducting the investigation"
(18 U.S.C. § 3122(b)(1)), and the applicant's certification must tie the investigation to "that agency" (§ 3122(b)(2)).
The rule looks in the application part for an agency named as the one conducting the investigation: "the investigation
is being conducted by the DEA", "HSI is conducting a criminal investigation", "an ongoing FBI investigation", or the
certification's own "being conducted by …". An agency no list knows is recognised by the sentence's structure: an
institution's name as the subject of conducting the investigation ("The Bureau of Reclamation, Office of Law
Enforcement, is conducting …", "X is the lead agency") or as the object of "conducted by". "The Government" is not an agency, and an agency mentioned only in the
facts ("Border Patrol agents stopped a van") does not identify the investigating agency.`,
  examples: {
    valid: [
      {
        title: 'An agency no list knows, named as the one conducting the investigation',
        text: `# APPLICATION

Jane Roe, an Assistant United States Attorney, applies under 18 U.S.C. § 3122 for an Order authorizing a pen register.

The Bureau of Reclamation, Office of Law Enforcement, is conducting a criminal investigation of thefts of copper wire from dam facilities.
`,
      },
      {
        title: 'The agency is named in the identity paragraph',
        text: `# APPLICATION

Jane Roe, an Assistant United States Attorney, applies for an Order authorizing a pen register.

The investigation is being conducted by the Drug Enforcement Administration ("DEA").
`,
      },
      {
        title: 'Named in the certification',
        text: `# APPLICATION

Jane Roe, an Assistant United States Attorney, applies for an Order. The applicant certifies that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by the Kings County Sheriff's Office.
`,
      },
    ],
    invalid: [
      {
        title: 'No agency anywhere',
        text: `# APPLICATION

Jane Roe, an Assistant United States Attorney, applies for an Order authorizing a pen register on the Target Account.

The information likely to be obtained relates to possible violations of 18 U.S.C. § 1343.
`,
        findings: [
          {
            at: '# APPLICATION',
            message: 'law enforcement agency conducting the investigation',
            fixed: `# APPLICATION

Jane Roe, an Assistant United States Attorney, applies for an Order authorizing a pen register on the Target Account.

The investigation is being conducted by [AGENCY].

The information likely to be obtained relates to possible violations of 18 U.S.C. § 1343.
`,
          },
        ],
      },
    ],
  },
  check(draft) {
    const out: Report[] = [];
    for (const facts of draft.application.parts ?? []) {
      if (facts.conductingAgencies.length) continue;
      // an agency given as a template token ("conducted by [AGENCY]") is draft-unfilled-placeholder's finding
      if (hasAgencyToken(draft.text, facts.part)) continue;
      const applicant = facts.applicants.find((a) => a.block);
      const paragraph = 'The investigation is being conducted by [AGENCY].';
      const edit = applicant?.block ? paragraphAfter(draft.text, applicant.block, paragraph) : paragraphAt(facts.part.anchor.end, paragraph);
      out.push({
        start: facts.part.anchor.start,
        end: facts.part.anchor.end,
        message:
          'The application does not identify the law enforcement agency conducting the investigation, as 18 U.S.C. § 3122(b)(1) requires; name it (e.g., "The investigation is being conducted by the Federal Bureau of Investigation").',
        fixes: [{ title: 'Insert the agency paragraph', kind: 'suggestion', edits: [edit] }],
      });
    }
    return out;
  },
});
