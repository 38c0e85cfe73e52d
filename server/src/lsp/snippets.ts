// Completion snippets for the statutory elements (offered inside drafts). Placeholders are [BRACKETED] so a draft
// that keeps one is flagged by draft-unfilled-placeholder until it is filled in.

export interface ElementSnippet {
  id: string;
  label: string;
  citation: string;
  /** LSP snippet syntax. */
  body: string;
}

export function elementSnippets(maxDays: number): ElementSnippet[] {
  const period = maxDays === 60 ? 'sixty (60) days' : `${maxDays} days`;
  return [
    {
      id: 'applicant',
      label: 'applicant (attorney for the Government)',
      citation: '18 U.S.C. §§ 3122(a)(1), (b)(1)',
      body: '${1:[NAME]}, an Assistant United States Attorney for the ${2:[DISTRICT]}, an attorney for the Government as defined in Fed. R. Crim. P. 1(b)(1)(B), hereby applies for an Order under 18 U.S.C. §§ 3122 and 3123.',
    },
    {
      id: 'agency',
      label: 'investigating agency',
      citation: '18 U.S.C. § 3122(b)(1)',
      body: 'The ${1:[AGENCY]} is the law enforcement agency conducting the investigation.',
    },
    {
      id: 'certification',
      label: 'certification of relevance',
      citation: '18 U.S.C. § 3122(b)(2)',
      body: 'The applicant certifies that the information likely to be obtained by the installation and use of the pen register and trap and trace device is relevant to an ongoing criminal investigation being conducted by the ${1:[AGENCY]}.',
    },
    {
      id: 'oath',
      label: 'declaration under penalty of perjury',
      citation: '18 U.S.C. § 3122(a)',
      body: 'I declare under penalty of perjury that the foregoing is true and correct. Executed on ${1:[DATE]}.',
    },
    {
      id: 'subscriber',
      label: 'subscriber (or unknown)',
      citation: '18 U.S.C. § 3123(b)(1)(A)',
      body: 'The Target Facility is listed in the name of ${1:[SUBSCRIBER, or: an unknown subscriber]}.',
    },
    {
      id: 'subject',
      label: 'subject of the investigation (or unknown)',
      citation: '18 U.S.C. § 3123(b)(1)(B)',
      body: 'The person who is the subject of the criminal investigation is ${1:[SUBJECT, or: unknown]}.',
    },
    {
      id: 'identifier',
      label: 'target facility identifier',
      citation: '18 U.S.C. § 3123(b)(1)(C)',
      body: 'the ${1:[telephone number / account]} ${2:[IDENTIFIER]} (the "Target Facility")',
    },
    {
      id: 'offense',
      label: 'statement of the offense',
      citation: '18 U.S.C. § 3123(b)(1)(D)',
      body: 'The information likely to be obtained is relevant to an ongoing criminal investigation of possible violations of ${1:[STATUTE]}, including ${2:[OFFENSE]}.',
    },
    {
      id: 'duration',
      label: `period (${period})`,
      citation: '18 U.S.C. § 3123(c)(1)',
      body: `IT IS FURTHER ORDERED that the installation and use of the pen register and trap and trace device is authorized for a period of ${period} from the date of this Order.`,
    },
    {
      id: 'assistance',
      label: 'provider assistance directive',
      citation: '18 U.S.C. §§ 3123(b)(2), 3124',
      body: 'IT IS FURTHER ORDERED that, upon the request of the applicant, ${1:[PROVIDER]} shall furnish the ${2:[AGENCY]} forthwith all information, facilities, and technical assistance necessary to accomplish the installation and use of the pen register and trap and trace device unobtrusively and with a minimum of interference.',
    },
    {
      id: 'sealing',
      label: 'sealing directive',
      citation: '18 U.S.C. § 3123(d)(1)',
      body: 'IT IS FURTHER ORDERED that this Order and the Application be sealed until otherwise ordered by the Court.',
    },
    {
      id: 'nondisclosure',
      label: 'nondisclosure directive',
      citation: '18 U.S.C. § 3123(d)(2)',
      body: 'IT IS FURTHER ORDERED that ${1:[PROVIDER]}, and any person obligated by this Order to provide assistance, shall not disclose the existence of the pen register and trap and trace device or the existence of the investigation to the listed subscriber, or to any other person, unless or until otherwise ordered by the Court.',
    },
    {
      id: 'record',
      label: '(a)(3) record of the agency\'s own device',
      citation: '18 U.S.C. § 3123(a)(3)',
      body: 'IT IS FURTHER ORDERED that the ${1:[AGENCY]} shall maintain a record identifying the officers who installed or accessed the device, the dates and times of installation, removal and each access, the configuration of the device and any modification, and the information collected, and shall provide that record ex parte and under seal to this Court within 30 days after termination of this Order, including any extensions.',
    },
    {
      id: 'no-content',
      label: 'no-contents disclaimer',
      citation: '18 U.S.C. §§ 3121(c), 3127(3)',
      body: 'Nothing in this Order authorizes the interception or disclosure of the contents of any communication, as defined in 18 U.S.C. § 2510(8).',
    },
  ];
}
