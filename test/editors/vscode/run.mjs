// VS Code itself: code-server 4.100.3 (VS Code 1.100.3) with the packaged VSIX, in Debian Chromium driven by
// playwright-core. Two runs against one code-server:
//   1. the workbench opens the example draft and shows penlint's findings in the Problems panel; a screenshot of
//      it is saved to test-output/vscode-problems.png;
//   2. suite.cjs runs inside the real extension host (extensionTestsPath) against the installed extension.
// Usage: node test/editors/vscode/run.mjs PATH.vsix   (env PENLINT_EDITORS_DIR: where install-editor-deps.sh put code-server)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, EXAMPLE_NAME, makeWorkspace, ensureOutput } from '../common.mjs';

const vsix = resolve(process.argv[2] ?? '');
const EDITORS = process.env.PENLINT_EDITORS_DIR ?? '/tmp/penlint-editors';
const CODE_SERVER = join(EDITORS, 'cs/node_modules/.bin/code-server');
const CHROMIUM = process.env.PENLINT_CHROMIUM ?? '/usr/bin/chromium';
const T0 = Date.now();
const step = (s) => console.log(`[${((Date.now() - T0) / 1000).toFixed(1)}s] ${s}`);
const fail = (s) => {
  console.error(`FAIL: ${s}`);
  process.exitCode = 1;
};

for (const [what, path] of [['the VSIX', vsix], ['code-server (scripts/install-editor-deps.sh)', CODE_SERVER], ['chromium', CHROMIUM]]) {
  if (!existsSync(path)) {
    console.error(`FAIL: missing prerequisite: ${what} at ${path}`);
    process.exit(1);
  }
}

const out = ensureOutput();
const data = mkdtempSync(join(tmpdir(), 'penlint-cs-'));
const dirs = { user: join(data, 'user'), ext: join(data, 'ext'), xdg: join(data, 'xdg') };
for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
mkdirSync(join(dirs.user, 'User'), { recursive: true });
writeFileSync(join(dirs.user, 'User/settings.json'), JSON.stringify({
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.commandCenter.enabled': false,
  'window.commandCenter': false,
}, null, 2));
const env = {
  ...process.env,
  XDG_DATA_HOME: join(dirs.xdg, 'data'), XDG_CONFIG_HOME: join(dirs.xdg, 'config'), XDG_CACHE_HOME: join(dirs.xdg, 'cache'),
};
const csArgs = ['--user-data-dir', dirs.user, '--extensions-dir', dirs.ext];
const workspace = makeWorkspace('penlint-cs-ws-');

const freePort = () => new Promise((r) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => r(port));
  });
});

let server;
function stopServer() {
  if (server && server.exitCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM'); // its own process group (detached)
    } catch {
      server.kill('SIGTERM');
    }
  }
}
process.on('exit', stopServer);

