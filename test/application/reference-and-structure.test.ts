// Who applies and which agency investigates, when the draft says so by sentence structure rather than in one clause:
// the applicant described in one sentence and referred back to in the next ("She makes this application", "The
// applicant moves", "Mr. Okafor applies"), a label paragraph ("Applicant. NAME is …"), a § 1746 declaration made
// in the applicant's name above a bare "/s/" signature; agencies no list knows, recognised as the subject of
// conducting an investigation or the object of "conducted by", with an appositive unit.
import assert from 'node:assert/strict';
import { buildDraft } from '../../server/src/engine/index.js';
import { findingsOf } from '../helpers.js';

const APPLICANT_RULES = ['app-missing-applicant-identity', 'app-applicant-not-attorney'];
const AGENCY_RULES = ['app-missing-agency-identity', 'app-certification-incomplete'];

const AGENCY = '2. Homeland Security Investigations is conducting a criminal investigation of alien smuggling.';
const CERT = '3. The applicant certifies that the information likely to be obtained is relevant to that ongoing criminal investigation.';

/** An application: the opening paragraph, an agency paragraph, a certification, then a closing. */
const app = (opening: string, closing = '', agency = AGENCY, cert = CERT) => `# APPLICATION\n\n${opening}\n\n${agency}\n\n${cert}\n${closing ? `\n${closing}\n` : ''}`;
const ids = (text: string, rules: string[]) => findingsOf(text, rules).map((f) => f.ruleId).sort();
const applicantsOf = (text: string) => buildDraft(text, { forceDraft: true }).application.parts.flatMap((p) => p.applicants);

