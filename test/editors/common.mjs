// Shared by the real-editor tests: a throw-away workspace holding an example draft, and small assertions.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);
export const OUTPUT = join(ROOT, 'test-output');
/** The example draft: a proposed order for ninety days (order-duration-exceeds-60) dated February 30 (draft-invalid-date). */
export const EXAMPLE = join(ROOT, 'test/protocol/fixtures/order-90-days.md');
export const EXAMPLE_NAME = 'proposed-order.md';

export function makeWorkspace(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, '.git')); // config lookup stops here, as at a repository root
  cpSync(EXAMPLE, join(dir, EXAMPLE_NAME));
  writeFileSync(join(dir, 'NOTES.md'), '# Notes\n\nNothing here is a draft; penlint stays silent.\n');
  // a second draft nobody opens: "lint workspace" reports it
  mkdirSync(join(dir, 'archive'));
  cpSync(EXAMPLE, join(dir, 'archive', 'old-order.md'));
  return dir;
}

export function check(condition, message) {
  if (!condition) {
    console.error(`FAIL: ${message}`);
    process.exit(1);
  }
  console.log(`ok - ${message}`);
}

export function ensureOutput() {
  mkdirSync(OUTPUT, { recursive: true });
  return OUTPUT;
}
