// A worker thread of the runner: instantiates one oracle, reports when it is ready, then
// runs the cases the pool sends it, one at a time. A hang is handled by the pool, which
// terminates the whole thread.

import { parentPort, workerData } from 'node:worker_threads';
import type { Oracle, OracleInfo, OracleOptions, OracleSpec, RunRequest, RunResult } from './oracles/oracle.ts';
import { instantiateOracle } from './oracles/oracle.ts';

export interface WorkerInit {
  spec: OracleSpec;
  options: OracleOptions;
}

export type ToWorker = { type: 'run'; seq: number; req: RunRequest } | { type: 'close' };
export type FromWorker =
  | { type: 'ready'; info: OracleInfo }
  | { type: 'failed'; message: string }
  | { type: 'result'; seq: number; result: RunResult }
  | { type: 'closed' };

const port = parentPort!;
const init = workerData as WorkerInit;
let oracle: Oracle | undefined;
let closing = false;

try {
  oracle = await instantiateOracle(init.spec, init.options);
  const info = await oracle.info();
  port.postMessage({ type: 'ready', info } satisfies FromWorker);
} catch (e) {
  port.postMessage({ type: 'failed', message: (e as Error)?.message ?? String(e) } satisfies FromWorker);
}

port.on('message', async (msg: ToWorker) => {
  if (msg.type === 'close') {
    // The oracle kills its child processes and removes its files; then the pool terminates us.
    closing = true;
    try {
      await oracle?.close();
    } catch {
      // nothing more to do
    }
    port.postMessage({ type: 'closed' } satisfies FromWorker);
    return;
  }
  if (msg.type !== 'run') return;
  let result: RunResult;
  try {
    if (!oracle) throw new Error('the oracle failed to start');
    if (closing) throw new Error('the worker is closing');
    result = await oracle.run(msg.req);
  } catch (e) {
    result = { kind: 'error', message: `oracle threw: ${(e as Error)?.stack ?? String(e)}` };
  }
  port.postMessage({ type: 'result', seq: msg.seq, result } satisfies FromWorker);
});
