// Detection (is it a draft), parts, jurisdiction and authorities.
import assert from 'node:assert/strict';
import { buildDraft } from '../../server/src/engine/index.js';

const caption = 'IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER AUTHORIZING THE INSTALLATION AND USE OF A PEN REGISTER AND TRAP AND TRACE DEVICE ON TELEPHONE NUMBER (202) 555-0100';

describe('draft detection', () => {
  it('takes a caption naming an application for a pen register as a draft', () => {
    assert.equal(buildDraft(`UNITED STATES DISTRICT COURT\n\n${caption}\n\nAPPLICATION\n\nThe United States applies.\n`).isDraft, true);
  });
  it('takes a mixed-case caption as a draft', () => {
    const d = buildDraft('In the Matter of the Application of the District Attorney of Kings County for an Order Authorizing the Installation and Use of a Pen Register and Trap and Trace Device\n\n## ORDER\n\nIT IS ORDERED that ...\n');
    assert.equal(d.isDraft, true);
  });
  it('takes a heading "ORDER AUTHORIZING ... TRAP AND TRACE" as a draft', () => {
    assert.equal(buildDraft('# ORDER AUTHORIZING INSTALLATION OF A TRAP AND TRACE DEVICE\n\nIT IS ORDERED.\n').isDraft, true);
  });
  it('does not take a README or a research memo about pen registers as a draft', () => {
    assert.equal(buildDraft('# prtt-drafts\n\nWorking drafts of pen-register and trap-and-trace papers. Each application for an order goes in drafts/.\n').isDraft, false);
    assert.equal(buildDraft('# Research note: hybrid pen/trap orders after Carpenter\n\nCan we keep using one combined pen register order?\n').isDraft, false);
  });
  it('does not take a mention deep in a document as a caption', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `## Section ${i}\n\nText ${i}.\n`).join('\n');
    assert.equal(buildDraft(`# Notes\n\n${filler}\n# APPLICATION FOR A PEN REGISTER ORDER\n`).isDraft, false);
  });
  it('front matter with a penlint key makes any file a draft, and states its kinds', () => {
    const d = buildDraft('---\npenlint:\n  kind: order\n  jurisdiction: state\n---\nThe Court finds that the certification was made.\n');
    assert.equal(d.isDraft, true);
    assert.deepEqual(d.parts.map((p) => p.kind), ['order']);
    assert.equal(d.jurisdiction, 'state');
  });
  it('config can force a file in or out', () => {
    assert.equal(buildDraft('Just text.\n', { forceDraft: true }).isDraft, true);
    assert.equal(buildDraft(`${caption}\n\nAPPLICATION\n`, { forceDraft: false }).isDraft, false);
  });
  it('survives malformed front matter', () => {
    const d = buildDraft('---\npenlint: [unclosed\n---\n' + caption + '\n');
    assert.equal(d.isDraft, true);
  });
});

describe('parts', () => {
  it('splits an application followed by its proposed order, the caption belonging to the application', () => {
    const text = `${caption}\n\n## APPLICATION\n\nThe United States applies.\n\n## [PROPOSED] ORDER\n\nIT IS HEREBY ORDERED that the application is granted.\n`;
    const d = buildDraft(text);
    assert.deepEqual(d.parts.map((p) => p.kind), ['application', 'order']);
    assert.equal(d.parts[0].start, 0);
    assert.equal(text.slice(d.parts[1].anchor.start, d.parts[1].anchor.end), '## [PROPOSED] ORDER');
    assert.equal(d.parts[0].end, d.parts[1].start);
  });
  it('does not open an order at a section about the original order', () => {
    const text = `${caption}\n\n# APPLICATION FOR EXTENSION\n\n## The original order\n\nThe Court entered an order on May 1.\n\n# [PROPOSED] ORDER EXTENDING AUTHORIZATION\n\nIT IS ORDERED.\n`;
    const d = buildDraft(text);
    assert.deepEqual(d.parts.map((p) => [p.kind, p.extension]), [['application', true], ['order', true]]);
  });
  it('opens an order at decretal language when the order has no title', () => {
    const text = `${caption}\n\nThe Court has considered the application.\n\nIT IS HEREBY ORDERED that the device may be installed.\n`;
    const d = buildDraft(text);
    assert.deepEqual(d.parts.map((p) => p.kind), ['order']);
  });
  it('marks emergency parts', () => {
    const d = buildDraft(`${caption}\n\n## APPLICATION UNDER 18 U.S.C. §§ 3122, 3123 AND 3125\n\nText.\n\n## [PROPOSED] ORDER APPROVING EMERGENCY INSTALLATION\n\nIT IS ORDERED.\n`);
    assert.deepEqual(d.parts.map((p) => p.emergency), [true, true]);
  });
  it('keeps an affidavit apart from the application', () => {
    const d = buildDraft(`${caption}\n\n## APPLICATION\n\nText.\n\n## AFFIDAVIT OF SPECIAL AGENT JANE ROE\n\nI, Jane Roe, being duly sworn.\n`);
    assert.deepEqual(d.parts.map((p) => p.kind), ['application', 'affidavit']);
  });
});

