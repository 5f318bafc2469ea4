// The methods and attributes of int and bool (Objects/longobject.c: long_methods, long_getset,
// long_as_number; Objects/boolobject.c: bool_as_number): bit_length, to_bytes/from_bytes,
// as_integer_ratio, real/imag/numerator/denominator, and the operator dunders. The arithmetic
// itself is in int.ts.

import { NotImplemented, None, intType, boolType, intFromBigInt, type PyType, type PyValue } from './object.ts';
import type { Kwargs } from './function.ts';
import { defineClassMethods, defineGetters } from './descriptors.ts';
import {
  intValue, intBitLength, intBitCount, intToBytes, intFromBytes, intDivmod, intPowMod, intPow, intRound, intNeg,
  intAbs, intInvert, intBool, intToFloat, intToDecimalString, type IntLike,
} from './int.ts';
import { PyFloat } from './float.ts';
import { PyBytes, bytesFrom } from './bytes.ts';
import { PyList } from './list.ts';
import { PyTuple, newTuple } from './tuple.ts';
import { indexValue, ssizeArg, typeName, unpack } from './str-args.ts';
import { binaryDunders, compareDunders, unaryDunders, noArgMethods, getters, slotSelf, slotArgs, methodSelf, typeNew, defineNumberMethods } from './number-slots.ts';
import { callIntType, callBoolType } from '../builtins/constructors.ts';
import { BinaryOp } from '../compiler/opcodes.ts';
import { intBinaryOp, nativeBinaryOp, nativeCompare, UNSUPPORTED, UNSUPPORTED_NEEDS_VM } from '../vm/operators.ts';
import type { Interp } from '../vm/interp.ts';
import { RaisedException, memoryError, typeError, valueError } from '../vm/raise.ts';
import * as E from './exceptions.ts';

const isIntLike = (v: PyValue): v is number | bigint | boolean =>
  typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
const isBool = (v: PyValue): v is boolean => typeof v === 'boolean';

/** Keyword-only `signed` after at most two positional parameters (to_bytes, from_bytes). */
function bytesMethodArgs(name: string, args: PyValue[], kwargs: Kwargs | null, params: string[], required: number): (PyValue | undefined)[] {
  if (args.length - 1 > 2) throw typeError(`${name}() takes at most 2 positional arguments (${args.length - 1} given)`);
  return unpack(name, args, kwargs, params, 0, required);
}

function byteorderArg(name: string, v: PyValue | undefined): boolean {
  if (v === undefined) return false;
  if (typeof v !== 'string') throw typeError(`${name}() argument 'byteorder' must be str, not ${typeName(v)}`);
  if (v === 'little') return true;
  if (v === 'big') return false;
  throw valueError("byteorder must be either 'little' or 'big'");
}

/** The bytes of a bytes-like object or an iterable of ints (PyObject_Bytes, as from_bytes uses it). */
function bytesOf(vm: Interp, v: PyValue): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  if (typeof v === 'string') throw typeError("cannot convert 'str' object to bytes");
  let items: readonly PyValue[];
  if (v instanceof PyList || v instanceof PyTuple) items = v.items;
  else {
    let it: PyValue;
    try {
      it = vm.getIter(v);
    } catch (e) {
      if (e instanceof RaisedException && e.exc.type.isSubtypeOf(E.TypeError)) {
        throw typeError(`cannot convert '${typeName(v)}' object to bytes`);
      }
      throw e;
    }
    const out: PyValue[] = [];
    for (let x = vm.iterNext(it); x !== undefined; x = vm.iterNext(it)) out.push(x);
    items = out;
  }
  const data = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const x = items[i]!;
    const n = indexValue(vm, x);
    if (n === null) throw typeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
    if (n < 0 || n > 255) throw valueError('bytes must be in range(0, 256)');
    data[i] = Number(n);
  }
  return data;
}

/** An int slot on two int-like operands (bools count as ints: int.__and__(True, True) is 1). */
function intApply(_vm: Interp, op: BinaryOp, a: PyValue, b: PyValue): PyValue {
  return intBinaryOp(op, a as IntLike, b as IntLike);
}

/** int ** int [% mod] (long_pow). */
function intPowSlot(args: PyValue[], kwargs: Kwargs | null, name: string, reflected: boolean): PyValue {
  const self = slotSelf(args, intType, name, isIntLike);
  if (kwargs !== null && kwargs.names.length > 0) throw typeError(`wrapper ${name}() takes no keyword arguments`);
  const n = args.length - 1;
  if (n < 1 || n > 2) throw typeError(`expected 1 or 2 arguments, got ${n}`);
  const other = args[1]!;
  const mod = n === 2 ? args[2]! : None;
  if (!isIntLike(other)) return NotImplemented;
  const [base, exp] = reflected ? [other, self] : [self, other];
  if (mod === None) return intPow(base, exp);
  if (!isIntLike(mod)) return NotImplemented;
  return intPowMod(base, exp, mod);
}

/** sys.getsizeof of an int without the GC header: 30-bit digits, at least one. */
function intSizeof(v: IntLike): number {
  const bits = intBitLength(v);
  return 24 + 4 * Math.max(1, Math.ceil(bits / 30));
}

function intRoundSlot(vm: Interp, args: PyValue[], kwargs: Kwargs | null): PyValue {
  const self = slotSelf(args, intType, '__round__', isIntLike);
  if (kwargs !== null && kwargs.names.length > 0) throw typeError('__round__() takes no keyword arguments');
  if (args.length > 2) throw typeError(`__round__ expected at most 1 argument, got ${args.length - 1}`);
  const nd = args[1];
  if (nd === undefined || nd === None) return intValue(self);
  const n = indexValue(vm, nd);
  if (n === null) throw typeError(`'${typeName(nd)}' object cannot be interpreted as an integer`);
  return intRound(self, n);
}

