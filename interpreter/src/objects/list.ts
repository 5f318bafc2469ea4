// list: a mutable sequence backed by a JS array (Objects/listobject.c): indexing and slicing
// (get, set, delete, extended slices), concatenation and repetition (charged before they
// allocate), comparisons, repr, every method, the constructor and list.__init__, and the
// list_iterator / list_reverseiterator objects. Sorting is in sort.ts.
//
// Iterating an arbitrary iterable from native code: `listFromNative` / `listExtendNative` return
// null / false when the iterable needs Python code (a generator, a user __iter__), so the VM can
// run a Python-level path that may suspend. The methods registered on the type (list.extend,
// list(...) through callListType) fall back to bounded nested calls instead.
import { PyObject, None, NotImplemented, makeBuiltinType, objectType, type PyType, type PyValue } from './object.ts';
import { defineSlotMethods, defineIteratorMethods } from './slot-wrappers.ts';
import { type Kwargs, type NativeFn } from './function.ts';
import { noArgs, oneArg, positional, ssizeArg, typeName, unpack } from './str-args.ts';
import { RaisedException, indexError, typeError, valueError } from '../vm/raise.ts';
import * as E from './exceptions.ts';
import { CompareOp, type Interp } from '../vm/interp.ts';
import { PySlice, sliceUnpack, adjustSliceIndices } from './slice.ts';
import {
  SLOT_BYTES, chargeRepeat, indexBound, itemIndex, iterableToArray, mulArg, nativeItems, pythonIterator, repeatCount, repeatItems,
  sequenceRichCompare, seqReprEnter, seqReprLeave, sliceItems,
} from './tuple.ts';
import { sortItems, sortWithKeys } from './sort.ts';

export const listType = makeBuiltinType('list');
export const listIteratorType = makeBuiltinType('list_iterator', objectType, { final: true });
export const listReverseIteratorType = makeBuiltinType('list_reverseiterator', objectType, { final: true });

export class PyList extends PyObject {
  constructor(public items: PyValue[]) {
    super(listType);
  }
}

export function isList(v: PyValue): v is PyList {
  return v instanceof PyList;
}

/** A new list over `items` (taken, not copied), charged. */
export function newList(vm: Interp, items: PyValue[]): PyList {
  vm.charge(items.length * SLOT_BYTES);
  return new PyList(items);
}

// --- in-place array surgery --------------------------------------------------------------------

/** arr[lo:hi] = ins, in place (the array object stays the same). */
function replaceRange(arr: PyValue[], lo: number, hi: number, ins: readonly PyValue[]): void {
  if (ins.length < 4096) {
    arr.splice(lo, hi - lo, ...ins);
    return;
  }
  const d = ins.length - (hi - lo);
  const oldLen = arr.length;
  if (d > 0) {
    for (let k = 0; k < d; k++) arr.push(None);
    arr.copyWithin(hi + d, hi, oldLen);
  } else if (d < 0) {
    arr.copyWithin(hi + d, hi, oldLen);
    arr.length = oldLen + d;
  }
  for (let i = 0; i < ins.length; i++) arr[lo + i] = ins[i]!;
}

function pushAll(arr: PyValue[], src: readonly PyValue[]): void {
  if (src.length < 4096) arr.push(...src);
  else for (let i = 0; i < src.length; i++) arr.push(src[i]!);
}

// --- repr and comparison -------------------------------------------------------------------------

/** repr(list): "[1, 2]", "[...]" when recursive. */
export function listRepr(vm: Interp, l: PyList): string {
  if (l.items.length === 0) return '[]';
  if (!seqReprEnter(l)) return '[...]';
  try {
    let s = '[';
    // Items are re-read: a __repr__ may change the list.
    for (let i = 0; i < l.items.length; i++) {
      if (i > 0) s += ', ';
      s += vm.repr(l.items[i]!);
    }
    return s + ']';
  } finally {
    seqReprLeave(l);
  }
}

