// A test oracle that runs each case as a child process the way the native oracle does
// (through ChildRunner: the case copied to /tmp/terrarium/<id>, removed afterwards), and
// slowly: the child prints the case's bytes after SLOW_ORACLE_MS (default 400) milliseconds.
// Used to interrupt a run while child processes and files are live.

import type { Oracle, OracleOptions, RunRequest, RunResult } from '../../../harness/oracles/oracle.ts';
import { ChildRunner } from '../../../harness/oracles/child.ts';
import { oracleEnv } from '../../../harness/oracles/oracle.ts';

const CHILD = `const fs = require('node:fs'); const data = fs.readFileSync(process.argv[1]); setTimeout(() => process.stdout.write(data), ${Number(process.env.SLOW_ORACLE_MS ?? 400)});`;

export function createOracle(_opts: OracleOptions): Oracle {
  const children = new ChildRunner();
  return {
    kind: 'slow',
    async info() {
      return { kind: 'slow', recordedFrom: 'CPython 3.14.8 (slow fake)', version: '3.14.8' };
    },
    async run(req: RunRequest): Promise<RunResult> {
      const r = await children.run(process.execPath, ['-e', CHILD], req, oracleEnv());
      if (r.timedOut) return { kind: 'timeout', message: 'slow child timed out' };
      if (r.exitCode === undefined) return { kind: 'error', message: `slow child failed: ${r.message}` };
      return { kind: 'ran', outcome: { exit: r.exitCode, stdout: r.stdout, stderr: r.stderr } };
    },
    close: () => children.close(),
  };
}
