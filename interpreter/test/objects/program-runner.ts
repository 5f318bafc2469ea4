// Replays the fixture programs of gen_containers.py on the TypeScript objects, emulating the few
// VM pieces they need (method calls through the type dict, binary operator dispatch with
// reflection, comparisons with their fallbacks).
import { NotImplemented, None, typeOf, type PyValue } from '../../src/objects/object.ts';
import { PyBuiltinFunction, type Kwargs } from '../../src/objects/function.ts';
import { PyList } from '../../src/objects/list.ts';
import { PyClassMethod } from '../../src/objects/descriptors.ts';
import { raise, typeError } from '../../src/vm/raise.ts';
import * as E from '../../src/objects/exceptions.ts';
import { FakeInterp, decode, describeError } from './fake-interp.ts';
import { PyAnySet, frozensetHash, callSetType, callFrozenSetType, iterate } from '../../src/objects/set.ts';
import { PyDict, PyDictView, callDictType, dictSubscript, dictSet, dictDelItem, dictType, dictEntries } from '../../src/objects/dict.ts';

type Env = Map<string, PyValue>;

const vm = new FakeInterp();

function arg(env: Env, a: unknown): PyValue {
  if (a !== null && typeof a === 'object' && 'reg' in (a as object)) {
    const name = (a as { reg: string }).reg;
    const v = env.get(name);
    if (v === undefined) throw raise(E.KeyError, name);
    return v;
  }
  return decode(vm, a);
}

function callMethod(self: PyValue, name: string, args: PyValue[], kwargs: Kwargs | null): PyValue | typeof NotImplemented | undefined {
  const f = typeOf(self).lookup(name);
  if (!(f instanceof PyBuiltinFunction)) return undefined;
  return f.fn(vm, [self, ...args], kwargs);
}

const BINARY: Record<string, [string, string]> = { '|': ['__or__', '__ror__'], '&': ['__and__', '__rand__'], '-': ['__sub__', '__rsub__'], '^': ['__xor__', '__rxor__'] };
const COMPARE: Record<string, [string, string]> = {
  '==': ['__eq__', '__eq__'], '!=': ['__ne__', '__ne__'], '<': ['__lt__', '__gt__'], '<=': ['__le__', '__ge__'], '>': ['__gt__', '__lt__'], '>=': ['__ge__', '__le__'],
};

