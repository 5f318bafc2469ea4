// tuple: an immutable sequence, stored as a frozen-by-convention JS array.
import { PyObject, makeBuiltinType, type PyValue } from './object.ts';

export const tupleType = makeBuiltinType('tuple');

export class PyTuple extends PyObject {
  /** Never mutated after construction. */
  constructor(readonly items: PyValue[]) {
    super(tupleType);
  }
}

export const EMPTY_TUPLE = new PyTuple([]);

export function newTuple(items: PyValue[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}
