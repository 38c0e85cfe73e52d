// Requests and their negation, sentence by sentence, in words other than the sample corpus's: each sentence sits in a
// minimal draft (pen/trap authority only, or a hybrid citing § 2703(c)/(d)) and is linted with the twelve scope rules.
import assert from 'node:assert/strict';
import { findingsOf } from '../helpers.js';

const PRTT = 'The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone.';
const HYBRID = 'The United States applies under 18 U.S.C. §§ 3122, 3123, 2703(c)(2) and 2703(d) for an Order authorizing a pen register and trap and trace device and the disclosure of records. Specific and articulable facts are set out below.';

const SCOPE_RULES = [
  'scope-contents', 'scope-subject-line', 'scope-search-terms', 'scope-full-url', 'scope-pctdd', 'scope-location-prtt-only',
  'scope-location-hybrid', 'scope-historical-under-prtt', 'scope-historical-csli-without-warrant',
  'scope-subscriber-records-prtt-only', 'scope-stored-content', 'scope-cell-site-simulator',
];

function scopeFindings(sentence: string, authority: 'prtt' | 'hybrid' = 'prtt') {
  const text = `${authority === 'prtt' ? PRTT : HYBRID}\n\n${sentence}\n`;
  return { text, findings: findingsOf(text, SCOPE_RULES) };
}

// Sentences that mention contents, location or records and must not fire.
const SILENT: Array<[string, ('prtt' | 'hybrid')?]> = [
  ['The Government does NOT seek the contents of any communication.'],
  ['The pen register shall record dialing, routing, addressing and signaling information, but shall not include the contents of any communication.'],
  ['Nothing in this Order authorizes the interception of the contents of communications.'],
  ['The Government seeks e-mail header information other than the subject line.'],
  ['The contents of this Application and Order shall be sealed until otherwise ordered by the Court.'],
  ['The location of the telephone line, if known, is not known.'],
  ['The Government seeks the IP addresses of websites visited by the user of the Target Account.'],
  ['The investigation has revealed that the targets exchanged messages about shipments.'],
  ['Section 2510(8) defines "contents" as "any information concerning the substance, purport, or meaning of that communication."'],
  ['No cell-site, GPS or other location information will be collected under this Order.'],
  ['This Order does not authorize the disclosure of subscriber records, call detail records, or any stored communications.'],
  ['Historical records are not requested, and the provider shall not disclose any record of a communication made before the date of this Order.'],
  ['The Government is not seeking the message text, attachments, or any other content of any message.'],
  ['The provider shall furnish the originating numbers of incoming calls, excluding the content of any voicemail left for the subscriber.'],
  ['The FBI shall make no use of any cell tower or sector information that the provider transmits incidentally.'],
  ['The Government will seek location information, if at all, by a separate application under Fed. R. Crim. P. 41.'],
  ['Agents previously obtained toll records for the Target Telephone by grand jury subpoena.'],
  ['On March 3, 2024, the suspect sent photographs of the firearms to a buyer.'],
  ['The term "pen register" means a device or process which records or decodes dialing, routing, addressing, or signaling information, provided that such information shall not include the contents of any communication.'],
  ['Neither the contents of communications nor the location of the handset shall be recorded.'],
  ['The device shall capture only source and destination IP addresses and port numbers, and not URLs or search terms.'],
  ['The provider shall deliver the header information without the subject line of any e-mail.'],
  ['The Government requests the numbers dialed, rather than the contents of the calls.'],
  ['The Court does not authorize the use of a cell-site simulator.'],
  ['This Order shall not be construed to authorize the collection of post-cut-through dialed digits.'],
  ['The Government does not seek, and this Order does not authorize, the acquisition of GPS or E-911 location data.'],
  ['Any information that may disclose the physical location of the subscriber is excluded from this Order.'],
  ['The Order applies to dialing, routing, addressing and signaling information, exclusive of any contents.'],
  ['The Government does not request historical cell-site location information for any period before the date of this Order.'],
  ['The agency will apply a filter that strips out any post-cut-through digits before the results are delivered.'],
  ['Contents of communications are not sought.'],
  ['The Government seeks the identity of each party to a communication and the existence of the communication, which are not contents.'],
  ['The subject of the investigation uses the Target Account to send e-mail to the victims.'],
  ['The provider shall indicate whether each communication was a voice call, a video call, or a message.'],
  ['The Government seeks the subscriber\'s name, address, and means and source of payment.', 'hybrid'],
  ['For the period from January 1, 2024 through the date of the Order, the provider shall disclose the sender and recipient addresses of each message.', 'hybrid'],
  ['Table of Contents'],
  ['A receipt in the glove box shows that the subject paid cash for the phone, and records obtained by subpoena show forty calls.'],
  ['The Government may later apply for a warrant for cell-site information.'],
  ['Section 2703(c)(2) requires a provider to disclose the name, address, and means and source of payment of a subscriber.'],
  ['Under Carpenter, the Government must obtain a warrant to acquire historical cell-site location information.'],
  ['The provider shall furnish the number and size of attachments for each message.'],
  ['The Government seeks the names of all parties to conversations with the Target Telephone.'],
  ['The provider shall furnish call detail records in real time for the duration of this Order.'],
  ['It is further ORDERED that the provider shall not disclose the contents of any communication.'],
  ['The contents of the ledger seized from the residence are described in the affidavit.'],
  ['The provider shall furnish the date, time, and size of each text sent or received.'],
  ["The Government's request does not extend to cell-site data."],
  ['The Order authorizes the provider to disclose the dialing, routing, addressing, and signaling information, but not the contents of any communication, cell-site information, or subscriber records.'],
  ['Subscriber information will be obtained by grand jury subpoena and is not sought here.'],
  ['Agents will use a cell-site simulator under a separate warrant.'],
  ['The results shall be furnished to the FBI in real time, excluding post-cut-through dialed digits.'],
  ['Contents of communications, including but not limited to the subject line of e-mail, will not be collected.'],
  ['The device will record the "to," "from," "cc," and "bcc" fields, but not the "subject" field.'],
  ['Rather than the full URL, the device will record only the domain name.'],
  ['The provider shall disclose the numbers dialed for the period beginning May 1, 2024 and ending June 29, 2024. Executed on April 20, 2024.'],
  ['The Government seeks the IP addresses of content delivery networks contacted and the Content-Type of each response.'],
  ['The Government requests that the provider continue to deliver the results it has delivered since May 2, 2024.'],
  ['Unlike a request for historical records, this Application seeks only prospective dialing information.'],
  ['The Government seeks the numbers dialed, as described in the attachments hereto.'],
  ['The FBI may install and use its own device at the physical location of the provider\'s switch.'],
];

