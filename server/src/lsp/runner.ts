// Runs analyses off the request path. The default runner lints in a worker thread (the server keeps answering
// hovers and completions while a 1 MB draft is linted). The worker lives as long as the server: its incremental
// parser caches the document's chunks, so an edit re-parses only what changed. A superseded run is cancelled
// cooperatively (a shared flag the worker reads between phases; a run already past them finishes and its stale
// result is dropped); only a run stuck past a hard limit is stopped by terminating its thread. The in-process
// runner is the fallback.
import { Worker } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import { analyze, type Analysis, type AnalysisInput } from './analysis.js';
import { LintCancelledError } from '../engine/incremental.js';
import { limitTextMemos } from '../engine/memo.js';

export class CancelledError extends Error {
  constructor() {
    super('lint superseded');
    this.name = 'CancelledError';
  }
}

export interface LintHandle {
  promise: Promise<Analysis>;
  cancel(): void;
}

export interface LintRunner {
  run(input: AnalysisInput): LintHandle;
  dispose(): void;
  readonly kind: 'worker' | 'in-process';
}

/** Marks the worker threads this server starts (main.ts dispatches on it). */
export const WORKER_MARK = 'penlintLintWorker';

export interface WorkerRequest {
  id: number;
  input: AnalysisInput;
}
export interface WorkerInit {
  [WORKER_MARK]: true;
  /** Int32Array over a SharedArrayBuffer: [0] = the id of the newest job the server cancelled or superseded. */
  cancelFlag: SharedArrayBuffer;
}
export type WorkerResponse =
  | { id: number; ok: true; analysis: Analysis }
  | { id: number; ok: false; error: string; cancelled?: boolean };

export class InProcessRunner implements LintRunner {
  readonly kind = 'in-process' as const;
  run(input: AnalysisInput): LintHandle {
    let cancelled = false;
    const promise = new Promise<Analysis>((resolve, reject) => {
      // yield first so the request that scheduled the lint is answered before it runs
      setImmediate(() => {
        if (cancelled) return reject(new CancelledError());
        try {
          resolve(analyze(input));
        } catch (e) {
          reject(e);
        }
      });
    });
    return { promise, cancel: () => (cancelled = true) };
  }
  dispose(): void {}
}

interface Job {
  id: number;
  input: AnalysisInput;
  resolve(a: Analysis): void;
  reject(e: unknown): void;
  /** When the worker was given it. */
  startedAt?: number;
  cancelled?: boolean;
}

/** A run still going this long after it was cancelled is stuck (a runaway rule): its thread is terminated. */
const STUCK_MS = (() => {
  const n = Number(process.env.PENLINT_LSP_STUCK_MS);
  return Number.isFinite(n) && n > 0 ? n : 30000;
})();

const envMb = (name: string, fallback: number) => {
  const n = Number(process.env[name]);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};
const HEAP_MB = envMb('PENLINT_LSP_WORKER_HEAP_MB', 128);
// Room for about one lint of a 1 MB draft (14 MB allocated per keystroke): what a lint makes and drops dies young
// instead of being promoted and collected by the slower major GC (1 MB draft: p95 about 63 ms with 48 MB, 73 ms
// with 16 MB, in six interleaved runs of 40 edits; 10 MB more peak memory).
const YOUNG_MB = envMb('PENLINT_LSP_WORKER_YOUNG_MB', 48);
const MAX_HEAP_MB = 4096;

/**
 * V8 moves an allocation site to the old generation once most of what it makes survives a minor collection. A lint's
 * facts live for the lint and die at the next keystroke: made in the old generation, they are garbage only a major
 * collection reclaims, and on a 1 MB draft one ran every third keystroke, its marking slowing that keystroke's lint
 * (worker runs of 60 edits: 21 to 23 major collections, p95 46 to 61 ms; without pretenuring 13 to 15, p95 39 to
 * 43 ms). The switch is V8's own, process-wide and read as feedback is processed; it is set before the worker's
 * heap exists (a Worker's execArgv takes no V8 options).
 */
function keepLintFactsYoung(): void {
  if (pretenuringOff) return;
  pretenuringOff = true;
  setFlagsFromString('--no-allocation-site-pretenuring');
}
let pretenuringOff = false;

export class WorkerRunner implements LintRunner {
  readonly kind = 'worker' as const;
  private active: Worker;
  private current: Job | undefined;
  private readonly queue: Job[] = [];
  private nextId = 1;
  private disposed = false;
  private readonly cancelFlag = new Int32Array(new SharedArrayBuffer(4));
  private stuckTimer: NodeJS.Timeout | undefined;
  /** The worker's old-generation limit: small, so V8 collects before the process grows; doubled on running out. */
  private heapMb = HEAP_MB;

  constructor(private readonly script: string, private readonly log: (msg: string) => void = () => {}) {
    keepLintFactsYoung();
    // one worker, no warm spare: a cancelled run no longer costs its thread, and a spare doubled the memory
    this.active = this.spawn();
  }

