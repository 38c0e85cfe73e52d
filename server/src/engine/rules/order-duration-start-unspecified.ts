// § 3123(c)(1) does not say when the sixty days start; the order should.
import { defineRule } from '../rule.js';
import { judgedPeriods } from '../draft/periods.js';
import type { Report } from '../types.js';

export default defineRule({
  id: 'order-duration-start-unspecified',
  severity: 'info',
  citation: '18 U.S.C. § 3123(c)(1)',
  summary: 'A period is stated with no start point ("for 60 days").',
  docs: `Section 3123(c)(1) limits the period to sixty days but does not say when it starts: on the date of the order
or on installation (LEGAL.md §2.2(4)). "For sixty (60) days" with no start leaves the end date for the provider
to guess, so penlint notes it and suggests the common form "from the date of this Order". A start tied to
installation is lawful; a court may prefer the order date. Only the order's own installation or extension period
is noted (the application's request when the file holds no order), never a deadline or a sealing period. A
period that runs from installation is lawful and gets a note without a fix: the court may prefer the order date,
from which the end date can be read (LEGAL.md §7.3).`,
  examples: {
    valid: [
      { text: `## ORDER\n\nIT IS ORDERED that the device may be used for sixty (60) days from the date of this Order.\n` },
      { title: 'a deadline is not the period', text: `## ORDER\n\nIT IS ORDERED that the device may be used for sixty (60) days from the date of this Order. Within ten (10) days of service, the provider shall disclose the records.\n` },
    ],
    invalid: [
      {
        text: `## ORDER\n\nIT IS ORDERED that the device may be installed and used for sixty (60) days.\n`,
        findings: [{ at: 'sixty (60) days', message: 'does not say when', fixed: `## ORDER\n\nIT IS ORDERED that the device may be installed and used for sixty (60) days from the date of this Order.\n` }],
      },
      {
        title: 'from installation: lawful, noted',
        text: `## ORDER\n\nIT IS ORDERED that the device may be used for sixty (60) days from the date of installation.\n`,
        findings: [{ at: 'sixty (60) days', message: 'runs from installation' }],
      },
    ],
  },
  check(draft) {
    const out: Report[] = [];
    for (const p of judgedPeriods(draft, ['installation', 'extension'])) {
      if (p.kind !== 'duration' || p.automatic || p.unit === 'hour' || p.statutory) continue;
      // an extension's period is noted only in an extension document ("may be renewed for further sixty-day
      // periods upon a new application" states what the law permits, not a period granted)
      if (p.role === 'extension' && !p.part?.extension) continue;
      const span = p.amountSpan ?? p;
      if (p.anchor === 'installation') {
        // lawful (LEGAL.md §7.3), but the provider cannot read the end date from the order itself
        out.push({
          start: span.start,
          end: span.end,
          message: `The period “${p.text.trim()}” runs from installation; 18 U.S.C. § 3123(c)(1) does not fix the start, and the court may prefer the date of the order, from which the end date can be read.`,
        });
        continue;
      }
      if (p.anchor !== 'none') continue;
      const fix = p.adjectival
        ? []
        : [{ title: 'Append "from the date of this Order"', kind: 'suggestion' as const, edits: [{ start: span.end, end: span.end, text: ' from the date of this Order' }] }];
      out.push({
        start: span.start,
        end: span.end,
        message: `The period “${p.text.trim()}” does not say when it starts; 18 U.S.C. § 3123(c)(1) does not fix the start, so state it (e.g. "from the date of this Order").`,
        fixes: fix,
      });
    }
    return out;
  },
});
