// Each "missing" order rule, with its element taken out of a complete federal and a complete State order, on the
// order alone and on the order after its application: exactly that rule fires, at the order's title, and its fix
// puts the element back (the fixed draft is clean).
import assert from 'node:assert/strict';
import { applyFixes } from '../../server/src/engine/index.js';
import { findingsOf, covered } from '../helpers.js';

const RULES = [
  'order-missing-subscriber',
  'order-missing-subject',
  'order-missing-identifier',
  'order-missing-offense',
  'order-missing-geo-limits-state-trap',
  'order-missing-assistance-directive',
  'order-missing-sealing',
  'order-missing-nondisclosure',
  'draft-inconsistent-identifier',
];

const FEDERAL_APPLICATION = `UNITED STATES DISTRICT COURT

# APPLICATION

Jane Roe, an Assistant United States Attorney, applies under 18 U.S.C. §§ 3122(a)(1) and 3123 for a pen register and trap and trace device on telephone number (704) 555-0143 (the "Target Telephone"), serviced by Larkspur Wireless, Inc. ("Larkspur Wireless"), listed in the name of Mabel Underhay. The subject of the investigation is Desmond Harrowgate. The information likely to be obtained relates to possible violations of 21 U.S.C. §§ 841(a)(1) and 846. The investigation is being conducted by the Drug Enforcement Administration ("DEA"). The Government requests that Larkspur Wireless be directed to furnish technical assistance.

`;

const FEDERAL_ORDER = `# [PROPOSED] ORDER

IT IS ORDERED:

1. The DEA may install and use a pen register and trap and trace device on telephone number (704) 555-0143 (the "Target Telephone"), serviced by Larkspur Wireless, for sixty (60) days.
2. The Target Telephone is listed in the name of Mabel Underhay.
3. The subject of the criminal investigation is Desmond Harrowgate.
4. The information likely to be obtained relates to possible violations of 21 U.S.C. §§ 841(a)(1) and 846.
5. Larkspur Wireless shall furnish the DEA forthwith all information, facilities, and technical assistance necessary.
6. This Order and the Application shall be sealed until otherwise ordered by the Court.
7. Larkspur Wireless shall not disclose the existence of the pen register and trap and trace device or of the investigation to any person.

United States Magistrate Judge
`;

const STATE_APPLICATION = `## AFFIRMATION IN SUPPORT OF APPLICATION

Assistant District Attorney Ada Finch applies under 18 U.S.C. § 3122(a)(2) and CPL article 705 for a pen register and trap and trace device on telephone number (718) 555-0119, serviced by Bramblewick Wireless, Inc. ("Bramblewick Wireless"). The person in whose name it is listed is unknown. The subject of the investigation is Tremaine Oakhurst. The information likely to be obtained relates to possible violations of Penal Law § 160.15 (robbery in the first degree). The applicant requests that Bramblewick Wireless be directed to furnish technical assistance.

`;

// an order-only State file carries its court's caption
const STATE_ORDER = `SUPREME COURT OF THE STATE OF NEW YORK, COUNTY OF KINGS

## ORDER

Upon the affirmation of Assistant District Attorney Ada Finch, the Court finds that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by the New York City Police Department ("NYPD"). NOW, THEREFORE, it is

ORDERED that the NYPD may install and use a pen register and a trap and trace device on telephone number (718) 555-0119 within the territorial jurisdiction of this Court for sixty (60) days; and it is further

ORDERED that the person in whose name telephone number (718) 555-0119 is listed is unknown; and it is further

ORDERED that the subject of the investigation is Tremaine Oakhurst; and it is further

ORDERED that the information likely to be obtained relates to robbery in the first degree (Penal Law § 160.15); and it is further

ORDERED that Bramblewick Wireless shall furnish the NYPD forthwith all information, facilities, and technical assistance necessary; and it is further

ORDERED that this order and the application papers be sealed until otherwise ordered by the Court; and it is further

ORDERED that Bramblewick Wireless shall not disclose the existence of the pen register and trap and trace device or of the investigation to any person.

Justice of the Supreme Court
`;

