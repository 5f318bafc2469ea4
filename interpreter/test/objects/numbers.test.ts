// Numeric semantics against CPython 3.14: every row of fixtures/numbers.fixture.json, written by
// fixtures/gen-numbers.py run with the oracle (never by hand). A row is [op, args, expected];
// values are encoded as 'i:<hex>', 'b:0|1', 'f:<repr>', 'c:<re>,<im>', 's:<text>', 'y:<hex>',
// lists for tuples, and 'E:<Type>: <message>' for an exception.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { intFromBigInt, type PyValue } from '../../src/objects/object.ts';
import { RaisedException } from '../../src/vm/raise.ts';
import * as I from '../../src/objects/int.ts';
import * as F from '../../src/objects/float.ts';
import * as C from '../../src/objects/complex.ts';
import * as P from '../../src/objects/number-parse.ts';
import * as S from '../../src/objects/format-spec.ts';
import { floatRepr, intRepr, strRepr } from '../../src/objects/repr.ts';

type Enc = string | Enc[];
type Row = [string, Enc[], Enc];
const fixture = JSON.parse(readFileSync(new URL('./fixtures/numbers.fixture.json', import.meta.url), 'utf8')) as { rows: Row[] };

class Bytes {
  constructor(readonly b: Uint8Array) {}
}
type V = PyValue | Bytes | null | V[];

function dec(e: Enc): V {
  if (Array.isArray(e)) return e.map(dec);
  const tag = e.slice(0, 2), body = e.slice(2);
  switch (tag) {
    case 'i:': {
      const neg = body[0] === '-';
      const v = BigInt('0x' + (neg ? body.slice(1) : body));
      return intFromBigInt(neg ? -v : v);
    }
    case 'b:': return body === '1';
    case 'f:': return new F.PyFloat(Number(body.replace(/^(-?)inf$/, '$1Infinity').replace('nan', 'NaN')));
    case 'c:': {
      const [re, im] = body.split(',').map((x) => Number(x.replace(/^(-?)inf$/, '$1Infinity').replace('nan', 'NaN')));
      return new C.PyComplex(re!, im!);
    }
    case 's:': return body;
    case 'y:': return new Bytes(Uint8Array.from(body.match(/../g) ?? [], (h) => parseInt(h, 16)));
    case 'n:': return null;
  }
  throw new Error('bad encoding ' + e);
}

function enc(v: V): Enc {
  if (Array.isArray(v)) return v.map(enc);
  if (v === null) return 'n:None';
  if (typeof v === 'boolean') return v ? 'b:1' : 'b:0';
  if (typeof v === 'number' || typeof v === 'bigint') {
    const neg = v < 0;
    return 'i:' + (neg ? '-' : '') + (neg ? -BigInt(v) : BigInt(v)).toString(16);
  }
  if (typeof v === 'string') return 's:' + v;
  if (v instanceof F.PyFloat) return 'f:' + floatRepr(v.value);
  if (v instanceof C.PyComplex) return 'c:' + floatRepr(v.re) + ',' + floatRepr(v.im);
  if (v instanceof Bytes) return 'y:' + Array.from(v.b, (x) => x.toString(16).padStart(2, '0')).join('');
  throw new Error('cannot encode ' + String(v));
}

const fl = (x: number) => new F.PyFloat(x);
const isIntLike = (v: V): v is number | bigint | boolean => typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
const num = (v: V): number => (v instanceof F.PyFloat ? v.value : I.intToFloat(v as I.IntLike));
const cop = (v: V): C.ComplexOperand => (v instanceof C.PyComplex ? v : num(v));
const boxPow = (r: number | C.PyComplex | F.PyFloat): V => (typeof r === 'number' ? fl(r) : r);

function cmp(name: string, c: number): boolean {
  if (c !== c) return name === 'ne';
  switch (name) {
    case 'lt': return c < 0;
    case 'le': return c <= 0;
    case 'eq': return c === 0;
    case 'ne': return c !== 0;
    case 'gt': return c > 0;
    default: return c >= 0;
  }
}

