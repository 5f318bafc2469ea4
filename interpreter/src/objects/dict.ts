// dict: insertion-ordered, as CPython's compact dict (Objects/dictobject.c). Only the order has to
// match CPython, not the table, so the layout is chosen for speed:
//
// - entries live in two parallel arrays `keys` / `values` in insertion order; a deleted entry
//   leaves a HOLE, and the arrays are compacted when holes outnumber live entries;
// - `index` (a JS Map) maps the *normalized* form of "fast" keys to their entry: a str is itself;
//   ints, bools and floats map to one numeric form so that 1, 1.0 and True are one key, -0.0 is 0,
//   and an integral float beyond 2**53 is the equal bigint; None/Ellipsis/NotImplemented map to
//   themselves. A str-key get/set is one Map lookup (getStr/setStr: LOAD_GLOBAL, STORE_NAME);
//   no SipHash is computed for dicts;
// - tuples of such keys get a structural string in `tupleIndex`;
// - everything else (frozensets, nan floats, user objects, tuples holding them) is "general":
//   bucketed by CPython hash and compared with vm.eq, as CPython does.
// A user object may compare equal to a fast key (a str subclass, __eq__ overrides): such
// "sensitive" general keys are counted, and lookups then also check across the two paths, so the
// result is what CPython's single hash table gives.

import { PyObject, makeBuiltinType, objectType, typeOf, None, NotImplemented, Ellipsis, floatType, type PyType, type PyValue } from './object.ts';
import { PyFloat } from './float.ts';
import { PyTuple, tupleType, newTuple } from './tuple.ts';
import { defineSlotMethods, defineIteratorMethods } from './slot-wrappers.ts';
import { type Kwargs, type NativeFn } from './function.ts';
import { noArgs, noKeywords, oneArg } from './str-args.ts';
import { defineClassMethods } from './descriptors.ts';
import { H, hashInto } from './hash.ts';
import { RaisedException, typeError, raise, valueError } from '../vm/raise.ts';
import * as E from './exceptions.ts';
import { CompareOp, type Interp } from '../vm/interp.ts';
import {
  PyAnySet, PySet, iterate, keysEqual, typeFullName, isHeapType, reprEnter, reprLeave, setType,
  setUpdate, setAdd, setContains, setDifferenceUpdateOne, setSymmetricDifferenceUpdate, setLen, setIntersectionMulti,
} from './set.ts';

export const dictType = makeBuiltinType('dict');
export const dictKeysType = makeBuiltinType('dict_keys', objectType, { final: true });
export const dictValuesType = makeBuiltinType('dict_values', objectType, { final: true });
export const dictItemsType = makeBuiltinType('dict_items', objectType, { final: true });
export const dictKeyIteratorType = makeBuiltinType('dict_keyiterator', objectType, { final: true });
export const dictValueIteratorType = makeBuiltinType('dict_valueiterator', objectType, { final: true });
export const dictItemIteratorType = makeBuiltinType('dict_itemiterator', objectType, { final: true });
export const dictReverseKeyIteratorType = makeBuiltinType('dict_reversekeyiterator', objectType, { final: true });
export const dictReverseValueIteratorType = makeBuiltinType('dict_reversevalueiterator', objectType, { final: true });
export const dictReverseItemIteratorType = makeBuiltinType('dict_reverseitemiterator', objectType, { final: true });

/** The key of a deleted entry (never visible to Python code). */
const HOLE: PyValue = new PyObject(objectType);

export class PyDict extends PyObject {
  /** Keys in insertion order; HOLE for deleted entries. */
  keys: PyValue[] = [];
  values: PyValue[] = [];
  /** Normalized fast key -> entry. */
  index = new Map<unknown, number>();
  /** Structural key of tuples of fast keys -> entry. */
  tupleIndex: Map<string, number> | null = null;
  /** Bucket (from the CPython hash) -> entries, for general keys. */
  general: Map<number, number[]> | null = null;
  /** Bucket of each general entry (undefined for the others). */
  bucketOf: (number | undefined)[] | null = null;
  /** Live entries: len(). */
  size = 0;
  generalCount = 0;
  /** General keys that may equal a fast key (user objects, str/int subclasses...). */
  sensitive = 0;

  constructor(type: PyType = dictType) {
    super(type);
  }
}

// --- keys ------------------------------------------------------------------------------------

/** The index form of a fast key, or undefined for tuples and general keys. */
function normFast(key: PyValue): unknown {
  switch (typeof key) {
    case 'string':
    case 'number':
    case 'bigint':
      return key;
    case 'boolean':
      return key ? 1 : 0;
  }
  if (key.type === floatType) {
    const x = (key as PyFloat).value;
    if (x !== x) return undefined; // nan: by identity (general)
    if (Number.isInteger(x)) return x >= -9007199254740991 && x <= 9007199254740991 ? x + 0 : BigInt(x);
    return x;
  }
  if (key === None || key === Ellipsis || key === NotImplemented) return key;
  return undefined;
}

/** The structural key of a tuple made only of fast keys (recursively), else null. Equal tuples
 * get equal strings: numbers are normalized as in normFast, strs are length-prefixed. */
function tupleKey(t: PyTuple): string | null {
  let s = '(';
  const items = t.items;
  for (let i = 0; i < items.length; i++) {
    const v = items[i]!;
    switch (typeof v) {
      case 'string':
        s += 's' + v.length + ':' + v;
        continue;
      case 'number':
        s += 'n' + v + ';';
        continue;
      case 'bigint':
        s += 'b' + v + ';';
        continue;
      case 'boolean':
        s += v ? 'n1;' : 'n0;';
        continue;
    }
    if (v.type === tupleType) {
      const inner = tupleKey(v as PyTuple);
      if (inner === null) return null;
      s += inner;
      continue;
    }
    const n = normFast(v);
    if (n === undefined) return null;
    if (typeof n === 'number') s += 'n' + n + ';';
    else if (typeof n === 'bigint') s += 'b' + n + ';';
    else s += n === None ? 'N' : n === Ellipsis ? 'E' : 'I';
  }
  return s + ')';
}

