// Protocol tests: the built language server over stdio, driven as an editor drives it.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CompletionItem, Diagnostic, DocumentSymbol, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { LspClient } from './lsp-client.js';
import { buildOnce } from './build-once.js';

const ORDER = readFileSync('test/protocol/fixtures/order-90-days.md', 'utf8');
const README = readFileSync('test/fixtures/corpus/drafts/01-readme.md', 'utf8');
const CHECKLIST_STATUSES = new Set(['found', 'missing', 'not-applicable']);

function workspace(files: Record<string, string>): { dir: string; uri: (name: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'penlint-lsp-'));
  mkdirSync(join(dir, '.git')); // the config lookup stops at a repository root
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, uri: (name) => pathToFileURL(join(dir, name)).href };
}

const hoverText = (h: Hover | null) => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');

describe('language server (protocol, over stdio)', function () {
  this.timeout(60000);
  let client: LspClient;
  let ws: ReturnType<typeof workspace>;

  before(() => buildOnce());
  beforeEach(() => {
    ws = workspace({ 'order.md': ORDER, 'README.md': README });
    client = new LspClient();
  });
  afterEach(() => {
    client.kill();
    rmSync(ws.dir, { recursive: true, force: true });
  });

  it('initializes with incremental sync and the advertised features', async () => {
    const init = await client.initialize(pathToFileURL(ws.dir).href);
    const caps = init.capabilities;
    assert.equal(typeof caps.textDocumentSync === 'object' && caps.textDocumentSync.change, 2);
    assert.deepEqual((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.penlint']);
    assert.ok(caps.hoverProvider && caps.completionProvider && caps.documentSymbolProvider);
    assert.equal(init.serverInfo?.name, 'penlint-language-server');
    // config files are watched through dynamic registration
    await client.waitFor('watched-files registration', () => (client.registrations.length ? true : undefined));
    assert.match(JSON.stringify(client.registrations), /penlintrc/);
  });

  it('publishes diagnostics with code, source, docs link and the document version', async () => {
    await client.initialize(pathToFileURL(ws.dir).href);
    const uri = ws.uri('order.md');
    client.open(uri, ORDER, 7);
    const diags = await client.diagnosticsFor(uri);
    const duration = diags.find((d) => d.code === 'order-duration-exceeds-60');
    assert.ok(duration, `order-duration-exceeds-60 expected, got ${JSON.stringify(diags.map((d) => d.code))}`);
    assert.equal(duration.source, 'penlint');
    assert.equal(duration.severity, 1);
    assert.match(duration.codeDescription!.href, /order-duration-exceeds-60\.md$/);
    const covered = client.docs.get(uri)!.getText(duration.range);
    assert.match(covered, /ninety|90/);
    const date = diags.find((d) => d.code === 'draft-invalid-date');
    assert.ok(date, 'draft-invalid-date expected on February 30, 2022');
    assert.match(client.docs.get(uri)!.getText(date.range), /February 30/);
    for (const d of diags) {
      assert.equal(d.source, 'penlint');
      assert.ok(typeof d.code === 'string' && d.codeDescription?.href.endsWith(`${d.code}.md`));
    }
    const published = client.diagnostics.filter((p) => p.uri === uri);
    assert.equal(published[published.length - 1].version, 7);
  });

  it('stays silent on a Markdown file that is not a draft', async () => {
    await client.initialize(pathToFileURL(ws.dir).href);
    const uri = ws.uri('README.md');
    client.open(uri, README);
    assert.deepEqual(await client.diagnosticsFor(uri), []);
    const status = await client.waitFor('status', () => client.statuses.find((s) => s.uri === uri));
    assert.equal(status.isDraft, false);
    const completion = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.deepEqual(completion, []);
  });

  it('follows incremental edits: fixing the text removes the finding, inserted lines move the others', async () => {
    await client.initialize(pathToFileURL(ws.dir).href);
    const uri = ws.uri('order.md');
    client.open(uri, ORDER);
    const before = await client.diagnosticsFor(uri);
    const date = before.find((d) => d.code === 'draft-invalid-date');
    assert.ok(date);
    client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '<!-- draft v2 -->\n\n' }]);
    const shifted = await client.diagnosticsFor(uri);
    const moved = shifted.find((d) => d.code === 'draft-invalid-date');
    assert.equal(moved?.range.start.line, date.range.start.line + 2);
    client.replace(uri, 'ninety (90) days', 'sixty (60) days');
    const after = await client.diagnosticsFor(uri);
    assert.ok(!after.some((d) => d.code === 'order-duration-exceeds-60'), JSON.stringify(after.map((d) => d.code)));
    assert.ok(after.some((d) => d.code === 'draft-invalid-date'));
    // the server's copy of the text is the client's: the remaining ranges cover the same words
    assert.match(client.docs.get(uri)!.getText(after.find((d) => d.code === 'draft-invalid-date')!.range), /February 30/);
  });

  it('drops stale results: after a burst of edits only the last version is published', async () => {
    await client.initialize(pathToFileURL(ws.dir).href);
    const uri = ws.uri('order.md');
    client.open(uri, ORDER);
    await client.diagnosticsFor(uri);
    const mark = client.diagnostics.length;
    let version = 0;
    for (let i = 0; i < 6; i++) version = client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    await client.diagnosticsFor(uri, 15000, version);
    await new Promise((r) => setTimeout(r, 400));
    const later = client.diagnostics.slice(mark).filter((p) => p.uri === uri);
    assert.deepEqual(later.map((p) => p.version), [version]);
  });

  it('offers quick-fixes, "disable for this line" and fix-all, and applying them clears the findings', async () => {
    await client.initialize(pathToFileURL(ws.dir).href);
    const uri = ws.uri('order.md');
    client.open(uri, ORDER);
    const diags = await client.diagnosticsFor(uri);
    const duration = diags.find((d) => d.code === 'order-duration-exceeds-60')!;
    assert.ok(duration);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: duration.range,
      context: { diagnostics: [duration] },
    });
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Disable order-duration-exceeds-60 for this line'), JSON.stringify(titles));
    const fix = actions.find((a) => a.kind === 'quickfix' && (a.diagnostics ?? []).some((d: Diagnostic) => d.code === 'order-duration-exceeds-60') && !a.title.startsWith('Disable'));
    assert.ok(fix, `a quick-fix for the ninety-day period: ${JSON.stringify(titles)}`);
    client.applyWorkspaceEdit(fix.edit!);
    assert.doesNotMatch(client.text(uri), /ninety \(90\) days/);
    const after = await client.diagnosticsFor(uri);
    assert.ok(!after.some((d) => d.code === 'order-duration-exceeds-60'));

    // disable the date rule for its line: a comment above it, and the finding is gone
    const date = after.find((d) => d.code === 'draft-invalid-date')!;
    const dateActions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: date.range, context: { diagnostics: [date] } });
    const disable = dateActions.find((a) => a.title === 'Disable draft-invalid-date for this line')!;
    assert.ok(disable);
    client.applyWorkspaceEdit(disable.edit!);
    assert.match(client.text(uri), /<!-- penlint-disable-next-line draft-invalid-date -->\r?\nThis matter comes/);
    const final = await client.diagnosticsFor(uri);
    assert.ok(!final.some((d) => d.code === 'draft-invalid-date'));
  });

  it('source.fixAll.penlint applies every safe fix, and the fix-all command does it through applyEdit', async () => {
    await client.initialize(pathToFileURL(ws.dir).href);
    const uri = ws.uri('order.md');
    client.open(uri, ORDER);
    await client.diagnosticsFor(uri);
    const whole = { start: { line: 0, character: 0 }, end: client.docs.get(uri)!.positionAt(ORDER.length) };
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: whole, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.ok(actions.every((a) => a.kind === 'source.fixAll.penlint'));
    assert.equal(actions.length, 1, 'the ninety-day period has a safe fix');
    // versioned, so that a client never applies them to a newer text
    const change = actions[0].edit!.documentChanges![0] as { textDocument: { uri: string; version: number }; edits: TextEdit[] };
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    assert.ok(change.edits.length >= 1);
    const res = await client.request<{ applied: boolean; fixed: number }>('workspace/executeCommand', { command: 'penlint.server.fixAll', arguments: [uri] });
    assert.equal(res.applied, true);
    assert.ok(res.fixed >= 1);
    assert.doesNotMatch(client.text(uri), /ninety \(90\) days/);
  });

  it('hovers: a citation shows what the section requires, a finding shows why', async () => {
    await client.initialize(pathToFileURL(ws.dir).href);
    const uri = ws.uri('order.md');
    client.open(uri, ORDER);
    const diags = await client.diagnosticsFor(uri);
    const doc = client.docs.get(uri)!;
    const cite = ORDER.indexOf('§ 3123(d)(1)');
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: doc.positionAt(cite + 4) });
    assert.match(hoverText(hover), /sealed until otherwise ordered/);
    const duration = diags.find((d) => d.code === 'order-duration-exceeds-60')!;
    const onFinding = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: duration.range.start });
    const text = hoverText(onFinding);
    assert.match(text, /order-duration-exceeds-60/);
    assert.match(text, /docs\/rules\/order-duration-exceeds-60\.md/);
    // a period: its day count and what it is
    const onPeriod = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: doc.positionAt(ORDER.indexOf('ninety (90) days') + 3) });
    assert.match(hoverText(onPeriod), /\*\*Period: 90 days\*\* \(the period the order authorizes\)/);
    assert.match(hoverText(onPeriod), /at most 60 days/);
    const nothing = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    assert.equal(nothing, null);
  });

  it('completes element snippets inside drafts and lists parts and sections as symbols', async () => {
    await client.initialize(pathToFileURL(ws.dir).href);
    const uri = ws.uri('order.md');
    client.open(uri, ORDER);
    await client.diagnosticsFor(uri);
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 0 } });
    const sealing = items.find((i) => /sealing/.test(i.label));
    assert.ok(sealing);
    assert.equal(sealing.insertTextFormat, 2);
    assert.match(sealing.insertText!, /sealed until otherwise ordered/);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const order = symbols.find((s) => s.detail?.startsWith('Order'));
    assert.ok(order, JSON.stringify(symbols.map((s) => s.name)));
  });

  it('answers penlint/checklist in agreement with the diagnostics', async () => {
    await client.initialize(pathToFileURL(ws.dir).href);
    const uri = ws.uri('order.md');
    // no sealing directive: the checklist and the diagnostics must say the same
    const unsealed = ORDER.replace(/IT IS FURTHER ORDERED that this Order and the Application be sealed[^\n]*\n/, '');
    client.open(uri, unsealed);
    const diags = await client.diagnosticsFor(uri);
    const list = await client.request<Array<{ id: string; status: string; citation: string; range?: unknown }>>('penlint/checklist', { textDocument: { uri } });
    assert.deepEqual(
      list.map((i) => i.id),
      ['applicant', 'attorney-applicant', 'agency', 'certification', 'oath', 'subscriber', 'subject', 'identifier', 'offense', 'assistance', 'sealing', 'nondisclosure', 'duration', 'record'],
    );
    for (const item of list) assert.ok(CHECKLIST_STATUSES.has(item.status));
    // the order-only draft has no application part
    for (const id of ['applicant', 'agency', 'certification', 'oath']) assert.equal(list.find((i) => i.id === id)!.status, 'not-applicable');
    const rules: Record<string, string> = { sealing: 'order-missing-sealing', nondisclosure: 'order-missing-nondisclosure', duration: 'order-missing-duration', subscriber: 'order-missing-subscriber', subject: 'order-missing-subject', identifier: 'order-missing-identifier', offense: 'order-missing-offense' };
    for (const [id, rule] of Object.entries(rules)) {
      const item = list.find((i) => i.id === id)!;
      assert.equal(item.status === 'missing', diags.some((d) => d.code === rule), `${id} vs ${rule}`);
      if (item.status === 'missing') assert.ok(item.range);
    }
    assert.equal(list.find((i) => i.id === 'sealing')!.status, 'missing');
    const nondisclosure = list.find((i) => i.id === 'nondisclosure')!;
    assert.equal(nondisclosure.status, 'found');
    // a found element carries the range the order facts give it: the nondisclosure paragraph
    const range = nondisclosure.range as { start: { line: number } } | undefined;
    assert.ok(range);
    assert.match(client.docs.get(uri)!.getText().split('\n')[range.start.line], /not disclose/);
    assert.equal(list.find((i) => i.id === 'record')!.status, 'not-applicable', 'no own-device installation, no (a)(3) record');
    // the ninety-day period is stated (found) but defective, and the checklist says so
    const duration = list.find((i) => i.id === 'duration') as { status: string; defects?: string[] };
    assert.equal(duration.status, 'found');
    assert.deepEqual(duration.defects, ['order-duration-exceeds-60']);
  });

  it('watches config files: a rule turned off stops reporting; an invalid config is reported on its file', async () => {
    await client.initialize(pathToFileURL(ws.dir).href);
    const uri = ws.uri('order.md');
    client.open(uri, ORDER);
    assert.ok((await client.diagnosticsFor(uri)).some((d) => d.code === 'draft-invalid-date'));
    const mark = client.diagnostics.length;
    writeFileSync(join(ws.dir, '.penlintrc.json'), JSON.stringify({ rules: { 'draft-invalid-date': 'off' } }));
    client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('.penlintrc.json'), type: 1 }] });
    const off = await client.waitFor('re-lint after config change', () => client.diagnostics.slice(mark).find((p) => p.uri === uri));
    assert.ok(!off.diagnostics.some((d) => d.code === 'draft-invalid-date'));
    assert.ok(off.diagnostics.some((d) => d.code === 'order-duration-exceeds-60'));

    writeFileSync(join(ws.dir, '.penlintrc.json'), '{\n  "rules": {\n    "order-duration-exceeds-60": "loud"\n  }\n}\n');
    client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('.penlintrc.json'), type: 2 }] });
    const configDiag = await client.waitFor('config diagnostic', () => client.diagnostics.find((p) => p.uri === ws.uri('.penlintrc.json') && p.diagnostics.length));
    assert.equal(configDiag.diagnostics[0].range.start.line, 2);
    assert.match(configDiag.diagnostics[0].message, /order-duration-exceeds-60/);
    const note = await client.waitFor('notification', () => client.messages.find((m) => /invalid configuration/.test(m.message)));
    assert.match(note.message, /\.penlintrc\.json:3/);
    // rules still run (on defaults)
    const stillLinted = await client.waitFor('lint with defaults', () => {
      const last = client.diagnostics.filter((p) => p.uri === uri).pop();
      return last && last.diagnostics.some((d) => d.code === 'draft-invalid-date') ? last : undefined;
    });
    assert.ok(stillLinted.diagnostics.some((d) => d.code === 'order-duration-exceeds-60'));

    // fixed: the config diagnostic goes away
    writeFileSync(join(ws.dir, '.penlintrc.json'), '{}\n');
    client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('.penlintrc.json'), type: 2 }] });
    await client.waitFor('config diagnostic cleared', () => {
      const last = client.diagnostics.filter((p) => p.uri === ws.uri('.penlintrc.json')).pop();
      return last && last.diagnostics.length === 0 ? true : undefined;
    });
  });

  it('without file watching (Neovim 0.7), a config change applies at the next lint', async () => {
    client.kill();
    client = new LspClient({ watchedFiles: false });
    await client.initialize(pathToFileURL(ws.dir).href);
    const uri = ws.uri('order.md');
    client.open(uri, ORDER);
    assert.ok((await client.diagnosticsFor(uri)).some((d) => d.code === 'draft-invalid-date'));
    assert.equal(client.registrations.length, 0);
    writeFileSync(join(ws.dir, '.penlintrc.yaml'), 'rules:\n  draft-invalid-date: sometimes\n');
    client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
    const bad = await client.waitFor('config diagnostic', () => client.diagnostics.find((p) => p.uri === ws.uri('.penlintrc.yaml') && p.diagnostics.length));
    assert.equal(bad.diagnostics[0].range.start.line, 1);
    writeFileSync(join(ws.dir, '.penlintrc.yaml'), 'rules:\n  draft-invalid-date: "off"\n');
    const version = client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
    const after = await client.diagnosticsFor(uri, 15000, version);
    assert.ok(!after.some((d) => d.code === 'draft-invalid-date'));
    const cleared = client.diagnostics.filter((p) => p.uri === ws.uri('.penlintrc.yaml')).pop();
    assert.deepEqual(cleared?.diagnostics, []);
  });

  it('applies the penlint.rules and penlint.enable settings', async () => {
    await client.initialize(pathToFileURL(ws.dir).href);
    const uri = ws.uri('order.md');
    client.open(uri, ORDER);
    assert.ok((await client.diagnosticsFor(uri)).some((d) => d.code === 'order-duration-exceeds-60'));
    client.settings = { rules: { 'order-duration-exceeds-60': 'warning' } };
    const mark = client.diagnostics.length;
    client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const relinted = await client.waitFor('re-lint after settings', () => client.diagnostics.slice(mark).find((p) => p.uri === uri));
    assert.equal(relinted.diagnostics.find((d) => d.code === 'order-duration-exceeds-60')?.severity, 2);
    client.settings = { enable: false };
    const mark2 = client.diagnostics.length;
    client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const cleared = await client.waitFor('cleared', () => client.diagnostics.slice(mark2).find((p) => p.uri === uri));
    assert.deepEqual(cleared.diagnostics, []);
  });

  it('with penlint.run = onSave, lints on open and save, not on every edit', async () => {
    client.settings = { run: 'onSave' };
    await client.initialize(pathToFileURL(ws.dir).href);
    const uri = ws.uri('order.md');
    client.open(uri, ORDER);
    assert.ok((await client.diagnosticsFor(uri)).some((d) => d.code === 'order-duration-exceeds-60'));
    const mark = client.diagnostics.length;
    const version = client.replace(uri, 'ninety (90) days', 'sixty (60) days');
    await new Promise((r) => setTimeout(r, 700));
    assert.equal(client.diagnostics.slice(mark).filter((p) => p.uri === uri).length, 0, 'no lint on an edit');
    client.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const saved = await client.diagnosticsFor(uri, 15000, version);
    assert.ok(!saved.some((d) => d.code === 'order-duration-exceeds-60'));
  });

  it('lints the workspace into diagnostics for files that are not open, skipping what .penlintignore skips', async () => {
    mkdirSync(join(ws.dir, 'templates'));
    writeFileSync(join(ws.dir, 'templates', 'order-template.md'), ORDER);
    writeFileSync(join(ws.dir, '.penlintignore'), 'templates/\n');
    await client.initialize(pathToFileURL(ws.dir).href);
    const res = await client.request<{ files: number; drafts: number }>('workspace/executeCommand', { command: 'penlint.server.lintWorkspace', arguments: [] });
    assert.equal(res.files, 2);
    assert.equal(res.drafts, 1);
    const published = client.diagnostics.find((p) => p.uri === ws.uri('order.md'));
    assert.ok(published?.diagnostics.some((d) => d.code === 'draft-invalid-date'));
    // opened in the editor, an ignored draft stays silent, as in CI
    const template = pathToFileURL(join(ws.dir, 'templates', 'order-template.md')).href;
    client.open(template, ORDER);
    assert.deepEqual(await client.diagnosticsFor(template), []);
    const status = await client.waitFor('status', () => client.statuses.find((s) => s.uri === template));
    assert.equal(status.ignored, true);
  });

  it('lints in-process too (PENLINT_LSP_WORKER=0), with the same results', async () => {
    const inProcess = new LspClient({ env: { PENLINT_LSP_WORKER: '0' } });
    try {
      await inProcess.initialize(pathToFileURL(ws.dir).href);
      await client.initialize(pathToFileURL(ws.dir).href);
      const uri = ws.uri('order.md');
      inProcess.open(uri, ORDER);
      client.open(uri, ORDER);
      const a = await inProcess.diagnosticsFor(uri);
      const b = await client.diagnosticsFor(uri);
      assert.ok(a.length > 0);
      assert.deepEqual(a, b);
    } finally {
      inProcess.kill();
    }
  });

  it('serves pulled diagnostics to a client that pulls, and asks it to pull again after a config change', async () => {
    client.kill();
    client = new LspClient({ pull: true });
    const init = await client.initialize(pathToFileURL(ws.dir).href);
    assert.ok(init.capabilities.diagnosticProvider);
    const uri = ws.uri('order.md');
    client.open(uri, ORDER);
    type Report = { kind: 'full' | 'unchanged'; resultId?: string; items?: Diagnostic[] };
    const pull = (previousResultId?: string) => client.request<Report>('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
    const first = await pull();
    assert.equal(first.kind, 'full');
    assert.ok(first.items!.some((d) => d.code === 'order-duration-exceeds-60' && d.source === 'penlint'));
    assert.equal((await pull(first.resultId)).kind, 'unchanged');
    client.replace(uri, 'ninety (90) days', 'sixty (60) days');
    const second = await pull(first.resultId);
    assert.equal(second.kind, 'full');
    assert.ok(!second.items!.some((d) => d.code === 'order-duration-exceeds-60'));
    // pulled, so never pushed as well (no duplicates in the Problems panel)
    assert.ok(!client.diagnostics.some((p) => p.uri === uri));
    writeFileSync(join(ws.dir, '.penlintrc.json'), JSON.stringify({ rules: { 'draft-invalid-date': 'off' } }));
    client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('.penlintrc.json'), type: 1 }] });
    await client.waitFor('diagnostic refresh', () => (client.refreshes > 0 ? true : undefined));
    const third = await pull(second.resultId);
    assert.equal(third.kind, 'full');
    assert.ok(!third.items!.some((d) => d.code === 'draft-invalid-date'));
  });

  it('shuts down and exits cleanly', async () => {
    await client.initialize(pathToFileURL(ws.dir).href);
    client.open(ws.uri('order.md'), ORDER);
    await client.diagnosticsFor(ws.uri('order.md'));
    assert.equal(await client.shutdown(), 0);
  });
});

