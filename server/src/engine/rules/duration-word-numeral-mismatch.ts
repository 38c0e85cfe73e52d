// A period written in words and numerals that disagree ("sixty (90) days"): which one did the court authorize?
import { defineRule } from '../rule.js';
import { limitDays } from '../draft/periods.js';
import { setDurationFix } from '../text/duration-wording.js';
import { numberToWords } from '../text/numbers.js';
import type { Fix, Report } from '../types.js';

export default defineRule({
  id: 'duration-word-numeral-mismatch',
  severity: 'error',
  citation: '18 U.S.C. § 3123(c)(1)',
  summary: 'The words and the numeral of a period disagree ("sixty (90) days").',
  docs: `A period written "sixty (90) days" states two periods. An order must authorize installation and use "for a
period not to exceed sixty days" (18 U.S.C. § 3123(c)(1)), and a provider, an agent or a reviewing court reading
the larger number would act outside the authorization. penlint reports every period whose words and numeral
disagree, wherever it appears (the order, the application, an extension, a deadline), because the text is
ambiguous whatever its role; the limit rules (\`order-duration-exceeds-60\`, \`extension-exceeds-60\`) judge the
larger number.

When the larger number exceeds the limit the safe fix writes both as the limit ("sixty (60)"); otherwise the
quick-fixes offer each of the two readings.`,
  examples: {
    valid: [
      { text: `## ORDER\n\nIT IS ORDERED that the pen register may be used for sixty (60) days from the date of this Order.\n` },
      { title: 'numeral first', text: `## ORDER\n\nIT IS ORDERED that the pen register may be used for 45 (forty-five) days from the date of this Order.\n` },
    ],
    invalid: [
      {
        title: 'sixty (90) days',
        text: `## ORDER\n\nIT IS ORDERED that the pen register may be used for a period of sixty (90) days from the date of this Order.\n`,
        findings: [{ at: 'sixty (90) days', message: 'the words say sixty (60) and the numeral says 90', fixed: `## ORDER\n\nIT IS ORDERED that the pen register may be used for a period of sixty (60) days from the date of this Order.\n` }],
      },
      {
        title: 'both readings lawful: the fix is a choice',
        text: `## ORDER\n\nIT IS ORDERED that the pen register may be used for thirty (45) days from the date of this Order.\n`,
        findings: [{ at: 'thirty (45) days', fixed: `## ORDER\n\nIT IS ORDERED that the pen register may be used for forty-five (45) days from the date of this Order.\n` }],
      },
    ],
  },
  check(draft, { config }) {
    const limit = limitDays(config);
    const out: Report[] = [];
    for (const p of draft.periods.periods ?? []) {
      if (!p.mismatch || !p.words || !p.numeral) continue;
      const w = p.words.value;
      const n = p.numeral.value;
      const larger = Math.max(w, n);
      const fixes: Fix[] = [];
      const isDays = p.unit === 'day' || p.unit === 'business-day';
      if (larger > limit && isDays && (p.role === 'installation' || p.role === 'extension')) fixes.push(setDurationFix(p, limit));
      else {
        for (const v of [larger, Math.min(w, n)]) {
          fixes.push({
            title: `Make both ${numberToWords(v)} (${v})`,
            kind: 'suggestion',
            edits: [
              { start: p.words.start, end: p.words.end, text: /^[A-Z]/.test(p.words.text) ? numberToWords(v).replace(/^./, (c) => c.toUpperCase()) : numberToWords(v) },
              { start: p.numeral.start, end: p.numeral.end, text: String(v) },
            ],
          });
        }
      }
      const span = p.amountSpan ?? p;
      out.push({
        start: span.start,
        end: span.end,
        message: `The period “${p.text.trim()}” states two numbers: the words say ${numberToWords(w)} (${w}) and the numeral says ${n}. Write one period; 18 U.S.C. § 3123(c) allows at most sixty days.`,
        fixes,
      });
    }
    return out;
  },
});
