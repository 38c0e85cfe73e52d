#!/usr/bin/env node
// npm run bench: builds (the npm script does), generates the deterministic corpus, then measures everything in
// one run, interleaved round by round, so the ratios hold on a noisy machine. Prints a table of medians and
// ratios and writes it to bench/RESULTS.md.
//
//   node bench/run.mjs [--rounds N] [--quick] [--only cli,lsp,...]
//
// Every measurement is a child process, timed from spawn to exit (wall) with its peak RSS (/usr/bin/time's
// maximum resident set size, or /proc/PID/status VmHWM where there is no /usr/bin/time).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const out = join(here, 'out');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const quick = flag('--quick');
const ROUNDS = Number(option('--rounds', quick ? 1 : 3));
const only = option('--only', '')?.split(',').filter(Boolean);
const wants = (group) => !only.length || only.includes(group);

const DRAFTS = join(out, 'drafts');
const HUGE_DIR = join(out, 'huge');
const HUGE = join(HUGE_DIR, 'huge-0001.md');
const ONE_DIR = join(out, 'one');
const ONE = join(ONE_DIR, 'draft.md');
const COUNT = 1000;
// a snapshot of dist/ taken at the start: a rebuild during the run must not change what is measured
const DIST = join(out, 'dist');
const CLI = join(DIST, 'cli.cjs');
const SERVER = join(DIST, 'server.cjs');
const MDL = join(root, 'node_modules', '.bin', 'markdownlint-cli2');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const loadAtStart = loadavg()[0];

// ------------------------------------------------------------------ corpus ----

function generate() {
  const stamp = join(out, 'corpus.json');
  const generator = readFileSync(join(here, 'gen-corpus.mjs'), 'utf8');
  const want = JSON.stringify({ count: COUNT, generator: hash(generator) });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want && existsSync(HUGE)) return;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const gen = (...args) => {
    const r = spawnSync(process.execPath, [join(here, 'gen-corpus.mjs'), ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0) throw new Error('corpus generation failed');
  };
  gen(DRAFTS, String(COUNT));
  gen(HUGE_DIR, '1', '--huge');
  mkdirSync(ONE_DIR, { recursive: true });
  copyFileSync(join(DRAFTS, readdirSync(DRAFTS).sort()[0]), ONE);
  writeFileSync(stamp, want);
}

function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

