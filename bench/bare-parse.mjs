#!/usr/bin/env node
// The cost floor: the unified stack penlint is built on, used the ordinary way, with nothing of penlint's own.
// remark-parse + the syntax extensions penlint enables (front matter, GFM tables and strikethrough; no autolink
// literals) + remark-retext with retext-english over every file. Prints one JSON line:
// {files, bytes, ms} where ms is the in-process time for the parses (start-up excluded; the caller times the
// whole process too).
//
//   node bench/bare-parse.mjs PATH...      (files or folders of *.md)
//   node bench/bare-parse.mjs --read PATH  (only read the files: the I/O floor)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const readOnly = args[0] === '--read';
const paths = readOnly ? args.slice(1) : args;

function collect(p, out) {
  if (statSync(p).isDirectory()) {
    for (const name of readdirSync(p).sort()) if (name.endsWith('.md')) out.push(join(p, name));
  } else out.push(p);
  return out;
}
const files = paths.flatMap((p) => collect(p, []));

let run = () => {};
if (!readOnly) {
  const [{ unified }, { default: remarkParse }, { default: remarkFrontmatter }, { default: remarkRetext }, { ParseEnglish }, table, strike, tableMd, strikeMd] =
    await Promise.all([
      import('unified'),
      import('remark-parse'),
      import('remark-frontmatter'),
      import('remark-retext'),
      import('parse-english'),
      import('micromark-extension-gfm-table'),
      import('micromark-extension-gfm-strikethrough'),
      import('mdast-util-gfm-table'),
      import('mdast-util-gfm-strikethrough'),
    ]);
  function penlintSyntax() {
    const data = this.data();
    (data.micromarkExtensions ??= []).push(table.gfmTable(), strike.gfmStrikethrough({ singleTilde: false }));
    (data.fromMarkdownExtensions ??= []).push(tableMd.gfmTableFromMarkdown(), strikeMd.gfmStrikethroughFromMarkdown());
  }
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(penlintSyntax).use(remarkRetext, ParseEnglish);
  run = (text) => processor.runSync(processor.parse(text), text);
}

const t0 = performance.now();
let bytes = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  bytes += Buffer.byteLength(text);
  run(text);
}
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ files: files.length, bytes, ms }) + '\n');
