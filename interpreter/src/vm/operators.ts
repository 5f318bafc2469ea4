// The operators the eval loop applies: binary and unary arithmetic, comparisons, truth, and
// the error messages CPython gives for unsupported operand types.
//
// The fast paths for small ints live here, inline, because they decide the speed of every loop.
// The complete numeric semantics (big ints, floats, formatting) are in objects/int.ts and
// objects/float.ts; user classes' operator dunders are dispatched by the eval loop itself (a call
// to Python code is a frame, never a nested JS call).

import { BinaryOp, BINARY_OP_SYMBOLS } from '../compiler/opcodes.ts';
import { typeOf, intFromBigInt, None, type PyValue } from '../objects/object.ts';
import { PyFloat } from '../objects/float.ts';
import { PyList, listType } from '../objects/list.ts';
import { PyTuple, newTuple } from '../objects/tuple.ts';
import { typeError, valueError, zeroDivisionError } from './raise.ts';
import { CompareOp } from './interp.ts';

/** Result marker: the operands' types do not support the operation natively. */
export const UNSUPPORTED: unique symbol = Symbol('unsupported');

function toBig(v: number | bigint | boolean): bigint {
  return typeof v === 'bigint' ? v : BigInt(typeof v === 'boolean' ? (v ? 1 : 0) : v);
}

function isIntLike(v: PyValue): v is number | bigint | boolean {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean';
}

/** Python floor division and modulo on bigints. */
function bigFloorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function bigMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

/** int op int, for ints and bools. */
export function intBinaryOp(op: BinaryOp, a: number | bigint | boolean, b: number | bigint | boolean): PyValue {
  if (op >= BinaryOp.INPLACE) op -= BinaryOp.INPLACE;
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) {
      case BinaryOp.ADD: {
        const r = a + b;
        if (r <= 9007199254740991 && r >= -9007199254740991) return r;
        break;
      }
      case BinaryOp.SUBTRACT: {
        const r = a - b;
        if (r <= 9007199254740991 && r >= -9007199254740991) return r;
        break;
      }
      case BinaryOp.MULTIPLY: {
        const r = a * b;
        if (r <= 9007199254740991 && r >= -9007199254740991) return r === 0 ? 0 : r;
        break;
      }
      case BinaryOp.FLOOR_DIVIDE:
        if (b === 0) throw zeroDivisionError('integer division or modulo by zero');
        if (a <= 0x7fffffff && a >= -0x80000000 && b <= 0x7fffffff && b >= -0x80000000) {
          const q = Math.floor(a / b);
          return q === 0 ? 0 : q;
        }
        break;
      case BinaryOp.REMAINDER: {
        if (b === 0) throw zeroDivisionError('integer modulo by zero');
        let r = a % b;
        if (r !== 0 && (r < 0) !== (b < 0)) r += b;
        return r === 0 ? 0 : r;
      }
      case BinaryOp.TRUE_DIVIDE:
        if (b === 0) throw zeroDivisionError('division by zero');
        return new PyFloat(a / b);
      case BinaryOp.AND:
        if ((a | 0) === a && (b | 0) === b) return a & b;
        break;
      case BinaryOp.OR:
        if ((a | 0) === a && (b | 0) === b) return a | b;
        break;
      case BinaryOp.XOR:
        if ((a | 0) === a && (b | 0) === b) return a ^ b;
        break;
      default:
        break;
    }
  }
  const x = toBig(a);
  const y = toBig(b);
  switch (op) {
    case BinaryOp.ADD:
      return intFromBigInt(x + y);
    case BinaryOp.SUBTRACT:
      return intFromBigInt(x - y);
    case BinaryOp.MULTIPLY:
      return intFromBigInt(x * y);
    case BinaryOp.FLOOR_DIVIDE:
      if (y === 0n) throw zeroDivisionError('integer division or modulo by zero');
      return intFromBigInt(bigFloorDiv(x, y));
    case BinaryOp.REMAINDER:
      if (y === 0n) throw zeroDivisionError('integer modulo by zero');
      return intFromBigInt(bigMod(x, y));
    case BinaryOp.TRUE_DIVIDE:
      if (y === 0n) throw zeroDivisionError('division by zero');
      return new PyFloat(Number(x) / Number(y));
    case BinaryOp.POWER:
      if (y < 0n) {
        if (x === 0n) throw zeroDivisionError('zero to a negative power');
        return new PyFloat(Math.pow(Number(x), Number(y)));
      }
      return intFromBigInt(x ** y);
    case BinaryOp.LSHIFT:
      if (y < 0n) throw valueError('negative shift count');
      return intFromBigInt(x << y);
    case BinaryOp.RSHIFT:
      if (y < 0n) throw valueError('negative shift count');
      return intFromBigInt(x >> y);
    case BinaryOp.AND:
      return intFromBigInt(x & y);
    case BinaryOp.OR:
      return intFromBigInt(x | y);
    case BinaryOp.XOR:
      return intFromBigInt(x ^ y);
    default:
      return UNSUPPORTED as never;
  }
}

function floatValue(v: PyValue): number | null {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  return null;
}