describe('language server on a 1 MB draft', function () {
  this.timeout(120000);
  let client: LspClient;
  let ws: ReturnType<typeof workspace>;
  // the example order followed by a long exhibit of dated entries: about 1 MB
  const entry = (i: number) =>
    `${i + 1}. On March ${(i % 28) + 1}, 2022, the Target Telephone (973) 555-01${String(i % 100).padStart(2, '0')} placed a call of ${(i % 50) + 1} minutes to a number in Newark; the toll records list it as record ${100000 + i}.\n\n`;
  let huge = `${ORDER}\n## Exhibit A: toll records\n\n`;
  for (let i = 0; huge.length < 1_000_000; i++) huge += entry(i);

  before(() => buildOnce());
  beforeEach(() => {
    ws = workspace({ 'order.md': ORDER, 'huge.md': huge });
    client = new LspClient();
  });
  afterEach(() => {
    client.kill();
    rmSync(ws.dir, { recursive: true, force: true });
  });

  it('answers other requests while the lint runs, and publishes only the latest version', async () => {
    await client.initialize(pathToFileURL(ws.dir).href);
    const small = ws.uri('order.md');
    const big = ws.uri('huge.md');
    client.open(small, ORDER);
    await client.diagnosticsFor(small);
    const tOpen = performance.now();
    client.open(big, huge);
    await new Promise((r) => setTimeout(r, 150));
    const bigPublished = () => client.diagnostics.some((p) => p.uri === big);
    const cite = client.docs.get(small)!.positionAt(ORDER.indexOf('§ 3123(d)(1)') + 4);
    const t0 = performance.now();
    const [hover, completion] = await Promise.all([
      client.request<Hover | null>('textDocument/hover', { textDocument: { uri: small }, position: cite }),
      client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: big }, position: { line: 0, character: 0 } }),
    ]);
    const answeredMs = performance.now() - t0;
    const lintStillRunning = !bigPublished();
    assert.match(hoverText(hover), /sealed until otherwise ordered/);
    assert.ok(Array.isArray(completion));
    assert.ok(answeredMs < 500, `hover and completion took ${answeredMs.toFixed(0)} ms during the lint`);
    assert.ok(lintStillRunning, 'the 1 MB lint was still running when the requests were answered');
    const diags = await client.diagnosticsFor(big, 60000);
    console.log(`      1 MB draft: first diagnostics ${(performance.now() - tOpen).toFixed(0)} ms after open; requests answered in ${answeredMs.toFixed(0)} ms meanwhile`);
    assert.ok(diags.some((d) => d.code === 'order-duration-exceeds-60'));

    // two edits, the second while the first one's lint runs: the first run is cancelled, only v3 is published
    const mark = client.diagnostics.length;
    const tEdit = performance.now();
    client.replace(big, 'Exhibit A', 'Exhibit B');
    await new Promise((r) => setTimeout(r, 600));
    const last = client.replace(big, 'ninety (90) days', 'sixty (60) days');
    const after = await client.diagnosticsFor(big, 60000, last);
    console.log(`      1 MB draft: edit to diagnostics ${(performance.now() - tEdit).toFixed(0)} ms (two edits, 600 ms apart)`);
    assert.ok(!after.some((d) => d.code === 'order-duration-exceeds-60'));
    assert.deepEqual(client.diagnostics.slice(mark).filter((p) => p.uri === big).map((p) => p.version), [last]);
  });
});
