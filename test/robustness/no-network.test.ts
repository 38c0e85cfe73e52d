// No network (issue 8, item 5): the shipped sources (server/src, client/src) import no network module and call no
// network API, and the built bundles contain no network client of penlint's own. scripts/offline-check.sh proves the
// same at run time (the test suite, the CLI and the server run inside `unshare -n` in .ci/run).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const ROOT = resolve(import.meta.dirname, '../..');

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) sources(full, out);
    else if (/\.(?:ts|mts|cts|js|mjs|cjs)$/.test(name)) out.push(full);
  }
  return out;
}

/** Network modules and APIs: imports/requires of http, https, http2, net, tls, dgram, dns, and fetch/WebSocket calls. */
const NETWORK = [
  /\bfrom\s+['"](?:node:)?(?:http|https|http2|net|tls|dgram|dns|dns\/promises)['"]/,
  /\brequire\(\s*['"](?:node:)?(?:http|https|http2|net|tls|dgram|dns|dns\/promises)['"]\s*\)/,
  /\bimport\(\s*['"](?:node:)?(?:http|https|http2|net|tls|dgram|dns)['"]\s*\)/,
  /\bnet\.(?:connect|createConnection|createServer)\b/,
  /(?<![\w.])fetch\s*\(/,
  /\bnew\s+(?:WebSocket|XMLHttpRequest|EventSource)\b/,
  /\bnavigator\.sendBeacon\b/,
];

/** Lines of a file that use the network, with comments left out. */
export function networkUses(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  return code.split('\n').filter((line) => NETWORK.some((re) => re.test(line)));
}

describe('robustness: no network access in shipped code', () => {
  it('the detector catches each kind of network use (it can fail)', () => {
    for (const line of [
      "import http from 'node:http';",
      "import { request } from 'https';",
      "const net = require('net');",
      "net.connect(80, 'example.invalid');",
      "await fetch('https://example.invalid/telemetry');",
      "import dgram from 'node:dgram';",
      "import { lookup } from 'dns';",
      'const ws = new WebSocket(url);',
    ])
      assert.equal(networkUses(line).length, 1, line);
    assert.deepEqual(networkUses("// fetch('x') in a comment\nconst prefetch = 1;\nimport { readFileSync } from 'node:fs';"), []);
  });

  it('server/src and client/src use no network module or API', () => {
    const offenders: string[] = [];
    for (const dir of ['server/src', 'client/src']) {
      for (const file of sources(join(ROOT, dir))) {
        for (const line of networkUses(readFileSync(file, 'utf8'))) offenders.push(`${relative(ROOT, file)}: ${line.trim()}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('the CLI and the language server run with no network at all (unshare -n)', function () {
    this.timeout(120000);
    if (spawnSync('unshare', ['-n', 'true']).status !== 0) this.skip();
    const cli = join(ROOT, 'dist/cli.cjs');
    if (!statSync(cli, { throwIfNoEntry: false })) spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
    const r = spawnSync('bash', [join(ROOT, 'scripts/offline-check.sh'), process.execPath, cli, '--format', 'json', '--no-config', 'test/fixtures/corpus/drafts'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
    assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
    const report = JSON.parse(r.stdout);
    assert.ok(report.summary.drafts > 0);
    const server = spawnSync('bash', [join(ROOT, 'scripts/offline-check.sh'), process.execPath, join(ROOT, 'dist/server.cjs'), '--version'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(server.status, 0, server.stderr);
  });
});
