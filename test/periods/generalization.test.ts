// Generalization (issue 3 follow-up): periods in other offices' words. Each case is one sentence in an order or an
// application, with the findings the duration rules must give (none for the must-not-fire ones). The verbs that
// state how long the devices may be used (install, use, operate, remain, continue, stay, run, be in effect,
// extend, renew) and the phrases that bound them are read by meaning, not by the sample corpus's phrases.
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/index.js';
import { findingsAt } from '../helpers.js';

const JUDGED = [
  'order-duration-exceeds-60', 'duration-word-numeral-mismatch', 'order-duration-month-ambiguous', 'order-duration-open-ended',
  'order-retroactive-start', 'extension-exceeds-60', 'extension-automatic',
];

const ORDER = '## ORDER';
const APP = '## APPLICATION';
const EXT_APP = '## APPLICATION FOR AN ORDER EXTENDING PEN REGISTER AUTHORIZATION';

function findings(heading: string, sentence: string, rules = JUDGED): string[] {
  const text = `${heading}\n\n${sentence}\n`;
  return findingsAt(text, lint(text, { forceDraft: true, only: rules }).findings);
}

type Case = [heading: string, sentence: string, want: string[]];

const OPEN_ENDED: Case[] = [
  [APP, 'I request that the devices remain in place until the investigation is complete.', ['order-duration-open-ended @ until the investigation is complete']],
  [APP, 'Your affiant asks that the pen register stay installed until the suspects are identified.', ['order-duration-open-ended @ until the suspects are identified']],
  [APP, 'The State requests that the trap and trace device continue to operate until the investigation concludes.', ['order-duration-open-ended @ until the investigation concludes']],
  [APP, 'The Government requests that the devices be allowed to run until the case is resolved.', ['order-duration-open-ended @ until the case is resolved']],
  [ORDER, 'IT IS ORDERED that the devices shall remain in operation until the target is identified.', ['order-duration-open-ended @ until the target is identified']],
  [ORDER, 'The pen register shall stay in place for the life of the investigation.', ['order-duration-open-ended @ for the life of the investigation']],
  [ORDER, 'The authorization granted herein shall continue until the conclusion of the investigation.', ['order-duration-open-ended @ until the conclusion of the investigation']],
  [ORDER, 'This Order shall remain in force until the Court orders otherwise.', ['order-duration-open-ended @ until the Court orders otherwise']],
  [ORDER, 'The devices may be maintained for so long as the investigation remains active.', ['order-duration-open-ended @ for so long as the investigation remains active']],
  [ORDER, 'The agency may monitor the pen register for the duration of the investigation.', ['order-duration-open-ended @ for the duration of the investigation']],
  [ORDER, 'The FBI may use the devices pending further order of the Court.', ['order-duration-open-ended @ pending further order']],
  [ORDER, 'The FBI may use the devices pending the conclusion of the investigation.', ['order-duration-open-ended @ pending the conclusion of the investigation']],
  [ORDER, 'The FBI may use the devices for as long as necessary to achieve the objectives of the investigation.', ['order-duration-open-ended @ for as long as necessary to achieve the objectives of the investigation']],
  [ORDER, 'The FBI may use the devices for an indefinite period.', ['order-duration-open-ended @ indefinite']],
  [APP, 'Affiant requests authority to continue using the device until the suspect is located.', ['order-duration-open-ended @ until the suspect is located']],
  [APP, 'The Commonwealth seeks an order permitting the use of the devices throughout the investigation.', ['order-duration-open-ended @ throughout the investigation']],
  [APP, 'The State asks to use the devices for the remainder of the investigation.', ['order-duration-open-ended @ for the remainder of the investigation']],
  [APP, 'The State asks to use the devices through the end of the investigation.', ['order-duration-open-ended @ through the end of the investigation']],
  [APP, 'The People request that the Order remain in effect until the conclusion of the investigation.', ['order-duration-open-ended @ until the conclusion of the investigation']],
  [APP, 'I ask that agents be allowed to continue using the pen register until the suspect is located.', ['order-duration-open-ended @ until the suspect is located']],
  // must not fire: the target, the phone, the investigation, sealing, notice, reports, assistance, a bounded period
  [APP, 'The Target Telephone will likely remain in use until the subject is arrested.', []],
  [APP, 'The Target Device will remain active until the subject is arrested.', []],
  [APP, 'The subject will continue to use the phone until he is arrested.', []],
  [APP, 'Agents will continue the investigation until the suspects are identified.', []],
  [APP, 'The target will continue using the phone until he is arrested.', []],
  [APP, 'The investigation will continue through the end of the year.', []],
  [APP, 'The subject has used the phone throughout the investigation.', []],
  [APP, 'The Application shall remain sealed throughout the investigation.', []],
  [APP, 'The provider shall furnish assistance throughout the investigation.', []],
  [APP, 'Agents have used pen registers throughout the investigation.', []],
  [APP, 'Investigators have previously obtained pen registers that remained in place until the conspiracy ended.', []],
  [APP, 'The FBI may use the devices for sixty days from the date of the order; agents will continue monitoring the target throughout the investigation.', []],
  [APP, 'The Government requests that the Application and Order remain sealed until the investigation is complete.', []],
  [APP, 'The Government requests that the provider not notify the subscriber until the investigation is complete.', []],
  [ORDER, 'The Government shall submit a report to the Court every ninety days until the investigation ends.', []],
  [ORDER, 'The provider shall furnish technical assistance for the life of this Order.', []],
  [ORDER, 'The provider shall not disclose the Order pending further order of the Court.', []],
  [ORDER, 'The provider\'s obligation to assist shall continue until the devices are removed.', []],
  [ORDER, 'The provider shall continue to furnish assistance until the devices are removed.', []],
  [ORDER, 'The nondisclosure obligation shall remain in effect until the Court orders otherwise.', []],
  [ORDER, 'The FBI shall maintain the pen register data until the prosecution ends.', []],
  [ORDER, 'The subscriber shall not be notified until the investigation is complete.', []],
  [ORDER, 'The Government shall preserve the records until the case is closed.', []],
  [ORDER, 'The provider shall deliver the data in daily increments.', []],
  [ORDER, 'The devices may be used for sixty days or until the investigation ends, whichever is earlier.', []],
  [ORDER, 'The devices may be used for sixty (60) days from the date of this Order, but not after the investigation ends.', []],
];

