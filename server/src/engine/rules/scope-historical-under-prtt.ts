import { defineRule } from '../rule.js';
import { defectsOf, scopeReport, strikeFix, cite2703Fix } from './scope-common.js';

export default defineRule({
  id: 'scope-historical-under-prtt',
  severity: 'error',
  citation: "18 U.S.C. §§ 3121–3127; § 2703",
  summary: "Past records with only pen/trap authority.",
  docs: "A pen register or trap and trace device records information as communications happen: the statute \"governs the prospective collection of non-content traffic information\" (CCIPS). Records of past communications (call detail or toll records, the senders and recipients of past e-mails, anything \"since January 1, 2024\" or \"for the 60 days preceding the date of this Order\") are stored records of a provider, obtained under 18 U.S.C. § 2703(c)–(d): a § 2703(d) order on specific and articulable facts, or a warrant. The rule fires when such a look-back appears in a request and the draft cites only §§ 3122–3123; a hybrid draft that cites § 2703(c) or (d) is fine. Historical cell-site location is `scope-historical-csli-without-warrant` instead.",
  examples: {
    valid: [
      { title: "A look-back under § 2703(d)", text: "The United States applies under 18 U.S.C. §§ 3122, 3123 and 2703(c)(2) and (d) for an Order authorizing a pen register and trap and trace device and the disclosure of records. For the period from January 1, 2024 through the date of the Order, the Government seeks the sender and recipient addresses, date, and time of each message." },
      { title: "Prospective collection", text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The Government seeks the numbers dialed from the Target Telephone for sixty (60) days from the date of the Order." },
    ],
    invalid: [
      {
        title: "Past messages' addresses since a past date",
        text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The Government also asks that the Order direct the provider to furnish the sender and recipient addresses, date, and time of every message sent or received by the Target Account since January 1, 2024.",
        findings: [{ at: "since January 1, 2024", message: "§ 2703", fixed: "The United States applies under 18 U.S.C. §§ 3122 and 3123 and 18 U.S.C. § 2703(c)(1)(B), (c)(2), and (d) for an Order authorizing a pen register and trap and trace device on the Target Telephone. The Government also asks that the Order direct the provider to furnish the sender and recipient addresses, date, and time of every message sent or received by the Target Account since January 1, 2024." }],
      },
    ],
  },
  check(draft) {
    return defectsOf(draft, 'scope-historical-under-prtt').map((d) =>
      scopeReport(
        d,
        `The draft asks for records of past communications (“${d.request.lookBack?.text ?? 'historical records'}”) with only pen register and trap and trace authority. A pen register order is prospective (18 U.S.C. §§ 3121–3127); historical records require § 2703 process: a § 2703(d) order on specific and articulable facts, or a warrant (§ 2703(c)(1)). Cite 18 U.S.C. § 2703(c)(1)(B) and (d) and add the facts, or strike the look-back.`,
        [cite2703Fix(draft, d), strikeFix(draft, d, 'Strike the historical request')],
      ),
    );
  },
});
