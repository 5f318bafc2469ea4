// The python3.14-compatible command line, independent of the process: `terrarium` (cli.ts)
// and the conformance harness both call runMain with their own I/O.
//
// Supported: `-c CODE`, `FILE`, and `-m ast [options] [FILE]` (Lib/ast.py: main). Until the VM
// exists, a valid program is parsed only: syntax errors and compile-time warnings are reported
// exactly as CPython reports them, and a program that parses exits with status 2 and a note.
import { runModuleSource } from './vm/run.ts';
import type { Module, ModNode } from './parser/ast.ts';
import type { SymbolTable } from './compiler/symtable.ts';
import { ParserStackOverflow } from './parser/parser.ts';
import { decodeSource, decodeSourceFile, type DecodedFile, type DeferredLineError } from './parser/source.ts';
import { parse, type ParseMode } from './parser/index.ts';
import { PythonSyntaxError, CompileTimeException, type CompileWarning } from './parser/errors.ts';
import { dumpAst } from './parser/ast-dump.ts';
import { checkCompile } from './compiler/index.ts';
import { strRepr } from './objects/repr.ts';
import { formatCompileWarnings, formatSyntaxError, sourceLines, type KeywordTypoContext, type NameToken } from './errors/syntax-error-display.ts';
import { Tokenizer } from './parser/tokenizer.ts';
import { TokenKind } from './parser/tokens.ts';

export interface MainIO {
  /** The file's bytes, or null if it cannot be read. */
  readFile(path: string): Uint8Array | null;
  stdout(data: string | Uint8Array): void;
  stderr(data: string | Uint8Array): void;
  /** argv[0] as CPython shows it in its own messages (default `python3.14`). */
  programName?: string;
  /** The working directory, to make a relative script path absolute as CPython does. */
  cwd?(): string;
}

const NOT_IMPLEMENTED_EXIT = 2;

const PYTHON_USAGE = (prog: string) =>
  `usage: ${prog} [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry \`python -h' for more information.\n`;

// Python/initconfig.c: the short options (`c`, `m`, `W`, `X` take an argument).
const PYTHON_FLAGS = new Set('bBdEhiIOPqRsStuvVx?'.split(''));
const PYTHON_ARG_OPTIONS = new Set(['c', 'm', 'W', 'X']);

