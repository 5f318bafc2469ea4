// set and frozenset: CPython's open-addressing table (Objects/setobject.c), reproduced step for
// step so that iteration order, repr and pop() match CPython 3.14 exactly.
//
// The table holds (key, hash) entries: `keys[i]` is undefined for a never-used slot, DUMMY for a
// deleted one, else the key; `hashes[2i]` / `hashes[2i+1]` are the low / high halves of its
// 64-bit hash (-1 for a dummy, 0 for an unused slot). Probing is set_lookkey's: LINEAR_PROBES (9)
// neighbours, then perturbation (i = i*5 + 1 + (perturb >>= 5)). Tables start at 8 slots and
// resize when fill*5 >= mask*3 (set_table_resize: smallest power of two > used*4, or used*2
// beyond 50000 entries). Keys compare by identity, then str equality, then vm.eq.
//
// Every operation uses the algorithm CPython uses for it (which set is iterated, when the table is
// pre-sized, when dummies are purged), since those decide the resulting order.

import { PyObject, makeBuiltinType, objectType, typeOf, None, NotImplemented, floatType, TYPE_FLAG_HEAPTYPE, type PyType, type PyValue } from './object.ts';
import { PyFloat } from './float.ts';
import { PyTuple, tupleType } from './tuple.ts';
import { PyList, listType } from './list.ts';
import { defineSlotMethods, defineIteratorMethods } from './slot-wrappers.ts';
import { type Kwargs, type NativeFn } from './function.ts';
import { noArgs, noKeywords, oneArg } from './str-args.ts';
import { H, hashInto, registerHasher, mul64, pairToBigInt, bigIntToH } from './hash.ts';
import { RaisedException, typeError, raise } from '../vm/raise.ts';
import * as E from './exceptions.ts';
import { CompareOp, type Interp } from '../vm/interp.ts';
import { PyDict, dictType, dictEntries, dictContains as dictContainsKey } from './dict.ts';

export const setType = makeBuiltinType('set');
export const frozensetType = makeBuiltinType('frozenset');
export const setIteratorType = makeBuiltinType('set_iterator', objectType, { final: true });

const MINSIZE = 8;
const LINEAR_PROBES = 9;

/** The key of deleted entries (never visible to Python code). */
const DUMMY: PyValue = new PyObject(objectType);

type Slot = PyValue | undefined;

/** The layout shared by set and frozenset (PySetObject). */
export class PyAnySet extends PyObject {
  keys: Slot[] = [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined];
  hashes: Int32Array = new Int32Array(2 * MINSIZE);
  mask = MINSIZE - 1;
  /** Active + dummy entries. */
  fill = 0;
  /** Active entries: len(). */
  used = 0;
  /** pop()'s search finger. */
  finger = 0;
  /** frozenset's cached hash. */
  hash: bigint | null = null;
}

export class PySet extends PyAnySet {
  constructor(type: PyType = setType) {
    super(type);
  }
}

export class PyFrozenSet extends PyAnySet {
  constructor(type: PyType = frozensetType) {
    super(type);
  }
}

// --- helpers -------------------------------------------------------------------------------

/** %T in CPython messages: the qualified name, without the module for builtins and __main__. */
export function typeFullName(t: PyType): string {
  return t.module === 'builtins' || t.module === '__main__' ? t.qualname : `${t.module}.${t.qualname}`;
}

/** Numeric value of int, bool and exact float operands (for native equality), else undefined. */
function numericOf(v: PyValue): number | bigint | undefined {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
    case 'string':
      return undefined;
  }
  return v.type === floatType ? (v as PyFloat).value : undefined;
}

/** Key equality as containers test it: identity, then natively for str and numbers, else vm.eq
 * (stored key first, as PyObject_RichCompareBool(startkey, key) is called). */
export function keysEqual(vm: Interp, stored: PyValue, key: PyValue): boolean {
  if (stored === key) return true;
  const ts = typeof stored;
  const tk = typeof key;
  if (ts === 'string' || tk === 'string') {
    if (ts === 'object' || tk === 'object') {
      const o = (ts === 'object' ? stored : key) as PyObject;
      if (o.type === floatType || o.type === tupleType || o === None) return false;
      return vm.eq(stored, key);
    }
    return false;
  }
  const a = numericOf(stored);
  const b = numericOf(key);
  if (a !== undefined && b !== undefined) {
    if (typeof a === typeof b) return a === b;
    if (typeof a === 'bigint') return Number.isInteger(b) && BigInt(b as number) === a;
    if (typeof b === 'bigint') return Number.isInteger(a) && BigInt(a as number) === b;
    return a === b;
  }
  return vm.eq(stored, key);
}

/** Python's str(exc) for an exception raised by a hash function (single-argument messages). */
function excMessage(vm: Interp, e: RaisedException): string {
  const args = e.exc.args;
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  return vm.str(e.exc);
}

/** Hash of a set element into H, with 3.14's "cannot use 'T' as a set element (...)" wording for
 * unhashable keys (set_unhashable_type). */
function hashKey(vm: Interp, key: PyValue): void {
  if (typeof key === 'object' && key.type !== floatType) {
    try {
      hashInto(vm, key);
    } catch (e) {
      if (e instanceof RaisedException && e.exc.type === E.TypeError) {
        throw typeError(`cannot use '${typeFullName(typeOf(key))}' as a set element (${excMessage(vm, e)})`);
      }
      throw e;
    }
  } else hashInto(vm, key);
}

export function isAnySet(v: PyValue): v is PyAnySet {
  return v instanceof PyAnySet;
}

