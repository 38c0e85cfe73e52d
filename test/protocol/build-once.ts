// Builds dist/ once per mocha run (the protocol tests spawn the built server and CLI, as users run them).
import { execFileSync } from 'node:child_process';

let built = false;
export function buildOnce(): void {
  if (built) return;
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  built = true;
}
