// How native code raises Python exceptions: it throws a RaisedException wrapping the Python
// exception object, and the VM's unwinder turns it into Python-level exception handling.
// (RaisedException is not a JS Error: no stack trace is captured, so raising is cheap.)
import type { PyType, PyValue } from '../objects/object.ts';
import { PyBaseException, newException } from '../objects/exceptions.ts';
import * as E from '../objects/exceptions.ts';

export class RaisedException {
  constructor(readonly exc: PyBaseException) {}
}

/** A RaisedException for `type(message)`; use as `throw raise(E.ValueError, '...')`. */
export function raise(type: PyType, ...args: PyValue[]): RaisedException {
  return new RaisedException(newException(type, args));
}

export const typeError = (msg: string): RaisedException => raise(E.TypeError, msg);
export const valueError = (msg: string): RaisedException => raise(E.ValueError, msg);
export const indexError = (msg: string): RaisedException => raise(E.IndexError, msg);
export const keyError = (key: PyValue): RaisedException => raise(E.KeyError, key);
export const attributeError = (msg: string): RaisedException => raise(E.AttributeError, msg);
export const overflowError = (msg: string): RaisedException => raise(E.OverflowError, msg);
export const zeroDivisionError = (msg: string): RaisedException => raise(E.ZeroDivisionError, msg);
export const nameError = (msg: string): RaisedException => raise(E.NameError, msg);
export const runtimeError = (msg: string): RaisedException => raise(E.RuntimeError, msg);
export const memoryError = (): RaisedException => raise(E.MemoryError);
