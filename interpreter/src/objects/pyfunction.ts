// Python function objects, cells and the attributes of code objects (Objects/funcobject.c,
// Objects/cellobject.c, Objects/codeobject.c).

import { PyObject, makeBuiltinType, None, typeOf, type PyValue } from './object.ts';
import { PyCode, codeType } from '../compiler/code.ts';
import { PyTuple, newTuple } from './tuple.ts';
import { PyDict, dictFromStrEntries, getStr, setStr, delStr } from './dict.ts';
import { typeError, attributeError, valueError } from '../vm/raise.ts';

export const functionType = makeBuiltinType('function', undefined, { final: true });
export const cellType = makeBuiltinType('cell', undefined, { final: true });

/** A cell holds a variable shared between a scope and the closures that capture it. */
export class PyCell extends PyObject {
  /** undefined while the variable is unbound. */
  constructor(public value: PyValue | undefined = undefined) {
    super(cellType);
  }
}

export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  doc: PyValue;
  /** __defaults__: positional defaults (or null for None). */
  defaults: PyValue[] | null = null;
  /** The __defaults__ tuple once asked for (the same object each time, as in CPython). */
  defaultsTuple: PyTuple | null = null;
  /** __kwdefaults__: keyword-only defaults (a dict with str keys), or null for None. */
  kwdefaults: PyDict | null = null;
  /** __dict__ for attributes set on the function. */
  dict: PyDict | null = null;
  /** __module__ */
  module: PyValue = None;
  /** __code__ (replaceable by assignment). */
  code: PyCode;

  constructor(
    code: PyCode,
    /** The module's globals. */
    readonly globals: Map<string, PyValue>,
    /** The cells of the free variables, in code.freevars order. */
    readonly closure: PyCell[] | null,
  ) {
    super(functionType);
    this.code = code;
    this.name = code.name;
    this.qualname = code.qualname;
    this.doc = code.docstring;
  }
}

// --- Function attributes (func_getsetlist, func_memberlist) ------------------------------------

/** A function's attribute: its getset/member descriptors first, then its __dict__. */
export function functionGetAttr(fn: PyFunction, name: string): PyValue | undefined {
  switch (name) {
    case '__name__':
      return fn.name;
    case '__qualname__':
      return fn.qualname;
    case '__doc__':
      return fn.doc;
    case '__module__':
      return fn.module;
    case '__defaults__':
      if (fn.defaults === null) return None;
      return (fn.defaultsTuple ??= newTuple(fn.defaults));
    case '__kwdefaults__':
      return fn.kwdefaults ?? None;
    case '__code__':
      return fn.code;
    case '__closure__':
      return fn.closure === null ? None : newTuple(fn.closure);
    case '__dict__':
      return (fn.dict ??= dictFromStrEntries([]));
    case '__type_params__':
      return newTuple([]);
  }
  return fn.dict === null ? undefined : getStr(fn.dict, name);
}

/** Assigns (value) or deletes (undefined) a function attribute, with func_set_* checks. */
export function functionSetAttr(fn: PyFunction, name: string, value: PyValue | undefined): void {
  switch (name) {
    case '__name__':
    case '__qualname__':
      if (typeof value !== 'string') throw typeError(`${name} must be set to a string object`);
      if (name === '__name__') fn.name = value;
      else fn.qualname = value;
      return;
    case '__doc__':
      fn.doc = value ?? None;
      return;
    case '__module__':
      fn.module = value ?? None;
      return;
    case '__defaults__':
      // Deleting sets None, as assigning None does.
      if (value === undefined || value === None) {
        fn.defaults = null;
        fn.defaultsTuple = null;
        return;
      }
      if (!(value instanceof PyTuple)) throw typeError('__defaults__ must be set to a tuple object');
      fn.defaults = value.items as PyValue[];
      fn.defaultsTuple = value;
      return;
    case '__kwdefaults__':
      if (value === undefined || value === None) {
        fn.kwdefaults = null;
        return;
      }
      if (!(value instanceof PyDict)) throw typeError('__kwdefaults__ must be set to a dict object');
      fn.kwdefaults = value;
      return;
    case '__code__': {
      if (!(value instanceof PyCode)) throw typeError('__code__ must be set to a code object');
      const nfree = value.freevars.length;
      const nclosure = fn.closure?.length ?? 0;
      if (nfree !== nclosure) {
        throw valueError(`${fn.name}() requires a code object with ${nclosure} free vars, not ${nfree}`);
      }
      fn.code = value;
      return;
    }
    case '__dict__':
      if (value === undefined) throw typeError('cannot delete __dict__');
      if (!(value instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(value).name}'`);
      fn.dict = value;
      return;
    case '__closure__':
    case '__globals__':
    case '__builtins__':
      throw attributeError('readonly attribute');
  }
  if (value !== undefined) {
    setStr((fn.dict ??= dictFromStrEntries([])), name, value);
    return;
  }
  if (fn.dict === null || !delStr(fn.dict, name)) throw attributeError(`'function' object has no attribute '${name}'`);
}

// --- Cells (Objects/cellobject.c) --------------------------------------------------------------

export function cellGetAttr(cell: PyCell, name: string): PyValue | undefined {
  if (name !== 'cell_contents') return undefined;
  if (cell.value === undefined) throw valueError('Cell is empty');
  return cell.value;
}

/** cell.cell_contents = value, or del (value undefined): empties the cell. False for other names. */
export function cellSetAttr(cell: PyCell, name: string, value: PyValue | undefined): boolean {
  if (name !== 'cell_contents') return false;
  cell.value = value;
  return true;
}

// --- Code objects (Objects/codeobject.c: code_memberlist, code_getsetlist) -----------------------

export function codeGetAttr(co: PyCode, name: string): PyValue | undefined {
  switch (name) {
    case 'co_name':
      return co.name;
    case 'co_qualname':
      return co.qualname;
    case 'co_filename':
      return co.filename;
    case 'co_firstlineno':
      return co.firstLineno;
    case 'co_argcount':
      return co.argcount;
    case 'co_posonlyargcount':
      return co.posonlyargcount;
    case 'co_kwonlyargcount':
      return co.kwonlyargcount;
    case 'co_nlocals':
      return co.varnames.length;
    case 'co_varnames':
      return newTuple(co.varnames);
    case 'co_cellvars':
      return newTuple(co.cellvars);
    case 'co_freevars':
      return newTuple(co.freevars);
  }
  return undefined;
}

export { codeType };
