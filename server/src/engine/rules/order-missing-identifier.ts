// § 3123(b)(1)(C): the order specifies the number or other identifier of the facility. Not qualified by "if known".
import { defineRule } from '../rule.js';
import { insertAfterDecretals } from '../draft/order.js';

export default defineRule({
  id: 'order-missing-identifier',
  severity: 'error',
  citation: '18 U.S.C. § 3123(b)(1)(C)',
  summary: 'No number, address, account or other identifier of the target facility.',
  docs: `An order under 18 U.S.C. § 3123(b)(1)(C) "shall specify … the number or other identifier … of the telephone line or
other facility to which the pen register or trap and trace device is to be attached or applied". Unlike the subscriber
and subject, this element is not qualified by "if known". Since 2001 the identifier may be a telephone number (domestic
or foreign), an IP address, an e-mail address, an account or user name, an IMEI or IMSI. An order that refers only to
"the Target Telephone described in the Application" does not specify it; a number that appears only in passing (an
agent's contact line) is not the facility. The quick-fix inserts a target-facility paragraph with the identifier the
application gives.`,
  examples: {
    valid: [
      {
        title: 'a foreign WhatsApp number in a table',
        text: `# [PROPOSED] ORDER

IT IS ORDERED that the DEA may install and use a pen register on the following WhatsApp accounts:

| No. | WhatsApp account (registered number) |
| --- | --- |
| 1 | +853 5550 0148 |
`,
      },
      {
        title: 'an e-mail account',
        text: `# [PROPOSED] ORDER

IT IS ORDERED that IRS-CI may install and use a pen register on the e-mail account refund.desk.2024@example.net.
`,
      },
    ],
    invalid: [
      {
        title: 'the order refers to the application only',
        text: `# APPLICATION

The Target Telephone is assigned call number (704) 555-0143.

# [PROPOSED] ORDER

IT IS ORDERED that the DEA may install and use a pen register on the Target Telephone described in the Application.
`,
        findings: [
          {
            at: '# [PROPOSED] ORDER',
            message: '§ 3123(b)(1)(C)',
            fixed: `# APPLICATION

The Target Telephone is assigned call number (704) 555-0143.

# [PROPOSED] ORDER

IT IS ORDERED that the DEA may install and use a pen register on the Target Telephone described in the Application.

The facility to which the pen register and trap and trace device are to be attached or applied is (704) 555-0143.
`,
          },
        ],
      },
      {
        title: 'an agent\'s contact number is not the facility',
        text: `# ORDER

IT IS ORDERED that the FBI may install and use a pen register on the Target Account. Questions may be directed to Special Agent Roe, who may be reached at (312) 555-0100.
`,
        findings: [{ at: '# ORDER' }],
      },
    ],
  },
  check(draft) {
    const facts = draft.order;
    return (facts.orders ?? [])
      .filter((o) => o.identifier.status === 'missing')
      .map((o) => {
        const identifier = facts.applicationTargets?.[0]?.text ?? '[TELEPHONE NUMBER / ACCOUNT / IP ADDRESS / E-MAIL ADDRESS]';
        const statement = `The facility to which the pen register and trap and trace device are to be attached or applied is ${identifier}.`;
        return {
          start: o.part.anchor.start,
          end: o.part.anchor.end,
          message:
            'The order does not specify the number or other identifier of the line or facility the device is to be attached or applied to. ' +
            '18 U.S.C. § 3123(b)(1)(C) requires it in every order (telephone number, IP address, e-mail address, account or other identifier).',
          fixes: [{ title: 'Add the target facility to the order', kind: 'suggestion' as const, edits: [insertAfterDecretals(o, statement)] }],
        };
      });
  },
});
