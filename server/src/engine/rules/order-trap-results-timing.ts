// Info, § 3124(b): real-time or continuous trap results need an express direction in the order.
import { defineRule } from '../rule.js';
import { insertAfterDecretals } from '../draft/order.js';

export default defineRule({
  id: 'order-trap-results-timing',
  severity: 'info',
  citation: '18 U.S.C. § 3124(b)',
  summary: 'The draft asks for real-time or continuous trap results and the order is silent on delivery.',
  docs: `For a trap and trace device, "unless otherwise ordered by the court, the results … shall be furnished … at reasonable
intervals during regular business hours for the duration of the order" (18 U.S.C. § 3124(b)). A draft that asks for
results in real time or on a continuing basis gets them only if the order says so. This informational rule fires when
the application (or another part of the draft) asks for real-time or continuous delivery and the order authorizing a
trap and trace device says nothing about how results are delivered. The quick-fix inserts the delivery directive.`,
  examples: {
    valid: [
      {
        text: `# APPLICATION

The Government asks that the provider furnish the results to the DEA on a continuing basis.

# [PROPOSED] ORDER

IT IS ORDERED:

1. The DEA may install and use a pen register and trap and trace device on telephone number (704) 555-0143.
2. Larkspur Wireless shall furnish the results of the pen register and trap and trace device to the DEA on a continuing basis, in real time where technically feasible, for the duration of this Order.
`,
      },
    ],
    invalid: [
      {
        text: `# APPLICATION

The Government asks that Chamisa Mobile, Inc. ("Chamisa Mobile") furnish the results to the FBI in real time.

# [PROPOSED] ORDER

The Court FINDS that the investigation is being conducted by the Federal Bureau of Investigation ("FBI").

IT IS ORDERED that the FBI may install and use a pen register and trap and trace device on telephone number (505) 555-0164.
`,
        findings: [
          {
            at: '# [PROPOSED] ORDER',
            message: '§ 3124(b)',
            fixed: `# APPLICATION

The Government asks that Chamisa Mobile, Inc. ("Chamisa Mobile") furnish the results to the FBI in real time.

# [PROPOSED] ORDER

The Court FINDS that the investigation is being conducted by the Federal Bureau of Investigation ("FBI").

IT IS ORDERED that the FBI may install and use a pen register and trap and trace device on telephone number (505) 555-0164.

IT IS FURTHER ORDERED, pursuant to 18 U.S.C. § 3124(b), that Chamisa Mobile shall furnish the results of the trap and trace device to the FBI on a continuing, real-time basis for the duration of this Order.
`,
          },
        ],
      },
    ],
  },
  check(draft) {
    const facts = draft.order;
    if (!facts.realTimeRequested) return [];
    const provider = facts.names.provider ?? '[PROVIDER]';
    const agency = facts.names.agency ?? '[AGENCY]';
    return (facts.orders ?? [])
      .filter((o) => o.authorizesTrap && o.trapDelivery.status === 'missing')
      .map((o) => ({
        start: o.part.anchor.start,
        end: o.part.anchor.end,
        message:
          'The draft asks for trap and trace results in real time or on a continuing basis, but the order says nothing about delivery. ' +
          'Unless the court orders otherwise, 18 U.S.C. § 3124(b) has results furnished at reasonable intervals during regular business hours.',
        related: [{ ...facts.realTimeRequested!, message: 'Real-time or continuous delivery is asked for here.' }],
        fixes: [
          {
            title: 'Add the delivery directive',
            kind: 'suggestion' as const,
            edits: [
              insertAfterDecretals(
                o,
                `IT IS FURTHER ORDERED, pursuant to 18 U.S.C. § 3124(b), that ${provider} shall furnish the results of the trap and trace device to ${/^[A-Z]{2,}/.test(agency) ? 'the ' : ''}${agency} on a continuing, real-time basis for the duration of this Order.`,
              ),
            ],
          },
        ],
      }));
  },
});
