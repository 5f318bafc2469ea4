// float: a boxed JS number, so that float values stay distinct from ints (see README.md), and the
// float semantics of Objects/floatobject.c: arithmetic with CPython's special cases and errors,
// round() (double_round), conversions to int, as_integer_ratio, hex/fromhex, and the exact
// decimal expansion that the formatting code (format-spec.ts) rounds from.
//
// The arithmetic functions take and return raw JS numbers; the VM boxes results with newFloat.
import { PyObject, floatType, intFromBigInt, MAX_SAFE } from './object.ts';
import { raise, valueError, overflowError, zeroDivisionError } from '../vm/raise.ts';
import * as E from './exceptions.ts';
import { floatRepr } from './repr.ts';
import { PyComplex, complexPow } from './complex.ts';
import { ldexp, type PyInt } from './int.ts';

export class PyFloat extends PyObject {
  constructor(readonly value: number) {
    super(floatType);
  }
}

/** A float value. */
export function newFloat(x: number): PyFloat {
  return new PyFloat(x);
}

// --- arithmetic ----------------------------------------------------------------------------------

export function floatTrueDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError('division by zero');
  return a / b;
}

/** a % b (float_rem): the result has the sign of b. */
export function floatMod(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError('division by zero');
  let mod = a % b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else mod = b < 0 || Object.is(b, -0) ? -0 : 0;
  return mod;
}

/** divmod(a, b) (float_divmod) as [floor quotient, remainder]. */
export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) throw zeroDivisionError('division by zero');
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1;
    }
  } else mod = b < 0 || Object.is(b, -0) ? -0 : 0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    const q = a / b;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

export function floatFloorDiv(a: number, b: number): number {
  return floatDivmod(a, b)[0];
}

function isOddInteger(x: number): boolean {
  return Number.isInteger(x) && Math.abs(x % 2) === 1;
}

/** a ** b (float_pow). A negative base with a non-integral exponent gives a complex. */
export function floatPow(iv: number, iw: number): number | PyComplex {
  if (iw === 0) return 1;
  if (iv !== iv) return iv;
  if (iw !== iw) return iv === 1 ? 1 : iw;
  if (iw === Infinity || iw === -Infinity) {
    const av = Math.abs(iv);
    if (av === 1) return 1;
    if (iw > 0 === av > 1) return Infinity;
    return 0;
  }
  if (iv === Infinity || iv === -Infinity) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Math.abs(iv);
    return odd ? (iv < 0 ? -0 : 0) : 0;
  }
  if (iv === 0) {
    if (iw < 0) throw zeroDivisionError('zero to a negative power');
    return isOddInteger(iw) ? iv : 0;
  }
  let negate = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) return complexPow(iv, 0, iw, 0);
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1) return negate ? -1 : 1;
  let ix = powPositive(iv, iw);
  if (ix === Infinity) throw raise(E.OverflowError, 34, 'Numerical result out of range');
  return negate ? -ix : ix;
}

// --- conversion to int -----------------------------------------------------------------------

