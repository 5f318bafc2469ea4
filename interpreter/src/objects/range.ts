// range (Objects/rangeobject.c): start, stop, step and the length as Python ints (number or
// bigint), so huge ranges work (`range(10**20)[10**19]`); len() of a range longer than
// Py_ssize_t raises CPython's OverflowError. Indexing, slicing (a range), O(1) `in`/count/index
// for ints, ==, hash, repr, and the iterators: range_iterator when start, stop, step and the
// length fit a C long (CPython's fast_range_iter conditions), longrange_iterator otherwise.
import { PyObject, None, NotImplemented, makeBuiltinType, objectType, floatType, type PyValue } from './object.ts';
import { defineSlotMethods, defineIteratorMethods } from './slot-wrappers.ts';
import { type Kwargs, type NativeFn } from './function.ts';
import { indexValue, noArgs, oneArg, typeName } from './str-args.ts';
import { indexError, overflowError, typeError, valueError } from '../vm/raise.ts';
import { CompareOp, type Interp } from '../vm/interp.ts';
import { PySlice, sliceType, sliceLongIndices, sliceHash } from './slice.ts';
import { toPyInt } from './tuple.ts';
import { PyFloat } from './float.ts';
import { hashTuple, registerHasher, bigIntToH } from './hash.ts';

export const rangeType = makeBuiltinType('range', objectType, { final: true });
export const rangeIteratorType = makeBuiltinType('range_iterator', objectType, { final: true });
export const longRangeIteratorType = makeBuiltinType('longrange_iterator', objectType, { final: true });

type PyInt = number | bigint;

const LONG_MAX = 9223372036854775807n;
const LONG_MIN = -9223372036854775808n;
/** Bound under which plain JS numbers are used for a range's arithmetic (no result can leave the
 * safe integer range). */
const SMALL = 2 ** 50;

export class PyRange extends PyObject {
  /** len(range), exact. */
  readonly length: PyInt;
  constructor(
    readonly start: PyInt,
    readonly stop: PyInt,
    readonly step: PyInt,
  ) {
    super(rangeType);
    this.length = computeLength(start, stop, step);
  }
}

function isSmall(x: PyInt): x is number {
  return typeof x === 'number' && x < SMALL && x > -SMALL;
}

