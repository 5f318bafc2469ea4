// tuple: an immutable sequence, stored as a frozen-by-convention JS array (Objects/tupleobject.c),
// and the helpers every builtin sequence shares (index conversion, repeat counts, lexicographic
// comparison, iteration of any iterable from native code).
//
// hash(tuple) lives in hash.ts (hashTupleInto), which imports this module: nothing here may call
// into hash.ts while modules load.
import { PyObject, NotImplemented, makeBuiltinType, objectType, type PyType, type PyValue } from './object.ts';
import { defineSlotMethods, defineIteratorMethods } from './slot-wrappers.ts';
import { type Kwargs, type NativeFn } from './function.ts';
import { indexValue, noArgs, oneArg, positional, typeName } from './str-args.ts';
import { indexError, memoryError, overflowError, typeError, valueError } from '../vm/raise.ts';
import { CompareOp, type Interp } from '../vm/interp.ts';
import { PySlice, sliceIndicesFor } from './slice.ts';
import { hashValue } from './hash.ts';

export const tupleType = makeBuiltinType('tuple');
export const tupleIteratorType = makeBuiltinType('tuple_iterator', objectType, { final: true });

export class PyTuple extends PyObject {
  /** Never mutated after construction. */
  constructor(readonly items: PyValue[]) {
    super(tupleType);
  }
}

export const EMPTY_TUPLE = new PyTuple([]);

