#!/usr/bin/env node
// Hostile inputs (issue 8): generates each input, lints it with the engine (bundled from server/src/engine by
// esbuild, as the CLI and the server ship it) in a fresh child process, and prints a table of size, lint time and
// seconds per MB, at full size and at half size (the two ratios agree when the time is linear in the size).
// Writes bench/HOSTILE.md. Budget: every case under 2 s per MB.
//
//   node bench/hostile.mjs [--only name,name] [--budget SECONDS_PER_MB]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const out = join(here, 'out', 'hostile');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const only = option('--only', '').split(',').filter(Boolean);
const BUDGET = Number(option('--budget', '2'));
const MB = 1024 * 1024;
const CAPTION = '# APPLICATION FOR AN ORDER AUTHORIZING THE INSTALLATION AND USE OF A PEN REGISTER AND TRAP AND TRACE DEVICE\n\n';

/** Each case: a name, what it is, and a generator of its text at a scale (1 = the full size the issue names). */
const CASES = [
  {
    name: 'draft-10mb',
    what: 'a 10 MB draft (the sample corpus drafts, repeated)',
    make: (scale) => {
      const dir = join(root, 'test/fixtures/corpus/drafts');
      const drafts = readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
      const parts = [CAPTION];
      let size = CAPTION.length;
      for (let i = 0; size < 10 * MB * scale; i++) {
        const d = drafts[i % drafts.length];
        parts.push(d, '\n\n');
        size += d.length + 2;
      }
      return parts.join('');
    },
  },
  {
    name: 'single-line-1mb',
    what: 'a 1 MB single line of draft prose',
    make: (scale) => {
      const s = 'The Court authorizes the installation and use of a pen register on the Target Telephone, (202) 555-0147, for sixty (60) days from January 10, 2022, under 18 U.S.C. § 3123(c)(1). ';
      return CAPTION + s.repeat(Math.ceil((MB * scale) / s.length));
    },
  },
  { name: 'nested-lists', what: '10,000 nested list items (`- - - … x`), 50 times', make: (scale) => CAPTION + ('- '.repeat(10000) + 'the pen register for ninety (90) days\n\n').repeat(Math.round(50 * scale)) },
  { name: 'nested-quotes', what: '10,000 nested block quotes (`>>> … x`), 100 times', make: (scale) => CAPTION + ('>'.repeat(10000) + ' the pen register for ninety (90) days\n\n').repeat(Math.round(100 * scale)) },
  { name: 'nested-mixed', what: '10,000 nested quotes and list items (`> 1. > 1. …`), 20 times', make: (scale) => CAPTION + ('> 1. '.repeat(10000) + 'x\n\n').repeat(Math.round(20 * scale)) },
  {
    name: 'nested-indented',
    what: '1,000 list items, each indented one level deeper than the last',
    make: (scale) => CAPTION + Array.from({ length: 1000 * scale }, (_, i) => `${'  '.repeat(i)}- item ${i} for sixty (60) days`).join('\n'),
  },
  { name: 'parens-100k', what: '100,000 `(` after a citation, 10 times', make: (scale) => CAPTION + ('See 18 U.S.C. § 3123' + '('.repeat(100000) + '\n\n').repeat(Math.round(10 * scale)) },
  { name: 'sections-100k', what: '100,000 `§` in a citation, 10 times', make: (scale) => CAPTION + ('See 18 U.S.C. ' + '§'.repeat(100000) + ' 3123\n\n').repeat(Math.round(10 * scale)) },
  { name: 'section-cites', what: '`§ 3123(` repeated (100,000 `§` and `(`)', make: (scale) => CAPTION + 'See 18 U.S.C. ' + '§ 3123('.repeat(100000 * scale) + '\n' },
  {
    name: 'table-50k',
    what: 'a table of 50,000 rows',
    make: (scale) => CAPTION + '| Target Telephone | Subscriber | Period |\n| --- | --- | --- |\n' + Array.from({ length: 50000 * scale }, (_, i) => `| (202) 555-${String(i % 10000).padStart(4, '0')} | John Doe ${i} | sixty (60) days |`).join('\n') + '\n',
  },
  { name: 'digits-1mb', what: 'a 1 MB run of digits', make: (scale) => CAPTION + 'The number is ' + '1234567890'.repeat((MB * scale) / 10) + '.\n' },
  { name: 'digit-groups', what: '1 MB of `555-` digit groups (phone-like)', make: (scale) => CAPTION + 'Call ' + '555-'.repeat((MB * scale) / 4) + '0147.\n' },
  { name: 'dates-1mb', what: '1 MB of dates in one paragraph', make: (scale) => CAPTION + 'On January 10, 2022, 2022-01-10, 01/10/2022, the 10th day of January, 2022, '.repeat(Math.ceil((MB * scale) / 78)) + '\n' },
  { name: 'days-1mb', what: '1 MB of durations (`sixty (90) days`) in one paragraph', make: (scale) => CAPTION + 'IT IS ORDERED that the pen register may be used for ' + 'sixty (90) days and '.repeat(Math.ceil((MB * scale) / 20)) + 'no more.\n' },
  { name: 'brackets-1mb', what: '1 MB of `[` and `_` (placeholder scanners)', make: (scale) => CAPTION + 'The applicant is ' + '[_'.repeat((MB * scale) / 2) + '\n' },
  { name: 'html-comments', what: '50,000 unclosed `<!-- penlint-disable`, twice', make: (scale) => CAPTION + ('<!-- penlint-disable '.repeat(50000) + '\n\ntext\n\n').repeat(Math.round(2 * scale)) },
];