/** True for keys that may compare equal to a fast key although they are not one. */
function isSensitive(v: PyValue): boolean {
  if (typeof v !== 'object') return false;
  const t = v.type;
  if (t === tupleType) return (v as PyTuple).items.some(isSensitive);
  return isHeapType(t) || t.name === 'complex' || t.name === 'Decimal';
}

/** The bucket of a general key: its CPython hash (53 bits of it), with 3.14's "cannot use 'T' as
 * a dict key (...)" wording for unhashable keys. */
function bucketOfKey(vm: Interp, key: PyValue): number {
  try {
    hashInto(vm, key);
  } catch (e) {
    if (e instanceof RaisedException && e.exc.type === E.TypeError) {
      const args = e.exc.args;
      const msg = args.length === 1 && typeof args[0] === 'string' ? args[0] : vm.str(e.exc);
      throw typeError(`cannot use '${typeFullName(typeOf(key))}' as a dict key (${msg})`);
    }
    throw e;
  }
  return (H.hi & 0x1fffff) * 4294967296 + (H.lo >>> 0);
}

/** For a fast/tuple key not found on its own path: an equal sensitive general key, if any. */
function findCross(vm: Interp, d: PyDict, key: PyValue): number {
  const bucket = d.general?.get(bucketOfKey(vm, key));
  if (bucket === undefined) return -1;
  for (let j = 0; j < bucket.length; j++) {
    const i = bucket[j]!;
    if (keysEqual(vm, d.keys[i]!, key)) return i;
  }
  return -1;
}

/** For a sensitive general key not found among general keys: an equal fast or tuple key. */
function findAmongFast(vm: Interp, d: PyDict, key: PyValue, bucket: number): number {
  if (d.size === d.generalCount) return -1;
  const h = bucket;
  const keys = d.keys;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (k === HOLE || (d.bucketOf !== null && d.bucketOf[i] !== undefined)) continue;
    hashInto(vm, k);
    if ((H.hi & 0x1fffff) * 4294967296 + (H.lo >>> 0) === h && keysEqual(vm, k, key)) return i;
  }
  return -1;
}

/** The entry of `key`, or -1. */
export function dictLookup(vm: Interp, d: PyDict, key: PyValue): number {
  const n = normFast(key);
  if (n !== undefined) {
    const i = d.index.get(n);
    if (i !== undefined) return i;
    return d.sensitive > 0 ? findCross(vm, d, key) : -1;
  }
  if (typeof key === 'object' && key.type === tupleType) {
    const s = tupleKey(key as PyTuple);
    if (s !== null) {
      const i = d.tupleIndex?.get(s);
      if (i !== undefined) return i;
      return d.sensitive > 0 ? findCross(vm, d, key) : -1;
    }
  }
  const b = bucketOfKey(vm, key);
  const bucket = d.general?.get(b);
  if (bucket !== undefined) {
    for (let j = 0; j < bucket.length; j++) {
      const i = bucket[j]!;
      const k = d.keys[i]!;
      if (k === key || keysEqual(vm, k, key)) return i;
    }
  }
  return isSensitive(key) ? findAmongFast(vm, d, key, b) : -1;
}

function append(d: PyDict, key: PyValue, value: PyValue): number {
  const i = d.keys.length;
  d.keys.push(key);
  d.values.push(value);
  if (d.bucketOf !== null) d.bucketOf.push(undefined);
  d.size++;
  return i;
}

/** d[key] = value. */
export function dictSet(vm: Interp, d: PyDict, key: PyValue, value: PyValue): void {
  const n = normFast(key);
  if (n !== undefined) {
    const i = d.index.get(n);
    if (i !== undefined) {
      d.values[i] = value;
      return;
    }
    if (d.sensitive > 0) {
      const j = findCross(vm, d, key);
      if (j >= 0) {
        d.values[j] = value;
        return;
      }
    }
    maybeCompact(d);
    d.index.set(n, append(d, key, value));
    return;
  }
  if (typeof key === 'object' && key.type === tupleType) {
    const s = tupleKey(key as PyTuple);
    if (s !== null) {
      const ti = (d.tupleIndex ??= new Map());
      const i = ti.get(s);
      if (i !== undefined) {
        d.values[i] = value;
        return;
      }
      if (d.sensitive > 0) {
        const j = findCross(vm, d, key);
        if (j >= 0) {
          d.values[j] = value;
          return;
        }
      }
      maybeCompact(d);
      ti.set(s, append(d, key, value));
      return;
    }
  }
  const b = bucketOfKey(vm, key);
  const g = (d.general ??= new Map());
  let bucket = g.get(b);
  if (bucket !== undefined) {
    for (let j = 0; j < bucket.length; j++) {
      const i = bucket[j]!;
      const k = d.keys[i]!;
      if (k === key || keysEqual(vm, k, key)) {
        d.values[i] = value;
        return;
      }
    }
  }
  const sensitive = isSensitive(key);
  if (sensitive) {
    const j = findAmongFast(vm, d, key, b);
    if (j >= 0) {
      d.values[j] = value;
      return;
    }
  }
  if (maybeCompact(d)) bucket = g.get(b);
  if (d.bucketOf === null) {
    d.bucketOf = new Array(d.keys.length);
    for (let i = 0; i < d.keys.length; i++) d.bucketOf[i] = undefined;
  }
  const i = append(d, key, value);
  d.bucketOf[i] = b;
  if (bucket === undefined) g.set(b, [i]);
  else bucket.push(i);
  d.generalCount++;
  if (sensitive) d.sensitive++;
}

/** Removes entry i from whichever index holds it. */
function unindex(d: PyDict, i: number): void {
  const k = d.keys[i]!;
  const b = d.bucketOf?.[i];
  if (b !== undefined) {
    const bucket = d.general!.get(b)!;
    const at = bucket.indexOf(i);
    bucket.splice(at, 1);
    if (bucket.length === 0) d.general!.delete(b);
    d.bucketOf![i] = undefined;
    d.generalCount--;
    if (isSensitive(k)) d.sensitive--;
  } else if (typeof k === 'object' && k.type === tupleType) {
    d.tupleIndex!.delete(tupleKey(k as PyTuple)!);
  } else {
    d.index.delete(normFast(k));
  }
  d.keys[i] = HOLE;
  d.values[i] = HOLE;
  d.size--;
}

