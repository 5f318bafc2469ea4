// int: arbitrary-precision integer semantics (Objects/longobject.c).
//
// Representation (README.md): a JS number when the value is a safe integer, else a bigint that is
// never in the safe range; bool is a subclass of int, so every operation here also accepts
// `boolean` operands (True is 1). Each operation has a number-only fast path that allocates
// nothing; the bigint path runs only when an operand or the result leaves the safe range.
// Results are normalized with intFromBigInt, so `===` on two ints is Python's `==`.

import { MAX_SAFE, intFromBigInt } from './object.ts';
import { raise, typeError, valueError, overflowError, zeroDivisionError, memoryError } from '../vm/raise.ts';
import * as E from './exceptions.ts';
import { PyFloat, powPositive } from './float.ts';

export type PyInt = number | bigint;
/** An int or a bool (bool is an int in arithmetic). */
export type IntLike = number | bigint | boolean;

/** CPython's default sys.get_int_max_str_digits(). */
export const INT_MAX_STR_DIGITS = 4300;
/** Bits beyond which a JS BigInt cannot grow (V8 caps BigInt at 2**30 bits): treat as MemoryError. */
const MAX_BIGINT_BITS = 1 << 30;

/** bool -> int; ints pass through. */
export function intValue(v: IntLike): PyInt {
  return typeof v === 'boolean' ? (v ? 1 : 0) : v;
}

function big(v: IntLike): bigint {
  return typeof v === 'bigint' ? v : BigInt(typeof v === 'boolean' ? (v ? 1 : 0) : v);
}

// --- + - * -------------------------------------------------------------------------------------


export function intAdd(a: IntLike, b: IntLike): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r;
  }
  return intFromBigInt(big(a) + big(b));
}

export function intSub(a: IntLike, b: IntLike): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r;
  }
  return intFromBigInt(big(a) - big(b));
}

export function intMul(a: IntLike, b: IntLike): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    // A product whose exact value is safe is computed exactly; otherwise the double is unsafe too.
    const r = a * b;
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r + 0;
  }
  return intFromBigInt(big(a) * big(b));
}

// --- // % divmod ------------------------------------------------------------------------------

/** Floor division of two safe integers, exact (JS % is exact; (a - a % b) / b is an exact
 * integer quotient). b !== 0. */
function smallFloorDiv(a: number, b: number): number {
  const r = a % b;
  let q = (a - r) / b;
  if (r !== 0 && r < 0 !== b < 0) q -= 1;
  return q + 0;
}

function smallMod(a: number, b: number): number {
  let r = a % b;
  if (r !== 0 && r < 0 !== b < 0) r += b;
  return r + 0;
}

function bigFloorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && a < 0n !== b < 0n) ? q - 1n : q;
}

function bigMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && r < 0n !== b < 0n ? r + b : r;
}

export function intFloorDiv(a: IntLike, b: IntLike): PyInt {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) return smallFloorDiv(a, b);
  const x = big(a), y = big(b);
  if (y === 0n) throw zeroDivisionError('division by zero');
  return intFromBigInt(bigFloorDiv(x, y));
}

export function intMod(a: IntLike, b: IntLike): PyInt {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) return smallMod(a, b);
  const x = big(a), y = big(b);
  if (y === 0n) throw zeroDivisionError('division by zero');
  return intFromBigInt(bigMod(x, y));
}

/** divmod(a, b) as [quotient, remainder]. */
export function intDivmod(a: IntLike, b: IntLike): [PyInt, PyInt] {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) return [smallFloorDiv(a, b), smallMod(a, b)];
  const x = big(a), y = big(b);
  if (y === 0n) throw zeroDivisionError('division by zero');
  return [intFromBigInt(bigFloorDiv(x, y)), intFromBigInt(bigMod(x, y))];
}

// --- true division (Objects/longobject.c: long_true_divide) ------------------------------------

const DBL_MANT_DIG = 53;
const DBL_MAX_EXP = 1024;
const DBL_MIN_EXP = -1021;

/** x * 2**e exactly (as C's ldexp), without overflow or underflow in the intermediate steps. */
export function ldexp(x: number, e: number): number {
  while (e > 1023) {
    x *= 8.98846567431158e307; // 2**1023
    e -= 1023;
    if (!isFinite(x)) return x;
  }
  while (e < -1022) {
    x *= 2.2250738585072014e-308; // 2**-1022
    e += 1022;
    if (x === 0) return x;
  }
  return x * 2 ** e;
}