export function listRichCompare(vm: Interp, a: PyList, b: PyValue, op: CompareOp): PyValue {
  if (!(b instanceof PyList)) return NotImplemented;
  return sequenceRichCompare(vm, a, b, op, true);
}

export function listContains(vm: Interp, l: PyList, x: PyValue): boolean {
  for (let i = 0; i < l.items.length; i++) {
    const v = l.items[i]!;
    if (v === x || vm.eq(v, x)) return true;
  }
  return false;
}

// --- subscripts --------------------------------------------------------------------------------

/** list[key]: an int-like index or a slice. */
export function listGetItem(vm: Interp, l: PyList, key: PyValue): PyValue {
  const i = itemIndex(vm, key);
  if (i !== null) {
    const n = l.items.length;
    const j = i < 0 ? i + n : i;
    if (j < 0 || j >= n) throw indexError('list index out of range');
    return l.items[j]!;
  }
  if (key instanceof PySlice) {
    const u = sliceUnpack(vm, key);
    const count = adjustSliceIndices(l.items.length, u);
    if (count <= 0) return new PyList([]);
    return newList(vm, sliceItems(l.items, u.start, u.step, count));
  }
  throw typeError(`list indices must be integers or slices, not ${typeName(key)}`);
}

/** PySequence_Fast(v, message): the items of an iterable as an array (a copy when it is the
 * list's own). A TypeError from getting the iterator becomes `message`. */
function sequenceFast(vm: Interp, v: PyValue, message: string): PyValue[] {
  const fast = nativeItems(vm, v);
  if (fast !== null) return fast;
  try {
    return iterableToArray(vm, v);
  } catch (e) {
    if (e instanceof RaisedException && e.exc.type === E.TypeError && isNotIterable(vm, v)) throw typeError(message);
    throw e;
  }
}

function isNotIterable(vm: Interp, v: PyValue): boolean {
  try {
    const f = vm.getAttr(v, '__iter__');
    return f === None;
  } catch {
    return true;
  }
}

/** list_ass_slice: l[lo:hi] = v (v null: delete), step 1, with CPython's clamping. */
export function listAssignSlice(vm: Interp, l: PyList, lo: number, hi: number, v: PyValue | null): void {
  let ins: readonly PyValue[] = [];
  if (v !== null) {
    ins = v === l ? l.items.slice() : sequenceFast(vm, v, 'can only assign an iterable');
    if (ins === (v as PyList).items) ins = ins.slice();
  }
  const items = l.items;
  const n = items.length;
  if (lo < 0) lo = 0;
  else if (lo > n) lo = n;
  if (hi < lo) hi = lo;
  else if (hi > n) hi = n;
  if (ins.length > hi - lo) vm.charge((ins.length - (hi - lo)) * SLOT_BYTES);
  replaceRange(items, lo, hi, ins);
}

/** An array as the value of listAssignSlice (already converted: a list over it). */
function newListArg(items: PyValue[]): PyList {
  return new PyList(items);
}

/** list[key] = value */
export function listSetItem(vm: Interp, l: PyList, key: PyValue, value: PyValue): void {
  const i = itemIndex(vm, key);
  if (i !== null) {
    const n = l.items.length;
    const j = i < 0 ? i + n : i;
    if (j < 0 || j >= n) throw indexError('list assignment index out of range');
    l.items[j] = value;
    return;
  }
  if (key instanceof PySlice) {
    const u = sliceUnpack(vm, key);
    const count = adjustSliceIndices(l.items.length, u);
    // 3.14 converts the value first, with the extended-slice message for every step.
    const seq = value === l ? l.items.slice() : sequenceFast(vm, value, 'must assign iterable to extended slice');
    if (u.step === 1) {
      listAssignSlice(vm, l, u.start, u.stop, newListArg(seq === l.items ? seq.slice() : seq));
      return;
    }
    if (seq.length !== count) {
      throw valueError(`attempt to assign sequence of size ${seq.length} to extended slice of size ${count}`);
    }
    const items = l.items;
    for (let k = 0, cur = u.start; k < count; k++, cur += u.step) items[cur] = seq[k]!;
    return;
  }
  throw typeError(`list indices must be integers or slices, not ${typeName(key)}`);
}