/** int(x) for a float: truncation (float___trunc___impl), with CPython's errors for inf/nan. */
export function floatToInt(x: number): PyInt {
  if (x !== x) throw valueError('cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) throw overflowError('cannot convert float infinity to integer');
  const t = Math.trunc(x);
  if (t >= -MAX_SAFE && t <= MAX_SAFE) return t + 0;
  return intFromBigInt(BigInt(t));
}

export function floatFloor(x: number): PyInt {
  return floatToInt(Math.floor(x));
}

export function floatCeil(x: number): PyInt {
  return floatToInt(Math.ceil(x));
}

/** round(x) with no ndigits: the nearest int, half to even. */
export function floatRoundToInt(x: number): PyInt {
  let r = Math.round(x); // half up; fix the halfway cases
  if (r - x === 0.5 && r % 2 !== 0) r -= 1;
  return floatToInt(r);
}

// double_round's limits: beyond these ndigits the result is x itself or a signed zero.
const NDIGITS_MAX = Math.floor((53 - -1021) * 0.30102999566398114); // 323
const NDIGITS_MIN = -Math.floor((1024 + 1) * 0.30102999566398114); // -308

/** round(x, ndigits) (float___round___impl / double_round): correctly rounded, half to even, via
 * the exact decimal expansion of x. */
export function floatRound(x: number, ndigits: number): number {
  if (x === 0 || !isFinite(x)) return x;
  if (ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return 0 * x;
  const d = roundDecimal(x, ndigits, false);
  let r: number;
  if (d.digits === '') r = 0;
  else r = Number(d.digits + 'e' + (d.exponent - d.digits.length));
  if (r === Infinity) throw overflowError('rounded value too large to represent');
  return x < 0 ? -r : r;
}

// --- exact decimal expansion ---------------------------------------------------------------------

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LO = LITTLE ? 0 : 1;
const HI = LITTLE ? 1 : 0;

// decomposeInto's results (no allocation on the formatting fast path)
let decM = 0, decE = 0;

function decomposeInto(x: number): void {
  f64[0] = x;
  const hi = u32[HI]!, lo = u32[LO]!;
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (hi & 0xfffff) * 0x100000000 + lo;
  let exp: number;
  if (bexp === 0) exp = -1074;
  else {
    mant += 0x10000000000000;
    exp = bexp - 1075;
  }
  // Strip trailing zero bits.
  if (mant !== 0) {
    let low = mant % 0x100000000;
    if (low === 0) {
      mant /= 0x100000000;
      exp += 32;
      low = mant % 0x100000000;
    }
    const tz = 31 - Math.clz32(low & -low);
    mant /= 2 ** tz;
    exp += tz;
  }
  decM = mant;
  decE = exp;
}

/** Decomposes a finite nonzero |x| as mantissa * 2**exponent with an odd mantissa (< 2**53). */
export function decompose(x: number): [number, number] {
  decomposeInto(x);
  return [decM, decE];
}

/** True when x's exact decimal expansion may have a tie (a final 5) right after `n` digits past
 * the point, where JavaScript's toFixed (ties up) and Python (ties to even) can differ. */
export function toFixedMayTie(ax: number, n: number): boolean {
  decomposeInto(ax);
  return decE < 0 && -decE === n + 1;
}

/** The exact decimal digits of a finite nonzero |x|: x = 0.DIGITS * 10**exponent, with no
 * leading or trailing zeros in DIGITS. */
export function exactDecimal(x: number): { digits: string; exponent: number } {
  const [mant, exp] = decompose(Math.abs(x));
  let digits: string;
  let exponent: number;
  if (exp >= 0) {
    digits = exp === 0 || mant * 2 ** exp <= MAX_SAFE ? String(mant * 2 ** exp) : (BigInt(mant) << BigInt(exp)).toString();
    exponent = digits.length;
  } else {
    // mant / 2**-exp = mant * 5**-exp / 10**-exp
    digits = (BigInt(mant) * 5n ** BigInt(-exp)).toString();
    exponent = digits.length + exp;
  }
  let end = digits.length;
  while (end > 1 && digits.charCodeAt(end - 1) === 48) end--;
  return { digits: end === digits.length ? digits : digits.slice(0, end), exponent };
}

/**
 * The decimal digits of |x| (finite, nonzero) rounded half to even: with `significant` false, to
 * `n` digits after the decimal point (n may be negative); with `significant` true, to n >= 1
 * significant digits. Returns x ~= 0.DIGITS * 10**exponent; DIGITS has no trailing zeros and may
 * be empty (the value rounded to zero).
 */
export function roundDecimal(x: number, n: number, significant: boolean): { digits: string; exponent: number } {
  const fast = fastRoundDecimal(Math.abs(x), n, significant);
  if (fast !== null) return fast;
  const d = exactDecimal(x);
  const keep = significant ? n : d.exponent + n; // number of leading digits kept
  const digits = d.digits;
  if (keep >= digits.length) return d;
  if (keep < 0) return { digits: '', exponent: d.exponent };
  const next = keep < digits.length ? digits.charCodeAt(keep) - 48 : 0;
  let roundUp = false;
  if (next > 5) roundUp = true;
  else if (next === 5) {
    // exact tie when nothing follows the 5 (no trailing zeros are kept)
    if (keep + 1 < digits.length) roundUp = true;
    else roundUp = keep > 0 && (digits.charCodeAt(keep - 1) - 48) % 2 === 1;
  }
  let kept = digits.slice(0, keep);
  let exponent = d.exponent;
  if (roundUp) {
    // propagate the carry
    let i = kept.length - 1;
    while (i >= 0 && kept.charCodeAt(i) === 57) i--;
    if (i < 0) {
      kept = '1';
      exponent += 1;
    } else kept = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1);
  }
  let end = kept.length;
  while (end > 0 && kept.charCodeAt(end - 1) === 48) end--;
  return { digits: kept.slice(0, end), exponent };
}

/**
 * The fast path of roundDecimal: JavaScript's toFixed/toPrecision round the exact value correctly
 * but send ties up, where Python rounds them to even. A tie needs the exact expansion to end
 * with a 5 exactly one place past the last kept digit; when that cannot be, their result is used.
 * Returns null when the exact path is needed.
 */
function fastRoundDecimal(ax: number, n: number, significant: boolean): { digits: string; exponent: number } | null {
  if (n > 100 || n < (significant ? 1 : 0) || ax >= 1e21) return null;
  decomposeInto(ax);
  const m = decM, e = decE;
  let s: string;
  if (significant) {
    // significant digits of the exact expansion
    if (e >= 0) {
      if (ax > MAX_SAFE) return null;
      const t = String(ax);
      let k = t.length;
      while (k > 1 && t.charCodeAt(k - 1) === 48) k--;
      if (k === n + 1) return null;
    } else {
      const est = Math.log10(m) + -e * 0.6989700043360189 + 1;
      if (Math.abs(est - (n + 1)) < 2) return null;
    }
    s = ax.toPrecision(n);
  } else {
    if (e < 0 && -e === n + 1) return null;
    s = ax.toFixed(n);
  }
  let exp10 = 0;
  const ei = s.indexOf('e');
  if (ei >= 0) {
    exp10 = Number(s.slice(ei + 1));
    s = s.slice(0, ei);
  }
  const dot = s.indexOf('.');
  let digits = dot < 0 ? s : s.slice(0, dot) + s.slice(dot + 1);
  let exponent = (dot < 0 ? s.length : dot) + exp10;
  let a = 0;
  while (a < digits.length && digits.charCodeAt(a) === 48) a++;
  let b = digits.length;
  while (b > a && digits.charCodeAt(b - 1) === 48) b--;
  exponent -= a;
  digits = a === 0 && b === digits.length ? digits : digits.slice(a, b);
  return { digits, exponent: digits === '' ? -n : exponent };
}

// --- methods -------------------------------------------------------------------------------------

export function floatIsInteger(x: number): boolean {
  return Number.isInteger(x);
}

/** float.as_integer_ratio() */
export function floatAsIntegerRatio(x: number): [PyInt, PyInt] {
  if (x !== x) throw valueError('cannot convert NaN to integer ratio');
  if (x === Infinity || x === -Infinity) throw overflowError('cannot convert Infinity to integer ratio');
  if (x === 0) return [0, 1];
  const [mant, exp] = decompose(Math.abs(x));
  const sign = x < 0 ? -1 : 1;
  if (exp >= 0) {
    const v = mant * 2 ** exp;
    return [v <= MAX_SAFE ? sign * v : intFromBigInt(BigInt(sign * mant) << BigInt(exp)), 1];
  }
  const den = -exp <= 52 ? 2 ** -exp : intFromBigInt(1n << BigInt(-exp));
  return [sign * mant, den];
}

/** float.hex() (float_hex_impl) */
export function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return sign + '0x0.0p+0';
  f64[0] = x;
  const hi = u32[HI]!, lo = u32[LO]!;
  const bexp = (hi >>> 20) & 0x7ff;
  const fracHex = (hi & 0xfffff).toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0');
  let lead: string;
  let e: number;
  if (bexp === 0) {
    // Subnormal: frexp-based, with the exponent clamped at DBL_MIN_EXP-1 (leading digit 0).
    lead = '0';
    e = -1022;
  } else {
    lead = '1';
    e = bexp - 1023;
  }
  return sign + '0x' + lead + '.' + fracHex + 'p' + (e >= 0 ? '+' : '') + e;
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function isPySpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0x1c || c === 0x1d || c === 0x1e || c === 0x1f || c === 0x85 ||
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000;
}

