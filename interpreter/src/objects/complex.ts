// complex: the layout (two doubles) and the arithmetic of Objects/complexobject.c, including
// CPython 3.14's mixed-mode rules (a real operand is not widened to complex(x, 0), C99 Annex G)
// and the recovery of infinities in products and quotients.
import { PyObject, makeBuiltinType } from './object.ts';
import { zeroDivisionError, overflowError } from '../vm/raise.ts';
import { complexRepr } from './repr.ts';
import { PyFloat, powPositive, hypot, expCR, logCR, sinCR, cosCR, atan2CR } from './float.ts';
import { compareIntFloat } from './int.ts';

export const complexType = makeBuiltinType('complex');

export class PyComplex extends PyObject {
  constructor(readonly re: number, readonly im: number) {
    super(complexType);
  }
}

export function newComplex(re: number, im: number): PyComplex {
  return new PyComplex(re, im);
}

/** An operand of complex arithmetic: a complex, or a real (an int or float already converted to
 * a double by the caller). */
export type ComplexOperand = PyComplex | number;

const copysign = (x: number, y: number) => (y < 0 || Object.is(y, -0) ? -Math.abs(x) : Math.abs(x));
const isInf = (x: number) => x === Infinity || x === -Infinity;

export function complexAdd(a: ComplexOperand, b: ComplexOperand): PyComplex {
  if (typeof a === 'number') {
    if (typeof b === 'number') return new PyComplex(a + b, 0);
    return new PyComplex(a + b.re, b.im);
  }
  if (typeof b === 'number') return new PyComplex(a.re + b, a.im);
  return new PyComplex(a.re + b.re, a.im + b.im);
}

export function complexSub(a: ComplexOperand, b: ComplexOperand): PyComplex {
  if (typeof a === 'number') {
    if (typeof b === 'number') return new PyComplex(a - b, 0);
    return new PyComplex(a - b.re, -b.im);
  }
  if (typeof b === 'number') return new PyComplex(a.re - b, a.im);
  return new PyComplex(a.re - b.re, a.im - b.im);
}

/** _Py_c_prod */
function cProd(a: number, b: number, c: number, d: number): [number, number] {
  const ac = a * c, bd = b * d, ad = a * d, bc = b * c;
  let re = ac - bd, im = ad + bc;
  if (re !== re && im !== im) {
    let recalc = false;
    if (isInf(a) || isInf(b)) {
      a = copysign(isInf(a) ? 1 : 0, a);
      b = copysign(isInf(b) ? 1 : 0, b);
      if (c !== c) c = copysign(0, c);
      if (d !== d) d = copysign(0, d);
      recalc = true;
    }
    if (isInf(c) || isInf(d)) {
      c = copysign(isInf(c) ? 1 : 0, c);
      d = copysign(isInf(d) ? 1 : 0, d);
      if (a !== a) a = copysign(0, a);
      if (b !== b) b = copysign(0, b);
      recalc = true;
    }
    if (!recalc && (isInf(ac) || isInf(bd) || isInf(ad) || isInf(bc))) {
      if (a !== a) a = copysign(0, a);
      if (b !== b) b = copysign(0, b);
      if (c !== c) c = copysign(0, c);
      if (d !== d) d = copysign(0, d);
      recalc = true;
    }
    if (recalc) {
      re = Infinity * (a * c - b * d);
      im = Infinity * (a * d + b * c);
    }
  }
  return [re, im];
}

export function complexMul(a: ComplexOperand, b: ComplexOperand): PyComplex {
  if (typeof a === 'number') {
    if (typeof b === 'number') return new PyComplex(a * b, 0);
    return new PyComplex(a * b.re, a * b.im);
  }
  if (typeof b === 'number') return new PyComplex(a.re * b, a.im * b);
  const [re, im] = cProd(a.re, a.im, b.re, b.im);
  return new PyComplex(re, im);
}

/** _Py_c_quot; returns null for division by zero (EDOM). */
function cQuot(ar: number, ai: number, br: number, bi: number): [number, number] | null {
  const absBr = Math.abs(br), absBi = Math.abs(bi);
  let re: number, im: number;
  if (absBr >= absBi) {
    if (absBr === 0) return null;
    const ratio = bi / br;
    const denom = br + bi * ratio;
    re = (ar + ai * ratio) / denom;
    im = (ai - ar * ratio) / denom;
  } else if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    re = (ar * ratio + ai) / denom;
    im = (ai * ratio - ar) / denom;
  } else {
    re = im = NaN;
  }
  if (re !== re && im !== im) {
    if ((isInf(ar) || isInf(ai)) && isFinite(br) && isFinite(bi)) {
      const x = copysign(isInf(ar) ? 1 : 0, ar);
      const y = copysign(isInf(ai) ? 1 : 0, ai);
      re = Infinity * (x * br + y * bi);
      im = Infinity * (y * br - x * bi);
    } else if ((isInf(absBr) || isInf(absBi)) && isFinite(ar) && isFinite(ai)) {
      const x = copysign(isInf(br) ? 1 : 0, br);
      const y = copysign(isInf(bi) ? 1 : 0, bi);
      re = 0 * (ar * x + ai * y);
      im = 0 * (ai * x - ar * y);
    }
  }
  return [re, im];
}