/** compute_range_length */
function computeLength(start: PyInt, stop: PyInt, step: PyInt): PyInt {
  if (isSmall(start) && isSmall(stop) && isSmall(step)) {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return stop < start ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  let lo = BigInt(start);
  let hi = BigInt(stop);
  let st = BigInt(step);
  if (st < 0n) {
    [lo, hi] = [hi, lo];
    st = -st;
  }
  if (lo >= hi) return 0;
  return toPyInt((hi - lo - 1n) / st + 1n);
}

/** range(...) from already-converted ints; step must not be 0. */
export function newRange(start: PyInt, stop: PyInt, step: PyInt = 1): PyRange {
  return new PyRange(norm(start), norm(stop), norm(step));
}

function norm(x: PyInt): PyInt {
  return typeof x === 'bigint' ? toPyInt(x) : x;
}

function big(x: PyInt): bigint {
  return BigInt(x);
}

/** PyNumber_Index for the constructor's arguments. */
function indexArg(vm: Interp, v: PyValue): PyInt {
  const i = indexValue(vm, v);
  if (i === null) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return i;
}

/** range(...) called as a constructor. */
export function callRangeType(vm: Interp, args: PyValue[], kwargs: Kwargs | null): PyRange {
  if (kwargs !== null && kwargs.names.length > 0) throw typeError('range() takes no keyword arguments');
  switch (args.length) {
    case 0:
      throw typeError('range expected at least 1 argument, got 0');
    case 1:
      return new PyRange(0, indexArg(vm, args[0]!), 1);
    case 2:
    case 3: {
      const start = indexArg(vm, args[0]!);
      const stop = indexArg(vm, args[1]!);
      let step: PyInt = 1;
      if (args.length === 3) {
        step = indexArg(vm, args[2]!);
        if (step === 0) throw valueError('range() arg 3 must not be zero');
      }
      return new PyRange(start, stop, step);
    }
    default:
      throw typeError(`range expected at most 3 arguments, got ${args.length}`);
  }
}

/** len(range): the exact length (a Python int). */
export function rangeLength(r: PyRange): PyInt {
  return r.length;
}

/** len(range) as len() returns it: OverflowError beyond Py_ssize_t. */
export function rangeLen(r: PyRange): PyInt {
  if (typeof r.length === 'bigint' && r.length > LONG_MAX) throw overflowError('Python int too large to convert to C ssize_t');
  return r.length;
}

export function rangeBool(r: PyRange): boolean {
  return r.length !== 0;
}

/** start + i*step, no bounds check (compute_item). */
function computeItem(r: PyRange, i: PyInt): PyInt {
  if (isSmall(r.start) && isSmall(r.step) && isSmall(i)) {
    // Two small factors can still multiply past 2**53: only an exact result is taken.
    const offset = i * r.step;
    const v = r.start + offset;
    if (Number.isSafeInteger(offset) && Number.isSafeInteger(v)) return v;
  }
  return toPyInt(big(r.start) + big(i) * big(r.step));
}

/** range[i] for an exact int index (compute_range_item). */
export function rangeItem(r: PyRange, i: PyInt): PyInt {
  const len = r.length;
  if (typeof i === 'number' && typeof len === 'number') {
    if (i < 0) i += len;
    if (i < 0 || i >= len) throw indexError('range object index out of range');
    return computeItem(r, i);
  }
  let j = big(i);
  const n = big(len);
  if (j < 0n) j += n;
  if (j < 0n || j >= n) throw indexError('range object index out of range');
  return computeItem(r, toPyInt(j));
}

/** range[key]: an int-like index or a slice (giving a range). */
export function rangeGetItem(vm: Interp, r: PyRange, key: PyValue): PyValue {
  if (key instanceof PySlice) {
    const [start, stop, step] = sliceLongIndices(vm, key, big(r.length));
    const substep = big(r.step) * step;
    const substart = computeItem(r, toPyInt(start));
    const substop = computeItem(r, toPyInt(stop));
    return new PyRange(substart, substop, toPyInt(substep));
  }
  const i = indexValue(vm, key);
  if (i === null) throw typeError(`range indices must be integers or slices, not ${typeName(key)}`);
  return rangeItem(r, i);
}

/** range_contains_long */
function containsInt(r: PyRange, x: PyInt): boolean {
  if (isSmall(r.start) && isSmall(r.stop) && isSmall(r.step) && typeof x === 'number') {
    const { start, stop, step } = r as { start: number; stop: number; step: number };
    if (step > 0 ? x < start || x >= stop : x > start || x <= stop) return false;
    return (x - start) % step === 0;
  }
  const ob = big(x);
  const start = big(r.start);
  const stop = big(r.stop);
  const step = big(r.step);
  if (step > 0n ? ob < start || ob >= stop : ob > start || ob <= stop) return false;
  return (ob - start) % step === 0n;
}

function intOf(v: PyValue): PyInt | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return undefined;
}

/** A float that is equal to some int is found by arithmetic (the iteration CPython does gives
 * the same answer); other objects are compared with == item by item. */
function searchOther(vm: Interp, r: PyRange, x: PyValue, mode: 'contains' | 'count' | 'index'): number {
  if (typeof x === 'object' && x.type === floatType) {
    const f = (x as PyFloat).value;
    const hit = Number.isInteger(f) && containsInt(r, Number.isSafeInteger(f) ? f : BigInt(f));
    if (mode === 'index') {
      if (!hit) throw valueError('sequence.index(x): x not in sequence');
      return Number((BigInt(f) - big(r.start)) / big(r.step));
    }
    return hit ? 1 : 0;
  }
  let count = 0;
  const it = new PyRangeIterator(r.start, r.step, r.length, false);
  let i = 0;
  for (let v = it.nextValue(); v !== undefined; v = it.nextValue(), i++) {
    if ((i & 0xffff) === 0xffff) vm.checkTime();
    if (vm.eq(v, x)) {
      if (mode === 'contains') return 1;
      if (mode === 'index') return i;
      count++;
    }
  }
  if (mode === 'index') throw valueError('sequence.index(x): x not in sequence');
  return count;
}

