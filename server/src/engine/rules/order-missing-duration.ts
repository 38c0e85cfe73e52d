// § 3123(c)(1): the order authorizes installation and use "for a period not to exceed sixty days": it must state one.
import { defineRule } from '../rule.js';
import { limitDays } from '../draft/periods.js';
import { insertAfterDecretals } from '../draft/order.js';
import { limitPhrase } from '../text/duration-wording.js';
import type { Report } from '../types.js';

export default defineRule({
  id: 'order-missing-duration',
  severity: 'error',
  citation: '18 U.S.C. § 3123(c)(1)',
  summary: 'The order states no period.',
  docs: `An order "shall authorize the installation and use of a pen register or a trap and trace device for a period
not to exceed sixty days" (18 U.S.C. § 3123(c)(1)); an extension order, "for a period not to exceed sixty days"
(§ 3123(c)(2)). An order that states no period leaves the provider and the agency without an end date.

Any period the order states for installation and use counts as stated: a duration, a date range, an end date, or
even an unlawful one (an open-ended or self-renewing authorization), which its own rule reports. Periods with other roles do not: a sealing period, the
§ 3123(a)(3) record deadline, a disclosure deadline, a preservation or a look-back. A period that appears only in
the application does not satisfy the rule: the order must say it (RULES.md). The rule reads proposed orders;
an application filed alone is not reported, since § 3122(b) does not require the application to state a period
(its requested period, when it states one, is judged by the limit rules). The finding is placed at the order's
title; the suggestion inserts "IT IS FURTHER ORDERED that … for a period of sixty (60) days from the date of this
Order" after the last decretal paragraph.`,
  examples: {
    valid: [
      { text: `## ORDER\n\nIT IS ORDERED that the FBI may install and use a pen register on IP address 198.51.100.23 for sixty (60) days from the date of this Order.\n` },
      { title: 'an unlawful period is still a period (its own rule reports it)', text: `## ORDER\n\nIT IS ORDERED that the FBI may install and use a pen register from January 1, 2022 through June 30, 2022.\n` },
    ],
    invalid: [
      {
        title: 'no period; the record deadline is not one',
        text: `## ORDER\n\nIT IS ORDERED that the FBI may install and use a pen register on IP address 198.51.100.23.\n\nIT IS FURTHER ORDERED that the FBI shall provide the record to this Court within 30 days after termination of this Order.\n`,
        findings: [{ at: '## ORDER', message: 'states no period' }],
      },
    ],
  },
  check(draft, { config }) {
    const limit = limitDays(config);
    const out: Report[] = [];
    const periods = draft.periods.periods ?? [];
    for (const part of draft.partsOf('order')) {
      const stated = periods.some((p) => p.start >= part.start && p.start < part.end && (p.role === 'installation' || p.role === 'extension'));
      if (stated) continue;
      const facts = draft.order?.orders?.find((o) => o.part.start === part.start);
      const what = part.extension ? 'the extension' : 'this authorization';
      const paragraph = `IT IS FURTHER ORDERED that ${what} is for a period of ${limitPhrase(limit)} from the date of this Order. 18 U.S.C. § 3123(c).`;
      const edit = facts ? insertAfterDecretals(facts, paragraph) : { start: part.end, end: part.end, text: `\n\n${paragraph}\n` };
      out.push({
        start: part.anchor.start,
        end: part.anchor.end,
        message: `The order states no period of installation and use; 18 U.S.C. § 3123(c)(1) requires the order to authorize it for a stated period of at most sixty days (e.g. "for a period of ${limitPhrase(limit)} from the date of this Order").`,
        fixes: [{ title: `Insert "for a period of ${limitPhrase(limit)} from the date of this Order"`, kind: 'suggestion', edits: [edit] }],
      });
    }
    return out;
  },
});
