// The iteration builtins (Python/bltinmodule.c, Objects/enumobject.c, Objects/iterobject.c):
// the iterator types enumerate, zip, map, filter, reversed and callable_iterator, and the
// consumers len, iter, next, all, any, sum, min, max, sorted.
//
// LIMITATION (documented, not hidden): the Python callables these builtins apply (map's function,
// filter's predicate, the key functions of sorted/min/max, iter(callable, sentinel)) and the
// iteration of user iterators go through vm.callNested / vm.iterNext, a bounded nested call that
// cannot suspend. A generator or an external call inside them cannot pause the program yet.
// When generators land, map/filter/sorted(key=)/min/max(key=) move to the Python-level prelude
// (with these native versions kept as fast paths for builtin callables and containers).
//
// Iterator objects hold only Python values (the source iterators from vm.getIter, the function,
// counters), so they stay plain data for snapshots; a JS iterator from vm.nativeIter is only used
// by the consumers that run to completion within one call.

import { PyGenerator } from '../objects/generator.ts';
import { PyRange, rangeLen } from '../objects/range.ts';
import { PyObject, PyType, None, makeBuiltinType, objectType, floatType, typeOf, intFromBigInt, type PyValue } from '../objects/object.ts';
import { PyFloat } from '../objects/float.ts';
import { PyComplex, complexType } from '../objects/complex.ts';
import { PyBytes } from '../objects/bytes.ts';
import { PyTuple, newTuple } from '../objects/tuple.ts';
import { PyList, PyListIterator } from '../objects/list.ts';
import { PyDict } from '../objects/dict.ts';
import { intAdd, type PyInt } from '../objects/int.ts';
import { cpAt, cpLength } from '../objects/str.ts';
import { typeName, unpack } from '../objects/str-args.ts';
import { generateSuggestion } from '../errors/suggestions.ts';
import { defineMethods, type Kwargs, type NativeFn } from '../objects/function.ts';
import { BinaryOp } from '../compiler/opcodes.ts';
import type { Interp } from '../vm/interp.ts';
import { CompareOp } from '../vm/interp.ts';
import { raise, typeError, valueError } from '../vm/raise.ts';
import * as E from '../objects/exceptions.ts';
import { binaryOp, checkPositional, indexOrError, isRaised, noKwargs, oneArg } from './common.ts';
import { isCallable } from './attributes.ts';
import { sortItems, sortWithKeys } from '../objects/sort.ts';

// --- Iterator protocol helpers --------------------------------------------------------------

/** The base of the iterator objects defined here. */
export abstract class BuiltinIterator extends PyObject {
  /** The next item, or undefined when exhausted. May run Python code (nested calls). */
  abstract nextValue(vm: Interp): PyValue | undefined;
}

/** iter(v), knowing this module's iterators. */
export function getIterator(vm: Interp, v: PyValue): PyValue {
  return v instanceof BuiltinIterator ? v : vm.getIter(v);
}

/** next(it) or undefined, knowing this module's iterators. */
export function nextItem(vm: Interp, it: PyValue): PyValue | undefined {
  return it instanceof BuiltinIterator ? it.nextValue(vm) : vm.iterNext(it);
}

/** Calls `fn` on each item of `v` until it returns true: natively when iterating v runs no
 * Python code, else through the iterator protocol. */
export function forEachItem(vm: Interp, v: PyValue, fn: (x: PyValue) => boolean | void): void {
  const native = v instanceof BuiltinIterator ? null : vm.nativeIter(v);
  if (native !== null) {
    for (let r = native.next(); !r.done; r = native.next()) if (fn(r.value) === true) return;
    return;
  }
  const it = getIterator(vm, v);
  let n = 0;
  for (let x = nextItem(vm, it); x !== undefined; x = nextItem(vm, it)) {
    if (fn(x) === true) return;
    if ((++n & 0xffff) === 0) vm.checkTime();
  }
}

export function toArray(vm: Interp, v: PyValue): PyValue[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.slice();
  const out: PyValue[] = [];
  forEachItem(vm, v, (x) => void out.push(x));
  return out;
}

