// Code generation: AST + symbol table -> code objects (Python/codegen.c, Python/compile.c).
//
// One CodeUnit per scope. Names are resolved with the symbol table exactly as compile.c's
// compiler_nameop does (fast locals in functions, cells for captured names, the name protocol in
// module and class bodies, globals for declared and implicit globals). Each instruction carries
// the position of the AST node it implements, which tracebacks print.
//
// Not yet compiled (they raise NotImplementedError at compile time, so a program never runs
// half-compiled): comprehensions and generator expressions, generators and coroutines, classes,
// with, match, imports, annotations, type parameters. The VM is designed for all of them.

import type * as ast from '../parser/ast.ts';
import { Op, BinaryOp, UnaryOp } from './opcodes.ts';
import { CodeUnit, Label, type Handler } from './assembler.ts';
import { isFoldedConstant } from './const-fold.ts';
import { PyCode, CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS, CO_NESTED, CO_GENERATOR } from './code.ts';
import {
  getScope, symbolToScope, mangle, isFunctionLike, FREE, CELL, LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, DEF_PARAM, DEF_LOCAL, DEF_NONLOCAL, DEF_COMP_CELL,
  type SymbolTable, type SymbolTableEntry,
} from './symtable.ts';
import { None, Ellipsis, type PyValue } from '../objects/object.ts';
import { PyFloat } from '../objects/float.ts';
import { PyComplex } from '../objects/complex.ts';
import { PyBytes } from '../objects/bytes.ts';
import { newTuple } from '../objects/tuple.ts';
import { CompareOp } from '../vm/interp.ts';

/** A construct the code generator does not handle yet. */
export class NotYetCompiled {
  constructor(
    readonly what: string,
    readonly node: ast.Located | null,
  ) {}
}

const BINOPS: Record<string, BinaryOp> = {
  Add: BinaryOp.ADD, BitAnd: BinaryOp.AND, FloorDiv: BinaryOp.FLOOR_DIVIDE, LShift: BinaryOp.LSHIFT,
  MatMult: BinaryOp.MATRIX_MULTIPLY, Mult: BinaryOp.MULTIPLY, Mod: BinaryOp.REMAINDER, BitOr: BinaryOp.OR,
  Pow: BinaryOp.POWER, RShift: BinaryOp.RSHIFT, Sub: BinaryOp.SUBTRACT, Div: BinaryOp.TRUE_DIVIDE,
  BitXor: BinaryOp.XOR,
};
/** _PY_STACK_USE_GUIDELINE: displays longer than this are built item by item. */
const STACK_USE_GUIDELINE = 30;
const UNARYOPS: Record<string, UnaryOp> = { USub: UnaryOp.NEGATIVE, UAdd: UnaryOp.POSITIVE, Invert: UnaryOp.INVERT, Not: UnaryOp.NOT };
const CMPOPS: Record<string, CompareOp> = { Lt: CompareOp.LT, LtE: CompareOp.LE, Eq: CompareOp.EQ, NotEq: CompareOp.NE, Gt: CompareOp.GT, GtE: CompareOp.GE };

interface LoopContext {
  continueLabel: Label;
  breakLabel: Label;
  /** Stack items the loop keeps (the iterator of a for loop), popped by `break`. */
  pops: number;
  /** try/finally and handler blocks entered inside the loop, to unwind on break/continue. */
  fblockDepth: number;
}

/** A block whose exit code must run when control leaves it (finally bodies, handlers). */
type FBlock =
  | { kind: 'finally'; body: ast.StmtNode[]; handler: Handler }
  | { kind: 'handler'; name: string | null; handler: Handler | null }
  /** The body of a finally block run for an exception: [lasti, previous exception, exception]. */
  | { kind: 'finally-end' }
  | { kind: 'try' };

class Scope {
  readonly unit = new CodeUnit();
  readonly varnames: string[];
  readonly cellvars: string[];
  readonly freevars: string[];
  readonly loops: LoopContext[] = [];
  readonly fblocks: FBlock[] = [];
  /** Value-stack depth at statement boundaries (for-loop iterators, handler values). */
  depth = 0;
  /** Names bound by an inlined comprehension in a module or class body: they use fast locals
   * while the comprehension runs (compile.c: u_fasthidden). */
  readonly fastHidden = new Set<string>();
  /** Instructions whose argument is a cell/free slot relative to the end of the varnames: the
   * varnames of a module or class body grow while it is compiled (inlined comprehensions), so the
   * slots are fixed up in finishCode. */
  readonly derefSites: number[] = [];
  /** Depth of inlined comprehensions being compiled in this scope (u_in_inlined_comp). */
  inInlinedComp = 0;

  constructor(
    readonly ste: SymbolTableEntry,
    readonly name: string,
    readonly qualname: string,
    readonly privateName: string | null,
    readonly firstLineno: number,
  ) {
    this.varnames = [...ste.varnames];
    this.cellvars = [];
    this.freevars = [];
    // A class whose methods use super() or __class__ gets an implicit __class__ cell
    // (compile.c: compiler_enter_scope).
    if (ste.type === 'class' && ste.needsClassClosure) this.cellvars.push('__class__');
    const symbols = [...ste.symbols.keys()].sort();
    for (const name of symbols) {
      const scope = getScope(ste, name);
      // dictbytype(symbols, CELL, DEF_COMP_CELL): a module or class body also gets cells for
      // the cell variables of its inlined comprehensions.
      const isCell = scope === CELL || (ste.symbols.get(name)! & DEF_COMP_CELL) !== 0;
      if (isCell && !this.cellvars.includes(name)) this.cellvars.push(name);
      else if (scope === FREE) this.freevars.push(name);
    }
    if (isFunctionLike(ste)) {
      for (const name of ste.symbols.keys()) {
        if (getScope(ste, name) === LOCAL && !this.varnames.includes(name)) this.varnames.push(name);
      }
    }
  }

  get optimized(): boolean {
    return isFunctionLike(this.ste);
  }
}

export class CodeGenerator {
  private scope!: Scope;

  constructor(
    private readonly symtable: SymbolTable,
    private readonly filename: string,
  ) {}

  compileModule(mod: ast.Module): PyCode {
    this.scope = new Scope(this.symtable.top, '<module>', '<module>', null, 1);
    const u = this.scope.unit;
    this.statements(mod.body);
    // A module returns None; the implicit return has no position of its own (line of the last
    // statement in CPython's location propagation, which tracebacks never show).
    u.emit(Op.RETURN_CONST, u.constIndex(None));
    return this.finishCode(this.scope, 0, 0, 0, 0, None);
  }

  private finishCode(s: Scope, argcount: number, posonly: number, kwonly: number, flags: number, doc: PyValue): PyCode {
    for (const at of s.derefSites) s.unit.addToArg(at, s.varnames.length);
    const { code, positions, exceptionTable } = s.unit.finish();
    const cell2arg = new Int32Array(s.cellvars.length).fill(-1);
    s.cellvars.forEach((c, i) => {
      const argIndex = s.varnames.indexOf(c);
      const nargs = argcount + kwonly + (flags & CO_VARARGS ? 1 : 0) + (flags & CO_VARKEYWORDS ? 1 : 0);
      if (argIndex >= 0 && argIndex < nargs) cell2arg[i] = argIndex;
    });
    return new PyCode(
      s.name, s.qualname, this.filename, s.firstLineno, argcount, posonly, kwonly, flags,
      s.varnames, s.cellvars, s.freevars, s.unit.names, s.unit.consts, code, positions, exceptionTable,
      cell2arg, doc,
    );
  }

  // -------------------------------------------------------------------------------------------
  // Statements

  private statements(body: ast.StmtNode[]): void {
    for (const s of body) this.statement(s);
  }

