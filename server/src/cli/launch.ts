// The `penlint` bin (dist/cli.cjs): runs the CLI bundle (dist/cli-main.cjs) from V8's code cache, which the build
// writes next to it after a warm-up run (scripts/build.mjs). Start-up then skips compiling what a lint needs (about
// 40 ms of 300 on one draft). A cache from another Node or V8 version is rejected by V8, and the bundle compiles as
// usual; a missing or unreadable cache is the same.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Module from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

const bundle = join(__dirname, 'cli-main.cjs');
const cacheFile = `${bundle}.v8cache`;
let cachedData: Buffer | undefined;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // no cache: compiled as usual
}
const source = readFileSync(bundle, 'utf8').replace(/^#!.*/, '');
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
if (process.env.PENLINT_WRITE_CODE_CACHE === '1') process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));

// the bundle runs as the main module, as if node had started it: its own require, __dirname (worker.cjs is beside it)
const main = new Module(bundle);
main.filename = bundle;
main.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(bundle));
const require = createRequire(bundle);
require.main = main;
(script.runInThisContext() as (...args: unknown[]) => void).call(main.exports, main.exports, require, main, bundle, dirname(bundle));
