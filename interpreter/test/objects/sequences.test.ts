// Replays the programs of fixtures/gen-sequences.py (recorded from CPython 3.14) on list.ts,
// tuple.ts, range.ts, slice.ts and sort.ts, step by step: the repr of each result (or the
// exception), the comparisons K objects logged, and the register afterwards.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { None, typeOf, type PyValue } from '../../src/objects/object.ts';
import { PyFloat } from '../../src/objects/float.ts';
import { PyBuiltinFunction, type Kwargs } from '../../src/objects/function.ts';
import { PyTuple, newTuple, tupleConcat, tupleRepeat, tupleGetItem, tupleContains, tupleIter, callTupleType } from '../../src/objects/tuple.ts';
import {
  PyList, listConcat, listRepeat, listInplaceConcat, listInplaceRepeat, listGetItem, listSetItem, listDelItem, listContains, listIter, listReversed,
  listSortWithKeys, callListType,
} from '../../src/objects/list.ts';
import { PyRange, newRange, rangeGetItem, rangeContains, rangeLen, rangeHash, rangeIter, rangeReversed, rangeAttr, callRangeType, rangeBool } from '../../src/objects/range.ts';
import { PySlice, sliceHash, sliceAttr, callSliceType } from '../../src/objects/slice.ts';
import { RaisedException, raise, typeError } from '../../src/vm/raise.ts';
import * as E from '../../src/objects/exceptions.ts';
import { CompareOp } from '../../src/vm/interp.ts';
import { hashValue } from '../../src/objects/hash.ts';
import { PyK, SeqFakeInterp } from './seq-fake-interp.ts';

type Env = Map<string, PyValue>;

function decode(vm: SeqFakeInterp, env: Env, j: unknown): PyValue {
  if (j === null) return None;
  if (typeof j === 'boolean' || typeof j === 'string' || typeof j === 'number') return j;
  const [k, x] = Object.entries(j as Record<string, unknown>)[0]!;
  const d = (e: unknown): PyValue => decode(vm, env, e);
  switch (k) {
    case 'int':
      return BigInt(x as string);
    case 'float': {
      const s = x as string;
      return new PyFloat(s === 'inf' ? Infinity : s === '-inf' ? -Infinity : s === 'nan' ? NaN : Number(s));
    }
    case 'tuple':
      return newTuple((x as unknown[]).map(d));
    case 'list':
      return new PyList((x as unknown[]).map(d));
    case 'slice': {
      const [a, b, c] = (x as unknown[]).map(d);
      return new PySlice(a!, b!, c!);
    }
    case 'rng': {
      const [a, b, c] = (x as unknown[]).map(d) as (number | bigint)[];
      return newRange(a!, b!, c!);
    }
    case 'K': {
      const [v, tag] = x as [number, number];
      return new PyK(v, tag);
    }
    case 'reg': {
      const v = env.get(x as string);
      if (v === undefined) throw raise(E.KeyError, x as string);
      return v;
    }
  }
  throw new Error('cannot decode ' + k);
}

const OPS: Record<string, CompareOp> = { '<': CompareOp.LT, '<=': CompareOp.LE, '==': CompareOp.EQ, '!=': CompareOp.NE, '>': CompareOp.GT, '>=': CompareOp.GE };

/** reversed(tuple): the generic `reversed` object (builtins, not under test here). */
class Reversed {
  constructor(
    readonly items: PyValue[],
    public index: number,
  ) {}
}

