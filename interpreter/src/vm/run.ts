// Running a program: compile the checked AST, execute the module, and report an uncaught
// exception the way `python3.14 FILE` does (traceback on stderr, exit status 1; SystemExit).

import type { Module } from '../parser/ast.ts';
import type { SymbolTable } from '../compiler/symtable.ts';
import { CodeGenerator, NotYetCompiled } from '../compiler/codegen.ts';
import { None, PyType, typeOf, type PyValue } from '../objects/object.ts';
import { PyInstance } from '../objects/instance.ts';
import { PyBaseException } from '../objects/exceptions.ts';
import { PyList } from '../objects/list.ts';
import { PyTuple } from '../objects/tuple.ts';
import * as E from '../objects/exceptions.ts';
import { VM, addBuiltinFunctions } from './vm.ts';
import { RaisedException } from './raise.ts';
import type { Frame } from './frame.ts';
import { formatException as formatTraceback, exceptionTypeString, type ExceptionDescription, type TracebackFrame, type SuggestionInput, type SyntaxErrorFields } from '../errors/traceback.ts';
import { groupExceptions } from '../objects/exception-group.ts';

export interface RunIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Source lines of a file, for tracebacks. */
  sourceLine(filename: string, lineno: number): string | null;
}

/** The outcome of running a module: its exit status. */
export function runModuleSource(tree: Module, symtable: SymbolTable, filename: string, io: RunIO): number {
  let code;
  try {
    code = new CodeGenerator(symtable, filename).compileModule(tree);
  } catch (e) {
    if (e instanceof NotYetCompiled) {
      const where = e.node !== null ? ` (line ${e.node.lineno})` : '';
      io.stderr(`terrarium: ${e.what} is not supported yet${where}\n`);
      return 2;
    }
    return reportInternalError(e, io);
  }
  const vm = new VM({ stdout: io.stdout, stderr: io.stderr });
  addBuiltinFunctions(vm);
  try {
    vm.runModule(code);
    return 0;
  } catch (e) {
    if (!(e instanceof RaisedException)) return reportInternalError(e, io);
    return reportUncaught(vm, e.exc, io);
  }
}

/** A JavaScript error escaping the compiler or the VM is a Terrarium bug: it is reported on
 * stderr with status 70 (EX_SOFTWARE) instead of crashing the host, and fuzzers look for it. */
function reportInternalError(e: unknown, io: RunIO): number {
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  io.stderr(`terrarium: internal error: ${what}\n`);
  return 70;
}

/** Prints an uncaught exception as sys.excepthook does and returns the exit status. */
function reportUncaught(vm: VM, exc: PyBaseException, io: RunIO): number {
  if (exc.type.isSubtypeOf(E.SystemExit)) {
    // Python/pythonrun.c: _Py_HandleSystemExit.
    const code: PyValue = vm.getAttr(exc, 'code');
    if (code === None) return 0;
    if (typeof code === 'number' || typeof code === 'boolean') return Number(code) & 0xff;
    // An int beyond a C long long exits with -1; others are truncated to the status byte.
    if (typeof code === 'bigint') return code < -(2n ** 63n) || code >= 2n ** 63n ? 255 : Number(BigInt.asUintN(8, code));
    let text = '';
    try {
      text = vm.str(code);
    } catch (e) {
      // Writing the code failed: the error is cleared and only the newline is written.
      if (!(e instanceof RaisedException)) throw e;
    }
    io.stderr(text + '\n');
    return 1;
  }
  io.stderr(formatException(vm, exc, io));
  return 1;
}

