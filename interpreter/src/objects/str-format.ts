// str.format / str.format_map (Objects/stringlib/unicode_format.h), str.__format__
// (Python/formatter_unicode.c: format_string_internal) and printf-style `str % args`
// (Objects/unicodeobject.c: PyUnicode_Format). Values other than str are formatted through the
// interpreter (vm.format / vm.repr / vm.str), which owns int and float formatting.

import { None, isInt, strType, typeOf, type PyValue } from './object.ts';
import type { Kwargs } from './function.ts';
import { PyFloat, newFloat } from './float.ts';
import { PyTuple } from './tuple.ts';
import { intToDecimalString } from './int.ts';
import type { Interp } from '../vm/interp.ts';
import { RaisedException, indexError, keyError, overflowError, typeError, valueError } from '../vm/raise.ts';
import * as E from './exceptions.ts';
import { decimalValue } from './str-unicode.ts';
import { typeName } from './str-args.ts';
import { formatStr } from './format-spec.ts';
import { cpLength, cpSlice, getItem, strIndex } from './str.ts';
import { PyBytes, bytesFromLatin1, latin1Of } from './bytes.ts';

const SSIZE_MAX = 9223372036854775807n;

/** format(s, spec) for a str: str.__format__, with the padded result charged to the memory
 * budget. */
export function strFormatSpec(vm: Interp, s: string, spec: string): string {
  return formatStr(s, spec, 'str', (bytes) => vm.charge(bytes));
}

// =============================================================================================
// str.format and str.format_map

/** ascii(v): repr with non-ASCII characters escaped. */
export function asciiOf(vm: Interp, v: PyValue): string {
  return escapeNonAscii(vm.repr(v));
}

