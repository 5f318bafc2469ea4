// What native code (object methods, builtins, modules) may ask of the interpreter.
//
// The VM implements this interface. Methods marked "may run Python code" dispatch to dunder
// methods of user classes; native code calls them only on paths the object model README allows
// (a bounded nested call that cannot suspend). Everything else a native needs from Python code it
// asks for with a TailCall, which the VM carries out in a new frame.

import type { PyValue } from '../objects/object.ts';
import type { Kwargs } from '../objects/function.ts';

/** A native function's request to finish by calling `callable(...args)` in a Python frame; the
 * frame's result becomes the native call's result. */
export class TailCall {
  constructor(
    readonly callable: PyValue,
    readonly args: PyValue[],
    readonly kwargs: Kwargs | null = null,
  ) {}
}

/** Rich comparison operators, numbered as CPython's Py_LT... */
export const enum CompareOp {
  LT = 0,
  LE = 1,
  EQ = 2,
  NE = 3,
  GT = 4,
  GE = 5,
}

export interface Interp {
  // --- Output and accounting -------------------------------------------------------------------
  /** Writes text to the program's stdout (print). */
  writeStdout(text: string): void;
  writeStderr(text: string): void;
  /** Charges `bytes` to the memory budget before an allocation; throws the limit error when the
   * budget would be exceeded. */
  charge(bytes: number): void;
  /** Called by long-running native loops every so often: enforces the time budget. */
  checkTime(): void;

  // --- Protocols (may run Python code) ---------------------------------------------------------
  /** repr(v) as a string. */
  repr(v: PyValue): string;
  /** str(v) as a string. */
  str(v: PyValue): string;
  /** hash(v): CPython's value, as a bigint in [-2**63, 2**63). */
  hash(v: PyValue): bigint;
  /** a == b, with identity shortcut as containers use it (PyObject_RichCompareBool). */
  eq(a: PyValue, b: PyValue): boolean;
  /** The result object of a rich comparison (a op b). */
  richCompare(a: PyValue, b: PyValue, op: CompareOp): PyValue;
  /** format(v, spec): dispatches to the value's __format__ (int, float, str natively). */
  format(v: PyValue, spec: string): string;
  /** bool(v) */
  truthy(v: PyValue): boolean;
  /** len(v) */
  len(v: PyValue): number;
  getAttr(obj: PyValue, name: string): PyValue;
  setAttr(obj: PyValue, name: string, value: PyValue): void;
  /** Calls any callable from native code (a nested, non-suspendable call when it runs Python
   * code; see the object model README for when that is allowed). */
  callNested(callable: PyValue, args: PyValue[], kwargs?: Kwargs | null): PyValue;

  // --- Iteration -------------------------------------------------------------------------------
  /**
   * A JS iterator over `v` when iterating it runs no Python code (list, tuple, str, bytes, dict,
   * set, frozenset, range and the builtin iterators over them), else null: the caller then falls
   * back to a Python-level implementation (TailCall) so that generators and user iterators can
   * suspend.
   */
  nativeIter(v: PyValue): Iterator<PyValue> | null;
  /** iter(v): an iterator object (may run Python code: __iter__). */
  getIter(v: PyValue): PyValue;
  /** next(it): the next item, or undefined when exhausted (may run Python code: __next__). */
  iterNext(it: PyValue): PyValue | undefined;
}
