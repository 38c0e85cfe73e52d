// An authorization with no end ("until the investigation is concluded", "until further order").
import { defineRule } from '../rule.js';
import { defectivePeriods, limitDays } from '../draft/periods.js';
import { limitPhrase } from '../text/duration-wording.js';
import type { Report } from '../types.js';

export default defineRule({
  id: 'order-duration-open-ended',
  severity: 'error',
  citation: '18 U.S.C. § 3123(c)(1)',
  summary: 'The installation period has no end ("until the investigation is concluded"); not the sealing phrase "until otherwise ordered".',
  docs: `An order may authorize installation and use only "for a period not to exceed sixty days" (18 U.S.C.
§ 3123(c)(1)). An authorization "until the investigation is concluded", "for the duration of the investigation",
"until further order of the Court", "so long as the investigation continues" or "indefinitely" has no end, so it
exceeds the limit on its face.

penlint judges what the open-ended words govern: the verbs that say how long the devices may be used (install,
use, operate, remain in place, stay installed, continue, run, be in effect), in the order or in the application
that proposes it ("I request that the devices remain in place until the investigation is complete"), not what
the target, the phone or the investigation does ("the Target Telephone will remain active until the subject is
arrested"). The statute's own sealing and nondisclosure phrase, "sealed until
otherwise ordered by the Court" (§ 3123(d)), is lawful and never reported; nor is the § 3124(b) delivery phrase
"in real time … for the duration of this Order", nor an open event bounded by a period ("for sixty days or until
the investigation ends, whichever is earlier"). Automatic or successive renewals are \`extension-automatic\`.
The order's own period is judged; the application's request when the file holds no order or when only the
application asks for an open-ended period. The suggestion
replaces the words with "for a period of sixty (60) days from the date of this Order".`,
  examples: {
    valid: [
      { text: `## ORDER\n\nIT IS ORDERED that this Order and the Application shall be sealed until otherwise ordered by the Court.\n\nIT IS FURTHER ORDERED that the DEA may use the pen register for sixty (60) days from the date of this Order.\n` },
      { title: 'the target\'s phone, not the devices', text: `## APPLICATION\n\nThe Government requests authorization for sixty (60) days from the date of the order. The Target Telephone will likely remain in use until the subject is arrested.\n` },
      { title: 'the § 3124(b) delivery phrase', text: `## ORDER\n\nIT IS ORDERED that the provider shall furnish the results in real time for the duration of this Order, which authorizes use for sixty (60) days from its date.\n` },
    ],
    invalid: [
      {
        title: 'until the investigation is concluded',
        text: `## ORDER\n\nIT IS ORDERED that the FBI may install and use the pen register until the investigation is concluded.\n`,
        findings: [{ at: 'until the investigation is concluded', message: 'has no end', fixed: `## ORDER\n\nIT IS ORDERED that the FBI may install and use the pen register for a period of sixty (60) days from the date of this Order.\n` }],
      },
      {
        title: 'an application: the devices remain in place until an event',
        text: `## APPLICATION\n\nI request that the devices remain in place until the investigation is complete.\n`,
        findings: [{ at: 'until the investigation is complete', message: 'The application asks' }],
      },
      {
        title: 'until further order',
        text: `## ORDER\n\nORDERED that the NYPD may install and use a pen register on telephone number (718) 555-0119 until further order of this Court; and it is further\n\nORDERED that this order be sealed until otherwise ordered by the Court.\n`,
        findings: [{ at: 'until further order of this Court' }],
      },
    ],
  },
  check(draft, { config }) {
    const limit = limitDays(config);
    const out: Report[] = [];
    for (const p of defectivePeriods(draft, ['installation', 'extension'], (x) => x.kind === 'open-ended')) {
      const span = p.phrase ?? p;
      out.push({
        start: span.start,
        end: span.end,
        message: `${p.partKind === 'order' ? 'The order authorizes installation and use' : 'The application asks for installation and use'} “${p.text.trim()}”, which has no end; 18 U.S.C. § 3123(c)(1) requires a stated period of at most sixty days (longer coverage needs an extension on a new application).`,
        fixes: [{ title: `Replace with "for a period of ${limitPhrase(limit)} from the date of this Order"`, kind: 'suggestion', edits: [{ start: span.start, end: span.end, text: `for a period of ${limitPhrase(limit)} from the date of this Order` }] }],
      });
    }
    return out;
  },
});
