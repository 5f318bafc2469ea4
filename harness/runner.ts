// The runner's engine: discovers cases, runs them through an executor, compares with the
// recorded expectations (or records them), applies the known-failures ratchet and produces a
// report. The command line (cli.ts) and the vitest gate (corpus.test.ts) both drive this.

import { unlinkSync } from 'node:fs';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CaseFile, LoadedCase } from './cases.ts';
import { discoverCases, loadCase } from './cases.ts';
import { unifiedDiff } from './diff.ts';
import type { Expectation, Outcome as StreamsOutcome } from './expected.ts';
import { bytesEqual, formatExpectation, parseExpectation } from './expected.ts';
import type { KnownFailures, Outcome, RawVerdict } from './known-failures.ts';
import { judge, loadKnownFailures, staleEntries } from './known-failures.ts';
import type { OracleInfo, OracleOptions, OracleSpec, RunRequest, RunResult } from './oracles/oracle.ts';
import { oracleLabel } from './oracles/oracle.ts';
import { terrariumVersion } from './oracles/terrarium.ts';
import type { Executor } from './pool.ts';
import { InlineExecutor, WorkerPool } from './pool.ts';
import { displayText } from './text.ts';

export type Mode = 'compare' | 'record' | 'verify-oracle';

export interface RunOptions {
  repoRoot: string;
  corpusRoot: string;
  /** Files and folders to run (default: the whole corpus). */
  selectors?: string[];
  mode: Mode;
  oracle: OracleSpec;
  oracleOptions?: Partial<OracleOptions>;
  /** Worker threads; 0 runs the oracle on this thread. */
  jobs: number;
  timeoutMs: number;
  /** Heap limit of each worker thread in MB (default 4096). */
  workerMemoryMb?: number;
  knownFailuresFile?: string;
  /** Lines of unified diff kept per stream in the report. */
  diffLines?: number;
  /** Stops the run: no new case starts, running ones are abandoned, the oracles clean up. */
  signal?: AbortSignal;
  onStart?(total: number, info: OracleInfo): void;
  onCase?(report: CaseReport, done: number, total: number): void;
}

export interface StreamDiff {
  expected: string;
  actual: string;
  /** False when a side held bytes that are not UTF-8 (shown as \xNN). */
  lossless: boolean;
  diff: string;
}

export interface CaseReport {
  id: string;
  category: string;
  outcome: Outcome;
  duration_ms: number;
  /** Why: a harness problem, a timeout, a ratchet note, what --record did. */
  message?: string;
  /** For failures (and xfails): the streams that differ. */
  diff?: { exit?: { expected: number; actual: number }; stdout?: StreamDiff; stderr?: StreamDiff };
}

export interface Totals {
  cases: number;
  pass: number;
  fail: number;
  skip: number;
  xfail: number;
}

export interface RunReport {
  schema: 'terrarium-conform/1';
  mode: Mode;
  started_at: string;
  duration_ms: number;
  oracle: { kind: string; recorded_from: string; version: string };
  versions: { cpython: string[]; terrarium: string; node: string };
  jobs: number;
  totals: Totals;
  cases: CaseReport[];
  /** Problems that are not one case's: bad selectors, stale known-failures lines. */
  problems: string[];
  /** True when the gate fails: some case expected to pass did not (or the run was interrupted). */
  failed: boolean;
  /** Present (true) when the run was stopped before every case ran; `cases` holds those that finished. */
  interrupted?: boolean;
}

export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
}

function streamDiff(expected: Uint8Array, actual: Uint8Array, name: string, maxLines: number): StreamDiff | undefined {
  if (bytesEqual(expected, actual)) return undefined;
  const e = displayText(expected);
  const a = displayText(actual);
  let diff = unifiedDiff(e.text, a.text, { maxLines, labels: [`expected ${name}`, `actual ${name}`] });
  if (!diff) diff = `(${name} differs only in bytes: expected ${Buffer.from(expected).toString('hex')} got ${Buffer.from(actual).toString('hex')})`.slice(0, 2000);
  return { expected: e.text, actual: a.text, lossless: e.lossless && a.lossless, diff };
}

