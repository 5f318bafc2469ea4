// The constructor, methods and attributes of complex (Objects/complexobject.c: complex_new,
// complex_methods, complex_members, complex_as_number): complex(real, imag) and complex(string),
// conjugate, real/imag, from_number, and the operator dunders. Arithmetic is in complex.ts.

import { NotImplemented, None, typeOf, intFromBigInt, type PyType, type PyValue } from './object.ts';
import type { Kwargs } from './function.ts';
import { defineClassMethods, defineGetters } from './descriptors.ts';
import { PyComplex, complexType, complexAbs, complexEqualsNumber } from './complex.ts';
import { PyFloat } from './float.ts';
import { complexRepr } from './repr.ts';
import { newTuple } from './tuple.ts';
import { complexFromString } from './number-parse.ts';
import { typeName, unpack } from './str-args.ts';
import { realNumberValue } from './float-methods.ts';
import { binaryDunders, compareDunders, unaryDunders, noArgMethods, getters, slotSelf, typeNew, defineNumberMethods } from './number-slots.ts';
import { BinaryOp } from '../compiler/opcodes.ts';
import { CompareOp, type Interp } from '../vm/interp.ts';
import { nativeBinaryOp, UNSUPPORTED, UNSUPPORTED_NEEDS_VM } from '../vm/operators.ts';
import { typeError, valueError } from '../vm/raise.ts';

const isComplex = (v: PyValue): v is PyComplex => v instanceof PyComplex;
/** The operands complex's slots accept: complex, float and int. */
const isNumber = (v: PyValue): boolean =>
  v instanceof PyComplex || v instanceof PyFloat || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';

function complexApply(_vm: Interp, op: BinaryOp, a: PyValue, b: PyValue): PyValue {
  const r = nativeBinaryOp(op, a, b);
  return r === UNSUPPORTED || r === UNSUPPORTED_NEEDS_VM ? NotImplemented : r;
}

/** complex ** x [% mod] (complex_pow: any modulus is a ValueError). */
function complexPowSlot(vm: Interp, args: PyValue[], kwargs: Kwargs | null, name: string, reflected: boolean): PyValue {
  const self = slotSelf(args, complexType, name, isComplex);
  if (kwargs !== null && kwargs.names.length > 0) throw typeError(`wrapper ${name}() takes no keyword arguments`);
  const n = args.length - 1;
  if (n < 1 || n > 2) throw typeError(`expected 1 or 2 arguments, got ${n}`);
  const other = args[1]!;
  if (!isNumber(other)) return NotImplemented;
  if (n === 2 && args[2] !== None) throw valueError('complex modulo');
  return reflected ? complexApply(vm, BinaryOp.POWER, other, self) : complexApply(vm, BinaryOp.POWER, self, other);
}

/** The value of __complex__, checked (try_complex_special_method); undefined without one. */
function complexSpecial(vm: Interp, v: PyValue): PyComplex | undefined {
  const t = typeOf(v);
  if (v instanceof PyComplex || t.lookup('__complex__') === undefined) return undefined;
  const r = vm.callNested(vm.getAttr(v, '__complex__'), []);
  if (!(r instanceof PyComplex)) throw typeError(`__complex__ returned non-complex (type ${typeName(r)})`);
  return r;
}

function forClass(vm: Interp, cls: PyType, re: number, im: number): PyValue {
  const c = new PyComplex(re, im);
  return cls === complexType ? c : vm.callNested(cls, [c]);
}

/** complex(real=0, imag=0) and complex(string) (complex_new, 3.14): a string only as the sole
 * positional argument; otherwise each part a complex or a real number. */
