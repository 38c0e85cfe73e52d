// Requests in other offices' words: the scope rules must fire on what a draft asks for however it is put (the
// Provider shall disclose, the Government is authorized to obtain, passives, list items under a lead-in, table rows)
// and stay silent on what it keeps out (excluding, with the exception of, other than, save for, orders that do
// not authorize), on past events, quoted statute text and footnotes.
import assert from 'node:assert/strict';
import { lint, rules } from '../../server/src/engine/index.js';

const SCOPE = rules.filter((r) => r.id.startsWith('scope-')).map((r) => r.id);
const PRTT = 'The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone and the Target Account.';
const HYBRID = 'The United States applies under 18 U.S.C. §§ 3122, 3123, and 2703(c) and (d) for an Order authorizing a pen register and trap and trace device on the Target Telephone and the disclosure of records.';
const DISCLAIMER = 'The Government does not seek the contents of any communication.';

/** The scope rules that fire on a body under a head, the disclaimer added (its absence is another rule's matter). */
function fired(body: string, head = PRTT): string[] {
  const text = `${head}\n\n${body}\n\n${DISCLAIMER}\n`;
  return lint(text, { forceDraft: true, only: SCOPE })
    .findings.map((f) => f.ruleId)
    .filter((id) => id !== 'scope-content-disclaimer-missing')
    .sort();
}

const MUST_FIRE: Array<[string, string, string[], string?]> = [
  ['the Provider shall disclose subject lines', 'The Provider shall disclose to the FBI the subject lines of all e-mail messages sent from or received by the Target Account.', ['scope-subject-line']],
  ['the Government is authorized to obtain precise location', 'The Government is authorized to obtain the precise location of the Target Telephone, including GPS and E-911 Phase II data.', ['scope-location-prtt-only']],
  ['"to include but not be limited to" location', 'The Order shall require Meridian Mobile to furnish all information about the calls, to include but not be limited to the cell tower and sector used at the start and end of each call.', ['scope-location-prtt-only']],
  ['"any and all" browsing history', 'The Provider shall produce any and all records of the web pages visited by the user of the Target Account, including full URLs.', ['scope-full-url']],
  ['a list item under an active lead-in', 'The Government requests that the Order direct Meridian Mobile to provide:\n\n- the telephone numbers dialed from the Target Telephone;\n- the content of SMS messages sent from the Target Telephone; and\n- the date and time of each call.', ['scope-contents']],
  ['a table row that says Yes', 'The information to be disclosed is as follows:\n\n| Category | Requested |\n| --- | --- |\n| Dialing and routing information | Yes |\n| Search queries entered by the user | Yes |\n| Cell-site location | No |', ['scope-search-terms']],
  ['a passive: digits will be collected and provided', 'Post-cut-through dialed digits will also be collected and provided to the DEA.', ['scope-pctdd']],
  ['a decretal order for past call detail records', 'It is further ORDERED that Sable Telecom shall produce, for the ninety (90) days preceding the date of this Order, all call detail records for the Target Telephone.', ['scope-historical-under-prtt']],
  ['historical cell-site records under § 2703(d)', 'The Provider shall disclose historical cell-site records for the Target Telephone for the period from January 1, 2024 through the present.', ['scope-historical-csli-without-warrant'], HYBRID],
  ['prospective cell-site data in a hybrid order', 'The Provider shall disclose cell-site information for the Target Telephone on a prospective basis, as it is generated.', ['scope-location-hybrid'], HYBRID],
  ['agents authorized to deploy an IMSI catcher', 'The investigating agents are authorized to deploy an IMSI catcher to identify the handset used by the subject.', ['scope-cell-site-simulator']],
  ['the Provider shall furnish stored e-mails', 'The Provider shall furnish stored e-mails and their attachments from the Target Account.', ['scope-stored-content']],
  ['subscriber records with pen/trap authority only', 'The Government further requests the names, addresses, and means and source of payment of the subscribers of each number dialed.', ['scope-subscriber-records-prtt-only']],
  ['"excluding" keeps out one item, a later clause asks for another', 'The Order excludes cell-site data, but it authorizes the collection of the subject line of each message.', ['scope-subject-line']],
  ['"other than" keeps out the contents, not the subject line', 'Other than the contents of the communications, the Provider shall disclose all header information, including the subject line.', ['scope-subject-line']],
  ['"save for" keeps out the contents, not the location', 'The Government requests the real-time location of the Target Telephone, save for any information that would reveal the contents of a call.', ['scope-location-prtt-only']],
  ['an order that authorizes keystroke capture', 'This Order authorizes the FBI to capture the keystrokes typed on the Target Device.', ['scope-contents']],
  ['"with the exception of" keeps out one item only', 'With the exception of the message body, the Provider shall disclose the entire e-mail header, including the subject field.', ['scope-subject-line']],
  ['a table with a "Sought" column, no lead-in', '| Information | Sought |\n| --- | --- |\n| Telephone numbers dialed | Yes |\n| Full URLs of web pages visited | Yes |', ['scope-full-url']],
  ['"including, but not limited to" location', 'The Provider shall disclose all records for the Target Telephone, including, but not limited to, GPS coordinates and cell-site data.', ['scope-location-prtt-only']],
  ['the Government further requests', 'The Government further requests the subject line of each e-mail sent from the Target Account.', ['scope-subject-line']],
  ['hereby directed to disclose the URL', 'Apex Cable is hereby directed to disclose the URL of each website accessed from the Target IP Address.', ['scope-full-url']],
  ['"in addition to" the numbers dialed', 'The pen register may capture, in addition to the numbers dialed, the location of the cell tower serving the Target Telephone.', ['scope-location-prtt-only']],
  ['a passive: providers will be compelled to produce', 'Providers will be compelled to produce the text of every SMS message sent to the Target Telephone.', ['scope-contents']],
  ['the Government asks the Court to authorize', 'The Government asks the Court to authorize the collection of the body of each e-mail sent from the Target Account.', ['scope-contents']],
  ['ORDERED that the DEA may obtain latitude and longitude', 'ORDERED that the DEA may obtain, in real time, the latitude and longitude of the handset.', ['scope-location-prtt-only']],
  ['records of calls for the thirty days prior', 'The Order shall also require the production of records of all calls for the thirty (30) days prior to the date of this Order.', ['scope-historical-under-prtt']],
  ['an object that points back to an opening clause', 'To the extent that the Provider\u2019s records contain cell-site information, the Provider shall disclose such information.', ['scope-location-prtt-only']],
  ['the Government is entitled to, and hereby seeks', 'The Government is entitled to, and hereby seeks, the GPS location of the Target Telephone.', ['scope-location-prtt-only']],
  ['a proposed order that would permit', 'The requested Order would permit agents to receive the subject line of each e-mail.', ['scope-subject-line']],
  ['"not … but shall disclose"', 'The Provider shall not disclose the contents of any communication but shall disclose the cell-site location of the handset at the beginning and end of each call.', ['scope-location-prtt-only']],
  ['a refusal denied: shall not refuse to disclose', 'The Provider shall not refuse to disclose the subject line of each e-mail sent from the Target Account.', ['scope-subject-line']],
  ['a lettered item under a lead-in in the order', 'IT IS FURTHER ORDERED that the Provider shall disclose the following:\n\na. the IP addresses used to access the Target Account;\n\nb. the search terms entered by the user.', ['scope-search-terms']],
];

