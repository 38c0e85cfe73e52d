// Helpers of the CLI tests: build dist/ once per mocha process, run the built CLI, make temporary folders.
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { getRule } from '../../server/src/engine/index.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CLI = join(ROOT, 'dist/cli.cjs');
export const CORPUS = join(ROOT, 'test/fixtures/corpus/drafts');

let built = false;
/** Builds dist/ (once per test process): the tests run the bundle that ships. */
export function buildOnce(): void {
  if (built) return;
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (!existsSync(CLI)) throw new Error('the build did not produce dist/cli.cjs');
  built = true;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function penlint(args: string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const temps: string[] = [];
/** A temporary folder holding .git (a repository root, so config lookup stops there), removed after the run. */
export function tempRepo(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'penlint-cli-'));
  temps.push(dir);
  mkdirSync(join(dir, '.git'));
  for (const [name, content] of Object.entries(files)) writeFile(dir, name, content);
  return dir;
}

export function writeFile(dir: string, name: string, content: string | Buffer): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

export function cleanTemps(): void {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** True when the rule is implemented (a stub has no examples): tests that need it to fire skip until then. */
export function ruleImplemented(id: string): boolean {
  const rule = getRule(id);
  return !!rule && rule.examples.invalid.length > 0;
}

/** A federal draft (caption and application) with text the caller inserts into its order. */
export function draftWith(orderText: string): string {
  return `# UNITED STATES DISTRICT COURT

**IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER AUTHORIZING THE INSTALLATION AND USE OF A PEN REGISTER AND TRAP AND TRACE DEVICE**

## APPLICATION

Jane Doe, an Assistant United States Attorney, applies under 18 U.S.C. §§ 3122 and 3123.

## ORDER

IT IS ORDERED that the FBI may install and use a pen register on (202) 555-0111 ${orderText}
`;
}
