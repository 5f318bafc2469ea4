// Binding call arguments to a Python function's parameters (Python/ceval.c: initialize_locals),
// with CPython's TypeError messages.

import type { PyValue } from '../objects/object.ts';
import { newTuple } from '../objects/tuple.ts';
import type { PyFunction } from '../objects/pyfunction.ts';
import { CO_VARARGS, CO_VARKEYWORDS } from '../compiler/code.ts';
import { typeError } from './raise.ts';
import type { Frame } from './frame.ts';

/** Builds the **kwargs dict of a call (provided by the VM, which owns the dict type). */
export type KwargsDictFactory = (names: string[], values: PyValue[]) => PyValue;

/**
 * Fills `frame.fast` with the arguments of a call to `fn`: positional `args`, then keyword
 * arguments `kwnames[i] = kwvalues[i]`.
 */
export function bindArguments(
  fn: PyFunction,
  frame: Frame,
  args: PyValue[],
  argsStart: number,
  nargs: number,
  kwnames: readonly string[] | null,
  kwvalues: readonly PyValue[] | null,
  makeKwargsDict: KwargsDictFactory,
): void {
  const co = fn.code;
  const fast = frame.fast;
  const argcount = co.argcount;
  const total = argcount + co.kwonlyargcount;
  const hasVarargs = (co.flags & CO_VARARGS) !== 0;
  const hasVarkw = (co.flags & CO_VARKEYWORDS) !== 0;
  let extraNames: string[] | null = null;
  let extraValues: PyValue[] | null = null;

  // Positional arguments.
  const n = nargs < argcount ? nargs : argcount;
  for (let i = 0; i < n; i++) fast[i] = args[argsStart + i];
  if (hasVarargs) {
    fast[total] = nargs > argcount ? newTuple(args.slice(argsStart + argcount, argsStart + nargs)) : newTuple([]);
  }

  // Keyword arguments.
  if (kwnames !== null) {
    const varnames = co.varnames;
    for (let k = 0; k < kwnames.length; k++) {
      const name = kwnames[k]!;
      const value = kwvalues![k]!;
      let j = co.posonlyargcount;
      for (; j < total; j++) if (varnames[j] === name) break;
      if (j === total) {
        if (hasVarkw) {
          (extraNames ??= []).push(name);
          (extraValues ??= []).push(value);
          continue;
        }
        // A positional-only parameter passed by keyword gets its own message.
        const posonly = varnames.slice(0, co.posonlyargcount).filter((p) => kwnames.includes(p));
        if (posonly.length) {
          throw typeError(`${fn.qualname}() got some positional-only arguments passed as keyword arguments: '${posonly.join(', ')}'`);
        }
        throw typeError(`${fn.qualname}() got an unexpected keyword argument '${name}'`);
      }
      if (fast[j] !== undefined) throw typeError(`${fn.qualname}() got multiple values for argument '${name}'`);
      fast[j] = value;
    }
  }
  if (hasVarkw) fast[total + (hasVarargs ? 1 : 0)] = makeKwargsDict(extraNames ?? [], extraValues ?? []);

  if (nargs > argcount && !hasVarargs) throw tooManyPositional(fn, nargs);

  // Missing positional arguments take their defaults.
  if (nargs < argcount) {
    const defaults = fn.defaults ?? [];
    const firstDefault = argcount - defaults.length;
    const missing: string[] = [];
    for (let i = nargs; i < argcount; i++) {
      if (fast[i] !== undefined) continue;
      if (i >= firstDefault) fast[i] = defaults[i - firstDefault];
      else missing.push(co.varnames[i]!);
    }
    if (missing.length) throw missingArguments(fn, 'positional', missing);
  }

  // Missing keyword-only arguments take their defaults.
  if (co.kwonlyargcount > 0) {
    const missing: string[] = [];
    for (let i = argcount; i < total; i++) {
      if (fast[i] !== undefined) continue;
      const name = co.varnames[i]!;
      const d = fn.kwdefaults?.get(name);
      if (d !== undefined) fast[i] = d;
      else missing.push(name);
    }
    if (missing.length) throw missingArguments(fn, 'keyword-only', missing);
  }
}

/** too_many_positional */
function tooManyPositional(fn: PyFunction, given: number) {
  const co = fn.code;
  let kwonlyGiven = 0;
  // Counted before the positional check, as CPython does (keyword-only arguments already bound).
  void kwonlyGiven;
  const defcount = fn.defaults?.length ?? 0;
  let sig: string;
  let plural: boolean;
  if (defcount) {
    plural = true;
    sig = `from ${co.argcount - defcount} to ${co.argcount}`;
  } else {
    plural = co.argcount !== 1;
    sig = String(co.argcount);
  }
  return typeError(`${fn.qualname}() takes ${sig} positional argument${plural ? 's' : ''} but ${given} ${given === 1 ? 'was' : 'were'} given`);
}

/** format_missing: 'a', 'a' and 'b', 'a', 'b', and 'c' */
function missingArguments(fn: PyFunction, kind: string, names: string[]) {
  const quoted = names.map((n) => `'${n}'`);
  let list: string;
  if (quoted.length === 1) list = quoted[0]!;
  else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]}`;
  else list = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
  return typeError(`${fn.qualname}() missing ${names.length} required ${kind} argument${names.length === 1 ? '' : 's'}: ${list}`);
}
