// Drafting rules: placeholders, impossible dates, citations to provisions that do not exist.
import assert from 'node:assert/strict';
import { findingsOf, covered } from '../helpers.js';

const doc = (body: string) => `# APPLICATION\n\n${body}\n`;

describe('draft-unfilled-placeholder', () => {
  const rule = 'draft-unfilled-placeholder';
  const tokens = (text: string) => findingsOf(text, rule).map((f) => covered(text, f));

  it('reports template tokens, one finding each', () => {
    const text = doc('The investigation is being conducted by [AGENCY]. [NAME], an Assistant United States Attorney, applies. The order was entered on XX/XX/20XX and the provider is TBD. The robbery occurred at the ____ store. See [INSERT PARAGRAPH NUMBER]. The account is {{account_id}}. Call (XXX) XXX-XXXX.');
    assert.deepEqual(tokens(text), ['[AGENCY]', '[NAME]', 'XX/XX/20XX', 'TBD', '____', '[INSERT PARAGRAPH NUMBER]', '{{account_id}}', '(XXX) XXX-XXXX']);
  });

  it('lower-case instructions in brackets', () => {
    assert.deepEqual(tokens(doc('The target number is [insert number] and the carrier is [provider name].')), ['[insert number]', '[provider name]']);
  });

  it('leaves the court’s blanks, [PROPOSED] and editorial brackets alone', () => {
    const text = `# [PROPOSED] ORDER

The applicant stated that the target "use[d] the phone daily" [sic]. The investigation is conducted by the DEA (the "Investigating Agency").

Case No. ____________

SO ORDERED this ____ day of ____________, 2024.

Dated: ______________

______________________________\\
HON. ____________________\\
United States Magistrate Judge

Date and time of issuance: ______________
`;
    assert.deepEqual(tokens(text), []);
  });

  it('a blank inside a sentence is a placeholder even in the order', () => {
    assert.deepEqual(tokens('# ORDER\n\nThe FBI may install a pen register on telephone number ________ for sixty (60) days.\n'), ['________']);
  });

  it('offers the identified agency for [AGENCY]', () => {
    const text = doc('The investigation is being conducted by the Federal Bureau of Investigation ("FBI"). The FBI shall furnish the results to [AGENCY].');
    const [f] = findingsOf(text, rule);
    assert.equal(f.fixes?.[0].edits[0].text, 'the FBI');
  });

  it('config placeholders add patterns', () => {
    const text = doc('The subject is ZZNAMEZZ and the agency is the FBI.');
    assert.deepEqual(findingsOf(text, rule), []);
    const found = findingsOf(text, rule, { placeholders: ['ZZ[A-Z]+ZZ'] });
    assert.deepEqual(found.map((f) => covered(text, f)), ['ZZNAMEZZ']);
  });

  it('text in code spans and HTML comments is not read', () => {
    assert.deepEqual(tokens(doc('Template tokens look like `[AGENCY]`. <!-- [NAME] -->')), []);
  });
});

describe('draft-invalid-date', () => {
  const rule = 'draft-invalid-date';
  it('an impossible day (09: April 31)', () => {
    const text = doc('The Order was entered on April 31, 2024 (the "Original Order").');
    const found = findingsOf(text, rule);
    assert.equal(found.length, 1);
    assert.equal(covered(text, found[0]), 'April 31, 2024');
    assert.match(found[0].message, /April 2024 has 30 days/);
  });
  it('February 29 outside a leap year, in other date forms', () => {
    const text = doc('Signed on the 29th day of February, 2023, and again on 2/30/2024 and 2023-02-29.');
    assert.equal(findingsOf(text, rule).length, 3);
  });
  it('real dates, including February 29 in a leap year', () => {
    assert.deepEqual(findingsOf(doc('Entered February 29, 2024; installed on Friday, August 9, 2024; 12/31/2023.'), rule), []);
  });
  it('a weekday that does not match', () => {
    const text = doc('Installation began at 10:20 p.m. on Friday, August 10, 2024.');
    const [f] = findingsOf(text, rule);
    assert.match(f.message, /Saturday, not a Friday/);
    assert.equal(f.fixes?.[0].edits[0].text, 'Saturday');
  });
});

