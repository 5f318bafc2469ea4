// A fake oracle for the harness's own tests: echoes the case's source on stdout with exit
// status 0, except that a source containing HANG never returns (in a worker thread a
// synchronous loop, so only terminating the thread stops it; on the main thread a promise
// that never settles, which the inline executor abandons), CRASH makes the oracle throw, and
// EXIT<n> exits n. OOM in a worker thread allocates until the heap limit kills the thread.

import { isMainThread } from 'node:worker_threads';

import type { Oracle, OracleOptions, RunRequest, RunResult } from '../../../harness/oracles/oracle.ts';

export function createOracle(_opts: OracleOptions): Oracle {
  return {
    kind: 'fake',
    async info() {
      return { kind: 'fake', recordedFrom: 'CPython 3.14.8 (fake)', version: '3.14.8' };
    },
    async run(req: RunRequest): Promise<RunResult> {
      const text = Buffer.from(req.source).toString('latin1');
      if (text.includes('HANG')) {
        if (!isMainThread) for (;;);
        return new Promise<never>(() => {});
      }
      if (text.includes('CRASH')) throw new Error('fake oracle crashed');
      if (text.includes('OOM') && !isMainThread) {
        const hog: number[][] = [];
        for (;;) hog.push(new Array(1 << 20).fill(1.5));
      }
      const exit = /EXIT(\d+)/.exec(text);
      return { kind: 'ran', outcome: { exit: exit ? Number(exit[1]) : 0, stdout: req.source.slice(), stderr: new TextEncoder().encode(req.canonicalPath) } };
    },
    async close() {},
  };
}
