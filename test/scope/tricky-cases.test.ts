// LEGAL.md §7.5: the tricky cases that concern scope, each as a test.
import assert from 'node:assert/strict';
import { findingsOf } from '../helpers.js';

const PRTT = 'The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone.';
const HYBRID =
  'The United States applies under 18 U.S.C. §§ 3122, 3123, 2703(c)(2), and 2703(d) for an Order authorizing a pen register and trap and trace device and the disclosure of records.\n\n' +
  '## Specific and articulable facts\n\nThe facts set out below show reasonable grounds to believe that the records sought are relevant and material to an ongoing criminal investigation. 18 U.S.C. § 2703(d).';
const SCOPE = [
  'scope-contents', 'scope-subject-line', 'scope-search-terms', 'scope-full-url', 'scope-pctdd', 'scope-location-prtt-only',
  'scope-location-hybrid', 'scope-historical-under-prtt', 'scope-historical-csli-without-warrant',
  'scope-subscriber-records-prtt-only', 'scope-stored-content', 'scope-cell-site-simulator', 'scope-content-disclaimer-missing',
];

function lintScope(head: string, body: string) {
  const text = `${head}\n\n## Information sought\n\n${body}\n`;
  const findings = findingsOf(text, SCOPE);
  return { text, findings, ids: findings.map((f) => `${f.ruleId}:${f.severity}`) };
}

