import { defineRule } from '../rule.js';
import { sentenceSpan, defectsOf, quoteItems, scopeReport, strikeFix, agencyOf } from './scope-common.js';
import type { Fix } from '../types.js';

export default defineRule({
  id: 'scope-pctdd',
  severity: 'warning',
  citation: "18 U.S.C. § 3121(c)",
  summary: "Post-cut-through dialed digits without a no-use limitation.",
  docs: "Post-cut-through dialed digits (PCTDD) are digits dialed after a call connects: sometimes routing information (a calling-card destination number), sometimes contents (a bank account number, a PIN, a prescription number). Courts are split: several magistrate judges denied PCTDD under pen/trap authority (441 F. Supp. 2d 816 (S.D. Tex. 2006); 515 F. Supp. 2d 325 (E.D.N.Y. 2007)); the FISA Court of Review allowed collection subject to a prohibition on affirmative investigative use of any contents (858 F.3d 591 (2016)), and DOJ policy forbids affirmative investigative use of content. A request without that limitation is a warning; with it, an informational note to check the local practice.",
  examples: {
    valid: [
      { title: "PCTDD disclaimed", text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The Government does not seek post-cut-through dialed digits." },
    ],
    invalid: [
      {
        title: "All digits, including those dialed after connection",
        text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The Government requests that the Order authorize the DEA to record all digits dialed from the Target Telephone, including digits dialed after the call is connected.",
        findings: [{ at: "digits dialed after the call is connected", message: "no affirmative investigative use", fixed: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The Government requests that the Order authorize the DEA to record all digits dialed from the Target Telephone, including digits dialed after the call is connected. To the extent post-cut-through dialed digits constitute contents, [AGENCY] shall make no affirmative investigative use of them." }],
      },
      {
        title: "With the no-use limitation: an informational note",
        text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The Order authorizes the recording of all post-cut-through dialed digits. To the extent they constitute contents, the DEA shall make no affirmative investigative use of them.",
        findings: [{ at: "post-cut-through dialed digits", message: "limits" }],
      },
    ],
  },
  check(draft) {
    const agency = agencyOf(draft);
    return defectsOf(draft, 'scope-pctdd').map((d) => {
      if (d.severity === 'info') {
        return scopeReport(
          d,
          `The draft asks for ${quoteItems(d)} and limits their use (no affirmative investigative use of content), as DOJ policy requires. Check the local practice: several courts deny post-cut-through digits under pen/trap authority (18 U.S.C. § 3121(c); 441 F. Supp. 2d 816 (S.D. Tex. 2006); 515 F. Supp. 2d 325 (E.D.N.Y. 2007)).`,
          [],
        );
      }
      const end = sentenceSpan(draft, d.request.sentence).end;
      const limit: Fix = {
        title: 'Add the no-affirmative-use limitation',
        kind: 'suggestion',
        edits: [{ start: end, end, text: ` To the extent post-cut-through dialed digits constitute contents, ${agency} shall make no affirmative investigative use of them.` }],
      };
      return scopeReport(
        d,
        `The draft asks for ${quoteItems(d)} without limitation. Digits dialed after a call connects can be contents (account numbers, PINs), and several courts have denied them under pen/trap authority (18 U.S.C. § 3121(c); 441 F. Supp. 2d 816 (S.D. Tex. 2006); 515 F. Supp. 2d 325 (E.D.N.Y. 2007)). Add that ${agency} shall make no affirmative investigative use of digits that are contents, or strike the request.`,
        [limit, strikeFix(draft, d, 'Strike the post-cut-through digits')],
      );
    });
  },
});
