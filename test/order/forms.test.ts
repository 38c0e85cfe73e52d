// Orders written in other courts' words (lists of findings, WHEREAS recitals, lettered paragraphs, State forms,
// exhibits): the order rules must read the elements by meaning. Each form lists exactly the order findings it must get.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lint } from '../../server/src/engine/index.js';

const ORDER_RULE = /^(?:order-(?:missing-(?!duration)|own-|record-|sealing-|trap-)|draft-inconsistent-identifier)/;

const FORMS: Record<string, string[]> = {
  // username target, "is not known", "an unidentified adult male", results "daily", "until further order"
  'oregon-snapchat-username.md': [],
  // State circuit court: "subscribed to", "target of the investigation", "limited to the State of Illinois"
  'illinois-state-circuit.md': [],
  // the order leaves out the (b)(1) elements; (a)(3) record due 90 days after installation
  'federal-own-device-bare-order.md': ['order-missing-offense', 'order-missing-subject', 'order-missing-subscriber', 'order-record-deadline-wrong'],
  // California: "subscribed to by", "is the suspect in this investigation", sealed until expiry
  'california-superior.md': [],
  // "EXHIBIT A: PROPOSED ORDER", findings in one sentence, "shall afford … technical assistance", "shall not notify"
  'exhibit-proposed-order-email.md': [],
  // WHEREAS recitals and a bulleted findings list: "Target Telephone: …", "Subscriber: Unknown", "Subject(s): …"
  'whereas-findings-list.md': [],
  // lettered findings: IPv6 "assigned by … to Orion Trading Corp.", "sealed until the Court orders otherwise"
  'findings-lettered-ipv6.md': [],
  // a pen/trap order followed by a separate § 2703(d) order; sealing reviewed within 180 days
  'hybrid-separate-2703d-order.md': [],
};

describe('orders in other courts\' forms', () => {
  for (const [name, expected] of Object.entries(FORMS)) {
    it(name, () => {
      const text = readFileSync(new URL(`./forms/${name}`, import.meta.url), 'utf8');
      const result = lint(text);
      assert.equal(result.isDraft, true, 'is a draft');
      assert.ok(result.parts.includes('order'), 'has an order part');
      const got = result.findings.filter((f) => ORDER_RULE.test(f.ruleId)).map((f) => f.ruleId).sort();
      assert.deepEqual(got, expected);
    });
  }
});
