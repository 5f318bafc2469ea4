// The operators the eval loop applies: binary and unary arithmetic, comparisons, truth, and
// the error messages CPython gives for unsupported operand types.
//
// The fast paths for small ints live here, inline, because they decide the speed of every loop.
// The complete numeric semantics (big ints, floats, formatting) are in objects/int.ts and
// objects/float.ts; user classes' operator dunders are dispatched by the eval loop itself (a call
// to Python code is a frame, never a nested JS call).

import { BinaryOp, BINARY_OP_SYMBOLS } from '../compiler/opcodes.ts';
import { typeOf, None, NotImplemented, PyType, type PyValue } from '../objects/object.ts';
import { PyUnion, unionOr } from '../objects/union.ts';
import { intAdd, intSub, intMul, intFloorDiv, intMod, intTrueDiv, intPow, intLshift, intRshift, intAnd, intOr, intXor, compareIntFloat, intCompare } from '../objects/int.ts';
import { floatTrueDiv, floatFloorDiv, floatMod, floatPow } from '../objects/float.ts';
import { PyFloat } from '../objects/float.ts';
import { PyComplex, complexAdd, complexSub, complexMul, complexTrueDiv, complexPowOperands } from '../objects/complex.ts';
import { intToFloat } from '../objects/int.ts';
import { PyList, listType } from '../objects/list.ts';
import { PyAnySet } from '../objects/set.ts';
import { PyDict, PyDictView } from '../objects/dict.ts';
import { PyTuple, tupleType } from '../objects/tuple.ts';
import { PyBytes, bytesOperatorApplies } from '../objects/bytes.ts';
import { strCompare } from '../objects/str.ts';
import { typeError, zeroDivisionError } from './raise.ts';
import { CompareOp } from './interp.ts';

/** Result marker: the operands' types do not support the operation natively. */
export const UNSUPPORTED: unique symbol = Symbol('unsupported');
/** Result marker: a builtin operation that needs the interpreter (str % args formats values). */
export const UNSUPPORTED_NEEDS_VM: unique symbol = Symbol('needs vm');

function isIntLike(v: PyValue): v is number | bigint | boolean {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean';
}

/** int op int, for ints and bools. */
export function intBinaryOp(op: BinaryOp, a: number | bigint | boolean, b: number | bigint | boolean): PyValue {
  const original = op;
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
        if (b === 0) throw zeroDivisionError('division by zero');
        if (a <= 0x7fffffff && a >= -0x80000000 && b <= 0x7fffffff && b >= -0x80000000) {
          const q = Math.floor(a / b);
          return q === 0 ? 0 : q;
        }
        break;
      case BinaryOp.REMAINDER: {
        if (b === 0) throw zeroDivisionError('division by zero');
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
  // Beyond the small-int fast paths: objects/int.ts has the complete semantics.
  switch (op) {
    case BinaryOp.ADD:
      return intAdd(a, b);
    case BinaryOp.SUBTRACT:
      return intSub(a, b);
    case BinaryOp.MULTIPLY:
      return intMul(a, b);
    case BinaryOp.FLOOR_DIVIDE:
      return intFloorDiv(a, b);
    case BinaryOp.REMAINDER:
      return intMod(a, b);
    case BinaryOp.TRUE_DIVIDE:
      return new PyFloat(intTrueDiv(a, b));
    case BinaryOp.POWER:
      return intPow(a, b);
    case BinaryOp.LSHIFT:
      return intLshift(a, b);
    case BinaryOp.RSHIFT:
      return intRshift(a, b);
    case BinaryOp.AND:
      return intAnd(a, b);
    case BinaryOp.OR:
      return intOr(a, b);
    case BinaryOp.XOR:
      return intXor(a, b);
    default:
      // int has no @: the only operator left here.
      return unsupportedOperands(original, a, b);
  }
}

function isSetLike(v: PyValue): boolean {
  return v instanceof PyAnySet || v instanceof PyDict || v instanceof PyDictView;
}

function isExactListOrTuple(v: PyValue): boolean {
  return (v instanceof PyList && v.type === listType) || (v instanceof PyTuple && v.type === tupleType);
}

function isSequence(v: PyValue): boolean {
  return typeof v === 'string' || v instanceof PyList || v instanceof PyTuple || v instanceof PyBytes;
}

/** An int, float or complex as complex arithmetic takes it; null for other types. */
export function complexOperand(v: PyValue): PyComplex | number | null {
  if (v instanceof PyComplex) return v;
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return intToFloat(v);
  return null;
}

function floatValue(v: PyValue): number | null {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return intToFloat(v); // OverflowError past the double range
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
      return new PyFloat(floatTrueDiv(x, y));
    case BinaryOp.FLOOR_DIVIDE:
      return new PyFloat(floatFloorDiv(x, y));
    case BinaryOp.REMAINDER:
      return new PyFloat(floatMod(x, y));
    case BinaryOp.POWER: {
      const r = floatPow(x, y);
      return typeof r === 'number' ? new PyFloat(r) : r;
    }
    default:
      return UNSUPPORTED as never;
  }
}