function folderBytes(dir) {
  return readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

// --------------------------------------------------------------- measuring ----

/** Runs a command to completion: {ms (wall), rssMB (peak), code, stdout}. */
function measure(cmd, args, { stdoutFile, cwd = root, env } = {}) {
  return new Promise((resolvePromise, reject) => {
    const timeFile = join(out, `time-${process.pid}.txt`);
    const real = TIME ? [TIME, ['-f', '%M %U %S', '-o', timeFile, cmd, ...args]] : [cmd, args];
    const chunks = [];
    const t0 = performance.now();
    const child = spawn(real[0], real[1], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let peakKB = 0;
    let cpuMs = NaN;
    let poll;
    if (!TIME) {
      poll = setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) peakKB = Math.max(peakKB, Number(m[1]));
        } catch {}
      }, 10);
    }
    child.stdout.on('data', (d) => chunks.push(d));
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      if (poll) clearInterval(poll);
      if (TIME) {
        try {
          const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
          const [kb, user, sys] = lines[lines.length - 1].split(' ').map(Number);
          peakKB = kb || 0;
          cpuMs = (user + sys) * 1000;
          rmSync(timeFile, { force: true });
        } catch {}
      }
      const stdout = Buffer.concat(chunks).toString('utf8');
      if (stdoutFile) writeFileSync(stdoutFile, stdout);
      resolvePromise({ ms, cpuMs, rssMB: peakKB / 1024, code, stdout, stderr });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** name → {ms: [], rssMB: [], inner: [], bytes, files, note} */
const results = new Map();
function record(name, r, extra = {}) {
  const e = results.get(name) ?? { ms: [], cpuMs: [], rssMB: [], inner: [], ...extra };
  e.ms.push(r.ms);
  if (Number.isFinite(r.cpuMs)) e.cpuMs.push(r.cpuMs);
  e.rssMB.push(r.rssMB);
  if (r.inner !== undefined) e.inner.push(r.inner);
  Object.assign(e, extra);
  results.set(name, e);
  return e;
}
const failures = [];
function check(name, r, { json = false } = {}) {
  // penlint exits 1 when it finds errors: that is a result, not a failure (but then it must have reported)
  let bad = r.code !== 0 && r.code !== 1;
  if (!bad && json) {
    try {
      JSON.parse(r.stdout);
    } catch {
      bad = true;
    }
  }
  if (bad) {
    failures.push(`${name}: exit ${r.code}: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    return false;
  }
  return true;
}

// --------------------------------------------------------------- the stages ----

const node = process.execPath;
const have = { cli: existsSync(CLI), server: existsSync(SERVER), mdl: existsSync(MDL) };

async function bareParse(name, path, bytesFiles) {
  const r = await measure(node, [join(here, 'bare-parse.mjs'), ...path]);
  if (!check(name, r, { json: true })) return;
  const j = JSON.parse(r.stdout);
  record(name, { ...r, inner: j.ms }, { bytes: j.bytes, files: j.files, ...bytesFiles });
}

/** Normalised findings of a JSON report (paths relative, files sorted): for the equality checks. */
function findingsOf(stdout) {
  const doc = JSON.parse(stdout);
  return doc.files
    .map((f) => ({ ...f, path: f.path.replace(/\\/g, '/').split('/').slice(-1)[0] }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
const equality = [];
/** JSON with object keys sorted: the same findings in a different key order are the same findings. */
function canonical(value) {
  return JSON.stringify(value, (key, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));
}
function compareReports(label, a, b) {
  const same = canonical(a) === canonical(b);
  equality.push({ label, same, detail: same ? '' : firstDifference(a, b) });
}
function firstDifference(a, b) {
  if (a.length !== b.length) return `${a.length} files vs ${b.length}`;
  for (let i = 0; i < a.length; i++) {
    if (canonical(a[i]) !== canonical(b[i])) return `first difference in ${a[i].path}`;
  }
  return '';
}

async function cliRound(round) {
  const files = COUNT;
  const bytes = folderBytes(DRAFTS);
  const base = ['--format', 'json'];
  const cold = await measure(node, [CLI, ...base, '--jobs', '1', DRAFTS]);
  if (check('cli-cold', cold, { json: true })) record('cli-cold', cold, { files, bytes });
  const jobs = await measure(node, [CLI, ...base, '--jobs', '2', DRAFTS]);
  if (check('cli-jobs2', jobs, { json: true })) record('cli-jobs2', jobs, { files, bytes });
  const cacheFile = join(out, `cache-${round}.json`);
  rmSync(cacheFile, { force: true });
  const cacheFirst = await measure(node, [CLI, ...base, '--cache', '--cache-location', cacheFile, DRAFTS]);
  if (check('cli-cache-first', cacheFirst, { json: true })) record('cli-cache-first', cacheFirst, { files, bytes });
  const cacheRerun = await measure(node, [CLI, ...base, '--cache', '--cache-location', cacheFile, DRAFTS]);
  if (check('cli-cache-rerun', cacheRerun, { json: true })) record('cli-cache-rerun', cacheRerun, { files, bytes });
  if (round === 0) {
    // findings must not depend on how the run was split or cached
    const s1 = await measure(node, [CLI, ...base, '--shard', '1/2', DRAFTS]);
    const s2 = await measure(node, [CLI, ...base, '--shard', '2/2', DRAFTS]);
    try {
      const coldF = findingsOf(cold.stdout);
      compareReports('--jobs 2 vs --jobs 1', coldF, findingsOf(jobs.stdout));
      compareReports('--cache (first run) vs cold', coldF, findingsOf(cacheFirst.stdout));
      compareReports('--cache (unchanged rerun) vs cold', coldF, findingsOf(cacheRerun.stdout));
      const union = [...findingsOf(s1.stdout), ...findingsOf(s2.stdout)].sort((a, b) => (a.path < b.path ? -1 : 1));
      compareReports('--shard 1/2 ∪ 2/2 vs cold', coldF, union);
    } catch (e) {
      failures.push(`comparing reports: ${e.message}`);
    }
  }
}

async function cliHuge() {
  const r = await measure(node, [CLI, '--format', 'json', '--jobs', '1', HUGE]);
  if (check('cli-huge', r, { json: true })) record('cli-huge', r, { files: 1, bytes: statSync(HUGE).size });
}

async function startup() {
  for (let i = 0; i < 5; i++) {
    if (have.cli) {
      const r = await measure(node, [CLI, '--format', 'json', ONE]);
      if (check('startup-penlint', r, { json: true })) record('startup-penlint', r, { files: 1, bytes: statSync(ONE).size });
    }
    const n = await measure(node, ['-e', '0']);
    record('startup-node', n);
    if (have.mdl && i < 2) {
      const m = await measure(MDL, ['draft.md'], { cwd: ONE_DIR });
      record('startup-markdownlint', m, { files: 1 });
    }
  }
}

async function markdownlint() {
  // the glob form: markdownlint-cli2 lints what its glob names, relative to its working directory
  const r = await measure(MDL, ['*.md'], { cwd: DRAFTS });
  if (r.code !== 0 && r.code !== 1) failures.push(`markdownlint-cli2: exit ${r.code}`);
  else record('markdownlint-cli2', r, { files: COUNT, bytes: folderBytes(DRAFTS) });
}

async function lspLatency() {
  // debounce 0: the time the server takes to lint and publish; the default (a keystroke waits at most 150 ms, and
  // not at all when the document's last lint took 50 ms or less) adds its wait
  const edits = quick ? 40 : 200;
  const runs = [
    ['lsp-15k', pick15k(), edits, '0'],
    ['lsp-15k-default', pick15k(), quick ? 20 : 60, undefined],
    ['lsp-1mb', HUGE, quick ? 10 : 40, '0'],
  ];
  for (const [name, file, n, debounce] of runs) {
    const env = debounce === undefined ? {} : { PENLINT_LSP_DEBOUNCE_MS: debounce };
    const r = await measure(node, [join(here, 'lsp-latency.mjs'), SERVER, file, String(n)], { env });
    if (r.code !== 0) {
      failures.push(`${name}: exit ${r.code}: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
      continue;
    }
    const j = JSON.parse(r.stdout.trim().split('\n').pop());
    results.set(name, { ...j, bytes: statSync(file).size, debounce });
  }
}

/** A draft as close to 15 KB as the corpus has. */
function pick15k() {
  let best;
  for (const f of readdirSync(DRAFTS)) {
    const size = statSync(join(DRAFTS, f)).size;
    if (!best || Math.abs(size - 15000) < Math.abs(best.size - 15000)) best = { f, size };
  }
  return join(DRAFTS, best.f);
}

// ------------------------------------------------------------------ report ----

const fmtS = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const fmtMB = (x) => (Number.isFinite(x) && x > 0 ? `${x.toFixed(0)} MB` : '');

function row(label, name, { inner = false } = {}) {
  const e = results.get(name);
  if (!e) return `| ${label} | not measured | | | | | |`;
  const ms = median(inner ? e.inner : e.ms);
  const per = e.files ? `${(ms / e.files).toFixed(ms / e.files < 10 ? 2 : 1)} ms` : '';
  const mbs = e.bytes ? `${(e.bytes / 1e6 / (ms / 1000)).toFixed(2)}` : '';
  const spread = e.ms.length > 1 ? ` (${fmtS(Math.min(...(inner ? e.inner : e.ms)))}–${fmtS(Math.max(...(inner ? e.inner : e.ms)))})` : '';
  const cpu = e.cpuMs?.length && !inner ? fmtS(median(e.cpuMs)) : '';
  return `| ${label} | ${fmtS(ms)}${spread} | ${cpu} | ${per} | ${mbs} | ${fmtMB(median(e.rssMB))} | ${e.ms.length} |`;
}

const med = (name, inner = false) => {
  const e = results.get(name);
  return e ? median(inner ? e.inner : e.ms) : NaN;
};
const medCpu = (name) => {
  const e = results.get(name);
  return e?.cpuMs?.length ? median(e.cpuMs) : NaN;
};

function verdict(ok) {
  return ok === undefined || Number.isNaN(ok) ? 'not measured' : ok ? 'met' : '**not met**';
}

function report() {
  const lines = [];
  const cpu = cpus();
  lines.push('# penlint benchmark results', '');
  lines.push(`Generated by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ` +
    `${cpu.length} × ${cpu[0]?.model?.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. ` +
    `Corpus: ${COUNT} drafts from bench/gen-corpus.mjs (seed 20240601), ${(folderBytes(DRAFTS) / 1e6).toFixed(1)} MB, and one ` +
    `${(statSync(HUGE).size / 1e6).toFixed(2)} MB draft. Medians of ${ROUNDS} interleaved round(s) (min–max in brackets); ` +
    'every stage is a whole child process (wall time from spawn to exit, peak RSS) unless it says "in-process". ' +
    `Load average (1 min) at the start ${loadAtStart.toFixed(1)}, at the end ${loadavg()[0].toFixed(1)}: above the core count, ` +
    'other processes shared the cores and wall times are inflated; the CPU column is the steadier measure.', '');
  lines.push('| stage | median wall | CPU (user+sys) | per draft | MB/s | peak RSS | runs |', '| --- | --- | --- | --- | --- | --- | --- |');
  lines.push(row(`read the ${COUNT} files (in-process)`, 'read', { inner: true }));
  lines.push(row('bare parse: remark + penlint\'s syntax plugins + retext (in-process)', 'bare', { inner: true }));
  lines.push(row('bare parse (whole process)', 'bare'));
  lines.push(row('penlint CLI cold, --jobs 1', 'cli-cold'));
  lines.push(row('penlint CLI cold, --jobs 2', 'cli-jobs2'));
  lines.push(row('penlint CLI --cache, first run (default jobs)', 'cli-cache-first'));
  lines.push(row('penlint CLI --cache, unchanged rerun', 'cli-cache-rerun'));
  lines.push(row('markdownlint-cli2 on the same drafts', 'markdownlint-cli2'));
  lines.push(row('bare parse, 1 MB draft (whole process)', 'bare-huge'));
  lines.push(row('penlint CLI, 1 MB draft, --jobs 1', 'cli-huge'));
  lines.push(row('start-up: penlint CLI on one draft', 'startup-penlint'));
  lines.push(row('start-up: markdownlint-cli2 on one draft', 'startup-markdownlint'));
  lines.push(row('start-up: node -e 0', 'startup-node'));
  lines.push('');

  const lsp = ['lsp-15k', 'lsp-15k-default', 'lsp-1mb'].map((k) => [k, results.get(k)]);
  if (lsp.some(([, v]) => v)) {
    lines.push('Language server (dist/server.cjs over stdio): single-character edits (insert or delete) at random places (seeded), ' +
      'each sent as an incremental didChange 25 ms after the previous edit\'s diagnostics arrived; latency from sending the didChange ' +
      'to the publishDiagnostics for that version. "debounce 0" runs the server with PENLINT_LSP_DEBOUNCE_MS=0 (the lint and ' +
      'publish alone); "default debounce" as shipped (a keystroke is linted at once when the last lint took ≤ 50 ms, ' +
      'else after the last lint\'s duration, at most 150 ms). "lint p50/p95": the server\'s own lint time (penlint/status).', '');
    lines.push('| document | server | edits | open → first diagnostics | p50 | p95 | max | lint p50 / p95 | server peak RSS |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const [k, v] of lsp) {
      if (!v) continue;
      lines.push(`| ${k.startsWith('lsp-15k') ? '15 KB draft' : '1 MB draft'} (${(v.bytes / 1024).toFixed(0)} KB) | ${v.debounce === '0' ? 'debounce 0' : 'default debounce'} | ${v.n} | ${v.openMs.toFixed(0)} ms | ${v.p50.toFixed(1)} ms | ${v.p95.toFixed(1)} ms | ${v.max.toFixed(1)} ms | ${v.lintP50 ?? '?'} / ${v.lintP95 ?? '?'} ms | ${v.peakRssMB.toFixed(0)} MB |`);
    }
    lines.push('');
  }

  const bare = med('bare');
  const cold = med('cli-cold');
  const jobs2 = med('cli-jobs2');
  const rerun = med('cli-cache-rerun');
  const mdl = med('markdownlint-cli2');
  const start = med('startup-penlint');
  const l15 = results.get('lsp-15k');
  const l1m = results.get('lsp-1mb');
  const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) ? a / b : NaN);
  const x = (v, d = 2) => (Number.isFinite(v) ? v.toFixed(d) : 'n/a');
  lines.push('| acceptance (issue 7) | measured | verdict |', '| --- | --- | --- |');
  const accept = (what, measured, ok) => lines.push(`| ${what} | ${measured} | ${verdict(ok)} |`);
  const r1 = ratio(cold, bare);
  const r1cpu = ratio(medCpu('cli-cold'), medCpu('bare'));
  accept('CLI cold, one job ≤ 1.3 × bare parse of the same files (whole processes)', `${x(r1)} × wall (${fmtS(cold)} vs ${fmtS(bare)}); ${x(r1cpu)} × CPU`, Number.isFinite(r1) ? r1 <= 1.3 : undefined);
  const r2 = ratio(cold, jobs2);
  accept('--jobs 2 ≥ 1.6 × faster than one job', `${x(r2)} ×`, Number.isFinite(r2) ? r2 >= 1.6 : undefined);
  const r3 = ratio(rerun, cold);
  accept('--cache, unchanged rerun ≤ 5 % of the cold run', `${x(100 * r3, 1)} % (${fmtS(rerun)})`, Number.isFinite(r3) ? r3 <= 0.05 : undefined);
  const best = Math.min(...[cold, jobs2].filter(Number.isFinite));
  accept('penlint CLI faster than markdownlint-cli2 on the same drafts (default --jobs)', `${fmtS(jobs2)} vs ${fmtS(mdl)} (${x(ratio(mdl, jobs2))} × faster)`, Number.isFinite(jobs2) && Number.isFinite(mdl) ? jobs2 < mdl : undefined);
  accept('start-up on one small draft ≤ 0.35 s wall', fmtS(start), Number.isFinite(start) ? start <= 350 : undefined);
  accept('LSP p95, 15 KB draft ≤ 30 ms (debounce 0)', l15 ? `${l15.p95.toFixed(1)} ms` : 'n/a', l15 ? l15.p95 <= 30 : undefined);
  accept('LSP p95, 1 MB draft ≤ 60 ms (debounce 0)', l1m ? `${l1m.p95.toFixed(1)} ms` : 'n/a', l1m ? l1m.p95 <= 60 : undefined);
  accept('server peak memory with the 1 MB draft open ≤ 300 MB', l1m ? `${l1m.peakRssMB.toFixed(0)} MB` : 'n/a', l1m ? l1m.peakRssMB <= 300 : undefined);
  const l15d = results.get('lsp-15k-default');
  if (l15d) accept('LSP p95, 15 KB draft ≤ 30 ms (default debounce)', `${l15d.p95.toFixed(1)} ms`, l15d.p95 <= 30);
  for (const e of equality) accept(`findings identical: ${e.label}`, e.same ? 'identical' : `different: ${e.detail}`, e.same);
  void best;
  lines.push('');
  if (failures.length) lines.push('Failures:', '', ...failures.map((f) => `- ${f}`), '');
  lines.push('Reproduce: `npm run bench` (about ten minutes on two cores; `node bench/run.mjs --quick` for a smoke run). ' +
    'The corpus is regenerated into bench/out/ (git-ignored) when the generator changes.');
  return lines.join('\n') + '\n';
}