export function newTuple(items: PyValue[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}

// --- shared sequence helpers ---------------------------------------------------------------------

const INT64_MAX = 9223372036854775807n;
const INT64_MIN = -9223372036854775808n;
/** The longest JS array: longer results are a MemoryError here (CPython would try to allocate). */
export const MAX_ARRAY_LENGTH = 4294967295;
/** Bytes charged per sequence slot (a pointer, as in CPython). */
export const SLOT_BYTES = 8;

/** An item index (`seq[i]`): the index as a JS number, or null when `key` is not an int-like
 * (the caller then tries slices or raises its TypeError). Ints beyond Py_ssize_t raise
 * "IndexError: cannot fit 'int' into an index-sized integer" (PyNumber_AsSsize_t(key,
 * IndexError)); ints beyond 2**53 that fit are returned as inexact numbers: they are out of range
 * of any sequence either way. */
export function itemIndex(vm: Interp, key: PyValue): number | null {
  if (typeof key === 'number') return key;
  const i = indexValue(vm, key);
  if (i === null) return null;
  if (typeof i === 'number') return i;
  if (i > INT64_MAX || i < INT64_MIN) throw indexError(`cannot fit 'int' into an index-sized integer`);
  return Number(i);
}

/** The count of `seq * n`: PyNumber_AsSsize_t(n, OverflowError), with the binary operator's
 * "can't multiply sequence by non-int" message for non-ints. */
export function repeatCount(vm: Interp, n: PyValue): number {
  if (typeof n === 'number') return n;
  const i = indexValue(vm, n);
  if (i === null) throw typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
  if (typeof i === 'number') return i;
  if (i > INT64_MAX || i < INT64_MIN) throw overflowError(`cannot fit 'int' into an index-sized integer`);
  return Number(i);
}

/** Checks and charges the size of a `len * n` item result before it is allocated: CPython's
 * "input_size > PY_SSIZE_T_MAX / n" MemoryError, then the JS array limit, then the budget. */
export function chargeRepeat(vm: Interp, len: number, n: number): number {
  const total = len * n;
  if (total > 9223372036854775807 || total > MAX_ARRAY_LENGTH) throw memoryError();
  vm.charge(total * SLOT_BYTES);
  return total;
}

/** `src` repeated n times (n >= 1). */
export function repeatItems(src: readonly PyValue[], n: number): PyValue[] {
  const len = src.length;
  if (len === 1) return new Array<PyValue>(n).fill(src[0]!);
  const out = new Array<PyValue>(len * n);
  for (let k = 0, o = 0; k < n; k++) for (let i = 0; i < len; i++) out[o++] = src[i]!;
  return out;
}

/** The items `start, start+step, ...` (count of them) of `src`. */
export function sliceItems(src: readonly PyValue[], start: number, step: number, count: number): PyValue[] {
  if (step === 1) return src.slice(start, start + count);
  const out = new Array<PyValue>(count);
  for (let i = 0, cur = start; i < count; i++, cur += step) out[i] = src[cur]!;
  return out;
}

/** Something with an `items` array that may be replaced or mutated while we compare (a list), or
 * a fixed one (a tuple). */
export interface HasItems {
  readonly items: PyValue[];
}

function compareLengths(a: number, b: number, op: CompareOp): boolean {
  switch (op) {
    case CompareOp.LT:
      return a < b;
    case CompareOp.LE:
      return a <= b;
    case CompareOp.EQ:
      return a === b;
    case CompareOp.NE:
      return a !== b;
    case CompareOp.GT:
      return a > b;
    default:
      return a >= b;
  }
}

/** Lexicographic rich comparison (tuplerichcompare / list_richcompare_impl): the first index
 * where items differ by ==, then the sizes or `op` on that pair. `lengthShortcut`: lists answer
 * ==/!= from the sizes alone when they differ. Items are re-read at each step (a list may change
 * while __eq__ runs). */
export function sequenceRichCompare(vm: Interp, a: HasItems | PyValue[], b: HasItems | PyValue[], op: CompareOp, lengthShortcut: boolean): PyValue {
  const va = Array.isArray(a) ? { items: a } : a;
  const vb = Array.isArray(b) ? { items: b } : b;
  if (lengthShortcut && va.items.length !== vb.items.length && (op === CompareOp.EQ || op === CompareOp.NE)) return op === CompareOp.NE;
  let i = 0;
  for (; i < va.items.length && i < vb.items.length; i++) {
    const x = va.items[i]!;
    const y = vb.items[i]!;
    if (x === y) continue;
    if (!vm.eq(x, y)) break;
  }
  if (i >= va.items.length || i >= vb.items.length) return compareLengths(va.items.length, vb.items.length, op);
  if (op === CompareOp.EQ) return false;
  if (op === CompareOp.NE) return true;
  return vm.richCompare(va.items[i]!, vb.items[i]!, op);
}

/**
 * All items of any iterable, from native code. Lists and tuples directly, then vm.nativeIter;
 * anything else (generators, user iterators) through __iter__/__next__ as bounded nested calls
 * (see the object model README): callers that must let Python code suspend use
 * `nativeItems` and fall back to a Python-level path when it returns null.
 */
export function iterableToArray(vm: Interp, v: PyValue): PyValue[] {
  const fast = nativeItems(vm, v);
  if (fast !== null) return fast;
  const out: PyValue[] = [];
  const it = pythonIterator(vm, v);
  for (let r = it(); r !== undefined; r = it()) out.push(r);
  return out;
}

/** The items of `v` when iterating it runs no Python code, else null. The array may be the
 * container's own (callers copy before mutating). */
export function nativeItems(vm: Interp, v: PyValue): PyValue[] | null {
  if (v instanceof PyTuple) return v.items;
  if (typeof v === 'object' && 'items' in v && Array.isArray((v as unknown as HasItems).items) && v.type.name === 'list') {
    return (v as unknown as HasItems).items;
  }
  const it = vm.nativeIter(v);
  if (it === null) return null;
  const out: PyValue[] = [];
  let n = 0;
  for (let r = it.next(); !r.done; r = it.next()) {
    out.push(r.value);
    if ((++n & 0xffff) === 0) {
      vm.checkTime();
      vm.charge(0x10000 * SLOT_BYTES);
    }
  }
  return out;
}

/** A next() function over any iterable (user __next__ methods run as nested calls); undefined
 * at the end. "'T' object is not iterable" when it has no iterator. */
export function pythonIterator(vm: Interp, v: PyValue): () => PyValue | undefined {
  const native = vm.nativeIter(v);
  if (native !== null) {
    return () => {
      const r = native.next();
      return r.done ? undefined : r.value;
    };
  }
  // The interpreter's own iteration protocol: it knows every builtin iterator, generators and
  // classes defining __iter__/__next__, and raises "'T' object is not iterable" itself.
  const itObj = vm.getIter(v);
  return () => vm.iterNext(itObj);
}

/** Objects being repr'd (Py_ReprEnter / Py_ReprLeave) by the sequence reprs. */
const reprInProgress = new Set<PyObject>();
export function seqReprEnter(o: PyObject): boolean {
  if (reprInProgress.has(o)) return false;
  reprInProgress.add(o);
  return true;
}
export function seqReprLeave(o: PyObject): void {
  reprInProgress.delete(o);
}

// --- tuple operations ----------------------------------------------------------------------------

export function isTuple(v: PyValue): v is PyTuple {
  return v instanceof PyTuple;
}

/** repr(tuple): "()", "(1,)", "(1, 2)", "(...)" when recursive. */
export function tupleRepr(vm: Interp, t: PyTuple): string {
  const items = t.items;
  if (items.length === 0) return '()';
  if (!seqReprEnter(t)) return '(...)';
  try {
    if (items.length === 1) return '(' + vm.repr(items[0]!) + ',)';
    let s = '(';
    for (let i = 0; i < items.length; i++) {
      if (i > 0) s += ', ';
      s += vm.repr(items[i]!);
    }
    return s + ')';
  } finally {
    seqReprLeave(t);
  }
}

/** tuple[key]: an int-like index or a slice. */
export function tupleGetItem(vm: Interp, t: PyTuple, key: PyValue): PyValue {
  const i = itemIndex(vm, key);
  if (i !== null) {
    const n = t.items.length;
    const j = i < 0 ? i + n : i;
    if (j < 0 || j >= n) throw indexError('tuple index out of range');
    return t.items[j]!;
  }
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndicesFor(vm, key, t.items.length);
    if (count <= 0) return EMPTY_TUPLE;
    if (start === 0 && step === 1 && count === t.items.length && t.type === tupleType) return t;
    vm.charge(count * SLOT_BYTES);
    return new PyTuple(sliceItems(t.items, start, step, count));
  }
  throw typeError(`tuple indices must be integers or slices, not ${typeName(key)}`);
}