  private statement(s: ast.StmtNode): void {
    const u = this.scope.unit;
    u.setLocation(s);
    switch (s._type) {
      case 'Expr':
        this.expr(s.value);
        u.setLocation(s);
        u.emit(Op.POP_TOP);
        return;
      case 'Assign': {
        this.expr(s.value);
        for (let i = 0; i < s.targets.length; i++) {
          if (i < s.targets.length - 1) u.emit(Op.COPY, 1);
          this.assignTo(s.targets[i]!);
        }
        return;
      }
      case 'AugAssign':
        return this.augAssign(s);
      case 'AnnAssign':
        if (s.value !== null) {
          this.expr(s.value);
          this.assignTo(s.target);
        }
        return;
      case 'Pass':
        u.emit(Op.NOP);
        return;
      case 'If':
        return this.ifStatement(s);
      case 'While':
        return this.whileStatement(s);
      case 'For':
        return this.forStatement(s);
      case 'Break':
        return this.breakContinue(s, true);
      case 'Continue':
        return this.breakContinue(s, false);
      case 'FunctionDef':
        return this.functionDef(s);
      case 'ClassDef':
        return this.classDef(s);
      case 'Return':
        return this.returnStatement(s);
      case 'Global':
      case 'Nonlocal':
        u.emit(Op.NOP);
        return;
      case 'Delete':
        for (const t of s.targets) this.deleteTarget(t);
        return;
      case 'Assert':
        return this.assertStatement(s);
      case 'Raise':
        return this.raiseStatement(s);
      case 'Try':
      case 'TryStar':
        return this.tryStatement(s);
      default:
        throw new NotYetCompiled(`the ${s._type} statement`, s);
    }
  }

  private augAssign(s: ast.AugAssign): void {
    const u = this.scope.unit;
    const t = s.target;
    const op = BINOPS[s.op._type]! + BinaryOp.INPLACE;
    switch (t._type) {
      case 'Name':
        this.loadName(t.id, t);
        this.expr(s.value);
        u.setLocation(s);
        u.emit(Op.BINARY_OP, op);
        this.storeName(t.id, t);
        return;
      case 'Attribute':
        this.expr(t.value);
        u.emit(Op.COPY, 1);
        u.setLocation(attributeLocation(t, t));
        u.emit(Op.LOAD_ATTR, u.nameIdx(this.mangled(t.attr)));
        this.expr(s.value);
        u.setLocation(s);
        u.emit(Op.BINARY_OP, op);
        u.emit(Op.SWAP, 2);
        u.setLocation(attributeLocation(t, t));
        u.emit(Op.STORE_ATTR, u.nameIdx(this.mangled(t.attr)));
        return;
      case 'Subscript':
        this.expr(t.value);
        this.expr(t.slice);
        u.emit(Op.COPY, 2);
        u.emit(Op.COPY, 2);
        u.setLocation(t);
        u.emit(Op.BINARY_SUBSCR);
        this.expr(s.value);
        u.setLocation(s);
        u.emit(Op.BINARY_OP, op);
        // stack: container, key, result -> result, container, key
        u.emit(Op.SWAP, 3);
        u.emit(Op.SWAP, 2);
        u.setLocation(t);
        u.emit(Op.STORE_SUBSCR);
        return;
      default:
        throw new NotYetCompiled('this augmented assignment target', t);
    }
  }

  private ifStatement(s: ast.If): void {
    const u = this.scope.unit;
    const orElse = new Label();
    const end = new Label();
    this.jumpIf(s.test, false, orElse);
    this.statements(s.body);
    if (s.orelse.length) {
      u.emitJump(Op.JUMP, end);
      u.place(orElse);
      this.statements(s.orelse);
    } else {
      u.place(orElse);
    }
    u.place(end);
  }

  private whileStatement(s: ast.While): void {
    const u = this.scope.unit;
    const top = new Label();
    const orElse = new Label();
    const end = new Label();
    u.place(top);
    this.jumpIf(s.test, false, orElse);
    this.scope.loops.push({ continueLabel: top, breakLabel: end, pops: 0, fblockDepth: this.scope.fblocks.length });
    this.statements(s.body);
    this.scope.loops.pop();
    u.setLocation(s);
    u.emitJump(Op.JUMP, top);
    u.place(orElse);
    this.statements(s.orelse);
    u.place(end);
  }

  private forStatement(s: ast.For): void {
    const u = this.scope.unit;
    const top = new Label();
    const exhausted = new Label();
    const end = new Label();
    this.iterable(s.iter);
    u.setLocation(s.iter);
    u.emit(Op.GET_ITER);
    this.scope.depth++;
    u.place(top);
    // FOR_ITER carries the iterable's position (codegen_for), which tracebacks show.
    u.setLocation(s.iter);
    u.emitJump(Op.FOR_ITER, exhausted);
    this.assignTo(s.target);
    this.scope.loops.push({ continueLabel: top, breakLabel: end, pops: 1, fblockDepth: this.scope.fblocks.length });
    this.statements(s.body);
    this.scope.loops.pop();
    u.setLocation(s);
    u.emitJump(Op.JUMP, top);
    this.scope.depth--;
    // FOR_ITER pops the iterator when it jumps here.
    u.place(exhausted);
    this.statements(s.orelse);
    u.place(end);
  }

  private breakContinue(s: ast.Break | ast.Continue, isBreak: boolean): void {
    const u = this.scope.unit;
    const loop = this.scope.loops[this.scope.loops.length - 1];
    if (loop === undefined) throw new NotYetCompiled(`'${isBreak ? 'break' : 'continue'}' outside loop`, s);
    this.unwindFBlocks(loop.fblockDepth, s);
    u.setLocation(s);
    if (isBreak) {
      for (let i = 0; i < loop.pops; i++) u.emit(Op.POP_TOP);
      u.emitJump(Op.JUMP, loop.breakLabel);
    } else {
      u.emitJump(Op.JUMP, loop.continueLabel);
    }
  }

  /** Runs the exit code of the finally/handler blocks entered after `downTo` (for break,
   * continue and return leaving them). */
  private unwindFBlocks(downTo: number, at: ast.Located, preserveTop = false): void {
    const u = this.scope.unit;
    const saved = this.scope.fblocks.slice();
    for (let i = saved.length - 1; i >= downTo; i--) {
      const fb = saved[i]!;
      if (fb.kind === 'handler') {
        // Leaving an except block: drop the exception and restore the previous one.
        if (preserveTop) u.emit(Op.SWAP, 2);
        u.emit(Op.POP_EXCEPT);
        if (fb.name !== null) this.clearHandlerName(fb.name, at);
      } else if (fb.kind === 'finally-end') {
        // Leaving a finally body run for an exception (return, break or continue in it): drop
        // the exception, restore the previous one, drop lasti (codegen.c: FINALLY_END).
        if (preserveTop) u.emit(Op.SWAP, 2);
        u.emit(Op.POP_TOP);
        if (preserveTop) u.emit(Op.SWAP, 2);
        u.emit(Op.POP_EXCEPT);
        if (preserveTop) u.emit(Op.SWAP, 2);
        u.emit(Op.POP_TOP);
      } else if (fb.kind === 'finally') {
        // Run the finally body inline, outside its own try region.
        this.scope.fblocks.length = i;
        const handlersSaved = u.handlers.splice(u.handlers.indexOf(fb.handler));
        this.statements(fb.body);
        u.handlers.push(...handlersSaved);
        // Truncating dropped the blocks above i: put them all back.
        this.scope.fblocks.length = 0;
        this.scope.fblocks.push(...saved);
        u.setLocation(at);
      }
    }
  }

  private returnStatement(s: ast.Return): void {
    const u = this.scope.unit;
    if (s.value !== null) this.expr(s.value);
    else u.emit(Op.LOAD_CONST, u.constIndex(None));
    this.unwindFBlocks(0, s, true);
    u.setLocation(s);
    // Values kept on the stack by enclosing for loops are dropped by the frame on return.
    u.emit(Op.RETURN_VALUE);
  }

