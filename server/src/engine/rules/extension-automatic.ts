// § 3123(c)(2): each extension needs a new § 3122 application and a new judicial finding; none renews itself.
import { defineRule } from '../rule.js';
import { defectivePeriods } from '../draft/periods.js';
import type { Report, Fix } from '../types.js';

export default defineRule({
  id: 'extension-automatic',
  severity: 'error',
  citation: '18 U.S.C. § 3123(c)(2)',
  summary: 'Automatic or successive renewals without a new application.',
  docs: `Extensions "may be granted, but only upon an application for an order under section 3122 … and upon the
judicial finding required by subsection (a)" (18 U.S.C. § 3123(c)(2)). An order that renews itself ("shall
automatically renew", "and for successive sixty-day periods thereafter", "shall be extended … upon the
Government's written notice", "without further application to the Court") grants extensions with no application,
no fresh certification and no finding. The statute sets no limit on the number of extensions, so the remedy is
simply to apply again.

Statements of the law ("any further extension would require a new application under § 3122") and negated
renewals ("this Order shall not be extended automatically") are not reported. The order's own words are judged;
the application's request when the file holds no order or when only the application asks for renewals. One
defect, one finding: automatic renewal is this rule, not \`order-duration-open-ended\`. The suggestion strikes the renewal words (or replaces the renewal sentence with
"Extensions may be sought upon further application under 18 U.S.C. § 3122.").`,
  examples: {
    valid: [
      { text: `## ORDER\n\nIT IS ORDERED that the pen register may be used for sixty (60) days from the date of this Order. Any further extension may be granted only upon a new application under 18 U.S.C. § 3122.\n` },
      { title: 'negated', text: `## ORDER\n\nIT IS ORDERED that the pen register may be used for sixty (60) days from the date of this Order. This Order shall not be renewed automatically.\n` },
    ],
    invalid: [
      {
        title: 'successive periods',
        text: `## ORDER\n\nIT IS ORDERED that the pen register may be used for sixty (60) days from the date of this Order and for successive sixty-day periods thereafter.\n`,
        findings: [{ at: 'successive sixty-day periods', message: 'new application', fixed: `## ORDER\n\nIT IS ORDERED that the pen register may be used for sixty (60) days from the date of this Order.\n` }],
      },
      {
        title: 'a renewal until an event: one finding, the renewal',
        text: `# APPLICATION FOR EXTENSION\n\nThe Government asks that the order be extended for sixty days, and that it renew automatically for further thirty-day periods until the investigation ends.\n`,
        findings: [{ at: 'renew automatically', message: 'asks for an automatic renewal' }],
      },
      {
        title: 'extension on notice, without an application',
        text: `## ORDER\n\nIT IS ORDERED that the device may be used for sixty (60) days from the date of this Order. This authorization shall be extended once for an additional sixty (60) days upon the Government's written notice to the provider, without further application to the Court.\n`,
        findings: [{ at: 'without further application to the Court', fixed: `## ORDER\n\nIT IS ORDERED that the device may be used for sixty (60) days from the date of this Order. Extensions may be sought upon further application under 18 U.S.C. § 3122.\n` }],
      },
    ],
  },
  check(draft) {
    const out: Report[] = [];
    const text = draft.text;
    const seen = new Set<number>();
    for (const p of defectivePeriods(draft, ['extension'], (x) => x.kind === 'renewal')) {
      // one sentence, one finding
      if (seen.has(p.sentence.index)) continue;
      seen.add(p.sentence.index);
      const fixes: Fix[] = [];
      const lead = text.slice(Math.max(p.sentence.start, p.start - 20), p.start);
      const joined = /(?:,\s*|(?<!\s)\s+)(?:and|or)\s+(?:for\s+)?$/i.exec(lead) ?? /,\s*(?:for\s+)?$/.exec(lead);
      const successive = /^(?:for\s+)?(?:successive|subsequent|consecutive|recurring|repeated|each|every)\b/i.test(p.text);
      if (successive && joined) {
        const tail = /^\s+thereafter\b/i.exec(text.slice(p.end, p.end + 20));
        const from = p.start - joined[0].length;
        fixes.push({ title: 'Strike the automatic renewal', kind: 'suggestion', edits: [{ start: from, end: p.end + (tail ? tail[0].length : 0), text: '' }] });
      } else {
        fixes.push({
          title: 'Replace with: Extensions may be sought upon further application',
          kind: 'suggestion',
          edits: [{ start: p.sentence.start, end: p.sentence.end, text: 'Extensions may be sought upon further application under 18 U.S.C. § 3122.' }],
        });
      }
      out.push({
        start: p.start,
        end: p.end,
        message: `${p.partKind === 'order' ? 'The order renews itself' : 'The application asks for an automatic renewal'} (“${p.text.trim().slice(0, 120)}”); 18 U.S.C. § 3123(c)(2) allows an extension only upon a new application under § 3122 and a new judicial finding, each for at most sixty days.`,
        fixes,
      });
    }
    return out;
  },
});
