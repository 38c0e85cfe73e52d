// Oath (§ 3122(a)), court competence (§ 3127(2)) and the State-law note (§ 3122(a)(2)).
import assert from 'node:assert/strict';
import { findingsOf, covered } from '../helpers.js';
import { applyFixes } from '../../server/src/engine/index.js';

const APPLICANT = 'Jane Roe, an Assistant United States Attorney, applies for an Order authorizing a pen register.';
const app = (body: string) => `# APPLICATION\n\n${APPLICANT}\n\n${body}\n`;
const oathFindings = (text: string) => findingsOf(text, 'app-missing-oath');

describe('application: oath', () => {
  const sworn = [
    'I declare under penalty of perjury that the foregoing is true and correct.',
    'The undersigned declares under penalty of perjury that the foregoing is true and correct.',
    'I, Jane Roe, being first duly sworn, depose and state that the foregoing is true.',
    'Sworn to and subscribed before me by telephone on March 12, 2024.',
    'Subscribed and sworn to before me this 3rd day of May, 2024.',
    'I affirm this 27th day of February, 2024, under the penalties of perjury under the laws of New York, that the foregoing is true.',
    'Under oath, the applicant states that the foregoing is true.',
    'Pursuant to 28 U.S.C. § 1746, I declare that the foregoing is true and correct.',
    'I verify under penalty of perjury that the statements above are true.',
  ];
  for (const sentence of sworn) {
    it(`sworn: ${sentence.slice(0, 60)}…`, () => assert.deepEqual(oathFindings(app(sentence)), []));
  }

  it('"Respectfully submitted" and the certification are not an oath (06)', () => {
    const text = app('The applicant certifies that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by ATF.\n\nRespectfully submitted,\n\nJane Roe\\\nAssistant United States Attorney\n\nDated: June 5, 2024');
    const found = oathFindings(text);
    assert.equal(found.length, 1);
    assert.equal(covered(text, found[0]), '# APPLICATION');
    // the declaration goes before the signature block, dated from the closing
    const fixed = applyFixes(text, [{ ...found[0], fixes: [found[0].fixes![0]] }], 'all').text;
    assert.ok(fixed.includes('ATF.\n\nI declare under penalty of perjury that the foregoing is true and correct. Executed on June 5, 2024.\n\nRespectfully submitted,'), fixed);
  });

  it('a negated oath does not count', () => {
    assert.equal(oathFindings(app('This application is not made under oath.')).length, 1);
  });

  it("someone else's sworn affidavit does not verify the application", () => {
    assert.equal(oathFindings(app('The facts are set out in the sworn affidavit of Special Agent John Doe, which is attached.')).length, 1);
  });

  it('no closing: the declaration goes at the end of the application part', () => {
    const text = `${app('The FBI is conducting the investigation.')}\n# [PROPOSED] ORDER\n\nIT IS ORDERED that the FBI may install a pen register.\n`;
    const f = oathFindings(text)[0];
    const edit = f.fixes![0].edits[0];
    assert.ok(edit.start < text.indexOf('# [PROPOSED] ORDER'));
    assert.match(edit.text, /Executed on \[DATE\]\.\n\n\[SIGNATURE\]$/);
  });

  it('an order-only file gets no oath finding', () => {
    assert.deepEqual(oathFindings('# ORDER\n\nIT IS ORDERED that the FBI may install a pen register for sixty (60) days.\n'), []);
  });
});

describe('application: court competence (info)', () => {
  const rule = 'app-court-competence';
  it('states the offense district', () => assert.deepEqual(findingsOf(app('This Court has jurisdiction over the offenses being investigated. 18 U.S.C. § 3127(2)(A)(i).'), rule), []));
  it('states the offense was committed here', () => assert.deepEqual(findingsOf(app('This Court is a court of competent jurisdiction: the offenses under investigation were committed in part in Tacoma, Washington.'), rule), []));
  it('a bare conclusion is reported at the statement', () => {
    const text = app('This Court is a court of competent jurisdiction.');
    const found = findingsOf(text, rule);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'info');
    assert.equal(covered(text, found[0]), 'This Court is a court of competent jurisdiction.');
  });
  it('silence is reported at the part anchor, with a § 3127(2)(A)(i) fix', () => {
    const text = app('The FBI is conducting the investigation.');
    const [f] = findingsOf(text, rule);
    assert.equal(covered(text, f), '# APPLICATION');
    assert.match(f.fixes![0].edits[0].text, /3127\(2\)\(A\)\(i\)/);
  });
  it('a State application to a federal court', () => {
    const text = `UNITED STATES DISTRICT COURT\n\n# APPLICATION\n\nDetective Ana Ruiz applies under 18 U.S.C. § 3122(a)(2) for an order. This Court has jurisdiction over the offense being investigated.\n`;
    const found = findingsOf(text, rule);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /of such State/);
  });
  it('a State court of general criminal jurisdiction', () => {
    const text = `SUPREME COURT OF THE STATE OF NEW YORK\n\n# APPLICATION\n\nI make this application under 18 U.S.C. § 3122(a)(2). This Court is a court of general criminal jurisdiction authorized by the law of this State to enter orders authorizing the use of a pen register. 18 U.S.C. § 3127(2)(B).\n`;
    assert.deepEqual(findingsOf(text, rule), []);
  });
});