function intOp(name: string, a: I.IntLike, b: I.IntLike): V {
  switch (name) {
    case 'add': return I.intAdd(a, b);
    case 'sub': return I.intSub(a, b);
    case 'mul': return I.intMul(a, b);
    case 'floordiv': return I.intFloorDiv(a, b);
    case 'mod': return I.intMod(a, b);
    case 'divmod': return I.intDivmod(a, b);
    case 'and': return typeof a === 'boolean' && typeof b === 'boolean' ? a && b : I.intAnd(a, b);
    case 'or': return typeof a === 'boolean' && typeof b === 'boolean' ? a || b : I.intOr(a, b);
    case 'xor': return typeof a === 'boolean' && typeof b === 'boolean' ? a !== b : I.intXor(a, b);
    case 'truediv': return fl(I.intTrueDiv(a, b));
    case 'lshift': return I.intLshift(a, b);
    case 'rshift': return I.intRshift(a, b);
    case 'pow': return I.intPow(a, b);
  }
  return cmp(name, I.intCompare(a, b));
}

function floatOp(name: string, a: V, b: V): V {
  if (['lt', 'le', 'eq', 'ne', 'gt', 'ge'].includes(name)) {
    // comparisons: exact between ints and floats
    if (isIntLike(a)) return cmp(name, I.compareIntFloat(a, (b as F.PyFloat).value));
    if (isIntLike(b)) return cmp(name, -I.compareIntFloat(b, (a as F.PyFloat).value));
  }
  const x = num(a), y = num(b);
  switch (name) {
    case 'add': return fl(x + y);
    case 'sub': return fl(x - y);
    case 'mul': return fl(x * y);
    case 'truediv': return fl(F.floatTrueDiv(x, y));
    case 'floordiv': return fl(F.floatFloorDiv(x, y));
    case 'mod': return fl(F.floatMod(x, y));
    case 'divmod': return F.floatDivmod(x, y).map(fl);
    case 'pow': return boxPow(F.floatPow(x, y));
  }
  // comparisons: exact between ints and floats
  if (isIntLike(a)) return cmp(name, I.compareIntFloat(a, y));
  if (isIntLike(b)) return cmp(name, -I.compareIntFloat(b, x));
  return cmp(name, x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN);
}

function unaryInt(name: string, a: I.IntLike): V {
  switch (name) {
    case 'neg': return I.intNeg(a);
    case 'pos': return I.intPos(a);
    case 'abs': return I.intAbs(a);
    case 'invert': return I.intInvert(a);
    case 'bit_length': return I.intBitLength(a);
    case 'bit_count': return I.intBitCount(a);
    case 'float': return fl(I.intToFloat(a));
    case 'as_integer_ratio': return I.intAsIntegerRatio(a);
    case 'is_integer': return true;
    case 'str': return typeof a === 'boolean' ? (a ? 'True' : 'False') : I.intToDecimalString(a);
    case 'hex': return I.intToBaseString(a, 16);
    case 'oct': return I.intToBaseString(a, 8);
    case 'bin': return I.intToBaseString(a, 2);
    case 'round': case 'trunc': case 'floor': case 'ceil': case 'index': return I.intValue(a);
    case 'bool': return I.intBool(a);
  }
  throw new Error('no int op ' + name);
}

function unaryFloat(name: string, x: number): V {
  switch (name) {
    case 'round': return F.floatRoundToInt(x);
    case 'trunc': case 'int': return F.floatToInt(x);
    case 'floor': return F.floatFloor(x);
    case 'ceil': return F.floatCeil(x);
    case 'is_integer': return F.floatIsInteger(x);
    case 'as_integer_ratio': return F.floatAsIntegerRatio(x);
    case 'hex': return F.floatHex(x);
    case 'repr': case 'str': return F.floatStr(x);
    case 'neg': return fl(-x);
    case 'abs': return fl(Math.abs(x));
    case 'bool': return x !== 0;
    case 'conjugate': return fl(x);
  }
  throw new Error('no float op ' + name);
}

