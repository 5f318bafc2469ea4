// getattr, setattr, hasattr, delattr, callable (Python/bltinmodule.c).

import { PyObject, PyType, typeOf, type PyValue } from '../objects/object.ts';
import { PyBuiltinFunction, type NativeFn } from '../objects/function.ts';
import { PyFunction } from '../objects/pyfunction.ts';
import { typeName } from '../objects/str-args.ts';
import { None } from '../objects/object.ts';
import * as E from '../objects/exceptions.ts';
import { typeError, attributeError } from '../vm/raise.ts';
import { checkPositional, isRaised, noKwargs, oneArg, type BuiltinsInterp } from './common.ts';

function attrName(name: PyValue): string {
  if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeName(name)}'`);
  return name;
}

/** getattr(object, name[, default]): the default replaces only an AttributeError. */
export const getattr: NativeFn = (vm, args, kwargs) => {
  noKwargs('getattr', kwargs);
  checkPositional('getattr', args.length, 2, 3);
  const name = attrName(args[1]!);
  if (args.length === 2) return vm.getAttr(args[0]!, name);
  try {
    return vm.getAttr(args[0]!, name);
  } catch (e) {
    if (isRaised(e, E.AttributeError)) return args[2]!;
    throw e;
  }
};

export const hasattr: NativeFn = (vm, args, kwargs) => {
  noKwargs('hasattr', kwargs);
  checkPositional('hasattr', args.length, 2, 2);
  const name = attrName(args[1]!);
  try {
    vm.getAttr(args[0]!, name);
    return true;
  } catch (e) {
    if (isRaised(e, E.AttributeError)) return false;
    throw e;
  }
};

export const setattr: NativeFn = (vm, args, kwargs) => {
  noKwargs('setattr', kwargs);
  checkPositional('setattr', args.length, 3, 3);
  vm.setAttr(args[0]!, attrName(args[1]!), args[2]!);
  return None;
};

export const delattr: NativeFn = (vm, args, kwargs) => {
  noKwargs('delattr', kwargs);
  checkPositional('delattr', args.length, 2, 2);
  const obj = args[0]!;
  const name = attrName(args[1]!);
  const v = vm as BuiltinsInterp;
  if (v.delAttr !== undefined) {
    v.delAttr(obj, name);
    return None;
  }
  // Until the VM has attribute deletion: builtin objects have no __dict__ to delete from.
  throw attributeError(`'${typeName(obj)}' object has no attribute '${name}' and no __dict__ for setting new attributes`);
};

/** callable(obj): the type has __call__ (functions, builtins, types, bound methods...). */
export function isCallable(v: PyValue): boolean {
  if (v instanceof PyBuiltinFunction || v instanceof PyFunction || v instanceof PyType) return true;
  if (!(v instanceof PyObject)) return false;
  return typeOf(v).lookup('__call__') !== undefined || v.type.name === 'method';
}

export const callable: NativeFn = (_vm, args, kwargs) => isCallable(oneArg('callable', args, kwargs));