// --- the table -------------------------------------------------------------------------------

/** set_lookkey: the index of the active entry equal to `key`, or -1. */
function lookKey(vm: Interp, so: PyAnySet, key: PyValue, hl: number, hh: number): number {
  let keys = so.keys;
  let hashes = so.hashes;
  let mask = so.mask;
  let i = hl & mask;
  let pl = hl;
  let ph = hh;
  for (;;) {
    let j = i;
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    do {
      const k = keys[j];
      if (k === undefined) return -1;
      if (hashes[2 * j] === hl && hashes[2 * j + 1] === hh) {
        if (k === key) return j;
        if (!(typeof k === 'string' && typeof key === 'string')) {
          const cmp = keysEqual(vm, k, key);
          if (so.keys !== keys || keys[j] !== k) return lookKey(vm, so, key, hl, hh);
          if (cmp) return j;
          keys = so.keys;
          hashes = so.hashes;
          mask = so.mask;
        }
      }
      j++;
    } while (probes-- > 0);
    pl = (pl >>> 5) | (ph << 27);
    ph = ph >>> 5;
    i = (i * 5 + 1 + (pl >>> 0)) & mask;
  }
}

/** set_add_entry. */
function addEntry(vm: Interp, so: PyAnySet, key: PyValue, hl: number, hh: number): void {
  restart: for (;;) {
    const keys = so.keys;
    const hashes = so.hashes;
    const mask = so.mask;
    let i = hl & mask;
    let pl = hl;
    let ph = hh;
    let freeslot = -1;
    let j = 0;
    search: for (;;) {
      j = i;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      do {
        const k = keys[j];
        if (k === undefined) break search;
        const eh = hashes[2 * j]!;
        const ehh = hashes[2 * j + 1]!;
        if (eh === hl && ehh === hh) {
          if (k === key) return;
          if (!(typeof k === 'string' && typeof key === 'string')) {
            const cmp = keysEqual(vm, k, key);
            if (cmp) return;
            if (so.keys !== keys || keys[j] !== k) continue restart;
          }
        } else if (eh === -1 && ehh === -1) {
          freeslot = j;
        }
        j++;
      } while (probes-- > 0);
      pl = (pl >>> 5) | (ph << 27);
      ph = ph >>> 5;
      i = (i * 5 + 1 + (pl >>> 0)) & mask;
    }
    if (freeslot !== -1) {
      if (keys[freeslot] !== DUMMY) continue restart;
      so.used++;
      keys[freeslot] = key;
      hashes[2 * freeslot] = hl;
      hashes[2 * freeslot + 1] = hh;
      return;
    }
    so.fill++;
    so.used++;
    keys[j] = key;
    hashes[2 * j] = hl;
    hashes[2 * j + 1] = hh;
    if (so.fill * 5 < mask * 3) return;
    tableResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
    return;
  }
}

/** set_insert_clean: insert a key known to be absent into a table without dummies. */
function insertClean(keys: Slot[], hashes: Int32Array, mask: number, key: PyValue, hl: number, hh: number): void {
  let i = hl & mask;
  let pl = hl;
  let ph = hh;
  for (;;) {
    let j = i;
    if (keys[j] === undefined) break;
    if (i + LINEAR_PROBES <= mask) {
      let found = false;
      for (let p = 0; p < LINEAR_PROBES; p++) {
        j++;
        if (keys[j] === undefined) {
          found = true;
          break;
        }
      }
      if (found) {
        i = j;
        break;
      }
    }
    pl = (pl >>> 5) | (ph << 27);
    ph = ph >>> 5;
    i = (i * 5 + 1 + (pl >>> 0)) & mask;
  }
  keys[i] = key;
  hashes[2 * i] = hl;
  hashes[2 * i + 1] = hh;
}

function newKeys(size: number): Slot[] {
  const a: Slot[] = new Array(size);
  for (let i = 0; i < size; i++) a[i] = undefined;
  return a;
}

/** set_table_resize: rebuild into the smallest power of two (>= 8) above `minused`. */
function tableResize(so: PyAnySet, minused: number): void {
  let newsize = MINSIZE;
  while (newsize <= minused) newsize *= 2;
  const oldKeys = so.keys;
  const oldHashes = so.hashes;
  const oldmask = so.mask;
  // A small table (8 slots) staying small with no dummies: nothing to do.
  if (newsize === MINSIZE && oldmask === MINSIZE - 1 && so.fill === so.used) return;
  const keys = newKeys(newsize);
  const hashes = new Int32Array(2 * newsize);
  const mask = newsize - 1;
  so.keys = keys;
  so.hashes = hashes;
  so.mask = mask;
  so.fill = so.used;
  for (let i = 0; i <= oldmask; i++) {
    const k = oldKeys[i];
    if (k !== undefined && k !== DUMMY) insertClean(keys, hashes, mask, k, oldHashes[2 * i]!, oldHashes[2 * i + 1]!);
  }
}

/** set_discard_entry: true when the key was found and removed. */
function discardEntry(vm: Interp, so: PyAnySet, key: PyValue, hl: number, hh: number): boolean {
  const j = lookKey(vm, so, key, hl, hh);
  if (j < 0) return false;
  so.keys[j] = DUMMY;
  so.hashes[2 * j] = -1;
  so.hashes[2 * j + 1] = -1;
  so.used--;
  return true;
}

function containsEntry(vm: Interp, so: PyAnySet, key: PyValue, hl: number, hh: number): boolean {
  return lookKey(vm, so, key, hl, hh) >= 0;
}

