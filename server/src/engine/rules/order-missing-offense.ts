// § 3123(b)(1)(D): the order states the offense to which the information likely to be obtained relates.
import { defineRule } from '../rule.js';
import { insertAfterDecretals } from '../draft/order.js';

export default defineRule({
  id: 'order-missing-offense',
  severity: 'error',
  citation: '18 U.S.C. § 3123(b)(1)(D)',
  summary: 'No statement of the offense.',
  docs: `An order under 18 U.S.C. § 3123(b)(1)(D) "shall specify … a statement of the offense to which the information
likely to be obtained by the pen register or trap and trace device relates". The offense may be stated by citing the
criminal statute ("possible violations of 21 U.S.C. §§ 841 and 846") or by naming the crime ("robbery in the first
degree"), in the findings or the decretal paragraphs. A citation only to procedural provisions (§§ 3122-3123, CPL
705.10) or "violations of federal law" does not state an offense, and an offense stated only in the application does
not count. The quick-fix inserts the statement, with the statutes the application cites when it cites them.`,
  examples: {
    valid: [
      {
        title: 'statute cited in the findings',
        text: `# ORDER

The Court FINDS that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by the FBI into possible violations of 18 U.S.C. §§ 1030(a)(5)(A) and 1030(a)(7).

IT IS ORDERED that the FBI may install and use a pen register on IP address 198.51.100.23.
`,
      },
      {
        title: 'State form naming the crime',
        text: `## ORDER

ORDERED that the NYPD may install and use a pen register on telephone number (718) 555-0119 in the investigation of robbery in the first degree (Penal Law § 160.15).
`,
      },
    ],
    invalid: [
      {
        title: 'only a procedural citation',
        text: `## ORDER

Upon the affirmation of the Assistant District Attorney, the Court finds that the affirmation sets forth specific and articulable facts warranting the reasonable suspicion required by CPL § 705.10.

ORDERED that the NYPD may install and use a pen register on telephone number (718) 555-0119.
`,
        findings: [
          {
            at: '## ORDER',
            message: '§ 3123(b)(1)(D)',
            fixed: `## ORDER

Upon the affirmation of the Assistant District Attorney, the Court finds that the affirmation sets forth specific and articulable facts warranting the reasonable suspicion required by CPL § 705.10.

ORDERED that the NYPD may install and use a pen register on telephone number (718) 555-0119.

The information likely to be obtained relates to possible violations of [STATUTES, e.g., 21 U.S.C. §§ 841, 846].
`,
          },
        ],
      },
      {
        title: 'offense stated in the application only',
        text: `# APPLICATION

The information likely to be obtained relates to possible violations of 21 U.S.C. §§ 841(a)(1) and 846.

# [PROPOSED] ORDER

IT IS ORDERED that the DEA may install and use a pen register on telephone number (704) 555-0143.
`,
        findings: [
          {
            at: '# [PROPOSED] ORDER',
            fixed: `# APPLICATION

The information likely to be obtained relates to possible violations of 21 U.S.C. §§ 841(a)(1) and 846.

# [PROPOSED] ORDER

IT IS ORDERED that the DEA may install and use a pen register on telephone number (704) 555-0143.

The information likely to be obtained relates to possible violations of 21 U.S.C. §§ 841(a)(1) and 846.
`,
          },
        ],
      },
    ],
  },
  check(draft) {
    const facts = draft.order;
    return (facts.orders ?? [])
      .filter((o) => o.offense.status === 'missing')
      .map((o) => ({
        start: o.part.anchor.start,
        end: o.part.anchor.end,
        message:
          'The order does not state the offense to which the information likely to be obtained relates. ' +
          '18 U.S.C. § 3123(b)(1)(D) requires that statement in the order itself (e.g., "relates to possible violations of 21 U.S.C. §§ 841, 846").',
        fixes: [
          {
            title: 'Add the offense to the order',
            kind: 'suggestion' as const,
            edits: [
              insertAfterDecretals(
                o,
                `The information likely to be obtained relates to possible violations of ${facts.names.offense ?? '[STATUTES, e.g., 21 U.S.C. §§ 841, 846]'}.`,
              ),
            ],
          },
        ],
      }));
  },
});
