// The oracle interface: something that runs one case the way `python3.14 [ARGS] FILE` would
// and reports its exit status and the exact bytes of stdout and stderr. Three kinds:
// native CPython (a child process), CPython on WebAssembly (Pyodide, in-process) and
// Terrarium (in-process through runMain, or a child process running dist/cli.js).

import type { Outcome } from '../expected.ts';

export type OracleKind = 'native' | 'pyodide' | 'terrarium' | 'terrarium-process';
export const ORACLE_KINDS: OracleKind[] = ['native', 'pyodide', 'terrarium', 'terrarium-process'];

export interface RunRequest {
  id: string;
  /** The absolute path the case runs at (under /tmp/terrarium). */
  canonicalPath: string;
  source: Uint8Array;
  /** Interpreter options placed before the file (`-m ast -a`). */
  args: string[];
  timeoutMs: number;
  /** Set when the case carries `# conform: skip-pyodide <reason>`. */
  skipPyodide?: string;
}

export type RunResult =
  | { kind: 'ran'; outcome: Outcome }
  | { kind: 'skipped'; reason: string }
  | { kind: 'timeout'; message: string }
  /** The oracle itself failed (could not start, crashed, was killed by a signal). */
  | { kind: 'error'; message: string };

export interface OracleInfo {
  kind: string;
  /** For recordings' headers: `CPython 3.14.8 (native)`. */
  recordedFrom: string;
  /** The full version string the implementation reports. */
  version: string;
}

export interface Oracle {
  /** A built-in OracleKind, or any name a plugged-in oracle chooses. */
  readonly kind: string;
  info(): Promise<OracleInfo>;
  run(req: RunRequest): Promise<RunResult>;
  close(): Promise<void>;
}

export interface OracleOptions {
  /** Repository root (for .cache/cpython, dist/cli.js). */
  repoRoot: string;
  /** Module specifier of Terrarium's entry point (default: interpreter/src/main.ts). */
  terrariumMain?: string;
}

/**
 * Which oracle to run: a built-in kind, or a module exporting `createOracle(opts)` (how the
 * harness's own tests plug in a fake; a module so that worker threads can load it too).
 */
export type OracleSpec = OracleKind | { module: string };

export function oracleLabel(spec: OracleSpec): string {
  return typeof spec === 'string' ? spec : `module ${spec.module}`;
}

export async function instantiateOracle(spec: OracleSpec, opts: OracleOptions): Promise<Oracle> {
  if (typeof spec === 'string') return createOracle(spec, opts);
  const mod = (await import(spec.module)) as { createOracle?(o: OracleOptions): Oracle | Promise<Oracle> };
  if (typeof mod.createOracle !== 'function') throw new Error(`${spec.module} does not export createOracle`);
  return mod.createOracle(opts);
}

export async function createOracle(kind: OracleKind, opts: OracleOptions): Promise<Oracle> {
  switch (kind) {
    case 'native':
      return new (await import('./native.ts')).NativeOracle(opts);
    case 'pyodide':
      return new (await import('./pyodide.ts')).PyodideOracle(opts);
    case 'terrarium':
      return new (await import('./terrarium.ts')).TerrariumOracle(opts);
    case 'terrarium-process':
      return new (await import('./terrarium.ts')).TerrariumProcessOracle(opts);
  }
}

// Writing a case at its canonical path, and removing it again: child.ts.
export { writeCanonical } from './child.ts';

/** The environment every child process runs in: clean, hash seed fixed, UTF-8 output. */
export function oracleEnv(): Record<string, string> {
  const basePath = process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin';
  // The chroot wrapper needs chroot, which lives in an sbin directory.
  const extra = ['/usr/local/sbin', '/usr/sbin', '/sbin'].filter((d) => !basePath.split(':').includes(d));
  return { PATH: [basePath, ...extra].join(':'), LANG: 'C.UTF-8', PYTHONHASHSEED: '0' };
}
