// Runs file tasks in this thread and in worker threads (dist/worker.cjs), each taking the next file from one queue,
// or in this thread alone when workers are not worth their start-up cost (few files) or not available. Results
// come back in task order, so the report is the same whatever the number of jobs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { lintFileTask, type FileOutcome, type FileTask } from './lint-file.js';
import { errorEntry } from './report.js';

/** Below this many files a run stays in one thread: starting a worker (and warming its copy of the engine) costs more. */
export const MIN_FILES_FOR_WORKERS = 24;
/** Each worker should get at least this many files. */
const FILES_PER_WORKER = 12;
const IN_FLIGHT_PER_WORKER = 2;

function workerScript(): string | undefined {
  // in the bundle, __dirname is dist/; under tsx (tests of the sources) there is no bundle to start
  if (typeof __dirname !== 'string') return undefined;
  const script = join(__dirname, 'worker.cjs');
  return existsSync(script) ? script : undefined;
}

/** How many files are linted at once: `--jobs`, unless there are too few files to share. One lane is this thread,
 *  the others worker threads: this thread would otherwise only wait, and a worker costs a start-up, a cold engine
 *  and a parse cache of its own. */
export function plannedLanes(tasks: number, jobs: number): number {
  if (jobs <= 1 || tasks < MIN_FILES_FOR_WORKERS || !workerScript()) return 1;
  return Math.max(2, Math.min(jobs, Math.floor(tasks / FILES_PER_WORKER)));
}

function runInline(task: FileTask): FileOutcome {
  try {
    return lintFileTask(task);
  } catch (error) {
    return { entry: errorEntry(task.displayPath, `penlint failed on this file (internal error: ${(error as Error).message}).`), fixed: 0, fromCache: false };
  }
}

export async function runTasks(tasks: FileTask[], jobs: number, onProgress?: (done: number) => void): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(tasks.length);
  const workers = plannedLanes(tasks.length, jobs) - 1;
  let done = 0;
  if (!workers) {
    for (let i = 0; i < tasks.length; i++) {
      outcomes[i] = runInline(tasks[i]);
      onProgress?.(++done);
    }
    return outcomes;
  }
  const script = workerScript()!;
  let next = 0;
  const thisThread = async () => {
    while (next < tasks.length) {
      const i = next++;
      outcomes[i] = runInline(tasks[i]);
      onProgress?.(++done);
      // between files, the workers' results come in and they are given the next ones
      await new Promise<void>((resume) => setImmediate(resume));
    }
  };
  await Promise.all([
    thisThread(),
    ...Array.from({ length: workers }, () =>
      new Promise<void>((finish) => {
        const worker = new Worker(script);
        // two files in flight per worker: the next one is already queued while a result travels back
        const inFlight = new Set<number>();
        let finished = false;
        const feed = () => {
          while (inFlight.size < IN_FLIGHT_PER_WORKER && next < tasks.length) {
            const id = next++;
            inFlight.add(id);
            worker.postMessage({ id, task: tasks[id] });
          }
          if (!inFlight.size && !finished) {
            finished = true;
            void worker.terminate().then(() => finish());
          }
        };
        worker.on('message', (msg: { id: number; outcome?: FileOutcome; error?: string }) => {
          inFlight.delete(msg.id);
          outcomes[msg.id] = msg.outcome ?? runInline(tasks[msg.id]);
          onProgress?.(++done);
          feed();
        });
        worker.on('error', () => {
          // a crashed worker: finish its files and the rest of the queue here
          finished = true;
          for (const id of [...inFlight].sort((a, b) => a - b)) {
            if (outcomes[id]) continue;
            outcomes[id] = runInline(tasks[id]);
            onProgress?.(++done);
          }
          inFlight.clear();
          while (next < tasks.length) {
            const i = next++;
            outcomes[i] = runInline(tasks[i]);
            onProgress?.(++done);
          }
          finish();
        });
        feed();
      }),
    ),
  ]);
  return outcomes;
}
