// slice: the (start, stop, step) triple of `a[i:j:k]` (Objects/sliceobject.c), and the index
// normalization every sequence shares:
//
// - sliceUnpack + adjustSliceIndices: PySlice_Unpack then PySlice_AdjustIndices, for sequences
//   that live in memory (list, tuple, str, bytes). Indices are JS numbers: huge ints clamp to
//   +-MAX_SAFE (CPython clamps to +-PY_SSIZE_T_MAX; no in-memory sequence is long enough for the
//   difference to show).
// - sliceLongIndices: _PySlice_GetLongIndices, exact for any length (slice.indices, range slicing).
//
// This module does not import hash.ts (hash.ts -> tuple.ts -> slice.ts would be a load-time
// cycle): the slice hash is computed from vm.hash of the three fields, and range.ts registers it
// with hash.ts.

import { PyObject, None, makeBuiltinType, objectType, typeOf, NotImplemented, type PyValue } from './object.ts';
import { defineSlotMethods } from './slot-wrappers.ts';
import { type Kwargs } from './function.ts';
import { indexValue, typeName } from './str-args.ts';
import { typeError, valueError } from '../vm/raise.ts';
import { CompareOp, type Interp } from '../vm/interp.ts';
import { sequenceRichCompare, newTuple } from './tuple.ts';

export const sliceType = makeBuiltinType('slice', objectType, { final: true });

export class PySlice extends PyObject {
  constructor(
    readonly start: PyValue,
    readonly stop: PyValue,
    readonly step: PyValue,
  ) {
    super(sliceType);
  }
}

/** The BUILD_SLICE result: slice(start, stop[, step]). */
export function newSlice(start: PyValue, stop: PyValue, step: PyValue = None): PySlice {
  return new PySlice(start, stop, step);
}

export function isSlice(v: PyValue): v is PySlice {
  return v instanceof PySlice;
}

const MAX = Number.MAX_SAFE_INTEGER;

/** _PyEval_SliceIndex for one field that is not None: an int or __index__, clamped. */
function clampedIndex(vm: Interp, v: PyValue): number {
  const i = indexValue(vm, v);
  if (i === null) throw typeError('slice indices must be integers or None or have an __index__ method');
  if (typeof i === 'number') return i;
  return i > 0n ? MAX : -MAX;
}

/** The fields of a slice as PySlice_Unpack leaves them (None replaced by the defaults), or throws
 * "slice step cannot be zero". Fields are read step first, then start, then stop, as CPython does. */
export interface Unpacked {
  start: number;
  stop: number;
  step: number;
}

export function sliceUnpack(vm: Interp, s: PySlice): Unpacked {
  let step = 1;
  if (s.step !== None) {
    step = clampedIndex(vm, s.step);
    if (step === 0) throw valueError('slice step cannot be zero');
  }
  const start = s.start === None ? (step < 0 ? MAX : 0) : clampedIndex(vm, s.start);
  const stop = s.stop === None ? (step < 0 ? -MAX : MAX) : clampedIndex(vm, s.stop);
  return { start, stop, step };
}

/** PySlice_AdjustIndices: clamps `u.start`/`u.stop` (in place) to a sequence of `length` items and
 * returns the number of items the slice selects. */
export function adjustSliceIndices(length: number, u: Unpacked): number {
  const step = u.step;
  let start = u.start;
  let stop = u.stop;
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) start = step < 0 ? length - 1 : length;
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  u.start = start;
  u.stop = stop;
  if (step < 0) {
    if (stop < start) return Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) return Math.floor((stop - start - 1) / step) + 1;
  return 0;
}

/** sliceUnpack + adjustSliceIndices: [start, stop, step, slicelength]. */
export function sliceIndicesFor(vm: Interp, s: PySlice, length: number): [number, number, number, number] {
  const u = sliceUnpack(vm, s);
  const n = adjustSliceIndices(length, u);
  return [u.start, u.stop, u.step, n];
}

/** evaluate_slice_index: an exact index of one field (bigint). */
function bigIndex(vm: Interp, v: PyValue): bigint {
  const i = indexValue(vm, v);
  if (i === null) throw typeError('slice indices must be integers or None or have an __index__ method');
  return BigInt(i);
}

/** _PySlice_GetLongIndices: exact start, stop and step for a sequence of `length` items (any
 * size), as slice.indices() and range slicing use them. */
export function sliceLongIndices(vm: Interp, s: PySlice, length: bigint): [bigint, bigint, bigint] {
  let step = 1n;
  if (s.step !== None) {
    step = bigIndex(vm, s.step);
    if (step === 0n) throw valueError('slice step cannot be zero');
  }
  const neg = step < 0n;
  const lower = neg ? -1n : 0n;
  const upper = neg ? length - 1n : length;
  const clamp = (v: PyValue, dflt: bigint): bigint => {
    if (v === None) return dflt;
    let x = bigIndex(vm, v);
    if (x < 0n) {
      x += length;
      if (x < lower) x = lower;
    } else if (x > upper) x = upper;
    return x;
  };
  const start = clamp(s.start, neg ? upper : lower);
  const stop = clamp(s.stop, neg ? lower : upper);
  return [start, stop, step];
}