/** Defines an iterator type: `__new__` builds it, `__iter__` returns it, `__next__` steps it. */
function iteratorType(name: string, newFn: NativeFn | null): PyType {
  const t = makeBuiltinType(name, objectType, { final: newFn === null });
  const methods: Record<string, NativeFn> = {
    __iter__: (_vm, args, kwargs) => {
      noKwargs(`${name}.__iter__`, kwargs);
      return args[0]!;
    },
    __next__: (vm, args, kwargs) => {
      noKwargs(`${name}.__next__`, kwargs);
      const v = (args[0] as BuiltinIterator).nextValue(vm);
      if (v === undefined) throw raise(E.StopIteration);
      return v;
    },
  };
  if (newFn !== null) methods['__new__'] = newFn;
  defineMethods(t, methods);
  return t;
}

/** The `type` argument of a `__new__` (args[0]) and the call's own arguments. */
function newArgs(args: PyValue[]): [PyType, PyValue[]] {
  return [args[0] as PyType, args.slice(1)];
}

/** Keyword-only `strict` of zip() and map(). */
function parseStrict(name: string, kwargs: Kwargs | null): PyValue {
  if (kwargs === null || kwargs.names.length === 0) return false;
  if (kwargs.names.length > 1) throw typeError(`${name}() takes at most 1 keyword argument (${kwargs.names.length} given)`);
  if (kwargs.names[0] !== 'strict') {
    const hint = generateSuggestion(['strict'], kwargs.names[0]!);
    throw typeError(`${name}() got an unexpected keyword argument '${kwargs.names[0]}'${hint === null ? '' : `. Did you mean '${hint}'?`}`);
  }
  return kwargs.values[0]!;
}

// --- enumerate ------------------------------------------------------------------------------

export class PyEnumerate extends BuiltinIterator {
  constructor(type: PyType, public it: PyValue, public index: PyInt) {
    super(type);
  }
  nextValue(vm: Interp): PyValue | undefined {
    const x = nextItem(vm, this.it);
    if (x === undefined) return undefined;
    const i = this.index;
    this.index = intAdd(i, 1);
    return newTuple([i, x]);
  }
}

/** enumerate(iterable, start=0) (Objects/enumobject.c enum_new_impl). */
const enumerateNew: NativeFn = (vm, allArgs, kwargs) => {
  const [type, args] = newArgs(allArgs);
  const nkw = kwargs === null ? 0 : kwargs.names.length;
  if (args.length + nkw > 2) throw typeError(`enumerate() takes at most 2 arguments (${args.length + nkw} given)`);
  let iterable: PyValue | undefined = args[0];
  let start: PyValue | undefined = args[1];
  // enum_vectorcall accepts `iterable` by name only without positional arguments, and `start`
  // by name only beside an iterable.
  const names = kwargs === null ? [] : kwargs.names;
  for (let k = 0; k < nkw; k++) {
    const n = names[k]!;
    if (n === 'iterable' && args.length === 0) iterable = kwargs!.values[k];
    else if (n === 'start' && args.length < 2 && (args.length === 1 || names.includes('iterable'))) start = kwargs!.values[k];
    else throw typeError(`'${n}' is an invalid keyword argument for enumerate()`);
  }
  if (iterable === undefined) throw typeError("enumerate() missing required argument 'iterable'");
  // enum_new_impl converts start before it asks for the iterator.
  const s = start === undefined ? 0 : indexOrError(vm, start);
  const it = getIterator(vm, iterable);
  return new PyEnumerate(type, it, s);
};
export const enumerateType = iteratorType('enumerate', enumerateNew);

// --- zip ------------------------------------------------------------------------------------

export class PyZip extends BuiltinIterator {
  constructor(type: PyType, readonly its: PyValue[], readonly strict: boolean) {
    super(type);
  }
  nextValue(vm: Interp): PyValue | undefined {
    const n = this.its.length;
    if (n === 0) return undefined;
    const out = new Array<PyValue>(n);
    for (let i = 0; i < n; i++) {
      const x = nextItem(vm, this.its[i]!);
      if (x === undefined) {
        if (this.strict) strictCheck(vm, 'zip', this.its, i);
        return undefined;
      }
      out[i] = x;
    }
    return newTuple(out);
  }
}

