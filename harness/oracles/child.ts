// Oracles that run a case as a child process (native CPython, `node dist/cli.js`): the case
// is copied to its canonical path /tmp/terrarium/<id> for the run and removed afterwards, and
// close() kills whatever is still running and removes what is left (files, and the folders
// they were in once empty), so an interrupted run leaves no processes and no litter behind.
//
// Other runs (another checkout, another engineer) may use the same canonical paths at the
// same time: each run writes its own copy (temporary file + rename) and removes a file only
// while it is still the one it wrote (same inode); a folder is only removed when empty (and
// a write that finds its folder just removed by another run makes it again).

import { rmdirSync, statSync, unlinkSync } from 'node:fs';
import { mkdir, rename, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Options, ResultPromise } from 'execa';
import { execa } from 'execa';
import { CANONICAL_ROOT } from '../cases.ts';
import type { RunRequest } from './oracle.ts';

/** Canonical copies this thread wrote and still owns: path -> inode. */
const owned = new Map<string, number>();
/** Folders holding copies this thread wrote, up to /tmp/terrarium: removed at the end when empty. */
const usedDirs = new Set<string>();
/** Temporary files being written right now. */
const pendingTmp = new Set<string>();

async function makeDirs(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (let d = dir; d.startsWith(CANONICAL_ROOT); d = path.dirname(d)) usedDirs.add(d);
}

/** Writes the case at its canonical path (temp file + rename: a concurrent reader never sees half of it). */
export async function writeCanonical(req: RunRequest): Promise<void> {
  const dest = req.canonicalPath;
  const tmp = `${dest}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  pendingTmp.add(tmp);
  try {
    // Retry once: another run may remove an empty folder between our mkdir and our write.
    for (let attempt = 0; ; attempt++) {
      try {
        await makeDirs(path.dirname(dest));
        await writeFile(tmp, req.source);
        const ino = (await stat(tmp)).ino;
        await rename(tmp, dest);
        owned.set(dest, ino);
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || attempt >= 2) throw e;
      }
    }
  } finally {
    pendingTmp.delete(tmp);
    await unlink(tmp).catch(() => {});
  }
}

/** Removes a canonical copy if it is still the one this thread wrote. */
export async function removeCanonical(file: string): Promise<void> {
  const ino = owned.get(file);
  if (ino === undefined) return;
  owned.delete(file);
  try {
    if ((await stat(file)).ino === ino) await unlink(file);
  } catch {
    // already gone
  }
}

/** Removes every copy this thread still owns, then the folders it created, deepest first, when empty. */
export async function removeAllCanonical(): Promise<void> {
  await Promise.all([...owned.keys()].map(removeCanonical));
  for (const tmp of pendingTmp) await unlink(tmp).catch(() => {});
  const dirs = [...usedDirs].sort((a, b) => b.length - a.length);
  usedDirs.clear();
  for (const d of dirs) await rmdir(d).catch(() => {});
}

/** The same, synchronously (for process exit). */
export function removeAllCanonicalSync(): void {
  for (const [file, ino] of owned) {
    try {
      if (statSync(file).ino === ino) unlinkSync(file);
    } catch {
      // already gone
    }
  }
  owned.clear();
  for (const tmp of pendingTmp) {
    try {
      unlinkSync(tmp);
    } catch {
      // never written
    }
  }
  for (const d of [...usedDirs].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(d);
    } catch {
      // not empty, or gone
    }
  }
  usedDirs.clear();
}

export interface ChildResult {
  timedOut: boolean;
  exitCode?: number;
  signal?: string;
  message: string;
  stdout: Uint8Array;
  stderr: Uint8Array;
}

/** Runs child processes for an oracle and cleans up after them. */
export class ChildRunner {
  private readonly children = new Set<ResultPromise>();
  /** Every run in progress, from writing the copy to removing it. */
  private readonly runs = new Set<Promise<unknown>>();
  private closed = false;

  /** Runs `executable [...args] <canonical path>` on the case, with its time limit. */
  run(executable: string, args: string[], req: RunRequest, env: Record<string, string>): Promise<ChildResult> {
    const p = this.runOnce(executable, args, req, env);
    this.runs.add(p);
    void p.then(
      () => this.runs.delete(p),
      () => this.runs.delete(p),
    );
    return p;
  }

  private async runOnce(executable: string, args: string[], req: RunRequest, env: Record<string, string>): Promise<ChildResult> {
    if (this.closed) throw new Error('the oracle is closed');
    try {
      await writeCanonical(req);
      if (this.closed) throw new Error('the oracle is closed');
      const options: Options = {
        env,
        extendEnv: false,
        cwd: CANONICAL_ROOT,
        stdin: 'ignore',
        encoding: 'buffer',
        stripFinalNewline: false,
        reject: false,
        timeout: req.timeoutMs,
        forceKillAfterDelay: 1000,
        maxBuffer: 64 * 1024 * 1024,
      };
      const child = execa(executable, [...args, req.canonicalPath], options);
      this.children.add(child);
      const r = await child.finally(() => this.children.delete(child));
      return {
        timedOut: r.timedOut,
        exitCode: r.exitCode,
        signal: r.signal,
        message: r.shortMessage ?? r.message ?? '',
        stdout: r.stdout as unknown as Uint8Array,
        stderr: r.stderr as unknown as Uint8Array,
      };
    } finally {
      await removeCanonical(req.canonicalPath);
    }
  }

  /** Kills the children still running, waits for every run to end, and removes every file left. */
  async close(): Promise<void> {
    this.closed = true;
    for (const c of this.children) c.kill('SIGKILL');
    await Promise.allSettled([...this.runs]);
    await removeAllCanonical();
  }
}