// Sentences that ask for what a pen register cannot reach, each with the rule that must fire and the words it marks.
const FIRING: Array<[string, string, string, ('prtt' | 'hybrid')?]> = [
  ['The Government seeks the body of each e-mail sent from the Target Account.', 'scope-contents', 'body of each e-mail'],
  ['The Order shall direct the provider to furnish any text, images or voice notes transmitted by the Target Account.', 'scope-contents', 'voice notes'],
  ['The carrier shall provide the FBI with cell-site and sector information for each call.', 'scope-location-prtt-only', 'cell-site and sector'],
  ['The Government further asks for all records of the account from January 1, 2021 to the present.', 'scope-historical-under-prtt', 'January 1, 2021'],
  ['The Government seeks the subject lines of messages sent to the Target Account.', 'scope-subject-line', 'subject lines'],
  ['The DEA is authorized to obtain the precise location of the Target Telephone from E-911 data.', 'scope-location-prtt-only', 'precise location'],
  ['The provider shall disclose the search queries entered by the user.', 'scope-search-terms', 'search queries'],
  ['The FBI may capture the complete URL of every page viewed from the Target IP Address.', 'scope-full-url', 'complete URL'],
  ['The Order authorizes the collection of post-cut-through dialed digits.', 'scope-pctdd', 'post-cut-through'],
  ['The Government requests the GPS coordinates of the handset every fifteen minutes.', 'scope-location-prtt-only', 'GPS'],
  ['The provider shall produce toll records for the Target Telephone for the ninety days before the date of this Order.', 'scope-historical-under-prtt', 'ninety days before'],
  ['The Government seeks the name, address and means and source of payment of the subscriber.', 'scope-subscriber-records-prtt-only', 'source of payment'],
  ['The provider shall disclose all e-mails stored in the Target Account.', 'scope-stored-content', 'e-mails stored in'],
  ['The DEA may deploy a cell-site simulator to find the handset.', 'scope-cell-site-simulator', 'cell-site simulator'],
  ['The Government asks the Court to authorize the interception of wire communications over the Target Telephone.', 'scope-contents', 'interception of wire communications'],
  ['The Government also seeks audio recordings of calls made from the Target Telephone.', 'scope-contents', 'audio'],
  ['The provider shall report its location to the agents whenever they ask.', 'scope-location-prtt-only', 'its location'],
  ['The provider shall furnish historical cell-site location information for the period from March 1, 2024 to the present.', 'scope-historical-csli-without-warrant', 'cell-site location'],
  ['For the sixty days preceding entry of this Order, the Government seeks call detail records including cell tower locations.', 'scope-historical-csli-without-warrant', 'cell tower', 'hybrid'],
  ['The Government seeks the message content of SMS and iMessage traffic.', 'scope-contents', 'message content'],
  ['The provider shall furnish copies of all text messages sent or received by the Target Telephone.', 'scope-contents', 'copies of all text messages'],
  ['The Government seeks real-time location data for the Target Telephone.', 'scope-location-prtt-only', 'real-time location'],
  ['The Government seeks timing advance measurements for each session.', 'scope-location-prtt-only', 'timing advance'],
  ['The provider shall provide a tower dump for the tower serving 100 Main Street.', 'scope-location-prtt-only', 'tower dump'],
  ['The Government requests the web pages visited by the user.', 'scope-full-url', 'web pages visited'],
  ['The Government requests the keywords searched by the user.', 'scope-search-terms', 'keywords searched'],
  ['The provider shall disclose the photos in the account and all cloud backups.', 'scope-stored-content', 'photos in the account'],
  ['The Government requests that the Order direct the provider to disclose the subscriber\'s billing address and length of service.', 'scope-subscriber-records-prtt-only', 'length of service'],
  ['The Government seeks the "Subject:" field of each e-mail.', 'scope-subject-line', 'Subject:'],
  ['The provider shall furnish the numbers dialed, together with the substance of each text message.', 'scope-contents', 'substance of each text message'],
  ['The FBI may record the DTMF tones entered after the call connects.', 'scope-pctdd', 'DTMF'],
  ['The Government seeks historical cell-site records for the Target Telephone.', 'scope-historical-csli-without-warrant', 'cell-site records'],
  ['The provider shall disclose, since the opening of the account, the IP address of each login.', 'scope-historical-under-prtt', 'since the opening'],
  ['The Government seeks cell-site location information and GPS data for sixty days from the date of the Order.', 'scope-location-hybrid', 'cell-site location', 'hybrid'],
  ['The Government does not seek to exclude subject lines from the headers it collects.', 'scope-subject-line', 'subject lines'],
  ['The Government seeks the dialing information, but not the subject line, and the full URLs of websites visited.', 'scope-full-url', 'full URLs'],
  ['IT IS FURTHER ORDERED that the provider disclose the cell-site and sector information for each call.', 'scope-location-prtt-only', 'cell-site and sector'],
  ['The Government requests the contents of the Target Account.', 'scope-stored-content', 'contents of the Target Account'],
  ['The provider is directed to furnish the subject line of each e-mail.', 'scope-subject-line', 'subject line'],
  ['The DEA shall use a DRT box to identify the handset.', 'scope-cell-site-simulator', 'DRT box'],
  ['The Government seeks an order directing the provider to provide location-based services data.', 'scope-location-prtt-only', 'location-based services'],
  ['The provider shall disclose, for each e-mail, the To, From, and Subject fields.', 'scope-subject-line', 'Subject fields'],
  ['The provider shall furnish records of all calls made during the past thirty days.', 'scope-historical-under-prtt', 'past thirty days'],
  ['The Order authorizes the capture of all data packets, including their payloads.', 'scope-contents', 'payloads'],
  ['Other than contents, the provider shall disclose the full URLs of each page.', 'scope-full-url', 'full URLs'],
  ['The provider shall disclose, without geographic limitation, cell-site data for each call.', 'scope-location-prtt-only', 'cell-site data'],
  ['The relief sought includes the GPS location of the handset.', 'scope-location-prtt-only', 'GPS'],
  ['The Government intends to collect precise location data from the carrier.', 'scope-location-prtt-only', 'precise location'],
  ['Authority is sought to collect the subscriber\'s name and address.', 'scope-subscriber-records-prtt-only', "subscriber's name"],
  ['The provider shall disclose cell-site location information for the period from March 1, 2024 through March 31, 2024. Executed on April 20, 2024.', 'scope-historical-csli-without-warrant', 'cell-site location', 'hybrid'],
  ['The provider shall identify the sector serving the handset at the start of each call.', 'scope-location-prtt-only', 'sector serving'],
  ['The Order authorizes the FBI to intercept communications over the Target Telephone.', 'scope-contents', 'intercept communications'],
  ['The provider shall disclose all information about the account for the past year.', 'scope-historical-under-prtt', 'the past year'],
  ['The People further ask the Court to direct the carrier to produce a log of every call made from the Target Telephone in the thirty days before this petition.', 'scope-historical-under-prtt', 'thirty days before'],
];

describe('scope: sentences that must not fire', () => {
  it('has at least 30 of them', () => assert.ok(SILENT.length >= 30));
  for (const [sentence, authority] of SILENT) {
    it(sentence, () => {
      const { text, findings } = scopeFindings(sentence, authority);
      assert.deepEqual(findings.map((f) => `${f.ruleId} @ ${JSON.stringify(text.slice(f.start, f.end))}`), []);
    });
  }
});

describe('scope: sentences that must fire', () => {
  it('has at least 30 of them', () => assert.ok(FIRING.length >= 30));
  for (const [sentence, rule, words, authority] of FIRING) {
    it(`${rule}: ${sentence}`, () => {
      const { text, findings } = scopeFindings(sentence, authority);
      assert.deepEqual(findings.map((f) => f.ruleId), [rule], findings.map((f) => `${f.ruleId}: ${f.message}`).join('\n'));
      const at = text.indexOf(words);
      assert.ok(at >= 0);
      assert.ok(findings[0].start < at + words.length && findings[0].end > at, `finding covers ${JSON.stringify(text.slice(findings[0].start, findings[0].end))}, not ${JSON.stringify(words)}`);
    });
  }
});
