// The request model (draft/requests.ts): what is a request, how it is governed, which way it looks, under which
// authority; and the scope rules' quick-fixes.
import assert from 'node:assert/strict';
import { buildDraft, lint, applyFixes, resolveConfig } from '../../server/src/engine/index.js';
import { findCues, governance } from '../../server/src/engine/draft/negation.js';
import { requestAt, type Request, type RequestFacts } from '../../server/src/engine/draft/requests.js';
import { findingsOf } from '../helpers.js';

const PRTT = 'The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone.';
const HYBRID = 'The United States applies under 18 U.S.C. §§ 3122, 3123, and 2703(d) for an Order authorizing a pen register and trap and trace device and the disclosure of records.';

function facts(text: string): RequestFacts {
  return buildDraft(text, { forceDraft: true }).requests;
}
function requestWith(f: RequestFacts, words: string): Request {
  const r = f.requests.find((q) => q.sentence.text.includes(words));
  assert.ok(r, `a request holds ${JSON.stringify(words)}; requests: ${f.requests.map((q) => q.sentence.text).join(' | ')}`);
  return r!;
}
function item(r: Request, words: string) {
  const it = r.items.find((i) => i.text.includes(words) || words.includes(i.text));
  assert.ok(it, `item ${words} in ${r.items.map((i) => i.text).join(', ')}`);
  return it!;
}

