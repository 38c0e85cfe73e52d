// LEGAL.md §7.3 (every row) and the duration cases of §7.5, as findings of the duration rules.
import assert from 'node:assert/strict';
import { applyFixes } from '../../server/src/engine/index.js';
import { findingsOf, covered } from '../helpers.js';
import { durationDays } from '../../server/src/engine/draft/periods.js';

const DURATION_RULES = [
  'order-missing-duration',
  'order-duration-exceeds-60',
  'duration-word-numeral-mismatch',
  'order-duration-month-ambiguous',
  'order-duration-open-ended',
  'order-retroactive-start',
  'extension-exceeds-60',
  'extension-automatic',
  'emergency-48h',
];

function order(body: string): string {
  return `## ORDER\n\n${body}\n`;
}

/** Rule ids found (sorted), with the words each covers. */
function found(text: string, rules = DURATION_RULES, config?: { maxDurationDays?: number }): string[] {
  return findingsOf(text, rules, config).map((f) => `${f.ruleId} @ ${covered(text, f)}`).sort();
}

function ids(text: string, rules = DURATION_RULES): string[] {
  return findingsOf(text, rules).map((f) => f.ruleId).sort();
}

describe('LEGAL.md §7.3 duration parsing', () => {
  describe('numbers in words and digits', () => {
    for (const p of ['sixty (60) days', 'sixty days', '60 days', 'sixty days (60)']) {
      it(`"${p}" is sixty days: no finding`, () => {
        assert.deepEqual(found(order(`IT IS ORDERED that the pen register may be used for ${p} from the date of this Order.`)), []);
      });
    }
    it('"ninety (90) days" exceeds', () => {
      assert.deepEqual(ids(order('IT IS ORDERED that the pen register may be used for ninety (90) days from the date of this Order.')), ['order-duration-exceeds-60']);
    });
    it('"sixty (90) days": mismatch, and the larger number is judged', () => {
      const text = order('IT IS ORDERED that the pen register may be used for sixty (90) days from the date of this Order.');
      assert.deepEqual(ids(text), ['duration-word-numeral-mismatch', 'order-duration-exceeds-60']);
      const exceeds = findingsOf(text, 'order-duration-exceeds-60')[0];
      assert.match(exceeds.message, /90/);
    });
  });

  describe('units', () => {
    it('eight weeks = 56 days is OK; nine weeks = 63 is an error', () => {
      assert.deepEqual(found(order('IT IS ORDERED that the device may be used for eight weeks from the date of this Order.')), []);
      const f = findingsOf(order('IT IS ORDERED that the device may be used for nine weeks from the date of this Order.'), DURATION_RULES);
      assert.deepEqual(f.map((x) => x.ruleId), ['order-duration-exceeds-60']);
      assert.match(f[0].message, /63 days/);
    });
    it('"one month" is at most 31 days: OK', () => {
      assert.deepEqual(found(order('IT IS ORDERED that the device may be used for one month from the date of this Order.')), []);
    });
    it('"two months" is 59-62 days: warning (1 Jul-31 Aug is 62 days inclusive)', () => {
      const f = findingsOf(order('IT IS ORDERED that the device may be used for two months from the date of this Order.'), DURATION_RULES);
      assert.deepEqual(f.map((x) => `${x.ruleId}/${x.severity}`), ['order-duration-month-ambiguous/warning']);
      assert.match(f[0].message, /59 to 62 days/);
      assert.deepEqual(durationDays(2, 'month'), { min: 59, max: 62 });
    });
    for (const p of ['three months', 'a quarter', '90 days']) {
      it(`"${p}" is an error`, () => {
        assert.deepEqual(ids(order(`IT IS ORDERED that the device may be used for ${p} from the date of this Order.`)), ['order-duration-exceeds-60']);
      });
    }
    it('sixty business days exceed sixty calendar days: error', () => {
      const f = findingsOf(order('IT IS ORDERED that the device may be used for sixty (60) business days from the date of this Order.'), DURATION_RULES);
      assert.deepEqual(f.map((x) => x.ruleId), ['order-duration-exceeds-60']);
      assert.match(f[0].message, /at least 82 calendar days/);
    });
  });

  describe('explicit date ranges (D = end − start)', () => {
    it('D ≤ 59 is OK', () => {
      assert.deepEqual(found(order('IT IS ORDERED that the device may be used from January 1, 2022 through March 1, 2022.')), []);
    });
    it('D = 60 is a warning', () => {
      const f = findingsOf(order('IT IS ORDERED that the device may be used from January 1, 2022 through March 2, 2022.'), DURATION_RULES);
      assert.deepEqual(f.map((x) => `${x.ruleId}/${x.severity}`), ['order-duration-month-ambiguous/warning']);
    });
    it('D ≥ 61 is an error; 1 Jan-30 Jun 2022 is D = 180, 181 days inclusive', () => {
      const f = findingsOf(order('IT IS ORDERED that the device may be used from January 1, 2022 through June 30, 2022.'), DURATION_RULES);
      assert.deepEqual(f.map((x) => x.ruleId), ['order-duration-exceeds-60']);
      assert.match(f[0].message, /180 days after its start \(181 counted inclusively\)/);
    });
    it('D = 61 is an error (leap year: 1 Jan-2 Mar 2024)', () => {
      assert.deepEqual(ids(order('IT IS ORDERED that the device may be used from January 1, 2024 through March 2, 2024.')), ['order-duration-exceeds-60']);
      assert.deepEqual(ids(order('IT IS ORDERED that the device may be used from January 1, 2024 through February 29, 2024.')), []);
    });
  });

  describe('start date', () => {
    it('a start before the order date is retroactive', () => {
      const text = order('IT IS ORDERED that the device may be used from March 1, 2022 through April 15, 2022.\n\nDated: March 10, 2022');
      assert.deepEqual(found(text), ['order-retroactive-start @ March 1, 2022']);
    });
    it('"effective as of [past date]" is retroactive', () => {
      const text = order('IT IS ORDERED that the pen register is authorized, effective as of February 1, 2022, for sixty (60) days.\n\nDated: March 10, 2022');
      assert.deepEqual(ids(text), ['order-retroactive-start']);
    });
    it('a future start date is OK', () => {
      const text = order('IT IS ORDERED that the device may be used from March 15, 2022 through May 1, 2022.\n\nDated: March 10, 2022');
      assert.deepEqual(found(text), []);
    });
    it('a start tied to installation is OK, with an info note', () => {
      const text = order('IT IS ORDERED that the device may be used for sixty (60) days from the date of installation.');
      assert.deepEqual(found(text), []);
      const info = findingsOf(text, 'order-duration-start-unspecified');
      assert.deepEqual(info.map((f) => f.severity), ['info']);
    });
    it('§ 3125 exception: ≤ 48 hours is OK, more is an error, and a non-emergency order gets no exception', () => {
      const emergency = (signed: string) =>
        `# EMERGENCY APPLICATION UNDER 18 U.S.C. § 3125\n\nInstallation began on March 9, 2022 at 22:00.\n\n# ORDER APPROVING EMERGENCY INSTALLATION\n\nIT IS ORDERED that the installation is APPROVED nunc pro tunc to March 9, 2022 at 22:00, and the device may be used for sixty (60) days from the date of this Order.\n\nSigned on ${signed}.\n`;
      assert.deepEqual(ids(emergency('March 10, 2022 at 15:00')), []);
      assert.deepEqual(ids(emergency('March 12, 2022 at 22:00')), ['emergency-48h', 'order-retroactive-start']);
      const plain = order('IT IS ORDERED that the pen register is APPROVED nunc pro tunc to March 9, 2022 at 22:00, for sixty (60) days.\n\nSigned on March 10, 2022 at 15:00.');
      assert.deepEqual(ids(plain), ['order-retroactive-start']);
    });
  });

  describe('open-ended periods', () => {
    for (const p of [
      'until the investigation is concluded',
      'until the investigation is completed',
      'for the duration of the investigation',
      'until further order of the Court',
      'indefinitely',
    ]) {
      it(`"${p}" is open-ended`, () => {
        assert.deepEqual(ids(order(`IT IS ORDERED that the FBI may install and use the pen register ${p}.`)), ['order-duration-open-ended']);
      });
    }
    for (const p of ['and shall be renewable automatically', 'and for successive periods of sixty days thereafter']) {
      it(`"${p}" is extension-automatic (not open-ended)`, () => {
        assert.deepEqual(ids(order(`IT IS ORDERED that the FBI may use the pen register for sixty (60) days from the date of this Order ${p}.`)), ['extension-automatic']);
      });
    }
  });

  describe('config maxDurationDays', () => {
    const text = order('IT IS ORDERED that the device may be used for sixty (60) days from the date of this Order.');
    it('lowers the limit', () => {
      const f = findingsOf(text, 'order-duration-exceeds-60', { maxDurationDays: 45 });
      assert.equal(f.length, 1);
      assert.match(f[0].message, /configured limit is forty-five days/);
      assert.equal(applyFixes(text, f).text, text.replace('sixty (60) days', 'forty-five (45) days'));
    });
    it('cannot raise it above sixty', () => {
      const ninety = order('IT IS ORDERED that the device may be used for ninety (90) days from the date of this Order.');
      assert.equal(findingsOf(ninety, 'order-duration-exceeds-60', { maxDurationDays: 120 }).length, 1);
      assert.equal(findingsOf(text, 'order-duration-exceeds-60', { maxDurationDays: 120 }).length, 0);
    });
  });
});

