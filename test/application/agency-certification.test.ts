// Agency identity (§ 3122(b)(1)) and the relevance certification (§ 3122(b)(2)).
import assert from 'node:assert/strict';
import { buildDraft } from '../../server/src/engine/index.js';
import { findingsOf, covered } from '../helpers.js';

const RULES = ['app-missing-agency-identity', 'app-missing-relevance-certification', 'app-certification-incomplete'];
const APPLICANT = 'Jane Roe, an Assistant United States Attorney, applies for an Order authorizing a pen register.';
const app = (body: string) => `# APPLICATION\n\n${APPLICANT}\n\n${body}\n`;
const ids = (text: string) => findingsOf(text, RULES).map((f) => f.ruleId);
const partFacts = (text: string) => buildDraft(text, { forceDraft: true }).application.parts[0];

describe('application: agency', () => {
  const conducting: Array<[string, string, string]> = [
    ['passive, full name and abbreviation', 'The investigation is being conducted by the Drug Enforcement Administration ("DEA"), Charlotte District Office.', 'dea'],
    ['active subject', 'The Bureau of Alcohol, Tobacco, Firearms and Explosives ("ATF"), Tampa Field Division, is conducting the investigation.', 'atf'],
    ['investigating', 'HSI has been investigating the smuggling organization since 2023.', 'hsi'],
    ['attributive', 'This application arises from an ongoing FBI investigation of ransomware attacks.', 'fbi'],
    ['possessive', "The DEA's New Orleans Field Division is leading the investigation into heroin trafficking.", 'dea'],
    ['label', 'Agency: U.S. Postal Inspection Service.', 'uspis'],
    ['state agency with a defined abbreviation', 'The investigation is being conducted by the New York City Police Department ("NYPD"), Brooklyn South Robbery Squad.', 'new york city police department'],
    ['sheriff', "The Maricopa County Sheriff's Office opened an investigation into the shooting.", "maricopa county sheriff's office"],
    ['has an investigation', 'The Homeland Security Investigations office in Miami has an active criminal investigation of the target.', 'hsi'],
  ];
  for (const [title, sentence, key] of conducting) {
    it(`recognises: ${title}`, () => {
      const facts = partFacts(app(sentence));
      assert.ok(facts.identifiedAgencies.some((a) => a.key === key), facts.identifiedAgencies.map((a) => a.key).join(','));
      assert.ok(!ids(app(sentence)).includes('app-missing-agency-identity'));
    });
  }

  it('"Drug Enforcement Administration" and "DEA" are one agency', () => {
    const facts = partFacts(app('The Drug Enforcement Administration is conducting the investigation. The DEA has identified the target.'));
    assert.deepEqual([...new Set(facts.agencyMentions.map((a) => a.key))], ['dea']);
  });

  it('an agency named only in the certification identifies it', () => {
    const text = app('The applicant certifies that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by the Federal Bureau of Investigation.');
    assert.deepEqual(ids(text), []);
  });

  it('fires when no agency conducts the investigation (05: offense statement only)', () => {
    const text = app('The information likely to be obtained relates to possible violations of 18 U.S.C. §§ 1343 and 1349.\n\nBorder Patrol agents stopped a van near the border.');
    const found = findingsOf(text, RULES);
    assert.deepEqual(found.map((f) => f.ruleId).sort(), ['app-missing-agency-identity', 'app-missing-relevance-certification']);
    assert.ok(found.every((f) => covered(text, f) === '# APPLICATION'));
  });

  it('"The Government" is not an agency', () => {
    assert.ok(ids(app('The Government is conducting an investigation of wire fraud.')).includes('app-missing-agency-identity'));
  });

  it('the agency fix goes after the applicant paragraph', () => {
    const text = app('The information relates to wire fraud.');
    const f = findingsOf(text, 'app-missing-agency-identity')[0];
    const edit = f.fixes![0].edits[0];
    assert.equal(edit.start, text.indexOf(APPLICANT) + APPLICANT.length);
    assert.equal(edit.text, '\n\nThe investigation is being conducted by [AGENCY].');
  });
});