/** The strict-mode check once argument i is exhausted (bltinmodule.c zip_next, map_next). */
function strictCheck(vm: Interp, name: string, its: PyValue[], i: number): void {
  if (i > 0) {
    throw valueError(`${name}() argument ${i + 1} is shorter than argument${i === 1 ? ' ' : 's 1-'}${i}`);
  }
  for (let j = 1; j < its.length; j++) {
    if (nextItem(vm, its[j]!) !== undefined) {
      throw valueError(`${name}() argument ${j + 1} is longer than argument${j === 1 ? ' ' : 's 1-'}${j}`);
    }
  }
}

const zipNew: NativeFn = (vm, allArgs, kwargs) => {
  const [type, args] = newArgs(allArgs);
  const strict = parseStrict('zip', kwargs);
  const s = strict === false ? false : vm.truthy(strict);
  return new PyZip(type, args.map((a) => getIterator(vm, a)), s);
};
export const zipType = iteratorType('zip', zipNew);

// --- map ------------------------------------------------------------------------------------

export class PyMap extends BuiltinIterator {
  constructor(type: PyType, readonly fn: PyValue, readonly its: PyValue[], readonly strict: boolean) {
    super(type);
  }
  nextValue(vm: Interp): PyValue | undefined {
    const n = this.its.length;
    const args = new Array<PyValue>(n);
    for (let i = 0; i < n; i++) {
      const x = nextItem(vm, this.its[i]!);
      if (x === undefined) {
        if (this.strict) strictCheck(vm, 'map', this.its, i);
        return undefined;
      }
      args[i] = x;
    }
    return vm.callNested(this.fn, args);
  }
}

const mapNew: NativeFn = (vm, allArgs, kwargs) => {
  const [type, args] = newArgs(allArgs);
  const strict = parseStrict('map', kwargs);
  if (args.length < 2) throw typeError('map() must have at least two arguments.');
  const s = strict === false ? false : vm.truthy(strict);
  return new PyMap(type, args[0]!, args.slice(1).map((a) => getIterator(vm, a)), s);
};
export const mapType = iteratorType('map', mapNew);

// --- filter ---------------------------------------------------------------------------------

export class PyFilter extends BuiltinIterator {
  constructor(type: PyType, readonly fn: PyValue, readonly it: PyValue) {
    super(type);
  }
  nextValue(vm: Interp): PyValue | undefined {
    const fn = this.fn;
    // filter(None, ...) and filter(bool, ...) test the items' truth directly.
    const direct = fn === None || fn === boolTypeOf();
    for (;;) {
      const x = nextItem(vm, this.it);
      if (x === undefined) return undefined;
      if (vm.truthy(direct ? x : vm.callNested(fn, [x]))) return x;
    }
  }
}
const boolTypeOf = (): PyType => typeOf(true);

const filterNew: NativeFn = (vm, allArgs, kwargs) => {
  const [type, args] = newArgs(allArgs);
  if (type === filterType) noKwargs('filter', kwargs);
  checkPositional('filter', args.length, 2, 2);
  return new PyFilter(type, args[0]!, getIterator(vm, args[1]!));
};
export const filterType = iteratorType('filter', filterNew);

// --- reversed -------------------------------------------------------------------------------

/** The `reversed` object over a sequence (__len__ and __getitem__), Objects/enumobject.c. */
export class PyReversed extends BuiltinIterator {
  constructor(type: PyType, public seq: PyValue, public index: number) {
    super(type);
  }
  nextValue(vm: Interp): PyValue | undefined {
    const i = this.index;
    if (i < 0) return undefined;
    const seq = this.seq;
    let item: PyValue;
    if (seq instanceof PyTuple || seq instanceof PyList) {
      if (i >= seq.items.length) return this.finish();
      item = seq.items[i]!;
    } else if (typeof seq === 'string') {
      if (i >= cpLength(seq)) return this.finish();
      item = cpAt(seq, i);
    } else {
      try {
        item = vm.callNested(vm.getAttr(seq, '__getitem__'), [i]);
      } catch (e) {
        if (isRaised(e, E.IndexError) || isRaised(e, E.StopIteration)) return this.finish();
        throw e;
      }
    }
    this.index = i - 1;
    return item;
  }
  private finish(): undefined {
    this.index = -1;
    this.seq = None;
    return undefined;
  }
}

