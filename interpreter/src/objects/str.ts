// str: a JS string with Python's code-point semantics (Objects/unicodeobject.c, Objects/stringlib).
//
// A Python str is a JS string. A surrogate pair in the JS string is one (astral) code point; a
// lone surrogate is a code point of its own, as in Python. (The one string JS cannot tell apart
// is a Python str holding a high surrogate followed by a low one as two code points: it reads as
// the astral character they encode.)
//
// Fast path: a string without surrogate pairs (nearly every string) has one code point per UTF-16
// unit, so len, indexing and slicing are the JS operations. A string with pairs gets an index of
// where its pairs are (cached for long strings), so len is O(1) after the first call and indexing
// O(log pairs).
//
// Sections: code points; comparison and operators; argument helpers; the methods; codecs.

import { None, NotImplemented, PyType, isInt, strType, typeOf, type PyValue } from './object.ts';
import { PyBuiltinFunction, builtinFunctionType, defineMethods, registerNative, type Kwargs, type NativeFn } from './function.ts';
import { hashStr } from './hash.ts';
import { toPyInt } from './tuple.ts';
import { PyStaticMethod } from './descriptors.ts';
import { defineSlotMethods } from './slot-wrappers.ts';
import { PyFloat } from './float.ts';
import { PyList } from './list.ts';
import { PyDict, dictFromPairs, dictKeys, dictValues } from './dict.ts';
import { PyTuple, newTuple } from './tuple.ts';
import { isPrintableCodePoint, strRepr } from './repr.ts';
import * as E from './exceptions.ts';
import type { Interp } from '../vm/interp.ts';
import { RaisedException, indexError, memoryError, overflowError, typeError, valueError } from '../vm/raise.ts';
import {
  isAlnum, isAlpha, isCased, isCaseIgnorable, isDecimal, isDigit, isLinebreak, isLower, isNumeric, isSpace, isTitle, isUpper,
  isXidContinue, isXidStart, foldOf, lowerOf, titleOf, upperOf,
} from './str-unicode.ts';
import { adjustIndices, adjustSlice, badArgTypeName, cIntArg, indexValue, noArgs, oneArg, positional, sliceIndexArg, ssizeArg, typeName, unpack } from './str-args.ts';
import { strFormatMethod, strFormatMap, strFormatSpec, strPercent } from './str-format.ts';
import { encodeStr } from './str-codecs.ts';
import { callStrType } from '../builtins/constructors.ts';

// =============================================================================================
// Code points

const PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;
const PAIR_G = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** The UTF-16 offsets of the surrogate pairs of `s`, or null when it has none. */
type Pairs = Int32Array | null;

const CACHE_MIN = 64;
const CACHE_MAX = 256;
const pairCache = new Map<string, Pairs>();

function computePairs(s: string): Pairs {
  if (!PAIR.test(s)) return null;
  const offsets: number[] = [];
  PAIR_G.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PAIR_G.exec(s)) !== null) offsets.push(m.index);
  return Int32Array.from(offsets);
}

/** The pair index of `s` (null for the fast path). */
export function pairsOf(s: string): Pairs {
  if (s.length < 2) return null;
  if (s.length < CACHE_MIN) return PAIR.test(s) ? computePairs(s) : null;
  let p = pairCache.get(s);
  if (p === undefined) {
    p = computePairs(s);
    if (pairCache.size >= CACHE_MAX) pairCache.clear();
    pairCache.set(s, p);
  }
  return p;
}

/** True when every code point of `s` is one UTF-16 unit. */
export function isSingleUnit(s: string): boolean {
  return pairsOf(s) === null;
}

/** len(s) in code points. */
export function cpLength(s: string): number {
  const p = pairsOf(s);
  return p === null ? s.length : s.length - p.length;
}

/** The UTF-16 offset of code point `i` (0 <= i <= len). */
export function cpToUnit(s: string, i: number, p: Pairs = pairsOf(s)): number {
  if (p === null) return i;
  // The number of pairs whose code point index (offset - k) is below i.
  let lo = 0;
  let hi = p.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p[mid]! - mid < i) lo = mid + 1;
    else hi = mid;
  }
  return i + lo;
}

/** The code point index of UTF-16 offset `u` (a code point boundary). */
export function unitToCp(s: string, u: number, p: Pairs = pairsOf(s)): number {
  if (p === null) return u;
  let lo = 0;
  let hi = p.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return u - lo;
}

/** The code point at code point index i (in range), as a string. */
export function cpAt(s: string, i: number): string {
  const p = pairsOf(s);
  if (p === null) return s[i]!;
  const u = cpToUnit(s, i, p);
  const c = s.charCodeAt(u);
  return c >= 0xd800 && c <= 0xdbff && isLowUnit(s.charCodeAt(u + 1)) ? s.slice(u, u + 2) : s[u]!;
}

/** s[start:stop] for code point indices already clamped to 0 <= start <= stop <= len. */
export function cpSlice(s: string, start: number, stop: number): string {
  const p = pairsOf(s);
  if (p === null) return s.slice(start, stop);
  return s.slice(cpToUnit(s, start, p), cpToUnit(s, stop, p));
}

// Past this many characters, an array with one element per character would exceed what V8 can
// allocate (a fatal, uncatchable error): such strings are a MemoryError for the methods that
// need one. (CPython itself would need gigabytes for the results of most of them.)
const MAX_ARRAY_CHARS = 1 << 26;