/** del list[key] */
export function listDelItem(vm: Interp, l: PyList, key: PyValue): void {
  const i = itemIndex(vm, key);
  if (i !== null) {
    const n = l.items.length;
    const j = i < 0 ? i + n : i;
    if (j < 0 || j >= n) throw indexError('list assignment index out of range');
    l.items.splice(j, 1);
    return;
  }
  if (key instanceof PySlice) {
    const u = sliceUnpack(vm, key);
    const count = adjustSliceIndices(l.items.length, u);
    if (u.step === 1) {
      listAssignSlice(vm, l, u.start, u.stop, null);
      return;
    }
    if (count <= 0) return;
    let start = u.start;
    let step = u.step;
    if (step < 0) {
      start = start + step * (count - 1);
      step = -step;
    }
    const items = l.items;
    const last = start + step * (count - 1);
    let w = start;
    for (let r = start; r < items.length; r++) {
      if (r <= last && (r - start) % step === 0) continue;
      items[w++] = items[r]!;
    }
    items.length = w;
    return;
  }
  throw typeError(`list indices must be integers or slices, not ${typeName(key)}`);
}

// --- operators -----------------------------------------------------------------------------------

/** list + other */
export function listConcat(vm: Interp, a: PyList, b: PyValue): PyList {
  if (!(b instanceof PyList)) throw typeError(`can only concatenate list (not "${typeName(b)}") to list`);
  vm.charge((a.items.length + b.items.length) * SLOT_BYTES);
  return new PyList(a.items.concat(b.items));
}

/** list * n and n * list; `count` is the other operand. */
export function listRepeat(vm: Interp, l: PyList, count: PyValue): PyList {
  const n = repeatCount(vm, count);
  const len = l.items.length;
  if (n <= 0 || len === 0) return new PyList([]);
  chargeRepeat(vm, len, n);
  return new PyList(repeatItems(l.items, n));
}

/** list += iterable: extends in place and returns the list. */
export function listInplaceConcat(vm: Interp, l: PyList, other: PyValue): PyList {
  listExtend(vm, l, other);
  return l;
}

/** list *= n */
export function listInplaceRepeat(vm: Interp, l: PyList, count: PyValue): PyList {
  const n = repeatCount(vm, count);
  const len = l.items.length;
  if (n < 1 || len === 0) {
    l.items.length = 0;
    return l;
  }
  if (n === 1) return l;
  chargeRepeat(vm, len, n);
  const src = l.items.slice();
  for (let k = 1; k < n; k++) pushAll(l.items, src);
  return l;
}

// --- methods -------------------------------------------------------------------------------------

export function listAppend(l: PyList, v: PyValue): void {
  l.items.push(v);
}

/** list.extend from a native iterable; false (nothing done) when the iterable needs Python code. */
export function listExtendNative(vm: Interp, l: PyList, iterable: PyValue): boolean {
  const src = nativeItems(vm, iterable);
  if (src === null) return false;
  vm.charge(src.length * SLOT_BYTES);
  pushAll(l.items, src === l.items ? src.slice() : src);
  return true;
}

/** list.extend(iterable): nested calls for Python iterables (items appended as they come, as
 * list_extend_iter does). */
export function listExtend(vm: Interp, l: PyList, iterable: PyValue): void {
  if (listExtendNative(vm, l, iterable)) return;
  // Appended one by one: an iterator that raises part way leaves the items it gave.
  const next = pythonIterator(vm, iterable);
  for (let x = next(); x !== undefined; x = next()) {
    vm.charge(SLOT_BYTES);
    l.items.push(x);
  }
}

export function listInsert(l: PyList, where: number, v: PyValue): void {
  const n = l.items.length;
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  l.items.splice(where, 0, v);
}

