// The order elements read by meaning across the ways courts phrase them: the nondisclosure directive by clause
// structure (subjunctive, passive, "no person shall"), roles said to be unknown in compound and attributive forms,
// and the State hints that decide the jurisdiction of a draft that cites no State statute.
import assert from 'node:assert/strict';
import { buildDraft } from '../../server/src/engine/index.js';
import { findingsOf } from '../helpers.js';

const order = (...paragraphs: string[]) =>
  `# [PROPOSED] ORDER\n\nIT IS ORDERED that the FBI may install and use a pen register on telephone number (919) 555-0170.\n\n${paragraphs.join('\n\n')}\n`;
const factsOf = (text: string) => buildDraft(text, { forceDraft: true }).order.orders[0];

describe('nondisclosure directive, by clause structure', () => {
  const directs = [
    // subjunctive, conjoined with the sealing clause
    'IT IS FURTHER ORDERED that the clerk keep these papers under seal, and that Quarry Telecom not reveal the existence of this Order or of the investigation to the account holder.',
    // subjunctive with an interrupting phrase and a "that" object clause
    'ORDERED that Quarry Telecom and its employees not, until the Court orders otherwise, disclose that the pen register exists to anyone.',
    // subjunctive, lower-case decree, a list of actors
    'It is further ordered that the provider, its agents and its contractors not inform any person of the devices.',
    // passive: the object stands before the verb
    'The existence of the pen register shall not be made known to the subscriber by Quarry Telecom.',
    // "is ordered not to", "may not", "No officer … shall", "refrain from", "keep … confidential", "to no one"
    'Quarry Telecom is ordered not to notify the customer or any third party of this Order.',
    'Quarry Telecom may not tell anyone about the devices or about this investigation.',
    'No officer or employee of Quarry Telecom shall divulge the existence of the devices.',
    'Quarry Telecom shall refrain from revealing the existence of the investigation.',
    'Quarry Telecom must keep this Order and the devices confidential.',
    'Quarry Telecom shall disclose the existence of the pen register to no one.',
    // a long subject with a relative clause that holds its own verb (the statutory "whose assistance may facilitate")
    'IT IS FURTHER ORDERED that Quarry Telecom, and any other person or entity providing electronic communication service whose assistance is used to carry out this Order, not disclose the existence of the pen register or of the investigation to any person.',
    // a provider whose name holds a verb-like word is still the subject of a subjunctive decree
    'IT IS FURTHER ORDERED that this Order be sealed, and that Keystone State Mobile not disclose the existence of the pen register to any person.',
  ];
  for (const sentence of directs) {
    it(`directs silence: ${sentence.slice(0, 70)}…`, () => {
      const o = factsOf(order(sentence));
      assert.equal(o.nondisclosure.status, 'found');
    });
  }

  const doesNot = [
    // a permission, not a prohibition
    'Quarry Telecom is not required to notify the subscriber of this Order.',
    'IT IS FURTHER ORDERED that the Government need not disclose the existence of this Order to the subscriber.',
    // a statement of fact
    'The Court notes that Quarry Telecom has not revealed the existence of the device.',
    'The application does not disclose the existence of any other investigation.',
    // the verb of a relative clause is not the decree's ("any entity that does not disclose …")
    'IT IS FURTHER ORDERED that the Government may use any provider that does not reveal the existence of the device to the account holder.',
    // "not later than": the negation governs the deadline; the provider is told to disclose records
    'IT IS FURTHER ORDERED that not later than five days, Quarry Telecom shall disclose subscriber records for the number.',
    // "shall not be construed": no directive at all
    'Nothing herein shall be construed to require Quarry Telecom to disclose the existence of the devices.',
    'This Order shall not be read to bar Quarry Telecom from disclosing the existence of this Order to its counsel.',
  ];
  for (const sentence of doesNot) {
    it(`directs no silence: ${sentence.slice(0, 70)}…`, () => {
      const o = factsOf(order(sentence));
      assert.equal(o.nondisclosure.status, 'missing');
    });
  }

  it('the rule keeps quiet on a subjunctive directive and fires when only sealing is ordered', () => {
    const sealedOnly = order('IT IS FURTHER ORDERED that this Order be sealed until the Court orders otherwise.');
    const both = order('IT IS FURTHER ORDERED that this Order be sealed until the Court orders otherwise, and that Quarry Telecom not make known the existence of the device to any person.');
    assert.deepEqual(findingsOf(both, 'order-missing-nondisclosure'), []);
    assert.equal(findingsOf(sealedOnly, 'order-missing-nondisclosure').length, 1);
  });

  it('the person kept in the dark is not a subscriber statement, however the directive is phrased', () => {
    const o = factsOf(order('IT IS FURTHER ORDERED that Quarry Telecom not reveal the device to the person in whose name the number is listed.'));
    assert.equal(o.subscriber.status, 'missing');
  });
});