/**
 * A binary operator on builtin operand types, or UNSUPPORTED when neither operand's type
 * implements it natively (the caller then tries the operands' dunder methods).
 */
export function nativeBinaryOp(op: BinaryOp, a: PyValue, b: PyValue): PyValue | typeof UNSUPPORTED | typeof UNSUPPORTED_NEEDS_VM {
  if (op >= BinaryOp.INPLACE) op -= BinaryOp.INPLACE;
  if (typeof a === 'boolean' && typeof b === 'boolean') {
    // bool's own nb_and/nb_or/nb_xor keep the result a bool.
    if (op === BinaryOp.AND) return a && b;
    if (op === BinaryOp.OR) return a || b;
    if (op === BinaryOp.XOR) return a !== b;
  }
  if (isIntLike(a) && isIntLike(b)) return intBinaryOp(op, a, b);
  if (typeof a === 'string') {
    // Long results go through the VM, which charges them (objects/str.ts: strConcat).
    if (op === BinaryOp.ADD && typeof b === 'string') return a.length + b.length < 4096 ? a + b : UNSUPPORTED_NEEDS_VM;
    if (op === BinaryOp.REMAINDER) return UNSUPPORTED_NEEDS_VM;
    if (op === BinaryOp.MULTIPLY && isIntLike(b)) return UNSUPPORTED_NEEDS_VM;
    if (op === BinaryOp.ADD) throw typeError(`can only concatenate str (not "${typeOf(b).name}") to str`);
    return UNSUPPORTED;
  }
  if (op === BinaryOp.MULTIPLY && typeof b === 'string' && isIntLike(a)) return UNSUPPORTED_NEEDS_VM;
  if (a instanceof PyComplex || b instanceof PyComplex) {
    const ca = complexOperand(a), cb = complexOperand(b);
    if (ca !== null && cb !== null) {
      switch (op) {
        case BinaryOp.ADD:
          return complexAdd(ca, cb);
        case BinaryOp.SUBTRACT:
          return complexSub(ca, cb);
        case BinaryOp.MULTIPLY:
          return complexMul(ca, cb);
        case BinaryOp.TRUE_DIVIDE:
          return complexTrueDiv(ca, cb);
        case BinaryOp.POWER:
          return complexPowOperands(ca, cb);
      }
    }
  }
  if ((a instanceof PyFloat || isIntLike(a)) && (b instanceof PyFloat || isIntLike(b))) {
    return floatBinaryOp(op, floatValue(a)!, floatValue(b)!);
  }
  if (a instanceof PyBytes || b instanceof PyBytes) {
    if (bytesOperatorApplies(op, a, b)) return UNSUPPORTED_NEEDS_VM;
    if (a instanceof PyBytes) return UNSUPPORTED;
  }
  // Set algebra, dict merging and dict-view set operations need the VM (hashing, equality).
  if (op === BinaryOp.OR || op === BinaryOp.AND || op === BinaryOp.SUBTRACT || op === BinaryOp.XOR) {
    if ((isSetLike(a) || isSetLike(b)) && !typeOf(a).isHeapType() && !typeOf(b).isHeapType()) return UNSUPPORTED_NEEDS_VM;
    // Classes: int | None builds a typing.Union (objects/union.ts).
    if (op === BinaryOp.OR && (a instanceof PyType || b instanceof PyType || a instanceof PyUnion || b instanceof PyUnion)) {
      const u = unionOr(a, b);
      if (u !== NotImplemented) return u;
    }
  }
  // Sequence concatenation and repetition need the VM (memory accounting, list += iterable);
  // a user-defined right operand goes to the dunder path first, for its __radd__/__rmul__.
  if (op === BinaryOp.ADD || op === BinaryOp.MULTIPLY) {
    if (isExactListOrTuple(a) && !typeOf(b).isHeapType()) return UNSUPPORTED_NEEDS_VM;
    if (op === BinaryOp.MULTIPLY && isExactListOrTuple(b) && isIntLike(a)) return UNSUPPORTED_NEEDS_VM;
  }
  return UNSUPPORTED;
}

