// float: a boxed JS number, so that float values stay distinct from ints (see README.md).
import { PyObject, floatType } from './object.ts';

export class PyFloat extends PyObject {
  constructor(readonly value: number) {
    super(floatType);
  }
}

/** A float value. */
export function newFloat(x: number): PyFloat {
  return new PyFloat(x);
}