describe('application: certification', () => {
  const complete = [
    'Pursuant to 18 U.S.C. § 3122(b)(2), the applicant certifies that the information likely to be obtained by the pen register is relevant to an ongoing criminal investigation being conducted by the FBI.',
    'The undersigned hereby certifies, under 18 U.S.C. § 3122(b)(2), that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by the FBI.',
    'I certify that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by the FBI.',
    'The applicant represents that the information sought is relevant to the FBI’s ongoing criminal investigation.',
    'The applicant states that the data likely to be acquired are relevant to a continuing criminal investigation that the FBI is conducting.',
    'The information likely to be obtained is relevant to an ongoing criminal investigation being conducted by the FBI.',
  ];
  for (const sentence of complete) {
    it(`complete: ${sentence.slice(0, 70)}…`, () => {
      assert.deepEqual(ids(app(`The investigation is being conducted by the Federal Bureau of Investigation ("FBI").\n\n${sentence}`)), []);
    });
  }

  it('a lead-in ending in a colon and its statement', () => {
    const text = app('The investigation is being conducted by the FBI. The applicant certifies as follows:\n\n- the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by the FBI.');
    assert.deepEqual(ids(text), []);
  });

  it('"that agency" refers back to the identified agency', () => {
    const text = app('Agency: U.S. Postal Inspection Service.\n\nThe applicant further certifies that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by that agency.');
    assert.deepEqual(ids(text), []);
  });

  const hedged: Array<[string, string]> = [
    ['may prove relevant', 'I certify that the information likely to be obtained may prove relevant to the ongoing criminal investigation being conducted by the FBI.'],
    ['could be relevant', 'The applicant certifies that the information likely to be obtained could be relevant to an ongoing criminal investigation being conducted by the FBI.'],
    ['potentially relevant', 'The applicant certifies that the information likely to be obtained is potentially relevant to an ongoing criminal investigation being conducted by the FBI.'],
    ['might be relevant', 'The applicant states that the information might be relevant to an ongoing criminal investigation being conducted by the FBI.'],
    ['is believed to be relevant', 'The applicant certifies that the information is believed to be relevant to an ongoing criminal investigation being conducted by the FBI.'],
  ];
  for (const [hedge, sentence] of hedged) {
    it(`hedged: ${hedge} → app-certification-incomplete only, at the hedge`, () => {
      const text = app(`The FBI is conducting the investigation.\n\n${sentence}`);
      const found = findingsOf(text, RULES);
      assert.deepEqual(found.map((f) => f.ruleId), ['app-certification-incomplete']);
      assert.ok(covered(text, found[0]).includes('relevant'), covered(text, found[0]));
      assert.ok(covered(text, found[0]).startsWith(hedge.split(' ')[0] === 'is' ? 'believed' : hedge.split(' ')[0]), covered(text, found[0]));
    });
  }

  it('"likely to be obtained … is relevant" is the statute, not a hedge', () => {
    const facts = partFacts(app('The applicant certifies that the information likely to be obtained by the installation and use of the pen register is relevant to an ongoing criminal investigation being conducted by the FBI.'));
    assert.equal(facts.certifications[0].hedge, undefined);
  });

  it('drops "ongoing"', () => {
    const text = app('The FBI is conducting the investigation. The applicant certifies that the information likely to be obtained is relevant to a criminal investigation being conducted by the FBI.');
    const found = findingsOf(text, RULES);
    assert.deepEqual(found.map((f) => f.ruleId), ['app-certification-incomplete']);
    assert.match(found[0].message, /"ongoing"/);
  });

  it('drops "criminal"', () => {
    const found = findingsOf(app('The FBI is conducting the investigation. The applicant certifies that the information likely to be obtained is relevant to an ongoing investigation being conducted by the FBI.'), RULES);
    assert.deepEqual(found.map((f) => f.ruleId), ['app-certification-incomplete']);
    assert.match(found[0].message, /"criminal"/);
  });

  it('names another agency than the one identified', () => {
    const found = findingsOf(app('The investigation is being conducted by the Federal Bureau of Investigation ("FBI").\n\nThe applicant certifies that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by the DEA.'), RULES);
    assert.deepEqual(found.map((f) => f.ruleId), ['app-certification-incomplete']);
    assert.match(found[0].message, /DEA/);
  });

  it('HSI and ICE are the same family', () => {
    assert.deepEqual(ids(app('Homeland Security Investigations is conducting the investigation.\n\nThe applicant certifies that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by ICE.')), []);
  });

  it('the incomplete fix rewrites the certified clause with the identified agency', () => {
    const text = app('The investigation is being conducted by the Drug Enforcement Administration ("DEA").\n\nThe applicant certifies that the information may be relevant to an investigation.');
    const f = findingsOf(text, 'app-certification-incomplete')[0];
    const edit = f.fixes![0].edits[0];
    assert.equal(text.slice(edit.start, edit.end), 'the information may be relevant to an investigation');
    assert.equal(edit.text, 'the information likely to be obtained by the installation and use of the pen register and trap and trace device is relevant to an ongoing criminal investigation being conducted by the DEA');
  });

  it('one finding per application even with two deficient certifications', () => {
    const text = app('The FBI is conducting the investigation.\n\nThe applicant certifies that the information may be relevant to an ongoing criminal investigation being conducted by the FBI.\n\nThe applicant again certifies that the information could be relevant to the ongoing criminal investigation being conducted by the FBI.');
    assert.equal(findingsOf(text, RULES).length, 1);
  });

  it('a § 2703(d) "relevant and material" showing is not the PRTT certification', () => {
    const text = app('The FBI is conducting the investigation.\n\nThese specific and articulable facts show reasonable grounds to believe that the records sought are relevant and material to an ongoing criminal investigation. 18 U.S.C. § 2703(d).');
    assert.deepEqual(ids(text), ['app-missing-relevance-certification']);
  });

  it('a past certification in the original application is not a fresh one', () => {
    const text = app('The FBI is conducting the investigation.\n\nIn the original application, the applicant certified that the information likely to be obtained was relevant to an ongoing criminal investigation.');
    assert.deepEqual(ids(text), ['app-missing-relevance-certification']);
  });

  it("an agent's affidavit part does not supply the applicant's certification", () => {
    const text = `# APPLICATION\n\n${APPLICANT}\n\nThe investigation is being conducted by the FBI.\n\n# AFFIDAVIT OF SPECIAL AGENT JOHN DOE\n\nI certify that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by the FBI.\n`;
    const found = findingsOf(text, RULES);
    assert.deepEqual(found.map((f) => f.ruleId), ['app-missing-relevance-certification']);
    assert.equal(covered(text, found[0]), '# APPLICATION');
  });

  it('the missing-certification fix follows the agency paragraph and names the agency', () => {
    const text = app('The investigation is being conducted by the Federal Bureau of Investigation ("FBI").\n\nThe information relates to 18 U.S.C. § 1030.');
    const f = findingsOf(text, 'app-missing-relevance-certification')[0];
    const edit = f.fixes![0].edits[0];
    assert.equal(text.slice(0, edit.start).endsWith('("FBI").'), true);
    assert.match(edit.text, /being conducted by the FBI\.$/);
  });

  it('inside a numbered list the inserted certification continues the item', () => {
    const text = `# APPLICATION\n\n1. ${APPLICANT}\n\n2. The investigation is being conducted by the DEA.\n\n3. The offense is 21 U.S.C. § 841.\n`;
    const f = findingsOf(text, 'app-missing-relevance-certification')[0];
    assert.match(f.fixes![0].edits[0].text, /^\n\n {3}Pursuant to/);
  });
});

