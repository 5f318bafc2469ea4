// The methods and attributes of float (Objects/floatobject.c: float_methods, float_getset,
// float_as_number): is_integer, as_integer_ratio, hex, the classmethods fromhex and from_number,
// real/imag, and the operator dunders. The arithmetic itself is in float.ts.

import { NotImplemented, None, floatType, intFromBigInt, typeOf, type PyType, type PyValue } from './object.ts';
import type { Kwargs } from './function.ts';
import { defineClassMethods, defineGetters } from './descriptors.ts';
import {
  PyFloat, floatDivmod, floatIsInteger, floatAsIntegerRatio, floatHex, floatFromHex, floatToInt, floatFloor, floatCeil,
  floatRoundToInt, floatRound,
} from './float.ts';
import { intToFloat } from './int.ts';
import { floatRepr } from './repr.ts';
import { newTuple } from './tuple.ts';
import { indexValue, typeName } from './str-args.ts';
import { binaryDunders, compareDunders, unaryDunders, noArgMethods, getters, slotSelf, slotArgs, typeNew, defineNumberMethods } from './number-slots.ts';
import { callFloatType } from '../builtins/constructors.ts';
import { BinaryOp } from '../compiler/opcodes.ts';
import { nativeBinaryOp, nativeCompare, UNSUPPORTED, UNSUPPORTED_NEEDS_VM } from '../vm/operators.ts';
import type { Interp } from '../vm/interp.ts';
import { typeError } from '../vm/raise.ts';

const isFloat = (v: PyValue): v is PyFloat => v instanceof PyFloat;
const isIntLike = (v: PyValue): v is number | bigint | boolean =>
  typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
/** The operands float's slots accept: floats and ints (converted, with OverflowError past the
 * double range). */
const isReal = (v: PyValue): boolean => v instanceof PyFloat || isIntLike(v);
const toDouble = (v: PyValue): number => (v instanceof PyFloat ? v.value : intToFloat(v as number | bigint | boolean));

function floatApply(_vm: Interp, op: BinaryOp, a: PyValue, b: PyValue): PyValue {
  const r = nativeBinaryOp(op, a, b);
  return r === UNSUPPORTED || r === UNSUPPORTED_NEEDS_VM ? NotImplemented : r;
}

/** float ** x [% mod] (float_pow: a modulus is a TypeError). */
function floatPowSlot(vm: Interp, args: PyValue[], kwargs: Kwargs | null, name: string, reflected: boolean): PyValue {
  const self = slotSelf(args, floatType, name, isFloat);
  if (kwargs !== null && kwargs.names.length > 0) throw typeError(`wrapper ${name}() takes no keyword arguments`);
  const n = args.length - 1;
  if (n < 1 || n > 2) throw typeError(`expected 1 or 2 arguments, got ${n}`);
  const other = args[1]!;
  if (!isReal(other)) return NotImplemented;
  if (n === 2 && args[2] !== None) throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
  return reflected ? floatApply(vm, BinaryOp.POWER, other, self) : floatApply(vm, BinaryOp.POWER, self, other);
}

function divmodSlot(args: PyValue[], kwargs: Kwargs | null, name: string, reflected: boolean): PyValue {
  const self = slotSelf(args, floatType, name, isFloat);
  slotArgs(args, kwargs, 1, name);
  const other = args[1]!;
  if (!isReal(other)) return NotImplemented;
  const [a, b] = reflected ? [toDouble(other), self.value] : [self.value, toDouble(other)];
  const [q, r] = floatDivmod(a, b);
  return newTuple([new PyFloat(q), new PyFloat(r)]);
}

/** float.__round__(ndigits=None) (float___round___impl). */
function roundSlot(vm: Interp, args: PyValue[], kwargs: Kwargs | null): PyValue {
  const self = slotSelf(args, floatType, '__round__', isFloat);
  if (kwargs !== null && kwargs.names.length > 0) throw typeError('__round__() takes no keyword arguments');
  if (args.length > 2) throw typeError(`__round__ expected at most 1 argument, got ${args.length - 1}`);
  const nd = args[1];
  if (nd === undefined || nd === None) return floatRoundToInt(self.value);
  const n = indexValue(vm, nd);
  if (n === null) throw typeError(`'${typeName(nd)}' object cannot be interpreted as an integer`);
  // double_round clamps ndigits far beyond the double's range.
  const clamped = typeof n === 'bigint' ? (n > 0n ? 100000 : -100000) : n;
  return new PyFloat(floatRound(self.value, clamped));
}