/** Rebuilds the arrays without holes when they are mostly holes (before an append). Returns true
 * when it did. */
function maybeCompact(d: PyDict): boolean {
  const n = d.keys.length;
  if (n < 16 || d.size * 2 > n) return false;
  const keys: PyValue[] = [];
  const values: PyValue[] = [];
  const bucketOf: (number | undefined)[] | null = d.bucketOf === null ? null : [];
  d.index.clear();
  d.tupleIndex?.clear();
  d.general?.clear();
  for (let i = 0; i < n; i++) {
    const k = d.keys[i]!;
    if (k === HOLE) continue;
    const j = keys.length;
    keys.push(k);
    values.push(d.values[i]!);
    const b = d.bucketOf?.[i];
    if (bucketOf !== null) bucketOf.push(b);
    if (b !== undefined) {
      const bucket = d.general!.get(b);
      if (bucket === undefined) d.general!.set(b, [j]);
      else bucket.push(j);
    } else if (typeof k === 'object' && k.type === tupleType) d.tupleIndex!.set(tupleKey(k as PyTuple)!, j);
    else d.index.set(normFast(k), j);
  }
  d.keys = keys;
  d.values = values;
  d.bucketOf = bucketOf;
  return true;
}

// --- the public operations -------------------------------------------------------------------

/** d.get(key): the value, or undefined when absent. */
export function dictGet(vm: Interp, d: PyDict, key: PyValue): PyValue | undefined {
  if (typeof key === 'string') {
    const i = d.index.get(key);
    if (i !== undefined) return d.values[i];
    if (d.sensitive === 0) return undefined;
  }
  const i = dictLookup(vm, d, key);
  return i < 0 ? undefined : d.values[i];
}

export function dictContains(vm: Interp, d: PyDict, key: PyValue): boolean {
  return dictLookup(vm, d, key) >= 0;
}

/** Globals fast path: a str key's value or undefined. */
export function getStr(d: PyDict, key: string): PyValue | undefined {
  const i = d.index.get(key);
  if (i !== undefined) return d.values[i];
  return d.sensitive === 0 ? undefined : dictGetSlow(d, key);
}

function dictGetSlow(d: PyDict, key: string): PyValue | undefined {
  // A str-subclass key equal to `key` may be stored: compare directly (no Python code runs for
  // str subclasses without __eq__; those with one are a documented limitation of this path).
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i]!;
    if (k !== HOLE && d.bucketOf?.[i] !== undefined && k instanceof PyObject && (k as { value?: unknown }).value === key) return d.values[i];
  }
  return undefined;
}

/** Globals fast path: d[key] = value for a str key. */
export function setStr(d: PyDict, key: string, value: PyValue): void {
  const i = d.index.get(key);
  if (i !== undefined) {
    d.values[i] = value;
    return;
  }
  if (d.sensitive > 0) {
    for (let j = 0; j < d.keys.length; j++) {
      const k = d.keys[j]!;
      if (k !== HOLE && d.bucketOf?.[j] !== undefined && k instanceof PyObject && (k as { value?: unknown }).value === key) {
        d.values[j] = value;
        return;
      }
    }
  }
  maybeCompact(d);
  d.index.set(key, append(d, key, value));
}

/** Globals fast path: del d[key] for a str key; false when absent. */
export function delStr(d: PyDict, key: string): boolean {
  const i = d.index.get(key);
  if (i === undefined) return false;
  unindex(d, i);
  return true;
}

/** d[key]: KeyError when absent (no __missing__; see dictSubscript). */
export function dictGetItem(vm: Interp, d: PyDict, key: PyValue): PyValue {
  const v = dictGet(vm, d, key);
  if (v === undefined) throw raise(E.KeyError, key);
  return v;
}

/** dict_subscript: d[key], calling __missing__ for subclasses that define it. */
export function dictSubscript(vm: Interp, d: PyDict, key: PyValue): PyValue {
  const v = dictGet(vm, d, key);
  if (v !== undefined) return v;
  if (d.type !== dictType) {
    const missing = d.type.lookup('__missing__');
    if (missing !== undefined) return vm.callNested(missing, [d, key]);
  }
  throw raise(E.KeyError, key);
}

/** del d[key]: KeyError when absent. */
export function dictDelItem(vm: Interp, d: PyDict, key: PyValue): void {
  const i = dictLookup(vm, d, key);
  if (i < 0) throw raise(E.KeyError, key);
  unindex(d, i);
}

/** d.pop(key[, default]). */
export function dictPop(vm: Interp, d: PyDict, key: PyValue, dflt?: PyValue): PyValue {
  const i = d.size === 0 ? -1 : dictLookup(vm, d, key);
  if (i < 0) {
    if (d.size === 0 && dflt === undefined) {
      // CPython hashes the key even for an empty dict only when it has to look it up.
    }
    if (dflt !== undefined) return dflt;
    throw raise(E.KeyError, key);
  }
  const v = d.values[i]!;
  unindex(d, i);
  return v;
}

/** d.popitem(): the last inserted item. */
export function dictPopItem(d: PyDict): PyTuple {
  if (d.size === 0) throw raise(E.KeyError, 'popitem(): dictionary is empty');
  let i = d.keys.length - 1;
  while (d.keys[i] === HOLE) i--;
  const item = newTuple([d.keys[i]!, d.values[i]!]);
  unindex(d, i);
  // Trim trailing holes so that the arrays do not grow with popitem/insert cycles.
  let n = d.keys.length;
  while (n > 0 && d.keys[n - 1] === HOLE) n--;
  d.keys.length = n;
  d.values.length = n;
  if (d.bucketOf !== null) d.bucketOf.length = n;
  return item;
}

