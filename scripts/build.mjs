// Bundles the CLI, the language server and the VS Code client into dist/ with esbuild (CommonJS, Node 20).
import { build } from 'esbuild';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';

const shebang = '#!/usr/bin/env node';
const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.cjs', banner: shebang },
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
        minify: !watch,
        keepNames: true,
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