/** Runs the command line `python3.14 ARGV...`; returns the exit status. */
export function runMain(argv: string[], io: MainIO): number {
  const prog = io.programName ?? 'python3.14';
  let i = 0;
  while (i < argv.length) {
    const arg = argv[i]!;
    if (arg === '--') {
      i++;
      break;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    if (arg.startsWith('--')) {
      io.stderr(`Unknown option: ${arg}\n` + PYTHON_USAGE(prog));
      return 2;
    }
    i++;
    for (let j = 1; j < arg.length; j++) {
      const opt = arg[j]!;
      if (PYTHON_ARG_OPTIONS.has(opt)) {
        let value: string;
        if (j + 1 < arg.length) value = arg.slice(j + 1);
        else if (i < argv.length) value = argv[i++]!;
        else {
          io.stderr(`Argument expected for the -${opt} option\n` + PYTHON_USAGE(prog));
          return 2;
        }
        if (opt === 'c') return runSource(value, '<string>', io);
        if (opt === 'm') return runModule(value, argv.slice(i), io, prog);
        break; // -W / -X: accepted and ignored
      }
      if (!PYTHON_FLAGS.has(opt)) {
        io.stderr(`Unknown option: -${opt}\n` + PYTHON_USAGE(prog));
        return 2;
      }
    }
  }
  if (i >= argv.length || argv[i] === '-') {
    io.stderr('terrarium: reading a program from standard input is not supported yet\n');
    return NOT_IMPLEMENTED_EXIT;
  }
  // CPython runs the script under its absolute path (Python/initconfig.c: _Py_abspath joins the
  // working directory and the path without normalizing it): tracebacks and messages show it.
  const given = argv[i]!;
  const cwd = io.cwd?.();
  const path = given.startsWith('/') || cwd === undefined ? given : `${cwd.endsWith('/') ? cwd : cwd + '/'}${given}`;
  const bytes = io.readFile(path);
  if (bytes === null) {
    io.stderr(`${prog}: can't open file ${pyQuote(path)}: [Errno 2] No such file or directory\n`);
    return 2;
  }
  let decoded: DecodedFile;
  try {
    decoded = decodeSourceFile(bytes, path);
  } catch (e) {
    if (e instanceof PythonSyntaxError) {
      io.stderr(formatSyntaxError(withFilename(e, path)));
      return 1;
    }
    throw e;
  }
  return runSource(decoded.text, path, io, sourceLines(decoded.text), null, decoded.deferred);
}

/** Parses (and, once the VM exists, runs) a program given as text. */
function runSource(source: string, filename: string, io: MainIO, lines: string[] | null = null, metadataSource: string | null = source,
  deferredError: DeferredLineError | null = null): number {
  let program: { tree: ModNode; symtable: SymbolTable };
  try {
    const result = parse(source, { filename, mode: 'exec', fromFile: metadataSource === null, deferredError });
    // The compiler's own checks (future imports, symbol table, codegen) after a successful parse.
    const checked = checkCompile(result.tree, { filename, lines });
    const warnings = formatCompileWarnings(filename, [...result.warnings, ...checked.warnings], lines);
    if (warnings) io.stderr(warnings);
    if (!checked.ok) {
      io.stderr(formatSyntaxError(checked.error));
      return 1;
    }
    program = { tree: result.tree, symtable: checked.symtable };
  } catch (e) {
    if (e instanceof PythonSyntaxError) {
      io.stderr(warningsOf(e, filename, lines) + formatSyntaxError(withFilename(e, filename), typoContext(e, io, metadataSource)));
      return 1;
    }
    if (e instanceof ParserStackOverflow) {
      // CPython raises MemoryError while compiling, before any frame exists: no traceback.
      io.stderr(`${e.type}: ${e.msg}\n`);
      return 1;
    }
    if (e instanceof CompileTimeException) {
      io.stderr(`${e.traceback}${e.type}: ${e.msg}\n`);
      return 1;
    }
    throw e;
  }
  const sourceLines = lines ?? source.split('\n');
  return runModuleSource(program.tree as Module, program.symtable, filename, {
    stdout: (text) => io.stdout(text),
    stderr: (text) => io.stderr(text),
    sourceLine: (file, lineno) => (file === filename ? (sourceLines[lineno - 1] ?? null) : null),
  });
}

/** Warnings emitted before a syntax error, if the parser attached them to the error. */
function warningsOf(e: PythonSyntaxError, filename: string, lines: string[] | null): string {
  const warnings = (e as PythonSyntaxError & { warnings?: CompileWarning[] }).warnings;
  return warnings ? formatCompileWarnings(filename, warnings, lines) : '';
}

function withFilename(e: PythonSyntaxError, filename: string): PythonSyntaxError {
  if (e.filename === '<unknown>' || e.filename === undefined) e.filename = filename;
  return e;
}

function runModule(name: string, args: string[], io: MainIO, prog: string): number {
  if (name === 'ast') return runAstModule(args, io);
  io.stderr(`${prog}: No module named ${name}\n`);
  return 1;
}

// --- python -m ast ---------------------------------------------------------------------------

const AST_PROG = 'python3.14 -m ast';
const AST_USAGE = `usage: python3.14 -m ast [-h] [-m {exec,single,eval,func_type}]
                         [--no-type-comments] [-a] [-i INDENT]
                         [--feature-version VERSION] [-O LEVEL] [--show-empty]
                         [infile]
`;
const AST_HELP =
  AST_USAGE +
  `
positional arguments:
  infile                the file to parse; defaults to stdin

options:
  -h, --help            show this help message and exit
  -m, --mode {exec,single,eval,func_type}
                        specify what kind of code must be parsed
  --no-type-comments    don't add information about type comments
  -a, --include-attributes
                        include attributes such as line numbers and column
                        offsets
  -i, --indent INDENT   indentation of nodes (number of spaces)
  --feature-version VERSION
                        Python version in the format 3.x (for example, 3.10)
  -O, --optimize LEVEL  optimization level for parser (default -1)
  --show-empty          show empty lists and fields in dump output
`;

// The frames CPython prints above a SyntaxError raised inside `python -m ast` (ast.py line numbers
// of CPython 3.14's Lib/ast.py).
const AST_MAIN_FRAMES = `Traceback (most recent call last):
  File "<frozen runpy>", line 203, in _run_module_as_main
  File "<frozen runpy>", line 88, in _run_code
  File "/usr/lib/python3.14/ast.py", line 680, in <module>
    main()
    ~~~~^^
  File "/usr/lib/python3.14/ast.py", line 674, in main
    tree = parse(source, name, args.mode, type_comments=args.no_type_comments,
                 feature_version=feature_version, optimize=args.optimize)
`;
const AST_PARSE_TRACEBACK = `${AST_MAIN_FRAMES}  File "/usr/lib/python3.14/ast.py", line 46, in parse
    return compile(source, filename, mode, flags,
                   _feature_version=feature_version, optimize=optimize)
`;
const AST_VALUE_ERROR_TRACEBACK = `${AST_MAIN_FRAMES}  File "/usr/lib/python3.14/ast.py", line 43, in parse
    raise ValueError(f"Unsupported major version: {major}")
`;
const AST_OPEN_TRACEBACK = `Traceback (most recent call last):
  File "<frozen runpy>", line 203, in _run_module_as_main
  File "<frozen runpy>", line 88, in _run_code
  File "/usr/lib/python3.14/ast.py", line 680, in <module>
    main()
    ~~~~^^
  File "/usr/lib/python3.14/ast.py", line 660, in main
    with open(args.infile, 'rb') as infile:
         ~~~~^^^^^^^^^^^^^^^^^^^
`;

interface AstArgs {
  infile: string;
  mode: ParseMode;
  typeComments: boolean;
  includeAttributes: boolean;
  indent: number;
  featureVersion: string | null;
  optimize: number;
  showEmpty: boolean;
}

type AstOption = { dest: keyof AstArgs; names: string[]; takesValue: boolean; metavar?: string };
const AST_OPTIONS: AstOption[] = [
  { dest: 'mode', names: ['-m', '--mode'], takesValue: true },
  { dest: 'typeComments', names: ['--no-type-comments'], takesValue: false },
  { dest: 'includeAttributes', names: ['-a', '--include-attributes'], takesValue: false },
  { dest: 'indent', names: ['-i', '--indent'], takesValue: true },
  { dest: 'featureVersion', names: ['--feature-version'], takesValue: true },
  { dest: 'optimize', names: ['-O', '--optimize'], takesValue: true },
  { dest: 'showEmpty', names: ['--show-empty'], takesValue: false },
];
const MODES: ParseMode[] = ['exec', 'single', 'eval', 'func_type'];

class ArgError extends Error {}

/** A small subset of argparse, enough for ast's command line and its error messages. */
function parseAstArgs(argv: string[], io: MainIO): AstArgs | number {
  const args: AstArgs = {
    infile: '-',
    mode: 'exec',
    typeComments: true,
    includeAttributes: false,
    indent: 3,
    featureVersion: null,
    optimize: -1,
    showEmpty: false,
  };
  const positionals: string[] = [];
  const optName = (o: AstOption) => o.names.join('/');
  const setValue = (o: AstOption, value: string | null) => {
    switch (o.dest) {
      case 'mode':
        if (!MODES.includes(value as ParseMode)) {
          throw new ArgError(`argument ${optName(o)}: invalid choice: '${value}' (choose from ${MODES.map((m) => `'${m}'`).join(', ')})`);
        }
        args.mode = value as ParseMode;
        break;
      case 'indent':
      case 'optimize': {
        const n = parsePythonInt(value!);
        if (n === null) throw new ArgError(`argument ${optName(o)}: invalid int value: '${value}'`);
        args[o.dest] = n;
        break;
      }
      case 'featureVersion':
        args.featureVersion = value;
        break;
      case 'typeComments':
        args.typeComments = false;
        break;
      case 'includeAttributes':
        args.includeAttributes = true;
        break;
      case 'showEmpty':
        args.showEmpty = true;
        break;
      default:
        break;
    }
  };
  const isNegativeNumber = (s: string) => /^-\d+$|^-\d*\.\d+$/.test(s);
  try {
    let onlyPositionals = false;
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i]!;
      if (onlyPositionals || !arg.startsWith('-') || arg === '-' || isNegativeNumber(arg)) {
        positionals.push(arg);
        continue;
      }
      if (arg === '--') {
        onlyPositionals = true;
        continue;
      }
      if (arg === '-h' || arg === '--help' || (arg.startsWith('--h') && '--help'.startsWith(arg))) {
        io.stdout(AST_HELP);
        return 0;
      }
      let option: AstOption | undefined;
      let attached: string | null = null;
      let flagRest = '';
      if (arg.startsWith('--')) {
        const eq = arg.indexOf('=');
        const name = eq >= 0 ? arg.slice(0, eq) : arg;
        if (eq >= 0) attached = arg.slice(eq + 1);
        option = AST_OPTIONS.find((o) => o.names.includes(name));
        if (!option) {
          const matches = AST_OPTIONS.flatMap((o) => o.names.filter((n) => n.startsWith('--') && n.startsWith(name)).map((n) => [o, n] as const));
          if (matches.length > 1) {
            throw new ArgError(`ambiguous option: ${name} could match ${matches.map((m) => m[1]).join(', ')}`);
          }
          option = matches[0]?.[0];
        }
        if (!option) throw new ArgError(`unrecognized arguments: ${arg}`);
      } else {
        const name = arg.slice(0, 2);
        option = AST_OPTIONS.find((o) => o.names.includes(name));
        if (!option) throw new ArgError(`unrecognized arguments: ${arg}`);
        if (arg.length > 2) {
          if (option.takesValue) attached = arg[2] === '=' ? arg.slice(3) : arg.slice(2);
          else flagRest = arg.slice(2);
        }
      }
      if (option.takesValue) {
        let value = attached;
        if (value === null) {
          const next = argv[i + 1];
          if (next === undefined || (next.startsWith('-') && next !== '-' && !isNegativeNumber(next))) {
            throw new ArgError(`argument ${optName(option)}: expected one argument`);
          }
          value = next;
          i++;
        }
        setValue(option, value);
      } else {
        if (attached !== null) throw new ArgError(`argument ${optName(option)}: ignored explicit argument '${attached}'`);
        setValue(option, null);
        if (flagRest) {
          // Combined short flags (`-ai4`): re-read the rest as its own option.
          argv = [...argv.slice(0, i + 1), '-' + flagRest, ...argv.slice(i + 1)];
        }
      }
    }
    if (positionals.length > 1) throw new ArgError(`unrecognized arguments: ${positionals.slice(1).join(' ')}`);
    if (positionals.length === 1) args.infile = positionals[0]!;
  } catch (e) {
    if (e instanceof ArgError) {
      io.stderr(AST_USAGE + `${AST_PROG}: error: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  return args;
}

/** int(s) as argparse's `type=int` does it (surrounding whitespace, sign, underscores). */
function parsePythonInt(s: string): number | null {
  const m = /^\s*([+-]?)(\d+(?:_\d+)*)\s*$/.exec(s);
  if (!m) return null;
  return Number(m[1]! + m[2]!.replace(/_/g, ''));
}

function runAstModule(argv: string[], io: MainIO): number {
  const args = parseAstArgs(argv, io);
  if (typeof args === 'number') return args;
  if (args.infile === '-') {
    io.stderr('terrarium: -m ast reading from standard input is not supported yet\n');
    return NOT_IMPLEMENTED_EXIT;
  }
  if (args.optimize > 0) {
    io.stderr('terrarium: -m ast: --optimize is not supported yet\n');
    return NOT_IMPLEMENTED_EXIT;
  }
  const name = args.infile;
  const bytes = io.readFile(name);
  if (bytes === null) {
    io.stderr(AST_OPEN_TRACEBACK + `FileNotFoundError: [Errno 2] No such file or directory: ${pyQuote(name)}\n`);
    return 1;
  }
  const featureVersion = astFeatureVersion(args.featureVersion, io);
  if (featureVersion.exit !== undefined) return featureVersion.exit;
  let lines: string[] | null = null;
  try {
    const source = decodeSource(bytes, name);
    lines = sourceLines(source);
    const result = parse(source, { filename: name, mode: args.mode, typeComments: args.typeComments, featureVersion: featureVersion.minor });
    const warnings = formatCompileWarnings(name, result.warnings, lines);
    if (warnings) io.stderr(warnings);
    let dumped: string;
    try {
      dumped = dumpAst(result.tree, { includeAttributes: args.includeAttributes, indent: args.indent, showEmpty: args.showEmpty });
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      // A tree deep enough to exhaust the JavaScript stack also exhausts CPython's recursion
      // limit in ast.dump; its traceback through ast.py is not reproduced, only the error.
      io.stderr('RecursionError: maximum recursion depth exceeded\n');
      return 1;
    }
    io.stdout(dumped + '\n');
    return 0;
  } catch (e) {
    if (e instanceof PythonSyntaxError) {
      io.stderr(warningsOf(e, name, lines) + AST_PARSE_TRACEBACK + formatSyntaxError(withFilename(e, name), typoContext(e, io, lines === null ? null : lines.join('\n'))));
      return 1;
    }
    if (e instanceof ParserStackOverflow) {
      io.stderr(`${AST_PARSE_TRACEBACK}${e.type}: ${e.msg}\n`);
      return 1;
    }
    throw e;
  }
}

/**
 * --feature-version VERSION as ast.main and ast.parse process it: "" means none; otherwise
 * `major, minor = map(int, VERSION.split('.', 1))` (a usage error when that fails), major must be
 * 3 (ValueError from ast.parse), and compile()'s `_feature_version` must fit a C int. A negative
 * minor means the current version.
 */
function astFeatureVersion(version: string | null, io: MainIO): { minor?: number; exit?: number } {
  if (version === null || version === '') return {};
  const dot = version.indexOf('.');
  const major = dot < 0 ? null : parsePythonBigInt(version.slice(0, dot));
  const minor = dot < 0 ? null : parsePythonBigInt(version.slice(dot + 1));
  if (major === null || minor === null) {
    io.stderr(AST_USAGE + `${AST_PROG}: error: Invalid format for --feature-version; expected format 3.x (for example, 3.10)\n`);
    return { exit: 2 };
  }
  if (major !== 3n) {
    io.stderr(AST_VALUE_ERROR_TRACEBACK + `ValueError: Unsupported major version: ${major}\n`);
    return { exit: 1 };
  }
  if (minor > 2147483647n || minor < -2147483648n) {
    io.stderr(AST_PARSE_TRACEBACK + 'OverflowError: Python int too large to convert to C int\n');
    return { exit: 1 };
  }
  return { minor: Number(minor) };
}

/** int(s) for a str: surrounding whitespace, a sign, digits with single underscores between
 * them, at most 4300 digits (sys.int_info.default_max_str_digits); null where int() raises. */
function parsePythonBigInt(s: string): bigint | null {
  const m = /^\s*([+-]?)(\d+(?:_\d+)*)\s*$/.exec(s);
  if (!m) return null;
  const digits = m[2]!.replace(/_/g, '');
  if (digits.length > 4300) return null;
  const n = BigInt(digits);
  return m[1] === '-' ? -n : n;
}

function pyQuote(s: string): string {
  return strRepr(s);
}

/** Source bytes to text as CPython's tokenizer decodes them (the harness uses this too). */
export { decodeSource };

// --- keyword typo suggestions ---------------------------------------------------------------------

/**
 * What traceback's keyword-typo search needs. SyntaxError._metadata comes from the parser when it
 * provides it (`metadata` on the error: pegen's last_stmt_location and the source of string input);
 * otherwise line 0 is assumed, which makes CPython's search start at the top of the source.
 * `metadataSource` is the decoded source for string input (-c, compile() of bytes) and null for a
 * file run, where CPython reads the file again.
 */
function typoContext(e: PythonSyntaxError, io: MainIO, metadataSource: string | null): KeywordTypoContext {
  const given = (e as PythonSyntaxError & { metadata?: { lineno: number; colOffset: number; source: string | null } }).metadata;
  return {
    metadata: given ?? { lineno: 0, colOffset: 0, source: metadataSource },
    readText(filename) {
      const bytes = io.readFile(filename);
      if (bytes === null) return null;
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/\r\n?/g, '\n');
      } catch {
        return null;
      }
    },
    nameTokens: nameTokens,
    compiles: compilesAsCommand,
  };
}

/** tokenize.generate_tokens(...) restricted to NAME tokens, stopping quietly at an error. */
function* nameTokens(code: string): Generator<NameToken> {
  let tokenizer: Tokenizer;
  try {
    tokenizer = new Tokenizer(code, {});
  } catch {
    return;
  }
  const src = tokenizer.source;
  for (;;) {
    let tok;
    try {
      tok = tokenizer.next();
    } catch {
      return;
    }
    if (tok.kind === TokenKind.ENDMARKER) return;
    if (tok.kind !== TokenKind.NAME) continue;
    const lineStart = src.lastIndexOf('\n', tok.start - 1) + 1;
    let lineEnd = src.indexOf('\n', tok.start);
    lineEnd = lineEnd < 0 ? src.length : lineEnd + 1;
    const startCol = codePointCount(src, lineStart, tok.start);
    yield {
      string: tok.text,
      startRow: tok.lineno,
      startCol,
      endRow: tok.endLineno,
      endCol: startCol + codePointCount(src, tok.start, tok.end),
      line: src.slice(lineStart, lineEnd),
    };
  }
}

function codePointCount(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * codeop.compile_command(code, symbol="exec", flags=PyCF_ONLY_AST) succeeds: the code parses (or
 * parses with a newline appended), then compiles. Approximations until the compiler exists:
 * CPython also accepts input that is merely incomplete (PyCF_ALLOW_INCOMPLETE_INPUT), approximated
 * here by the "never closed"/unterminated/EOF errors and a trailing block opener; the compiler's own
 * errors come from compiler/index.ts: checkCompile.
 */
function compilesAsCommand(code: string): boolean {
  if (code.split('\n').every((l) => { const t = l.trim(); return !t || t[0] === '#'; })) code = 'pass';
  try {
    return checkCompile(parse(code, { mode: 'exec' }).tree, { filename: '<input>', lines: null }).ok;
  } catch (e) {
    if (!(e instanceof PythonSyntaxError)) return false;
  }
  try {
    parse(code + '\n', { mode: 'exec' });
    return true;
  } catch (e) {
    if (!(e instanceof PythonSyntaxError)) return false;
    // The parser ran into the end of the input: an open bracket or string, or a block opener
    // whose body has not come yet (CPython: tok->done == E_EOF when the parse fails).
    if (e.tokenizerState || /was never closed|^unterminated triple-quoted|^unexpected EOF/.test(e.msg)) return true;
    // A block opener at the end whose body has not come yet.
    if (!/:\s*$/.test(code)) return false;
    const last = code.slice(code.lastIndexOf('\n') + 1);
    const indent = /^[ \t]*/.exec(last)![0];
    try {
      parse(code + '\n' + indent + '    pass\n', { mode: 'exec' });
      return true;
    } catch {
      return false;
    }
  }
}
