// Executors: where the oracle runs. The worker pool spreads cases over worker threads, each
// with its own oracle; a case that outlives its time limit gets its thread terminated and
// replaced, and the run goes on. The inline executor runs the oracle on the calling thread
// (no start-up cost: what the vitest gate uses), with a time limit that can only abandon an
// asynchronous hang, not interrupt a synchronous one.

import { Worker } from 'node:worker_threads';
import type { Oracle, OracleInfo, OracleOptions, OracleSpec, RunRequest, RunResult } from './oracles/oracle.ts';
import { instantiateOracle } from './oracles/oracle.ts';
import type { FromWorker, ToWorker, WorkerInit } from './worker.ts';

export interface Executor {
  run(req: RunRequest): Promise<RunResult>;
  close(): Promise<void>;
}

export class InlineExecutor implements Executor {
  private constructor(private readonly oracle: Oracle) {}

  static async create(spec: OracleSpec, options: OracleOptions): Promise<{ executor: InlineExecutor; info: OracleInfo }> {
    const oracle = await instantiateOracle(spec, options);
    const info = await oracle.info();
    return { executor: new InlineExecutor(oracle), info };
  }

  async run(req: RunRequest): Promise<RunResult> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<RunResult>((resolve) => {
      // Oracles that run a child process enforce the limit themselves (and say so); the extra
      // second only abandons an oracle that never answers.
      timer = setTimeout(() => resolve({ kind: 'timeout', message: `no result within ${req.timeoutMs} ms (abandoned)` }), req.timeoutMs + 1000);
    });
    try {
      return await Promise.race([this.oracle.run(req).catch((e): RunResult => ({ kind: 'error', message: `oracle threw: ${(e as Error)?.stack ?? e}` })), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  close(): Promise<void> {
    return this.oracle.close();
  }
}

/** Node flags for a worker: the parent's, minus loaders (the worker entry registers tsx itself). */
function workerExecArgv(): string[] {
  const out: string[] = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--import' || argv[i] === '--loader' || argv[i] === '--experimental-loader') i++;
    else if (/^--(import|loader|experimental-loader)=/.test(argv[i])) continue;
    else out.push(argv[i]);
  }
  return out;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  busy: boolean;
  current?: { seq: number; resolve(r: RunResult): void; timer?: NodeJS.Timeout };
  dead: boolean;
  started: boolean;
  info?: OracleInfo;
  startError?: string;
  /** Resolved when the worker has closed its oracle (after a close message) or is gone. */
  onClosed?: () => void;
}

export class WorkerPool implements Executor {
  private slots: Slot[] = [];
  private queue: { req: RunRequest; resolve(r: RunResult): void }[] = [];
  private seq = 0;
  private closed = false;

  constructor(
    private readonly spec: OracleSpec,
    private readonly options: OracleOptions,
    private readonly size: number,
    /** Heap limit per worker: a case that blows up memory kills its worker, not the run. */
    private readonly memoryMb = 4096,
  ) {}

  /** Starts the workers and waits for the first one's oracle, so that start-up problems surface once, up front. */
  async start(): Promise<OracleInfo> {
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
    const first = this.slots[0];
    await first.ready;
    if (first.startError || !first.info) {
      await this.close();
      throw new Error(first.startError ?? 'the oracle did not start');
    }
    return first.info;
  }

  private spawn(): Slot {
    const init: WorkerInit = { spec: this.spec, options: this.options };
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), {
      workerData: init,
      execArgv: workerExecArgv(),
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb },
    });
    worker.unref();
    let markReady!: () => void;
    const slot: Slot = { worker, busy: false, dead: false, started: false, ready: new Promise<void>((r) => (markReady = r)) };
    worker.on('message', (msg: FromWorker) => {
      if (msg.type === 'ready') {
        slot.started = true;
        slot.info = msg.info;
        markReady();
      }
      else if (msg.type === 'failed') {
        slot.startError = msg.message;
        markReady();
      } else if (msg.type === 'result' && slot.current?.seq === msg.seq) this.finish(slot, msg.result);
      else if (msg.type === 'closed') slot.onClosed?.();
    });
    const die = (why: string) => {
      slot.onClosed?.();
      if (slot.dead) return;
      slot.dead = true;
      slot.startError ??= why;
      markReady();
      if (slot.current) this.finish(slot, { kind: 'error', message: `worker thread died: ${why}` });
      // A worker that never got its oracle going is not restarted (it would fail again).
      if (slot.started) this.replace(slot);
      else this.drainIfAllDead();
    };
    worker.on('error', (e) => die((e as NodeJS.ErrnoException)?.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `out of memory (heap limit ${this.memoryMb} MB)` : (e?.stack ?? String(e))));
    worker.on('exit', (code) => die(`exited with code ${code}`));
    return slot;
  }

  private drainIfAllDead(): void {
    if (this.slots.some((s) => !s.dead)) return;
    for (const job of this.queue.splice(0)) job.resolve({ kind: 'error', message: 'no worker thread could start the oracle' });
  }

  private replace(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i < 0 || this.closed) return;
    this.slots[i] = this.spawn();
    this.pump();
  }

  private finish(slot: Slot, result: RunResult): void {
    const cur = slot.current;
    if (!cur) return;
    clearTimeout(cur.timer);
    slot.current = undefined;
    slot.busy = false;
    cur.resolve(result);
    this.pump();
  }

  run(req: RunRequest): Promise<RunResult> {
    return new Promise((resolve) => {
      this.queue.push({ req, resolve });
      this.pump();
    });
  }

  private pump(): void {
    if (this.closed) return;
    for (const slot of this.slots) {
      if (!this.queue.length) return;
      if (slot.busy || slot.dead) continue;
      const job = this.queue.shift()!;
      slot.busy = true;
      const seq = ++this.seq;
      slot.current = { seq, resolve: job.resolve };
      void slot.ready.then(() => {
        if (slot.current?.seq !== seq) return;
        if (slot.startError) {
          this.finish(slot, { kind: 'error', message: `oracle failed to start in a worker: ${slot.startError}` });
          return;
        }
        // The clock starts once the oracle is loaded. Oracles that run a child process enforce
        // the limit themselves; the extra second here only catches a wedged worker.
        slot.current.timer = setTimeout(() => {
          // Dead first, so that finishing this job does not hand the thread another one.
          slot.dead = true;
          void slot.worker.terminate();
          this.finish(slot, { kind: 'timeout', message: `no result within ${job.req.timeoutMs} ms: worker terminated` });
          this.replace(slot);
        }, job.req.timeoutMs + 1000);
        slot.worker.postMessage({ type: 'run', seq, req: job.req } satisfies ToWorker);
      });
    }
  }

  /**
   * Asks every worker to close its oracle (kill child processes, remove files), waits for
   * that at most `graceMs`, then terminates the threads. Cases still queued or running end
   * as errors, so nobody waits on them forever.
   */
  async close(graceMs = 2000): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve({ kind: 'error', message: 'the run was stopped before this case ran' });
    await Promise.all(
      this.slots.map(async (slot) => {
        if (!slot.dead) {
          const closed = new Promise<void>((resolve) => (slot.onClosed = resolve));
          let timer: NodeJS.Timeout | undefined;
          try {
            slot.worker.postMessage({ type: 'close' } satisfies ToWorker);
            await Promise.race([closed, new Promise<void>((r) => (timer = setTimeout(r, graceMs)))]);
          } catch {
            // the thread is already gone
          } finally {
            clearTimeout(timer);
          }
        }
        await slot.worker.terminate();
      }),
    );
  }
}