  private assertStatement(s: ast.Assert): void {
    const u = this.scope.unit;
    const ok = new Label();
    this.jumpIf(s.test, true, ok);
    u.setLocation(s);
    u.emit(Op.LOAD_ASSERTION_ERROR);
    if (s.msg !== null) {
      this.expr(s.msg);
      u.setLocation(s);
      u.emit(Op.CALL, 1);
    }
    // codegen_assert: the raise carries the test's location (the traceback underlines it).
    u.setLocation(s.test);
    u.emit(Op.RAISE_VARARGS, 1);
    u.place(ok);
  }

  private raiseStatement(s: ast.Raise): void {
    const u = this.scope.unit;
    let n = 0;
    if (s.exc !== null) {
      this.expr(s.exc);
      n = 1;
      if (s.cause !== null) {
        this.expr(s.cause);
        n = 2;
      }
    }
    u.setLocation(s);
    u.emit(Op.RAISE_VARARGS, n);
  }

  /** try/except/else/finally, in CPython 3.11+'s exception-table form. */
  private tryStatement(s: ast.Try | ast.TryStar): void {
    if (s.finalbody.length) return this.tryFinally(s);
    if (s._type === 'TryStar') return this.tryStarExcept(s);
    return this.tryExcept(s.body, s.handlers, s.orelse, s);
  }

  private tryFinally(s: ast.Try | ast.TryStar): void {
    const u = this.scope.unit;
    const handlerLabel = new Label();
    const end = new Label();
    const handler: Handler = { label: handlerLabel, depth: this.scope.depth, lasti: true };
    u.handlers.push(handler);
    this.scope.fblocks.push({ kind: 'finally', body: s.finalbody, handler });
    if (s._type === 'TryStar') this.tryStarExcept(s);
    else if (s.handlers.length) this.tryExcept(s.body, s.handlers, s.orelse, s);
    else this.statements(s.body);
    this.scope.fblocks.pop();
    u.handlers.pop();
    // Normal exit: run the finally body.
    this.statements(s.finalbody);
    u.emitJump(Op.JUMP, end);
    // Exceptional exit: [lasti, exc] pushed; run the body, then re-raise.
    u.place(handlerLabel);
    // [lasti, exc] are on the stack here; a failure in the finally body unwinds to just above them.
    const cleanup: Handler = { label: new Label(), depth: this.scope.depth + 2, lasti: true };
    this.scope.depth += 2;
    u.emit(Op.PUSH_EXC_INFO);
    this.scope.depth += 1;
    u.handlers.push(cleanup);
    this.scope.fblocks.push({ kind: 'finally-end' });
    this.statements(s.finalbody);
    this.scope.fblocks.pop();
    u.setLocation(s);
    // The re-raise is still covered by the cleanup, which restores the previous exception.
    u.emit(Op.RERAISE, 0);
    u.handlers.pop();
    // If the finally body raises, restore the previous exception and propagate.
    u.place(cleanup.label);
    u.emit(Op.COPY, 3);
    u.emit(Op.POP_EXCEPT);
    u.emit(Op.RERAISE, 1);
    this.scope.depth -= 3;
    u.place(end);
  }

  private tryExcept(body: ast.StmtNode[], handlers: ast.ExcepthandlerNode[], orelse: ast.StmtNode[], s: ast.Located): void {
    const u = this.scope.unit;
    const dispatch = new Label();
    const orElse = new Label();
    const end = new Label();
    const tryHandler: Handler = { label: dispatch, depth: this.scope.depth, lasti: false };
    u.handlers.push(tryHandler);
    this.scope.fblocks.push({ kind: 'try' });
    this.statements(body);
    this.scope.fblocks.pop();
    u.handlers.pop();
    u.emitJump(Op.JUMP, orElse);

    // The exception is on the stack: push the previous exception below it.
    u.place(dispatch);
    const cleanup: Handler = { label: new Label(), depth: this.scope.depth + 1, lasti: true };
    u.handlers.push(cleanup);
    this.scope.depth += 2; // previous exception, caught exception
    u.setLocation(s);
    u.emit(Op.PUSH_EXC_INFO);
    for (const h of handlers) {
      const eh = h as ast.ExceptHandler;
      u.setLocation(eh);
      const next = new Label();
      if (eh.type !== null) {
        this.expr(eh.type);
        u.setLocation(eh);
        u.emit(Op.CHECK_EXC_MATCH);
        u.emitJump(Op.POP_JUMP_IF_FALSE, next);
      }
      if (eh.name !== null) this.storeName(eh.name, eh);
      else u.emit(Op.POP_TOP);
      // The body runs above the previous exception only.
      this.scope.depth -= 1;
      this.scope.fblocks.push({ kind: 'handler', name: eh.name, handler: null });
      if (eh.name !== null) {
        // `except E as name`: the body runs in a try/finally that deletes `name`.
        const nameCleanup: Handler = { label: new Label(), depth: this.scope.depth, lasti: true };
        u.handlers.push(nameCleanup);
        this.statements(eh.body);
        u.handlers.pop();
        this.scope.fblocks.pop();
        u.setLocation(eh);
        u.emit(Op.POP_EXCEPT);
        this.clearHandlerName(eh.name, eh);
        u.emitJump(Op.JUMP, end);
        u.place(nameCleanup.label);
        this.clearHandlerName(eh.name, eh);
        u.emit(Op.RERAISE, 1);
      } else {
        this.statements(eh.body);
        this.scope.fblocks.pop();
        u.setLocation(eh);
        u.emit(Op.POP_EXCEPT);
        u.emitJump(Op.JUMP, end);
      }
      this.scope.depth += 1;
      u.place(next);
    }
    // No handler matched: re-raise with the previous exception restored by the cleanup.
    u.emit(Op.RERAISE, 0);
    u.handlers.pop();
    u.place(cleanup.label);
    u.emit(Op.COPY, 3);
    u.emit(Op.POP_EXCEPT);
    u.emit(Op.RERAISE, 1);
    this.scope.depth -= 2;

    u.place(orElse);
    this.statements(orelse);
    u.place(end);
  }

  /**
   * try/except* (codegen.c: codegen_try_star_except). The handlers see [prev, orig, list, exc]:
   * each CHECK_EG_MATCH splits `exc` into the part its types match (bound to the name, made the
   * exception being handled) and the rest, which the next handler gets. Exceptions raised by the
   * bodies and the final rest go to the list, and PREP_RERAISE_STAR works out what to raise.
   * (return, break and continue cannot leave an except* body: they are SyntaxErrors.)
   */
  private tryStarExcept(s: ast.TryStar): void {
    const u = this.scope.unit;
    const dispatch = new Label();
    const orElse = new Label();
    const end = new Label();
    u.handlers.push({ label: dispatch, depth: this.scope.depth, lasti: false });
    this.scope.fblocks.push({ kind: 'try' });
    this.statements(s.body);
    this.scope.fblocks.pop();
    u.handlers.pop();
    u.emitJump(Op.JUMP, orElse);

    u.place(dispatch);
    const cleanup: Handler = { label: new Label(), depth: this.scope.depth + 1, lasti: true };
    u.handlers.push(cleanup);
    u.setLocation(s);
    u.emit(Op.PUSH_EXC_INFO);
    const base = this.scope.depth;
    const reraiseStar = new Label();
    s.handlers.forEach((h, i) => {
      const eh = h as ast.ExceptHandler;
      u.setLocation(eh);
      if (i === 0) {
        // [prev, orig] -> [prev, orig, [], orig]
        u.emit(Op.BUILD_LIST, 0);
        u.emit(Op.COPY, 2);
      }
      this.scope.depth = base + 4;
      const noMatch = new Label();
      const next = new Label();
      const bodyCleanup: Handler = { label: new Label(), depth: base + 4, lasti: true };
      this.expr(eh.type!);
      u.setLocation(eh);
      u.emit(Op.CHECK_EG_MATCH);
      u.emit(Op.COPY, 1);
      u.emitJump(Op.POP_JUMP_IF_NONE, noMatch);
      if (eh.name !== null) this.storeName(eh.name, eh);
      else u.emit(Op.POP_TOP);
      u.handlers.push(bodyCleanup);
      this.statements(eh.body);
      u.handlers.pop();
      u.setLocation(eh);
      if (eh.name !== null) this.clearHandlerName(eh.name, eh);
      u.emitJump(Op.JUMP, next);
      // The body raised: [.., rest, lasti, exc] -> the exception joins the list.
      u.place(bodyCleanup.label);
      if (eh.name !== null) this.clearHandlerName(eh.name, eh);
      u.emit(Op.LIST_APPEND, 3);
      u.emit(Op.POP_TOP);
      u.emitJump(Op.JUMP, next);
      u.place(noMatch);
      u.emit(Op.POP_TOP);
      u.place(next);
      if (i === s.handlers.length - 1) {
        // The unhandled rest (or None) joins the list too.
        u.emit(Op.LIST_APPEND, 1);
        u.emitJump(Op.JUMP, reraiseStar);
      }
    });
    u.place(reraiseStar);
    u.emit(Op.PREP_RERAISE_STAR);
    u.emit(Op.COPY, 1);
    const reraise = new Label();
    u.emitJump(Op.POP_JUMP_IF_NOT_NONE, reraise);
    u.emit(Op.POP_TOP);
    u.handlers.pop();
    u.emit(Op.POP_EXCEPT);
    u.emitJump(Op.JUMP, end);
    u.place(reraise);
    u.emit(Op.SWAP, 2);
    u.emit(Op.POP_EXCEPT);
    u.emit(Op.RERAISE, 0);
    u.place(cleanup.label);
    u.emit(Op.COPY, 3);
    u.emit(Op.POP_EXCEPT);
    u.emit(Op.RERAISE, 1);
    this.scope.depth = base;

    u.place(orElse);
    this.statements(s.orelse);
    u.place(end);
  }