/** tuple + other */
export function tupleConcat(vm: Interp, a: PyTuple, b: PyValue): PyTuple {
  if (!(b instanceof PyTuple)) throw typeError(`can only concatenate tuple (not "${typeName(b)}") to tuple`);
  if (b.items.length === 0 && a.type === tupleType) return a;
  if (a.items.length === 0 && b.type === tupleType) return b;
  vm.charge((a.items.length + b.items.length) * SLOT_BYTES);
  return new PyTuple(a.items.concat(b.items));
}

/** tuple * n (and n * tuple). */
export function tupleRepeat(vm: Interp, t: PyTuple, count: PyValue): PyTuple {
  const n = repeatCount(vm, count);
  const len = t.items.length;
  if (len === 0 || n === 1) {
    if (t.type === tupleType) return t;
  }
  if (len === 0 || n <= 0) return EMPTY_TUPLE;
  chargeRepeat(vm, len, n);
  return new PyTuple(repeatItems(t.items, n));
}

export function tupleRichCompare(vm: Interp, a: PyTuple, b: PyValue, op: CompareOp): PyValue {
  if (!(b instanceof PyTuple)) return NotImplemented;
  return sequenceRichCompare(vm, a, b, op, false);
}

export function tupleContains(vm: Interp, t: PyTuple, x: PyValue): boolean {
  const items = t.items;
  for (let i = 0; i < items.length; i++) if (items[i] === x || vm.eq(items[i]!, x)) return true;
  return false;
}

export function tupleCount(vm: Interp, t: PyTuple, x: PyValue): number {
  let n = 0;
  const items = t.items;
  for (let i = 0; i < items.length; i++) if (items[i] === x || vm.eq(items[i]!, x)) n++;
  return n;
}