describe('application: agency in a table', () => {
  it('"| Investigating agency | Federal Bureau of Investigation |"', () => {
    const text = app('| Element | Detail |\n| --- | --- |\n| Investigating agency | Federal Bureau of Investigation |\n| Offense | 18 U.S.C. § 1030 |');
    assert.ok(partFacts(text).identifiedAgencies.some((a) => a.key === 'fbi'));
    assert.ok(!ids(text).includes('app-missing-agency-identity'));
  });
  it('an agency in another row is not the investigating agency', () => {
    const text = app('| Element | Detail |\n| --- | --- |\n| Investigating agency | unknown |\n| Provider contact | Federal Bureau of Investigation liaison |');
    assert.ok(ids(text).includes('app-missing-agency-identity'));
  });
});

describe('application: certification, ongoing and criminal by meaning', () => {
  it('"currently being conducted" is ongoing; a drug-trafficking investigation is criminal', () => {
    assert.deepEqual(ids(app('The FBI is conducting the investigation.\n\nThe applicant certifies that the information likely to be obtained is relevant to a drug-trafficking investigation currently being conducted by the FBI.')), []);
  });
  it('a plain "investigation" is neither', () => {
    const found = findingsOf(app('The FBI is conducting the investigation.\n\nThe applicant certifies that the information likely to be obtained is relevant to an investigation being conducted by the FBI.'), RULES);
    assert.deepEqual(found.map((f) => f.ruleId), ['app-certification-incomplete']);
    assert.match(found[0].message, /"ongoing".*"criminal"/);
  });
});

