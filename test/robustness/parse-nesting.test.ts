// Hostile nesting (issue 8, `nested-indented`): list items each indented under the one before (a staircase) nest as
// deep as there are lines, and mdast walks a list's events once per enclosing list (quadratic). The parser bounds the
// depth (limitNesting): a container marker far into its line is read as spaces, the line continues the item before.
// Ordinary nesting is parsed as Markdown says; a chunk still parses as it does inside the whole text.
import assert from 'node:assert/strict';
import type { Nodes, Parents } from 'mdast';
import { parse, parseWhole, limitNesting, MAX_MARKER_INDENT } from '../../server/src/engine/parse.js';
import { lint } from '../../server/src/engine/index.js';

/** The deepest list nesting in a tree (iterative: the tree may be deep). */
function maxListDepth(root: Nodes): number {
  let max = 0;
  const stack: Array<[Nodes, number]> = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    const d = node.type === 'list' ? depth + 1 : depth;
    if (d > max) max = d;
    if ('children' in node) for (const c of (node as Parents).children as Nodes[]) stack.push([c, d]);
  }
  return max;
}

const staircase = (n: number, indent = '  ', bullet = '-') => Array.from({ length: n }, (_, i) => `${indent.repeat(i)}${bullet} item ${i} for sixty (60) days`).join('\n');

describe('hostile nesting: items indented one level deeper per line', () => {
  it('bounds the list depth of a staircase by MAX_MARKER_INDENT, not by its number of lines', function () {
    this.timeout(60000);
    const text = staircase(400);
    const depth = maxListDepth(parseWhole(text).tree);
    // before the bound this was 400 lists deep
    assert.ok(depth <= MAX_MARKER_INDENT / 2 + 1, `list depth ${depth}`);
    assert.ok(depth >= 10, `ordinary depths are kept (got ${depth})`);
  });

  it('bounds a staircase of ordered items and of tabs too', function () {
    this.timeout(60000);
    for (const text of [staircase(300, '   ', '1.'), staircase(300, '\t')]) {
      const depth = maxListDepth(parseWhole(text).tree);
      assert.ok(depth <= MAX_MARKER_INDENT + 1, `list depth ${depth}`);
    }
  });

  it('keeps every line of the staircase as text, at its own offsets', function () {
    this.timeout(60000);
    const n = 300;
    const text = staircase(n);
    const parsed = parseWhole(text);
    for (let i = 0; i < n; i++) {
      const word = `item ${i} for`;
      const at = text.indexOf(word, text.indexOf(`item ${i} `));
      const sentence = parsed.sentences.find((s) => s.start <= at && s.end > at);
      assert.ok(sentence, `item ${i} is in a sentence`);
      const k = sentence!.text.indexOf(`item ${i} for`);
      assert.ok(k >= 0, `item ${i} is in the text of its sentence`);
      assert.equal(sentence!.toSource(k), at, `item ${i} maps back to its offset`);
    }
  });

  it('replaces markers by spaces of the same length, and only markers past the bound', () => {
    const deep = ' '.repeat(MAX_MARKER_INDENT + 1) + '- deep item\n';
    const shallow = ' '.repeat(MAX_MARKER_INDENT) + '- kept item\n';
    const out = limitNesting(deep + shallow);
    assert.equal(out.length, (deep + shallow).length);
    assert.equal(out, ' '.repeat(MAX_MARKER_INDENT + 3) + 'deep item\n' + shallow);
    // markers on one line: those past the bound
    const line = '>'.repeat(MAX_MARKER_INDENT + 1) + '>> x';
    assert.equal(limitNesting(line), '>'.repeat(MAX_MARKER_INDENT + 1) + '   x');
  });

  it('parses the nesting of ordinary drafts as before (six levels, four spaces each)', () => {
    const text = ['1. First', '    (a) x', '    - a', '        - b', '            - c', '                - d', '                    - e', '                        - f for sixty (60) days'].join('\n');
    assert.equal(limitNesting(text), text);
    assert.equal(maxListDepth(parseWhole(text).tree), 7);
  });

  it('parses a long staircase chunk by chunk as in one piece', function () {
    this.timeout(60000);
    const text = '# Title\n\n' + [staircase(200), 'Paragraph.', staircase(150, '    ')].join('\n\n') + '\n';
    const chunked = parse(text);
    const whole = parseWhole(text);
    assert.deepEqual(
      chunked.sentences.map((s) => [s.text, s.start, s.end]),
      whole.sentences.map((s) => [s.text, s.start, s.end]),
    );
  });

  it('lints a large staircase (work linear in its size)', function () {
    this.timeout(120000);
    // 500 lines, 0.25 MB: seconds to minutes when the depth is not bounded
    const result = lint('# APPLICATION FOR A PEN REGISTER\n\n' + staircase(500), { forceDraft: true });
    assert.ok(result.draft.sentences.length > 0);
  });
});