  private spawn(): Worker {
    const workerData: WorkerInit = { [WORKER_MARK]: true, cancelFlag: this.cancelFlag.buffer as SharedArrayBuffer };
    // stdout: true keeps anything a worker prints off the process's stdout (the LSP stream under --stdio)
    const w = new Worker(this.script, { workerData, stdout: true, stderr: true, resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: YOUNG_MB } });
    w.stdout.resume();
    w.stderr.on('data', (d: Buffer) => this.log(`[lint worker] ${String(d).trimEnd()}`));
    w.on('message', (msg: WorkerResponse) => this.onMessage(w, msg));
    w.on('error', (e) => this.onWorkerGone(w, e));
    w.on('exit', (code) => this.onWorkerGone(w, new Error(`lint worker exited with code ${code}`)));
    w.unref();
    return w;
  }

  private onMessage(w: Worker, msg: WorkerResponse) {
    if (w !== this.active || !this.current || msg.id !== this.current.id) return;
    const job = this.current;
    this.finishCurrent();
    if (job.cancelled) job.reject(new CancelledError());
    else if (msg.ok) job.resolve(msg.analysis);
    else job.reject(msg.cancelled ? new CancelledError() : new Error(msg.error));
    this.pump();
  }

  private finishCurrent() {
    this.current = undefined;
    if (this.stuckTimer) clearTimeout(this.stuckTimer);
    this.stuckTimer = undefined;
  }

  private onWorkerGone(w: Worker, error: unknown) {
    if (this.disposed || w !== this.active) return; // a terminated (stuck) worker
    if ((error as { code?: string })?.code === 'ERR_WORKER_OUT_OF_MEMORY' && this.heapMb < MAX_HEAP_MB) {
      // a draft bigger than the heap allows: the same run again in a worker with twice the heap
      const job = this.current;
      this.finishCurrent();
      this.log(`lint worker: out of its ${this.heapMb} MB heap; restarting it with ${Math.min(MAX_HEAP_MB, this.heapMb * 2)} MB`);
      this.heapMb = Math.min(MAX_HEAP_MB, this.heapMb * 2);
      this.active = this.spawn();
      if (job && !job.cancelled) this.queue.unshift(job);
      this.pump();
      return;
    }
    this.log(`lint worker failed: ${String((error as Error)?.message ?? error)}`);
    const job = this.current;
    this.finishCurrent();
    this.active = this.spawn();
    job?.reject(error);
    this.pump();
  }

  private pump() {
    if (this.current || this.disposed) return;
    const job = this.queue.shift();
    if (!job) return;
    this.current = job;
    job.startedAt = performance.now();
    this.active.postMessage({ id: job.id, input: job.input } satisfies WorkerRequest);
  }

  run(input: AnalysisInput): LintHandle {
    let job!: Job;
    const promise = new Promise<Analysis>((resolve, reject) => {
      job = { id: this.nextId++, input, resolve, reject };
    });
    this.queue.push(job);
    this.pump();
    return { promise, cancel: () => this.cancel(job) };
  }

  private cancel(job: Job) {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      job.reject(new CancelledError());
      return;
    }
    if (this.current !== job || job.cancelled) return;
    // the worker stops at its next phase boundary and keeps its cache; the caller hears at once
    job.cancelled = true;
    Atomics.store(this.cancelFlag, 0, job.id);
    job.reject(new CancelledError());
    const ranMs = performance.now() - (job.startedAt ?? 0);
    this.stuckTimer = setTimeout(() => this.terminateStuck(job), Math.max(0, STUCK_MS - ranMs));
    this.stuckTimer.unref();
  }

  /** A cancelled run that never reached a phase boundary: the only way to stop it is to stop its thread. */
  private terminateStuck(job: Job) {
    if (this.current !== job || this.disposed) return;
    this.log(`lint worker: a cancelled run went on for ${STUCK_MS} ms; restarting the worker`);
    const old = this.active;
    this.finishCurrent();
    this.active = this.spawn();
    void old.terminate();
    this.pump();
  }

  dispose(): void {
    this.disposed = true;
    for (const job of this.queue.splice(0)) job.reject(new CancelledError());
    if (this.current && !this.current.cancelled) this.current.reject(new CancelledError());
    this.finishCurrent();
    void this.active.terminate();
  }
}

/** The worker thread's loop (main.ts calls it when started as a lint worker). */
export async function runLintWorker(): Promise<void> {
  const { parentPort, workerData } = await import('node:worker_threads');
  if (!parentPort) return;
  const flag = new Int32Array((workerData as WorkerInit).cancelFlag);
  // an edit reuses the readings kept on unchanged sentences and blocks; the by-text memos (sized for the CLI's
  // thousands of drafts) would only take heap a 1 MB draft needs
  limitTextMemos(5000);
  // nothing a rule or a library logs may reach stdout
  console.log = console.info = console.debug = (...args: unknown[]) => console.error(...args);
  parentPort.on('message', (req: WorkerRequest) => {
    let res: WorkerResponse;
    // job ids only grow: a flag at or past this id means this run (or a newer one's predecessor) was cancelled
    const isCancelled = () => Atomics.load(flag, 0) >= req.id;
    try {
      res = isCancelled() ? { id: req.id, ok: false, error: 'cancelled', cancelled: true } : { id: req.id, ok: true, analysis: analyze(req.input, isCancelled) };
    } catch (e) {
      res = e instanceof LintCancelledError ? { id: req.id, ok: false, error: 'cancelled', cancelled: true } : { id: req.id, ok: false, error: String((e as Error)?.stack ?? e) };
    }
    parentPort.postMessage(res);
  });
}
