// The order rules (18 U.S.C. § 3123(b), (d), (a)(3)) on application-only, order-only and combined drafts, federal and
// State, with the "if known" elements stated as unknown, and orders written in other courts' words.
import assert from 'node:assert/strict';
import { applyFixes, lint } from '../../server/src/engine/index.js';
import { findingsOf, covered } from '../helpers.js';

const ORDER_RULES = [
  'order-missing-subscriber',
  'order-missing-subject',
  'order-missing-identifier',
  'order-missing-offense',
  'order-missing-geo-limits-state-trap',
  'order-missing-assistance-directive',
  'order-missing-sealing',
  'order-missing-nondisclosure',
  'order-own-device-no-record',
  'order-record-deadline-wrong',
  'order-sealing-indefinite',
  'order-trap-results-timing',
  'draft-inconsistent-identifier',
];

const ids = (text: string, rules: string[] = ORDER_RULES) => findingsOf(text, rules).map((f) => f.ruleId).sort();

const APPLICATION = `# APPLICATION

Jane Roe, an Assistant United States Attorney, applies under 18 U.S.C. §§ 3122(a)(1) and 3123 for an Order authorizing a pen register and trap and trace device on the cellular telephone assigned call number (704) 555-0143 (the "Target Telephone"), serviced by Larkspur Wireless, Inc. ("Larkspur Wireless").

1. The investigation is being conducted by the Drug Enforcement Administration ("DEA"). The applicant certifies that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by the DEA.
2. The Target Telephone is listed in the name of Mabel Underhay. The subject of the investigation is Desmond Harrowgate.
3. The information likely to be obtained relates to possible violations of 21 U.S.C. §§ 841(a)(1) and 846.
4. The Government requests that the Order direct Larkspur Wireless to furnish the DEA all information, facilities, and technical assistance necessary, and to furnish the results in real time.
5. The Government requests that the Order be sealed and that Larkspur Wireless be directed not to disclose the existence of the devices.

I declare under penalty of perjury that the foregoing is true and correct.
`;

const FULL_ORDER = `# [PROPOSED] ORDER

The Court FINDS that the attorney for the Government has certified that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by the Drug Enforcement Administration ("DEA").

IT IS ORDERED:

1. The DEA may install and use, anywhere within the United States, a pen register and trap and trace device on the cellular telephone assigned call number (704) 555-0143 (the "Target Telephone"), serviced by Larkspur Wireless, for sixty (60) days from the date of this Order.
2. The Target Telephone is listed in the name of Mabel Underhay. The subject of the criminal investigation is Desmond Harrowgate.
3. The information likely to be obtained relates to possible violations of 21 U.S.C. §§ 841(a)(1) and 846.
4. Larkspur Wireless shall furnish the DEA forthwith all information, facilities, and technical assistance necessary to accomplish the installation and use of the devices, and shall furnish the results to the DEA in real time for the duration of this Order.
5. This Order and the Application shall be sealed until otherwise ordered by the Court.
6. Larkspur Wireless shall not disclose the existence of the pen register and trap and trace device or of the investigation to the listed subscriber or to any other person, unless or until otherwise ordered by the Court.

United States Magistrate Judge
`;

/** The full order with one numbered paragraph (or a sentence) taken out. */
function without(order: string, needle: string): string {
  assert.ok(order.includes(needle), `fixture contains ${needle}`);
  return order.replace(needle, '');
}

