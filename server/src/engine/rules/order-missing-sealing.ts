// § 3123(d)(1): the order directs that it be sealed until otherwise ordered by the court.
import { defineRule } from '../rule.js';
import { insertAfterDecretals } from '../draft/order.js';

export default defineRule({
  id: 'order-missing-sealing',
  severity: 'error',
  citation: '18 U.S.C. § 3123(d)(1)',
  summary: 'No sealing directive.',
  docs: `An order authorizing a pen register or trap and trace device "shall direct that … the order be sealed until
otherwise ordered by the court" (18 U.S.C. § 3123(d)(1)). The directive must be in the order's decretal paragraphs:
a "FILED UNDER SEAL" caption, a finding, or the § 3123(a)(3) record being provided "ex parte and under seal" (which
seals the record, not the order) do not satisfy it. The statute's own phrase "until otherwise ordered by the Court"
is lawful. The quick-fix inserts the statutory directive after the last decretal paragraph.`,
  examples: {
    valid: [
      {
        text: `# [PROPOSED] ORDER

IT IS ORDERED:

1. The DEA may install and use a pen register on telephone number (704) 555-0143.
2. This Order and the Application shall be sealed until otherwise ordered by the Court.
`,
      },
      {
        title: 'New York form',
        text: `## ORDER

ORDERED that this order and the application papers be sealed until otherwise ordered by the Court.
`,
      },
    ],
    invalid: [
      {
        title: 'only the (a)(3) record goes under seal',
        text: `ORDER

IT IS THEREFORE ORDERED:

1. The FBI may install and use its own pen register on IP address 198.51.100.23.
2. The FBI shall provide that record ex parte and under seal to this Court within 30 days after termination of this Order.
`,
        findings: [
          {
            at: 'ORDER',
            message: '§ 3123(d)(1)',
            fixed: `ORDER

IT IS THEREFORE ORDERED:

1. The FBI may install and use its own pen register on IP address 198.51.100.23.
2. The FBI shall provide that record ex parte and under seal to this Court within 30 days after termination of this Order.

IT IS FURTHER ORDERED, pursuant to 18 U.S.C. § 3123(d)(1), that this Order and the Application be sealed until otherwise ordered by the Court.
`,
          },
        ],
      },
    ],
  },
  check(draft) {
    return (draft.order.orders ?? [])
      .filter((o) => o.sealing.status === 'missing')
      .map((o) => ({
        start: o.part.anchor.start,
        end: o.part.anchor.end,
        message: 'The order does not direct that it be sealed. 18 U.S.C. § 3123(d)(1) requires the order to direct that it be sealed until otherwise ordered by the court.',
        fixes: [
          {
            title: 'Add the sealing directive',
            kind: 'suggestion' as const,
            edits: [
              insertAfterDecretals(o, 'IT IS FURTHER ORDERED, pursuant to 18 U.S.C. § 3123(d)(1), that this Order and the Application be sealed until otherwise ordered by the Court.'),
            ],
          },
        ],
      }));
  },
});
