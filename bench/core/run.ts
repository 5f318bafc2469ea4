// Interpreter-core benchmark, Terrarium beside native CPython 3.14 (`npm run bench:core`).
// A benchmark, not a test: it never fails because the machine was slow.
//
// Each workload is a small program in bench/core/*.py (the mem_* files are the memory rows).
// - Terrarium runs it in-process through runMain (interpreter/src/main.ts), the same entry as the
//   CLI, so the time includes parse + compile + run of the (tiny) program; no process start-up.
// - CPython runs a driver under .cache/cpython/python3.14 (PYTHONHASHSEED=0) that compiles the
//   file once and exec()s it; start-up and compile are excluded.
// Terrarium gets WARMUP untimed runs first (default 10: V8 needs several runs of the eval loop to
// tier up to optimized code and settle after its deoptimizations, and the first runs are 2-4x
// slower); CPython gets one. Then both take the median of RUNS timed runs (process.hrtime.bigint /
// time.perf_counter). The printed output of both sides is compared; a workload whose output
// differs or that fails under Terrarium is kept and reported as "unsupported: <error>".
//
// Memory: Terrarium measures process.memoryUsage().heapUsed growth (global.gc() first) from inside
// the stdout callback of the program's final print, while its module globals are still alive,
// minus the same measurement for a baseline program (`data = None; print(0)`). CPython measures
// tracemalloc's current traced memory after exec(), with the module globals still referenced.
//
// Usage: node --expose-gc --import tsx bench/core/run.ts [--runs N] [--warmup N] [workload...]
// Writes bench/results/core-latest.json.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMain } from '../../interpreter/src/main.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const CPYTHON = join(ROOT, '.cache/cpython/python3.14');
const RESULTS = join(ROOT, 'bench/results/core-latest.json');

const args = process.argv.slice(2);
let RUNS = 5;
let WARMUP = 10;
const only: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') RUNS = Number(args[++i]);
  else if (args[i] === '--warmup') WARMUP = Number(args[++i]);
  else only.push(args[i]!.replace(/\.py$/, ''));
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('bench:core needs node --expose-gc (use `npm run bench:core`)');
  process.exit(1);
}
if (!existsSync(CPYTHON)) {
  console.error(`native CPython 3.14 not found at ${CPYTHON}; run \`npm run oracle:install\` first`);
  process.exit(1);
}

const files = readdirSync(HERE)
  .filter((f) => f.endsWith('.py'))
  .sort()
  .filter((f) => only.length === 0 || only.includes(f.replace(/\.py$/, '')));
const timeFiles = files.filter((f) => !f.startsWith('mem_'));
const memFiles = files.filter((f) => f.startsWith('mem_'));

// --- Terrarium ---------------------------------------------------------------------------------

interface TerrariumRun {
  status: number;
  stdout: string;
  stderr: string;
}

function runTerrarium(path: string, bytes: Uint8Array, onStdout?: () => void): TerrariumRun {
  let stdout = '';
  let stderr = '';
  const dec = new TextDecoder();
  let status: number;
  try {
    status = runMain([path], {
      readFile: (p) => (p === path ? bytes : null),
      stdout: (d) => {
        onStdout?.();
        stdout += typeof d === 'string' ? d : dec.decode(d);
      },
      stderr: (d) => {
        stderr += typeof d === 'string' ? d : dec.decode(d);
      },
      cwd: () => ROOT,
    });
  } catch (e) {
    status = -1;
    stderr += `internal error: ${e instanceof Error ? e.message : String(e)}\n`;
  }
  return { status, stdout, stderr };
}

