// The language server's lint worker (lsp/runner.ts): one long-lived thread whose incremental cache survives a
// burst of edits (a superseded run is cancelled cooperatively, never by terminating the thread), and whose small
// heap is doubled, and the run repeated, when a draft needs more.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LspClient } from '../protocol/lsp-client.js';
import { buildOnce } from '../protocol/build-once.js';
import { lint } from '../../server/src/engine/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DRAFT = readFileSync(resolve(ROOT, 'test/fixtures/corpus/drafts/02-dea-fentanyl-phone.md'), 'utf8');

describe('perf: language server lint worker', function () {
  this.timeout(120000);
  let dir = '';
  let hook = '';
  before(() => {
    buildOnce();
    dir = mkdtempSync(join(tmpdir(), 'penlint-worker-'));
    // a preload that reports each Worker the server constructs, without any switch in penlint itself
    hook = join(dir, 'count-workers.cjs');
    writeFileSync(hook, "const wt = require('node:worker_threads'); const W = wt.Worker; wt.Worker = class extends W { constructor(...a) { super(...a); process.stderr.write('worker started\\n'); } };\n");
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const started = (client: LspClient) => client.stderr.match(/worker started/g)?.length ?? 0;

  it('a burst of edits is linted by the one worker it started with; the last diagnostics match a fresh lint', async () => {
    const client = new LspClient({ env: { NODE_OPTIONS: `--require ${hook}`, PENLINT_LSP_DEBOUNCE_MS: '0' } });
    try {
      await client.initialize(null);
      const uri = 'file:///tmp/penlint-worker/draft.md';
      client.open(uri, DRAFT);
      await client.diagnosticsFor(uri, 60000);
      for (let i = 0; i < 60; i++) {
        client.change(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: i % 7 === 6 ? '\n\n' : 'x' }]);
        if (i % 10 === 0) await new Promise((r) => setTimeout(r, 5));
      }
      const diagnostics = await client.diagnosticsFor(uri, 60000);
      assert.deepEqual(diagnostics.map((d) => d.code).sort(), lint(client.text(uri)).findings.map((f) => f.ruleId).sort());
      assert.equal(started(client), 1, 'a cancelled run must not cost the worker (and its cache)');
    } finally {
      client.kill();
    }
  });

  it('a worker that runs out of its heap is restarted with twice the heap and the run repeated', async () => {
    const client = new LspClient({ env: { NODE_OPTIONS: `--require ${hook}`, PENLINT_LSP_WORKER_HEAP_MB: '4' } });
    try {
      await client.initialize(null);
      const uri = 'file:///tmp/penlint-worker/small-heap.md';
      client.open(uri, DRAFT);
      const diagnostics = await client.diagnosticsFor(uri, 90000);
      assert.deepEqual(diagnostics.map((d) => d.code).sort(), lint(DRAFT).findings.map((f) => f.ruleId).sort());
      assert.ok(started(client) >= 2, `expected a restart, saw ${started(client)} worker(s)`);
    } finally {
      client.kill();
    }
  });
});
