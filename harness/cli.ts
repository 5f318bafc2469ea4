// `npm run conform [-- options] [paths...]`: the differential conformance runner.
//
//   (default)          run Terrarium on the corpus and compare with the recorded expectations
//   --record           run the oracle (native CPython by default) and write the .expected files
//   --verify-oracle    run the oracle and check the recordings still match it
//   --oracle KIND      native | pyodide (record/verify); terrarium | terrarium-process (compare)
//   --jobs N           worker threads (default: the number of cores; 0 = on the main thread)
//   --timeout MS       per-case time limit (default 10000; a case may set its own)
//   --json FILE        write a JSON report (schema terrarium-conform/1, see corpus/README.md)
//   --junit FILE       write JUnit XML for CI
//   --html DIR         write a static dashboard (DIR/index.html); --history DIR adds earlier JSON reports
//   --corpus DIR       the corpus root (default: corpus/ of this repository)
//   --known-failures F the ratchet list (default: <corpus>/known-failures.txt)
//   --max-diffs N      failures shown with a diff (default 20); --diff-lines N lines per stream (40)
//   --quiet            no progress output

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { OracleKind, OracleSpec } from './oracles/oracle.ts';
import { ORACLE_KINDS } from './oracles/oracle.ts';
import { formatReport, Progress } from './format.ts';
import { loadHistory, renderHtml } from './report-html.ts';
import { junitXml } from './report-junit.ts';
import type { Mode, RunReport } from './runner.ts';
import { removeAllCanonicalSync } from './oracles/child.ts';
import { defaultJobs, removePendingWritesSync, runConformance, writeAtomic } from './runner.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const HELP = `usage: npm run conform -- [options] [corpus paths...]

Runs the corpus (or the given cases and folders) and compares stdout, stderr and exit status.

  (default)             Terrarium against the recorded expectations (the gate)
  --record              run the oracle and (re)write the .expected files
  --verify-oracle       run the oracle and check the recordings still match it
  --oracle KIND         native | pyodide | terrarium | terrarium-process
                        (default: native for --record/--verify-oracle, terrarium otherwise)
  -j, --jobs N          worker threads (default: cores = ${defaultJobs()}; 0 = main thread)
  --timeout MS          per-case time limit (default 10000)
  --json FILE           write a JSON report (schema terrarium-conform/1)
  --junit FILE          write JUnit XML
  --html DIR            write a static dashboard, DIR/index.html
  --history DIR         earlier JSON reports, for the dashboard's pass rate over time
  --corpus DIR          corpus root (default: corpus/)
  --known-failures FILE ratchet list (default: <corpus>/known-failures.txt)
  --max-diffs N         failures shown with a diff (default 20)
  --diff-lines N        diff lines per stream (default 40)
  --oracle-module FILE  use the oracle a module's createOracle(opts) returns (for tests)
  -q, --quiet           no progress output
  -h, --help            this text