function floatBinaryOp(op: BinaryOp, x: number, y: number): PyValue {
  switch (op) {
    case BinaryOp.ADD:
      return new PyFloat(x + y);
    case BinaryOp.SUBTRACT:
      return new PyFloat(x - y);
    case BinaryOp.MULTIPLY:
      return new PyFloat(x * y);
    case BinaryOp.TRUE_DIVIDE:
      if (y === 0) throw zeroDivisionError('float division by zero');
      return new PyFloat(x / y);
    case BinaryOp.FLOOR_DIVIDE:
      if (y === 0) throw zeroDivisionError('float floor division by zero');
      return new PyFloat(Math.floor(x / y));
    case BinaryOp.REMAINDER: {
      if (y === 0) throw zeroDivisionError('float modulo by zero');
      let r = x % y;
      if (r !== 0 && (r < 0) !== (y < 0)) r += y;
      else if (r === 0) r = y < 0 ? -0 : 0;
      return new PyFloat(r);
    }
    case BinaryOp.POWER:
      return new PyFloat(Math.pow(x, y));
    default:
      return UNSUPPORTED as never;
  }
}

/**
 * A binary operator on builtin operand types, or UNSUPPORTED when neither operand's type
 * implements it natively (the caller then tries the operands' dunder methods).
 */
export function nativeBinaryOp(op: BinaryOp, a: PyValue, b: PyValue): PyValue | typeof UNSUPPORTED {
  if (op >= BinaryOp.INPLACE) op -= BinaryOp.INPLACE;
  if (isIntLike(a) && isIntLike(b)) return intBinaryOp(op, a, b);
  if (typeof a === 'string') {
    if (op === BinaryOp.ADD && typeof b === 'string') return a + b;
    if (op === BinaryOp.MULTIPLY && isIntLike(b)) return a.repeat(Math.max(0, Number(b)));
    if (op === BinaryOp.ADD) throw typeError(`can only concatenate str (not "${typeOf(b).name}") to str`);
    return UNSUPPORTED;
  }
  if ((a instanceof PyFloat || isIntLike(a)) && (b instanceof PyFloat || isIntLike(b))) {
    return floatBinaryOp(op, floatValue(a)!, floatValue(b)!);
  }
  if (a instanceof PyList && a.type === listType) {
    if (op === BinaryOp.ADD) {
      if (b instanceof PyList) return new PyList(a.items.concat(b.items));
      throw typeError(`can only concatenate list (not "${typeOf(b).name}") to list`);
    }
    if (op === BinaryOp.MULTIPLY && isIntLike(b)) {
      const n = Math.max(0, Number(b));
      const out: PyValue[] = [];
      for (let i = 0; i < n; i++) for (const x of a.items) out.push(x);
      return new PyList(out);
    }
  }
  if (a instanceof PyTuple) {
    if (op === BinaryOp.ADD) {
      if (b instanceof PyTuple) return newTuple(a.items.concat(b.items));
      throw typeError(`can only concatenate tuple (not "${typeOf(b).name}") to tuple`);
    }
  }
  return UNSUPPORTED;
}

export function unsupportedOperands(op: BinaryOp, a: PyValue, b: PyValue): never {
  const inplace = op >= BinaryOp.INPLACE;
  const sym = BINARY_OP_SYMBOLS[inplace ? op - BinaryOp.INPLACE : op]! + (inplace ? '=' : '');
  if (sym === '**' || sym === '**=') {
    throw typeError(`unsupported operand type(s) for ${sym} or pow(): '${typeOf(a).name}' and '${typeOf(b).name}'`);
  }
  throw typeError(`unsupported operand type(s) for ${sym}: '${typeOf(a).name}' and '${typeOf(b).name}'`);
}

/** Native rich comparison between builtin values, or UNSUPPORTED. */
export function nativeCompare(op: CompareOp, a: PyValue, b: PyValue): PyValue | typeof UNSUPPORTED {
  let x: number | bigint | string;
  let y: number | bigint | string;
  if (typeof a === 'number' && typeof b === 'number') {
    x = a;
    y = b;
  } else if (typeof a === 'string' && typeof b === 'string') {
    x = a;
    y = b;
  } else if ((isIntLike(a) || a instanceof PyFloat) && (isIntLike(b) || b instanceof PyFloat)) {
    x = a instanceof PyFloat ? a.value : typeof a === 'boolean' ? (a ? 1 : 0) : a;
    y = b instanceof PyFloat ? b.value : typeof b === 'boolean' ? (b ? 1 : 0) : b;
  } else if (op === CompareOp.EQ || op === CompareOp.NE) {
    if (a === b) return op === CompareOp.EQ;
    if (a === None || b === None) return op === CompareOp.NE;
    return UNSUPPORTED;
  } else {
    return UNSUPPORTED;
  }
  switch (op) {
    case CompareOp.LT:
      return x < y;
    case CompareOp.LE:
      return x <= y;
    case CompareOp.EQ:
      return x == y; // number/bigint mixes compare by value
    case CompareOp.NE:
      return x != y;
    case CompareOp.GT:
      return x > y;
    case CompareOp.GE:
      return x >= y;
  }
}

const COMPARE_SYMBOLS = ['<', '<=', '==', '!=', '>', '>='];

export function unsupportedComparison(op: CompareOp, a: PyValue, b: PyValue): never {
  throw typeError(`'${COMPARE_SYMBOLS[op]}' not supported between instances of '${typeOf(a).name}' and '${typeOf(b).name}'`);
}

/** Truth value of builtin values (user classes go through __bool__/__len__ in the VM). */
export function nativeTruthy(v: PyValue): boolean | typeof UNSUPPORTED {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'bigint':
      return true; // a normalized bigint is never 0
    case 'string':
      return v.length !== 0;
  }
  if (v === None) return false;
  if (v instanceof PyFloat) return v.value !== 0;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length !== 0;
  return UNSUPPORTED;
}
