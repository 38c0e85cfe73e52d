// Hostile inline markup (issue 8, `brackets-1mb`): a paragraph of `[_` repeated. micromark pairs emphasis sequences
// by walking back over every event before each closer and splicing the event list at every pair (quadratic), and
// makes events, tokens and mdast objects for every marker (gigabytes for a megabyte). The parser bounds both: past
// MAX_ATTENTION_SEQUENCES in one inline content no sequence is paired, and a run of lines dense in `[`, `]`, `_`, `*`
// is parsed as plain text with its characters put back. Offsets stay exact; `[____]` and `___` stay in the text.
import assert from 'node:assert/strict';
import type { Nodes, Parents } from 'mdast';
import { parse, parseWhole, neutralizeDenseMarkup, attentionStats, DENSE_MARKUP_MIN, MAX_ATTENTION_SEQUENCES } from '../../server/src/engine/parse.js';

function countNodes(root: Nodes, type?: string): number {
  let count = 0;
  const stack: Nodes[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (!type || node.type === type) count++;
    if ('children' in node) for (const c of (node as Parents).children as Nodes[]) stack.push(c);
  }
  return count;
}

const CAPTION = '# APPLICATION FOR A PEN REGISTER\n\n';

describe('hostile inline markup: emphasis and brackets', () => {
  it('parses 100,000 `[_` in one paragraph into a handful of nodes, as text, at exact offsets', function () {
    // minutes before the bounds (the pairing walks are quadratic), and 50,000 emphasis nodes
    this.timeout(180000);
    const text = CAPTION + 'The applicant is ' + '[_'.repeat(100000) + '\n';
    const parsed = parse(text);
    assert.ok(countNodes(parsed.tree) < 10, `${countNodes(parsed.tree)} nodes`);
    const paragraph = parsed.blocks.find((b) => b.kind === 'paragraph')!;
    const first = paragraph.sentences[0];
    assert.ok(first.text.startsWith('The applicant is [_[_[_'), first.text.slice(0, 40));
    const at = first.text.indexOf('[_');
    assert.equal(first.toSource(at), text.indexOf('[_'));
    const last = paragraph.sentences[paragraph.sentences.length - 1];
    assert.equal(last.end, text.length - 1);
    assert.equal(text.slice(last.end - 4, last.end), '[_[_');
  });

  it('leaves unpaired any emphasis past MAX_ATTENTION_SEQUENCES in one paragraph (sparse closers, not dense)', function () {
    this.timeout(180000);
    const before = attentionStats.unresolved;
    // 10,000 closers that find no opener: each walked back over the whole paragraph
    const text = CAPTION + 'word_ '.repeat(10000) + '\n';
    const parsed = parseWhole(text);
    assert.equal(countNodes(parsed.tree, 'emphasis'), 0);
    assert.ok(attentionStats.unresolved - before >= 10000, 'the sequences were left as text by the bound');
    assert.ok(parsed.sentences.some((s) => s.text.includes('word_ word_')));
  });

  it('pairs emphasis in ordinary paragraphs as Markdown says', () => {
    const pairs = Array.from({ length: MAX_ATTENTION_SEQUENCES / 2 }, (_, i) => `*w${i}*`).join(' ');
    const text = CAPTION + `The *Target* **Telephone** _is_ [(202) 555-0147](tel:2025550147), [____] and ___.\n\n${pairs}\n`;
    const parsed = parseWhole(text);
    assert.equal(countNodes(parsed.tree, 'strong'), 1);
    assert.equal(countNodes(parsed.tree, 'emphasis'), 2 + MAX_ATTENTION_SEQUENCES / 2);
    assert.equal(countNodes(parsed.tree, 'link'), 1);
    const sentence = parsed.sentences.find((s) => s.text.startsWith('The Target'))!;
    assert.equal(sentence.text, 'The Target Telephone is (202) 555-0147, [____] and ___.');
    const k = sentence.text.indexOf('[____]');
    assert.equal(sentence.toSource(k), text.indexOf('[____]'));
  });

  it('keeps placeholders, offsets and block syntax in a dense run of lines', () => {
    const dense = '[____] _x_ '.repeat(DENSE_MARKUP_MIN / 4);
    const text = CAPTION + `- ${dense}\n> *quoted* ___\n***\n\nThe *order* [____] follows.\n`;
    const { text: neutral, restore } = neutralizeDenseMarkup(text);
    assert.ok(restore, 'the run is dense');
    assert.equal(neutral.length, text.length);
    assert.ok(neutral.includes('\n- '), 'the list marker is kept');
    assert.ok(neutral.includes('\n***\n'), 'the thematic break is kept');
    assert.ok(neutral.endsWith('The *order* [____] follows.\n'), 'the next paragraph is untouched');
    const parsed = parseWhole(text);
    assert.equal(countNodes(parsed.tree, 'list'), 1);
    assert.equal(countNodes(parsed.tree, 'blockquote'), 1);
    assert.equal(countNodes(parsed.tree, 'thematicBreak'), 1);
    const item = parsed.sentences.find((s) => s.text.startsWith('[____] _x_'))!;
    assert.ok(item, 'the dense item reads as written');
    const k = item.text.indexOf('_x_');
    assert.equal(item.toSource(k), text.indexOf('_x_'));
    assert.ok(parsed.sentences.some((s) => s.text === '*quoted* ___'), 'the quote continues the dense run, as text');
    assert.ok(parsed.sentences.some((s) => s.text === 'The order [____] follows.'), 'emphasis outside the run is parsed');
  });

  it('leaves the ordinary lines of a dense run to Markdown (a bold table header above rows of placeholders)', () => {
    const rows = Array.from({ length: DENSE_MARKUP_MIN / 8 }, () => '| [____] | [__] |').join('\n');
    const text = CAPTION + '| **Target Telephone** | *Subscriber* |\n| --- | --- |\n' + rows + '\n';
    assert.ok(neutralizeDenseMarkup(text).restore, 'the run is dense');
    const parsed = parseWhole(text);
    assert.equal(countNodes(parsed.tree, 'strong'), 1);
    assert.equal(countNodes(parsed.tree, 'emphasis'), 1);
    const header = parsed.blocks.filter((b) => b.kind === 'tableCell' && b.tableRow === 0).map((b) => b.text);
    assert.deepEqual(header, ['Target Telephone', 'Subscriber']);
    const last = parsed.blocks[parsed.blocks.length - 1];
    assert.equal(last.text, '[__]');
    assert.equal(last.sentences[0].start, text.lastIndexOf('[__]'));
  });

  it('parses a dense run chunk by chunk as in one piece, whatever private-use characters the text holds', () => {
    const text = CAPTION + 'Intro.\n\n' + '[_'.repeat(DENSE_MARKUP_MIN) + '\n\nMiddle \uE000 \uE002.\n\n' + '*]'.repeat(DENSE_MARKUP_MIN) + '\n\nEnd *x*.\n';
    const chunked = parse(text);
    const whole = parseWhole(text);
    const view = (p: typeof whole) => p.sentences.map((s) => [s.text, s.start, s.end]);
    assert.deepEqual(view(chunked), view(whole));
    assert.ok(whole.sentences.some((s) => s.text === 'Middle \uE000 \uE002.'));
    assert.ok(whole.sentences.some((s) => s.text.startsWith('*]*]*]')));
  });
});
