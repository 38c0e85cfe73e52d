import { defineRule } from '../rule.js';
import { disclaimerFix } from './scope-common.js';

export default defineRule({
  id: 'scope-content-disclaimer-missing',
  severity: 'info',
  citation: "18 U.S.C. §§ 3121(c), 3127(3)–(4)",
  summary: "No statement that contents are not sought or authorized.",
  docs: "Best practice, not a statutory element: state expressly that the contents of communications are not sought (application) and not authorized (order), and recite the § 3121(c) duty to use technology reasonably available that restricts recording and decoding to dialing, routing, addressing and signaling information \"so as not to include the contents\". The District of Massachusetts insisted that orders tell providers plainly what may not be disclosed (396 F. Supp. 2d 45 (D. Mass. 2005)). The rule reports once per draft, at the start of its first part, when no sentence anywhere says that contents are not sought or authorized.",
  examples: {
    valid: [
      { title: "A disclaimer", text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The Government seeks the numbers dialed from the Target Telephone. The Government does NOT seek the contents of any communication." },
    ],
    invalid: [
      {
        title: "No disclaimer anywhere",
        text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. \n\nThe Government seeks the numbers dialed from the Target Telephone.",
        findings: [{ message: "§ 3121(c)", fixed: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. \n\nThe Government seeks the numbers dialed from the Target Telephone.\n\nThe Government does not seek, and this Order does not authorize, the acquisition of the contents of any communication. [AGENCY] shall use technology reasonably available to it that restricts the recording or decoding of electronic or other impulses to the dialing, routing, addressing, and signaling information utilized in the processing and transmitting of wire or electronic communications so as not to include the contents of any wire or electronic communications. 18 U.S.C. § 3121(c)." }],
      },
    ],
  },
  check(draft) {
    if (draft.requests?.contentDisclaimer) return [];
    const part = draft.parts[0];
    if (!part) return [];
    const fix = disclaimerFix(draft);
    return [
      {
        start: part.anchor.start,
        end: part.anchor.end,
        message:
          'The draft never states that the contents of communications are not sought or authorized. Say so expressly and recite the § 3121(c) duty to restrict recording and decoding to dialing, routing, addressing and signaling information (18 U.S.C. §§ 3121(c), 3127(3)–(4); 396 F. Supp. 2d 45 (D. Mass. 2005)).',
        fixes: fix ? [fix] : [],
      },
    ];
  },
});
