import { defineRule } from '../rule.js';
import { defectsOf, quoteItems, scopeReport, strikeFix } from './scope-common.js';

export default defineRule({
  id: 'scope-cell-site-simulator',
  severity: 'error',
  citation: "DOJ policy (2015)",
  summary: "A cell-site simulator.",
  docs: "A cell-site simulator (IMSI catcher, \"StingRay\", \"Triggerfish\", DRT box) impersonates a carrier's network so that nearby phones connect to it, identifying and locating them. DOJ policy of September 3, 2015 requires a search warrant for its use (and compliance with the Pen Register Statute), and DHS adopted the same rule; a pen/trap application to \"detect radio signals emitted from wireless cellular telephones\" was denied (890 F. Supp. 2d 747 (S.D. Tex. 2012)). The rule fires on a request to operate one in a draft without warrant authority; its location aspect is not reported again by the location rules.",
  examples: {
    valid: [
      { title: "The simulator disclaimed", text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The Government will not use a cell-site simulator or any other device that impersonates a wireless carrier's network." },
    ],
    invalid: [
      {
        title: "An IMSI catcher, described in other words",
        text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. I further request that the Order authorize HSI to operate an IMSI catcher, a portable device that impersonates a wireless carrier's network, near the subject's residence.",
        findings: [{ at: "IMSI catcher", message: "warrant" }],
      },
    ],
  },
  check(draft) {
    return defectsOf(draft, 'scope-cell-site-simulator').map((d) =>
      scopeReport(
        d,
        `The draft asks to use ${quoteItems(d)}, a cell-site simulator. DOJ policy (Sept. 3, 2015) requires a search warrant for cell-site simulators, with compliance with the Pen Register Statute, and courts have denied pen/trap-only applications (890 F. Supp. 2d 747 (S.D. Tex. 2012)). Move this request to a warrant application.`,
        [strikeFix(draft, d, 'Strike the cell-site simulator request')],
      ),
    );
  },
});
