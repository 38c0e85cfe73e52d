import { defineRule } from '../rule.js';
import { defectsOf, quoteItems, scopeReport, strikeEdits, WARRANT_PLACEHOLDER } from './scope-common.js';

export default defineRule({
  id: 'scope-historical-csli-without-warrant',
  severity: 'error',
  citation: "Carpenter v. United States (2018)",
  summary: "Historical cell-site location without a warrant.",
  docs: "Acquiring historical cell-site location information is a Fourth Amendment search that requires a warrant; a § 2703(d) order on \"specific and articulable facts\" is not enough (Carpenter v. United States, 138 S. Ct. 2206 (2018), decided on seven days or more of records). A pen register order, which is prospective, cannot reach it at all. The rule fires when a request for cell-site, sector, tower or other location records looks back (\"for the 60 days preceding the date of this Order\", \"from January 1, 2021 to the present\", \"historical\", \"call detail records\") and the draft cites no warrant authority. A look-back shorter than seven days is a warning: Carpenter left it open. This is the only finding for such a request (not also the location or historical rules).",
  examples: {
    valid: [
      { title: "Historical records without location under a hybrid order", text: "The United States applies under 18 U.S.C. §§ 3122, 3123 and 2703(c)(2) and (d) for an Order authorizing a pen register and trap and trace device and the disclosure of records. The Government seeks call detail records for the Target Telephone for the sixty (60) days preceding the date of the Order." },
    ],
    invalid: [
      {
        title: "Cell-site records for the 60 days before the order",
        text: "The United States applies under 18 U.S.C. §§ 3122, 3123 and 2703(c)(2) and (d) for an Order authorizing a pen register and trap and trace device and the disclosure of records. The Government seeks cell-site and sector information at call origination and termination for the 60 days preceding the date of this Order.",
        findings: [{ at: "cell-site and sector information", message: "Carpenter" }],
      },
      {
        title: "Call detail records with cell sites, by § 2703(d) order",
        text: "The United States applies under 18 U.S.C. §§ 3122, 3123 and 2703(c)(2) and (d) for an Order authorizing a pen register and trap and trace device and the disclosure of records. Call detail records for the Target Telephone, including the cell site and sector used at the start and end of each call, shall be disclosed for the ninety (90) days preceding the date of the Order.",
        findings: [{ at: "cell site and sector used" }],
      },
    ],
  },
  check(draft) {
    return defectsOf(draft, 'scope-historical-csli-without-warrant').map((d) => {
      const period = d.request.lookBack ? ` (“${d.request.lookBack.text}”)` : '';
      const short = d.severity === 'warning' && d.request.lookBack?.days !== undefined && d.request.lookBack.days < 7;
      const message = short
        ? `The draft asks for historical ${quoteItems(d)}${period}, a period shorter than seven days. Carpenter v. United States, 138 S. Ct. 2206 (2018), requires a warrant for historical cell-site location of seven days or more and left shorter periods open; a warrant is the safe course.`
        : `The draft asks for historical ${quoteItems(d)}${period}. Acquiring historical cell-site location is a search that requires a warrant (Carpenter v. United States, 138 S. Ct. 2206 (2018)); neither pen register authority nor a § 2703(d) order suffices. Strike the item or move it to a warrant application.`;
      return scopeReport(d, message, [{ title: 'Strike the historical location request (a warrant is needed)', kind: 'suggestion', edits: strikeEdits(draft, d, WARRANT_PLACEHOLDER) }]);
    });
  },
});
