// Terrarium as the implementation under test: in-process through runMain (fast, the default)
// or as a child process running `node dist/cli.js [ARGS] FILE` (meets crashes, hangs and
// memory blowups the way a user would). In-process, the case's bytes are served at its
// canonical path by MainIO.readFile; nothing is written to disk.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { concatBytes } from '../expected.ts';
import { ChildRunner } from './child.ts';
import type { Oracle, OracleInfo, OracleOptions, RunRequest, RunResult } from './oracle.ts';
import { oracleEnv } from './oracle.ts';

export interface MainIO {
  readFile(path: string): Uint8Array | null;
  stdout(data: string | Uint8Array): void;
  stderr(data: string | Uint8Array): void;
}
type RunMain = (argv: string[], io: MainIO) => number;

export function terrariumVersion(repoRoot: string): string {
  let version = 'unknown';
  try {
    version = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version;
  } catch {
    // keep unknown
  }
  try {
    // The commit, without spawning git: read .git/HEAD and the ref it names.
    const gitDir = path.join(repoRoot, '.git');
    const head = readFileSync(path.join(gitDir, 'HEAD'), 'utf8').trim();
    let sha = head;
    if (head.startsWith('ref: ')) {
      const ref = head.slice(5);
      const loose = path.join(gitDir, ref);
      if (existsSync(loose)) sha = readFileSync(loose, 'utf8').trim();
      else {
        const packed = readFileSync(path.join(gitDir, 'packed-refs'), 'utf8');
        sha = packed.split('\n').find((l) => l.endsWith(` ${ref}`))?.split(' ')[0] ?? '';
      }
    }
    if (/^[0-9a-f]{40}$/.test(sha)) version += `+${sha.slice(0, 12)}`;
  } catch {
    // not a git checkout
  }
  return version;
}

const encoder = new TextEncoder();

export class TerrariumOracle implements Oracle {
  readonly kind = 'terrarium' as const;
  private runMain?: Promise<RunMain>;

  constructor(private readonly opts: OracleOptions) {}

  private load(): Promise<RunMain> {
    this.runMain ??= (async () => {
      // A computed specifier: main.ts may not exist yet in a checkout, and the type checker
      // must not insist on it. Relative to this file, so tsx and vitest both resolve it.
      const spec = this.opts.terrariumMain ?? '../../interpreter/src/main.ts';
      const mod = (await import(spec)) as { runMain?: RunMain };
      if (typeof mod.runMain !== 'function') throw new Error('interpreter/src/main.ts does not export runMain');
      return mod.runMain;
    })();
    return this.runMain;
  }

  async info(): Promise<OracleInfo> {
    // Load now, so a Terrarium that cannot even be imported is one clear message, not one per case.
    try {
      await this.load();
    } catch (e) {
      throw new Error(`cannot load Terrarium (interpreter/src/main.ts): ${(e as Error).message}`);
    }
    const v = terrariumVersion(this.opts.repoRoot);
    return { kind: 'terrarium', recordedFrom: `Terrarium ${v} (in-process)`, version: v };
  }

  async run(req: RunRequest): Promise<RunResult> {
    let runMain: RunMain;
    try {
      runMain = await this.load();
    } catch (e) {
      return { kind: 'error', message: `cannot load Terrarium (interpreter/src/main.ts): ${(e as Error).message}` };
    }
    const out: Uint8Array[] = [];
    const err: Uint8Array[] = [];
    const io: MainIO = {
      readFile: (p) => (p === req.canonicalPath ? req.source.slice() : null),
      stdout: (d) => void out.push(typeof d === 'string' ? encoder.encode(d) : d.slice()),
      stderr: (d) => void err.push(typeof d === 'string' ? encoder.encode(d) : d.slice()),
    };
    let exit: number;
    try {
      exit = runMain([...req.args, req.canonicalPath], io);
    } catch (e) {
      // An exception escaping runMain is a Terrarium crash: report it as the case's output so
      // it shows up in the diff (and is a failure, since CPython never prints this).
      const msg = (e as Error)?.stack ?? String(e);
      err.push(encoder.encode(`\n[terrarium crashed] ${msg}\n`));
      exit = -1;
    }
    return { kind: 'ran', outcome: { exit, stdout: concatBytes(out), stderr: concatBytes(err) } };
  }

  async close(): Promise<void> {}
}

export class TerrariumProcessOracle implements Oracle {
  readonly kind = 'terrarium-process' as const;
  private readonly cli: string;
  private readonly children = new ChildRunner();

  constructor(private readonly opts: OracleOptions) {
    this.cli = path.join(opts.repoRoot, 'dist/cli.js');
  }

  async info(): Promise<OracleInfo> {
    if (!existsSync(this.cli)) throw new Error(`${this.cli} not found: run \`npm run build\` first`);
    const v = terrariumVersion(this.opts.repoRoot);
    return { kind: 'terrarium-process', recordedFrom: `Terrarium ${v} (node dist/cli.js)`, version: v };
  }

  async run(req: RunRequest): Promise<RunResult> {
    const r = await this.children.run(process.execPath, [this.cli, ...req.args], req, oracleEnv());
    if (r.timedOut) return { kind: 'timeout', message: `terrarium did not finish within ${req.timeoutMs} ms` };
    if (r.exitCode === undefined) {
      return { kind: 'ran', outcome: { exit: -1, stdout: r.stdout, stderr: concatBytes([r.stderr, encoder.encode(`\n[terrarium ${r.signal ? `killed by ${r.signal}` : 'failed'}]\n`)]) } };
    }
    return { kind: 'ran', outcome: { exit: r.exitCode, stdout: r.stdout, stderr: r.stderr } };
  }

  close(): Promise<void> {
    return this.children.close();
  }
}