export function compareOutcome(expected: StreamsOutcome, actual: StreamsOutcome, maxLines = 40): CaseReport['diff'] | undefined {
  const d: NonNullable<CaseReport['diff']> = {};
  if (expected.exit !== actual.exit) d.exit = { expected: expected.exit, actual: actual.exit };
  const so = streamDiff(expected.stdout, actual.stdout, 'stdout', maxLines);
  if (so) d.stdout = so;
  const se = streamDiff(expected.stderr, actual.stderr, 'stderr', maxLines);
  if (se) d.stderr = se;
  return Object.keys(d).length ? d : undefined;
}

/** Temporary files of writes in progress, removed if the process is stopped meanwhile. */
const pendingWrites = new Set<string>();

/** Writes a file all at once or not at all: a temporary file beside it, then a rename. */
export async function writeAtomic(file: string, data: Uint8Array | string): Promise<void> {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  pendingWrites.add(tmp);
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw e;
  } finally {
    pendingWrites.delete(tmp);
  }
}

/** Removes the temporary files of unfinished writes (for signal handlers and process exit). */
export function removePendingWritesSync(): void {
  for (const tmp of pendingWrites) {
    try {
      unlinkSync(tmp);
    } catch {
      // not created yet, or renamed already
    }
  }
  pendingWrites.clear();
}

async function readExpectation(c: CaseFile): Promise<{ exp?: Expectation; problem?: string; missing?: boolean }> {
  let data: Uint8Array;
  try {
    data = new Uint8Array(await readFile(c.expectedFile));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      return { missing: true, problem: `no expectation ${path.basename(c.expectedFile)}: record it with \`npm run conform -- --record corpus/${c.id}\`` };
    }
    return { problem: `cannot read ${path.basename(c.expectedFile)}: ${(e as Error).message}` };
  }
  try {
    return { exp: parseExpectation(data) };
  } catch (e) {
    return { problem: `corrupt ${path.basename(c.expectedFile)}: ${(e as Error).message} (re-record it with \`npm run conform -- --record corpus/${c.id}\`)` };
  }
}

/** Runs at most `n` of the given tasks at once; none starts once `signal` is aborted. */
async function eachLimited<T>(items: T[], n: number, fn: (item: T) => Promise<void>, signal?: AbortSignal): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(n, items.length)) }, async () => {
    while (next < items.length && !signal?.aborted) await fn(items[next++]);
  });
  await Promise.all(lanes);
}

