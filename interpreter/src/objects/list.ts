// list: a mutable sequence backed by a JS array.
import { PyObject, makeBuiltinType, type PyValue } from './object.ts';

export const listType = makeBuiltinType('list');

export class PyList extends PyObject {
  constructor(public items: PyValue[]) {
    super(listType);
  }
}