function percentSpec(s: string): S.PercentSpec {
  const m = /^([-+ #0]*)(\d*)(?:\.(\d*))?(.)$/.exec(s)!;
  let flags = 0;
  for (const c of m[1]!) flags |= c === '-' ? S.F_LJUST : c === '+' ? S.F_SIGN : c === ' ' ? S.F_BLANK : c === '#' ? S.F_ALT : S.F_ZERO;
  return { flags, width: m[2] ? Number(m[2]) : -1, precision: m[3] !== undefined ? Number(m[3] || '0') : -1, conversion: m[4]! };
}

function strOf(v: V, r: boolean): string {
  if (typeof v === 'string') return r ? strRepr(v) : v;
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number' || typeof v === 'bigint') return intRepr(v);
  if (v instanceof F.PyFloat) return floatRepr(v.value);
  if (v instanceof C.PyComplex) return C.complexStr(v);
  throw new Error('strOf');
}

function run(op: string, args: V[]): V {
  const [kind, name] = op.split('.') as [string, string];
  const [a, b, c] = args;
  switch (kind) {
    case 'int':
      if (name === 'pow3') return I.intPowMod(a as I.IntLike, b as I.IntLike, c as I.IntLike);
      if (name === 'to_bytes') return new Bytes(I.intToBytes(a as I.IntLike, a === undefined ? 0 : Number(b), c === 'little', args[3] as boolean));
      if (name === 'from_bytes') return I.intFromBytes((a as Bytes).b, b === 'little', c as boolean);
      if (name === 'round' && args.length === 2) return b === null ? I.intValue(a as I.IntLike) : I.intRound(a as I.IntLike, b as I.IntLike);
      if (args.length === 2) return intOp(name, a as I.IntLike, b as I.IntLike);
      return unaryInt(name, a as I.IntLike);
    case 'cmp':
      return cmp(name, I.compareIntFloat(a as I.IntLike, (b as F.PyFloat).value));
    case 'float':
      if (name === 'fromhex') return fl(F.floatFromHex(a as string));
      if (name === 'round' && args.length === 2) {
        const x = (a as F.PyFloat).value;
        return b === null ? F.floatRoundToInt(x) : fl(F.floatRound(x, Number(b)));
      }
      if (args.length === 2) return floatOp(name, a!, b!);
      return unaryFloat(name, (a as F.PyFloat).value);
    case 'parse':
      if (name === 'int') return P.intFromString(a as string, Number(b));
      if (name === 'float') return fl(P.floatFromString(a as string));
      return new C.PyComplex(...P.complexFromString(a as string));
    case 'complex': {
      if (args.length === 1) {
        const z = a as C.PyComplex;
        switch (name) {
          case 'neg': return C.complexNeg(z);
          case 'pos': return C.complexPos(z);
          case 'abs': return fl(C.complexAbs(z));
          case 'conjugate': return C.complexConjugate(z);
          case 'repr': case 'str': return C.complexStr(z);
          case 'bool': return C.complexBool(z);
        }
      }
      const x = cop(a!), y = cop(b!);
      switch (name) {
        case 'add': return C.complexAdd(x, y);
        case 'sub': return C.complexSub(x, y);
        case 'mul': return C.complexMul(x, y);
        case 'truediv': return C.complexTrueDiv(x, y);
        case 'pow': return C.complexPowOperands(x, y);
        case 'eq': return a instanceof C.PyComplex ? C.complexEqualsNumber(a, b) : C.complexEqualsNumber(b as C.PyComplex, a);
      }
      break;
    }
    case 'format': {
      if (typeof a === 'string') return S.formatStr(a, b as string);
      const r = S.formatNumber(a as PyValue, b as string);
      if (r === null) throw new Error('not a number');
      return r;
    }
    case 'percent': {
      const spec = percentSpec(b as string);
      const cv = spec.conversion;
      if (cv === 's' || cv === 'r' || cv === 'a') return S.percentPadText(strOf(a!, cv !== 's'), spec.flags, spec.width, spec.precision);
      return S.formatPercent(a as PyValue, spec);
    }
  }
  throw new Error('unknown op ' + op);
}

function outcome(op: string, args: Enc[]): Enc {
  try {
    let r = run(op, args.map(dec));
    return enc(r);
  } catch (e) {
    if (e instanceof RaisedException) {
      const msg = e.exc.args.length === 1 ? String(e.exc.args[0]) : e.exc.args.length === 0 ? '' : '(' + e.exc.args.map((x) => (typeof x === 'string' ? strRepr(x) : String(x))).join(', ') + ')';
      return `E:${e.exc.type.name}: ${msg}`;
    }
    return 'JS:' + String(e);
  }
}

// Special-case fixups for rows where the generator formatted the result itself.
function expectedFor(row: Row): Enc {
  const [op, args, exp] = row;
  if (op === 'format' && typeof exp === 'string' && args[1] === 's:x' && exp.startsWith('s:') && exp.length === 12) return exp;
  return exp;
}

// complex ** x goes through libm's pow, atan2, log, exp, sin and cos (Objects/complexobject.c:
// _Py_c_pow). Terrarium computes them correctly rounded; glibc is not always (its
// sin(-3.5139605764116726) is 0.36382209530202225, the exact value is 0.363822095302022224...),
// and the products amplify such a difference by a few ulps. Those rows (only complex.pow)
// compare to within 4 ulps per part.
function nextUp(x: number): number {
  if (x === 0) return 5e-324;
  const b = new Float64Array([x]);
  const u = new BigInt64Array(b.buffer);
  u[0] = u[0]! + (x > 0 ? 1n : -1n);
  return b[0]!;
}
function withinOneUlp(got: Enc, exp: Enc): boolean {
  if (typeof got !== 'string' || typeof exp !== 'string' || !got.startsWith('c:') || !exp.startsWith('c:')) return false;
  const g = got.slice(2).split(',').map(Number), e = exp.slice(2).split(',').map(Number);
  return g.every((x, i) => {
    let lo = Math.min(x, e[i]!), hi = Math.max(x, e[i]!);
    for (let k = 0; k < 4 && lo !== hi; k++) lo = nextUp(lo);
    return lo === hi || Object.is(x, e[i]);
  });
}

const groups = new Map<string, Row[]>();
for (const row of fixture.rows) {
  const g = row[0].split('.')[0] + (row[0].startsWith('int.') || row[0].startsWith('float.') ? '.' + row[0].split('.')[1] : '');
  let list = groups.get(g);
  if (list === undefined) groups.set(g, (list = []));
  list.push(row);
}

describe('numbers against CPython 3.14', () => {
  for (const [g, rows] of groups) {
    it(`${g} (${rows.length} rows)`, () => {
      const failures: string[] = [];
      for (const row of rows) {
        // format(v, 'x')[:10] rows: compare the prefix only
        let got = outcome(row[0], row[1]);
        const exp = expectedFor(row);
        if (row[0] === 'format' && row[1][1] === 's:x' && typeof got === 'string' && typeof exp === 'string' && got.length > exp.length && got.startsWith('s:')) got = got.slice(0, exp.length);
        if (JSON.stringify(got) !== JSON.stringify(exp) && !(row[0] === 'complex.pow' && withinOneUlp(got, exp))) failures.push(`${row[0]} ${JSON.stringify(row[1])}: expected ${JSON.stringify(exp)}, got ${JSON.stringify(got)}`);
      }
      expect(failures.slice(0, 30), `${failures.length} of ${rows.length} failed`).toEqual([]);
    });
  }
});
