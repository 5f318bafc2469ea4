// abs, divmod, pow, round (Python/bltinmodule.c builtin_abs, builtin_divmod, builtin_pow_impl,
// builtin_round_impl): builtin numbers natively, other types through their dunder methods.

import { None, NotImplemented, typeOf, isInt, type PyValue } from '../objects/object.ts';
import { PyFloat, floatDivmod, floatRound, floatRoundToInt } from '../objects/float.ts';
import { PyComplex, complexAbs } from '../objects/complex.ts';
import { intAbs, intDivmod, intPowMod, intRound, intValue } from '../objects/int.ts';
import { newTuple } from '../objects/tuple.ts';
import { typeName } from '../objects/str-args.ts';
import type { NativeFn } from '../objects/function.ts';
import { BinaryOp } from '../compiler/opcodes.ts';
import type { Interp } from '../vm/interp.ts';
import { typeError, valueError } from '../vm/raise.ts';
import { binaryOp, callSpecial, parseArgs, checkPositional, indexOrError, noKwargs, oneArg } from './common.ts';

const isIntLike = (v: PyValue): v is number | bigint | boolean => isInt(v) || typeof v === 'boolean';
const asFloat = (v: PyValue): number | null =>
  v instanceof PyFloat ? v.value : isIntLike(v) ? Number(intValue(v)) : null;

export const abs: NativeFn = (vm, args, kwargs) => {
  const v = oneArg('abs', args, kwargs);
  if (isIntLike(v)) return intAbs(v);
  if (v instanceof PyFloat) return new PyFloat(Math.abs(v.value));
  if (v instanceof PyComplex) return new PyFloat(complexAbs(v));
  const r = callSpecial(vm, v, '__abs__', []);
  if (r === undefined) throw typeError(`bad operand type for abs(): '${typeName(v)}'`);
  return r;
};

export const divmod: NativeFn = (vm, args, kwargs) => {
  noKwargs('divmod', kwargs);
  checkPositional('divmod', args.length, 2, 2);
  const [a, b] = args as [PyValue, PyValue];
  if (isIntLike(a) && isIntLike(b)) return newTuple(intDivmod(a, b));
  const fa = asFloat(a), fb = asFloat(b);
  if (fa !== null && fb !== null) {
    const [q, r] = floatDivmod(fa, fb);
    return newTuple([new PyFloat(q), new PyFloat(r)]);
  }
  return dunderDivmod(vm, a, b);
};

function dunderDivmod(vm: Interp, a: PyValue, b: PyValue): PyValue {
  const ta = typeOf(a), tb = typeOf(b);
  const rightFirst = ta !== tb && tb.isSubtypeOf(ta) && tb.lookup('__rdivmod__') !== undefined;
  if (rightFirst) {
    const x = callSpecial(vm, b, '__rdivmod__', [a]);
    if (x !== undefined && x !== NotImplemented) return x;
  }
  if (!(a instanceof PyComplex)) {
    const y = callSpecial(vm, a, '__divmod__', [b]);
    if (y !== undefined && y !== NotImplemented) return y;
  }
  if (!rightFirst && ta !== tb && !(b instanceof PyComplex)) {
    const z = callSpecial(vm, b, '__rdivmod__', [a]);
    if (z !== undefined && z !== NotImplemented) return z;
  }
  throw typeError(`unsupported operand type(s) for divmod(): '${typeName(a)}' and '${typeName(b)}'`);
}

/** pow(base, exp, mod=None) */
export const pow: NativeFn = (vm, args, kwargs) => {
  const [base, exp, mod] = parseArgs('pow', args, kwargs, ['base', 'exp', 'mod'], 0, 2) as [PyValue, PyValue, PyValue | undefined];
  if (mod === undefined || mod === None) return binaryOp(vm, BinaryOp.POWER, base, exp);
  if (isIntLike(base) && isIntLike(exp) && isIntLike(mod)) return intPowMod(base, exp, mod);
  return ternaryPow(vm, base, exp, mod);
};

/** Which nb_power slot a value's type has: the builtin numbers' own, a class's slot_nb_power
 * (when it defines __pow__ or __rpow__), or none. bool shares int's. */
type PowSlot = 'int' | 'float' | 'complex' | 'class' | null;
function powSlot(v: PyValue): PowSlot {
  if (isIntLike(v)) return 'int';
  if (v instanceof PyFloat) return 'float';
  if (v instanceof PyComplex) return 'complex';
  const t = typeOf(v);
  return t.isHeapType() && (t.lookup('__pow__') !== undefined || t.lookup('__rpow__') !== undefined) ? 'class' : null;
}

