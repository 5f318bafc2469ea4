// Argument parsing for the native methods of str and bytes, with the error messages of CPython's
// Argument Clinic (Python/getargs.c: _PyArg_CheckPositional, _PyArg_UnpackKeywords,
// _PyArg_NoKeywords) and of the converters they use (Py_ssize_t, int, slice indices).

import { None, TYPE_FLAG_HEAPTYPE, typeOf, isInt, type PyValue } from './object.ts';
import { PyFloat } from './float.ts';
import type { Kwargs } from './function.ts';
import type { Interp } from '../vm/interp.ts';
import { overflowError, typeError } from '../vm/raise.ts';
import { generateSuggestion } from '../errors/suggestions.ts';

const INT64_MAX = 9223372036854775807n;
const INT64_MIN = -9223372036854775808n;

/** _PyArg_NoKeywords: `str.upper(x=1)`. */
export function noKeywords(qualname: string, kwargs: Kwargs | null): void {
  if (kwargs !== null && kwargs.names.length > 0) throw typeError(`${qualname}() takes no keyword arguments`);
}

/** METH_NOARGS: `str.upper()`. */
export function noArgs(qualname: string, args: PyValue[], kwargs: Kwargs | null): void {
  noKeywords(qualname, kwargs);
  if (args.length !== 1) throw typeError(`${qualname}() takes no arguments (${args.length - 1} given)`);
}

/** METH_O: `str.join(x)`; returns the argument. */
export function oneArg(qualname: string, args: PyValue[], kwargs: Kwargs | null): PyValue {
  noKeywords(qualname, kwargs);
  if (args.length !== 2) throw typeError(`${qualname}() takes exactly one argument (${args.length - 1} given)`);
  return args[1]!;
}

/** Positional-only parameters checked by _PyArg_CheckPositional (`center expected at least 1
 * argument, got 0`). `args` includes the receiver. */
export function positional(qualname: string, name: string, args: PyValue[], kwargs: Kwargs | null, min: number, max: number): void {
  if (kwargs !== null && kwargs.names.length > 0) throw typeError(`${qualname}() takes no keyword arguments`);
  const n = args.length - 1;
  if (n < min) throw typeError(`${name} expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  if (n > max) throw typeError(`${name} expected ${min === max ? '' : 'at most '}${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/**
 * _PyArg_UnpackKeywords for a signature whose first `posOnly` parameters are positional-only and
 * the first `required` are required. Returns one slot per parameter (undefined when not given).
 * `args` includes the receiver.
 */
export function unpack(name: string, args: PyValue[], kwargs: Kwargs | null, params: string[], posOnly: number, required: number): (PyValue | undefined)[] {
  const nargs = args.length - 1;
  const nkw = kwargs === null ? 0 : kwargs.names.length;
  const max = params.length;
  const out: (PyValue | undefined)[] = new Array(max).fill(undefined);
  if (nargs + nkw > max) {
    throw typeError(`${name}() takes at most ${max} ${nargs === 0 ? 'keyword ' : ''}argument${max === 1 ? '' : 's'} (${nargs + nkw} given)`);
  }
  if (nargs < posOnly && nargs < required) {
    const minPos = Math.min(posOnly, required);
    throw typeError(`${name}() takes ${minPos < max ? 'at least' : 'exactly'} ${minPos} positional argument${minPos === 1 ? '' : 's'} (${nargs} given)`);
  }
  for (let i = 0; i < nargs; i++) out[i] = args[i + 1];
  if (kwargs !== null) {
    for (let k = 0; k < nkw; k++) {
      const kn = kwargs.names[k]!;
      const idx = params.indexOf(kn);
      if (idx < 0 || idx < posOnly) {
        if (idx >= 0) throw typeError(`${name}() got some positional-only arguments passed as keyword arguments: '${kn}'`);
        const suggestion = generateSuggestion(params.slice(posOnly), kn);
        throw typeError(`${name}() got an unexpected keyword argument '${kn}'${suggestion === null ? '' : `. Did you mean '${suggestion}'?`}`);
      }
      if (idx < nargs) throw typeError(`argument for ${name}() given by name ('${kn}') and position (${idx + 1})`);
      out[idx] = kwargs.values[k];
    }
  }
  for (let i = nargs; i < required; i++) {
    if (out[i] === undefined) throw typeError(`${name}() missing required argument '${params[i]}' (pos ${i + 1})`);
  }
  return out;
}

/** The type name CPython puts in messages (`'float' object ...`): tp_name, which for static
 * types outside builtins includes the module (`types.SimpleNamespace`). */
export function typeName(v: PyValue): string {
  const t = typeOf(v);
  return t.module === 'builtins' || (t.flags & TYPE_FLAG_HEAPTYPE) !== 0 ? t.name : `${t.module}.${t.name}`;
}

/** The type name in "argument must be str, not X" messages (_PyArg_BadArgument): None is "None". */
export function badArgTypeName(v: PyValue): string {
  return v === None ? 'None' : typeName(v);
}

/** operator.index(v) as a JS number or bigint (bool is an int). */
export function indexValue(vm: Interp, v: PyValue): number | bigint | null {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string' || v instanceof PyFloat) return null;
  const method = typeOf(v).lookup('__index__');
  if (method === undefined) return null;
  const r = vm.callNested(method, [v]);
  if (!isInt(r) && typeof r !== 'boolean') throw typeError(`__index__ returned non-int (type ${typeName(r)})`);
  return typeof r === 'boolean' ? (r ? 1 : 0) : r;
}

/** The Py_ssize_t converter. */
export function ssizeArg(vm: Interp, v: PyValue): number {
  const i = indexValue(vm, v);
  if (i === null) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  if (typeof i === 'number') return i;
  if (i > INT64_MAX || i < INT64_MIN) throw overflowError('Python int too large to convert to C ssize_t');
  return Number(i);
}

/** The C int converter. */
export function cIntArg(vm: Interp, v: PyValue): number {
  if (v instanceof PyFloat) throw typeError(`'float' object cannot be interpreted as an integer`);
  const i = indexValue(vm, v);
  if (i === null) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  if (typeof i === 'bigint' || i > 2147483647 || i < -2147483648) throw overflowError('Python int too large to convert to C int');
  return i;
}

/** _PyEval_SliceIndex: an int, None (returns `dflt`) or __index__; huge values clamp. */
export function sliceIndexArg(vm: Interp, v: PyValue | undefined, dflt: number): number {
  if (v === undefined || v === None) return dflt;
  const i = indexValue(vm, v);
  if (i === null) throw typeError('slice indices must be integers or None or have an __index__ method');
  if (typeof i === 'number') return i;
  return i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

/** Adjusts [start, end) for a sequence of `len` items as the find family does
 * (ADJUST_INDICES in Objects/stringlib). */
export function adjustIndices(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  return [start, end];
}

/** PySlice_AdjustIndices: clamps a slice's start and stop for a sequence of `length` items and
 * returns the number of items it selects. */
export function adjustSlice(length: number, start: number | null, stop: number | null, step: number): [number, number, number] {
  if (start === null) start = step < 0 ? length - 1 : 0;
  else if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) start = step < 0 ? length - 1 : length;
  if (stop === null) stop = step < 0 ? -1 : length;
  else if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  let count = 0;
  if (step < 0) {
    if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) count = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, count];
}
