// bin, hex, oct, chr, ord, ascii, repr, format (Python/bltinmodule.c): conversions between
// values and their text forms.

import { None } from '../objects/object.ts';
import { intToBaseString } from '../objects/int.ts';
import { PyBytes } from '../objects/bytes.ts';
import { cpLength } from '../objects/str.ts';
import { asciiOf } from '../objects/str-format.ts';
import { badArgTypeName, indexValue, typeName } from '../objects/str-args.ts';
import type { NativeFn } from '../objects/function.ts';
import { typeError, valueError } from '../vm/raise.ts';
import { checkPositional, indexOrError, noKwargs, oneArg } from './common.ts';
// object/int/float/complex.__format__ methods.
import '../objects/format-methods.ts';

function baseString(name: string, base: 2 | 8 | 16): NativeFn {
  return (vm, args, kwargs) => intToBaseString(indexOrError(vm, oneArg(name, args, kwargs)), base);
}

export const bin = baseString('bin', 2);
export const oct = baseString('oct', 8);
export const hex = baseString('hex', 16);

/** chr(i): any int outside range(0x110000), however large, is a ValueError (3.14). */
export const chr: NativeFn = (vm, args, kwargs) => {
  const v = oneArg('chr', args, kwargs);
  const i = indexValue(vm, v);
  if (i === null) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  if (typeof i === 'bigint' || i < 0 || i > 0x10ffff) throw valueError('chr() arg not in range(0x110000)');
  return String.fromCodePoint(i);
};

export const ord: NativeFn = (_vm, args, kwargs) => {
  const v = oneArg('ord', args, kwargs);
  if (typeof v === 'string') {
    const n = cpLength(v);
    if (n !== 1) throw typeError(`ord() expected a character, but string of length ${n} found`);
    return v.codePointAt(0)!;
  }
  if (v instanceof PyBytes) {
    if (v.data.length !== 1) throw typeError(`ord() expected a character, but string of length ${v.data.length} found`);
    return v.data[0]!;
  }
  throw typeError(`ord() expected string of length 1, but ${typeName(v)} found`);
};

export const repr: NativeFn = (vm, args, kwargs) => vm.repr(oneArg('repr', args, kwargs));

export const ascii: NativeFn = (vm, args, kwargs) => asciiOf(vm, oneArg('ascii', args, kwargs));

/** format(value, format_spec='', /) */
export const format: NativeFn = (vm, args, kwargs) => {
  noKwargs('format', kwargs);
  checkPositional('format', args.length, 1, 2);
  const spec = args.length > 1 ? args[1]! : '';
  if (typeof spec !== 'string') throw typeError(`format() argument 2 must be str, not ${badArgTypeName(spec)}`);
  return vm.format(args[0]!, spec);
};

void None;
