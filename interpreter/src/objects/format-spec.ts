// The format specification mini-language (Python/formatter_unicode.c) and the float-to-text
// conversion under it (Python/pystrtod.c: PyOS_double_to_string), plus printf-style `%`
// conversions of numbers (Objects/unicodeobject.c: formatlong, formatfloat, formatchar and
// unicode_format_arg_output).
//
// parseFormatSpec and padToWidth are shared with str.__format__ (formatStr below).

import { valueError, typeError, overflowError } from '../vm/raise.ts';
import { PyFloat } from './float.ts';
import { roundDecimal, toFixedMayTie } from './float.ts';
import { PyComplex } from './complex.ts';
import { intValue, intDigits, intToFloat, INT_MAX_STR_DIGITS, type IntLike } from './int.ts';
import { floatToInt } from './float.ts';
import { unicodeDecimalValue } from './number-parse.ts';
import type { PyValue } from './object.ts';
import { cpLength } from './str.ts';

// --- the spec ------------------------------------------------------------------------------------

export const enum Grouping {
  None = 0,
  Comma = 1,
  Underscore = 2,
  /** '_' with b/o/x/X: every four digits */
  UnderFour = 3,
}

export interface FormatSpec {
  /** The fill character (one code point, may be two UTF-16 units). */
  fill: string;
  /** '<', '>', '^', '=' (the default is resolved: the caller's defaultAlign). */
  align: string;
  /** '', '+', '-' or ' ' */
  sign: string;
  /** 'z': coerce negative zero */
  noNeg0: boolean;
  /** '#' */
  alternate: boolean;
  /** -1 when not given */
  width: number;
  grouping: Grouping;
  /** -1 when not given */
  precision: number;
  /** Grouping of the fractional digits (',' or '_' after the precision, 3.14). */
  fracGrouping: Grouping;
  /** The presentation type, '' when not given. */
  type: string;
}

function isAlign(c: number): boolean {
  return c === 60 || c === 62 || c === 61 || c === 94;
}

// Parsed specs by (defaults, spec): programs format with the same few specs over and over.
const specCache = new Map<string, FormatSpec>();

/**
 * parse_internal_render_format_spec. `typeName` is the type of the formatted object (for the
 * "Invalid format specifier" message); `defaultAlign` is '>' for numbers and '<' for str.
 * The result is shared (cached): treat it as read-only.
 */
export function parseFormatSpec(spec: string, typeName: string, defaultType = '', defaultAlign = '>'): FormatSpec {
  const key = defaultType + defaultAlign + spec;
  let f = specCache.get(key);
  if (f === undefined) {
    f = parseFormatSpecUncached(spec, typeName, defaultType, defaultAlign);
    if (specCache.size >= 512) specCache.clear();
    specCache.set(key, f);
  }
  return f;
}

