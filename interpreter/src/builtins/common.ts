// Shared helpers of the builtin functions: CPython's argument-count messages (Python/getargs.c
// _PyArg_CheckPositional, _PyArg_NoKeywords, METH_O), operator dispatch for builtins that apply an
// arithmetic operator (sum, pow, divmod), and calls of dunder methods.

import { typeOf, None, NotImplemented, type PyValue, PyType } from '../objects/object.ts';
import type { Kwargs } from '../objects/function.ts';
import { PyComplex, complexAdd, complexPowOperands } from '../objects/complex.ts';
import { PyFloat } from '../objects/float.ts';
import { indexValue, typeName, unpack } from '../objects/str-args.ts';
import { BinaryOp } from '../compiler/opcodes.ts';
import { nativeBinaryOp, unsupportedOperands, UNSUPPORTED, UNSUPPORTED_NEEDS_VM } from '../vm/operators.ts';
import type { Interp } from '../vm/interp.ts';
import { RaisedException, typeError } from '../vm/raise.ts';
import * as E from '../objects/exceptions.ts';

/** What the builtins may use beyond the Interp interface, when the VM provides it. */
export interface BuiltinsInterp extends Interp {
  /** del obj.name (delattr). */
  delAttr?(obj: PyValue, name: string): void;
}

export function noKwargs(name: string, kwargs: Kwargs | null): void {
  if (kwargs !== null && kwargs.names.length > 0) throw typeError(`${name}() takes no keyword arguments`);
}

/** METH_O: `len(x)`. */
export function oneArg(name: string, args: PyValue[], kwargs: Kwargs | null): PyValue {
  noKwargs(name, kwargs);
  if (args.length !== 1) throw typeError(`${name}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

/** _PyArg_CheckPositional: `getattr expected at least 2 arguments, got 1`. */
export function checkPositional(name: string, n: number, min: number, max: number): void {
  if (n < min) throw typeError(`${name} expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  if (n > max) throw typeError(`${name} expected ${min === max ? '' : 'at most '}${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** True when a RaisedException carries an instance of `type` (or a subclass). */
export function isRaised(e: unknown, type: PyType): e is RaisedException {
  return e instanceof RaisedException && e.exc.type.isSubtypeOf(type);
}

/** The operator.index() value of v, or CPython's TypeError. */
export function indexOrError(vm: Interp, v: PyValue): number | bigint {
  const i = indexValue(vm, v);
  if (i === null) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return i;
}

/** Looks up a special method on the type (as CPython's _PyObject_LookupSpecial does) and calls it
 * bound to `obj`; undefined when the type has no such method. */
export function callSpecial(vm: Interp, obj: PyValue, name: string, args: PyValue[]): PyValue | undefined {
  if (typeOf(obj).lookup(name) === undefined) return undefined;
  return vm.callNested(vm.getAttr(obj, name), args);
}

function isNumberLike(v: PyValue): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat || v instanceof PyComplex;
}

const DUNDERS: Partial<Record<BinaryOp, [string, string]>> = {
  [BinaryOp.ADD]: ['__add__', '__radd__'],
  [BinaryOp.POWER]: ['__pow__', '__rpow__'],
};

/**
 * a + b or a ** b as the builtins need it (PyNumber_Add, PyNumber_Power): builtin operand types
 * natively, then the operands' dunder methods (a nested call), then CPython's TypeError.
 */
export function binaryOp(vm: Interp, op: BinaryOp.ADD | BinaryOp.POWER, a: PyValue, b: PyValue): PyValue {
  if ((a instanceof PyComplex || b instanceof PyComplex) && isNumberLike(a) && isNumberLike(b)) {
    const ca = a instanceof PyComplex ? a : Number(a instanceof PyFloat ? a.value : a);
    const cb = b instanceof PyComplex ? b : Number(b instanceof PyFloat ? b.value : b);
    return op === BinaryOp.ADD ? complexAdd(ca, cb) : complexPowOperands(ca, cb);
  }
  const r = nativeBinaryOp(op, a, b);
  if (r !== UNSUPPORTED && r !== UNSUPPORTED_NEEDS_VM) return r;
  const [name, rname] = DUNDERS[op]!;
  const ta = typeOf(a), tb = typeOf(b);
  // The reflected method of a right operand whose type is a subclass of the left's goes first.
  const rightFirst = ta !== tb && tb.isSubtypeOf(ta) && tb.lookup(rname) !== undefined;
  if (rightFirst) {
    const x = callSpecial(vm, b, rname, [a]);
    if (x !== undefined && x !== NotImplemented) return x;
  }
  const y = callSpecial(vm, a, name, [b]);
  if (y !== undefined && y !== NotImplemented) return y;
  if (!rightFirst && ta !== tb) {
    const z = callSpecial(vm, b, rname, [a]);
    if (z !== undefined && z !== NotImplemented) return z;
  }
  return unsupportedOperands(op, a, b);
}

export { None, E };

/** Argument Clinic parsing of a builtin function (no receiver): str-args' unpack, with a missing
 * required argument reported before a duplicate one, as _PyArg_UnpackKeywords does. */
export function parseArgs(name: string, args: PyValue[], kwargs: Kwargs | null, params: string[], posOnly: number, required: number): (PyValue | undefined)[] {
  const names = kwargs === null ? [] : kwargs.names;
  if (args.length + names.length <= params.length && args.length >= Math.min(posOnly, required)) {
    for (let i = args.length; i < required; i++) {
      if (!names.includes(params[i]!)) throw typeError(`${name}() missing required argument '${params[i]}' (pos ${i + 1})`);
    }
  }
  return unpack(name, [None, ...args], kwargs, params, posOnly, required);
}