/** Resolves when the signal aborts (never without one). */
function aborted(signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (!signal) return;
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

export async function runConformance(opts: RunOptions): Promise<RunReport> {
  const started = Date.now();
  const corpusRoot = path.resolve(opts.corpusRoot);
  const { cases, problems } = await discoverCases(corpusRoot, opts.selectors ?? []);
  const kf: KnownFailures =
    opts.mode === 'compare' ? await loadKnownFailures(opts.knownFailuresFile ?? path.join(corpusRoot, 'known-failures.txt')) : { ids: new Set(), lines: new Map(), problems: [] };
  problems.push(...kf.problems);
  if (opts.mode === 'compare' && !opts.selectors?.length) {
    for (const id of staleEntries(kf, cases.map((c) => c.id))) {
      problems.push(`known-failures.txt line ${kf.lines.get(id)}: ${id} names no case; remove the line`);
    }
  }
  const oracleOptions: OracleOptions = { repoRoot: opts.repoRoot, ...opts.oracleOptions };
  let executor: Executor;
  let info: OracleInfo;
  if (opts.jobs <= 0) {
    const created = await InlineExecutor.create(opts.oracle, oracleOptions);
    executor = created.executor;
    info = created.info;
  } else {
    const pool = new WorkerPool(opts.oracle, oracleOptions, Math.min(opts.jobs, Math.max(1, cases.length)), opts.workerMemoryMb);
    info = await pool.start();
    executor = pool;
  }
  const reports: CaseReport[] = [];
  const cpythonVersions = new Set<string>();
  if (opts.mode !== 'compare' && info.recordedFrom) cpythonVersions.add(info.recordedFrom);
  let done = 0;
  opts.onStart?.(cases.length, info);
  const diffLines = opts.diffLines ?? 40;

  const processCase = async (c: CaseFile): Promise<void> => {
    const t0 = performance.now();
    const report = await runOne(c);
    // A case cut short by an interruption is not a result.
    if (opts.signal?.aborted) return;
    report.duration_ms = Math.round((performance.now() - t0) * 100) / 100;
    reports.push(report);
    done++;
    opts.onCase?.(report, done, cases.length);
  };

  const runOne = async (c: CaseFile): Promise<CaseReport> => {
    const base = { id: c.id, category: c.category, duration_ms: 0 };
    const harnessFail = (message: string): CaseReport => ({ ...base, outcome: 'fail', message });
    let lc: LoadedCase;
    try {
      lc = await loadCase(c);
    } catch (e) {
      return harnessFail(`corrupt case: ${(e as Error).message}`);
    }
    let exp: Expectation | undefined;
    if (opts.mode !== 'record') {
      const r = await readExpectation(c);
      if (!r.exp) return harnessFail(r.problem!);
      exp = r.exp;
      cpythonVersions.add(exp.recordedFrom);
    }
    const req: RunRequest = {
      id: c.id,
      canonicalPath: c.canonicalPath,
      source: lc.source,
      args: lc.directives.args,
      timeoutMs: lc.directives.timeoutMs ?? opts.timeoutMs,
      skipPyodide: lc.directives.skipPyodide,
    };
    const result: RunResult = await executor.run(req);
    if (result.kind === 'skipped') return { ...base, outcome: 'skip', message: result.reason };
    const ratchet = (raw: RawVerdict, extra: Partial<CaseReport>): CaseReport => {
      if (opts.mode !== 'compare') return { ...base, outcome: raw, ...extra };
      const j = judge(c.id, raw, kf);
      const message = [j.note, extra.message].filter(Boolean).join('; ') || undefined;
      return { ...base, ...extra, outcome: j.outcome, message };
    };
    if (result.kind === 'timeout') return ratchet('fail', { message: `timed out: ${result.message}` });
    if (result.kind === 'error') {
      if (opts.mode === 'compare') return ratchet('fail', { message: result.message });
      return harnessFail(`oracle error: ${result.message}`);
    }
    if (opts.mode === 'record') {
      const data = formatExpectation({ ...result.outcome, recordedFrom: info.recordedFrom });
      let old: Uint8Array | undefined;
      try {
        old = new Uint8Array(await readFile(c.expectedFile));
      } catch {
        old = undefined;
      }
      if (old && bytesEqual(old, data)) return { ...base, outcome: 'pass', message: 'unchanged' };
      try {
        await writeAtomic(c.expectedFile, data);
      } catch (e) {
        return harnessFail(`cannot write ${c.expectedFile}: ${(e as Error).message}`);
      }
      return { ...base, outcome: 'pass', message: old ? 'updated' : 'recorded' };
    }
    const diff = compareOutcome(exp!, result.outcome, diffLines);
    if (!diff) return ratchet('pass', {});
    return ratchet('fail', { diff, message: opts.mode === 'verify-oracle' ? `the oracle (${info.recordedFrom || info.kind}) no longer matches the recording (${exp!.recordedFrom})` : undefined });
  };

  try {
    await Promise.race([eachLimited(cases, Math.max(1, opts.jobs) * 2, processCase, opts.signal), aborted(opts.signal)]);
  } finally {
    await executor.close();
  }
  const interrupted = opts.signal?.aborted === true;
  reports.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const totals: Totals = { cases: reports.length, pass: 0, fail: 0, skip: 0, xfail: 0 };
  for (const r of reports) totals[r.outcome]++;
  return {
    schema: 'terrarium-conform/1',
    mode: opts.mode,
    started_at: new Date(started).toISOString(),
    duration_ms: Date.now() - started,
    oracle: { kind: info.kind || oracleLabel(opts.oracle), recorded_from: info.recordedFrom, version: info.version },
    versions: {
      cpython: [...cpythonVersions].sort(),
      terrarium: terrariumVersion(opts.repoRoot),
      node: process.version,
    },
    jobs: opts.jobs,
    totals,
    cases: reports,
    problems,
    failed: interrupted || totals.fail > 0 || problems.some((p) => p.includes('not inside the corpus') || p.includes('no such case')),
    ...(interrupted ? { interrupted } : {}),
  };
}