/** float.fromhex(s) (float_fromhex) */
export function floatFromHex(s: string): number {
  const invalid = () => valueError('invalid hexadecimal floating-point string');
  let i = 0, n = s.length;
  while (i < n && isPySpace(s.charCodeAt(i))) i++;
  while (n > i && isPySpace(s.charCodeAt(n - 1))) n--;
  let neg = false;
  if (s[i] === '-') { neg = true; i++; } else if (s[i] === '+') i++;
  // inf / nan
  const rest = s.slice(i, n).toLowerCase();
  if (rest === 'inf' || rest === 'infinity') return neg ? -Infinity : Infinity;
  if (rest === 'nan') return NaN;
  if (s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X')) i += 2;
  // digits
  const coeffStart = i;
  while (i < n && hexDigit(s.charCodeAt(i)) >= 0) i++;
  const intEnd = i;
  let fracStart = i, fracEnd = i;
  if (s[i] === '.') {
    i++;
    fracStart = i;
    while (i < n && hexDigit(s.charCodeAt(i)) >= 0) i++;
    fracEnd = i;
  }
  const ndigits = (intEnd - coeffStart) + (fracEnd - fracStart);
  if (ndigits === 0) throw invalid();
  let exp = 0;
  if (i < n && (s[i] === 'p' || s[i] === 'P')) {
    i++;
    let eneg = false;
    if (s[i] === '-') { eneg = true; i++; } else if (s[i] === '+') i++;
    const es = i;
    while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i === es) throw invalid();
    const etxt = s.slice(es, i);
    exp = etxt.length > 9 ? 1e9 : Number(etxt);
    if (eneg) exp = -exp;
  }
  if (i !== n) throw invalid();
  // Value = HEXDIGITS * 16**-(fracdigits) * 2**exp; round exactly with BigInt.
  let hex = s.slice(coeffStart, intEnd) + s.slice(fracStart, fracEnd);
  let j = 0;
  while (j < hex.length - 1 && hex[j] === '0') j++;
  hex = hex.slice(j);
  let m = BigInt('0x' + hex);
  if (m === 0n) return neg ? -0 : 0;
  let e2 = exp - 4 * (fracEnd - fracStart);
  const bits = hex.length * 4 - (4 - (32 - Math.clz32(hexDigit(hex.charCodeAt(0)))));
  // top bit position of the value: bits + e2 - 1
  const topExp = bits + e2 - 1;
  if (topExp > 1023 + 10) throw overflowError('hexadecimal value too large to represent as a float');
  if (topExp < -1074 - 2) return neg ? -0 : 0;
  // Keep 53 bits (fewer for subnormals), round half even.
  const keepBits = Math.min(53, topExp - -1074 + 1);
  let drop = bits - keepBits;
  if (drop > 0) {
    const db = BigInt(drop);
    const rem = m & ((1n << db) - 1n);
    m >>= db;
    e2 += drop;
    const half = 1n << (db - 1n);
    if (rem > half || (rem === half && (m & 1n) === 1n)) m += 1n;
  } else if (keepBits <= 0) {
    // Below half the smallest subnormal, or exactly half of it or more
    const db = BigInt(bits - keepBits);
    const half = 1n << (db - 1n);
    const mm = m;
    m = mm > half ? 1n : 0n;
    e2 += bits - keepBits;
    if (m === 0n) return neg ? -0 : 0;
  }
  const r = ldexp(Number(m), e2);
  if (r === Infinity) throw overflowError('hexadecimal value too large to represent as a float');
  return neg ? -r : r;
}