const reversedNew: NativeFn = (vm, allArgs, kwargs) => {
  const [type, args] = newArgs(allArgs);
  if (type === reversedType) noKwargs('reversed', kwargs);
  checkPositional('reversed', args.length, 1, 1);
  const seq = args[0]!;
  const t = typeOf(seq);
  const rev = t.lookup('__reversed__');
  if (rev === None) throw typeError(`'${typeName(seq)}' object is not reversible`);
  if (rev !== undefined) return vm.callNested(vm.getAttr(seq, '__reversed__'), []);
  // PySequence_Check: __getitem__ and not a dict; builtin sequences natively.
  let n: number;
  if (seq instanceof PyTuple || seq instanceof PyList) n = seq.items.length;
  else if (typeof seq === 'string') n = cpLength(seq);
  else if (seq instanceof PyBytes) n = seq.data.length;
  else {
    if (t.lookup('__getitem__') === undefined || seq instanceof PyDict) throw typeError(`'${typeName(seq)}' object is not reversible`);
    n = vm.len(seq);
  }
  return new PyReversed(type, seq, n - 1);
};
export const reversedType = iteratorType('reversed', reversedNew);
defineMethods(reversedType, {
  // reversed_len: the items left, 0 once exhausted or when the sequence shrank below the position.
  __length_hint__: (vm, args, kwargs) => {
    noKwargs('reversed.__length_hint__', kwargs);
    if (args.length !== 1) throw typeError(`reversed.__length_hint__() takes no arguments (${args.length - 1} given)`);
    const r = args[0];
    if (!(r instanceof PyReversed)) throw typeError(`descriptor '__length_hint__' for 'reversed' objects doesn't apply to a '${typeName(r as PyValue)}' object`);
    if (r.seq === None) return 0;
    const seq = r.seq;
    const size = seq instanceof PyTuple || seq instanceof PyList ? seq.items.length : typeof seq === 'string' ? cpLength(seq) : seq instanceof PyBytes ? seq.data.length : vm.len(seq);
    const position = r.index + 1;
    return size < position ? 0 : position;
  },
});

// --- iter(callable, sentinel) ---------------------------------------------------------------

/** The iterator of an object with __getitem__ but no __iter__ (Objects/iterobject.c
 * seqiterobject): items 0, 1, 2... until IndexError or StopIteration. */
export class PySeqIterator extends BuiltinIterator {
  constructor(public seq: PyValue) {
    super(seqIteratorType);
  }
  index = 0;
  nextValue(vm: Interp): PyValue | undefined {
    if (this.seq === None) return undefined;
    try {
      const item = vm.callNested(vm.getAttr(this.seq, '__getitem__'), [this.index]);
      this.index++;
      return item;
    } catch (e) {
      if (isRaised(e, E.IndexError) || isRaised(e, E.StopIteration)) {
        this.seq = None;
        return undefined;
      }
      throw e;
    }
  }
}
export const seqIteratorType = iteratorType('iterator', null);

export class PyCallableIterator extends BuiltinIterator {
  constructor(public fn: PyValue, public sentinel: PyValue) {
    super(callableIteratorType);
  }
  nextValue(vm: Interp): PyValue | undefined {
    if (this.fn === None) return undefined;
    let r: PyValue;
    try {
      r = vm.callNested(this.fn, []);
    } catch (e) {
      if (isRaised(e, E.StopIteration)) {
        this.fn = this.sentinel = None;
        return undefined;
      }
      throw e;
    }
    if (vm.eq(r, this.sentinel)) {
      this.fn = this.sentinel = None;
      return undefined;
    }
    return r;
  }
}
export const callableIteratorType = iteratorType('callable_iterator', null);

// --- The consumers --------------------------------------------------------------------------

export const len: NativeFn = (vm, args, kwargs) => {
  const v = oneArg('len', args, kwargs);
  // A range's length may pass 2**53: the exact int, up to Py_ssize_t.
  return v instanceof PyRange ? rangeLen(v) : vm.len(v);
};

/** iter(object[, sentinel]) */
export const iter: NativeFn = (vm, args, kwargs) => {
  noKwargs('iter', kwargs);
  checkPositional('iter', args.length, 1, 2);
  if (args.length === 1) return getIterator(vm, args[0]!);
  if (!isCallable(args[0]!)) throw typeError('iter(v, w): v must be callable');
  return new PyCallableIterator(args[0]!, args[1]!);
};