`;

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        record: { type: 'boolean' },
        'verify-oracle': { type: 'boolean' },
        oracle: { type: 'string' },
        'oracle-module': { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        timeout: { type: 'string' },
        json: { type: 'string' },
        junit: { type: 'string' },
        html: { type: 'string' },
        history: { type: 'string' },
        corpus: { type: 'string' },
        'known-failures': { type: 'string' },
        'max-diffs': { type: 'string' },
        'diff-lines': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    process.stderr.write(`terrarium-conform: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (v.record && v['verify-oracle']) {
    process.stderr.write('terrarium-conform: --record and --verify-oracle exclude each other\n');
    return 2;
  }
  const mode: Mode = v.record ? 'record' : v['verify-oracle'] ? 'verify-oracle' : 'compare';
  const kind = (v.oracle ?? (mode === 'compare' ? 'terrarium' : 'native')) as OracleKind;
  if (!ORACLE_KINDS.includes(kind)) {
    process.stderr.write(`terrarium-conform: unknown oracle ${JSON.stringify(v.oracle)} (one of ${ORACLE_KINDS.join(', ')})\n`);
    return 2;
  }
  if (mode !== 'compare' && kind.startsWith('terrarium') && !v['oracle-module']) {
    process.stderr.write('terrarium-conform: expectations are recorded from CPython: use --oracle native or pyodide\n');
    return 2;
  }
  const num = (name: string, s: string | undefined, dflt: number): number => {
    if (s === undefined) return dflt;
    const n = Number(s);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} needs a non-negative integer, got ${JSON.stringify(s)}`);
    return n;
  };
  let jobs: number, timeoutMs: number, maxDiffs: number, diffLines: number;
  try {
    jobs = num('jobs', v.jobs, defaultJobs());
    timeoutMs = num('timeout', v.timeout, 10_000) || 10_000;
    maxDiffs = num('max-diffs', v['max-diffs'], 20);
    diffLines = num('diff-lines', v['diff-lines'], 40);
  } catch (e) {
    process.stderr.write(`terrarium-conform: ${(e as Error).message}\n`);
    return 2;
  }
  // `npm run` moves to the package root; paths typed by the user are relative to where they were.
  const base = process.env.INIT_CWD ?? process.cwd();
  const here = (p: string) => path.resolve(base, p);
  const corpusRoot = v.corpus ? here(v.corpus) : path.join(REPO_ROOT, 'corpus');
  // --oracle-module FILE: a module exporting createOracle(opts) (the harness's tests use a fake).
  const spec: OracleSpec = v['oracle-module'] ? { module: pathToFileURL(here(v['oracle-module'])).href } : kind;
  const selectors = parsed.positionals.map(here);
  const progress = new Progress(process.stderr, !v.quiet);
  // Ctrl-C (SIGINT) or SIGTERM: stop starting cases, let the oracles kill their child processes
  // and remove their files, print what ran, write no report (an earlier one stays as it was).
  // A second signal exits at once, still removing temporary files.
  const stop = new AbortController();
  let stoppedBy: NodeJS.Signals | undefined;
  const onSignal = (sig: NodeJS.Signals) => {
    if (stoppedBy) {
      removePendingWritesSync();
      removeAllCanonicalSync();
      process.exit(signalStatus(sig));
    }
    stoppedBy = sig;
    progress.stop();
    process.stderr.write(`terrarium-conform: ${sig}: stopping (cleaning up; send it again to quit at once)\n`);
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('exit', onExit);
  try {
    return await runAndReport();
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('exit', onExit);
    removePendingWritesSync();
  }

  async function runAndReport(): Promise<number> {
    let report: RunReport;
    try {
      report = await runConformance({
        signal: stop.signal,
        repoRoot: REPO_ROOT,
        corpusRoot,
        selectors,
        mode,
        oracle: spec,
        jobs,
        timeoutMs,
        diffLines,
        knownFailuresFile: v['known-failures'] && here(v['known-failures']),
        onStart: (total, info) => progress.start(total, mode, info, jobs),
        onCase: (r, done, total) => progress.update(r, done, total),
      });
    } catch (e) {
      progress.stop();
      process.stderr.write(`terrarium-conform: ${(e as Error).message}\n`);
      return 2;
    }
    progress.stop();
    process.stdout.write(formatReport(report, { maxDiffs, color: process.stdout.isTTY === true }));
    if (stoppedBy) {
      if (v.json || v.junit || v.html) process.stderr.write('terrarium-conform: interrupted: no report written\n');
      return signalStatus(stoppedBy);
    }
    const history = v.history ? await loadHistory(here(v.history)) : [];
    const outputs: [string | undefined, () => string][] = [
      [v.json, () => JSON.stringify(report, null, 2) + '\n'],
      [v.junit, () => junitXml(report)],
      [v.html && path.join(v.html, 'index.html'), () => renderHtml(report, history)],
    ];
    for (const [file, render] of outputs) {
      if (!file) continue;
      if (stoppedBy) return signalStatus(stoppedBy);
      try {
        await mkdir(path.dirname(here(file)), { recursive: true });
        await writeAtomic(here(file), render());
      } catch (e) {
        process.stderr.write(`terrarium-conform: cannot write ${file}: ${(e as Error).message}\n`);
        return 2;
      }
    }
    if (stoppedBy) return signalStatus(stoppedBy);
    return report.failed ? 1 : 0;
  }
}

/** The shell's exit status for a process stopped by a signal: 128 + its number. */
function signalStatus(sig: NodeJS.Signals): number {
  return sig === 'SIGINT' ? 130 : sig === 'SIGTERM' ? 143 : 1;
}

/** Whatever way the process ends, no temporary file stays behind. */
function onExit(): void {
  removePendingWritesSync();
  removeAllCanonicalSync();
}

// Run directly: `node --import tsx harness/cli.ts`.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