/** d.setdefault(key, default=None). */
export function dictSetDefault(vm: Interp, d: PyDict, key: PyValue, dflt: PyValue = None): PyValue {
  const i = dictLookup(vm, d, key);
  if (i >= 0) return d.values[i]!;
  dictSet(vm, d, key, dflt);
  return dflt;
}

export function dictClear(d: PyDict): void {
  d.keys = [];
  d.values = [];
  d.index = new Map();
  d.tupleIndex = null;
  d.general = null;
  d.bucketOf = null;
  d.size = 0;
  d.generalCount = 0;
  d.sensitive = 0;
}

export function dictLen(d: PyDict): number {
  return d.size;
}

/** d.copy() (a plain dict, as PyDict_Copy gives). */
export function dictCopy(d: PyDict): PyDict {
  const r = new PyDict();
  if (d.size === d.keys.length) {
    r.keys = d.keys.slice();
    r.values = d.values.slice();
    r.index = new Map(d.index);
    r.tupleIndex = d.tupleIndex === null ? null : new Map(d.tupleIndex);
    if (d.general !== null) {
      r.general = new Map();
      for (const [b, l] of d.general) r.general.set(b, l.slice());
    }
    r.bucketOf = d.bucketOf === null ? null : d.bucketOf.slice();
    r.size = d.size;
    r.generalCount = d.generalCount;
    r.sensitive = d.sensitive;
    return r;
  }
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i]!;
    if (k !== HOLE) copyEntry(r, d, i);
  }
  return r;
}

/** Appends entry i of `src` to `r`, which has no equal key (no Python code runs). */
function copyEntry(r: PyDict, src: PyDict, i: number): void {
  const k = src.keys[i]!;
  const b = src.bucketOf?.[i];
  if (b !== undefined) {
    if (r.bucketOf === null) {
      r.bucketOf = new Array(r.keys.length);
      for (let j = 0; j < r.keys.length; j++) r.bucketOf[j] = undefined;
    }
    const j = append(r, k, src.values[i]!);
    r.bucketOf[j] = b;
    const g = (r.general ??= new Map());
    const bucket = g.get(b);
    if (bucket === undefined) g.set(b, [j]);
    else bucket.push(j);
    r.generalCount++;
    if (isSensitive(k)) r.sensitive++;
  } else if (typeof k === 'object' && k.type === tupleType) {
    (r.tupleIndex ??= new Map()).set(tupleKey(k as PyTuple)!, append(r, k, src.values[i]!));
  } else r.index.set(normFast(k), append(r, k, src.values[i]!));
}

/** Live keys in order. */
export function dictKeys(d: PyDict): PyValue[] {
  const out: PyValue[] = [];
  for (let i = 0; i < d.keys.length; i++) if (d.keys[i] !== HOLE) out.push(d.keys[i]!);
  return out;
}

export function dictValues(d: PyDict): PyValue[] {
  const out: PyValue[] = [];
  for (let i = 0; i < d.keys.length; i++) if (d.keys[i] !== HOLE) out.push(d.values[i]!);
  return out;
}

/** A dict from [key, value] pairs (a dict display: later values win, first key object kept). */
export function dictFromPairs(vm: Interp, pairs: readonly (readonly [PyValue, PyValue])[]): PyDict {
  const d = new PyDict();
  for (const [k, v] of pairs) dictSet(vm, d, k, v);
  return d;
}

/** A dict of str keys (keyword arguments, JSON objects...). */
export function dictFromStrEntries(entries: Iterable<readonly [string, PyValue]>): PyDict {
  const d = new PyDict();
  for (const [k, v] of entries) setStr(d, k, v);
  return d;
}

/** PyDict_Merge(a, b, override=1) for a dict `b` iterated directly. */
function mergeDict(vm: Interp, a: PyDict, b: PyDict): void {
  if (a === b || b.size === 0) return;
  if (a.size === 0 && a.type === dictType && b.size === b.keys.length && a.keys.length === 0) {
    const c = dictCopy(b);
    Object.assign(a, { keys: c.keys, values: c.values, index: c.index, tupleIndex: c.tupleIndex, general: c.general, bucketOf: c.bucketOf, size: c.size, generalCount: c.generalCount, sensitive: c.sensitive });
    return;
  }
  const n = b.keys.length;
  for (let i = 0; i < n && i < b.keys.length; i++) {
    const k = b.keys[i]!;
    if (k !== HOLE) dictSet(vm, a, k, b.values[i]!);
  }
}

const dictIterSlot = (): PyValue | undefined => dictType.dict.get('__iter__');

/** dict_update_arg: a dict, a mapping with keys(), or an iterable of pairs. */
export function dictUpdateArg(vm: Interp, d: PyDict, arg: PyValue): void {
  if (arg instanceof PyDict && (arg.type === dictType || arg.type.lookup('__iter__') === dictIterSlot())) {
    mergeDict(vm, d, arg);
    return;
  }
  let hasKeys = true;
  try {
    vm.getAttr(arg, 'keys');
  } catch (e) {
    if (e instanceof RaisedException && e.exc.type.isSubtypeOf(E.AttributeError)) hasKeys = false;
    else throw e;
  }
  if (hasKeys) {
    const keys = vm.callNested(vm.getAttr(arg, 'keys'), []);
    const getitem = vm.getAttr(arg, '__getitem__');
    const it = iterate(vm, keys);
    for (let r = it.next(); !r.done; r = it.next()) dictSet(vm, d, r.value, vm.callNested(getitem, [r.value]));
    return;
  }
  mergeFromSeq2(vm, d, arg);
}