describe('LEGAL.md §7.5 tricky cases: durations', () => {
  it('"for a period of ninety (90) days": exceeds, fixed to "sixty (60) days"', () => {
    const text = order('IT IS ORDERED that the pen register may be used for a period of ninety (90) days.');
    const f = findingsOf(text, DURATION_RULES);
    assert.deepEqual(f.map((x) => x.ruleId), ['order-duration-exceeds-60']);
    assert.equal(f[0].fixes?.[0].kind, 'safe');
    assert.equal(applyFixes(text, f).text, text.replace('ninety (90) days', 'sixty (60) days'));
  });
  it('"for a period of sixty (90) days": mismatch and exceeds', () => {
    const text = order('IT IS ORDERED that the pen register may be used for a period of sixty (90) days.');
    assert.deepEqual(found(text), ['duration-word-numeral-mismatch @ sixty (90) days', 'order-duration-exceeds-60 @ sixty (90) days']);
    assert.equal(applyFixes(text, findingsOf(text, DURATION_RULES)).text, text.replace('sixty (90) days', 'sixty (60) days'));
  });
  it('"from January 1, 2022 through June 30, 2022": D = 180, fix ends it on March 1, 2022 (D = 59)', () => {
    const text = order('IT IS ORDERED that the pen register may be used from January 1, 2022 through June 30, 2022.');
    const f = findingsOf(text, DURATION_RULES);
    assert.deepEqual(f.map((x) => x.ruleId), ['order-duration-exceeds-60']);
    assert.equal(applyFixes(text, f).text, text.replace('June 30, 2022', 'March 1, 2022'));
  });
  it('"for a period of two months": warning', () => {
    assert.deepEqual(ids(order('IT IS ORDERED that the device may be used for a period of two months.')), ['order-duration-month-ambiguous']);
  });
  it('"until the investigation is concluded": open-ended', () => {
    assert.deepEqual(ids(order('IT IS ORDERED that the device may be used until the investigation is concluded.')), ['order-duration-open-ended']);
  });
  it('"sealed until otherwise ordered by the Court": no duration flag', () => {
    const text = order('IT IS ORDERED that the device may be used for sixty (60) days from the date of this Order.\n\nIT IS FURTHER ORDERED that this Order and the Application shall be sealed until otherwise ordered by the Court.');
    assert.deepEqual(found(text), []);
  });
  it('"effective nunc pro tunc to March 1" in a non-emergency order dated March 10: retroactive', () => {
    const text = `---\npenlint:\n  date: 2022-03-10\n---\n\n## ORDER\n\nIT IS ORDERED that the pen register is authorized, effective nunc pro tunc to March 1, for sixty (60) days.\n`;
    const f = findingsOf(text, DURATION_RULES);
    assert.deepEqual(f.map((x) => x.ruleId), ['order-retroactive-start']);
    assert.match(f[0].message, /March 1, 2022, 9 days before the order \(dated March 10, 2022\)/);
  });
  it('§ 3125: installation "on March 9 at 22:00", order signed "March 10 at 15:00": no error; at 72 hours: emergency-48h', () => {
    const draft = (signed: string) =>
      `---\npenlint:\n  kind: order\n---\n\n# ORDER APPROVING EMERGENCY INSTALLATION UNDER 18 U.S.C. § 3125\n\nThe Court FINDS that installation of the pen register began on March 9 at 22:00.\n\nIT IS ORDERED that the emergency installation is approved and the device may be used for sixty (60) days from the date of this Order.\n\nSigned ${signed}, 2022.\n`;
    assert.deepEqual(ids(draft('March 10 at 15:00')), []);
    const late = draft('March 12 at 22:00');
    const f = findingsOf(late, 'emergency-48h');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /72 hours/);
  });
  it('"preserve records for 90 days pursuant to 18 U.S.C. § 2703(f)": no duration flag', () => {
    const text = order('IT IS ORDERED that the device may be used for sixty (60) days from the date of this Order.\n\nThe provider shall preserve records for 90 days pursuant to 18 U.S.C. § 2703(f).');
    assert.deepEqual(found(text), []);
  });
  it('the (a)(3) record "within 30 days after termination of the order": no duration flag (and "within 60 days" is not one either)', () => {
    for (const n of ['30', '60']) {
      const text = order(`IT IS ORDERED that the device may be used for sixty (60) days from the date of this Order.\n\nThe FBI shall maintain the record required by 18 U.S.C. § 3123(a)(3) and provide it ex parte and under seal within ${n} days after termination of the order.`);
      assert.deepEqual(found(text), []);
    }
  });
  it('an extension for an additional sixty (60) days with a fresh certification: no flag; ninety: extension-exceeds-60; successive: extension-automatic', () => {
    const ext = (period: string) =>
      `# APPLICATION FOR EXTENSION\n\nThe applicant certifies that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by the DEA.\n\n# ORDER EXTENDING PEN REGISTER AUTHORIZATION\n\nIT IS ORDERED that the authorization is extended ${period}.\n`;
    assert.deepEqual(ids(ext('for an additional sixty (60) days from the date of this Order')), []);
    assert.deepEqual(ids(ext('for an additional ninety (90) days from the date of this Order')), ['extension-exceeds-60']);
    assert.deepEqual(ids(ext('for an additional sixty (60) days from the date of this Order, and for successive 60-day periods thereafter')), ['extension-automatic']);
  });
  it('"for the 60 days preceding the date of this Order" (a look-back): no duration flag', () => {
    const text = order('IT IS ORDERED that the device may be used for sixty (60) days from the date of this Order.\n\nThe provider shall disclose cell-site records for the 60 days preceding the date of this Order.');
    assert.deepEqual(found(text), []);
  });
});

