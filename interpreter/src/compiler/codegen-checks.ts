// The SyntaxErrors and SyntaxWarnings of CPython 3.14's code generator (Python/codegen.c), found
// without generating code: a walk over the AST in exactly the order codegen visits it, with the
// state codegen's checks depend on (the compile unit and its symbol table entry, the stack of
// frame blocks for loops/try/with, the pattern-matching context). The first error wins, and
// warnings come out in codegen's order, including its repetitions: a finally body is compiled once
// for each return/break/continue that leaves through it, plus once for the normal path (the copy
// for the exceptional path is compiled with warnings disabled), and `all(genexp)`, `any(genexp)`,
// `tuple(genexp)` compile the generator expression twice.
//
// When the bytecode compiler exists it takes over these checks; until then this keeps
// `python3.14 FILE` diagnostics exact.
import type * as ast from '../parser/ast.ts';
import type { ConstantValue, ExprNode, ModNode, PatternNode, StmtNode, TypeParamNode } from '../parser/ast.ts';
import { constantRepr } from '../parser/ast-dump.ts';
import { strRepr } from '../objects/repr.ts';
import { locationOf, type Diagnostics, type SourceLocation } from './diagnostics.ts';
import { annotationBlockKey, DEF_IMPORT, typeParamDefaultKey, isFunctionLike, lookupFlags, type SymbolTable, type SymbolTableEntry } from './symtable.ts';

/** Include/internal/pycore_compile.h: CO_MAXBLOCKS. */
const CO_MAXBLOCKS = 21;
/** Include/internal/pycore_compile.h: _PY_STACK_USE_GUIDELINE. */
const STACK_USE_GUIDELINE = 30;

type FBlockType =
  | 'WHILE_LOOP'
  | 'FOR_LOOP'
  | 'ASYNC_FOR_LOOP'
  | 'TRY_EXCEPT'
  | 'FINALLY_TRY'
  | 'FINALLY_END'
  | 'WITH'
  | 'ASYNC_WITH'
  | 'HANDLER_CLEANUP'
  | 'POP_VALUE'
  | 'EXCEPTION_HANDLER'
  | 'EXCEPTION_GROUP_HANDLER'
  | 'ASYNC_COMPREHENSION_GENERATOR'
  | 'STOP_ITERATION';

interface FBlock {
  type: FBlockType;
  /** For FINALLY_TRY: the finally body, compiled again when a jump leaves through it. */
  finalbody: readonly StmtNode[] | null;
}

type ScopeType = 'module' | 'class' | 'function' | 'async-function' | 'lambda' | 'comprehension' | 'annotations';

interface Unit {
  ste: SymbolTableEntry;
  scopeType: ScopeType;
  fblocks: FBlock[];
  /** Simple-name annotations of a module or class body, compiled in __annotate__ at the end. */
  deferredAnnotations: ast.AnnAssign[];
}

interface PatternContext {
  stores: string[];
  allowIrrefutable: boolean;
}

const NO_LOCATION: SourceLocation = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };

/** Python type names as infer_type reports them. */
function inferType(e: ExprNode): string | null {
  switch (e._type) {
    case 'Tuple':
      return 'tuple';
    case 'List':
    case 'ListComp':
      return 'list';
    case 'Dict':
    case 'DictComp':
      return 'dict';
    case 'Set':
    case 'SetComp':
      return 'set';
    case 'GeneratorExp':
      return 'generator';
    case 'Lambda':
      return 'function';
    case 'TemplateStr':
    case 'Interpolation':
      return 'string.templatelib.Template';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'str';
    case 'Constant':
      return constantTypeName(e.value);
    default:
      return null;
  }
}

function constantTypeName(v: ConstantValue): string {
  if (v === null) return 'NoneType';
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'bigint':
      return 'int';
    case 'number':
      return 'float';
    case 'string':
      return 'str';
  }
  if (v instanceof Uint8Array) return 'bytes';
  return v.kind === 'complex' ? 'complex' : 'ellipsis';
}

/** check_is_arg: false for a constant (or a tuple of constants) other than None/True/False/`...`. */
function isArg(e: ExprNode): boolean {
  if (e._type === 'Tuple') return !e.elts.every((x) => x._type === 'Constant');
  if (e._type !== 'Constant') return true;
  const v = e.value;
  return v === null || v === true || v === false || (typeof v === 'object' && !(v instanceof Uint8Array) && v.kind === 'ellipsis');
}

/**
 * The constant a match value or mapping key folds to (Python/ast_preprocess.c folds `-1` and
 * `1+2j` in patterns), or undefined if it is not a constant.
 */
