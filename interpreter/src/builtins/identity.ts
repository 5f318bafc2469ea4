// id, hash, isinstance, issubclass (Python/bltinmodule.c, Objects/abstract.c
// PyObject_IsInstance / PyObject_IsSubclass).

import { PyObject, PyType, typeOf, intFromBigInt, type PyValue } from '../objects/object.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PyUnion } from '../objects/union.ts';
import { PyList } from '../objects/list.ts';
import { PyDict } from '../objects/dict.ts';
import { PyAnySet, PyFrozenSet } from '../objects/set.ts';
import { typeName } from '../objects/str-args.ts';
import type { NativeFn } from '../objects/function.ts';
import { None } from '../objects/object.ts';
import type { Interp } from '../vm/interp.ts';
import { typeError } from '../vm/raise.ts';
import { objectId } from '../vm/vm.ts';
import { checkPositional, noKwargs, oneArg } from './common.ts';

// id(): heap objects get the VM's deterministic pseudo addresses (the ones reprs print). ints,
// strs and bools are JS primitives compared by value (`is` is value equality for them), so one
// stand-in object per distinct value gives them stable ids that agree with `is`.
const primitiveBoxes = new Map<string | number | bigint | boolean, object>();
export function idOf(v: PyValue): number {
  if (v instanceof PyObject) return objectId(v);
  let box = primitiveBoxes.get(v);
  if (box === undefined) {
    box = {};
    primitiveBoxes.set(v, box);
  }
  return objectId(box);
}

export const id: NativeFn = (_vm, args, kwargs) => idOf(oneArg('id', args, kwargs));

/** True when hash() of v must fail: the type sets __hash__ to None, or is a builtin mutable
 * container (list, dict, set). Tuples and frozensets are checked item by item by their hash. */
function unhashable(v: PyValue): boolean {
  if (!(v instanceof PyObject)) return false;
  if (v instanceof PyList || v instanceof PyDict || (v instanceof PyAnySet && !(v instanceof PyFrozenSet))) return true;
  return v.type.lookup('__hash__') === None;
}

export function hashOf(vm: Interp, v: PyValue): number | bigint {
  if (unhashable(v)) throw typeError(`unhashable type: '${typeName(v)}'`);
  if (v instanceof PyTuple) for (const x of v.items) hashOf(vm, x);
  return intFromBigInt(vm.hash(v));
}

export const hash: NativeFn = (vm, args, kwargs) => hashOf(vm, oneArg('hash', args, kwargs));

function instanceCheck(obj: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType) return typeOf(obj).isSubtypeOf(cls);
  if (cls instanceof PyUnion) return cls.args.some((t) => typeOf(obj).isSubtypeOf(t));
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (instanceCheck(obj, c)) return true;
    return false;
  }
  throw typeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
}

function subclassCheck(derived: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (subclassCheck(derived, c)) return true;
    return false;
  }
  if (!(derived instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
  if (cls instanceof PyUnion) return cls.args.some((t) => derived.isSubtypeOf(t));
  if (!(cls instanceof PyType)) throw typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return derived.isSubtypeOf(cls);
}

export const isinstance: NativeFn = (_vm, args, kwargs) => {
  noKwargs('isinstance', kwargs);
  checkPositional('isinstance', args.length, 2, 2);
  const [obj, cls] = args as [PyValue, PyValue];
  if (typeOf(obj) === cls) return true;
  return instanceCheck(obj, cls);
};

export const issubclass: NativeFn = (_vm, args, kwargs) => {
  noKwargs('issubclass', kwargs);
  checkPositional('issubclass', args.length, 2, 2);
  return subclassCheck(args[0]!, args[1]!);
};
