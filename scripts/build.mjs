// Bundles the CLI, the language server and the VS Code client into dist/ with esbuild (CommonJS, Node 20).
import { build } from 'esbuild';
import { chmodSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const shebang = '#!/usr/bin/env node';
const entries = [
  // the bin is a small launcher that runs the CLI bundle from V8's code cache (server/src/cli/launch.ts)
  { in: 'server/src/cli/launch.ts', out: 'dist/cli.cjs', banner: shebang },
  { in: 'server/src/cli/main.ts', out: 'dist/cli-main.cjs' },
  { in: 'server/src/cli/worker.ts', out: 'dist/worker.cjs' },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.cjs', banner: shebang },
  { in: 'client/src/extension.ts', out: 'dist/client.cjs', external: ['vscode'] },
];

mkdirSync('dist', { recursive: true });
const watch = process.argv.includes('--watch');
await Promise.all(
  entries
    .filter((e) => existsSync(e.in))
    .map((e) =>
      build({
        entryPoints: [e.in],
        outfile: e.out,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        sourcemap: false,
        // whitespace and syntax only: identifiers keep their names, so stack traces in the server's log read as
        // the source does without esbuild's keepNames, which renames every function object as it is created
        // (a property definition per closure on the hot path)
        minifyWhitespace: !watch,
        minifySyntax: !watch,
        legalComments: 'none',
        external: e.external ?? [],
        banner: e.banner ? { js: e.banner } : undefined,
        // some ESM dependencies read import.meta.url; give them the bundle's own file URL
        define: { 'import.meta.url': 'import_meta_url' },
        inject: ['scripts/import-meta-url.js'],
        logLevel: 'warning',
      }),
    ),
);
// the bins (`npx penlint`, `penlint-language-server`) must be executable in a fresh clone
for (const e of entries) if (e.banner && existsSync(e.out)) chmodSync(e.out, 0o755);

// V8's code cache for the CLI bundle: a warm-up lint of the bundled examples compiles what a lint needs, and the
// launcher saves it (dist/cli-main.cjs.v8cache). Without it the CLI still runs, only slower to start.
if (!watch && existsSync('dist/cli-main.cjs')) {
  rmSync('dist/cli-main.cjs.v8cache', { force: true });
  const warmUp = spawnSync(process.execPath, ['dist/cli.cjs', '--no-config', 'examples'], { env: { ...process.env, PENLINT_WRITE_CODE_CACHE: '1' }, stdio: 'ignore' });
  if (warmUp.error || !existsSync('dist/cli-main.cjs.v8cache')) console.warn('build: no code cache written for the CLI (it starts a little slower)');
}
