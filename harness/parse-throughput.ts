// Parse throughput, Terrarium beside native CPython (`npm run bench:parse`). A benchmark, not a test.
//
// 1. The stdlib sample (harness/parser-stdlib.ts: STDLIB_SAMPLE; `--all` for every file) is
//    parsed by Terrarium (decoded text in, AST out) and, in the same run, by native CPython 3.14's
//    ast.parse (bytes in) in a small script run under .cache/cpython/python3.14 on the same files
//    written to a temporary directory. Each side runs several rounds and keeps the best one.
// 2. Linearity: generated files of 0.25, 0.5 and 1 MB (many statements; one big expression) are
//    parsed and their times printed; time should grow in proportion to size.
//
// Usage: node --import tsx harness/parse-throughput.ts [--all] [--rounds N]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from '../interpreter/src/parser/index.ts';
import { decodeSource } from '../interpreter/src/main.ts';
import { PythonSyntaxError } from '../interpreter/src/parser/errors.ts';
import { loadStdlib, STDLIB_SAMPLE } from './parser-stdlib.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CPYTHON = join(ROOT, '.cache/cpython/python3.14');

const CPYTHON_SCRIPT = `
import ast, sys, time, json
rounds = int(sys.argv[1])
paths = sys.argv[2:]
data = []
for p in paths:
    with open(p, 'rb') as f:
        data.append(f.read())
best = None
for _ in range(rounds):
    t0 = time.perf_counter()
    for src in data:
        ast.parse(src, type_comments=True)
    dt = time.perf_counter() - t0
    best = dt if best is None or dt < best else best
print(json.dumps({'seconds': best, 'bytes': sum(map(len, data)), 'version': sys.version.split()[0]}))
`;

function timeTerrarium(sources: string[], rounds: number): number {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const s of sources) parse(s, { typeComments: true });
    best = Math.min(best, performance.now() - t0);
  }
  return best / 1000;
}

