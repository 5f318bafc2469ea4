// Native CPython 3.14 as a child process: `python3.14 [ARGS] /tmp/terrarium/<id>` in a clean
// environment with PYTHONHASHSEED=0. The executable is $TERRARIUM_PYTHON, else `python3.14`
// on PATH, else the chroot wrapper that `npm run oracle:install` puts in .cache/cpython.

import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { execa } from 'execa';
import { ChildRunner } from './child.ts';
import type { Oracle, OracleInfo, OracleOptions, RunRequest, RunResult } from './oracle.ts';
import { oracleEnv } from './oracle.ts';

function isExecutable(p: string): boolean {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findPython(repoRoot: string): { executable: string; how: string } | null {
  const fromEnv = process.env.TERRARIUM_PYTHON;
  if (fromEnv) return { executable: fromEnv, how: 'TERRARIUM_PYTHON' };
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && isExecutable(path.join(dir, 'python3.14'))) return { executable: path.join(dir, 'python3.14'), how: 'PATH' };
  }
  const cached = path.join(repoRoot, '.cache/cpython/python3.14');
  if (isExecutable(cached)) return { executable: cached, how: '.cache/cpython (npm run oracle:install)' };
  return null;
}

export class NativeOracle implements Oracle {
  readonly kind = 'native' as const;
  private readonly executable: string | null;
  private readonly how: string;
  private cachedInfo?: Promise<OracleInfo>;
  private readonly children = new ChildRunner();

  constructor(opts: OracleOptions) {
    const found = findPython(opts.repoRoot);
    this.executable = found?.executable ?? null;
    this.how = found?.how ?? '';
  }

  info(): Promise<OracleInfo> {
    this.cachedInfo ??= (async () => {
      if (!this.executable) {
        throw new Error('native CPython 3.14 not found: set TERRARIUM_PYTHON, put python3.14 on PATH, or run `npm run oracle:install` (root)');
      }
      const r = await execa(this.executable, ['--version'], { env: oracleEnv(), extendEnv: false, reject: false, timeout: 30_000 });
      const m = /^Python (3\.14\S*)\s*$/.exec(String(r.stdout));
      if (r.exitCode === undefined) {
        throw new Error(`cannot run native CPython ${this.executable} (from ${this.how}): ${r.shortMessage ?? r.message}`);
      }
      if (r.exitCode !== 0 || !m) {
        throw new Error(`${this.executable} --version did not report Python 3.14.x (exit ${r.exitCode}): ${String(r.stdout)}${String(r.stderr)}`.trim());
      }
      return { kind: 'native', recordedFrom: `CPython ${m[1]} (native)`, version: m[1] };
    })();
    return this.cachedInfo;
  }

  async run(req: RunRequest): Promise<RunResult> {
    if (!this.executable) return { kind: 'error', message: 'native CPython 3.14 not found' };
    const r = await this.children.run(this.executable, req.args, req, oracleEnv());
    if (r.timedOut) return { kind: 'timeout', message: `native CPython did not finish within ${req.timeoutMs} ms` };
    if (r.exitCode === undefined) {
      const why = r.signal ? `killed by ${r.signal}` : r.message;
      return { kind: 'error', message: `native CPython failed: ${why}` };
    }
    return { kind: 'ran', outcome: { exit: r.exitCode, stdout: r.stdout, stderr: r.stderr } };
  }

  close(): Promise<void> {
    return this.children.close();
  }
}
