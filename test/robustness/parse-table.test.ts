// Hostile tables (issue 8, `table-50k`): micromark spent a tokenizer and a dozen events per cell and the English
// parser a word tree per cell (seconds per megabyte, gigabytes for 50,000 rows). Simple body rows after a table's
// delimiter row are built directly (plainTableRows) and a cell the English parser could not split is its own
// sentence (plainSentences). Both must give exactly what the general path gives: compared here on generated input.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { parse, parseWhole, parseStats, parseTuning, type Parsed } from '../../server/src/engine/parse.js';
import { lint } from '../../server/src/engine/index.js';
import { RUNS } from './arbitraries.js';

const CAPTION = '# APPLICATION FOR A PEN REGISTER\n\n';

/** Everything downstream reads: the tree (types, values, positions, alignment), blocks and sentences. */
function view(p: Parsed) {
  const node = (n: Nodes): unknown => ({
    type: n.type,
    value: 'value' in n ? n.value : undefined,
    align: 'align' in n ? n.align : undefined,
    at: n.position ? [n.position.start.line, n.position.start.column, n.position.start.offset, n.position.end.line, n.position.end.column, n.position.end.offset] : undefined,
    children: 'children' in n ? (n.children as Nodes[]).map(node) : undefined,
  });
  return {
    tree: node(p.tree),
    blocks: p.blocks.map((b) => [b.kind, b.start, b.end, b.topIndex, b.tableRow, b.listDepth, b.text]),
    sentences: p.sentences.map((s) => [s.text, s.start, s.end, Array.from({ length: s.text.length + 1 }, (_, i) => s.toSource(i))]),
  };
}

/** Parses with the shortcuts off (the general path), then restores them. */
function parseGeneral(text: string): Parsed {
  parseTuning.plainTableRows = false;
  parseTuning.plainSentences = false;
  try {
    return parse(text);
  } finally {
    parseTuning.plainTableRows = true;
    parseTuning.plainSentences = true;
  }
}

const plainChar = fc.constantFrom(...'abcXYZ019 ().,;:-§$%#@^+=/\'"?é😀\u00a0'.split(''), ' ', ' ');
const anyChar = fc.oneof(plainChar, fc.constantFrom('*', '_', '[', ']', '\\', '`', '<', '&', '!', '~', '.', '\t'));
const cellOf = (c: fc.Arbitrary<string>) => fc.array(c, { maxLength: 12 }).map((cs) => cs.join(''));
const cell = cellOf(anyChar);
const rowOf = (c: fc.Arbitrary<string>, closed: fc.Arbitrary<boolean>) =>
  fc.tuple(fc.array(c, { minLength: 1, maxLength: 5 }), fc.constantFrom('', ' ', '   '), closed).map(([cells, trailing, close]) => `|${cells.join('|')}${close ? '|' : ''}${trailing}`);
// mostly simple rows (long runs of them take the shortcut), some with inline syntax or no closing `|` (which end a run)
const row = fc.oneof({ weight: 40, arbitrary: rowOf(cellOf(plainChar), fc.constant(true)) }, { weight: 1, arbitrary: rowOf(cell, fc.boolean()) });