/** Number of bits of |x| (int.bit_length). */
export function bigBitLength(x: bigint): number {
  if (x < 0n) x = -x;
  if (x === 0n) return 0;
  // toString(16) is linear and avoids a quadratic shift loop.
  const s = x.toString(16);
  return (s.length - 1) * 4 + (32 - Math.clz32(parseInt(s[0]!, 16)));
}

function numBitLength(x: number): number {
  if (x < 0) x = -x;
  if (x < 0x100000000) return 32 - Math.clz32(x);
  return 32 + (32 - Math.clz32(Math.floor(x / 0x100000000)));
}

/** a / b for ints, correctly rounded (long_true_divide). */
export function intTrueDiv(a: IntLike, b: IntLike): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw zeroDivisionError('division by zero');
    return a / b; // both exact doubles: IEEE division rounds correctly
  }
  let x = big(a), y = big(b);
  if (y === 0n) throw zeroDivisionError('division by zero');
  const negate = x < 0n !== y < 0n;
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  if (x === 0n) return negate ? -0 : 0;
  const aBits = bigBitLength(x);
  const bBits = bigBitLength(y);
  // Both exactly representable: a single correctly rounded division.
  if (aBits <= DBL_MANT_DIG && bBits <= DBL_MANT_DIG) {
    const r = Number(x) / Number(y);
    return negate ? -r : r;
  }
  const diff = aBits - bBits;
  if (diff > DBL_MAX_EXP) throw overflowError('integer division result too large for a float');
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return negate ? -0 : 0;
  // x/y lies in [2**(diff-1), 2**(diff+1)); scale so the quotient has DBL_MANT_DIG+2 or +3 bits.
  const shift = Math.max(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  let inexact = false;
  let q: bigint;
  if (shift <= 0) {
    const n = x << BigInt(-shift);
    q = n / y;
    if (q * y !== n) inexact = true;
  } else {
    const sb = BigInt(shift);
    const n = x >> sb;
    if (n << sb !== x) inexact = true;
    q = n / y;
    if (q * y !== n) inexact = true;
  }
  const qBits = bigBitLength(q);
  const extraBits = Math.max(qBits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  // Round q to drop extraBits low bits, half to even, with `inexact` as a sticky bit.
  const mask = 1n << BigInt(extraBits - 1);
  let low = q & ((mask << 2n) - 1n);
  if (inexact) low |= 1n;
  q -= q & ((mask << 1n) - 1n);
  if ((low & mask) !== 0n && (low & (3n * mask - 1n)) !== 0n) q += mask << 1n;
  const dq = Number(q); // exact: at most DBL_MANT_DIG significant bits
  if (shift + qBits >= DBL_MAX_EXP && (shift + qBits > DBL_MAX_EXP || dq === 2 ** qBits)) {
    throw overflowError('integer division result too large for a float');
  }
  const r = ldexp(dq, shift);
  return negate ? -r : r;
}

// --- conversions ---------------------------------------------------------------------------------

/** float(int): correctly rounded, OverflowError beyond the double range (PyLong_AsDouble). */
export function intToFloat(v: IntLike): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const r = Number(v); // round-half-even per the ECMAScript spec
  if (r === Infinity || r === -Infinity) throw overflowError('int too large to convert to float');
  return r;
}

/** The exact comparison of an int with a double: -1, 0 or 1, or NaN when f is NaN. */
export function compareIntFloat(i: IntLike, f: number): number {
  if (f !== f) return NaN;
  if (typeof i !== 'bigint') {
    const x = typeof i === 'boolean' ? (i ? 1 : 0) : i;
    return x < f ? -1 : x > f ? 1 : 0;
  }
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  // |i| >= 2**53 here; a non-integral f is below 2**52 in magnitude, so its floor decides.
  const fi = BigInt(Math.floor(f));
  if (i < fi) return -1;
  if (i > fi) return 1;
  return f === Math.floor(f) ? 0 : -1;
}