/** _Py_rc_quot: a real divided by a complex. */
function rcQuot(a: number, br: number, bi: number): [number, number] | null {
  const absBr = Math.abs(br), absBi = Math.abs(bi);
  let re: number, im: number;
  if (absBr >= absBi) {
    if (absBr === 0) return null;
    const ratio = bi / br;
    const denom = br + bi * ratio;
    re = a / denom;
    im = (-a * ratio) / denom;
  } else if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    re = (a * ratio) / denom;
    im = -a / denom;
  } else {
    re = im = NaN;
  }
  if (re !== re && im !== im && (isInf(absBr) || isInf(absBi)) && isFinite(a)) {
    const x = copysign(isInf(br) ? 1 : 0, br);
    const y = copysign(isInf(bi) ? 1 : 0, bi);
    re = 0 * (a * x);
    im = 0 * (-a * y);
  }
  return [re, im];
}

export function complexTrueDiv(a: ComplexOperand, b: ComplexOperand): PyComplex {
  let r: [number, number] | null;
  if (typeof b === 'number') {
    if (b === 0) throw zeroDivisionError('division by zero');
    if (typeof a === 'number') return new PyComplex(a / b, 0);
    return new PyComplex(a.re / b, a.im / b);
  }
  if (typeof a === 'number') r = rcQuot(a, b.re, b.im);
  else r = cQuot(a.re, a.im, b.re, b.im);
  if (r === null) throw zeroDivisionError('division by zero');
  return new PyComplex(r[0], r[1]);
}

function cPowu(xr: number, xi: number, n: number): [number, number] {
  let rr = 1, ri = 0, pr = xr, pi = xi;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) [rr, ri] = cProd(rr, ri, pr, pi);
    mask <<= 1;
    [pr, pi] = cProd(pr, pi, pr, pi);
  }
  return [rr, ri];
}

/** complex ** complex (complex_pow), on the parts. */
export function complexPow(ar: number, ai: number, br: number, bi: number): PyComplex {
  let re: number, im: number;
  let edom = false;
  let erange = false;
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) {
    const n = br;
    if (n > 0) [re, im] = cPowu(ar, ai, n);
    else if (n === 0) [re, im] = [1, 0];
    else {
      const [pr, pi] = cPowu(ar, ai, -n);
      const q = cQuot(1, 0, pr, pi);
      if (q === null) {
        edom = true;
        re = im = 0;
      } else [re, im] = q;
    }
  } else if (br === 0 && bi === 0) {
    re = 1;
    im = 0;
  } else if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) edom = true;
    re = im = 0;
  } else {
    const vabs = hypot(ar, ai);
    let len = vabs === 1 || vabs === 0 || !isFinite(vabs) || !isFinite(br) ? Math.pow(vabs, br) : powPositive(vabs, br);
    const at = atan2CR(ai, ar);
    let phase = at * br;
    if (bi !== 0) {
      len *= expCR(-at * bi);
      phase += bi * logCR(vabs);
    }
    if (isInf(phase)) edom = true; // cos/sin of an infinity set EDOM in libm
    re = len * cosCR(phase);
    im = len * sinCR(phase);
  }
  // _Py_ADJUST_ERANGE2: an infinite part is an overflow
  if (isInf(re) || isInf(im)) erange = true;
  if (edom) throw zeroDivisionError('zero to a negative or complex power');
  if (erange) throw overflowError('complex exponentiation');
  return new PyComplex(re, im);
}

export function complexPowOperands(a: ComplexOperand, b: ComplexOperand): PyComplex {
  const ar = typeof a === 'number' ? a : a.re, ai = typeof a === 'number' ? 0 : a.im;
  const br = typeof b === 'number' ? b : b.re, bi = typeof b === 'number' ? 0 : b.im;
  return complexPow(ar, ai, br, bi);
}

export function complexNeg(a: PyComplex): PyComplex {
  return new PyComplex(-a.re, -a.im);
}

export function complexPos(a: PyComplex): PyComplex {
  return new PyComplex(a.re, a.im);
}

export function complexConjugate(a: PyComplex): PyComplex {
  return new PyComplex(a.re, -a.im);
}

/** abs(complex) (complex_abs) */
export function complexAbs(a: PyComplex): number {
  if (isInf(a.re) || isInf(a.im)) return Infinity;
  if (a.re !== a.re || a.im !== a.im) return NaN;
  const r = hypot(a.re, a.im);
  if (isInf(r)) throw overflowError('absolute value too large');
  return r;
}

export function complexBool(a: PyComplex): boolean {
  return a.re !== 0 || a.im !== 0;
}

/** complex == other (complex_richcompare): an int is compared exactly with the real part (no
 * conversion to float, so no OverflowError and no rounding); null when other is not a number. */
export function complexEqualsNumber(a: PyComplex, other: unknown): boolean | null {
  if (other instanceof PyComplex) return a.re === other.re && a.im === other.im;
  if (other instanceof PyFloat) return a.re === other.value && a.im === 0;
  if (typeof other === 'number' || typeof other === 'bigint' || typeof other === 'boolean') {
    return a.im === 0 && compareIntFloat(other, a.re) === 0;
  }
  return null;
}

/** repr(complex) and str(complex) */
export function complexStr(a: PyComplex): string {
  return complexRepr(a.re, a.im);
}
