// § 3123(b)(1)(B): the order names the subject of the investigation, or says the subject is unknown.
import { defineRule } from '../rule.js';
import { insertAfterDecretals } from '../draft/order.js';

export default defineRule({
  id: 'order-missing-subject',
  severity: 'warning',
  citation: '18 U.S.C. § 3123(b)(1)(B)',
  summary: 'The subject is neither named nor stated to be unknown.',
  docs: `An order under 18 U.S.C. § 3123(b)(1)(B) "shall specify … the identity, if known, of the person who is the subject
of the criminal investigation". Writing that the subject is "unknown" satisfies the "if known" qualifier; silence does
not, and a subject named only in the application does not count: the order must say it. The subject may be stated in
the findings, in a decretal paragraph or in a table of the target facility, and in apposition ("used by the subject,
Ann Poe", "Ann Poe (the "Target")", "Subject Ann Poe"). The quick-fix inserts the statement after
the last decretal paragraph, with the name (or "unknown") the application gives. An order that names no subject but
says the facility's user is unknown ("whose subscriber and user remain unknown") has said the person behind it is not known,
and the rule keeps quiet; a user who is named counts as the subject only when the order ties the two.`,
  examples: {
    valid: [
      {
        title: 'named in apposition: "used by the subject, NAME"',
        text: `# [PROPOSED] ORDER

IT IS ORDERED that the DEA may install and use a pen register on telephone number (316) 555-0188, subscribed to an unknown person and used by the target, Ansel Moreby-Quint, for sixty days.
`,
      },
      {
        title: 'the people behind the facility are unknown: "whose subscriber and user remain unknown"',
        text: `# [PROPOSED] ORDER

IT IS ORDERED that the FBI may install and use a pen register on user ID 4471930 of Quillmark Social, Inc., whose subscriber and user remain unknown.
`,
      },
      {
        title: 'named in the findings',
        text: `# [PROPOSED] ORDER

The Court FINDS that the subject of the criminal investigation is Desmond Harrowgate.

IT IS ORDERED that the DEA may install and use a pen register on telephone number (704) 555-0143.
`,
      },
      {
        title: '"if known": stated to be unknown',
        text: `# [PROPOSED] ORDER

IT IS ORDERED:

1. The FBI may install and use a pen register on IP address 198.51.100.23.
2. The identity of the person who is the subject of the criminal investigation is unknown.
`,
      },
    ],
    invalid: [
      {
        title: 'New York form: the subject is named in the application only',
        text: `## AFFIRMATION IN SUPPORT OF APPLICATION

The subject of the investigation is Tremaine Oakhurst.

## ORDER

ORDERED that the NYPD may install and use a pen register on telephone number (718) 555-0119; and it is further

ORDERED that the person in whose name telephone number (718) 555-0119 is listed is unknown.
`,
        findings: [
          {
            at: '## ORDER',
            message: '§ 3123(b)(1)(B)',
            fixed: `## AFFIRMATION IN SUPPORT OF APPLICATION

The subject of the investigation is Tremaine Oakhurst.

## ORDER

ORDERED that the NYPD may install and use a pen register on telephone number (718) 555-0119; and it is further

ORDERED that the person in whose name telephone number (718) 555-0119 is listed is unknown.

The subject of the criminal investigation is Tremaine Oakhurst.
`,
          },
        ],
      },
    ],
  },
  check(draft) {
    const facts = draft.order;
    return (facts.orders ?? [])
      .filter((o) => o.subject.status === 'missing')
      .map((o) => {
        const name = facts.names.subject;
        const statement =
          name === 'unknown'
            ? 'The identity of the person who is the subject of the criminal investigation is unknown.'
            : `The subject of the criminal investigation is ${name ?? '[NAME, or state that the subject is unknown]'}.`;
        return {
          start: o.part.anchor.start,
          end: o.part.anchor.end,
          message:
            'The order neither names the subject of the criminal investigation nor says the subject is unknown. ' +
            '18 U.S.C. § 3123(b)(1)(B) requires the subject\'s identity if known; write "unknown" if it is not. Naming the subject in the application is not enough.',
          fixes: [{ title: 'Add the subject to the order', kind: 'suggestion' as const, edits: [insertAfterDecretals(o, statement)] }],
        };
      });
  },
});