/** The comparison of two ints: -1, 0 or 1. */
export function intCompare(a: IntLike, b: IntLike): number {
  const x = intValue(a), y = intValue(b);
  return x < y ? -1 : x > y ? 1 : 0; // mixed number/bigint comparison is exact in JS
}

// --- ** ------------------------------------------------------------------------------------------

/** Bits of the result of |a| ** b (b >= 0) as an upper bound, for charging memory first.
 * Returns 0 for results that stay small (|a| <= 1). */
export function powResultBits(a: IntLike, b: IntLike): number {
  const x = intValue(a), y = intValue(b);
  if (y <= 0) return 64;
  const ax = typeof x === 'bigint' ? (x < 0n ? -x : x) : Math.abs(x);
  if (ax <= 1) return 64;
  const bits = typeof ax === 'bigint' ? bigBitLength(ax) : numBitLength(ax);
  const r = bits * Number(y);
  return r;
}

/** Bits of a << n (n >= 0), an upper bound for charging memory first. */
export function lshiftResultBits(a: IntLike, n: IntLike): number {
  const x = intValue(a);
  if (x === 0) return 0;
  const bits = typeof x === 'bigint' ? bigBitLength(x) : numBitLength(x);
  return bits + Number(intValue(n));
}

/** Bytes a result of `bits` bits takes (what the VM charges for an int). */
export function intBytesForBits(bits: number): number {
  return 32 + Math.ceil(bits / 8);
}

function checkBits(bits: number): void {
  if (bits > MAX_BIGINT_BITS) throw memoryError();
}

/** a ** b. A negative exponent gives a float (boxed) (float.__pow__ on the converted operands). */
export function intPow(a: IntLike, b: IntLike): PyInt | PyFloat {
  const x = intValue(a), y = intValue(b);
  if (y < 0) {
    // long_pow: a negative exponent is float power.
    const fx = intToFloat(x), fy = intToFloat(y);
    if (fx === 0) throw zeroDivisionError('zero to a negative power');
    return new PyFloat(floatPowSimple(fx, fy));
  }
  if (typeof x === 'number' && typeof y === 'number') {
    // Square-and-multiply in doubles while everything stays exact.
    let result = 1, base = x, e = y;
    for (;;) {
      if (e & 1) {
        result *= base;
        if (result > MAX_SAFE || result < -MAX_SAFE) break;
      }
      e = Math.floor(e / 2);
      if (e === 0) return result + 0;
      base *= base;
      if (base > MAX_SAFE) break;
    }
  }
  if (x === 0 || x === 1) return y === 0 ? 1 : x;
  if (x === -1) return intIsOdd(y) ? -1 : 1;
  checkBits(powResultBits(x, y));
  return intFromBigInt(big(x) ** big(y));
}

function intIsOdd(y: PyInt): boolean {
  return typeof y === 'number' ? y % 2 !== 0 : (y & 1n) === 1n;
}

/** pow() of two doubles where the base is nonzero and the result is real (used for int ** -n). */
function floatPowSimple(x: number, y: number): number {
  let neg = false;
  if (x < 0) {
    x = -x;
    neg = Number.isInteger(y) && Math.abs(y % 2) === 1;
  }
  if (x === 1) return neg ? -1 : 1;
  const r = powPositive(x, y);
  if (r === Infinity) throw raise(E.OverflowError, 34, 'Numerical result out of range');
  return neg ? -r : r;
}

/** pow(a, b, m) for ints (three-argument pow, with a modular inverse for b < 0). */
export function intPowMod(a: IntLike, b: IntLike, m: IntLike): PyInt {
  let x = big(a), y = big(b), n = big(m);
  if (n === 0n) throw valueError('pow() 3rd argument cannot be 0');
  const negMod = n < 0n;
  if (negMod) n = -n;
  if (y < 0n) {
    x = modInverse(bigMod(x, n), n);
    y = -y;
  }
  let r: bigint;
  if (n === 1n) r = 0n;
  else {
    x = bigMod(x, n);
    r = 1n;
    while (y > 0n) {
      if (y & 1n) r = (r * x) % n;
      y >>= 1n;
      if (y > 0n) x = (x * x) % n;
    }
  }
  if (negMod && r !== 0n) r -= n;
  return intFromBigInt(r);
}