/** PyDict_MergeFromSeq2: an iterable of 2-item iterables. */
function mergeFromSeq2(vm: Interp, d: PyDict, seq: PyValue): void {
  const it = iterate(vm, seq);
  let i = 0;
  for (let r = it.next(); !r.done; r = it.next(), i++) {
    const item = r.value;
    let pair: PyValue[];
    if (typeof item === 'object' && (item.type === tupleType || item.type.name === 'list') && Array.isArray((item as PyTuple).items)) {
      pair = (item as PyTuple).items;
    } else {
      let inner: Iterator<PyValue>;
      try {
        inner = iterate(vm, item);
      } catch (e) {
        if (e instanceof RaisedException && e.exc.type.isSubtypeOf(E.TypeError)) throw typeError('object is not iterable');
        throw e;
      }
      pair = [];
      for (let x = inner.next(); !x.done; x = inner.next()) pair.push(x.value);
    }
    if (pair.length !== 2) throw valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    dictSet(vm, d, pair[0]!, pair[1]!);
  }
}

function applyKwargs(vm: Interp, d: PyDict, kwargs: Kwargs | null): void {
  if (kwargs === null) return;
  for (let i = 0; i < kwargs.names.length; i++) dictSet(vm, d, kwargs.names[i]!, kwargs.values[i]!);
}

/** d.update([arg], **kwargs). */
export function dictUpdate(vm: Interp, d: PyDict, args: readonly PyValue[], kwargs: Kwargs | null): void {
  if (args.length > 1) throw typeError(`update expected at most 1 argument, got ${args.length}`);
  if (args.length === 1) dictUpdateArg(vm, d, args[0]!);
  applyKwargs(vm, d, kwargs);
}

/** dict(...) called as a constructor. */
export function callDictType(vm: Interp, args: readonly PyValue[], kwargs: Kwargs | null, type: PyType = dictType): PyDict {
  if (args.length > 1) throw typeError(`dict expected at most 1 argument, got ${args.length}`);
  const d = new PyDict(type);
  if (args.length === 1) dictUpdateArg(vm, d, args[0]!);
  applyKwargs(vm, d, kwargs);
  return d;
}

/** dict.fromkeys(iterable, value=None) on `cls`. */
export function dictFromKeys(vm: Interp, cls: PyType, iterable: PyValue, value: PyValue = None): PyValue {
  if (cls === dictType) {
    const d = new PyDict();
    const it = iterate(vm, iterable);
    for (let r = it.next(); !r.done; r = it.next()) dictSet(vm, d, r.value, value);
    return d;
  }
  const d = vm.callNested(cls, []);
  const setitem = vm.getAttr(d, '__setitem__');
  const it = iterate(vm, iterable);
  for (let r = it.next(); !r.done; r = it.next()) vm.callNested(setitem, [r.value, value]);
  return d;
}

/** dict_equal. */
export function dictEqual(vm: Interp, a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (let i = 0; i < a.keys.length; i++) {
    const k = a.keys[i]!;
    if (k === HOLE) continue;
    const av = a.values[i]!;
    const bv = dictGet(vm, b, k);
    if (bv === undefined) return false;
    if (!(av === bv || keysEqual(vm, av, bv))) return false;
  }
  return true;
}

/** dict_richcompare: == and != between dicts, else NotImplemented. */
export function dictRichCompare(vm: Interp, a: PyValue, b: PyValue, op: CompareOp): PyValue {
  if (!(a instanceof PyDict) || !(b instanceof PyDict)) return NotImplemented;
  if (op === CompareOp.EQ) return dictEqual(vm, a, b);
  if (op === CompareOp.NE) return !dictEqual(vm, a, b);
  return NotImplemented;
}

/** d | other. */
export function dictOr(vm: Interp, a: PyValue, b: PyValue): PyValue {
  if (!(a instanceof PyDict) || !(b instanceof PyDict)) return NotImplemented;
  const r = dictCopy(a);
  dictUpdateArg(vm, r, b);
  return r;
}

/** d |= other (any mapping or iterable of pairs). */
export function dictIor(vm: Interp, a: PyDict, b: PyValue): PyValue {
  dictUpdateArg(vm, a, b);
  return a;
}

/** repr(dict): "{k: v, ...}", "{...}" when recursive. */
export function dictRepr(vm: Interp, d: PyDict): string {
  if (d.size === 0) return '{}';
  if (!reprEnter(d)) return '{...}';
  try {
    let s = '{';
    let first = true;
    for (let i = 0; i < d.keys.length; i++) {
      const k = d.keys[i]!;
      if (k === HOLE) continue;
      const v = d.values[i]!;
      if (!first) s += ', ';
      first = false;
      s += vm.repr(k) + ': ' + vm.repr(v);
    }
    return s + '}';
  } finally {
    reprLeave(d);
  }
}

// --- iterators --------------------------------------------------------------------------------

export type DictIterKind = 'keys' | 'values' | 'items';

const iterTypes = { keys: dictKeyIteratorType, values: dictValueIteratorType, items: dictItemIteratorType };
const revIterTypes = { keys: dictReverseKeyIteratorType, values: dictReverseValueIteratorType, items: dictReverseItemIteratorType };

/** dict iterators (forward and reversed), with CPython's mutation checks. */
export class PyDictIterator extends PyObject {
  private dict: PyDict | null;
  private used: number;
  private pos: number;
  len: number;

  constructor(d: PyDict, readonly kind: DictIterKind, readonly reversed = false) {
    super(reversed ? revIterTypes[kind] : iterTypes[kind]);
    this.dict = d;
    this.used = d.size;
    this.len = d.size;
    this.pos = reversed ? d.keys.length - 1 : 0;
  }

  /** The next key, value or (key, value) tuple; undefined when exhausted. */
  nextValue(): PyValue | undefined {
    const d = this.dict;
    if (d === null) return undefined;
    if (this.used !== d.size) {
      this.used = -1;
      throw raise(E.RuntimeError, 'dictionary changed size during iteration');
    }
    const keys = d.keys;
    let i = this.pos;
    if (this.reversed) {
      if (i >= keys.length) i = keys.length - 1;
      while (i >= 0 && keys[i] === HOLE) i--;
      if (i < 0) {
        this.dict = null;
        return undefined;
      }
      this.pos = i - 1;
    } else {
      while (i < keys.length && keys[i] === HOLE) i++;
      if (i >= keys.length) {
        this.dict = null;
        return undefined;
      }
      this.pos = i + 1;
    }
    if (this.len === 0) {
      this.len = -1;
      this.dict = null;
      throw raise(E.RuntimeError, 'dictionary keys changed during iteration');
    }
    this.len--;
    const kind = this.kind;
    return kind === 'keys' ? keys[i]! : kind === 'values' ? d.values[i]! : newTuple([keys[i]!, d.values[i]!]);
  }

