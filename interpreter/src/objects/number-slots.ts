// The operator methods that int, float and complex share in shape (Objects/typeobject.c: the slot
// wrappers of nb_add, nb_negative, tp_richcompare...): `(5).__add__(3)`, `(1.5).__rsub__(2)`.
// Each type's methods file (int-methods.ts, float-methods.ts, complex-methods.ts) builds its
// table from these helpers with the operand types it accepts and the arithmetic it applies.
//
// Argument errors follow the slot wrappers (`expected 1 argument, got 0`) and the descriptor
// checks (`descriptor '__add__' requires a 'int' object but received a 'str'`).

import { NotImplemented, PyType, type PyValue } from './object.ts';
import { PyBuiltinFunction, builtinFunctionType, methodDescriptorType, registerNative, type Kwargs, type NativeFn } from './function.ts';
import { wrapperDescriptorType } from './slot-wrappers.ts';
import { typeName } from './str-args.ts';
import { BinaryOp } from '../compiler/opcodes.ts';
import { CompareOp, type Interp } from '../vm/interp.ts';
import { typeError } from '../vm/raise.ts';

/** The receiver of a slot wrapper, type-checked (wrapperdescr_call). */
export function slotSelf<T extends PyValue>(args: PyValue[], type: PyType, name: string, is: (v: PyValue) => v is T): T {
  const self = args[0];
  if (self === undefined) throw typeError(`descriptor '${name}' of '${type.name}' object needs an argument`);
  if (!is(self)) throw typeError(`descriptor '${name}' requires a '${type.name}' object but received a '${typeName(self)}'`);
  return self;
}

/** The receiver of a named method (method_descriptor: `int.bit_length('x')`). */
export function methodSelf<T extends PyValue>(args: PyValue[], type: PyType, name: string, is: (v: PyValue) => v is T): T {
  const self = args[0];
  if (self === undefined) throw typeError(`unbound method ${type.name}.${name}() needs an argument`);
  if (!is(self)) throw typeError(`descriptor '${name}' for '${type.name}' objects doesn't apply to a '${typeName(self)}' object`);
  return self;
}

/** The arguments of a slot wrapper taking exactly `n` (wrap_binaryfunc, wrap_unaryfunc). */
export function slotArgs(args: PyValue[], kwargs: Kwargs | null, n: number, name: string): void {
  if (kwargs !== null && kwargs.names.length > 0) throw typeError(`wrapper ${name}() takes no keyword arguments`);
  const got = args.length - 1;
  if (got !== n) throw typeError(`expected ${n} argument${n === 1 ? '' : 's'}, got ${got}`);
}

/** Dunder name pairs of the binary operators. */
export const BINARY_DUNDERS: [BinaryOp, string, string][] = [
  [BinaryOp.ADD, '__add__', '__radd__'],
  [BinaryOp.SUBTRACT, '__sub__', '__rsub__'],
  [BinaryOp.MULTIPLY, '__mul__', '__rmul__'],
  [BinaryOp.TRUE_DIVIDE, '__truediv__', '__rtruediv__'],
  [BinaryOp.FLOOR_DIVIDE, '__floordiv__', '__rfloordiv__'],
  [BinaryOp.REMAINDER, '__mod__', '__rmod__'],
  [BinaryOp.LSHIFT, '__lshift__', '__rlshift__'],
  [BinaryOp.RSHIFT, '__rshift__', '__rrshift__'],
  [BinaryOp.AND, '__and__', '__rand__'],
  [BinaryOp.OR, '__or__', '__ror__'],
  [BinaryOp.XOR, '__xor__', '__rxor__'],
];

/**
 * The binary operator methods for `ops`: `__op__(other)` computes `self op other` and
 * `__rop__(other)` computes `other op self` when `accepts(other)`, else NotImplemented.
 */
export function binaryDunders<T extends PyValue>(
  type: PyType,
  is: (v: PyValue) => v is T,
  accepts: (v: PyValue) => boolean,
  ops: readonly BinaryOp[],
  apply: (vm: Interp, op: BinaryOp, a: PyValue, b: PyValue) => PyValue,
): Record<string, NativeFn> {
  const out: Record<string, NativeFn> = {};
  for (const [op, name, rname] of BINARY_DUNDERS) {
    if (!ops.includes(op)) continue;
    out[name] = (vm, args, kwargs) => {
      const self = slotSelf(args, type, name, is);
      slotArgs(args, kwargs, 1, name);
      return accepts(args[1]!) ? apply(vm, op, self, args[1]!) : NotImplemented;
    };
    out[rname] = (vm, args, kwargs) => {
      const self = slotSelf(args, type, rname, is);
      slotArgs(args, kwargs, 1, rname);
      return accepts(args[1]!) ? apply(vm, op, args[1]!, self) : NotImplemented;
    };
  }
  return out;
}