function parseFormatSpecUncached(spec: string, typeName: string, defaultType: string, defaultAlign: string): FormatSpec {
  const n = spec.length;
  let pos = 0;
  let fill = ' ';
  let align = defaultAlign;
  let alignSpecified = false, fillSpecified = false;
  // A fill character may be a surrogate pair.
  const c0 = spec.charCodeAt(0);
  const w0 = c0 >= 0xd800 && c0 <= 0xdbff && n > 1 ? 2 : 1;
  if (n - pos >= w0 + 1 && isAlign(spec.charCodeAt(w0))) {
    align = spec[w0]!;
    fill = spec.slice(0, w0);
    fillSpecified = alignSpecified = true;
    pos = w0 + 1;
  } else if (n >= 1 && isAlign(c0)) {
    align = spec[0]!;
    alignSpecified = true;
    pos = 1;
  }
  let sign = '';
  let c = spec.charCodeAt(pos);
  if (c === 43 || c === 45 || c === 32) {
    sign = spec[pos]!;
    c = spec.charCodeAt(++pos);
  }
  let noNeg0 = false;
  if (c === 122) {
    noNeg0 = true;
    c = spec.charCodeAt(++pos);
  }
  let alternate = false;
  if (c === 35) {
    alternate = true;
    c = spec.charCodeAt(++pos);
  }
  if (!fillSpecified && c === 48) {
    fill = '0';
    if (!alignSpecified && defaultAlign === '>') align = '=';
    c = spec.charCodeAt(++pos);
  }
  let [width, consumed, p2] = getInteger(spec, pos);
  pos = p2;
  if (consumed === 0) width = -1;
  let grouping = Grouping.None;
  if (spec.charCodeAt(pos) === 44) {
    grouping = Grouping.Comma;
    pos++;
  }
  if (spec.charCodeAt(pos) === 95) {
    if (grouping !== Grouping.None) throw valueError("Cannot specify both ',' and '_'.");
    grouping = Grouping.Underscore;
    pos++;
  }
  if (spec.charCodeAt(pos) === 44 && grouping === Grouping.Underscore) throw valueError("Cannot specify both ',' and '_'.");
  let precision = -1;
  let fracGrouping = Grouping.None;
  if (spec.charCodeAt(pos) === 46) {
    pos++;
    let pc: number;
    [precision, pc, pos] = getInteger(spec, pos);
    if (spec.charCodeAt(pos) === 44) {
      if (pc === 0) precision = -1;
      fracGrouping = Grouping.Comma;
      pos++;
      pc++;
    }
    if (spec.charCodeAt(pos) === 95) {
      if (fracGrouping !== Grouping.None) throw valueError("Cannot specify both ',' and '_'.");
      if (pc === 0) precision = -1;
      fracGrouping = Grouping.Underscore;
      pos++;
      pc++;
    }
    if (spec.charCodeAt(pos) === 44 && fracGrouping === Grouping.Underscore) throw valueError("Cannot specify both ',' and '_'.");
    if (pc === 0) throw valueError('Format specifier missing precision');
  }
  const rest = n - pos;
  let type = defaultType;
  if (rest > 1) {
    // One code point may still be two UTF-16 units.
    const cc = spec.charCodeAt(pos);
    if (!(rest === 2 && cc >= 0xd800 && cc <= 0xdbff)) {
      throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
    }
  }
  if (rest >= 1) type = spec.slice(pos);
  if (grouping !== Grouping.None) {
    switch (type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (grouping === Grouping.Underscore) {
          grouping = Grouping.UnderFour;
          break;
        }
        throw invalidSeparatorType(grouping, type);
      default:
        throw invalidSeparatorType(grouping, type);
    }
  }
  if (type === 'n' && fracGrouping !== Grouping.None) throw invalidSeparatorType(fracGrouping, type);
  return { fill, align, sign, noNeg0, alternate, width, grouping, precision, fracGrouping, type };
}

function typeCharText(type: string): string {
  const cp = type.codePointAt(0)!;
  return cp > 32 && cp < 128 ? type : '\\x' + cp.toString(16);
}

function invalidSeparatorType(g: Grouping, type: string) {
  const sep = g === Grouping.Comma ? ',' : '_';
  return valueError(`Cannot specify '${sep}' with '${typeCharText(type)}'.`);
}

function unknownType(type: string, typeName: string) {
  return valueError(`Unknown format code '${typeCharText(type)}' for object of type '${typeName}'`);
}

/** get_integer: [value, digits consumed, new position]. Unicode decimal digits count. */
function getInteger(s: string, pos: number): [number, number, number] {
  let acc = 0, count = 0;
  for (; pos < s.length; pos++, count++) {
    let c = s.charCodeAt(pos);
    let d: number;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c < 128) break;
    else {
      const cp = s.codePointAt(pos)!;
      d = unicodeDecimalValue(cp);
      if (d < 0) break;
      if (cp > 0xffff) pos++;
    }
    if (acc > (9223372036854775807 - d) / 10) throw valueError('Too many decimal digits in format string');
    acc = acc * 10 + d;
  }
  return [acc, count, pos];
}

// --- padding -------------------------------------------------------------------------------------

function repeatFill(fill: string, n: number): string {
  return n <= 0 ? '' : fill.repeat(n);
}

/** calc_padding + fill_padding: `text` (of `length` code points) aligned in `width` with `fill`.
 * '=' aligns like '<' here (numbers do their own '='). */
export function padToWidth(text: string, length: number, width: number, align: string, fill: string): string {
  if (width <= length) return text;
  const total = width - length;
  let left: number;
  if (align === '>') left = total;
  else if (align === '^') left = total >> 1;
  else left = 0;
  return repeatFill(fill, left) + text + repeatFill(fill, total - left);
}

