// bytes: an immutable sequence of bytes over a Uint8Array (Objects/bytesobject.c,
// Objects/bytes_methods.c, Objects/stringlib).
//
// Most methods work on a "latin-1 view" of the data, a JS string with one character per byte: the
// string algorithms (search, split, strip) then run natively and never meet a surrogate. Case
// mapping and character classes are ASCII-only for bytes, as in CPython (Py_ISSPACE and friends).

import { None, NotImplemented, PyObject, PyType, intFromBigInt, isInt, makeBuiltinType, objectType, typeOf, type PyValue } from './object.ts';
import { builtinFunction, defineMethods, type Kwargs } from './function.ts';
import { PyFloat } from './float.ts';
import { PyList } from './list.ts';
import { PyTuple, newTuple } from './tuple.ts';
import { bytesRepr } from './repr.ts';
import { PySlice } from './slice.ts';
import { PyStaticMethod, defineClassMethods } from './descriptors.ts';
import { hashBytesInto, hashValue, registerHasher } from './hash.ts';
import * as E from './exceptions.ts';
import { CompareOp, type Interp } from '../vm/interp.ts';
import { BinaryOp } from '../compiler/opcodes.ts';
import { indexError, memoryError, overflowError, raise, typeError, valueError } from '../vm/raise.ts';
import { adjustIndices, adjustSlice, badArgTypeName, cIntArg, indexValue, noArgs, oneArg, positional, sliceIndexArg, ssizeArg, typeName, unpack } from './str-args.ts';
import { decodeBytes, encodeStr } from './str-codecs.ts';
import { percentFormat } from './str-format.ts';
import { floatFromStringOrNull } from './number-parse.ts';
import { iterateValues } from './str.ts';

export const bytesType = makeBuiltinType('bytes');

export class PyBytes extends PyObject {
  /** Never mutated after construction. */
  constructor(readonly data: Uint8Array) {
    super(bytesType);
  }
}

const EMPTY = new PyBytes(new Uint8Array(0));

registerHasher(bytesType, (_vm, v) => hashBytesInto((v as PyBytes).data));

export function bytesFrom(data: Uint8Array): PyBytes {
  return data.length === 0 ? EMPTY : new PyBytes(data);
}

/** A JS string with one character per byte. */
export function latin1Of(data: Uint8Array): string {
  let s = '';
  const CHUNK = 8192;
  for (let k = 0; k < data.length; k += CHUNK) s += String.fromCharCode.apply(null, Array.from(data.subarray(k, Math.min(data.length, k + CHUNK))));
  return s;
}

/** The bytes whose latin-1 view is `s` (every character below 256). */
export function bytesFromLatin1(s: string): PyBytes {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return bytesFrom(b);
}

const MAX_BYTES = 2 ** 31;
const SSIZE_MAX = 9223372036854775807n;

// =============================================================================================
// Argument helpers

function selfBytes(args: PyValue[], method: string): PyBytes {
  const b = args[0];
  if (!(b instanceof PyBytes)) throw typeError(`descriptor '${method}' for 'bytes' objects doesn't apply to a '${typeName(b ?? None)}' object`);
  return b;
}

/** A bytes-like argument (bytes; bytearray and memoryview when they exist expose `data`). */
function bytesLike(v: PyValue): Uint8Array | null {
  if (v instanceof PyBytes) return v.data;
  if (typeof v === 'object' && (v.type.name === 'bytearray' || v.type.name === 'memoryview') && (v as unknown as { data?: unknown }).data instanceof Uint8Array) {
    return (v as unknown as { data: Uint8Array }).data;
  }
  return null;
}

function needBytes(v: PyValue): string {
  const d = bytesLike(v);
  if (d === null) throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return latin1Of(d);
}

/** The `sub` argument of find/count/index: bytes-like or an int in range(256). */
function subArg(vm: Interp, v: PyValue): string {
  const d = bytesLike(v);
  if (d !== null) return latin1Of(d);
  const i = typeof v === 'string' || v instanceof PyFloat ? null : indexValue(vm, v);
  if (i === null) throw typeError(`argument should be integer or bytes-like object, not '${typeName(v)}'`);
  if (i < 0 || i > 255) throw valueError('byte must be in range(0, 256)');
  return String.fromCharCode(Number(i));
}

function fillArg(v: PyValue | undefined, method: string): string {
  if (v === undefined) return ' ';
  const d = bytesLike(v);
  if (d === null) throw typeError(`${method}() argument 2 must be a byte string of length 1, not ${badArgTypeName(v)}`);
  if (d.length !== 1) throw typeError(`${method}(): argument 2 must be a byte string of length 1, not a bytes object of length ${d.length}`);
  return String.fromCharCode(d[0]!);
}

function result(vm: Interp, s: string): PyBytes {
  vm.charge(s.length + 33);
  return bytesFromLatin1(s);
}

// =============================================================================================
// Operators

export function bytesConcat(vm: Interp, a: PyBytes, b: PyValue): PyBytes {
  const d = bytesLike(b);
  if (d === null) throw typeError(`can't concat ${typeName(b)} to bytes`);
  if (d.length === 0) return a;
  if (a.data.length === 0 && b instanceof PyBytes) return b;
  const n = a.data.length + d.length;
  if (n > MAX_BYTES) throw memoryError();
  vm.charge(n + 33);
  const out = new Uint8Array(n);
  out.set(a.data, 0);
  out.set(d, a.data.length);
  return new PyBytes(out);
}