function foldPatternConstant(e: ExprNode): ConstantValue | undefined {
  if (e._type === 'Constant') return e.value;
  if (e._type === 'UnaryOp' && e.op._type === 'USub') {
    const v = foldPatternConstant(e.operand);
    if (typeof v === 'bigint') return -v;
    if (typeof v === 'number') return -v;
    if (v !== null && typeof v === 'object' && !(v instanceof Uint8Array) && v.kind === 'complex') return { kind: 'complex', real: -v.real, imag: -v.imag };
    return undefined;
  }
  if (e._type === 'BinOp' && (e.op._type === 'Add' || e.op._type === 'Sub')) {
    const l = foldPatternConstant(e.left);
    const r = foldPatternConstant(e.right);
    if (l === undefined || r === undefined) return undefined;
    const parts = (v: ConstantValue): [number, number] | null => {
      if (typeof v === 'bigint') return [Number(v), 0];
      if (typeof v === 'number') return [v, 0];
      if (v !== null && typeof v === 'object' && !(v instanceof Uint8Array) && v.kind === 'complex') return [v.real, v.imag];
      return null;
    };
    const a = parts(l);
    const b = parts(r);
    if (!a || !b) return undefined;
    const sign = e.op._type === 'Add' ? 1 : -1;
    return { kind: 'complex', real: a[0] + sign * b[0], imag: a[1] + sign * b[1] };
  }
  return undefined;
}

/** A hashable identity for Python equality of constants (1 == 1.0 == True, 0j == 0, -0.0 == 0). */
function constantKey(v: ConstantValue): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return `n:${v ? 1 : 0}`;
  if (typeof v === 'bigint') return `n:${v}`;
  if (typeof v === 'number') return Number.isInteger(v) ? `n:${BigInt(v)}` : Number.isNaN(v) ? `nan:${Math.random()}` : `n:${v}`;
  if (typeof v === 'string') return `s:${v}`;
  if (v instanceof Uint8Array) return `b:${Array.from(v).join(',')}`;
  if (v.kind === 'complex') return v.imag === 0 ? constantKey(v.real) : `c:${v.real},${v.imag}`;
  return 'Ellipsis';
}

export class CodegenChecker {
  private unit!: Unit;
  private readonly units: Unit[] = [];

  constructor(
    private readonly st: SymbolTable,
    private readonly diag: Diagnostics,
  ) {}

  private entry(key: object): SymbolTableEntry {
    const ste = this.st.blocks.get(key);
    if (!ste) throw new Error('codegen: unknown symbol table entry');
    return ste;
  }

  private enterScope(ste: SymbolTableEntry, scopeType: ScopeType): void {
    if (this.unit) this.units.push(this.unit);
    this.unit = { ste, scopeType, fblocks: [], deferredAnnotations: [] };
  }

  private exitScope(): void {
    this.unit = this.units.pop()!;
  }

  private error(msg: string, loc: SourceLocation): never {
    this.diag.error(msg, loc);
  }

  private warn(msg: string, loc: SourceLocation): void {
    this.diag.warn(msg, loc);
  }

  private pushFBlock(loc: SourceLocation, type: FBlockType, finalbody: readonly StmtNode[] | null = null): void {
    if (this.unit.fblocks.length >= CO_MAXBLOCKS) this.error('too many statically nested blocks', loc);
    this.unit.fblocks.push({ type, finalbody });
  }

  private popFBlock(): void {
    this.unit.fblocks.pop();
  }

  // --- modules, bodies, annotations -------------------------------------------------------------

  checkModule(mod: ModNode): void {
    this.enterScope(this.st.top, 'module');
    if (mod._type === 'Module' || mod._type === 'Interactive') this.body(mod.body);
    else if (mod._type === 'Expression') this.visitExpr(mod.body);
  }

  /** codegen_body: the statements, then (PEP 649) the deferred annotations in __annotate__. */
  private body(stmts: readonly StmtNode[]): void {
    for (const s of stmts) this.visitStmt(s);
    if (!this.st.future.annotations && this.unit.deferredAnnotations.length) {
      const annotations = this.unit.deferredAnnotations;
      const ste = this.unit.ste;
      this.enterScope(this.entry(annotationBlockKey(ste)), 'annotations');
      for (const a of annotations) this.visitExpr(a.annotation);
      this.exitScope();
    }
  }

  private visitStmts(stmts: readonly StmtNode[]): void {
    for (const s of stmts) this.visitStmt(s);
  }

  private visitExprs(exprs: readonly (ExprNode | null)[]): void {
    for (const e of exprs) if (e !== null) this.visitExpr(e);
  }