function toInt(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

/** slice.indices(length) */
export function sliceIndices(vm: Interp, s: PySlice, length: PyValue): PyValue[] {
  const n = indexValue(vm, length);
  if (n === null) throw typeError(`'${typeName(length)}' object cannot be interpreted as an integer`);
  const len = BigInt(n);
  if (len < 0n) throw valueError('length should not be negative');
  const [a, b, c] = sliceLongIndices(vm, s, len);
  return [toInt(a), toInt(b), toInt(c)];
}

export function sliceRepr(vm: Interp, s: PySlice): string {
  return `slice(${vm.repr(s.start)}, ${vm.repr(s.stop)}, ${vm.repr(s.step)})`;
}

/** slice_richcompare: slices compare as the tuples (start, stop, step). */
export function sliceRichCompare(vm: Interp, a: PySlice, b: PyValue, op: CompareOp): PyValue {
  if (!(b instanceof PySlice)) return NotImplemented;
  if (a === b) {
    if (op === CompareOp.EQ) return true;
    if (op === CompareOp.NE) return false;
  }
  return sequenceRichCompare(vm, [a.start, a.stop, a.step], [b.start, b.stop, b.step], op, false);
}

// xxHash constants (Include/internal/pycore_tuple.h), 64-bit.
const M64 = (1n << 64n) - 1n;
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** slice_hash (3.12+): the tuple hash's lane combination over the three fields, without the
 * length mixing. */
export function sliceHash(vm: Interp, s: PySlice): bigint {
  let acc = XXPRIME_5;
  for (const v of [s.start, s.stop, s.step]) {
    const lane = vm.hash(v) & M64;
    acc = (acc + lane * XXPRIME_2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XXPRIME_1) & M64;
  }
  if (acc === M64) return 1546275796n;
  return acc >= 1n << 63n ? acc - (1n << 64n) : acc;
}

/** The start/stop/step members, for the VM's attribute lookup. */
export function sliceAttr(s: PySlice, name: string): PyValue | undefined {
  if (name === 'start') return s.start;
  if (name === 'stop') return s.stop;
  if (name === 'step') return s.step;
  return undefined;
}

/** slice(...) called as a constructor: slice(stop), slice(start, stop[, step]). */
export function callSliceType(_vm: Interp, args: PyValue[], kwargs: Kwargs | null): PySlice {
  if (kwargs !== null && kwargs.names.length > 0) throw typeError('slice() takes no keyword arguments');
  if (args.length === 0) throw typeError('slice expected at least 1 argument, got 0');
  if (args.length > 3) throw typeError(`slice expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return new PySlice(None, args[0]!, None);
  return new PySlice(args[0]!, args[1]!, args.length === 3 ? args[2]! : None);
}

function self(args: PyValue[], name: string): PySlice {
  const s = args[0];
  if (!(s instanceof PySlice)) {
    throw typeError(`descriptor '${name}' for 'slice' objects doesn't apply to a '${typeOf(s as PyValue).name}' object`);
  }
  return s;
}

function check(qual: string, args: PyValue[], kwargs: Kwargs | null, n: number): void {
  if (kwargs !== null && kwargs.names.length > 0) throw typeError(`${qual}() takes no keyword arguments`);
  if (args.length - 1 !== n) {
    throw typeError(n === 0 ? `${qual}() takes no arguments (${args.length - 1} given)` : `${qual}() takes exactly one argument (${args.length - 1} given)`);
  }
}

function cmp(op: CompareOp, name: string) {
  return (vm: Interp, args: PyValue[], kwargs: Kwargs | null): PyValue => {
    const s = self(args, name);
    check(`slice.${name}`, args, kwargs, 1);
    return sliceRichCompare(vm, s, args[1]!, op);
  };
}

defineSlotMethods(sliceType, {
  indices: (vm, args, kwargs) => {
    const s = self(args, 'indices');
    check('slice.indices', args, kwargs, 1);
    return sliceIndicesTuple(vm, s, args[1]!);
  },
  __repr__: (vm, args, kwargs) => {
    const s = self(args, '__repr__');
    check('slice.__repr__', args, kwargs, 0);
    return sliceRepr(vm, s);
  },
  __hash__: (vm, args, kwargs) => {
    const s = self(args, '__hash__');
    check('slice.__hash__', args, kwargs, 0);
    return toInt(sliceHash(vm, s));
  },
  __eq__: cmp(CompareOp.EQ, '__eq__'),
  __ne__: cmp(CompareOp.NE, '__ne__'),
  __lt__: cmp(CompareOp.LT, '__lt__'),
  __le__: cmp(CompareOp.LE, '__le__'),
  __gt__: cmp(CompareOp.GT, '__gt__'),
  __ge__: cmp(CompareOp.GE, '__ge__'),
});

function sliceIndicesTuple(vm: Interp, s: PySlice, length: PyValue): PyValue {
  return newTuple(sliceIndices(vm, s, length));
}
