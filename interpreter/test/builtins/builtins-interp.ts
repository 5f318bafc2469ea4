// The fake interpreter of the builtin tests: the object tests' FakeInterp plus ordering
// comparisons, format(), iteration of the builtin containers, and a decoder for the fixture's
// references to builtin functions, methods and types.
import { FakeInterp, decode as decodeValue } from '../objects/fake-interp.ts';
import { typeOf, PyObject, type PyValue } from '../../src/objects/object.ts';
import { PyFloat } from '../../src/objects/float.ts';
import { PyComplex, newComplex } from '../../src/objects/complex.ts';
import { PyBytes, bytesFrom } from '../../src/objects/bytes.ts';
import { PyTuple, newTuple } from '../../src/objects/tuple.ts';
import { PyList } from '../../src/objects/list.ts';
import { PyDict, dictEntries } from '../../src/objects/dict.ts';
import { PyAnySet, setIter } from '../../src/objects/set.ts';
import { PyBuiltinFunction } from '../../src/objects/function.ts';
import { complexRepr, bytesRepr } from '../../src/objects/repr.ts';
import { formatNumber } from '../../src/objects/format-spec.ts';
import { strFormatSpec } from '../../src/objects/str-format.ts';
import { chars } from '../../src/objects/str.ts';
import { CompareOp } from '../../src/vm/interp.ts';
import { typeError, raise } from '../../src/vm/raise.ts';
import * as E from '../../src/objects/exceptions.ts';
import { hashComplex, hashBytes } from '../../src/objects/hash.ts';
import { nativeCompare, unsupportedComparison, UNSUPPORTED } from '../../src/vm/operators.ts';
import { builtinValues } from '../../src/builtins/index.ts';
import { BuiltinIterator } from '../../src/builtins/iteration.ts';
import * as O from '../../src/objects/object.ts';
import { listType } from '../../src/objects/list.ts';
import { tupleType } from '../../src/objects/tuple.ts';
import { dictType } from '../../src/objects/dict.ts';
import { setType, frozensetType } from '../../src/objects/set.ts';

const TYPES: Record<string, O.PyType> = {
  int: O.intType, bool: O.boolType, str: O.strType, float: O.floatType, object: O.objectType, type: O.typeType,
  list: listType, tuple: tupleType, dict: dictType, set: setType, frozenset: frozensetType,
};

class SeqIt extends PyObject {
  i = 0;
  constructor(readonly items: PyValue[]) {
    super(O.objectType);
  }
}

