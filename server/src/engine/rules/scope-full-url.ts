import { defineRule } from '../rule.js';
import { defectsOf, quoteItems, scopeReport, strikeFix } from './scope-common.js';

export default defineRule({
  id: 'scope-full-url',
  severity: 'warning',
  citation: "18 U.S.C. § 3121(c)",
  summary: "Full URLs, paths, web pages visited.",
  docs: "IP addresses of the websites a user visits are non-content addressing information (United States v. Forrester, 512 F.3d 500 (9th Cir. 2008)). A full URL is different: its path, page and file names and query string can show what the user read or searched, that is, contents. Forrester's own footnote suggested that capturing full URLs could be a different matter, the District of Massachusetts was concerned about them (396 F. Supp. 2d 45), and the Third Circuit is reported to have said that URLs can in some circumstances be contents (In re Google Inc. Cookie Placement, 806 F.3d 125 (3d Cir. 2015)). Pen/trap authority for them is doubtful (§ 3121(c)), so this is a warning: limit the request to destination IP addresses and port numbers (host or domain name only if office policy allows).",
  examples: {
    valid: [
      { title: "IP addresses of websites visited", text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The Order applies to the IP addresses of websites visited from the Target Account and the port numbers used." },
      { title: "URLs disclaimed", text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The device will not record URLs, page paths, query strings, or the contents of any communication." },
    ],
    invalid: [
      {
        title: "Full URLs",
        text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The Government seeks the full URLs of websites visited from the Target Account.",
        findings: [{ at: "full URLs", message: "Forrester" }],
      },
      {
        title: "Complete web address with path and query string",
        text: "The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone. The FBI may record, for each web request, the complete web address, including any path and query string, of the page requested.",
        findings: [{ at: "path and query string" }],
      },
    ],
  },
  check(draft) {
    return defectsOf(draft, 'scope-full-url').map((d) =>
      scopeReport(
        d,
        `The draft asks for ${quoteItems(d)}: a full URL (path, page and file names, query string) can reveal contents, and pen/trap authority for it is doubtful (18 U.S.C. § 3121(c); United States v. Forrester, 512 F.3d 500 (9th Cir. 2008); 396 F. Supp. 2d 45 (D. Mass. 2005)). Limit the request to destination IP addresses and port numbers (host or domain name only if office policy allows).`,
        [strikeFix(draft, d, 'Strike the URL request')],
      ),
    );
  },
});