const launch = (profile) => chromium.launchPersistentContext(join(data, profile), {
  executablePath: CHROMIUM,
  env: { ...env },
  headless: true,
  viewport: { width: 1400, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

try {
  // install the packaged extension
  const install = spawnSync(CODE_SERVER, [...csArgs, '--install-extension', vsix, '--force'], { env, encoding: 'utf8', timeout: 120000 });
  const installed = readdirSync(dirs.ext).find((d) => d.startsWith('penlint.penlint-'));
  if (install.status !== 0 || !installed) throw new Error(`VSIX install failed (${install.status}): ${install.stdout}\n${install.stderr}`);
  const extDir = join(dirs.ext, installed);
  step(`installed ${installed} from ${vsix}`);

  const port = await freePort();
  server = spawn(CODE_SERVER, [...csArgs, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--disable-file-downloads', workspace],
  { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let serverLog = '';
  server.stdout.on('data', (d) => (serverLog += d));
  server.stderr.on('data', (d) => (serverLog += d));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    const up = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
    if (up) break;
    if (i > 300 || server.exitCode !== null) throw new Error(`code-server did not come up:\n${serverLog.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  step(`code-server up on ${base}`);

  // 1. the Problems panel, as a user sees it
  {
    const ctx = await launch('profile-ui');
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}`, { waitUntil: 'domcontentloaded', timeout: 60000 });
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
    step('workbench and explorer up');
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => {});
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 20000 });
    await page.keyboard.type(EXAMPLE_NAME);
    await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 20000 });
    await page.keyboard.press('Enter');
    await page.waitForSelector('.editor-instance .view-lines', { timeout: 30000 });
    step(`${EXAMPLE_NAME} open`);
    await page.keyboard.press('Control+Shift+M');
    await page.waitForSelector('.markers-panel', { timeout: 20000 });
    let rows = [];
    try {
      await page.waitForSelector('.markers-panel .monaco-list-row:has-text("order-duration-exceeds-60")', { timeout: 60000 });
      await page.waitForSelector('.markers-panel .monaco-list-row:has-text("draft-invalid-date")', { timeout: 20000 });
      await page.waitForTimeout(800);
      rows = await page.locator('.markers-panel .monaco-list-row').allTextContents();
    } catch (e) {
      rows = await page.locator('.markers-panel .monaco-list-row').allTextContents().catch(() => []);
      fail(`penlint's findings did not show in the Problems panel: ${e.message.split('\n')[0]}`);
    }
    // show the checklist view too (Explorer), for the screenshot
    try {
      await page.keyboard.press('Control+Shift+P');
      await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10000 });
      await page.keyboard.type('penlint: Show the statutory checklist');
      await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("statutory checklist")', { timeout: 10000 });
      await page.keyboard.press('Enter');
      await page.waitForSelector('.monaco-list-row:has-text("Subscriber named")', { timeout: 20000 });
      await page.waitForTimeout(500);
      step('checklist view shown');
    } catch (e) {
      step(`(checklist view not shown in the screenshot: ${e.message.split('\n')[0]})`);
    }
    const shot = join(out, 'vscode-problems.png');
    await page.screenshot({ path: shot });
    writeFileSync(join(out, 'vscode-problems.json'), JSON.stringify(rows, null, 2));
    step(`Problems panel rows: ${JSON.stringify(rows)}`);
    step(`screenshot: ${shot}`);
    if (!rows.some((r) => /penlint/.test(r) && /order-duration-exceeds-60/.test(r))) fail('no penlint row for order-duration-exceeds-60 in the Problems panel');
    await ctx.close();
  }

  // 2. the integration suite inside the extension host
  {
    const ctx = await launch('profile-tests');
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    let done;
    const exited = new Promise((r) => (done = r));
    const lines = [];
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = (args ?? []).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
      lines.push(`[${type}] ${text}`);
      if (/PENLINT-E2E|Error|assertion/.test(text)) console.log(`  [exthost] ${text.slice(0, 600)}`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => done(code));
    const host = new URL(base).host;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', `vscode-remote://${host}${extDir}`],
      ['extensionTestsPath', `vscode-remote://${host}${join(ROOT, 'test/editors/vscode/suite.cjs')}`],
    ]);
    await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`, { waitUntil: 'domcontentloaded', timeout: 60000 });
    let timer;
    const code = await Promise.race([exited, new Promise((r) => (timer = setTimeout(() => r('timeout'), Number(process.env.PENLINT_E2E_TIMEOUT_MS ?? 120000))))]);
    clearTimeout(timer);
    writeFileSync(join(out, 'vscode-exthost.log'), lines.join('\n') + '\n');
    await page.screenshot({ path: join(out, 'vscode-tests.png') }).catch(() => {});
    step(`extension-host suite finished: ${code}`);
    if (code !== 0) fail(`the extension-host suite failed (${code}); see test-output/vscode-exthost.log`);
    await ctx.close();
  }
} catch (e) {
  fail(e.stack ?? String(e));
} finally {
  stopServer();
  rmSync(workspace, { recursive: true, force: true });
  if (!process.exitCode) rmSync(data, { recursive: true, force: true });
  else console.error(`code-server data kept in ${data}`);
}
if (!process.exitCode) console.log(`VS Code (code-server) test passed in ${((Date.now() - T0) / 1000).toFixed(1)} s`);
process.exit(process.exitCode ?? 0);