describe('roles said to be unknown', () => {
  const cases: Array<[string, string, string]> = [
    // [sentence, subscriber, subject]
    ['Its listed subscriber and its user remain unknown.', 'unknown', 'unknown'],
    ['IT IS ORDERED that the FBI may use a pen register on account ID 5541-22, whose account holder and user are not yet known.', 'unknown', 'unknown'],
    ['The registrant, the user and the person under investigation are each unknown.', 'unknown', 'unknown'],
    ['The number is leased to an unidentified company and is used by an unknown individual.', 'unknown', 'unknown'],
    ['The customer to whom the number is assigned and the person responsible for the threats remain unidentified.', 'unknown', 'unknown'],
    ['Subscriber/user: unknown.', 'unknown', 'unknown'],
    ['The subscriber of the Target Telephone has not been identified.', 'unknown', 'missing'],
    ['The identities of the subscriber and the user have not yet been determined.', 'unknown', 'unknown'],
    ['The Government does not know who subscribes to or uses the number.', 'unknown', 'unknown'],
    // a named subscriber beside an unknown user: the name stands
    ['The subscriber is Ines Marwick, and the user is unknown.', 'found', 'unknown'],
    // the subject named elsewhere in the same sentence wins over the unknown user
    ['The subscriber and user are unknown; the subject of the investigation is Ruben Castellanos.', 'unknown', 'found'],
    // a user tied to the subject counts as the subject
    ["The telephone's user, the subject of this investigation, is Ruben Castellanos.", 'missing', 'found'],
    // a named user alone is not the subject of the investigation (LEGAL.md § 2.2(2): say it, or say it is unknown)
    ['The user of the telephone is Ruben Castellanos.', 'missing', 'missing'],
    // the subscriber alone says nothing of the subject
    ['The subscriber of the telephone is not presently known.', 'unknown', 'missing'],
    // "the Target Telephone", "the Subject Phone": facilities, not the person investigated
    ['The subscriber of the Target Telephone is unknown.', 'unknown', 'missing'],
    ["The Subject Phone's subscriber is not known.", 'unknown', 'missing'],
  ];
  for (const [sentence, subscriber, subject] of cases) {
    it(`${sentence.slice(0, 80)} → subscriber ${subscriber}, subject ${subject}`, () => {
      const o = factsOf(order(sentence));
      assert.equal(o.subscriber.status, subscriber, 'subscriber');
      assert.equal(o.subject.status, subject, 'subject');
    });
  }

  it('neither rule fires on an order that says the subscriber and user are unknown', () => {
    const text = order('The target account, whose subscriber and whose user are both unknown, is served by Quarry Telecom.');
    assert.deepEqual(findingsOf(text, ['order-missing-subscriber', 'order-missing-subject']), []);
  });
});

describe('jurisdiction of a draft that cites no State statute', () => {
  const application = (caption: string, body: string) =>
    `${caption}\n\n# APPLICATION FOR A PEN REGISTER AND TRAP AND TRACE DEVICE\n\n${body}\n\n# ORDER\n\nIT IS ORDERED that a pen register and trap and trace device may be installed on telephone number (614) 555-0102.\n`;
  const jurisdictionOf = (text: string) => buildDraft(text).jurisdiction;

  it('a State prosecutor applies: State', () => {
    assert.equal(jurisdictionOf(application('**IN RE TELEPHONE (614) 555-0102**', 'Assistant Prosecuting Attorney Wren Adeyemi applies for an order.')), 'state');
    assert.equal(jurisdictionOf(application('**IN RE TELEPHONE (614) 555-0102**', "The State's Attorney of Kane County applies for an order.")), 'state');
  });

  it('a State penal law or a county court: State', () => {
    assert.equal(jurisdictionOf(application('**IN RE TELEPHONE (614) 555-0102**', 'Detective Ola Brandt investigates assault in the second degree (Penal Law § 120.05).')), 'state');
    assert.equal(jurisdictionOf(application('**IN RE TELEPHONE (614) 555-0102**', 'This application is made to the Franklin County Court.')), 'state');
  });

  it('a State named as party in the caption: State', () => {
    assert.equal(jurisdictionOf(application('STATE OF OHIO\n\nCOUNTY OF FRANKLIN', 'Detective Ola Brandt applies for an order.')), 'state');
  });

  it('federal signals keep winning over State hints', () => {
    assert.equal(
      jurisdictionOf(application('**IN RE TELEPHONE (614) 555-0102**', 'Assistant United States Attorney Hal Pryce applies; the Franklin County District Attorney referred the matter.')),
      'federal',
    );
    assert.equal(
      jurisdictionOf(application('UNITED STATES DISTRICT COURT FOR THE SOUTHERN DISTRICT OF OHIO', 'The offense also violates the Penal Code of Ohio.')),
      'federal',
    );
    assert.equal(jurisdictionOf(application('**IN RE TELEPHONE (614) 555-0102**', 'Special Agent Ola Brandt applies for an order.')), 'federal');
    assert.equal(
      jurisdictionOf(application('**IN RE TELEPHONE (614) 555-0102**', 'The County Attorney referred the case; the oath was taken under Fed. R. Crim. P. 4.1.')),
      'federal',
    );
  });
});