// -------------------------------------------------------------------- main ----

generate();
mkdirSync(DIST, { recursive: true });
for (const f of existsSync(join(root, 'dist')) ? readdirSync(join(root, 'dist')) : []) {
  if (/\.(?:cjs|js|v8cache)$/.test(f)) copyFileSync(join(root, 'dist', f), join(DIST, f));
}
have.cli = existsSync(CLI);
have.server = existsSync(SERVER);
if (!have.cli) failures.push('dist/cli.cjs is missing: the CLI stages were skipped');
if (!have.server) failures.push('dist/server.cjs is missing: the language-server stages were skipped');
const log = (s) => process.stderr.write(s + '\n');
for (let round = 0; round < ROUNDS; round++) {
  log(`round ${round + 1}/${ROUNDS}`);
  if (wants('parse')) {
    const rr = await measure(node, [join(here, 'bare-parse.mjs'), '--read', DRAFTS]);
    if (check('read', rr, { json: true })) {
      const j = JSON.parse(rr.stdout);
      record('read', { ...rr, inner: j.ms }, { bytes: j.bytes, files: j.files });
    }
    await bareParse('bare', [DRAFTS]);
    await bareParse('bare-huge', [HUGE]);
  }
  if (wants('cli') && have.cli) {
    await cliRound(round);
    await cliHuge();
  }
  if (wants('mdl') && have.mdl) await markdownlint();
  if (wants('startup')) await startup();
}
if (wants('lsp') && have.server) {
  log('language server latency');
  await lspLatency();
}
const text = report();
process.stdout.write('\n' + text);
if (!only.length && !quick) {
  // the notes written by hand under the generated tables ("## Performance pass …") are kept
  const previous = existsSync(join(here, 'RESULTS.md')) ? readFileSync(join(here, 'RESULTS.md'), 'utf8') : '';
  const notesAt = previous.indexOf('\n## Performance pass');
  writeFileSync(join(here, 'RESULTS.md'), notesAt >= 0 ? `${text.trimEnd()}\n${previous.slice(notesAt)}` : text);
}
else writeFileSync(join(out, 'RESULTS.partial.md'), text);
