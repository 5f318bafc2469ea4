// Parsing numbers from strings: int(s, base) (Objects/longobject.c: PyLong_FromUnicodeObject,
// PyLong_FromString), float(s) (Objects/floatobject.c: PyFloat_FromString with
// Python/pystrtod.c) and complex(s) (Objects/complexobject.c: complex_from_string_inner).
//
// Each first maps the text as _PyUnicode_TransformDecimalAndSpaceToASCII does: Unicode decimal
// digits become ASCII digits, Unicode whitespace becomes ' ', any other non-ASCII character ends
// the usable text. Plain ASCII input skips that step.

import { intFromBigInt, MAX_SAFE } from './object.ts';
import { valueError } from '../vm/raise.ts';
import { strRepr, bytesRepr } from './repr.ts';
import { INT_MAX_STR_DIGITS, type PyInt } from './int.ts';

/** Py_UNICODE_ISSPACE */
export function isUnicodeSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

const ND = /\p{Nd}/u;

/** The decimal value of a Unicode digit (category Nd), or -1. Digit sets are runs of ten code
 * points from 0 to 9, so the value is the offset from the start of the run, modulo 10. */
export function unicodeDecimalValue(cp: number): number {
  if (cp < 128) return cp >= 48 && cp <= 57 ? cp - 48 : -1;
  if (!ND.test(String.fromCodePoint(cp))) return -1;
  let start = cp;
  while (start > 0 && ND.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/** _PyUnicode_TransformDecimalAndSpaceToASCII (returns s itself when it is ASCII). */
export function transformDecimalAndSpace(s: string): string {
  let i = 0;
  const n = s.length;
  while (i < n && s.charCodeAt(i) < 128) i++;
  if (i === n) return s;
  let out = s.slice(0, i);
  for (; i < n; i++) {
    let cp = s.charCodeAt(i);
    if (cp < 128) {
      out += s[i];
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (isUnicodeSpace(cp)) out += ' ';
    else {
      const v = unicodeDecimalValue(cp);
      if (v < 0) return out + '?';
      out += String.fromCharCode(48 + v);
    }
  }
  return out;
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

// --- int ---------------------------------------------------------------------------------------

/** int(s, base) for a str s. `base` is 0 or 2..36 (checked here too). */
export function intFromString(s: string, base: number = 10, maxDigits: number = INT_MAX_STR_DIGITS): PyInt {
  if ((base !== 0 && base < 2) || base > 36) throw valueError('int() base must be >= 2 and <= 36, or 0');
  const t = transformDecimalAndSpace(s);
  const r = intFromAsciiString(t, base, maxDigits);
  if (r === null) throw valueError(`invalid literal for int() with base ${base}: ${truncRepr(s)}`);
  return r;
}

/** int(b, base) for bytes (the error shows the bytes' repr; no Unicode digits or spaces). */
export function intFromBytesText(data: Uint8Array, base: number = 10, maxDigits: number = INT_MAX_STR_DIGITS): PyInt {
  if ((base !== 0 && base < 2) || base > 36) throw valueError('int() base must be >= 2 and <= 36, or 0');
  let s = '';
  for (const c of data) s += String.fromCharCode(c);
  const r = intFromAsciiString(s, base, maxDigits);
  if (r === null) throw valueError(`invalid literal for int() with base ${base}: ${bytesRepr(data)}`);
  return r;
}

function truncRepr(s: string): string {
  const r = strRepr(s);
  // %.200R: the repr cut to 200 code points
  if (r.length <= 200) return r;
  return Array.from(r).slice(0, 200).join('');
}

/** PyLong_FromString on ASCII text; null for a syntax error. */
export function intFromAsciiString(s: string, base: number, maxDigits: number = INT_MAX_STR_DIGITS): PyInt | null {
  let i = 0;
  const n = s.length;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let neg = false;
  if (s.charCodeAt(i) === 43) i++;
  else if (s.charCodeAt(i) === 45) {
    neg = true;
    i++;
  }
  let errorIfNonzero = false;
  const c1 = s.charCodeAt(i + 1) | 32;
  if (base === 0) {
    if (s.charCodeAt(i) !== 48) base = 10;
    else if (c1 === 120) base = 16;
    else if (c1 === 111) base = 8;
    else if (c1 === 98) base = 2;
    else {
      errorIfNonzero = true;
      base = 10;
    }
  }
  if (s.charCodeAt(i) === 48 && ((base === 16 && c1 === 120) || (base === 8 && c1 === 111) || (base === 2 && c1 === 98))) {
    i += 2;
    if (s.charCodeAt(i) === 95) i++;
  }
  // digits with single underscores between them
  const start = i;
  if (s.charCodeAt(i) === 95) return null;
  let digits = 0;
  let prevUnderscore = false;
  let hasUnderscore = false;
  let small = 0; // value while it stays small
  let smallOk = true;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (prevUnderscore) return null;
      prevUnderscore = true;
      hasUnderscore = true;
      continue;
    }
    const d = digitValue(c);
    if (d >= base) break;
    prevUnderscore = false;
    digits++;
    if (smallOk) {
      small = small * base + d;
      if (small > MAX_SAFE) smallOk = false;
    }
  }
  if (prevUnderscore || digits === 0) return null;
  const end = i;
  if (maxDigits > 0 && digits > maxDigits && (base & (base - 1)) !== 0) {
    throw valueError(
      `Exceeds the limit (${maxDigits} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (i !== n) return null;
  let value: PyInt;
  if (smallOk) value = small;
  else {
    let text = s.slice(start, end);
    if (hasUnderscore) text = text.split('_').join('');
    value = intFromBigInt(bigFromDigits(text, base));
  }
  if (errorIfNonzero && value !== 0) return null;
  if (neg) value = typeof value === 'number' ? 0 - value : intFromBigInt(-value);
  return value;
}

/** A bigint from digits in any base 2..36 (divide and conquer for long inputs). */
function bigFromDigits(text: string, base: number): bigint {
  if (base === 10) return BigInt(text);
  if (base === 16) return BigInt('0x' + text);
  if (base === 8) return BigInt('0o' + text);
  if (base === 2) return BigInt('0b' + text);
  if (text.length <= 10) {
    let v = 0;
    for (let i = 0; i < text.length; i++) v = v * base + digitValue(text.charCodeAt(i));
    return BigInt(v);
  }
  const half = text.length >> 1;
  const lo = text.length - half;
  return bigFromDigits(text.slice(0, half), base) * BigInt(base) ** BigInt(lo) + bigFromDigits(text.slice(half), base);
}

// --- float ---------------------------------------------------------------------------------------

/** Validates and removes underscores as _Py_string_to_number_with_underscores: each underscore
 * must sit between two digits. Returns null when they are misplaced. */
function removeUnderscores(s: string): string | null {
  if (s.indexOf('_') < 0) return s;
  let out = '';
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (!(prev >= 48 && prev <= 57)) return null;
    } else {
      if (prev === 95 && !(c >= 48 && c <= 57)) return null;
      out += s[i];
    }
    prev = c;
  }
  if (prev === 95) return null;
  return out;
}

function matchWordCI(s: string, i: number, word: string): boolean {
  if (i + word.length > s.length) return false;
  for (let k = 0; k < word.length; k++) if ((s.charCodeAt(i + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * The longest prefix of s[i..] that is a float (PyOS_string_to_double without an overflow
 * exception: out-of-range values become +-inf). Returns the end index (i when nothing matched)
 * and stores the value in floatPrefixValue.
 */
export let floatPrefixValue = 0;
export function parseFloatPrefix(s: string, i: number): number {
  const start = i;
  let neg = false;
  const c0 = s.charCodeAt(i);
  if (c0 === 43 || c0 === 45) {
    neg = c0 === 45;
    i++;
  }
  const c = s.charCodeAt(i) | 32;
  if (c === 105) {
    if (matchWordCI(s, i, 'infinity')) {
      floatPrefixValue = neg ? -Infinity : Infinity;
      return i + 8;
    }
    if (matchWordCI(s, i, 'inf')) {
      floatPrefixValue = neg ? -Infinity : Infinity;
      return i + 3;
    }
    return start;
  }
  if (c === 110) {
    if (matchWordCI(s, i, 'nan')) {
      floatPrefixValue = neg ? -NaN : NaN;
      return i + 3;
    }
    return start;
  }
  const mStart = i;
  let nd = 0;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) { i++; nd++; }
  if (s.charCodeAt(i) === 46) {
    i++;
    while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) { i++; nd++; }
  }
  if (nd === 0) return start;
  if ((s.charCodeAt(i) | 32) === 101) {
    let j = i + 1;
    const sc = s.charCodeAt(j);
    if (sc === 43 || sc === 45) j++;
    const ds = j;
    while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
    if (j > ds) i = j;
  }
  const v = Number(s.slice(mStart, i));
  floatPrefixValue = neg ? -v : v;
  return i;
}

/** float(s) for a str s (PyFloat_FromString). */
export function floatFromString(s: string): number {
  const r = floatFromStringOrNull(s);
  if (r === null) throw valueError(`could not convert string to float: ${strRepr(s)}`);
  return r;
}

/** float(s), or null when s is not a float literal. */
export function floatFromStringOrNull(s: string): number | null {
  let t: string | null = transformDecimalAndSpace(s);
  t = removeUnderscores(t);
  if (t === null) return null;
  let i = 0, n = t.length;
  while (i < n && isAsciiSpace(t.charCodeAt(i))) i++;
  while (n > i && isAsciiSpace(t.charCodeAt(n - 1))) n--;
  if (i === n) return null;
  const end = parseFloatPrefix(t, i);
  if (end !== n || end === i) return null;
  return floatPrefixValue;
}

// --- complex -------------------------------------------------------------------------------------

/** complex(s) for a str s, as [real, imag]. */
export function complexFromString(s: string): [number, number] {
  const malformed = () => valueError('complex() arg is a malformed string');
  let t: string | null = transformDecimalAndSpace(s);
  t = removeUnderscores(t);
  // _Py_string_to_number_with_underscores has its own message for misplaced underscores.
  if (t === null) throw valueError(`could not convert string to complex: ${strRepr(s)}`);
  const n = t.length;
  let i = 0;
  while (i < n && isAsciiSpace(t.charCodeAt(i))) i++;
  let bracket = false;
  if (t.charCodeAt(i) === 40) {
    bracket = true;
    i++;
    while (i < n && isAsciiSpace(t.charCodeAt(i))) i++;
  }
  let x = 0, y = 0;
  let end = parseFloatPrefix(t, i);
  if (end !== i) {
    const z = floatPrefixValue;
    i = end;
    const c = t.charCodeAt(i);
    if (c === 43 || c === 45) {
      x = z;
      end = parseFloatPrefix(t, i);
      if (end !== i) {
        y = floatPrefixValue;
        i = end;
      } else {
        y = c === 43 ? 1 : -1;
        i++;
      }
      if ((t.charCodeAt(i) | 32) !== 106) throw malformed();
      i++;
    } else if ((c | 32) === 106) {
      i++;
      y = z;
    } else x = z;
  } else {
    const c = t.charCodeAt(i);
    if (c === 43 || c === 45) {
      y = c === 43 ? 1 : -1;
      i++;
    } else y = 1;
    if ((t.charCodeAt(i) | 32) !== 106) throw malformed();
    i++;
  }
  while (i < n && isAsciiSpace(t.charCodeAt(i))) i++;
  if (bracket) {
    if (t.charCodeAt(i) !== 41) throw malformed();
    i++;
    while (i < n && isAsciiSpace(t.charCodeAt(i))) i++;
  }
  if (i !== n) throw malformed();
  return [x, y];
}