const EXTENSION: Case[] = [
  [EXT_APP, 'The Government asks that the order be extended for three months.', ['extension-exceeds-60 @ three months']],
  [EXT_APP, 'The United States requests that the Court extend its order for ninety (90) days.', ['extension-exceeds-60 @ ninety (90) days']],
  [EXT_APP, 'The Government moves to renew the authorization for ninety days.', ['extension-exceeds-60 @ ninety days']],
  [EXT_APP, 'The applicant requests an extension of twelve weeks.', ['extension-exceeds-60 @ twelve weeks']],
  [ORDER, 'IT IS ORDERED that the installation and use of the devices is continued for a further ninety days.', ['extension-exceeds-60 @ ninety days']],
  [ORDER, 'IT IS ORDERED that the prior order is renewed for another ninety (90) days.', ['extension-exceeds-60 @ ninety (90) days']],
  [EXT_APP, 'The Government asks that the order be extended for three months, and that it renew automatically for further thirty-day periods until the investigation ends unless the Government notifies the Court otherwise.', ['extension-automatic @ renew automatically', 'extension-exceeds-60 @ three months']],
  [EXT_APP, 'The Government requests that the authorization be extended for sixty days and renewed automatically every sixty days thereafter.', ['extension-automatic @ renewed automatically']],
  [ORDER, 'This Order shall be renewed every sixty (60) days upon the written notice of the Government.', ['extension-automatic @ shall be renewed']],
  [ORDER, 'The authorization shall continue for successive thirty-day periods unless the Government advises the Court otherwise.', ['extension-automatic @ for successive thirty-day periods']],
  [EXT_APP, 'The United States requests that the Court extend its order for ninety (90) days from the expiration of the current authorization, and that notice to the subscriber be delayed for one year.', ['extension-exceeds-60 @ ninety (90) days']],
  [ORDER, 'The DEA may continue to use the devices for ninety days after the expiration of the prior order.', ['extension-exceeds-60 @ ninety days']],
  [ORDER, 'The authorization shall roll over every sixty days.', ['extension-automatic @ roll over']],
  [ORDER, 'The authorization shall continue thereafter in thirty-day increments.', ['extension-automatic @ in thirty-day increments']],
  [ORDER, 'The authorization shall be extended by operation of this Order for further sixty-day periods.', ['extension-automatic @ extended by operation of this Order']],
  [ORDER, 'The devices may be used for sixty days, and thereafter for additional periods of thirty days each without further order.', ['extension-automatic @ additional periods of thirty days each without further order']],
  // an original order's period beside its automatic renewal is the order's period, judged by the order rule
  [ORDER, 'IT IS ORDERED that the device may be used for ninety (90) days from the date of this Order and for successive sixty-day periods thereafter.', ['extension-automatic @ for successive sixty-day periods', 'order-duration-exceeds-60 @ ninety (90) days']],
  [ORDER, 'This Order shall renew automatically, and the devices may be used for ninety days.', ['extension-automatic @ renew automatically', 'order-duration-exceeds-60 @ ninety days']],
  [EXT_APP, 'The Government requests that the order be extended by ninety days.', ['extension-exceeds-60 @ ninety days']],
  [EXT_APP, 'The Government requests a ninety-day extension.', ['extension-exceeds-60 @ ninety-day']],
  [APP, 'The Government requests a renewal of the order for a period of 90 days.', ['extension-exceeds-60 @ 90 days']],
  [APP, 'The Government requests a continuation of the pen register authorization for ninety days.', ['extension-exceeds-60 @ ninety days']],
  [APP, 'The Government requests that the Court continue the pen register for ninety days.', ['extension-exceeds-60 @ ninety days']],
  [APP, 'The Government requests reauthorization of the pen register for ninety days.', ['extension-exceeds-60 @ ninety days']],
  [APP, 'The Government requests the pen register for ninety days from the date of the order to allow continuation of the investigation.', ['order-duration-exceeds-60 @ ninety days']],
  [EXT_APP, 'The Government requests a second extension of three months.', ['extension-exceeds-60 @ three months']],
  [EXT_APP, 'The Government requests an extension of the order for a period of 90 days from the date the current order expires.', ['extension-exceeds-60 @ 90 days']],
  [EXT_APP, 'The Government requests that the order be extended, to expire ninety days after the current order expires.', ['extension-exceeds-60 @ ninety days']],
  // must not fire: within the limit, sealing or notice beside the extension, the law, a new application
  [EXT_APP, 'The United States applies for an order extending the order of April 14, 2025, which authorized a pen register on telephone number (206) 555-0148 for ninety days.', []],
  [ORDER, 'The FBI shall file the extension record within ninety days after termination of the extended order.', []],
  [ORDER, 'The provider shall continue to furnish records for ninety days after termination of this Order.', []],
  [EXT_APP, 'The Government asks that the order be extended for sixty days, and that notice be delayed for ninety days.', []],
  [EXT_APP, 'The Government asks that the order be extended for sixty days unless the Government notifies the Court that the devices are no longer needed.', []],
  [EXT_APP, 'The Government requests that the authorization be extended for eight weeks from the expiration of the current order.', []],
  [EXT_APP, 'The Government requests that the order be extended for another sixty days.', []],
  [EXT_APP, 'The extension requested is for 8 weeks.', []],
  [EXT_APP, 'The Court extended the order on April 1, 2025 for ninety days.', []],
  [EXT_APP, 'The original order authorized use for ninety days and expires on June 13, 2025.', []],
  [EXT_APP, 'The FBI shall file the record within ninety days after the current order expires.', []],
  [ORDER, 'The sealing of this Order is extended for an additional ninety days.', []],
  [ORDER, 'IT IS FURTHER ORDERED that nondisclosure by the provider is extended for one year.', []],
  [ORDER, 'Any further extension may be granted only upon a new application under 18 U.S.C. § 3122.', []],
  [ORDER, 'The provider shall preserve all records for ninety days and extend the preservation for another ninety days upon request.', []],
  [EXT_APP, 'On May 2, 2025, the Court authorized the devices for sixty days, and on July 1, 2025, it extended that authorization for sixty days.', []],
];