function timeCpython(names: string[], files: Map<string, Uint8Array>, rounds: number): { seconds: number; bytes: number; version: string } | string {
  if (!existsSync(CPYTHON)) return `native CPython not installed (${CPYTHON}; npm run oracle:install)`;
  const dir = mkdtempSync(join(tmpdir(), 'terrarium-parse-bench-'));
  try {
    const paths = names.map((n) => {
      const p = join(dir, n);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, files.get(n)!);
      return p;
    });
    const script = join(dir, 'bench_ast_parse.py');
    writeFileSync(script, CPYTHON_SCRIPT);
    const out = execFileSync(CPYTHON, [script, String(rounds), ...paths], { env: { ...process.env, PYTHONHASHSEED: '0' }, maxBuffer: 1 << 24 });
    return JSON.parse(out.toString()) as { seconds: number; bytes: number; version: string };
  } catch (e) {
    return `native CPython failed: ${(e as Error).message}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A module of about `size` bytes made of varied statements. */
export function generateStatements(size: number): string {
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; total < size; i++) {
    const chunk = `
@decorator(${i}, key="v${i}")
class C${i}(Base, metaclass=Meta):
    """Class number ${i}."""
    attr: dict[str, int] = {"a": ${i}, "b": 0x${i.toString(16)}, "c": ${i}.5e-3}

    def method_${i}(self, x, /, y=None, *args, z: int = 3, **kw) -> list[int]:
        if x is None or (y := self.attr.get("a")) > ${i}:
            return [i * 2 for i in range(x) if i % 3 == 0]
        elif not kw:
            raise ValueError(f"bad {x!r:>{z}} and {y=}")
        try:
            with open(x) as f, lock:
                data = f.read()[1:-1:2]
        except (OSError, KeyError) as e:
            data = None
        finally:
            del x
        match data:
            case [first, *rest] if first:
                return rest
            case {"k": v, **others}:
                return [v]
            case Point(x=0) | None:
                pass
        return lambda a, b=2: a ** b // 7 @ m if a else ~b

async def coroutine_${i}(items):
    async for item in items:
        await item
    yield from_(x for x in items)
`;
    parts.push(chunk);
    total += chunk.length;
  }
  return parts.join('');
}

/** One assignment of a list literal of about `size` bytes. */
export function generateBigExpression(size: number): string {
  const parts: string[] = ['x = [\n'];
  let total = 6;
  for (let i = 0; total < size; i++) {
    const item = `    (${i}, "s${i}", ${i}.25, f(${i}) + g[${i}]),\n`;
    parts.push(item);
    total += item.length;
  }
  parts.push(']\n');
  return parts.join('');
}

function timeOne(source: string, rounds: number): number {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    parse(source, {});
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function main(argv: string[]): number {
  const all = argv.includes('--all');
  const ri = argv.indexOf('--rounds');
  const rounds = ri >= 0 ? Number(argv[ri + 1]) : 5;
  const { files } = loadStdlib();
  const candidates = all ? [...files.keys()] : STDLIB_SAMPLE;
  // Files Terrarium cannot parse yet are left out of both sides, and named.
  const names: string[] = [];
  const sources: string[] = [];
  const excluded: string[] = [];
  for (const n of candidates) {
    try {
      const src = decodeSource(files.get(n)!, n);
      parse(src, { typeComments: true });
      names.push(n);
      sources.push(src);
    } catch {
      excluded.push(n);
    }
  }
  if (excluded.length > 0) process.stdout.write(`excluded (Terrarium fails to parse them): ${excluded.join(', ')}\n`);
  const bytes = names.reduce((s, n) => s + files.get(n)!.length, 0);
  const mb = bytes / 1e6;
  process.stdout.write(`parse throughput on ${names.length} stdlib files (${mb.toFixed(2)} MB), best of ${rounds} rounds\n`);

  // Warm the JIT before timing.
  timeTerrarium(sources, 2);
  const tSec = timeTerrarium(sources, rounds);
  const tRate = mb / tSec;
  process.stdout.write(`  Terrarium:           ${tRate.toFixed(2)} MB/s (${(tSec * 1000).toFixed(1)} ms)\n`);
  const cp = timeCpython(names, files, rounds);
  if (typeof cp === 'string') {
    process.stdout.write(`  CPython ast.parse:   ${cp}\n`);
  } else {
    const cRate = cp.bytes / 1e6 / cp.seconds;
    process.stdout.write(`  CPython ${cp.version} ast.parse: ${cRate.toFixed(2)} MB/s (${(cp.seconds * 1000).toFixed(1)} ms)\n`);
    process.stdout.write(`  ratio Terrarium/CPython: ${(tRate / cRate).toFixed(2)}\n`);
  }

  process.stdout.write(`linearity (best of 3 parses; time/size should stay flat):\n`);
  for (const [label, gen] of [
    ['many statements', generateStatements],
    ['one big expression', generateBigExpression],
  ] as const) {
    const rows: string[] = [];
    let base = 0;
    for (const size of [250_000, 500_000, 1_000_000]) {
      const src = gen(size);
      try {
        timeOne(src, 1);
      } catch (e) {
        rows.push(`    ${(src.length / 1e6).toFixed(2)} MB: parse failed (${e instanceof PythonSyntaxError ? e.toString() + ' line ' + e.lineno : String(e)})`);
        break;
      }
      const ms = timeOne(src, 3);
      const perMb = ms / (src.length / 1e6);
      if (base === 0) base = perMb;
      rows.push(`    ${(src.length / 1e6).toFixed(2)} MB: ${ms.toFixed(1)} ms (${perMb.toFixed(1)} ms/MB, x${(perMb / base).toFixed(2)} of the 0.25 MB rate)`);
    }
    process.stdout.write(`  ${label}:\n${rows.join('\n')}\n`);
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