function binary(a: PyValue, b: PyValue, op: string): PyValue {
  const [name, rname] = BINARY[op]!;
  let r = callMethod(a, name, [b], null);
  if (r !== undefined && r !== NotImplemented) return r;
  if (typeOf(a) !== typeOf(b)) {
    r = callMethod(b, rname, [a], null);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  throw typeError(`unsupported operand type(s) for ${op}: '${typeOf(a).name}' and '${typeOf(b).name}'`);
}

function operate(a: PyValue, op: string, b: PyValue): PyValue {
  if (op in BINARY) return binary(a, b, op);
  if (op.endsWith('=') && op.length === 2 && op[0]! in BINARY) {
    const base = op[0]!;
    const r = callMethod(a, '__i' + BINARY[base]![0].slice(2), [b], null);
    if (r !== undefined && r !== NotImplemented) return r;
    try {
      return binary(a, b, base);
    } catch (e) {
      throw typeError(`unsupported operand type(s) for ${op}: '${typeOf(a).name}' and '${typeOf(b).name}'`);
    }
  }
  const [name, rname] = COMPARE[op]!;
  let r = callMethod(a, name, [b], null);
  if (r !== undefined && r !== NotImplemented) return r;
  r = callMethod(b, rname, [a], null);
  if (r !== undefined && r !== NotImplemented) return r;
  if (op === '==') return a === b;
  if (op === '!=') return a !== b;
  throw typeError(`'${op}' not supported between instances of '${typeOf(a).name}' and '${typeOf(b).name}'`);
}

function contains(container: PyValue, x: PyValue): boolean {
  const r = callMethod(container, '__contains__', [x], null);
  if (r !== undefined) return r === true;
  // dict_values: iteration with ==
  if (!(container instanceof PyDictView)) throw typeError(`argument of type '${typeOf(container).name}' is not a container or iterable`);
  const it = iterate(vm, container);
  for (let s = it.next(); !s.done; s = it.next()) if (s.value === x || vm.eq(s.value, x)) return true;
  return false;
}

function listOf(v: PyValue): PyList {
  const out: PyValue[] = [];
  const it = iterate(vm, v);
  for (let s = it.next(); !s.done; s = it.next()) out.push(s.value);
  return new PyList(out);
}

function hashOf(v: PyValue): PyValue {
  if (v instanceof PyAnySet && v.type.name === 'frozenset') {
    const h = frozensetHash(v);
    return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
  }
  const h = vm.hash(v);
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

function step(env: Env, s: unknown[]): PyValue {
  const kind = s[0] as string;
  const reg = s[1] as string;
  const self = (): PyValue => {
    const v = env.get(reg);
    if (v === undefined) throw raise(E.KeyError, reg);
    return v;
  };
  switch (kind) {
    case 'new': {
      const ctor = s[2] as string;
      const args = s[3] === null ? [] : [arg(env, s[3])];
      const v = ctor === 'set' ? callSetType(vm, args, null) : ctor === 'frozenset' ? callFrozenSetType(vm, args, null) : callDictType(vm, args, null);
      env.set(reg, v);
      return v;
    }
    case 'call': {
      const name = s[2] as string;
      self();
      const args = (s[3] as unknown[]).map((a) => arg(env, a));
      const kwEntries = Object.entries(s[4] as Record<string, unknown>);
      const kwargs = kwEntries.length === 0 ? null : { names: kwEntries.map((e) => e[0]), values: kwEntries.map((e) => arg(env, e[1])) };
      let res: PyValue | undefined;
      if (name === 'fromkeys') {
        if (!(self() instanceof PyDict)) throw raise(E.AttributeError, `type object '${typeOf(self()).name}' has no attribute 'fromkeys'`);
        // dict.fromkeys is a classmethod descriptor wrapping the native.
        const f = (dictType.lookup('fromkeys') as PyClassMethod).func as PyBuiltinFunction;
        res = f.fn(vm, [typeOf(self()), ...args], kwargs);
      } else {
        res = callMethod(self(), name, args, kwargs);
        if (res === undefined) throw raise(E.AttributeError, `'${typeOf(self()).name}' object has no attribute '${name}'`);
      }
      if (s[5]) env.set(s[5] as string, res);
      return res;
    }
    case 'op': {
      const res = operate(self(), s[2] as string, arg(env, s[3]));
      if (s[4]) env.set(s[4] as string, res);
      return res;
    }
    case 'in':
      return contains(self(), arg(env, s[2]));
    case 'len':
      return vm.len(self());
    case 'list':
      return listOf(self());
    case 'reversed': {
      const v = self();
      const it = v instanceof PyDict ? dictEntries(v, 'keys', true) : dictEntries((v as PyDictView).dict, (v as PyDictView).kind, true);
      const out: PyValue[] = [];
      for (let x = it.nextValue(); x !== undefined; x = it.nextValue()) out.push(x);
      return new PyList(out);
    }
    case 'getitem': {
      const d = self();
      if (!(d instanceof PyDict)) throw typeError(`'${typeOf(d).name}' object is not subscriptable`);
      return dictSubscript(vm, d, arg(env, s[2]));
    }
    case 'setitem': {
      const d = self();
      if (!(d instanceof PyDict)) throw typeError(`'${typeOf(d).name}' object does not support item assignment`);
      dictSet(vm, d, arg(env, s[2]), arg(env, s[3]));
      return None;
    }
    case 'delitem': {
      const d = self();
      if (!(d instanceof PyDict)) throw typeError(`'${typeOf(d).name}' object does not support item deletion`);
      dictDelItem(vm, d, arg(env, s[2]));
      return None;
    }
    case 'hash':
      return hashOf(self());
    case 'itermut': {
      const c = self();
      const out: PyValue[] = [];
      const it = iterate(vm, c);
      for (let r = it.next(); !r.done; r = it.next()) {
        out.push(r.value);
        if (out.length === 2) {
          const v = arg(env, s[3]);
          const action = s[2] as string;
          const m = (name: string, x: PyValue) => {
            if (callMethod(c, name, [x], null) === undefined) throw raise(E.AttributeError, `'${typeOf(c).name}' object has no attribute '${name}'`);
          };
          if (action === 'add') m('add', v);
          else if (action === 'set') dictSet(vm, c as PyDict, v, 0);
          else if (action === 'delset') {
            dictDelItem(vm, c as PyDict, r.value);
            dictSet(vm, c as PyDict, v, 0);
          } else if (action === 'discardadd') {
            m('discard', r.value);
            m('add', v);
          }
        }
      }
      return new PyList(out);
    }
  }
  throw new Error('unknown step ' + kind);
}

/** Runs a program; returns its output rows as the generator prints them. */
export function runProgram(prog: unknown[][]): [string, string][] {
  const env: Env = new Map();
  const out: [string, string][] = [];
  for (const s of prog) {
    let r: string;
    try {
      r = vm.repr(step(env, s));
    } catch (e) {
      r = describeError(vm, e);
    }
    const v = env.get(s[1] as string);
    out.push([r, v === undefined ? 'None' : vm.repr(v)]);
  }
  return out;
}