describe('which part is judged', () => {
  const app = (period: string) => `# APPLICATION\n\nThe Government asks that the Order authorize installation and use for ${period} from the date of the Order.\n\nDated: June 5, 2024\n`;
  it('an application alone: its requested period stands for the order', () => {
    assert.deepEqual(ids(app('ninety (90) days')), ['order-duration-exceeds-60']);
    assert.deepEqual(ids(app('sixty (60) days')), []);
  });
  it('an application alone with no period: no order-missing-duration', () => {
    assert.deepEqual(ids('# APPLICATION\n\nThe Government asks for an order authorizing a pen register on (704) 555-0143.\n'), []);
  });
  it('application asks ninety, order says sixty: the defect is the application\'s, reported at its words', () => {
    const text = `${app('ninety (90) days')}\n# [PROPOSED] ORDER\n\nIT IS ORDERED that the DEA may use the pen register for sixty (60) days from the date of this Order.\n`;
    assert.deepEqual(found(text), ['order-duration-exceeds-60 @ ninety (90) days']);
    assert.ok(findingsOf(text, 'order-duration-exceeds-60')[0].start < text.indexOf('# [PROPOSED] ORDER'));
  });
  it('application and order both ninety: one finding, at the order', () => {
    const text = `${app('ninety (90) days')}\n# [PROPOSED] ORDER\n\nIT IS ORDERED that the DEA may use the pen register for ninety (90) days from the date of this Order.\n`;
    const f = findingsOf(text, DURATION_RULES);
    assert.equal(f.length, 1);
    assert.ok(f[0].start > text.indexOf('# [PROPOSED] ORDER'));
  });
  it('application sixty, order ninety: at the order', () => {
    const text = `${app('sixty (60) days')}\n# [PROPOSED] ORDER\n\nIT IS ORDERED that the DEA may use the pen register for ninety (90) days from the date of this Order.\n`;
    const f = findingsOf(text, DURATION_RULES);
    assert.equal(f.length, 1);
    assert.ok(f[0].start > text.indexOf('# [PROPOSED] ORDER'));
  });
  it('an order with no period: order-missing-duration at its title, with an insertion after the decretal paragraphs', () => {
    const text = `# [PROPOSED] ORDER\n\nIT IS ORDERED that the DEA may install and use a pen register on (704) 555-0143.\n\nUnited States Magistrate Judge\n`;
    const f = findingsOf(text, 'order-missing-duration');
    assert.equal(f.length, 1);
    assert.equal(covered(text, f[0]), '# [PROPOSED] ORDER');
    const fixed = applyFixes(text, f, 'all').text;
    assert.ok(fixed.includes('(704) 555-0143.\n\nIT IS FURTHER ORDERED that this authorization is for a period of sixty (60) days from the date of this Order.'), fixed);
  });
});

