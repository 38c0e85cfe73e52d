// Files (issue 8, item 4): a kill -9 of the CLI during --fix on a folder leaves every draft either exactly as it was
// or exactly fixed, never truncated or half written (fix-write.ts writes a temporary file and renames it).
import assert from 'node:assert/strict';
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, cpSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli.cjs');

function draft(i: number): string {
  const filler = 'The Government states the facts of the investigation in this paragraph. '.repeat(40 + (i % 7) * 20);
  return `# APPLICATION FOR AN ORDER AUTHORIZING A PEN REGISTER AND TRAP AND TRACE DEVICE (${i})\n\n${filler}\n\n## [PROPOSED] ORDER\n\nIT IS ORDERED that the pen register may be used for a period of sixty (90) days from the date of this Order.\n\n${filler}\n`;
}

describe('robustness: kill -9 during --fix', function () {
  this.timeout(180000);
  let dir: string;
  before(() => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
    dir = mkdtempSync(join(tmpdir(), 'penlint-kill-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('every file is either exactly old or exactly new', async () => {
    const COUNT = 300;
    const oldDir = join(dir, 'old');
    const newDir = join(dir, 'new');
    const work = join(dir, 'work');
    spawnSync('mkdir', ['-p', oldDir]);
    for (let i = 0; i < COUNT; i++) writeFileSync(join(oldDir, `draft-${String(i).padStart(3, '0')}.md`), draft(i));
    // the expected new content: a --fix run that completes
    cpSync(oldDir, newDir, { recursive: true });
    const full = spawnSync(process.execPath, [CLI, '--fix', '--no-config', '--format', 'json', newDir], { encoding: 'utf8', maxBuffer: 1 << 26 });
    assert.ok(full.status === 0 || full.status === 1, full.stderr);
    const names = readdirSync(oldDir).sort();
    const changed = names.filter((n) => readFileSync(join(oldDir, n), 'utf8') !== readFileSync(join(newDir, n), 'utf8'));
    assert.equal(changed.length, COUNT, 'every draft has a safe fix');

    let sawOld = 0;
    let sawNew = 0;
    for (const delayMs of [150, 400, 900]) {
      rmSync(work, { recursive: true, force: true });
      cpSync(oldDir, work, { recursive: true });
      const child = spawn(process.execPath, [CLI, '--fix', '--no-config', '--jobs', '2', work], { stdio: 'ignore' });
      const started = Date.now();
      // kill when the first file is rewritten, or after the delay
      await new Promise<void>((done) => {
        const poll = setInterval(() => {
          const rewritten = names.some((n) => statSync(join(work, n)).size !== statSync(join(oldDir, n)).size);
          if ((rewritten && Date.now() - started > delayMs / 3) || Date.now() - started > delayMs) {
            clearInterval(poll);
            child.kill('SIGKILL');
            done();
          }
        }, 5);
      });
      await new Promise((r) => child.on('exit', r));
      for (const n of names) {
        const now = readFileSync(join(work, n), 'utf8');
        const isOld = now === readFileSync(join(oldDir, n), 'utf8');
        const isNew = now === readFileSync(join(newDir, n), 'utf8');
        assert.ok(isOld || isNew, `${n} is neither old nor new after kill -9 (${now.length} chars)`);
        if (isOld) sawOld++;
        else sawNew++;
      }
      // no temporary file is mistaken for a draft; stray temporaries are only ever dot files
      for (const f of readdirSync(work)) assert.ok(names.includes(f) || /^\..*\.penlint-\d+-[0-9a-f]+\.tmp$/.test(f), `unexpected file ${f}`);
    }
    // the kills landed mid-run at least once (else the test proves nothing)
    assert.ok(sawOld > 0, 'every run finished before the kill');
  });
});