  private clearHandlerName(name: string, at: ast.Located): void {
    const u = this.scope.unit;
    u.setLocation(at);
    u.emit(Op.LOAD_CONST, u.constIndex(None));
    this.storeName(name, at);
    this.deleteName(name, at);
  }

  private functionDef(s: ast.FunctionDef): void {
    if (s.decorator_list.length) for (const d of s.decorator_list) this.expr(d);
    if (s.type_params.length) throw new NotYetCompiled('type parameters', s);
    const flags = this.defaultsAndKwdefaults(s.args);
    const code = this.compileFunctionBody(s, s.name, s.args, s.body, true);
    this.makeClosure(code, flags, s);
    this.applyDecorators(s.decorator_list);
    this.storeName(s.name, s);
  }

  /** class C(bases, **kw): body  (codegen.c: codegen_class) */
  private classDef(s: ast.ClassDef): void {
    const u = this.scope.unit;
    for (const d of s.decorator_list) this.expr(d);
    if (s.type_params.length) throw new NotYetCompiled('type parameters', s);
    const ste = this.symtable.blocks.get(s);
    if (ste === undefined) throw new Error('internal error: no symbol table entry for a class');
    const outer = this.scope;
    const qualname = this.qualnameFor(s.name);
    const inner = new Scope(ste, s.name, qualname, s.name, s.lineno);
    this.scope = inner;
    let code: PyCode;
    try {
      const cu = inner.unit;
      cu.setLocation(s);
      // The namespace starts with __module__, __qualname__ and __firstlineno__ (3.13+).
      cu.emit(Op.LOAD_NAME, cu.nameIdx('__name__'));
      cu.emit(Op.STORE_NAME, cu.nameIdx('__module__'));
      cu.emit(Op.LOAD_CONST, cu.constIndex(qualname));
      cu.emit(Op.STORE_NAME, cu.nameIdx('__qualname__'));
      cu.emit(Op.LOAD_CONST, cu.constIndex(s.lineno));
      cu.emit(Op.STORE_NAME, cu.nameIdx('__firstlineno__'));
      let body = s.body;
      const first = body[0];
      if (first !== undefined && first._type === 'Expr' && first.value._type === 'Constant' && typeof first.value.value === 'string') {
        cu.setLocation(first);
        cu.emit(Op.LOAD_CONST, cu.constIndex(first.value.value));
        cu.emit(Op.STORE_NAME, cu.nameIdx('__doc__'));
        body = body.slice(1);
      }
      this.statements(body);
      cu.setLocation(s);
      if (ste.needsClassClosure) {
        // The __class__ cell goes into the namespace; type.__new__ fills it with the class.
        this.emitDeref(Op.LOAD_CLOSURE, this.derefIndex('__class__'));
        cu.emit(Op.STORE_NAME, cu.nameIdx('__classcell__'));
      }
      cu.emit(Op.RETURN_CONST, cu.constIndex(None));
      code = this.finishCode(inner, 0, 0, 0, 0, None);
    } finally {
      this.scope = outer;
    }
    u.setLocation(s);
    u.emit(Op.LOAD_BUILD_CLASS);
    this.makeClosure(code, 0, s);
    u.emit(Op.LOAD_CONST, u.constIndex(s.name));
    if (s.bases.some((b) => b._type === 'Starred') || s.keywords.some((k) => k.arg === null)) {
      throw new NotYetCompiled('star arguments in a class statement', s);
    }
    for (const b of s.bases) this.expr(b);
    u.setLocation(s);
    if (s.keywords.length) {
      for (const k of s.keywords) this.expr(k.value);
      u.setLocation(s);
      u.emit(Op.LOAD_CONST, u.constIndex(newTuple(s.keywords.map((k) => k.arg!))));
      u.emit(Op.CALL_KW, 2 + s.bases.length + s.keywords.length);
    } else {
      u.emit(Op.CALL, 2 + s.bases.length);
    }
    this.applyDecorators(s.decorator_list);
    this.storeName(s.name, s);
  }

  /** Calls the decorators, innermost first, each at its own position (codegen_apply_decorators). */
  private applyDecorators(decorators: ast.ExprNode[]): void {
    const u = this.scope.unit;
    for (let i = decorators.length - 1; i >= 0; i--) {
      u.setLocation(decorators[i]!);
      u.emit(Op.CALL, 1);
    }
  }

  /** Pushes the defaults tuple and kw-defaults dict; returns the MAKE_FUNCTION flags. */
  private defaultsAndKwdefaults(args: ast.Arguments): number {
    const u = this.scope.unit;
    let flags = 0;
    if (args.defaults.length) {
      for (const d of args.defaults) this.expr(d);
      u.emit(Op.BUILD_TUPLE, args.defaults.length);
      flags |= 1;
    }
    const kw: [string, ast.ExprNode][] = [];
    args.kwonlyargs.forEach((a, i) => {
      const d = args.kw_defaults[i];
      if (d !== null && d !== undefined) kw.push([this.mangled(a.arg), d]);
    });
    if (kw.length) {
      for (const [, d] of kw) this.expr(d);
      u.emit(Op.LOAD_CONST, u.constIndex(newTuple(kw.map(([n]) => n))));
      u.emit(Op.BUILD_CONST_KEY_MAP, kw.length);
      flags |= 2;
    }
    return flags;
  }

  private compileFunctionBody(node: ast.FunctionDef | ast.Lambda, name: string, args: ast.Arguments, body: ast.StmtNode[] | ast.ExprNode, isDef: boolean): PyCode {
    const ste = this.symtable.blocks.get(node);
    if (ste === undefined) throw new Error('internal error: no symbol table entry for a function');
    if (ste.coroutine) throw new NotYetCompiled('coroutines', node);
    const outer = this.scope;
    const qualname = this.qualnameFor(name);
    const inner = new Scope(ste, name, qualname, outer.privateName, node.lineno);
    this.scope = inner;
    try {
      let doc: PyValue = None;
      if (Array.isArray(body)) {
        const first = body[0];
        if (first !== undefined && first._type === 'Expr' && first.value._type === 'Constant' && typeof first.value.value === 'string') {
          doc = first.value.value;
          this.statements(body.slice(1));
        } else {
          this.statements(body);
        }
        const u = inner.unit;
        const last = body[body.length - 1];
        if (last !== undefined) u.setLocation(last);
        u.emit(Op.RETURN_CONST, u.constIndex(None));
      } else {
        this.expr(body);
        inner.unit.setLocation(body);
        inner.unit.emit(Op.RETURN_VALUE);
      }
      let flags = CO_OPTIMIZED | CO_NEWLOCALS;
      if (ste.generator) flags |= CO_GENERATOR;
      if (args.vararg !== null) flags |= CO_VARARGS;
      if (args.kwarg !== null) flags |= CO_VARKEYWORDS;
      if (ste.nested) flags |= CO_NESTED;
      const argcount = args.posonlyargs.length + args.args.length;
      void isDef;
      return this.finishCode(inner, argcount, args.posonlyargs.length, args.kwonlyargs.length, flags, doc);
    } finally {
      this.scope = outer;
    }
  }

