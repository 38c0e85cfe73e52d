// The built CLI (dist/cli.cjs), spawned as CI would run it: exit codes, discovery, configuration, input, output.
// Findings come from whatever rules exist, so most tests assert shapes, exit codes and consistency; the few that
// need a rule to fire skip (visibly) until that rule is implemented.
import assert from 'node:assert/strict';
import { chmodSync, copyFileSync, existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { rules } from '../../server/src/engine/index.js';
import { TOOL_VERSION } from '../../server/src/engine/meta.js';
import type { JsonReport } from '../../server/src/cli/report.js';
import { buildOnce, cleanTemps, CORPUS, draftWith, penlint, ROOT, ruleImplemented, tempRepo, writeFile } from './helpers.js';

const README = '# Notes\n\nA pen register order lasts at most sixty days under 18 U.S.C. § 3123(c)(1).\n';
const allRulesTo = (severity: string) => rules.flatMap((r) => ['--rule', `${r.id}=${severity}`]);
const json = (stdout: string) => JSON.parse(stdout) as JsonReport;

describe('CLI: exit codes and usage', function () {
  this.timeout(120_000);
  before(buildOnce);
  after(cleanTemps);

  it('exits 0 on a folder with nothing wrong (a non-draft) and says so', () => {
    const dir = tempRepo({ 'notes.md': README });
    const r = penlint([], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /No problems found \(1 file checked, 0 drafts\)/);
  });

  it('exits 2 on an unknown option, a bad value, or a missing path, and says why on stderr', () => {
    for (const args of [['--frobnicate'], ['--format', 'xml'], ['--max-warnings', 'many'], ['--shard', '3/2'], ['--jobs', '0'], ['--fix', '--fix-dry-run']]) {
      const r = penlint(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /penlint: /);
      assert.equal(r.stdout, '');
    }
    const missing = penlint(['no/such/file.md']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no\/such\/file\.md/);
  });

  it('--rule with an unknown rule id is a usage error that suggests the right id', () => {
    const r = penlint(['--rule', 'scope-contnts=error', CORPUS]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown rule id "scope-contnts".*did you mean "scope-contents"/);
    assert.equal(penlint(['--rule', 'scope-contents=fatal', CORPUS]).code, 2);
  });

  it('exits 2 on an invalid config file, naming the file, line, column and key', () => {
    const dir = tempRepo({
      '.penlintrc.json': '{\n  "rules": {\n    "scope-contents": "warn"\n  }\n}\n',
      'a.md': README,
    });
    const r = penlint(['--format', 'json'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '', 'no report when the configuration is broken');
    assert.match(r.stderr, /\.penlintrc\.json:3:23: rules\.scope-contents: must be one of "off", "info", "warning", "error"/);
  });

  it('a YAML config error is located too', () => {
    const dir = tempRepo({ '.penlintrc.yaml': 'rules:\n  scope-contents: error\nmaxDurationDays: 90\n', 'a.md': README });
    const r = penlint([], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.penlintrc\.yaml:3:18: maxDurationDays: must be <= 60/);
  });

  it('--version, --help and --list-rules', () => {
    assert.equal(penlint(['--version']).stdout.trim(), TOOL_VERSION);
    const help = penlint(['--help']);
    assert.equal(help.code, 0);
    for (const flag of ['--format', '--fix-dry-run', '--stdin-filename', '--shard', '--cache-location', '--print-config']) assert.ok(help.stdout.includes(flag), flag);
    const list = penlint(['--list-rules', '--format', 'json']);
    const listed = JSON.parse(list.stdout) as Array<{ id: string; severity: string }>;
    assert.deepEqual(listed.map((r) => r.id), rules.map((r) => r.id));
    assert.ok(penlint(['--list-rules']).stdout.includes('order-duration-exceeds-60'));
  });

  it('--print-config shows the nearest config, its rules and the draft override', () => {
    const dir = tempRepo({
      '.penlintrc.yaml': 'rules:\n  scope-full-url: error\nexclude: ["notes/**"]\n',
      'sub/.penlintrc.json': '{ "rules": { "scope-pctdd": "off" } }',
      'sub/a.md': README,
      'notes/b.md': README,
    });
    const near = JSON.parse(penlint(['--print-config', 'sub/a.md'], { cwd: dir }).stdout);
    assert.deepEqual(near.configFiles, ['sub/.penlintrc.json']);
    assert.equal(near.rules['scope-pctdd'], 'off');
    assert.equal(near.rules['scope-full-url'], 'warning', 'nearest wins: the parent config does not cascade');
    const far = JSON.parse(penlint(['--print-config', 'notes/b.md', '--rule', 'scope-pctdd=info'], { cwd: dir }).stdout);
    assert.deepEqual(far.configFiles, ['.penlintrc.yaml']);
    assert.equal(far.rules['scope-full-url'], 'error');
    assert.equal(far.rules['scope-pctdd'], 'info');
    assert.equal(far.draft, false);
  });
});

describe('CLI: files', function () {
  this.timeout(120_000);
  before(buildOnce);
  after(cleanTemps);

  it('lints folders recursively (*.md, *.markdown), skips node_modules and .git, honours .penlintignore', () => {
    const dir = tempRepo({
      'a.md': README,
      'deep/er/b.markdown': README,
      'c.txt': README,
      'node_modules/pkg/readme.md': README,
      '.git/notes.md': README,
      'drafts/old/x.md': README,
      'drafts/y.md': README,
      '.penlintignore': '# archived\ndrafts/old/\n',
    });
    const r = penlint(['--format', 'json'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(json(r.stdout).files.map((f) => f.path), ['a.md', 'deep/er/b.markdown', 'drafts/y.md']);
  });

  it('accepts files of any extension, folders and globs, and reports each file once', () => {
    const dir = tempRepo({ 'a.md': README, 'b.txt': README, 'sub/c.md': README });
    const r = penlint(['--format', 'json', 'b.txt', 'sub', '*.md', 'a.md'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(json(r.stdout).files.map((f) => f.path), ['a.md', 'b.txt', 'sub/c.md']);
  });

  it('does not follow symbolic links to folders (no loops) and lints each real file once', () => {
    const dir = tempRepo({ 'a/x.md': README });
    symlinkSync('..', join(dir, 'a/up'));
    symlinkSync(join(dir, 'a'), join(dir, 'again'));
    const r = penlint(['--format', 'json'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(json(r.stdout).files.map((f) => f.path), ['a/x.md']);
    symlinkSync(join(dir, 'a/x.md'), join(dir, 'named.md'));
    assert.deepEqual(json(penlint(['--format', 'json', 'named.md', 'a'], { cwd: dir }).stdout).files.map((f) => f.path), ['named.md']);
  });

  it('reports a binary file and a non-UTF-8 file as errors (exit 2) and still lints the others', () => {
    const dir = tempRepo({
      'good.md': README,
      'binary.md': Buffer.from([0x23, 0x20, 0x41, 0x00, 0x01, 0x02]),
      'latin1.md': Buffer.from('# Caf\xe9 notes\n', 'latin1'),
    });
    const r = penlint(['--format', 'json'], { cwd: dir });
    assert.equal(r.code, 2);
    const report = json(r.stdout);
    const byPath = new Map(report.files.map((f) => [f.path, f]));
    assert.match(byPath.get('binary.md')!.error!, /not a text file/);
    assert.match(byPath.get('latin1.md')!.error!, /not valid UTF-8/);
    assert.equal(byPath.get('good.md')!.error, undefined);
    assert.equal(report.summary.fileErrors, 2);
    const stylish = penlint([], { cwd: dir });
    assert.equal(stylish.code, 2);
    assert.match(stylish.stdout, /binary\.md\n {2}error {2}The file is not a text file/);
    assert.match(stylish.stdout, /2 files could not be checked/);
  });

  it('reports a file that cannot be read as an error for that file (exit 2) and still lints the others', () => {
    const dir = tempRepo({ 'good.md': README });
    // /proc/self/mem exists but reading it from offset 0 fails (EIO), even for root
    const r = penlint(['--format', 'json', '/proc/self/mem', 'good.md'], { cwd: dir });
    assert.equal(r.code, 2);
    const files = json(r.stdout).files;
    assert.match(files.find((f) => f.path.endsWith('proc/self/mem'))!.error!, /cannot be read \(EIO/);
    assert.ok(files.some((f) => f.path === 'good.md' && !f.error));
    if (process.getuid?.() !== 0) {
      // root reads anything; elsewhere a file without read permission is a file error too
      const locked = writeFile(dir, 'locked.md', README);
      chmodSync(locked, 0o000);
      const l = penlint(['--format', 'json'], { cwd: dir });
      assert.equal(l.code, 2);
      assert.match(json(l.stdout).files.find((f) => f.path === 'locked.md')!.error!, /permission denied/);
    }
    // a dangling link named on the command line names nothing
    symlinkSync(join(dir, 'gone.md'), join(dir, 'dangling.md'));
    const dangling = penlint(['dangling.md', 'good.md'], { cwd: dir });
    assert.equal(dangling.code, 2);
    assert.match(dangling.stderr, /no such file or folder.*dangling\.md/);
  });

  it('--stdin with --stdin-filename reports under that name, with the same findings as the file', () => {
    const file = join(CORPUS, '03-hsi-smuggling-agent-application.md');
    const fromFile = json(penlint(['--format', 'json', file]).stdout).files[0];
    const r = penlint(['--stdin', '--stdin-filename', 'drafts/piped.md', '--format', 'json'], { input: readFileSync(file) });
    const fromStdin = json(r.stdout).files[0];
    assert.equal(fromStdin.path, 'drafts/piped.md');
    assert.deepEqual({ ...fromStdin, path: '' }, { ...fromFile, path: '' });
    assert.equal(penlint(['--stdin', '--fix'], { input: 'x' }).code, 2, '--fix cannot write standard input');
    assert.equal(json(penlint(['--stdin', '--format', 'json'], { input: README }).stdout).files[0].path, '<stdin>');
  });

  it('--output writes the report to a file and nothing to stdout', () => {
    const dir = tempRepo({ 'a.md': README });
    const r = penlint(['--format', 'json', '--output', 'out/report.json'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
    assert.equal(json(readFileSync(join(dir, 'out/report.json'), 'utf8')).files.length, 1);
  });
});

describe('CLI: severities, --rule, --quiet, --max-warnings (on the sample corpus)', function () {
  this.timeout(120_000);
  before(buildOnce);

  it('the JSON report has exactly the documented shape, and its summary adds up', () => {
    const r = penlint(['--format', 'json', CORPUS]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const report = json(r.stdout);
    assert.deepEqual(Object.keys(report), ['version', 'tool', 'files', 'summary']);
    assert.equal(report.version, 1);
    assert.deepEqual(report.tool, { name: 'penlint', version: TOOL_VERSION });
    let errors = 0;
    let warnings = 0;
    let infos = 0;
    for (const f of report.files) {
      assert.deepEqual(Object.keys(f), ['path', 'draft', 'parts', 'jurisdiction', 'diagnostics']);
      assert.match(f.path, /^test\/fixtures\/corpus\/drafts\/[\w-]+\.md$/);
      if (!f.draft) assert.equal(f.diagnostics.length, 0, 'a non-draft gets no diagnostics');
      for (const d of f.diagnostics) {
        assert.deepEqual(Object.keys(d), ['ruleId', 'severity', 'message', 'citation', 'line', 'column', 'endLine', 'endColumn', 'fixes']);
        assert.ok(d.line >= 1 && d.column >= 1 && (d.endLine > d.line || (d.endLine === d.line && d.endColumn >= d.column)));
        for (const fix of d.fixes) for (const e of fix.edits) assert.ok(e.line >= 1 && e.column >= 1 && typeof e.text === 'string');
        if (d.severity === 'error') errors++;
        else if (d.severity === 'warning') warnings++;
        else infos++;
      }
    }
    assert.deepEqual(report.summary, { files: 16, drafts: report.files.filter((f) => f.draft).length, errors, warnings, infos });
    assert.equal(r.code, errors ? 1 : 0);
    assert.ok(report.files.find((f) => f.path.endsWith('01-readme.md'))!.draft === false);
  });

  it('--rule ID=off for every rule: no diagnostics, exit 0; every rule at info: exit 0', () => {
    const off = penlint(['--format', 'json', ...allRulesTo('off'), CORPUS]);
    assert.equal(off.code, 0);
    assert.equal(json(off.stdout).files.reduce((n, f) => n + f.diagnostics.length, 0), 0);
    const all = json(penlint(['--format', 'json', CORPUS]).stdout);
    const info = penlint(['--format', 'json', ...allRulesTo('info'), CORPUS]);
    assert.equal(info.code, 0);
    const infoReport = json(info.stdout);
    assert.ok(infoReport.files.every((f) => f.diagnostics.every((d) => d.severity === 'info')));
    assert.equal(infoReport.summary.infos, all.summary.errors + all.summary.warnings + all.summary.infos);
  });

  it('--quiet keeps errors only; --max-warnings fails a run with more warnings than allowed', () => {
    const quiet = json(penlint(['--format', 'json', '--quiet', CORPUS]).stdout);
    assert.ok(quiet.files.every((f) => f.diagnostics.every((d) => d.severity === 'error')));
    // every rule at warning: warnings only, so the exit code is --max-warnings' alone
    const warn = penlint(['--format', 'json', ...allRulesTo('warning'), CORPUS]);
    const count = json(warn.stdout).summary.warnings;
    assert.equal(warn.code, 0);
    assert.equal(penlint([...allRulesTo('warning'), '--max-warnings', String(count), CORPUS]).code, 0);
    if (count > 0) {
      const over = penlint([...allRulesTo('warning'), '--max-warnings', String(count - 1), CORPUS]);
      assert.equal(over.code, 1);
      assert.match(over.stderr, /exceed --max-warnings/);
    }
  });

  it('a rule that fires: --rule changes its severity and the exit code follows', function () {
    if (!ruleImplemented('order-duration-exceeds-60')) this.skip();
    const dir = tempRepo({ 'draft.md': draftWith('for a period of ninety (90) days.') });
    const r = penlint(['--format', 'json'], { cwd: dir });
    assert.equal(r.code, 1);
    const d = json(r.stdout).files[0].diagnostics.find((x) => x.ruleId === 'order-duration-exceeds-60');
    assert.ok(d, 'order-duration-exceeds-60 fires on ninety days');
    assert.equal(d.severity, 'error');
    const warned = penlint(['--format', 'json', ...allRulesTo('warning')], { cwd: dir });
    assert.equal(warned.code, 0);
    assert.equal(penlint([...allRulesTo('warning'), '--max-warnings', '0'], { cwd: dir }).code, 1);
    assert.equal(json(penlint(['--format', 'json', '--rule', 'order-duration-exceeds-60=off'], { cwd: dir }).stdout).files[0].diagnostics.some((x) => x.ruleId === 'order-duration-exceeds-60'), false);
    cleanTemps();
  });
});

describe('CLI: the examples folder (end to end; depends on the rules)', function () {
  this.timeout(120_000);
  before(buildOnce);

  it('examples/clean exits 0: the clean example drafts get no errors or warnings', () => {
    const r = penlint(['--format', 'json', 'examples/clean']);
    const report = json(r.stdout);
    assert.equal(r.code, 0, JSON.stringify(report.files.map((f) => f.diagnostics.map((d) => `${f.path}:${d.line} ${d.ruleId}`))));
    assert.ok(report.files.length >= 2 && report.files.every((f) => f.draft));
    assert.equal(report.summary.errors + report.summary.warnings, 0);
  });

  it('examples/README.md is not a draft; the agent application is', () => {
    const report = json(penlint(['--format', 'json', 'examples']).stdout);
    const byName = new Map(report.files.map((f) => [f.path, f]));
    assert.equal(byName.get('examples/README.md')!.draft, false);
    const bad = byName.get('examples/agent-application-ninety-days-cell-site.md')!;
    assert.equal(bad.draft, true);
    assert.deepEqual(bad.parts, ['application', 'order']);
    if (ruleImplemented('order-duration-exceeds-60')) assert.ok(bad.diagnostics.some((d) => d.ruleId === 'order-duration-exceeds-60'));
    if (ruleImplemented('app-applicant-not-attorney')) assert.ok(bad.diagnostics.some((d) => d.ruleId === 'app-applicant-not-attorney'));
    if (ruleImplemented('scope-location-prtt-only')) assert.ok(bad.diagnostics.some((d) => d.ruleId === 'scope-location-prtt-only'));
  });

  it('runs as `npx penlint` from the repository root (the package\'s own bin)', () => {
    const r = spawnSync('npx', ['--no-install', 'penlint', '--format', 'json', 'test/fixtures/corpus/drafts'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    assert.equal(json(r.stdout).files.length, 16);
  });
});

describe('CLI: start-up from the code cache (dist/cli.cjs launches dist/cli-main.cjs)', function () {
  this.timeout(120_000);
  before(buildOnce);
  after(cleanTemps);

  it('the build writes the cache, and a missing or corrupt cache gives the same run, only slower to start', () => {
    assert.ok(existsSync(join(ROOT, 'dist/cli-main.cjs.v8cache')), 'no dist/cli-main.cjs.v8cache');
    const expected = penlint(['--format', 'json', CORPUS]);
    for (const cache of [undefined, randomBytes(4096)]) {
      const dist = tempRepo({});
      for (const f of ['cli.cjs', 'cli-main.cjs', 'worker.cjs']) copyFileSync(join(ROOT, 'dist', f), join(dist, f));
      if (cache) writeFileSync(join(dist, 'cli-main.cjs.v8cache'), cache);
      for (const jobs of ['1', '2']) {
        const r = spawnSync(process.execPath, [join(dist, 'cli.cjs'), '--jobs', jobs, '--format', 'json', CORPUS], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        assert.equal(r.status, expected.code, r.stderr);
        assert.equal(r.stdout, expected.stdout, `cache ${cache ? 'corrupt' : 'missing'}, --jobs ${jobs}`);
      }
    }
  });
});