describe('application: the applicant referred back to', () => {
  const named: Array<[string, string, string, string]> = [
    ['a pronoun after the description', '1. Theodora Kwiatkowski-Baines is an Assistant United States Attorney for the District of Kansas and an attorney for the Government under Fed. R. Crim. P. 1(b)(1)(B). She makes this application under 18 U.S.C. §§ 3122(a)(1) and 3123.', 'Theodora Kwiatkowski-Baines', 'ausa'],
    ['"he" and a career description', '1. Emeka Okafor has been an attorney for the Government, as defined in Fed. R. Crim. P. 1(b)(1), since 2016. He respectfully submits this application for an Order under 18 U.S.C. § 3123.', 'Emeka Okafor', 'attorney-for-government'],
    ['"the applicant" after the description', '1. Ingrid Solberg-Amari serves as a Trial Attorney in the Criminal Division of the United States Department of Justice. The applicant moves for an Order authorizing a pen register and trap and trace device.', 'Ingrid Solberg-Amari', 'doj-attorney'],
    ['an honorific and the surname', '1. Rafferty Nwosu is an Assistant United States Attorney in the Western District of Texas. Mr. Nwosu applies for an Order under 18 U.S.C. § 3123.', 'Rafferty Nwosu', 'ausa'],
    ['a title and the surname', '1. Priyanka Delacroix-Ames is a Special Assistant United States Attorney. AUSA Delacroix-Ames petitions this Court for an Order under 18 U.S.C. § 3123.', 'Priyanka Delacroix-Ames', 'ausa'],
    ['a label paragraph "Applicant."', '1. Applicant. Bartholomew Iwu-Lindgren is an Assistant United States Attorney. The United States applies for an Order under 18 U.S.C. § 3123.', 'Bartholomew Iwu-Lindgren', 'ausa'],
    ['a pronoun after an introductory phrase', '1. Leopoldine Arkwright-Sow is an Assistant United States Attorney for the District of Maine. In that capacity she makes this application under 18 U.S.C. § 3122(a)(1).', 'Leopoldine Arkwright-Sow', 'ausa'],
    ['"As such, he is … and moves"', '1. Barnaby Chukwu-Halvorsen is employed as an Assistant United States Attorney. As such, he is an attorney for the Government and moves for an Order under 18 U.S.C. § 3123.', 'Barnaby Chukwu-Halvorsen', 'ausa'],
    ['a passive "made by her"', '1. Solveig Amundsen-Reyes is an Assistant United States Attorney for the District of Utah. This application is made by her under 18 U.S.C. § 3122(a)(1).', 'Solveig Amundsen-Reyes', 'ausa'],
  ];
  for (const [title, opening, name, role] of named) {
    it(`no finding: ${title}`, () => {
      const text = app(opening);
      assert.deepEqual(ids(text, APPLICANT_RULES), []);
      const a = applicantsOf(text).find((x) => x.name === name);
      assert.ok(a, `${name} is the applicant`);
      assert.equal(a!.role, role);
    });
  }

  it('an agent described, then "He makes this application": the applicant is not an attorney', () => {
    const text = app('1. Lucius Abernathy-Cole is a Special Agent with Homeland Security Investigations. He makes this application under 18 U.S.C. § 3122.');
    const found = findingsOf(text, APPLICANT_RULES);
    assert.deepEqual(found.map((f) => f.ruleId), ['app-applicant-not-attorney']);
    assert.match(found[0].message, /Lucius Abernathy-Cole/);
  });

  const unnamed: Array<[string, string]> = [
    ['a person described without any legal role', '1. Marta Ilves-Ochoa is the owner of the target telephone. She makes this application under 18 U.S.C. § 3122.'],
    ['the pronoun comes before anyone is described', '1. She makes this application under 18 U.S.C. § 3122. Nadia Brannigan-Flores is an Assistant United States Attorney.'],
    ['a surname that names nobody described', '1. Cyprian Holloway-Mensah is an Assistant United States Attorney. Ms. Pettibone applies for an Order under 18 U.S.C. § 3123.'],
    ['the described attorney is too far back for a pronoun', '1. Cassius Oyelaran is an Assistant United States Attorney. The telephone is used by a suspect. Records show many calls. The calls are at night. The calls are short. She makes this application under 18 U.S.C. § 3122.'],
  ];
  for (const [title, opening] of unnamed) {
    it(`finding: ${title}`, () => assert.deepEqual(ids(app(opening), APPLICANT_RULES), ['app-missing-applicant-identity']));
  }

  it('no finding: a § 1746 declaration in the applicant’s name above a bare "/s/" signature', () => {
    const text = app(
      '1. The United States applies for an Order under 18 U.S.C. § 3123 authorizing a pen register.',
      'The applicant declares under penalty of perjury under 28 U.S.C. § 1746 that the foregoing is true and correct.\n\nExecuted on May 6, 2025.\n\n/s/ Wilhelmina Achterberg',
    );
    assert.deepEqual(ids(text, APPLICANT_RULES), []);
    assert.ok(applicantsOf(text).some((a) => a.via === 'signature' && a.name === 'Wilhelmina Achterberg'));
  });

  for (const declaration of ['Applicant, under penalty of perjury, declares that the foregoing is true and correct.', 'I, the applicant, declare under penalty of perjury that the foregoing is true and correct.']) {
    it(`no finding: "${declaration.slice(0, 40)}…" above a bare "/s/" signature`, () => {
      const text = app('1. The United States applies for an Order under 18 U.S.C. § 3123 authorizing a pen register.', `${declaration}\n\nExecuted on May 6, 2025.\n\n/s/ Wilhelmina Achterberg`);
      assert.deepEqual(ids(text, APPLICANT_RULES), []);
    });
  }

  it('finding: the declaration is the affiant’s, not the applicant’s', () => {
    const text = app(
      '1. The United States applies for an Order under 18 U.S.C. § 3123 authorizing a pen register.',
      'The affiant declares under penalty of perjury under 28 U.S.C. § 1746 that the foregoing is true and correct.\n\nExecuted on May 6, 2025.\n\n/s/ Wilhelmina Achterberg',
    );
    assert.deepEqual(ids(text, APPLICANT_RULES), ['app-missing-applicant-identity']);
  });

  it('finding: "the applicant certifies" relevance does not make a bare signature the applicant', () => {
    const text = app('1. The United States applies for an Order under 18 U.S.C. § 3123 authorizing a pen register.', 'Executed on May 6, 2025.\n\n/s/ Wilhelmina Achterberg');
    assert.deepEqual(ids(text, APPLICANT_RULES), ['app-missing-applicant-identity']);
  });
});