/** str.__format__ (format_string_internal); an empty spec is str itself. `charge` is told the
 * size of a padded result before it is built. */
export function formatStr(s: string, spec: string, typeName = 'str', charge: (bytes: number) => void = () => {}): string {
  if (spec.length === 0) return s;
  const f = parseFormatSpec(spec, typeName, 's', '<');
  if (f.type !== 's') throw unknownType(f.type, typeName);
  if (f.sign !== '') {
    throw valueError(f.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  }
  if (f.noNeg0) throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) throw valueError('Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  let len = cpLength(s);
  if ((f.width === -1 || f.width <= len) && (f.precision === -1 || f.precision >= len)) return s;
  if (f.precision >= 0 && len >= f.precision) {
    s = Array.from(s).slice(0, f.precision).join('');
    len = f.precision;
  }
  if (f.width > len) charge((s.length + (f.width - len) * f.fill.length) * 2);
  return padToWidth(s, len, f.width, f.align, f.fill);
}

// --- number layout (calc_number_widths + fill_number) --------------------------------------------

/** _PyUnicode_InsertThousandsGrouping: digits grouped from the right, zero-extended so the
 * result is at least minWidth long. groupLen 0 means no grouping. */
function groupIntDigits(digits: string, minWidth: number, groupLen: number, sep: string): string {
  let remaining = digits.length;
  if (minWidth < 0) minWidth = 0;
  if (groupLen === 0) {
    const len = Math.max(remaining, minWidth, 1);
    return len > remaining ? '0'.repeat(len - remaining) + digits : digits;
  }
  let out = '';
  let pos = digits.length;
  let first = true;
  for (;;) {
    const len = Math.min(groupLen, Math.max(remaining, minWidth, 1));
    const nZeros = Math.max(0, len - remaining);
    const nChars = Math.max(0, Math.min(remaining, len));
    const piece = (nZeros > 0 ? '0'.repeat(nZeros) : '') + digits.slice(pos - nChars, pos);
    out = first ? piece : piece + sep + out;
    first = false;
    pos -= nChars;
    remaining -= nChars;
    minWidth -= len;
    if (remaining <= 0 && minWidth <= 0) break;
    minWidth -= sep.length;
  }
  return out;
}

/** Fractional digits grouped from the left in threes (3.14's frac_thousands_separator). */
function groupFracDigits(frac: string, sep: string): string {
  if (frac.length <= 3) return frac;
  let out = frac.slice(0, 3);
  for (let i = 3; i < frac.length; i += 3) out += sep + frac.slice(i, i + 3);
  return out;
}

function sepOf(g: Grouping): string {
  return g === Grouping.Comma ? ',' : g === Grouping.None ? '' : '_';
}

/**
 * Lays out a number: sign, prefix, integer digits (grouped, zero-padded for '0'/'='), then the
 * rest (decimal point, fraction, exponent, '%'), aligned in the width.
 *   negative: whether a '-' is needed; digits: integer-part digits (may be '' for 'c');
 *   frac: fraction digits when there is a decimal point (null: no point); remainder: what follows.
 */
function layoutNumber(f: FormatSpec, negative: boolean, prefix: string, digits: string, frac: string | null, remainder: string): string {
  let sign = '';
  if (f.sign === '+') sign = negative ? '-' : '+';
  else if (f.sign === ' ') sign = negative ? '-' : ' ';
  else if (negative) sign = '-';
  const groupLen = f.grouping === Grouping.None ? 0 : f.grouping === Grouping.UnderFour ? 4 : 3;
  const sep = sepOf(f.grouping);
  let fracText = '';
  if (frac !== null) fracText = '.' + (f.fracGrouping !== Grouping.None ? groupFracDigits(frac, sepOf(f.fracGrouping)) : frac);
  // (remainder is ASCII except for 'c', whose one character may be a surrogate pair)
  const remLen = remainder.length === 2 && remainder.charCodeAt(0) >= 0xd800 && remainder.charCodeAt(0) <= 0xdbff ? 1 : remainder.length;
  const nonDigit = sign.length + prefix.length + fracText.length + remLen;
  const zeroPad = f.fill === '0' && f.align === '=';
  const minWidth = zeroPad ? f.width - nonDigit : 0;
  const grouped = digits.length === 0 ? '' : groupIntDigits(digits, minWidth, groupLen, sep);
  const body = grouped + fracText + remainder;
  const nPad = f.width - (nonDigit + grouped.length);
  if (nPad <= 0) return sign + prefix + body;
  switch (f.align) {
    case '<':
      return sign + prefix + body + repeatFill(f.fill, nPad);
    case '^': {
      const l = nPad >> 1;
      return repeatFill(f.fill, l) + sign + prefix + body + repeatFill(f.fill, nPad - l);
    }
    case '=':
      return sign + prefix + repeatFill(f.fill, nPad) + body;
    default:
      return repeatFill(f.fill, nPad) + sign + prefix + body;
  }
}

// --- PyOS_double_to_string -------------------------------------------------------------------------

export const DTSF_SIGN = 1;
export const DTSF_ADD_DOT_0 = 2;
export const DTSF_ALT = 4;
export const DTSF_NO_NEG_0 = 8;

/** The shortest round-trip digits of |x| (finite, nonzero) and the decimal point position. */
function shortestDigits(x: number): [string, number] {
  const e = Math.abs(x).toExponential();
  const ei = e.indexOf('e');
  const mant = e.charCodeAt(1) === 46 ? e[0] + e.slice(2, ei) : e.slice(0, ei);
  return [mant, Number(e.slice(ei + 1)) + 1];
}

/**
 * PyOS_double_to_string(x, code, precision, flags): code is one of e E f F g G r (r takes no
 * precision). The result has a '-' for negative values (never for nan) and '+' with DTSF_SIGN.
 */
export function doubleToString(x: number, code: string, precision: number, flags: number): string {
  let upper = false;
  let mode: number; // 0 shortest, 2 significant digits, 3 digits after the point
  if (code === 'E' || code === 'F' || code === 'G') {
    upper = true;
    code = code.toLowerCase();
  }
  if (code === 'e') {
    mode = 2;
    precision++;
  } else if (code === 'f') mode = 3;
  else if (code === 'g') {
    mode = 2;
    if (precision === 0) precision = 1;
  } else mode = 0;
  const alt = (flags & DTSF_ALT) !== 0;
  const addDot0 = (flags & DTSF_ADD_DOT_0) !== 0;
  let negative = x < 0 || (x === 0 && 1 / x < 0);
  let out: string;
  if (x !== x || x === Infinity || x === -Infinity) {
    if (x !== x) {
      out = upper ? 'NAN' : 'nan';
      negative = false;
    } else out = upper ? 'INF' : 'inf';
    return (negative ? '-' : (flags & DTSF_SIGN) !== 0 ? '+' : '') + out;
  }
  // Fast path for 'f': toFixed is exact unless a tie is possible (it rounds ties up).
  if (mode === 3 && precision <= 100) {
    const ax = negative ? -x : x;
    if (ax < 1e21 && !toFixedMayTie(ax, precision)) {
      const t = ax.toFixed(precision);
      if (negative && (flags & DTSF_NO_NEG_0) !== 0 && isAllZeros(t)) negative = false;
      return (negative ? '-' : (flags & DTSF_SIGN) !== 0 ? '+' : '') + t + (alt && precision === 0 ? '.' : '');
    }
  }
  let digits: string;
  let decpt: number;
  if (x === 0) {
    digits = '0';
    decpt = 1;
  } else if (mode === 0) {
    [digits, decpt] = shortestDigits(x);
  } else {
    const r = roundDecimal(x, precision, mode === 2);
    digits = r.digits;
    decpt = r.exponent;
    if (digits === '') decpt = mode === 3 ? -precision : decpt;
  }
  const digitsLen = digits.length;
  if ((flags & DTSF_NO_NEG_0) !== 0 && negative && (digitsLen === 0 || (digitsLen === 1 && digits === '0'))) negative = false;
  let vEnd = digitsLen;
  let useExp = false;
  switch (code) {
    case 'e':
      useExp = true;
      vEnd = precision;
      break;
    case 'f':
      vEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vEnd = precision;
      break;
    default:
      if (decpt <= -4 || decpt > 16) useExp = true;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;
  let s = negative ? '-' : (flags & DTSF_SIGN) !== 0 ? '+' : '';
  if (decpt <= 0) s += '0'.repeat(decpt - vStart) + '.' + '0'.repeat(-decpt);
  else if (vStart < 0) s += '0'.repeat(-vStart);
  if (decpt > 0 && decpt <= digitsLen) s += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else s += digits;
  if (digitsLen < decpt) s += '0'.repeat(decpt - digitsLen) + '.' + '0'.repeat(Math.max(0, vEnd - decpt));
  else if (vEnd > digitsLen) s += '0'.repeat(vEnd - digitsLen);
  if (s.charCodeAt(s.length - 1) === 46 && !alt) s = s.slice(0, -1);
  if (useExp) {
    const ae = Math.abs(exp);
    s += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' : '') + ae;
  }
  return s;
}

function isAllZeros(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c !== 48 && c !== 46) return false;
  }
  return true;
}

