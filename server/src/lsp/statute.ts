// What the sections of the Pen Register Act (18 U.S.C. §§ 3121–3127) and their neighbours require, in one line
// each, for hovers on citations. Paraphrased from LEGAL.md §§ 1–4 (the statute text is quoted there).

export interface StatuteEntry {
  /** "3123", "2703" … */
  section: string;
  /** Subsection path: ['c', '1'] for § 3123(c)(1); [] for the whole section. */
  path: string[];
  /** What the provision requires or says. */
  text: string;
}

const E = (cite: string, text: string): StatuteEntry => {
  const m = /^(\d+)((?:\([A-Za-z0-9]+\))*)$/.exec(cite);
  if (!m) throw new Error(`bad statute key ${cite}`);
  const path = [...m[2].matchAll(/\(([A-Za-z0-9]+)\)/g)].map((p) => p[1]);
  return { section: m[1], path, text };
};

export const STATUTE: readonly StatuteEntry[] = [
  E('3121', 'General prohibition: no pen register or trap and trace device without a court order under § 3123 (or FISA), with exceptions for providers.'),
  E('3121(a)', 'No one may install or use a pen register or trap and trace device without an order under § 3123, a FISA order, or a qualifying foreign order.'),
  E('3121(b)', 'Exceptions for providers: operation and testing, protection of rights and property, completion records, user consent.'),
  E('3121(c)', 'The agency must use technology reasonably available to it that restricts recording to dialing, routing, addressing and signaling information, so as **not to include the contents** of any communication.'),
  E('3121(d)', 'A knowing violation of (a) is punishable by a fine, up to one year in prison, or both.'),
  E('3122', 'Application for an order: who may apply (an attorney for the Government; a State officer) and what the application must include.'),
  E('3122(a)', 'The application is made **in writing, under oath or equivalent affirmation**, to a court of competent jurisdiction.'),
  E('3122(a)(1)', 'Only an **attorney for the Government** (§ 3127(5)) may apply for a federal order or extension, in writing under oath or affirmation.'),
  E('3122(a)(2)', 'A State investigative or law enforcement officer may apply, unless State law prohibits it, to a court of competent jurisdiction of that State.'),
  E('3122(b)', 'The application must include (1) the identity of the applicant and of the investigating agency, and (2) the relevance certification.'),
  E('3122(b)(1)', 'The **identity of the attorney for the Government** (or State officer) making the application and the **identity of the law enforcement agency** conducting the investigation.'),
  E('3122(b)(2)', 'A **certification by the applicant** that the information likely to be obtained is **relevant to an ongoing criminal investigation** being conducted by that agency.'),
  E('3123', 'Issuance of an order: the court shall enter it on the certification; what the order must specify and direct; its duration; sealing and nondisclosure.'),
  E('3123(a)', 'The court shall enter an ex parte order if it finds the applicant has certified relevance to an ongoing criminal investigation.'),
  E('3123(a)(1)', 'On a federal application the order authorizes installation and use **anywhere within the United States** and applies to any provider whose assistance may facilitate it.'),
  E('3123(a)(2)', 'On a State application the order authorizes installation and use **within the jurisdiction of the court**.'),
  E('3123(a)(3)', 'An agency installing **its own device** on a provider\'s public packet-switched network must keep a record (officers, times, configuration, information collected) and give it to the court ex parte and under seal.'),
  E('3123(a)(3)(A)', 'The record identifies the officers who installed and accessed the device, dates and times of installation, removal and each access, the configuration and changes, and all information collected.'),
  E('3123(a)(3)(B)', 'The record goes to the court ex parte and under seal **within 30 days after termination of the order** (including any extensions).'),
  E('3123(b)', 'The order must specify the subscriber, the subject, the facility\'s identifier and the offense, and direct provider assistance on request.'),
  E('3123(b)(1)', 'The order shall specify (A) the subscriber, (B) the subject, (C) the identifier and attributes of the facility, (D) the offense.'),
  E('3123(b)(1)(A)', 'The identity, **if known**, of the person to whom the line or facility is leased or in whose name it is listed (the subscriber).'),
  E('3123(b)(1)(B)', 'The identity, **if known**, of the person who is the subject of the criminal investigation.'),
  E('3123(b)(1)(C)', 'The attributes of the communications, including the **number or other identifier** and, if known, the location of the facility; for a State (a)(2) trap and trace order, its **geographic limits**.'),
  E('3123(b)(1)(D)', 'A **statement of the offense** to which the information likely to be obtained relates.'),
  E('3123(b)(2)', 'The order shall direct, on the applicant\'s request, the furnishing of information, facilities and technical assistance under § 3124.'),
  E('3123(c)', 'Duration: at most sixty days; extensions only on a new application and finding, each at most sixty days.'),
  E('3123(c)(1)', 'The order authorizes installation and use **for a period not to exceed sixty days**.'),
  E('3123(c)(2)', 'Extensions only **upon a new application under § 3122** and the judicial finding of (a); each extension **not to exceed sixty days**. No automatic renewals.'),
  E('3123(d)', 'The order shall direct (1) that it be sealed until otherwise ordered by the court, and (2) nondisclosure by the provider.'),
  E('3123(d)(1)', 'The order shall direct that it be **sealed until otherwise ordered by the court**.'),
  E('3123(d)(2)', 'The order shall direct that the provider and anyone obliged to assist **not disclose** the device or the investigation to the subscriber or anyone else, unless or until otherwise ordered.'),
  E('3124', 'Assistance by providers: information, facilities and technical assistance; trap results at reasonable intervals; compensation; immunity.'),
  E('3124(a)', 'For a pen register, providers furnish forthwith all information, facilities and technical assistance, if directed by the order under § 3123(b)(2).'),
  E('3124(b)', 'For a trap and trace device, the provider installs it; unless otherwise ordered, results are furnished at reasonable intervals during regular business hours.'),
  E('3124(c)', 'Providers are reasonably compensated for their assistance.'),
  E('3124(d)', 'No cause of action against a provider for assistance under an order.'),
  E('3124(e)', 'Good-faith reliance on an order is a complete defense.'),
  E('3125', 'Emergency installation by a specially designated officer, if an order approving it issues **within forty-eight hours** after installation.'),
  E('3125(a)', 'In an emergency (danger of death or serious injury, organized crime, national security, attack on a protected computer) a designated officer may install first, if an order issues **within 48 hours**.'),
  E('3125(b)', 'Without an order, use ends when the information is obtained, the application is denied, or **48 hours** have passed, whichever is earliest.'),
  E('3125(c)', 'Installing or using without applying for the order within 48 hours violates the chapter.'),
  E('3125(d)', 'Providers assisting in an emergency installation are compensated.'),
  E('3126', 'Annual reports by the Attorney General to Congress on pen register and trap and trace orders.'),
  E('3127', 'Definitions for the chapter.'),
  E('3127(1)', '"Wire communication", "electronic communication", "electronic communication service" and "contents" have their § 2510 meanings.'),
  E('3127(2)', '"Court of competent jurisdiction": a federal district court or court of appeals with a listed connection to the offense or provider, or a State court authorized by State law.'),
  E('3127(3)', '"Pen register": records dialing, routing, addressing or signaling information, which **shall not include the contents** of any communication.'),
  E('3127(4)', '"Trap and trace device": captures the originating number or other DRAS information identifying the source, **not the contents**.'),
  E('3127(5)', '"Attorney for the Government" has its Federal Rules of Criminal Procedure meaning (Rule 1(b)(1)): the Attorney General, a U.S. Attorney, or an authorized assistant.'),
  E('3127(6)', '"State" includes the District of Columbia, Puerto Rico and the territories.'),
  E('2510(8)', '"Contents" includes any information concerning the substance, purport or meaning of a communication (e-mail subject lines and search terms are contents).'),
  E('2518', 'Title III interception of contents: probable cause, necessity, DOJ authorization, at most 30 days per order. A pen register order cannot reach contents.'),
  E('2703', 'Required disclosure of stored contents and records by providers (warrants, subpoenas, § 2703(d) orders).'),
  E('2703(a)', 'Stored contents held 180 days or less: a **warrant**.'),
  E('2703(b)', 'Remote computing contents or contents held over 180 days: a warrant, or with notice a subpoena or (d) order.'),
  E('2703(c)', 'Non-content records: a warrant or a (d) order; basic subscriber information (c)(2) by subpoena.'),
  E('2703(c)(2)', 'Basic subscriber information (name, address, session records, service, payment) by administrative, grand jury or trial subpoena.'),
  E('2703(d)', 'A court order on **specific and articulable facts** that the records are relevant and material to an ongoing criminal investigation.'),
  E('2703(f)', 'Preservation of records for 90 days (renewable) on request of a governmental entity.'),
];