  private defaults(args: ast.Arguments): void {
    this.visitExprs(args.defaults);
    args.kwonlyargs.forEach((_, i) => {
      const d = args.kw_defaults[i];
      if (d) this.visitExpr(d);
    });
  }

  /** codegen_type_params: bounds and defaults are compiled in their own annotation scopes. */
  private typeParams(typeParams: readonly TypeParamNode[]): void {
    let seenDefault = false;
    for (const tp of typeParams) {
      const loc = locationOf(tp);
      if (tp._type === 'TypeVar' && tp.bound) this.typeParamBoundOrDefault(tp.bound, tp, false);
      if (tp.default_value) {
        seenDefault = true;
        this.enterScope(this.entry(tp._type === 'TypeVar' ? typeParamDefaultKey(tp) : tp), 'annotations');
        const e = tp.default_value;
        this.visitExpr(tp._type === 'TypeVarTuple' && e._type === 'Starred' ? e.value : e);
        this.exitScope();
      } else if (seenDefault) {
        this.error(`non-default type parameter '${tp.name}' follows default type parameter`, loc);
      }
    }
  }

  private typeParamBoundOrDefault(e: ExprNode, tp: TypeParamNode, _allowStarred: boolean): void {
    this.enterScope(this.entry(tp), 'annotations');
    this.visitExpr(e);
    this.exitScope();
  }

  private functionAnnotations(args: ast.Arguments, returns: ExprNode | null): void {
    const ste = this.entry(args);
    if (!ste.annotationsUsed) return;
    this.enterScope(ste, 'annotations');
    if (!this.st.future.annotations) {
      const annotation = (a: ast.Arg | null) => {
        if (!a?.annotation) return;
        const e = a.annotation;
        this.visitExpr(e._type === 'Starred' ? e.value : e);
      };
      args.args.forEach(annotation);
      args.posonlyargs.forEach(annotation);
      annotation(args.vararg);
      args.kwonlyargs.forEach(annotation);
      annotation(args.kwarg);
      if (returns) this.visitExpr(returns._type === 'Starred' ? returns.value : returns);
    }
    this.exitScope();
  }

  private functionDef(s: ast.FunctionDef | ast.AsyncFunctionDef): void {
    this.visitExprs(s.decorator_list);
    this.defaults(s.args);
    const generic = s.type_params.length > 0;
    if (generic) {
      this.enterScope(this.entry(s.type_params), 'annotations');
      this.typeParams(s.type_params);
    }
    this.functionAnnotations(s.args, s.returns);
    const ste = this.entry(s);
    this.enterScope(ste, s._type === 'AsyncFunctionDef' ? 'async-function' : 'function');
    if (ste.coroutine || ste.generator) this.pushFBlock(NO_LOCATION, 'STOP_ITERATION');
    this.visitStmts(s.body);
    this.exitScope();
    if (generic) this.exitScope();
  }

  private classDef(s: ast.ClassDef): void {
    this.visitExprs(s.decorator_list);
    const generic = s.type_params.length > 0;
    if (generic) {
      this.enterScope(this.entry(s.type_params), 'annotations');
      this.typeParams(s.type_params);
    }
    this.enterScope(this.entry(s), 'class');
    this.body(s.body);
    this.exitScope();
    this.callHelper(s.bases, s.keywords);
    if (generic) this.exitScope();
  }

  // --- statements ---------------------------------------------------------------------------------