export function listPop(l: PyList, index = -1): PyValue {
  const n = l.items.length;
  if (n === 0) throw indexError('pop from empty list');
  if (index < 0) index += n;
  if (index < 0 || index >= n) throw indexError('pop index out of range');
  if (index === n - 1) return l.items.pop()!;
  return l.items.splice(index, 1)[0]!;
}

export function listRemove(vm: Interp, l: PyList, x: PyValue): void {
  for (let i = 0; i < l.items.length; i++) {
    const v = l.items[i]!;
    if (v === x || vm.eq(v, x)) {
      if (i < l.items.length) l.items.splice(i, 1);
      return;
    }
  }
  throw valueError('list.remove(x): x not in list');
}

export function listIndex(vm: Interp, l: PyList, x: PyValue, startArg?: PyValue, stopArg?: PyValue): number {
  let start = indexBound(vm, startArg, 0);
  let stop = indexBound(vm, stopArg, Number.MAX_SAFE_INTEGER);
  const n = l.items.length;
  if (start < 0) {
    start += n;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += n;
    if (stop < 0) stop = 0;
  }
  for (let i = start; i < stop && i < l.items.length; i++) {
    const v = l.items[i]!;
    if (v === x || vm.eq(v, x)) return i;
  }
  throw valueError('list.index(x): x not in list');
}

export function listCount(vm: Interp, l: PyList, x: PyValue): number {
  let c = 0;
  for (let i = 0; i < l.items.length; i++) {
    const v = l.items[i]!;
    if (v === x || vm.eq(v, x)) c++;
  }
  return c;
}

export function listClear(l: PyList): void {
  l.items.length = 0;
}

export function listReverse(l: PyList): void {
  l.items.reverse();
}

export function listCopy(vm: Interp, l: PyList): PyList {
  return newList(vm, l.items.slice());
}

// --- sort ------------------------------------------------------------------------------------

/**
 * list.sort with precomputed keys (null: the items are the keys), CPython's protocol around the
 * sort itself: the list is empty while it sorts (a comparison that looks at it sees []), the
 * sorted items replace it afterwards, and a list changed meanwhile raises "list modified during
 * sort" (unless the sort raised first). On an exception the list holds the permutation the sort
 * had reached, as in CPython.
 */
export function listSortWithKeys(vm: Interp, l: PyList, keys: PyValue[] | null, reverse: boolean): void {
  const saved = l.items;
  const detached: PyValue[] = [];
  l.items = detached;
  sortDetached(vm, l, saved, detached, keys, reverse);
}

function sortDetached(vm: Interp, l: PyList, saved: PyValue[], detached: PyValue[], keys: PyValue[] | null, reverse: boolean): void {
  let ok = false;
  try {
    if (keys === null) sortItems(vm, saved, reverse);
    else sortWithKeys(vm, saved, keys, reverse);
    ok = true;
  } finally {
    const modified = l.items !== detached || detached.length !== 0;
    l.items = saved;
    if (ok && modified) throw valueError('list modified during sort');
  }
}

/** list.sort(key=..., reverse=...) with the key function called here (nested calls; the VM's
 * Python-level sort calls it in frames instead and uses listSortWithKeys). Keys are computed
 * while the list is empty, as CPython does; a key function that raises leaves the list as it
 * was. */
export function listSort(vm: Interp, l: PyList, keyFn: PyValue, reverse: boolean): void {
  const saved = l.items;
  const detached: PyValue[] = [];
  l.items = detached;
  let keys: PyValue[] | null = null;
  if (keyFn !== None) {
    try {
      keys = new Array<PyValue>(saved.length);
      for (let i = 0; i < saved.length; i++) keys[i] = vm.callNested(keyFn, [saved[i]!]);
    } catch (e) {
      l.items = saved;
      throw e;
    }
  }
  sortDetached(vm, l, saved, detached, keys, reverse);
}

// --- construction ----------------------------------------------------------------------------

/** list(iterable) when iterating runs no Python code, else null (the VM falls back). */
export function listFromNative(vm: Interp, iterable: PyValue): PyList | null {
  const src = nativeItems(vm, iterable);
  if (src === null) return null;
  vm.charge(src.length * SLOT_BYTES);
  return new PyList(iterable instanceof PyList || src === (iterable as unknown as { items?: unknown }).items ? src.slice() : src);
}

