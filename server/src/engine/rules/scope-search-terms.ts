import { defineRule } from '../rule.js';
import { defectsOf, quoteItems, scopeReport, strikeFix } from './scope-common.js';

export default defineRule({
  id: 'scope-search-terms',
  severity: 'error',
  citation: "18 U.S.C. § 2510(8)",
  summary: "Search terms or queries.",
  docs: "A search term is what the user asked a search engine: the substance of that communication, and so contents (18 U.S.C. § 2510(8)). The District of Massachusetts warned that search terms carried in URLs are contents and may not be collected under a pen register order (In re Application, 396 F. Supp. 2d 45 (D. Mass. 2005)); In re Zynga Privacy Litig., 750 F.3d 1098 (9th Cir. 2014), is read as saying the same, in dictum, of a URL that holds a search query. Pen/trap authority cannot reach them (§ 3121(c)); strike them.",
  examples: {
    valid: [
      { title: "Search terms excluded", text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The Order applies to source and destination IP addresses and port numbers; it does not authorize the collection of search terms, search queries, or URLs." },
    ],
    invalid: [
      {
        title: "Search-engine queries",
        text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The Order authorizes the FBI to record the search-engine queries submitted from the Target Account.",
        findings: [{ at: "search-engine queries", message: "contents" }],
      },
    ],
  },
  check(draft) {
    return defectsOf(draft, 'scope-search-terms').map((d) =>
      scopeReport(
        d,
        `The draft asks for ${quoteItems(d)}: search terms tell what the user asked the search engine, the contents of that communication (18 U.S.C. § 2510(8); In re Application, 396 F. Supp. 2d 45 (D. Mass. 2005)). A pen register or trap and trace order cannot reach them (§ 3121(c)); strike them (contents need a Title III order or a warrant).`,
        [strikeFix(draft, d, 'Strike the search terms')],
      ),
    );
  },
});