function complexNew(vm: Interp, args: PyValue[], kwargs: Kwargs | null): PyValue {
  const cls = args[0] as PyType;
  if (args.length === 2 && (kwargs === null || kwargs.names.length === 0)) {
    // complex_from_string_or_number
    const x = args[1]!;
    if (typeof x === 'string') {
      const [re, im] = complexFromString(x);
      return forClass(vm, cls, re, im);
    }
    if (x instanceof PyComplex) return cls === complexType ? x : forClass(vm, cls, x.re, x.im);
    const special = complexSpecial(vm, x);
    if (special !== undefined) return forClass(vm, cls, special.re, special.im);
    const r = realNumberValue(vm, x);
    if (r === null) throw typeError(`complex() argument must be a string or a number, not ${typeName(x)}`);
    return forClass(vm, cls, r, 0);
  }
  const [real, imag] = unpack('complex', args, kwargs, ['real', 'imag'], 0, 0);
  let re = 0, reIm = 0, realIsComplex = false;
  if (real !== undefined) {
    const c = real instanceof PyComplex ? real : complexSpecial(vm, real);
    if (c !== undefined) {
      re = c.re;
      reIm = c.im;
      realIsComplex = true;
    } else {
      const r = realNumberValue(vm, real);
      if (r === null) throw typeError(`complex() argument 'real' must be a real number, not ${typeName(real)}`);
      re = r;
    }
  }
  if (imag === undefined) return forClass(vm, cls, re, reIm);
  let im: number;
  if (imag instanceof PyComplex) {
    re -= imag.im;
    im = imag.re;
  } else {
    const r = realNumberValue(vm, imag);
    if (r === null) throw typeError(`complex() argument 'imag' must be a real number, not ${typeName(imag)}`);
    im = r;
  }
  // real + imag*1j, part by part (complex_new_impl).
  return forClass(vm, cls, re, realIsComplex ? im + reIm : im);
}

defineNumberMethods(complexType, {
  __new__: typeNew(complexType, complexNew),
  ...binaryDunders(complexType, isComplex, isNumber,
    [BinaryOp.ADD, BinaryOp.SUBTRACT, BinaryOp.MULTIPLY, BinaryOp.TRUE_DIVIDE], complexApply),
  __pow__: (vm, args, kwargs) => complexPowSlot(vm, args, kwargs, '__pow__', false),
  __rpow__: (vm, args, kwargs) => complexPowSlot(vm, args, kwargs, '__rpow__', true),
  // complex_richcompare: only == and != against numbers; ordering is NotImplemented.
  ...compareDunders(complexType, isComplex, (_vm, op, self, other) => {
    const eq = op === CompareOp.EQ || op === CompareOp.NE ? complexEqualsNumber(self, other) : null;
    return eq === null ? NotImplemented : eq === (op === CompareOp.EQ);
  }),
  ...unaryDunders(complexType, isComplex, {
    __neg__: (_vm, v) => new PyComplex(-v.re, -v.im),
    __pos__: (_vm, v) => v,
    __abs__: (_vm, v) => new PyFloat(complexAbs(v)),
    __bool__: (_vm, v) => v.re !== 0 || v.im !== 0,
    __complex__: (_vm, v) => v,
    __hash__: (vm, v) => intFromBigInt(vm.hash(v)),
    __repr__: (_vm, v) => complexRepr(v.re, v.im),
    __getnewargs__: (_vm, v) => newTuple([new PyFloat(v.re), new PyFloat(v.im)]),
    __sizeof__: () => 32,
  }),
  ...noArgMethods(complexType, isComplex, {
    conjugate: (_vm, v) => new PyComplex(v.re, -v.im),
  }),
});

defineClassMethods(complexType, {
  /** complex.from_number(number) (3.14): a complex or a real number, never a string. */
  from_number(vm, args, kwargs) {
    if ((kwargs !== null && kwargs.names.length) || args.length !== 2) {
      throw typeError(`complex.from_number() takes exactly one argument (${args.length - 1} given)`);
    }
    const x = args[1]!;
    const cls = args[0] as PyType;
    if (x instanceof PyComplex) return forClass(vm, cls, x.re, x.im);
    const special = complexSpecial(vm, x);
    if (special !== undefined) return forClass(vm, cls, special.re, special.im);
    const r = realNumberValue(vm, x);
    if (r === null) throw typeError(`must be real number, not ${typeName(x)}`);
    return forClass(vm, cls, r, 0);
  },
});

defineGetters(complexType, getters<PyComplex>({
  real: (v) => new PyFloat(v.re),
  imag: (v) => new PyFloat(v.im),
}), true);
