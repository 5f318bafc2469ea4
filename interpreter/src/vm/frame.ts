// Frames: one per running Python call, linked to their caller and kept on the VM's own stack,
// never on the JavaScript stack. A frame is plain data (code, instruction index, value stack,
// locals), which is what lets the VM stop between any two instructions and resume later.

import type { PyCode } from '../compiler/code.ts';
import type { PyValue } from '../objects/object.ts';
import type { PyFunction } from '../objects/pyfunction.ts';
import type { PyGenerator } from '../objects/generator.ts';

/** What the VM does with a frame's return value when the frame finishes. */
export const enum ReturnAction {
  /** Push it on the caller's value stack (an ordinary call). */
  PUSH = 0,
  /** Discard it and push the object stored in `pendingValue` (an __init__ call). */
  PUSH_PENDING = 1,
  /** An __init__ call: the result must be None; push `pendingValue` (the new instance). */
  INIT = 2,
  /** A class body: create the class from the frame's namespace (`pendingValue` holds the
   * name and bases) and push it. */
  BUILD_CLASS = 3,
  /** A generator resumed by FOR_ITER: a yield pushes the value; finishing ends the loop. */
  GEN_FOR_ITER = 4,
  /** A generator resumed by next()/send() in the loop: a yield pushes the value; finishing
   * raises StopIteration in the caller. */
  GEN_NEXT = 5,
}

export class Frame {
  /** Index of the next instruction to execute. */
  pc = 0;
  /** Number of values on `stack`. */
  sp = 0;
  /** The value stack, preallocated: growing an empty array on a frame's first pushes costs more
   * than the slots, and few frames need more than 16 (deeper ones grow it). */
  readonly stack: PyValue[] = new Array(16);
  /** "localsplus": the variables (code.varnames), then cells, then free variables (PyCell). */
  readonly fast: (PyValue | undefined)[];
  back: Frame | null = null;
  /** Depth in the call stack (the module frame is 1), for the recursion limit. */
  depth = 1;
  returnAction = ReturnAction.PUSH;
  pendingValue: PyValue | null = null;
  /** True for the first frame of a nested VM run (callNested): returning from it ends that run. */
  isEntry = false;
  /** The generator this frame belongs to, if it is a generator's frame. */
  generator: PyGenerator | null = null;

  constructor(
    readonly code: PyCode,
    readonly globals: Map<string, PyValue>,
    readonly builtins: Map<string, PyValue>,
    /** The namespace of a module or class body (LOAD_NAME/STORE_NAME); null in functions. */
    readonly locals: Map<string, PyValue> | null,
    readonly func: PyFunction | null,
  ) {
    this.fast = new Array(code.nlocalsplus);
  }

  /** The index of the instruction being executed (for tracebacks and the exception table). */
  get lasti(): number {
    return this.pc - 1;
  }
}
