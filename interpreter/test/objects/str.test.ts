// str and bytes against CPython 3.14: every row of the fixtures written by
// fixtures/gen-str-fixtures.py under the oracle (methods, operators, format, %, codecs), and
// exhaustive SHA-256 checks of the character properties and case mappings over all code points.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { None, strType, type PyValue } from '../../src/objects/object.ts';
import { PyBuiltinFunction, type Kwargs } from '../../src/objects/function.ts';
import { PyClassMethod, PyStaticMethod } from '../../src/objects/descriptors.ts';
import { strRepr } from '../../src/objects/repr.ts';
import {
  chars, cpLength, strCompare, strConcat, strGetItem, strRepeat, strSlice,
} from '../../src/objects/str.ts';
import { strFormatSpec, strPercent } from '../../src/objects/str-format.ts';
import { PyBytes, bytesCompare, bytesConcat, bytesGetItem, bytesPercent, bytesRepeat, bytesSlice, bytesType } from '../../src/objects/bytes.ts';
import { UNIDATA_VERSION, decimalValue } from '../../src/objects/str-unicode.ts';
import { PyList } from '../../src/objects/list.ts';
import { StrFakeInterp, decodeValue, describeError, encodeValue } from './str-fake-interp.ts';
import { typeError } from '../../src/vm/raise.ts';

interface Row {
  m: string;
  a: unknown[];
  k?: Record<string, unknown>;
  r?: unknown;
  e?: string;
}

const load = (name: string): Row[] => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')).rows;

function cmpList(c: number): PyValue {
  return new PyList([c < 0, c <= 0, c === 0, c !== 0, c > 0, c >= 0]);
}

function runOp(vm: StrFakeInterp, op: string, args: PyValue[]): PyValue {
  const [a, b] = args as [PyValue, PyValue];
  const isBytes = a instanceof PyBytes;
  switch (op) {
    case 'len':
      return isBytes ? (a as PyBytes).data.length : cpLength(a as string);
    case 'iter':
      return new PyList(isBytes ? Array.from((a as PyBytes).data) : chars(a as string));
    case 'repr':
      return strRepr(a as string);
    case 'getitem':
      return isBytes ? bytesGetItem(vm, a as PyBytes, b) : strGetItem(vm, a as string, b);
    case 'slice':
      return isBytes ? bytesSlice(vm, a as PyBytes, args[1]!, args[2]!, args[3]!) : strSlice(vm, a as string, args[1]!, args[2]!, args[3]!);
    case 'mul':
      return isBytes ? bytesRepeat(vm, a as PyBytes, b) : strRepeat(vm, a as string, b);
    case 'add':
      if (isBytes) return bytesConcat(vm, a as PyBytes, b);
      if (typeof b !== 'string') throw typeError(`can only concatenate str (not "${typeof b === 'number' ? 'int' : 'object'}") to str`);
      return strConcat(vm, a as string, b);
    case 'contains':
      return call(vm, isBytes ? bytesType.dict.get('__contains__')! : strType.dict.get('__contains__')!, [a, b], null);
    case 'cmp':
      if (isBytes) return cmpList(bytesCompare((a as PyBytes).data, (b as PyBytes).data));
      return cmpList(strCompare(a as string, b as string));
    case 'format':
      return strFormatSpec(vm, a as string, b as string);
    case 'mod':
      return isBytes ? bytesPercent(vm, a as PyBytes, b) : strPercent(vm, a as string, b);
  }
  throw new Error('unknown op ' + op);
}

function call(vm: StrFakeInterp, fn: PyValue, args: PyValue[], kwargs: Kwargs | null): PyValue {
  if (fn instanceof PyStaticMethod) fn = fn.func; // str.maketrans
  if (!(fn instanceof PyBuiltinFunction)) throw new Error('not a builtin');
  return fn.fn(vm, args, kwargs);
}

function runRow(row: Row, receiverType: typeof strType): unknown {
  const vm = new StrFakeInterp();
  const args = row.a.map((x) => decodeValue(vm, x));
  const kwargs: Kwargs | null = row.k ? { names: Object.keys(row.k), values: Object.values(row.k).map((x) => decodeValue(vm, x)) } : null;
  try {
    let r: PyValue;
    if (row.m.startsWith('op:')) r = runOp(vm, row.m.slice(3), args);
    else {
      const fn = receiverType.dict.get(row.m);
      if (fn === undefined) throw new Error(`no method ${row.m}`);
      // bytes.fromhex is a classmethod (called with the class), bytes.maketrans a staticmethod.
      if (fn instanceof PyClassMethod) r = call(vm, fn.func, [receiverType, ...args], kwargs);
      else if (fn instanceof PyStaticMethod) r = call(vm, fn.func, args, kwargs);
      else r = call(vm, fn, args, kwargs);
    }
    return { r: encodeValue(r) };
  } catch (e) {
    return { e: describeError(vm, e) };
  }
}

function expected(row: Row): unknown {
  return row.e !== undefined ? { e: row.e } : { r: row.r };
}

function label(row: Row): string {
  return `${row.m}(${JSON.stringify(row.a).slice(0, 120)}${row.k ? ', ' + JSON.stringify(row.k) : ''})`;
}