// --- format() of numbers -------------------------------------------------------------------------

/** Splits a formatted float (no sign) into integer digits, fraction (null without a point) and
 * the rest (exponent, '%'), as parse_number does. */
function splitFloatText(t: string, fracGrouped: boolean): [string, string | null, string] {
  let i = 0;
  while (i < t.length && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) i++;
  const digits = t.slice(0, i);
  if (t.charCodeAt(i) !== 46) return [digits, null, t.slice(i)];
  let j = i + 1;
  if (fracGrouped) while (j < t.length && t.charCodeAt(j) >= 48 && t.charCodeAt(j) <= 57) j++;
  return [digits, t.slice(i + 1, j), t.slice(j)];
}

/** float.__format__ on a double (format_float_internal for a parsed spec). */
function formatFloatSpec(x: number, f: FormatSpec): string {
  let type = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let flags = 0;
  if (f.alternate) flags |= DTSF_ALT;
  if (f.noNeg0) flags |= DTSF_NO_NEG_0;
  if (type === '') {
    flags |= DTSF_ADD_DOT_0;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let pct = false;
  if (type === '%') {
    type = 'f';
    x *= 100;
    pct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  if (precision > 2147483647) throw valueError('precision too big');
  let text = doubleToString(x, type, precision, flags);
  if (pct) text += '%';
  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.type !== 'n' && f.grouping === Grouping.None && f.fracGrouping === Grouping.None) {
    return text;
  }
  const negative = text.charCodeAt(0) === 45;
  if (negative) text = text.slice(1);
  const [digits, frac, rest] = splitFloatText(text, f.fracGrouping !== Grouping.None);
  return layoutNumber(f, negative, '', digits, frac, rest);
}

/** format(float, spec): float.__format__. */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec.length === 0) return doubleToString(x, 'r', 0, DTSF_ADD_DOT_0);
  const f = parseFormatSpec(spec, typeName, '', '>');
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatSpec(x, f);
    default:
      throw unknownType(f.type, typeName);
  }
}