const INT_BINARY = [
  BinaryOp.ADD, BinaryOp.SUBTRACT, BinaryOp.MULTIPLY, BinaryOp.TRUE_DIVIDE, BinaryOp.FLOOR_DIVIDE, BinaryOp.REMAINDER,
  BinaryOp.LSHIFT, BinaryOp.RSHIFT, BinaryOp.AND, BinaryOp.OR, BinaryOp.XOR,
];

defineNumberMethods(intType, {
  __new__: typeNew(intType, (vm, args, kwargs) => callIntType(vm, args.slice(1), kwargs)),
  ...binaryDunders(intType, isIntLike, isIntLike, INT_BINARY, intApply),
  __divmod__(_vm, args, kwargs) {
    const self = slotSelf(args, intType, '__divmod__', isIntLike);
    slotArgs(args, kwargs, 1, '__divmod__');
    return isIntLike(args[1]!) ? newTuple(intDivmod(self, args[1]!)) : NotImplemented;
  },
  __rdivmod__(_vm, args, kwargs) {
    const self = slotSelf(args, intType, '__rdivmod__', isIntLike);
    slotArgs(args, kwargs, 1, '__rdivmod__');
    return isIntLike(args[1]!) ? newTuple(intDivmod(args[1]!, self)) : NotImplemented;
  },
  __pow__: (_vm, args, kwargs) => intPowSlot(args, kwargs, '__pow__', false),
  __rpow__: (_vm, args, kwargs) => intPowSlot(args, kwargs, '__rpow__', true),
  ...compareDunders(intType, isIntLike, (_vm, op, self, other) => (isIntLike(other) ? nativeCompare(op, self, other) as PyValue : NotImplemented)),
  ...unaryDunders(intType, isIntLike, {
    __neg__: (_vm, v) => intNeg(v),
    __pos__: (_vm, v) => intValue(v),
    __abs__: (_vm, v) => intAbs(v),
    __invert__: (_vm, v) => intInvert(v),
    __bool__: (_vm, v) => intBool(v),
    __int__: (_vm, v) => intValue(v),
    __index__: (_vm, v) => intValue(v),
    __float__: (_vm, v) => new PyFloat(intToFloat(v)),
    __trunc__: (_vm, v) => intValue(v),
    __floor__: (_vm, v) => intValue(v),
    __ceil__: (_vm, v) => intValue(v),
    __hash__: (vm, v) => intFromBigInt(vm.hash(v)),
    __repr__: (_vm, v) => intToDecimalString(v),
    __sizeof__: (_vm, v) => intSizeof(v),
    __getnewargs__: (_vm, v) => newTuple([intValue(v)]),
  }),
  __round__: (vm, args, kwargs) => intRoundSlot(vm, args, kwargs),
  ...noArgMethods(intType, isIntLike, {
    bit_length: (_vm, v) => intBitLength(v),
    bit_count: (_vm, v) => intBitCount(v),
    as_integer_ratio: (_vm, v) => newTuple([intValue(v), 1]),
    conjugate: (_vm, v) => intValue(v),
    is_integer: () => true,
  }),
  /** int.to_bytes(length=1, byteorder='big', *, signed=False) */
  to_bytes(vm, args, kwargs) {
    const self = methodSelf(args, intType, 'to_bytes', isIntLike);
    const [length, order, signed] = bytesMethodArgs('to_bytes', args, kwargs, ['length', 'byteorder', 'signed'], 0);
    const n = length === undefined ? 1 : ssizeArg(vm, length);
    const little = byteorderArg('to_bytes', order);
    const isSigned = signed !== undefined && vm.truthy(signed);
    if (n < 0) throw valueError('length argument must be non-negative');
    if (n > 0x7fffffff) throw memoryError();
    vm.charge(n);
    return bytesFrom(intToBytes(self, n, little, isSigned));
  },
});

/** int.from_bytes(bytes, byteorder='big', *, signed=False): a classmethod; a subclass (bool)
 * gets cls(result). */
defineClassMethods(intType, {
  from_bytes(vm, args, kwargs) {
    const cls = args[0] as PyType;
    const [bytes, order, signed] = bytesMethodArgs('from_bytes', args, kwargs, ['bytes', 'byteorder', 'signed'], 1);
    const little = byteorderArg('from_bytes', order);
    const isSigned = signed !== undefined && vm.truthy(signed);
    const r = intFromBytes(bytesOf(vm, bytes!), little, isSigned);
    if (cls === intType) return r;
    if (cls === boolType) return r !== 0;
    return vm.callNested(cls, [r]);
  },
});

defineGetters(intType, getters<IntLike>({
  real: (v) => intValue(v),
  imag: () => 0,
  numerator: (v) => intValue(v),
  denominator: () => 1,
}));

/** bool's own & | ^ keep a bool when both operands are bools (bool_and...). */
function boolApply(_vm: Interp, op: BinaryOp, a: PyValue, b: PyValue): PyValue {
  const r = nativeBinaryOp(op, a, b);
  return r === UNSUPPORTED || r === UNSUPPORTED_NEEDS_VM ? NotImplemented : r;
}

defineNumberMethods(boolType, {
  __new__: typeNew(boolType, (vm, args, kwargs) => callBoolType(vm, args.slice(1), kwargs)),
  ...binaryDunders(boolType, isBool, isIntLike, [BinaryOp.AND, BinaryOp.OR, BinaryOp.XOR], boolApply),
  ...unaryDunders(boolType, isBool, {
    __repr__: (_vm, v) => (v ? 'True' : 'False'),
  }),
});