describe('jurisdiction and authorities', () => {
  it('is federal by default and state on § 3122(a)(2), a state statute or a state court', () => {
    assert.equal(buildDraft(`${caption}\n\nAPPLICATION\n\nUnder 18 U.S.C. § 3122(a)(1).\n`).jurisdiction, 'federal');
    assert.equal(buildDraft(`${caption}\n\nAPPLICATION\n\nDetective Roe applies under 18 U.S.C. § 3122(a)(2).\n`).jurisdiction, 'state');
    assert.equal(buildDraft(`SUPREME COURT OF THE STATE OF NEW YORK\n\n${caption}\n\nAPPLICATION\n\nText.\n`).jurisdiction, 'state');
    assert.equal(buildDraft(`${caption}\n\nAPPLICATION\n\nThis application is made under Penal Code § 638.52.\n`).jurisdiction, 'state');
  });
  it('collects the authorities cited, with § 2703(c) & (d) read from a list', () => {
    const d = buildDraft(`${caption}\n\nAPPLICATION\n\nThe Government applies under 18 U.S.C. §§ 3122, 3123 and 2703(c)(1)(B) & (d).\n`);
    assert.ok(d.authorities.has('prtt') && d.authorities.has('2703c') && d.authorities.has('2703d'));
    assert.ok(!d.authorities.has('warrant'));
  });
  it('reads citations with their subsection paths', () => {
    const d = buildDraft(`${caption}\n\nAPPLICATION\n\nPursuant to 18 U.S.C. §§ 3122(a)(1), 3127(5) and Fed. R. Crim. P. 41, and Title 18, United States Code, Section 3123.\n`);
    const refs = d.citations.flatMap((c) => c.refs.map((r) => `${r.title ?? '?'}:${r.section}${r.path.map((p) => `(${p})`).join('')}`));
    assert.deepEqual(refs, ['18:3122(a)(1)', '18:3127(5)', '18:3123']);
    assert.ok(d.citations.some((c) => c.rule?.number === '41'));
    assert.ok(d.authorities.has('warrant'));
  });
});

describe('dates and identifiers', () => {
  it('finds dates in the forms drafts use and marks impossible ones', () => {
    const d = buildDraft(`${caption}\n\nAPPLICATION\n\nOn March 1, 2022, the 3rd day of April, 2023, 5/6/2024, 2022-07-08, February 30, 2022 and Tuesday, March 1, 2022 things happened.\n`);
    assert.deepEqual(d.dates.map((x) => `${x.year}-${x.month}-${x.day}:${x.valid}`), ['2022-3-1:true', '2023-4-3:true', '2024-5-6:true', '2022-7-8:true', '2022-2-30:false', '2022-3-1:true']);
    assert.equal(d.dates[5].weekdayMatches, true);
  });
  it('finds and normalises phones, e-mails and IP addresses', () => {
    const d = buildDraft(`${caption}\n\nAPPLICATION\n\nThe numbers (704) 555-0143, 704-555-0143, +1 704 555 0143 and +853 5550 0148, the account ledger.remit@example.com and 198.51.100.23.\n`);
    const got = d.identifiers.map((i) => `${i.kind}:${i.normalized}`);
    for (const want of ['phone:7045550143', 'phone:85355500148', 'email:ledger.remit@example.com', 'ip:198.51.100.23']) assert.ok(got.includes(want), `${want} in ${got.join(' ')}`);
    assert.equal(got.filter((g) => g === 'phone:7045550143').length, 3);
  });
});

describe('table cells', () => {
  it('read under their own table\'s header, even after a table of one header row', () => {
    // the second table follows a header-only table (its header row must not be taken as a continuation)
    const text = `${caption}\n\nAPPLICATION\n\n| Exhibit | Page |\n| --- | --- |\n\nThe target is listed below.\n\n| Target Telephone | Carrier |\n| --- | --- |\n| (202) 555-0177 | Verizon |\n`;
    const d = buildDraft(text);
    const phone = d.identifiers.find((i) => i.normalized === '2025550177');
    assert.equal(phone?.role, 'target');
  });
});

