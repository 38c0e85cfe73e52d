// § 3123(b)(1)(C): the order's target identifier is the one the application asks for.
import { defineRule } from '../rule.js';
import type { Identifier } from '../draft/identifiers.js';

export default defineRule({
  id: 'draft-inconsistent-identifier',
  severity: 'warning',
  citation: '18 U.S.C. § 3123(b)(1)(C)',
  summary: "The order's target identifier differs from the application's.",
  docs: `The order must specify "the number or other identifier" of the facility (18 U.S.C. § 3123(b)(1)(C)), and it can only
authorize what the application asked for. A transposed digit between the application's target and the order's
("(813) 555-0162" in the application, "(813) 555-0126" in the order) sends the device to someone else's line. The rule
compares the target identifiers the order names with every identifier the application names, after normalisation
("+1 (813) 555-0162" and "813.555.0162" are the same number; e-mail addresses ignore case), kind by kind, and reports
at the order's identifier with the application's as related information. Numbers in passing (an agent's phone, a
victim's own number) are not targets.`,
  examples: {
    valid: [
      {
        title: 'same number, different formatting',
        text: `# APPLICATION

The Target Telephone is assigned call number +1 813-555-0162.

# ORDER

IT IS ORDERED that ATF may install and use a pen register on telephone number (813) 555-0162 (the "Target Telephone").
`,
      },
    ],
    invalid: [
      {
        title: 'transposed digits',
        text: `# APPLICATION

The Target Telephone, (813) 555-0162, is serviced by Marlinspike Wireless LLC.

# ORDER

IT IS ORDERED that ATF may install and use a pen register on telephone number (813) 555-0126 (the "Target Telephone").
`,
        findings: [
          {
            at: '(813) 555-0126',
            message: '(813) 555-0162',
            fixed: `# APPLICATION

The Target Telephone, (813) 555-0162, is serviced by Marlinspike Wireless LLC.

# ORDER

IT IS ORDERED that ATF may install and use a pen register on telephone number (813) 555-0162 (the "Target Telephone").
`,
          },
        ],
      },
    ],
  },
  check(draft) {
    const facts = draft.order;
    const applicationAll = facts.applicationIdentifiers ?? [];
    const applicationTargets = facts.applicationTargets ?? [];
    if (!applicationTargets.length || !facts.orders?.length) return [];
    const known = new Set(applicationAll.map((i) => `${i.kind}:${i.normalized}`));
    const out = [];
    for (const o of facts.orders ?? []) {
      const reported = new Set<string>();
      for (const t of o.targets) {
        const key = `${t.kind}:${t.normalized}`;
        if (known.has(key) || reported.has(key)) continue;
        const sameKind = distinct(applicationTargets.filter((a) => a.kind === t.kind));
        if (!sameKind.length) continue;
        reported.add(key);
        const names = sameKind.map((a) => a.text).join(', ');
        out.push({
          start: t.start,
          end: t.end,
          message: `The order targets ${t.text}, but the application asks for ${names}. The order must specify the identifier of the facility the application concerns (18 U.S.C. § 3123(b)(1)(C)); make them agree.`,
          related: sameKind.map((a) => ({ start: a.start, end: a.end, message: `The application's target: ${a.text}` })),
          fixes:
            sameKind.length === 1
              ? [{ title: `Use the application's ${sameKind[0].text}`, kind: 'suggestion' as const, edits: [{ start: t.start, end: t.end, text: sameKind[0].text }] }]
              : undefined,
        });
      }
    }
    return out;
  },
});

function distinct(ids: Identifier[]): Identifier[] {
  const seen = new Set<string>();
  return ids.filter((i) => (seen.has(i.normalized) ? false : (seen.add(i.normalized), true)));
}