/** format(int, spec): int.__format__ (bool too: an empty spec gives 'True'/'False'). */
export function formatInt(v: IntLike, spec: string, maxDigits: number = INT_MAX_STR_DIGITS): string {
  if (spec.length === 0) {
    if (typeof v === 'boolean') return v ? 'True' : 'False';
    return intDigitsSigned(v, maxDigits);
  }
  const typeName = typeof v === 'boolean' ? 'bool' : 'int';
  const f = parseFormatSpec(spec, typeName, 'd', '>');
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return formatIntSpec(intValue(v), f, maxDigits);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatSpec(intToFloat(v), f);
    default:
      throw unknownType(f.type, typeName);
  }
}

function intDigitsSigned(v: IntLike, maxDigits: number): string {
  const [d, neg] = intDigits(v, 10, maxDigits);
  return neg ? '-' + d : d;
}

function formatIntSpec(v: number | bigint, f: FormatSpec, maxDigits: number): string {
  if (f.precision !== -1) throw valueError('Precision not allowed in integer format specifier');
  if (f.noNeg0) throw valueError('Negative zero coercion (z) not allowed in integer format specifier');
  if (f.type === 'c') {
    if (f.sign !== '') throw valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === 'bigint' && (v > 0x7fffffffffffffffn || v < -0x8000000000000000n)) {
      throw overflowError('Python int too large to convert to C long');
    }
    if (v < 0 || v > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
    return layoutNumber(f, false, '', '', null, String.fromCodePoint(Number(v)));
  }
  let base: 2 | 8 | 10 | 16 = 10;
  let prefix = '';
  switch (f.type) {
    case 'b': base = 2; prefix = '0b'; break;
    case 'o': base = 8; prefix = '0o'; break;
    case 'x': base = 16; prefix = '0x'; break;
    case 'X': base = 16; prefix = '0X'; break;
  }
  let [digits, negative] = intDigits(v, base, maxDigits);
  if (f.type === 'X') digits = digits.toUpperCase();
  return layoutNumber(f, negative, f.alternate ? prefix : '', digits, null, '');
}