describe('sentence offsets', () => {
  it('map back to the source in hard-wrapped list items with indented continuation lines', async () => {
    const { parse } = await import('../../server/src/engine/parse.js');
    const text = '1. The Government seeks the numbers dialed\n   and received by the target, and\n   the cell-site location of the phone \\[sic\\] &amp; more.\n';
    const s = parse(text).sentences[0];
    for (const word of ['received', 'cell-site', 'location', 'more']) {
      const i = s.text.indexOf(word);
      assert.equal(text.slice(s.toSource(i), s.toSource(i) + word.length), word, word);
    }
  });
});

describe('order titles', () => {
  it('recognises "MEMORANDUM ORDER" and "AMENDED ORDER" titles as orders', () => {
    for (const title of ['MEMORANDUM ORDER', 'AMENDED ORDER AUTHORIZING PEN REGISTER']) {
      const d = buildDraft(`${caption}\n\n## APPLICATION\n\nText.\n\n## ${title}\n\nIT IS ORDERED.\n`);
      assert.deepEqual(d.parts.map((p) => p.kind), ['application', 'order'], title);
    }
  });
});

describe('orders with no caption or title', () => {
  it('are drafts when decretal language authorizes a pen register or trap and trace device', () => {
    for (const opening of ['ORDERED: the Sheriff may install and use a pen register on (555) 555-0101.', 'It is ORDERED AND ADJUDGED that the FBI may use a trap and trace device.', 'THE COURT ORDERS that a pen register be installed.']) {
      const d = buildDraft(`Upon the application of the District Attorney.\n\n${opening}\n`);
      assert.equal(d.isDraft, true, opening);
      assert.deepEqual(d.parts.map((p) => p.kind), ['order'], opening);
    }
  });
  it('but a memo quoting an order is not a draft', () => {
    assert.equal(buildDraft('# Research note\n\n> IT IS ORDERED that the pen register be installed.\n\nThe court there ORDERED: a pen register.\n').isDraft, false);
  });
});

describe('sentence offsets in long list items', () => {
  it('stay aligned in every sentence after indented continuation lines, even where text repeats', async () => {
    const { parse } = await import('../../server/src/engine/parse.js');
    const text = '1. **Records.** First sentence of the item\n   goes on here; and more\n   and more. Then | a row | that repeats sixty (90) days. | a row | that repeats sixty (90) days. |\n';
    const p = parse(text);
    const hits: number[] = [];
    for (const s of p.sentences) {
      let i = s.text.indexOf('sixty');
      while (i >= 0) {
        hits.push(s.toSource(i));
        i = s.text.indexOf('sixty', i + 1);
      }
    }
    const want = [...text.matchAll(/sixty/g)].map((m) => m.index);
    assert.deepEqual(hits, want);
  });
});

describe('captions that cite the statute', () => {
  it('take a caption "FOR AN ORDER PURSUANT TO 18 U.S.C. §§ 3122 AND 3123" as a draft', () => {
    const d = buildDraft('IN THE MATTER OF THE APPLICATION OF THE UNITED STATES FOR AN ORDER PURSUANT TO 18 U.S.C. §§ 2703(d), 3122 AND 3123 FOR TELEPHONE NUMBER (206) 555-0155\n\nAPPLICATION\n\nText.\n');
    assert.equal(d.isDraft, true);
  });
  it('but not an application under another statute', () => {
    assert.equal(buildDraft('IN THE MATTER OF THE APPLICATION OF THE UNITED STATES FOR AN ORDER PURSUANT TO 18 U.S.C. § 2703(d)\n\nAPPLICATION\n\nText.\n').isDraft, false);
  });
});

describe('a paragraph of a megabyte', function () {
  this.timeout(180000);
  it('is still read sentence by sentence (the sentence parser overflows on it; the plain fallback takes over)', async () => {
    const { lint } = await import('../../server/src/engine/index.js');
    const text = `# APPLICATION FOR A PEN REGISTER ORDER\n\n${'The Government also seeks the contents of all communications. '.repeat(20000)}The order runs for ninety (90) days.\n`;
    const ids = lint(text).findings.map((f) => f.ruleId);
    assert.ok(ids.includes('scope-contents'), ids.join(' '));
    assert.ok(ids.includes('order-duration-exceeds-60'), ids.join(' '));
  });
});
