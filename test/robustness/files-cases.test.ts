// File cases of the built CLI (issue 8) not already covered by test/cli: pipes and devices named as drafts (reading
// one would block or never end), a file that vanishes between discovery and read, and a file saved by someone else
// between penlint's read and its --fix write. The races are made certain with a preload (`node --require`) that
// patches node:fs inside the CLI process. Binary, non-UTF-8, /proc/self/mem, dangling links on the command line,
// --fix keeping CRLF/BOM/mode/final newline and broken configs are covered in test/cli (cli.test.ts, fix.test.ts).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, chmodSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { buildOnce, CLI, cleanTemps, draftWith, tempRepo, writeFile } from '../cli/helpers.js';

const README = '# Meeting notes\n\nNothing to lint here.\n';

interface FileEntry {
  path: string;
  error?: string;
  diagnostics: Array<{ ruleId: string }>;
}

function run(args: string[], cwd: string, preload?: string) {
  const r = spawnSync(process.execPath, [...(preload ? ['--require', preload] : []), CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60000,
  });
  assert.equal(r.error, undefined, `the CLI did not finish: ${String(r.error)}`);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const entries = (stdout: string): Map<string, FileEntry> => new Map((JSON.parse(stdout) as { files: FileEntry[] }).files.map((f) => [f.path, f]));

describe('robustness: file cases of the CLI', function () {
  this.timeout(120000);
  before(() => buildOnce());
  after(cleanTemps);

  it('a pipe named as a draft is an error for that file (not a run that blocks), and the others are linted', () => {
    const dir = tempRepo({ 'good.md': README });
    const mk = spawnSync('mkfifo', [join(dir, 'pipe.md')]);
    assert.equal(mk.status, 0, String(mk.stderr));
    const r = run(['--format', 'json', 'pipe.md', 'good.md'], dir);
    assert.equal(r.code, 2);
    const files = entries(r.stdout);
    assert.match(files.get('pipe.md')!.error!, /not a regular file/);
    assert.equal(files.get('good.md')!.error, undefined);
  });

  it('in a folder walk, a dangling link and a pipe named like drafts are errors for those files, not skipped', () => {
    const dir = tempRepo({ 'drafts/good.md': README, 'drafts/notes.md/inner.md': README });
    symlinkSync(join(dir, 'drafts', 'gone.md'), join(dir, 'drafts', 'dangling.md'));
    assert.equal(spawnSync('mkfifo', [join(dir, 'drafts', 'pipe.md')]).status, 0);
    const r = run(['--format', 'json', 'drafts'], dir);
    assert.equal(r.code, 2);
    const files = entries(r.stdout);
    assert.deepEqual([...files.keys()].sort(), ['drafts/dangling.md', 'drafts/good.md', 'drafts/notes.md/inner.md', 'drafts/pipe.md']);
    assert.match(files.get('drafts/dangling.md')!.error!, /does not exist/);
    assert.match(files.get('drafts/pipe.md')!.error!, /not a regular file/);
    assert.equal(files.get('drafts/good.md')!.error, undefined);
  });

  it('a device named as a draft (/dev/zero never ends) is an error for that file', () => {
    const dir = tempRepo({ 'good.md': README });
    const r = run(['--format', 'json', '/dev/zero', 'good.md'], dir);
    assert.equal(r.code, 2);
    const errors = [...entries(r.stdout).values()].filter((f) => f.error);
    assert.equal(errors.length, 1);
    assert.match(errors[0].error!, /not a regular file/);
  });

  it('a folder named like a draft is walked, not read as a file', () => {
    const dir = tempRepo({ 'good.md': README, 'notes.md/inner.md': README });
    const r = run(['--format', 'json', 'notes.md', 'good.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual([...entries(r.stdout).keys()].sort(), ['good.md', 'notes.md/inner.md']);
  });

  it('a file that vanishes between discovery and read is an error for that file; the others are linted', () => {
    const dir = tempRepo({ 'a.md': README, 'vanishing.md': README, 'z.md': README });
    // deletes vanishing.md just before the CLI reads it (after discovery listed it)
    const hook = writeFile(dir, 'vanish-hook.cjs', `
const fs = require('node:fs');
const read = fs.readFileSync;
fs.readFileSync = function (p, ...rest) {
  if (typeof p === 'string' && p.endsWith('vanishing.md') && fs.existsSync(p)) fs.unlinkSync(p);
  return read.call(this, p, ...rest);
};
const stat = fs.statSync;
fs.statSync = function (p, ...rest) {
  if (typeof p === 'string' && p.endsWith('vanishing.md') && new Error().stack.includes('lintFileTask') && fs.existsSync(p)) fs.unlinkSync(p);
  return stat.call(this, p, ...rest);
};`);
    const r = run(['--format', 'json', '.'], dir, hook);
    assert.equal(r.code, 2, r.stderr);
    const files = entries(r.stdout);
    assert.match(files.get('vanishing.md')!.error!, /does not exist/);
    assert.equal(files.get('a.md')!.error, undefined);
    assert.equal(files.get('z.md')!.error, undefined);
  });

  it('--fix refuses to write over a draft saved after penlint read it (exit 2, the other writer\'s bytes kept)', () => {
    const draft = draftWith('for a period of ninety (90) days.\n\nIt is so ordered.');
    const dir = tempRepo({ 'race.md': draft, 'other.md': draft });
    const saved = `${draft}\nSaved by the attorney while penlint was fixing.\n`;
    // once the fixed content of race.md is flushed to its temporary file, the attorney saves race.md
    const hook = writeFile(dir, 'race-hook.cjs', `
const fs = require('node:fs');
const path = require('node:path');
const fsync = fs.fsyncSync;
let done = false;
fs.fsyncSync = function (fd, ...rest) {
  const r = fsync.call(this, fd, ...rest);
  if (!done) {
    const target = path.join(${JSON.stringify(dir)}, 'race.md');
    const link = fs.readlinkSync('/proc/self/fd/' + fd);
    if (link.includes('.race.md.penlint-')) { done = true; fs.writeFileSync(target, ${JSON.stringify(saved)}); }
  }
  return r;
};`);
    chmodSync(join(dir, 'race.md'), 0o640);
    const r = run(['--fix', '--format', 'json', '.'], dir, hook);
    assert.equal(r.code, 2, r.stderr);
    assert.equal(readFileSync(join(dir, 'race.md'), 'utf8'), saved, 'the attorney\'s save is kept');
    assert.equal(statSync(join(dir, 'race.md')).mode & 0o777, 0o640);
    assert.match(entries(r.stdout).get('race.md')!.error!, /Fixes not written: the file changed on disk/);
    assert.equal(entries(r.stdout).get('other.md')!.error, undefined);
    // the other draft was fixed
    assert.ok(readFileSync(join(dir, 'other.md'), 'utf8').includes('sixty (60) days'));
    assert.deepEqual(spawnSync('ls', ['-A', dir], { encoding: 'utf8' }).stdout.split('\n').filter((n) => n.includes('.penlint-')), [], 'no temporary file left');
  });
});
