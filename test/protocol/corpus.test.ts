// The editor and CI agree finding for finding: for every draft in the corpus, the diagnostics the language server
// publishes equal the CLI's JSON findings (rule, range, severity), with and without a config file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lsp-client.js';
import { buildOnce } from './build-once.js';

interface CliDiagnostic {
  ruleId: string;
  severity: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const SEVERITY = ['', 'error', 'warning', 'info'];
const key = (rule: string, sev: string, l: number, c: number, el: number, ec: number) => `${rule} ${sev} ${l}:${c}-${el}:${ec}`;

async function compare(dir: string): Promise<number> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  const run = spawnSync(process.execPath, [resolve('dist/cli.cjs'), '--format', 'json', ...files], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 });
  // exit 1 means findings that fail; 2 would be a usage or config error
  assert.ok(run.status === 0 || run.status === 1, `CLI exit ${run.status}: ${run.stderr}`);
  const out = run.stdout;
  const report = JSON.parse(out) as { files: Array<{ path: string; diagnostics: CliDiagnostic[] }> };
  const client = new LspClient();
  let total = 0;
  try {
    await client.initialize(pathToFileURL(dir).href);
    for (const file of files) {
      const uri = pathToFileURL(join(dir, file)).href;
      client.open(uri, readFileSync(join(dir, file), 'utf8'));
      const diags = await client.diagnosticsFor(uri, 30000);
      const fromServer = diags.map((d) => key(String(d.code), SEVERITY[d.severity ?? 0], d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character)).sort();
      const cliFile = report.files.find((f) => f.path.replace(/^\.\//, '') === file);
      assert.ok(cliFile, `the CLI reported ${file}`);
      const fromCli = cliFile.diagnostics.map((d) => key(d.ruleId, d.severity, d.line - 1, d.column - 1, d.endLine - 1, d.endColumn - 1)).sort();
      assert.deepEqual(fromServer, fromCli, `server and CLI disagree on ${file}`);
      total += fromCli.length;
    }
  } finally {
    client.kill();
  }
  return total;
}

describe('language server and CLI agree on the corpus', function () {
  this.timeout(180000);
  let dir: string;
  before(() => {
    buildOnce();
    dir = mkdtempSync(join(tmpdir(), 'penlint-corpus-'));
    mkdirSync(join(dir, '.git'));
    cpSync('test/fixtures/corpus/drafts', dir, { recursive: true });
    cpSync('test/protocol/fixtures/order-90-days.md', join(dir, 'zz-order-90-days.md'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('finding for finding, with no config file', async () => {
    const total = await compare(dir);
    assert.ok(total > 0, 'the corpus has findings to compare');
  });

  it('finding for finding, with a config file (severity override, rule off, include glob)', async () => {
    writeFileSync(
      join(dir, '.penlintrc.json'),
      JSON.stringify({ rules: { 'draft-invalid-date': 'off', 'order-duration-exceeds-60': 'warning' }, include: ['01-readme.md'] }),
    );
    try {
      await compare(dir);
    } finally {
      rmSync(join(dir, '.penlintrc.json'));
    }
  });
});