describe('hostile tables: 50,000 rows', () => {
  it('builds simple rows and plain cells exactly as micromark and the English parser do', function () {
    this.timeout(120000);
    const before = parseStats.plainRows;
    fc.assert(
      fc.property(fc.array(row, { minLength: 30, maxLength: 90 }), fc.constantFrom('| A | B |\n| --- | :-: |\n', '|A|\n|-|\n', '| A | B |\n| - |\n', 'A | B\n--- | ---\n'), fc.constantFrom('', '\n', '\nafter *x*.\n', '\n\nNext paragraph.\n'), (rows, head, tail) => {
        // with 2,048 characters before, the table is a chunk of its own: it starts the text micromark reads
        const text = CAPTION + 'x'.repeat(2048) + '\n\n' + head + rows.join('\n') + tail;
        assert.deepEqual(view(parse(text)), view(parseGeneral(text)));
      }),
      { numRuns: Math.min(RUNS, 40) },
    );
    assert.ok(parseStats.plainRows - before > 100, 'the shortcut was taken');
  });

  it('builds tables anywhere a block starts as micromark does: between paragraphs, in fences, after definitions', function () {
    this.timeout(120000);
    const before = parseStats.plainRows;
    const table = fc.tuple(fc.constantFrom('| A | B |\n| --- | :-: |\n', '|A|\n|-|\n', '| A |\n| x |\n'), fc.array(row, { minLength: 30, maxLength: 60 })).map(([head, rows]) => head + rows.join('\n') + '\n');
    const block = fc.oneof(
      { weight: 3, arbitrary: table },
      { weight: 2, arbitrary: fc.constantFrom('A paragraph *with* [a link][a].\n', 'Text\n', '- item\n', '> quote\n', '    indented\n', '[a]: http://example.com\n', '# Heading\n') },
      { weight: 1, arbitrary: table.map((t) => '```\n' + t + '```\n') },
      { weight: 1, arbitrary: table.map((t) => '<!--\n' + t + '-->\n') },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(block, fc.constantFrom('\n', '', '\n\n')), { minLength: 1, maxLength: 6 }), (blocks) => {
        const text = CAPTION + blocks.map(([b, gap]) => b + gap).join('');
        assert.deepEqual(view(parse(text)), view(parseGeneral(text)));
        assert.deepEqual(view(parseWhole(text)), view(parseGeneral(text)));
      }),
      { numRuns: Math.min(RUNS, 40) },
    );
    assert.ok(parseStats.plainRows - before > 100, 'the shortcut was taken');
  });

  it('reads one-line texts as the English parser does (headings, paragraphs, cells)', function () {
    this.timeout(60000);
    fc.assert(
      fc.property(fc.array(cell.filter((c) => c.trim().length > 0), { minLength: 1, maxLength: 8 }), (texts) => {
        const text = texts.map((t, i) => (i % 3 === 0 ? `## ${t}\n\n` : i % 3 === 1 ? `${t}\n\n` : `| ${t} |\n| - |\n| ${t} |\n\n`)).join('');
        assert.deepEqual(view(parseWhole(text)), view((() => {
          parseTuning.plainSentences = false;
          try {
            return parseWhole(text);
          } finally {
            parseTuning.plainSentences = true;
          }
        })()));
      }),
      { numRuns: Math.min(RUNS, 100) },
    );
  });

  it('falls back to micromark when the first lines are not a table', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `| row ${i} |`).join('\n');
    for (const head of ['| A |\n| x |\n', '| A | B |\n| --- | --- | --- |\n', '| A |\n\n']) {
      const text = CAPTION + 'x'.repeat(2048) + '\n\n' + head + rows + '\n';
      assert.deepEqual(view(parse(text)), view(parseGeneral(text)));
    }
  });

  it('builds the rows of a 10,000-row table without micromark, and rules read its cells', function () {
    this.timeout(120000);
    const rows = Array.from({ length: 10000 }, (_, i) => `| (202) 555-${String(i % 10000).padStart(4, '0')} | John Doe ${i} | sixty (60) days |`);
    const text = CAPTION + '| Target Telephone | Subscriber | Period |\n| --- | --- | --- |\n' + rows.join('\n') + '\n';
    const before = { ...parseStats };
    const result = lint(text, { forceDraft: true });
    assert.ok(parseStats.plainRows - before.plainRows >= 9999, `${parseStats.plainRows - before.plainRows} rows built directly`);
    assert.ok(parseStats.plainSentences - before.plainSentences >= 30000, 'cells read without the English parser');
    const draft = result.draft;
    const last = text.lastIndexOf('(202) 555-9999');
    const sentence = draft.sentences.find((s) => s.start === last);
    assert.equal(sentence?.text, '(202) 555-9999');
    assert.equal(sentence?.block.kind, 'tableCell');
    assert.equal(sentence?.block.tableRow, 10000);
    const period = draft.sentences.find((s) => s.start === text.lastIndexOf('sixty (60) days'));
    assert.equal(period?.text, 'sixty (60) days');
    assert.equal(period?.toSource(6), text.lastIndexOf('(60) days'));
  });
});