function lastLine(text: string): string {
  const lines = text.trimEnd().split('\n');
  return lines[lines.length - 1] ?? '';
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function timeTerrarium(path: string): { ms: number; stdout: string } | { error: string } {
  const bytes = readFileSync(path);
  const warm = runTerrarium(path, bytes);
  if (warm.status !== 0) return { error: lastLine(warm.stderr) || `exit status ${warm.status}` };
  for (let w = 1; w < WARMUP; w++) runTerrarium(path, bytes);
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = process.hrtime.bigint();
    runTerrarium(path, bytes);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { ms: median(times), stdout: warm.stdout };
}

/** Heap growth (bytes) measured at the program's first write to stdout, after a full GC. */
function heapAtPrint(path: string, bytes: Uint8Array): { bytes: number; external: number; run: TerrariumRun } {
  gc!();
  gc!();
  const before = process.memoryUsage();
  let at: NodeJS.MemoryUsage | null = null;
  const run = runTerrarium(path, bytes, () => {
    if (at !== null) return;
    gc!();
    gc!();
    at = process.memoryUsage();
  });
  const after = at as NodeJS.MemoryUsage | null;
  return {
    bytes: after ? after.heapUsed - before.heapUsed : NaN,
    external: after ? after.external - before.external : NaN,
    run,
  };
}

function memTerrarium(path: string): { bytes: number; external: number; stdout: string } | { error: string } {
  const baselinePath = join(dirname(path), '__baseline__.py');
  const baselineBytes = new TextEncoder().encode('data = None\nprint(0)\n');
  const bytes = readFileSync(path);
  heapAtPrint(path, bytes); // warm-up (lazy initialisation inside the interpreter)
  heapAtPrint(baselinePath, baselineBytes);
  const samples: number[] = [];
  const externals: number[] = [];
  let stdout = '';
  for (let r = 0; r < 3; r++) {
    const base = heapAtPrint(baselinePath, baselineBytes);
    const m = heapAtPrint(path, bytes);
    if (m.run.status !== 0) return { error: lastLine(m.run.stderr) || `exit status ${m.run.status}` };
    stdout = m.run.stdout;
    samples.push(m.bytes - base.bytes);
    externals.push(m.external - base.external);
  }
  return { bytes: median(samples), external: median(externals), stdout };
}

// --- CPython -----------------------------------------------------------------------------------

const DRIVER = `
import io, json, sys, time, tracemalloc
mode, runs = sys.argv[1], int(sys.argv[2])
out = {}
for path in sys.argv[3:]:
    with open(path, 'rb') as f:
        code = compile(f.read(), path, 'exec')
    real = sys.stdout
    try:
        if mode == 'time':
            sys.stdout = buf = io.StringIO()
            exec(code, {'__name__': '__main__'})
            first = buf.getvalue()
            times = []
            for _ in range(runs):
                sys.stdout = io.StringIO()
                g = {'__name__': '__main__'}
                t0 = time.perf_counter()
                exec(code, g)
                times.append(time.perf_counter() - t0)
                del g
            times.sort()
            m = len(times) // 2
            med = times[m] if len(times) % 2 else (times[m - 1] + times[m]) / 2
            out[path] = {'ms': med * 1000, 'stdout': first}
        else:
            def measure(c):
                sys.stdout = io.StringIO()
                tracemalloc.start()
                g = {'__name__': '__main__'}
                exec(c, g)
                cur = tracemalloc.get_traced_memory()[0]
                tracemalloc.stop()
                return cur, sys.stdout.getvalue(), g
            base = compile('data = None\\nprint(0)\\n', '<baseline>', 'exec')
            measure(code)
            samples = []
            for _ in range(3):
                b = measure(base)[0]
                cur, text, g = measure(code)
                samples.append(cur - b)
                del g
            samples.sort()
            out[path] = {'bytes': samples[1], 'stdout': text}
    except BaseException as e:
        out[path] = {'error': f'{type(e).__name__}: {e}'}
    finally:
        sys.stdout = real
print(json.dumps(out))
`;

function runCpython(mode: 'time' | 'mem', paths: string[]): Record<string, { ms?: number; bytes?: number; stdout?: string; error?: string }> {
  if (paths.length === 0) return {};
  const dir = mkdtempSync(join(tmpdir(), 'terrarium-core-bench-'));
  try {
    const driver = join(dir, 'driver.py');
    writeFileSync(driver, DRIVER);
    const out = execFileSync(CPYTHON, [driver, mode, String(RUNS), ...paths], {
      cwd: ROOT,
      env: { ...process.env, PYTHONHASHSEED: '0' },
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    return JSON.parse(out.trim().split('\n').pop()!);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// --- Run ---------------------------------------------------------------------------------------

interface Row {
  workload: string;
  kind: 'time' | 'memory';
  terrarium: number | null; // ms or bytes
  cpython: number | null;
  ratio: number | null;
  status: string; // 'ok' or 'unsupported: ...' / 'cpython error: ...'
  terrariumExternal?: number; // memory rows: growth of process.memoryUsage().external (not in the ratio)
}

const rows: Row[] = [];

const cpyTime = runCpython('time', timeFiles.map((f) => join(HERE, f)));
for (const f of timeFiles) {
  const path = join(HERE, f);
  const name = f.replace(/\.py$/, '');
  process.stderr.write(`timing ${name}...\n`);
  const t = timeTerrarium(path);
  const c = cpyTime[path] ?? { error: 'no result' };
  const row: Row = { workload: name, kind: 'time', terrarium: null, cpython: c.ms ?? null, ratio: null, status: 'ok' };
  if ('error' in t) row.status = `unsupported: ${t.error}`;
  else if (c.error) row.status = `cpython error: ${c.error}`;
  else if (t.stdout !== c.stdout) row.status = `unsupported: output differs (${JSON.stringify(t.stdout.trim())} vs ${JSON.stringify(c.stdout!.trim())})`;
  if (!('error' in t)) row.terrarium = t.ms;
  if (row.status === 'ok') row.ratio = row.terrarium! / row.cpython!;
  rows.push(row);
}

const cpyMem = runCpython('mem', memFiles.map((f) => join(HERE, f)));
for (const f of memFiles) {
  const path = join(HERE, f);
  const name = f.replace(/\.py$/, '');
  process.stderr.write(`measuring ${name}...\n`);
  const t = memTerrarium(path);
  const c = cpyMem[path] ?? { error: 'no result' };
  const row: Row = { workload: name, kind: 'memory', terrarium: null, cpython: c.bytes ?? null, ratio: null, status: 'ok' };
  if ('error' in t) row.status = `unsupported: ${t.error}`;
  else if (c.error) row.status = `cpython error: ${c.error}`;
  else if (t.stdout !== c.stdout) row.status = `unsupported: output differs (${JSON.stringify(t.stdout.trim())} vs ${JSON.stringify(c.stdout!.trim())})`;
  if (!('error' in t)) {
    row.terrarium = t.bytes;
    row.terrariumExternal = t.external;
  }
  if (row.status === 'ok') row.ratio = row.terrarium! / row.cpython!;
  rows.push(row);
}

// --- Report ------------------------------------------------------------------------------------

const fmt = (r: Row, v: number | null) =>
  v === null ? '-' : r.kind === 'time' ? `${v.toFixed(1)} ms` : `${(v / 1048576).toFixed(2)} MiB`;
const table = [
  ['workload', 'Terrarium', 'CPython', 'ratio', 'status'],
  ...rows.map((r) => [r.workload, fmt(r, r.terrarium), fmt(r, r.cpython), r.ratio === null ? '-' : `${r.ratio.toFixed(2)}x`, r.status]),
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
const line = (row: string[]) => row.map((c, i) => (i === 4 ? c : i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(`Interpreter core: Terrarium vs CPython ${readFileSync(join(ROOT, '.cache/cpython/VERSION'), 'utf8').trim()} ` +
  `(median of ${RUNS} after ${WARMUP} warm-up runs, CPython 1; ratio = Terrarium / CPython)`);
console.log(line(table[0]!));
console.log(widths.slice(0, 4).map((w) => '-'.repeat(w)).join('  ') + '  ------');
for (const row of table.slice(1)) console.log(line(row));

mkdirSync(dirname(RESULTS), { recursive: true });
writeFileSync(RESULTS, JSON.stringify({
  date: new Date().toISOString(),
  node: process.version,
  cpython: readFileSync(join(ROOT, '.cache/cpython/VERSION'), 'utf8').trim(),
  runs: RUNS,
  units: { time: 'ms', memory: 'bytes' },
  rows,
}, null, 2) + '\n');
console.log(`\nwrote ${RESULTS.slice(ROOT.length + 1)}`);
