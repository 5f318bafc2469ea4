// Which expressions CPython 3.14 turns into constants before it looks at a set display.
//
// Python/flowgraph.c folds, in one pass over each basic block: unary -, + and ~ of a constant
// (fold_const_unaryop), `not` of a constant (only when the operand was a constant from the start:
// the TO_BOOL in between is folded by the load it follows, see below), binary operators on two
// constants with size limits (fold_const_binop, eval_const_binop and its const_folding_safe_*
// helpers), subscripts of constants, and tuples of constants (fold_tuple_of_constants). An
// operation that raises is left alone. A set display `{c1, ..., cN}` of 3 to 30 constants then
// becomes BUILD_SET 0, LOAD_CONST frozenset(...), SET_UPDATE 1 (optimize_lists_and_sets), which
// lays the set out differently from adding the elements one by one: the code generator needs to
// know exactly which displays those are (see codegen.ts `sequence`).
//
// Only the decision is needed here, but it depends on values (`2**64` folds, `2**200` does not),
// so this is a small evaluator over compile-time values. Where a result is not needed exactly
// (a float or complex that only feeds further folding), it is computed with JS numbers.
import type * as ast from '../parser/ast.ts';

type CV =
  | { t: 'int'; v: bigint }
  | { t: 'bool'; v: boolean }
  | { t: 'float'; v: number }
  | { t: 'complex'; re: number; im: number }
  | { t: 'str'; v: string[] }
  | { t: 'bytes'; v: Uint8Array }
  | { t: 'none' }
  | { t: 'ellipsis' }
  | { t: 'tuple'; items: CV[] };

const MAX_INT_SIZE = 128n; // bits
const MAX_COLLECTION_SIZE = 256n;
const MAX_STR_SIZE = 4096n;
const MAX_TOTAL_ITEMS = 1024n;

/** True when CPython's optimizer turns `e` into a constant. */
export function isFoldedConstant(e: ast.ExprNode): boolean {
  return fold(e) !== undefined;
}

/** Expressions the code generator emits as a LOAD_CONST of their own (so `not` folds on them). */
function directConstant(e: ast.ExprNode): CV | undefined {
  if (e._type === 'Constant') return fromAst(e.value);
  if (e._type === 'Name' && e.id === '__debug__') return { t: 'bool', v: true };
  if (e._type === 'JoinedStr' && e.values.every((v) => v._type === 'Constant')) {
    return { t: 'str', v: Array.from(e.values.map((v) => (v as ast.Constant).value as string).join('')) };
  }
  return undefined;
}

function fromAst(v: ast.ConstantValue): CV {
  if (v === null) return { t: 'none' };
  if (typeof v === 'boolean') return { t: 'bool', v };
  if (typeof v === 'bigint') return { t: 'int', v };
  if (typeof v === 'number') return { t: 'float', v };
  if (typeof v === 'string') return { t: 'str', v: Array.from(v) };
  if (v instanceof Uint8Array) return { t: 'bytes', v };
  if (v.kind === 'ellipsis') return { t: 'ellipsis' };
  return { t: 'complex', re: v.real, im: v.imag };
}

function fold(e: ast.ExprNode): CV | undefined {
  const direct = directConstant(e);
  if (direct !== undefined) return direct;
  switch (e._type) {
    case 'UnaryOp': {
      if (e.op._type === 'Not') {
        // `not x` compiles to TO_BOOL, UNARY_NOT: the TO_BOOL only folds right after a load
        // emitted as a constant, or after another folded `not` (whose result is a bool).
        const inner = directConstant(e.operand) ?? (e.operand._type === 'UnaryOp' && e.operand.op._type === 'Not' ? fold(e.operand) : undefined);
        return inner === undefined ? undefined : { t: 'bool', v: !truthy(inner) };
      }
      const v = fold(e.operand);
      return v === undefined ? undefined : unary(e.op._type, v);
    }
    case 'BinOp': {
      const a = fold(e.left);
      if (a === undefined) return undefined;
      const b = fold(e.right);
      if (b === undefined) return undefined;
      return binary(e.op._type, a, b);
    }
    case 'Tuple': {
      const items: CV[] = [];
      for (const x of e.elts) {
        if (x._type === 'Starred') return undefined;
        const v = fold(x);
        if (v === undefined) return undefined;
        items.push(v);
      }
      return { t: 'tuple', items };
    }
    case 'Subscript': {
      const v = fold(e.value);
      if (v === undefined) return undefined;
      if (e.slice._type === 'Slice') return sliceOf(v, e.slice);
      const k = fold(e.slice);
      return k === undefined ? undefined : indexOf(v, k);
    }
    default:
      return undefined;
  }
}

