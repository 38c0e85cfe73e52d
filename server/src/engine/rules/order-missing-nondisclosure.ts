// § 3123(d)(2): the order directs the provider and the facility's owner not to disclose the device or investigation.
import { defineRule } from '../rule.js';
import { insertAfterDecretals } from '../draft/order.js';

export default defineRule({
  id: 'order-missing-nondisclosure',
  severity: 'error',
  citation: '18 U.S.C. § 3123(d)(2)',
  summary: 'No nondisclosure directive.',
  docs: `An order "shall direct that … the person owning or leasing the line or other facility …, or who is obligated by the
order to provide assistance to the applicant, not disclose the existence of the pen register or trap and trace device
or the existence of the investigation to the listed subscriber, or to any other person, unless or until otherwise
ordered by the court" (18 U.S.C. § 3123(d)(2)). Sealing the order is a separate directive and does not bind the
provider to silence. The quick-fix inserts the statutory directive, naming the provider the draft names.`,
  examples: {
    valid: [
      {
        title: 'a subjunctive directive, conjoined with the sealing clause',
        text: `# [PROPOSED] ORDER

IT IS ORDERED that the FBI may install and use a pen register on IP address 198.51.100.23.

IT IS FURTHER ORDERED that this Order be sealed until otherwise ordered by the Court, and that Quillmark Fiber not reveal the existence of the pen register or of the investigation to any person.
`,
      },
      {
        text: `# [PROPOSED] ORDER

IT IS ORDERED:

1. The DEA may install and use a pen register on telephone number (704) 555-0143.
2. Larkspur Wireless shall not disclose the existence of the pen register or the existence of the investigation to the listed subscriber or to any other person, unless or until otherwise ordered by the Court.
`,
      },
    ],
    invalid: [
      {
        title: 'sealed, but no nondisclosure directive',
        text: `# [PROPOSED] ORDER

IT IS ORDERED:

1. The FBI may install and use a pen register on Internet Protocol address 198.51.100.23, served by Quillmark Fiber, Inc. ("Quillmark Fiber").
2. This Order and the Application shall be sealed until otherwise ordered by the Court.
`,
        findings: [
          {
            at: '# [PROPOSED] ORDER',
            message: '§ 3123(d)(2)',
            fixed: `# [PROPOSED] ORDER

IT IS ORDERED:

1. The FBI may install and use a pen register on Internet Protocol address 198.51.100.23, served by Quillmark Fiber, Inc. ("Quillmark Fiber").
2. This Order and the Application shall be sealed until otherwise ordered by the Court.

IT IS FURTHER ORDERED, pursuant to 18 U.S.C. § 3123(d)(2), that Quillmark Fiber, and any person or entity owning or leasing the facility or obligated by this Order to provide assistance, shall not disclose the existence of the pen register and trap and trace device, or the existence of the investigation, to the listed subscriber or to any other person, unless or until otherwise ordered by the Court.
`,
          },
        ],
      },
    ],
  },
  check(draft) {
    const provider = draft.order.names?.provider ?? '[PROVIDER]';
    return (draft.order.orders ?? [])
      .filter((o) => o.nondisclosure.status === 'missing')
      .map((o) => ({
        start: o.part.anchor.start,
        end: o.part.anchor.end,
        message:
          'The order does not direct the provider (and the facility\'s owner or lessee) not to disclose the device or the investigation. ' +
          '18 U.S.C. § 3123(d)(2) requires that directive, unless or until otherwise ordered by the court.',
        fixes: [
          {
            title: 'Add the nondisclosure directive',
            kind: 'suggestion' as const,
            edits: [
              insertAfterDecretals(
                o,
                `IT IS FURTHER ORDERED, pursuant to 18 U.S.C. § 3123(d)(2), that ${provider}, and any person or entity owning or leasing the facility or obligated by this Order to provide assistance, shall not disclose the existence of the pen register and trap and trace device, or the existence of the investigation, to the listed subscriber or to any other person, unless or until otherwise ordered by the Court.`,
              ),
            ],
          },
        ],
      }));
  },
});
