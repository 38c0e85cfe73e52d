import { defineRule } from '../rule.js';
import { defectsOf, quoteItems, scopeReport, strikeFix } from './scope-common.js';

export default defineRule({
  id: 'scope-subject-line',
  severity: 'error',
  citation: "18 U.S.C. § 2510(8)",
  summary: "E-mail subject lines.",
  docs: "The subject line of an e-mail says what the message is about: it is \"information concerning the substance, purport, or meaning\" of the communication, so it is contents (18 U.S.C. § 2510(8)), which a pen register may not collect (§§ 3121(c), 3127(3)–(4)). The District of Massachusetts held that the \"subject\" would reveal contents and may not be disclosed under a pen register order (In re Application, 396 F. Supp. 2d 45 (D. Mass. 2005)); the CCIPS manual describes a pen register reading the header \"minus the subject line\". Ask for \"e-mail header information other than the subject line\". Exceptions (\"other than the subject line\", \"but not the subject line\") and disclaimers are not requests.",
  examples: {
    valid: [
      { title: "Header information other than the subject line", text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The Government seeks the e-mail header information other than the subject line, together with the date, time, and size of each message." },
      { title: "The subject line excluded in an exception", text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The Order applies to the \"From,\" \"To,\" and \"Cc\" addresses, date, and time of each message, but not the subject line." },
    ],
    invalid: [
      {
        title: "Headers and subject lines",
        text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The Government seeks the sender and recipient addresses, including e-mail headers and subject lines, of each message.",
        findings: [{ at: "subject lines", message: "§ 2510(8)" }],
      },
      {
        title: "A double negative resolves to a request (warning)",
        text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The Government does not seek to exclude subject lines from the header information it collects.",
        findings: [{ at: "subject lines" }],
      },
    ],
  },
  check(draft) {
    return defectsOf(draft, 'scope-subject-line').map((d) =>
      scopeReport(
        d,
        `The draft asks for ${quoteItems(d)}: e-mail subject lines are contents (18 U.S.C. § 2510(8); In re Application, 396 F. Supp. 2d 45 (D. Mass. 2005)), which a pen register or trap and trace device may not collect (§§ 3121(c), 3127(3)–(4)). Ask for "e-mail header information other than the subject line"; subject lines need a Title III order or a warrant.`,
        [strikeFix(draft, d, 'Strike the subject line')],
      ),
    );
  },
});