/** str(float) and repr(float) (float_repr). */
export function floatStr(x: number): string {
  return floatRepr(x);
}

export { floatRepr };

// --- pow: double-double exp/log ------------------------------------------------------------------
// V8's Math.pow is not correctly rounded (1e16 ** -2 is 9.999999999999999e-33), while glibc's
// pow, which CPython calls, is. powPositive computes exp(y * log(x)) in double-double arithmetic
// (about 100 bits), so the final rounding to a double matches the correctly rounded result except
// in cases within 2**-100 of a tie.

// Scratch results of the double-double primitives (no allocation).
let ddH = 0, ddL = 0;
const SPLITTER = 134217729; // 2**27 + 1

function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  ddL = (a - (s - bb)) + (b - bb);
  ddH = s;
}

function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b), bl = b - bh;
  ddL = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  ddH = p;
}

function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  let s = ddH, e = ddL;
  twoSum(al, bl);
  const t = ddH, f = ddL;
  e += t;
  let h = s + e;
  e = e - (h - s);
  s = h;
  e += f;
  h = s + e;
  ddL = e - (h - s);
  ddH = h;
}

function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = ddH;
  const e = ddL + (ah * bl + al * bh);
  const h = p + e;
  ddL = e - (h - p);
  ddH = h;
}

