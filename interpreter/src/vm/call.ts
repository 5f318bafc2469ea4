// Binding call arguments to a Python function's parameters (Python/ceval.c: initialize_locals),
// with CPython's TypeError messages.

import { None, typeOf, type PyValue } from '../objects/object.ts';
import { newTuple, PyTuple } from '../objects/tuple.ts';
import { PyDict, getStr, dictEntries, dictContains, dictSet } from '../objects/dict.ts';
import * as E from '../objects/exceptions.ts';
import type { VM } from './vm.ts';
import type { PyFunction } from '../objects/pyfunction.ts';
import { CO_VARARGS, CO_VARKEYWORDS } from '../compiler/code.ts';
import { typeError, RaisedException } from './raise.ts';
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

  if (nargs > argcount && !hasVarargs) throw tooManyPositional(fn, nargs, fast);

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
      const d = fn.kwdefaults === null ? undefined : getStr(fn.kwdefaults, name);
      if (d !== undefined) fast[i] = d;
      else missing.push(name);
    }
    if (missing.length) throw missingArguments(fn, 'keyword-only', missing);
  }
}

/** too_many_positional: keyword-only arguments already bound are mentioned. */
function tooManyPositional(fn: PyFunction, given: number, fast: (PyValue | undefined)[]) {
  const co = fn.code;
  let kwonlyGiven = 0;
  for (let i = co.argcount; i < co.argcount + co.kwonlyargcount; i++) if (fast[i] !== undefined) kwonlyGiven++;
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
  const kwonlySig = kwonlyGiven
    ? ` positional argument${given !== 1 ? 's' : ''} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? 's' : ''})`
    : '';
  const verb = given === 1 && !kwonlyGiven ? 'was' : 'were';
  return typeError(`${fn.qualname}() takes ${sig} positional argument${plural ? 's' : ''} but ${given}${kwonlySig} ${verb} given`);
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

// --- Call-site unpacking: f(*args, **kwargs) ----------------------------------------------------

/** _PyObject_FunctionStr: `module.qualname()` (no module for builtins), or str(callable) when it
 * has no __qualname__. Used in the messages of call-site unpacking errors. */
export function functionStr(vm: VM, callable: PyValue): string {
  const qualname = optionalAttr(vm, callable, '__qualname__');
  if (qualname === undefined) return vm.str(callable);
  const module = optionalAttr(vm, callable, '__module__');
  if (module !== undefined && module !== None && !(typeof module === 'string' && module === 'builtins')) {
    return `${vm.str(module)}.${vm.str(qualname)}()`;
  }
  return `${vm.str(qualname)}()`;
}

function optionalAttr(vm: VM, obj: PyValue, name: string): PyValue | undefined {
  try {
    return vm.getAttr(obj, name);
  } catch (e) {
    if (e instanceof RaisedException && e.exc.type.isSubtypeOf(E.AttributeError)) return undefined;
    throw e;
  }
}

/** Whether `v` has an __iter__ (tp_iter) or is a sequence: CPython rewrites a TypeError from
 * unpacking `*v` only when this is false. Builtin types are probed with getIter, which runs no
 * Python code for them. */
export function isIterable(vm: VM, v: PyValue): boolean {
  const t = typeOf(v);
  if (t.isHeapType()) return t.lookup('__iter__') !== undefined || t.lookup('__getitem__') !== undefined;
  try {
    vm.getIter(v);
    return true;
  } catch (e) {
    if (e instanceof RaisedException && e.exc.type.isSubtypeOf(E.TypeError)) return false;
    throw e;
  }
}

/** CALL_FUNCTION_EX with a single `*v` argument: v becomes the argument tuple
 * (check_args_iterable, then PySequence_Tuple). */
export function starArgsTuple(vm: VM, callable: PyValue, v: PyValue): PyValue[] {
  if (v instanceof PyTuple) return v.items as PyValue[];
  if (!isIterable(vm, v)) throw typeError(`${functionStr(vm, callable)} argument after * must be an iterable, not ${typeOf(v).name}`);
  return vm.iterateToArray(v);
}

/** LIST_EXTEND (`[*v]`, `f(a, *v)`): a TypeError for a non-iterable becomes CPython's message. */
export function extendStarred(vm: VM, target: PyValue[], v: PyValue): void {
  let items: PyValue[];
  try {
    items = vm.iterateToArray(v);
  } catch (e) {
    if (e instanceof RaisedException && e.exc.type.isSubtypeOf(E.TypeError) && !isIterable(vm, v)) {
      throw typeError(`Value after * must be an iterable, not ${typeOf(v).name}`);
    }
    throw e;
  }
  for (const x of items) target.push(x);
}

/** DICT_MERGE (`f(**m)`): _PyDict_MergeEx(dict, m, 2), whose errors _PyEval_FormatKwargsError
 * rewrites: no keys() -> "argument after ** must be a mapping", a repeated key -> "got multiple
 * values for keyword argument". */
export function mergeCallKwargs(vm: VM, callable: PyValue, dict: PyDict, update: PyValue): void {
  const repeated = (key: PyValue) => typeError(`${functionStr(vm, callable)} got multiple values for keyword argument '${vm.str(key)}'`);
  if (update instanceof PyDict) {
    const it = dictEntries(update, 'items');
    for (let item = it.nextValue(); item !== undefined; item = it.nextValue()) {
      const [k, v] = (item as PyTuple).items as [PyValue, PyValue];
      if (dictContains(vm, dict, k)) throw repeated(k);
      dictSet(vm, dict, k, v);
    }
    return;
  }
  let keysMethod: PyValue;
  try {
    keysMethod = vm.getAttr(update, 'keys');
  } catch (e) {
    if (e instanceof RaisedException && e.exc.type.isSubtypeOf(E.AttributeError)) {
      throw typeError(`${functionStr(vm, callable)} argument after ** must be a mapping, not ${typeOf(update).name}`);
    }
    throw e;
  }
  for (const k of vm.iterateToArray(vm.callNested(keysMethod, []))) {
    if (dictContains(vm, dict, k)) throw repeated(k);
    dictSet(vm, dict, k, vm.getItem(update, k));
  }
}