export function escapeNonAscii(r: string): string {
  if (/^[\x00-\x7f]*$/.test(r)) return r;
  let out = '';
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

interface FormatContext {
  vm: Interp;
  args: PyValue[] | null; // null for format_map
  kwargs: Kwargs | null;
  mapping: PyValue | null; // format_map's mapping
  autoState: 0 | 1 | 2; // ANS_INIT, ANS_AUTO, ANS_MANUAL
  autoNumber: number;
}

/** get_integer: the decimal value of a whole field name part, -1 if it is empty or not all digits. */
function getInteger(cs: string[]): number {
  if (cs.length === 0) return -1;
  let v = 0n;
  for (const ch of cs) {
    const d = decimalValue(ch.codePointAt(0)!);
    if (d < 0) return -1;
    v = v * 10n + BigInt(d);
    if (v > SSIZE_MAX) throw valueError('Too many decimal digits in format string');
  }
  return Number(v);
}

function getFieldObject(ctx: FormatContext, fieldName: string): PyValue {
  const cs = Array.from(fieldName);
  let i = 0;
  while (i < cs.length && cs[i] !== '.' && cs[i] !== '[') i++;
  const first = cs.slice(0, i);
  let index = getInteger(first);
  const empty = first.length === 0;
  const numeric = empty || index !== -1;
  if (ctx.autoState === 0 && numeric) ctx.autoState = empty ? 1 : 2;
  if (numeric) {
    if (ctx.autoState === 2 && empty) throw valueError('cannot switch from manual field specification to automatic field numbering');
    if (ctx.autoState === 1 && !empty) throw valueError('cannot switch from automatic field numbering to manual field specification');
  }
  if (empty) index = ctx.autoNumber++;
  const vm = ctx.vm;
  let obj: PyValue;
  if (index === -1) {
    const key = first.join('');
    if (ctx.mapping !== null) obj = getItem(vm, ctx.mapping, key);
    else {
      const k = ctx.kwargs === null ? -1 : ctx.kwargs.names.indexOf(key);
      if (k < 0) throw keyError(key);
      obj = ctx.kwargs!.values[k]!;
    }
  } else {
    if (ctx.args === null) throw valueError('Format string contains positional fields');
    if (index >= ctx.args.length) throw indexError(`Replacement index ${index} out of range for positional args tuple`);
    obj = ctx.args[index]!;
  }
  // The rest: .attr and [key] parts (FieldNameIterator_next).
  while (i < cs.length) {
    const c = cs[i++];
    let name: string[];
    if (c === '.') {
      const start = i;
      while (i < cs.length && cs[i] !== '.' && cs[i] !== '[') i++;
      name = cs.slice(start, i);
      if (name.length === 0) throw valueError('Empty attribute in format string');
      obj = vm.getAttr(obj, name.join(''));
    } else if (c === '[') {
      const start = i;
      while (i < cs.length && cs[i] !== ']') i++;
      if (i >= cs.length) throw valueError("Missing ']' in format string");
      name = cs.slice(start, i);
      i++;
      if (name.length === 0) throw valueError('Empty attribute in format string');
      const idx = getInteger(name);
      const key: PyValue = idx === -1 ? name.join('') : idx;
      obj = typeof obj === 'string' && typeof key === 'number' ? strIndex(obj, key) : getItem(vm, obj, key);
    } else throw valueError("Only '.' or '[' may follow ']' in format field specifier");
  }
  return obj;
}

function convert(vm: Interp, obj: PyValue, conversion: string): PyValue {
  switch (conversion) {
    case 'r':
      return vm.repr(obj);
    case 's':
      return vm.str(obj);
    case 'a':
      return asciiOf(vm, obj);
    default: {
      const c = conversion.codePointAt(0)!;
      if (c > 32 && c < 127) throw valueError(`Unknown conversion specifier ${conversion}`);
      throw valueError(`Unknown conversion specifier \\x${c.toString(16)}`);
    }
  }
}

/** build_string / output_markup: expands one format string. */
function buildString(ctx: FormatContext, fmt: string, depth: number): string {
  if (depth <= 0) throw valueError('Max string recursion exceeded');
  const vm = ctx.vm;
  let out = '';
  let pos = 0;
  const n = fmt.length;
  while (pos < n) {
    // Literal text up to the first '{' or '}'.
    let j = pos;
    while (j < n && fmt[j] !== '{' && fmt[j] !== '}') j++;
    out += fmt.slice(pos, j);
    if (j >= n) break;
    const c = fmt[j]!;
    const atEnd = j + 1 >= n;
    if (c === '}') {
      if (atEnd || fmt[j + 1] !== '}') throw valueError("Single '}' encountered in format string");
      out += '}';
      pos = j + 2;
      continue;
    }
    if (atEnd) throw valueError("Single '{' encountered in format string");
    if (fmt[j + 1] === '{') {
      out += '{';
      pos = j + 2;
      continue;
    }
    // parse_field
    let k = j + 1;
    const nameStart = k;
    let ch = '';
    for (;;) {
      if (k >= n) {
        ch = '';
        break;
      }
      ch = fmt[k++]!;
      if (ch === '{') throw valueError("unexpected '{' in field name");
      if (ch === '[') {
        while (k < n && fmt[k] !== ']') k++;
        ch = '';
        continue;
      }
      if (ch === '}' || ch === ':' || ch === '!') break;
    }
    if (ch !== '}' && ch !== ':' && ch !== '!') throw valueError("expected '}' before end of string");
    const fieldName = fmt.slice(nameStart, k - 1);
    let conversion = '';
    let spec = '';
    let specNeedsExpanding = false;
    if (ch === '!' || ch === ':') {
      let done = false;
      if (ch === '!') {
        if (k >= n) throw valueError('end of string while looking for conversion specifier');
        const cp = fmt.codePointAt(k)!;
        conversion = String.fromCodePoint(cp);
        k += conversion.length;
        if (k < n) {
          const c2 = fmt[k++];
          if (c2 === '}') done = true;
          else if (c2 !== ':') throw valueError("expected ':' after conversion specifier");
        }
      }
      if (!done) {
        const specStart = k;
        let count = 1;
        let closed = false;
        while (k < n) {
          const c3 = fmt[k++];
          if (c3 === '{') {
            specNeedsExpanding = true;
            count++;
          } else if (c3 === '}') {
            count--;
            if (count === 0) {
              spec = fmt.slice(specStart, k - 1);
              closed = true;
              break;
            }
          }
        }
        if (!closed) throw valueError("unmatched '{' in format spec");
      }
    }
    pos = k;
    // render_field
    let obj = getFieldObject(ctx, fieldName);
    if (conversion !== '') obj = convert(vm, obj, conversion);
    if (specNeedsExpanding) spec = buildString(ctx, spec, depth - 1);
    const piece = typeof obj === 'string' && spec === '' ? obj : typeof obj === 'string' ? strFormatSpec(vm, obj, spec) : vm.format(obj, spec);
    vm.charge(piece.length * 2);
    out += piece;
  }
  return out;
}

/** fmt.format(*args, **kwargs). */
export function strFormatMethod(vm: Interp, fmt: string, args: PyValue[], kwargs: Kwargs | null): string {
  return buildString({ vm, args, kwargs, mapping: null, autoState: 0, autoNumber: 0 }, fmt, 2);
}

/** fmt.format_map(mapping). */
export function strFormatMap(vm: Interp, fmt: string, mapping: PyValue): string {
  return buildString({ vm, args: null, kwargs: null, mapping, autoState: 0, autoNumber: 0 }, fmt, 2);
}

// =============================================================================================
// printf-style formatting: fmt % args (PyUnicode_Format)

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

/** True for objects % treats as a mapping: anything with __getitem__ except tuples and strs
 * (PyMapping_Check). */
function isMapping(v: PyValue): boolean {
  if (typeof v !== 'object' || v instanceof PyTuple) return false;
  return typeOf(v).lookup('__getitem__') !== undefined;
}

/** An int for %d/%x/%o/%c: the value as bigint-or-number, following PyNumber_Index or PyNumber_Long. */
function intForFormat(vm: Interp, v: PyValue, conv: string): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const isDecimalConv = conv === 'd' || conv === 'i' || conv === 'u';
  if (v instanceof PyFloat) {
    if (!isDecimalConv) throw typeError(`%${conv} format: an integer is required, not float`);
    const x = v.value;
    if (x !== x) throw valueError('cannot convert float NaN to integer');
    if (!Number.isFinite(x)) throw overflowError('cannot convert float infinity to integer');
    const t = Math.trunc(x);
    return Number.isSafeInteger(t) ? t : BigInt(t);
  }
  if (typeof v !== 'string') {
    // PyNumber_Long (__int__, then __index__) for %d/%i/%u, _PyNumber_Index for %x/%X/%o; a
    // TypeError from them becomes the "is required" message below (mainformatlong, formatlong).
    const t = typeOf(v);
    const m = isDecimalConv ? (t.lookup('__int__') ?? t.lookup('__index__')) : t.lookup('__index__');
    if (m !== undefined) {
      let r: PyValue;
      try {
        r = vm.callNested(m, [v]);
      } catch (e) {
        if (!(e instanceof RaisedException && e.exc.type.isSubtypeOf(E.TypeError))) throw e;
        r = None;
      }
      if (typeof r === 'boolean') return r ? 1 : 0;
      if (isInt(r)) return r;
    }
  }
  if (isDecimalConv) throw typeError(`%${conv} format: a real number is required, not ${typeName(v)}`);
  throw typeError(`%${conv} format: an integer is required, not ${typeName(v)}`);
}