  /** __length_hint__ */
  lengthHint(): number {
    return this.dict !== null && this.used === this.dict.size ? this.len : 0;
  }
}

export function dictEntries(d: PyDict, kind: DictIterKind, reversed = false): PyDictIterator {
  return new PyDictIterator(d, kind, reversed);
}

// --- views ------------------------------------------------------------------------------------

const viewTypes = { keys: dictKeysType, values: dictValuesType, items: dictItemsType };

/** dict_keys / dict_values / dict_items. */
export class PyDictView extends PyObject {
  constructor(readonly dict: PyDict, readonly kind: DictIterKind) {
    super(viewTypes[kind]);
  }
}

export function dictView(d: PyDict, kind: DictIterKind): PyDictView {
  return new PyDictView(d, kind);
}

function isSetView(v: PyValue): v is PyDictView {
  return v instanceof PyDictView && v.kind !== 'values';
}

/** `x in view`. */
export function viewContains(vm: Interp, v: PyDictView, x: PyValue): boolean {
  const d = v.dict;
  if (v.kind === 'keys') return dictContains(vm, d, x);
  if (v.kind === 'items') {
    if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
    const found = dictGet(vm, d, x.items[0]!);
    if (found === undefined) return false;
    const want = x.items[1]!;
    return found === want || keysEqual(vm, found, want);
  }
  const it = dictEntries(d, 'values');
  for (let y = it.nextValue(); y !== undefined; y = it.nextValue()) if (y === x || keysEqual(vm, y, x)) return true;
  return false;
}

function lenOf(vm: Interp, v: PyValue): number {
  if (v instanceof PyDictView) return v.dict.size;
  if (v instanceof PyAnySet) return setLen(v);
  return vm.len(v);
}

/** `x in other` for the view algorithms (PySequence_Contains). */
function containsIn(vm: Interp, container: PyValue, x: PyValue): boolean {
  if (container instanceof PyDictView) return viewContains(vm, container, x);
  if (container instanceof PyAnySet) return setContains(vm, container, x);
  const fn = vm.getAttr(container, '__contains__');
  return vm.truthy(vm.callNested(fn, [x]));
}

/** dictviews_to_set: set(view), from the dict itself for a keys view of an exact dict. */
function viewsToSet(vm: Interp, self: PyValue): PySet {
  const s = new PySet();
  if (self instanceof PyDictView && self.kind === 'keys' && self.dict.type === dictType) setUpdate(vm, s, self.dict);
  else setUpdate(vm, s, self);
  return s;
}

/** view | other (either operand may be the view: the nb_or slot). */
export function viewOr(vm: Interp, a: PyValue, b: PyValue): PyValue {
  if (!isSetView(a) && !isSetView(b)) return NotImplemented;
  const r = viewsToSet(vm, a);
  setUpdate(vm, r, b);
  return r;
}

/** view - other. */
export function viewSub(vm: Interp, a: PyValue, b: PyValue): PyValue {
  if (!isSetView(a) && !isSetView(b)) return NotImplemented;
  const r = viewsToSet(vm, a);
  setDifferenceUpdateOne(vm, r, b);
  return r;
}

/** view ^ other (items ^ items compares values). */
export function viewXor(vm: Interp, a: PyValue, b: PyValue): PyValue {
  if (!isSetView(a) && !isSetView(b)) return NotImplemented;
  if (a instanceof PyDictView && a.kind === 'items' && b instanceof PyDictView && b.kind === 'items') return itemsXor(vm, a.dict, b.dict);
  const r = viewsToSet(vm, a);
  setSymmetricDifferenceUpdate(vm, r, b);
  return r;
}

function itemsXor(vm: Interp, d1: PyDict, d2: PyDict): PySet {
  const temp = dictCopy(d1);
  const result = new PySet();
  const it = dictEntries(d2, 'items');
  for (let x = it.nextValue(); x !== undefined; x = it.nextValue()) {
    const [key, val2] = (x as PyTuple).items as [PyValue, PyValue];
    const i = dictLookup(vm, temp, key);
    const toDelete = i >= 0 && (temp.values[i] === val2 || keysEqual(vm, temp.values[i]!, val2));
    if (toDelete) unindex(temp, i);
    else setAdd(vm, result, newTuple([key, val2]));
  }
  setUpdate(vm, result, dictView(temp, 'items'));
  return result;
}

/** view & other (_PyDictView_Intersect). */
export function viewAnd(vm: Interp, a: PyValue, b: PyValue): PyValue {
  if (!isSetView(a) && !isSetView(b)) return NotImplemented;
  let self = a;
  let other = b;
  if (!isSetView(self)) {
    self = b;
    other = a;
  }
  const view = self as PyDictView;
  const lenSelf = view.dict.size;
  if (other instanceof PySet && other.type === setType && lenSelf <= setLen(other)) {
    return setIntersectionWith(vm, other, view);
  }
  let s: PyDictView = view;
  if (isSetView(other)) {
    if (other.dict.size > lenSelf) {
      s = other;
      other = view;
    }
  }
  const result = new PySet();
  const it = iterate(vm, other);
  for (let r = it.next(); !r.done; r = it.next()) if (viewContains(vm, s, r.value)) setAdd(vm, result, r.value);
  return result;
}

function setIntersectionWith(vm: Interp, s: PySet, other: PyValue): PyValue {
  return setIntersectionMulti(vm, s, [other]);
}

/** view.isdisjoint(other). */
export function viewIsDisjoint(vm: Interp, v: PyDictView, other: PyValue): boolean {
  if (v === other) return v.dict.size === 0;
  let self: PyValue = v;
  if (other instanceof PyAnySet || isSetView(other)) {
    if (lenOf(vm, other) > v.dict.size) {
      self = other;
      other = v;
    }
  }
  const it = iterate(vm, other);
  for (let r = it.next(); !r.done; r = it.next()) if (containsIn(vm, self, r.value)) return false;
  return true;
}