/** b * n with n an int already. */
export function bytesRepeatInt(vm: Interp, b: PyBytes, n: number | bigint | boolean): PyBytes {
  if (typeof n === 'boolean') n = n ? 1 : 0;
  if (typeof n === 'bigint') {
    if (n > SSIZE_MAX || n < -SSIZE_MAX - 1n) throw overflowError("cannot fit 'int' into an index-sized integer");
    if (n < 0n || b.data.length === 0) return EMPTY;
    if (BigInt(b.data.length) * n > SSIZE_MAX) throw overflowError('repeated bytes are too long');
    throw memoryError();
  }
  if (n <= 0 || b.data.length === 0) return EMPTY;
  if (n === 1) return b;
  if (BigInt(b.data.length) * BigInt(n) > SSIZE_MAX) throw overflowError('repeated bytes are too long');
  const size = b.data.length * n;
  vm.charge(size + 33);
  if (size > MAX_BYTES) throw memoryError();
  const out = new Uint8Array(size);
  for (let k = 0; k < size; k += b.data.length) out.set(b.data, k);
  return new PyBytes(out);
}

/** The `*` operator with a bytes on one side. */
export function bytesRepeat(vm: Interp, b: PyBytes, count: PyValue): PyBytes {
  if (isInt(count) || typeof count === 'boolean') return bytesRepeatInt(vm, b, count);
  const i = count instanceof PyFloat || typeof count === 'string' || typeOf(count).lookup('__index__') === undefined ? null : indexValue(vm, count);
  if (i === null) throw typeError(`can't multiply sequence by non-int of type '${typeName(count)}'`);
  return bytesRepeatInt(vm, b, i);
}

export function bytesIndex(b: PyBytes, i: number | bigint): number {
  if (typeof i === 'bigint') {
    if (i > SSIZE_MAX || i < -SSIZE_MAX - 1n) throw indexError("cannot fit 'int' into an index-sized integer");
    throw indexError('index out of range');
  }
  const n = b.data.length;
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw indexError('index out of range');
  return b.data[i]!;
}

export function bytesSlice(vm: Interp, b: PyBytes, start: PyValue, stop: PyValue, step: PyValue): PyBytes {
  let st = 1;
  if (step !== None) {
    st = sliceIndexArg(vm, step, 1);
    if (st === 0) throw valueError('slice step cannot be zero');
  }
  const a = start === None ? null : sliceIndexArg(vm, start, 0);
  const z = stop === None ? null : sliceIndexArg(vm, stop, 0);
  const [from, , count] = adjustSlice(b.data.length, a, z, st);
  if (count <= 0) return EMPTY;
  if (st === 1) return count === b.data.length ? b : new PyBytes(b.data.slice(from, from + count));
  const out = new Uint8Array(count);
  for (let i = 0, j = from; i < count; i++, j += st) out[i] = b.data[j]!;
  return new PyBytes(out);
}

export function bytesGetItem(vm: Interp, b: PyBytes, key: PyValue): PyValue {
  if (typeof key === 'number') return bytesIndex(b, key);
  if (key instanceof PySlice) return bytesSlice(vm, b, key.start, key.stop, key.step);
  const i = key instanceof PyFloat || typeof key === 'string' ? null : indexValue(vm, key);
  if (i === null) throw typeError(`byte indices must be integers or slices, not ${typeName(key)}`);
  return bytesIndex(b, i);
}