function modInverse(a: bigint, n: bigint): bigint {
  // Extended Euclid on (a, n).
  let r0 = n, r1 = a, t0 = 0n, t1 = 1n;
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  if (r0 !== 1n) throw valueError('base is not invertible for the given modulus');
  return bigMod(t0, n);
}

// --- shifts and bitwise -----------------------------------------------------------------------

export function intLshift(a: IntLike, n: IntLike): PyInt {
  const x = intValue(a), s = intValue(n);
  if (s < 0) throw valueError('negative shift count');
  if (x === 0) return 0;
  if (typeof s === 'number' && typeof x === 'number' && s < 53) {
    const r = x * 2 ** s;
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r;
  }
  // CPython: a shift count beyond what fits a Py_ssize_t is "too many digits"; very large
  // results are MemoryError.
  if (typeof s === 'bigint' && s > 0x7fffffffffffffffn) throw overflowError('too many digits in integer');
  checkBits(lshiftResultBits(x, s));
  return intFromBigInt(big(x) << big(s));
}

export function intRshift(a: IntLike, n: IntLike): PyInt {
  const x = intValue(a), s = intValue(n);
  if (s < 0) throw valueError('negative shift count');
  if (typeof x === 'number') {
    if (s >= 53) return x < 0 ? -1 : 0;
    return Math.floor(x / 2 ** (s as number));
  }
  if (typeof s === 'bigint' || s > MAX_BIGINT_BITS) return x < 0n ? -1 : 0;
  return intFromBigInt(x >> BigInt(s));
}

function isInt32(x: PyInt): x is number {
  return typeof x === 'number' && (x | 0) === x;
}

export function intAnd(a: IntLike, b: IntLike): PyInt {
  const x = intValue(a), y = intValue(b);
  if (isInt32(x) && isInt32(y)) return x & y;
  return intFromBigInt(big(x) & big(y));
}

export function intOr(a: IntLike, b: IntLike): PyInt {
  const x = intValue(a), y = intValue(b);
  if (isInt32(x) && isInt32(y)) return x | y;
  return intFromBigInt(big(x) | big(y));
}

export function intXor(a: IntLike, b: IntLike): PyInt {
  const x = intValue(a), y = intValue(b);
  if (isInt32(x) && isInt32(y)) return x ^ y;
  return intFromBigInt(big(x) ^ big(y));
}

/** ~a, which is -(a + 1). */
export function intInvert(a: IntLike): PyInt {
  const x = intValue(a);
  if (typeof x === 'number') return x === MAX_SAFE ? -9007199254740992n : -x - 1;
  return intFromBigInt(-x - 1n);
}

export function intNeg(a: IntLike): PyInt {
  const x = intValue(a);
  return typeof x === 'number' ? 0 - x : intFromBigInt(-x);
}

export function intPos(a: IntLike): PyInt {
  return intValue(a);
}

export function intAbs(a: IntLike): PyInt {
  const x = intValue(a);
  return typeof x === 'number' ? Math.abs(x) : x < 0n ? -x : x;
}

export function intBool(a: IntLike): boolean {
  const x = intValue(a);
  return x !== 0;
}

// --- methods -------------------------------------------------------------------------------------

export function intBitLength(a: IntLike): number {
  const x = intValue(a);
  return typeof x === 'number' ? numBitLength(x) : bigBitLength(x);
}

export function intBitCount(a: IntLike): number {
  let x = intValue(a);
  if (typeof x === 'number') {
    x = Math.abs(x);
    let c = 0;
    const hi = Math.floor(x / 0x100000000), lo = x >>> 0;
    for (let v = lo; v !== 0; v &= v - 1) c++;
    for (let v = hi; v !== 0; v &= v - 1) c++;
    return c;
  }
  const s = (x < 0n ? -x : x).toString(2);
  let c = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 49) c++;
  return c;
}

/** int.as_integer_ratio() */
export function intAsIntegerRatio(a: IntLike): [PyInt, PyInt] {
  return [intValue(a), 1];
}

