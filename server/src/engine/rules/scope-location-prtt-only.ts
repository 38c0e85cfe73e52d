import { defineRule } from '../rule.js';
import { defectsOf, quoteItems, scopeReport, strikeEdits, WARRANT_PLACEHOLDER } from './scope-common.js';

export default defineRule({
  id: 'scope-location-prtt-only',
  severity: 'error',
  citation: "47 U.S.C. § 1002(a)(2)",
  summary: "Location (cell-site, GPS, E-911, pings) with only pen/trap authority.",
  docs: "CALEA bars location under pen/trap authority: \"with regard to information acquired solely pursuant to the authority for pen registers and trap and trace devices ... such call-identifying information shall not include any information that may disclose the physical location of the subscriber (except to the extent that the location may be determined from the telephone number)\" (47 U.S.C. § 1002(a)(2)). Courts have refused cell-site data on pen/trap authority (396 F. Supp. 2d 747 (S.D. Tex. 2005); 384 F. Supp. 2d 562 (E.D.N.Y. 2005)). Cell-site and sector, GPS, latitude and longitude, E-911, pings, precise location and timing advance need a warrant (Fed. R. Crim. P. 41). The § 3123(b)(1)(C) element \"the location of the telephone line, if known\" is not a location request; disclaimers (\"does not request cell-site, GPS, or any other location information\") are not requests. Location with § 2703(d) also cited is `scope-location-hybrid`; historical cell-site records are `scope-historical-csli-without-warrant`.",
  examples: {
    valid: [
      { title: "Location disclaimed, with a pointer to a separate warrant", text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The Government does not seek location information by this Application; any request for location information is being made by a separate warrant application." },
      { title: "The § 3123(b)(1)(C) element", text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The location of the telephone line, if known: not known." },
    ],
    invalid: [
      {
        title: "Cell-site and sector under §§ 3122–3123 only",
        text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The Government seeks cell-site and sector information at call origination and termination.",
        findings: [{ at: "cell-site and sector information", message: "47 U.S.C. § 1002(a)(2)", fixed: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. [Location information requires a warrant — see separate application.] " }],
      },
      {
        title: "Latitude and longitude in a list of items",
        text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The Government seeks, for the Target Telephone: the numbers dialed; the date, time, and duration of each communication; and the latitude and longitude of the handset at fifteen-minute intervals.",
        findings: [{ at: "latitude and longitude" }],
      },
    ],
  },
  check(draft) {
    return defectsOf(draft, 'scope-location-prtt-only').map((d) =>
      scopeReport(
        d,
        `The draft asks for ${quoteItems(d)}, which would disclose the subscriber's physical location. Under 47 U.S.C. § 1002(a)(2), information acquired solely under pen register and trap and trace authority may not include location (see 396 F. Supp. 2d 747 (S.D. Tex. 2005); 384 F. Supp. 2d 562 (E.D.N.Y. 2005)), and this draft relies only on 18 U.S.C. §§ 3122–3123. Strike the item and seek location by a warrant (Fed. R. Crim. P. 41).`,
        [{ title: 'Strike the location request (a warrant is needed)', kind: 'suggestion', edits: strikeEdits(draft, d, WARRANT_PLACEHOLDER) }],
      ),
    );
  },
});
