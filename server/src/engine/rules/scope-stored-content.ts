import { defineRule } from '../rule.js';
import { defectsOf, quoteItems, scopeReport, strikeFix } from './scope-common.js';

export default defineRule({
  id: 'scope-stored-content',
  severity: 'error',
  citation: "18 U.S.C. § 2703(a)–(b)",
  summary: "Stored messages, backups, photos in the account.",
  docs: "Contents a provider holds (stored e-mails and messages, cloud or device backups, photos and files in the account) are reached only under 18 U.S.C. § 2703(a)–(b): a warrant for content in electronic storage, and after Warshak DOJ practice uses a warrant for all stored content. Neither a pen register order nor a § 2703(d) order can compel them. Contents asked for over a past period are stored contents too. This is the only finding for such a request (not also `scope-contents`).",
  examples: {
    valid: [
      { title: "Stored e-mail disclaimed", text: "The United States applies under 18 U.S.C. §§ 3122, 3123 and 2703(c)(2) and (d) for an Order authorizing a pen register and trap and trace device and the disclosure of records. The Government does not seek, and the proposed Order does not require, disclosure of stored e-mail messages or any other contents of communications." },
    ],
    invalid: [
      {
        title: "Device backups in the provider's cloud",
        text: "The United States applies under 18 U.S.C. §§ 3122, 3123 and 2703(c)(2) and (d) for an Order authorizing a pen register and trap and trace device and the disclosure of records. The Government seeks copies of any device backups that the provider stores in its cloud service for the Target Telephone's account.",
        findings: [{ at: "device backups", message: "warrant" }],
      },
      {
        title: "Messages stored in the account",
        text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The Order shall direct the provider to disclose the messages stored in the Target Account.",
        findings: [{ at: "messages stored in" }],
      },
    ],
  },
  check(draft) {
    return defectsOf(draft, 'scope-stored-content').map((d) =>
      scopeReport(
        d,
        `The draft asks for ${quoteItems(d)}: contents stored by a provider. They require a search warrant (18 U.S.C. § 2703(a)–(b)); neither a pen register order nor a § 2703(d) order can compel them. Strike the item and use a search-warrant application.`,
        [strikeFix(draft, d, 'Strike the stored-content request')],
      ),
    );
  },
});
