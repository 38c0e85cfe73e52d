import { defineRule } from '../rule.js';
import type { Report } from '../types.js';
import { paragraphAfter, paragraphAt } from '../draft/application.js';

const FEDERAL_APPLICANT =
  '[NAME], [TITLE, e.g., Assistant United States Attorney for the ____ District of ____], an attorney for the Government as defined in Fed. R. Crim. P. 1(b)(1)';
const STATE_APPLICANT = '[NAME], [TITLE, e.g., Assistant District Attorney / Detective, AGENCY], a State investigative or law enforcement officer';

export default defineRule({
  id: 'app-missing-applicant-identity',
  severity: 'error',
  citation: '18 U.S.C. § 3122(b)(1)',
  summary: 'No attorney for the Government (or State officer) is named as applicant.',
  docs: `An application under 18 U.S.C. § 3122 must include "the identity of the attorney for the Government or the State
law enforcement or investigative officer making the application" (§ 3122(b)(1)). An application made by "the United
States, through its undersigned counsel", or signed only with an office and a title, does not say who the applicant
is. The rule reads the application part only: the person who applies, moves or makes the application, "the applicant
is …", and the signature block. When the applicant is named but is a federal agent rather than an attorney, the
finding is \`app-applicant-not-attorney\` instead.`,
  examples: {
    valid: [
      {
        title: 'Described in one sentence, making the application in the next',
        text: `# APPLICATION

1. Applicant. Oriana Pelletier-Vos is an Assistant United States Attorney for the District of Kansas and an attorney for the Government under Fed. R. Crim. P. 1(b)(1)(B). She makes this application under 18 U.S.C. §§ 3122(a)(1) and 3123.
`,
      },
      {
        title: 'An AUSA applies by name',
        text: `# APPLICATION

Jane Roe, an Assistant United States Attorney for the District of Oregon and an attorney for the Government as defined in Fed. R. Crim. P. 1(b)(1)(B), applies under 18 U.S.C. §§ 3122(a)(1) and 3123 for an Order authorizing the installation and use of a pen register and trap and trace device.
`,
      },
      {
        title: 'Named only in the signature block',
        text: `# APPLICATION

The United States, through undersigned counsel, applies for an Order authorizing a pen register and trap and trace device.

Respectfully submitted,

/s/ Jane Roe\\
Assistant United States Attorney
`,
      },
    ],
    invalid: [
      {
        title: 'Undersigned counsel, never named',
        text: `# APPLICATION

The United States of America, through its undersigned counsel, applies for an Order authorizing a pen register and trap and trace device.

Respectfully submitted,

Assistant United States Attorney
`,
        findings: [
          {
            at: '# APPLICATION',
            message: 'never names',
            fixed: `# APPLICATION

The United States of America, through its undersigned counsel, applies for an Order authorizing a pen register and trap and trace device.

The applicant is ${FEDERAL_APPLICANT}.

Respectfully submitted,

Assistant United States Attorney
`,
          },
        ],
      },
    ],
  },
  check(draft) {
    const out: Report[] = [];
    const state = draft.jurisdiction === 'state';
    for (const facts of draft.application.parts ?? []) {
      const { applicants, part } = facts;
      if (applicants.some((a) => a.name)) continue;
      // a named-less agent applicant in a federal application is app-applicant-not-attorney's finding
      if (!state && applicants.some((a) => a.role === 'federal-agent' || a.role === 'state-officer') && !applicants.some((a) => a.isAttorney)) continue;
      const unnamed = applicants.find((a) => a.via === 'applies' && a.block);
      const who = state ? 'the State prosecutor or law enforcement officer' : 'the attorney for the Government';
      const message = unnamed
        ? `The application is made by "${unnamed.text.trim()}" but never names ${who} making it; 18 U.S.C. § 3122(b)(1) requires the applicant's identity.`
        : `The application does not name ${who} making it; 18 U.S.C. § 3122(b)(1) requires the applicant's identity.`;
      const identity = state ? STATE_APPLICANT : FEDERAL_APPLICANT;
      const edit = unnamed?.block
        ? paragraphAfter(draft.text, unnamed.block, `The applicant is ${identity}.`)
        : paragraphAt(
            part.anchor.end,
            `${identity}, hereby applies under 18 U.S.C. § ${state ? '3122(a)(2)' : '3122(a)(1)'} for an Order authorizing the installation and use of a pen register and trap and trace device.`,
          );
      out.push({
        start: part.anchor.start,
        end: part.anchor.end,
        message,
        fixes: [{ title: 'Insert the applicant’s identity', kind: 'suggestion', edits: [edit] }],
      });
    }
    return out;
  },
});
