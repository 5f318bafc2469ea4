import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parser/index.ts';
import { checkCompile } from '../../src/compiler/index.ts';
import { CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, getScope, lookupFlags, DEF_PARAM, type SymbolTableEntry } from '../../src/compiler/symtable.ts';

function table(source: string) {
  const result = checkCompile(parse(source, { filename: 'x.py', mode: 'exec' }).tree, { filename: 'x.py', lines: source.split('\n') });
  if (!result.ok) throw new Error(result.error.msg);
  return result;
}

function child(ste: SymbolTableEntry, name: string): SymbolTableEntry {
  const c = ste.children.find((x) => x.name === name);
  if (!c) throw new Error(`no child ${name} in ${ste.name}: ${ste.children.map((x) => x.name).join(', ')}`);
  return c;
}

function error(source: string) {
  const result = checkCompile(parse(source, { filename: 'x.py', mode: 'exec' }).tree, { filename: 'x.py', lines: null });
  if (result.ok) throw new Error('no error');
  const e = result.error;
  return [e.msg, e.lineno, e.offset, e.endLineno, e.endOffset];
}

describe('symbol table scopes', () => {
  it('resolves locals, cells and free variables', () => {
    const { symtable } = table('def f(a):\n    b = 1\n    def g():\n        return a + b + c\n    return g\n');
    const f = child(symtable.top, 'f');
    const g = child(f, 'g');
    expect(getScope(f, 'a')).toBe(CELL);
    expect(getScope(f, 'b')).toBe(CELL);
    expect(lookupFlags(f, 'a') & DEF_PARAM).toBeTruthy();
    expect(getScope(g, 'a')).toBe(FREE);
    expect(getScope(g, 'c')).toBe(GLOBAL_IMPLICIT);
    expect(getScope(symtable.top, 'f')).toBe(LOCAL);
  });

  it('handles global and nonlocal declarations', () => {
    const { symtable } = table('def f():\n    global x\n    y = 1\n    def g():\n        nonlocal y\n        y = 2\n');
    const f = child(symtable.top, 'f');
    expect(getScope(f, 'x')).toBe(GLOBAL_EXPLICIT);
    expect(getScope(f, 'y')).toBe(CELL);
    expect(getScope(child(f, 'g'), 'y')).toBe(FREE);
  });

  it('gives methods using super() a __class__ cell', () => {
    const { symtable } = table('class C:\n    def f(self):\n        return super().f()\n');
    const c = child(symtable.top, 'C');
    expect(c.needsClassClosure).toBe(true);
    expect(getScope(child(c, 'f'), '__class__')).toBe(FREE);
  });

  it('inlines list comprehensions but not generator expressions (PEP 709)', () => {
    const { symtable } = table('def f(y):\n    a = [x for x in y]\n    b = (x for x in y)\n');
    const f = child(symtable.top, 'f');
    expect(symtable.blocks.size).toBeGreaterThan(0);
    expect(f.children.map((c) => c.name)).toEqual(['genexpr']);
    expect([...symtable.blocks.values()].find((e) => e.name === 'listcomp')?.compInlined).toBe(true);
    expect(getScope(f, 'x')).toBe(LOCAL);
  });

  it('creates annotation and type-parameter scopes', () => {
    const { symtable } = table('class C[T]:\n    x: T\n    def m[U](self, a: U) -> T: ...\n');
    const tp = child(symtable.top, 'C');
    expect(tp.type).toBe('type-parameters');
    const c = child(tp, 'C');
    expect(c.type).toBe('class');
    expect(c.annotationBlock?.type).toBe('annotation');
    expect(c.needsClassdict).toBe(true);
  });

  it('marks conditional annotations (PEP 649)', () => {
    const { symtable } = table('if x:\n    y: int\n');
    expect(symtable.top.hasConditionalAnnotations).toBe(true);
  });
});

describe('compile-time SyntaxErrors (recorded from CPython 3.14)', () => {
  const cases: [string, (string | number)[]][] = [
    ['def f(x):\n    global x', ["name 'x' is parameter and global", 2, 5, 2, 13]],
    ['def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x', ["name 'x' is used prior to nonlocal declaration", 5, 9, 5, 19]],
    ['nonlocal x', ['nonlocal declaration not allowed at module level', 1, 1, 1, 11]],
    ['def f():\n    [x := 1 for x in y]', ["assignment expression cannot rebind comprehension iteration variable 'x'", 2, 6, 2, 7]],
    ['class C:\n    [y := 1 for x in z]', ['assignment expression within a comprehension cannot be used in a class body', 2, 6, 2, 7]],
    ['type A[T, T] = int', ["duplicate type parameter 'T'", 1, 11, 1, 12]],
    ['lambda x, x: 1', ["duplicate argument 'x' in function definition", 1, 11, 1, 12]],
    ['async def f():\n    yield 1\n    return 2', ["'return' with value in async generator", 3, 5, 3, 13]],
    ['def f():\n    x = [await y for y in z]', ['asynchronous comprehension outside of an asynchronous function', 2, 9, 2, 29]],
    ['f(**x, a=1, a=2)', ['keyword argument repeated: a', 1, 13, 1, 16]],
    ['a, *b, *c = d', ['multiple starred expressions in assignment', 1, 1, 1, 10]],
    ['for x in y:\n    def f():\n        break', ["'break' outside loop", 3, 9, 3, 14]],
    ['def f():\n    from x import *', ['import * only allowed at module level', 2, 19, 2, 20]],
    ['from __future__ import braces', ['not a chance', 1, 24, 1, 30]],
    ['import x\nfrom __future__ import annotations', ['from __future__ imports must occur at the beginning of the file', 2, 1, 2, 35]],
    ['match x:\n    case (1 | a) as b: pass', ['alternative patterns bind different names', 2, 11, 2, 16]],
    ['def f[T = int, U](): pass', ["non-default type parameter 'U' follows default type parameter", 1, 16, 1, 17]],
    ['def f():\n    try: pass\n    except* E:\n        with x:\n            return 1', ["'break', 'continue' and 'return' cannot appear in an except* block", -1, 0, -1, 0]],
    ['def f():\n    ä = 1; nonlocal ä', ["name 'ä' is assigned to before nonlocal declaration", 2, 13, 2, 24]],
  ];
  for (const [source, expected] of cases) {
    it(JSON.stringify(source), () => expect(error(source)).toEqual(expected));
  }
});

describe('compile-time SyntaxWarnings', () => {
  const warnings = (source: string) => table(source).warnings.map((w) => [w.message, w.lineno]);
  it('comes from AST preprocessing first, then codegen', () => {
    expect(warnings('x is 1\ndef f():\n    try: pass\n    finally: return')).toEqual([
      ["'return' in a 'finally' block", 4],
      ['"is" with \'int\' literal. Did you mean "=="?', 1],
    ]);
  });
  it('repeats a finally body once per jump through it, plus the normal path', () => {
    expect(warnings('def f(x):\n    try:\n        if x: return 1\n        if x: return 2\n    finally:\n        x is 1').length).toBe(3);
  });
  it('compiles all(genexp) twice', () => {
    expect(warnings('all(x is 1 for x in y)').length).toBe(2);
  });
  it('warns about literals that are called or subscripted', () => {
    expect(warnings('x = (1)(2)\ny = [1][""]\nw = {1}[0]').map((w) => w[0])).toEqual([
      "'int' object is not callable; perhaps you missed a comma?",
      'list indices must be integers or slices, not str; perhaps you missed a comma?',
      "'set' object is not subscriptable; perhaps you missed a comma?",
    ]);
  });
});
