import { defineRule } from '../rule.js';
import type { Report } from '../types.js';
import { agencyWords, paragraphAfter, paragraphAt, statutoryCertification } from '../draft/application.js';

export default defineRule({
  id: 'app-missing-relevance-certification',
  severity: 'error',
  citation: '18 U.S.C. § 3122(b)(2)',
  summary: 'No certification of relevance to an ongoing criminal investigation.',
  docs: `The one substantive element of a pen register application is "a certification by the applicant that the
information likely to be obtained is relevant to an ongoing criminal investigation being conducted by that agency"
(18 U.S.C. § 3122(b)(2)); the court's order rests on it (§ 3123(a)(1)). The rule looks in the application part for a
sentence in which the applicant certifies, states, affirms or represents that the information is relevant to an
investigation (or a "Certification" paragraph saying so). A statement of the offense ("the information relates to
possible violations of …"), a § 2703(d) "relevant and material" showing, or a certification that appears only in an
agent's separate affidavit does not count. A certification that exists but is hedged or partial is
\`app-certification-incomplete\` instead.`,
  examples: {
    valid: [
      {
        title: 'The statutory certification',
        text: `# APPLICATION

Jane Roe, an Assistant United States Attorney, applies for an Order. The investigation is being conducted by the FBI.

The applicant certifies that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by the FBI.
`,
      },
      {
        title: 'In other words',
        text: `# APPLICATION

The undersigned AUSA, John Smith, represents that the information likely to be obtained is relevant to an ongoing criminal investigation by the DEA.
`,
      },
    ],
    invalid: [
      {
        title: 'Only an offense statement',
        text: `# APPLICATION

Jane Roe, an Assistant United States Attorney, applies for an Order.

The investigation is being conducted by the Federal Bureau of Investigation ("FBI").

The information likely to be obtained relates to possible violations of 18 U.S.C. § 1343.
`,
        findings: [
          {
            at: '# APPLICATION',
            message: 'certification',
            fixed: `# APPLICATION

Jane Roe, an Assistant United States Attorney, applies for an Order.

The investigation is being conducted by the Federal Bureau of Investigation ("FBI").

${statutoryCertification('the FBI')}

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
      if (facts.certifications.length) continue;
      const paragraph = statutoryCertification(agencyWords(facts));
      const after = facts.agencyBlocks[facts.agencyBlocks.length - 1] ?? facts.applicants.find((a) => a.block)?.block;
      const edit = after ? paragraphAfter(draft.text, after, paragraph) : paragraphAt(facts.part.anchor.end, paragraph);
      out.push({
        start: facts.part.anchor.start,
        end: facts.part.anchor.end,
        message:
          'The application has no certification by the applicant that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by the agency, as 18 U.S.C. § 3122(b)(2) requires.',
        fixes: [{ title: 'Insert the § 3122(b)(2) certification', kind: 'suggestion', edits: [edit] }],
      });
    }
    return out;
  },
});