/** A real number's value for float.from_number and complex(): a float, an int, __float__ or
 * __index__ (PyNumber_Float without the string parsing); null when v is none of these. */
export function realNumberValue(vm: Interp, v: PyValue): number | null {
  if (v instanceof PyFloat) return v.value;
  if (isIntLike(v)) return intToFloat(v);
  const t = typeOf(v);
  if (t.lookup('__float__') !== undefined) {
    const f = vm.callNested(vm.getAttr(v, '__float__'), []);
    if (!(f instanceof PyFloat)) throw typeError(`${t.name}.__float__ returned non-float (type ${typeName(f)})`);
    return f.value;
  }
  if (t.lookup('__index__') !== undefined) {
    const i = indexValue(vm, v)!;
    return intToFloat(i);
  }
  return null;
}

defineNumberMethods(floatType, {
  __new__: typeNew(floatType, (vm, args, kwargs) => callFloatType(vm, args.slice(1), kwargs)),
  ...binaryDunders(floatType, isFloat, isReal,
    [BinaryOp.ADD, BinaryOp.SUBTRACT, BinaryOp.MULTIPLY, BinaryOp.TRUE_DIVIDE, BinaryOp.FLOOR_DIVIDE, BinaryOp.REMAINDER], floatApply),
  __divmod__: (_vm, args, kwargs) => divmodSlot(args, kwargs, '__divmod__', false),
  __rdivmod__: (_vm, args, kwargs) => divmodSlot(args, kwargs, '__rdivmod__', true),
  __pow__: (vm, args, kwargs) => floatPowSlot(vm, args, kwargs, '__pow__', false),
  __rpow__: (vm, args, kwargs) => floatPowSlot(vm, args, kwargs, '__rpow__', true),
  ...compareDunders(floatType, isFloat, (_vm, op, self, other) => (isReal(other) ? nativeCompare(op, self, other) as PyValue : NotImplemented)),
  ...unaryDunders(floatType, isFloat, {
    __neg__: (_vm, v) => new PyFloat(-v.value),
    __pos__: (_vm, v) => v,
    __abs__: (_vm, v) => new PyFloat(Math.abs(v.value)),
    __bool__: (_vm, v) => v.value !== 0,
    __int__: (_vm, v) => floatToInt(v.value),
    __float__: (_vm, v) => v,
    __trunc__: (_vm, v) => floatToInt(v.value),
    __floor__: (_vm, v) => floatFloor(v.value),
    __ceil__: (_vm, v) => floatCeil(v.value),
    __hash__: (vm, v) => intFromBigInt(vm.hash(v)),
    __repr__: (_vm, v) => floatRepr(v.value),
    __sizeof__: () => 24,
    __getnewargs__: (_vm, v) => newTuple([v]),
  }),
  __round__: (vm, args, kwargs) => roundSlot(vm, args, kwargs),
  ...noArgMethods(floatType, isFloat, {
    is_integer: (_vm, v) => floatIsInteger(v.value),
    as_integer_ratio: (_vm, v) => newTuple(floatAsIntegerRatio(v.value)),
    hex: (_vm, v) => floatHex(v.value),
    conjugate: (_vm, v) => v,
  }),
});

/** The result of a float classmethod for `cls` (float_subtype_new for subclasses). */
function floatForClass(vm: Interp, cls: PyType, x: number): PyValue {
  const f = new PyFloat(x);
  return cls === floatType ? f : vm.callNested(cls, [f]);
}

defineClassMethods(floatType, {
  /** float.fromhex(string) (METH_O) */
  fromhex(vm, args, kwargs) {
    if ((kwargs !== null && kwargs.names.length) || args.length !== 2) {
      throw typeError(`float.fromhex() takes exactly one argument (${args.length - 1} given)`);
    }
    const s = args[1]!;
    if (typeof s !== 'string') throw typeError('bad argument type for built-in operation');
    return floatForClass(vm, args[0] as PyType, floatFromHex(s));
  },
  /** float.from_number(number) (3.14): a real number, never a string. */
  from_number(vm, args, kwargs) {
    if ((kwargs !== null && kwargs.names.length) || args.length !== 2) {
      throw typeError(`float.from_number() takes exactly one argument (${args.length - 1} given)`);
    }
    const x = realNumberValue(vm, args[1]!);
    if (x === null) throw typeError(`must be real number, not ${typeName(args[1]!)}`);
    return floatForClass(vm, args[0] as PyType, x);
  },
});

defineGetters(floatType, getters<PyFloat>({
  real: (v) => v,
  imag: () => new PyFloat(0),
}));
