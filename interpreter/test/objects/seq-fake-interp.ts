// A stand-in for the VM in the list/tuple/range/slice/sort tests: the Interp protocols for the
// values the fixtures hold (ints, floats, strs, None, bools, lists, tuples, ranges, slices, and
// K objects whose comparisons are logged, as gen-sequences.py's class K logs them), with
// Python's rich-comparison protocol (reflection, NotImplemented, the TypeError) and a memory
// budget.
import { None, NotImplemented, PyObject, floatType, makeBuiltinType, typeOf, type PyValue } from '../../src/objects/object.ts';
import { PyFloat } from '../../src/objects/float.ts';
import { PyTuple, tupleRepr, tupleRichCompare, tupleIter, PyTupleIterator } from '../../src/objects/tuple.ts';
import { PyList, listRepr, listRichCompare, listIter, PyListIterator, PyListReverseIterator } from '../../src/objects/list.ts';
import { PyRange, rangeRepr, rangeRichCompare, rangeIter, PyRangeIterator, rangeHash, rangeLen } from '../../src/objects/range.ts';
import { PySlice, sliceRepr, sliceRichCompare, sliceHash } from '../../src/objects/slice.ts';
import { PyBuiltinFunction, type Kwargs } from '../../src/objects/function.ts';
import { floatRepr, intRepr, strRepr, boolRepr } from '../../src/objects/repr.ts';
import { PyBaseException } from '../../src/objects/exceptions.ts';
import * as E from '../../src/objects/exceptions.ts';
import { raise, typeError, memoryError } from '../../src/vm/raise.ts';
import type { Interp } from '../../src/vm/interp.ts';
import { CompareOp } from '../../src/vm/interp.ts';
import { hashValue } from '../../src/objects/hash.ts';
import { strLess } from '../../src/objects/sort.ts';

export const kType = makeBuiltinType('K', undefined, { module: '__main__' });
kType.flags |= 4; // a heap type, as a Python class is

/** gen-sequences.py's K: compares by v, logs every < and == between two K objects. */
export class PyK extends PyObject {
  constructor(
    readonly v: number,
    readonly tag: number,
  ) {
    super(kType);
  }
}

const OPS = ['<', '<=', '==', '!=', '>', '>='];

function numOf(v: PyValue): number | bigint | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'object' && v.type === floatType) return (v as PyFloat).value;
  return undefined;
}