describe('order rules', () => {
  describe('which files they run on', () => {
    it('never fire on an application-only file, however bare', () => {
      const bare = `# APPLICATION\n\nThe Government applies for an order authorizing a pen register and trap and trace device on the Target Telephone.\n`;
      assert.deepEqual(ids(bare), []);
      assert.deepEqual(ids(APPLICATION), []);
    });

    it('an application\'s section headed "Order requested" is not an order', () => {
      const text = `# APPLICATION FOR PEN REGISTER AND TRAP AND TRACE ORDER\n\nAUSA Jane Roe applies for an order on telephone number (704) 555-0143. The Government requests that the provider be ordered not to disclose the device.\n\n## Order requested\n\nThe Government asks the Court to authorize the pen register and trap and trace device for sixty days.\n`;
      assert.deepEqual(ids(text), []);
    });

    it('a complete combined draft gets nothing', () => {
      assert.deepEqual(ids(APPLICATION + '\n---\n\n' + FULL_ORDER), []);
    });

    it('a complete order-only file gets nothing, and is a draft', () => {
      assert.deepEqual(ids(FULL_ORDER), []);
      assert.deepEqual(findingsOf(FULL_ORDER.replace('5. This Order and the Application shall be sealed until otherwise ordered by the Court.\n', ''), ['order-missing-sealing']).length, 1);
    });

    it('an order-only file with no "[PROPOSED] ORDER" heading is found by its decretal language', () => {
      const text = `IN THE MATTER OF THE APPLICATION FOR AN ORDER AUTHORIZING A PEN REGISTER ON (704) 555-0143\n\nIT IS HEREBY ORDERED that the DEA may install and use a pen register on telephone number (704) 555-0143.\n`;
      const found = ids(text, ['order-missing-sealing', 'order-missing-subscriber']);
      assert.deepEqual(found, ['order-missing-sealing', 'order-missing-subscriber']);
    });

    it('an order standing alone under "EXHIBIT A: PROPOSED ORDER" is a draft with an order part', () => {
      const text = `## EXHIBIT A: PROPOSED ORDER\n\nIT IS ORDERED that the FBI may install and use a pen register on the e-mail account j.doe@example.org.\n`;
      const result = lint(text);
      assert.equal(result.isDraft, true);
      assert.deepEqual(result.parts, ['order']);
      assert.ok(result.findings.some((f) => f.ruleId === 'order-missing-sealing'));
    });

    it('subject in other words: "Kevin Lyle is the suspect in this investigation"', () => {
      const text = FULL_ORDER.replace('The subject of the criminal investigation is Desmond Harrowgate.', 'Desmond Harrowgate is the suspect in this investigation.');
      assert.deepEqual(ids(text, ['order-missing-subject']), []);
      const notSubject = FULL_ORDER.replace('The subject of the criminal investigation is Desmond Harrowgate.', 'The number is the Target Telephone.');
      assert.deepEqual(ids(notSubject, ['order-missing-subject']), ['order-missing-subject']);
    });

    it('an order titled "ORDER GRANTING APPLICATION …" is an order, not an application', () => {
      const text = FULL_ORDER.replace('# [PROPOSED] ORDER', '# ORDER GRANTING APPLICATION FOR PEN REGISTER AND TRAP AND TRACE DEVICE');
      assert.deepEqual(ids(without(text, '5. This Order and the Application shall be sealed until otherwise ordered by the Court.\n')), ['order-missing-sealing']);
    });
  });

  describe('elements the order must state itself', () => {
    const combined = (order: string) => APPLICATION + '\n---\n\n' + order;

    it('subscriber: named in the application only → finding at the order heading, filled from the application', () => {
      const text = combined(without(FULL_ORDER, 'The Target Telephone is listed in the name of Mabel Underhay. '));
      const found = findingsOf(text, 'order-missing-subscriber');
      assert.equal(found.length, 1);
      assert.equal(covered(text, found[0]), '# [PROPOSED] ORDER');
      const fixed = applyFixes(text, found, 'all').text;
      assert.match(fixed, /sealed until otherwise ordered by the Court\.\n6\. Larkspur[^\n]*\n\nThe Target Telephone is listed in the name of Mabel Underhay\.\n\nUnited States Magistrate Judge/);
    });

    it('the person kept in the dark by the nondisclosure directive is not an identity', () => {
      const text = without(FULL_ORDER, 'The Target Telephone is listed in the name of Mabel Underhay. The subject of the criminal investigation is Desmond Harrowgate.').replace(
        'to the listed subscriber or to any other person',
        'to the person in whose name the Target Telephone is listed, to the subject of the investigation, or to any other person',
      );
      assert.deepEqual(ids(text, ['order-missing-subscriber', 'order-missing-subject']), ['order-missing-subject', 'order-missing-subscriber']);
    });

    it('"the listed subscriber" in the nondisclosure paragraph names nobody', () => {
      const text = without(FULL_ORDER, 'The Target Telephone is listed in the name of Mabel Underhay. ');
      assert.ok(text.includes('to the listed subscriber'));
      assert.deepEqual(ids(text, ['order-missing-subscriber']), ['order-missing-subscriber']);
    });

    it('"if known": an explicit "unknown" satisfies subscriber and subject, in findings, decretals or a table', () => {
      const inFindings = FULL_ORDER.replace(
        'The Target Telephone is listed in the name of Mabel Underhay. The subject of the criminal investigation is Desmond Harrowgate.',
        'The Court notes that the Target Telephone is a prepaid handset.',
      ).replace('IT IS ORDERED:', 'The Court FINDS that the listed subscriber of the Target Telephone is unknown and that the identity of the subject is unknown.\n\nIT IS ORDERED:');
      assert.deepEqual(ids(inFindings, ['order-missing-subscriber', 'order-missing-subject']), []);

      const inTable = FULL_ORDER.replace(
        '2. The Target Telephone is listed in the name of Mabel Underhay. The subject of the criminal investigation is Desmond Harrowgate.\n',
        '',
      ).replace('IT IS ORDERED:', '| Target | Subscriber | Subject of investigation |\n| --- | --- | --- |\n| (704) 555-0143 | Unknown | Unknown |\n\nIT IS ORDERED:');
      assert.deepEqual(ids(inTable, ['order-missing-subscriber', 'order-missing-subject']), []);

      const silent = FULL_ORDER.replace(
        '2. The Target Telephone is listed in the name of Mabel Underhay. The subject of the criminal investigation is Desmond Harrowgate.\n',
        '',
      );
      assert.deepEqual(ids(silent, ['order-missing-subscriber', 'order-missing-subject']), ['order-missing-subject', 'order-missing-subscriber']);
    });

    it('"if known" in other words', () => {
      const order = (finding: string) => `# ORDER\n\nThe Court FINDS that ${finding}\n\nIT IS ORDERED that the DEA may install and use a pen register on telephone number (704) 555-0143.\n`;
      const both = ['order-missing-subscriber', 'order-missing-subject'];
      assert.deepEqual(ids(order('the Target Telephone is subscribed to by an unknown person and used by an unknown subject.'), both), []);
      assert.deepEqual(ids(order('the subscriber and subject are unknown.'), both), []);
      assert.deepEqual(ids(order('the telephone (subscriber unknown) is used by the target of the investigation, John Smith.'), both), []);
      assert.deepEqual(ids(order('the subject line of e-mail is not sought.'), both), [...both].sort());
    });

    it('subject: "the person using the online name "glasswing," whose identity is unknown" satisfies it', () => {
      const text = FULL_ORDER.replace('The subject of the criminal investigation is Desmond Harrowgate.', 'The subject of the criminal investigation is the person using the online name "glasswing," whose identity is unknown.');
      assert.deepEqual(ids(text, ['order-missing-subject']), []);
    });

    it('identifier: a reference to the application is not enough; the fix uses the application\'s number', () => {
      const order = FULL_ORDER.replace('the cellular telephone assigned call number (704) 555-0143 (the "Target Telephone")', 'the Target Telephone described in the Application');
      const text = combined(order);
      const found = findingsOf(text, 'order-missing-identifier');
      assert.equal(found.length, 1);
      assert.match(applyFixes(text, found, 'all').text, /is \(704\) 555-0143\.\n\nUnited States Magistrate Judge/);
      // order-only: the same order, and no application to fill from
      const alone = findingsOf(order, 'order-missing-identifier');
      assert.equal(alone.length, 1);
      assert.match(applyFixes(order, alone, 'all').text, /\[TELEPHONE NUMBER \/ ACCOUNT \/ IP ADDRESS \/ E-MAIL ADDRESS\]/);
    });

    it('identifier: foreign WhatsApp numbers, IMEIs, usernames and placeholders are identifiers', () => {
      const base = (target: string) => `# ORDER\n\nIT IS ORDERED that the DEA may install and use a pen register on ${target}.\n`;
      for (const target of ['the WhatsApp account registered to +853 5550 0148', 'the handset bearing IMEI 35-209900-176148-1', 'the Instagram account with username @night.owl', 'telephone number [TARGET NUMBER]', 'the e-mail account refund.desk.2024@example.net']) {
        assert.deepEqual(ids(base(target), ['order-missing-identifier']), [], target);
      }
      assert.deepEqual(ids(base('the Target Telephone. Questions may be directed to Special Agent Roe at telephone: (312) 555-0100'), ['order-missing-identifier']), ['order-missing-identifier']);
    });

    it('offense: procedural citations and "violations of federal law" do not state it; statutes and named crimes do', () => {
      const order = (offense: string) => FULL_ORDER.replace('3. The information likely to be obtained relates to possible violations of 21 U.S.C. §§ 841(a)(1) and 846.', `3. ${offense}`);
      assert.deepEqual(ids(order('This Order is entered under 18 U.S.C. §§ 3122 and 3123.'), ['order-missing-offense']), ['order-missing-offense']);
      assert.deepEqual(ids(order('The investigation concerns possible violations of federal law.'), ['order-missing-offense']), ['order-missing-offense']);
      assert.deepEqual(ids(order('The offense under investigation is wire fraud.'), ['order-missing-offense']), []);
      assert.deepEqual(ids(order('The investigation concerns violations of Title 21, United States Code, Sections 841 and 846.'), ['order-missing-offense']), []);
    });

    it('offense: an order-only file may state it in its caption', () => {
      const text = 'IN RE: PEN REGISTER ON (704) 555-0143 IN THE INVESTIGATION OF VIOLATIONS OF 21 U.S.C. § 841\n\n' + without(FULL_ORDER, '3. The information likely to be obtained relates to possible violations of 21 U.S.C. §§ 841(a)(1) and 846.\n');
      assert.deepEqual(ids(text, ['order-missing-offense']), []);
    });

    it('offense: stated only in the application does not count; the fix copies the application\'s statutes', () => {
      const text = combined(without(FULL_ORDER, '3. The information likely to be obtained relates to possible violations of 21 U.S.C. §§ 841(a)(1) and 846.\n'));
      const found = findingsOf(text, 'order-missing-offense');
      assert.equal(found.length, 1);
      assert.match(applyFixes(text, found, 'all').text, /\n\nThe information likely to be obtained relates to possible violations of 21 U\.S\.C\. §§ 841\(a\)\(1\) and 846\.\n\nUnited States Magistrate Judge/);
    });
  });

  describe('directives', () => {
    it('assistance: fires when the application asks and the order is silent; the fix names provider and agency', () => {
      const order = without(FULL_ORDER, '4. Larkspur Wireless shall furnish the DEA forthwith all information, facilities, and technical assistance necessary to accomplish the installation and use of the devices, and shall furnish the results to the DEA in real time for the duration of this Order.\n');
      const text = APPLICATION + '\n' + order;
      const found = findingsOf(text, 'order-missing-assistance-directive');
      assert.equal(found.length, 1);
      assert.ok(found[0].related?.length, 'points at the request');
      const fixed = applyFixes(text, found, 'all').text;
      assert.match(fixed, /IT IS FURTHER ORDERED, pursuant to 18 U\.S\.C\. §§ 3123\(b\)\(2\) and 3124, that Larkspur Wireless and any other person[^\n]*shall furnish the DEA forthwith/);
      // the application does not ask: no finding on the combined file
      const noRequest = APPLICATION.replace(/4\. The Government requests that the Order direct[^\n]*\n/, '') + '\n' + order;
      assert.deepEqual(ids(noRequest, ['order-missing-assistance-directive']), []);
      // order alone: the request cannot be checked, the directive is still expected
      assert.deepEqual(ids(order, ['order-missing-assistance-directive']), ['order-missing-assistance-directive']);
    });

    it('sealing: the (a)(3) record "ex parte and under seal" and a "FILED UNDER SEAL" caption do not seal the order', () => {
      const text = `FILED UNDER SEAL\n\n` + without(FULL_ORDER, '5. This Order and the Application shall be sealed until otherwise ordered by the Court.\n').replace(
        '6. Larkspur',
        '5. The DEA shall provide the record ex parte and under seal to this Court within 30 days after termination of this Order.\n6. Larkspur',
      );
      assert.deepEqual(ids(text, ['order-missing-sealing']), ['order-missing-sealing']);
    });

    it('sealing and nondisclosure in other words', () => {
      const text = FULL_ORDER.replace('5. This Order and the Application shall be sealed until otherwise ordered by the Court.', '5. The Clerk shall seal this Order, the Application and all related papers.').replace(
        /6\. Larkspur Wireless shall not disclose[^\n]*/,
        '6. Larkspur Wireless is directed not to reveal the existence of this Order or of the investigation to anyone.',
      );
      assert.deepEqual(ids(text, ['order-missing-sealing', 'order-missing-nondisclosure']), []);
    });

    it('the fixes insert "IT IS FURTHER ORDERED" paragraphs after the last decretal paragraph, before the signature', () => {
      const order = without(without(FULL_ORDER, '5. This Order and the Application shall be sealed until otherwise ordered by the Court.\n'), '6. Larkspur Wireless shall not disclose the existence of the pen register and trap and trace device or of the investigation to the listed subscriber or to any other person, unless or until otherwise ordered by the Court.\n');
      const found = findingsOf(order, ['order-missing-sealing', 'order-missing-nondisclosure']);
      assert.equal(found.length, 2);
      // one fix at a time, re-linting in between, as an editor applies them
      const once = applyFixes(order, findingsOf(order, 'order-missing-sealing'), 'all').text;
      assert.deepEqual(ids(once, ['order-missing-sealing']), []);
      const fixed = applyFixes(once, findingsOf(once, 'order-missing-nondisclosure'), 'all').text;
      assert.deepEqual(ids(fixed, ['order-missing-sealing', 'order-missing-nondisclosure']), []);
      assert.match(fixed, /for the duration of this Order\.\n\nIT IS FURTHER ORDERED, pursuant to 18 U\.S\.C\. § 3123\(d\)\(1\)[^\n]*\n\nIT IS FURTHER ORDERED, pursuant to 18 U\.S\.C\. § 3123\(d\)\(2\), that Larkspur Wireless[^\n]*\n\nUnited States Magistrate Judge/);
    });
  });

  describe('geographic limits (State (a)(2) trap and trace orders only)', () => {
    const state = (body: string) => `SUPREME COURT OF THE STATE OF NEW YORK\n\n## ORDER\n\nUpon the affirmation under 18 U.S.C. § 3122(a)(2) and CPL 705.15, it is\n\nORDERED that the NYPD may install and use ${body} on telephone number (718) 555-0119.\n`;
    it('fires on a State trap and trace order without limits', () => {
      assert.deepEqual(ids(state('a pen register and a trap and trace device'), ['order-missing-geo-limits-state-trap']), ['order-missing-geo-limits-state-trap']);
    });
    it('not on a State pen-register-only order, nor when limits are stated', () => {
      assert.deepEqual(ids(state('a pen register'), ['order-missing-geo-limits-state-trap']), []);
      assert.deepEqual(ids(state('a trap and trace device, within the County of Kings,'), ['order-missing-geo-limits-state-trap']), []);
      assert.deepEqual(ids(state('a trap and trace device within the territorial jurisdiction of this Court'), ['order-missing-geo-limits-state-trap']), []);
    });
    it('never on a federal order', () => {
      const federal = FULL_ORDER.replace(', anywhere within the United States,', '');
      assert.deepEqual(ids(federal, ['order-missing-geo-limits-state-trap']), []);
    });
  });

  describe('§ 3123(a)(3): the agency\'s own device', () => {
    const ipOrder = (extra: string) => `# ORDER

The Court FINDS that the investigation is being conducted by the Federal Bureau of Investigation ("FBI").

IT IS ORDERED:

1. The FBI may install and use a pen register and trap and trace device on IP address 198.51.100.23, served by Quillmark Fiber, Inc. ("Quillmark Fiber").${extra}
2. This Order shall be sealed until otherwise ordered by the Court.
`;
    const RECORD = ' Pursuant to 18 U.S.C. § 3123(a)(3), the FBI shall maintain a record identifying the officers who installed or accessed the device and the configuration of the device, and shall provide that record ex parte and under seal to this Court';

    it('own device without a record provision', () => {
      const text = ipOrder(' The FBI may install its own device on Quillmark Fiber\'s packet-switched data network.');
      const found = findingsOf(text, 'order-own-device-no-record');
      assert.equal(found.length, 1);
      assert.match(covered(text, found[0]), /install its own device/);
      assert.equal(findingsOf(ipOrder(' The FBI may use an FBI-owned collection system on the provider\'s network.'), 'order-own-device-no-record').length, 1);
    });

    it('no finding when the provider installs the device, or the record is provided for', () => {
      assert.deepEqual(ids(ipOrder(' Quillmark Fiber shall install its own equipment on its network for this purpose.'), ['order-own-device-no-record']), []);
      assert.deepEqual(ids(ipOrder(''), ['order-own-device-no-record']), []);
      assert.deepEqual(ids(ipOrder(' The FBI may install its own device on the packet-switched network.' + RECORD + ' within 30 days after termination of this Order.'), ['order-own-device-no-record', 'order-record-deadline-wrong']), []);
    });

    it('own device in the application only: reported at the order, pointing at the application', () => {
      const text = `# APPLICATION\n\nThe FBI will install its own pen register on Quillmark Fiber's packet-switched data network.\n\n` + ipOrder('');
      const found = findingsOf(text, 'order-own-device-no-record');
      assert.equal(found.length, 1);
      assert.equal(covered(text, found[0]), '# ORDER');
      assert.equal(found[0].related?.length, 1);
    });

    it('record deadlines', () => {
      const deadline = (words: string) => findingsOf(ipOrder(' The FBI may install its own device on the packet-switched network.' + RECORD + ` ${words}.`), 'order-record-deadline-wrong');
      assert.equal(deadline('within 30 days after termination of this Order, including any extensions').length, 0);
      assert.equal(deadline('within thirty (30) days following the expiration of this Order').length, 0);
      assert.equal(deadline('within 30 days after this Order and any extensions expire').length, 0);
      assert.equal(deadline('within sixty days after termination of this Order').length, 1);
      assert.equal(deadline('within two months after termination of this Order').length, 1);
      const fromEntry = deadline('within 30 days of the date of this Order');
      assert.equal(fromEntry.length, 1);
      assert.match(fromEntry[0].message, /wrong event/);
      assert.equal(deadline('forty-five (45) days after this Order expires').length, 1, 'a period with no "within"');
      assert.equal(deadline('30 days after this Order expires').length, 0);
      assert.equal(deadline('within 30 days after the device is removed').length, 0, 'removal comes no later than termination');
      const long = deadline('no later than forty-five (45) days after this Order, including any extensions, expires');
      assert.equal(long.length, 1);
      assert.equal(long[0].fixes?.[0].kind, 'safe');
      assert.equal(long[0].fixes?.[0].edits[0].text, 'thirty (30) days');
    });
  });

  describe('informational rules', () => {
    it('order-sealing-indefinite: only in combined pen/trap and § 2703(d) orders, and not with a review date', () => {
      const hybrid = FULL_ORDER.replace('IT IS ORDERED:', 'The Court further FINDS specific and articulable facts under 18 U.S.C. § 2703(d).\n\nIT IS ORDERED:');
      assert.deepEqual(ids(hybrid, ['order-sealing-indefinite']), ['order-sealing-indefinite']);
      assert.deepEqual(ids(FULL_ORDER, ['order-sealing-indefinite']), []);
      const reviewed = hybrid.replace('shall be sealed until otherwise ordered by the Court.', 'shall be sealed until otherwise ordered by the Court. The Government shall report within one year whether continued sealing is necessary.');
      assert.deepEqual(ids(reviewed, ['order-sealing-indefinite']), []);
    });

    it('order-trap-results-timing: real-time asked for, order silent on delivery', () => {
      const silent = FULL_ORDER.replace(', and shall furnish the results to the DEA in real time for the duration of this Order', '');
      assert.deepEqual(ids(APPLICATION + '\n' + silent, ['order-trap-results-timing']), ['order-trap-results-timing']);
      assert.deepEqual(ids(APPLICATION + '\n' + FULL_ORDER, ['order-trap-results-timing']), []);
      assert.deepEqual(ids(silent, ['order-trap-results-timing']), [], 'order alone: nothing asked for');
    });
  });

  describe('draft-inconsistent-identifier', () => {
    it('reports the order\'s identifier with the application\'s as related information', () => {
      const text = APPLICATION + '\n' + FULL_ORDER.replace('(704) 555-0143 (the "Target Telephone")', '(704) 555-0134 (the "Target Telephone")');
      const found = findingsOf(text, 'draft-inconsistent-identifier');
      assert.equal(found.length, 1);
      assert.equal(covered(text, found[0]), '(704) 555-0134');
      assert.equal(found[0].related?.length, 1);
      assert.equal(covered(text, found[0].related![0]), '(704) 555-0143');
    });

    it('same number written differently; an incidental number; order alone: no finding', () => {
      const formatted = APPLICATION + '\n' + FULL_ORDER.replace('(704) 555-0143 (the "Target Telephone")', '+1 704.555.0143 (the "Target Telephone")');
      assert.deepEqual(ids(formatted, ['draft-inconsistent-identifier']), []);
      const agentPhone = APPLICATION + '\n' + FULL_ORDER.replace('6. Larkspur', '6. Questions about service may be directed to Special Agent Roe, who may be reached at (704) 555-0199.\n7. Larkspur');
      assert.deepEqual(ids(agentPhone, ['draft-inconsistent-identifier']), []);
      assert.deepEqual(ids(FULL_ORDER.replace('(704) 555-0143', '(704) 555-0134'), ['draft-inconsistent-identifier']), []);
    });

    it('foreign numbers in tables compare after normalisation', () => {
      const table = (n: string) => `| No. | WhatsApp account |\n| --- | --- |\n| 1 | ${n} |\n`;
      const text = `# APPLICATION\n\nThe Target Accounts are:\n\n${table('+853 5550 0148')}\n# [PROPOSED] ORDER\n\nIT IS ORDERED that the DEA may install and use a pen register on the Target Accounts:\n\n${table('+853 5550 0184')}`;
      const found = findingsOf(text, 'draft-inconsistent-identifier');
      assert.equal(found.length, 1);
      assert.equal(covered(text, found[0]), '+853 5550 0184');
      assert.deepEqual(ids(text.replace('+853 5550 0184', '+853-5550-0148'), ['draft-inconsistent-identifier']), []);
    });
  });
});