const LN2_HI = 0.6931471805599453, LN2_LO = 2.3190468138462996e-17;
// 1/n as double-doubles for the Taylor series of exp.
const INV_H: number[] = [], INV_L: number[] = [];
for (let n = 1; n <= 12; n++) {
  const h = 1 / n;
  twoProd(h, n); // h * n = 1 - (residual)
  INV_H[n] = h;
  INV_L[n] = (1 - ddH - ddL) / n;
}

/** exp(th + tl) as a double-double mantissa in ddH/ddL and a power of two (returned). */
function ddExp(th: number, tl: number): number {
  const k = Math.round(th / LN2_HI);
  // r = t - k*ln2
  twoProd(k, LN2_HI);
  const ph = ddH, pl = ddL + k * LN2_LO;
  ddAdd(th, tl, -ph, -pl);
  // scale by 2**-8 (exact), Taylor series of expm1, then square back 8 times
  let rh = ddH * 0.00390625, rl = ddL * 0.00390625;
  // Horner: e = r * (1 + r/2 * (1 + r/3 * (...)))
  let eh = 1, el = 0;
  for (let n = 11; n >= 1; n--) {
    ddMul(rh, rl, INV_H[n]!, INV_L[n]!);
    ddMul(ddH, ddL, eh, el);
    if (n > 1) {
      ddAdd(1, 0, ddH, ddL);
    }
    eh = ddH;
    el = ddL;
  }
  // now e = expm1(r); (1 + e)^2 - 1 = 2e + e^2
  for (let i = 0; i < 8; i++) {
    ddMul(eh, el, eh, el);
    ddAdd(2 * eh, 2 * el, ddH, ddL);
    eh = ddH;
    el = ddL;
  }
  ddAdd(1, 0, eh, el);
  return k;
}

/** x ** n for a small integer n by squaring in double-double (much faster than exp/log). */
function powInt(x: number, n: number): number {
  const neg = n < 0;
  if (neg) n = -n;
  let rh = 1, rl = 0, bh = x, bl = 0;
  for (;;) {
    if (n & 1) {
      ddMul(rh, rl, bh, bl);
      rh = ddH;
      rl = ddL;
    }
    n >>= 1;
    if (n === 0) break;
    ddMul(bh, bl, bh, bl);
    bh = ddH;
    bl = ddL;
  }
  if (!neg) return rh + rl;
  // 1 / (rh + rl), with one correction step
  const q = 1 / rh;
  twoProd(q, rh);
  const err = (1 - ddH) - ddL - q * rl;
  return q + err / rh;
}

/** x ** y for finite x > 0 and finite y (x != 1), as glibc's correctly rounded pow. */
export function powPositive(x: number, y: number): number {
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === 0.5) return Math.sqrt(x);
  if (y === -1) return 1 / x;
  const rough = y * Math.log(x);
  if (rough > 710) return Infinity;
  if (rough < -746) return 0;
  if (Number.isInteger(y) && y <= 64 && y >= -64 && rough < 700 && rough > -700) return powInt(x, y);
  // x = m * 2**e with m in [sqrt(1/2), sqrt(2))
  let e = 0;
  let m = x;
  if (m < 2.2250738585072014e-308) {
    m *= 18014398509481984; // 2**54
    e -= 54;
  }
  let ex = Math.floor(Math.log2(m));
  let mm = m * 2 ** -ex;
  if (mm < 1) { ex -= 1; mm = m * 2 ** -ex; }
  if (mm >= 2) { ex += 1; mm = m * 2 ** -ex; }
  if (mm > Math.SQRT2) { ex += 1; mm *= 0.5; }
  e += ex;
  // log(mm) by one Newton step from Math.log: l + mm * exp(-l) - 1
  const l0 = Math.log(mm);
  const k0 = ddExp(-l0, 0);
  let gh = ddH * 2 ** k0, gl = ddL * 2 ** k0; // exp(-l0)
  twoProd(mm, gh);
  const ph = ddH, pl = ddL + mm * gl;
  ddAdd(ph, pl, -1, 0);
  ddAdd(l0, 0, ddH, ddL); // log(mm)
  const lmh = ddH, lml = ddL;
  // log(x) = e*ln2 + log(mm)
  twoProd(e, LN2_HI);
  const eh = ddH, el = ddL + e * LN2_LO;
  ddAdd(eh, el, lmh, lml);
  // t = y * log(x)
  ddMul(ddH, ddL, y, 0);
  const th = ddH, tl = ddL;
  if (th > 710) return Infinity;
  if (th < -746) return 0;
  const k = ddExp(th, tl);
  const h = ddH + ddL; // nearest double of the mantissa
  if (k > 1000 || k < -1000) return ldexp(h, k);
  return h * 2 ** k;
}