describe('request model', () => {
  it('a request: governing verb, items, authority, direction, negated items and the words that govern them', () => {
    const f = facts(`${PRTT}\n\nThe Government seeks the numbers dialed and the cell-site data for each call, but not the contents of any call.\n`);
    assert.equal(f.basis, 'prtt-only');
    const r = requestWith(f, 'numbers dialed');
    assert.equal(r.via, 'verb');
    assert.equal(r.governing.text, 'seeks');
    assert.equal(r.direction, 'prospective');
    assert.equal(r.authority, 'prtt-only');
    assert.equal(r.part, 'application');
    assert.equal(item(r, 'cell-site data').category, 'location');
    assert.equal(item(r, 'cell-site data').negated, false);
    const contents = item(r, 'contents');
    assert.equal(contents.category, 'contents');
    assert.equal(contents.negated, true);
    assert.deepEqual(contents.governedBy.map((g) => g.text), ['but not']);
    assert.ok(f.contentDisclaimer, 'the negated contents item is a disclaimer');
  });

  it('a lead-in governs the list items that follow it; a negative lead-in negates them', () => {
    const f = facts(`${PRTT}\n\nThe provider shall disclose the following:\n\n- the numbers dialed;\n- the cell-site location of the handset for each call.\n\nThe Government does not seek the following:\n\n- the contents of any communication;\n- any subject line.\n`);
    const asked = requestWith(f, 'cell-site location');
    assert.equal(asked.via, 'lead-in');
    assert.equal(item(asked, 'cell-site location').negated, false);
    const refused = requestWith(f, 'any subject line');
    assert.equal(refused.via, 'lead-in');
    assert.equal(item(refused, 'subject line').negated, true);
  });

  it('a paragraph label or a section title makes a verbless sentence a request; a negative label negates it', () => {
    const f = facts(`${PRTT}\n\n**Information sought.** The numbers dialed and the GPS coordinates of the handset.\n\n**Excluded information.** Contents, subject lines, and full URLs.\n\n## Records requested\n\nToll records for the ninety (90) days preceding the date of the Order.\n`);
    const label = requestWith(f, 'GPS');
    assert.equal(label.via, 'label');
    assert.equal(item(label, 'GPS').negated, false);
    const excluded = requestWith(f, 'full URLs');
    assert.ok(excluded.items.every((i) => i.negated), 'every excluded item is negated');
    const section = requestWith(f, 'Toll records');
    assert.equal(section.via, 'section');
    assert.equal(section.direction, 'historical');
    assert.equal(section.lookBack?.days, 90);
    assert.match(section.lookBack!.text, /ninety \(90\) days preceding/);
  });

  it('headings, quotations, definitions and background facts are mentions, not requests', () => {
    const f = facts(
      `${PRTT}\n\n## Cell-site location information\n\n> A pen register "shall not include the contents of any communication." 18 U.S.C. § 3127(3).\n\nThe term "contents" means any information concerning the substance of a communication.\n\n## Background\n\nOn May 1, 2024, the suspect sent photographs to a buyer, and his phone was located by GPS.\n`,
    );
    assert.equal(f.requests.filter((r) => r.items.some((i) => !i.negated && i.category !== 'traffic')).length, 0);
    const reasons = new Set(f.mentions.map((m) => m.reason));
    for (const reason of ['heading', 'quotation', 'definition', 'background'] as const) assert.ok(reasons.has(reason), `a ${reason} mention (${[...reasons].join(', ')})`);
  });

  it('a look-back from a past date to the present, and "since", are historical; the forward period is prospective', () => {
    const f = facts(`${PRTT}\n\nThe provider shall disclose all records from January 1, 2021 to the present. Executed on March 1, 2021.\n\nThe Government seeks the numbers dialed for sixty (60) days from the date of the Order.\n`);
    const back = requestWith(f, 'January 1, 2021');
    assert.equal(back.direction, 'historical');
    assert.equal(back.lookBack?.days, 59);
    assert.equal(requestWith(f, 'sixty (60) days').direction, 'prospective');
  });

  it('call detail records delivered in real time look forward', () => {
    const f = facts(`${PRTT}\n\nThe provider shall furnish call detail records in real time for the duration of this Order.\n`);
    assert.equal(requestWith(f, 'call detail records').direction, 'prospective');
  });

  it('the authority set: hybrid, warrant and Title III; a request records the sections it cites itself', () => {
    assert.equal(facts(`${HYBRID}\n\nThe Government seeks the numbers dialed.\n`).basis, 'hybrid');
    assert.equal(facts('The United States applies under Fed. R. Crim. P. 41 and 18 U.S.C. § 3123 for a warrant and pen register order.\n\nThe Government seeks the numbers dialed.\n').basis, 'warrant');
    assert.equal(facts('The United States applies under 18 U.S.C. §§ 2518 and 3123 for an order authorizing interception and a pen register.\n').basis, 'title3');
    const f = facts(`${HYBRID}\n\n**Subscriber records, 18 U.S.C. § 2703(c)(2).** Name, address, and means and source of payment.\n`);
    assert.deepEqual(requestWith(f, 'source of payment').citedHere, ['2703c']);
  });

  it('a table of information: a row that answers "No" keeps its item out; the header row is a heading', () => {
    const text = `${PRTT}\n\n## Information to be recorded\n\n| Category | Requested |\n| --- | --- |\n| Numbers dialed | Yes |\n| Cell-site location | No |\n| Contents of communications | Not requested |\n| GPS coordinates of the handset | Yes |\n`;
    const found = findingsOf(text, ['scope-location-prtt-only', 'scope-contents']);
    assert.deepEqual(found.map((x) => `${x.ruleId}: ${text.slice(x.start, x.end)}`), ['scope-location-prtt-only: GPS coordinates']);
  });

  it('requestAt: the request and item under an offset, or a mention with its reason (for the hover)', () => {
    const text = `${PRTT}\n\nThe Government seeks the GPS location of the handset.\n\n## Background\n\nThe subject left a voicemail for a buyer.\n`;
    const f = facts(text);
    const hit = requestAt(f, text.indexOf('GPS') + 1);
    assert.equal(hit.item?.category, 'location');
    assert.equal(hit.request?.governing.text, 'seeks');
    const miss = requestAt(f, text.indexOf('voicemail') + 2);
    assert.equal(miss.request, undefined);
    assert.equal(miss.mention?.category, 'contents');
  });

  it('a Title III draft may ask for contents', () => {
    const text = 'The United States applies under 18 U.S.C. §§ 2518 and 3123 for an order authorizing interception and a pen register.\n\nThe Government seeks the contents of wire communications over the Target Telephone.\n';
    assert.deepEqual(findingsOf(text, 'scope-contents'), []);
  });

  it('negation scope: a clause, an exception\'s coordinated phrase, a contrast\'s own phrase', () => {
    const check = (sentence: string, words: string, negated: boolean) => {
      const at = sentence.indexOf(words);
      assert.equal(governance(findCues(sentence), at, at + words.length).negated, negated, `${words} in ${sentence}`);
    };
    check('The Government does not seek contents, and it seeks cell-site data.', 'cell-site data', false);
    check('The Government does not seek contents or cell-site data.', 'cell-site data', true);
    check('The provider shall disclose headers other than the subject line and body, together with the date.', 'body', true);
    check('The provider shall disclose headers other than the subject line and body, together with the date.', 'date', false);
    check('The provider shall disclose headers, but not the subject line, and the full URLs.', 'full URLs', false);
    check('The provider shall disclose headers, excluding the subject line, body, or attachments.', 'attachments', true);
    check('Cell-site data shall not be disclosed.', 'Cell-site data', true);
    check('The Government does not seek to exclude subject lines.', 'subject lines', false);
    check('Any request for location information is being made by a separate warrant application.', 'location information', true);
  });
});