/** set_empty_to_minsize (the finger is kept, as in CPython). */
function emptyToMinsize(so: PyAnySet): void {
  so.keys = newKeys(MINSIZE);
  so.hashes = new Int32Array(2 * MINSIZE);
  so.mask = MINSIZE - 1;
  so.fill = 0;
  so.used = 0;
  so.hash = null;
}

/** set_merge: add every key of `other` (a set or frozenset). */
function merge(vm: Interp, so: PyAnySet, other: PyAnySet): void {
  if (other === so || other.used === 0) return;
  if ((so.fill + other.used) * 5 >= so.mask * 3) tableResize(so, (so.used + other.used) * 2);
  const okeys = other.keys;
  const ohashes = other.hashes;
  const omask = other.mask;
  if (so.fill === 0 && so.mask === omask && other.fill === other.used) {
    // Same size, no dummies: copy the slots.
    for (let i = 0; i <= omask; i++) {
      const k = okeys[i];
      if (k !== undefined) {
        so.keys[i] = k;
        so.hashes[2 * i] = ohashes[2 * i]!;
        so.hashes[2 * i + 1] = ohashes[2 * i + 1]!;
      }
    }
    so.fill = other.fill;
    so.used = other.used;
    return;
  }
  if (so.fill === 0) {
    so.fill = other.used;
    so.used = other.used;
    for (let i = 0; i <= omask; i++) {
      const k = okeys[i];
      if (k !== undefined && k !== DUMMY) insertClean(so.keys, so.hashes, so.mask, k, ohashes[2 * i]!, ohashes[2 * i + 1]!);
    }
    return;
  }
  for (let i = 0; i <= other.mask; i++) {
    const k = other.keys[i];
    if (k !== undefined && k !== DUMMY) addEntry(vm, so, k, other.hashes[2 * i]!, other.hashes[2 * i + 1]!);
  }
}

/** The active entries of a set in table order, with their hashes (set_next). Snapshot: callers
 * that may run Python code between entries use it where CPython would also see a stable table. */
function* entriesOf(so: PyAnySet): Generator<[PyValue, number, number]> {
  for (let i = 0; i <= so.mask; i++) {
    const k = so.keys[i];
    if (k !== undefined && k !== DUMMY) yield [k, so.hashes[2 * i]!, so.hashes[2 * i + 1]!];
  }
}

// --- iteration of arbitrary iterables ------------------------------------------------------

/**
 * Iterates any iterable from native code: lists, tuples, str, sets and dicts natively; other
 * builtin iterables through vm.nativeIter; everything else (generators, user iterators) through
 * vm.getIter / vm.iterNext, as nested calls (see the object model README).
 */
export function iterate(vm: Interp, v: PyValue): Iterator<PyValue> {
  if (typeof v === 'string') return v[Symbol.iterator]();
  if (typeof v === 'object') {
    const t = v.type;
    if (t === listType) {
      const l = v as PyList;
      let i = 0;
      return { next: () => (i < l.items.length ? { value: l.items[i++]!, done: false } : { value: undefined, done: true }) };
    }
    if (t === tupleType) return (v as PyTuple).items[Symbol.iterator]();
    if (v instanceof PyAnySet && (t === setType || t === frozensetType)) {
      const it = new PySetIterator(v);
      return { next: () => { const x = it.nextValue(); return x === undefined ? { value: undefined, done: true } : { value: x, done: false }; } };
    }
    if (v instanceof PyDict && t === dictType) return dictKeysIterator(v);
  }
  const native = vm.nativeIter(v);
  if (native !== null) return native;
  const itObj = vm.getIter(v);
  return {
    next: () => {
      const x = vm.iterNext(itObj);
      return x === undefined ? { value: undefined, done: true } : { value: x, done: false };
    },
  };
}

function dictKeysIterator(d: PyDict): Iterator<PyValue> {
  const it = dictEntries(d, 'keys');
  return { next: () => { const x = it.nextValue(); return x === undefined ? { value: undefined, done: true } : { value: x, done: false }; } };
}

// --- the public operations -------------------------------------------------------------------

/** set_add_key. */
export function setAdd(vm: Interp, so: PyAnySet, key: PyValue): void {
  hashKey(vm, key);
  addEntry(vm, so, key, H.lo, H.hi);
}

/** The hash of a key for contains/discard/remove, falling back to a set key's frozenset hash
 * (a set is looked up as the equal frozenset). */
function hashForLookup(vm: Interp, key: PyValue): void {
  try {
    hashKey(vm, key);
  } catch (e) {
    if (e instanceof RaisedException && e.exc.type.isSubtypeOf(E.TypeError) && key instanceof PyAnySet && key.type.isSubtypeOf(setType)) {
      frozensetHashInto(key);
      return;
    }
    throw e;
  }
}

/** `key in so` (set_contains_lock_held). */
export function setContains(vm: Interp, so: PyAnySet, key: PyValue): boolean {
  hashForLookup(vm, key);
  return lookKey(vm, so, key, H.lo, H.hi) >= 0;
}

/** set.discard: true when the key was present. */
export function setDiscard(vm: Interp, so: PyAnySet, key: PyValue): boolean {
  hashForLookup(vm, key);
  return discardEntry(vm, so, key, H.lo, H.hi);
}

/** set.remove: KeyError(key) when absent. */
export function setRemove(vm: Interp, so: PyAnySet, key: PyValue): void {
  if (!setDiscard(vm, so, key)) throw raise(E.KeyError, key);
}

