// Code objects: what the compiler produces for a module, class body, function, lambda or
// comprehension, and what frames execute. Plain data (numbers, strings, constants), so that a
// snapshot can store it; the only references are to constants, which may be nested code objects.

import { PyObject, makeBuiltinType, type PyValue } from '../objects/object.ts';

export const codeType = makeBuiltinType('code', undefined, { final: true });

/** co_flags bits (Include/cpython/code.h). */
export const CO_OPTIMIZED = 0x1;
export const CO_NEWLOCALS = 0x2;
export const CO_VARARGS = 0x4;
export const CO_VARKEYWORDS = 0x8;
export const CO_NESTED = 0x10;
export const CO_GENERATOR = 0x20;
export const CO_COROUTINE = 0x80;
export const CO_ASYNC_GENERATOR = 0x200;

/** One exception-table entry: instructions [start, end) are covered by the handler at `target`,
 * which runs with the value stack cut to `depth` (plus the exception pushed). `lasti` also pushes
 * the index of the raising instruction (for RERAISE to restore it). */
export interface ExceptionTableEntry {
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

export class PyCode extends PyObject {
  constructor(
    /** co_name */
    readonly name: string,
    /** co_qualname */
    readonly qualname: string,
    readonly filename: string,
    readonly firstLineno: number,
    readonly argcount: number,
    readonly posonlyargcount: number,
    readonly kwonlyargcount: number,
    readonly flags: number,
    /** Local variable names; parameters first (positional, keyword-only, *args, **kwargs). */
    readonly varnames: string[],
    /** Names of cells created by this frame (variables captured by inner scopes). */
    readonly cellvars: string[],
    /** Names of free variables (cells received through the closure). */
    readonly freevars: string[],
    /** Names used by global, name and attribute instructions. */
    readonly names: string[],
    readonly consts: PyValue[],
    /** Instructions: [opcode, argument] pairs. */
    readonly code: Int32Array,
    /** Per instruction: lineno, endLineno, colOffset, endColOffset (UTF-8 bytes; -1 unknown). */
    readonly positions: Int32Array,
    readonly exceptionTable: ExceptionTableEntry[],
    /** For each cellvar that is also a parameter, the parameter's local index (else -1). */
    readonly cell2arg: Int32Array,
    readonly docstring: PyValue,
  ) {
    super(codeType);
    this.nlocalsplus = varnames.length + cellvars.length + freevars.length;
    this.plainPositional = (flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && kwonlyargcount === 0;
  }

  /** No *args, **kwargs or keyword-only parameters: a call with exactly `argcount` positional
   * arguments and no keywords binds them in order (the VM's fast path). */
  readonly plainPositional: boolean;

  /** Slots a frame needs for variables, cells and free variables (co_nlocalsplus). */
  readonly nlocalsplus: number;

  /** Inline caches of LOAD_METHOD (type, typeEpoch, method) and LOAD_GLOBAL (globals,
   * globalsVersion, value): three slots per instruction, made on first use. Derived data: a
   * snapshot leaves it out. */
  inlineCache: unknown[] | null = null;

  /** Number of instructions. */
  get length(): number {
    return this.code.length >> 1;
  }
}
