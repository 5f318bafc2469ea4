// Parser conformance on CPython's own standard library (`npm run conform:parser`).
//
// For every .py file in Pyodide's python_stdlib.zip, CPython (Pyodide, in process) computes
// `ast.dump(ast.parse(src, type_comments=True), include_attributes=True, indent=1)` and the
// SyntaxWarnings the parse emits; Terrarium parses the same bytes and dumps its own tree. The
// dumps must be identical; a file CPython rejects must be rejected with the same SyntaxError
// (type, message, line, offset, end line, end offset).
//
// CPython's answers are cached under .cache/parser-stdlib/ keyed by the zip's hash, as SHA-256
// digests of the dumps (the dumps themselves run to hundreds of MB); when a digest differs,
// the full dump is recomputed with Pyodide to show where they part. The cache is only ever
// filled from Pyodide and is not committed.
//
// Usage: node --import tsx harness/parser-stdlib.ts [--filter SUBSTRING] [--details N] [--no-cache]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { parse } from '../interpreter/src/parser/index.ts';
import { PythonSyntaxError } from '../interpreter/src/parser/errors.ts';
import { dumpAst } from '../interpreter/src/parser/ast-dump.ts';
import { decodeSource } from '../interpreter/src/main.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const STDLIB_ZIP = join(ROOT, 'node_modules/pyodide/python_stdlib.zip');
const CACHE_DIR = join(ROOT, '.cache/parser-stdlib');
const CACHE_VERSION = 1;
const DUMP_INDENT = 1;

// The fixed sample checked on every `npm test` (interpreter/test/parser/stdlib-sample.test.ts)
// and timed by the parse benchmarks. Chosen to cover many syntax forms: PEP 695 generics and `type` (typing, _pyrepl), match
// statements (dataclasses, pdb, traceback, _strptime, symtable, annotationlib), f-strings with
// `=` and nested specs (resource_tracker, _pyrepl/utils), except* (asyncio/taskgroups, csv,
// _ast_unparse), t-strings (string/templatelib), async forms (asyncio), type comments
// (asyncio/streams, _pyodide), decorators, walrus, big literal tables (idna, locale), non-ASCII
// text and coding cookies (calendar, json/decoder, fileinput), regular-expression heavy code.
export const STDLIB_SAMPLE = [
  '_ast_unparse.py',
  '_pyodide/_base.py',
  '_pyodide/docstring.py',
  '_pyrepl/reader.py',
  '_pyrepl/types.py',
  '_pyrepl/utils.py',
  '_strptime.py',
  'annotationlib.py',
  'argparse.py',
  'ast.py',
  'asyncio/__main__.py',
  'asyncio/base_events.py',
  'asyncio/streams.py',
  'asyncio/taskgroups.py',
  'asyncio/tasks.py',
  'calendar.py',
  'collections/__init__.py',
  'contextlib.py',
  'csv.py',
  'dataclasses.py',
  'difflib.py',
  'email/_header_value_parser.py',
  'encodings/idna.py',
  'enum.py',
  'fileinput.py',
  'fractions.py',
  'functools.py',
  'inspect.py',
  'json/decoder.py',
  'locale.py',
  'multiprocessing/resource_tracker.py',
  'pdb.py',
  're/_compiler.py',
  're/_parser.py',
  'shlex.py',
  'sqlite3/__main__.py',
  'statistics.py',
  'string/templatelib.py',
  'symtable.py',
  'textwrap.py',
  'tokenize.py',
  'tomllib/_parser.py',
  'traceback.py',
  'typing.py',
  'zipfile/__init__.py',
];

