// Python function objects and cells (Objects/funcobject.c, Objects/cellobject.c).

import { PyObject, makeBuiltinType, None, type PyValue } from './object.ts';
import type { PyCode } from '../compiler/code.ts';
import type { PyTuple } from './tuple.ts';

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
  /** __kwdefaults__: keyword-only defaults. */
  kwdefaults: Map<string, PyValue> | null = null;
  /** __dict__ for attributes set on the function. */
  dict: Map<string, PyValue> | null = null;
  /** __module__ */
  module: PyValue = None;

  constructor(
    readonly code: PyCode,
    /** The module's globals. */
    readonly globals: Map<string, PyValue>,
    /** The cells of the free variables, in code.freevars order. */
    readonly closure: PyCell[] | null,
  ) {
    super(functionType);
    this.name = code.name;
    this.qualname = code.qualname;
    this.doc = code.docstring;
  }
}

export type { PyTuple };
