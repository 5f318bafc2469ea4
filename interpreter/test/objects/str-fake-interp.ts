// A stand-in for the VM in the str/bytes tests: the Interp protocols for the values the fixtures
// hold (str, int, float, bool, None, bytes, tuple, list, dict, SimpleNamespace), a memory budget,
// and a small format() for ints and floats (the real one lives in format-spec.ts, not under test
// here), plus the decoder and encoder of the fixtures' JSON value encoding.
import { None, NotImplemented, PyObject, makeBuiltinType, typeOf, type PyValue } from '../../src/objects/object.ts';
import { PyFloat } from '../../src/objects/float.ts';
import { PyTuple, newTuple } from '../../src/objects/tuple.ts';
import { PyList, listType } from '../../src/objects/list.ts';
import { PyBuiltinFunction, methodDescriptorType, type Kwargs } from '../../src/objects/function.ts';
import { boolRepr, bytesRepr, floatRepr, intRepr, strRepr } from '../../src/objects/repr.ts';
import { PyBaseException } from '../../src/objects/exceptions.ts';
import * as E from '../../src/objects/exceptions.ts';
import { RaisedException, indexError, memoryError, raise, typeError } from '../../src/vm/raise.ts';
import type { Interp } from '../../src/vm/interp.ts';
import { CompareOp } from '../../src/vm/interp.ts';
import { hashValue } from '../../src/objects/hash.ts';
import { PyDict, dictFromPairs, dictKeys, dictValues } from '../../src/objects/dict.ts';
import { PyBytes, bytesFrom } from '../../src/objects/bytes.ts';
import { strFormatSpec } from '../../src/objects/str-format.ts';
import { unicodeErrorStr } from '../../src/objects/exception-methods.ts';
import { chars } from '../../src/objects/str.ts';
import { typeName } from '../../src/objects/str-args.ts';

export const namespaceType = makeBuiltinType('SimpleNamespace', undefined, { module: 'types' });
export class PyNamespace extends PyObject {
  constructor(readonly attrs: Map<string, PyValue>) {
    super(namespaceType);
  }
}

// list.__getitem__ for format's {0[1]} and %'s mapping check, when list.ts has not defined it.
if (!listType.dict.has('__getitem__')) {
  listType.dict.set(
    '__getitem__',
    new PyBuiltinFunction(methodDescriptorType, '__getitem__', 'list.__getitem__', 'test.list.__getitem__', (_vm, args) => {
      const l = args[0] as PyList;
      const k = args[1]!;
      if (typeof k !== 'number') throw typeError(`list indices must be integers or slices, not ${typeOf(k).name}`);
      const i = k < 0 ? k + l.items.length : k;
      if (i < 0 || i >= l.items.length) throw indexError('list index out of range');
      return l.items[i]!;
    }),
  );
}

class BoundMethod {
  constructor(readonly fn: PyBuiltinFunction, readonly self: PyValue) {}
}

