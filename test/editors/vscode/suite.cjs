// Runs inside VS Code's extension host (code-server), loaded through extensionTestsPath: the packaged penlint
// extension, a real workbench, the real vscode API. Plain assertions; a throw fails the run (exit code 1).
const vscode = require('vscode');
const path = require('path');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (s) => console.log(`PENLINT-E2E ${s}`);

// Poll, don't sleep: diagnostics and code actions settle asynchronously in the workbench, and a request made while
// it settles can reject with "Canceled" (retried).
async function poll(what, fn, ok, timeoutMs = 30000) {
  const t0 = Date.now();
  let last;
  for (;;) {
    try {
      last = await fn();
      if (ok(last)) return last;
    } catch (e) {
      if (!/Canceled/.test(String(e && (e.name || e.message || e)))) throw e;
    }
    if (Date.now() - t0 > timeoutMs) throw new Error(`timeout waiting for ${what}; last=${JSON.stringify(last)}`);
    await sleep(100);
  }
}

function assert(cond, message) {
  if (!cond) throw new Error(`assertion failed: ${message}`);
  log(`ok - ${message}`);
}

const codeOf = (d) => (d.code && typeof d.code === 'object' ? String(d.code.value) : String(d.code));

exports.run = async function run() {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  assert(folder, 'a workspace folder is open');
  const uri = vscode.Uri.file(path.join(folder.uri.fsPath, 'proposed-order.md'));
  const t0 = Date.now();

  const ext = vscode.extensions.getExtension('penlint.penlint');
  assert(ext, `the penlint extension is installed (${ext && ext.extensionPath})`);

  const doc = await poll('open', () => vscode.workspace.openTextDocument(uri), Boolean);
  await poll('show', () => vscode.window.showTextDocument(doc), Boolean);
  assert(doc.languageId === 'markdown', 'the draft opens as Markdown');
  await poll('activation', async () => ext.isActive, Boolean);
  assert(ext.isActive, 'the extension activated on a Markdown draft');

  const diags = await poll('penlint diagnostics',
    async () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'penlint'),
    (ds) => ds.some((d) => codeOf(d) === 'order-duration-exceeds-60') && ds.some((d) => codeOf(d) === 'draft-invalid-date'));
  log(`diagnostics after ${Date.now() - t0} ms: ${JSON.stringify(diags.map((d) => codeOf(d)))}`);
  const duration = diags.find((d) => codeOf(d) === 'order-duration-exceeds-60');
  assert(duration.severity === vscode.DiagnosticSeverity.Error, 'order-duration-exceeds-60 is an error');
  assert(/ninety|90/.test(doc.getText(duration.range)), `it covers the period: "${doc.getText(duration.range)}"`);
  assert(duration.code.target && /order-duration-exceeds-60\.md$/.test(duration.code.target.toString()), 'its code links the rule documentation');

  // the quick-fix, applied as the lightbulb would
  const actions = await poll('code actions',
    async () => (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, duration.range)) || [],
    (as) => as.some((a) => a.title === 'Disable order-duration-exceeds-60 for this line'), 20000);
  log(`code actions: ${JSON.stringify(actions.map((a) => ({ title: a.title, kind: a.kind && a.kind.value, diagnostics: (a.diagnostics || []).map(codeOf), edit: Boolean(a.edit) })))}`);
  // (the command's results drop the actions' diagnostics: the range holds only this finding)
  const fix = actions.find((a) => a.kind && a.kind.value === 'quickfix' && !a.title.startsWith('Disable') && a.edit);
  assert(fix, `a quick-fix for the period among ${JSON.stringify(actions.map((a) => a.title))}`);
  assert(await vscode.workspace.applyEdit(fix.edit), `applied "${fix.title}"`);
  const fixedLine = doc.lineAt(duration.range.start.line).text;
  assert(!/ninety \(90\) days/.test(doc.getText()) && /sixty \(60\) days from the date of this Order/.test(fixedLine), 'the text now says sixty (60) days');
  await poll('the finding to go', async () => vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === 'order-duration-exceeds-60'), (ds) => ds.length === 0);
  assert(true, 'the diagnostic went away after the fix');

  // hover on a citation
  const cite = doc.getText().indexOf('§ 3123(d)(1)');
  const hovers = await poll('hover', () => vscode.commands.executeCommand('vscode.executeHoverProvider', uri, doc.positionAt(cite + 3)), (hs) => hs && hs.length > 0);
  const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  assert(/sealed until otherwise ordered/.test(hoverText), 'hover on § 3123(d)(1) says what it requires');

  // the checklist view
  await vscode.commands.executeCommand('penlint.showChecklist');
  const api = ext.exports;
  const entries = await poll('checklist', () => api.checklist(), (es) => Array.isArray(es) && es.length > 0);
  const rows = api.checklistView();
  log(`checklist view: ${JSON.stringify(rows)}`);
  const order = rows.find((r) => /^Order/.test(r.label));
  assert(order, 'the checklist view shows the order part');
  const sealing = order.children.find((c) => c.label === 'Sealing directive');
  assert(sealing && /^found/.test(sealing.description), `sealing: ${sealing && sealing.description}`);
  assert(!rows.some((r) => /^Application/.test(r.label)), 'no application part in an order-only draft');
  const duration2 = entries.find((e) => e.id === 'duration');
  assert(duration2.status === 'found' && !(duration2.defects || []).length, 'the period is found (and lawful) after the fix');
  assert(/penlint/.test(api.statusText()), `status bar: ${api.statusText()}`);

  // config files: created by the command, watched, validated; the same file the CLI reads
  await vscode.commands.executeCommand('penlint.createConfig');
  const configUri = vscode.Uri.file(path.join(folder.uri.fsPath, '.penlintrc.json'));
  const created = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(configUri)).toString('utf8'));
  assert(created && typeof created.rules === 'object', 'penlint: Create a config file wrote .penlintrc.json');
  await vscode.window.showTextDocument(doc);
  const hasRule = (rule) => vscode.languages.getDiagnostics(uri).some((d) => codeOf(d) === rule);
  await vscode.workspace.fs.writeFile(configUri, Buffer.from('{\n  "rules": { "draft-invalid-date": "off" }\n}\n'));
  await poll('the rule turned off by the config file', async () => hasRule('draft-invalid-date'), (v) => v === false, 30000);
  assert(true, 'a config change turns draft-invalid-date off in the open draft');
  await vscode.workspace.fs.writeFile(configUri, Buffer.from('{\n  "rules": { "draft-invalid-date": "loud" }\n}\n'));
  const configDiags = await poll('the config diagnostic',
    async () => vscode.languages.getDiagnostics(configUri).filter((d) => d.source === 'penlint'), (ds) => ds.length > 0, 30000);
  assert(configDiags[0].range.start.line === 1 && /draft-invalid-date/.test(configDiags[0].message), `an invalid config is reported on its line and key: ${configDiags[0].message}`);
  await poll('defaults while the config is invalid', async () => hasRule('draft-invalid-date'), Boolean, 30000);
  assert(true, 'while the config is invalid the rules run on defaults');
  await vscode.workspace.fs.delete(configUri);
  await poll('the config diagnostic to clear', async () => vscode.languages.getDiagnostics(configUri).filter((d) => d.source === 'penlint').length, (n) => n === 0, 30000);
  assert(true, 'deleting the config file clears its diagnostic');

  // restart the server: the diagnostics come back
  await vscode.commands.executeCommand('penlint.restartServer');
  await poll('diagnostics after restart', async () => hasRule('draft-invalid-date') && api.isRunning(), Boolean, 30000);
  assert(true, 'penlint: Restart the language server brings the diagnostics back');

  // lint the workspace: a draft that was never opened gets its findings in Problems
  const archived = vscode.Uri.file(path.join(folder.uri.fsPath, 'archive', 'old-order.md'));
  assert(vscode.languages.getDiagnostics(archived).length === 0, 'the unopened draft has no findings yet');
  await vscode.commands.executeCommand('penlint.lintWorkspace');
  const archivedDiags = await poll('workspace lint', async () => vscode.languages.getDiagnostics(archived).filter((d) => d.source === 'penlint'), (ds) => ds.length > 0, 30000);
  assert(archivedDiags.some((d) => codeOf(d) === 'order-duration-exceeds-60'), 'penlint: Lint all drafts in the workspace reports the unopened draft');

  // not a draft: silent
  const notes = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(folder.uri.fsPath, 'NOTES.md')));
  await vscode.window.showTextDocument(notes);
  await poll('not-a-draft status', async () => api.statusText(), (s) => /not a draft/.test(s), 20000);
  assert(vscode.languages.getDiagnostics(notes.uri).filter((d) => d.source === 'penlint').length === 0, 'a Markdown file that is not a draft gets no findings');

  log(`TEST PASS in ${Date.now() - t0} ms: vscode ${vscode.version}`);
};