/** set.pop: CPython's finger walk. */
export function setPop(so: PyAnySet): PyValue {
  if (so.used === 0) throw raise(E.KeyError, 'pop from an empty set');
  const keys = so.keys;
  let i = so.finger & so.mask;
  for (;;) {
    const k = keys[i];
    if (k !== undefined && k !== DUMMY) break;
    i++;
    if (i > so.mask) i = 0;
  }
  const key = keys[i]!;
  keys[i] = DUMMY;
  so.hashes[2 * i] = -1;
  so.hashes[2 * i + 1] = -1;
  so.used--;
  so.finger = i + 1;
  return key;
}

export function setClear(so: PyAnySet): void {
  if (so.fill > 0 || so.mask !== MINSIZE - 1) emptyToMinsize(so);
  so.hash = null;
}

export function setLen(so: PyAnySet): number {
  return so.used;
}

/** The keys in table order. */
export function setKeys(so: PyAnySet): PyValue[] {
  const out: PyValue[] = [];
  const keys = so.keys;
  for (let i = 0; i <= so.mask; i++) {
    const k = keys[i];
    if (k !== undefined && k !== DUMMY) out.push(k);
  }
  return out;
}

/** set_update_dict: pre-size, then add the dict's keys in order. */
function updateFromDict(vm: Interp, so: PyAnySet, d: PyDict): void {
  const n = d.size;
  if ((so.fill + n) * 5 >= so.mask * 3) tableResize(so, (so.used + n) * 2);
  const it = dictEntries(d, 'keys');
  for (let k = it.nextValue(); k !== undefined; k = it.nextValue()) {
    hashInto(vm, k);
    addEntry(vm, so, k, H.lo, H.hi);
  }
}

/** set_update_internal: add every element of an iterable. */
export function setUpdate(vm: Interp, so: PyAnySet, other: PyValue): void {
  if (other instanceof PyAnySet) {
    merge(vm, so, other);
    return;
  }
  if (other instanceof PyDict && other.type === dictType) {
    updateFromDict(vm, so, other);
    return;
  }
  if (typeof other === 'object' && (other.type === listType || other.type === tupleType)) {
    const items = (other as PyList | PyTuple).items;
    for (let i = 0; i < items.length; i++) setAdd(vm, so, items[i]!);
    return;
  }
  const it = iterate(vm, other);
  for (let r = it.next(); !r.done; r = it.next()) setAdd(vm, so, r.value);
}

/** make_new_set_basetype: a new set or frozenset (subclasses give their builtin base). */
function newOfBaseType(t: PyType): PyAnySet {
  return t === setType || t.isSubtypeOf(setType) ? new PySet() : new PyFrozenSet();
}

/** set(iterable) / set(). */
export function newSet(vm: Interp, iterable?: PyValue, type: PyType = setType): PySet {
  const s = new PySet(type);
  if (iterable !== undefined) setUpdate(vm, s, iterable);
  return s;
}

/** frozenset(iterable): frozenset(f) of an exact frozenset is f. */
export function newFrozenSet(vm: Interp, iterable?: PyValue, type: PyType = frozensetType): PyFrozenSet {
  if (type === frozensetType && iterable instanceof PyFrozenSet && iterable.type === frozensetType) return iterable;
  const s = new PyFrozenSet(type);
  if (iterable !== undefined) setUpdate(vm, s, iterable);
  return s;
}

/** A set display {a, b, c} (BUILD_SET: add in order). */
export function setFromValues(vm: Interp, values: readonly PyValue[]): PySet {
  const s = new PySet();
  for (let i = 0; i < values.length; i++) setAdd(vm, s, values[i]!);
  return s;
}

/** set.copy (frozenset.copy of an exact frozenset is itself). */
export function setCopy(vm: Interp, so: PyAnySet): PyAnySet {
  if (so.type === frozensetType) return so;
  return copyOf(vm, so);
}

function copyOf(vm: Interp, so: PyAnySet): PyAnySet {
  const r = newOfBaseType(so.type);
  merge(vm, r, so);
  return r;
}

/** set.union(*others). */
export function setUnion(vm: Interp, so: PyAnySet, others: readonly PyValue[]): PyAnySet {
  const r = copyOf(vm, so);
  for (const o of others) if (o !== so) setUpdate(vm, r, o);
  return r;
}

/** set_intersection. */
export function setIntersection(vm: Interp, so: PyAnySet, other: PyValue): PyAnySet {
  if (so === other) return copyOf(vm, so);
  const result = newOfBaseType(so.type);
  if (other instanceof PyAnySet) {
    let a = so;
    let b = other;
    if (b.used > a.used) {
      a = other;
      b = so;
    }
    for (const [k, hl, hh] of entriesOf(b)) {
      if (containsEntry(vm, a, k, hl, hh)) addEntry(vm, result, k, hl, hh);
    }
    return result;
  }
  const it = iterate(vm, other);
  for (let r = it.next(); !r.done; r = it.next()) {
    const key = r.value;
    hashInto(vm, key); // PyObject_Hash: no "as a set element" wording here
    const hl = H.lo, hh = H.hi;
    if (containsEntry(vm, so, key, hl, hh)) {
      addEntry(vm, result, key, hl, hh);
      if (result.used >= so.used) break;
    }
  }
  return result;
}

/** set.intersection(*others). */
export function setIntersectionMulti(vm: Interp, so: PyAnySet, others: readonly PyValue[]): PyAnySet {
  if (others.length === 0) return copyOf(vm, so);
  let result: PyAnySet = so;
  for (const o of others) result = setIntersection(vm, result, o);
  return result;
}

