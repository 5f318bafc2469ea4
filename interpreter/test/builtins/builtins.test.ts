import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BuiltinsInterp, decode } from './builtins-interp.ts';
import { builtinValues, installBuiltins } from '../../src/builtins/index.ts';
import { BuiltinIterator } from '../../src/builtins/iteration.ts';
import { PyBuiltinFunction } from '../../src/objects/function.ts';
import { PyType, type PyValue } from '../../src/objects/object.ts';
import { PyList } from '../../src/objects/list.ts';
import { RaisedException } from '../../src/vm/raise.ts';

interface Case {
  fn: string;
  args: unknown[];
  kwargs: Record<string, unknown>;
  want: string;
}
const fixture = JSON.parse(readFileSync(new URL('./fixtures/builtins.json', import.meta.url), 'utf8')) as { cases: Case[] };

function call(vm: BuiltinsInterp, c: Case): string {
  const f = builtinValues().get(c.fn);
  if (f === undefined) throw new Error(`no builtin ${c.fn}`);
  const args = c.args.map((a) => decode(vm, a));
  const names = Object.keys(c.kwargs);
  const kwargs = names.length === 0 ? null : { names, values: names.map((n) => decode(vm, c.kwargs[n])) };
  try {
    let r: PyValue;
    if (f instanceof PyBuiltinFunction) r = f.fn(vm, args, kwargs);
    else r = (f as PyType).dict.get('__new__') instanceof PyBuiltinFunction ? ((f as PyType).dict.get('__new__') as PyBuiltinFunction).fn(vm, [f, ...args], kwargs) : (() => { throw new Error('no __new__'); })();
    if (c.fn === 'print') return '=' + vm.out;
    if (r instanceof BuiltinIterator || (['iter', 'reversed'].includes(c.fn) && typeof r === 'object')) {
      const items: PyValue[] = [];
      for (let x = vm.iterNext(r); x !== undefined; x = vm.iterNext(r)) items.push(x);
      r = new PyList(items);
    }
    return vm.repr(r);
  } catch (e) {
    if (e instanceof RaisedException) return '!' + e.exc.type.name + ': ' + vm.str(e.exc);
    throw e;
  }
}

describe('builtin functions against CPython 3.14 (fixtures/builtins.json)', () => {
  it('every recorded call matches', () => {
    const failures: string[] = [];
    for (const c of fixture.cases) {
      const vm = new BuiltinsInterp();
      let got: string;
      try {
        got = call(vm, c);
      } catch (e) {
        got = 'JS error: ' + String(e);
      }
      if (got !== c.want) failures.push(`${c.fn}(${JSON.stringify(c.args).slice(0, 120)}, ${JSON.stringify(c.kwargs)})\n  got  ${got.slice(0, 200)}\n  want ${c.want.slice(0, 200)}`);
    }
    expect(fixture.cases.length).toBeGreaterThan(800);
    expect(failures.length + ' failures\n' + failures.slice(0, 40).join('\n')).toBe('0 failures\n');
  });
});

describe('installBuiltins', () => {
  it('defines every builtin function of issue 4 once', () => {
    const names: string[] = [];
    installBuiltins((n) => names.push(n));
    for (const n of ['abs', 'all', 'any', 'ascii', 'bin', 'callable', 'chr', 'delattr', 'divmod', 'enumerate', 'filter', 'format', 'getattr', 'hasattr', 'hash', 'hex', 'id', 'isinstance', 'issubclass', 'iter', 'len', 'map', 'max', 'min', 'next', 'oct', 'ord', 'pow', 'print', 'repr', 'reversed', 'round', 'setattr', 'sorted', 'sum', 'zip']) {
      expect(names).toContain(n);
    }
    expect(new Set(names).size).toBe(names.length);
  });
  it('id is stable and agrees with identity', () => {
    const vm = new BuiltinsInterp();
    const id = builtinValues().get('id') as PyBuiltinFunction;
    const l = new PyList([]);
    expect(id.fn(vm, [l], null)).toBe(id.fn(vm, [l], null));
    expect(id.fn(vm, [l], null)).not.toBe(id.fn(vm, [new PyList([])], null));
    expect(id.fn(vm, [5], null)).toBe(id.fn(vm, [5], null));
    expect(id.fn(vm, ['a'], null)).not.toBe(id.fn(vm, ['b'], null));
  });
});
