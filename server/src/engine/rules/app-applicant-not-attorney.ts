import { defineRule } from '../rule.js';
import type { Report } from '../types.js';
import { paragraphBefore } from '../draft/application.js';

const ROLE_WORDS: Record<string, string> = {
  'federal-agent': 'an agent or officer',
  'state-officer': 'a law enforcement officer',
};

export default defineRule({
  id: 'app-applicant-not-attorney',
  severity: 'error',
  citation: '18 U.S.C. §§ 3122(a)(1), 3127(5); Fed. R. Crim. P. 1(b)(1)',
  summary: 'A federal application is made by an agent or officer, with no attorney applicant.',
  docs: `In a federal application only "an attorney for the Government" may apply (18 U.S.C. § 3122(a)(1)); § 3127(5)
gives the term its Federal Rules of Criminal Procedure meaning (Rule 1(b)(1): the Attorney General, a United States
attorney, or an authorized assistant, and other attorneys authorized to prosecute). A Special Agent, Task Force
Officer or detective may support the application with an affidavit but cannot be the applicant. State applications
under § 3122(a)(2) are different: a State investigative or law enforcement officer may apply there, so this rule never
fires on a State draft.`,
  examples: {
    valid: [
      {
        title: 'The AUSA applies; the agent supplies the facts',
        text: `# APPLICATION

Jane Roe, an Assistant United States Attorney, applies for an Order authorizing a pen register, based on information provided by Special Agent John Doe of the FBI.
`,
      },
      {
        title: 'A State detective may apply under § 3122(a)(2)',
        text: `# APPLICATION

Detective Maria Lopez of the Springfield Police Department applies under 18 U.S.C. § 3122(a)(2) for an order authorizing a pen register.
`,
      },
    ],
    invalid: [
      {
        title: 'An agent signs as applicant',
        text: `# APPLICATION

I, John Doe, a Special Agent of the Federal Bureau of Investigation, being duly sworn, apply under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register.
`,
        findings: [
          {
            at: 'a Special Agent of the Federal Bureau of Investigation',
            message: 'not an attorney for the Government',
            fixed: `# APPLICATION

[NAME], [TITLE, e.g., Assistant United States Attorney for the ____ District of ____], an attorney for the Government as defined in Fed. R. Crim. P. 1(b)(1), applies under 18 U.S.C. § 3122(a)(1) for the Order described below, supported by the affidavit of John Doe.

I, John Doe, a Special Agent of the Federal Bureau of Investigation, being duly sworn, apply under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register.
`,
          },
        ],
      },
    ],
  },
  check(draft) {
    if (draft.jurisdiction === 'state') return [];
    const out: Report[] = [];
    for (const facts of draft.application.parts ?? []) {
      const { applicants } = facts;
      if (applicants.some((a) => a.isAttorney)) continue;
      const officer = applicants.find((a) => a.role === 'federal-agent' || a.role === 'state-officer');
      if (!officer) continue;
      const title = officer.title && /^[A-Z]/.test(officer.title) ? `${/^[AEIOU]/.test(officer.title) ? 'an' : 'a'} ${officer.title}` : ROLE_WORDS[officer.role];
      const who = officer.name ? `${officer.name}, ${title}` : title;
      const message = `The applicant is ${who}, not an attorney for the Government: in a federal application only an "attorney for the Government" may apply (18 U.S.C. §§ 3122(a)(1), 3127(5); Fed. R. Crim. P. 1(b)(1)). Make an AUSA or DOJ attorney the applicant; the agent may support the application by affidavit.`;
      const fixes = officer.block
        ? [
            {
              title: 'Make an attorney for the Government the applicant (keep the agent as affiant)',
              kind: 'suggestion' as const,
              edits: [
                paragraphBefore(
                  draft.text,
                  officer.block,
                  `[NAME], [TITLE, e.g., Assistant United States Attorney for the ____ District of ____], an attorney for the Government as defined in Fed. R. Crim. P. 1(b)(1), applies under 18 U.S.C. § 3122(a)(1) for the Order described below, supported by the affidavit of ${officer.name ?? '[AGENT NAME]'}.`,
                ),
              ],
            },
          ]
        : undefined;
      out.push({ start: officer.start, end: officer.end, message, fixes });
    }
    return out;
  },
});