/** set_swap_bodies(a, b): a takes b's table (b is a temporary). */
function takeBody(a: PyAnySet, b: PyAnySet): void {
  a.keys = b.keys;
  a.hashes = b.hashes;
  a.mask = b.mask;
  a.fill = b.fill;
  a.used = b.used;
  a.hash = null;
}

export function setIntersectionUpdate(vm: Interp, so: PyAnySet, others: readonly PyValue[]): void {
  takeBody(so, setIntersectionMulti(vm, so, others));
}

/** set.isdisjoint. */
export function setIsDisjoint(vm: Interp, so: PyAnySet, other: PyValue): boolean {
  if (so === other) return so.used === 0;
  if (other instanceof PyAnySet && (other.type === setType || other.type === frozensetType)) {
    let a = so;
    let b = other;
    if (b.used > a.used) {
      a = other;
      b = so;
    }
    for (const [k, hl, hh] of entriesOf(b)) if (containsEntry(vm, a, k, hl, hh)) return false;
    return true;
  }
  const it = iterate(vm, other);
  for (let r = it.next(); !r.done; r = it.next()) {
    hashKey(vm, r.value);
    if (containsEntry(vm, so, r.value, H.lo, H.hi)) return false;
  }
  return true;
}

/** set_difference_update_internal. */
export function setDifferenceUpdateOne(vm: Interp, so: PyAnySet, other: PyValue): void {
  if (so === other) {
    setClear(so);
    return;
  }
  if (other instanceof PyAnySet) {
    const src = other.used >> 3 > so.used ? setIntersection(vm, so, other) : other;
    for (const [k, hl, hh] of entriesOf(src)) discardEntry(vm, so, k, hl, hh);
  } else {
    const it = iterate(vm, other);
    for (let r = it.next(); !r.done; r = it.next()) {
      hashKey(vm, r.value);
      discardEntry(vm, so, r.value, H.lo, H.hi);
    }
  }
  // More than 1/4 dummies: resize them away.
  if (so.fill - so.used <= so.mask >>> 2) return;
  tableResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
}

export function setDifferenceUpdate(vm: Interp, so: PyAnySet, others: readonly PyValue[]): void {
  for (const o of others) setDifferenceUpdateOne(vm, so, o);
}

function copyAndDifference(vm: Interp, so: PyAnySet, other: PyValue): PyAnySet {
  const r = copyOf(vm, so);
  setDifferenceUpdateOne(vm, r, other);
  return r;
}

/** set_difference. */
export function setDifference(vm: Interp, so: PyAnySet, other: PyValue): PyAnySet {
  let otherSize: number;
  const isDict = other instanceof PyDict && other.type === dictType;
  if (other instanceof PyAnySet) otherSize = other.used;
  else if (isDict) otherSize = (other as PyDict).size;
  else return copyAndDifference(vm, so, other);
  if (so.used >> 2 > otherSize) return copyAndDifference(vm, so, other);
  const result = newOfBaseType(so.type);
  for (const [k, hl, hh] of entriesOf(so)) {
    const present = isDict ? dictContainsKey(vm, other as PyDict, k) : containsEntry(vm, other as PyAnySet, k, hl, hh);
    if (!present) addEntry(vm, result, k, hl, hh);
  }
  return result;
}

/** set.difference(*others). */
export function setDifferenceMulti(vm: Interp, so: PyAnySet, others: readonly PyValue[]): PyAnySet {
  if (others.length === 0) return copyOf(vm, so);
  const r = setDifference(vm, so, others[0]!);
  for (let i = 1; i < others.length; i++) setDifferenceUpdateOne(vm, r, others[i]!);
  return r;
}

function symDiffUpdateFromSet(vm: Interp, so: PyAnySet, other: PyAnySet): void {
  for (const [k, hl, hh] of entriesOf(other)) {
    if (!discardEntry(vm, so, k, hl, hh)) addEntry(vm, so, k, hl, hh);
  }
}

/** set.symmetric_difference_update. */
export function setSymmetricDifferenceUpdate(vm: Interp, so: PyAnySet, other: PyValue): void {
  if (so === other) {
    setClear(so);
    return;
  }
  if (other instanceof PyDict && other.type === dictType) {
    const it = dictEntries(other, 'keys');
    for (let k = it.nextValue(); k !== undefined; k = it.nextValue()) {
      hashInto(vm, k);
      const hl = H.lo, hh = H.hi;
      if (!discardEntry(vm, so, k, hl, hh)) addEntry(vm, so, k, hl, hh);
    }
    return;
  }
  if (other instanceof PyAnySet) {
    symDiffUpdateFromSet(vm, so, other);
    return;
  }
  const tmp = newOfBaseType(so.type);
  setUpdate(vm, tmp, other);
  symDiffUpdateFromSet(vm, so, tmp);
}

/** set.symmetric_difference: a new set of `other`, updated with `so`. */
export function setSymmetricDifference(vm: Interp, so: PyAnySet, other: PyValue): PyAnySet {
  const r = newOfBaseType(so.type);
  setUpdate(vm, r, other);
  symDiffUpdateFromSet(vm, r, so);
  return r;
}

/** set.issubset. */
export function setIsSubset(vm: Interp, so: PyAnySet, other: PyValue): boolean {
  if (!(other instanceof PyAnySet)) return setIntersection(vm, so, other).used === so.used;
  if (so.used > other.used) return false;
  for (const [k, hl, hh] of entriesOf(so)) if (!containsEntry(vm, other, k, hl, hh)) return false;
  return true;
}