/** round(int, ndigits) (long_round): rounds to a multiple of 10**-ndigits, half to even. */
export function intRound(a: IntLike, ndigits: IntLike): PyInt {
  const x = intValue(a), nd = intValue(ndigits);
  if (nd >= 0) return x;
  // -ndigits so large that 10**-ndigits exceeds any int we can hold: the result is 0.
  const p = -Number(nd);
  if (p > 400000) return 0;
  const pow10 = 10n ** BigInt(p);
  const bx = big(x);
  let q = bigFloorDiv(bx, pow10);
  const r = bx - q * pow10;
  const twice = 2n * r;
  if (twice > pow10 || (twice === pow10 && (q & 1n) === 1n)) q += 1n;
  return intFromBigInt(q * pow10);
}

/** int.to_bytes(length, byteorder, *, signed) */
export function intToBytes(a: IntLike, length: number, little: boolean, signed: boolean): Uint8Array {
  let x = big(a);
  if (length < 0) throw valueError('length argument must be non-negative');
  if (!signed && x < 0n) throw overflowError("can't convert negative int to unsigned");
  const out = new Uint8Array(length);
  const bits = BigInt(length * 8);
  if (signed) {
    const lim = 1n << (bits === 0n ? 0n : bits - 1n);
    if (length === 0 ? x !== 0n : x >= lim || x < -lim) throw overflowError('int too big to convert');
    if (x < 0n) x += 1n << bits;
  } else if (x >> bits !== 0n) throw overflowError('int too big to convert');
  for (let i = 0; i < length; i++) {
    out[little ? i : length - 1 - i] = Number(x & 0xffn);
    x >>= 8n;
  }
  return out;
}

/** int.from_bytes(bytes, byteorder, *, signed) */
export function intFromBytes(bytes: Uint8Array, little: boolean, signed: boolean): PyInt {
  const n = bytes.length;
  if (n === 0) return 0;
  let hex = '';
  for (let i = 0; i < n; i++) {
    const b = bytes[little ? n - 1 - i : i]!;
    hex += (b < 16 ? '0' : '') + b.toString(16);
  }
  let x = BigInt('0x' + hex);
  if (signed && bytes[little ? n - 1 : 0]! >= 0x80) x -= 1n << BigInt(n * 8);
  return intFromBigInt(x);
}

// --- str / repr ----------------------------------------------------------------------------------

const MAX_STR_DIGITS_TO_STR =
  'Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit';

/** str(int) / repr(int) with the int_max_str_digits limit (0 means unlimited). */
export function intToDecimalString(a: IntLike, maxDigits: number = INT_MAX_STR_DIGITS): string {
  const x = intValue(a);
  if (typeof x === 'number') return String(x);
  if (maxDigits > 0) {
    // Anything of 14286 bits or more is at least 2**14285 > 10**4300 (the check is exact below).
    if (maxDigits === INT_MAX_STR_DIGITS && bigBitLength(x) >= 14286) {
      throw valueError(MAX_STR_DIGITS_TO_STR.replace('%d', String(maxDigits)));
    }
    const s = x.toString();
    if (s.length - (x < 0n ? 1 : 0) > maxDigits) throw valueError(MAX_STR_DIGITS_TO_STR.replace('%d', String(maxDigits)));
    return s;
  }
  return x.toString();
}

/** The digits of |a| in base 2, 8, 10 or 16 (lower case), and whether a is negative. */
export function intDigits(a: IntLike, base: 2 | 8 | 10 | 16, maxDigits: number = INT_MAX_STR_DIGITS): [string, boolean] {
  const x = intValue(a);
  const neg = x < 0;
  const ax = typeof x === 'number' ? Math.abs(x) : neg ? -x : x;
  if (base === 10) return [intToDecimalString(ax, maxDigits), neg];
  return [ax.toString(base), neg];
}

/** bin(), oct(), hex() */
export function intToBaseString(a: IntLike, base: 2 | 8 | 16): string {
  const [d, neg] = intDigits(a, base);
  return (neg ? '-0' : '0') + (base === 2 ? 'b' : base === 8 ? 'o' : 'x') + d;
}

/** int.__index__ and the conversion of an int-like to a JS number for sizes and counts, with
 * CPython's OverflowError when it does not fit a Py_ssize_t. */
export function intAsSsize(a: IntLike): number {
  const x = intValue(a);
  if (typeof x === 'number') return x;
  throw overflowError("Python int too large to convert to C ssize_t");
}

/** Raised by operations given a non-int where an int is required. */
export function notAnIntError(typeName: string): never {
  throw typeError(`'${typeName}' object cannot be interpreted as an integer`);
}