function truthy(v: CV): boolean {
  switch (v.t) {
    case 'int':
      return v.v !== 0n;
    case 'bool':
      return v.v;
    case 'float':
      return v.v !== 0;
    case 'complex':
      return v.re !== 0 || v.im !== 0;
    case 'str':
    case 'bytes':
      return v.v.length !== 0;
    case 'none':
      return false;
    case 'ellipsis':
      return true;
    case 'tuple':
      return v.items.length !== 0;
  }
}

/** int and bool as a bigint (PyLong_Check), else undefined. */
function intOf(v: CV): bigint | undefined {
  if (v.t === 'int') return v.v;
  if (v.t === 'bool') return v.v ? 1n : 0n;
  return undefined;
}

/** A real number as a float; undefined for non-numbers and for ints too large for a float
 * (OverflowError: int too large to convert to float). */
function floatOf(v: CV): number | undefined {
  const i = intOf(v);
  if (i !== undefined) {
    const f = Number(i);
    return Number.isFinite(f) ? f : undefined;
  }
  return v.t === 'float' ? v.v : undefined;
}

function unary(op: string, v: CV): CV | undefined {
  const i = intOf(v);
  switch (op) {
    case 'USub':
      if (i !== undefined) return { t: 'int', v: -i };
      if (v.t === 'float') return { t: 'float', v: -v.v };
      if (v.t === 'complex') return { t: 'complex', re: -v.re, im: -v.im };
      return undefined;
    case 'UAdd':
      if (i !== undefined) return { t: 'int', v: i };
      return v.t === 'float' || v.t === 'complex' ? v : undefined;
    case 'Invert':
      // ~bool is deprecated (a DeprecationWarning at run time): not folded.
      return v.t === 'int' ? { t: 'int', v: ~v.v } : undefined;
  }
  return undefined;
}

function numBits(x: bigint): bigint {
  return BigInt((x < 0n ? -x : x).toString(2).length);
}

function sizeOf(v: CV): bigint | undefined {
  if (v.t === 'tuple') return BigInt(v.items.length);
  if (v.t === 'str' || v.t === 'bytes') return BigInt(v.v.length);
  return undefined;
}

/** const_folding_check_complexity: the limit minus the items of nested tuples (negative: too many). */
function complexity(v: CV, limit: bigint): bigint {
  if (v.t !== 'tuple') return limit;
  limit -= BigInt(v.items.length);
  for (let i = 0; limit >= 0n && i < v.items.length; i++) {
    limit = complexity(v.items[i]!, limit);
    if (limit < 0n) return limit;
  }
  return limit;
}

function repeat(seq: CV, n: bigint): CV | undefined {
  const size = sizeOf(seq)!;
  if (size !== 0n) {
    if (n < 0n || n > (seq.t === 'tuple' ? MAX_COLLECTION_SIZE : MAX_STR_SIZE) / size) return undefined;
    if (seq.t === 'tuple' && n !== 0n && complexity(seq, MAX_TOTAL_ITEMS / n) < 0n) return undefined;
  }
  const k = n < 0n ? 0 : Number(n);
  if (seq.t === 'tuple') return { t: 'tuple', items: Array.from({ length: k }, () => seq.items).flat() };
  if (seq.t === 'str') return { t: 'str', v: Array.from({ length: k }, () => seq.v).flat() };
  if (seq.t === 'bytes') {
    const out = new Uint8Array(seq.v.length * k);
    for (let i = 0; i < k; i++) out.set(seq.v, i * seq.v.length);
    return { t: 'bytes', v: out };
  }
  return undefined;
}