function checkAll(rows: Row[], type: typeof strType): void {
  const failures: string[] = [];
  for (const row of rows) {
    const got = runRow(row, type);
    const want = expected(row);
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      failures.push(`${label(row)}\n    got  ${JSON.stringify(got)}\n    want ${JSON.stringify(want)}`);
    }
  }
  if (process.env.STR_FAILURES) writeFileSync(`${process.env.STR_FAILURES}-${type.name}-${rows.length}.txt`, failures.join('\n'));
  expect(failures.slice(0, 40).join('\n'), `${failures.length} of ${rows.length} rows differ`).toBe('');
}

describe('str methods and operators (fixtures/str-methods.json)', () => {
  const rows = load('str-methods.json');
  it(`matches CPython on all ${rows.length} rows`, () => {
    expect(rows.length).toBeGreaterThan(10000);
    checkAll(rows, strType);
  });
});

describe('str.format, format_map, __format__ and % (fixtures/str-format.json)', () => {
  const rows = load('str-format.json');
  it(`matches CPython on all ${rows.length} rows`, () => checkAll(rows, strType));
});

describe('bytes (fixtures/bytes.json)', () => {
  const rows = load('bytes.json');
  it(`matches CPython on all ${rows.length} rows`, () => checkAll(rows, bytesType));
});

describe('character properties and case mappings over every code point (fixtures/str-unicode.json)', () => {
  const fixture = JSON.parse(readFileSync(new URL('./fixtures/str-unicode.json', import.meta.url), 'utf8')) as { version: string; digests: Record<string, string> };
  it('is the oracle Unicode version', () => expect(UNIDATA_VERSION).toBe(fixture.version));
  const vm = new StrFakeInterp();
  const method = (name: string) => (ch: string) => {
    const r = call(vm, strType.dict.get(name)!, [ch], null);
    return typeof r === 'boolean' ? (r ? '1' : '0') : (r as string);
  };
  const cases: Record<string, (ch: string) => string> = {
    isalpha: method('isalpha'), isdecimal: method('isdecimal'), isdigit: method('isdigit'), isnumeric: method('isnumeric'), isalnum: method('isalnum'),
    isspace: method('isspace'), islower: method('islower'), isupper: method('isupper'), istitle: method('istitle'), isprintable: method('isprintable'),
    isidentifier: method('isidentifier'), continue: (ch) => method('isidentifier')('a' + ch), upper: method('upper'), lower: method('lower'),
    title: method('title'), casefold: method('casefold'), swapcase: method('swapcase'), capitalize: method('capitalize'),
    decimal: (ch) => String(decimalValue(ch.codePointAt(0)!)),
    sigma: (ch) => method('lower')('A' + ch + '\u03a3') + method('lower')(' ' + ch + '\u03a3 '),
  };
  for (const [name, fn] of Object.entries(cases)) {
    it(`${name} agrees on all 1,114,112 code points`, () => {
      const h = createHash('sha256');
      let chunk = '';
      for (let cp = 0; cp < 0x110000; cp++) {
        chunk += fn(String.fromCodePoint(cp)) + '\0';
        if (chunk.length > 65536) {
          h.update(Buffer.from(wtf8(chunk)));
          chunk = '';
        }
      }
      h.update(Buffer.from(wtf8(chunk)));
      expect(h.digest('hex')).toBe(fixture.digests[name]);
    }, 120_000); // a sweep of every code point: slow on a loaded machine, never a timing test
  }
});

/** UTF-8 with lone surrogates encoded as three bytes (Python's 'surrogatepass'). */
function wtf8(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

describe('memory accounting', () => {
  it("'a' * 10**10 fails with MemoryError before allocating", () => {
    const vm = new StrFakeInterp(1e8);
    expect(() => strRepeat(vm, 'a', 10 ** 10)).toThrow();
    try {
      strRepeat(vm, 'a', 10 ** 10);
    } catch (e) {
      expect(describeError(vm, e)).toBe('MemoryError: ');
    }
    expect(vm.charged).toBe(0);
  });
  it('a repeat beyond the JS string limit is a MemoryError even with budget to spare', () => {
    const vm = new StrFakeInterp(Infinity);
    try {
      strRepeat(vm, 'ab', 2 ** 40);
      expect.unreachable();
    } catch (e) {
      expect(describeError(vm, e)).toBe('MemoryError: ');
    }
  });
  it('join and replace charge their result', () => {
    const vm = new StrFakeInterp(1000);
    expect(() => call(vm, strType.dict.get('join')!, ['x', new PyList(Array(600).fill('ab'))], null)).toThrow();
    expect(() => call(vm, strType.dict.get('replace')!, ['a'.repeat(100), 'a', 'bbbbbbbbbb'], null)).toThrow();
  });
});

describe('code point fast paths', () => {
  it('indexes long strings with astral characters by code point', () => {
    const vm = new StrFakeInterp();
    const s = 'a'.repeat(100) + '\u{1F600}' + 'b'.repeat(100) + '\u{1F601}c';
    expect(cpLength(s)).toBe(203);
    expect(strGetItem(vm, s, 100)).toBe('\u{1F600}');
    expect(strGetItem(vm, s, 101)).toBe('b');
    expect(strGetItem(vm, s, -2)).toBe('\u{1F601}');
    expect(strSlice(vm, s, 99, 102, None)).toBe('a\u{1F600}b');
  });
});