function floatForFormat(vm: Interp, v: PyValue): PyFloat {
  if (v instanceof PyFloat) return v;
  if (typeof v === 'number') return newFloat(v);
  if (typeof v === 'boolean') return newFloat(v ? 1 : 0);
  if (typeof v === 'bigint') {
    const x = Number(v);
    if (!Number.isFinite(x)) throw overflowError('int too large to convert to float');
    return newFloat(x);
  }
  if (typeof v !== 'string') {
    const t = typeOf(v);
    const m = t.lookup('__float__') ?? t.lookup('__index__');
    if (m !== undefined) {
      const r = vm.callNested(m, [v]);
      if (r instanceof PyFloat) return r;
      if (isInt(r)) return floatForFormat(vm, r);
    }
  }
  throw typeError(`must be real number, not ${typeName(v)}`);
}

/** bytes' formatfloat (Objects/bytesobject.c): any failure of PyFloat_AsDouble becomes this TypeError. */
function bytesFloatForFormat(vm: Interp, v: PyValue): PyFloat {
  try {
    return floatForFormat(vm, v);
  } catch (e) {
    if (!(e instanceof RaisedException)) throw e;
    throw typeError(`float argument required, not ${typeName(v)}`);
  }
}

/** fmt % args for a str. */
export function strPercent(vm: Interp, fmt: string, args: PyValue): string {
  return percentFormat(vm, fmt, args, false);
}

/** The printf-style engine shared by str and bytes (Objects/bytesobject.c: _PyBytes_FormatEx
 * follows the same grammar). For bytes, `fmt` and the result hold one byte per character
 * (latin-1). */