export class SeqFakeInterp implements Interp {
  log: [string, number, number][] = [];
  charged = 0;
  constructor(public budget = 2e9) {}
  writeStdout(): void {}
  writeStderr(): void {}
  charge(n: number): void {
    if (this.charged + n > this.budget) throw memoryError();
    this.charged += n;
  }
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
    if (v.type === floatType) return floatRepr((v as PyFloat).value);
    if (v instanceof PyTuple) return tupleRepr(this, v);
    if (v instanceof PyList) return listRepr(this, v);
    if (v instanceof PyRange) return rangeRepr(v);
    if (v instanceof PySlice) return sliceRepr(this, v);
    if (v instanceof PyK) return `K(${v.v}#${v.tag})`;
    return `<${v.type.name} object>`;
  }

  str(v: PyValue): string {
    if (typeof v === 'string') return v;
    if (v instanceof PyBaseException) {
      const a = v.args;
      if (a.length === 0) return '';
      if (a.length === 1) return v.type === E.KeyError ? this.repr(a[0]!) : this.str(a[0]!);
      return this.repr(new PyTuple(a));
    }
    return this.repr(v);
  }

  hash(v: PyValue): bigint {
    if (v instanceof PyList || v instanceof PyK) throw typeError(`unhashable type: '${typeOf(v).name}'`);
    if (v instanceof PyRange) return rangeHash(this, v);
    if (v instanceof PySlice) return sliceHash(this, v);
    return hashValue(this, v);
  }

  eq(a: PyValue, b: PyValue): boolean {
    if (a === b) return true;
    return this.truthy(this.richCompare(a, b, CompareOp.EQ));
  }

  /** The type's own comparison (its tp_richcompare), or NotImplemented. */
  private slot(a: PyValue, b: PyValue, op: CompareOp): PyValue {
    if (a instanceof PyK) {
      if (!(b instanceof PyK)) return NotImplemented;
      if (op === CompareOp.LT) {
        this.log.push(['<', a.tag, b.tag]);
        return a.v < b.v;
      }
      if (op === CompareOp.EQ) {
        this.log.push(['==', a.tag, b.tag]);
        return a.v === b.v;
      }
      if (op === CompareOp.NE) {
        // object.__ne__ inverts __eq__
        this.log.push(['==', a.tag, b.tag]);
        return a.v !== b.v;
      }
      return NotImplemented;
    }
    if (a instanceof PyTuple) return tupleRichCompare(this, a, b, op);
    if (a instanceof PyList) return listRichCompare(this, a, b, op);
    if (a instanceof PyRange) return rangeRichCompare(a, b, op);
    if (a instanceof PySlice) return sliceRichCompare(this, a, b, op);
    if (typeof a === 'string') {
      if (typeof b !== 'string') return NotImplemented;
      switch (op) {
        case CompareOp.EQ:
          return a === b;
        case CompareOp.NE:
          return a !== b;
        case CompareOp.LT:
          return strLess(a, b);
        case CompareOp.LE:
          return !strLess(b, a);
        case CompareOp.GT:
          return strLess(b, a);
        default:
          return !strLess(a, b);
      }
    }
    const x = numOf(a);
    const y = numOf(b);
    if (x !== undefined) {
      if (y === undefined) return NotImplemented;
      switch (op) {
        case CompareOp.EQ:
          // eslint-disable-next-line eqeqeq
          return x == y;
        case CompareOp.NE:
          // eslint-disable-next-line eqeqeq
          return !(x == y);
        case CompareOp.LT:
          return x < y;
        case CompareOp.LE:
          return x <= y;
        case CompareOp.GT:
          return x > y;
        default:
          return x >= y;
      }
    }
    if (a === None && b === None && (op === CompareOp.EQ || op === CompareOp.NE)) return op === CompareOp.EQ;
    return NotImplemented;
  }

  richCompare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
    const swapped = [CompareOp.GT, CompareOp.GE, CompareOp.EQ, CompareOp.NE, CompareOp.LT, CompareOp.LE][op]!;
    // A subclass operand would go first; none here.
    let r = this.slot(a, b, op);
    if (r !== NotImplemented) return r;
    r = this.slot(b, a, swapped);
    if (r !== NotImplemented) return r;
    if (op === CompareOp.EQ) return a === b;
    if (op === CompareOp.NE) return a !== b;
    throw typeError(`'${OPS[op]}' not supported between instances of '${typeOf(a).name}' and '${typeOf(b).name}'`);
  }

  format(): string {
    throw new Error('fake interp: format');
  }
  truthy(v: PyValue): boolean {
    if (v === false || v === 0 || v === 0n || v === None || v === '') return false;
    if (typeof v === 'object') {
      if (v.type === floatType) return (v as PyFloat).value !== 0;
      if (v instanceof PyList || v instanceof PyTuple) return v.items.length !== 0;
      if (v instanceof PyRange) return v.length !== 0;
    }
    return true;
  }
  len(v: PyValue): number {
    if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
    if (v instanceof PyRange) return Number(rangeLen(v));
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
  getIter(v: PyValue): PyValue {
    if (v instanceof PyList) return listIter(v);
    if (v instanceof PyTuple) return tupleIter(v);
    if (v instanceof PyRange) return rangeIter(v);
    throw typeError(`'${typeOf(v).name}' object is not iterable`);
  }
  iterNext(it: PyValue): PyValue | undefined {
    if (it instanceof PyListIterator || it instanceof PyListReverseIterator || it instanceof PyTupleIterator || it instanceof PyRangeIterator) return it.nextValue();
    throw typeError(`'${typeOf(it).name}' object is not an iterator`);
  }
  nativeIter(v: PyValue): Iterator<PyValue> | null {
    if (typeof v === 'string') return v[Symbol.iterator]();
    if (!(v instanceof PyList || v instanceof PyTuple || v instanceof PyRange)) return null;
    const it = this.getIter(v) as PyListIterator;
    return { next: () => { const x = it.nextValue(); return x === undefined ? { value: undefined, done: true } : { value: x, done: false }; } };
  }
}

class BoundMethod extends PyObject {
  constructor(readonly fn: PyBuiltinFunction, readonly self: PyValue) {
    super(kType);
  }
}