// The child: loads the engine bundle, generates the text, lints it (as a draft), reports size and time.
const CHILD = `
const { lint } = require(process.argv[1]);
const gen = require(process.argv[2]);
const text = gen.make(process.argv[3], Number(process.argv[4]));
lint(${JSON.stringify(CAPTION)} + 'warm up: the pen register for ninety (90) days.', { forceDraft: true });
let ms = Infinity, r;
// the best of two runs (one for the largest inputs): the machine may be busy
for (let i = 0; i < (text.length > 4e6 ? 1 : 2); i++) {
  const t0 = performance.now();
  r = lint(text, { forceDraft: true });
  ms = Math.min(ms, performance.now() - t0);
}
process.stdout.write(JSON.stringify({ bytes: Buffer.byteLength(text), chars: text.length, ms, findings: r.findings.length, rss: process.memoryUsage().rss }));
`;

async function main() {
  mkdirSync(out, { recursive: true });
  const engine = join(out, 'engine.cjs');
  await build({
    entryPoints: [join(root, 'server/src/engine/index.ts')],
    outfile: engine,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    define: { 'import.meta.url': 'import_meta_url' },
    inject: [join(root, 'scripts/import-meta-url.js')],
    logLevel: 'warning',
  });
  // the generators, as a CommonJS module the child can require
  const gens = join(out, 'generators.cjs');
  writeFileSync(
    gens,
    `const { readdirSync, readFileSync } = require('node:fs'); const { join } = require('node:path');\n` +
      `const root = ${JSON.stringify(root)}; const MB = ${MB}; const CAPTION = ${JSON.stringify(CAPTION)};\n` +
      `const cases = {${CASES.map((c) => `${JSON.stringify(c.name)}: ${c.make.toString()}`).join(',\n')}};\n` +
      `exports.make = (name, scale) => cases[name](scale);\n`,
  );
  const rows = [];
  for (const c of CASES) {
    if (only.length && !only.includes(c.name)) continue;
    const runs = {};
    for (const scale of [0.5, 1]) {
      const r = spawnSync(process.execPath, ['--max-old-space-size=4096', '-e', CHILD, engine, gens, c.name, String(scale)], { encoding: 'utf8', timeout: 180000, maxBuffer: 1 << 20 });
      if (r.status !== 0 || !r.stdout) {
        runs[scale] = { error: r.signal === 'SIGTERM' ? 'timed out (180 s)' : (r.stderr || r.error?.message || `exit ${r.status} ${r.signal ?? ''}`).split('\n').filter(Boolean).slice(-1)[0] };
        continue;
      }
      runs[scale] = JSON.parse(r.stdout);
    }
    const full = runs[1];
    const half = runs[0.5];
    const perMb = (x) => (x && !x.error ? x.ms / 1000 / (x.bytes / MB) : NaN);
    const row = {
      name: c.name,
      what: c.what,
      size: full?.bytes,
      ms: full?.ms,
      perMb: perMb(full),
      halfPerMb: perMb(half),
      rss: full?.rss,
      error: full?.error ?? half?.error,
    };
    row.ok = !row.error && row.perMb < BUDGET;
    rows.push(row);
    console.log(`${c.name.padEnd(18)} ${fmtSize(row.size).padStart(9)} ${fmtMs(row.ms).padStart(9)} ${fmtRatio(row.perMb).padStart(9)} s/MB (half size: ${fmtRatio(row.halfPerMb)} s/MB) ${row.ok ? 'ok' : 'OVER BUDGET'}${row.error ? ` ${row.error}` : ''}`);
  }
  const md = [
    '# penlint hostile-input benchmark',
    '',
    `Generated by \`node bench/hostile.mjs\` (run by \`npm run bench\`) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${cpus().length} × ${cpus()[0]?.model?.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}.`,
    'Each input is linted as a draft (all rules) by the engine in a fresh process after a warm-up lint; the time is the lint alone (parse, Draft, rules, suppression).',
    `Budget: under ${BUDGET} s per MB. "s/MB at half size" lints the same input at half the size: when the time is linear in the size the two ratios agree.`,
    '',
    '| input | size | lint time | s/MB | s/MB at half size | peak RSS | verdict |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.what} | ${fmtSize(r.size)} | ${fmtMs(r.ms)} | ${fmtRatio(r.perMb)} | ${fmtRatio(r.halfPerMb)} | ${r.rss ? `${Math.round(r.rss / MB)} MB` : ''} | ${r.error ? `failed: ${r.error}` : r.ok ? 'ok' : '**over budget**'} |`),
    '',
  ].join('\n');
  if (!only.length) {
    writeFileSync(join(here, 'HOSTILE.md'), md);
    // the README shows the same table (between its hostile markers)
    const readmePath = join(root, 'README.md');
    const readme = readFileSync(readmePath, 'utf8');
    const start = readme.indexOf('<!-- hostile:start');
    const end = readme.indexOf('<!-- hostile:end -->');
    if (start >= 0 && end > start) {
      const table = md.slice(md.indexOf('| input |')).trimEnd();
      const head = readme.slice(0, readme.indexOf('\n', start) + 1);
      writeFileSync(readmePath, `${head}${table}\n${readme.slice(end)}`);
    }
  }
  else writeFileSync(join(out, 'HOSTILE.partial.md'), md);
  console.log(`\nwritten: ${only.length ? join(out, 'HOSTILE.partial.md') : join(here, 'HOSTILE.md')}`);
  if (rows.some((r) => !r.ok)) process.exitCode = 1;
}

function fmtSize(b) {
  if (!b) return '';
  return b >= MB ? `${(b / MB).toFixed(2)} MB` : `${(b / 1024).toFixed(0)} KB`;
}
function fmtMs(ms) {
  if (ms === undefined) return '';
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}
function fmtRatio(x) {
  return Number.isFinite(x) ? x.toFixed(2) : 'n/a';
}

await main();