/** format(complex, spec): complex.__format__ (format_complex_internal). */
export function formatComplex(c: PyComplex, spec: string): string {
  const re = c.re, im = c.im;
  if (spec.length === 0) {
    return complexReprText(re, im);
  }
  const f = parseFormatSpec(spec, 'complex', '', '>');
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      break;
    default:
      throw unknownType(f.type, 'complex');
  }
  if (f.fill === '0') throw valueError('Zero padding is not allowed in complex format specifier');
  if (f.align === '=') throw valueError("'=' alignment flag is not allowed in complex format specifier");
  let type: string = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let flags = 0;
  if (f.alternate) flags |= DTSF_ALT;
  if (f.noNeg0) flags |= DTSF_NO_NEG_0;
  let skipRe = false, parens = false;
  if (type === '') {
    type = 'r';
    defaultPrecision = 0;
    if (re === 0 && 1 / re > 0) skipRe = true;
    else parens = true;
  }
  if (type === 'n') type = 'g';
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let reText = doubleToString(re, type, precision, flags);
  let imText = doubleToString(im, type, precision, flags);
  const reNeg = reText.charCodeAt(0) === 45;
  if (reNeg) reText = reText.slice(1);
  const imNeg = imText.charCodeAt(0) === 45;
  if (imNeg) imText = imText.slice(1);
  const inner: FormatSpec = { ...f, fill: '', align: '<', width: -1 };
  const fracG = f.fracGrouping !== Grouping.None;
  const [rd, rf, rr] = splitFloatText(reText, fracG);
  const reOut = skipRe ? '' : layoutNumber(inner, reNeg, '', rd, rf, rr);
  if (!skipRe) inner.sign = '+';
  const [id, iff, ir] = splitFloatText(imText, fracG);
  const imOut = layoutNumber(inner, imNeg, '', id, iff, ir);
  const body = (parens ? '(' : '') + reOut + imOut + 'j' + (parens ? ')' : '');
  return padToWidth(body, body.length, f.width, f.align, f.fill);
}

function complexReprText(re: number, im: number): string {
  const imS = doubleToString(im, 'r', 0, 0);
  if (re === 0 && 1 / re > 0) return imS + 'j';
  const reS = doubleToString(re, 'r', 0, 0);
  return '(' + reS + (imS.charCodeAt(0) === 45 ? imS : '+' + imS) + 'j)';
}

/** format(v, spec) for an int, bool, float or complex; null for other values. */
export function formatNumber(v: PyValue, spec: string): string | null {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return formatInt(v, spec);
  if (v instanceof PyFloat) return formatFloat(v.value, spec);
  if (v instanceof PyComplex) return formatComplex(v, spec);
  return null;
}

// --- printf-style % ------------------------------------------------------------------------------

export const F_LJUST = 1; // '-'
export const F_SIGN = 2; // '+'
export const F_BLANK = 4; // ' '
export const F_ALT = 8; // '#'
export const F_ZERO = 16; // '0'

/** One parsed `%` conversion: flags (F_*), width and precision (-1 when absent; '*' already
 * resolved by the caller), and the conversion character. */
export interface PercentSpec {
  flags: number;
  width: number;
  precision: number;
  conversion: string;
}

function pyTypeName(v: PyValue): string {
  if (typeof v === 'string') return 'str';
  if (typeof v === 'number' || typeof v === 'bigint') return 'int';
  if (typeof v === 'boolean') return 'bool';
  return v.type.name;
}