/** For each rule: how to take its element out of the federal and the State order (undefined: not applicable). */
const REMOVE: Record<string, { federal?: [string, string]; state?: [string, string] }> = {
  'order-missing-subscriber': {
    federal: ['2. The Target Telephone is listed in the name of Mabel Underhay.\n', ''],
    state: ['ORDERED that the person in whose name telephone number (718) 555-0119 is listed is unknown; and it is further\n\n', ''],
  },
  'order-missing-subject': {
    federal: ['3. The subject of the criminal investigation is Desmond Harrowgate.\n', ''],
    state: ['ORDERED that the subject of the investigation is Tremaine Oakhurst; and it is further\n\n', ''],
  },
  'order-missing-identifier': {
    federal: ['telephone number (704) 555-0143 (the "Target Telephone")', 'the Target Telephone described in the Application'],
    state: ['telephone number (718) 555-0119 within the territorial', 'the telephone described in the affirmation within the territorial'],
  },
  'order-missing-offense': {
    federal: ['4. The information likely to be obtained relates to possible violations of 21 U.S.C. §§ 841(a)(1) and 846.\n', ''],
    state: ['ORDERED that the information likely to be obtained relates to robbery in the first degree (Penal Law § 160.15); and it is further\n\n', ''],
  },
  'order-missing-geo-limits-state-trap': { state: [' within the territorial jurisdiction of this Court', ''] },
  'order-missing-assistance-directive': {
    federal: ['5. Larkspur Wireless shall furnish the DEA forthwith all information, facilities, and technical assistance necessary.\n', ''],
    state: ['ORDERED that Bramblewick Wireless shall furnish the NYPD forthwith all information, facilities, and technical assistance necessary; and it is further\n\n', ''],
  },
  'order-missing-sealing': {
    federal: ['6. This Order and the Application shall be sealed until otherwise ordered by the Court.\n', ''],
    state: ['ORDERED that this order and the application papers be sealed until otherwise ordered by the Court; and it is further\n\n', ''],
  },
  'order-missing-nondisclosure': {
    federal: ['7. Larkspur Wireless shall not disclose the existence of the pen register and trap and trace device or of the investigation to any person.\n', ''],
    state: ['; and it is further\n\nORDERED that Bramblewick Wireless shall not disclose the existence of the pen register and trap and trace device or of the investigation to any person.', '.'],
  },
};

function remove(text: string, [from, to]: [string, string]): string {
  assert.ok(text.includes(from), `fixture contains ${JSON.stringify(from)}`);
  return text.replace(from, to).replace('ORDERED that the person in whose name telephone number (718) 555-0119 is listed', 'ORDERED that the person in whose name the telephone is listed');
}

const ids = (text: string) => findingsOf(text, RULES).map((f) => f.ruleId).sort();

describe('order rules: each element out of a complete order', () => {
  for (const [flavour, application, order] of [
    ['federal', FEDERAL_APPLICATION, FEDERAL_ORDER],
    ['State', STATE_APPLICATION, STATE_ORDER],
  ] as const) {
    it(`the complete ${flavour} order is clean, alone and after its application, and so is the application alone`, () => {
      assert.deepEqual(ids(order), []);
      assert.deepEqual(ids(application + order), []);
      assert.deepEqual(ids(application), []);
    });

    for (const [rule, edits] of Object.entries(REMOVE)) {
      const edit = flavour === 'federal' ? edits.federal : edits.state;
      if (!edit) continue;
      for (const withApplication of [false, true]) {
        it(`${flavour}, ${withApplication ? 'combined' : 'order only'}: ${rule}`, () => {
          const text = (withApplication ? application : '') + remove(order, edit);
          const found = findingsOf(text, RULES);
          assert.deepEqual(found.map((f) => f.ruleId), [rule]);
          assert.match(covered(text, found[0]), /ORDER/);
          const fixed = applyFixes(text, found, 'all').text;
          assert.notEqual(fixed, text, 'has a fix');
          // the inserted text puts the element back; a [PLACEHOLDER] may remain where the draft does not know it
          const after = findingsOf(fixed, rule);
          assert.deepEqual(after.map((f) => f.ruleId), [], `after the fix:\n${fixed}`);
        });
      }
    }
  }

  it('geographic limits are never asked of the federal order', () => {
    assert.deepEqual(ids(FEDERAL_ORDER.replace(', serviced by', ' (no geographic limits stated), serviced by')), []);
  });
});