/** set.issuperset. */
export function setIsSuperset(vm: Interp, so: PyAnySet, other: PyValue): boolean {
  if (other instanceof PyAnySet) return setIsSubset(vm, other, so);
  const it = iterate(vm, other);
  for (let r = it.next(); !r.done; r = it.next()) {
    hashKey(vm, r.value);
    if (!containsEntry(vm, so, r.value, H.lo, H.hi)) return false;
  }
  return true;
}

/** set_richcompare: a bool, or NotImplemented when `w` is not a set. */
export function setRichCompare(vm: Interp, v: PyAnySet, w: PyValue, op: CompareOp): PyValue {
  if (!(w instanceof PyAnySet)) return NotImplemented;
  switch (op) {
    case CompareOp.EQ:
      if (v.used !== w.used) return false;
      if (v.hash !== null && w.hash !== null && v.hash !== w.hash) return false;
      return setIsSubset(vm, v, w);
    case CompareOp.NE:
      return !setRichCompare(vm, v, w, CompareOp.EQ);
    case CompareOp.LE:
      return setIsSubset(vm, v, w);
    case CompareOp.GE:
      return setIsSuperset(vm, v, w);
    case CompareOp.LT:
      if (v.used >= w.used) return false;
      return setIsSubset(vm, v, w);
    case CompareOp.GT:
      if (v.used <= w.used) return false;
      return setIsSuperset(vm, v, w);
  }
  return NotImplemented;
}

// Binary operators (nb_or... slots): NotImplemented unless both operands are sets; the in-place
// forms return the updated left operand.
export function setOr(vm: Interp, a: PyValue, b: PyValue): PyValue {
  if (!(a instanceof PyAnySet) || !(b instanceof PyAnySet)) return NotImplemented;
  const r = copyOf(vm, a);
  if (a !== b) setUpdate(vm, r, b);
  return r;
}
export function setAnd(vm: Interp, a: PyValue, b: PyValue): PyValue {
  if (!(a instanceof PyAnySet) || !(b instanceof PyAnySet)) return NotImplemented;
  return setIntersection(vm, a, b);
}
export function setSub(vm: Interp, a: PyValue, b: PyValue): PyValue {
  if (!(a instanceof PyAnySet) || !(b instanceof PyAnySet)) return NotImplemented;
  return setDifference(vm, a, b);
}
export function setXor(vm: Interp, a: PyValue, b: PyValue): PyValue {
  if (!(a instanceof PyAnySet) || !(b instanceof PyAnySet)) return NotImplemented;
  return setSymmetricDifference(vm, a, b);
}
export function setIor(vm: Interp, a: PyAnySet, b: PyValue): PyValue {
  if (!(b instanceof PyAnySet)) return NotImplemented;
  setUpdate(vm, a, b);
  return a;
}
export function setIand(vm: Interp, a: PyAnySet, b: PyValue): PyValue {
  if (!(b instanceof PyAnySet)) return NotImplemented;
  takeBody(a, setIntersection(vm, a, b));
  return a;
}
export function setIsub(vm: Interp, a: PyAnySet, b: PyValue): PyValue {
  if (!(b instanceof PyAnySet)) return NotImplemented;
  setDifferenceUpdateOne(vm, a, b);
  return a;
}
export function setIxor(vm: Interp, a: PyAnySet, b: PyValue): PyValue {
  if (!(b instanceof PyAnySet)) return NotImplemented;
  setSymmetricDifferenceUpdate(vm, a, b);
  return a;
}

// --- hash --------------------------------------------------------------------------------

/** _shuffle_bits(h) ^ acc, for frozenset_hash. */
function frozensetHashInto(so: PyAnySet): void {
  if (so.hash !== null && so.type.isSubtypeOf(frozensetType)) {
    bigIntToH(so.hash);
    return;
  }
  // XOR of shuffled hashes of the active entries (the C code xors every slot and then removes
  // the unused and dummy slots' contribution, which is the same).
  let xh = 0, xl = 0;
  const keys = so.keys;
  const hashes = so.hashes;
  for (let i = 0; i <= so.mask; i++) {
    const k = keys[i];
    if (k === undefined || k === DUMMY) continue;
    const hl = hashes[2 * i]!, hh = hashes[2 * i + 1]!;
    // ((h ^ 89869747) ^ (h << 16)) * 3644798167
    const sl = hl ^ 89869747 ^ (hl << 16);
    const sh = hh ^ ((hh << 16) | (hl >>> 16));
    mul64(sh, sl, 0, 3644798167 | 0);
    xh ^= H.hi;
    xl ^= H.lo;
  }
  // hash ^= (len + 1) * 1927868237
  mul64(0, so.used + 1, 0, 1927868237);
  xh ^= H.hi;
  xl ^= H.lo;
  // hash ^= (hash >> 11) ^ (hash >> 25)   (unsigned shifts)
  const s11l = (xl >>> 11) | (xh << 21), s11h = xh >>> 11;
  const s25l = (xl >>> 25) | (xh << 7), s25h = xh >>> 25;
  xl ^= s11l ^ s25l;
  xh ^= s11h ^ s25h;
  // hash = hash * 69069 + 907133923
  mul64(xh, xl, 0, 69069);
  let rl = (H.lo + 907133923) | 0;
  let rh = (H.hi + ((rl >>> 0) < (H.lo >>> 0) ? 1 : 0)) | 0;
  if (rl === -1 && rh === -1) {
    rl = 590923713;
    rh = 0;
  }
  H.lo = rl;
  H.hi = rh;
  if (so.type.isSubtypeOf(frozensetType)) so.hash = pairToBigInt(rh, rl);
}