describe('cite-unknown-section', () => {
  const rule = 'cite-unknown-section';
  const bad = (text: string) => findingsOf(text, rule).map((f) => covered(text, f));

  it('flags provisions that do not exist', () => {
    assert.deepEqual(bad(doc('An extension may be granted under 18 U.S.C. § 3123(c)(3).')), ['3123(c)(3)']);
    assert.deepEqual(bad(doc('Under 18 U.S.C. § 3122(b)(3) the application must state more.')), ['3122(b)(3)']);
    assert.deepEqual(bad(doc('See 18 U.S.C. § 3123(e).')), ['3123(e)']);
    assert.deepEqual(bad(doc('See 18 U.S.C. § 3129.')), ['3129']);
    assert.deepEqual(bad(doc('See 18 U.S.C. § 3124(g) and § 3126(6) and § 3127(7).')), ['3124(g)', '3126(6)', '3127(7)']);
    assert.deepEqual(bad(doc('See 18 U.S.C. § 3127(2)(A)(v).')), ['3127(2)(A)(v)']);
  });

  it('never flags a valid provision', () => {
    const text = doc(
      'Under 18 U.S.C. §§ 3121(a), 3121(b)(3), 3121(c), 3122(a)(1), 3122(b)(2), 3123(a)(3)(A)(iv), 3123(a)(3)(B), 3123(b)(1)(D), 3123(b)(2), 3123(c)(2), 3123(d)(1) and (d)(2), 3124(a)-(f), 3125(a)(1)(D), 3125(d), 3126(1)-(5), 3127(2)(A)(iii), 3127(2)(B), 3127(6), and §§ 3121–3127, and 18 U.S.C. § 2703(c)(1)(B) & (d), 21 U.S.C. § 841(a)(1), 28 U.S.C. § 1746, and Fed. R. Crim. P. 1(b)(1)(B).',
    );
    assert.deepEqual(bad(text), []);
  });

  it('a continued subsection is checked against its section', () => {
    assert.deepEqual(bad(doc('The Court finds under 18 U.S.C. § 3123(a)(1) and (c)(3) that the extension is proper.')), ['(c)(3)']);
  });

  it('State statutes are not chapter 206', () => {
    assert.deepEqual(bad(doc('Under Penal Code § 3129 and CPL § 705.10 the order may issue.')), []);
  });

  it('offers the deepest provision that exists', () => {
    const text = doc('An extension may be granted under 18 U.S.C. § 3123(c)(3).');
    const [f] = findingsOf(text, rule);
    assert.equal(f.fixes?.[0].title, 'Cite § 3123(c)');
  });
});

describe('draft-unfilled-placeholder: signing blanks and document marks', () => {
  const tokens = (text: string) => findingsOf(text, 'draft-unfilled-placeholder').map((f) => covered(text, f));
  it('"Executed on ____, 2024, at Denver" is dated when signed', () => {
    assert.deepEqual(tokens(doc('I declare under penalty of perjury that the foregoing is true and correct. Executed on ______________, 2024, at Denver, Colorado.')), []);
  });
  it('document status marks are not tokens', () => {
    assert.deepEqual(tokens('# [DRAFT] APPLICATION [UNDER SEAL]\n\nThe target said "[he] would pay" [emphasis added] [CITATIONS OMITTED].\n'), []);
  });
});

describe('cite-unknown-section: continued subsections', () => {
  const bad = (text: string) => findingsOf(text, 'cite-unknown-section').map((f) => covered(text, f));
  it('"§ 3123(c)(1), (2)" continues (c)', () => assert.deepEqual(bad(doc('See 18 U.S.C. § 3123(c)(1), (2).')), []));
  it('"§ 3127(2)(A)(i)-(iv)" continues (A)', () => assert.deepEqual(bad(doc('See 18 U.S.C. § 3127(2)(A)(i)-(iv).')), []));
  it('"§ 3123(c)(1), (3)" is still wrong', () => assert.deepEqual(bad(doc('See 18 U.S.C. § 3123(c)(1), (3).')), ['(3)']));
});