describe('an extension application\'s history is background, not a request', () => {
  const HISTORY = [
    'The original order, signed on March 1, 2024, authorized monitoring through April 30, 2024.',
    'Agents have monitored the Target Telephone for the past ninety days.',
    'The investigation has been ongoing for approximately eighteen months.',
    'A ninety-day extension was granted by the state court in 2023.',
    'The Court granted a ninety (90) day extension on May 1, 2024.',
    'Under the prior order, which expired on June 1, 2024, the provider delivered 400 records.',
    'The pen register authorized on January 10, 2024, for ninety days recorded 2,000 calls.',
    'The DEA previously obtained a pen register on this number for ninety days in 2022.',
    'From January 1 through June 30, 2024, the subject made 300 calls to the courier.',
    'The Target Telephone has been active since January 2023 and will remain active until the subject is arrested.',
    'The subject will continue to use the phone until he is arrested.',
    'The subject lived at the address until he was arrested in 2022.',
  ];
  for (const sentence of HISTORY) {
    it(sentence, () => {
      const text = `# APPLICATION FOR EXTENSION\n\n1. ${sentence}\n\nDated: June 24, 2024\n\n# [PROPOSED] ORDER EXTENDING AUTHORIZATION\n\nIT IS ORDERED that the authorization is extended for an additional sixty (60) days from the date of this Order.\n`;
      assert.deepEqual(found(text), []);
    });
  }
});