/** hash(frozenset): Objects/setobject.c frozenset_hash. */
export function frozensetHash(so: PyAnySet): bigint {
  frozensetHashInto(so);
  return pairToBigInt(H.hi, H.lo);
}

registerHasher(frozensetType, (_vm, v) => frozensetHashInto(v as PyAnySet));

// --- repr ----------------------------------------------------------------------------------

/** Objects being repr'd (Py_ReprEnter / Py_ReprLeave), shared by the container reprs. */
const reprInProgress = new Set<PyObject>();

/** Py_ReprEnter: false when `o` is already being repr'd (a recursive container). */
export function reprEnter(o: PyObject): boolean {
  if (reprInProgress.has(o)) return false;
  reprInProgress.add(o);
  return true;
}

export function reprLeave(o: PyObject): void {
  reprInProgress.delete(o);
}

/** repr(set): "{1, 2}", "set()", "frozenset({1})", "S({1})" for subclasses, "set(...)" when
 * recursive. */
export function setRepr(vm: Interp, so: PyAnySet): string {
  const name = so.type.name;
  if (!reprEnter(so)) return `${name}(...)`;
  try {
    if (so.used === 0) return `${name}()`;
    const keys = setKeys(so);
    let s = '';
    for (let i = 0; i < keys.length; i++) {
      if (i > 0) s += ', ';
      s += vm.repr(keys[i]!);
    }
    return so.type === setType ? `{${s}}` : `${name}({${s}})`;
  } finally {
    reprLeave(so);
  }
}

// --- iterator --------------------------------------------------------------------------------

/** set_iterator: walks the table; RuntimeError if the set's size changes meanwhile. */
export class PySetIterator extends PyObject {
  private set: PyAnySet | null;
  private used: number;
  private pos = 0;
  len: number;

  constructor(so: PyAnySet) {
    super(setIteratorType);
    this.set = so;
    this.used = so.used;
    this.len = so.used;
  }

  /** The next key, or undefined when exhausted. */
  nextValue(): PyValue | undefined {
    const so = this.set;
    if (so === null) return undefined;
    if (this.used !== so.used) {
      this.used = -1;
      throw raise(E.RuntimeError, 'Set changed size during iteration');
    }
    let i = this.pos;
    const keys = so.keys;
    const mask = so.mask;
    while (i <= mask && (keys[i] === undefined || keys[i] === DUMMY)) i++;
    this.pos = i + 1;
    if (i > mask) {
      this.set = null;
      return undefined;
    }
    this.len--;
    return keys[i]!;
  }

  /** __length_hint__ */
  lengthHint(): number {
    return this.set !== null && this.used === this.set.used ? this.len : 0;
  }
}

export function setIter(so: PyAnySet): PySetIterator {
  return new PySetIterator(so);
}

// --- native methods ------------------------------------------------------------------------

function checkSelf(args: PyValue[], t: PyType, name: string): PyAnySet {
  const self = args[0];
  if (!(self instanceof PyAnySet) || !self.type.isSubtypeOf(t)) {
    throw typeError(`descriptor '${name}' for '${t.name}' objects doesn't apply to a '${typeFullName(typeOf(self as PyValue))}' object`);
  }
  return self;
}

type SetMethod = (vm: Interp, self: PyAnySet, args: PyValue[], kwargs: Kwargs | null) => PyValue;

/** Wraps a method body with CPython's argument checks (METH_NOARGS, METH_O, *others). */
function method(t: PyType, name: string, kind: 'noargs' | 'o' | 'varargs', body: SetMethod): NativeFn {
  const qual = `${t.name}.${name}`;
  return (vm, args, kwargs) => {
    const self = checkSelf(args, t, name);
    if (kind === 'noargs') noArgs(qual, args, kwargs);
    else if (kind === 'o') oneArg(qual, args, kwargs);
    else noKeywords(qual, kwargs);
    return body(vm, self, args, kwargs);
  };
}

function sharedMethods(t: PyType): Record<string, NativeFn> {
  return {
    copy: method(t, 'copy', 'noargs', (vm, s) => setCopy(vm, s)),
    difference: method(t, 'difference', 'varargs', (vm, s, a) => setDifferenceMulti(vm, s, a.slice(1))),
    intersection: method(t, 'intersection', 'varargs', (vm, s, a) => setIntersectionMulti(vm, s, a.slice(1))),
    isdisjoint: method(t, 'isdisjoint', 'o', (vm, s, a) => setIsDisjoint(vm, s, a[1]!)),
    issubset: method(t, 'issubset', 'o', (vm, s, a) => setIsSubset(vm, s, a[1]!)),
    issuperset: method(t, 'issuperset', 'o', (vm, s, a) => setIsSuperset(vm, s, a[1]!)),
    symmetric_difference: method(t, 'symmetric_difference', 'o', (vm, s, a) => setSymmetricDifference(vm, s, a[1]!)),
    union: method(t, 'union', 'varargs', (vm, s, a) => setUnion(vm, s, a.slice(1))),
    __contains__: method(t, '__contains__', 'o', (vm, s, a) => setContains(vm, s, a[1]!)),
    __len__: method(t, '__len__', 'noargs', (_vm, s) => s.used),
    __iter__: method(t, '__iter__', 'noargs', (_vm, s) => setIter(s)),
    __repr__: method(t, '__repr__', 'noargs', (vm, s) => setRepr(vm, s)),
    __or__: method(t, '__or__', 'o', (vm, s, a) => setOr(vm, s, a[1]!)),
    __ror__: method(t, '__ror__', 'o', (vm, s, a) => setOr(vm, a[1]!, s)),
    __and__: method(t, '__and__', 'o', (vm, s, a) => setAnd(vm, s, a[1]!)),
    __rand__: method(t, '__rand__', 'o', (vm, s, a) => setAnd(vm, a[1]!, s)),
    __sub__: method(t, '__sub__', 'o', (vm, s, a) => setSub(vm, s, a[1]!)),
    __rsub__: method(t, '__rsub__', 'o', (vm, s, a) => setSub(vm, a[1]!, s)),
    __xor__: method(t, '__xor__', 'o', (vm, s, a) => setXor(vm, s, a[1]!)),
    __rxor__: method(t, '__rxor__', 'o', (vm, s, a) => setXor(vm, a[1]!, s)),
    __eq__: method(t, '__eq__', 'o', (vm, s, a) => setRichCompare(vm, s, a[1]!, CompareOp.EQ)),
    __ne__: method(t, '__ne__', 'o', (vm, s, a) => setRichCompare(vm, s, a[1]!, CompareOp.NE)),
    __lt__: method(t, '__lt__', 'o', (vm, s, a) => setRichCompare(vm, s, a[1]!, CompareOp.LT)),
    __le__: method(t, '__le__', 'o', (vm, s, a) => setRichCompare(vm, s, a[1]!, CompareOp.LE)),
    __gt__: method(t, '__gt__', 'o', (vm, s, a) => setRichCompare(vm, s, a[1]!, CompareOp.GT)),
    __ge__: method(t, '__ge__', 'o', (vm, s, a) => setRichCompare(vm, s, a[1]!, CompareOp.GE)),
  };
}

