// § 3123(b)(2): upon the applicant's request, the order directs the provider's assistance (§ 3124).
import { defineRule } from '../rule.js';
import { insertAfterDecretals } from '../draft/order.js';

export default defineRule({
  id: 'order-missing-assistance-directive',
  severity: 'warning',
  citation: '18 U.S.C. § 3123(b)(2); § 3124(a)-(c)',
  summary: 'The application asks for provider assistance and the order does not direct it.',
  docs: `An order "shall direct, upon the request of the applicant, the furnishing of information, facilities, and technical
assistance necessary to accomplish the installation of the pen register or trap and trace device under section 3124"
(18 U.S.C. § 3123(b)(2)). Providers must assist only "if such assistance is directed by a court order" (§ 3124(a)), so
an order without the directive cannot be served to compel it. The rule fires when the application in the same file
asks for assistance, or when the file holds the order alone (the request cannot be checked, and applications almost
always make it). The quick-fix inserts the standard directive with the provider and agency the draft names.`,
  examples: {
    valid: [
      {
        text: `# [PROPOSED] ORDER

IT IS ORDERED:

1. The DEA may install and use a pen register on telephone number (704) 555-0143.
2. Larkspur Wireless shall furnish the DEA forthwith all information, facilities, and technical assistance necessary to accomplish the installation.
`,
      },
    ],
    invalid: [
      {
        title: 'requested in the application, not directed by the order',
        text: `# APPLICATION

The investigation is being conducted by the Drug Enforcement Administration ("DEA"). The Government requests that the Order direct Larkspur Wireless, Inc. ("Larkspur Wireless") to furnish the DEA all information, facilities, and technical assistance necessary.

# [PROPOSED] ORDER

IT IS ORDERED that the DEA may install and use a pen register on telephone number (704) 555-0143.
`,
        findings: [
          {
            at: '# [PROPOSED] ORDER',
            message: '§ 3123(b)(2)',
            fixed: `# APPLICATION

The investigation is being conducted by the Drug Enforcement Administration ("DEA"). The Government requests that the Order direct Larkspur Wireless, Inc. ("Larkspur Wireless") to furnish the DEA all information, facilities, and technical assistance necessary.

# [PROPOSED] ORDER

IT IS ORDERED that the DEA may install and use a pen register on telephone number (704) 555-0143.

IT IS FURTHER ORDERED, pursuant to 18 U.S.C. §§ 3123(b)(2) and 3124, that Larkspur Wireless and any other person or entity providing wire or electronic communication service in the United States whose assistance may facilitate execution of this Order shall furnish the DEA forthwith all information, facilities, and technical assistance necessary to accomplish the installation and use of the pen register and trap and trace device unobtrusively and with a minimum of interference, and shall be reasonably compensated for reasonable expenses incurred.
`,
          },
        ],
      },
    ],
  },
  check(draft) {
    const facts = draft.order;
    const hasApplication = draft.parts.some((p) => p.kind === 'application');
    if (hasApplication && !facts.assistanceRequested) return [];
    return (facts.orders ?? [])
      .filter((o) => o.assistance.status === 'missing')
      .map((o) => {
        const provider = facts.names.provider ?? '[PROVIDER]';
        const agency = facts.names.agency ?? '[AGENCY]';
        return {
          start: o.part.anchor.start,
          end: o.part.anchor.end,
          message:
            (hasApplication ? 'The application asks for provider assistance, but the order does not direct it. ' : 'The order does not direct provider assistance. ') +
            '18 U.S.C. § 3123(b)(2) requires the order, upon the applicant\'s request, to direct the furnishing of information, facilities, and technical assistance; under § 3124(a) providers must assist only when a court order so directs.',
          related: facts.assistanceRequested ? [{ ...facts.assistanceRequested, message: 'The application asks for assistance here.' }] : undefined,
          fixes: [
            {
              title: 'Add the assistance directive',
              kind: 'suggestion' as const,
              edits: [
                insertAfterDecretals(
                  o,
                  `IT IS FURTHER ORDERED, pursuant to 18 U.S.C. §§ 3123(b)(2) and 3124, that ${provider} and any other person or entity providing wire or electronic communication service in the United States whose assistance may facilitate execution of this Order shall furnish ${/^[A-Z]{2,}/.test(agency) ? 'the ' : ''}${agency} forthwith all information, facilities, and technical assistance necessary to accomplish the installation and use of the pen register and trap and trace device unobtrusively and with a minimum of interference, and shall be reasonably compensated for reasonable expenses incurred.`,
                ),
              ],
            },
          ],
        };
      });
  },
});