describe('application: agency token', () => {
  it('"conducted by [AGENCY]" is the placeholder rule’s finding, not a missing agency', () => {
    const text = app('The investigation is being conducted by [AGENCY].');
    assert.ok(!ids(text).includes('app-missing-agency-identity'));
    assert.deepEqual(findingsOf(text, 'draft-unfilled-placeholder').map((f) => covered(text, f)), ['[AGENCY]']);
  });
});

describe('application: State agencies in other words', () => {
  it("a county prosecutor's office detective bureau", () => {
    const text = `IN THE SUPERIOR COURT OF NEW JERSEY\n\n# APPLICATION\n\nDetective Lena Marsh of the Bergen County Prosecutor's Office applies under 18 U.S.C. § 3122(a)(2).\n\nThe Bergen County Prosecutor's Office is conducting an ongoing criminal investigation of narcotics distribution.\n`;
    assert.ok(partFacts(text).identifiedAgencies.some((a) => /prosecutor's office/.test(a.key)));
    assert.ok(!ids(text).includes('app-missing-agency-identity'));
  });
  it('the Georgia Bureau of Investigation', () => {
    assert.ok(partFacts(app('The Georgia Bureau of Investigation is investigating the homicide.')).identifiedAgencies.some((a) => a.key === 'georgia bureau of investigation'));
  });
});

describe('application: the applicant’s own statement of relevance, by structure', () => {
  const stated: Array<[string, string, boolean]> = [
    // [sentence, hedge expected?]
    ['The information sought could be relevant to the DEA’s investigation of heroin distribution in violation of 21 U.S.C. § 841.', 'could be relevant', true],
    ['In addition, the dialing and signaling data will be relevant to the ongoing criminal investigation of the DEA.', '', false],
    ['Such records may well prove relevant to the DEA’s ongoing investigation of drug trafficking.', 'may well prove relevant', true],
    ['4. The results of the pen register are expected to be relevant to the ongoing criminal investigation conducted by the DEA.', 'expected to be relevant', true],
  ];
  for (const [sentence, hedge, hedged] of stated) {
    it(`a certification: ${sentence.slice(0, 60)}…`, () => {
      const text = app(`The DEA is conducting the investigation.\n\n${sentence}`);
      const facts = partFacts(text);
      assert.equal(facts.certifications.length, 1);
      assert.ok(!ids(text).includes('app-missing-relevance-certification'));
      if (hedged) {
        const found = findingsOf(text, RULES);
        assert.deepEqual(found.map((f) => f.ruleId), ['app-certification-incomplete']);
        assert.equal(covered(text, found[0]), hedge);
      } else assert.deepEqual(ids(text), []);
    });
  }

  const notTheApplicants = [
    'Special Agent Doe advised me that the information could be relevant to an ongoing criminal investigation.',
    'Courts have held that pen register information is relevant to an ongoing criminal investigation when it identifies co-conspirators.',
    'The Court may find that such data is relevant to an ongoing criminal investigation.',
  ];
  for (const sentence of notTheApplicants) {
    it(`not the applicant’s certification: ${sentence.slice(0, 60)}…`, () => {
      assert.deepEqual(ids(app(`The DEA is conducting the investigation.\n\n${sentence}`)), ['app-missing-relevance-certification']);
    });
  }
});

describe('application: agencies and certifications in other offices’ words', () => {
  const declare = '\n\nI declare under penalty of perjury that the foregoing is true.';
  const clean: Array<[string, string]> = [
    ['an acronym the list does not know, in the conducting slot', 'The investigation is being conducted by BPD detectives.\n\nThe applicant certifies that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by BPD.'],
    ['a short name defined for the agency', 'The applicant certifies that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by the Bureau.\n\nThe Federal Bureau of Investigation (the "Bureau") is investigating the scheme.'],
    ['an abbreviation defined after the unit name', 'The Michigan State Police, Fifth District Hometown Security Team (MSP), is investigating the robberies.\n\nThe applicant certifies that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by the MSP.'],
    ['"that ongoing criminal investigation" refers back to the identified agency', 'The DEA is conducting an ongoing criminal investigation of fentanyl trafficking.\n\nThe applicant certifies that the information likely to be obtained is relevant to that ongoing criminal investigation.'],
    ['"the investigation" refers back to the identified agency', 'The DEA is conducting an ongoing criminal investigation of fentanyl trafficking.\n\nThe applicant certifies that the information likely to be obtained is relevant to the investigation.'],
    ['a Roman-numeral label is not part of the agency name', 'I. The Fort Worth Police Department is conducting an ongoing criminal investigation.\n\nII. The applicant states that the information likely to be obtained is relevant to an ongoing criminal investigation by the Fort Worth Police Department.'],
    ['a lead-in certifies its lettered items together', 'The undersigned certifies as follows:\n\na. the information likely to be obtained is relevant to an ongoing criminal investigation; and\n\nb. the investigation is being conducted by IRS-CI.'],
  ];
  for (const [title, body] of clean) {
    it(`no finding: ${title}`, () => assert.deepEqual(ids(app(body + declare)), []));
  }

  it('an indefinite "an investigation" with the agency named elsewhere still lacks the agency', () => {
    const found = findingsOf(app('The DEA is conducting an ongoing criminal investigation.\n\nThe applicant certifies that the information likely to be obtained is relevant to an ongoing criminal investigation.'), RULES);
    assert.deepEqual(found.map((f) => f.ruleId), ['app-certification-incomplete']);
    assert.match(found[0].message, /agency/);
  });

  it('with no agency anywhere, the certification’s missing agency is app-missing-agency-identity only', () => {
    assert.deepEqual(ids(app('The applicant certifies that the information likely to be obtained is relevant to an ongoing criminal investigation of health care fraud.')), ['app-missing-agency-identity']);
  });

  it('a different acronym in the certification is another agency', () => {
    const found = findingsOf(app('MPD detectives are investigating the robbery.\n\nThe applicant certifies that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by the FBI.'), RULES);
    assert.deepEqual(found.map((f) => f.ruleId), ['app-certification-incomplete']);
    assert.match(found[0].message, /MPD/);
  });
});

describe('application: certifications whose parts are said in other orders', () => {
  const declare = '\n\nI declare under penalty of perjury that the foregoing is true.';
  const clean = [
    'The applicant hereby certifies that the DEA is conducting an ongoing criminal investigation and that the information likely to be obtained is relevant to that investigation.',
    'The applicant certifies that the information is relevant to an active investigation of drug trafficking being conducted by the DEA.',
    "The applicant certifies that the information likely to be obtained is relevant to the FBI's ongoing investigation of wire fraud.",
    "The applicant certifies that the information likely to be obtained is relevant to the FBI's ongoing investigation into the kidnapping of a child.",
    'The Government certifies that the pen register is likely to obtain information relevant to an ongoing criminal investigation being conducted by the FBI.',
  ];
  for (const sentence of clean) {
    it(`complete: ${sentence.slice(0, 80)}…`, () => assert.deepEqual(ids(app(sentence + declare)), []));
  }
  it('an investigation of something that is no crime is not "criminal"', () => {
    const found = findingsOf(app("The applicant certifies that the information likely to be obtained is relevant to the FBI's ongoing investigation of a missing person." + declare), RULES);
    assert.deepEqual(found.map((f) => f.ruleId), ['app-certification-incomplete']);
    assert.match(found[0].message, /"criminal"/);
  });
});

describe('application: one agency named two ways', () => {
  const declare = '\n\nI declare under penalty of perjury that the foregoing is true.';
  const same: Array<[string, string]> = [
    ['the DEA', 'the DEA-led HIDTA Task Force'],
    ['the New York State Police', 'the State Police'],
    ["the Kent County Sheriff's Office", "the Sheriff's Office"],
    ["the Los Angeles County Sheriff's Department", 'LASD'],
  ];
  for (const [identified, certified] of same) {
    it(`${identified} / ${certified}`, () => {
      const text = app(`The investigation is being conducted by ${identified}.\n\nThe applicant certifies that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by ${certified}.${declare}`);
      assert.deepEqual(ids(text), []);
    });
  }
  const different: Array<[string, string]> = [
    ['the DEA', 'the State Police'],
    ['the New York State Police', 'the Albany Police Department'],
  ];
  for (const [identified, certified] of different) {
    it(`${identified} is not ${certified}`, () => {
      const text = app(`The investigation is being conducted by ${identified}.\n\nThe applicant certifies that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by ${certified}.${declare}`);
      assert.deepEqual(ids(text), ['app-certification-incomplete']);
    });
  }
});

describe('application: relevance in other words is a partial certification', () => {
  const declare = '\n\nI declare under penalty of perjury that the foregoing is true.';
  it('"will assist the DEA’s investigation" → app-certification-incomplete, saying what it lacks', () => {
    const found = findingsOf(app('The DEA is conducting the investigation.\n\nThe information sought will assist the DEA’s ongoing criminal investigation of heroin distribution.' + declare), RULES);
    assert.deepEqual(found.map((f) => f.ruleId), ['app-certification-incomplete']);
    assert.match(found[0].message, /"will assist" the investigation/);
  });
  it('"would be useful to" as well', () => {
    assert.deepEqual(ids(app('The DEA is conducting the investigation.\n\nThe information sought would be useful to the DEA in its ongoing criminal investigation.' + declare)), ['app-certification-incomplete']);
  });
  it('a request that the provider help the investigation is no certification', () => {
    assert.deepEqual(ids(app('The DEA is conducting the investigation.\n\nThe United States requests that the Court direct the provider to help agents in the DEA investigation.' + declare)), ['app-missing-relevance-certification']);
  });
});

describe('application: who conducts the investigation, said as a case', () => {
  for (const sentence of [
    'The DEA Phoenix Field Division opened a case on the organization in 2024.',
    'The case agent is Special Agent Tom Ng of the FBI.',
    'The FBI and the IRS are working this case together.',
  ]) {
    it(sentence, () => assert.ok(!ids(app(sentence)).includes('app-missing-agency-identity')));
  }
  it('an agency that only receives the information does not conduct the investigation', () => {
    assert.ok(ids(app('The provider shall furnish the results to the Court.')).includes('app-missing-agency-identity'));
  });
});

describe('application: the agency left as a template token in other styles', () => {
  for (const token of ['{AGENCY}', '<<AGENCY>>', '(insert agency)', '[INVESTIGATING AGENCY]']) {
    it(`${token} is draft-unfilled-placeholder only`, () => {
      const text = app(`The investigation is being conducted by ${token}. The applicant certifies that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by ${token}.`);
      const found = findingsOf(text, [...RULES, 'draft-unfilled-placeholder']).map((f) => f.ruleId);
      assert.ok(found.length > 0 && found.every((id) => id === 'draft-unfilled-placeholder'), found.join(','));
    });
  }
});

describe('application: the law of certification stated is not a certification made', () => {
  const declare = '\n\nI declare under penalty of perjury that the foregoing is true.';
  for (const sentence of [
    'Under 18 U.S.C. § 3123(a)(1), the Court shall enter an ex parte order if the Court finds that the attorney for the Government has certified to the Court that the information likely to be obtained by such installation and use is relevant to an ongoing criminal investigation.',
    'Section 3122(b)(2) requires that the applicant certify that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by that agency.',
    'The applicant must certify that the information likely to be obtained is relevant to an ongoing criminal investigation.',
  ]) {
    it(sentence.slice(0, 70), () => assert.deepEqual(ids(app(`The DEA is conducting the investigation.\n\n${sentence}${declare}`)), ['app-missing-relevance-certification']));
  }
  it('"As the statute requires, the applicant certifies …" is made', () => {
    assert.deepEqual(ids(app('The DEA is conducting the investigation.\n\nAs the statute requires, the applicant certifies that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by the DEA.' + declare)), []);
  });
});

describe('application: the applicant’s impersonal voice', () => {
  const declare = '\n\nI declare under penalty of perjury that the foregoing is true.';
  it('"It is anticipated that the information … will be relevant" is a hedged certification', () => {
    const text = app('The DEA is conducting the investigation.\n\nIt is anticipated that the information likely to be obtained will be relevant to the ongoing criminal investigation being conducted by the DEA.' + declare);
    const found = findingsOf(text, RULES);
    assert.deepEqual(found.map((f) => f.ruleId), ['app-certification-incomplete']);
    assert.equal(covered(text, found[0]), 'It is anticipated that');
  });
  it('"It is respectfully submitted that the information … is relevant" is a certification', () => {
    assert.deepEqual(ids(app('The DEA is conducting the investigation.\n\nIt is respectfully submitted that the information likely to be obtained is relevant to the ongoing criminal investigation being conducted by the DEA.' + declare)), []);
  });
  it('what courts have found is not the applicant’s voice', () => {
    assert.deepEqual(ids(app('The DEA is conducting the investigation.\n\nIt is clear that courts have found such data relevant to an ongoing criminal investigation.' + declare)), ['app-missing-relevance-certification']);
  });
});

describe('application: the incomplete fix for a statement without a certifying verb', () => {
  it('keeps the paragraph label and makes the statement the applicant’s certification', () => {
    const text = app("The DEA is conducting the investigation.\n\n(d) The information sought could be relevant to the DEA's investigation.");
    const f = findingsOf(text, 'app-certification-incomplete')[0];
    const edit = f.fixes![0].edits[0];
    assert.equal(text.slice(edit.start, edit.end), "The information sought could be relevant to the DEA's investigation");
    assert.match(edit.text, /^Pursuant to 18 U\.S\.C\. § 3122\(b\)\(2\), the applicant certifies that .* being conducted by the DEA$/);
  });
});
