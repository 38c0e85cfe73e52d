import { defineRule } from '../rule.js';
import type { Report } from '../types.js';
import { paragraphAfter, paragraphAt } from '../draft/application.js';

const FEDERAL_BASIS = 'This Court has jurisdiction over the offense being investigated. 18 U.S.C. § 3127(2)(A)(i).';
const STATE_BASIS =
  'This Court is a court of general criminal jurisdiction of the State of [STATE] authorized by the law of that State to enter orders authorizing the use of a pen register or a trap and trace device. 18 U.S.C. § 3127(2)(B).';
const FEDERAL_COURT = /UNITED\s+STATES\s+DISTRICT\s+COURT|UNITED\s+STATES\s+MAGISTRATE/i;

export default defineRule({
  id: 'app-court-competence',
  severity: 'info',
  citation: '18 U.S.C. § 3127(2)',
  summary: 'The application does not state why the court is a court of competent jurisdiction.',
  docs: `An application goes "to a court of competent jurisdiction" (18 U.S.C. § 3122(a)), which § 3127(2) defines: a
federal district court (or magistrate judge) that has jurisdiction over the offense being investigated, sits in a
district where the provider is located or where a person subject to § 3124(a) or (b) is located, or acts on a foreign
assistance request under § 3512; or a State court of general criminal jurisdiction authorized by State law. A State
officer's application must go to a court "of such State" (§ 3122(a)(2)). This informational rule asks the drafter to
state the basis; it reports a federal application with no stated link to the district, and a State application
addressed to a federal court or silent on the court's authority.`,
  examples: {
    valid: [
      {
        title: 'The basis is stated',
        text: `# APPLICATION

This Court has jurisdiction over the offenses being investigated. 18 U.S.C. § 3127(2)(A)(i).
`,
      },
      {
        title: 'The provider is located in the district',
        text: `# APPLICATION

This Court is a court of competent jurisdiction because the provider, Example Wireless, is located in this district.
`,
      },
    ],
    invalid: [
      {
        title: 'No basis stated',
        text: `# APPLICATION

Jane Roe, an Assistant United States Attorney, applies for an Order authorizing a pen register.
`,
        findings: [
          {
            at: '# APPLICATION',
            message: 'court of competent jurisdiction',
            fixed: `# APPLICATION

Jane Roe, an Assistant United States Attorney, applies for an Order authorizing a pen register.

${FEDERAL_BASIS}
`,
          },
        ],
      },
    ],
  },
  check(draft) {
    const out: Report[] = [];
    const state = draft.jurisdiction === 'state';
    const federalCourt = draft.titles.some((b) => b.index < 30 && FEDERAL_COURT.test(b.text));
    for (const facts of draft.application.parts ?? []) {
      const statements = facts.courtCompetence;
      const withBasis = statements.some((c) => c.basis);
      const after = facts.certifications[facts.certifications.length - 1]?.sentence.block ?? facts.agencyBlocks[facts.agencyBlocks.length - 1] ?? facts.applicants.find((a) => a.block)?.block;
      const paragraph = state ? STATE_BASIS : FEDERAL_BASIS;
      const edit = after ? paragraphAfter(draft.text, after, paragraph) : paragraphAt(facts.part.anchor.end, paragraph);
      const fixes = [{ title: 'State the court’s competence', kind: 'suggestion' as const, edits: [edit] }];
      if (state && federalCourt) {
        out.push({
          start: facts.part.anchor.start,
          end: facts.part.anchor.end,
          message:
            'A State officer’s application must be made to a court of competent jurisdiction "of such State" (18 U.S.C. §§ 3122(a)(2), 3127(2)(B)), but the caption names a federal court; check the court.',
        });
        continue;
      }
      if (withBasis) continue;
      const bare = statements[0];
      out.push({
        start: bare ? bare.start : facts.part.anchor.start,
        end: bare ? bare.end : facts.part.anchor.end,
        message: state
          ? 'The application does not state that this Court is a State court of general criminal jurisdiction authorized to enter pen register orders (18 U.S.C. § 3127(2)(B)); check that it is a court of competent jurisdiction.'
          : 'The application does not state why this Court is a court of competent jurisdiction (18 U.S.C. § 3127(2)(A): jurisdiction over the offense, or the provider or a § 3124 custodian located in the district); check and state the basis.',
        fixes,
      });
    }
    return out;
  },
});