describe('application: State-law check (info)', () => {
  const rule = 'app-state-law-check';
  it('never on a federal application', () => assert.deepEqual(findingsOf(app('The FBI is conducting the investigation.'), rule), []));
  it('a State officer applicant: once, at the applicant', () => {
    const text = `# APPLICATION\n\nTrooper Kyle Benton of the Pennsylvania State Police applies under 18 U.S.C. § 3122(a)(2) and 18 Pa.C.S. § 5772 for an order.\n`;
    const found = findingsOf(text, rule);
    assert.equal(found.length, 1);
    assert.match(covered(text, found[0]), /Trooper Kyle Benton/);
    assert.match(found[0].message, /only prosecutors/);
  });
  it('a State prosecutor applicant gets the general note', () => {
    const text = `# APPLICATION\n\nMaria Chen, an Assistant District Attorney, applies under CPL § 705.15 and 18 U.S.C. § 3122(a)(2) for an order.\n`;
    const found = findingsOf(text, rule);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /State statute/);
  });
});

describe('application: parts around the oath', () => {
  it('a short DECLARATION section closing the application verifies it', () => {
    const text = app('The FBI is conducting the investigation.') + '\n## DECLARATION\n\nI declare under penalty of perjury that the foregoing is true and correct.\n\n/s/ Jane Roe\n';
    assert.deepEqual(oathFindings(text), []);
  });
  it("the agent's AFFIDAVIT IN SUPPORT OF APPLICATION is a separate part: its oath does not verify the application", () => {
    const text = app('The FBI is conducting the investigation.\n\nRespectfully submitted,\n\n/s/ Jane Roe\\\nAssistant United States Attorney') +
      '\n# AFFIDAVIT IN SUPPORT OF APPLICATION FOR PEN REGISTER\n\nI, John Doe, a Special Agent of the FBI, being duly sworn, depose and state that the target uses the phone.\n';
    assert.equal(oathFindings(text).length, 1);
    assert.deepEqual(findingsOf(text, 'app-applicant-not-attorney'), []);
  });
});

describe('application: telephonic oath', () => {
  it('attested to under Fed. R. Crim. P. 4.1', () => {
    assert.deepEqual(oathFindings(app('Attested to by the applicant in accordance with the requirements of Fed. R. Crim. P. 4.1 by telephone.')), []);
  });
});

describe('application: State verifications', () => {
  it('Pennsylvania unsworn falsification', () => {
    assert.deepEqual(oathFindings(app('I verify that the statements made in this application are true and correct. I understand that false statements herein are made subject to the penalties of 18 Pa.C.S. § 4904, relating to unsworn falsification to authorities.')), []);
  });
  it('Massachusetts pains and penalties of perjury', () => {
    assert.deepEqual(oathFindings(app('Signed under the pains and penalties of perjury this 4th day of March, 2024.')), []);
  });
});

describe('application: oath recited by the notary', () => {
  it('"personally appeared …, who swore that …" is a jurat', () => {
    assert.deepEqual(oathFindings(app('On this 2nd day of May, 2025, before me, a notary public, personally appeared Jane Roe, who swore that the foregoing application is true.\n\n____\nNotary Public')), []);
  });
  it('"Respectfully submitted" alone is not an oath', () => {
    assert.equal(oathFindings(app('Respectfully submitted,\n\n/s/ Jane Roe\nAssistant United States Attorney')).length, 1);
  });
});

describe('application: the law of oaths stated is not an oath taken', () => {
  for (const sentence of [
    'Section 3122(a) requires that an application be made in writing under oath or equivalent affirmation.',
    'An attorney for the Government may make application in writing under oath to a court of competent jurisdiction. 18 U.S.C. § 3122(a)(1).',
    'Under 28 U.S.C. § 1746, a declaration under penalty of perjury has the effect of an oath.',
  ]) {
    it(sentence.slice(0, 60), () => assert.equal(oathFindings(app(`${sentence}\n\nRespectfully submitted,\n\n/s/ Jane Roe`)).length, 1));
  }
  for (const sentence of [
    'This application is made in writing under oath, as 18 U.S.C. § 3122(a) requires.',
    'I declare under penalty of perjury, as 28 U.S.C. § 1746 requires, that the foregoing is true.',
  ]) {
    it(`sworn: ${sentence.slice(0, 60)}`, () => assert.deepEqual(oathFindings(app(sentence)), []));
  }
});