function allContainedIn(vm: Interp, a: PyValue, b: PyValue): boolean {
  const it = iterate(vm, a);
  for (let r = it.next(); !r.done; r = it.next()) if (!containsIn(vm, b, r.value)) return false;
  return true;
}

/** dictview_richcompare (keys and items views). */
export function viewRichCompare(vm: Interp, a: PyDictView, b: PyValue, op: CompareOp): PyValue {
  if (!(b instanceof PyAnySet) && !isSetView(b)) return NotImplemented;
  const la = a.dict.size;
  const lb = lenOf(vm, b);
  switch (op) {
    case CompareOp.EQ:
    case CompareOp.NE: {
      const ok = la === lb && allContainedIn(vm, a, b);
      return op === CompareOp.EQ ? ok : !ok;
    }
    case CompareOp.LT:
      return la < lb && allContainedIn(vm, a, b);
    case CompareOp.LE:
      return la <= lb && allContainedIn(vm, a, b);
    case CompareOp.GT:
      return la > lb && allContainedIn(vm, b, a);
    case CompareOp.GE:
      return la >= lb && allContainedIn(vm, b, a);
  }
  return NotImplemented;
}

/** repr(view): "dict_keys([1, 2])", "..." when recursive. */
export function viewRepr(vm: Interp, v: PyDictView): string {
  if (!reprEnter(v)) return '...';
  try {
    const it = dictEntries(v.dict, v.kind);
    let s = '';
    let first = true;
    for (let x = it.nextValue(); x !== undefined; x = it.nextValue()) {
      if (!first) s += ', ';
      first = false;
      s += vm.repr(x);
    }
    return `${v.type.name}([${s}])`;
  } finally {
    reprLeave(v);
  }
}

// --- native methods ------------------------------------------------------------------------

function selfDict(args: PyValue[], name: string): PyDict {
  const self = args[0];
  if (!(self instanceof PyDict)) {
    throw typeError(`descriptor '${name}' for 'dict' objects doesn't apply to a '${typeFullName(typeOf(self as PyValue))}' object`);
  }
  return self;
}