describe('request spans in hard-wrapped and hand-lettered drafts', () => {
  it('an item in a hard-wrapped list item is reported at its own words', () => {
    const text = `${PRTT}\n\n1. The Government seeks the numbers dialed from the\n   Target Telephone and the\n   cell-site data for each call and the\n   GPS location of the handset.\n`;
    const f = findingsOf(text, 'scope-location-prtt-only');
    assert.equal(f.length, 1);
    assert.ok(text.slice(f[0].start, f[0].end).startsWith('cell-site data for each call and the\n   GPS location'), text.slice(f[0].start, f[0].end));
  });

  it('items lettered by hand under a lead-in in the same list item are requests', () => {
    const text = `${PRTT}\n\n3. The applicant prays that the Court order the carrier to deliver, for sixty days:\n\n   a. the numbers dialed;\n   b. the wording of every SMS sent or received;\n   c. the account holder's full name, billing address, and method of payment.\n\n4. The applicant does not ask for the contents of voice calls.\n`;
    const f = findingsOf(text, ['scope-contents', 'scope-subscriber-records-prtt-only']);
    assert.deepEqual(f.map((x) => `${x.ruleId}: ${text.slice(x.start, x.end)}`), [
      'scope-contents: wording of every SMS',
      "scope-subscriber-records-prtt-only: account holder's full name, billing address, and method of payment",
    ]);
  });
});

describe('plain-text headings and restated requests', () => {
  it('a numbered line without a period ("III. Relief requested") titles the paragraphs under it', () => {
    const text = `${HYBRID}\n\nIII. Relief requested\n\n3. Prospectively, for sixty days, the numbers dialed and received.\n\n4. Historically, for the period from January 1, 2024 to the date of the Order, the numbers dialed and received, together with the cell sites used.\n\nExecuted on March 4, 2024.\n`;
    const f = facts(text);
    assert.equal(requestWith(f, 'Prospectively').direction, 'prospective');
    const back = requestWith(f, 'Historically');
    assert.equal(back.via, 'section');
    assert.equal(back.direction, 'historical');
    assert.equal(back.lookBack?.days, 63);
    assert.deepEqual(findingsOf(text, 'scope-historical-csli-without-warrant').map((x) => [x.severity, text.slice(x.start, x.end)]), [['error', 'cell sites']]);
  });

  it('the same ask restated in one part is one finding, the restatement related, and the strike fix strikes both', () => {
    const text = `${PRTT}\n\nThe Government seeks the GPS location of the handset.\n\nWHEREFORE, the Government requests an Order authorizing the numbers dialed and the GPS location of the handset.\n`;
    const f = lint(text, { forceDraft: true, only: ['scope-location-prtt-only'], config: resolveConfig() }).findings;
    assert.equal(f.length, 1);
    assert.equal(f[0].related?.length, 1);
    assert.ok(text.slice(f[0].related![0].start, f[0].related![0].end).includes('GPS'));
    const out = applyFixes(text, [{ ...f[0], fixes: [f[0].fixes![0]] }], 'all').text;
    assert.ok(!out.includes('GPS'), out);
    assert.ok(out.includes('authorizing the numbers dialed'), out);
  });
});