function runStep(vm: SeqFakeInterp, env: Env, s: unknown[]): PyValue {
  const kind = s[0] as string;
  const reg = s[1] as string;
  const self = (): PyValue => {
    const v = env.get(reg);
    if (v === undefined) throw raise(E.KeyError, reg);
    return v;
  };
  const arg = (j: unknown): PyValue => decode(vm, env, j);
  switch (kind) {
    case 'new': {
      const v = arg(s[2]);
      env.set(reg, v);
      return v;
    }
    case 'ctor': {
      const args = (s[3] as unknown[]).map(arg);
      const name = s[2] as string;
      const v =
        name === 'list' ? callListType(vm, args, null) : name === 'tuple' ? callTupleType(vm, args, null) : name === 'range' ? callRangeType(vm, args, null) : callSliceType(vm, args, null);
      env.set(reg, v);
      return v;
    }
    case 'call': {
      const obj = self();
      const name = s[2] as string;
      const args = (s[3] as unknown[]).map(arg);
      const kw = Object.entries(s[4] as Record<string, unknown>);
      const kwargs: Kwargs | null = kw.length === 0 ? null : { names: kw.map((e) => e[0]), values: kw.map((e) => arg(e[1])) };
      const f = typeOf(obj).lookup(name);
      if (!(f instanceof PyBuiltinFunction)) throw raise(E.AttributeError, `'${typeOf(obj).name}' object has no attribute '${name}'`);
      const r = f.fn(vm, [obj, ...args], kwargs);
      if (s[5]) env.set(s[5] as string, r);
      return r;
    }
    case 'op': {
      const a = self();
      const b = arg(s[3]);
      const op = s[2] as string;
      let r: PyValue;
      const unsupported = (sym: string, x: PyValue, y: PyValue): never => {
        throw typeError(`unsupported operand type(s) for ${sym}: '${typeOf(x).name}' and '${typeOf(y).name}'`);
      };
      if (op === '+' || op === '+=') {
        if (a instanceof PyList) r = op === '+' ? listConcat(vm, a, b) : listInplaceConcat(vm, a, b);
        else if (a instanceof PyTuple) r = tupleConcat(vm, a, b);
        else r = unsupported(op, a, b);
        if (op === '+=') env.set(reg, r);
      } else if (op === '*' || op === '*=' || op === 'r*') {
        if (op === 'r*' && typeof b === 'string') throw typeError(`can't multiply sequence by non-int of type '${typeOf(a).name}'`);
        if (a instanceof PyList) r = op === '*=' ? listInplaceRepeat(vm, a, b) : listRepeat(vm, a, b);
        else if (a instanceof PyTuple) r = tupleRepeat(vm, a, b);
        else r = unsupported(op === 'r*' ? '*' : op, a, b);
        if (op === '*=') env.set(reg, r);
      } else if (op === 'in') {
        if (a instanceof PyList) r = listContains(vm, a, b);
        else if (a instanceof PyTuple) r = tupleContains(vm, a, b);
        else if (a instanceof PyRange) r = rangeContains(vm, a, b);
        else throw typeError(`argument of type '${typeOf(a).name}' is not a container or iterable`);
      } else r = vm.richCompare(a, b, OPS[op]!);
      if (s[4]) env.set(s[4] as string, r);
      return r;
    }
    case 'get': {
      const a = self();
      const k = arg(s[2]);
      if (a instanceof PyList) return listGetItem(vm, a, k);
      if (a instanceof PyTuple) return tupleGetItem(vm, a, k);
      if (a instanceof PyRange) return rangeGetItem(vm, a, k);
      throw typeError(`'${typeOf(a).name}' object is not subscriptable`);
    }
    case 'set': {
      const a = self();
      if (!(a instanceof PyList)) throw typeError(`'${typeOf(a).name}' object does not support item assignment`);
      listSetItem(vm, a, arg(s[2]), arg(s[3]));
      return None;
    }
    case 'del': {
      const a = self();
      if (!(a instanceof PyList)) throw typeError(`'${typeOf(a).name}' object doesn't support item deletion`);
      listDelItem(vm, a, arg(s[2]));
      return None;
    }
    case 'len': {
      const a = self();
      if (a instanceof PyRange) return rangeLen(a);
      return vm.len(a);
    }
    case 'hash': {
      const a = self();
      if (vm.repr(a).includes('nan')) return 'NANHASH';
      const h = a instanceof PyRange ? rangeHash(vm, a) : a instanceof PySlice ? sliceHash(vm, a) : a instanceof PyTuple ? hashValue(vm, a) : vm.hash(a);
      return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
    }
    case 'bool': {
      const a = self();
      return a instanceof PyRange ? rangeBool(a) : vm.truthy(a);
    }
    case 'attr': {
      const a = self();
      const name = s[2] as string;
      const v = a instanceof PyRange ? rangeAttr(a, name) : a instanceof PySlice ? sliceAttr(a, name) : undefined;
      if (v === undefined) throw raise(E.AttributeError, `'${typeOf(a).name}' object has no attribute '${name}'`);
      return v;
    }
    case 'iter': {
      const a = self();
      const n = s[3] as number;
      const out: PyValue[] = [];
      if (a instanceof PyTuple && s[2] === 'reversed') {
        const it = new Reversed(a.items, a.items.length - 1);
        out.push('reversed');
        for (let i = 0; i < n; i++) {
          const h = it.index + 1;
          if (it.index >= 0) out.push(new PyList([it.items[it.index--]!, h]));
          else out.push(new PyList(['STOP', 0]));
        }
        return new PyList(out);
      }
      let it;
      if (s[2] === 'iter') it = a instanceof PyList ? listIter(a) : a instanceof PyTuple ? tupleIter(a) : rangeIter(a as PyRange);
      else it = a instanceof PyList ? listReversed(a) : rangeReversed(a as PyRange);
      out.push(it.type.name);
      for (let i = 0; i < n; i++) {
        const h = it.lengthHint();
        const v = it.nextValue();
        out.push(new PyList([v === undefined ? 'STOP' : v, h]));
      }
      return new PyList(out);
    }
    case 'sort': {
      const a = self() as PyList;
      const keys = s[2] === null ? null : (s[2] as unknown[]).map(arg);
      listSortWithKeys(vm, a, keys, s[3] as boolean);
      return None;
    }
  }
  throw new Error('unknown step ' + kind);
}