defineSlotMethods(setType, {
  ...sharedMethods(setType),
  add: method(setType, 'add', 'o', (vm, s, a) => (setAdd(vm, s, a[1]!), None)),
  clear: method(setType, 'clear', 'noargs', (_vm, s) => (setClear(s), None)),
  discard: method(setType, 'discard', 'o', (vm, s, a) => (setDiscard(vm, s, a[1]!), None)),
  remove: method(setType, 'remove', 'o', (vm, s, a) => (setRemove(vm, s, a[1]!), None)),
  pop: method(setType, 'pop', 'noargs', (_vm, s) => setPop(s)),
  update: method(setType, 'update', 'varargs', (vm, s, a) => {
    for (let i = 1; i < a.length; i++) if (a[i] !== s) setUpdate(vm, s, a[i]!);
    return None;
  }),
  difference_update: method(setType, 'difference_update', 'varargs', (vm, s, a) => (setDifferenceUpdate(vm, s, a.slice(1)), None)),
  intersection_update: method(setType, 'intersection_update', 'varargs', (vm, s, a) => (setIntersectionUpdate(vm, s, a.slice(1)), None)),
  symmetric_difference_update: method(setType, 'symmetric_difference_update', 'o', (vm, s, a) => (setSymmetricDifferenceUpdate(vm, s, a[1]!), None)),
  __ior__: method(setType, '__ior__', 'o', (vm, s, a) => setIor(vm, s, a[1]!)),
  __iand__: method(setType, '__iand__', 'o', (vm, s, a) => setIand(vm, s, a[1]!)),
  __isub__: method(setType, '__isub__', 'o', (vm, s, a) => setIsub(vm, s, a[1]!)),
  __ixor__: method(setType, '__ixor__', 'o', (vm, s, a) => setIxor(vm, s, a[1]!)),
  /** set.__init__(self, iterable=()): clears, then updates. */
  __init__: (vm, args, kwargs) => {
    const self = checkSelf(args, setType, '__init__');
    if (kwargs !== null && kwargs.names.length > 0 && self.type === setType) throw typeError('set() takes no keyword arguments');
    if (args.length > 2) throw typeError(`${self.type.name} expected at most 1 argument, got ${args.length - 1}`);
    if (self.fill > 0) setClear(self);
    self.hash = null;
    if (args.length === 2) setUpdate(vm, self, args[1]!);
    return None;
  },
}, ['__contains__']);

// set is unhashable: set.__hash__ is None (frozenset defines its own below).
setType.dict.set('__hash__', None);

defineSlotMethods(frozensetType, {
  ...sharedMethods(frozensetType),
  __hash__: method(frozensetType, '__hash__', 'noargs', (_vm, s) => {
    const h = frozensetHash(s);
    return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
  }),
}, ['__contains__']);

/** set(...) called as a constructor: CPython's set_vectorcall argument checks. */
export function callSetType(vm: Interp, args: PyValue[], kwargs: Kwargs | null): PySet {
  if (kwargs !== null && kwargs.names.length > 0) throw typeError('set() takes no keyword arguments');
  if (args.length > 1) throw typeError(`set expected at most 1 argument, got ${args.length}`);
  return newSet(vm, args[0]);
}

/** frozenset(...) called as a constructor. */
export function callFrozenSetType(vm: Interp, args: PyValue[], kwargs: Kwargs | null): PyFrozenSet {
  if (kwargs !== null && kwargs.names.length > 0) throw typeError('frozenset() takes no keyword arguments');
  if (args.length > 1) throw typeError(`frozenset expected at most 1 argument, got ${args.length}`);
  return newFrozenSet(vm, args[0]);
}

/** Whether `t` is a user class (used by dict's cross-type key handling). */
export function isHeapType(t: PyType): boolean {
  return (t.flags & TYPE_FLAG_HEAPTYPE) !== 0;
}

// set_iterator (setiter_methods).
defineIteratorMethods(setIteratorType, (v): v is PySetIterator => v instanceof PySetIterator);
