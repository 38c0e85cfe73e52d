// § 3123(b)(1)(C): a trap and trace order under (a)(2) (a State officer's application) states its geographic limits.
// Federal (a)(1) orders run "anywhere within the United States" and need none.
import { defineRule } from '../rule.js';
import { insertAfterDecretals } from '../draft/order.js';

export default defineRule({
  id: 'order-missing-geo-limits-state-trap',
  severity: 'error',
  citation: '18 U.S.C. § 3123(b)(1)(C)',
  summary: 'A State (a)(2) trap-and-trace order states no geographic limits.',
  docs: `Under 18 U.S.C. § 3123(b)(1)(C), "in the case of an order authorizing installation and use of a trap and trace device
under subsection (a)(2)" (a State officer's application) the order must state "the geographic limits of the order";
a State order runs only "within the jurisdiction of the court" (§ 3123(a)(2)). The rule never fires on a federal
(a)(1) order, which runs "anywhere within the United States", nor on a State order that authorizes only a pen
register. An order that states a reach, even a wrong one, is left to \`order-state-nationwide-scope\`. A draft is
taken for a State one when it cites § 3122(a)(2) or a State statute, when its caption names a State court, or, with
no federal prosecutor or court in sight, when a District (or State's, Commonwealth's, County) Attorney applies, a
State penal law is cited or a State is the party in the caption; set \`jurisdiction\` in the configuration to
override.`,
  examples: {
    valid: [
      {
        title: 'State order with limits',
        text: `SUPREME COURT OF THE STATE OF NEW YORK, COUNTY OF KINGS

## ORDER

ORDERED that the NYPD may install and use a pen register and a trap and trace device on telephone number (718) 555-0119 within the jurisdiction of this Court, under 18 U.S.C. § 3122(a)(2).
`,
      },
      {
        title: 'federal order: no limits needed',
        text: `UNITED STATES DISTRICT COURT

# [PROPOSED] ORDER

IT IS ORDERED that the DEA may install and use a pen register and trap and trace device on telephone number (704) 555-0143.
`,
      },
    ],
    invalid: [
      {
        title: 'a State order known by its prosecutor, with no statute cited',
        text: `# ORDER

Upon the affirmation of Assistant District Attorney Rhea Solano, IT IS ORDERED that the Rochester Police Department may install and use a pen register and trap and trace device on telephone number (585) 555-0193.
`,
        findings: [{ at: '# ORDER', message: '§ 3123(b)(1)(C)' }],
      },
      {
        title: 'State trap and trace order with no limits',
        text: `SUPREME COURT OF THE STATE OF NEW YORK, COUNTY OF KINGS

## ORDER

ORDERED that the NYPD may install and use a pen register and a trap and trace device on telephone number (718) 555-0119, under 18 U.S.C. § 3122(a)(2).
`,
        findings: [
          {
            at: '## ORDER',
            message: 'geographic limits',
            fixed: `SUPREME COURT OF THE STATE OF NEW YORK, COUNTY OF KINGS

## ORDER

ORDERED that the NYPD may install and use a pen register and a trap and trace device on telephone number (718) 555-0119, under 18 U.S.C. § 3122(a)(2).

IT IS FURTHER ORDERED that the geographic limits of this trap and trace order are [the jurisdiction of this Court / the State of ____]. 18 U.S.C. § 3123(a)(2), (b)(1)(C).
`,
          },
        ],
      },
    ],
  },
  check(draft) {
    if (draft.jurisdiction !== 'state') return [];
    return (draft.order.orders ?? [])
      .filter((o) => o.authorizesTrap && o.geoLimits.status === 'missing')
      .map((o) => ({
        start: o.part.anchor.start,
        end: o.part.anchor.end,
        message:
          'This State trap and trace order states no geographic limits. 18 U.S.C. § 3123(b)(1)(C) requires an order under § 3123(a)(2) to state them; ' +
          'a State order runs only within the jurisdiction of the court.',
        fixes: [
          {
            title: 'Add the geographic limits',
            kind: 'suggestion' as const,
            edits: [
              insertAfterDecretals(
                o,
                'IT IS FURTHER ORDERED that the geographic limits of this trap and trace order are [the jurisdiction of this Court / the State of ____]. 18 U.S.C. § 3123(a)(2), (b)(1)(C).',
              ),
            ],
          },
        ],
      }));
  },
});