describe('other elements, in other words', () => {
  const cases: Array<[string, 'subscriber' | 'subject' | 'assistance' | 'geoLimits' | 'offense' | 'sealing', string]> = [
    // Massachusetts impounds rather than seals
    ['This Order and the application shall be impounded until further order of the Court.', 'sealing', 'found'],
    ['The Target Telephone is in the name of Lucia Ferreira.', 'subscriber', 'found'],
    // "in the name of the People" is the prosecution speaking, not a subscriber
    ['IT IS FURTHER ORDERED, in the name of the People of the State of New York, that the device be removed on expiry.', 'subscriber', 'missing'],
    ['The alleged perpetrator, Bram Oduya, uses the telephone.', 'subject', 'found'],
    ['IT IS FURTHER ORDERED that Acme Wireless shall comply with 18 U.S.C. § 3124.', 'assistance', 'found'],
    ['Acme Wireless shall make available to the FBI all facilities needed to install the device.', 'assistance', 'found'],
    ['ORDERED that Keystone State Mobile furnish all facilities and technical assistance necessary.', 'assistance', 'found'],
    ['The Court directs Acme Wireless to extend to the FBI such aid as the installation requires.', 'assistance', 'found'],
    // the provider's help described, not directed
    ['Acme Wireless has offered technical assistance in the past.', 'assistance', 'missing'],
    ['This order is effective throughout Erie County.', 'geoLimits', 'found'],
    ['The device may be used only within the boundaries of the State of Ohio.', 'geoLimits', 'found'],
    ['This authorization is limited to Harris County.', 'geoLimits', 'found'],
    ["This authorization is restricted to the State's borders.", 'geoLimits', 'found'],
    ['The order applies only inside Cook County, Illinois.', 'geoLimits', 'found'],
    ['The county detective is limited to ten hours of overtime.', 'geoLimits', 'missing'],
    // a place named in passing is no limit on the order
    ['The detective works in Erie County.', 'geoLimits', 'missing'],
    ['The investigation concerns a sextortion scheme.', 'offense', 'found'],
    // State forms capitalise the crime; a capitalised crime word that opens an agency's name is no offense
    ['The Court finds that the information is relevant to an ongoing investigation into Burglary in the Second Degree.', 'offense', 'found'],
    ['IN RE INVESTIGATION OF ARMED ROBBERY', 'offense', 'found'],
    ['The information is relevant to an investigation conducted by the Drug Enforcement Administration.', 'offense', 'missing'],
    ['The information is relevant to an ongoing investigation by the Bureau of Alcohol, Tobacco, Firearms and Explosives.', 'offense', 'missing'],
    ['The information is relevant to an investigation by the Metro Robbery Squad.', 'offense', 'missing'],
    ['The investigation involves the possible violation of 18 U.S.C. § 875(d).', 'offense', 'found'],
  ];
  for (const [sentence, element, status] of cases) {
    it(`${sentence.slice(0, 80)} → ${element} ${status}`, () => {
      assert.equal(factsOf(order(sentence))[element].status, status);
    });
  }
});

describe('the order recognisers stay linear', () => {
  it('reads a long order of near-misses (negations, "that" chains, role lists, spaced capitals) quickly', () => {
    const nearMisses = [
      'IT IS FURTHER ORDERED that ' + 'the provider and '.repeat(40) + 'not ' + 'a, '.repeat(50) + 'disclose.',
      'that ' + 'x '.repeat(200) + 'not not not not be be be disclosed',
      'The subscriber, user, subscriber and user and subscriber or user '.repeat(20) + 'are currently still unknown.',
      'no person '.repeat(100) + 'shall shall disclose.',
      'neither '.repeat(50) + 'nor '.repeat(50) + 'shall disclose.',
      'The investigation of Robbery' + ' '.repeat(70) + 'x and'.repeat(30) + ' Q'.repeat(30) + '.',
      'that Acme ' + 'x, '.repeat(100) + 'furnish assistance.',
      '2001:' + ':'.repeat(30) + 'db8 ' + 'a:'.repeat(100),
    ].join(' ');
    const text = order(...Array.from({ length: 60 }, () => nearMisses));
    const started = Date.now();
    buildDraft(text, { forceDraft: true });
    assert.ok(Date.now() - started < 4000, `took ${Date.now() - started} ms`);
  });
});
