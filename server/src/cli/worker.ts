// A worker thread of `penlint --jobs N` (bundled as dist/worker.cjs): lints the files it is sent, one at a time.
import { parentPort } from 'node:worker_threads';
import { lintFileTask, type FileTask } from './lint-file.js';

interface Request {
  id: number;
  task: FileTask;
}

parentPort?.on('message', (request: Request) => {
  try {
    parentPort!.postMessage({ id: request.id, outcome: lintFileTask(request.task) });
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: String((error as Error)?.stack ?? error) });
  }
});