export function rangeContains(vm: Interp, r: PyRange, x: PyValue): boolean {
  const i = intOf(x);
  if (i !== undefined) return containsInt(r, i);
  return searchOther(vm, r, x, 'contains') === 1;
}

export function rangeCount(vm: Interp, r: PyRange, x: PyValue): number {
  const i = intOf(x);
  if (i !== undefined) return containsInt(r, i) ? 1 : 0;
  return searchOther(vm, r, x, 'count');
}

export function rangeIndex(vm: Interp, r: PyRange, x: PyValue): PyInt {
  const i = intOf(x);
  if (i === undefined) return searchOther(vm, r, x, 'index');
  if (!containsInt(r, i)) throw valueError('range.index(x): x not in range');
  if (typeof i === 'number' && isSmall(r.start) && isSmall(r.step)) return Math.floor((i - r.start) / r.step);
  const d = big(i) - big(r.start);
  const s = big(r.step);
  // floor division (exact here: the item is in the range)
  return toPyInt(d / s);
}

export function rangeRepr(r: PyRange): string {
  const s = String(r.start);
  const e = String(r.stop);
  return r.step === 1 ? `range(${s}, ${e})` : `range(${s}, ${e}, ${String(r.step)})`;
}

function intEq(a: PyInt, b: PyInt): boolean {
  return typeof a === typeof b ? a === b : false;
}

/** range_equals: equal as sequences (same length, first item and step when they matter). */
export function rangeEquals(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  if (!intEq(a.length, b.length)) return false;
  if (a.length === 0) return true;
  if (!intEq(a.start, b.start)) return false;
  if (a.length === 1) return true;
  return intEq(a.step, b.step);
}

export function rangeRichCompare(a: PyRange, b: PyValue, op: CompareOp): PyValue {
  if (!(b instanceof PyRange)) return NotImplemented;
  if (op === CompareOp.EQ) return rangeEquals(a, b);
  if (op === CompareOp.NE) return !rangeEquals(a, b);
  return NotImplemented;
}

/** range_hash: hash((len, start, step)) with None for the parts equality ignores. */
export function rangeHash(vm: Interp, r: PyRange): bigint {
  if (r.length === 0) return hashTuple(vm, [0, None, None]);
  if (r.length === 1) return hashTuple(vm, [1, r.start, None]);
  return hashTuple(vm, [r.length, r.start, r.step]);
}

registerHasher(rangeType, (vm, v) => bigIntToH(rangeHash(vm, v as PyRange)));
// slice.ts cannot import hash.ts (see there): its hasher is registered from here.
registerHasher(sliceType, (vm, v) => bigIntToH(sliceHash(vm, v as PySlice)));

/** The start/stop/step members, for the VM's attribute lookup. */
export function rangeAttr(r: PyRange, name: string): PyValue | undefined {
  if (name === 'start') return r.start;
  if (name === 'stop') return r.stop;
  if (name === 'step') return r.step;
  return undefined;
}

// --- iterators -----------------------------------------------------------------------------------

function fitsLong(x: PyInt): boolean {
  return typeof x === 'number' || (x >= LONG_MIN && x <= LONG_MAX);
}

/** range_iterator (C longs) or longrange_iterator (Python ints): the next value, the step and
 * the number of items left. */
export class PyRangeIterator extends PyObject {
  private cur: PyInt;
  private remaining: PyInt;
  constructor(
    start: PyInt,
    readonly step: PyInt,
    len: PyInt,
    long: boolean,
  ) {
    super(long ? longRangeIteratorType : rangeIteratorType);
    this.cur = start;
    this.remaining = len;
  }

  nextValue(): PyValue | undefined {
    const rem = this.remaining;
    if (typeof rem === 'number') {
      if (rem <= 0) return undefined;
      this.remaining = rem - 1;
    } else {
      if (rem <= 0n) return undefined;
      this.remaining = toPyInt(rem - 1n);
    }
    const v = this.cur;
    const step = this.step;
    if (typeof v === 'number' && typeof step === 'number') {
      const n = v + step;
      this.cur = Number.isSafeInteger(n) ? n : toPyInt(BigInt(v) + BigInt(step));
    } else this.cur = toPyInt(big(v) + big(step));
    return v;
  }

  /** __length_hint__ */
  lengthHint(): PyInt {
    return this.remaining;
  }
}

