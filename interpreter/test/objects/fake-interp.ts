// A small stand-in for the VM in the object tests: the Interp protocols (repr, str, hash, eq,
// iteration, attribute lookup, calls) for the builtin types these tests use, and a decoder for the
// fixtures' JSON value encoding (fixtures/pyvalues.py).
import { None, NotImplemented, PyObject, Ellipsis, typeOf, floatType, type PyValue } from '../../src/objects/object.ts';
import { PyFloat } from '../../src/objects/float.ts';
import { PyTuple, newTuple } from '../../src/objects/tuple.ts';
import { PyList } from '../../src/objects/list.ts';
import { PyBuiltinFunction, type Kwargs } from '../../src/objects/function.ts';
import { floatRepr, intRepr, strRepr, boolRepr } from '../../src/objects/repr.ts';
import { PyBaseException } from '../../src/objects/exceptions.ts';
import * as E from '../../src/objects/exceptions.ts';
import { raise, typeError, RaisedException } from '../../src/vm/raise.ts';
import type { Interp } from '../../src/vm/interp.ts';
import { CompareOp } from '../../src/vm/interp.ts';
import { hashValue, identityHash } from '../../src/objects/hash.ts';
import { PyAnySet, PyFrozenSet, frozensetHash, setRepr, setRichCompare, setFromValues, newFrozenSet, PySetIterator } from '../../src/objects/set.ts';
import { PyDict, PyDictView, PyDictIterator, dictRepr, dictEqual, viewRepr, dictSet } from '../../src/objects/dict.ts';

class BoundMethod {
  constructor(readonly fn: PyBuiltinFunction, readonly self: PyValue) {}
}

function tupleRepr(vm: Interp, t: PyTuple): string {
  if (t.items.length === 1) return '(' + vm.repr(t.items[0]!) + ',)';
  return '(' + t.items.map((x) => vm.repr(x)).join(', ') + ')';
}

export class FakeInterp implements Interp {
  writeStdout(): void {}
  writeStderr(): void {}
  charge(): void {}
  checkTime(): void {}

  repr(v: PyValue): string {
    switch (typeof v) {
      case 'number':
      case 'bigint':
        return intRepr(v);
      case 'string':
        return strRepr(v);
      case 'boolean':
        return boolRepr(v);
    }
    if (v === None) return 'None';
    if (v === Ellipsis) return 'Ellipsis';
    if (v.type === floatType) return floatRepr((v as PyFloat).value);
    if (v instanceof PyTuple) return tupleRepr(this, v);
    if (v instanceof PyList) return '[' + v.items.map((x) => this.repr(x)).join(', ') + ']';
    if (v instanceof PyAnySet) return setRepr(this, v);
    if (v instanceof PyDict) return dictRepr(this, v);
    if (v instanceof PyDictView) return viewRepr(this, v);
    return `<${v.type.name} object>`;
  }

  str(v: PyValue): string {
    if (typeof v === 'string') return v;
    if (v instanceof PyBaseException) {
      const a = v.args;
      if (a.length === 0) return '';
      if (a.length === 1) return v.type === E.KeyError ? this.repr(a[0]!) : this.str(a[0]!);
      return this.repr(newTuple(a));
    }
    return this.repr(v);
  }

  hash(v: PyValue): bigint {
    if (typeof v === 'object') {
      if (v instanceof PyFrozenSet) return frozensetHash(v);
      if (v instanceof PyList || v instanceof PyAnySet || v instanceof PyDict || v instanceof PyDictView) {
        throw typeError(`unhashable type: '${v.type.name}'`);
      }
      if (v.type !== floatType && !(v instanceof PyTuple) && v !== None) return identityHash(v);
    }
    return hashValue(this, v);
  }

  eq(a: PyValue, b: PyValue): boolean {
    if (a === b) return true;
    const r = this.richCompare(a, b, CompareOp.EQ);
    return r === true;
  }