/** _PyArg_CheckPositional: "get expected at least 1 argument, got 0". */
function argCount(name: string, n: number, min: number, max: number): void {
  if (n < min) throw typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  if (n > max) throw typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

function dictMethod(name: string, kind: 'noargs' | 'o' | 'any', body: (vm: Interp, d: PyDict, args: PyValue[], kwargs: Kwargs | null) => PyValue): NativeFn {
  const qual = `dict.${name}`;
  return (vm, args, kwargs) => {
    const d = selfDict(args, name);
    if (kind === 'noargs') noArgs(qual, args, kwargs);
    else if (kind === 'o') oneArg(qual, args, kwargs);
    return body(vm, d, args, kwargs);
  };
}

function viewMethod(t: PyType, name: string, kind: 'noargs' | 'o', body: (vm: Interp, v: PyDictView, args: PyValue[]) => PyValue): NativeFn {
  const qual = `${t.name}.${name}`;
  return (vm, args, kwargs) => {
    const v = args[0];
    if (!(v instanceof PyDictView) || v.type !== t) throw typeError(`descriptor '${name}' for '${t.name}' objects doesn't apply to a '${typeFullName(typeOf(v as PyValue))}' object`);
    if (kind === 'noargs') noArgs(qual, args, kwargs);
    else oneArg(qual, args, kwargs);
    return body(vm, v, args);
  };
}

defineSlotMethods(dictType, {
  keys: dictMethod('keys', 'noargs', (_vm, d) => dictView(d, 'keys')),
  values: dictMethod('values', 'noargs', (_vm, d) => dictView(d, 'values')),
  items: dictMethod('items', 'noargs', (_vm, d) => dictView(d, 'items')),
  get: dictMethod('get', 'any', (vm, d, a, kw) => {
    noKeywords('dict.get', kw);
    argCount('get', a.length - 1, 1, 2);
    return dictGet(vm, d, a[1]!) ?? (a.length > 2 ? a[2]! : None);
  }),
  setdefault: dictMethod('setdefault', 'any', (vm, d, a, kw) => {
    noKeywords('dict.setdefault', kw);
    argCount('setdefault', a.length - 1, 1, 2);
    return dictSetDefault(vm, d, a[1]!, a.length > 2 ? a[2]! : None);
  }),
  pop: dictMethod('pop', 'any', (vm, d, a, kw) => {
    noKeywords('dict.pop', kw);
    argCount('pop', a.length - 1, 1, 2);
    return dictPop(vm, d, a[1]!, a[2]);
  }),
  popitem: dictMethod('popitem', 'noargs', (_vm, d) => dictPopItem(d)),
  update: dictMethod('update', 'any', (vm, d, a, kw) => (dictUpdate(vm, d, a.slice(1), kw), None)),
  copy: dictMethod('copy', 'noargs', (_vm, d) => dictCopy(d)),
  clear: dictMethod('clear', 'noargs', (_vm, d) => (dictClear(d), None)),
  __contains__: dictMethod('__contains__', 'o', (vm, d, a) => dictContains(vm, d, a[1]!)),
  __getitem__: dictMethod('__getitem__', 'o', (vm, d, a) => dictSubscript(vm, d, a[1]!)),
  __setitem__: dictMethod('__setitem__', 'any', (vm, d, a, kw) => {
    noKeywords('dict.__setitem__', kw);
    if (a.length !== 3) throw typeError(`expected 2 arguments, got ${a.length - 1}`);
    dictSet(vm, d, a[1]!, a[2]!);
    return None;
  }),
  __delitem__: dictMethod('__delitem__', 'o', (vm, d, a) => (dictDelItem(vm, d, a[1]!), None)),
  __len__: dictMethod('__len__', 'noargs', (_vm, d) => d.size),
  __iter__: dictMethod('__iter__', 'noargs', (_vm, d) => dictEntries(d, 'keys')),
  __reversed__: dictMethod('__reversed__', 'noargs', (_vm, d) => dictEntries(d, 'keys', true)),
  __repr__: dictMethod('__repr__', 'noargs', (vm, d) => dictRepr(vm, d)),
  __eq__: dictMethod('__eq__', 'o', (vm, d, a) => dictRichCompare(vm, d, a[1]!, CompareOp.EQ)),
  __ne__: dictMethod('__ne__', 'o', (vm, d, a) => dictRichCompare(vm, d, a[1]!, CompareOp.NE)),
  __lt__: dictMethod('__lt__', 'o', (vm, d, a) => dictRichCompare(vm, d, a[1]!, CompareOp.LT)),
  __le__: dictMethod('__le__', 'o', (vm, d, a) => dictRichCompare(vm, d, a[1]!, CompareOp.LE)),
  __gt__: dictMethod('__gt__', 'o', (vm, d, a) => dictRichCompare(vm, d, a[1]!, CompareOp.GT)),
  __ge__: dictMethod('__ge__', 'o', (vm, d, a) => dictRichCompare(vm, d, a[1]!, CompareOp.GE)),
  __or__: dictMethod('__or__', 'o', (vm, d, a) => dictOr(vm, d, a[1]!)),
  __ror__: dictMethod('__ror__', 'o', (vm, d, a) => dictOr(vm, a[1]!, d)),
  __ior__: dictMethod('__ior__', 'o', (vm, d, a) => dictIor(vm, d, a[1]!)),
  __init__: dictMethod('__init__', 'any', (vm, d, a, kw) => {
    if (a.length > 2) throw typeError(`dict expected at most 1 argument, got ${a.length - 1}`);
    if (a.length === 2) dictUpdateArg(vm, d, a[1]!);
    applyKwargs(vm, d, kw);
    return None;
  }),
}, ['__getitem__', '__contains__', '__reversed__']);

/** dict.fromkeys: a classmethod; its native receives the class as args[0]. */
defineClassMethods(dictType, {
  fromkeys: (vm, args, kwargs) => {
    noKeywords('dict.fromkeys', kwargs);
    argCount('fromkeys', args.length - 1, 1, 2);
    return dictFromKeys(vm, args[0] as PyType, args[1]!, args.length > 2 ? args[2]! : None);
  },
});

for (const [t, kind] of [[dictKeysType, 'keys'], [dictItemsType, 'items'], [dictValuesType, 'values']] as const) {
  const common: Record<string, NativeFn> = {
    __len__: viewMethod(t, '__len__', 'noargs', (_vm, v) => v.dict.size),
    __iter__: viewMethod(t, '__iter__', 'noargs', (_vm, v) => dictEntries(v.dict, kind)),
    __reversed__: viewMethod(t, '__reversed__', 'noargs', (_vm, v) => dictEntries(v.dict, kind, true)),
    __repr__: viewMethod(t, '__repr__', 'noargs', (vm, v) => viewRepr(vm, v)),
  };
  if (kind !== 'values') {
    Object.assign(common, {
      __contains__: viewMethod(t, '__contains__', 'o', (vm, v, a) => viewContains(vm, v, a[1]!)),
      isdisjoint: viewMethod(t, 'isdisjoint', 'o', (vm, v, a) => viewIsDisjoint(vm, v, a[1]!)),
      __or__: viewMethod(t, '__or__', 'o', (vm, v, a) => viewOr(vm, v, a[1]!)),
      __ror__: viewMethod(t, '__ror__', 'o', (vm, v, a) => viewOr(vm, a[1]!, v)),
      __and__: viewMethod(t, '__and__', 'o', (vm, v, a) => viewAnd(vm, v, a[1]!)),
      __rand__: viewMethod(t, '__rand__', 'o', (vm, v, a) => viewAnd(vm, a[1]!, v)),
      __sub__: viewMethod(t, '__sub__', 'o', (vm, v, a) => viewSub(vm, v, a[1]!)),
      __rsub__: viewMethod(t, '__rsub__', 'o', (vm, v, a) => viewSub(vm, a[1]!, v)),
      __xor__: viewMethod(t, '__xor__', 'o', (vm, v, a) => viewXor(vm, v, a[1]!)),
      __rxor__: viewMethod(t, '__rxor__', 'o', (vm, v, a) => viewXor(vm, a[1]!, v)),
      __eq__: viewMethod(t, '__eq__', 'o', (vm, v, a) => viewRichCompare(vm, v, a[1]!, CompareOp.EQ)),
      __ne__: viewMethod(t, '__ne__', 'o', (vm, v, a) => viewRichCompare(vm, v, a[1]!, CompareOp.NE)),
      __lt__: viewMethod(t, '__lt__', 'o', (vm, v, a) => viewRichCompare(vm, v, a[1]!, CompareOp.LT)),
      __le__: viewMethod(t, '__le__', 'o', (vm, v, a) => viewRichCompare(vm, v, a[1]!, CompareOp.LE)),
      __gt__: viewMethod(t, '__gt__', 'o', (vm, v, a) => viewRichCompare(vm, v, a[1]!, CompareOp.GT)),
      __ge__: viewMethod(t, '__ge__', 'o', (vm, v, a) => viewRichCompare(vm, v, a[1]!, CompareOp.GE)),
    });
  }
  defineSlotMethods(t, common, ['__reversed__']);
  // Keys and items views compare like sets, so they are unhashable (tp_hash
  // PyObject_HashNotImplemented); a values view keeps object's identity hash.
  if (kind !== 'values') t.dict.set('__hash__', None);
}

// dict is unhashable: dict.__hash__ is None.
dictType.dict.set('__hash__', None);

// The iterator types' own methods (dictiter_methods).
for (const t of [...Object.values(iterTypes), ...Object.values(revIterTypes)]) {
  defineIteratorMethods(t, (v): v is PyDictIterator => v instanceof PyDictIterator);
}
