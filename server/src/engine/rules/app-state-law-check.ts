import { defineRule } from '../rule.js';
import type { Report } from '../types.js';

export default defineRule({
  id: 'app-state-law-check',
  severity: 'info',
  citation: '18 U.S.C. § 3122(a)(2)',
  summary: 'A State officer applies under § 3122(a)(2): check that State law allows it and what it adds.',
  docs: `A State investigative or law enforcement officer may apply for a pen register order "unless prohibited by State
law" (18 U.S.C. § 3122(a)(2)). Several States confine applications to prosecutors (New York CPL art. 705, Texas CCP
ch. 18B, Iowa Code ch. 808B), and several add elements the federal statute does not require: a statement of the
offense (California Penal Code § 638.52(a), Arizona § 13-3017), specific facts supporting reasonable suspicion (New
York CPL § 705.15), probable cause (California § 638.52(b)). This informational note appears once on every State
application so the drafter checks the State statute; it is never a defect by itself.`,
  examples: {
    valid: [
      {
        title: 'A federal application',
        text: `# APPLICATION

Jane Roe, an Assistant United States Attorney, applies under 18 U.S.C. § 3122(a)(1) for an Order.
`,
      },
    ],
    invalid: [
      {
        title: 'A detective applies under § 3122(a)(2)',
        text: `# APPLICATION

Detective Maria Lopez of the Springfield Police Department applies under 18 U.S.C. § 3122(a)(2) for an order authorizing a pen register.
`,
        findings: [{ at: 'Detective Maria Lopez', message: 'unless prohibited by State law' }],
      },
    ],
  },
  check(draft) {
    if (draft.jurisdiction !== 'state') return [];
    const out: Report[] = [];
    for (const facts of draft.application.parts ?? []) {
      const applicant = facts.applicants.find((a) => a.via !== 'signature') ?? facts.applicants[0];
      const officer = applicant && !applicant.isAttorney && applicant.role !== 'unknown';
      const span = applicant ?? facts.part.anchor;
      out.push({
        start: span.start,
        end: span.end,
        message: officer
          ? 'A State officer applies under 18 U.S.C. § 3122(a)(2), which allows it only "unless prohibited by State law"; several States (New York, Texas, Iowa) let only prosecutors apply. Check the State statute and any elements it adds.'
          : 'This is a State application under 18 U.S.C. § 3122(a)(2), allowed "unless prohibited by State law"; check the State statute for who may apply and the elements it adds (e.g., a statement of the offense, reasonable-suspicion facts, probable cause).',
      });
    }
    return out;
  },
});
