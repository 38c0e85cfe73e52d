// § 3123(b)(1)(B): the subject of the investigation named without the words "subject of the investigation" — in
// apposition ("used by the target, NAME"), in parentheses ("NAME (the "Subject")"), as a title ("Subject NAME"), by
// an alias only, or in a table column of targets — and the look-alikes that name a facility or nobody.
import assert from 'node:assert/strict';
import { buildDraft } from '../../server/src/engine/index.js';
import { findingsOf } from '../helpers.js';

const order = (facility: string, ...more: string[]) =>
  `# ORDER\n\nIT IS ORDERED that agents of the Drug Enforcement Administration may install and use a pen register and trap and trace device on ${facility} for a period of sixty days.\n\n${more.join('\n\n')}\n`;
const subjectOf = (text: string) => buildDraft(text, { forceDraft: true }).order.orders[0].subject;
const ids = (text: string) => findingsOf(text, 'order-missing-subject').map((f) => f.ruleId);

describe('order: the subject named in apposition', () => {
  const named: Array<[string, string, string]> = [
    ['role, then name, inside the facility description', order('cellular telephone number (785) 555-0147, subscribed to a prepaid account in an unknown name and carried by the target, Horatio Venn-Castellano,'), 'the target, Horatio Venn-Castellano'],
    ['"whose user is the subject, NAME"', order('the account ghostline77@example.com, whose user is the subject, Philippa Oyelowo,'), 'the subject'],
    ['the name, then a defined role in parentheses', order('telephone number (785) 555-0147, used by Tiberius Malmgren (the “Subject”),'), 'Tiberius Malmgren (the “Subject”)'],
    ['the name, then ", the suspect,"', order('telephone number (785) 555-0147, used by Rosalind Achebe-Norr, the suspect,'), 'Rosalind Achebe-Norr, the suspect'],
    ['an alias only', order('telephone number (785) 555-0147, used by the suspect, a/k/a “Dutch”,'), 'the suspect, a/k/a “'],
    ['a title before the name', order('telephone number (785) 555-0147, used by Target Casimir Wojcik-Ferrante,'), 'Target Casimir Wojcik-Ferrante'],
    ['two subjects', order('telephone number (785) 555-0147, shared by the subjects, Ada Quayle and Benedikt Horvath,'), 'the subjects, Ada Quayle'],
    ['"the target subject, NAME"', order('telephone number (785) 555-0147, used by the target subject, Horatio Venn-Castellano,'), 'the target subject, Horatio Venn-Castellano'],
    ['an alias in parentheses before the role', order('telephone number (785) 555-0147, used by Horatio Venn (a/k/a "Dutch"), the target,'), 'Horatio Venn (a/k/a "Dutch"), the target'],
    ['an all-capitals name with a defined role', order('telephone number (785) 555-0147, used by HORATIO VENN (the "Subject"),'), 'HORATIO VENN (the "Subject")'],
    ['a placeholder for the name', order('telephone number (785) 555-0147, used by the target, [TARGET NAME],'), 'the target, [TARGET NAME]'],
  ];
  for (const [title, text, words] of named) {
    it(`no finding: ${title}`, () => {
      assert.deepEqual(ids(text), []);
      const subject = subjectOf(text);
      assert.equal(subject.status, 'found');
      assert.ok(text.slice(subject.span!.start, subject.span!.end).includes(words), text.slice(subject.span!.start, subject.span!.end));
    });
  }

  it('no finding: the subject named where the order keeps the devices from him', () => {
    const text = order('telephone number (785) 555-0147,', 'IT IS FURTHER ORDERED that Cobalt Wireless shall not disclose the existence of the pen register to the subject, Horatio Venn-Castellano, or any other person.');
    assert.deepEqual(ids(text), []);
  });

  it('no finding: a column of targets holding a person', () => {
    const text = order('the facility below', '| Item | Detail |\n|---|---|\n| Target | Leocadia Brunswick-Haas |\n| Telephone | (785) 555-0147 |');
    assert.deepEqual(ids(text), []);
  });

  const notSubjects: Array<[string, string]> = [
    ['a name with no role', order('telephone number (785) 555-0147, used by Horatio Venn-Castellano,')],
    ['"the target, Target Telephone 2" names a facility', order('the target, Target Telephone 2,')],
    ['"subject to" is no subject', order('telephone number (785) 555-0147, subject to the conditions below,')],
    ['a defined term for the provider', order('telephone number (785) 555-0147, serviced by Cobalt Wireless (the "Provider"),')],
    ['a defined term for the facility', order('telephone number (785) 555-0147 (the "Target Telephone"),')],
    ['a column of targets holding a facility', order('the facility below', '| Item | Detail |\n|---|---|\n| Target | (785) 555-0147 |\n| Carrier | Cobalt Wireless |')],
    ['the subscriber who must not be told is no subject', order('telephone number (785) 555-0147,', 'IT IS FURTHER ORDERED that Cobalt Wireless shall not disclose the existence of the pen register to the subscriber, Horatio Venn-Castellano, or any other person.')],
  ];
  for (const [title, text] of notSubjects) {
    it(`finding: ${title}`, () => assert.deepEqual(ids(text), ['order-missing-subject']));
  }
});
