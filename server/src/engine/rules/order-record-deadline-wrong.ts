// § 3123(a)(3)(B): the (a)(3) record is due within 30 days after termination of the order, including extensions.
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'order-record-deadline-wrong',
  severity: 'error',
  citation: '18 U.S.C. § 3123(a)(3)(B)',
  summary: 'The (a)(3) record is due other than within 30 days after termination.',
  docs: `The record an agency keeps when it installs its own device on a provider's packet-switched network "shall be provided
ex parte and under seal to the court which entered the ex parte order … within 30 days after termination of the order
(including any extensions thereof)" (18 U.S.C. § 3123(a)(3)(B)). The rule reads the deadline in the record paragraph
(numbers in words or numerals, "forty-five (45) days", weeks, months) and flags a period longer than thirty days, or a
period measured from another event (the date of the order, installation). "Within 30 days after termination of this
Order" is correct. When only the number is wrong, the fix replaces it; otherwise it rewrites the deadline.`,
  examples: {
    valid: [
      {
        text: `# ORDER

IT IS ORDERED that, pursuant to 18 U.S.C. § 3123(a)(3), the FBI shall maintain a record identifying the officers who installed or accessed the device, and shall provide that record ex parte and under seal to this Court within 30 days after termination of this Order, including any extensions thereof.
`,
      },
    ],
    invalid: [
      {
        title: 'forty-five days',
        text: `# ORDER

IT IS ORDERED that, pursuant to 18 U.S.C. § 3123(a)(3), the FBI shall maintain a record identifying the officers who installed or accessed the device. The FBI shall provide that record ex parte and under seal to this Court no later than forty-five (45) days after this Order, including any extensions, expires.
`,
        findings: [
          {
            at: 'forty-five (45) days',
            message: '30 days',
            fixed: `# ORDER

IT IS ORDERED that, pursuant to 18 U.S.C. § 3123(a)(3), the FBI shall maintain a record identifying the officers who installed or accessed the device. The FBI shall provide that record ex parte and under seal to this Court no later than thirty (30) days after this Order, including any extensions, expires.
`,
          },
        ],
      },
      {
        title: 'measured from the date of the order',
        text: `# ORDER

IT IS ORDERED that, pursuant to 18 U.S.C. § 3123(a)(3), the FBI shall maintain a record identifying the officers who installed or accessed the device, and shall provide that record ex parte and under seal to this Court within 30 days of the date of this Order.
`,
        findings: [
          {
            at: '30 days of the date of this Order',
            message: 'termination',
            fixed: `# ORDER

IT IS ORDERED that, pursuant to 18 U.S.C. § 3123(a)(3), the FBI shall maintain a record identifying the officers who installed or accessed the device, and shall provide that record ex parte and under seal to this Court within 30 days after termination of this Order (including any extensions thereof).
`,
          },
        ],
      },
    ],
  },
  check(draft) {
    const out = [];
    for (const o of draft.order.orders ?? []) {
      const d = o.record.deadline;
      if (!d || d.days === undefined) continue;
      const tooLong = d.days > 30;
      if (!tooLong && d.triggerOk) continue;
      // "within 30 days after the device is removed": removal comes at or before termination, so this is no later
      if (!tooLong && /^\s*(?:after|following|of)\s+(?:the\s+)?(?:(?:device|equipment|pen\s+register)\s+is\s+)?(?:removal|removed|uninstall\w*|deactivat\w*)/i.test(d.trigger)) continue;
      const source = draft.text.slice(d.start, d.end);
      if (d.triggerOk) {
        // only the number is wrong: keep the drafter's style ("forty-five (45) days" → "thirty (30) days")
        const words = /^[a-z]/i.test(source) && !/^\d/.test(source);
        const numeral = /\d/.test(source);
        const replacement = `${words && numeral ? 'thirty (30)' : words ? 'thirty' : '30'} days`;
        out.push({
          start: d.start,
          end: d.end,
          message: `The § 3123(a)(3) record is due here ${source} after the order ends; 18 U.S.C. § 3123(a)(3)(B) requires it within 30 days after termination of the order (including any extensions).`,
          fixes: [{ title: `Replace with "${replacement}"`, kind: 'safe' as const, edits: [{ start: d.start, end: d.end, text: replacement }] }],
        });
        continue;
      }
      // the period runs from the wrong event: rewrite the deadline through the end of its trigger clause
      const triggerEnd = d.end + d.trigger.replace(/(?<![\s,])[\s,]+$/, '').replace(/\.$/, '').length;
      out.push({
        start: d.start,
        end: triggerEnd,
        message:
          `The § 3123(a)(3) record deadline ${tooLong ? 'is too long and ' : ''}runs from the wrong event ("${draft.text.slice(d.start, triggerEnd).trim()}"). ` +
          '18 U.S.C. § 3123(a)(3)(B) requires the record within 30 days after termination of the order (including any extensions).',
        fixes: [
          {
            title: 'Replace with "30 days after termination of this Order (including any extensions thereof)"',
            kind: 'suggestion' as const,
            edits: [{ start: d.start, end: triggerEnd, text: '30 days after termination of this Order (including any extensions thereof)' }],
          },
        ],
      });
    }
    return out;
  },
});
