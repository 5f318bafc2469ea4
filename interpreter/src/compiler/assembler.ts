// The assembler side of code generation: one CodeUnit per code object being built, collecting
// instructions with their source positions, constants and names, resolving jump labels, and
// turning the try-regions recorded during codegen into the exception table.

import { Op } from './opcodes.ts';
import { PyCode, type ExceptionTableEntry } from './code.ts';
import type { PyValue } from '../objects/object.ts';
import { PyFloat } from '../objects/float.ts';
import type { Located } from '../parser/ast.ts';

/** A jump target; `index` is set when the label is placed. */
export class Label {
  index = -1;
}

/** A handler region: instructions emitted while it is innermost jump to `label` on an exception. */
export interface Handler {
  label: Label;
  /** Value-stack depth the handler starts from (the exception is pushed on top). */
  depth: number;
  lasti: boolean;
}

export class CodeUnit {
  private readonly ops: number[] = [];
  private readonly pos: number[] = [];
  private readonly handlerOf: (Handler | null)[] = [];
  private readonly jumps: { at: number; label: Label }[] = [];
  readonly consts: PyValue[] = [];
  private readonly constKeys = new Map<unknown, number>();
  readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  /** The handler stack while emitting (innermost last). */
  readonly handlers: Handler[] = [];
  /** Position given to instructions: set from the node being compiled. */
  lineno = 1;
  endLineno = 1;
  col = -1;
  endCol = -1;

  get length(): number {
    return this.ops.length >> 1;
  }

  setLocation(node: Located): void {
    this.lineno = node.lineno;
    this.endLineno = node.end_lineno;
    this.col = node.col_offset;
    this.endCol = node.end_col_offset;
  }

  emit(op: Op, arg = 0): number {
    const i = this.ops.length >> 1;
    this.ops.push(op, arg);
    this.pos.push(this.lineno, this.endLineno, this.col, this.endCol);
    this.handlerOf.push(this.handlers.length ? this.handlers[this.handlers.length - 1]! : null);
    return i;
  }

  /** Adds `delta` to the argument of instruction `at` (deref slots, known only at the end). */
  addToArg(at: number, delta: number): void {
    this.ops[(at << 1) + 1] += delta;
  }

  emitJump(op: Op, label: Label): number {
    const i = this.emit(op, -1);
    this.jumps.push({ at: i, label });
    return i;
  }

  place(label: Label): void {
    label.index = this.length;
  }

  /** Index of a constant, shared between equal constants of the same type. */
  constIndex(v: PyValue): number {
    const key = constKey(v);
    if (key !== null) {
      const found = this.constKeys.get(key);
      if (found !== undefined) return found;
    }
    const i = this.consts.length;
    this.consts.push(v);
    if (key !== null) this.constKeys.set(key, i);
    return i;
  }

  nameIdx(name: string): number {
    let i = this.nameIndex.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.nameIndex.set(name, i);
    }
    return i;
  }

  /** Resolves jumps and builds the exception table. */
  finish(): { code: Int32Array; positions: Int32Array; exceptionTable: ExceptionTableEntry[] } {
    for (const j of this.jumps) {
      if (j.label.index < 0) throw new Error('internal error: jump to an unplaced label');
      this.ops[j.at * 2 + 1] = j.label.index;
    }
    const table: ExceptionTableEntry[] = [];
    let current: Handler | null = null;
    let start = 0;
    const n = this.handlerOf.length;
    for (let i = 0; i <= n; i++) {
      const h = i < n ? this.handlerOf[i]! : null;
      if (h !== current) {
        if (current !== null) table.push({ start, end: i, target: current.label.index, depth: current.depth, lasti: current.lasti });
        current = h;
        start = i;
      }
    }
    return { code: Int32Array.from(this.ops), positions: Int32Array.from(this.pos), exceptionTable: table };
  }
}

/** A key under which equal constants share a slot: type and value (1, 1.0 and True stay apart). */
function constKey(v: PyValue): unknown {
  switch (typeof v) {
    case 'number':
      return Object.is(v, -0) ? 'i-0' : v;
    case 'bigint':
      return 'b' + v.toString();
    case 'string':
      return 's' + v;
    case 'boolean':
      return v ? 'True' : 'False';
    default:
      if (v instanceof PyFloat) return Object.is(v.value, -0) ? 'f-0' : 'f' + String(v.value);
      return v; // None, Ellipsis, code objects: by identity
  }
}

export { PyCode };