describe('scope quick-fixes', () => {
  const fixed = (text: string, rule: string, which = 0) => {
    const f = lint(text, { forceDraft: true, only: [rule], config: resolveConfig() }).findings[0];
    assert.ok(f, `${rule} fires`);
    assert.ok(f.fixes && f.fixes[which], `fix #${which}`);
    assert.equal(f.fixes[which].kind, 'suggestion');
    return applyFixes(text, [{ ...f, fixes: [f.fixes[which]] }], 'all').text;
  };

  it('strikes a content item from a list and leaves the rest of the request', () => {
    const text = `${PRTT}\n\nThe Government seeks the numbers dialed, the date and time of each call, and the audio of each call.\n\nIt does not seek any other contents of any communication.\n`;
    assert.equal(fixed(text, 'scope-contents'), `${PRTT}\n\nThe Government seeks the numbers dialed, the date and time of each call.\n\nIt does not seek any other contents of any communication.\n`);
  });

  it('strikes a list item that asks only for the defective item', () => {
    const text = `${PRTT}\n\nThe provider shall disclose the following:\n\n- the numbers dialed;\n- the search queries entered by the user;\n- the date and time of each session.\n`;
    assert.equal(fixed(text, 'scope-search-terms'), `${PRTT}\n\nThe provider shall disclose the following:\n\n- the numbers dialed;\n- the date and time of each session.\n`);
  });

  it('offers the content disclaimer with the strike when the draft has none', () => {
    const text = `${PRTT}\n\n## Information sought\n\nThe Government seeks the numbers dialed and the body of each text message.\n\n## Period\n\nSixty (60) days.\n`;
    const f = lint(text, { forceDraft: true, only: ['scope-contents'], config: resolveConfig() }).findings[0];
    assert.deepEqual(f.fixes?.map((x) => x.title), ['Strike the content request', 'Insert the content disclaimer and the § 3121(c) recital']);
    const out = applyFixes(text, [{ ...f, fixes: [f.fixes![1]] }], 'all').text;
    assert.ok(out.includes('body of each text message.\n\nThe Government does not seek, and this Order does not authorize, the acquisition of the contents of any communication.'), out);
    assert.ok(out.indexOf('§ 3121(c).') < out.indexOf('## Period'), 'inserted at the end of the section that holds the request');
  });

  it('cites § 2703(c)/(d) in the authority clause for subscriber records', () => {
    const text = `${PRTT}\n\nThe Government seeks the subscriber's name, address, and length of service.\n`;
    assert.ok(fixed(text, 'scope-subscriber-records-prtt-only').startsWith('The United States applies under 18 U.S.C. §§ 3122 and 3123 and 18 U.S.C. § 2703(c)(1)(B), (c)(2), and (d) for an Order'));
  });

  it('inserts the no-affirmative-use limitation after a PCTDD request, naming the agency', () => {
    const text = `${PRTT} The investigation is being conducted by the Drug Enforcement Administration ("DEA").\n\nThe Government seeks all post-cut-through dialed digits.\n`;
    assert.ok(fixed(text, 'scope-pctdd').includes('post-cut-through dialed digits. To the extent post-cut-through dialed digits constitute contents, DEA shall make no affirmative investigative use of them.'));
  });

  it('replaces a location-only request with the warrant placeholder', () => {
    const text = `${PRTT}\n\nThe Government seeks the GPS coordinates of the handset.\n`;
    assert.equal(fixed(text, 'scope-location-prtt-only'), `${PRTT}\n\n[Location information requires a warrant — see separate application.]\n`);
  });
});