function complexOf(v: CV): { re: number; im: number } | undefined {
  if (v.t === 'complex') return v;
  const f = floatOf(v);
  return f === undefined ? undefined : { re: f, im: 0 };
}

function binary(op: string, a: CV, b: CV): CV | undefined {
  const ia = intOf(a);
  const ib = intOf(b);
  if (ia !== undefined && ib !== undefined) return intBinary(op, a, b, ia, ib);
  // Sequences: concatenation and repetition (const_folding_safe_multiply).
  if (op === 'Add' && a.t === b.t && (a.t === 'str' || a.t === 'bytes' || a.t === 'tuple')) {
    if (a.t === 'tuple') return { t: 'tuple', items: [...a.items, ...(b as typeof a).items] };
    if (a.t === 'str') return { t: 'str', v: [...a.v, ...(b as typeof a).v] };
    const out = new Uint8Array(a.v.length + (b as typeof a).v.length);
    out.set(a.v);
    out.set((b as typeof a).v, a.v.length);
    return { t: 'bytes', v: out };
  }
  if (op === 'Mult' && ia !== undefined && sizeOf(b) !== undefined) return repeat(b, ia);
  if (op === 'Mult' && ib !== undefined && sizeOf(a) !== undefined) return repeat(a, ib);
  if (a.t === 'complex' || b.t === 'complex') return complexBinary(op, a, b);
  // Real arithmetic with at least one float.
  const fa = floatOf(a);
  const fb = floatOf(b);
  if (fa === undefined || fb === undefined || (a.t !== 'float' && b.t !== 'float')) return undefined;
  switch (op) {
    case 'Add':
      return { t: 'float', v: fa + fb };
    case 'Sub':
      return { t: 'float', v: fa - fb };
    case 'Mult':
      return { t: 'float', v: fa * fb };
    case 'Div':
      return fb === 0 ? undefined : { t: 'float', v: fa / fb };
    case 'FloorDiv':
      return fb === 0 ? undefined : { t: 'float', v: Math.floor(fa / fb) };
    case 'Mod':
      return fb === 0 ? undefined : { t: 'float', v: fa - Math.floor(fa / fb) * fb };
    case 'Pow':
      return floatPow(fa, fb);
  }
  return undefined;
}

/** float_pow's errors: 0.0 to a negative power, overflow; a negative base to a fractional power
 * gives a complex (its value is not needed exactly). */
function floatPow(x: number, y: number): CV | undefined {
  if (x === 0 && y < 0) return undefined;
  if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && !Number.isInteger(y)) return { t: 'complex', re: NaN, im: NaN };
  const r = Math.pow(x, y);
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) return undefined;
  return { t: 'float', v: r };
}