/** Compares two byte strings: negative, zero or positive. */
export function bytesCompare(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

export function bytesContains(vm: Interp, b: PyBytes, x: PyValue): boolean {
  if (isInt(x) || typeof x === 'boolean' || (typeof x === 'object' && !(x instanceof PyFloat) && bytesLike(x) === null && typeOf(x).lookup('__index__') !== undefined)) {
    const i = indexValue(vm, x)!;
    if (i < 0 || i > 255) throw valueError('byte must be in range(0, 256)');
    return b.data.includes(Number(i));
  }
  return latin1Of(b.data).includes(needBytes(x));
}

/** bytes_richcompare: only bytes with bytes (NotImplemented otherwise, so == falls back to identity). */
export function bytesRichCompare(a: PyBytes, b: PyValue, op: CompareOp): PyValue {
  if (!(b instanceof PyBytes)) return NotImplemented;
  if (op === CompareOp.EQ || op === CompareOp.NE) {
    const eq = a === b || (a.data.length === b.data.length && bytesCompare(a.data, b.data) === 0);
    return eq === (op === CompareOp.EQ);
  }
  const c = bytesCompare(a.data, b.data);
  return op === CompareOp.LT ? c < 0 : op === CompareOp.LE ? c <= 0 : op === CompareOp.GT ? c > 0 : c >= 0;
}

/** Whether the VM carries out `a op b` with bytesBinaryOp (op without its INPLACE offset). bytes
 * has no nb_add/nb_multiply, only sq_concat/sq_repeat (Objects/abstract.c binary_op1 then the
 * sequence slots): a right operand's __radd__/__rmul__ goes first. It has nb_remainder (bytes_mod),
 * which formats whatever the right operand is. */
export function bytesOperatorApplies(op: BinaryOp, a: PyValue, b: PyValue): boolean {
  if (a instanceof PyBytes) {
    if (op === BinaryOp.REMAINDER) return true;
    if (op === BinaryOp.ADD) return !(typeOf(b).isHeapType() && typeOf(b).lookup('__radd__') !== undefined);
    if (op === BinaryOp.MULTIPLY) return !(typeOf(b).isHeapType() && typeOf(b).lookup('__rmul__') !== undefined);
    return false;
  }
  if (op !== BinaryOp.MULTIPLY || !(b instanceof PyBytes)) return false;
  if (isInt(a) || typeof a === 'boolean') return true;
  // n * b with a class instance n: its __mul__ first (the eval loop's dunder path), else
  // sq_repeat with n.__index__().
  const ta = typeOf(a);
  return ta.isHeapType() && ta.lookup('__mul__') === undefined && ta.lookup('__index__') !== undefined;
}

/** a + b, a * n, n * a and a % args for the operands bytesOperatorApplies accepted. */
export function bytesBinaryOp(vm: Interp, op: BinaryOp, a: PyValue, b: PyValue): PyValue {
  if (op === BinaryOp.MULTIPLY) return a instanceof PyBytes ? bytesRepeat(vm, a, b) : bytesRepeat(vm, b as PyBytes, a);
  if (op === BinaryOp.ADD) return bytesConcat(vm, a as PyBytes, b);
  return bytesPercent(vm, a as PyBytes, b);
}

/** float(b) (PyFloat_FromString on the bytes themselves: ASCII digits and spaces only); the
 * error shows the bytes' repr. */
export function floatFromBytes(b: PyBytes): number {
  const r = b.data.every((c) => c < 0x80) ? floatFromStringOrNull(latin1Of(b.data)) : null;
  if (r === null) throw valueError(`could not convert string to float: ${bytesRepr(b.data)}`);
  return r;
}

// =============================================================================================
// Iteration

export const bytesIteratorType = makeBuiltinType('bytes_iterator', objectType, { final: true });

export class PyBytesIterator extends PyObject {
  seq: PyBytes | null;
  index = 0;
  constructor(b: PyBytes) {
    super(bytesIteratorType);
    this.seq = b;
  }
  nextValue(): PyValue | undefined {
    const b = this.seq;
    if (b === null) return undefined;
    if (this.index < b.data.length) return b.data[this.index++]!;
    this.seq = null;
    return undefined;
  }
}

function selfBytesIter(args: PyValue[], name: string): PyBytesIterator {
  const s = args[0];
  if (!(s instanceof PyBytesIterator)) throw typeError(`descriptor '${name}' for 'bytes_iterator' objects doesn't apply to a '${typeName(s ?? None)}' object`);
  return s;
}

defineMethods(bytesIteratorType, {
  __next__(_vm, args, kwargs) {
    noArgs('bytes_iterator.__next__', args, kwargs);
    const v = selfBytesIter(args, '__next__').nextValue();
    if (v === undefined) throw raise(E.StopIteration);
    return v;
  },
  __iter__: (_vm, args, kwargs) => (noArgs('bytes_iterator.__iter__', args, kwargs), selfBytesIter(args, '__iter__')),
  __length_hint__(_vm, args, kwargs) {
    noArgs('bytes_iterator.__length_hint__', args, kwargs);
    const it = selfBytesIter(args, '__length_hint__');
    return it.seq === null ? 0 : Math.max(0, it.seq.data.length - it.index);
  },
});

// =============================================================================================
// Construction: bytes(), bytes(n), bytes(iterable_of_ints), bytes(str, encoding[, errors]),
// bytes(obj with __bytes__) (Objects/bytesobject.c bytes_new_impl, PyBytes_FromObject).

function bytesNew(vm: Interp, allArgs: PyValue[], kwargs: Kwargs | null): PyValue {
  // tp_new_wrapper's checks of the class argument.
  const cls = allArgs[0];
  if (cls === undefined) throw typeError('bytes.__new__(): not enough arguments');
  if (!(cls instanceof PyType)) throw typeError(`bytes.__new__(X): X is not a type object (${typeName(cls)})`);
  if (!cls.isSubtypeOf(bytesType)) throw typeError(`bytes.__new__(${cls.name}): ${cls.name} is not a subtype of bytes`);
  const [x, encoding, errors] = unpack('bytes', allArgs, kwargs, ['source', 'encoding', 'errors'], 0, 0);
  if (encoding !== undefined && typeof encoding !== 'string') throw typeError(`bytes() argument 'encoding' must be str, not ${badArgTypeName(encoding)}`);
  if (errors !== undefined && typeof errors !== 'string') throw typeError(`bytes() argument 'errors' must be str, not ${badArgTypeName(errors)}`);
  if (x === undefined) {
    if (encoding !== undefined) throw typeError('encoding without a string argument');
    if (errors !== undefined) throw typeError('errors without a string argument');
    return EMPTY;
  }
  if (encoding !== undefined) {
    if (typeof x !== 'string') throw typeError('encoding without a string argument');
    return encodeStr(vm, x, encoding, errors ?? 'strict');
  }
  if (errors !== undefined) throw typeError(typeof x === 'string' ? 'string argument without an encoding' : 'errors without a string argument');
  if (x instanceof PyBytes) return x;
  const tx = typeOf(x);
  const dunder = tx.isHeapType() ? tx.lookup('__bytes__') : undefined;
  if (dunder !== undefined) {
    const r = vm.callNested(dunder, [x]);
    if (!(r instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
    return r;
  }
  if (typeof x === 'string') throw typeError('string argument without an encoding');
  // An integer: that many zero bytes.
  if (!(x instanceof PyFloat) && (isInt(x) || typeof x === 'boolean' || tx.lookup('__index__') !== undefined)) {
    const n = indexValue(vm, x)!;
    if (typeof n === 'bigint') {
      if (n > SSIZE_MAX || n < -SSIZE_MAX - 1n) throw overflowError("cannot fit 'int' into an index-sized integer");
      if (n < 0n) throw valueError('negative count');
      throw memoryError();
    }
    if (n < 0) throw valueError('negative count');
    if (n > MAX_BYTES) throw memoryError();
    vm.charge(n + 33);
    return bytesFrom(new Uint8Array(n));
  }
  return bytesFromObject(vm, x);
}

/** PyBytes_FromObject: a bytes-like object, or an iterable of ints in range(256). */
function bytesFromObject(vm: Interp, x: PyValue): PyBytes {
  const d = bytesLike(x);
  if (d !== null) {
    vm.charge(d.length + 33);
    return bytesFrom(d.slice());
  }
  const tx = typeOf(x);
  const iterable = x instanceof PyList || x instanceof PyTuple || (typeof x !== 'string' && tx.lookup('__iter__') !== undefined) || (tx.isHeapType() && tx.lookup('__getitem__') !== undefined);
  if (!iterable) throw typeError(`cannot convert '${typeName(x)}' object to bytes`);
  const out: number[] = [];
  forEachValue(vm, x, (item) => {
    // _PyBytes_FromList/FromIterator: PyNumber_AsSsize_t(item, NULL) clips huge values.
    const i = indexValue(vm, item);
    if (i === null) throw typeError(`'${typeName(item)}' object cannot be interpreted as an integer`);
    if (i < 0 || i > 255) throw valueError('bytes must be in range(0, 256)');
    out.push(Number(i));
    if ((out.length & 0xffff) === 0) vm.charge(0x10000);
  });
  vm.charge(out.length + 33);
  return bytesFrom(Uint8Array.from(out));
}

/** Calls `fn` on each item of an iterable (natively for builtin containers). */
function forEachValue(vm: Interp, v: PyValue, fn: (x: PyValue) => void): void {
  const native = vm.nativeIter(v);
  if (native !== null) {
    for (let r = native.next(); !r.done; r = native.next()) fn(r.value);
    return;
  }
  const it = vm.getIter(v);
  for (let x = vm.iterNext(it); x !== undefined; x = vm.iterNext(it)) fn(x);
}

// =============================================================================================
// Methods over the latin-1 view

const isSpaceByte = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);
const isLowerByte = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isUpperByte = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isDigitByte = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isAlphaByte = (c: number): boolean => isLowerByte(c) || isUpperByte(c);

function allBytes(d: Uint8Array, pred: (c: number) => boolean): boolean {
  if (d.length === 0) return false;
  for (let i = 0; i < d.length; i++) if (!pred(d[i]!)) return false;
  return true;
}

function mapBytes(vm: Interp, d: Uint8Array, f: (c: number, i: number, prev: number) => number): PyBytes {
  vm.charge(d.length + 33);
  const out = new Uint8Array(d.length);
  for (let i = 0; i < d.length; i++) out[i] = f(d[i]!, i, i > 0 ? d[i - 1]! : -1);
  return bytesFrom(out);
}

const upperB = (c: number): number => (isLowerByte(c) ? c - 32 : c);
const lowerB = (c: number): number => (isUpperByte(c) ? c + 32 : c);

/** The start/end arguments of find, count, startswith...: Argument Clinic converts them (as slice
 * indices) before the method body looks at its first argument. */
function startEndArgs(vm: Interp, args: PyValue[]): [number, number] {
  return [sliceIndexArg(vm, args[2], 0), sliceIndexArg(vm, args[3], Number.MAX_SAFE_INTEGER)];
}

function searchRange(len: number, subLen: number, range: [number, number]): [number, number] | null {
  const [start, end] = adjustIndices(range[0], range[1], len);
  if (end - start < subLen) return null;
  return [start, end];
}

function findImpl(vm: Interp, args: PyValue[], kwargs: Kwargs | null, name: string, reverse: boolean): number {
  const self = selfBytes(args, name);
  positional(`bytes.${name}`, name, args, kwargs, 1, 3);
  const range = startEndArgs(vm, args);
  const sub = subArg(vm, args[1]!);
  const s = latin1Of(self.data);
  const r = searchRange(s.length, sub.length, range);
  if (r === null) return -1;
  const [start, end] = r;
  if (reverse) {
    const u = s.lastIndexOf(sub, end - sub.length);
    return u >= start ? u : -1;
  }
  const u = s.indexOf(sub, start);
  return u >= 0 && u + sub.length <= end ? u : -1;
}

function tailMatch(s: string, sub: string, range: [number, number], atEnd: boolean): boolean {
  let [start, end] = adjustIndices(range[0], range[1], s.length);
  end -= sub.length;
  if (end < start) return false;
  if (sub.length === 0) return true;
  return s.startsWith(sub, atEnd ? end : start);
}

function startsEnds(vm: Interp, args: PyValue[], kwargs: Kwargs | null, name: 'startswith' | 'endswith'): boolean {
  const self = selfBytes(args, name);
  positional(`bytes.${name}`, name, args, kwargs, 1, 3);
  const range = startEndArgs(vm, args);
  const s = latin1Of(self.data);
  const p = args[1]!;
  if (p instanceof PyTuple) {
    for (const item of p.items) if (tailMatch(s, needBytes(item), range, name === 'endswith')) return true;
    return false;
  }
  const d = bytesLike(p);
  if (d === null) throw typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeName(p)}`);
  return tailMatch(s, latin1Of(d), range, name === 'endswith');
}

function splitImpl(vm: Interp, args: PyValue[], kwargs: Kwargs | null, name: string, reverse: boolean): PyList {
  const self = selfBytes(args, name);
  const [sepArg, maxArg] = unpack(name, args, kwargs, ['sep', 'maxsplit'], 0, 0);
  let maxsplit = maxArg === undefined ? -1 : ssizeArg(vm, maxArg);
  if (maxsplit < 0) maxsplit = -1;
  const s = latin1Of(self.data);
  let parts: string[];
  if (sepArg === undefined || sepArg === None) {
    parts = reverse ? rsplitWs(s, maxsplit) : splitWs(s, maxsplit);
  } else {
    const sep = needBytes(sepArg);
    if (sep.length === 0) throw valueError('empty separator');
    parts = [];
    if (!reverse) {
      let from = 0;
      while (maxsplit-- !== 0) {
        const u = s.indexOf(sep, from);
        if (u < 0) break;
        parts.push(s.slice(from, u));
        from = u + sep.length;
      }
      parts.push(s.slice(from));
    } else {
      let end = s.length;
      while (maxsplit-- !== 0) {
        if (end - sep.length < 0) break;
        const u = s.lastIndexOf(sep, end - sep.length);
        if (u < 0) break;
        parts.push(s.slice(u + sep.length, end));
        end = u;
      }
      parts.push(s.slice(0, end));
      parts.reverse();
    }
  }
  return new PyList(parts.map((p) => result(vm, p)));
}

function splitWs(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (maxsplit-- !== 0) {
    while (i < n && isSpaceByte(s.charCodeAt(i))) i++;
    if (i === n) return out;
    const j = i;
    while (i < n && !isSpaceByte(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  while (i < n && isSpaceByte(s.charCodeAt(i))) i++;
  if (i < n) out.push(s.slice(i));
  return out;
}

function rsplitWs(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length - 1;
  while (maxsplit-- !== 0) {
    while (i >= 0 && isSpaceByte(s.charCodeAt(i))) i--;
    if (i < 0) return out.reverse();
    const j = i;
    while (i >= 0 && !isSpaceByte(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  while (i >= 0 && isSpaceByte(s.charCodeAt(i))) i--;
  if (i >= 0) out.push(s.slice(0, i + 1));
  return out.reverse();
}

function stripImpl(vm: Interp, args: PyValue[], kwargs: Kwargs | null, name: string, which: number): PyBytes {
  const self = selfBytes(args, name);
  positional(`bytes.${name}`, name, args, kwargs, 0, 1);
  const c = args[1];
  let pred: (c: number) => boolean = isSpaceByte;
  if (c !== undefined && c !== None) {
    const set = new Set(needBytes(c).split('').map((x) => x.charCodeAt(0)));
    pred = (x) => set.has(x);
  }
  const d = self.data;
  let i = 0;
  let j = d.length;
  if (which & 1) while (i < j && pred(d[i]!)) i++;
  if (which & 2) while (j > i && pred(d[j - 1]!)) j--;
  if (i === 0 && j === d.length) return self;
  return bytesFrom(d.slice(i, j));
}

function padImpl(vm: Interp, args: PyValue[], kwargs: Kwargs | null, name: string): PyBytes {
  const self = selfBytes(args, name);
  positional(`bytes.${name}`, name, args, kwargs, 1, 2);
  const width = ssizeArg(vm, args[1]!);
  const fill = fillArg(args[2], name);
  const len = self.data.length;
  const marg = width - len;
  if (marg <= 0) return self;
  if (width > MAX_BYTES) throw memoryError();
  let left = 0;
  if (name === 'rjust') left = marg;
  else if (name === 'center') left = Math.floor(marg / 2) + (marg & width & 1);
  const s = latin1Of(self.data);
  return result(vm, fill.repeat(left) + s + fill.repeat(marg - left));
}

function hexImpl(vm: Interp, d: Uint8Array, sepArg: PyValue | undefined, groupArg: PyValue | undefined): string {
  const HEX = '0123456789abcdef';
  // Argument Clinic converts bytes_per_sep before _Py_strhex_impl looks at sep.
  const group = groupArg === undefined ? 1 : cIntArg(vm, groupArg);
  let sep = '';
  if (sepArg !== undefined) {
    // Python/pystrhex.c: the length (PyObject_Length) is checked before the type.
    const d = bytesLike(sepArg);
    const len = typeof sepArg === 'string' ? Array.from(sepArg).length : d !== null ? d.length : vm.len(sepArg);
    if (len !== 1) throw valueError('sep must be length 1.');
    let sv: string;
    if (typeof sepArg === 'string') sv = sepArg;
    else {
      const b = bytesLike(sepArg);
      if (b === null) throw typeError('sep must be str or bytes.');
      sv = latin1Of(b);
    }
    if (sv.charCodeAt(0) > 127) throw valueError('sep must be ASCII.');
    sep = sv;
  }
  vm.charge(d.length * 3 + 49);
  const pieces: string[] = [];
  for (let i = 0; i < d.length; i++) pieces.push(HEX[d[i]! >> 4]! + HEX[d[i]! & 15]!);
  if (sep === '' || d.length === 0 || group === 0) return pieces.join('');
  const g = Math.abs(group);
  const out: string[] = [];
  if (group > 0) {
    // Groups counted from the right.
    let first = d.length % g;
    if (first === 0) first = g;
    out.push(pieces.slice(0, first).join(''));
    for (let i = first; i < d.length; i += g) out.push(pieces.slice(i, i + g).join(''));
  } else {
    for (let i = 0; i < d.length; i += g) out.push(pieces.slice(i, i + g).join(''));
  }
  return out.join(sep);
}

function fromHex(vm: Interp, args: PyValue[], kwargs: Kwargs | null): PyValue {
  // A class method: args[0] is the class.
  const v = oneArg('bytes.fromhex', args, kwargs);
  let s: string;
  if (typeof v === 'string') s = v;
  else {
    const d = bytesLike(v);
    if (d === null) throw typeError(`fromhex() argument must be str or bytes-like, not ${typeName(v)}`);
    s = latin1Of(d);
  }
  const out: number[] = [];
  let i = 0;
  const hexVal = (c: number): number => (c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 87 : c >= 0x41 && c <= 0x46 ? c - 55 : -1);
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (isSpaceByte(c) && c !== 0x0b ? true : c === 0x0b) {
      i++;
      continue;
    }
    const hi = hexVal(c);
    if (hi < 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    if (i + 1 >= s.length) throw valueError(`fromhex() arg must contain an even number of hexadecimal digits`);
    const lo = hexVal(s.charCodeAt(i + 1));
    if (lo < 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  vm.charge(out.length + 33);
  return bytesFrom(Uint8Array.from(out));
}

function joinImpl(vm: Interp, self: PyBytes, iterable: PyValue): PyBytes {
  const items = iterable instanceof PyList || iterable instanceof PyTuple ? iterable.items : iterateValues(vm, iterable);
  if (items === null) throw typeError('can only join an iterable');
  const datas: Uint8Array[] = [];
  let size = 0;
  for (let i = 0; i < items.length; i++) {
    const d = bytesLike(items[i]!);
    if (d === null) throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeName(items[i]!)} found`);
    datas.push(d);
    size += d.length;
  }
  if (datas.length > 1) size += self.data.length * (datas.length - 1);
  if (size > MAX_BYTES) throw memoryError();
  vm.charge(size + 33);
  const out = new Uint8Array(size);
  let k = 0;
  for (let i = 0; i < datas.length; i++) {
    if (i > 0) {
      out.set(self.data, k);
      k += self.data.length;
    }
    out.set(datas[i]!, k);
    k += datas[i]!.length;
  }
  return bytesFrom(out);
}