describe('drafting: blanks the judge, clerk or notary fills in other offices’ forms', () => {
  const A = '# APPLICATION\n\nMara Lind, an Assistant United States Attorney, applies for an order authorizing a pen register.\n\nI declare under penalty of perjury that the foregoing is true and correct.\n\n/s/ Mara Lind\n\n';
  const courtBlanks = [
    'Sworn to before me by telephone on ____________, 2025, at ______ a.m./p.m.\n\n______________________\nUnited States Magistrate Judge',
    'SUBSCRIBED AND SWORN before me this _____ day of __________, 2025.\n\n______________________\nNotary Public\nMy commission expires: __________',
    '# ORDER\n\nThe pen register may be used for sixty (60) days.\n\nIt is so ORDERED on this date: _____________ at _________ (time).\n\n______________________\nUNITED STATES MAGISTRATE JUDGE',
    'Application sworn by telephone. Date and time: ______________',
    'Case number: 1:25-mj-______',
  ];
  for (const closing of courtBlanks) {
    it(`not a placeholder: ${closing.slice(0, 50).replace(/\n/g, ' ')}…`, () => {
      assert.deepEqual(findingsOf(A + closing, 'draft-unfilled-placeholder'), []);
    });
  }
  it('blanks in the body and in decretal paragraphs still are', () => {
    const text = `${A}# ORDER\n\nIT IS ORDERED that the provider furnish the records to ______ within ten days.\n\nThe robbery occurred on ______, 2025 at the store.\n`;
    assert.equal(findingsOf(text, 'draft-unfilled-placeholder').length, 2);
  });
});

describe('drafting: impossible dates written without a year', () => {
  it('"June 31" in a range whose year comes later', () => {
    const text = doc('The offense occurred between June 31 and July 2, 2025.');
    const found = findingsOf(text, 'draft-invalid-date');
    assert.deepEqual(found.map((f) => covered(text, f)), ['June 31']);
    assert.match(found[0].message, /June has 30 days/);
  });
  it('"the 30th day of February"', () => {
    assert.equal(findingsOf(doc('Calls on the 30th day of February were recorded.'), 'draft-invalid-date').length, 1);
  });
  it('February 29 and the last days of long months are real', () => {
    assert.deepEqual(findingsOf(doc('Calls on February 29, March 31 and May 31 were recorded.'), 'draft-invalid-date'), []);
  });
});

describe('drafting: other offices’ template tokens', () => {
  const tokens: Array<[string, string]> = [
    ['The agency is <<AGENCY>>.', '<<AGENCY>>'],
    ['The agency is <AGENCY>.', '<AGENCY>'],
    ['The agency is {AGENCY}.', '{AGENCY}'],
    ['The agency is «AGENCY».', '«AGENCY»'],
    ['The provider is (insert provider name).', '(insert provider name)'],
    ['The provider is INSERT PROVIDER.', 'INSERT PROVIDER'],
    ['The number is (xxx) xxx-xxxx.', '(xxx) xxx-xxxx'],
    ['The order was signed on ##/##/2025.', '##/##/2025'],
  ];
  for (const [sentence, token] of tokens) {
    it(token, () => {
      const text = doc(sentence);
      assert.deepEqual(findingsOf(text, 'draft-unfilled-placeholder').map((f) => covered(text, f)), [token]);
    });
  }
  it('real HTML, braces and capitals are not tokens', () => {
    assert.deepEqual(findingsOf(doc('Use <b>bold</b> text. See {id: 3}. The Court may INSERT such terms as it deems fit.'), 'draft-unfilled-placeholder'), []);
  });
});
