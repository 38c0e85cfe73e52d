// The language server's per-document time budget (issue 8, item 2) and survival (item 3; more in lsp-survival.test.ts): a lint past the typing
// budget publishes "draft too large to lint as you type; lint on save"; the server survives requests for unopened
// documents, unknown methods and a burst of edits, and its final diagnostics match a fresh lint.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LspClient } from '../protocol/lsp-client.js';
import { lint } from '../../server/src/engine/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DRAFT = readFileSync(resolve(ROOT, 'test/fixtures/corpus/drafts/02-dea-fentanyl-phone.md'), 'utf8');
// a draft with findings: a comparison with a fresh lint of a clean draft would pass on stale diagnostics too
const WITH_FINDINGS = readFileSync(resolve(ROOT, 'test/fixtures/corpus/drafts/09-dea-extension-phone.md'), 'utf8');

describe('robustness: language server budget and survival', function () {
  this.timeout(120000);
  before(() => execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' }));

  it('a lint over the typing budget says "lint on save" instead of linting on every keystroke', async () => {
    const client = new LspClient({ env: { PENLINT_LSP_TYPE_BUDGET_MS: '1', PENLINT_LSP_DEBOUNCE_MS: '0' } });
    try {
      await client.initialize(null);
      const uri = 'file:///tmp/penlint-budget/draft.md';
      client.open(uri, DRAFT);
      const diagnostics = await client.diagnosticsFor(uri);
      assert.ok(diagnostics.some((d) => d.message === 'draft too large to lint as you type; lint on save'), JSON.stringify(diagnostics.map((d) => d.message)));
    } finally {
      client.kill();
    }
  });

  it('survives unknown methods, unopened documents and a burst of 1,000 edits; final diagnostics match a fresh lint', async () => {
    const client = new LspClient({ env: { PENLINT_LSP_DEBOUNCE_MS: '20' } });
    try {
      await client.initialize(null);
      const conn = (client as unknown as { conn: { sendRequest(m: string, p: unknown): Promise<unknown>; sendNotification(m: string, p: unknown): Promise<void> } }).conn;
      await assert.rejects(conn.sendRequest('penlint/noSuchMethod', {}));
      await conn.sendNotification('penlint/noSuchNotification', { x: 1 });
      const missing = 'file:///tmp/penlint-never-opened.md';
      assert.deepEqual(await conn.sendRequest('textDocument/codeAction', { textDocument: { uri: missing }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }), []);
      assert.equal(await conn.sendRequest('textDocument/hover', { textDocument: { uri: missing }, position: { line: 3, character: 2 } }), null);
      const uri = 'file:///tmp/penlint-burst/draft.md';
      client.open(uri, WITH_FINDINGS);
      for (let i = 0; i < 1000; i++) {
        client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: i % 2 ? '' : '' }]);
        client.change(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: i % 10 === 9 ? '\n' : 'x' }]);
      }
      const diagnostics = await client.diagnosticsFor(uri, 60000);
      const expected = lint(client.text(uri)).findings;
      assert.ok(expected.length > 0, 'the final text has findings (else stale diagnostics would pass)');
      assert.deepEqual(diagnostics.map((d) => d.code).sort(), expected.map((f) => f.ruleId).sort());
    } finally {
      client.kill();
    }
  });
});
