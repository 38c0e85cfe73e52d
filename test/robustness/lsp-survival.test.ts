// The language server survives what a broken or hurried client sends (issue 8): malformed JSON-RPC (bad JSON in a
// well-framed message, a wrong Content-Length, a message with no method, parameters of the wrong type), unknown
// methods, requests for documents never opened, out-of-order and overlapping incremental edits, versions going
// backwards, and a burst of 1,000 edits at mixed positions. After each, it still answers, and its final diagnostics
// for a document equal a fresh lint of the document's final text. It also keeps draft text out of its own log.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Trace, TraceFormat, type Diagnostic, type Tracer } from 'vscode-languageserver-protocol/node.js';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { LspClient } from '../protocol/lsp-client.js';
import { lint } from '../../server/src/engine/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DRAFT = readFileSync(resolve(ROOT, 'test/fixtures/corpus/drafts/09-dea-extension-phone.md'), 'utf8');
const MISSING = 'file:///tmp/penlint-survival/never-opened.md';
const zero = { line: 0, character: 0 };

/** Writes raw bytes on the server's stdin, between the client's own (whole) messages. */
function raw(client: LspClient, bytes: string | Buffer) {
  client.proc.stdin.write(bytes);
}
function framed(body: string, length = Buffer.byteLength(body)) {
  return `Content-Length: ${length}\r\n\r\n${body}`;
}

/** The server still answers a request (a hover on a document it never saw: null) within `ms`. */
async function answers(client: LspClient, ms = 15000) {
  const hover = client.request('textDocument/hover', { textDocument: { uri: MISSING }, position: zero });
  const result = await Promise.race([hover, new Promise((_, reject) => setTimeout(() => reject(new Error('the server stopped answering')), ms))]);
  assert.equal(result, null);
  assert.equal(client.proc.exitCode, null, 'the server exited');
}

/** Sends a didChange with an explicit version (which may go backwards) and mirrors it as the server applies it. */
function changeAt(client: LspClient, uri: string, version: number, changes: TextDocumentContentChangeEvent[]) {
  const doc = client.docs.get(uri)!;
  client.docs.set(uri, TextDocument.update(doc, changes, version));
  client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
}

/** Waits until the server has been quiet (no notification) for `quietMs`, then returns the last diagnostics of `uri`. */
async function settledDiagnostics(client: LspClient, uri: string, quietMs = 2500, maxMs = 90000): Promise<Diagnostic[]> {
  const startedAt = Date.now();
  let seen = -1;
  for (;;) {
    const count = client.diagnostics.length + client.statuses.length;
    if (count === seen) break;
    seen = count;
    if (Date.now() - startedAt > maxMs) throw new Error('the server never settled');
    await new Promise((r) => setTimeout(r, quietMs));
  }
  const last = [...client.diagnostics].reverse().find((p) => p.uri === uri);
  assert.ok(last, `no diagnostics for ${uri}`);
  return last.diagnostics;
}

/** The diagnostics as (rule, start, end) rows against `text`, sorted: what the server publishes and a fresh lint says. */
function rowsOf(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${String(d.code)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).sort();
}
function freshRows(uri: string, text: string): string[] {
  const doc = TextDocument.create(uri, 'markdown', 0, text);
  return lint(text)
    .findings.map((f) => {
      const s = doc.positionAt(f.start);
      const e = doc.positionAt(f.end);
      return `${f.ruleId} ${s.line}:${s.character}-${e.line}:${e.character}`;
    })
    .sort();
}