  private qualnameFor(name: string): string {
    const s = this.scope;
    if (s.ste.type === 'module') return name;
    if (s.ste.type === 'function') return `${s.qualname}.<locals>.${name}`;
    return `${s.qualname}.${name}`;
  }

  /** Pushes the closure cells (if any) and the code, then MAKE_FUNCTION. */
  private makeClosure(code: PyCode, flags: number, at: ast.Located): void {
    const u = this.scope.unit;
    u.setLocation(at);
    if (code.freevars.length) {
      for (const name of code.freevars) {
        // The cell comes from this scope's own cells or free variables.
        this.emitDeref(Op.LOAD_CLOSURE, this.derefIndex(name));
      }
      u.emit(Op.BUILD_TUPLE, code.freevars.length);
      flags |= 8;
    }
    u.emit(Op.LOAD_CONST, u.constIndex(code));
    u.emit(Op.MAKE_FUNCTION, flags);
  }

  // -------------------------------------------------------------------------------------------
  // Names

  private mangled(name: string): string {
    return mangle(this.scope.privateName, name);
  }

  /** Index of a cell or free variable among the cells and free variables; its localsplus slot
   * is that plus the number of varnames (added by finishCode: see Scope.derefSites). */
  private derefIndex(name: string): number {
    const s = this.scope;
    const c = s.cellvars.indexOf(name);
    if (c >= 0) return c;
    const f = s.freevars.indexOf(name);
    if (f >= 0) return s.cellvars.length + f;
    throw new Error(`internal error: ${name} is not a cell or free variable of ${s.qualname}`);
  }

  /** Emits an instruction on a cell or free variable slot (derefIndex). */
  private emitDeref(op: Op, index: number): void {
    this.scope.derefSites.push(this.scope.unit.emit(op, index));
  }

  private nameOp(name: string): { kind: 'fast' | 'deref' | 'global' | 'name'; index: number } {
    const s = this.scope;
    const mangled = this.mangled(name);
    const scope = getScope(s.ste, mangled);
    // _PyCompile_ResolveNameop
    switch (scope) {
      case FREE:
      case CELL:
        return { kind: 'deref', index: this.derefIndex(mangled) };
      case LOCAL:
        if (s.optimized) return { kind: 'fast', index: s.varnames.indexOf(mangled) };
        if (s.fastHidden.has(mangled)) return { kind: 'fast', index: this.fastIndex(mangled) };
        return { kind: 'name', index: s.unit.nameIdx(mangled) };
      case GLOBAL_IMPLICIT:
        if (s.optimized) return { kind: 'global', index: s.unit.nameIdx(mangled) };
        return { kind: 'name', index: s.unit.nameIdx(mangled) };
      case GLOBAL_EXPLICIT:
        return { kind: 'global', index: s.unit.nameIdx(mangled) };
      default:
        return { kind: s.optimized ? 'global' : 'name', index: s.unit.nameIdx(mangled) };
    }
  }

  /** The fast-local slot of `name`, adding it to the code's variables if needed. */
  private fastIndex(name: string): number {
    const v = this.scope.varnames;
    let i = v.indexOf(name);
    if (i < 0) {
      // Cells and free variables follow the variables in the frame: their slots are fixed up
      // at the end (derefSites).
      i = v.length;
      v.push(name);
    }
    return i;
  }

  private loadName(name: string, at: ast.Located): void {
    const u = this.scope.unit;
    const op = this.nameOp(name);
    u.setLocation(at);
    switch (op.kind) {
      case 'fast':
        u.emit(Op.LOAD_FAST_CHECKED, op.index);
        return;
      case 'deref':
        this.emitDeref(this.scope.ste.type === 'class' ? Op.LOAD_FROM_DICT_OR_DEREF : Op.LOAD_DEREF, op.index);
        return;
      case 'global':
        u.emit(Op.LOAD_GLOBAL, op.index);
        return;
      case 'name':
        // codegen_nameop: an inlined comprehension in a class body does not see the class
        // namespace.
        u.emit(this.scope.ste.type === 'class' && this.scope.inInlinedComp > 0 ? Op.LOAD_GLOBAL : Op.LOAD_NAME, op.index);
        return;
    }
  }

  private storeName(name: string, at: ast.Located): void {
    const u = this.scope.unit;
    const op = this.nameOp(name);
    u.setLocation(at);
    if (op.kind === 'deref') return this.emitDeref(Op.STORE_DEREF, op.index);
    u.emit(op.kind === 'fast' ? Op.STORE_FAST : op.kind === 'global' ? Op.STORE_GLOBAL : Op.STORE_NAME, op.index);
  }

  private deleteName(name: string, at: ast.Located): void {
    const u = this.scope.unit;
    const op = this.nameOp(name);
    u.setLocation(at);
    if (op.kind === 'deref') return this.emitDeref(Op.DELETE_DEREF, op.index);
    u.emit(op.kind === 'fast' ? Op.DELETE_FAST : op.kind === 'global' ? Op.DELETE_GLOBAL : Op.DELETE_NAME, op.index);
  }

  // -------------------------------------------------------------------------------------------
  // Targets

  private assignTo(t: ast.ExprNode): void {
    const u = this.scope.unit;
    switch (t._type) {
      case 'Name':
        this.storeName(t.id, t);
        return;
      case 'Attribute':
      case 'Subscript':
        // Stack: value, then the object (and key) the target evaluates.
        return this.itemOrAttributeTarget(t, Op.STORE_ATTR, Op.STORE_SUBSCR);
      case 'Tuple':
      case 'List': {
        u.setLocation(t);
        const star = t.elts.findIndex((e) => e._type === 'Starred');
        if (star >= 0) {
          const after = t.elts.length - star - 1;
          u.emit(Op.UNPACK_EX, star | (after << 8));
        } else {
          u.emit(Op.UNPACK_SEQUENCE, t.elts.length);
        }
        for (const e of t.elts) this.assignTo(e._type === 'Starred' ? e.value : e);
        return;
      }
      default:
        throw new NotYetCompiled('this assignment target', t);
    }
  }

  /** obj.attr or obj[key] as a store or del target. */
  private itemOrAttributeTarget(t: ast.Attribute | ast.Subscript, attrOp: Op, subscrOp: Op): void {
    const u = this.scope.unit;
    this.expr(t.value);
    if (t._type === 'Attribute') {
      u.setLocation(attributeLocation(t, t));
      u.emit(attrOp, u.nameIdx(this.mangled(t.attr)));
      return;
    }
    this.expr(t.slice);
    u.setLocation(t);
    u.emit(subscrOp);
  }