describe('LEGAL.md §7.5 scope cases', () => {
  it('"The Government does NOT seek the contents of any communication." is no scope-contents and satisfies the disclaimer', () => {
    const { ids } = lintScope(PRTT, 'The Government seeks the numbers dialed. The Government does NOT seek the contents of any communication.');
    assert.deepEqual(ids, []);
  });

  it('the § 3127 proviso wording is no flag', () => {
    const { ids } = lintScope(PRTT, 'The pen register shall record dialing, routing, addressing and signaling information, but shall not include the contents of any communication.');
    assert.deepEqual(ids, []);
  });

  it('"Nothing in this Order authorizes the interception of the contents of communications." is no flag', () => {
    const { ids } = lintScope(PRTT, 'The Order applies to the numbers dialed. Nothing in this Order authorizes the interception of the contents of communications.');
    assert.deepEqual(ids, []);
  });

  it('"including e-mail headers and subject lines" is scope-subject-line', () => {
    const { ids, findings, text } = lintScope(PRTT, 'The Government seeks the addresses of each message, including e-mail headers and subject lines. The Government does not seek the body of any message.');
    assert.deepEqual(ids, ['scope-subject-line:error']);
    assert.equal(text.slice(findings[0].start, findings[0].end), 'subject lines');
  });

  it('"e-mail header information other than the subject line" is no flag', () => {
    const { ids } = lintScope(PRTT, 'The Government seeks e-mail header information other than the subject line. The Government does not seek the contents of any communication.');
    assert.deepEqual(ids, []);
  });

  it('"the contents of this Application and Order shall be sealed" is no scope-contents', () => {
    const { ids } = lintScope(PRTT, 'The Government requests that the contents of this Application and Order be sealed. The Government does not seek the contents of any communication.');
    assert.deepEqual(ids, []);
  });

  it('subscriber information under a hybrid order with facts is no finding', () => {
    const { ids } = lintScope(HYBRID, 'The Government seeks subscriber information, including name, address, and means of payment. The Government does not seek the contents of any communication.');
    assert.deepEqual(ids, []);
  });

  it('the same under §§ 3122–3123 only is scope-subscriber-records-prtt-only (warning)', () => {
    const { ids } = lintScope(PRTT, 'The Government seeks subscriber information, including name, address, and means of payment. The Government does not seek the contents of any communication.');
    assert.deepEqual(ids, ['scope-subscriber-records-prtt-only:warning']);
  });

  it('"cell-site and sector information at call origination and termination" under §§ 3122–3123 only is scope-location-prtt-only', () => {
    const { ids } = lintScope(PRTT, 'The Government seeks cell-site and sector information at call origination and termination. It does not seek the contents of any communication.');
    assert.deepEqual(ids, ['scope-location-prtt-only:error']);
  });

  it('the same with § 2703(d) cited, prospective, is scope-location-hybrid (warning)', () => {
    const { ids } = lintScope(HYBRID, 'For sixty (60) days from the date of the Order, the Government seeks cell-site and sector information at call origination and termination. It does not seek the contents of any communication.');
    assert.deepEqual(ids, ['scope-location-hybrid:warning']);
  });

  it('the same "for the 60 days preceding the date of this Order" is scope-historical-csli-without-warrant only', () => {
    for (const head of [PRTT, HYBRID]) {
      const { ids } = lintScope(head, 'The Government seeks cell-site and sector information at call origination and termination for the 60 days preceding the date of this Order. It does not seek the contents of any communication.');
      assert.deepEqual(ids, ['scope-historical-csli-without-warrant:error']);
    }
  });

  it('"the location of the telephone line, if known" is no location flag', () => {
    const { ids } = lintScope(PRTT, 'The Order states the location of the telephone line, if known. It does not authorize the acquisition of the contents of any communication.');
    assert.deepEqual(ids, []);
  });

  it('"all post-cut-through dialed digits" is scope-pctdd (warning); with the no-use language, info only', () => {
    assert.deepEqual(lintScope(PRTT, 'The Government seeks all post-cut-through dialed digits. It does not seek the contents of any communication.').ids, ['scope-pctdd:warning']);
    assert.deepEqual(
      lintScope(PRTT, 'The Government seeks all post-cut-through dialed digits; the agency shall make no affirmative investigative use of any content. It does not seek the contents of any communication.').ids,
      ['scope-pctdd:info'],
    );
  });

  it('"IP addresses of websites visited" is no flag; "full URLs of websites visited" is scope-full-url; "search queries" is scope-search-terms', () => {
    const tail = ' The Government does not seek the contents of any communication.';
    assert.deepEqual(lintScope(PRTT, 'The Government seeks the IP addresses of websites visited.' + tail).ids, []);
    assert.deepEqual(lintScope(PRTT, 'The Government seeks the full URLs of websites visited.' + tail).ids, ['scope-full-url:warning']);
    assert.deepEqual(lintScope(PRTT, 'The Government seeks the search queries entered by the user.' + tail).ids, ['scope-search-terms:error']);
  });

  it('stored messages are scope-stored-content only, not also scope-contents', () => {
    const { ids } = lintScope(HYBRID, 'The provider shall disclose the messages stored in the Target Account, with their attachments. It does not seek the contents of any communication in transit.');
    assert.deepEqual(ids, ['scope-stored-content:error']);
  });

  it('a cell-site simulator is scope-cell-site-simulator only, not also a location rule', () => {
    const { ids } = lintScope(PRTT, 'The Government asks that the Order authorize the FBI to use a cell-site simulator to determine the precise location of the handset. It does not seek the contents of any communication.');
    assert.deepEqual(ids, ['scope-cell-site-simulator:error']);
  });

  it('the location a simulator finds, asked for in the next sentence, is still the simulator\'s one defect', () => {
    const { ids } = lintScope(PRTT, 'The FBI asks for authority to operate a cell-site simulator near the residence. The simulator will report the precise location of the handset to the agents. It does not seek the contents of any communication.');
    assert.deepEqual(ids, ['scope-cell-site-simulator:error']);
  });

  it('a double negative is resolved as a request, at warning severity', () => {
    const { ids } = lintScope(PRTT, 'The Government does not seek to exclude subject lines from the headers it collects. It does not seek the body of any message.');
    assert.deepEqual(ids, ['scope-subject-line:warning']);
  });

  it('no disclaimer anywhere: scope-content-disclaimer-missing (info), once, at the start of the first part', () => {
    const { findings, ids, text } = lintScope(PRTT, 'The Government seeks the numbers dialed from the Target Telephone.');
    assert.deepEqual(ids, ['scope-content-disclaimer-missing:info']);
    assert.equal(findings[0].start, 0);
    assert.ok(text.slice(findings[0].start, findings[0].end).startsWith('The United States applies'));
  });

  it('a § 2703 citation for records to be obtained by subpoena does not make the draft a hybrid', () => {
    const head = PRTT + ' Subscriber information will be obtained by grand jury subpoena under 18 U.S.C. § 2703(c)(2).';
    assert.deepEqual(lintScope(head, 'The Government seeks cell-site data for each call. It does not seek the contents of any communication.').ids, ['scope-location-prtt-only:error']);
  });

  it('with a warrant relied on, location is no finding; a warrant merely mentioned in a disclaimer is not one', () => {
    const warrant = 'The United States applies under Fed. R. Crim. P. 41 and 18 U.S.C. §§ 3117, 3122 and 3123 for a warrant and order for the Target Telephone.';
    assert.deepEqual(lintScope(warrant, 'The Government seeks the GPS location of the handset. It does not seek the contents of any communication.').ids, []);
    const mentioned = PRTT + ' Any location information requires a separate warrant under Fed. R. Crim. P. 41.';
    assert.deepEqual(lintScope(mentioned, 'The Government seeks the GPS location of the handset. It does not seek the contents of any communication.').ids, ['scope-location-prtt-only:error']);
  });
});