/** A small seeded generator: the burst is the same on every run. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('robustness: the language server survives bad input', function () {
  this.timeout(240000);
  before(() => execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' }));

  let client: LspClient;
  beforeEach(async () => {
    client = new LspClient({ env: { PENLINT_LSP_DEBOUNCE_MS: '20' } });
    await client.initialize(null);
  });
  afterEach(() => client.kill());

  it('bad JSON in a well-framed message: dropped, the next request is answered', async () => {
    raw(client, framed('{"jsonrpc":"2.0","id":99,"method":"textDocument/hover","params":{'));
    await answers(client);
    raw(client, framed('[1, 2'));
    raw(client, framed('"just a string"'));
    raw(client, framed('null'));
    await answers(client);
  });

  it('a Content-Length too short, too long, missing or not a number: the stream re-synchronises', async () => {
    const message = JSON.stringify({ jsonrpc: '2.0', id: 98, method: 'textDocument/hover', params: { textDocument: { uri: MISSING }, position: zero } });
    raw(client, framed(message, 7));
    await answers(client);
    // too long: the body swallows the start of the next message, which is lost; the one after it is answered
    raw(client, framed(message, Buffer.byteLength(message) + 40));
    await client.request('textDocument/hover', { textDocument: { uri: MISSING }, position: zero }).catch(() => undefined).then(() => undefined);
    await answers(client);
    // a plausible but far too long Content-Length (50 MB): the next message's header ends the wait
    raw(client, framed(message, 50_000_000));
    await answers(client);
    raw(client, `Content-Type: application/vscode-jsonrpc\r\n\r\n${message}`);
    raw(client, `Content-Length: ten\r\n\r\n${message}`);
    raw(client, `Content-Length: 99999999999\r\n\r\n`);
    raw(client, 'garbage without any header at all\r\n\r\n');
    await answers(client);
  }).timeout(120000);

  it('a message with no method, and parameters of the wrong type: the server answers or errs, and lives', async () => {
    raw(client, framed(JSON.stringify({ jsonrpc: '2.0', id: 97, params: {} })));
    raw(client, framed(JSON.stringify({ jsonrpc: '2.0', params: { textDocument: { uri: MISSING } } })));
    await answers(client);
    const wrong: Array<[string, unknown]> = [
      ['textDocument/hover', { textDocument: 5, position: 'start' }],
      ['textDocument/codeAction', { textDocument: { uri: MISSING } }],
      ['textDocument/documentSymbol', { textDocument: null }],
      ['penlint/checklist', null],
      ['penlint/checklist', [1, 2, 3]],
      ['workspace/executeCommand', { command: 'penlint.server.fixAll', arguments: [{ not: 'a uri' }] }],
      ['textDocument/completion', { textDocument: { uri: 42 }, position: { line: -1, character: 'x' } }],
    ];
    for (const [method, params] of wrong) await client.request(method, params).catch(() => undefined);
    client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: 7, text: 9 } });
    client.conn.sendNotification('textDocument/didChange', 'not an object');
    client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: MISSING, version: 3 }, contentChanges: [{ range: 'x', text: 1 }] });
    client.conn.sendNotification('textDocument/didClose', { textDocument: {} });
    client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { penlint: 'not settings' } });
    await answers(client);
    // and it still lints
    const uri = 'file:///tmp/penlint-survival/after-bad-params.md';
    client.open(uri, DRAFT);
    assert.deepEqual(rowsOf(await client.diagnosticsFor(uri, 60000)), freshRows(uri, DRAFT));
  });

  it('unknown methods: a request gets MethodNotFound, a notification is ignored', async () => {
    await assert.rejects(client.request('penlint/noSuchMethod', { x: 1 }), (e: { code?: number }) => e.code === -32601);
    await assert.rejects(client.request('textDocument/noSuchFeature', { textDocument: { uri: MISSING } }), (e: { code?: number }) => e.code === -32601);
    client.conn.sendNotification('penlint/noSuchNotification', { x: 1 });
    client.conn.sendNotification('$/noSuchProtocolNotification', {});
    await answers(client);
  });

  it('requests for documents never opened: empty answers, no errors', async () => {
    const textDocument = { uri: MISSING };
    assert.equal(await client.request('textDocument/hover', { textDocument, position: { line: 3, character: 2 } }), null);
    assert.deepEqual(await client.request('textDocument/codeAction', { textDocument, range: { start: zero, end: zero }, context: { diagnostics: [] } }), []);
    assert.deepEqual(await client.request('penlint/checklist', { textDocument }), []);
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument }), []);
    assert.deepEqual(await client.request('textDocument/completion', { textDocument, position: zero }), []);
    assert.deepEqual(await client.request('workspace/executeCommand', { command: 'penlint.server.fixAll', arguments: [MISSING] }), { applied: false, fixed: 0 });
    // and closing a document that was never opened
    client.conn.sendNotification('textDocument/didClose', { textDocument });
    await answers(client);
  });

  it('overlapping changes in one notification, a change past the end, versions going backwards: final diagnostics equal a fresh lint', async () => {
    const uri = 'file:///tmp/penlint-survival/out-of-order.md';
    client.open(uri, DRAFT);
    await client.diagnosticsFor(uri, 60000);
    const lines = DRAFT.split('\n').length;
    // changes apply in order: the second replaces text the first just inserted, and reaches past it
    changeAt(client, uri, 2, [
      { range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: 'INSERTED TEXT ' },
      { range: { start: { line: 4, character: 5 }, end: { line: 5, character: 3 } }, text: 'overlap' },
      { range: { start: { line: 4, character: 2 }, end: { line: 4, character: 9 } }, text: '' },
    ]);
    // past the end of the document (clamped to it)
    changeAt(client, uri, 3, [{ range: { start: { line: lines + 50, character: 0 }, end: { line: lines + 60, character: 99 } }, text: '\nAppended past the end.\n' }]);
    changeAt(client, uri, 4, [{ range: { start: { line: 2, character: 400 }, end: { line: 2, character: 500 } }, text: ' (end of line 3)' }]);
    // a start after its end
    changeAt(client, uri, 5, [{ range: { start: { line: 9, character: 4 }, end: { line: 8, character: 0 } }, text: 'reversed' }]);
    await client.diagnosticsFor(uri, 60000, 5);
    // versions going backwards: 5 was linted; 3 and then 5 again with other text must be linted too
    changeAt(client, uri, 3, [{ range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, text: 'Backwards one. ' }]);
    changeAt(client, uri, 5, [{ range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } }, text: '' }]);
    const final = await settledDiagnostics(client, uri);
    const expected = freshRows(uri, client.text(uri));
    assert.ok(expected.length > 0, 'the final text has findings (else stale diagnostics would pass)');
    assert.deepEqual(rowsOf(final), expected);
    await answers(client);
  });

  it('a burst of 1,000 edits at mixed positions (overlapping, deleting, past the end): final diagnostics equal a fresh lint', async () => {
    const uri = 'file:///tmp/penlint-survival/burst.md';
    client.open(uri, DRAFT);
    const random = prng(8);
    const words = ['sixty (60) days', 'ninety (90) days', '\n\n## ORDER\n\n', 'IT IS ORDERED that ', 'content', '§ 3123', '[AGENCY]', ' ', '\n', 'é😀', ''];
    for (let i = 0; i < 1000; i++) {
      const doc = client.docs.get(uri)!;
      const length = doc.getText().length;
      const changes: TextDocumentContentChangeEvent[] = [];
      const count = 1 + Math.floor(random() * 3);
      for (let c = 0; c < count; c++) {
        // positions against the text as it is before this change (they may overlap the earlier changes of the event)
        const at = Math.floor(random() * (length + 20));
        const span = random() < 0.3 ? Math.floor(random() * 30) : 0;
        const start = doc.positionAt(at);
        const end = random() < 0.05 ? { line: doc.lineCount + 5, character: 0 } : doc.positionAt(at + span);
        changes.push({ range: { start, end }, text: words[Math.floor(random() * words.length)] });
      }
      changeAt(client, uri, doc.version + 1, changes);
      if (i % 100 === 99) await answers(client);
    }
    // a last edit that leaves a defect the lint must see, whatever the burst did to the rest
    const end = client.docs.get(uri)!.positionAt(client.text(uri).length);
    changeAt(client, uri, client.docs.get(uri)!.version + 1, [{ range: { start: end, end }, text: '\n\n## ORDER\n\nIT IS ORDERED that the pen register may be used for a period of ninety (90) days.\n' }]);
    const final = await client.diagnosticsFor(uri, 120000);
    const expected = freshRows(uri, client.text(uri));
    assert.ok(expected.length > 0, 'the final text has findings');
    assert.deepEqual(rowsOf(final), expected);
    await answers(client);
  });
});

describe('robustness: the language server keeps draft text out of its log', function () {
  this.timeout(120000);
  before(() => execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' }));

  const MARKER = 'Zqxv-sealed-7731';
  const secretDraft = DRAFT.replace(/\n## /, `\nThe target's alias is ${MARKER}.\n\n## `);

  async function exercise(client: LspClient, logs: string[]) {
    client.conn.onNotification('window/logMessage', (p: { message: string }) => logs.push(p.message));
    client.conn.onNotification('$/logTrace', (p: { message: string; verbose?: string }) => logs.push(`${p.message} ${p.verbose ?? ''}`));
    await client.initialize(null);
    const uri = 'file:///tmp/penlint-log/secret.md';
    client.open(uri, secretDraft);
    await client.diagnosticsFor(uri, 60000);
    client.replace(uri, MARKER, `${MARKER} ${MARKER}`);
    await client.diagnosticsFor(uri, 60000);
    // everything that makes the server log, carrying the marker: malformed messages, bad params, failing handlers
    raw(client, framed(`{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"text":"${MARKER}"`));
    raw(client, framed(JSON.stringify({ jsonrpc: '2.0', id: 5, params: { text: MARKER } })));
    raw(client, framed(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { text: MARKER } })));
    raw(client, framed(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version: 99 }, contentChanges: [{ range: MARKER, text: MARKER }] } })));
    await client.request('penlint/checklist', { textDocument: MARKER }).catch(() => undefined);
    await client.request('penlint/noSuchMethod', { text: MARKER }).catch(() => undefined);
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 3 } });
    await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: zero, end: { line: 40, character: 0 } }, context: { diagnostics: [] } });
    await answers(client);
    await new Promise((r) => setTimeout(r, 500));
  }

  it('at the default trace level, neither stderr nor window/logMessage carries draft text', async () => {
    const client = new LspClient({ env: { PENLINT_LSP_DEBOUNCE_MS: '20' } });
    const logs: string[] = [];
    try {
      await exercise(client, logs);
      assert.ok(logs.length > 0, 'the exercise made the server log something (else this test proves nothing)');
      assert.ok(!logs.some((l) => l.includes(MARKER)), logs.filter((l) => l.includes(MARKER)).join('\n').slice(0, 2000));
      assert.ok(!client.stderr.includes(MARKER), client.stderr.slice(0, 2000));
    } finally {
      client.kill();
    }
  });

  it('penlint.trace.server = verbose: the protocol trace (what the editor logs) carries the draft, and the server adds none itself', async () => {
    // the extension declares the setting, off by default; vscode-languageclient reads `<id>.trace.server`
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { default: string; enum: string[] }> } } };
    const setting = pkg.contributes.configuration.properties['penlint.trace.server'];
    assert.equal(setting.default, 'off');
    assert.deepEqual(setting.enum, ['off', 'messages', 'verbose']);
    assert.match(readFileSync(resolve(ROOT, 'client/src/extension.ts'), 'utf8'), /new LanguageClient\('penlint',/);
    const client = new LspClient({ env: { PENLINT_LSP_DEBOUNCE_MS: '20' } });
    const logs: string[] = [];
    const trace: string[] = [];
    try {
      // what vscode-languageclient does at "verbose": trace every message with its parameters (and tell the server)
      const tracer = { log: (message: unknown, data?: string) => trace.push(`${typeof message === 'string' ? message : JSON.stringify(message)}\n${data ?? ''}`) } as Tracer;
      await client.conn.trace(Trace.Verbose, tracer, { sendNotification: true, traceFormat: TraceFormat.Text });
      await exercise(client, logs);
      assert.ok(trace.some((t) => t.includes(MARKER)), 'the verbose trace shows the draft');
      assert.ok(!logs.some((l) => l.includes(MARKER)));
      assert.ok(!client.stderr.includes(MARKER));
    } finally {
      client.kill();
    }
  });
});