/** _PyEval_SliceIndexNotNone: the start/stop of index(); huge values clamp. */
export function indexBound(vm: Interp, v: PyValue | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const i = indexValue(vm, v);
  if (i === null) throw typeError('slice indices must be integers or have an __index__ method');
  if (typeof i === 'number') return i;
  return i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

export function tupleIndex(vm: Interp, t: PyTuple, x: PyValue, startArg?: PyValue, stopArg?: PyValue): number {
  const n = t.items.length;
  let start = indexBound(vm, startArg, 0);
  let stop = indexBound(vm, stopArg, Number.MAX_SAFE_INTEGER);
  if (start < 0) {
    start += n;
    if (start < 0) start = 0;
  }
  if (stop < 0) stop += n;
  else if (stop > n) stop = n;
  for (let i = start; i < stop; i++) if (t.items[i] === x || vm.eq(t.items[i]!, x)) return i;
  throw valueError('tuple.index(x): x not in tuple');
}

/** tuple(iterable) when iterating runs no Python code, else null (the VM then falls back to a
 * Python-level loop). A tuple is returned as is. */
export function tupleFromNative(vm: Interp, v: PyValue): PyTuple | null {
  if (v instanceof PyTuple && v.type === tupleType) return v;
  const items = nativeItems(vm, v);
  if (items === null) return null;
  vm.charge(items.length * SLOT_BYTES);
  return newTuple(items === (v as unknown as HasItems).items ? items.slice() : items);
}

/** tuple(...) called as a constructor (tuple_vectorcall): nested calls for Python iterables. */
export function callTupleType(vm: Interp, args: PyValue[], kwargs: Kwargs | null, type: PyType = tupleType): PyTuple {
  if (kwargs !== null && kwargs.names.length > 0) throw typeError('tuple() takes no keyword arguments');
  if (args.length > 1) throw typeError(`tuple expected at most 1 argument, got ${args.length}`);
  let t: PyTuple;
  if (args.length === 0) t = EMPTY_TUPLE;
  else {
    const v = args[0]!;
    t = tupleFromNative(vm, v) ?? newTuple(iterableToArray(vm, v));
  }
  if (type !== tupleType) {
    const sub = new PyTuple(t.items);
    sub.type = type;
    return sub;
  }
  return t;
}

// --- iterator ------------------------------------------------------------------------------------

/** tuple_iterator */
export class PyTupleIterator extends PyObject {
  seq: PyTuple | null;
  index = 0;
  constructor(t: PyTuple) {
    super(tupleIteratorType);
    this.seq = t;
  }
  nextValue(): PyValue | undefined {
    const t = this.seq;
    if (t === null) return undefined;
    if (this.index < t.items.length) return t.items[this.index++]!;
    this.seq = null;
    return undefined;
  }
  /** __length_hint__ */
  lengthHint(): number {
    return this.seq === null ? 0 : Math.max(0, this.seq.items.length - this.index);
  }
}

export function tupleIter(t: PyTuple): PyTupleIterator {
  return new PyTupleIterator(t);
}

// --- native methods --------------------------------------------------------------------------

function selfTuple(args: PyValue[], name: string): PyTuple {
  const s = args[0];
  if (!(s instanceof PyTuple)) {
    throw typeError(`descriptor '${name}' for 'tuple' objects doesn't apply to a '${typeName(s as PyValue)}' object`);
  }
  return s;
}



export function toPyInt(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

function tcmp(op: CompareOp, name: string): NativeFn {
  return (vm, args, kwargs) => tupleRichCompare(vm, selfTuple(args, name), oneArg(`tuple.${name}`, args, kwargs), op);
}

defineSlotMethods(tupleType, {
  count: (vm, args, kwargs) => tupleCount(vm, selfTuple(args, 'count'), oneArg('tuple.count', args, kwargs)),
  index: (vm, args, kwargs) => {
    const t = selfTuple(args, 'index');
    positional('tuple.index', 'index', args, kwargs, 1, 3);
    return tupleIndex(vm, t, args[1]!, args[2], args[3]);
  },
  __getitem__: (vm, args, kwargs) => tupleGetItem(vm, selfTuple(args, '__getitem__'), oneArg('tuple.__getitem__', args, kwargs)),
  __len__: (_vm, args, kwargs) => (noArgs('tuple.__len__', args, kwargs), selfTuple(args, '__len__').items.length),
  __contains__: (vm, args, kwargs) => tupleContains(vm, selfTuple(args, '__contains__'), oneArg('tuple.__contains__', args, kwargs)),
  __iter__: (_vm, args, kwargs) => (noArgs('tuple.__iter__', args, kwargs), tupleIter(selfTuple(args, '__iter__'))),
  __repr__: (vm, args, kwargs) => (noArgs('tuple.__repr__', args, kwargs), tupleRepr(vm, selfTuple(args, '__repr__'))),
  __hash__: (vm, args, kwargs) => (noArgs('tuple.__hash__', args, kwargs), toPyInt(hashValue(vm, selfTuple(args, '__hash__')))),
  __add__: (vm, args, kwargs) => tupleConcat(vm, selfTuple(args, '__add__'), oneArg('tuple.__add__', args, kwargs)),
  __mul__: (vm, args, kwargs) => tupleRepeat(vm, selfTuple(args, '__mul__'), mulArg(vm, oneArg('tuple.__mul__', args, kwargs))),
  __rmul__: (vm, args, kwargs) => tupleRepeat(vm, selfTuple(args, '__rmul__'), mulArg(vm, oneArg('tuple.__rmul__', args, kwargs))),
  __eq__: tcmp(CompareOp.EQ, '__eq__'),
  __ne__: tcmp(CompareOp.NE, '__ne__'),
  __lt__: tcmp(CompareOp.LT, '__lt__'),
  __le__: tcmp(CompareOp.LE, '__le__'),
  __gt__: tcmp(CompareOp.GT, '__gt__'),
  __ge__: tcmp(CompareOp.GE, '__ge__'),
});

/** The argument of the __mul__ slot wrapper (wrap_indexargfunc): "'float' object cannot be
 * interpreted as an integer" rather than the binary operator's message. */
export function mulArg(vm: Interp, v: PyValue): PyValue {
  if (indexValue(vm, v) === null) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return v;
}

defineIteratorMethods(tupleIteratorType, (v): v is PyTupleIterator => v instanceof PyTupleIterator);