const LIMITS: Case[] = [
  [ORDER, 'The FBI may use the devices for twelve weeks from the date of this Order.', ['order-duration-exceeds-60 @ twelve weeks']],
  [ORDER, 'The devices may be used for a period not to exceed ninety (90) days from the date of this Order.', ['order-duration-exceeds-60 @ ninety (90) days']],
  [ORDER, 'The devices may be used for up to ninety days from the date of this Order.', ['order-duration-exceeds-60 @ ninety days']],
  [ORDER, 'The devices may remain installed through the expiration of ninety days after the date of this Order.', ['order-duration-exceeds-60 @ ninety days']],
  [ORDER, 'This Order is effective upon signature and shall remain in effect for ninety days.', ['order-duration-exceeds-60 @ ninety days']],
  [ORDER, 'The devices may be used for 30 to 90 days from the date of this Order.', ['order-duration-exceeds-60 @ 90 days']],
  [ORDER, 'The Order shall be in effect from June 1 through August 31, 2025.', ['order-duration-exceeds-60 @ June 1 through August 31, 2025']],
  [APP, 'The State requests that the pen register remain in place for a period of ninety days from the date of the order.', ['order-duration-exceeds-60 @ ninety days']],
  [ORDER, 'The devices may be used for two months from the date of this Order.', ['order-duration-month-ambiguous @ two months']],
  [ORDER, 'The devices may be used for two months or sixty days, whichever is longer.', ['order-duration-month-ambiguous @ two months']],
  [ORDER, 'The devices may be used for forty-five (54) days from the date of this Order.', ['duration-word-numeral-mismatch @ forty-five (54) days']],
  [ORDER, 'The FBI may use the devices for a thirty (60)-day period from the date of this Order.', ['duration-word-numeral-mismatch @ thirty (60)-day']],
  [ORDER, 'The FBI may use the devices for six (6) months from the date of this Order.', ['order-duration-exceeds-60 @ six (6) months']],
  [ORDER, 'The FBI may use the devices for one hundred and twenty days from the date of this Order.', ['order-duration-exceeds-60 @ one hundred and twenty days']],
  [ORDER, 'The FBI may use the devices for a hundred and twenty days from the date of this Order.', ['order-duration-exceeds-60 @ a hundred and twenty days']],
  [ORDER, 'The FBI may use the devices until the sixtieth (90th) day after the date of this Order.', ['duration-word-numeral-mismatch @ sixtieth (90th) day', 'order-duration-exceeds-60 @ sixtieth (90th) day']],
  [ORDER, 'The FBI may use the devices for forty-five days (54) from the date of this Order.', ['duration-word-numeral-mismatch @ forty-five days (54)']],
  [ORDER, 'The FBI may use the devices for two (2) calendar months from the date of this Order.', ['order-duration-month-ambiguous @ two (2) calendar months']],
  [ORDER, 'The FBI may use the devices for a two-month period from the date of this Order.', ['order-duration-month-ambiguous @ two-month']],
  // must not fire
  [ORDER, 'The devices may be used for up to sixty days from the date of this Order.', []],
  [ORDER, 'The devices may be used for a period of thirty (30) days to sixty (60) days from the date of this Order.', []],
  [ORDER, 'The devices may be used for two months or sixty days from the date of this Order, whichever is shorter.', []],
  [ORDER, 'The devices may be used for eight (8) weeks from the date of this Order.', []],
  [ORDER, 'The FBI may use the devices for ninety-(90) days from the date of this Order.', ['order-duration-exceeds-60 @ ninety-(90) days']],
  [ORDER, 'The FBI may use the devices for (60) sixty days from the date of this Order.', []],
  [ORDER, 'The FBI may use the devices through the expiration of sixty days from the date of this Order.', []],
  [ORDER, 'This Order shall remain sealed for one hundred eighty (180) days from the date of this Order.', []],
  [ORDER, 'The provider shall not disclose this Order for the life of this Order and for ninety (90) days thereafter.', []],
  [ORDER, 'The provider shall preserve the records for ninety days under 18 U.S.C. § 2703(f).', []],
  [ORDER, 'The provider shall disclose records of the 120 days preceding installation.', []],
  [ORDER, 'The provider shall provide a look-back of ninety days.', []],
  [ORDER, 'The provider shall furnish subscriber records within five (5) business days of receipt of this Order.', []],
  [ORDER, 'The FBI shall file the record with the Court no later than ninety days after this Order expires.', []],
  [ORDER, 'The provider shall retain the data for a period of two years.', []],
  [ORDER, 'Notice to the subscriber is delayed for ninety days.', []],
  [ORDER, 'The provider shall disclose historical records for the six months prior to the date of this Order.', []],
  [ORDER, 'The provider shall furnish records for the past 180 days.', []],
  [ORDER, 'The provider shall furnish records covering the 12 months before installation.', []],
  [ORDER, 'The provider shall furnish call detail records for the period of ninety days ending on the date of this Order.', []],
  [ORDER, 'The Government shall report to the Court at 30-day intervals.', []],
  [ORDER, 'The provider shall preserve the records for a period of 90 days, renewable for another 90 days upon request under 18 U.S.C. § 2703(f)(2).', []],
  [ORDER, 'The preservation period shall automatically extend for an additional ninety days.', []],
  [ORDER, 'This Order shall be sealed for ninety days, which sealing shall automatically renew for successive ninety-day periods.', []],
  [ORDER, 'The provider shall not disclose this Order for one year, and the nondisclosure period shall be extended automatically unless the Government advises otherwise.', []],
];