export function percentFormat(vm: Interp, fmt: string, args: PyValue, bytesMode: boolean): string {
  let argList: PyValue[];
  let argIdx: number;
  let argLen: number;
  if (args instanceof PyTuple) {
    argList = args.items;
    argLen = args.items.length;
    argIdx = 0;
  } else {
    argList = [args];
    argLen = -1;
    argIdx = -2;
  }
  // bytes % never treats a bytes or str argument as the mapping; str % only excludes str.
  const dict = isMapping(args) && !(bytesMode && args instanceof PyBytes) ? args : null;
  let single: PyValue = args;
  const nextArg = (): PyValue => {
    if (argIdx < argLen) {
      const i = argIdx++;
      return argLen < 0 ? single : argList[i]!;
    }
    throw typeError('not enough arguments for format string');
  };
  let out = '';
  let pos = 0;
  const n = fmt.length;
  while (pos < n) {
    const j = fmt.indexOf('%', pos);
    if (j < 0) {
      out += fmt.slice(pos);
      break;
    }
    out += fmt.slice(pos, j);
    pos = j + 1;
    if (pos >= n) throw valueError('incomplete format');
    if (fmt[pos] === '%') {
      out += '%';
      pos++;
      continue;
    }
    // Mapping key.
    if (fmt[pos] === '(') {
      if (dict === null) throw typeError('format requires a mapping');
      let depth = 1;
      const start = ++pos;
      while (depth > 0 && pos < n) {
        if (fmt[pos] === ')') depth--;
        else if (fmt[pos] === '(') depth++;
        pos++;
      }
      if (depth > 0) throw valueError('incomplete format key');
      const key = fmt.slice(start, pos - 1);
      single = getItem(vm, dict, bytesMode ? bytesFromLatin1(key) : key);
      argList = [single];
      argLen = -1;
      argIdx = -2;
    }
    // Flags.
    let flags = 0;
    for (; pos < n; pos++) {
      const c = fmt[pos];
      if (c === '-') flags |= F_LJUST;
      else if (c === '+') flags |= F_SIGN;
      else if (c === ' ') flags |= F_BLANK;
      else if (c === '#') flags |= F_ALT;
      else if (c === '0') flags |= F_ZERO;
      else break;
    }
    // Width.
    let width = -1;
    if (pos < n && fmt[pos] === '*') {
      const v = nextArg();
      if (!(isInt(v) || typeof v === 'boolean')) throw typeError('* wants int');
      let w = typeof v === 'boolean' ? (v ? 1 : 0) : v;
      if (typeof w === 'bigint') throw overflowError('Python int too large to convert to C ssize_t');
      if (w < 0) {
        flags |= F_LJUST;
        w = -w;
      }
      width = w;
      pos++;
    } else {
      let w = -1;
      while (pos < n && fmt.charCodeAt(pos) >= 0x30 && fmt.charCodeAt(pos) <= 0x39) {
        w = (w < 0 ? 0 : w) * 10 + (fmt.charCodeAt(pos) - 0x30);
        if (w > 2147483647) throw valueError('width too big');
        pos++;
      }
      width = w;
    }
    // Precision.
    let prec = -1;
    if (pos < n && fmt[pos] === '.') {
      pos++;
      prec = 0;
      if (pos < n && fmt[pos] === '*') {
        const v = nextArg();
        if (!(isInt(v) || typeof v === 'boolean')) throw typeError('* wants int');
        const p = typeof v === 'boolean' ? (v ? 1 : 0) : v;
        if (typeof p === 'bigint') throw overflowError('Python int too large to convert to C ssize_t');
        prec = p < 0 ? 0 : p;
        pos++;
      } else {
        while (pos < n && fmt.charCodeAt(pos) >= 0x30 && fmt.charCodeAt(pos) <= 0x39) {
          prec = prec * 10 + (fmt.charCodeAt(pos) - 0x30);
          if (prec > 2147483647) throw valueError('precision too big');
          pos++;
        }
      }
    }
    if (pos >= n) throw valueError('incomplete format');
    // Length modifiers are accepted and ignored.
    if (fmt[pos] === 'h' || fmt[pos] === 'l' || fmt[pos] === 'L') {
      pos++;
      if (pos >= n) throw valueError('incomplete format');
    }
    const convPos = pos;
    const conv = String.fromCodePoint(fmt.codePointAt(pos)!);
    pos += conv.length;
    const v = nextArg();
    let body: string;
    let signed = false; // numeric: sign and zero padding apply
    let prefixLen = 0;
    switch (conv) {
      case 's':
      case 'r':
      case 'a':
      case 'b': {
        if (bytesMode) {
          if (conv === 's' || conv === 'b') body = bytesOperandLatin1(vm, v);
          else body = asciiOf(vm, v);
        } else {
          if (conv === 'b') throw unsupportedChar(conv, convPos, false);
          body = conv === 's' ? (typeof v === 'string' ? v : vm.str(v)) : conv === 'r' ? vm.repr(v) : asciiOf(vm, v);
        }
        if (prec >= 0 && cpLength(body) > prec) body = cpSlice(body, 0, prec);
        break;
      }
      case 'c': {
        if (bytesMode) {
          if (v instanceof PyBytes) {
            if (v.data.length !== 1) throw typeError(`%c requires an integer in range(256) or a single byte, not a bytes object of length ${v.data.length}`);
            body = String.fromCharCode(v.data[0]!);
            break;
          }
          if (!(isInt(v) || typeof v === 'boolean') && (typeof v === 'string' || v instanceof PyFloat || typeOf(v).lookup('__index__') === undefined)) {
            throw typeError(`%c requires an integer in range(256) or a single byte, not ${typeName(v)}`);
          }
          const code = intForFormat(vm, v, 'x');
          if (code < 0 || code > 255) throw overflowError('%c arg not in range(256)');
          body = String.fromCharCode(Number(code));
          break;
        }
        if (typeof v === 'string') {
          const len = cpLength(v);
          if (len !== 1) throw typeError(`%c requires an int or a unicode character, not a string of length ${len}`);
          body = v;
        } else {
          let code: number | bigint;
          if (isInt(v) || typeof v === 'boolean') code = typeof v === 'boolean' ? (v ? 1 : 0) : v;
          else if (v instanceof PyFloat || typeOf(v).lookup('__index__') === undefined) {
            throw typeError(`%c requires an int or a unicode character, not ${typeName(v)}`);
          } else code = intForFormat(vm, v, 'x');
          if (code < 0 || code > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
          body = String.fromCodePoint(Number(code));
        }
        break;
      }
      case 'd':
      case 'i':
      case 'u':
      case 'x':
      case 'X':
      case 'o': {
        const iv = intForFormat(vm, v, conv);
        const neg = iv < 0;
        const mag = neg ? -iv : iv;
        let digits = conv === 'x' || conv === 'X' ? mag.toString(16) : conv === 'o' ? mag.toString(8) : intToDecimalString(mag);
        if (conv === 'X') digits = digits.toUpperCase();
        if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
        let prefix = '';
        if (flags & F_ALT) prefix = conv === 'x' ? '0x' : conv === 'X' ? '0X' : conv === 'o' ? '0o' : '';
        const sign = neg ? '-' : flags & F_SIGN ? '+' : flags & F_BLANK ? ' ' : '';
        prefixLen = sign.length + prefix.length;
        body = sign + prefix + digits;
        signed = true;
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        const fv = bytesMode ? bytesFloatForFormat(vm, v) : floatForFormat(vm, v);
        let spec = '';
        if (flags & F_SIGN) spec += '+';
        else if (flags & F_BLANK) spec += ' ';
        if (flags & F_ALT) spec += '#';
        spec += '.' + (prec < 0 ? 6 : prec) + conv;
        body = vm.format(fv, spec);
        const first = body[0];
        prefixLen = first === '-' || first === '+' || first === ' ' ? 1 : 0;
        signed = true;
        break;
      }
      default:
        throw unsupportedChar(conv, convPos, bytesMode);
    }
    const len = cpLength(body);
    if (width > len) {
      vm.charge((width - len) * 2);
      const padN = width - len;
      if (flags & F_LJUST) body = body + ' '.repeat(padN);
      else if (signed && flags & F_ZERO) body = body.slice(0, prefixLen) + '0'.repeat(padN) + body.slice(prefixLen);
      else body = ' '.repeat(padN) + body;
    }
    vm.charge(body.length * 2);
    out += body;
  }
  if (argIdx < argLen && dict === null) throw typeError(`not all arguments converted during ${bytesMode ? 'bytes' : 'string'} formatting`);
  return out;
}

function unsupportedChar(conv: string, index: number, bytesMode: boolean): RaisedException {
  const code = conv.codePointAt(0)!;
  // _PyBytes_FormatEx formats the (signed char) byte with %c: a byte >= 0x80 is negative there.
  if (bytesMode && code >= 0x80) return overflowError('character argument not in range(0x110000)');
  const shown = code >= 0x20 && code < 0x7f ? conv : '?';
  return valueError(`unsupported format character '${shown}' (0x${code.toString(16)}) at index ${index}`);
}

/** %s / %b operand of bytes formatting: a bytes object or anything with __bytes__. */
function bytesOperandLatin1(vm: Interp, v: PyValue): string {
  if (v instanceof PyBytes) return latin1Of(v.data);
  if (typeof v === 'object') {
    const m = typeOf(v).lookup('__bytes__');
    if (m !== undefined) {
      const r = vm.callNested(m, [v]);
      if (r instanceof PyBytes) return latin1Of(r.data);
      throw typeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
    }
  }
  throw typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(v)}'`);
}

/** Checks `'%'` format arguments only for types that are str (the binary operator's entry). */
export function isStrType(v: PyValue): boolean {
  return typeof v === 'string' || typeOf(v).isSubtypeOf(strType);
}

