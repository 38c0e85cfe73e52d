import { defineRule } from '../rule.js';
import { defectsOf, quoteItems, scopeReport, strikeEdits, WARRANT_PLACEHOLDER } from './scope-common.js';

export default defineRule({
  id: 'scope-location-hybrid',
  severity: 'warning',
  citation: "split of authority",
  summary: "Prospective location with § 2703(d) also cited.",
  docs: "Some offices pair pen/trap authority with a § 2703(d) order (a \"hybrid\" order) to obtain prospective cell-site data. Courts split: many required probable cause and refused (396 F. Supp. 2d 294 (E.D.N.Y. 2005); 441 F. Supp. 2d 816 (S.D. Tex. 2006); 727 F. Supp. 2d 571 (W.D. Tex. 2010)); others accepted limited cell-site data (405 F. Supp. 2d 435 (S.D.N.Y. 2005); 460 F. Supp. 2d 448 (S.D.N.Y. 2006); 632 F. Supp. 2d 202 (E.D.N.Y. 2008)). After Carpenter most offices use a warrant. The rule warns on prospective location requested in a draft that also cites § 2703(c) or (d); historical cell-site records are `scope-historical-csli-without-warrant`.",
  examples: {
    valid: [
      { title: "Subscriber records under a hybrid order are fine", text: "The United States applies under 18 U.S.C. §§ 3122, 3123 and 2703(c)(2) and (d) for an Order authorizing a pen register and trap and trace device and the disclosure of records. The Government seeks the subscriber's name, address, and means and source of payment." },
    ],
    invalid: [
      {
        title: "Cell tower and sector with § 2703(d) cited",
        text: "The United States applies under 18 U.S.C. §§ 3122, 3123 and 2703(c)(2) and (d) for an Order authorizing a pen register and trap and trace device and the disclosure of records. For sixty (60) days from the date of the Order, the Government seeks the numbers dialed, together with the cell tower and sector handling each communication at its start and end.",
        findings: [{ at: "cell tower and sector", message: "Rule 41" }],
      },
    ],
  },
  check(draft) {
    return defectsOf(draft, 'scope-location-hybrid').map((d) =>
      scopeReport(
        d,
        `The draft asks for ${quoteItems(d)} going forward under a "hybrid" pen register and § 2703(d) order. Courts are split: many require probable cause for prospective location (396 F. Supp. 2d 294 (E.D.N.Y. 2005); 441 F. Supp. 2d 816 (S.D. Tex. 2006); 727 F. Supp. 2d 571 (W.D. Tex. 2010); contra 405 F. Supp. 2d 435; 460 F. Supp. 2d 448), and 47 U.S.C. § 1002(a)(2) bars location on pen/trap authority. Seek the location portion by a Rule 41 warrant.`,
        [{ title: 'Move the location request to a warrant application', kind: 'suggestion', edits: strikeEdits(draft, d, WARRANT_PLACEHOLDER) }],
      ),
    );
  },
});