  richCompare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
    if (op !== CompareOp.EQ) throw new Error('fake interp: only ==');
    if (a instanceof PyTuple && b instanceof PyTuple) {
      return a.items.length === b.items.length && a.items.every((x, i) => x === b.items[i] || this.eq(x, b.items[i]!));
    }
    if (a instanceof PyList && b instanceof PyList) {
      return a.items.length === b.items.length && a.items.every((x, i) => x === b.items[i] || this.eq(x, b.items[i]!));
    }
    if (a instanceof PyAnySet && b instanceof PyAnySet) return setRichCompare(this, a, b, CompareOp.EQ);
    if (a instanceof PyDict && b instanceof PyDict) return dictEqual(this, a, b);
    const num = (x: PyValue): number | bigint | undefined =>
      typeof x === 'number' || typeof x === 'bigint' ? x : typeof x === 'boolean' ? (x ? 1 : 0) : typeof x === 'object' && x.type === floatType ? (x as PyFloat).value : undefined;
    const na = num(a), nb = num(b);
    if (na !== undefined && nb !== undefined) {
      if (typeof na === typeof nb) return na === nb;
      const [big, n] = typeof na === 'bigint' ? [na, nb as number] : [nb as bigint, na as number];
      return Number.isInteger(n) && BigInt(n) === big;
    }
    return false;
  }

  format(): string {
    throw new Error('fake interp: format');
  }
  truthy(v: PyValue): boolean {
    return !(v === false || v === 0 || v === None || v === '');
  }
  len(v: PyValue): number {
    if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
    if (v instanceof PyAnySet) return v.used;
    if (v instanceof PyDict) return v.size;
    if (v instanceof PyDictView) return v.dict.size;
    if (typeof v === 'string') return [...v].length;
    throw typeError(`object of type '${typeOf(v).name}' has no len()`);
  }
  getAttr(obj: PyValue, name: string): PyValue {
    const f = typeOf(obj).lookup(name);
    if (f instanceof PyBuiltinFunction) return new BoundMethod(f, obj) as unknown as PyValue;
    throw raise(E.AttributeError, `'${typeOf(obj).name}' object has no attribute '${name}'`);
  }
  setAttr(): void {
    throw new Error('fake interp: setAttr');
  }
  callNested(callable: PyValue, args: PyValue[], kwargs: Kwargs | null = null): PyValue {
    if (callable instanceof BoundMethod) return callable.fn.fn(this, [callable.self, ...args], kwargs);
    if (callable instanceof PyBuiltinFunction) return callable.fn(this, args, kwargs);
    throw new Error('fake interp: callNested');
  }
  /** Iteration objects are not needed by these fixtures (they iterate natively): anything that
   * gets here is not iterable. */
  getIter(v: PyValue): PyValue {
    throw typeError(`'${typeOf(v).name}' object is not iterable`);
  }
  iterNext(it: PyValue): PyValue | undefined {
    throw new Error(`fake interp: iterNext(${String(it)})`);
  }
  nativeIter(v: PyValue): Iterator<PyValue> | null {
    let it: PySetIterator | PyDictIterator | null = null;
    if (v instanceof PyDictView) it = new PyDictIterator(v.dict, v.kind);
    else if (v instanceof PyDictIterator || v instanceof PySetIterator) it = v;
    if (it === null) return null;
    const src = it;
    return { next: () => { const x = src.nextValue(); return x === undefined ? { value: undefined, done: true } : { value: x, done: false }; } };
  }
}

/** Decodes the fixtures' JSON encoding of a Python value. */
export function decode(vm: Interp, j: unknown): PyValue {
  if (j === null) return None;
  if (typeof j === 'boolean' || typeof j === 'string') return j;
  if (typeof j === 'number') return j;
  const [k, x] = Object.entries(j as Record<string, unknown>)[0]!;
  switch (k) {
    case 'int':
      return BigInt(x as string);
    case 'float': {
      const s = x as string;
      return new PyFloat(s === 'inf' ? Infinity : s === '-inf' ? -Infinity : s === 'nan' ? NaN : Number(s));
    }
    case 'tuple':
      return newTuple((x as unknown[]).map((e) => decode(vm, e)));
    case 'list':
      return new PyList((x as unknown[]).map((e) => decode(vm, e)));
    case 'range': {
      const [a, b] = x as [number, number];
      const items: PyValue[] = [];
      for (let i = a; i < b; i++) items.push(i);
      return new PyList(items);
    }
    case 'set':
      return setFromValues(vm, (x as unknown[]).map((e) => decode(vm, e)));
    case 'frozenset':
      return newFrozenSet(vm, new PyList((x as unknown[]).map((e) => decode(vm, e))));
    case 'dict': {
      const d = new PyDict();
      for (const [a, b] of x as [unknown, unknown][]) dictSet(vm, d, decode(vm, a), decode(vm, b));
      return d;
    }
  }
  throw new Error('cannot decode ' + k);
}

/** `type(e).__name__: e` of a raised exception, as the generators print it. */
export function describeError(vm: Interp, e: unknown): string {
  if (e instanceof RaisedException) return '!' + e.exc.type.name + ': ' + vm.str(e.exc);
  throw e;
}

export { NotImplemented, PyObject };
