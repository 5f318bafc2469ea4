// The `traceback` type (Python/traceback.c): one entry of an exception's __traceback__ chain.
// Entries are prepended as the exception leaves frames, so the chain runs from the outermost
// frame (where it was caught) to the innermost (where it was raised).

import { PyObject, None, makeBuiltinType, objectType, type PyValue } from './object.ts';

export const tracebackType = makeBuiltinType('traceback', objectType, { final: true });

export class PyTraceback extends PyObject {
  constructor(
    /** The frame the exception passed through (a vm/frame.ts Frame: its code gives file and name). */
    readonly frame: unknown,
    /** Index of the instruction that was executing (for the line and the position markers). */
    readonly instruction: number,
    readonly next: PyTraceback | null,
  ) {
    super(tracebackType);
  }

  /** The line of the instruction (tb_lineno), from the code's position table. */
  get lineno(): number {
    const code = (this.frame as { code: { positions: ArrayLike<number> } }).code;
    return code.positions[this.instruction * 4]!;
  }
}

/** tb_next and tb_lineno (frame objects are not exposed yet). */
export function tracebackAttr(tb: PyTraceback, name: string): PyValue | undefined {
  if (name === 'tb_next') return tb.next ?? None;
  if (name === 'tb_lineno') return tb.lineno;
  return undefined;
}
