// penlint-language-server: `--stdio` (any LSP client), `--node-ipc` (the VS Code client) or `--socket=N`.
// The same bundle is also the lint worker thread's script (runner.ts), told apart by its workerData mark.
import { isMainThread, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { InProcessRunner, WorkerRunner, WORKER_MARK, runLintWorker, type LintRunner } from './runner.js';
import { startServer } from './server.js';
import { ResyncingFramer } from './framing.js';
import { TOOL_VERSION } from '../engine/meta.js';

function main() {
  if (!isMainThread && (workerData as Record<string, unknown> | undefined)?.[WORKER_MARK]) {
    void runLintWorker();
    return;
  }
  const args = process.argv.slice(2);
  if (args.includes('--version') || args.includes('-v')) {
    process.stdout.write(`${TOOL_VERSION}\n`);
    return;
  }
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write('Usage: penlint-language-server --stdio | --node-ipc | --socket=PORT\n');
    return;
  }
  // --stdio: a stream that re-synchronises after a malformed or mis-framed message (framing.ts)
  let dropped: ((why: string) => void) | undefined;
  const connection = args.includes('--stdio')
    ? createConnection(ProposedFeatures.all, process.stdin.pipe(new ResyncingFramer((why) => dropped?.(why))), process.stdout)
    : createConnection(ProposedFeatures.all);
  dropped = (why) => connection.console.warn(`penlint: dropped a malformed message: ${why}`);
  // under --stdio, stdout is the protocol stream: anything logged goes to the client's log instead
  const toClient = (...a: unknown[]) => connection.console.log(format(...a));
  console.log = console.info = console.debug = toClient;
  console.warn = console.error = (...a: unknown[]) => connection.console.error(format(...a));

  // a client that answers one of our requests with an error must not take the server down
  process.on('unhandledRejection', (reason) => connection.console.error(`penlint: ${String((reason as Error)?.stack ?? reason)}`));

  let runner: LintRunner;
  const self = fileURLToPath(import.meta.url);
  if (process.env.PENLINT_LSP_WORKER === '0' || !/\.c?js$/.test(self)) runner = new InProcessRunner();
  else {
    try {
      runner = new WorkerRunner(self, (msg) => connection.console.error(msg));
    } catch (e) {
      connection.console.error(`penlint: no lint worker (${String(e)}); linting in-process`);
      runner = new InProcessRunner();
    }
  }
  const debounce = Number(process.env.PENLINT_LSP_DEBOUNCE_MS);
  startServer(connection, { runner, debounceMs: Number.isFinite(debounce) && debounce >= 0 ? debounce : 150 });
}

main();