function runProgram(prog: unknown[][]): [string, string][] {
  const vm = new SeqFakeInterp(1 << 30);
  const env: Env = new Map();
  const out: [string, string][] = [];
  for (const s of prog) {
    vm.log = [];
    let r: string;
    try {
      r = vm.repr(runStep(vm, env, s));
    } catch (e) {
      if (!(e instanceof RaisedException)) throw e;
      r = '!' + e.exc.type.name + ': ' + vm.str(e.exc);
    }
    if (vm.log.length > 0) r += ' LOG[' + vm.log.map(([o, a, b]) => `['${o}', ${a}, ${b}]`).join(', ') + ']';
    const v = env.get(s[1] as string);
    out.push([r, v === undefined ? 'None' : vm.repr(v)]);
  }
  return out;
}

interface Case {
  prog: unknown[][];
  out: [string, string][];
}

for (const name of ['lists', 'tuples', 'ranges', 'slices', 'sorts']) {
  const fixture = JSON.parse(readFileSync(new URL(`./fixtures/seq-${name}.json`, import.meta.url), 'utf8')) as { cases: Case[] };
  describe(`${name}: programs recorded from CPython 3.14 (fixtures/seq-${name}.json)`, () => {
    it('every step of every program matches', () => {
      const failures: string[] = [];
      let steps = 0;
      fixture.cases.forEach((c, n) => {
        let got: [string, string][];
        try {
          got = runProgram(c.prog);
        } catch (e) {
          failures.push(`case ${n}: JS error ${(e as Error).stack?.slice(0, 400)}`);
          return;
        }
        for (let i = 0; i < c.out.length; i++) {
          steps++;
          const [wr, wv] = c.out[i]!;
          const [gr, gv] = got[i]!;
          if (gr !== wr || gv !== wv) {
            failures.push(`case ${n} step ${i} ${JSON.stringify(c.prog[i]).slice(0, 300)}\n  got  ${gr.slice(0, 400)} | ${gv.slice(0, 300)}\n  want ${wr.slice(0, 400)} | ${wv.slice(0, 300)}`);
            break;
          }
        }
      });
      expect(steps).toBeGreaterThan(1000);
      expect(failures.length + ' failing programs\n' + failures.slice(0, 10).join('\n')).toBe('0 failing programs\n');
    });
  });
}
