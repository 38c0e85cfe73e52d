// Adversarial inputs for the request model and the scope rules: long runs of white space, of "(", "§" and quotation
// marks, run-on sentences with thousands of items, negations or exceptions, a request repeated thousands of times,
// thousands of lead-ins, a 1 MB draft. No wall-clock assertion: each size is one that a quadratic path (a regex that
// retries a white-space run from each of its spaces, a scan of the whole sentence per item or per cue) takes minutes
// on, past mocha's timeout; linear, each takes well under a second of the request model's time.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildDraft, lint, rules } from '../../server/src/engine/index.js';
import { findCues, clauseBoundaries, governance } from '../../server/src/engine/draft/negation.js';

const SCOPE = rules.filter((r) => r.id.startsWith('scope-')).map((r) => r.id);
const PRTT = 'The United States applies under 18 U.S.C. §§ 3122 and 3123 for an Order authorizing a pen register and trap and trace device on the Target Telephone.';
const DISCLAIMER = 'The Government does not seek the contents of any communication.';

function scope(text: string) {
  return lint(text, { forceDraft: true, only: SCOPE }).findings;
}
function ids(text: string): string[] {
  return scope(text).map((f) => f.ruleId).sort();
}

describe('scope rules on adversarial inputs (linear time)', function () {
  // the parse of these inputs (not the code under test) takes a few seconds on a loaded machine
  this.timeout(60_000);

  it('200,000 spaces inside a request: the items on either side are still found', () => {
    const text = `${PRTT}\n\nThe Government seeks the numbers dialed${' '.repeat(200_000)}and the cell-site data for each call.\n\n${DISCLAIMER}\n`;
    const found = scope(text);
    assert.deepEqual(found.map((f) => f.ruleId), ['scope-location-prtt-only']);
    assert.match(text.slice(found[0].start, found[0].end), /cell-site data/);
  });

  it('200,000 spaces and tabs between "but" clauses: clause boundaries found once per run', () => {
    const sentence = `The Government seeks the numbers dialed${' \t'.repeat(100_000)}and the date and time of each call${' '.repeat(100_000)}but${' '.repeat(100_000)}not the contents of any call.`;
    const bounds = clauseBoundaries(sentence);
    assert.equal(bounds.length, 1);
    const cues = findCues(sentence);
    const at = sentence.indexOf('contents');
    assert.equal(governance(cues, at, at + 8).negated, true);
  });

  for (const [name, run] of [['"("', '('], ['"§"', '§'], ['"§ "', '§ '], ['straight quotation marks', '"'], ['opening curly quotation marks', '“'], ['"; "', '; ']] as const) {
    it(`100,000 ${name} before a request: the request after them is still judged`, () => {
      const text = `${PRTT}\n\nThe Government seeks the numbers dialed ${run.repeat(100_000)} records.\n\nThe Government also seeks the subject line of each e-mail.\n\n${DISCLAIMER}\n`;
      assert.deepEqual(ids(text), ['scope-subject-line']);
    });
  }

  it('100,000 spaces inside table cells under a "Sought" column', () => {
    const gap = ' '.repeat(100_000);
    const text = `${PRTT}\n\n| Information | Sought |\n| --- | --- |\n| Full URLs of web pages visited | Yes${gap}x |\n| Subject lines${gap}of e-mails | Yes |\n\n${DISCLAIMER}\n`;
    assert.deepEqual(ids(text), ['scope-subject-line']);
  });

  it('a run-on sentence of 8,000 items asked for: one finding for the contents at its end', () => {
    const text = `${PRTT}\n\nThe Government seeks ${'the numbers dialed, '.repeat(8_000)}and the contents of each communication.\n`;
    const found = scope(text).filter((f) => f.ruleId !== 'scope-content-disclaimer-missing');
    assert.deepEqual(found.map((f) => f.ruleId), ['scope-contents']);
    assert.equal(text.slice(found[0].start, found[0].end), 'contents');
    assert.ok(found[0].start > text.indexOf('and the contents'));
  });

  it('a run-on sentence of 6,000 negations and exceptions: every item kept out, nothing reported', () => {
    const text = `${PRTT}\n\nThe Government does not seek ${'no contents other than the URLs, '.repeat(6_000)}and no calls.\n\n${DISCLAIMER}\n`;
    assert.deepEqual(ids(text), []);
    const requests = buildDraft(text, { forceDraft: true }).requests;
    const mentions = requests.mentions.filter((m) => m.category === 'contents' || m.category === 'full-url');
    assert.ok(mentions.length >= 12_000, `${mentions.length} mentions`);
    // the cues listed for one item are the nearest ones, not thousands
    assert.ok(mentions.every((m) => m.governedBy.length <= 48));
  });

  it('a run-on exception list of 10,000 items: the exception governs its own phrase, not the whole sentence', () => {
    const sentence = `The Government seeks the records other than the contents, ${'the numbers dialed, '.repeat(10_000)}and the subject lines.`;
    const cues = findCues(sentence);
    assert.equal(cues.length, 1);
    const contents = sentence.indexOf('contents');
    assert.equal(governance(cues, contents, contents + 8).negated, true);
    const subject = sentence.indexOf('subject lines');
    assert.equal(governance(cues, subject, subject + 13).negated, false);
  });

  it('one defect asked for 5,000 times: one finding, the others related, one strike edit each', () => {
    const text = `${PRTT}\n\n${'The Government seeks the full URLs visited by the user.\n\n'.repeat(5_000)}${DISCLAIMER}\n`;
    const found = scope(text);
    assert.deepEqual(found.map((f) => f.ruleId), ['scope-full-url']);
    assert.equal(found[0].related?.length, 4_999);
    assert.equal(found[0].fixes?.[0].edits.length, 5_000);
  });

  it('5,000 simulator and location requests in turn: each location request is the simulator\'s defect', () => {
    const text = `${PRTT}\n\n${'The Government seeks authority to use a cell-site simulator.\n\nThe Government seeks the cell-site location of the device.\n\n'.repeat(5_000)}${DISCLAIMER}\n`;
    assert.deepEqual(ids(text), ['scope-cell-site-simulator']);
  });

  it('4,000 lead-ins in a row, each with its list item', () => {
    const text = `${PRTT}\n\n${'The Government seeks the following information:\n\n- the subject line of each e-mail\n\n'.repeat(4_000)}${DISCLAIMER}\n`;
    const found = scope(text);
    assert.deepEqual(found.map((f) => f.ruleId), ['scope-subject-line']);
    assert.equal(found[0].related?.length, 3_999);
  });

  it('a 300 KB single line of requests (the longest paragraph the parser keeps whole)', () => {
    const line = 'The Government seeks the numbers dialed from the Target Telephone for sixty days. '.repeat(3_700);
    const text = `${PRTT}\n\n${line}The Government seeks the search terms entered by the user. ${DISCLAIMER}\n`;
    assert.ok(text.length > 300_000);
    assert.deepEqual(ids(text), ['scope-search-terms']);
  });

  it('a 1 MB single line (more than the parser keeps as one paragraph): the request after it is still judged', () => {
    const line = 'The Government seeks the numbers dialed from the Target Telephone for sixty days. '.repeat(12_500);
    const text = `${PRTT}\n\n${line}\n\nThe Government seeks the search terms entered by the user. ${DISCLAIMER}\n`;
    assert.ok(line.length > 1_000_000);
    assert.deepEqual(ids(text), ['scope-search-terms']);
  });

  it('a 1 MB draft: a corpus draft repeated, findings where the original has them', () => {
    const one = readFileSync('test/fixtures/corpus/drafts/02-dea-fentanyl-phone.md', 'utf8');
    const defect = 'The Government also seeks the subject line of each e-mail.';
    const text = `${one}\n\n${defect}\n\n${Array.from({ length: 140 }, () => one).join('\n\n')}`;
    assert.ok(text.length > 1_000_000);
    const found = scope(text);
    assert.deepEqual([...new Set(found.map((f) => f.ruleId))], ['scope-subject-line']);
    assert.equal(text.slice(found[0].start, found[0].end), 'subject line');
  });
});