function complexBinary(op: string, a: CV, b: CV): CV | undefined {
  const x = complexOf(a);
  const y = complexOf(b);
  if (x === undefined || y === undefined) return undefined;
  switch (op) {
    case 'Add':
      return { t: 'complex', re: x.re + y.re, im: x.im + y.im };
    case 'Sub':
      return { t: 'complex', re: x.re - y.re, im: x.im - y.im };
    case 'Mult':
      return { t: 'complex', re: x.re * y.re - x.im * y.im, im: x.re * y.im + x.im * y.re };
    case 'Div': {
      if (y.re === 0 && y.im === 0) return undefined;
      const d = y.re * y.re + y.im * y.im;
      return { t: 'complex', re: (x.re * y.re + x.im * y.im) / d, im: (x.im * y.re - x.re * y.im) / d };
    }
  }
  // complex ** is rare in a set display: left unfolded, as its error cases are many.
  return undefined;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function intBinary(op: string, a: CV, b: CV, x: bigint, y: bigint): CV | undefined {
  const bothBool = a.t === 'bool' && b.t === 'bool';
  switch (op) {
    case 'Add':
      return { t: 'int', v: x + y };
    case 'Sub':
      return { t: 'int', v: x - y };
    case 'Mult':
      if (x !== 0n && y !== 0n && numBits(x) + numBits(y) > MAX_INT_SIZE) return undefined;
      return { t: 'int', v: x * y };
    case 'Div': {
      if (y === 0n) return undefined;
      const fx = Number(x);
      const fy = Number(y);
      if (!Number.isFinite(fx) || !Number.isFinite(fy)) return undefined;
      const r = fx / fy;
      return Number.isFinite(r) ? { t: 'float', v: r } : undefined;
    }
    case 'FloorDiv':
      return y === 0n ? undefined : { t: 'int', v: floorDiv(x, y) };
    case 'Mod':
      return y === 0n ? undefined : { t: 'int', v: x - floorDiv(x, y) * y };
    case 'Pow':
      if (y < 0n) {
        if (x === 0n) return undefined;
        const fx = Number(x);
        return Number.isFinite(fx) ? floatPow(fx, Number(y)) : undefined;
      }
      if (x !== 0n && y > 0n && numBits(x) > MAX_INT_SIZE / y) return undefined;
      return { t: 'int', v: x ** y };
    case 'LShift':
      if (y < 0n) return undefined;
      if (x !== 0n && y !== 0n && (y > MAX_INT_SIZE || numBits(x) > MAX_INT_SIZE - y)) return undefined;
      return { t: 'int', v: x << y };
    case 'RShift':
      if (y < 0n) return undefined;
      return { t: 'int', v: y > 100000n ? (x < 0n ? -1n : 0n) : x >> y };
    case 'BitAnd':
      return bothBool ? { t: 'bool', v: (x & y) !== 0n } : { t: 'int', v: x & y };
    case 'BitOr':
      return bothBool ? { t: 'bool', v: (x | y) !== 0n } : { t: 'int', v: x | y };
    case 'BitXor':
      return bothBool ? { t: 'bool', v: (x ^ y) !== 0n } : { t: 'int', v: x ^ y };
  }
  return undefined;
}

/** seq[i] for str, bytes and tuple with an int index in range. */
function indexOf(v: CV, k: CV): CV | undefined {
  let i = intOf(k);
  const size = sizeOf(v);
  if (i === undefined || size === undefined) return undefined;
  if (i < 0n) i += size;
  if (i < 0n || i >= size) return undefined;
  const n = Number(i);
  if (v.t === 'tuple') return v.items[n];
  if (v.t === 'str') return { t: 'str', v: [v.v[n]!] };
  if (v.t === 'bytes') return { t: 'int', v: BigInt(v.v[n]!) };
  return undefined;
}

/** seq[lo:hi:step] with int or None bounds (PySlice_AdjustIndices). */
function sliceOf(v: CV, s: ast.Slice): CV | undefined {
  const size = sizeOf(v);
  if (size === undefined) return undefined;
  const part = (x: ast.ExprNode | null): bigint | null | undefined => {
    if (x === null) return null;
    const c = fold(x);
    if (c === undefined) return undefined;
    if (c.t === 'none') return null;
    return intOf(c);
  };
  const lo = part(s.lower);
  const hi = part(s.upper);
  const st = part(s.step);
  if (lo === undefined || hi === undefined || st === undefined) return undefined;
  const step = st ?? 1n;
  if (step === 0n) return undefined;
  const adjust = (x: bigint | null, dflt: bigint): bigint => {
    if (x === null) return dflt;
    if (x < 0n) {
      x += size;
      if (x < 0n) return step < 0n ? -1n : 0n;
    } else if (x >= size) return step < 0n ? size - 1n : size;
    return x;
  };
  const start = adjust(lo, step < 0n ? size - 1n : 0n);
  const stop = adjust(hi, step < 0n ? -1n : size);
  const idx: number[] = [];
  for (let i = start; step > 0n ? i < stop : i > stop; i += step) idx.push(Number(i));
  if (v.t === 'tuple') return { t: 'tuple', items: idx.map((i) => v.items[i]!) };
  if (v.t === 'str') return { t: 'str', v: idx.map((i) => v.v[i]!) };
  if (v.t === 'bytes') return { t: 'bytes', v: Uint8Array.from(idx.map((i) => v.v[i]!)) };
  return undefined;
}
