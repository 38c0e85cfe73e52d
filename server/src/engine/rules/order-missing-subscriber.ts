// § 3123(b)(1)(A): the order names the person in whose name the facility is listed (or to whom it is leased),
// or says that person is unknown. The application saying it does not count: the order must.
import { defineRule } from '../rule.js';
import { facilityName, insertAfterDecretals } from '../draft/order.js';

export default defineRule({
  id: 'order-missing-subscriber',
  severity: 'warning',
  citation: '18 U.S.C. § 3123(b)(1)(A)',
  summary: 'The subscriber is neither named nor stated to be unknown.',
  docs: `An order under 18 U.S.C. § 3123(b)(1)(A) "shall specify … the identity, if known, of the person to whom is leased or
in whose name is listed the telephone line or other facility". The element is required only if known, so an order
that says the listed subscriber is "unknown" satisfies it; an order that says nothing leaves the court unable to tell
whether the identity was known. The order must say it itself: a subscriber named only in the application does not
count. "The listed subscriber" as the recipient of the nondisclosure directive names nobody. The quick-fix inserts a
paragraph after the last decretal paragraph, filled with the name (or "unknown") the application gives.`,
  examples: {
    valid: [
      {
        title: 'roles said to be unknown together',
        text: `# [PROPOSED] ORDER

IT IS ORDERED that the DEA may install and use a pen register on telephone number (704) 555-0143. The listed subscriber and the subject of the investigation remain unidentified.
`,
      },
      {
        title: 'named in the order',
        text: `# [PROPOSED] ORDER

IT IS ORDERED:

1. The DEA may install and use a pen register on telephone number (704) 555-0143 (the "Target Telephone").
2. The Target Telephone is listed in the name of Mabel Underhay.
`,
      },
      {
        title: '"if known": stated to be unknown, in a table of the facility',
        text: `# [PROPOSED] ORDER

IT IS ORDERED that the DEA may install and use a pen register on the following account:

| Account | Person in whose name listed |
| --- | --- |
| +853 5550 0148 | Unknown |
`,
      },
    ],
    invalid: [
      {
        title: 'the application names the subscriber, the order does not',
        text: `# APPLICATION

The Target Telephone, (813) 555-0162, is listed in the name of Gertrude Bagglethorpe.

# ORDER

IT IS ORDERED:

1. ATF may install and use a pen register on telephone number (813) 555-0162 (the "Target Telephone").
2. Marlinspike Wireless shall not disclose the existence of the device to the listed subscriber or to any other person.
`,
        findings: [
          {
            at: '# ORDER',
            message: '§ 3123(b)(1)(A)',
            fixed: `# APPLICATION

The Target Telephone, (813) 555-0162, is listed in the name of Gertrude Bagglethorpe.

# ORDER

IT IS ORDERED:

1. ATF may install and use a pen register on telephone number (813) 555-0162 (the "Target Telephone").
2. Marlinspike Wireless shall not disclose the existence of the device to the listed subscriber or to any other person.

The Target Telephone is listed in the name of Gertrude Bagglethorpe.
`,
          },
        ],
      },
    ],
  },
  check(draft) {
    const facts = draft.order;
    return (facts.orders ?? [])
      .filter((o) => o.subscriber.status === 'missing')
      .map((o) => {
        const name = facts.names.subscriber;
        const facility = facilityName(facts, o);
        const Facility = facility.charAt(0).toUpperCase() + facility.slice(1);
        const statement =
          name === 'unknown'
            ? `The identity of the person in whose name ${facility} is listed is unknown.`
            : `${Facility} is listed in the name of ${name ?? '[NAME, or state that the subscriber is unknown]'}.`;
        return {
          start: o.part.anchor.start,
          end: o.part.anchor.end,
          message:
            'The order does not name the person in whose name the facility is listed (or to whom it is leased), nor say that this is unknown. ' +
            '18 U.S.C. § 3123(b)(1)(A) requires the subscriber\'s identity if known; write "unknown" if it is not. Naming it in the application is not enough.',
          fixes: [{ title: 'Add the subscriber to the order', kind: 'suggestion' as const, edits: [insertAfterDecretals(o, statement)] }],
        };
      });
  },
});
