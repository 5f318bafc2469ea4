// Running a program: compile the checked AST, execute the module, and report an uncaught
// exception the way `python3.14 FILE` does (traceback on stderr, exit status 1; SystemExit).

import type { Module } from '../parser/ast.ts';
import type { SymbolTable } from '../compiler/symtable.ts';
import { CodeGenerator, NotYetCompiled } from '../compiler/codegen.ts';
import { None, typeOf, type PyValue } from '../objects/object.ts';
import { PyBaseException } from '../objects/exceptions.ts';
import * as E from '../objects/exceptions.ts';
import { VM, addBuiltinFunctions } from './vm.ts';
import { RaisedException } from './raise.ts';
import type { Frame } from './frame.ts';

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
    throw e;
  }
  const vm = new VM({ stdout: io.stdout, stderr: io.stderr });
  addBuiltinFunctions(vm);
  try {
    vm.runModule(code);
    return 0;
  } catch (e) {
    if (!(e instanceof RaisedException)) throw e;
    return reportUncaught(vm, e.exc, io);
  }
}

/** Prints an uncaught exception as sys.excepthook does and returns the exit status. */
function reportUncaught(vm: VM, exc: PyBaseException, io: RunIO): number {
  if (exc.type.isSubtypeOf(E.SystemExit)) {
    const code: PyValue = exc.args.length === 0 ? None : exc.args.length === 1 ? exc.args[0]! : exc.args[0]!;
    if (code === None) return 0;
    if (typeof code === 'number') return code & 0xff;
    io.stderr(vm.str(code) + '\n');
    return 1;
  }
  io.stderr(formatException(vm, exc, io));
  return 1;
}

/**
 * A plain traceback: frames and source lines, then `Type: message`. (The complete CPython 3.14
 * format, with position markers, chaining and suggestions, is errors/traceback.ts.)
 */
function formatException(vm: VM, exc: PyBaseException, io: RunIO): string {
  let out = '';
  if (exc.context instanceof PyBaseException && !exc.suppressContext) {
    out += formatException(vm, exc.context, io) + '\nDuring handling of the above exception, another exception occurred:\n\n';
  } else if (exc.cause instanceof PyBaseException) {
    out += formatException(vm, exc.cause, io) + '\nThe above exception was the direct cause of the following exception:\n\n';
  }
  out += 'Traceback (most recent call last):\n';
  for (let tb = exc.traceback; tb !== null; tb = tb.next) {
    const frame = tb.frame as Frame;
    const code = frame.code;
    const line = code.positions[tb.instruction * 4]!;
    out += `  File "${code.filename}", line ${line}, in ${code.qualname === '<module>' ? '<module>' : code.name}\n`;
    const src = io.sourceLine(code.filename, line);
    if (src !== null && src.trim() !== '') out += `    ${src.trim()}\n`;
  }
  const msg = vm.str(exc);
  const name = typeOf(exc).name;
  out += msg === '' ? `${name}\n` : `${name}: ${msg}\n`;
  return out;
}