/** hypot(x, y) correctly rounded (as glibc's; V8's Math.hypot can be 1 ulp off): the sum of
 * squares in double-double, then a corrected square root. */
export function hypot(x: number, y: number): number {
  x = Math.abs(x);
  y = Math.abs(y);
  if (x === Infinity || y === Infinity) return Infinity;
  if (x !== x || y !== y) return NaN;
  if (x < y) {
    const t = x;
    x = y;
    y = t;
  }
  if (y === 0) return x;
  // Scale into a range where the squares neither overflow nor lose bits to underflow.
  let scale = 1;
  if (x > 1e150) {
    scale = 2 ** 600;
    x *= 2 ** -600;
    y *= 2 ** -600;
  } else if (x < 1e-150) {
    scale = 2 ** -600;
    x *= 2 ** 600;
    y *= 2 ** 600;
  }
  twoProd(x, x);
  const xh = ddH, xl = ddL;
  twoProd(y, y);
  ddAdd(xh, xl, ddH, ddL);
  const sh = ddH, sl = ddL;
  const r = Math.sqrt(sh);
  // one Newton correction: r + (s - r*r) / (2r)
  twoProd(r, r);
  const corr = ((sh - ddH) - ddL + sl) / (2 * r);
  return (r + corr) * scale;
}

// --- correctly rounded exp, log, sin, cos (libm functions CPython's complex pow calls) -----------

/** exp(x) correctly rounded in practice (glibc's is). */
export function expCR(x: number): number {
  if (!(x > -746 && x < 710)) return Math.exp(x);
  const k = ddExp(x, 0);
  const h = ddH + ddL;
  return k > 1000 || k < -1000 ? ldexp(h, k) : h * 2 ** k;
}

/** log(x) correctly rounded in practice. */
export function logCR(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log(x);
  if (x === 1) return 0;
  let m = x, e = 0;
  if (m < 2.2250738585072014e-308) {
    m *= 18014398509481984;
    e -= 54;
  }
  let ex = Math.floor(Math.log2(m));
  let mm = m * 2 ** -ex;
  if (mm < 1) { ex -= 1; mm = m * 2 ** -ex; }
  if (mm >= 2) { ex += 1; mm = m * 2 ** -ex; }
  if (mm > Math.SQRT2) { ex += 1; mm *= 0.5; }
  e += ex;
  const l0 = Math.log(mm);
  const k0 = ddExp(-l0, 0);
  const gh = ddH * 2 ** k0, gl = ddL * 2 ** k0;
  twoProd(mm, gh);
  const ph = ddH, pl = ddL + mm * gl;
  ddAdd(ph, pl, -1, 0);
  ddAdd(l0, 0, ddH, ddL);
  const lmh = ddH, lml = ddL;
  twoProd(e, LN2_HI);
  ddAdd(ddH, ddL + e * LN2_LO, lmh, lml);
  return ddH + ddL;
}

// 1/n! as double-doubles, n = 0..27
const FACT_H: number[] = [1], FACT_L: number[] = [0];
for (let n = 1; n <= 27; n++) {
  const inv = 1 / n;
  twoProd(inv, n);
  const invL = (1 - ddH - ddL) / n;
  ddMul(FACT_H[n - 1]!, FACT_L[n - 1]!, inv, invL);
  FACT_H[n] = ddH;
  FACT_L[n] = ddL;
}

