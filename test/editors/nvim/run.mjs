// Neovim headless against the built language server over stdio (npm run test:editors).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, EXAMPLE_NAME, makeWorkspace, check, ensureOutput } from '../common.mjs';

const ws = makeWorkspace('penlint-nvim-');
const xdg = mkdtempSync(join(tmpdir(), 'penlint-nvim-xdg-'));
const file = join(ws, EXAMPLE_NAME);
const env = {
  ...process.env,
  PENLINT_SERVER: join(ROOT, 'dist/server.cjs'),
  PENLINT_FILE: file,
  PENLINT_RULE: 'order-duration-exceeds-60',
  XDG_CACHE_HOME: join(xdg, 'cache'), XDG_DATA_HOME: join(xdg, 'data'), XDG_STATE_HOME: join(xdg, 'state'), XDG_CONFIG_HOME: join(xdg, 'config'),
};
const t0 = Date.now();
const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(ROOT, 'test/editors/nvim/lsp_check.lua')}`], { env, encoding: 'utf8', timeout: 90000 });
if (run.error) {
  console.error(`FAIL: cannot run nvim: ${run.error.message}`);
  process.exit(1);
}
const line = run.stdout.split('\n').find((l) => l.startsWith('{'));
writeFileSync(join(ensureOutput(), 'nvim-result.json'), `${line ?? ''}\n`);
if (run.status !== 0 || !line) {
  console.error(`FAIL: nvim exited ${run.status}\nstdout: ${run.stdout}\nstderr: ${run.stderr}`);
  process.exit(1);
}
const r = JSON.parse(line);
console.log(`Neovim: diagnostics after ${r.diagnostics_ms} ms, all done in ${r.total_ms} ms (wall ${Date.now() - t0} ms)`);
const duration = r.diagnostics.find((d) => d.code === 'order-duration-exceeds-60');
check(duration && duration.source === 'penlint', 'Neovim shows the order-duration-exceeds-60 diagnostic from penlint');
check(/docs\/rules\/order-duration-exceeds-60\.md$/.test(duration.href ?? ''), 'the diagnostic links its rule documentation');
check(r.diagnostics.some((d) => d.code === 'draft-invalid-date'), 'and draft-invalid-date on "February 30, 2022"');
check(r.vim_diagnostics === r.diagnostics.length, `vim.diagnostic holds the ${r.diagnostics.length} diagnostics`);
check(r.code_actions.includes('Disable order-duration-exceeds-60 for this line'), 'code actions include "Disable ... for this line"');
check(typeof r.applied === 'string' && !/ninety \(90\)/.test(r.line_after_fix ?? 'ninety (90)'), `the quick-fix "${r.applied}" rewrote the line: ${JSON.stringify(r.line_after_fix)}`);
check(r.cleared === true, 'after the edit the server re-linted and the finding is gone');
check(typeof r.hover === 'string' && /sealed until otherwise ordered/.test(r.hover), 'hover on § 3123(d)(1) explains what it requires');
check(Array.isArray(r.checklist) && r.checklist.some((i) => i.id === 'sealing' && i.status === 'found'), 'penlint/checklist answers (sealing found)');
const text = readFileSync(file, 'utf8');
check(/ninety \(90\) days/.test(text), 'the file on disk is untouched (the fix went to the buffer only)');
rmSync(ws, { recursive: true, force: true });
rmSync(xdg, { recursive: true, force: true });
console.log('Neovim test passed');
