import { defineRule } from '../rule.js';
import { defectsOf, quoteItems, scopeReport, strikeFix, disclaimerFix } from './scope-common.js';

export default defineRule({
  id: 'scope-contents',
  severity: 'error',
  citation: "18 U.S.C. §§ 3121(c), 3127(3)–(4), 2510(8)",
  summary: "The draft asks for the contents of communications.",
  docs: "A pen register records, and a trap and trace device captures, dialing, routing, addressing and signaling information, and that information \"shall not include the contents of any communication\" (18 U.S.C. § 3127(3)–(4)); an agency using one must restrict collection so as not to include contents (§ 3121(c)). \"Contents\" is \"any information concerning the substance, purport, or meaning\" of a communication (§ 2510(8)): message bodies, text, attachments, images or voice notes sent, audio. Contents in transit need a Title III order (§ 2518); stored contents need a warrant (§ 2703(a)–(b); see `scope-stored-content`).\n\nThe rule fires on requests only: a sentence whose verb asks for, authorizes or directs disclosure of contents (or an item of a list under such a lead-in). Disclaimers (\"the Government does not seek the contents of any communication\", \"nothing in this Order authorizes ...\"), the § 3121(c) recital (\"so as not to include the contents\"), background facts (\"the targets exchanged messages\"), quotations of the statute and document references (\"the contents of this Application\") are not requests.",
  examples: {
    valid: [
      { title: "The disclaimer and the § 3121(c) recital", text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The Government does not seek the contents of any communication. The DEA will use technology reasonably available to it that restricts the recording or decoding of electronic or other impulses to the dialing, routing, addressing, and signaling information so as not to include the contents of any wire or electronic communications." },
      { title: "The § 3127 proviso wording", text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The pen register shall record dialing, routing, addressing and signaling information, but shall not include the contents of any communication." },
      { title: "Document contents", text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The Government requests that the contents of this Application and Order be sealed until otherwise ordered by the Court." },
      { title: "Background facts", text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The investigation has revealed that the targets exchanged messages about shipments and that one target left a voicemail for a courier." },
    ],
    invalid: [
      {
        title: "Message bodies requested",
        text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The Government also seeks the body of each message sent from the Target Account.",
        findings: [{ at: "body of each message", message: "Title III" }],
      },
      {
        title: "Media sent, with the strike fix",
        text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The Order shall direct the provider to disclose the numbers dialed and any text, images or voice notes transmitted.",
        findings: [{ at: "voice notes", message: "contents", fixed: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The Order shall direct the provider to disclose the numbers dialed." }],
      },
    ],
  },
  check(draft) {
    const disclaimerMissing = !draft.requests?.contentDisclaimer;
    return defectsOf(draft, 'scope-contents').map((d) =>
      scopeReport(
        d,
        `The draft asks for ${quoteItems(d)}: the contents of communications. A pen register or trap and trace order reaches only dialing, routing, addressing and signaling information, never contents (18 U.S.C. §§ 3121(c), 3127(3)–(4); "contents" as defined in § 2510(8)). Contents in transit need a Title III order (18 U.S.C. § 2518); stored contents need a warrant (§ 2703(a)–(b)). Strike the item.`,
        [strikeFix(draft, d, 'Strike the content request'), disclaimerMissing ? disclaimerFix(draft) : undefined],
      ),
    );
  },
});