export class BuiltinsInterp extends FakeInterp {
  out = '';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override writeStdout(text?: any): void {
    this.out += text;
  }
  override repr(v: PyValue): string {
    if (v instanceof PyComplex) return complexRepr(v.re, v.im);
    if (v instanceof PyBytes) return bytesRepr(v.data);
    if (v instanceof O.PyType) return `<class '${v.name}'>`;
    return super.repr(v);
  }
  override richCompare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
    const r = nativeCompare(op, a, b);
    if (r !== UNSUPPORTED) return r;
    if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
      const x = a.items, y = b.items;
      let i = 0;
      while (i < x.length && i < y.length && this.eq(x[i]!, y[i]!)) i++;
      if (i < x.length && i < y.length) {
        if (op === CompareOp.EQ) return false;
        if (op === CompareOp.NE) return true;
        return this.richCompare(x[i]!, y[i]!, op);
      }
      return nativeCompare(op, x.length, y.length) as PyValue;
    }
    if (op === CompareOp.EQ || op === CompareOp.NE) return super.richCompare(a, b, CompareOp.EQ) === (op === CompareOp.EQ);
    return unsupportedComparison(op, a, b);
  }
  // @ts-expect-error the base class declares format() without parameters
  override format(v: PyValue, spec: string): string {
    if (typeof v === 'string') return spec === '' ? v : strFormatSpec(this, v, spec);
    const n = formatNumber(v, spec);
    if (n !== null) return n;
    if (spec === '') return this.str(v);
    throw typeError(`unsupported format string passed to ${typeOf(v).name}.__format__`);
  }
  override truthy(v: PyValue): boolean {
    if (v instanceof PyFloat) return v.value !== 0;
    if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
    if (v instanceof PyDict) return v.size > 0;
    if (v instanceof PyAnySet) return v.used > 0;
    return super.truthy(v);
  }
  override len(v: PyValue): number {
    if (v instanceof PyBytes) return v.data.length;
    return super.len(v);
  }
  private items(v: PyValue): PyValue[] | null {
    if (v instanceof PyList || v instanceof PyTuple) return v.items;
    if (typeof v === 'string') return chars(v);
    if (v instanceof PyBytes) return Array.from(v.data);
    return null;
  }
  override nativeIter(v: PyValue): Iterator<PyValue> | null {
    const items = this.items(v);
    if (items !== null) return items[Symbol.iterator]();
    if (v instanceof PyDict) return super.nativeIter(dictEntries(v, 'keys'));
    if (v instanceof PyAnySet) return super.nativeIter(setIter(v));
    return super.nativeIter(v);
  }
  override getIter(v: PyValue): PyValue {
    const items = this.items(v);
    if (items !== null) return new SeqIt(items);
    if (v instanceof PyDict) return dictEntries(v, 'keys');
    if (v instanceof PyAnySet) return setIter(v);
    if (v instanceof SeqIt || v instanceof BuiltinIterator || this.nativeIterOf(v)) return v;
    throw typeError(`'${typeOf(v).name}' object is not iterable`);
  }
  private nativeIterOf(v: PyValue): boolean {
    return v instanceof PyObject && typeof (v as { nextValue?: unknown }).nextValue === 'function';
  }
  override iterNext(it: PyValue): PyValue | undefined {
    if (it instanceof SeqIt) return it.i < it.items.length ? it.items[it.i++] : undefined;
    if (it instanceof BuiltinIterator) return it.nextValue(this);
    if (this.nativeIterOf(it)) return (it as unknown as { nextValue(): PyValue | undefined }).nextValue();
    throw typeError(`'${typeOf(it).name}' object is not an iterator`);
  }
  // @ts-expect-error the base class declares setAttr() without parameters
  override setAttr(obj: PyValue, name: string): void {
    throw raise(E.AttributeError, `'${typeOf(obj).name}' object has no attribute '${name}' and no __dict__ for setting new attributes`);
  }
  override hash(v: PyValue): bigint {
    if (v instanceof PyList || v instanceof PyDict || (v instanceof PyAnySet && v.type === setType)) throw typeError(`unhashable type: '${typeOf(v).name}'`);
    if (v instanceof PyComplex) return hashComplex(v.re, v.im, v);
    if (v instanceof PyBytes) return hashBytes(v.data);
    return super.hash(v);
  }
  override callNested(callable: PyValue, args: PyValue[], kwargs = null): PyValue {
    if (callable instanceof PyBuiltinFunction || (typeof callable === 'object' && !(callable instanceof PyObject))) return super.callNested(callable, args, kwargs);
    if (callable === O.boolType) return this.truthy(args[0]!);
    throw typeError(`'${typeOf(callable).name}' object is not callable`);
  }
}

/** Decodes a fixture value, with {"builtin": name}, {"method": "str.lower"}, {"type": name},
 * {"complex": [re, im]} and {"bytes": hex}. */
export function decode(vm: BuiltinsInterp, j: unknown): PyValue {
  if (j !== null && typeof j === 'object' && !Array.isArray(j)) {
    const [k, x] = Object.entries(j as Record<string, unknown>)[0]!;
    switch (k) {
      case 'builtin':
        return builtinValues().get(x as string)!;
      case 'method': {
        const [t, m] = (x as string).split('.');
        return TYPES[t!]!.dict.get(m!)!;
      }
      case 'type':
        return TYPES[x as string]!;
      case 'complex': {
        const [re, im] = x as [string, string];
        return newComplex(Number(re), Number(im));
      }
      case 'bytes':
        return bytesFrom(Uint8Array.from(Buffer.from(x as string, 'hex')));
      case 'tuple':
        return newTuple((x as unknown[]).map((e) => decode(vm, e)));
      case 'list':
        return new PyList((x as unknown[]).map((e) => decode(vm, e)));
    }
  }
  return decodeValue(vm, j);
}