// pi/2 in 33-bit pieces (fdlibm's pio2_1, pio2_2, pio2_3 and the tail)
const PIO2_1 = 1.57079632673412561417e+00, PIO2_2 = 6.07710050630396597660e-11;
const PIO2_3 = 2.02226624871116645580e-21, PIO2_3T = 8.47842766036889956997e-32;

/** sin (which = 0) or cos (which = 1) of x, correctly rounded in practice for |x| < 2**20. */
function sinCosCR(x: number, which: number): number {
  if (!(Math.abs(x) < 1048576)) return which === 0 ? Math.sin(x) : Math.cos(x);
  if (x === 0) return which === 0 ? x : 1;
  const k = Math.round(x / 1.5707963267948966);
  // r = x - k*pi/2 in double-double
  let rh = x - k * PIO2_1, rl = 0; // exact: k*PIO2_1 has at most 53 bits and is close to x
  ddAdd(rh, rl, -k * PIO2_2, 0);
  ddAdd(ddH, ddL, -k * PIO2_3, -k * PIO2_3T);
  rh = ddH;
  rl = ddL;
  let q = (which + k) & 3; // sin(r + k*pi/2) = [sin, cos, -sin, -cos][k & 3](r); cos shifts by 1
  ddMul(rh, rl, rh, rl);
  const r2h = ddH, r2l = ddL;
  let sh: number, sl: number;
  if ((q & 1) === 0) {
    // sin r = r * sum (-1)^i r^2i / (2i+1)!
    let ah = FACT_H[27]!, al = FACT_L[27]!;
    for (let n = 25; n >= 1; n -= 2) {
      ddMul(ah, al, -r2h, -r2l);
      ddAdd(FACT_H[n]!, FACT_L[n]!, ddH, ddL);
      ah = ddH;
      al = ddL;
    }
    ddMul(ah, al, rh, rl);
    sh = ddH;
    sl = ddL;
  } else {
    let ah = FACT_H[26]!, al = FACT_L[26]!;
    for (let n = 24; n >= 0; n -= 2) {
      ddMul(ah, al, -r2h, -r2l);
      ddAdd(FACT_H[n]!, FACT_L[n]!, ddH, ddL);
      ah = ddH;
      al = ddL;
    }
    sh = ah;
    sl = al;
  }
  if (q >= 2) {
    sh = -sh;
    sl = -sl;
  }
  // leave the double-double value in ddH/ddL for atan2CR
  twoSum(sh, sl);
  return ddH;
}

export function sinCR(x: number): number {
  return sinCosCR(x, 0);
}

export function cosCR(x: number): number {
  return sinCosCR(x, 1);
}

/** atan2(y, x) correctly rounded in practice: Math.atan2 refined by one Newton step on
 * tan(theta - a) = (y cos a - x sin a) / (x cos a + y sin a), with sin and cos in double-double. */
export function atan2CR(y: number, x: number): number {
  const a = Math.atan2(y, x);
  if (!isFinite(x) || !isFinite(y) || x === 0 || y === 0 || x !== x || y !== y) return a;
  // scale into a comfortable range (atan2 does not depend on a common factor)
  const m = Math.max(Math.abs(x), Math.abs(y));
  const sc = 2 ** -Math.round(Math.log2(m));
  const xs = x * sc, ys = y * sc;
  if (!isFinite(xs) || !isFinite(ys) || xs === 0 || ys === 0) return a;
  if (Math.abs(a) >= 1048576) return a;
  sinCosCR(a, 1);
  const ch = ddH, cl = ddL;
  sinCosCR(a, 0);
  const sh = ddH, sl = ddL;
  // num = ys*c - xs*s, den = xs*c + ys*s
  twoProd(ys, ch);
  let nh = ddH, nl = ddL + ys * cl;
  twoProd(xs, sh);
  ddAdd(nh, nl, -ddH, -(ddL + xs * sl));
  nh = ddH;
  nl = ddL;
  const den = xs * ch + ys * sh;
  const delta = (nh + nl) / den;
  return a + delta;
}