const COMPARE_DUNDERS: [CompareOp, string][] = [
  [CompareOp.LT, '__lt__'], [CompareOp.LE, '__le__'], [CompareOp.EQ, '__eq__'],
  [CompareOp.NE, '__ne__'], [CompareOp.GT, '__gt__'], [CompareOp.GE, '__ge__'],
];

/** __lt__ ... __ge__ (wrap_richcmpfunc): `compare` returns the result or NotImplemented. */
export function compareDunders<T extends PyValue>(
  type: PyType,
  is: (v: PyValue) => v is T,
  compare: (vm: Interp, op: CompareOp, self: T, other: PyValue) => PyValue,
): Record<string, NativeFn> {
  const out: Record<string, NativeFn> = {};
  for (const [op, name] of COMPARE_DUNDERS) {
    out[name] = (vm, args, kwargs) => {
      const self = slotSelf(args, type, name, is);
      slotArgs(args, kwargs, 1, name);
      return compare(vm, op, self, args[1]!);
    };
  }
  return out;
}

/** Methods taking no argument beyond the receiver (slot wrappers: `expected 0 arguments`). */
export function unaryDunders<T extends PyValue>(
  type: PyType,
  is: (v: PyValue) => v is T,
  methods: Record<string, (vm: Interp, self: T) => PyValue>,
): Record<string, NativeFn> {
  const out: Record<string, NativeFn> = {};
  for (const [name, fn] of Object.entries(methods)) {
    out[name] = (vm, args, kwargs) => {
      const self = slotSelf(args, type, name, is);
      slotArgs(args, kwargs, 0, name);
      return fn(vm, self);
    };
  }
  return out;
}

/** Named methods without arguments (METH_NOARGS: `int.bit_length() takes no arguments (1 given)`). */
export function noArgMethods<T extends PyValue>(
  type: PyType,
  is: (v: PyValue) => v is T,
  methods: Record<string, (vm: Interp, self: T) => PyValue>,
): Record<string, NativeFn> {
  const out: Record<string, NativeFn> = {};
  for (const [name, fn] of Object.entries(methods)) {
    out[name] = (vm, args, kwargs) => {
      const self = methodSelf(args, type, name, is);
      if (kwargs !== null && kwargs.names.length > 0) throw typeError(`${type.name}.${name}() takes no keyword arguments`);
      if (args.length !== 1) throw typeError(`${type.name}.${name}() takes no arguments (${args.length - 1} given)`);
      return fn(vm, self);
    };
  }
  return out;
}

/** Getters of computed attributes: the receiver is already of the type. */
export function getters<T extends PyValue>(methods: Record<string, (self: T) => PyValue>): Record<string, NativeFn> {
  const out: Record<string, NativeFn> = {};
  for (const [name, fn] of Object.entries(methods)) out[name] = (_vm, args) => fn(args[0] as T);
  return out;
}

/** Dunders that number types define as ordinary methods rather than C slots. */
const METHOD_DUNDERS = new Set(['__format__', '__round__', '__trunc__', '__floor__', '__ceil__', '__getnewargs__', '__sizeof__', '__complex__']);

/**
 * Puts a number type's methods into its dict as CPython has them: slot dunders as
 * wrapper_descriptors, __new__ as a builtin bound to the type (tp_new_wrapper), everything else
 * as method_descriptors. The implementations check their own arguments (the helpers above).
 */
export function defineNumberMethods(type: PyType, defs: Record<string, NativeFn>): void {
  for (const [name, fn] of Object.entries(defs)) {
    const id = `${type.name}.${name}`;
    registerNative(id, fn);
    const isDunder = name.startsWith('__') && name.endsWith('__');
    const kind = name === '__new__' ? builtinFunctionType : isDunder && !METHOD_DUNDERS.has(name) ? wrapperDescriptorType : methodDescriptorType;
    type.dict.set(name, new PyBuiltinFunction(kind, name, id, id, fn, name === '__new__' ? type : null));
  }
}

/** T.__new__(cls, ...) (tp_new_wrapper): bound to T, it checks cls, then constructs with
 * args[0] = cls. */
export function typeNew(type: PyType, construct: (vm: Interp, args: PyValue[], kwargs: Kwargs | null) => PyValue): NativeFn {
  return (vm, boundArgs, kwargs) => {
    const args = boundArgs.slice(1);
    const cls = args[0];
    if (cls === undefined) throw typeError(`${type.name}.__new__(): not enough arguments`);
    if (!(cls instanceof PyType)) throw typeError(`${type.name}.__new__(X): X is not a type object (${typeName(cls)})`);
    if (!cls.isSubtypeOf(type)) throw typeError(`${type.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${type.name}`);
    // The nearest builtin base of cls must not have a __new__ of its own (int.__new__(bool)).
    const staticBase = cls.mro.find((t) => !t.isHeapType());
    if (staticBase !== undefined && staticBase !== type && staticBase.dict.has('__new__')) {
      throw typeError(`${type.name}.__new__(${cls.name}) is not safe, use ${staticBase.name}.__new__()`);
    }
    return construct(vm, args, kwargs);
  };
}
