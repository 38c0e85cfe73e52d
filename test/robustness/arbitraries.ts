// fast-check arbitraries for the robustness properties: arbitrary text, and Markdown-shaped drafts built from the
// paragraphs of the sample corpus (so rules fire and offer fixes) mixed with hostile pieces (headings, lists, tables,
// HTML and suppression comments, front matter, CRLF, BOM, tabs, astral characters, lone surrogates).
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const CORPUS = resolve(import.meta.dirname, '../fixtures/corpus/drafts');

/** Runs per property: PENLINT_FC_RUNS (CI sets 2000), else a few hundred for `npm test`. */
export const RUNS = (() => {
  const n = Number(process.env.PENLINT_FC_RUNS);
  return Number.isInteger(n) && n > 0 ? n : 200;
})();

/** fast-check parameters shared by the properties (the seed is printed on failure, so a failure replays). */
export function params(runs = RUNS): fc.Parameters<unknown> {
  const seed = Number(process.env.PENLINT_FC_SEED);
  return { numRuns: runs, ...(Number.isInteger(seed) ? { seed } : {}), endOnFailure: true };
}

/** Paragraphs (blank-line separated blocks) of the corpus drafts. */
export const corpusParagraphs: string[] = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .flatMap((f) => readFileSync(join(CORPUS, f), 'utf8').split(/\n[ \t]*\n/))
  .map((p) => p.trim())
  .filter(Boolean);

const printable = fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c));
const loneSurrogate = fc.oneof(fc.integer({ min: 0xd800, max: 0xdbff }), fc.integer({ min: 0xdc00, max: 0xdfff })).map((c) => String.fromCharCode(c));
const astral = fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c));
const oddChar = fc.oneof(
  fc.constantFrom('\t', '\r', '\n', '\r\n', '\uFEFF', '\u00A0', '\u2028', '§', '¶', '—', '–', '(', ')', '[', ']', '*', '_', '`', '|', '>', '#', '<', '-', '\\', '"', '\u0000'),
  loneSurrogate,
  astral,
  fc.constantFrom('😀', '𝔘', 'é', 'ß'),
);

/** Any UTF-16 string: code units of every kind, lone surrogates included. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 400 }),
  fc.string({ unit: fc.oneof(oddChar, printable), maxLength: 400 }),
);

// Sentences of the kind the rules read, with the defects they report (wrong periods, word/numeral mismatches,
// placeholders, dates, citations, requests) so that findings with safe fixes are common.
const phrase = fc.constantFrom(
  'IT IS ORDERED that the pen register may be used for a period of ninety (90) days from the date of this Order.',
  'IT IS FURTHER ORDERED that the installation and use is authorized for sixty (90) days.',
  'IT IS ORDERED that the trap and trace device may be used for thirty (45) days from the date of this Order.',
  'The Government requests authority for 120 days.',
  'This authorization expires on February 30, 2023, at 11:59 p.m.',
  'The applicant is [AUSA NAME], an attorney for the Government.',
  'See 18 U.S.C. §§ 3122(a)(1), 3123(c)(1), 3127(3) and 3199(a).',
  'The Government also seeks the contents of all communications, including the subject lines of e-mails.',
  'The provider shall furnish cell-site location information for the past 180 days.',
  'The Target Telephone is (202) 555-0147, subscribed to by John Doe.',
  'The applicant certifies that the information likely to be obtained is relevant to an ongoing criminal investigation.',
  'The provider shall furnish the records within ten days of the expiration of this Order.',
  'Extensions shall be granted automatically every sixty days.',
  'IT IS FURTHER ORDERED that this Order and the Application be sealed until otherwise ordered by the Court.',
  'Sworn to before me on January 10, 2022.',
);

const inline = fc.oneof(
  { weight: 6, arbitrary: phrase },
  { weight: 4, arbitrary: fc.constantFrom(...corpusParagraphs.slice(0, 400)) },
  { weight: 1, arbitrary: fc.string({ unit: fc.oneof(oddChar, printable), maxLength: 40 }) },
);

/** Puts odd characters into a piece of text at random places (tabs, astral characters, lone surrogates, CR). */
const sprinkled = fc
  .tuple(inline, fc.array(fc.tuple(fc.nat(), oddChar), { maxLength: 4 }))
  .map(([text, inserts]) => {
    let out = text;
    for (const [at, ch] of inserts) {
      const i = out.length ? at % (out.length + 1) : 0;
      out = out.slice(0, i) + ch + out.slice(i);
    }
    return out;
  });

