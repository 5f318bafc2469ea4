// The __format__ methods of object, int (and bool), float and complex, for explicit calls
// (`(255).__format__('x')`, `object.__format__(obj, '')`); format(), f-strings and str.format
// reach the same code through vm.format. Objects/typeobject.c object___format___impl,
// Objects/longobject.c int___format___impl, Objects/floatobject.c float___format___impl,
// Objects/complexobject.c complex___format___impl.

import { None, intType, floatType, objectType, typeOf, type PyValue } from './object.ts';
import { PyFloat } from './float.ts';
import { PyComplex, complexType } from './complex.ts';
import { defineMethods, type Kwargs, type NativeFn } from './function.ts';
import { formatNumber } from './format-spec.ts';
import { typeName } from './str-args.ts';
import { typeError } from '../vm/raise.ts';
import type { PyType } from './object.ts';

/** The one str argument of a __format__ method (args[0] is the receiver). */
function specArg(qualname: string, args: PyValue[], kwargs: Kwargs | null): string {
  if (kwargs !== null && kwargs.names.length > 0) throw typeError(`${qualname}() takes no keyword arguments`);
  if (args.length !== 2) throw typeError(`${qualname}() takes exactly one argument (${args.length - 1} given)`);
  const spec = args[1]!;
  if (typeof spec !== 'string') throw typeError(`__format__() argument must be str, not ${typeName(spec)}`);
  return spec;
}

/** A number type's __format__: the receiver must be an instance of `type`. */
function numberFormat(type: PyType, isSelf: (v: PyValue) => boolean): NativeFn {
  return (_vm, args, kwargs) => {
    const self = args[0] ?? None;
    if (!isSelf(self)) throw typeError(`descriptor '__format__' for '${type.name}' objects doesn't apply to a '${typeName(self)}' object`);
    return formatNumber(self, specArg(`${type.name}.__format__`, args, kwargs))!;
  };
}

defineMethods(objectType, {
  __format__(vm, args, kwargs) {
    const self = args[0] ?? None;
    const spec = specArg('object.__format__', args, kwargs);
    if (spec !== '') throw typeError(`unsupported format string passed to ${typeOf(self).name}.__format__`);
    return vm.str(self);
  },
});
defineMethods(intType, {
  __format__: numberFormat(intType, (v) => typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean'),
});
defineMethods(floatType, { __format__: numberFormat(floatType, (v) => v instanceof PyFloat) });
defineMethods(complexType, { __format__: numberFormat(complexType, (v) => v instanceof PyComplex) });