function replaceImpl(vm: Interp, self: PyBytes, old: string, rep: string, count: number): PyBytes {
  const s = latin1Of(self.data);
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  if (count === 0) return self;
  let out = '';
  if (old.length === 0) {
    const n = Math.min(count, s.length + 1);
    if (s.length + n * rep.length > MAX_BYTES) throw memoryError();
    for (let i = 0; i < s.length; i++) {
      if (i < n) out += rep;
      out += s[i];
    }
    if (n > s.length) out += rep;
    return result(vm, out);
  }
  let prev = 0;
  let hits = 0;
  for (let u = s.indexOf(old); u >= 0 && hits < count; u = s.indexOf(old, u + old.length)) {
    out += s.slice(prev, u) + rep;
    prev = u + old.length;
    hits++;
    if (out.length > MAX_BYTES) throw memoryError();
  }
  if (hits === 0) return self;
  return result(vm, out + s.slice(prev));
}

function translateImpl(vm: Interp, self: PyBytes, table: PyValue, del: PyValue | undefined): PyBytes {
  let map: Uint8Array | null = null;
  if (table !== None) {
    const t = bytesLike(table);
    if (t === null) throw typeError(`a bytes-like object is required, not '${typeName(table)}'`);
    if (t.length !== 256) throw valueError('translation table must be 256 characters long');
    map = t;
  }
  const dels = new Set<number>();
  if (del !== undefined) for (const c of needBytes(del)) dels.add(c.charCodeAt(0));
  const out: number[] = [];
  for (const c of self.data) if (!dels.has(c)) out.push(map === null ? c : map[c]!);
  vm.charge(out.length + 33);
  return bytesFrom(Uint8Array.from(out));
}

