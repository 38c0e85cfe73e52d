// Applicant recognition (18 U.S.C. § 3122(a), (b)(1)) and the two applicant rules, in many phrasings.
import assert from 'node:assert/strict';
import { buildDraft } from '../../server/src/engine/index.js';
import { findingsOf, covered } from '../helpers.js';

const RULES = ['app-missing-applicant-identity', 'app-applicant-not-attorney'];

function applicantsOf(text: string) {
  const draft = buildDraft(text, { forceDraft: true });
  return draft.application.parts.flatMap((p) => p.applicants);
}

function ids(text: string): string[] {
  return findingsOf(text, RULES).map((f) => f.ruleId);
}

const app = (body: string, caption = 'UNITED STATES DISTRICT COURT\n\n') => `${caption}# APPLICATION\n\n${body}\n`;

describe('application: applicant', () => {
  describe('recognises a named attorney applicant (no finding)', () => {
    const cases: Array<[string, string, string]> = [
      ['name first, AUSA', 'Jane Roe, an Assistant United States Attorney for the District of Oregon, applies for an Order authorizing a pen register.', 'ausa'],
      ['by and through', 'COMES NOW the United States of America, by and through Carlos M. Rivera, Trial Attorney, U.S. Department of Justice, and hereby moves this Court for an Order under 18 U.S.C. § 3123.', 'doj-attorney'],
      ['through an AUSA', 'The United States, through Thaddeus Pomeroy-Vance, Assistant United States Attorney, applies under 18 U.S.C. §§ 3122(a)(1) and 3123.', 'ausa'],
      ['title before name', 'Pursuant to 18 U.S.C. § 3122, Assistant U.S. Attorney Meredith K. Olsen respectfully submits this application for an order authorizing a pen register.', 'ausa'],
      ['makes this application', 'Perpetua Lindqvist, an attorney for the Government under Fed. R. Crim. P. 1(b)(1)(B), makes this application under 18 U.S.C. §§ 3122(a)(1) and 3123.', 'attorney-for-government'],
      ['the applicant is', 'The applicant in this matter is AUSA Lysander Pettigrew, an attorney for the Government. The Government requests an Order authorizing a pen register.', 'ausa'],
      ['requests, through counsel by name', 'The United States, through Assistant United States Attorney Jane Roe, requests that the Court enter an Order authorizing a pen register.', 'ausa'],
      ['ALL-CAPS name', 'MARISOL FEATHERSTONE, Assistant United States Attorney, applies for the Order described below.', 'ausa'],
    ];
    for (const [title, body, role] of cases) {
      it(title, () => {
        const text = app(body);
        assert.deepEqual(ids(text), []);
        const a = applicantsOf(text).find((x) => x.name);
        assert.ok(a, 'a named applicant');
        assert.equal(a!.role, role);
        assert.equal(a!.isAttorney, true);
      });
    }
  });

  it('reads the signature block when the opening says "undersigned counsel"', () => {
    const text = app('The United States, through undersigned counsel, applies for an Order authorizing a pen register.\n\nRespectfully submitted,\n\n/s/ Jane Roe\\\nJANE ROE\\\nAssistant United States Attorney');
    assert.deepEqual(ids(text), []);
    assert.equal(applicantsOf(text).find((a) => a.name)?.name, 'Jane Roe');
  });

  it('reads "The undersigned … makes this application" with the name in the signature', () => {
    const text = app('The undersigned Special Assistant United States Attorney makes this application for a pen register order.\n\nRespectfully submitted,\n\nMARKUS D. ELLINGTON\\\nSpecial Assistant United States Attorney');
    assert.deepEqual(ids(text), []);
  });

  it('fires app-missing-applicant-identity when counsel is never named (at the part anchor)', () => {
    const text = app('The United States of America, through its undersigned counsel, applies for an Order.\n\nThe undersigned declares under penalty of perjury that the foregoing is true and correct.\n\nRespectfully submitted,\n\nUNITED STATES ATTORNEY\'S OFFICE\\\nDISTRICT OF OREGON\n\nDuty Assistant United States Attorney\\\nCriminal Division');
    const found = findingsOf(text, RULES);
    assert.deepEqual(found.map((f) => f.ruleId), ['app-missing-applicant-identity']);
    assert.equal(covered(text, found[0]), '# APPLICATION');
    assert.match(found[0].message, /§ 3122\(b\)\(1\)/);
  });

  it('fires app-missing-applicant-identity on an application with no applicant at all', () => {
    assert.deepEqual(ids(app('The Government requests an Order authorizing a pen register on (202) 555-0101.')), ['app-missing-applicant-identity']);
  });

  describe('an agent applicant in a federal application is app-applicant-not-attorney only', () => {
    const cases: Array<[string, string, string]> = [
      ['first person, sworn', 'I, Rowan Quillfeather, a Special Agent of Homeland Security Investigations ("HSI"), being first duly sworn, apply under 18 U.S.C. §§ 3122 and 3123 for an Order.', 'a Special Agent of Homeland Security Investigations'],
      ['third person', 'Task Force Officer Dana Kim of the DEA Newark Division applies for an order authorizing a pen register on the Target Telephone.', 'Task Force Officer Dana Kim'],
      ['a detective in a federal court', 'Detective Luis Ortega, assigned to the FBI Safe Streets Task Force, respectfully submits this application for a pen register order.', 'Detective Luis Ortega'],
      ['signed as applicant (LEGAL.md §7.5)', 'The information likely to be obtained is relevant to an ongoing criminal investigation being conducted by the FBI.\n\nSpecial Agent Jane Roe, FBI, Applicant', 'Special Agent Jane Roe'],
    ];
    for (const [title, body, at] of cases) {
      it(title, () => {
        const text = app(body);
        const found = findingsOf(text, RULES);
        assert.deepEqual(found.map((f) => f.ruleId), ['app-applicant-not-attorney']);
        assert.ok(covered(text, found[0]).includes(at) || at.includes(covered(text, found[0])), `covers ${at}: got ${covered(text, found[0])}`);
        assert.match(found[0].message, /attorney for the Government/);
      });
    }
  });

  it('an unnamed agent applicant is still app-applicant-not-attorney, not missing identity', () => {
    assert.deepEqual(ids(app('A Special Agent of the FBI applies for an Order authorizing a pen register.')), ['app-applicant-not-attorney']);
  });

  it('an agent supplying facts does not make the agent the applicant', () => {
    const text = app('Jane Roe, an Assistant United States Attorney, applies for an Order, based on information provided by Special Agent John Doe of the FBI.\n\nSpecial Agent Doe has told the applicant that the target uses the phone.');
    assert.deepEqual(ids(text), []);
  });

  it('the agent fix inserts an attorney applicant and keeps the agent as affiant', () => {
    const text = app('I, John Doe, a Special Agent of the FBI, apply for an Order authorizing a pen register.');
    const [f] = findingsOf(text, 'app-applicant-not-attorney');
    const edit = f.fixes![0].edits[0];
    assert.match(edit.text, /^\[NAME\], \[TITLE, e\.g\., Assistant United States Attorney/);
    assert.match(edit.text, /supported by the affidavit of John Doe/);
  });

  describe('State applications (§ 3122(a)(2))', () => {
    const caption = 'SUPREME COURT OF THE STATE OF NEW YORK\n\n';
    it('a State officer is a valid applicant', () => {
      const text = app('Detective Sergeant Paul Okafor, Star No. 20331, of the Chicago Police Department, being first duly sworn on oath, states as follows:\n\n1. I am a sworn peace officer and make this application under 18 U.S.C. § 3122(a)(2).', 'IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS\n\n');
      assert.deepEqual(ids(text), []);
      const a = applicantsOf(text).find((x) => x.name);
      assert.equal(a?.role, 'state-officer');
      assert.equal(a?.name, 'Paul Okafor');
    });
    it('an ADA affirmation (persona from the opener and "I am")', () => {
      const text = app('AUGUSTINA PEMBERTON-OYELARAN, an attorney admitted to practice in the courts of this State, affirms as follows:\n\n1. I am an Assistant District Attorney in the Office of the District Attorney of Kings County. I make this application under 18 U.S.C. §§ 3122(a)(2) and 3123(a)(2).', caption);
      assert.deepEqual(ids(text), []);
      const a = applicantsOf(text).find((x) => x.name);
      assert.equal(a?.role, 'state-prosecutor');
    });
    it('a State application with no named applicant is missing identity', () => {
      const text = app('The People of the State of New York apply under 18 U.S.C. § 3122(a)(2) for an order authorizing a pen register.', caption);
      assert.deepEqual(ids(text), ['app-missing-applicant-identity']);
    });
  });

  it('"The Order applies to …" is not an applicant', () => {
    const text = app('Jane Roe, an Assistant United States Attorney, applies for an Order.\n\nThe requested Order applies to the dialing, routing, addressing and signaling information of the Target Telephone, and Special Agent Doe will serve it.');
    assert.ok(applicantsOf(text).every((a) => a.isAttorney));
  });

  it('an order-only file gets no applicant findings', () => {
    const text = '# ORDER\n\nThe Court FINDS that the attorney for the Government has certified that the information likely to be obtained is relevant to an ongoing criminal investigation.\n\nIT IS ORDERED that the FBI may install a pen register.\n';
    assert.deepEqual(findingsOf(text).filter((f) => f.ruleId.startsWith('app-')), []);
  });
});

describe('application: applicant, more offices', () => {
  it('"I, NAME, am an AUSA … I submit this application"', () => {
    const text = app('I, Rowena Tse, am an Assistant United States Attorney for the Northern District of California. I submit this application for an order authorizing a pen register.');
    assert.deepEqual(ids(text), []);
    assert.equal(applicantsOf(text).find((a) => a.name)?.name, 'Rowena Tse');
  });
  it('counsel of record and a named AUSA', () => {
    const text = app('The United States, by and through its counsel of record, the United States Attorney for the Northern District of California, and Assistant United States Attorney Rowena Tse, hereby applies for an order authorizing a pen register.');
    assert.deepEqual(ids(text), []);
  });
  it('"by its attorneys, NAME, United States Attorney, and NAME, AUSA"', () => {
    const text = app('The United States of America, by its attorneys, Alamdar Hamdani, United States Attorney, and Quentin Blaise, Assistant United States Attorney, applies for an Order under 18 U.S.C. § 3123.');
    assert.deepEqual(ids(text), []);
  });
  it('a Texas prosecutor "files this application"', () => {
    const text = app('COMES NOW Jenna Wilkes, Assistant Criminal District Attorney of Tarrant County, Texas, and files this application under Code of Criminal Procedure Article 18B.051 and 18 U.S.C. § 3122(a)(2).', 'IN THE DISTRICT COURT OF TARRANT COUNTY, TEXAS\n\n');
    assert.deepEqual(ids(text), []);
    assert.equal(applicantsOf(text).find((a) => a.name)?.role, 'state-prosecutor');
  });
  it('"Applicant: [AUSA NAME]" is a placeholder, not a missing applicant', () => {
    assert.deepEqual(ids(app('Applicant: [AUSA NAME], Assistant United States Attorney, District of [DISTRICT].')), []);
  });
  it('an AUSA signing the closing is an attorney applicant even when an agent speaks in the first person', () => {
    const text = app('I, Dana Kim, a Special Agent of the FBI, request that the Court authorize a pen register.\n\nRespectfully submitted,\n\n/s/ Jane Roe\\\nAssistant United States Attorney');
    assert.deepEqual(ids(text), []);
  });
});

describe('application: signature blocks', () => {
  it('a signature written as separate paragraphs names the applicant', () => {
    const text = app('The Government requests an Order authorizing a pen register.\n\nRespectfully submitted,\n\nJANE Q. ROE\n\nAssistant United States Attorney');
    assert.deepEqual(ids(text), []);
  });
  it('"The undersigned, NAME, AUSA, hereby applies"', () => {
    assert.deepEqual(ids(app('The undersigned, Jane Roe, Assistant United States Attorney, hereby applies for an order authorizing a pen register.')), []);
  });
  it('the U.S. Attorney and the AUSA both sign: the AUSA is named', () => {
    const text = app('The United States requests an Order authorizing a pen register.\n\nRespectfully submitted,\n\nJOSHUA S. LEVY\\\nActing United States Attorney\n\nBy: /s/ Jane Roe\\\nJane Roe\\\nAssistant United States Attorney');
    assert.deepEqual(ids(text), []);
  });
});

describe('application: "the applicant is" only when it says who', () => {
  it('"the applicant is informed by Special Agent Doe" does not make the agent the applicant', () => {
    const text = app('The United States requests an Order authorizing a pen register.\n\nThe applicant is informed by Special Agent John Doe of the FBI that the target uses the telephone.\n\nRespectfully submitted,\n\n/s/ Jane Roe\\\nAssistant United States Attorney');
    assert.deepEqual(ids(text), []);
    assert.ok(applicantsOf(text).every((a) => a.role !== 'federal-agent'));
  });
  it('"The applicant is a Special Agent" does', () => {
    assert.deepEqual(ids(app('The applicant is a Special Agent of the FBI, John Doe. The Government requests an Order.')), ['app-applicant-not-attorney']);
  });
});

describe('application: applicant in the passive and in a form table', () => {
  const named: Array<[string, string, boolean]> = [
    ['This application is submitted by Mara Lind, an Assistant United States Attorney, for an order authorizing a pen register.', 'Mara Lind', true],
    ['This application for an order authorizing a pen register is made by Assistant United States Attorney Mara Lind.', 'Mara Lind', true],
    ['This application for an order authorizing a pen register is made by Special Agent Mara Lind of the FBI.', 'Mara Lind', false],
  ];
  for (const [sentence, name, attorney] of named) {
    it(sentence.slice(0, 70), () => {
      const a = applicantsOf(app(sentence)).find((x) => x.via !== 'signature');
      assert.equal(a?.name, name);
      assert.equal(a?.isAttorney, attorney);
      assert.deepEqual(ids(app(sentence)), attorney ? [] : ['app-applicant-not-attorney']);
    });
  }
  it('"made by the United States" names nobody', () => {
    assert.deepEqual(ids(app('This application is made by the United States.')), ['app-missing-applicant-identity']);
  });
  it('a table row labelled "Applicant"', () => {
    const text = app('| Element | Statement |\n| --- | --- |\n| Applicant | Jonah Feldman-Price, Assistant United States Attorney |\n| Agency | FBI |');
    assert.equal(applicantsOf(text)[0]?.name, 'Jonah Feldman-Price');
    assert.deepEqual(ids(text), []);
  });
  it('the conjunction before "respectfully moves" is not part of the applicant', () => {
    const text = app('COMES NOW Special Agent Ignacio Valdez of Homeland Security Investigations, and respectfully moves the Court for an order.');
    const f = findingsOf(text, 'app-applicant-not-attorney')[0];
    assert.equal(covered(text, f), 'Special Agent Ignacio Valdez of Homeland Security Investigations');
  });
});

describe('application: applicants in other offices’ words', () => {
  it('an abbreviated rank and a badge number ("Sgt. Karen Wu #4471")', () => {
    const text = app('Sgt. Karen Wu #4471 applies under 18 U.S.C. § 3122(a)(2) for an order.', 'IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS\n\n');
    const a = applicantsOf(text)[0];
    assert.equal(a?.name, 'Karen Wu');
    assert.equal(a?.role, 'state-officer');
    assert.deepEqual(ids(text), []);
  });
  it('an agent applying "through" an attorney: the attorney makes the application', () => {
    assert.deepEqual(ids(app('Special Agent Tom Ng of the FBI, through the undersigned Assistant United States Attorney Mara Lind, applies for an order.')), []);
  });
  it('an agent applying through someone who is no attorney is still the applicant', () => {
    assert.deepEqual(ids(app('Special Agent Tom Ng of the FBI, through his supervisor, applies for an order.')), ['app-applicant-not-attorney']);
  });
});

describe('application: a template token where the applicant’s name goes is the placeholder rule’s finding', () => {
  const RULES_AND_TOKENS = [...RULES, 'draft-unfilled-placeholder'];
  for (const token of ['{AUSA}', '<<AUSA NAME>>', '(insert name)', '______________']) {
    it(token, () => {
      const text = app(`The United States, through ${token}, Assistant United States Attorney, applies for an order.`);
      assert.deepEqual(findingsOf(text, RULES_AND_TOKENS).map((f) => f.ruleId), ['draft-unfilled-placeholder']);
    });
  }
  it('a signature line of underscores is not a name', () => {
    const text = app('The United States requests an order.\n\n______________\nAssistant United States Attorney');
    assert.deepEqual(ids(text), ['app-missing-applicant-identity']);
  });
});

describe('application: "respectfully shows" and a labelled applicant', () => {
  it('"Applicant Jane Roe is an attorney for the Government"', () => {
    const text = app('The United States, by and through its attorney, respectfully shows:\n\n1. Applicant Kendra Baptiste is an attorney for the Government as defined in Fed. R. Crim. P. 1(b)(1)(B).');
    assert.ok(applicantsOf(text).some((a) => a.name === 'Kendra Baptiste' && a.isAttorney));
    assert.deepEqual(ids(text), []);
  });
  it('"by and through AUSA Jane Roe, respectfully shows"', () => {
    assert.deepEqual(ids(app('The United States of America, by and through Assistant United States Attorney Kendra Baptiste, respectfully shows:')), []);
  });
});