export function unsupportedOperands(op: BinaryOp, a: PyValue, b: PyValue): never {
  const inplace = op >= BinaryOp.INPLACE;
  const sym = BINARY_OP_SYMBOLS[inplace ? op - BinaryOp.INPLACE : op]! + (inplace ? '=' : '');
  if (sym === '**' || sym === '**=') {
    throw typeError(`unsupported operand type(s) for ${sym} or pow(): '${typeOf(a).name}' and '${typeOf(b).name}'`);
  }
  // PyNumber_Add falls back to the sequence concat slot (bytes_concat).
  if ((sym === '+' || sym === '+=') && a instanceof PyBytes) throw typeError(`can't concat ${typeOf(b).name} to bytes`);
  // PyNumber_Multiply falls back to the sequence repeat slot, whose index check gives this message.
  if (sym === '*' || sym === '*=') {
    if (isSequence(a)) throw typeError(`can't multiply sequence by non-int of type '${typeOf(b).name}'`);
    if (isSequence(b)) throw typeError(`can't multiply sequence by non-int of type '${typeOf(a).name}'`);
  }
  throw typeError(`unsupported operand type(s) for ${sym}: '${typeOf(a).name}' and '${typeOf(b).name}'`);
}

/** Native rich comparison between builtin values, or UNSUPPORTED. */
export function nativeCompare(op: CompareOp, a: PyValue, b: PyValue): PyValue | typeof UNSUPPORTED {
  let c: number;
  if (typeof a === 'string' && typeof b === 'string') {
    if (op === CompareOp.EQ) return a === b;
    if (op === CompareOp.NE) return a !== b;
    c = strCompare(a, b);
  } else if (isIntLike(a) && isIntLike(b)) {
    c = intCompare(a, b);
  } else if ((isIntLike(a) || a instanceof PyFloat) && (isIntLike(b) || b instanceof PyFloat)) {
    // Exact comparison of an int with a float (no rounding of big ints); nan is unordered.
    const x = a instanceof PyFloat ? a.value : null;
    const y = b instanceof PyFloat ? b.value : null;
    if (x !== null && y !== null) c = x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
    else if (x !== null) c = x !== x ? NaN : -compareIntFloat(b as number | bigint | boolean, x);
    else c = y! !== y! ? NaN : compareIntFloat(a as number | bigint | boolean, y!);
  } else if (op === CompareOp.EQ || op === CompareOp.NE) {
    // Classes' __eq__/__ne__ run even for x == x, and a float nan is not equal to itself.
    if (typeOf(a).isHeapType() || typeOf(b).isHeapType() || a instanceof PyFloat || a instanceof PyComplex) return UNSUPPORTED;
    if (a === b) return op === CompareOp.EQ;
    if (a === None || b === None) return op === CompareOp.NE;
    return UNSUPPORTED;
  } else {
    return UNSUPPORTED;
  }
  if (c !== c) return op === CompareOp.NE;
  switch (op) {
    case CompareOp.LT:
      return c < 0;
    case CompareOp.LE:
      return c <= 0;
    case CompareOp.EQ:
      return c === 0;
    case CompareOp.NE:
      return c !== 0;
    case CompareOp.GT:
      return c > 0;
    case CompareOp.GE:
      return c >= 0;
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
  if (v instanceof PyComplex) return v.re !== 0 || v.im !== 0;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length !== 0;
  return UNSUPPORTED;
}