describe('application: an agency recognised by sentence structure', () => {
  const OPENING = '1. Jane Roe, an Assistant United States Attorney, applies under 18 U.S.C. § 3122 for an Order authorizing a pen register.';
  const ANAPHOR_CERT = '3. The applicant certifies that the information likely to be obtained is relevant to the ongoing criminal investigation described above.';
  const identified: Array<[string, string, string | RegExp]> = [
    ['the subject of "is conducting", with an appositive unit', '2. The Bureau of Land Management, Office of Law Enforcement and Security, is conducting a criminal investigation of timber theft.', 'Bureau of Land Management, Office of Law Enforcement and Security'],
    ['a tribal police department', '2. The Hopi Resource Enforcement Services has been investigating a series of burglaries on tribal land.', 'Hopi Resource Enforcement Services'],
    ['an inspector general with a short name', '2. The Office of Inspector General of the Railroad Retirement Board (RRB-OIG) is investigating a benefits fraud scheme.', /^Office of Inspector General/],
    ['a State attorney general’s bureau that "leads" the investigation', '2. The Vermont Attorney General’s Medicaid Fraud and Residential Abuse Unit leads the investigation of a kickback scheme.', 'Vermont Attorney General’s Medicaid Fraud and Residential Abuse Unit'],
    ['a port authority police department after an introductory phrase', '2. Since January 2025, the Port of Tacoma Police has been investigating cargo thefts.', 'Port of Tacoma Police'],
    ['the object of "being conducted by", with a unit', '2. The investigation of the thefts is being conducted by the Kansas State University Police, Investigations Section, in Manhattan, Kansas.', 'Kansas State University Police, Investigations Section'],
    ['a named task force led by the object', '2. The investigation is led by the Gulf Coast Cargo Theft Task Force.', 'Gulf Coast Cargo Theft Task Force'],
    ['an acronym with a unit, as subject', '2. BLM-OLES is investigating timber theft in the Siuslaw basin.', 'BLM-OLES'],
    ['"Agents of the …" as subject', '2. Agents of the Bureau of Land Management, Office of Law Enforcement and Security, are investigating timber theft.', 'Bureau of Land Management, Office of Law Enforcement and Security'],
    ['an auxiliary before "opened an investigation"', '2. The Lummi Nation Police has recently opened an investigation into timber theft.', 'Lummi Nation Police'],
    ['"X is the lead agency"', '2. The Confederated Tribes Public Safety Department is the lead agency in the investigation of timber theft.', 'Confederated Tribes Public Safety Department'],
    ['"The investigating agency is X"', '2. The investigating agency is the Bureau of Land Management, Office of Law Enforcement and Security.', 'Bureau of Land Management, Office of Law Enforcement and Security'],
  ];
  for (const [title, agency, name] of identified) {
    it(`no finding: ${title}`, () => {
      const text = app(OPENING, '', agency, ANAPHOR_CERT);
      assert.deepEqual(ids(text, AGENCY_RULES), []);
      const part = buildDraft(text, { forceDraft: true }).application.parts[0];
      assert.ok(part.conductingAgencies.some((a) => (typeof name === 'string' ? a.name === name : name.test(a.name))), `conducting: ${part.conductingAgencies.map((a) => a.name).join('; ')}`);
    });
  }

  const notAgencies: Array<[string, string]> = [
    ['a person is investigating', '2. Gideon Marlowe-Tate is conducting an investigation of timber theft.'],
    ['an agent is investigating', '2. Special Agent Ximena Castellanos is investigating timber theft.'],
    ['the investigation is conducted by a detective', '2. The investigation is being conducted by Detective Ottoline Braithwaite.'],
    ['a grand jury is no law enforcement agency', '2. The Grand Jury is investigating timber theft.'],
    ['nobody is said to conduct it', '2. A criminal investigation of timber theft is ongoing.'],
    ['"the investigating agency is" a placeholder-free unknown', '2. The investigating agency is not yet assigned.'],
    ['an acronym that is a document, not an agency', '2. The PRTT is conducting an investigation of timber theft.'],
  ];
  for (const [title, agency] of notAgencies) {
    it(`finding: ${title}`, () => assert.deepEqual(ids(app(OPENING, '', agency, ANAPHOR_CERT), ['app-missing-agency-identity']), ['app-missing-agency-identity']));
  }

  it('the certification may name the agency by its head without the unit', () => {
    const text = app(OPENING, '', '2. The Bureau of Land Management, Office of Law Enforcement and Security, is conducting a criminal investigation of timber theft.', '3. The applicant certifies that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by the Bureau of Land Management.');
    assert.deepEqual(ids(text, AGENCY_RULES), []);
  });

  it('no finding: the certification names, by structure, the identified agency’s parent department', () => {
    const text = app(OPENING, '', '2. Homeland Security Investigations is conducting a criminal investigation of alien smuggling.', '3. The applicant certifies that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by the Department of Homeland Security.');
    assert.deepEqual(ids(text, AGENCY_RULES), []);
  });

  it('finding: the certification names a different agency than the one identified', () => {
    const text = app(OPENING, '', '2. The Bureau of Land Management, Office of Law Enforcement and Security, is conducting a criminal investigation of timber theft.', '3. The applicant certifies that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by the Drug Enforcement Administration.');
    assert.deepEqual(ids(text, AGENCY_RULES), ['app-certification-incomplete']);
  });
});

describe('application: of several people described, the attorney applies', () => {
  it('no finding: an AUSA and an agent described, then "She makes this application"', () => {
    const text = app('1. Henrietta Vasquez-Orr is an Assistant United States Attorney for the District of Idaho. Caspar Lindqvist-Ade is a Special Agent with Homeland Security Investigations. She makes this application under 18 U.S.C. § 3122(a)(1).');
    assert.deepEqual(ids(text, APPLICANT_RULES), []);
  });
});
