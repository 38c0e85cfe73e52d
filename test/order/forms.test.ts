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
  // County Court, no State statute cited (the District Attorney and the Penal Law say whose order it is); "ORDERED:"
  // list of subjunctive "that" clauses; "both unknown at this time"; "throughout the County of"; "not reveal … that the
  // devices exist"
  'ny-county-court-ordered-list.md': [],
  // "It is hereby ORDERED AND ADJUDGED", "The Court directs X to furnish", "make no disclosure of"
  'federal-ordered-and-adjudged.md': [],
  // "AND NOW … ORDERED and DECREED", "The user …, the subject of the investigation, is …", "is directed to refrain from
  // disclosing"
  'pennsylvania-and-now-decree.md': [],
  // "The Court directs as follows", "The subscriber and the user of that telephone, the person being investigated, are
  // not presently known", "shall keep … in confidence and shall tell no one"
  'texas-district-court-directs.md': [],
  // one sentence of conjoined subjunctive clauses: "whose identities are unknown", "not notify the account holder"
  'federal-short-form-email.md': [],
  // "THE COURT ORDERS:" bullets, "the person suspected is", "may not disclose"
  'california-court-directs-confidential.md': [],
  // "ORDERED:" then lettered "That …" clauses: "the customer to whom the address is assigned and the person responsible
  // for the intrusion remain unidentified", "not, without further order, divulge"
  'federal-lettered-subjunctive-ip.md': [],
  // Massachusetts short form: "ORDERED:" list, "Subscriber: … Subject: …", impounded, "enjoined from disclosing"
  'massachusetts-impounded-short.md': [],
  // hybrid: "not later than ten days …, Willamette Mobile shall disclose … subscriber name" is a § 2703 directive; the
  // (d)(2) directive is the subjunctive "that no officer, employee or agent of Willamette Mobile disclose …"
  'federal-hybrid-no-person-shall.md': [],
  // a second, separate "ORDER TO SEAL AND FOR NONDISCLOSURE"; the provider's name holds a verb-like word ("Pine State
  // Wireless … not disclose")
  'federal-separate-sealing-order.md': [],
  // one paragraph, lower-case "it is hereby ordered", "whose subscriber, user and subject of investigation are all
  // unknown", "shall not, and shall cause its employees not to, disclose"
  'federal-one-paragraph-short-form.md': [],
  // the (b)(1) elements in a table ("Person in whose name listed | Unknown"), "forbidden from revealing"
  'federal-table-of-elements.md': [],
  // one element taken out, each in another court's words: exactly that finding
  // Florida "ORDERED AND ADJUDGED": the subscriber is named and the user is named, but nothing ties the user to the
  // investigation
  'florida-done-and-ordered-no-subject.md': ['order-missing-subject'],
  // sealed only; "need not notify the subscriber" and "nothing … requires … to disclose" direct no silence
  'federal-sealed-no-nondisclosure.md': ['order-missing-nondisclosure'],
  // a State trap order known only by its prosecutor and penal law, with no geographic limits
  'state-da-hint-no-geo.md': ['order-missing-geo-limits-state-trap'],
  // the subscriber is unknown, the subject is not mentioned at all
  'federal-subscriber-unknown-no-subject.md': ['order-missing-subject'],
  // the user is named (and tied to the subject); the subscriber is not mentioned
  'federal-user-named-no-subscriber.md': ['order-missing-subscriber'],
  // New York "ORDERED that …; and it is further" paragraphs with no assistance directive
  'state-ordered-list-no-assistance.md': ['order-missing-assistance-directive'],
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