/** The uncaught exception as errors/traceback.ts describes it (what traceback.py reads). */
function formatException(vm: VM, exc: PyBaseException, io: RunIO): string {
  const seen = new Map<PyBaseException, ExceptionDescription>();
  const describe = (e: PyBaseException): ExceptionDescription => {
    const known = seen.get(e);
    if (known !== undefined) return known;
    const frames: TracebackFrame[] = [];
    let innermost: Frame | null = null;
    for (let tb = e.traceback; tb !== null; tb = tb.next) {
      const frame = tb.frame as Frame;
      innermost = frame;
      const p = frame.code.positions;
      const i = tb.instruction * 4;
      const col = p[i + 2]!;
      frames.push({
        filename: frame.code.filename,
        lineno: p[i]!,
        endLineno: p[i + 1]!,
        colOffset: col < 0 ? null : col,
        endColOffset: p[i + 3]! < 0 ? null : p[i + 3]!,
        name: frame.code.name,
        code: frame.code,
      });
    }
    const desc: ExceptionDescription = {
      typeName: e.type.name,
      qualifiedName: exceptionTypeString(e.type.qualname, e.type.module),
      message: safeString(() => vm.str(e), 'exception'),
      notes: notesOf(vm, e),
      frames,
      cause: null,
      context: null,
      suppressContext: e.suppressContext,
      exceptions: null,
      syntaxError: e.type.isSubtypeOf(E.SyntaxError) ? syntaxErrorFields(vm, e) : null,
      suggestion: suggestionFor(e, innermost),
    };
    seen.set(e, desc);
    if (e.type.isSubtypeOf(E.BaseExceptionGroup)) {
      desc.exceptions = groupExceptions(e).filter((x): x is PyBaseException => x instanceof PyBaseException).map(describe);
    }
    if (e.cause instanceof PyBaseException) desc.cause = describe(e.cause);
    if (e.context instanceof PyBaseException) desc.context = describe(e.context);
    return desc;
  };
  return formatTraceback(describe(exc), {
    getSourceLine: (filename, lineno) => io.sourceLine(filename, lineno),
  });
}

/** What TracebackException reads from a SyntaxError to print its source line and caret. */
function syntaxErrorFields(vm: VM, e: PyBaseException): SyntaxErrorFields {
  const int = (name: string): number | null => {
    const v = e.getAttr(name);
    return typeof v === 'number' ? v : null;
  };
  const str = (name: string): string | null => {
    const v = e.getAttr(name);
    return typeof v === 'string' ? v : v === None || v === undefined ? null : safeString(() => vm.str(v), 'msg');
  };
  return { filename: str('filename'), lineno: int('lineno'), endLineno: int('end_lineno'), text: typeof e.getAttr('text') === 'string' ? (e.getAttr('text') as string) : null, offset: int('offset'), endOffset: int('end_offset'), msg: str('msg') };
}

/** __notes__ as the traceback module prints them: each note's str() of a sequence, else the
 * repr of the whole value (TracebackException.__init__). */
function notesOf(vm: VM, e: PyBaseException): readonly string[] | { repr: string } | null {
  const notes = e.dict?.get('__notes__');
  if (notes === undefined || notes === None) return null;
  if (notes instanceof PyList || notes instanceof PyTuple) return notes.items.map((n) => safeString(() => vm.str(n), 'note'));
  return { repr: safeString(() => vm.repr(notes), '__notes__', 'repr') };
}

/** traceback._safe_string: a str() or repr() that raises shows as `<exception str() failed>`. */
function safeString(f: () => string, what: string, func = 'str'): string {
  try {
    return f();
  } catch (err) {
    if (err instanceof RaisedException) return `<${what} ${func}() failed>`;
    throw err;
  }
}

/** What "Did you mean ...?" needs: for a NameError, the names visible in the innermost frame. */
function suggestionFor(e: PyBaseException, innermost: Frame | null): SuggestionInput | null {
  const name = e.getAttr('name');
  if (e.type === E.NameError && typeof name === 'string') {
    if (innermost === null) return { kind: 'name', name, candidates: null, selfHasName: false };
    const locals: string[] = [];
    if (innermost.locals !== null) locals.push(...innermost.locals.keys());
    else innermost.code.varnames.forEach((v, i) => innermost.fast[i] !== undefined && locals.push(v));
    const globals = innermost.locals === innermost.globals ? [] : [...innermost.globals.keys()];
    return { kind: 'name', name, candidates: [...locals, ...globals, ...innermost.builtins.keys()], selfHasName: false };
  }
  const obj = e.getAttr('obj');
  if (e.type.isSubtypeOf(E.AttributeError) && typeof name === 'string' && obj !== undefined) {
    const self = innermost?.code.varnames.indexOf('self') ?? -1;
    const selfIsObject = self >= 0 && innermost!.fast[self] === obj;
    return { kind: 'attribute', name, candidates: attributeNames(obj), selfIsObject };
  }
  return null;
}

/** What dir(obj) lists, for the suggestion: the instance's own attributes, then every name
 * along its type's MRO (for a class, along its own MRO). */
function attributeNames(obj: PyValue): string[] {
  const names = new Set<string>();
  if (obj instanceof PyInstance) for (const k of obj.dict.keys()) names.add(k);
  const t = obj instanceof PyType ? obj : typeOf(obj);
  for (const c of t.mro) for (const k of c.dict.keys()) names.add(k);
  return [...names];
}