/** next(iterator[, default]) */
export const next: NativeFn = (vm, args, kwargs) => {
  noKwargs('next', kwargs);
  checkPositional('next', args.length, 1, 2);
  const it = args[0]!;
  if (!(it instanceof BuiltinIterator) && typeOf(it).lookup('__next__') === undefined && !isNativeIterator(vm, it)) {
    throw typeError(`'${typeName(it)}' object is not an iterator`);
  }
  if (args.length === 1 && typeOf(it).isHeapType() && typeOf(it).lookup('__next__') !== undefined) {
    // A class's __next__ raising StopIteration propagates as it is, traceback included.
    return vm.callNested(vm.getAttr(it, '__next__'), []);
  }
  const x = nextItem(vm, it);
  if (x !== undefined) return x;
  if (args.length === 2) return args[1]!;
  if (it instanceof PyGenerator && it.returnValue !== null) {
    // The generator's `return value` becomes StopIteration(value), once.
    const value = it.returnValue;
    it.returnValue = null;
    if (value !== None) throw raise(E.StopIteration, value);
  }
  throw raise(E.StopIteration);
};

/** Iterators of the VM's own that do not (yet) list __next__ in their type. */
function isNativeIterator(vm: Interp, it: PyValue): boolean {
  if (!(it instanceof PyObject)) return false;
  try {
    return vm.getIter(it) === it;
  } catch {
    return false;
  }
}

export const all: NativeFn = (vm, args, kwargs) => {
  const v = oneArg('all', args, kwargs);
  let result = true;
  forEachItem(vm, v, (x) => {
    if (!vm.truthy(x)) {
      result = false;
      return true;
    }
  });
  return result;
};

export const any: NativeFn = (vm, args, kwargs) => {
  const v = oneArg('any', args, kwargs);
  let result = false;
  forEachItem(vm, v, (x) => {
    if (vm.truthy(x)) {
      result = true;
      return true;
    }
  });
  return result;
};

const INT64_MAX = 9223372036854775807n;
const INT64_MIN = -9223372036854775808n;

/** sum(iterable, /, start=0) (builtin_sum_impl): exact int and compensated float/complex fast
 * paths in CPython's order, then generic addition. */
export const sum: NativeFn = (vm, args, kwargs) => {
  const [iterable, start] = unpack('sum', [None, ...args], kwargs, ['iterable', 'start'], 1, 1) as [PyValue, PyValue | undefined];
  // builtin_sum_impl gets the iterator before it looks at start.
  const it = getIterator(vm, iterable);
  let result: PyValue = start === undefined ? 0 : start;
  if (typeof result === 'string') throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (result instanceof PyBytes) throw typeError("sum() can't sum bytes [use b''.join(seq) instead]");
  if (typeOf(result).name === 'bytearray') throw typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
  // A list's iterator is read directly (its type is final): summing a list is the common case.
  const next = it instanceof PyListIterator ? (): PyValue | undefined => it.nextValue() : (): PyValue | undefined => nextItem(vm, it);

  // ints within a C Py_ssize_t (bool included), summed exactly.
  if ((typeof result === 'number' || typeof result === 'bigint') && BigInt(result) <= INT64_MAX && BigInt(result) >= INT64_MIN) {
    let acc: number | bigint = result;
    for (;;) {
      const x = next();
      if (x === undefined) return acc;
      if (typeof x === 'number' || typeof x === 'boolean' || (typeof x === 'bigint' && x <= INT64_MAX && x >= INT64_MIN)) {
        const b = typeof x === 'boolean' ? (x ? 1 : 0) : x;
        if (typeof acc === 'number' && typeof b === 'number') {
          const r = acc + b;
          if (Number.isSafeInteger(r)) {
            acc = r;
            continue;
          }
        }
        const r = BigInt(acc) + BigInt(b);
        if (r <= INT64_MAX && r >= INT64_MIN) {
          acc = intFromBigInt(r);
          continue;
        }
      }
      result = binaryOp(vm, BinaryOp.ADD, acc, x);
      break;
    }
  }
  if (result instanceof PyFloat && result.type === floatType) {
    const cs = new CompensatedSum(result.value);
    for (;;) {
      const x = next();
      if (x === undefined) return new PyFloat(cs.value());
      if (x instanceof PyFloat && x.type === floatType) {
        cs.add(x.value);
        continue;
      }
      if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean') {
        cs.add(intToDouble(x));
        continue;
      }
      result = binaryOp(vm, BinaryOp.ADD, new PyFloat(cs.value()), x);
      break;
    }
  }
  if (result instanceof PyComplex && result.type === complexType) {
    const re = new CompensatedSum(result.re);
    const im = new CompensatedSum(result.im);
    for (;;) {
      const x = next();
      if (x === undefined) return new PyComplex(re.value(), im.value());
      if (x instanceof PyComplex && x.type === complexType) {
        re.add(x.re);
        im.add(x.im);
        continue;
      }
      if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean') {
        re.add(intToDouble(x));
        continue;
      }
      if (x instanceof PyFloat) {
        re.add(x.value);
        continue;
      }
      result = binaryOp(vm, BinaryOp.ADD, new PyComplex(re.value(), im.value()), x);
      break;
    }
  }
  for (;;) {
    const x = next();
    if (x === undefined) return result;
    result = binaryOp(vm, BinaryOp.ADD, result, x);
  }
};

