// The builtin functions of the `builtins` module. installBuiltins(define) hands each one to the
// VM; the type constructors (int, str, list, range, type...) are defined with their types.
// enumerate, zip, map, filter and reversed are types in CPython, so they are defined as types.
//
// Registry ids are 'builtins.<name>' (stable for snapshots); the objects are created once per
// process and shared by every interpreter, like the builtin types.

import type { PyValue } from '../objects/object.ts';
import { builtinFunction, type NativeFn } from '../objects/function.ts';
import { abs, divmod, pow, round } from './numeric.ts';
import { bin, oct, hex, chr, ord, repr, ascii, format } from './conversions.ts';
import { getattr, setattr, hasattr, delattr, callable } from './attributes.ts';
import { id, hash, isinstance, issubclass } from './identity.ts';
import { print } from './print.ts';
import {
  len, iter, next, all, any, sum, min, max, sorted,
  enumerateType, zipType, mapType, filterType, reversedType,
} from './iteration.ts';

const FUNCTIONS: [string, NativeFn][] = [
  ['abs', abs], ['all', all], ['any', any], ['ascii', ascii], ['bin', bin], ['callable', callable],
  ['chr', chr], ['delattr', delattr], ['divmod', divmod], ['format', format], ['getattr', getattr],
  ['hasattr', hasattr], ['hash', hash], ['hex', hex], ['id', id], ['isinstance', isinstance],
  ['issubclass', issubclass], ['iter', iter], ['len', len], ['max', max], ['min', min], ['next', next],
  ['oct', oct], ['ord', ord], ['pow', pow], ['print', print], ['repr', repr], ['round', round],
  ['setattr', setattr], ['sorted', sorted], ['sum', sum],
];

let created: Map<string, PyValue> | null = null;

/** The builtin functions and iterator types by name (created on first use). */
export function builtinValues(): Map<string, PyValue> {
  if (created === null) {
    created = new Map();
    for (const [name, fn] of FUNCTIONS) created.set(name, builtinFunction(`builtins.${name}`, name, fn));
    for (const t of [enumerateType, zipType, mapType, filterType, reversedType]) created.set(t.name, t);
  }
  return created;
}

export function installBuiltins(define: (name: string, value: PyValue) => void): void {
  for (const [name, v] of builtinValues()) define(name, v);
}
