import { defineRule } from '../rule.js';
import type { Report } from '../types.js';

const DECLARATION = (date: string | undefined) => `I declare under penalty of perjury that the foregoing is true and correct. Executed on ${date ?? '[DATE]'}.`;

export default defineRule({
  id: 'app-missing-oath',
  severity: 'error',
  citation: '18 U.S.C. § 3122(a)',
  summary: 'No oath, affirmation, sworn statement or declaration under penalty of perjury.',
  docs: `A pen register application must be made "in writing under oath or equivalent affirmation" (18 U.S.C.
§ 3122(a)(1) and (a)(2)). The rule looks in the application part for a verification: a declaration under penalty of
perjury (28 U.S.C. § 1746), "being duly sworn", a jurat ("sworn to and subscribed before me"), an affirmation ("affirms
under the penalties of perjury", CPLR 2106) or a statement made under oath. "Respectfully submitted" and the relevance
certification are not oaths, and an agent's sworn affidavit in a separate part does not verify the application
itself. The quick-fix inserts a § 1746 declaration before the signature block (use the district's jurat instead where
the local rules require one).`,
  examples: {
    valid: [
      {
        title: '§ 1746 declaration',
        text: `# APPLICATION

Jane Roe, an Assistant United States Attorney, applies for an Order.

I declare under penalty of perjury that the foregoing is true and correct.

/s/ Jane Roe
`,
      },
      {
        title: 'Sworn before the judge',
        text: `# APPLICATION

Detective Ana Ruiz, being duly sworn, applies for an order authorizing a pen register.
`,
      },
    ],
    invalid: [
      {
        title: 'Respectfully submitted, but never sworn',
        text: `# APPLICATION

Jane Roe, an Assistant United States Attorney, applies for an Order. The applicant certifies that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by the FBI.

Respectfully submitted,

Jane Roe\\
Assistant United States Attorney

Dated: June 5, 2024
`,
        findings: [
          {
            at: '# APPLICATION',
            message: 'under oath',
            fixed: `# APPLICATION

Jane Roe, an Assistant United States Attorney, applies for an Order. The applicant certifies that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by the FBI.

${DECLARATION('June 5, 2024')}

Respectfully submitted,

Jane Roe\\
Assistant United States Attorney

Dated: June 5, 2024
`,
          },
        ],
      },
    ],
  },
  check(draft) {
    const out: Report[] = [];
    for (const facts of draft.application.parts ?? []) {
      if (facts.oaths.length) continue;
      const declaration = DECLARATION(facts.closingDate);
      const edit =
        facts.closingStart !== undefined
          ? { start: facts.closingStart, end: facts.closingStart, text: `${declaration}\n\n` }
          : { start: facts.contentEnd, end: facts.contentEnd, text: `\n\n${declaration}\n\n[SIGNATURE]` };
      out.push({
        start: facts.part.anchor.start,
        end: facts.part.anchor.end,
        message:
          'The application is not made under oath or affirmation: 18 U.S.C. § 3122(a) requires it "in writing under oath or equivalent affirmation". Add a declaration under penalty of perjury (28 U.S.C. § 1746) or the district’s jurat.',
        fixes: [{ title: 'Insert a declaration under penalty of perjury', kind: 'suggestion', edits: [edit] }],
      });
    }
    return out;
  },
});