/** PyLong_AsDouble: correctly rounded, OverflowError beyond the double range. */
function intToDouble(x: number | bigint | boolean): number {
  if (typeof x !== 'bigint') return Number(x);
  const d = Number(x);
  if (!isFinite(d)) throw raise(E.OverflowError, 'int too large to convert to float');
  return d;
}

/** Neumaier's compensated sum (bltinmodule.c cs_add / cs_to_double). */
class CompensatedSum {
  lo = 0;
  constructor(public hi: number) {}
  add(x: number): void {
    const t = this.hi + x;
    if (Math.abs(this.hi) >= Math.abs(x)) this.lo += this.hi - t + x;
    else this.lo += x - t + this.hi;
    this.hi = t;
  }
  value(): number {
    return this.lo !== 0 && isFinite(this.lo) ? this.hi + this.lo : this.hi;
  }
}

/** min/max (bltinmodule.c min_max). */
function minMax(name: 'min' | 'max', op: CompareOp): NativeFn {
  return (vm, args, kwargs) => {
    if (args.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
    let key: PyValue = None;
    let dflt: PyValue | undefined;
    if (kwargs !== null) {
      const [k, d] = unpack(name, [None], kwargs, ['key', 'default'], 0, 0);
      if (k !== undefined) key = k;
      dflt = d;
    }
    const positional = args.length > 1;
    if (positional && dflt !== undefined) {
      throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    }
    let best: PyValue | undefined;
    let bestKey: PyValue | undefined;
    const visit = (x: PyValue): void => {
      const k = key === None ? x : vm.callNested(key, [x]);
      if (bestKey === undefined) {
        best = x;
        bestKey = k;
        return;
      }
      const r = vm.richCompare(k, bestKey, op);
      if (r === true || (r !== false && vm.truthy(r))) {
        best = x;
        bestKey = k;
      }
    };
    if (positional) for (const x of args) visit(x);
    else forEachItem(vm, args[0]!, visit);
    if (best !== undefined) return best;
    if (dflt !== undefined) return dflt;
    throw valueError(`${name}() iterable argument is empty`);
  };
}

export const min = minMax('min', CompareOp.LT);
export const max = minMax('max', CompareOp.GT);

/** sorted(iterable, /, *, key=None, reverse=False): a new list, then list.sort's arguments. */
export const sorted: NativeFn = (vm, args, kwargs) => {
  checkPositional('sorted', args.length, 1, 1);
  const items = toArray(vm, args[0]!);
  let key: PyValue = None;
  let reverse = false;
  if (kwargs !== null && kwargs.names.length > 0) {
    const [k, r] = unpack('sort', [None], kwargs, ['key', 'reverse'], 0, 0);
    if (k !== undefined) key = k;
    if (r !== undefined) reverse = sortReverseArg(vm, r);
  }
  let keys: PyValue[] | null = null;
  if (key !== None) {
    keys = new Array<PyValue>(items.length);
    for (let i = 0; i < items.length; i++) keys[i] = vm.callNested(key, [items[i]!]);
  }
  // The same timsort as list.sort (CPython's sorted() is list(iterable).sort(...)).
  if (keys === null) sortItems(vm, items, reverse);
  else sortWithKeys(vm, items, keys, reverse);
  return new PyList(items);
};

/** list.sort's `reverse`: the bool converter (any object's truth). */
function sortReverseArg(vm: Interp, r: PyValue): boolean {
  return vm.truthy(r);
}