/** iter(range): range_iter's choice between the two iterator types. */
export function rangeIter(r: PyRange): PyRangeIterator {
  const { start, stop, step, length } = r;
  let long = !(fitsLong(start) && fitsLong(stop) && fitsLong(step) && fitsLong(length));
  if (!long && length !== 0) {
    // lstart + len * lstep must not overflow: checked through stop as CPython does.
    const st = big(step);
    const sp = big(stop);
    if (st > 0n ? sp > LONG_MAX - (st - 1n) : sp < LONG_MIN + (-1n - st)) long = true;
  }
  return new PyRangeIterator(start, step, length, long);
}

/** reversed(range): range_reverse (start + (len-1)*step down by step). */
export function rangeReversed(r: PyRange): PyRangeIterator {
  const { start, stop, step, length } = r;
  let long = !(fitsLong(start) && fitsLong(stop) && fitsLong(step) && fitsLong(length));
  const st = big(step);
  if (!long) {
    if (st === LONG_MIN) long = true;
    else {
      const diff = big(start) - st;
      if (diff < LONG_MIN || diff > LONG_MAX) long = true;
    }
  }
  const len = big(length);
  const newStart = toPyInt(big(start) + (len - 1n) * st);
  return new PyRangeIterator(newStart, toPyInt(-st), length, long);
}

// --- native methods --------------------------------------------------------------------------

function selfRange(args: PyValue[], name: string): PyRange {
  const s = args[0];
  if (!(s instanceof PyRange)) {
    throw typeError(`descriptor '${name}' for 'range' objects doesn't apply to a '${typeName(s as PyValue)}' object`);
  }
  return s;
}

function rcmp(op: CompareOp, name: string): NativeFn {
  return (_vm, args, kwargs) => rangeRichCompare(selfRange(args, name), oneArg(`range.${name}`, args, kwargs), op);
}

defineSlotMethods(rangeType, {
  count: (vm, args, kwargs) => rangeCount(vm, selfRange(args, 'count'), oneArg('range.count', args, kwargs)),
  index: (vm, args, kwargs) => rangeIndex(vm, selfRange(args, 'index'), oneArg('range.index', args, kwargs)),
  __reversed__: (_vm, args, kwargs) => (noArgs('range.__reversed__', args, kwargs), rangeReversed(selfRange(args, '__reversed__'))),
  __iter__: (_vm, args, kwargs) => (noArgs('range.__iter__', args, kwargs), rangeIter(selfRange(args, '__iter__'))),
  __len__: (_vm, args, kwargs) => (noArgs('range.__len__', args, kwargs), rangeLen(selfRange(args, '__len__'))),
  __bool__: (_vm, args, kwargs) => (noArgs('range.__bool__', args, kwargs), rangeBool(selfRange(args, '__bool__'))),
  __contains__: (vm, args, kwargs) => rangeContains(vm, selfRange(args, '__contains__'), oneArg('range.__contains__', args, kwargs)),
  __getitem__: (vm, args, kwargs) => rangeGetItem(vm, selfRange(args, '__getitem__'), oneArg('range.__getitem__', args, kwargs)),
  __repr__: (_vm, args, kwargs) => (noArgs('range.__repr__', args, kwargs), rangeRepr(selfRange(args, '__repr__'))),
  __hash__: (vm, args, kwargs) => (noArgs('range.__hash__', args, kwargs), toPyInt(rangeHash(vm, selfRange(args, '__hash__')))),
  __eq__: rcmp(CompareOp.EQ, '__eq__'),
  __ne__: rcmp(CompareOp.NE, '__ne__'),
  __lt__: rcmp(CompareOp.LT, '__lt__'),
  __le__: rcmp(CompareOp.LE, '__le__'),
  __gt__: rcmp(CompareOp.GT, '__gt__'),
  __ge__: rcmp(CompareOp.GE, '__ge__'),
}, ['__reversed__']);

defineIteratorMethods(rangeIteratorType, (v): v is PyRangeIterator => v instanceof PyRangeIterator && v.type === rangeIteratorType);
defineIteratorMethods(longRangeIteratorType, (v): v is PyRangeIterator => v instanceof PyRangeIterator && v.type === longRangeIteratorType);