const block = fc.oneof(
  { weight: 5, arbitrary: inline },
  { weight: 2, arbitrary: sprinkled },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), fc.constantFrom('APPLICATION FOR AN ORDER AUTHORIZING A PEN REGISTER', '[PROPOSED] ORDER', 'ORDER', 'CERTIFICATION', 'Background', 'AFFIDAVIT', 'EXHIBIT A: PROPOSED ORDER')).map(([d, t]) => `${'#'.repeat(d)} ${t}`) },
  { weight: 2, arbitrary: fc.tuple(fc.array(inline, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 6 }), fc.constantFrom('- ', '* ', '1. ', '2) ')).map(([items, depth, marker]) => items.map((t, i) => `${'  '.repeat(Math.min(i, depth))}${marker}${t}`).join('\n')) },
  { weight: 1, arbitrary: fc.tuple(inline, fc.integer({ min: 1, max: 8 })).map(([t, d]) => `${'> '.repeat(d)}${t}`) },
  { weight: 1, arbitrary: fc.array(fc.tuple(inline, inline), { minLength: 1, maxLength: 4 }).map((rows) => ['| Facility | Note |', '| --- | --- |', ...rows.map(([a, b]) => `| ${a.replace(/[|\n]/g, ' ')} | ${b.replace(/[|\n]/g, ' ')} |`)].join('\n')) },
  { weight: 1, arbitrary: fc.constantFrom('<!-- penlint-disable -->', '<!-- penlint-enable -->', '<!-- penlint-disable-next-line -->', '<!-- penlint-disable-next-line duration-word-numeral-mismatch -->', '<!-- penlint-disable-file order-duration-exceeds-60 -->', '<!-- a comment', '-->', '<!-- penlint-disable order-duration-exceeds-60 extension-exceeds-60 -->') },
  { weight: 1, arbitrary: fc.constantFrom('```\nIT IS ORDERED for ninety (90) days\n```', '~~~', '    indented code for ninety days', '---', '***', '[ref]: http://example.invalid', '<div>\n\nhtml block\n\n</div>', '~~struck for ninety (90) days~~') },
);

const frontmatter = fc.constantFrom('', '', '---\npenlint: {kind: [application, order], jurisdiction: federal}\n---\n', '---\npenlint: true\n---\n', '---\ntitle: x\n---\n', '---\nunclosed: [\n', '+++\n');

/** A Markdown-shaped draft: optional BOM and front matter, a caption, blocks separated by blank lines, a line-ending style. */
export const markdownDraft = fc
  .tuple(
    fc.boolean(),
    frontmatter,
    fc.constantFrom('# APPLICATION FOR AN ORDER AUTHORIZING A PEN REGISTER AND TRAP AND TRACE DEVICE', 'IN THE MATTER OF THE APPLICATION OF THE UNITED STATES FOR AN ORDER AUTHORIZING A PEN REGISTER', '## [PROPOSED] ORDER', ''),
    fc.array(block, { minLength: 1, maxLength: 14 }),
    fc.constantFrom('\n\n', '\n\n', '\n', '\r\n\r\n', '\n\t\n', '\n\n\n'),
    fc.constantFrom('\n', '\r\n', ''),
  )
  .map(([bom, fm, caption, blocks, sep, eol]) => {
    const body = [caption, ...blocks].filter(Boolean).join(sep);
    const text = (bom ? '\uFEFF' : '') + fm + body + eol;
    return sep.startsWith('\r\n') ? text.replace(/\r?\n/g, '\r\n') : text;
  });