  private deleteTarget(t: ast.ExprNode): void {
    switch (t._type) {
      case 'Name':
        this.deleteName(t.id, t);
        return;
      case 'Attribute':
      case 'Subscript':
        return this.itemOrAttributeTarget(t, Op.DELETE_ATTR, Op.DELETE_SUBSCR);
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.deleteTarget(e);
        return;
      default:
        throw new NotYetCompiled('this del target', t);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Expressions

  /** Compiles `e` and jumps to `label` when its truth value equals `jumpWhen`. */
  private jumpIf(e: ast.ExprNode, jumpWhen: boolean, label: Label): void {
    const u = this.scope.unit;
    if (e._type === 'UnaryOp' && e.op._type === 'Not') return this.jumpIf(e.operand, !jumpWhen, label);
    if (e._type === 'BoolOp') {
      const isAnd = e.op._type === 'And';
      if (isAnd === jumpWhen) {
        // (a and b) jump-if-true / (a or b) jump-if-false: every operand must agree.
        const skip = new Label();
        for (let i = 0; i < e.values.length - 1; i++) this.jumpIf(e.values[i]!, !jumpWhen, skip);
        this.jumpIf(e.values[e.values.length - 1]!, jumpWhen, label);
        u.place(skip);
      } else {
        for (const v of e.values) this.jumpIf(v, jumpWhen, label);
      }
      return;
    }
    this.expr(e);
    u.setLocation(e);
    u.emitJump(jumpWhen ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, label);
  }

  private expr(e: ast.ExprNode): void {
    const u = this.scope.unit;
    switch (e._type) {
      case 'Constant':
        u.setLocation(e);
        u.emit(Op.LOAD_CONST, u.constIndex(constantValue(e.value)));
        return;
      case 'Name':
        if (e.id === '__debug__') {
          // Python/ast_preprocess.c: __debug__ is the constant True (no -O).
          u.setLocation(e);
          u.emit(Op.LOAD_CONST, u.constIndex(true));
          return;
        }
        this.loadName(e.id, e);
        return;
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        u.setLocation(e);
        u.emit(Op.BINARY_OP, BINOPS[e.op._type]!);
        return;
      case 'UnaryOp':
        this.expr(e.operand);
        u.setLocation(e);
        u.emit(Op.UNARY_OP, UNARYOPS[e.op._type]!);
        return;
      case 'BoolOp': {
        const end = new Label();
        const isAnd = e.op._type === 'And';
        for (let i = 0; i < e.values.length - 1; i++) {
          this.expr(e.values[i]!);
          u.setLocation(e);
          u.emitJump(isAnd ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP, end);
        }
        this.expr(e.values[e.values.length - 1]!);
        u.place(end);
        return;
      }
      case 'Compare':
        return this.compare(e);
      case 'IfExp': {
        const orElse = new Label();
        const end = new Label();
        this.jumpIf(e.test, false, orElse);
        this.expr(e.body);
        u.emitJump(Op.JUMP, end);
        u.place(orElse);
        this.expr(e.orelse);
        u.place(end);
        return;
      }
      case 'Call':
        return this.call(e);
      case 'Attribute':
        this.expr(e.value);
        u.setLocation(attributeLocation(e, e));
        u.emit(Op.LOAD_ATTR, u.nameIdx(this.mangled(e.attr)));
        return;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.slice);
        u.setLocation(e);
        u.emit(Op.BINARY_SUBSCR);
        return;
      case 'Slice': {
        if (e.lower !== null) this.expr(e.lower);
        else u.emit(Op.LOAD_CONST, u.constIndex(None));
        if (e.upper !== null) this.expr(e.upper);
        else u.emit(Op.LOAD_CONST, u.constIndex(None));
        if (e.step !== null) this.expr(e.step);
        u.setLocation(e);
        u.emit(Op.BUILD_SLICE, e.step !== null ? 3 : 2);
        return;
      }
      case 'Tuple':
        return this.sequence(e.elts, Op.BUILD_TUPLE, e);
      case 'List':
        return this.sequence(e.elts, Op.BUILD_LIST, e);
      case 'Set':
        return this.sequence(e.elts, Op.BUILD_SET, e);
      case 'Dict':
        return this.dict(e);
      case 'NamedExpr':
        this.expr(e.value);
        u.emit(Op.COPY, 1);
        this.assignTo(e.target);
        return;
      case 'JoinedStr':
        return this.joinedStr(e);
      case 'FormattedValue':
        return this.formattedValue(e);
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
        return this.inlinedComprehension(e);
      case 'GeneratorExp':
        return this.generatorExpression(e);
      case 'Yield':
        if (e.value !== null) this.expr(e.value);
        else u.emit(Op.LOAD_CONST, u.constIndex(None));
        u.setLocation(e);
        u.emit(Op.YIELD_VALUE);
        return;
      case 'Lambda': {
        const flags = this.defaultsAndKwdefaults(e.args);
        const code = this.compileFunctionBody(e, '<lambda>', e.args, e.body, false);
        this.makeClosure(code, flags, e);
        return;
      }
      default:
        throw new NotYetCompiled(`the ${e._type} expression`, e);
    }
  }

  /**
   * A list, set or dict comprehension, inlined into the current scope as CPython 3.12+ does
   * (PEP 709; codegen.c: codegen_comprehension with push/pop_inlined_comprehension_state): the
   * outermost iterable is evaluated here, the comprehension's own variables are saved and
   * restored around it, and it runs in this frame (no frame of its own in tracebacks).
   */
  private inlinedComprehension(e: ast.ListComp | ast.SetComp | ast.DictComp): void {
    const u = this.scope.unit;
    const ste = this.symtable.blocks.get(e);
    if (ste === undefined || !ste.compInlined) throw new NotYetCompiled('this comprehension', e);
    if (e.generators.some((g) => g.is_async)) throw new NotYetCompiled('asynchronous comprehensions', e);
    const first = e.generators[0]!;
    this.iterable(first.iter);
    // _PyCompile_TweakInlinedComprehensionScopes: names whose scope differs inside the
    // comprehension take the comprehension's scope while it is compiled (in a class body, all of
    // them); its own bindings are isolated: saved on the stack and restored after it.
    const parent = this.scope;
    const inClassBlock = parent.ste.type === 'class' && parent.inInlinedComp === 0;
    parent.inInlinedComp++;
    const saved = new Map<string, number | undefined>();
    const pushed: { name: string; cell: boolean }[] = [];
    const added: string[] = [];
    for (const [name, flags] of ste.symbols) {
      if (flags & DEF_PARAM) continue; // the implicit `.0`
      const scope = symbolToScope(flags);
      const outFlags = parent.ste.symbols.get(name);
      const outScope = symbolToScope(outFlags ?? 0);
      if ((scope !== outScope && scope !== FREE && !(scope === CELL && outScope === FREE)) || inClassBlock) {
        saved.set(name, outFlags);
        parent.ste.symbols.set(name, flags);
      }
      if (flags & DEF_LOCAL && !(flags & DEF_NONLOCAL) && (scope === LOCAL || scope === CELL)) {
        if (scope === LOCAL && !parent.optimized && !parent.fastHidden.has(name)) {
          parent.fastHidden.add(name);
          added.push(name);
        }
        pushed.push({ name, cell: scope === CELL });
      }
    }
    u.setLocation(e);
    for (const { name, cell } of pushed) {
      // A cell variable: the enclosing cell is saved and a new one made for the comprehension.
      if (cell) {
        this.emitDeref(Op.LOAD_FAST_AND_CLEAR, this.derefIndex(name));
        this.emitDeref(Op.MAKE_CELL, this.derefIndex(name));
      } else {
        u.emit(Op.LOAD_FAST_AND_CLEAR, this.fastIndex(name));
      }
    }
    if (pushed.length) u.emit(Op.SWAP, pushed.length + 1);
    u.emit(e._type === 'ListComp' ? Op.BUILD_LIST : e._type === 'SetComp' ? Op.BUILD_SET : Op.BUILD_MAP, 0);
    u.emit(Op.SWAP, 2);
    this.comprehensionGenerator(e, 0);
    u.setLocation(e);
    if (pushed.length) {
      u.emit(Op.SWAP, pushed.length + 1);
      for (let i = pushed.length - 1; i >= 0; i--) {
        const { name, cell } = pushed[i]!;
        if (cell) this.emitDeref(Op.STORE_FAST_MAYBE_NULL, this.derefIndex(name));
        else u.emit(Op.STORE_FAST_MAYBE_NULL, this.fastIndex(name));
      }
    }
    // _PyCompile_RevertInlinedComprehensionScopes
    parent.inInlinedComp--;
    for (const [name, flags] of saved) {
      if (flags === undefined) parent.ste.symbols.delete(name);
      else parent.ste.symbols.set(name, flags);
    }
    for (const name of added) parent.fastHidden.delete(name);
  }

  /**
   * A generator expression: a generator function `<genexpr>` of its own, called with the
   * iterator of its outermost iterable (evaluated in the enclosing scope) as `.0`.
   */
  private generatorExpression(e: ast.GeneratorExp): void {
    const u = this.scope.unit;
    const ste = this.symtable.blocks.get(e);
    if (ste === undefined) throw new Error('internal error: no symbol table entry for a generator expression');
    if (e.generators.some((g) => g.is_async)) throw new NotYetCompiled('asynchronous generator expressions', e);
    const outer = this.scope;
    const inner = new Scope(ste, '<genexpr>', this.qualnameFor('<genexpr>'), outer.privateName, e.lineno);
    this.scope = inner;
    let code: PyCode;
    try {
      this.comprehensionGenerator(e, 0);
      inner.unit.setLocation(e);
      inner.unit.emit(Op.RETURN_CONST, inner.unit.constIndex(None));
      code = this.finishCode(inner, 1, 0, 0, CO_OPTIMIZED | CO_NEWLOCALS | CO_GENERATOR | (ste.nested ? CO_NESTED : 0), None);
    } finally {
      this.scope = outer;
    }
    this.makeClosure(code, 0, e);
    this.iterable(e.generators[0]!.iter);
    u.setLocation(e.generators[0]!.iter);
    u.emit(Op.GET_ITER);
    u.setLocation(e);
    u.emit(Op.CALL, 1);
  }

  /** One `for ... in ... if ...` clause and the ones nested in it (codegen_sync_comprehension_generator). */
  private comprehensionGenerator(e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp, index: number): void {
    const u = this.scope.unit;
    const gen = e.generators[index]!;
    const start = new Label();
    const ifCleanup = new Label();
    const anchor = new Label();
    if (e._type === 'GeneratorExp' && index === 0) {
      // The outermost iterator arrives as the parameter `.0`.
      u.setLocation(gen.iter);
      u.emit(Op.LOAD_FAST, this.scope.varnames.indexOf('.0'));
    } else {
      if (index > 0) this.iterable(gen.iter);
      u.setLocation(gen.iter);
      u.emit(Op.GET_ITER);
    }
    u.place(start);
    u.setLocation(gen.iter);
    u.emitJump(Op.FOR_ITER, anchor);
    this.assignTo(gen.target);
    for (const cond of gen.ifs) this.jumpIf(cond, false, ifCleanup);
    if (index + 1 < e.generators.length) {
      this.comprehensionGenerator(e, index + 1);
    } else {
      // The container is below one iterator per generator.
      const depth = index + 2;
      if (e._type === 'GeneratorExp') {
        this.expr(e.elt);
        u.setLocation(e.elt);
        u.emit(Op.YIELD_VALUE);
        u.emit(Op.POP_TOP);
      } else if (e._type === 'DictComp') {
        this.expr(e.key);
        this.expr(e.value);
        u.setLocation(e);
        u.emit(Op.MAP_ADD, depth);
      } else {
        this.expr(e.elt);
        u.setLocation(e.elt);
        u.emit(e._type === 'ListComp' ? Op.LIST_APPEND : Op.SET_ADD, depth);
      }
    }
    u.place(ifCleanup);
    u.setLocation(gen.iter);
    u.emitJump(Op.JUMP, start);
    u.place(anchor);
  }

  private sequence(elts: ast.ExprNode[], build: Op, at: ast.Located): void {
    const u = this.scope.unit;
    const firstStar = elts.findIndex((x) => x._type === 'Starred');
    if (firstStar < 0) {
      if (build === Op.BUILD_SET) return this.setOfItems(elts, at);
      for (const x of elts) this.expr(x);
      u.setLocation(at);
      u.emit(build, elts.length);
      return;
    }
    // Starred elements: build a list piece by piece, then convert. A set starts from the items
    // before the first star, as CPython's starunpack_helper does.
    let i = 0;
    if (build === Op.BUILD_SET) {
      this.setOfItems(elts.slice(0, firstStar), at, elts.length);
      i = firstStar;
    } else {
      u.setLocation(at);
      u.emit(Op.BUILD_LIST, 0);
    }
    for (const x of elts.slice(i)) {
      if (x._type === 'Starred') {
        this.expr(x.value);
        u.setLocation(at);
        u.emit(build === Op.BUILD_SET ? Op.SET_UPDATE : Op.LIST_EXTEND, 1);
      } else {
        this.expr(x);
        u.setLocation(at);
        u.emit(build === Op.BUILD_SET ? Op.SET_ADD : Op.LIST_APPEND, 1);
      }
    }
    if (build === Op.BUILD_TUPLE) u.emit(Op.LIST_TO_TUPLE);
  }

  /** BUILD_SET of `elts` (no star), in a display of `total` items. When CPython's optimizer
   * folds every item to a constant (3 to 30 of them, in a display of at most 30 items), it
   * builds a frozenset constant and copies it into an empty set (BUILD_SET 0, LOAD_CONST
   * frozenset, SET_UPDATE 1), which can order the set differently (set_merge): that frozenset
   * is built here at run time with the same table layout, as a BUILD_SET of the items adds them
   * in order just as PyFrozenSet_New does (Python/flowgraph.c: optimize_lists_and_sets). */
  private setOfItems(elts: ast.ExprNode[], at: ast.Located, total = elts.length): void {
    const u = this.scope.unit;
    const constant = elts.length >= 3 && total <= STACK_USE_GUIDELINE && elts.every(isFoldedConstant);
    if (constant) {
      u.setLocation(at);
      u.emit(Op.BUILD_SET, 0);
    }
    for (const x of elts) this.expr(x);
    u.setLocation(at);
    u.emit(Op.BUILD_SET, elts.length);
    if (constant) u.emit(Op.SET_UPDATE, 1);
  }

  private dict(e: ast.Dict): void {
    const u = this.scope.unit;
    let pending = 0;
    let built = false;
    const flush = () => {
      if (pending || !built) {
        u.setLocation(e);
        u.emit(Op.BUILD_MAP, pending);
        if (built) u.emit(Op.DICT_UPDATE, 1);
        built = true;
        pending = 0;
      }
    };
    for (let i = 0; i < e.keys.length; i++) {
      const k = e.keys[i];
      if (k === null || k === undefined) {
        flush();
        this.expr(e.values[i]!);
        u.setLocation(e);
        u.emit(Op.DICT_UPDATE, 1);
      } else {
        this.expr(k);
        this.expr(e.values[i]!);
        pending++;
      }
    }
    if (!built || pending) flush();
  }

  private compare(e: ast.Compare): void {
    const u = this.scope.unit;
    this.expr(e.left);
    if (e.ops.length === 1) {
      this.operandOf(e.ops[0]!, e.comparators[0]!);
      u.setLocation(e);
      this.compareOp(e.ops[0]!);
      return;
    }
    // a < b < c: each middle operand is duplicated; a false result short-circuits.
    const cleanup = new Label();
    const end = new Label();
    for (let i = 0; i < e.ops.length; i++) {
      if (i < e.ops.length - 1) this.expr(e.comparators[i]!);
      else this.operandOf(e.ops[i]!, e.comparators[i]!);
      u.setLocation(e);
      if (i < e.ops.length - 1) {
        u.emit(Op.SWAP, 2);
        u.emit(Op.COPY, 2);
        this.compareOp(e.ops[i]!);
        u.emitJump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
      } else {
        this.compareOp(e.ops[i]!);
      }
    }
    u.emitJump(Op.JUMP, end);
    u.place(cleanup);
    // The false result is on top of the leftover operand.
    u.emit(Op.SWAP, 2);
    u.emit(Op.POP_TOP);
    u.place(end);
  }

  /** The right operand of a comparison that is compiled right before its CONTAINS_OP. */
  private operandOf(op: ast.CmpopNode, e: ast.ExprNode): void {
    if (op._type === 'In' || op._type === 'NotIn') this.iterable(e);
    else this.expr(e);
  }

  /** An expression followed at once by GET_ITER or CONTAINS_OP. A set display there is not
   * copied out of a frozenset constant: CPython loads the frozenset itself (optimize_lists_and_sets
   * with contains_or_iter), whose order is that of adding the items one by one. */
  private iterable(e: ast.ExprNode): void {
    if (e._type !== 'Set' || e.elts.some((x) => x._type === 'Starred')) return this.expr(e);
    const u = this.scope.unit;
    for (const x of e.elts) this.expr(x);
    u.setLocation(e);
    u.emit(Op.BUILD_SET, e.elts.length);
  }

  private compareOp(op: ast.CmpopNode): void {
    const u = this.scope.unit;
    switch (op._type) {
      case 'Is':
        u.emit(Op.IS_OP, 0);
        return;
      case 'IsNot':
        u.emit(Op.IS_OP, 1);
        return;
      case 'In':
        u.emit(Op.CONTAINS_OP, 0);
        return;
      case 'NotIn':
        u.emit(Op.CONTAINS_OP, 1);
        return;
      default:
        u.emit(Op.COMPARE_OP, CMPOPS[op._type]!);
    }
  }

  private call(e: ast.Call): void {
    const u = this.scope.unit;
    const hasStar = e.args.some((a) => a._type === 'Starred') || e.keywords.some((k) => k.arg === null);
    // obj.name(args) without * or ** is a method call (Python/codegen.c: maybe_optimize_method_call):
    // LOAD_METHOD finds the function without creating a bound method object.
    if (e.func._type === 'Attribute' && !hasStar && e.args.length + e.keywords.length < 30) {
      const attr = e.func;
      this.expr(attr.value);
      u.setLocation(attributeLocation(attr, attr));
      u.emit(Op.LOAD_METHOD, u.nameIdx(this.mangled(attr.attr)));
      for (const a of e.args) this.expr(a);
      for (const k of e.keywords) this.expr(k.value);
      u.setLocation(attributeLocation(e, attr));
      if (e.keywords.length) {
        u.emit(Op.LOAD_CONST, u.constIndex(newTuple(e.keywords.map((k) => k.arg!))));
        u.emit(Op.CALL_METHOD_KW, e.args.length + e.keywords.length);
      } else {
        u.emit(Op.CALL_METHOD, e.args.length);
      }
      return;
    }
    this.expr(e.func);
    if (hasStar) {
      // codegen_call_helper's ex_call: a lone `*v` is passed as is (CALL_FUNCTION_EX makes the
      // tuple); keyword groups become dicts merged with DICT_MERGE, which checks duplicates.
      const only = e.args.length === 1 ? e.args[0]! : null;
      if (only !== null && only._type === 'Starred') this.expr(only.value);
      else this.sequence(e.args, Op.BUILD_TUPLE, e);
      if (e.keywords.length) this.callKeywordsDict(e);
      u.setLocation(e);
      u.emit(Op.CALL_FUNCTION_EX, e.keywords.length ? 1 : 0);
      return;
    }
    for (const a of e.args) this.expr(a);
    if (e.keywords.length) {
      for (const k of e.keywords) this.expr(k.value);
      u.setLocation(e);
      u.emit(Op.LOAD_CONST, u.constIndex(newTuple(e.keywords.map((k) => k.arg!))));
      u.emit(Op.CALL_KW, e.args.length + e.keywords.length);
      return;
    }
    const func = e.func;
    if (func._type === 'Name' && INLINED_GENEXPR_CALLS.has(func.id) && e.args.length === 1 && e.args[0]!._type === 'GeneratorExp') {
      // all(genexpr), any(genexpr) and tuple(genexpr) of the real builtins run inline in CPython
      // (codegen.c: maybe_optimize_function_call), so errors inside them point at the name.
      const slow = new Label();
      const end = new Label();
      u.setLocation(func);
      u.emit(Op.COPY, 2);
      u.emit(Op.IS_BUILTIN, u.nameIdx(func.id));
      u.emitJump(Op.POP_JUMP_IF_FALSE, slow);
      u.emit(Op.CALL, 1);
      u.emitJump(Op.JUMP, end);
      u.place(slow);
      u.setLocation(e);
      u.emit(Op.CALL, 1);
      u.place(end);
      return;
    }
    u.setLocation(e);
    u.emit(Op.CALL, e.args.length);
  }

  /** The keyword arguments of a call with `**`: runs of `k=v` as one BUILD_MAP each, merged in
   * order into the first dict (codegen_call_helper, codegen_subkwargs). */
  private callKeywordsDict(e: ast.Call): void {
    const u = this.scope.unit;
    let haveDict = false;
    let seen = 0;
    const subkwargs = (begin: number, end: number) => {
      const kws = e.keywords.slice(begin, end);
      for (const k of kws) this.expr(k.value);
      u.setLocation(e);
      u.emit(Op.LOAD_CONST, u.constIndex(newTuple(kws.map((k) => k.arg!))));
      u.emit(Op.BUILD_CONST_KEY_MAP, kws.length);
    };
    e.keywords.forEach((k, i) => {
      if (k.arg !== null) {
        seen++;
        return;
      }
      if (seen) {
        subkwargs(i - seen, i);
        if (haveDict) u.emit(Op.DICT_MERGE, 1);
        haveDict = true;
        seen = 0;
      }
      u.setLocation(e);
      if (!haveDict) {
        u.emit(Op.BUILD_MAP, 0);
        haveDict = true;
      }
      this.expr(k.value);
      u.setLocation(e);
      u.emit(Op.DICT_MERGE, 1);
    });
    if (seen) {
      subkwargs(e.keywords.length - seen, e.keywords.length);
      if (haveDict) u.emit(Op.DICT_MERGE, 1);
    }
  }

  private joinedStr(e: ast.JoinedStr): void {
    const u = this.scope.unit;
    if (e.values.length === 0) {
      u.setLocation(e);
      u.emit(Op.LOAD_CONST, u.constIndex(''));
      return;
    }
    for (const v of e.values) this.expr(v);
    if (e.values.length > 1) {
      u.setLocation(e);
      u.emit(Op.BUILD_STRING, e.values.length);
    }
  }

  private formattedValue(e: ast.FormattedValue): void {
    const u = this.scope.unit;
    this.expr(e.value);
    let arg = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : 0;
    if (e.format_spec !== null) {
      this.expr(e.format_spec);
      arg |= 4;
    }
    u.setLocation(e);
    u.emit(Op.FORMAT_VALUE, arg);
  }
}

/** The builtins whose call with one generator expression CPython compiles inline. */
const INLINED_GENEXPR_CALLS = new Set(['all', 'any', 'tuple']);

/** The location of an instruction for `node` that reaches attribute `attr` (Python/codegen.c:
 * update_start_location_to_match_attr): when the attribute name ends on a later line than `node`
 * starts, the location starts at the name, so a traceback shows the `.name(...)` line. The column
 * subtracts the name's length in code points from a UTF-8 offset, as CPython does. */
function attributeLocation(node: ast.Located, attr: ast.Attribute): ast.Located {
  if (node.lineno === attr.end_lineno) return node;
  const len = [...attr.attr].length;
  const lineno = attr.end_lineno;
  let col = -1;
  let endCol = node.end_col_offset;
  if (len <= attr.end_col_offset) col = attr.end_col_offset - len;
  else endCol = -1;
  const endLineno = Math.max(lineno, node.end_lineno);
  if (lineno === endLineno) endCol = Math.max(col, endCol);
  return { lineno, col_offset: col, end_lineno: endLineno, end_col_offset: endCol };
}

/** The runtime value of an AST constant. */
function constantValue(v: ast.ConstantValue): PyValue {
  if (v === null) return None;
  if (typeof v === 'number') return new PyFloat(v);
  if (typeof v === 'bigint') return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Uint8Array) return new PyBytes(v);
  if (v.kind === 'ellipsis') return Ellipsis;
  return new PyComplex(v.real, v.imag);
}