  private visitStmt(s: StmtNode): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        return this.functionDef(s);
      case 'ClassDef':
        return this.classDef(s);
      case 'TypeAlias': {
        const generic = s.type_params.length > 0;
        if (generic) {
          this.enterScope(this.entry(s.type_params), 'annotations');
          this.typeParams(s.type_params);
        }
        this.enterScope(this.entry(s), 'annotations');
        this.visitExpr(s.value);
        this.exitScope();
        if (generic) this.exitScope();
        return;
      }
      case 'Return':
        return this.returnStmt(s);
      case 'Delete':
        return this.visitExprs(s.targets);
      case 'Assign':
        this.visitExpr(s.value);
        return this.visitExprs(s.targets);
      case 'AugAssign': {
        const t = s.target;
        if (t._type === 'Attribute') this.visitExpr(t.value);
        else if (t._type === 'Subscript') {
          this.visitExpr(t.value);
          this.visitExpr(t.slice);
        }
        return this.visitExpr(s.value);
      }
      case 'AnnAssign':
        return this.annAssign(s);
      case 'For':
        this.pushFBlock(locationOf(s), 'FOR_LOOP');
        this.visitExpr(s.iter);
        this.visitExpr(s.target);
        this.visitStmts(s.body);
        this.popFBlock();
        return this.visitStmts(s.orelse);
      case 'AsyncFor':
        this.visitExpr(s.iter);
        this.pushFBlock(locationOf(s), 'ASYNC_FOR_LOOP');
        this.visitExpr(s.target);
        this.visitStmts(s.body);
        this.popFBlock();
        return this.visitStmts(s.orelse);
      case 'While':
        this.pushFBlock(locationOf(s), 'WHILE_LOOP');
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.popFBlock();
        return this.visitStmts(s.orelse);
      case 'If':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        return this.visitStmts(s.orelse);
      case 'Match':
        return this.match(s);
      case 'Raise':
        if (s.exc) {
          this.visitExpr(s.exc);
          if (s.cause) this.visitExpr(s.cause);
        }
        return;
      case 'Try':
      case 'TryStar':
        if (s.finalbody.length) return this.tryFinally(s);
        return s._type === 'Try' ? this.tryExcept(s) : this.tryStarExcept(s);
      case 'Assert':
        if (s.test._type === 'Tuple' && s.test.elts.length > 0) this.warn('assertion is always true, perhaps remove parentheses?', locationOf(s));
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        return;
      case 'Import':
      case 'ImportFrom':
      case 'Global':
      case 'Nonlocal':
      case 'Pass':
        return;
      case 'Expr':
        if (s.value._type !== 'Constant') this.visitExpr(s.value);
        return;
      case 'Break':
        return this.breakOrContinue(s, true);
      case 'Continue':
        return this.breakOrContinue(s, false);
      case 'With':
      case 'AsyncWith':
        return this.withItems(s, 0);
    }
  }

  private returnStmt(s: ast.Return): void {
    let loc = locationOf(s);
    const ste = this.unit.ste;
    if (!isFunctionLike(ste)) this.error("'return' outside function", loc);
    if (s.value !== null && ste.coroutine && ste.generator) this.error("'return' with value in async generator", loc);
    const preserveTos = s.value !== null && s.value._type !== 'Constant';
    if (preserveTos) this.visitExpr(s.value!);
    else if (s.value !== null) loc = locationOf(s.value);
    if (s.value === null || s.value.lineno !== s.lineno) loc = locationOf(s);
    this.unwindFBlockStack({ loc }, preserveTos, false);
  }

  private breakOrContinue(s: ast.Break | ast.Continue, isBreak: boolean): void {
    const loop = this.unwindFBlockStack({ loc: locationOf(s) }, false, true);
    if (loop === null) this.error(isBreak ? "'break' outside loop" : "'continue' not properly in loop", locationOf(s));
  }

  /**
   * codegen_unwind_fblock_stack: leaving blocks compiles their exit code, and for a `try` with a
   * `finally` that is the finally body again (with the block popped). Returns the loop found, if
   * one was wanted. Leaving a `with` or a `finally` makes the rest of the jump artificial
   * (NO_LOCATION), which is where a later except* error then points.
   */
  private unwindFBlockStack(ploc: { loc: SourceLocation }, preserveTos: boolean, wantLoop: boolean): FBlock | null {
    const fblocks = this.unit.fblocks;
    const top = fblocks[fblocks.length - 1];
    if (top === undefined) return null;
    if (top.type === 'EXCEPTION_GROUP_HANDLER') this.error("'break', 'continue' and 'return' cannot appear in an except* block", ploc.loc);
    if (wantLoop && (top.type === 'WHILE_LOOP' || top.type === 'FOR_LOOP' || top.type === 'ASYNC_FOR_LOOP')) return top;
    fblocks.pop();
    if (top.type === 'FINALLY_TRY') {
      if (preserveTos) this.pushFBlock(ploc.loc, 'POP_VALUE');
      this.visitStmts(top.finalbody!);
      if (preserveTos) this.popFBlock();
      ploc.loc = NO_LOCATION;
    } else if (top.type === 'WITH' || top.type === 'ASYNC_WITH') {
      ploc.loc = NO_LOCATION;
    }
    const loop = this.unwindFBlockStack(ploc, preserveTos, wantLoop);
    fblocks.push(top);
    return loop;
  }

  private tryFinally(s: ast.Try | ast.TryStar): void {
    const loc = locationOf(s);
    this.pushFBlock(loc, 'FINALLY_TRY', s.finalbody);
    if (s.handlers.length) {
      if (s._type === 'Try') this.tryExcept(s);
      else this.tryStarExcept(s);
    } else {
      this.visitStmts(s.body);
    }
    this.popFBlock();
    this.visitStmts(s.finalbody);
    // The exceptional path compiles the finally body again, silently.
    this.pushFBlock(NO_LOCATION, 'FINALLY_END');
    this.diag.disableWarnings++;
    try {
      this.visitStmts(s.finalbody);
    } finally {
      this.diag.disableWarnings--;
    }
    this.popFBlock();
  }

  private tryExcept(s: ast.Try | ast.TryStar): void {
    const loc = locationOf(s);
    this.pushFBlock(loc, 'TRY_EXCEPT');
    this.visitStmts(s.body);
    this.popFBlock();
    this.visitStmts(s.orelse);
    this.pushFBlock(loc, 'EXCEPTION_HANDLER');
    const n = s.handlers.length;
    s.handlers.forEach((h, i) => {
      const hloc = locationOf(h);
      if (!h.type && i < n - 1) this.error("default 'except:' must be last", hloc);
      if (h.type) this.visitExpr(h.type);
      this.pushFBlock(hloc, 'HANDLER_CLEANUP');
      this.visitStmts(h.body);
      this.popFBlock();
    });
    this.popFBlock();
  }

  private tryStarExcept(s: ast.Try | ast.TryStar): void {
    const loc = locationOf(s);
    this.pushFBlock(loc, 'TRY_EXCEPT');
    this.visitStmts(s.body);
    this.popFBlock();
    this.pushFBlock(loc, 'EXCEPTION_GROUP_HANDLER');
    for (const h of s.handlers) {
      if (h.type) this.visitExpr(h.type);
      this.pushFBlock(locationOf(h), 'HANDLER_CLEANUP');
      this.visitStmts(h.body);
      this.popFBlock();
    }
    this.popFBlock();
    this.visitStmts(s.orelse);
  }

  private withItems(s: ast.With | ast.AsyncWith, pos: number): void {
    const item = s.items[pos]!;
    this.visitExpr(item.context_expr);
    this.pushFBlock(locationOf(item.context_expr), s._type === 'With' ? 'WITH' : 'ASYNC_WITH');
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    if (pos + 1 === s.items.length) this.visitStmts(s.body);
    else this.withItems(s, pos + 1);
    this.popFBlock();
  }

  private annAssign(s: ast.AnnAssign): void {
    const targ = s.target;
    if (s.value) {
      this.visitExpr(s.value);
      this.visitExpr(targ);
    }
    switch (targ._type) {
      case 'Name':
        if (s.simple && (this.unit.scopeType === 'module' || this.unit.scopeType === 'class') && !this.st.future.annotations) {
          this.unit.deferredAnnotations.push(s);
        }
        break;
      case 'Attribute':
        if (!s.value) this.visitExpr(targ.value);
        break;
      case 'Subscript':
        if (!s.value) {
          this.visitExpr(targ.value);
          this.annSubscript(targ.slice);
        }
        break;
    }
  }

  private annSubscript(e: ExprNode): void {
    if (e._type === 'Slice') {
      if (e.lower) this.visitExpr(e.lower);
      if (e.upper) this.visitExpr(e.upper);
      if (e.step) this.visitExpr(e.step);
    } else if (e._type === 'Tuple') {
      for (const x of e.elts) this.annSubscript(x);
    } else {
      this.visitExpr(e);
    }
  }

  // --- expressions --------------------------------------------------------------------------------

  private visitExpr(e: ExprNode): void {
    const loc = locationOf(e);
    switch (e._type) {
      case 'NamedExpr':
        this.visitExpr(e.value);
        return this.visitExpr(e.target);
      case 'BoolOp':
        return this.visitExprs(e.values);
      case 'BinOp':
        this.visitExpr(e.left);
        return this.visitExpr(e.right);
      case 'UnaryOp':
        return this.visitExpr(e.operand);
      case 'Lambda':
        this.defaults(e.args);
        this.enterScope(this.entry(e), 'lambda');
        this.visitExpr(e.body);
        return this.exitScope();
      case 'IfExp':
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        return this.visitExpr(e.orelse);
      case 'Dict':
        e.values.forEach((v, i) => {
          const k = e.keys[i];
          if (k) this.visitExpr(k);
          this.visitExpr(v);
        });
        return;
      case 'Set':
        return this.starredElements(e.elts);
      case 'GeneratorExp':
      case 'ListComp':
      case 'SetComp':
        return this.comprehension(e, e.generators, e.elt, null);
      case 'DictComp':
        return this.comprehension(e, e.generators, e.key, e.value);
      case 'Yield':
        if (!isFunctionLike(this.unit.ste)) this.error("'yield' outside function", loc);
        if (e.value) this.visitExpr(e.value);
        return;
      case 'YieldFrom':
        if (!isFunctionLike(this.unit.ste)) this.error("'yield from' outside function", loc);
        if (this.unit.scopeType === 'async-function') this.error("'yield from' inside async function", loc);
        return this.visitExpr(e.value);
      case 'Await':
        return this.visitExpr(e.value);
      case 'Compare':
        this.checkCompare(e);
        this.visitExpr(e.left);
        return this.visitExprs(e.comparators);
      case 'Call':
        return this.call(e);
      case 'Constant':
        return;
      case 'JoinedStr':
        return this.visitExprs(e.values);
      case 'TemplateStr':
        for (const v of e.values) if (v._type !== 'Interpolation') this.visitExpr(v);
        for (const v of e.values) if (v._type === 'Interpolation') this.visitExpr(v);
        return;
      case 'FormattedValue':
      case 'Interpolation':
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        return;
      case 'Attribute':
        return this.visitExpr(e.value);
      case 'Subscript':
        if (e.ctx._type === 'Load') {
          this.checkSubscripter(e.value);
          this.checkIndex(e.value, e.slice);
        }
        this.visitExpr(e.value);
        return this.visitExpr(e.slice);
      case 'Starred':
        if (e.ctx._type === 'Store') this.error('starred assignment target must be in a list or tuple', loc);
        this.error("can't use starred expression here", loc);
      case 'Slice':
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        return;
      case 'Name':
        return;
      case 'List':
      case 'Tuple':
        if (e.ctx._type === 'Store') return this.assignmentTargets(e.elts, loc);
        if (e.ctx._type === 'Load') return this.starredElements(e.elts);
        return this.visitExprs(e.elts);
    }
  }

  /** starunpack_helper: a starred element's value is compiled, not the Starred node. */
  private starredElements(elts: readonly ExprNode[]): void {
    for (const elt of elts) this.visitExpr(elt._type === 'Starred' ? elt.value : elt);
  }

  /** unpack_helper + assignment_helper. */
  private assignmentTargets(elts: readonly ExprNode[], loc: SourceLocation): void {
    const n = elts.length;
    let seenStar = false;
    elts.forEach((elt, i) => {
      if (elt._type !== 'Starred') return;
      if (!seenStar) {
        if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) this.error('too many expressions in star-unpacking assignment', loc);
        seenStar = true;
      } else {
        this.error('multiple starred expressions in assignment', loc);
      }
    });
    this.starredElements(elts);
  }

  /** codegen_check_compare: `is` with a literal. */
  private checkCompare(e: ast.Compare): void {
    let left = isArg(e.left);
    let leftExpr = e.left;
    for (let i = 0; i < e.ops.length; i++) {
      const op = e.ops[i]!._type;
      const rightExpr = e.comparators[i]!;
      const right = isArg(rightExpr);
      if ((op === 'Is' || op === 'IsNot') && (!right || !left)) {
        const literal = !left ? leftExpr : rightExpr;
        const type = inferType(literal)!;
        this.warn(op === 'Is' ? `"is" with '${type}' literal. Did you mean "=="?` : `"is not" with '${type}' literal. Did you mean "!="?`, locationOf(e));
        return;
      }
      left = right;
      leftExpr = rightExpr;
    }
  }

  private checkCaller(e: ExprNode): void {
    switch (e._type) {
      case 'Constant':
      case 'Tuple':
      case 'List':
      case 'ListComp':
      case 'Dict':
      case 'DictComp':
      case 'Set':
      case 'SetComp':
      case 'GeneratorExp':
      case 'JoinedStr':
      case 'TemplateStr':
      case 'FormattedValue':
      case 'Interpolation':
        this.warn(`'${inferType(e)}' object is not callable; perhaps you missed a comma?`, locationOf(e));
    }
  }

  private checkSubscripter(e: ExprNode): void {
    let warn: boolean;
    switch (e._type) {
      case 'Constant': {
        const v = e.value;
        warn =
          v === null ||
          typeof v === 'bigint' ||
          typeof v === 'number' ||
          (typeof v === 'object' && !(v instanceof Uint8Array) && (v.kind === 'ellipsis' || v.kind === 'complex'));
        break;
      }
      case 'Set':
      case 'SetComp':
      case 'GeneratorExp':
      case 'TemplateStr':
      case 'Interpolation':
      case 'Lambda':
        warn = true;
        break;
      default:
        warn = false;
    }
    if (warn) this.warn(`'${inferType(e)}' object is not subscriptable; perhaps you missed a comma?`, locationOf(e));
  }

  private checkIndex(e: ExprNode, s: ExprNode): void {
    const indexType = inferType(s);
    if (indexType === null || indexType === 'int' || indexType === 'bool') return;
    let warn: boolean;
    switch (e._type) {
      case 'Constant': {
        const v = e.value;
        warn = typeof v === 'string' || v instanceof Uint8Array || false;
        break;
      }
      case 'Tuple':
      case 'List':
      case 'ListComp':
      case 'JoinedStr':
      case 'FormattedValue':
        warn = true;
        break;
      default:
        warn = false;
    }
    if (warn) this.warn(`${inferType(e)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`, locationOf(e));
  }

  private validateKeywords(keywords: readonly ast.Keyword[]): void {
    for (let i = 0; i < keywords.length; i++) {
      const key = keywords[i]!;
      if (key.arg === null) continue;
      for (let j = i + 1; j < keywords.length; j++) {
        const other = keywords[j]!;
        if (other.arg === key.arg) this.error(`keyword argument repeated: ${key.arg}`, locationOf(other));
      }
    }
  }

  private callHelper(args: readonly ExprNode[], keywords: readonly ast.Keyword[]): void {
    this.validateKeywords(keywords);
    this.starredElements(args);
    for (const k of keywords) this.visitExpr(k.value);
  }

  private call(e: ast.Call): void {
    this.validateKeywords(e.keywords);
    const func = e.func;
    if (!this.isOptimizableMethodCall(e)) this.checkCaller(func);
    this.visitExpr(func);
    // maybe_optimize_function_call compiles all/any/tuple(genexp) inline, then the plain call too.
    if (func._type === 'Name' && e.args.length === 1 && e.keywords.length === 0 && e.args[0]!._type === 'GeneratorExp') {
      if (func.id === 'all' || func.id === 'any' || func.id === 'tuple') this.visitExpr(e.args[0]!);
    }
    this.callHelper(e.args, e.keywords);
  }

  private isOptimizableMethodCall(e: ast.Call): boolean {
    const meth = e.func;
    if (meth._type !== 'Attribute' || meth.ctx._type !== 'Load') return false;
    const v = meth.value;
    if (v._type === 'Name' && lookupFlags(this.st.top, v.id) & DEF_IMPORT) return false;
    const kwdsl = e.keywords.length;
    if (e.args.length + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
    if (e.args.some((a) => a._type === 'Starred')) return false;
    return !e.keywords.some((k) => k.arg === null);
  }

  private comprehension(e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp, generators: readonly ast.Comprehension[], elt: ExprNode, val: ExprNode | null): void {
    const ste = this.entry(e);
    const outermost = generators[0]!;
    const loc = locationOf(e);
    if (ste.compInlined) {
      this.visitExpr(outermost.iter);
      this.generators(loc, generators, 0, elt, val);
    } else {
      this.enterScope(ste, 'comprehension');
      this.generators(loc, generators, 0, elt, val);
      this.exitScope();
      this.visitExpr(outermost.iter);
    }
  }

  private generators(loc: SourceLocation, generators: readonly ast.Comprehension[], index: number, elt: ExprNode, val: ExprNode | null): void {
    const gen = generators[index]!;
    if (index > 0) {
      const iter = gen.iter;
      const elts = !gen.is_async && (iter._type === 'List' || iter._type === 'Tuple') ? iter.elts : null;
      // The `for y in [f(x)]` fast path compiles only the element.
      if (elts && elts.length === 1 && elts[0]!._type !== 'Starred') this.visitExpr(elts[0]!);
      else this.visitExpr(iter);
    }
    if (gen.is_async) this.pushFBlock(loc, 'ASYNC_COMPREHENSION_GENERATOR');
    this.visitExpr(gen.target);
    for (const cond of gen.ifs) this.visitExpr(cond);
    if (index + 1 < generators.length) this.generators(loc, generators, index + 1, elt, val);
    else {
      this.visitExpr(elt);
      if (val) this.visitExpr(val);
    }
    if (gen.is_async) this.popFBlock();
  }

  // --- pattern matching (PEP 634) ----------------------------------------------------------------

  private match(s: ast.Match): void {
    this.visitExpr(s.subject);
    const cases = s.cases.length;
    const last = s.cases[cases - 1]!;
    const hasDefault = isWildcard(last.pattern) && cases > 1 ? 1 : 0;
    for (let i = 0; i < cases - hasDefault; i++) {
      const m = s.cases[i]!;
      const pc: PatternContext = { stores: [], allowIrrefutable: m.guard !== null || i === cases - 1 };
      this.pattern(m.pattern, pc);
      if (m.guard) this.visitExpr(m.guard);
      this.visitStmts(m.body);
    }
    if (hasDefault) {
      if (last.guard) this.visitExpr(last.guard);
      this.visitStmts(last.body);
    }
  }

  private storeName(loc: SourceLocation, name: string | null, pc: PatternContext): void {
    if (name === null) return;
    if (pc.stores.includes(name)) this.error(`multiple assignments to name ${strRepr(name)} in pattern`, loc);
    pc.stores.push(name);
  }

  private subpattern(p: PatternNode, pc: PatternContext): void {
    const saved = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.pattern(p, pc);
    pc.allowIrrefutable = saved;
  }

  private pattern(p: PatternNode, pc: PatternContext): void {
    const loc = locationOf(p);
    switch (p._type) {
      case 'MatchValue': {
        const v = p.value;
        if (foldPatternConstant(v) === undefined && v._type !== 'Attribute') this.error('patterns may only match literals and attribute lookups', loc);
        if (v._type === 'Attribute') this.visitExpr(v);
        return;
      }
      case 'MatchSingleton':
        return;
      case 'MatchSequence': {
        let star = -1;
        let onlyWildcard = true;
        let starWildcard = false;
        p.patterns.forEach((q, i) => {
          if (q._type === 'MatchStar') {
            if (star >= 0) this.error('multiple starred names in sequence pattern', loc);
            starWildcard = q.name === null;
            onlyWildcard &&= starWildcard;
            star = i;
            return;
          }
          onlyWildcard &&= isWildcard(q);
        });
        if (onlyWildcard) return;
        if (starWildcard) {
          p.patterns.forEach((q, i) => {
            if (isWildcard(q) || i === star) return;
            this.subpattern(q, pc);
          });
          return;
        }
        for (const q of p.patterns) this.subpattern(q, pc);
        return;
      }
      case 'MatchMapping': {
        const seen = new Set<string>();
        for (const key of p.keys) {
          const value = foldPatternConstant(key);
          if (value !== undefined) {
            const k = constantKey(value);
            if (seen.has(k)) this.error(`mapping pattern checks duplicate key (${constantRepr(value)})`, loc);
            seen.add(k);
          } else if (key._type !== 'Attribute') {
            this.error('mapping pattern keys may only match literals and attribute lookups', loc);
          } else {
            this.visitExpr(key);
          }
        }
        for (const q of p.patterns) this.subpattern(q, pc);
        if (p.rest !== null) this.storeName(loc, p.rest, pc);
        return;
      }
      case 'MatchClass': {
        const attrs = p.kwd_attrs;
        for (let i = 0; i < attrs.length; i++) {
          for (let j = i + 1; j < attrs.length; j++) {
            if (attrs[i] === attrs[j]) this.error(`attribute name repeated in class pattern: ${attrs[i]}`, locationOf(p.kwd_patterns[j]!));
          }
        }
        this.visitExpr(p.cls);
        for (const q of [...p.patterns, ...p.kwd_patterns]) {
          if (isWildcard(q)) continue;
          this.subpattern(q, pc);
        }
        return;
      }
      case 'MatchStar':
        return this.storeName(loc, p.name, pc);
      case 'MatchAs':
        if (p.pattern === null) {
          if (!pc.allowIrrefutable) {
            if (p.name !== null) this.error(`name capture ${strRepr(p.name)} makes remaining patterns unreachable`, loc);
            this.error('wildcard makes remaining patterns unreachable', loc);
          }
          return this.storeName(loc, p.name, pc);
        }
        this.pattern(p.pattern, pc);
        return this.storeName(loc, p.name, pc);
      case 'MatchOr': {
        const outerStores = pc.stores;
        const outerAllow = pc.allowIrrefutable;
        let control: string[] | null = null;
        p.patterns.forEach((alt, i) => {
          pc.stores = [];
          pc.allowIrrefutable = i === p.patterns.length - 1 && outerAllow;
          this.pattern(alt, pc);
          if (control === null) control = pc.stores;
          else if (pc.stores.length !== control.length || !control.every((name) => pc.stores.includes(name))) {
            this.error('alternative patterns bind different names', loc);
          }
        });
        pc.stores = outerStores;
        pc.allowIrrefutable = outerAllow;
        for (const name of control!) {
          if (pc.stores.includes(name)) this.error(`multiple assignments to name ${strRepr(name)} in pattern`, loc);
          pc.stores.push(name);
        }
        return;
      }
    }
  }
}

function isWildcard(p: PatternNode): boolean {
  return p._type === 'MatchAs' && p.pattern === null && p.name === null;
}

export function checkCodegen(mod: ModNode, st: SymbolTable, diag: Diagnostics): void {
  new CodegenChecker(st, diag).checkModule(mod);
}