/** list(...) called as a constructor (list_vectorcall). */
export function callListType(vm: Interp, args: PyValue[], kwargs: Kwargs | null, type: PyType = listType): PyList {
  if (kwargs !== null && kwargs.names.length > 0) throw typeError('list() takes no keyword arguments');
  if (args.length > 1) throw typeError(`list expected at most 1 argument, got ${args.length}`);
  const l = new PyList([]);
  if (type !== listType) l.type = type;
  if (args.length === 1) listExtend(vm, l, args[0]!);
  return l;
}

/** list.__init__(self, iterable=()): clears, then extends. */
export function listInit(vm: Interp, l: PyList, args: PyValue[], kwargs: Kwargs | null): void {
  if (kwargs !== null && kwargs.names.length > 0) throw typeError('list() takes no keyword arguments');
  if (args.length > 1) throw typeError(`list expected at most 1 argument, got ${args.length}`);
  l.items.length = 0;
  if (args.length === 1) listExtend(vm, l, args[0]!);
}

// --- iterators -----------------------------------------------------------------------------------

/** list_iterator: follows the list as it changes (an index into the live list). */
export class PyListIterator extends PyObject {
  seq: PyList | null;
  index = 0;
  constructor(l: PyList) {
    super(listIteratorType);
    this.seq = l;
  }
  nextValue(): PyValue | undefined {
    const l = this.seq;
    if (l === null) return undefined;
    if (this.index < l.items.length) return l.items[this.index++]!;
    this.seq = null;
    return undefined;
  }
  /** __length_hint__ */
  lengthHint(): number {
    return this.seq === null ? 0 : Math.max(0, this.seq.items.length - this.index);
  }
}

/** list_reverseiterator */
export class PyListReverseIterator extends PyObject {
  seq: PyList | null;
  index: number;
  constructor(l: PyList) {
    super(listReverseIteratorType);
    this.seq = l;
    this.index = l.items.length - 1;
  }
  nextValue(): PyValue | undefined {
    const l = this.seq;
    if (l === null) return undefined;
    const i = this.index;
    if (i >= 0 && i < l.items.length) {
      this.index--;
      return l.items[i]!;
    }
    this.index = -1;
    this.seq = null;
    return undefined;
  }
  /** __length_hint__ */
  lengthHint(): number {
    const n = this.index + 1;
    return this.seq === null || this.seq.items.length < n ? 0 : n;
  }
}

export function listIter(l: PyList): PyListIterator {
  return new PyListIterator(l);
}

export function listReversed(l: PyList): PyListReverseIterator {
  return new PyListReverseIterator(l);
}

// --- native methods --------------------------------------------------------------------------

function selfList(args: PyValue[], name: string): PyList {
  const s = args[0];
  if (!(s instanceof PyList)) {
    throw typeError(`descriptor '${name}' for 'list' objects doesn't apply to a '${typeName(s as PyValue)}' object`);
  }
  return s;
}

function noargs(name: string, body: (vm: Interp, l: PyList) => PyValue): NativeFn {
  return (vm, args, kwargs) => {
    const l = selfList(args, name);
    noArgs(`list.${name}`, args, kwargs);
    return body(vm, l);
  };
}

function onearg(name: string, body: (vm: Interp, l: PyList, x: PyValue) => PyValue): NativeFn {
  return (vm, args, kwargs) => {
    const l = selfList(args, name);
    return body(vm, l, oneArg(`list.${name}`, args, kwargs));
  };
}

function lcmp(op: CompareOp, name: string): NativeFn {
  return onearg(name, (vm, l, x) => listRichCompare(vm, l, x, op));
}