export class StrFakeInterp implements Interp {
  charged = 0;
  constructor(public budget = 1e9) {}
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
    if (v instanceof PyFloat) return floatRepr(v.value);
    if (v instanceof PyBytes) return bytesRepr(v.data);
    if (v instanceof PyTuple) return v.items.length === 1 ? '(' + this.repr(v.items[0]!) + ',)' : '(' + v.items.map((x) => this.repr(x)).join(', ') + ')';
    if (v instanceof PyList) return '[' + v.items.map((x) => this.repr(x)).join(', ') + ']';
    if (v instanceof PyDict) {
      const k = dictKeys(v);
      const vals = dictValues(v);
      return '{' + k.map((x, i) => this.repr(x) + ': ' + this.repr(vals[i]!)).join(', ') + '}';
    }
    if (v instanceof PyNamespace) return 'namespace(' + [...v.attrs].map(([k, x]) => `${k}=${this.repr(x)}`).join(', ') + ')';
    return `<${v.type.name} object>`;
  }

  str(v: PyValue): string {
    if (typeof v === 'string') return v;
    if (v instanceof PyBaseException) {
      const kind = v.type.isSubtypeOf(E.UnicodeEncodeError) ? 'encode' : v.type.isSubtypeOf(E.UnicodeDecodeError) ? 'decode' : null;
      if (kind !== null) return unicodeErrorStr(this, v, kind);
      const a = v.args;
      if (a.length === 0) return '';
      if (a.length === 1) return v.type === E.KeyError ? this.repr(a[0]!) : this.str(a[0]!);
      return this.repr(newTuple(a));
    }
    return this.repr(v);
  }

  hash(v: PyValue): bigint {
    return hashValue(this, v);
  }
  eq(a: PyValue, b: PyValue): boolean {
    if (a === b) return true;
    if (a instanceof PyBytes && b instanceof PyBytes) {
      const bd = b.data;
      return a.data.length === bd.length && a.data.every((x, i) => x === bd[i]);
    }
    if (typeof a === 'boolean') a = a ? 1 : 0;
    if (typeof b === 'boolean') b = b ? 1 : 0;
    return a === b;
  }
  richCompare(a: PyValue, b: PyValue, op: CompareOp): PyValue {
    if (op === CompareOp.EQ) return this.eq(a, b);
    return NotImplemented;
  }

  /** format() for str, int and float, enough for the fixtures' specs. */
  format(v: PyValue, spec: string): string {
    if (typeof v === 'string') return strFormatSpec(this, v, spec);
    if (spec === '') return this.str(v);
    if (!(typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat)) {
      throw typeError(`unsupported format string passed to ${typeName(v)}.__format__`);
    }
    const m = /^(?:(.)?([<>^=]))?([+ -])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([a-zA-Z%])?$/u.exec(spec);
    if (m === null) throw new Error(`fake format: spec ${spec}`);
    const [, fillC, alignC, signC, alt, zero, widthS, group, precS, typeC] = m;
    let fill = fillC ?? ' ';
    let align = alignC ?? '>';
    if (zero && !alignC) {
      fill = '0';
      align = '=';
    }
    let body: string;
    let neg = false;
    if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') {
      const n = typeof v === 'boolean' ? (v ? 1 : 0) : v;
      neg = n < 0;
      const mag = neg ? -n : n;
      const t = typeC ?? 'd';
      body = t === 'x' ? mag.toString(16) : t === 'X' ? mag.toString(16).toUpperCase() : t === 'o' ? mag.toString(8) : t === 'b' ? mag.toString(2) : mag.toString();
      if (alt && t !== 'd') body = '0' + t + body;
      if (group) body = body.replace(/\B(?=(\d{3})+(?!\d))/g, group);
    } else if (v instanceof PyFloat) {
      const x = v.value;
      neg = x < 0 || Object.is(x, -0);
      const mag = Math.abs(x);
      const prec = precS === undefined ? 6 : Number(precS);
      const t = typeC ?? 'g';
      if (!Number.isFinite(mag)) body = mag !== mag ? 'nan' : 'inf';
      else if (t === 'f' || t === 'F') body = fixedExact(mag, prec, alt !== undefined);
      else if (t === 'e' || t === 'E') body = expExact(mag, prec, alt !== undefined);
      else throw new Error(`fake format: float ${spec}`);
      if (t === 'E' || t === 'F') body = body.toUpperCase();
    } else throw new Error(`fake format: ${this.repr(v)} ${spec}`);
    const sign = neg ? '-' : signC === '+' ? '+' : signC === ' ' ? ' ' : '';
    const width = widthS === undefined ? 0 : Number(widthS);
    const len = sign.length + body.length;
    if (len >= width) return sign + body;
    const padN = width - len;
    if (align === '=') return sign + fill.repeat(padN) + body;
    if (align === '<') return sign + body + fill.repeat(padN);
    if (align === '^') return fill.repeat(padN >> 1) + sign + body + fill.repeat(padN - (padN >> 1));
    return fill.repeat(padN) + sign + body;
  }

  truthy(v: PyValue): boolean {
    if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
    if (v instanceof PyDict) return v.size > 0;
    return !(v === false || v === 0 || v === 0n || v === None || v === '');
  }
  len(v: PyValue): number {
    if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
    if (typeof v === 'string') return chars(v).length;
    throw typeError(`object of type '${typeOf(v).name}' has no len()`);
  }
  getAttr(obj: PyValue, name: string): PyValue {
    if (obj instanceof PyNamespace) {
      const a = obj.attrs.get(name);
      if (a !== undefined) return a;
      throw raise(E.AttributeError, `'types.SimpleNamespace' object has no attribute '${name}'`);
    }
    if ((typeof obj === 'number' || typeof obj === 'bigint') && (name === 'real' || name === 'numerator')) return obj;
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
  /** Iteration objects are not needed by these fixtures: iterate natively. */
  getIter(v: PyValue): PyValue {
    throw new Error(`fake interp: getIter(${String(v)})`);
  }
  iterNext(it: PyValue): PyValue | undefined {
    throw new Error(`fake interp: iterNext(${String(it)})`);
  }
  nativeIter(v: PyValue): Iterator<PyValue> | null {
    if (v instanceof PyList || v instanceof PyTuple) return v.items[Symbol.iterator]();
    if (typeof v === 'string') return chars(v)[Symbol.iterator]();
    if (v instanceof PyBytes) return Array.from(v.data, (x) => x as PyValue)[Symbol.iterator]();
    if (v instanceof PyDict) return dictKeys(v)[Symbol.iterator]();
    return null;
  }
}