// --- zip ------------------------------------------------------------------------------------

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/** Reads a zip archive's files (stored or deflated) from its central directory. */
export function readZip(buf: Uint8Array): ZipEntry[] {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  // End of central directory record: signature 0x06054b50, within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    const name = decoder.decode(buf.subarray(p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
    if (name.endsWith('/')) continue;
    const localNameLen = view.getUint16(localOffset + 26, true);
    const localExtraLen = view.getUint16(localOffset + 28, true);
    const start = localOffset + 30 + localNameLen + localExtraLen;
    const raw = buf.subarray(start, start + compressedSize);
    let data: Uint8Array;
    if (method === 0) data = raw;
    else if (method === 8) data = new Uint8Array(inflateRawSync(raw));
    else throw new Error(`${name}: unsupported zip compression method ${method}`);
    entries.push({ name, data });
  }
  return entries;
}

let stdlibCache: { hash: string; zip: Uint8Array; files: Map<string, Uint8Array> } | null = null;

/** The stdlib zip's .py files by name, and the zip's hash. */
export function loadStdlib(): { hash: string; zip: Uint8Array; files: Map<string, Uint8Array> } {
  if (stdlibCache) return stdlibCache;
  const zip = new Uint8Array(readFileSync(STDLIB_ZIP));
  const hash = createHash('sha256').update(zip).digest('hex').slice(0, 16);
  const files = new Map<string, Uint8Array>();
  for (const e of readZip(zip)) if (e.name.endsWith('.py')) files.set(e.name, e.data);
  stdlibCache = { hash, zip, files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
  return stdlibCache;
}

// --- results ----------------------------------------------------------------------------------

export interface SyntaxErrorInfo {
  type: string;
  msg: string;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
}
/** [category, message, lineno] of a warning emitted while parsing. */
export type WarningInfo = [string, string, number];

export type CpythonResult =
  | { kind: 'ok'; sha256: string; length: number; warnings: WarningInfo[] }
  | { kind: 'error'; error: SyntaxErrorInfo; warnings: WarningInfo[] };

export type TerrariumResult =
  | { kind: 'ok'; dump: string; warnings: WarningInfo[]; ms: number }
  | { kind: 'error'; error: SyntaxErrorInfo; ms: number }
  | { kind: 'crash'; message: string; ms: number };

const ORACLE_PY = `
import ast, hashlib, json, warnings, zipfile
_terrarium_zip = zipfile.ZipFile('/tmp/terrarium_stdlib.zip')
def terrarium_ast_result(name, full):
    src = _terrarium_zip.read(name)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            tree = ast.parse(src, filename=name, type_comments=True)
        except SyntaxError as e:
            err = {'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
                   'end_lineno': e.end_lineno, 'end_offset': e.end_offset}
            tree = None
    ws = [[w.category.__name__, str(w.message), w.lineno] for w in caught]
    if tree is None:
        return json.dumps({'kind': 'error', 'error': err, 'warnings': ws})
    d = ast.dump(tree, include_attributes=True, indent=${DUMP_INDENT})
    if full:
        return d
    b = d.encode('utf-8', 'surrogatepass')
    return json.dumps({'kind': 'ok', 'sha256': hashlib.sha256(b).hexdigest(), 'length': len(b), 'warnings': ws})
`;

/** CPython's side, computed in Pyodide (loaded on first use). */
export class PyodideAstOracle {
  private constructor(private readonly fn: (name: string, full: boolean) => string) {}

  private static loading: Promise<PyodideAstOracle> | null = null;

  static load(): Promise<PyodideAstOracle> {
    PyodideAstOracle.loading ??= (async () => {
      const { loadPyodide } = await import('pyodide');
      const py = await loadPyodide();
      py.FS.writeFile('/tmp/terrarium_stdlib.zip', loadStdlib().zip);
      py.runPython(ORACLE_PY);
      const fn = py.globals.get('terrarium_ast_result') as (name: string, full: boolean) => string;
      return new PyodideAstOracle(fn);
    })();
    return PyodideAstOracle.loading;
  }

  result(name: string): CpythonResult {
    return JSON.parse(this.fn(name, false)) as CpythonResult;
  }

  fullDump(name: string): string {
    return this.fn(name, true);
  }
}

interface CacheFile {
  version: number;
  zip: string;
  entries: Record<string, CpythonResult>;
}

/** CPython's results for `names`, from the cache or computed with Pyodide (and cached). */
export async function cpythonResults(names: string[], opts: { useCache?: boolean; onProgress?: (done: number) => void } = {}): Promise<Map<string, CpythonResult>> {
  const { hash } = loadStdlib();
  const cachePath = join(CACHE_DIR, `${hash}.json`);
  let cache: CacheFile = { version: CACHE_VERSION, zip: hash, entries: {} };
  if (opts.useCache !== false && existsSync(cachePath)) {
    try {
      const loaded = JSON.parse(readFileSync(cachePath, 'utf8')) as CacheFile;
      if (loaded.version === CACHE_VERSION && loaded.zip === hash) cache = loaded;
    } catch {
      // A corrupt cache is recomputed.
    }
  }
  const missing = names.filter((n) => !(n in cache.entries));
  if (missing.length > 0) {
    const oracle = await PyodideAstOracle.load();
    let done = 0;
    for (const name of missing) {
      cache.entries[name] = oracle.result(name);
      opts.onProgress?.(++done);
    }
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(cachePath, JSON.stringify(cache));
  }
  return new Map(names.map((n) => [n, cache.entries[n]!]));
}

function errorInfo(e: PythonSyntaxError): SyntaxErrorInfo {
  return { type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.endLineno, end_offset: e.endOffset };
}

/** Terrarium's side: decode, parse with type comments, dump with positions. */
export function terrariumResult(name: string, bytes: Uint8Array): TerrariumResult {
  const t0 = performance.now();
  try {
    const source = decodeSource(bytes, name);
    const { tree, warnings } = parse(source, { filename: name, mode: 'exec', typeComments: true });
    const dump = dumpAst(tree, { includeAttributes: true, indent: DUMP_INDENT });
    return { kind: 'ok', dump, warnings: warnings.map((w) => [w.category, w.message, w.lineno]), ms: performance.now() - t0 };
  } catch (e) {
    if (e instanceof PythonSyntaxError) return { kind: 'error', error: errorInfo(e), ms: performance.now() - t0 };
    return { kind: 'crash', message: e instanceof Error ? (e.stack ?? e.message) : String(e), ms: performance.now() - t0 };
  }
}

export interface Comparison {
  name: string;
  identical: boolean;
  /** Why they differ, with the first differing lines; empty when identical. */
  details: string[];
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** First differing lines of two dumps, with a little context. */
export function firstDifference(expected: string, actual: string, maxLines = 8): string[] {
  const e = expected.split('\n');
  const a = actual.split('\n');
  let i = 0;
  while (i < e.length && i < a.length && e[i] === a[i]) i++;
  const from = Math.max(0, i - 3);
  const out = [`first difference at dump line ${i + 1}:`];
  for (let k = from; k < i; k++) out.push(`    ${e[k]}`);
  for (let k = i; k < Math.min(e.length, i + maxLines); k++) out.push(`  - ${e[k]}`);
  for (let k = i; k < Math.min(a.length, i + maxLines); k++) out.push(`  + ${a[k]}`);
  return out;
}

const fmtError = (e: SyntaxErrorInfo) => `${e.type}: ${e.msg} (line ${e.lineno}, offset ${e.offset}, end ${e.end_lineno}:${e.end_offset})`;

/** Compares one file; `fullDump` fetches CPython's full dump when the digests differ. */
export async function compareFile(name: string, expected: CpythonResult, actual: TerrariumResult, fullDump: () => Promise<string>): Promise<Comparison> {
  const details: string[] = [];
  if (actual.kind === 'crash') {
    details.push(`Terrarium threw a JavaScript error: ${actual.message.split('\n').slice(0, 6).join('\n    ')}`);
  } else if (expected.kind === 'error') {
    if (actual.kind === 'ok') details.push(`CPython rejects it (${fmtError(expected.error)}) but Terrarium parsed it`);
    else if (JSON.stringify(expected.error) !== JSON.stringify(actual.error)) {
      details.push(`different SyntaxError:`, `  - ${fmtError(expected.error)}`, `  + ${fmtError(actual.error)}`);
    }
  } else if (actual.kind === 'error') {
    details.push(`Terrarium rejects it: ${fmtError(actual.error)}`);
  } else {
    if (sha256(actual.dump) !== expected.sha256) details.push(...firstDifference(await fullDump(), actual.dump));
    if (JSON.stringify(expected.warnings) !== JSON.stringify(actual.warnings)) {
      details.push('different warnings:', `  - ${JSON.stringify(expected.warnings)}`, `  + ${JSON.stringify(actual.warnings)}`);
    }
  }
  return { name, identical: details.length === 0, details };
}

/** Compares the named stdlib files (CPython's results cached); used by the sample test. */
export async function compareStdlibFiles(names: string[], opts: { useCache?: boolean } = {}): Promise<Comparison[]> {
  const { files } = loadStdlib();
  const expected = await cpythonResults(names, opts);
  const out: Comparison[] = [];
  for (const name of names) {
    const bytes = files.get(name);
    if (!bytes) throw new Error(`${name} is not in ${STDLIB_ZIP}`);
    const actual = terrariumResult(name, bytes);
    out.push(await compareFile(name, expected.get(name)!, actual, async () => (await PyodideAstOracle.load()).fullDump(name)));
  }
  return out;
}

// --- command line -------------------------------------------------------------------------------

async function main(argv: string[]): Promise<number> {
  let filter: string | null = null;
  let maxDetails = 30;
  let useCache = true;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--filter') filter = argv[++i] ?? '';
    else if (argv[i] === '--details') maxDetails = Number(argv[++i]);
    else if (argv[i] === '--no-cache') useCache = false;
    else {
      process.stderr.write(`usage: parser-stdlib.ts [--filter SUBSTRING] [--details N] [--no-cache]\n`);
      return 2;
    }
  }
  const { files, hash } = loadStdlib();
  const names = [...files.keys()].filter((n) => filter === null || n.includes(filter));
  process.stdout.write(`stdlib zip ${hash}: ${names.length} .py files\n`);
  const t0 = performance.now();
  const expected = await cpythonResults(names, {
    useCache,
    onProgress: (n) => {
      if (n % 50 === 0) process.stdout.write(`  CPython (Pyodide): ${n} files\n`);
    },
  });
  process.stdout.write(`CPython results ready in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  let identical = 0;
  let shown = 0;
  let parseMs = 0;
  let bytesTotal = 0;
  const failures: string[] = [];
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const bytes = files.get(name)!;
    const actual = terrariumResult(name, bytes);
    parseMs += actual.ms;
    bytesTotal += bytes.length;
    const cmp = await compareFile(name, expected.get(name)!, actual, async () => (await PyodideAstOracle.load()).fullDump(name));
    if (cmp.identical) identical++;
    else {
      failures.push(name);
      if (shown++ < maxDetails) {
        process.stdout.write(`MISMATCH ${name}\n${cmp.details.map((l) => '  ' + l).join('\n')}\n`);
      }
    }
    if ((i + 1) % 50 === 0) process.stdout.write(`  Terrarium: ${i + 1}/${names.length} files, ${identical} identical\n`);
  }
  if (failures.length > maxDetails) {
    const rest = failures.slice(maxDetails);
    const listed = rest.slice(0, 60).join(', ') + (rest.length > 60 ? `, and ${rest.length - 60} more` : '');
    process.stdout.write(`(details shown for ${maxDetails}; also differing: ${listed})\n`);
  }
  process.stdout.write(`Terrarium parse+dump: ${(bytesTotal / 1e6).toFixed(2)} MB in ${(parseMs / 1000).toFixed(2)} s\n`);
  process.stdout.write(`${identical}/${names.length} identical\n`);
  return identical === names.length ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (status) => process.exit(status),
    (e) => {
      process.stderr.write(`${(e as Error)?.stack ?? e}\n`);
      process.exit(2);
    },
  );
}