function maketrans(vm: Interp, args: PyValue[], kwargs: Kwargs | null): PyValue {
  positional('bytes.maketrans', 'maketrans', [None, ...args], kwargs, 2, 2);
  const a = bytesLike(args[0]!);
  if (a === null) throw typeError(`a bytes-like object is required, not '${typeName(args[0]!)}'`);
  const b = bytesLike(args[1]!);
  if (b === null) throw typeError(`a bytes-like object is required, not '${typeName(args[1]!)}'`);
  if (a.length !== b.length) throw valueError('maketrans arguments must have same length');
  const out = new Uint8Array(256);
  for (let i = 0; i < 256; i++) out[i] = i;
  for (let i = 0; i < a.length; i++) out[a[i]!] = b[i]!;
  vm.charge(256 + 33);
  return new PyBytes(out);
}

function rich(args: PyValue[], test: (c: number) => boolean): PyValue {
  const [a, b] = args;
  if (!(a instanceof PyBytes) || !(b instanceof PyBytes)) return NotImplemented;
  return test(bytesCompare(a.data, b.data));
}

/** bytes.splitlines: \n, \r and \r\n only. */
function splitLinesB(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    const j = i;
    while (i < n && s[i] !== '\n' && s[i] !== '\r') i++;
    let eol = i;
    if (i < n) {
      i += s[i] === '\r' && s[i + 1] === '\n' ? 2 : 1;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}

defineMethods(bytesType, {
  __len__: (_vm, args, kwargs) => (noArgs('bytes.__len__', args, kwargs), selfBytes(args, '__len__').data.length),
  __getitem__: (vm, args, kwargs) => bytesGetItem(vm, selfBytes(args, '__getitem__'), oneArg('bytes.__getitem__', args, kwargs)),
  __contains__: (vm, args, kwargs) => bytesContains(vm, selfBytes(args, '__contains__'), oneArg('bytes.__contains__', args, kwargs)),
  __add__: (vm, args, kwargs) => bytesConcat(vm, selfBytes(args, '__add__'), oneArg('bytes.__add__', args, kwargs)),
  __mul__(vm, args, kwargs) {
    const b = selfBytes(args, '__mul__');
    const v = oneArg('bytes.__mul__', args, kwargs);
    const i = indexValue(vm, v);
    if (i === null) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
    return bytesRepeatInt(vm, b, i);
  },
  __rmul__(vm, args, kwargs) {
    const b = selfBytes(args, '__rmul__');
    const v = oneArg('bytes.__rmul__', args, kwargs);
    const i = indexValue(vm, v);
    if (i === null) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
    return bytesRepeatInt(vm, b, i);
  },
  __mod__: (vm, args, kwargs) => bytesPercent(vm, selfBytes(args, '__mod__'), oneArg('bytes.__mod__', args, kwargs)),
  __rmod__: (_vm, args, kwargs) => (selfBytes(args, '__rmod__'), oneArg('bytes.__rmod__', args, kwargs), NotImplemented),
  __eq__: (_vm, args) => rich(args, (c) => c === 0),
  __ne__: (_vm, args) => rich(args, (c) => c !== 0),
  __lt__: (_vm, args) => rich(args, (c) => c < 0),
  __le__: (_vm, args) => rich(args, (c) => c <= 0),
  __gt__: (_vm, args) => rich(args, (c) => c > 0),
  __ge__: (_vm, args) => rich(args, (c) => c >= 0),
  __repr__: (_vm, args, kwargs) => (noArgs('bytes.__repr__', args, kwargs), bytesRepr(selfBytes(args, '__repr__').data)),
  __str__: (_vm, args, kwargs) => (noArgs('bytes.__str__', args, kwargs), bytesRepr(selfBytes(args, '__str__').data)),
  __bytes__: (_vm, args, kwargs) => (noArgs('bytes.__bytes__', args, kwargs), selfBytes(args, '__bytes__')),
  __iter__: (_vm, args, kwargs) => (noArgs('bytes.__iter__', args, kwargs), new PyBytesIterator(selfBytes(args, '__iter__'))),
  __hash__: (vm, args, kwargs) => (noArgs('bytes.__hash__', args, kwargs), intFromBigInt(hashValue(vm, selfBytes(args, '__hash__')))),
  __getnewargs__: (_vm, args, kwargs) => (noArgs('bytes.__getnewargs__', args, kwargs), newTuple([selfBytes(args, '__getnewargs__')])),

  decode(vm, args, kwargs) {
    const self = selfBytes(args, 'decode');
    const [enc, errors] = unpack('decode', args, kwargs, ['encoding', 'errors'], 0, 0);
    if (enc !== undefined && typeof enc !== 'string') throw typeError(`decode() argument 'encoding' must be str, not ${badArgTypeName(enc)}`);
    if (errors !== undefined && typeof errors !== 'string') throw typeError(`decode() argument 'errors' must be str, not ${badArgTypeName(errors)}`);
    return decodeBytes(vm, self.data, enc ?? 'utf-8', errors ?? 'strict', () => self);
  },
  hex(vm, args, kwargs) {
    const self = selfBytes(args, 'hex');
    const [sep, group] = unpack('hex', args, kwargs, ['sep', 'bytes_per_sep'], 0, 0);
    return hexImpl(vm, self.data, sep, group);
  },
  find: (vm, args, kwargs) => findImpl(vm, args, kwargs, 'find', false),
  rfind: (vm, args, kwargs) => findImpl(vm, args, kwargs, 'rfind', true),
  index(vm, args, kwargs) {
    const r = findImpl(vm, args, kwargs, 'index', false);
    if (r < 0) throw valueError('subsection not found');
    return r;
  },
  rindex(vm, args, kwargs) {
    const r = findImpl(vm, args, kwargs, 'rindex', true);
    if (r < 0) throw valueError('subsection not found');
    return r;
  },
  count(vm, args, kwargs) {
    const self = selfBytes(args, 'count');
    positional('bytes.count', 'count', args, kwargs, 1, 3);
    const range = startEndArgs(vm, args);
    const sub = subArg(vm, args[1]!);
    const s = latin1Of(self.data);
    const r = searchRange(s.length, sub.length, range);
    if (r === null) return 0;
    const [start, end] = r;
    if (sub.length === 0) return end - start + 1;
    let n = 0;
    for (let u = s.indexOf(sub, start); u >= 0 && u + sub.length <= end; u = s.indexOf(sub, u + sub.length)) n++;
    return n;
  },
  startswith: (vm, args, kwargs) => startsEnds(vm, args, kwargs, 'startswith'),
  endswith: (vm, args, kwargs) => startsEnds(vm, args, kwargs, 'endswith'),
  split: (vm, args, kwargs) => splitImpl(vm, args, kwargs, 'split', false),
  rsplit: (vm, args, kwargs) => splitImpl(vm, args, kwargs, 'rsplit', true),
  splitlines(vm, args, kwargs) {
    const self = selfBytes(args, 'splitlines');
    const [keep] = unpack('splitlines', args, kwargs, ['keepends'], 0, 0);
    const k = keep === undefined ? false : typeof keep === 'boolean' ? keep : vm.truthy(keep);
    return new PyList(splitLinesB(latin1Of(self.data), k).map((p) => result(vm, p)));
  },
  partition(vm, args, kwargs) {
    const self = selfBytes(args, 'partition');
    const sep = needBytes(oneArg('bytes.partition', args, kwargs));
    if (sep.length === 0) throw valueError('empty separator');
    const s = latin1Of(self.data);
    const u = s.indexOf(sep);
    if (u < 0) return newTuple([self, EMPTY, EMPTY]);
    return newTuple([result(vm, s.slice(0, u)), result(vm, sep), result(vm, s.slice(u + sep.length))]);
  },
  rpartition(vm, args, kwargs) {
    const self = selfBytes(args, 'rpartition');
    const sep = needBytes(oneArg('bytes.rpartition', args, kwargs));
    if (sep.length === 0) throw valueError('empty separator');
    const s = latin1Of(self.data);
    const u = s.lastIndexOf(sep);
    if (u < 0) return newTuple([EMPTY, EMPTY, self]);
    return newTuple([result(vm, s.slice(0, u)), result(vm, sep), result(vm, s.slice(u + sep.length))]);
  },
  join: (vm, args, kwargs) => joinImpl(vm, selfBytes(args, 'join'), oneArg('bytes.join', args, kwargs)),
  strip: (vm, args, kwargs) => stripImpl(vm, args, kwargs, 'strip', 3),
  lstrip: (vm, args, kwargs) => stripImpl(vm, args, kwargs, 'lstrip', 1),
  rstrip: (vm, args, kwargs) => stripImpl(vm, args, kwargs, 'rstrip', 2),
  removeprefix(vm, args, kwargs) {
    const self = selfBytes(args, 'removeprefix');
    const p = needBytes(oneArg('bytes.removeprefix', args, kwargs));
    const s = latin1Of(self.data);
    return p.length > 0 && s.startsWith(p) ? result(vm, s.slice(p.length)) : self;
  },
  removesuffix(vm, args, kwargs) {
    const self = selfBytes(args, 'removesuffix');
    const p = needBytes(oneArg('bytes.removesuffix', args, kwargs));
    const s = latin1Of(self.data);
    return p.length > 0 && s.endsWith(p) ? result(vm, s.slice(0, s.length - p.length)) : self;
  },
  center: (vm, args, kwargs) => padImpl(vm, args, kwargs, 'center'),
  ljust: (vm, args, kwargs) => padImpl(vm, args, kwargs, 'ljust'),
  rjust: (vm, args, kwargs) => padImpl(vm, args, kwargs, 'rjust'),
  zfill(vm, args, kwargs) {
    const self = selfBytes(args, 'zfill');
    const width = ssizeArg(vm, oneArg('bytes.zfill', args, kwargs));
    const s = latin1Of(self.data);
    if (s.length >= width) return self;
    if (width > MAX_BYTES) throw memoryError();
    const fill = '0'.repeat(width - s.length);
    if (s[0] === '+' || s[0] === '-') return result(vm, s[0] + fill + s.slice(1));
    return result(vm, fill + s);
  },
  expandtabs(vm, args, kwargs) {
    const self = selfBytes(args, 'expandtabs');
    const [t] = unpack('expandtabs', args, kwargs, ['tabsize'], 0, 0);
    const tabsize = t === undefined ? 8 : cIntArg(vm, t);
    let out = '';
    let col = 0;
    for (const ch of latin1Of(self.data)) {
      if (ch === '\t') {
        if (tabsize > 0) {
          const n = tabsize - (col % tabsize);
          col += n;
          if (out.length + n > MAX_BYTES) throw memoryError();
          out += ' '.repeat(n);
        }
      } else {
        col++;
        out += ch;
        if (ch === '\n' || ch === '\r') col = 0;
      }
    }
    return result(vm, out);
  },
  replace(vm, args, kwargs) {
    const self = selfBytes(args, 'replace');
    // bytes.replace(old, new, count=-1, /): positional only.
    positional('bytes.replace', 'replace', args, kwargs, 2, 3);
    return replaceImpl(vm, self, needBytes(args[1]!), needBytes(args[2]!), args[3] === undefined ? -1 : ssizeArg(vm, args[3]));
  },
  translate(vm, args, kwargs) {
    const self = selfBytes(args, 'translate');
    const [table, del] = unpack('translate', args, kwargs, ['table', 'delete'], 1, 1);
    return translateImpl(vm, self, table!, del);
  },
  upper: (vm, args, kwargs) => (noArgs('bytes.upper', args, kwargs), mapBytes(vm, selfBytes(args, 'upper').data, upperB)),
  lower: (vm, args, kwargs) => (noArgs('bytes.lower', args, kwargs), mapBytes(vm, selfBytes(args, 'lower').data, lowerB)),
  swapcase: (vm, args, kwargs) =>
    (noArgs('bytes.swapcase', args, kwargs), mapBytes(vm, selfBytes(args, 'swapcase').data, (c) => (isLowerByte(c) ? c - 32 : isUpperByte(c) ? c + 32 : c))),
  capitalize: (vm, args, kwargs) => (noArgs('bytes.capitalize', args, kwargs), mapBytes(vm, selfBytes(args, 'capitalize').data, (c, i) => (i === 0 ? upperB(c) : lowerB(c)))),
  title(vm, args, kwargs) {
    noArgs('bytes.title', args, kwargs);
    const d = selfBytes(args, 'title').data;
    vm.charge(d.length + 33);
    const out = new Uint8Array(d.length);
    let prevCased = false;
    for (let i = 0; i < d.length; i++) {
      const c = d[i]!;
      out[i] = prevCased ? lowerB(c) : upperB(c);
      prevCased = isAlphaByte(c);
    }
    return bytesFrom(out);
  },
  isalnum: (_vm, args, kwargs) => (noArgs('bytes.isalnum', args, kwargs), allBytes(selfBytes(args, 'isalnum').data, (c) => isAlphaByte(c) || isDigitByte(c))),
  isalpha: (_vm, args, kwargs) => (noArgs('bytes.isalpha', args, kwargs), allBytes(selfBytes(args, 'isalpha').data, isAlphaByte)),
  isascii: (_vm, args, kwargs) => (noArgs('bytes.isascii', args, kwargs), selfBytes(args, 'isascii').data.every((c) => c < 128)),
  isdigit: (_vm, args, kwargs) => (noArgs('bytes.isdigit', args, kwargs), allBytes(selfBytes(args, 'isdigit').data, isDigitByte)),
  isspace: (_vm, args, kwargs) => (noArgs('bytes.isspace', args, kwargs), allBytes(selfBytes(args, 'isspace').data, isSpaceByte)),
  islower(_vm, args, kwargs) {
    noArgs('bytes.islower', args, kwargs);
    const d = selfBytes(args, 'islower').data;
    let cased = false;
    for (const c of d) {
      if (isUpperByte(c)) return false;
      if (isLowerByte(c)) cased = true;
    }
    return cased;
  },
  isupper(_vm, args, kwargs) {
    noArgs('bytes.isupper', args, kwargs);
    const d = selfBytes(args, 'isupper').data;
    let cased = false;
    for (const c of d) {
      if (isLowerByte(c)) return false;
      if (isUpperByte(c)) cased = true;
    }
    return cased;
  },
  istitle(_vm, args, kwargs) {
    noArgs('bytes.istitle', args, kwargs);
    const d = selfBytes(args, 'istitle').data;
    let cased = false;
    let prev = false;
    for (const c of d) {
      if (isUpperByte(c)) {
        if (prev) return false;
        prev = cased = true;
      } else if (isLowerByte(c)) {
        if (!prev) return false;
        prev = cased = true;
      } else prev = false;
    }
    return cased;
  },
});

// fromhex is a classmethod (its native receives the class first), maketrans a staticmethod.
defineClassMethods(bytesType, { fromhex: fromHex });
bytesType.dict.set('maketrans', new PyStaticMethod(builtinFunction('bytes.maketrans', 'maketrans', maketrans)));
defineMethods(bytesType, { __new__: bytesNew });

/** b % args. */
export function bytesPercent(vm: Interp, b: PyBytes, args: PyValue): PyBytes {
  return result(vm, percentFormat(vm, latin1Of(b.data), args, true));
}