defineSlotMethods(listType, {
  append: onearg('append', (_vm, l, x) => (listAppend(l, x), None)),
  extend: onearg('extend', (vm, l, x) => (listExtend(vm, l, x), None)),
  insert: (vm, args, kwargs) => {
    const l = selfList(args, 'insert');
    positional('list.insert', 'insert', args, kwargs, 2, 2);
    listInsert(l, ssizeArg(vm, args[1]!), args[2]!);
    return None;
  },
  pop: (vm, args, kwargs) => {
    const l = selfList(args, 'pop');
    positional('list.pop', 'pop', args, kwargs, 0, 1);
    return listPop(l, args.length > 1 ? ssizeArg(vm, args[1]!) : -1);
  },
  remove: onearg('remove', (vm, l, x) => (listRemove(vm, l, x), None)),
  index: (vm, args, kwargs) => {
    const l = selfList(args, 'index');
    positional('list.index', 'index', args, kwargs, 1, 3);
    return listIndex(vm, l, args[1]!, args[2], args[3]);
  },
  count: onearg('count', (vm, l, x) => listCount(vm, l, x)),
  clear: noargs('clear', (_vm, l) => (listClear(l), None)),
  copy: noargs('copy', (vm, l) => listCopy(vm, l)),
  reverse: noargs('reverse', (_vm, l) => (listReverse(l), None)),
  sort: (vm, args, kwargs) => {
    const l = selfList(args, 'sort');
    const total = args.length - 1 + (kwargs === null ? 0 : kwargs.names.length);
    if (args.length > 1 && total <= 2) throw typeError('sort() takes no positional arguments');
    const [key, reverse] = unpack('sort', args, kwargs, ['key', 'reverse'], 0, 0);
    listSort(vm, l, key ?? None, reverse === undefined ? false : vm.truthy(reverse));
    return None;
  },
  __reversed__: noargs('__reversed__', (_vm, l) => listReversed(l)),
  __len__: noargs('__len__', (_vm, l) => l.items.length),
  __iter__: noargs('__iter__', (_vm, l) => listIter(l)),
  __repr__: noargs('__repr__', (vm, l) => listRepr(vm, l)),
  __contains__: onearg('__contains__', (vm, l, x) => listContains(vm, l, x)),
  __getitem__: onearg('__getitem__', (vm, l, k) => listGetItem(vm, l, k)),
  __setitem__: (vm, args, kwargs) => {
    const l = selfList(args, '__setitem__');
    positional('list.__setitem__', '__setitem__', args, kwargs, 2, 2);
    listSetItem(vm, l, args[1]!, args[2]!);
    return None;
  },
  __delitem__: onearg('__delitem__', (vm, l, k) => (listDelItem(vm, l, k), None)),
  __add__: onearg('__add__', (vm, l, x) => listConcat(vm, l, x)),
  __iadd__: onearg('__iadd__', (vm, l, x) => listInplaceConcat(vm, l, x)),
  __mul__: onearg('__mul__', (vm, l, x) => listRepeat(vm, l, mulArg(vm, x))),
  __rmul__: onearg('__rmul__', (vm, l, x) => listRepeat(vm, l, mulArg(vm, x))),
  __imul__: onearg('__imul__', (vm, l, x) => listInplaceRepeat(vm, l, mulArg(vm, x))),
  __eq__: lcmp(CompareOp.EQ, '__eq__'),
  __ne__: lcmp(CompareOp.NE, '__ne__'),
  __lt__: lcmp(CompareOp.LT, '__lt__'),
  __le__: lcmp(CompareOp.LE, '__le__'),
  __gt__: lcmp(CompareOp.GT, '__gt__'),
  __ge__: lcmp(CompareOp.GE, '__ge__'),
  __init__: (vm, args, kwargs) => {
    const l = selfList(args, '__init__');
    listInit(vm, l, args.slice(1), kwargs);
    return None;
  },
}, ['__getitem__', '__reversed__']);
// Lists are unhashable: list.__hash__ is None.
listType.dict.set('__hash__', None);

defineIteratorMethods(listIteratorType, (v): v is PyListIterator => v instanceof PyListIterator);
defineIteratorMethods(listReverseIteratorType, (v): v is PyListReverseIterator => v instanceof PyListReverseIterator);
