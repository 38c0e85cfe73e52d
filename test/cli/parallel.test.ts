// --jobs, --shard and --cache change how a run is done, never what it finds: the same report with one thread or
// several, the union of all shards equal to the whole run, and a cached run equal to a fresh one. The cache is
// keyed by content, config and penlint's build; a corrupt or foreign cache file is ignored.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonFileEntry, JsonReport } from '../../server/src/cli/report.js';
import { MIN_FILES_FOR_WORKERS } from '../../server/src/cli/pool.js';
import { buildOnce, cleanTemps, CORPUS, penlint, tempRepo } from './helpers.js';

const report = (stdout: string) => JSON.parse(stdout) as JsonReport;

describe('CLI: --jobs, --shard, --cache', function () {
  this.timeout(180_000);
  let dir = '';
  let baseline: JsonReport;

  before(() => {
    buildOnce();
    // three copies of the corpus (48 files): enough for the run to use two worker threads
    const files: Record<string, string> = {};
    for (const name of readdirSync(CORPUS)) {
      const text = readFileSync(join(CORPUS, name), 'utf8');
      for (const copy of ['a', 'b/c', 'd']) files[`${copy}/${name}`] = text;
    }
    dir = tempRepo(files);
    assert.ok(Object.keys(files).length >= 2 * MIN_FILES_FOR_WORKERS);
    const r = penlint(['--format', 'json', '--jobs', '1'], { cwd: dir });
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    baseline = report(r.stdout);
    assert.equal(baseline.files.length, 48);
  });
  after(cleanTemps);

  it('--jobs 2 and --jobs 3 give exactly the --jobs 1 report', () => {
    for (const jobs of ['2', '3']) {
      const r = penlint(['--format', 'json', '--jobs', jobs], { cwd: dir });
      assert.equal(r.stderr, '');
      assert.deepEqual(report(r.stdout), baseline, `--jobs ${jobs}`);
    }
  });

  it('--jobs N lints N files at once on a large run (this thread and N - 1 worker threads), one on a small one', () => {
    // a preload that reports each Worker the CLI constructs, without any switch in penlint itself
    const hook = join(dir, 'count-workers.cjs');
    writeFileSync(hook, "const wt = require('node:worker_threads'); const W = wt.Worker; wt.Worker = class extends W { constructor(...a) { super(...a); process.stderr.write('worker started\\n'); } };\n");
    const env = { NODE_OPTIONS: `--require ${hook}` };
    const big = penlint(['--format', 'json', '--jobs', '2'], { cwd: dir, env });
    assert.equal(big.stderr.match(/worker started/g)?.length, 1);
    assert.deepEqual(report(big.stdout), baseline);
    const bigger = penlint(['--format', 'json', '--jobs', '3'], { cwd: dir, env });
    assert.equal(bigger.stderr.match(/worker started/g)?.length, 2);
    assert.deepEqual(report(bigger.stdout), baseline);
    const small = penlint(['--format', 'json', '--jobs', '2', 'a/02-dea-fentanyl-phone.md', 'a/03-hsi-smuggling-agent-application.md'], { cwd: dir, env });
    assert.equal(small.stderr, '');
  });

  it('a worker that dies mid-run: its files in flight and the rest are linted in the main thread, same report', () => {
    // a preload whose workers exit on their third file: two files are in flight when it dies
    const hook = join(dir, 'crash-worker.cjs');
    writeFileSync(
      hook,
      "const wt = require('node:worker_threads'); const W = wt.Worker; wt.Worker = class extends W { constructor(script, o) { super(`let n = 0; require('node:worker_threads').parentPort.on('message', () => { if (++n === 3) throw new Error('worker died'); }); require(${JSON.stringify(script)});`, { ...o, eval: true }); } };\n",
    );
    const r = penlint(['--format', 'json', '--jobs', '2'], { cwd: dir, env: { NODE_OPTIONS: `--require ${hook}` } });
    assert.deepEqual(report(r.stdout), baseline);
  });

  it('the shards partition the files, and together give the whole report', () => {
    for (const n of [2, 3, 5]) {
      const union: JsonFileEntry[] = [];
      for (let i = 1; i <= n; i++) union.push(...report(penlint(['--format', 'json', '--shard', `${i}/${n}`], { cwd: dir }).stdout).files);
      union.sort((a, b) => (a.path < b.path ? -1 : 1));
      assert.deepEqual(union, baseline.files, `${n} shards`);
    }
    // stable: the same slice twice
    assert.deepEqual(penlint(['--format', 'json', '--shard', '2/3'], { cwd: dir }).stdout, penlint(['--format', 'json', '--shard', '2/3', '--jobs', '2'], { cwd: dir }).stdout);
  });

  it('--cache: the cached run equals the fresh one, and a changed file or config is linted again', () => {
    const cacheFile = join(dir, '.penlintcache');
    const first = penlint(['--format', 'json', '--cache'], { cwd: dir });
    assert.deepEqual(report(first.stdout), baseline);
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    assert.equal(cache.tool, 'penlint');
    assert.equal(Object.keys(cache.entries).length, 48);
    const second = penlint(['--format', 'json', '--cache', '--jobs', '2'], { cwd: dir });
    assert.deepEqual(report(second.stdout), baseline);
    // byte for byte, key order included (a cache hit once printed "path" last)
    assert.equal(second.stdout, penlint(['--format', 'json', '--jobs', '2'], { cwd: dir }).stdout);

    // the cache is really used: a planted entry with the right hash is what the report shows
    const target = join(dir, 'a', '02-dea-fentanyl-phone.md');
    const planted = JSON.parse(readFileSync(cacheFile, 'utf8'));
    const fake = { ruleId: 'order-missing-sealing', severity: 'error', message: 'planted', citation: null, line: 1, column: 1, endLine: 1, endColumn: 2, fixes: [] };
    planted.entries[target].entry.diagnostics = [fake];
    writeFileSync(cacheFile, JSON.stringify(planted));
    const fromCache = report(penlint(['--format', 'json', '--cache'], { cwd: dir }).stdout);
    assert.deepEqual(fromCache.files.find((f) => f.path === 'a/02-dea-fentanyl-phone.md')!.diagnostics, [fake]);
    // ... but not when the config differs, nor when the file changed
    const otherConfig = report(penlint(['--format', 'json', '--cache', '--rule', 'scope-pctdd=info'], { cwd: dir }).stdout);
    assert.ok(!otherConfig.files.some((f) => f.diagnostics.some((d) => d.message === 'planted')));
    writeFileSync(cacheFile, JSON.stringify(planted));
    writeFileSync(target, readFileSync(target, 'utf8') + '\n');
    const changed = report(penlint(['--format', 'json', '--cache'], { cwd: dir }).stdout);
    assert.ok(!changed.files.some((f) => f.diagnostics.some((d) => d.message === 'planted')));
    writeFileSync(target, readFileSync(join(CORPUS, '02-dea-fentanyl-phone.md')));
  });

  it('--cache ignores a corrupt cache file or one from another penlint, and rewrites it', () => {
    const location = join(dir, 'cache', 'penlint.json');
    for (const bad of ['{"tool":"penlint","version":', JSON.stringify({ tool: 'penlint', version: '0.0.1', entries: {} }), '[]', '']) {
      const cacheDir = join(dir, 'cache');
      tempWrite(cacheDir, 'penlint.json', bad);
      const r = penlint(['--format', 'json', '--cache-location', 'cache/penlint.json'], { cwd: dir });
      assert.deepEqual(report(r.stdout), baseline);
      assert.equal(JSON.parse(readFileSync(location, 'utf8')).tool, 'penlint');
    }
    // another version's entries, however plausible, are not used
    const foreign = JSON.parse(readFileSync(location, 'utf8'));
    foreign.version = '0.0.1';
    for (const e of Object.values(foreign.entries) as Array<{ entry: JsonFileEntry }>) e.entry.diagnostics = [];
    writeFileSync(location, JSON.stringify(foreign));
    assert.deepEqual(report(penlint(['--format', 'json', '--cache-location', 'cache/penlint.json'], { cwd: dir }).stdout), baseline);
    assert.deepEqual(readdirSync(join(dir, 'cache')), ['penlint.json'], 'written atomically: no temporary file left');
  });
});

function tempWrite(dir: string, name: string, content: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), content);
}