const MUST_NOT_FIRE: Array<[string, string, string?]> = [
  ['"excluding" a list of items', 'The Provider shall disclose all dialing, routing, addressing, and signaling information, excluding the contents of any communication and the subject line of any e-mail.'],
  ['"with the exception of", deferred to a warrant', 'With the exception of cell-site location information, which will be sought by a separate warrant, the Provider shall disclose the numbers dialed.'],
  ['the Government is not authorized to obtain', 'The Government is not authorized to obtain cell-site or GPS information under this Order.'],
  ['an order that does not authorize, "including"', 'This Order does not authorize the collection of the contents of any communication, including the subject lines of e-mails.'],
  ['background in the past tense', 'On March 2, 2024, agents obtained a warrant for the GPS location of the phone, which showed that the phone was near the stash house.'],
  ['a past disclosure under a subpoena', 'In 2023, the Provider disclosed subscriber records in response to a grand jury subpoena, which showed that the account was opened under a false name.'],
  ['quoted statute text', 'Section 3127(3) defines a pen register as "a device or process which records or decodes dialing, routing, addressing, or signaling information transmitted by an instrument or facility from which a wire or electronic communication is transmitted, provided, however, that such information shall not include the contents of any communication."'],
  ['a footnote on the law', 'The Government relies on the statute.[^1]\n\n[^1]: Courts have held that historical cell-site location information requires a warrant. Carpenter v. United States, 585 U.S. 296 (2018).'],
  ['nothing herein shall be construed to authorize', 'Nothing herein shall be construed to authorize the acquisition of search terms, full URLs, or post-cut-through dialed digits.'],
  ['"any and all" under a double denial', 'The Government does not seek, and the Order does not authorize, any and all location information, including GPS, E-911, or cell-site data.'],
  ['a negative lead-in', 'The following information is not sought:\n\n- the contents of communications;\n- cell-site location information.'],
  ['a table row that says No', 'The information to be disclosed is as follows:\n\n| Category | Requested |\n| --- | --- |\n| Numbers dialed | Yes |\n| Cell-site location | No |\n| Subject lines | Not requested |'],
  ['a table with a "Sought" column that says No', '| Information | Sought |\n| --- | --- |\n| Telephone numbers dialed | Yes |\n| Full URLs of web pages visited | No |'],
  ['the Court denies the request', 'The Court DENIES the Government\u2019s request for the precise location of the Target Telephone.'],
  ['"save and except"', 'The Provider shall disclose all dialing and signaling information, save and except the contents of any communication.'],
  ['two denials joined', 'The Order, however, does not authorize, and the Provider shall not disclose, any GPS or E-911 data.'],
  ['will not receive, will not transmit', 'Agents will not receive, and the Provider will not transmit, the contents of any message.'],
  ['"No … shall be recorded"', 'No subject lines, URLs, or search terms shall be recorded.'],
  ['a past administrative subpoena', 'The DEA has previously obtained the call detail records for this number through an administrative subpoena.'],
  ['location deferred to a Rule 41 application', 'The Government will seek location information, if at all, by a separate application under Rule 41.'],
  ['a statement of the law', 'Under 18 U.S.C. § 3127(3), a pen register does not include any device that captures the contents of communications.'],
  ['need not produce', 'The Provider need not produce any stored content.'],
  ['a condition about a future application', 'Should the Government seek cell-site data, it will file a separate application for a warrant.'],
  ['a prior order described', 'The Court previously authorized a pen register on this number on January 5, 2024, which did not include location data.'],
  ['a victim\u2019s account', 'The victim told agents that the suspect sent threatening text messages and photos to her.'],
  ['a quoted order in a blockquote', 'The order in the earlier matter read:\n\n> The Provider shall disclose the contents of all e-mails and the subject lines.'],
  ['the information sought does not include', 'The information sought does not include the content of any communication, the subject line of any e-mail, or any URL beyond the domain name.'],
  ['"not sought, nor are"', 'Subject lines of e-mails are not sought, nor are the bodies of any message.'],
  ['an exception before an object that points back', 'Except for the contents of communications, the Provider shall disclose such information as it maintains about the Target Account.'],
  ['"other than by a separate warrant"', 'The Government shall not obtain the location of the Target Telephone under this Order; location information, if any, will be sought by a separate warrant.'],
  ['a past use of a simulator in another case', 'Agents previously used a cell-site simulator in a separate investigation of the same organization.'],
  ['"but not" after the items asked for', 'The Order authorizes the collection of IP addresses, port numbers, and the date and time of each session, but not full URLs or search terms.'],
  ['a court that declines to authorize', 'The Court declines to authorize the disclosure of historical cell-site information.'],
  ['excluded from this Order are …', 'Excluded from this Order are the contents of communications and any subject lines.'],
  ['the Provider shall not be required to disclose', 'The Provider shall not be required to disclose any location information.'],
  ['no information other than', 'The Government seeks no information other than dialing, routing, addressing, and signaling information.'],
  ['applies only to, does not extend to', 'This Order applies only to dialing, routing, addressing, and signaling information and does not extend to the content of any message.'],
  ['configured so that it does not record', 'The pen register shall be configured so that it does not record the subject line or body of any e-mail.'],
  ['subscriber records with § 2703(c)(2) cited', 'The Provider shall disclose the subscriber information for the Target Telephone, including the name, address, and means and source of payment, pursuant to 18 U.S.C. § 2703(c)(2).', HYBRID],
  ['the order does not authorize, passive', 'Cell-site location information is not authorized by this Order and shall not be disclosed.'],
  ['a purpose clause, not a request', 'The information sought will help agents identify co-conspirators and locate stash houses.'],
  ['"exclusive of" the contents', 'The Provider shall furnish the e-mail addresses of senders and recipients, exclusive of the subject line and the body of each message.'],
];

describe('scope rules in other offices\u2019 words', () => {
  describe('must fire', () => {
    for (const [name, body, want, head] of MUST_FIRE) it(name, () => assert.deepEqual(fired(body, head), want, body));
  });
  describe('must not fire', () => {
    for (const [name, body, head] of MUST_NOT_FIRE) it(name, () => assert.deepEqual(fired(body, head), [], body));
  });
});
