// Info: a combined pen/trap and § 2703(d) order sealed "until further order" with no review date or end.
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'order-sealing-indefinite',
  severity: 'info',
  citation: '18 U.S.C. § 3123(d)(1); In re Sealing and Non-Disclosure of Pen/Trap/2703(d) Orders, 562 F. Supp. 2d 876 (S.D. Tex. 2008); Cal. Penal Code § 638.52',
  summary: 'Sealing "until further order" in a combined pen/trap/2703(d) order with no review date.',
  docs: `Sealing "until otherwise ordered by the court" is the wording of 18 U.S.C. § 3123(d)(1) and is lawful. But courts
have criticised the resulting indefinite sealing of combined pen/trap/2703(d) orders (*In re Sealing and Non-Disclosure
of Pen/Trap/2703(d) Orders*, 562 F. Supp. 2d 876 (S.D. Tex. 2008)), and California requires sealing only until the
order, including extensions, expires (Penal Code § 638.52, as amended by AB 1924). This informational rule notes
open-ended sealing in orders that also rest on § 2703(d), or are California orders, when the sealing paragraph sets no
date, period or review. A review sentence ("The Government shall advise the Court within one year … whether continued
sealing is necessary") keeps it quiet.`,
  examples: {
    valid: [
      {
        title: 'review date set',
        text: `# [PROPOSED] ORDER

IT IS ORDERED, under 18 U.S.C. §§ 3123 and 2703(d), that this Order and the Application shall be sealed until otherwise ordered by the Court. The Government shall advise the Court within one year of the date of this Order whether continued sealing is necessary.
`,
      },
      {
        title: 'a pen/trap-only order: the statute\'s own wording',
        text: `# [PROPOSED] ORDER

IT IS ORDERED, under 18 U.S.C. § 3123, that this Order and the Application shall be sealed until otherwise ordered by the Court.
`,
      },
    ],
    invalid: [
      {
        text: `# [PROPOSED] ORDER

IT IS ORDERED, under 18 U.S.C. §§ 3123 and 2703(d), that this Order and the Application shall be sealed until otherwise ordered by the Court.
`,
        findings: [
          {
            at: 'be sealed',
            message: '562 F. Supp. 2d 876',
            fixed: `# [PROPOSED] ORDER

IT IS ORDERED, under 18 U.S.C. §§ 3123 and 2703(d), that this Order and the Application shall be sealed until otherwise ordered by the Court. The Government shall advise the Court within [one year / 180 days after this Order expires] whether continued sealing is necessary.
`,
          },
        ],
      },
    ],
  },
  check(draft) {
    const hybrid = draft.authorities.has('2703d');
    const california = draft.citations.some((c) => c.state && c.refs.some((r) => /^638/.test(r.section)));
    if (!hybrid && !california) return [];
    const out = [];
    for (const o of draft.order.orders ?? []) {
      if (o.sealing.status !== 'found' || !o.sealing.indefinite || !o.sealing.span || !o.sealing.sentence) continue;
      out.push({
        start: o.sealing.span.start,
        end: o.sealing.span.end,
        message: california
          ? 'The order is sealed until further order with no end. California requires sealing until the order, including extensions, expires (Penal Code § 638.52); consider a date or event.'
          : 'Sealing "until otherwise ordered" is lawful under 18 U.S.C. § 3123(d)(1), but courts have criticised indefinite sealing of combined pen/trap/2703(d) orders (562 F. Supp. 2d 876 (S.D. Tex. 2008)); consider a date, an event or a review.',
        fixes: [
          {
            title: 'Add a sealing review',
            kind: 'suggestion' as const,
            edits: [
              {
                start: o.sealing.sentence.end,
                end: o.sealing.sentence.end,
                text: ' The Government shall advise the Court within [one year / 180 days after this Order expires] whether continued sealing is necessary.',
              },
            ],
          },
        ],
      });
    }
    return out;
  },
});
