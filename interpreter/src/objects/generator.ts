// Generator objects (Objects/genobject.c): a generator owns a suspended frame. The VM resumes
// that frame in its own loop (FOR_ITER, next(), send()), so a generator never holds JavaScript
// state: suspending it is just leaving the frame where it is.

import { PyObject, makeBuiltinType, type PyValue } from './object.ts';
import type { PyFunction } from './pyfunction.ts';
import { defineMethods } from './function.ts';

export const generatorType = makeBuiltinType('generator', undefined, { final: true });

// A generator is its own iterator; resuming it (__next__, send, throw) is the VM's job.
defineMethods(generatorType, {
  __iter__: (_vm, args) => args[0]!,
});

export class PyGenerator extends PyObject {
  /** The suspended frame; null once the generator has finished. */
  frame: unknown;
  /** True while its frame is running (a generator cannot resume itself). */
  running = false;
  /** True once the frame has started (send() of a non-None value needs it). */
  started = false;
  /** The exception being handled inside the generator, kept while it is suspended. */
  excInfo: PyValue | null = null;
  /** The resumer's handled exception, restored when the generator suspends or ends. */
  callerExcInfo: PyValue | null = null;
  /** What `return` gave when native code (next(), list()) resumed it to the end: next()
   * raises StopIteration(value) with it. */
  returnValue: PyValue | null = null;

  constructor(
    frame: unknown,
    readonly func: PyFunction,
    public name: string,
    public qualname: string,
  ) {
    super(generatorType);
    this.frame = frame;
  }
}