/** The exact decimal value of a finite non-negative double: digits and the position of the
 * decimal point (value = 0.digits * 10**point). */
function exactDecimal(x: number): [string, number] {
  if (x === 0) return ['0', 1];
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const bits = buf.getBigUint64(0);
  const expBits = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let e: number;
  if (expBits === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = expBits - 1075;
  }
  if (e >= 0) {
    const d = (mant << BigInt(e)).toString();
    return [d, d.length];
  }
  const d = (mant * 5n ** BigInt(-e)).toString();
  return [d, d.length + e];
}

/** Rounds `digits` (with the point after `point` digits) to `keep` digits after the point, half
 * to even. Returns the integer of the scaled value as a decimal string. */
function roundAt(digits: string, point: number, keep: number): string {
  const cut = point + keep;
  if (cut < 0) return '0';
  const head = digits.slice(0, cut).padEnd(cut, '0') || '0';
  const rest = digits.slice(cut);
  let n = BigInt(head);
  if (rest.length > 0) {
    const first = rest.charCodeAt(0) - 48;
    const tail = /[1-9]/.test(rest.slice(1));
    if (first > 5 || (first === 5 && (tail || n % 2n === 1n))) n += 1n;
  }
  return n.toString();
}

function fixedExact(x: number, prec: number, alt: boolean): string {
  const [d, p] = exactDecimal(x);
  const n = roundAt(d, p, prec).padStart(prec + 1, '0');
  const intPart = n.slice(0, n.length - prec);
  return prec > 0 ? intPart + '.' + n.slice(n.length - prec) : intPart + (alt ? '.' : '');
}

function expExact(x: number, prec: number, alt: boolean): string {
  if (x === 0) return '0' + (prec > 0 ? '.' + '0'.repeat(prec) : alt ? '.' : '') + 'e+00';
  const [d, p] = exactDecimal(x);
  let n = roundAt(d, 1, prec); // scaled by 10**prec relative to d[0].d[1..]
  let exp = p - 1;
  if (n.length > prec + 1) {
    n = n.slice(0, prec + 1);
    exp++;
  }
  const mant = prec > 0 ? n[0] + '.' + n.slice(1) : n + (alt ? '.' : '');
  return mant + 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
}

/** Decodes the fixtures' JSON encoding of a Python value. */
export function decodeValue(vm: Interp, j: unknown): PyValue {
  if (j === null) return None;
  if (typeof j === 'boolean' || typeof j === 'string' || typeof j === 'number') return j;
  const [k, x] = Object.entries(j as Record<string, unknown>)[0]!;
  switch (k) {
    case 'int':
      return BigInt(x as string);
    case 'float': {
      const s = x as string;
      return new PyFloat(s === 'inf' ? Infinity : s === '-inf' ? -Infinity : s === 'nan' ? NaN : Number(s));
    }
    case 'bytes':
      return bytesFrom(Uint8Array.from(Buffer.from(x as string, 'hex')));
    case 'tuple':
      return newTuple((x as unknown[]).map((e) => decodeValue(vm, e)));
    case 'list':
      return new PyList((x as unknown[]).map((e) => decodeValue(vm, e)));
    case 'dict':
      return dictFromPairs(vm, (x as [unknown, unknown][]).map(([a, b]) => [decodeValue(vm, a), decodeValue(vm, b)] as const));
    case 'ns':
      return new PyNamespace(new Map(Object.entries(x as Record<string, unknown>).map(([n, e]) => [n, decodeValue(vm, e)])));
  }
  throw new Error('cannot decode ' + k);
}

/** The JSON encoding of a result, as the generator writes it. */
export function encodeValue(v: PyValue): unknown {
  if (v === None) return null;
  if (typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return { int: v.toString() };
  if (v instanceof PyFloat) return { float: floatRepr(v.value) };
  if (v instanceof PyBytes) return { bytes: Buffer.from(v.data).toString('hex') };
  if (v instanceof PyTuple) return { tuple: v.items.map(encodeValue) };
  if (v instanceof PyList) return { list: v.items.map(encodeValue) };
  if (v instanceof PyDict) {
    const k = dictKeys(v);
    const vals = dictValues(v);
    return { dict: k.map((x, i) => [encodeValue(x), encodeValue(vals[i]!)]) };
  }
  if (v === NotImplemented) return { notimplemented: true };
  throw new Error('cannot encode ' + typeOf(v).name);
}

/** `type(e).__name__: e`. */
export function describeError(vm: Interp, e: unknown): string {
  if (e instanceof RaisedException) return e.exc.type.name + ': ' + vm.str(e.exc);
  throw e;
}