const DATED = '---\npenlint:\n  date: 2025-06-02\n---\n\n## ORDER';
const ENDS: Case[] = [
  [DATED, 'The authorization granted by this Order shall expire no later than August 30, 2025.', ['order-duration-exceeds-60 @ August 30, 2025']],
  [DATED, 'The authorization shall lapse on August 15, 2025.', ['order-duration-exceeds-60 @ August 15, 2025']],
  [DATED, 'The devices may be used through and including September 1, 2025.', ['order-duration-exceeds-60 @ September 1, 2025']],
  [DATED, 'The devices may be used from June 2 - August 15, 2025.', ['order-duration-exceeds-60 @ June 2 - August 15, 2025']],
  [DATED, 'The devices may be used from the date of this Order through August 31.', ['order-duration-exceeds-60 @ the date of this Order through August 31']],
  [DATED, 'The FBI may use the devices for a sixty-day term ending September 1, 2025.', ['order-duration-exceeds-60 @ September 1, 2025']],
  [DATED, 'The FBI may use the devices for 60 days, that is, until August 30, 2025.', ['order-duration-exceeds-60 @ August 30, 2025']],
  [DATED, 'The FBI may use the devices for 60 days (excluding weekends and holidays) from the date of this Order.', ['order-duration-exceeds-60 @ 60 days']],
  // must not fire
  [DATED, 'The FBI may use the devices for 60 days (through August 1, 2025).', []],
  [DATED, 'The FBI may use the devices for sixty days, i.e., through July 31, 2025.', []],
  [DATED, 'The FBI may use the devices for sixty (60) days (approximately two months) from the date of this Order.', []],
  [DATED, 'The FBI may use the devices from June 2–July 30, 2025.', []],
  [DATED, 'The authorization granted by this Order shall expire no later than July 30, 2025.', []],
  [DATED, 'The devices may be used from the date of this Order through July 31.', []],
  [DATED, 'The devices may remain installed until 11:59 p.m. on the sixtieth day after the date of this Order.', []],
  [DATED, 'The devices may be used for eight weeks, beginning June 2 and ending July 28.', []],
  [DATED, 'The provider shall furnish the records on or before August 15, 2025.', []],
  [DATED, 'The Government shall file the record no later than September 30, 2025.', []],
];

