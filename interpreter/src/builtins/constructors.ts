// Calling the numeric and text types: int(x, base), float(x), str(x), bool(x).
// Objects/longobject.c (long_new_impl, PyNumber_Long), Objects/floatobject.c (float_new_impl,
// PyNumber_Float), Objects/unicodeobject.c (unicode_new_impl), Objects/boolobject.c (bool_new).
// A class's __int__/__index__/__float__ runs as a nested call (it cannot suspend).
import { None, typeOf, type PyValue } from '../objects/object.ts';
import { typeName, unpack } from '../objects/str-args.ts';
import { generateSuggestion } from '../errors/suggestions.ts';
import { decodeBytes } from '../objects/str-codecs.ts';
import { callSpecial } from './common.ts';
import type { Kwargs } from '../objects/function.ts';
import { PyFloat } from '../objects/float.ts';
import { floatToInt } from '../objects/float.ts';
import { intToFloat } from '../objects/int.ts';
import { intFromString, intFromBytesText, floatFromString } from '../objects/number-parse.ts';
import { PyBytes, floatFromBytes } from '../objects/bytes.ts';
import type { Interp } from '../vm/interp.ts';
import { typeError, valueError } from '../vm/raise.ts';

function isIntValue(v: PyValue): v is number | bigint | boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
}


/** int(), int(x), int(x, base). */
export function callIntType(vm: Interp, args: PyValue[], kwargs: Kwargs | null): PyValue {
  let base: PyValue | undefined = args[1];
  if (kwargs !== null) {
    for (let i = 0; i < kwargs.names.length; i++) {
      const name = kwargs.names[i]!;
      if (name !== 'base') {
        const hint = generateSuggestion(['base'], name);
        throw typeError(`int() got an unexpected keyword argument '${name}'${hint === null ? '' : `. Did you mean '${hint}'?`}`);
      }
      if (args.length > 1) throw typeError("argument for int() given by name ('base') and position (2)");
      base = kwargs.values[i]!;
    }
  }
  const total = args.length + (kwargs?.names.length ?? 0);
  if (total > 2) throw typeError(`int expected at most 2 arguments, got ${total}`);
  if (args.length === 0) {
    if (base !== undefined) throw typeError('int() missing string argument');
    return 0;
  }
  const x = args[0]!;
  if (base !== undefined) {
    if (!isIntValue(base)) {
      // PyNumber_AsSsize_t on the base: a class's __index__ counts.
      const b = callSpecial(vm, base, '__index__', []);
      if (b === undefined) throw typeError(`'${typeOf(base).name}' object cannot be interpreted as an integer`);
      if (!isIntValue(b)) throw typeError(`__index__ returned non-int (type ${typeOf(b).name})`);
      base = b;
    }
    const b = Number(base);
    // long_new_impl checks the base's range before the argument's type.
    if ((b !== 0 && b < 2) || b > 36) throw valueError('int() base must be >= 2 and <= 36, or 0');
    if (typeof x === 'string') return intFromString(x, b);
    if (x instanceof PyBytes) return intFromBytesText(x.data, b);
    throw typeError("int() can't convert non-string with explicit base");
  }
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (isIntValue(x)) return x;
  if (x instanceof PyFloat) return floatToInt(x.value);
  if (typeof x === 'string') return intFromString(x, 10);
  if (x instanceof PyBytes) return intFromBytesText(x.data, 10);
  for (const name of ['__int__', '__index__']) {
    const r = callSpecial(vm, x, name, []);
    if (r === undefined) continue;
    if (typeof r === 'boolean') return r ? 1 : 0;
    if (isIntValue(r)) return r;
    throw typeError(`${name} returned non-int (type ${typeOf(r).name})`);
  }
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeOf(x).name}'`);
}

/** float(), float(x). */
export function callFloatType(vm: Interp, args: PyValue[], kwargs: Kwargs | null): PyValue {
  if (kwargs !== null) throw typeError('float() takes no keyword arguments');
  if (args.length > 1) throw typeError(`float expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return new PyFloat(0);
  const x = args[0]!;
  if (x instanceof PyFloat) return x;
  if (isIntValue(x)) return new PyFloat(intToFloat(x));
  if (typeof x === 'string') return new PyFloat(floatFromString(x));
  if (x instanceof PyBytes) return new PyFloat(floatFromBytes(x));
  const f = callSpecial(vm, x, '__float__', []);
  if (f !== undefined) {
    if (f instanceof PyFloat) return f;
    throw typeError(`${typeOf(x).name}.__float__ returned non-float (type ${typeOf(f).name})`);
  }
  const i = callSpecial(vm, x, '__index__', []);
  if (i !== undefined) {
    if (isIntValue(i)) return new PyFloat(intToFloat(i));
    throw typeError(`__index__ returned non-int (type ${typeOf(i).name})`);
  }
  throw typeError(`float() argument must be a string or a real number, not '${typeOf(x).name}'`);
}

/** str(), str(x), str(x, encoding, errors): unicode_vectorcall and unicode_new_impl. */
export function callStrType(vm: Interp, args: PyValue[], kwargs: Kwargs | null): PyValue {
  let object: PyValue | undefined;
  let encoding: PyValue | undefined;
  let errors: PyValue | undefined;
  if (kwargs !== null && kwargs.names.length > 0) {
    // The keyword path goes through Argument Clinic (unicode_new).
    [object, encoding, errors] = unpack('str', [None, ...args], kwargs, ['object', 'encoding', 'errors'], 0, 0);
  } else {
    if (args.length > 3) throw typeError(`str expected at most 3 arguments, got ${args.length}`);
    [object, encoding, errors] = args;
  }
  if (encoding !== undefined && typeof encoding !== 'string') throw typeError(`str() argument 'encoding' must be str, not ${typeName(encoding)}`);
  if (errors !== undefined && typeof errors !== 'string') throw typeError(`str() argument 'errors' must be str, not ${typeName(errors)}`);
  if (object === undefined) return '';
  if (encoding === undefined && errors === undefined) return vm.str(object);
  // PyUnicode_FromEncodedObject.
  if (typeof object === 'string') throw typeError('decoding str is not supported');
  const data = object instanceof PyBytes ? object.data : null;
  if (data === null) throw typeError(`decoding to str: need a bytes-like object, ${typeName(object)} found`);
  return decodeBytes(vm, data, encoding ?? 'utf-8', errors ?? 'strict', () => object);
}

/** bool(), bool(x). */
export function callBoolType(vm: Interp, args: PyValue[], kwargs: Kwargs | null): PyValue {
  if (kwargs !== null) throw typeError('bool() takes no keyword arguments');
  if (args.length > 1) throw typeError(`bool expected at most 1 argument, got ${args.length}`);
  return args.length === 0 ? false : vm.truthy(args[0]!);
}
