import { defineRule } from '../rule.js';
import { defectsOf, quoteItems, scopeReport, strikeFix, cite2703Fix } from './scope-common.js';

export default defineRule({
  id: 'scope-subscriber-records-prtt-only',
  severity: 'warning',
  citation: "18 U.S.C. § 2703(c)",
  summary: "Subscriber records with only pen/trap authority.",
  docs: "A subscriber's name, address, length and types of service, and means and source of payment are records of the provider, not dialing, routing, addressing or signaling information. They are obtained by administrative, grand jury or trial subpoena (18 U.S.C. § 2703(c)(2)) or by a § 2703(d) order or warrant (§ 2703(c)(1)), and a pen/trap order alone does not compel them. The rule warns when they are requested in a draft that cites only §§ 3122–3123. A hybrid draft citing § 2703(c)(2) or (d), with specific and articulable facts, may ask for them (the S.D. Tex. form order does). The § 3123(b)(1)(A) statement of the person \"in whose name\" the line is listed is not a request.",
  examples: {
    valid: [
      { title: "Hybrid order citing § 2703(c)(2) and (d)", text: "The United States applies under 18 U.S.C. §§ 3122, 3123 and 2703(c)(2) and (d) for an Order authorizing a pen register and trap and trace device and the disclosure of records. The Government seeks subscriber information, including name, address, and means of payment." },
      { title: "The order's listed-subscriber element", text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The Target Telephone is listed in the name of Mabel Underhay." },
    ],
    invalid: [
      {
        title: "Subscriber information under §§ 3122–3123 only",
        text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The Government seeks subscriber information, including name, address, and means of payment.",
        findings: [{ at: "subscriber information", message: "§ 2703(c)(2)", fixed: "The United States applies under 18 U.S.C. §§ 3122 and 3123 and 18 U.S.C. § 2703(c)(1)(B), (c)(2), and (d) for an Order authorizing a pen register and trap and trace device on the Target Telephone. The Government seeks subscriber information, including name, address, and means of payment." }],
      },
    ],
  },
  check(draft) {
    return defectsOf(draft, 'scope-subscriber-records-prtt-only').map((d) =>
      scopeReport(
        d,
        `The draft asks for ${quoteItems(d)} but cites only pen register and trap and trace authority (18 U.S.C. §§ 3122–3123). Subscriber records are not dialing, routing, addressing or signaling information: they are obtained by subpoena (18 U.S.C. § 2703(c)(2)) or by a § 2703(d) order or warrant (§ 2703(c)(1)). Add § 2703(c)(2) and (d) to the authority clause, with specific and articulable facts, or strike the request.`,
        [cite2703Fix(draft, d), strikeFix(draft, d, 'Strike the subscriber-records request')],
      ),
    );
  },
});