/** The entries that explain a citation: the most specific entry for the path, and the section's own line. */
export function explainCitation(section: string, path: readonly string[]): StatuteEntry[] {
  const ofSection = STATUTE.filter((e) => e.section === section);
  if (!ofSection.length) return [];
  // the statute writes (b)(1)(A); drafts sometimes write (b)(1)(a): compare without case (no level has both)
  const norm = path.map((p) => p.toLowerCase());
  let best: StatuteEntry | undefined;
  for (const e of ofSection) {
    if (e.path.length > norm.length) continue;
    if (e.path.every((p, i) => p.toLowerCase() === norm[i]) && (!best || e.path.length > best.path.length)) best = e;
  }
  const whole = ofSection.find((e) => e.path.length === 0);
  const out: StatuteEntry[] = [];
  if (best) out.push(best);
  if (path.length === 0) {
    // the whole section: list its subsections one level down
    for (const e of ofSection) if (e.path.length === 1) out.push(e);
  } else if (whole && best !== whole) out.push(whole);
  return out;
}

export function formatCite(e: Pick<StatuteEntry, 'section' | 'path'>): string {
  return `§ ${e.section}${e.path.map((p) => `(${p})`).join('')}`;
}

/** Markdown for a hover on a citation. */
export function citationHoverMarkdown(section: string, path: readonly string[], title?: number): string | undefined {
  const entries = explainCitation(section, path);
  if (!entries.length) return undefined;
  const titleNo = title ?? (section.startsWith('31') || section.startsWith('25') || section.startsWith('27') ? 18 : undefined);
  const lines = [`**${titleNo ? `${titleNo} U.S.C. ` : ''}${formatCite({ section, path: [...path] })}**`, '', '| provision | requires |', '| --- | --- |'];
  for (const e of entries) lines.push(`| ${formatCite(e)} | ${e.text.replace(/\|/g, '\\|')} |`);
  return lines.join('\n');
}
