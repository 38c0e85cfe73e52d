// The order facts the rules and the language server's statutory checklist read.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildDraft } from '../../server/src/engine/index.js';

const corpus = (name: string) => readFileSync(new URL(`../fixtures/corpus/drafts/${name}`, import.meta.url), 'utf8');

describe('order facts', () => {
  it('an application-only draft has no orders', () => {
    assert.deepEqual(buildDraft(corpus('03-hsi-smuggling-agent-application.md')).order.orders, []);
  });

  it('reads every element of a complete order, with the words that state it', () => {
    const text = corpus('02-dea-fentanyl-phone.md');
    const [o] = buildDraft(text).order.orders;
    const said = (e: { span?: { start: number; end: number } }) => (e.span ? text.slice(e.span.start, e.span.end) : undefined);
    assert.equal(o.subscriber.status, 'found');
    assert.equal(said(o.subscriber), 'listed in the name of');
    assert.equal(o.subject.status, 'found');
    assert.equal(said(o.identifier), '(704) 555-0143');
    assert.match(said(o.offense)!, /21 U\.S\.C\. §§ 841\(a\)\(1\) and 846/);
    assert.equal(o.assistance.status, 'found');
    assert.equal(o.sealing.status, 'found');
    assert.equal(o.sealing.indefinite, true);
    assert.equal(o.nondisclosure.status, 'found');
    assert.equal(o.ownDevice.status, 'missing');
    assert.equal(o.record.status, 'missing');
    assert.equal(o.trapDelivery.status, 'found');
    assert.ok(o.decretalStart > o.part.anchor.end);
    assert.match(text.slice(o.insertAt - 30, o.insertAt), /18 U\.S\.C\. § 3123\(d\)\(2\)\.$/);
  });

  it('draft-wide checklist fields come from the order (none for an application-only draft)', () => {
    const text = corpus('06-atf-straw-purchase-phone.md');
    const facts = buildDraft(text).order;
    assert.equal(facts.subscriber?.status, 'missing');
    assert.equal(facts.subject?.status, 'found');
    assert.equal(text.slice(facts.identifier!.span!.start, facts.identifier!.span!.end), '(813) 555-0126');
    assert.equal(facts.sealing?.status, 'found');
    assert.equal(buildDraft(corpus('05-bec-email-account-application.md')).order.subscriber, undefined);
  });

  it('"unknown" elements and a foreign-number table (WhatsApp)', () => {
    const [o] = buildDraft(corpus('04-dea-whatsapp-china-macau.md')).order.orders;
    assert.equal(o.subscriber.status, 'unknown');
    assert.equal(o.subject.status, 'unknown');
    assert.equal(o.targets.length, 5);
  });

  it('an order-only file: own device, record and its deadline', () => {
    const text = corpus('07-fbi-ransomware-ip-order.md');
    const d = buildDraft(text);
    const [o] = d.order.orders;
    assert.equal(d.parts.length, 1);
    assert.equal(o.ownDevice.status, 'found');
    assert.equal(o.record.status, 'found');
    assert.equal(o.record.deadline?.days, 45);
    assert.equal(o.record.deadline?.triggerOk, true);
    assert.equal(o.sealing.status, 'missing');
    assert.equal(o.subscriber.status, 'found', 'from the target-facility table');
    assert.deepEqual(d.order.names, { agency: 'FBI', provider: 'Quillmark Fiber', identifier: '198.51.100.23' });
  });

  it('a State order: names from the application fill what the order lacks', () => {
    const d = buildDraft(corpus('14-ny-kings-robbery-state.md'));
    const [o] = d.order.orders;
    assert.equal(d.jurisdiction, 'state');
    assert.equal(o.subject.status, 'missing');
    assert.equal(o.offense.status, 'missing');
    assert.equal(o.geoLimits.status, 'missing');
    assert.equal(o.authorizesTrap, true);
    assert.equal(d.order.names.subject, 'Tremaine Oakhurst');
  });

  it('agency names are not offenses', () => {
    const text = `# ORDER\n\nThe Court FINDS that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by the Bureau of Alcohol, Tobacco, Firearms and Explosives ("ATF") of the Department of Justice, and by the Drug Enforcement Administration.\n\nIT IS ORDERED that ATF may install and use a pen register on telephone number (813) 555-0126.\n`;
    assert.equal(buildDraft(text, { forceDraft: true }).order.orders[0].offense.status, 'missing');
  });
});
