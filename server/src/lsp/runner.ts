// Runs analyses off the request path. The default runner lints in a worker thread (the server keeps answering
// hovers and completions while a 1 MB draft is linted) and cancels a superseded run by terminating its worker; a
// warm spare takes over at once so a cancelled run costs no start-up. The in-process runner is the fallback.
import { Worker } from 'node:worker_threads';
import { analyze, type Analysis, type AnalysisInput } from './analysis.js';

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
export type WorkerResponse = { id: number; ok: true; analysis: Analysis } | { id: number; ok: false; error: string };

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
}

export class WorkerRunner implements LintRunner {
  readonly kind = 'worker' as const;
  private active: Worker;
  private spare: Worker | undefined;
  private current: Job | undefined;
  private readonly queue: Job[] = [];
  private nextId = 1;
  private disposed = false;

  constructor(private readonly script: string, private readonly log: (msg: string) => void = () => {}) {
    this.active = this.spawn();
    // a warm spare, so that cancelling a long lint (terminating its thread) costs no start-up; started once the
    // first lint had the machine to itself
    setTimeout(() => {
      if (!this.disposed && !this.spare) this.spare = this.spawn();
    }, 3000).unref();
  }

  private spawn(): Worker {
    // stdout: true keeps anything a worker prints off the process's stdout (the LSP stream under --stdio)
    const w = new Worker(this.script, { workerData: { [WORKER_MARK]: true }, stdout: true, stderr: true });
    w.stdout.resume();
    w.stderr.on('data', (d: Buffer) => this.log(`[lint worker] ${String(d).trimEnd()}`));
    w.on('message', (msg: WorkerResponse) => this.onMessage(w, msg));
    w.on('error', (e) => this.onWorkerGone(w, e));
    w.on('exit', (code) => this.onWorkerGone(w, new Error(`lint worker exited with code ${code}`)));
    w.unref();
    return w;
  }

  private takeSpare(): Worker {
    const w = this.spare ?? this.spawn();
    this.spare = undefined;
    // a new spare is started after the replacement is busy, off the current turn
    setTimeout(() => {
      if (!this.disposed && !this.spare) this.spare = this.spawn();
    }, 0);
    return w;
  }

  private onMessage(w: Worker, msg: WorkerResponse) {
    if (w !== this.active || !this.current || msg.id !== this.current.id) return;
    const job = this.current;
    this.current = undefined;
    if (msg.ok) job.resolve(msg.analysis);
    else job.reject(new Error(msg.error));
    this.pump();
  }

  private onWorkerGone(w: Worker, error: unknown) {
    if (this.disposed) return;
    if (w === this.spare) {
      this.spare = undefined;
      return;
    }
    if (w !== this.active) return; // a terminated (cancelled) worker
    this.log(`lint worker failed: ${String((error as Error)?.message ?? error)}`);
    const job = this.current;
    this.current = undefined;
    this.active = this.takeSpare();
    job?.reject(error);
    this.pump();
  }

  private pump() {
    if (this.current || this.disposed) return;
    const job = this.queue.shift();
    if (!job) return;
    this.current = job;
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
    if (this.current !== job) return;
    // the only way to stop a synchronous lint is to stop its thread
    const old = this.active;
    this.current = undefined;
    this.active = this.takeSpare();
    void old.terminate();
    job.reject(new CancelledError());
    this.pump();
  }

  dispose(): void {
    this.disposed = true;
    for (const job of this.queue.splice(0)) job.reject(new CancelledError());
    this.current?.reject(new CancelledError());
    this.current = undefined;
    void this.active.terminate();
    if (this.spare) void this.spare.terminate();
  }
}

/** The worker thread's loop (main.ts calls it when started as a lint worker). */
export async function runLintWorker(): Promise<void> {
  const { parentPort } = await import('node:worker_threads');
  if (!parentPort) return;
  // nothing a rule or a library logs may reach stdout
  console.log = console.info = console.debug = (...args: unknown[]) => console.error(...args);
  parentPort.on('message', (req: WorkerRequest) => {
    let res: WorkerResponse;
    try {
      res = { id: req.id, ok: true, analysis: analyze(req.input) };
    } catch (e) {
      res = { id: req.id, ok: false, error: String((e as Error)?.stack ?? e) };
    }
    parentPort.postMessage(res);
  });
}