/** The code points of s as numbers. */
export function codePoints(s: string): number[] {
  if (s.length > MAX_ARRAY_CHARS) throw memoryError();
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** The characters of s (one string per code point): iter(s). */
export function chars(s: string): string[] {
  if (s.length > MAX_ARRAY_CHARS) throw memoryError();
  if (pairsOf(s) === null) return s.split('');
  return Array.from(s);
}

function isLowUnit(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
function isHighUnit(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function splitsPair(s: string, u: number): boolean {
  return u > 0 && u < s.length && isHighUnit(s.charCodeAt(u - 1)) && isLowUnit(s.charCodeAt(u));
}
function needsBoundaryCheck(needle: string): boolean {
  return needle.length > 0 && (isLowUnit(needle.charCodeAt(0)) || isHighUnit(needle.charCodeAt(needle.length - 1)));
}

/** The first UTF-16 offset >= from where `needle` occurs in `hay` as whole code points, or -1. */
export function findUnit(hay: string, needle: string, from: number): number {
  let u = hay.indexOf(needle, from);
  if (u < 0 || !needsBoundaryCheck(needle)) return u;
  while (u >= 0 && (splitsPair(hay, u) || splitsPair(hay, u + needle.length))) u = hay.indexOf(needle, u + 1);
  return u;
}

/** The last such offset <= from, or -1. */
export function rfindUnit(hay: string, needle: string, from: number): number {
  if (from < 0) return -1;
  let u = hay.lastIndexOf(needle, from);
  if (u < 0 || !needsBoundaryCheck(needle)) return u;
  while (u >= 0 && (splitsPair(hay, u) || splitsPair(hay, u + needle.length))) u = u === 0 ? -1 : hay.lastIndexOf(needle, u - 1);
  return u;
}

/** `needle in hay` for two strs. */
export function strContains(hay: string, needle: string): boolean {
  return findUnit(hay, needle, 0) >= 0;
}

// =============================================================================================
// Comparison and operators

/** Compares two strs by code point: negative, zero or positive (unicode_compare). UTF-16 order
 * differs from code point order only where a surrogate meets a unit above the surrogates. */
export function strCompare(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length;
  const x = a.charCodeAt(i);
  const y = b.charCodeAt(i);
  if (x < 0xd800 || y < 0xd800) return x - y;
  // Step back to the start of the code point when i is inside a pair in either string.
  if (i > 0 && isHighUnit(a.charCodeAt(i - 1)) && (isLowUnit(x) || isLowUnit(y))) i--;
  return a.codePointAt(i)! - b.codePointAt(i)!;
}

/** a + b for two strs, charged before it is built. */
export function strConcat(vm: Interp, a: string, b: string): string {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const n = a.length + b.length;
  if (n > MAX_JS_STRING) throw memoryError();
  vm.charge(n * 2);
  return a + b;
}

// V8's limit on a string's length (2**29 - 24 units): beyond it CPython would allocate, we cannot.
const MAX_JS_STRING = 536870888;
const SSIZE_MAX = 9223372036854775807n;

/** s * n where n is already a Python int (number, bigint or bool). */
export function strRepeatInt(vm: Interp, s: string, n: number | bigint | boolean): string {
  if (typeof n === 'boolean') n = n ? 1 : 0;
  if (typeof n === 'bigint') {
    if (n > SSIZE_MAX || n < -SSIZE_MAX - 1n) throw overflowError("cannot fit 'int' into an index-sized integer");
    if (n < 0n || s.length === 0) return '';
    if (BigInt(cpLength(s)) * n > SSIZE_MAX) throw overflowError('repeated string is too long');
    throw memoryError();
  }
  if (n <= 0 || s.length === 0) return '';
  if (n === 1) return s;
  const len = cpLength(s);
  if (BigInt(len) * BigInt(n) > SSIZE_MAX) throw overflowError('repeated string is too long');
  const units = s.length * n;
  vm.charge(units * 2);
  if (units > MAX_JS_STRING) throw memoryError();
  return s.repeat(n);
}

/** The `*` operator between a str and another operand (sequence repeat): CPython's message for a
 * non-int. Returns the result. */
export function strRepeat(vm: Interp, s: string, count: PyValue): string {
  if (isInt(count) || typeof count === 'boolean') return strRepeatInt(vm, s, count);
  const i = count instanceof PyFloat || typeof count === 'string' ? null : typeOf(count).lookup('__index__') === undefined ? null : indexValue(vm, count);
  if (i === null) throw typeError(`can't multiply sequence by non-int of type '${typeName(count)}'`);
  return strRepeatInt(vm, s, i);
}

/** s[i] for an index that is already an int. */
export function strIndex(s: string, i: number | bigint): string {
  if (typeof i === 'bigint') {
    if (i > SSIZE_MAX || i < -SSIZE_MAX - 1n) throw indexError("cannot fit 'int' into an index-sized integer");
    throw indexError('string index out of range');
  }
  const p = pairsOf(s);
  const len = p === null ? s.length : s.length - p.length;
  if (i < 0) i += len;
  if (i < 0 || i >= len) throw indexError('string index out of range');
  if (p === null) return s[i]!;
  return cpAt(s, i);
}

/** s[start:stop:step] with the slice's fields as given (ints, None or __index__ objects). */
export function strSlice(vm: Interp, s: string, start: PyValue, stop: PyValue, step: PyValue): string {
  let st = 1;
  if (step !== None) {
    st = sliceIndexArg(vm, step, 1);
    if (st === 0) throw valueError('slice step cannot be zero');
  }
  const a = start === None ? null : sliceIndexArg(vm, start, 0);
  const b = stop === None ? null : sliceIndexArg(vm, stop, 0);
  const p = pairsOf(s);
  const len = p === null ? s.length : s.length - p.length;
  const [from, , count] = adjustSlice(len, a, b, st);
  if (count <= 0) return '';
  if (st === 1) return p === null ? s.slice(from, from + count) : s.slice(cpToUnit(s, from, p), cpToUnit(s, from + count, p));
  if (p === null) {
    if (count < 64) {
      let out = '';
      for (let i = 0, j = from; i < count; i++, j += st) out += s[j];
      return out;
    }
    // Long results are built a chunk of code units at a time.
    const parts: string[] = [];
    const buf = new Uint16Array(Math.min(count, 8192));
    for (let i = 0, j = from; i < count; ) {
      const m = Math.min(buf.length, count - i);
      for (let k = 0; k < m; k++, j += st) buf[k] = s.charCodeAt(j);
      parts.push(String.fromCharCode.apply(null, (m === buf.length ? buf : buf.subarray(0, m)) as unknown as number[]));
      i += m;
    }
    return parts.join('');
  }
  const cs = chars(s);
  let out = '';
  for (let i = 0, j = from; i < count; i++, j += st) out += cs[j];
  return out;
}

/** str.__getitem__: an int-like index or a slice object (anything with start, stop and step). */
export function strGetItem(vm: Interp, s: string, key: PyValue): string {
  if (typeof key === 'number') return strIndex(s, key);
  if (typeof key === 'object' && key.type.name === 'slice' && 'start' in key && 'stop' in key && 'step' in key) {
    const k = key as unknown as { start: PyValue; stop: PyValue; step: PyValue };
    return strSlice(vm, s, k.start, k.stop, k.step);
  }
  const i = key instanceof PyFloat || typeof key === 'string' ? null : indexValue(vm, key);
  if (i === null) throw typeError(`string indices must be integers, not '${typeName(key)}'`);
  return strIndex(s, i);
}

// =============================================================================================
// Argument helpers

function selfStr(args: PyValue[], method: string): string {
  const s = args[0];
  if (typeof s !== 'string') {
    if (s === undefined) throw typeError(`unbound method str.${method}() needs an argument`);
    throw typeError(`descriptor '${method}' for 'str' objects doesn't apply to a '${typeName(s)}' object`);
  }
  return s;
}

/** The receiver of a method without parameters (METH_NOARGS), checked before the arguments. */
function noArgStr(args: PyValue[], kwargs: Kwargs | null, method: string): string {
  const s = selfStr(args, method);
  noArgs(`str.${method}`, args, kwargs);
  return s;
}

/** A fill character argument: one code point. */
function fillArg(v: PyValue | undefined): string {
  if (v === undefined) return ' ';
  if (typeof v !== 'string') throw typeError(`The fill character must be a unicode character, not ${typeName(v)}`);
  if (cpLength(v) !== 1) throw typeError('The fill character must be exactly one character long');
  return v;
}

function strArg(v: PyValue, message: string): string {
  if (typeof v !== 'string') throw typeError(message);
  return v;
}

/** Iterates a Python iterable from native code: the VM's native iterator, else __iter__/__next__
 * through nested calls. Returns null when `v` is not iterable. */
export function iterateValues(vm: Interp, v: PyValue): PyValue[] | null {
  const it = vm.nativeIter(v);
  if (it !== null) {
    const out: PyValue[] = [];
    for (let r = it.next(); !r.done; r = it.next()) out.push(r.value);
    return out;
  }
  if (typeof v !== 'object') return null;
  const t = typeOf(v);
  if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) return null;
  let iterator: PyValue;
  try {
    iterator = vm.getIter(v);
  } catch (e) {
    // Not iterable after all: the caller words the TypeError.
    if (e instanceof RaisedException && e.exc.type === E.TypeError && t.lookup('__iter__') === undefined) return null;
    throw e;
  }
  const out: PyValue[] = [];
  for (let x = vm.iterNext(iterator); x !== undefined; x = vm.iterNext(iterator)) {
    out.push(x);
    if ((out.length & 0xfff) === 0) vm.checkTime();
  }
  return out;
}

/** obj[key] through the type's __getitem__; null when a LookupError is raised and `lookupMiss`. */
export function getItem(vm: Interp, obj: PyValue, key: PyValue): PyValue {
  const m = typeOf(obj).lookup('__getitem__');
  if (m === undefined) throw typeError(`'${typeName(obj)}' object is not subscriptable`);
  return vm.callNested(m, [obj, key]);
}


// =============================================================================================
// Case mapping (Objects/unicodeobject.c: do_upper, do_lower, do_title, do_capitalize, ...)

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** The final-sigma rule of lower() for the Σ at code point index i of `cps`. */
function lowerSigma(cps: number[], i: number): string {
  let j = i - 1;
  while (j >= 0 && isCaseIgnorable(cps[j]!)) j--;
  let final = j >= 0 && isCased(cps[j]!);
  if (final) {
    j = i + 1;
    while (j < cps.length && isCaseIgnorable(cps[j]!)) j++;
    final = j === cps.length || !isCased(cps[j]!);
  }
  return final ? '\u03c2' : '\u03c3';
}

function lowerAt(cps: number[], i: number): string {
  const c = cps[i]!;
  return c === 0x3a3 ? lowerSigma(cps, i) : lowerOf(c);
}

export function strUpper(s: string): string {
  if (ASCII_ONLY.test(s)) return s.toUpperCase();
  let out = '';
  for (const c of codePoints(s)) out += upperOf(c);
  return out;
}

export function strLower(s: string): string {
  if (ASCII_ONLY.test(s)) return s.toLowerCase();
  const cps = codePoints(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

function strCasefold(s: string): string {
  if (ASCII_ONLY.test(s)) return s.toLowerCase();
  let out = '';
  for (const c of codePoints(s)) out += foldOf(c);
  return out;
}

function strSwapcase(s: string): string {
  const cps = codePoints(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    if (isUpper(c)) out += lowerAt(cps, i);
    else if (isLower(c)) out += upperOf(c);
    else out += String.fromCodePoint(c);
  }
  return out;
}

function strTitle(s: string): string {
  const cps = codePoints(s);
  let out = '';
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    out += prevCased ? lowerAt(cps, i) : titleOf(c);
    prevCased = isCased(c);
  }
  return out;
}

function strCapitalize(s: string): string {
  const cps = codePoints(s);
  if (cps.length === 0) return '';
  let out = titleOf(cps[0]!);
  for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

// =============================================================================================
// Predicates

function allCps(s: string, pred: (c: number) => boolean): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (isHighUnit(c) && i + 1 < s.length && isLowUnit(s.charCodeAt(i + 1))) {
      c = ((c - 0xd800) << 10) + (s.charCodeAt(i + 1) - 0xdc00) + 0x10000;
      i++;
    }
    if (!pred(c)) return false;
  }
  return true;
}

function strIsLower(s: string): boolean {
  let cased = false;
  for (const c of codePoints(s)) {
    if (isUpper(c) || isTitle(c)) return false;
    if (!cased && isLower(c)) cased = true;
  }
  return cased;
}

function strIsUpper(s: string): boolean {
  let cased = false;
  for (const c of codePoints(s)) {
    if (isLower(c) || isTitle(c)) return false;
    if (!cased && isUpper(c)) cased = true;
  }
  return cased;
}

function strIsTitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const c of codePoints(s)) {
    if (isUpper(c) || isTitle(c)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLower(c)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

/** str.isidentifier(). */
export function strIsIdentifier(s: string): boolean {
  const cps = codePoints(s);
  if (cps.length === 0) return false;
  if (!isXidStart(cps[0]!) && cps[0] !== 0x5f) return false;
  for (let i = 1; i < cps.length; i++) if (!isXidContinue(cps[i]!)) return false;
  return true;
}

// =============================================================================================
// Searching, splitting, stripping

/** Resolves optional start/end arguments of the find family to UTF-16 offsets of `s`, or null when
 * the range cannot hold `sub` at all. Returns [uStart, uEnd, startCp]. */
function searchRange(vm: Interp, s: string, sub: string, startArg: PyValue | undefined, endArg: PyValue | undefined): [number, number, number] | null {
  const p = pairsOf(s);
  const len = p === null ? s.length : s.length - p.length;
  let [start, end] = adjustIndices(sliceIndexArg(vm, startArg, 0), sliceIndexArg(vm, endArg, Number.MAX_SAFE_INTEGER), len);
  if (end - start < cpLength(sub)) return null;
  return [cpToUnit(s, start, p), cpToUnit(s, end, p), start];
}

function findImpl(vm: Interp, s: string, sub: string, a: PyValue | undefined, b: PyValue | undefined, reverse: boolean): number {
  const r = searchRange(vm, s, sub, a, b);
  if (r === null) return -1;
  const [us, ue] = r;
  let u: number;
  if (reverse) {
    u = rfindUnit(s, sub, ue - sub.length);
    if (u < us) return -1;
  } else {
    u = findUnit(s, sub, us);
    if (u < 0 || u + sub.length > ue) return -1;
  }
  return unitToCp(s, u);
}

function countImpl(vm: Interp, s: string, sub: string, a: PyValue | undefined, b: PyValue | undefined): number {
  const r = searchRange(vm, s, sub, a, b);
  if (r === null) return 0;
  const [us, ue] = r;
  if (sub.length === 0) return unitToCp(s, ue) - unitToCp(s, us) + 1;
  let n = 0;
  for (let u = findUnit(s, sub, us); u >= 0 && u + sub.length <= ue; u = findUnit(s, sub, u + sub.length)) n++;
  return n;
}

/** tailmatch (unicodeobject.c): does s[start:end] start (or end) with sub? */
function tailMatch(vm: Interp, s: string, sub: string, a: PyValue | undefined, b: PyValue | undefined, atEnd: boolean): boolean {
  const p = pairsOf(s);
  const len = p === null ? s.length : s.length - p.length;
  let [start, end] = adjustIndices(sliceIndexArg(vm, a, 0), sliceIndexArg(vm, b, Number.MAX_SAFE_INTEGER), len);
  const subLen = cpLength(sub);
  end -= subLen;
  if (end < start) return false;
  if (subLen === 0) return true;
  const u = atEnd ? cpToUnit(s, end, p) : cpToUnit(s, start, p);
  return s.startsWith(sub, u) && !splitsPair(s, u) && !splitsPair(s, u + sub.length);
}

function startsEnds(vm: Interp, args: PyValue[], kwargs: Kwargs | null, name: 'startswith' | 'endswith'): boolean {
  const s = selfStr(args, name);
  positional(`str.${name}`, name, args, kwargs, 1, 3);
  const prefix = args[1]!;
  if (prefix instanceof PyTuple) {
    for (const item of prefix.items) {
      if (typeof item !== 'string') throw typeError(`tuple for ${name} must only contain str, not ${typeName(item)}`);
      if (tailMatch(vm, s, item, args[2], args[3], name === 'endswith')) return true;
    }
    return false;
  }
  if (typeof prefix !== 'string') throw typeError(`${name} first arg must be str or a tuple of str, not ${typeName(prefix)}`);
  return tailMatch(vm, s, prefix, args[2], args[3], name === 'endswith');
}

/** Splits on runs of whitespace (split() without sep). Scans UTF-16 code units: every
 * whitespace character is in the BMP and a surrogate is never whitespace, so the pieces are the
 * same as scanning code points, without building a code-point array. */
function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (maxsplit-- !== 0) {
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (i === n) return out;
    const j = i;
    while (i < n && !isSpace(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  while (i < n && isSpace(s.charCodeAt(i))) i++;
  if (i < n) out.push(s.slice(i));
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const cs = chars(s);
  const out: string[] = [];
  let i = cs.length - 1;
  while (maxsplit-- !== 0) {
    while (i >= 0 && isSpace(cs[i]!.codePointAt(0)!)) i--;
    if (i < 0) return out.reverse();
    const j = i;
    while (i >= 0 && !isSpace(cs[i]!.codePointAt(0)!)) i--;
    out.push(cs.slice(i + 1, j + 1).join(''));
  }
  while (i >= 0 && isSpace(cs[i]!.codePointAt(0)!)) i--;
  if (i >= 0) out.push(cs.slice(0, i + 1).join(''));
  return out.reverse();
}

function splitSep(s: string, sep: string, maxsplit: number): string[] {
  const out: string[] = [];
  let from = 0;
  while (maxsplit-- !== 0) {
    const u = findUnit(s, sep, from);
    if (u < 0) break;
    out.push(s.slice(from, u));
    from = u + sep.length;
  }
  out.push(s.slice(from));
  return out;
}

function rsplitSep(s: string, sep: string, maxsplit: number): string[] {
  const out: string[] = [];
  let end = s.length;
  while (maxsplit-- !== 0) {
    if (end - sep.length < 0) break;
    const u = rfindUnit(s, sep, end - sep.length);
    if (u < 0) break;
    out.push(s.slice(u + sep.length, end));
    end = u;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

function splitArgs(vm: Interp, args: PyValue[], kwargs: Kwargs | null, name: string): [string | null, number] {
  const [sepArg, maxArg] = unpack(name, args, kwargs, ['sep', 'maxsplit'], 0, 0);
  let sep: string | null = null;
  if (sepArg !== undefined && sepArg !== None) {
    if (typeof sepArg !== 'string') throw typeError(`must be str or None, not ${typeName(sepArg)}`);
    if (sepArg.length === 0) throw valueError('empty separator');
    sep = sepArg;
  }
  let maxsplit = maxArg === undefined ? -1 : ssizeArg(vm, maxArg);
  if (maxsplit < 0) maxsplit = -1;
  return [sep, maxsplit];
}

function splitLines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    const j = i;
    while (i < n && !isLinebreak(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      i += s.charCodeAt(i) === 0x0d && s.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}

/** strip/lstrip/rstrip; `which`: 1 left, 2 right, 3 both. */
function stripImpl(s: string, chars_: PyValue | undefined, which: number, name: string): string {
  let pred: (c: number) => boolean;
  if (chars_ === undefined || chars_ === None) pred = isSpace;
  else {
    if (typeof chars_ !== 'string') throw typeError(`${name} arg must be None or str`);
    const set = new Set(codePoints(chars_));
    pred = (c) => set.has(c);
  }
  const cps = codePoints(s);
  let i = 0;
  let j = cps.length;
  if (which & 1) while (i < j && pred(cps[i]!)) i++;
  if (which & 2) while (j > i && pred(cps[j - 1]!)) j--;
  if (i === 0 && j === cps.length) return s;
  return cpSlice(s, i, j);
}

function partitionImpl(s: string, sep: PyValue, reverse: boolean): PyTuple {
  if (typeof sep !== 'string') throw typeError(`must be str, not ${typeName(sep)}`);
  if (sep.length === 0) throw valueError('empty separator');
  const u = reverse ? rfindUnit(s, sep, s.length - sep.length) : findUnit(s, sep, 0);
  if (u < 0) return reverse ? newTuple(['', '', s]) : newTuple([s, '', '']);
  return newTuple([s.slice(0, u), sep, s.slice(u + sep.length)]);
}

/** str.replace (Objects/unicodeobject.c: replace). */
export function strReplace(vm: Interp, s: string, old: string, rep: string, count: number): string {
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  if (count === 0) return s;
  if (old.length === 0) {
    const cs = chars(s);
    const n = Math.min(count, cs.length + 1);
    vm.charge((s.length + n * rep.length) * 2);
    if (s.length + n * rep.length > MAX_JS_STRING) throw memoryError();
    let out = '';
    for (let i = 0; i < cs.length; i++) {
      if (i < n) out += rep;
      out += cs[i];
    }
    if (n > cs.length) out += rep;
    return out;
  }
  const hits: number[] = [];
  for (let u = findUnit(s, old, 0); u >= 0 && hits.length < count; u = findUnit(s, old, u + old.length)) hits.push(u);
  if (hits.length === 0) return s;
  const size = s.length + hits.length * (rep.length - old.length);
  if (size > MAX_JS_STRING) throw memoryError();
  vm.charge(size * 2);
  let out = '';
  let prev = 0;
  for (const u of hits) {
    out += s.slice(prev, u) + rep;
    prev = u + old.length;
  }
  return out + s.slice(prev);
}

/** str.join (Objects/stringlib/join.h for str: PyUnicode_Join). */
export function strJoin(vm: Interp, sep: string, iterable: PyValue): string {
  const items = iterable instanceof PyList || iterable instanceof PyTuple ? iterable.items : iterateValues(vm, iterable);
  if (items === null) throw typeError('can only join an iterable');
  let size = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (typeof it !== 'string') throw typeError(`sequence item ${i}: expected str instance, ${typeName(it)} found`);
    size += it.length;
  }
  if (items.length > 1) size += sep.length * (items.length - 1);
  if (size > MAX_JS_STRING) throw memoryError();
  vm.charge(size * 2);
  return (items as string[]).join(sep);
}

function pad(vm: Interp, s: string, left: number, right: number, fill: string): string {
  if (left <= 0 && right <= 0) return s;
  const size = s.length + (left + right) * fill.length;
  if (size > MAX_JS_STRING) throw memoryError();
  vm.charge(size * 2);
  return fill.repeat(Math.max(left, 0)) + s + fill.repeat(Math.max(right, 0));
}

function expandTabs(vm: Interp, s: string, tabsize: number): string {
  if (!s.includes('\t')) return s;
  let out = '';
  let col = 0;
  for (const ch of chars(s)) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        col += n;
        if (col > MAX_JS_STRING) throw memoryError();
        vm.charge(n * 2);
        out += ' '.repeat(n);
      }
    } else {
      col++;
      out += ch;
      if (ch === '\n' || ch === '\r') col = 0;
    }
  }
  return out;
}

function zfill(vm: Interp, s: string, width: number): string {
  const len = cpLength(s);
  if (len >= width) return s;
  const fill = width - len;
  vm.charge(width * 2);
  if (width > MAX_JS_STRING) throw memoryError();
  const first = s[0];
  if (first === '+' || first === '-') return first + '0'.repeat(fill) + s.slice(1);
  return '0'.repeat(fill) + s;
}

// =============================================================================================
// translate and maketrans

function translateImpl(vm: Interp, s: string, table: PyValue): string {
  const cache = new Map<number, string | null>();
  let out = '';
  for (const c of codePoints(s)) {
    let r = cache.get(c);
    if (r === undefined) {
      let v: PyValue | undefined;
      try {
        v = getItem(vm, table, c);
      } catch (e) {
        if (e instanceof RaisedException && e.exc.type.isSubtypeOf(E.LookupError)) v = undefined;
        else throw e;
      }
      if (v === undefined) r = String.fromCodePoint(c);
      else if (v === None) r = null;
      else if (typeof v === 'string') r = v;
      else if (isInt(v) || typeof v === 'boolean') {
        const n = typeof v === 'boolean' ? (v ? 1 : 0) : v;
        if (n < 0 || n > 0x10ffff) throw valueError('character mapping must be in range(0x110000)');
        r = String.fromCodePoint(Number(n));
      } else throw typeError('character mapping must return integer, None or str');
      cache.set(c, r);
    }
    if (r !== null) {
      vm.charge(r.length * 2);
      out += r;
    }
  }
  return out;
}

function maketrans(vm: Interp, args: PyValue[], kwargs: Kwargs | null): PyValue {
  // A static method: args[0] is the first argument, not a receiver.
  positional('str.maketrans', 'maketrans', [None, ...args], kwargs, 1, 3);
  const entries: [PyValue, PyValue][] = [];
  if (args.length === 1) {
    const d = args[0]!;
    if (!(d instanceof PyDict)) throw typeError('if you give only one argument to maketrans it must be a dict');
    const keys = dictKeys(d);
    const values = dictValues(d);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      const v = values[i]!;
      if (typeof k === 'string') {
        if (cpLength(k) !== 1) throw valueError('string keys in translatetable must be of length 1');
        entries.push([k.codePointAt(0)!, v]);
      } else if (isInt(k) || typeof k === 'boolean') entries.push([k, v]);
      else throw typeError('keys in translate table mustbe strings or integers');
    }
    return dictFromPairs(vm, entries);
  }
  const x = args[0]!;
  const y = args[1]!;
  if (typeof x !== 'string') throw typeError('first maketrans argument must be a string if there is a second argument');
  if (typeof y !== 'string') throw typeError(`maketrans() argument 2 must be str, not ${typeName(y)}`);
  const z = args[2];
  if (z !== undefined && typeof z !== 'string') throw typeError(`maketrans() argument 3 must be str, not ${typeName(z)}`);
  const xs = codePoints(x);
  const ys = codePoints(y);
  if (xs.length !== ys.length) throw valueError('the first two maketrans arguments must have equal length');
  for (let i = 0; i < xs.length; i++) entries.push([xs[i]!, ys[i]!]);
  if (z !== undefined) for (const c of codePoints(z)) entries.push([c, None]);
  return dictFromPairs(vm, entries);
}

// =============================================================================================
// The methods

/** The receiver of a slot wrapper: defineSlotMethods has checked its type and the arguments. */
function slotStr(args: PyValue[]): string {
  return args[0] as string;
}

function rich(test: (c: number) => boolean): NativeFn {
  return (_vm, args) => {
    const b = args[1];
    return typeof b === 'string' ? test(strCompare(slotStr(args), b)) : NotImplemented;
  };
}

// The slots of str (wrapper descriptors in CPython).
defineSlotMethods(strType, {
  __len__: (_vm, args) => cpLength(slotStr(args)),
  __hash__: (_vm, args) => toPyInt(hashStr(slotStr(args))),
  __iter__: (vm, args) => vm.getIter(slotStr(args)),
  __contains__(_vm, args) {
    const x = args[1]!;
    if (typeof x !== 'string') throw typeError(`'in <string>' requires string as left operand, not ${typeName(x)}`);
    return strContains(slotStr(args), x);
  },
  __getitem__: (vm, args) => strGetItem(vm, slotStr(args), args[1]!),
  __add__(vm, args) {
    const x = args[1]!;
    if (typeof x !== 'string') throw typeError(`can only concatenate str (not "${typeName(x)}") to str`);
    return strConcat(vm, slotStr(args), x);
  },
  __mul__: (vm, args) => strRepeatInt(vm, slotStr(args), ssizeLikeIndex(vm, args[1]!)),
  __rmul__: (vm, args) => strRepeatInt(vm, slotStr(args), ssizeLikeIndex(vm, args[1]!)),
  __mod__: (vm, args) => strPercent(vm, slotStr(args), args[1]!),
  // unicode_mod through the reflected slot wrapper: other % self when other is a str.
  __rmod__: (vm, args) => (typeof args[1] === 'string' ? strPercent(vm, args[1], slotStr(args)) : NotImplemented),
  __eq__: (_vm, args) => (typeof args[1] === 'string' ? slotStr(args) === args[1] : NotImplemented),
  __ne__: (_vm, args) => (typeof args[1] === 'string' ? slotStr(args) !== args[1] : NotImplemented),
  __lt__: rich((c) => c < 0),
  __le__: rich((c) => c <= 0),
  __gt__: rich((c) => c > 0),
  __ge__: rich((c) => c >= 0),
  __repr__: (_vm, args) => strRepr(slotStr(args)),
  __str__: (_vm, args) => slotStr(args),
});

defineMethods(strType, {
  // --- methods of the protocol ---
  __format__(vm, args, kwargs) {
    const s = selfStr(args, '__format__');
    const spec = oneArg('str.__format__', args, kwargs);
    if (typeof spec !== 'string') throw typeError(`__format__() argument must be str, not ${typeName(spec)}`);
    return strFormatSpec(vm, s, spec);
  },
  __getnewargs__: (_vm, args, kwargs) => newTuple([noArgStr(args, kwargs, '__getnewargs__')]),
  __sizeof__: (_vm, args, kwargs) => strSizeof(noArgStr(args, kwargs, '__sizeof__')),

  // --- case ---
  upper: (_vm, args, kwargs) => strUpper(noArgStr(args, kwargs, 'upper')),
  lower: (_vm, args, kwargs) => strLower(noArgStr(args, kwargs, 'lower')),
  casefold: (_vm, args, kwargs) => strCasefold(noArgStr(args, kwargs, 'casefold')),
  swapcase: (_vm, args, kwargs) => strSwapcase(noArgStr(args, kwargs, 'swapcase')),
  title: (_vm, args, kwargs) => strTitle(noArgStr(args, kwargs, 'title')),
  capitalize: (_vm, args, kwargs) => strCapitalize(noArgStr(args, kwargs, 'capitalize')),

  // --- predicates ---
  isalnum: (_vm, args, kwargs) => allCps(noArgStr(args, kwargs, 'isalnum'), isAlnum),
  isalpha: (_vm, args, kwargs) => allCps(noArgStr(args, kwargs, 'isalpha'), isAlpha),
  isascii: (_vm, args, kwargs) => ASCII_ONLY.test(noArgStr(args, kwargs, 'isascii')),
  isdecimal: (_vm, args, kwargs) => allCps(noArgStr(args, kwargs, 'isdecimal'), isDecimal),
  isdigit: (_vm, args, kwargs) => allCps(noArgStr(args, kwargs, 'isdigit'), isDigit),
  isnumeric: (_vm, args, kwargs) => allCps(noArgStr(args, kwargs, 'isnumeric'), isNumeric),
  isspace: (_vm, args, kwargs) => allCps(noArgStr(args, kwargs, 'isspace'), isSpace),
  isprintable(_vm, args, kwargs) {
    const s = noArgStr(args, kwargs, 'isprintable');
    return s.length === 0 || allCps(s, isPrintableCodePoint);
  },
  islower: (_vm, args, kwargs) => strIsLower(noArgStr(args, kwargs, 'islower')),
  isupper: (_vm, args, kwargs) => strIsUpper(noArgStr(args, kwargs, 'isupper')),
  istitle: (_vm, args, kwargs) => strIsTitle(noArgStr(args, kwargs, 'istitle')),
  isidentifier: (_vm, args, kwargs) => strIsIdentifier(noArgStr(args, kwargs, 'isidentifier')),

  // --- searching ---
  find(vm, args, kwargs) {
    const s = selfStr(args, 'find');
    positional('str.find', 'find', args, kwargs, 1, 3);
    const sub = strArg(args[1]!, `find() argument 1 must be str, not ${badArgTypeName(args[1]!)}`);
    return findImpl(vm, s, sub, args[2], args[3], false);
  },
  rfind(vm, args, kwargs) {
    const s = selfStr(args, 'rfind');
    positional('str.rfind', 'rfind', args, kwargs, 1, 3);
    const sub = strArg(args[1]!, `rfind() argument 1 must be str, not ${badArgTypeName(args[1]!)}`);
    return findImpl(vm, s, sub, args[2], args[3], true);
  },
  index(vm, args, kwargs) {
    const s = selfStr(args, 'index');
    positional('str.index', 'index', args, kwargs, 1, 3);
    const sub = strArg(args[1]!, `index() argument 1 must be str, not ${badArgTypeName(args[1]!)}`);
    const r = findImpl(vm, s, sub, args[2], args[3], false);
    if (r < 0) throw valueError('substring not found');
    return r;
  },
  rindex(vm, args, kwargs) {
    const s = selfStr(args, 'rindex');
    positional('str.rindex', 'rindex', args, kwargs, 1, 3);
    const sub = strArg(args[1]!, `rindex() argument 1 must be str, not ${badArgTypeName(args[1]!)}`);
    const r = findImpl(vm, s, sub, args[2], args[3], true);
    if (r < 0) throw valueError('substring not found');
    return r;
  },
  count(vm, args, kwargs) {
    const s = selfStr(args, 'count');
    positional('str.count', 'count', args, kwargs, 1, 3);
    const sub = strArg(args[1]!, `count() argument 1 must be str, not ${badArgTypeName(args[1]!)}`);
    return countImpl(vm, s, sub, args[2], args[3]);
  },
  startswith: (vm, args, kwargs) => startsEnds(vm, args, kwargs, 'startswith'),
  endswith: (vm, args, kwargs) => startsEnds(vm, args, kwargs, 'endswith'),

  // --- splitting and joining ---
  split(vm, args, kwargs) {
    const s = selfStr(args, 'split');
    const [sep, maxsplit] = splitArgs(vm, args, kwargs, 'split');
    return new PyList(sep === null ? splitWhitespace(s, maxsplit) : splitSep(s, sep, maxsplit));
  },
  rsplit(vm, args, kwargs) {
    const s = selfStr(args, 'rsplit');
    const [sep, maxsplit] = splitArgs(vm, args, kwargs, 'rsplit');
    return new PyList(sep === null ? rsplitWhitespace(s, maxsplit) : rsplitSep(s, sep, maxsplit));
  },
  splitlines(vm, args, kwargs) {
    const s = selfStr(args, 'splitlines');
    const [keep] = unpack('splitlines', args, kwargs, ['keepends'], 0, 0);
    return new PyList(splitLines(s, keep === undefined ? false : boolArg(vm, keep)));
  },
  partition(_vm, args, kwargs) {
    const s = selfStr(args, 'partition');
    return partitionImpl(s, oneArg('str.partition', args, kwargs), false);
  },
  rpartition(_vm, args, kwargs) {
    const s = selfStr(args, 'rpartition');
    return partitionImpl(s, oneArg('str.rpartition', args, kwargs), true);
  },
  join(vm, args, kwargs) {
    const s = selfStr(args, 'join');
    return strJoin(vm, s, oneArg('str.join', args, kwargs));
  },

  // --- stripping and padding ---
  strip(_vm, args, kwargs) {
    const s = selfStr(args, 'strip');
    positional('str.strip', 'strip', args, kwargs, 0, 1);
    return stripImpl(s, args[1], 3, 'strip');
  },
  lstrip(_vm, args, kwargs) {
    const s = selfStr(args, 'lstrip');
    positional('str.lstrip', 'lstrip', args, kwargs, 0, 1);
    return stripImpl(s, args[1], 1, 'lstrip');
  },
  rstrip(_vm, args, kwargs) {
    const s = selfStr(args, 'rstrip');
    positional('str.rstrip', 'rstrip', args, kwargs, 0, 1);
    return stripImpl(s, args[1], 2, 'rstrip');
  },
  removeprefix(_vm, args, kwargs) {
    const s = selfStr(args, 'removeprefix');
    const p = oneArg('str.removeprefix', args, kwargs);
    if (typeof p !== 'string') throw typeError(`removeprefix() argument must be str, not ${badArgTypeName(p)}`);
    return p.length > 0 && s.startsWith(p) && !splitsPair(s, p.length) ? s.slice(p.length) : s;
  },
  removesuffix(_vm, args, kwargs) {
    const s = selfStr(args, 'removesuffix');
    const p = oneArg('str.removesuffix', args, kwargs);
    if (typeof p !== 'string') throw typeError(`removesuffix() argument must be str, not ${badArgTypeName(p)}`);
    return p.length > 0 && s.endsWith(p) && !splitsPair(s, s.length - p.length) ? s.slice(0, s.length - p.length) : s;
  },
  center(vm, args, kwargs) {
    const s = selfStr(args, 'center');
    positional('str.center', 'center', args, kwargs, 1, 2);
    const width = ssizeArg(vm, args[1]!);
    const fill = fillArg(args[2]);
    const marg = width - cpLength(s);
    if (marg <= 0) return s;
    const left = Math.floor(marg / 2) + (marg & width & 1);
    return pad(vm, s, left, marg - left, fill);
  },
  ljust(vm, args, kwargs) {
    const s = selfStr(args, 'ljust');
    positional('str.ljust', 'ljust', args, kwargs, 1, 2);
    const width = ssizeArg(vm, args[1]!);
    const fill = fillArg(args[2]);
    return pad(vm, s, 0, width - cpLength(s), fill);
  },
  rjust(vm, args, kwargs) {
    const s = selfStr(args, 'rjust');
    positional('str.rjust', 'rjust', args, kwargs, 1, 2);
    const width = ssizeArg(vm, args[1]!);
    const fill = fillArg(args[2]);
    return pad(vm, s, width - cpLength(s), 0, fill);
  },
  zfill(vm, args, kwargs) {
    const s = selfStr(args, 'zfill');
    return zfill(vm, s, ssizeArg(vm, oneArg('str.zfill', args, kwargs)));
  },
  expandtabs(vm, args, kwargs) {
    const s = selfStr(args, 'expandtabs');
    const [t] = unpack('expandtabs', args, kwargs, ['tabsize'], 0, 0);
    return expandTabs(vm, s, t === undefined ? 8 : cIntArg(vm, t));
  },

  // --- transforming ---
  replace(vm, args, kwargs) {
    const s = selfStr(args, 'replace');
    const [old, rep, cnt] = unpack('replace', args, kwargs, ['old', 'new', 'count'], 2, 2);
    if (typeof old !== 'string') throw typeError(`replace() argument 1 must be str, not ${badArgTypeName(old!)}`);
    if (typeof rep !== 'string') throw typeError(`replace() argument 2 must be str, not ${badArgTypeName(rep!)}`);
    return strReplace(vm, s, old, rep, cnt === undefined ? -1 : ssizeArg(vm, cnt));
  },
  translate(vm, args, kwargs) {
    const s = selfStr(args, 'translate');
    return translateImpl(vm, s, oneArg('str.translate', args, kwargs));
  },
  encode(vm, args, kwargs) {
    const s = selfStr(args, 'encode');
    const [enc, errors] = unpack('encode', args, kwargs, ['encoding', 'errors'], 0, 0);
    if (enc !== undefined && typeof enc !== 'string') throw typeError(`encode() argument 'encoding' must be str, not ${badArgTypeName(enc)}`);
    if (errors !== undefined && typeof errors !== 'string') throw typeError(`encode() argument 'errors' must be str, not ${badArgTypeName(errors)}`);
    return encodeStr(vm, s, enc ?? 'utf-8', errors ?? 'strict');
  },
  format: (vm, args, kwargs) => strFormatMethod(vm, selfStr(args, 'format'), args.slice(1), kwargs),
  format_map(vm, args, kwargs) {
    const s = selfStr(args, 'format_map');
    return strFormatMap(vm, s, oneArg('str.format_map', args, kwargs));
  },
});

// str.__new__(cls, ...): tp_new_wrapper's checks of the class, then str()'s construction.
registerNative('str.__new__', strNew);
strType.dict.set('__new__', new PyStaticMethod(new PyBuiltinFunction(builtinFunctionType, '__new__', 'str.__new__', 'str.__new__', strNew)));
function strNew(vm: Interp, args: PyValue[], kwargs: Kwargs | null): PyValue {
  const cls = args[0];
  if (cls === undefined) throw typeError('str.__new__(): not enough arguments');
  if (!(cls instanceof PyType)) throw typeError(`str.__new__(X): X is not a type object (${typeName(cls)})`);
  if (!cls.isSubtypeOf(strType)) throw typeError(`str.__new__(${cls.name}): ${cls.name} is not a subtype of str`);
  return callStrType(vm, args.slice(1), kwargs);
}

// unicode_doc (Objects/unicodeobject.c).
strType.dict.set(
  '__doc__',
  "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object. If encoding or\n" +
    'errors is specified, then the object must expose a data buffer\nthat will be decoded using the given encoding and error handler.\n' +
    "Otherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding defaults to 'utf-8'.\nerrors defaults to 'strict'.",
);

// A staticmethod in CPython: "x".maketrans(...) does not pass "x".
registerNative('str.maketrans', maketrans);
strType.dict.set('maketrans', new PyStaticMethod(new PyBuiltinFunction(builtinFunctionType, 'maketrans', 'str.maketrans', 'str.maketrans', maketrans)));

/** __mul__'s argument: an index (its message differs from the operator's). */
function ssizeLikeIndex(vm: Interp, v: PyValue): number | bigint {
  const i = indexValue(vm, v);
  if (i === null) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return i;
}

function boolArg(vm: Interp, v: PyValue): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  return vm.truthy(v);
}

/** sys.getsizeof('...') without the GC header: CPython's compact str layouts. */
export function strSizeof(s: string): number {
  let max = 0;
  for (const c of codePoints(s)) if (c > max) max = c;
  const n = cpLength(s);
  if (max < 128) return 40 + n + 1;
  if (max < 256) return 56 + n + 1;
  if (max < 65536) return 56 + 2 * (n + 1);
  return 56 + 4 * (n + 1);
}

/** The str of a builtin str method object, for the VM's attribute lookups. */
export function strMethod(name: string): PyBuiltinFunction | undefined {
  const m = strType.dict.get(name);
  return m instanceof PyBuiltinFunction ? m : undefined;
}