/** formatlong (_PyUnicode_FormatLong): the text for d i u o x X, before sign/width handling. */
function percentIntText(v: number | bigint, conv: string, flags: number, prec: number): string {
  const base = conv === 'o' ? 8 : conv === 'x' || conv === 'X' ? 16 : 10;
  let [digits, neg] = intDigits(v, base as 8 | 10 | 16);
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  let prefix = '';
  if ((flags & F_ALT) !== 0 && base !== 10) prefix = conv === 'o' ? '0o' : '0x';
  let s = (neg ? '-' : '') + prefix + digits;
  if (conv === 'X') s = s.toUpperCase();
  return s;
}

/**
 * The text of one numeric `%` conversion (d i u o x X e E f F g G c) of `v`, with flags, width
 * and precision applied (unicode_format_arg_output). Raises CPython's TypeError for values of
 * the wrong type. For s, r and a the caller computes str()/repr()/ascii() and uses
 * percentPadText.
 */
export function formatPercent(v: PyValue, spec: PercentSpec): string {
  const conv = spec.conversion;
  let text: string;
  let signed = true;
  switch (conv) {
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
      let iv: number | bigint;
      if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') iv = intValue(v);
      else if (v instanceof PyFloat && conv !== 'o' && conv !== 'x' && conv !== 'X') iv = floatToInt(v.value);
      else if (conv === 'o' || conv === 'x' || conv === 'X') {
        throw typeError(`%${conv} format: an integer is required, not ${pyTypeName(v)}`);
      } else throw typeError(`%${conv} format: a real number is required, not ${pyTypeName(v)}`);
      text = percentIntText(iv, conv, spec.flags, spec.precision);
      break;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      let x: number;
      if (v instanceof PyFloat) x = v.value;
      else if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') x = intToFloat(v);
      else throw typeError(`must be real number, not ${pyTypeName(v)}`);
      const prec = spec.precision < 0 ? 6 : spec.precision;
      text = doubleToString(x, conv, prec, (spec.flags & F_ALT) !== 0 ? DTSF_ALT : 0);
      break;
    }
    case 'c': {
      signed = false;
      if (typeof v === 'string') {
        if (cpLength(v) !== 1) throw typeError(`%c requires an int or a unicode character, not a string of length ${cpLength(v)}`);
        text = v;
      } else if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') {
        const iv = intValue(v);
        if (iv < 0 || iv > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
        text = String.fromCodePoint(Number(iv));
      } else throw typeError(`%c requires an int or a unicode character, not ${pyTypeName(v)}`);
      return percentPadText(text, spec.flags, spec.width, -1);
    }
    default:
      throw valueError(`unsupported format character '${conv}'`);
  }
  return percentNumberOutput(text, spec, signed);
}

function percentNumberOutput(text: string, spec: PercentSpec, signed: boolean): string {
  const flags = spec.flags;
  let width = spec.width;
  let len = text.length;
  let pindex = 0;
  let signChar = '';
  let sign = signed;
  if (sign) {
    const c = text[0];
    if (c === '-' || c === '+') {
      signChar = c;
      len--;
      pindex++;
    } else if (flags & F_SIGN) signChar = '+';
    else if (flags & F_BLANK) signChar = ' ';
    else sign = false;
  }
  if (width < len) width = len;
  const fill = (flags & F_ZERO) !== 0 && (flags & F_LJUST) === 0 ? '0' : ' ';
  let out = '';
  if (sign) {
    if (fill !== ' ') out += signChar;
    if (width > len) width--;
  }
  const conv = spec.conversion;
  const altPrefix = (flags & F_ALT) !== 0 && (conv === 'x' || conv === 'X' || conv === 'o');
  if (altPrefix) {
    if (fill !== ' ') out += text.slice(pindex, pindex + 2);
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && (flags & F_LJUST) === 0) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    if (sign) out += signChar;
    if (altPrefix) out += text.slice(pindex, pindex + 2);
  }
  out += text.slice(altPrefix ? pindex + 2 : pindex);
  if (width > len) out += ' '.repeat(width - len);
  return out;
}

/** `%s`, `%r`, `%a` and `%c`: the text cut to the precision and padded to the width (left
 * aligned with '-'). */
export function percentPadText(text: string, flags: number, width: number, precision: number): string {
  let len = cpLength(text);
  if (precision >= 0 && len > precision) {
    text = Array.from(text).slice(0, precision).join('');
    len = precision;
  }
  if (width <= len) return text;
  return (flags & F_LJUST) !== 0 ? text + ' '.repeat(width - len) : ' '.repeat(width - len) + text;
}
