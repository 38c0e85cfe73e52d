// Target identifiers: what they are, how they normalise, and which are the facility (not an agent's phone).
import assert from 'node:assert/strict';
import { buildDraft } from '../../server/src/engine/index.js';
import { findingsOf } from '../helpers.js';

const idsOf = (text: string) => buildDraft(text, { forceDraft: true }).identifiers.map((i) => ({ kind: i.kind, text: i.text, normalized: i.normalized, role: i.role }));

describe('identifiers', () => {
  it('finds and normalises phones, foreign numbers, e-mail, IP, IMEI and accounts', () => {
    const found = idsOf(
      'The pen register will be installed on telephone number +1 (704) 555-0143, the WhatsApp account +853 5550 0148, the e-mail account Refund.Desk@Example.net, IP address 198.51.100.23, IMEI 35-209900-176148-1, account number PB-5530-0192, and the number 011 52 55 1234 5678.',
    );
    const byKind = (k: string) => found.filter((f) => f.kind === k).map((f) => f.normalized);
    assert.deepEqual(byKind('phone'), ['7045550143', '85355500148', '525512345678']);
    assert.deepEqual(byKind('email'), ['refund.desk@example.net']);
    assert.deepEqual(byKind('ip'), ['198.51.100.23']);
    assert.deepEqual(byKind('imei'), ['35209900176148' + '1']);
    assert.deepEqual(byKind('account'), ['pb-5530-0192']);
  });

  it('labelled numbers without separators and device identifiers', () => {
    const found = idsOf('The Target Telephone is MSISDN 17045550143, MEID A10000009296F2, telephone number 7045550143.');
    assert.deepEqual(found.map((f) => [f.kind, f.normalized]), [['phone', '7045550143'], ['imei', 'a10000009296f2'], ['phone', '7045550143']]);
  });

  it('usernames and handles without digits', () => {
    const found = idsOf('The Target Account is the Snapchat account with username "kestrel_nine" and the Instagram handle @night.owl.');
    assert.deepEqual(found.filter((f) => f.kind === 'account').map((f) => f.normalized), ['kestrel_nine', 'night.owl']);
  });

  it('tells the target from numbers in passing', () => {
    const found = idsOf(
      `The Government applies for an order on the cellular telephone assigned call number (704) 555-0143 (the "Target Telephone"). The victim received calls on her own telephone, (704) 555-0190, from the Target Telephone. Special Agent Roe may be reached at (704) 555-0100. Between May 7 and June 26 the device recorded connections between the Target IP Address and 203.0.113.201.`,
    );
    const role = (t: string) => found.find((f) => f.text === t)?.role;
    assert.equal(role('(704) 555-0143'), 'target');
    assert.equal(role('(704) 555-0190'), 'incidental');
    assert.equal(role('(704) 555-0100'), 'incidental');
    assert.equal(role('203.0.113.201'), 'other');
  });

  it('reads table cells under their column header, or their row label in key/value tables', () => {
    const wide = idsOf('| No. | WhatsApp account (registered number) | Agent contact |\n| --- | --- | --- |\n| 1 | +86 555 0100 0131 | (614) 555-0100 |\n');
    assert.deepEqual(wide.map((f) => [f.text, f.role]), [['+86 555 0100 0131', 'target'], ['(614) 555-0100', 'incidental']]);
    const keyValue = idsOf('| Item | Detail |\n| --- | --- |\n| Identifier | IPv4 192.0.2.44 (static) |\n| Provider | Brineworth Fiber, LLC |\n');
    assert.deepEqual(keyValue.map((f) => [f.text, f.role]), [['192.0.2.44', 'target']]);
  });

  it('IPv6 addresses compare in canonical form, with "::" anywhere; a time is not one', () => {
    const found = idsOf('The pen register will be installed on IP addresses 2001:0DB8:0000:0000:0000:0000:0000:0001, 2001:db8::abcd:1 and fe80::. The order was signed at 10:30:00.');
    assert.deepEqual(found.filter((f) => f.kind === 'ip').map((f) => f.normalized), ['2001:db8::1', '2001:db8::abcd:1', 'fe80::']);
  });

  it('the order and the application naming one IPv6 address in two spellings agree', () => {
    const text = `# APPLICATION\n\nThe Government applies for a pen register on the target IP address 2001:db8:0:0:0:0:0:1 (the "Target Address").\n\n# [PROPOSED] ORDER\n\nIT IS ORDERED that the FBI may install and use a pen register on IP address 2001:db8::1.\n`;
    assert.deepEqual(findingsOf(text, 'draft-inconsistent-identifier'), []);
    assert.equal(findingsOf(text.replace('2001:db8::1.', '2001:db8::2.'), 'draft-inconsistent-identifier').length, 1);
  });

  it('a case number or a date is not an identifier', () => {
    assert.deepEqual(idsOf('Case No. 3:24-mj-00088. Case No. 24 M 0388. Entered on May 6, 2024 at 10:20 p.m.'), []);
  });
});