const STARTS: Case[] = [
  ['---\npenlint:\n  date: 2025-04-10\n---\n\n## ORDER', 'The FBI may use the devices for sixty days commencing upon March 1, 2025.', ['order-retroactive-start @ commencing upon March 1, 2025']],
  ['---\npenlint:\n  date: 2025-04-10\n---\n\n## ORDER', 'The FBI may use the devices from March 15, 2025 through May 1, 2025.', ['order-retroactive-start @ March 15, 2025']],
  ['---\npenlint:\n  date: 2025-04-10\n---\n\n## ORDER', 'This authorization is effective nunc pro tunc as of April 1, 2025, for sixty days.', ['order-retroactive-start @ nunc pro tunc as of April 1, 2025']],
  ['---\npenlint:\n  date: 2025-04-10\n---\n\n## ORDER', 'The FBI may use the devices for sixty days beginning April 12, 2025.', []],
  [DATED, 'This Order is effective as of May 28, 2025, and the devices may be used for sixty days.', ['order-retroactive-start @ effective as of May 28, 2025']],
  [DATED, 'The authorization is effective retroactively to May 1, 2025, for sixty days.', ['order-retroactive-start @ retroactively to May 1, 2025']],
  [DATED, 'The authorization shall be deemed to have commenced on May 1, 2025, and shall remain in effect for sixty days.', ['order-retroactive-start @ deemed to have commenced on May 1, 2025']],
  [DATED, 'The devices may be used from and after May 1, 2025 for sixty days.', ['order-retroactive-start @ from and after May 1, 2025']],
  [DATED, 'This authorization relates back to May 1, 2025, and runs for sixty days.', ['order-retroactive-start @ relates back to May 1, 2025']],
  [DATED, 'The devices may be used during the period of May 15, 2025 through July 10, 2025.', ['order-retroactive-start @ May 15, 2025']],
  [DATED, 'The devices, installed on May 1, 2025 under the prior order, may continue to be used for sixty days from the date of this Order.', []],
  [DATED, 'The pen register was installed and monitoring commenced on May 3, 2025.', []],
  [DATED, 'The investigation began on May 1, 2025.', []],
  [DATED, 'The provider shall furnish records for the period from May 1, 2025 to the present.', []],
  [DATED, 'The provider shall furnish subscriber information for accounts opened since May 1, 2025.', []],
  [DATED, 'The devices may be used for sixty days from and after the date of this Order.', []],
  [DATED, 'The devices may be used for sixty (60) days, commencing upon the date of this Order, and the provider shall furnish records beginning May 1, 2025.', []],
  ['---\npenlint:\n  date: 2025-04-10\n---\n\n## ORDER', 'The provider shall disclose records for the period from January 1, 2025 through the date of this Order.', []],
  ['---\npenlint:\n  date: 2025-04-10\n---\n\n## ORDER', 'The provider shall furnish records created between February 1, 2025 and March 31, 2025.', []],
];