/** One slot called as slot(v, w, z) with z not None: long_pow, float_pow, complex_pow,
 * slot_nb_power (three-argument power never uses __rpow__). */
function callPowSlot(vm: Interp, slot: PowSlot, v: PyValue, w: PyValue, z: PyValue): PyValue {
  switch (slot) {
    case 'int':
      return isIntLike(v) && isIntLike(w) && isIntLike(z) ? intPowMod(v, w, z) : NotImplemented;
    case 'float':
      // float_pow rejects a modulus before it converts its operands.
      throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
    case 'complex': {
      const isComplexish = (x: PyValue) => asFloat(x) !== null || x instanceof PyComplex;
      if (!isComplexish(v) || !isComplexish(w)) return NotImplemented;
      throw valueError('complex modulo');
    }
    case 'class':
      return classPow(vm, v, w, z);
    default:
      return NotImplemented;
  }
}

/** slot_nb_power with a modulus (Objects/typeobject.c): v.__pow__(w, z), and w.__rpow__(v, z)
 * when w is of another class (first when that class is a subclass overriding __rpow__). */
function classPow(vm: Interp, v: PyValue, w: PyValue, z: PyValue): PyValue {
  const tv = typeOf(v), tw = typeOf(w);
  let doOther = tv !== tw && powSlot(w) === 'class';
  if (powSlot(v) === 'class') {
    if (doOther && tw.isSubtypeOf(tv) && tw.lookup('__rpow__') !== tv.lookup('__rpow__')) {
      const r = callSpecial(vm, w, '__rpow__', [v, z]) ?? NotImplemented;
      if (r !== NotImplemented) return r;
      doOther = false;
    }
    const r = callSpecial(vm, v, '__pow__', [w, z]) ?? NotImplemented;
    if (r !== NotImplemented || tv === tw) return r;
  }
  return doOther ? (callSpecial(vm, w, '__rpow__', [v, z]) ?? NotImplemented) : NotImplemented;
}

/** Objects/abstract.c ternary_op for pow(v, w, z): v's slot, w's (first when w's type is a
 * subclass of v's), then z's, each tried once. */
function ternaryPow(vm: Interp, v: PyValue, w: PyValue, z: PyValue): PyValue {
  const slotv = powSlot(v);
  let slotw = typeOf(w) !== typeOf(v) ? powSlot(w) : null;
  if (slotw === slotv) slotw = null;
  if (slotv !== null) {
    if (slotw !== null && typeOf(w).isSubtypeOf(typeOf(v))) {
      const x = callPowSlot(vm, slotw, v, w, z);
      if (x !== NotImplemented) return x;
      slotw = null;
    }
    const x = callPowSlot(vm, slotv, v, w, z);
    if (x !== NotImplemented) return x;
  }
  if (slotw !== null) {
    const x = callPowSlot(vm, slotw, v, w, z);
    if (x !== NotImplemented) return x;
  }
  const slotz = powSlot(z);
  if (slotz !== null && slotz !== slotv && slotz !== slotw) {
    const x = callPowSlot(vm, slotz, v, w, z);
    if (x !== NotImplemented) return x;
  }
  throw typeError(`unsupported operand type(s) for ** or pow(): '${typeName(v)}', '${typeName(w)}', '${typeName(z)}'`);
}

/** round(number, ndigits=None) */
export const round: NativeFn = (vm, args, kwargs) => {
  const [num, nd] = parseArgs('round', args, kwargs, ['number', 'ndigits'], 0, 1) as [PyValue, PyValue | undefined];
  const ndigits = nd === undefined ? None : nd;
  if (isIntLike(num)) {
    if (ndigits === None) return intValue(num);
    return intRound(num, indexOrError(vm, ndigits));
  }
  if (num instanceof PyFloat) {
    if (ndigits === None) return floatRoundToInt(num.value);
    const n = indexOrError(vm, ndigits);
    // double_round clamps ndigits far beyond the double's range.
    const clamped = typeof n === 'bigint' ? (n > 0n ? 100000 : -100000) : n;
    return new PyFloat(floatRound(num.value, clamped));
  }
  if (typeOf(num).lookup('__round__') === undefined) {
    throw typeError(`type ${typeName(num)} doesn't define __round__ method`);
  }
  return ndigits === None ? callSpecial(vm, num, '__round__', [])! : callSpecial(vm, num, '__round__', [ndigits])!;
};