describe('periods in other offices\' words: findings by meaning', () => {
  for (const [family, cases] of Object.entries({ OPEN_ENDED, EXTENSION, LIMITS, ENDS, STARTS })) {
    describe(family, () => {
      for (const [heading, sentence, want] of cases) {
        it(`${want.length ? 'fires' : 'silent'}: ${sentence}`, () => {
          assert.deepEqual(findings(heading, sentence), [...want].sort());
        });
      }
    });
  }

  describe('an order\'s period stated in other words (no order-missing-duration)', () => {
    const MISSING = ['order-missing-duration', 'order-duration-exceeds-60'];
    for (const sentence of [
      'The authorization expires sixty days after entry.',
      'This Order expires on the sixtieth day after it is signed.',
      'The FBI may install and use the devices at any time within sixty days of the date of this Order.',
      'This Order is valid for sixty days from the date of this Order.',
      'The pen register may be in place for sixty days from the date of this Order.',
      'The devices may be kept in operation for sixty days from the date of this Order.',
      'The FBI is permitted to capture the signaling information for a period of sixty (60) days.',
      'Installation and use of the devices is limited to sixty (60) days.',
      'The authority conferred by this Order ends sixty days after its entry.',
    ]) {
      it(sentence, () => assert.deepEqual(findings(ORDER, sentence, MISSING), []));
    }
    for (const sentence of [
      'The devices shall be removed when the investigation ends, but in no event later than sixty days from the date of this Order.',
      'The devices must be disconnected once the information sought is obtained, and in any event within sixty days of the date of this Order.',
    ]) {
      it(`the outer bound of the devices' use: ${sentence}`, () => assert.deepEqual(findings(ORDER, sentence, MISSING), []));
    }
    it('the window a permission is for can exceed sixty days', () => {
      assert.deepEqual(findings(ORDER, 'The FBI may install and use the devices within the ninety (90) days following the date of this Order.', MISSING), ['order-duration-exceeds-60 @ ninety (90) days']);
    });
    for (const sentence of [
      'The FBI shall install the devices within ten days of the date of this Order.',
      'The provider shall not disclose the Order for one year, and the Government shall file a report every thirty days.',
      'The provider shall furnish the results for the life of this Order and preserve records for ninety days.',
    ]) {
      it(`only a duty's clock: ${sentence}`, () => assert.deepEqual(findings(ORDER, sentence, MISSING), ['order-missing-duration @ ## ORDER']));
    }
  });

  describe('start points', () => {
    const START = ['order-duration-start-unspecified'];
    for (const sentence of [
      'This Order is effective upon signature and shall remain in effect for sixty days.',
      'The FBI may use the devices commencing upon the date of this Order and continuing for sixty days.',
      'The authorization shall be effective upon entry and shall expire sixty (60) days thereafter.',
      'The FBI may use the devices for sixty (60) days effective upon the date of this Order.',
      'Use of the devices is authorized for sixty (60) days, effective as of the date of this Order.',
      'Police may install and use a pen register on telephone (617) 555-0152 for sixty days from today.',
      'The devices may be used for sixty days from the date signed below.',
      'The FBI may use the devices for 60 days (through August 1, 2025).',
      'This Order is effective as of June 2, 2025, and the devices may be used for sixty days.',
      'The authorization expires sixty days after entry.',
      'This Order expires on the sixtieth day after it is signed.',
      'The devices may be used beginning on the earlier of installation or June 5, 2025, for sixty days.',
      'The FBI may use the devices for sixty days beginning on the earlier of the date of installation or ten days after the date of this Order.',
    ]) {
      it(`stated: ${sentence}`, () => assert.deepEqual(findings(ORDER, sentence, START), []));
    }
    it('an extension from the date the current order expires states its start', () => {
      assert.deepEqual(findings(EXT_APP, 'The Government requests an extension of sixty days from the date the current order expires.', START), []);
    });
    it('not stated: "for up to sixty days"', () => {
      assert.deepEqual(findings(ORDER, 'The FBI may use the devices for up to sixty days.', START), ['order-duration-start-unspecified @ sixty days']);
    });
    it('a range of durations is noted once, at the larger', () => {
      assert.deepEqual(findings(ORDER, 'The devices may be used for a period of thirty (30) days to sixty (60) days.', START), ['order-duration-start-unspecified @ sixty (60) days']);
    });
  });
});

describe('renewal words that are names', () => {
  it('a provider called Evergreen is not an automatic renewal; an evergreen clause is', async () => {
    const { findingsOf } = await import('../helpers.js');
    const named = 'IT IS ORDERED that Evergreen Wireless provide the numbers dialed for sixty (60) days from the date of this Order.';
    assert.deepEqual(findingsOf(`# ORDER\n\n${named}\n`, 'extension-automatic').map((f) => f.ruleId), []);
    const clause = 'IT IS ORDERED that the authorization run for sixty (60) days from the date of this Order and continue on an evergreen basis.';
    assert.equal(findingsOf(`# ORDER\n\n${clause}\n`, 'extension-automatic').length, 1);
  });
});
