// The symbol table, following CPython 3.14's Python/symtable.c.
//
// Two passes, as in CPython. The first (the `visit*` methods of SymtableBuilder) walks the AST,
// creates one SymbolTableEntry per scope (module, class, function, lambda, comprehension,
// annotation scope, type-parameter scope, TypeVar bound/default scope, type alias value) and
// records raw facts per name as flag bits (DEF_LOCAL, USE, DEF_PARAM...). It raises the
// SyntaxErrors that need only those facts ("name 'x' is parameter and global", "duplicate
// argument", walrus rules, yield/await placement...). The second (`analyzeBlock`) resolves each
// name to a scope (LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL), raises the nonlocal
// errors, inlines list/set/dict comprehensions into their parent (PEP 709) and marks the class
// cells (__class__, __classdict__, __conditional_annotations__).
//
// The result is plain data meant for the bytecode compiler: `SymbolTable.blocks` maps the AST
// node (or the synthetic key documented on each block kind) to its entry, and each entry's
// `symbols` map holds CPython's flag word per (mangled) name with the scope in the bits above
// SCOPE_OFFSET, in first-seen order, exactly as ste_symbols does.
import type * as ast from '../parser/ast.ts';
import type { ExprNode, ModNode, PatternNode, StmtNode, TypeParamNode } from '../parser/ast.ts';
import { locationOf, type Diagnostics, type SourceLocation } from './diagnostics.ts';
import { hasDocstring, type FutureFeatures } from './future.ts';

// Include/internal/pycore_symtable.h: flag bits of a symbol.
export const DEF_GLOBAL = 1; /* global stmt */
export const DEF_LOCAL = 2; /* assignment in code block */
export const DEF_PARAM = 2 << 1; /* formal parameter */
export const DEF_NONLOCAL = 2 << 2; /* nonlocal stmt */
export const USE = 2 << 3; /* name is used */
export const DEF_FREE_CLASS = 2 << 5; /* free variable from class's method */
export const DEF_IMPORT = 2 << 6; /* assignment occurred via import */
export const DEF_ANNOT = 2 << 7; /* this name is annotated */
export const DEF_COMP_ITER = 2 << 8; /* this name is a comprehension iteration variable */
export const DEF_TYPE_PARAM = 2 << 9; /* this name is a type parameter */
export const DEF_COMP_CELL = 2 << 10; /* this name is a cell in an inlined comprehension */
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

// Scopes, stored in a symbol's flags at SCOPE_OFFSET.
export const SCOPE_OFFSET = 12;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;
export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;
export type Scope = 0 | typeof LOCAL | typeof GLOBAL_EXPLICIT | typeof GLOBAL_IMPLICIT | typeof FREE | typeof CELL;

export function symbolToScope(flags: number): Scope {
  return ((flags >> SCOPE_OFFSET) & SCOPE_MASK) as Scope;
}

/** _Py_block_ty. */
export type BlockType = 'module' | 'class' | 'function' | 'annotation' | 'type-variable' | 'type-alias' | 'type-parameters';
/** _Py_comprehension_ty (null: not a comprehension). */
export type ComprehensionKind = 'list' | 'set' | 'dict' | 'generator' | null;

/** A name-binding directive (global / nonlocal, or the implicit ones a walrus in a comprehension adds). */
interface Directive {
  name: string;
  loc: SourceLocation;
}

/**
 * One scope (PySTEntryObject). Keys in SymbolTable.blocks:
 * - module: the Module node; class, function: the ClassDef / FunctionDef / AsyncFunctionDef node;
 * - lambda and comprehensions: the Lambda / ListComp / SetComp / DictComp / GeneratorExp node;
 * - the annotation scope of a function's parameters: its `arguments` node;
 * - the annotation scope of a module or class body (`__annotate__`): annotationBlockKey(entry);
 * - the type-parameter scope of a generic def/class/type alias: its `type_params` array;
 * - a TypeVar/ParamSpec/TypeVarTuple bound or constraints: the type param node; its default:
 *   typeParamDefaultKey(node) (or the node itself for ParamSpec/TypeVarTuple defaults);
 * - a type alias value: the TypeAlias node.
 */
export interface SymbolTableEntry {
  name: string;
  type: BlockType;
  key: object;
  loc: SourceLocation;
  /** Flags per (mangled) name, with the resolved scope in the bits above SCOPE_OFFSET. */
  symbols: Map<string, number>;
  /** Parameter names in definition order (ste_varnames). */
  varnames: string[];
  /** Nested scopes in source order; inlined comprehensions are replaced by their own children. */
  children: SymbolTableEntry[];
  directives: Directive[];
  /** Names of type parameters to mangle inside a generic class's type-parameter scope. */
  mangledNames: Set<string> | null;
  nested: boolean;
  generator: boolean;
  coroutine: boolean;
  comprehension: ComprehensionKind;
  returnsValue: boolean;
  varargs: boolean;
  varkeywords: boolean;
  /** A method that uses super() or __class__: the class needs a __class__ cell. */
  needsClassClosure: boolean;
  /** Some annotation/type scope reads the class namespace: the class needs a __classdict__ cell. */
  needsClassdict: boolean;
  /** Annotations under if/for/while/try/with/match in a module or class (PEP 649). */
  hasConditionalAnnotations: boolean;
  /** A list/set/dict comprehension inlined into its parent (PEP 709). */
  compInlined: boolean;
  /** An annotation or type scope whose names may resolve in the enclosing class namespace. */
  canSeeClassScope: boolean;
  /** A function defined directly in a class body. */
  method: boolean;
  hasDocstring: boolean;
  annotationsUsed: boolean;
  /** The `__annotate__` scope of a module or class body, once it has annotations. */
  annotationBlock: SymbolTableEntry | null;
  /** For TypeVar bound/default scopes: "a TypeVar bound", "a ParamSpec default"... */
  scopeInfo: string | null;
  // Builder state (meaningless after the build).
  compIterTarget: boolean;
  compIterExpr: number;
  inConditionalBlock: boolean;
  inUnevaluatedAnnotation: boolean;
}

export interface SymbolTable {
  top: SymbolTableEntry;
  blocks: Map<object, SymbolTableEntry>;
  future: FutureFeatures;
}

const defaultKeys = new WeakMap<object, object>();
/** The key of a TypeVar's default scope (CPython: the type param's address + 1). */
export function typeParamDefaultKey(tp: ast.TypeVar): object {
  let key = defaultKeys.get(tp);
  if (!key) defaultKeys.set(tp, (key = { defaultOf: tp }));
  return key;
}
const annotationKeys = new WeakMap<object, object>();
/** The key of a module or class body's `__annotate__` scope (CPython: ste_id + 1). */
export function annotationBlockKey(entry: SymbolTableEntry): object {
  let key = annotationKeys.get(entry);
  if (!key) annotationKeys.set(entry, (key = { annotationsOf: entry }));
  return key;
}

export function isFunctionLike(ste: SymbolTableEntry): boolean {
  return ste.type === 'function' || ste.type === 'annotation' || ste.type === 'type-variable' || ste.type === 'type-alias' || ste.type === 'type-parameters';
}

export function lookupFlags(ste: SymbolTableEntry, name: string): number {
  return ste.symbols.get(name) ?? 0;
}

export function getScope(ste: SymbolTableEntry, name: string): Scope {
  return symbolToScope(lookupFlags(ste, name));
}

/** Python/symtable.c: _Py_Mangle. `__spam` in class `Ham` becomes `_Ham__spam`. */
export function mangle(privateName: string | null, ident: string): string {
  if (privateName === null || !ident.startsWith('__')) return ident;
  if (ident.endsWith('__') || ident.includes('.')) return ident;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return ident;
  return '_' + stripped + ident;
}

/** _Py_MaybeMangle: in a generic class's type-parameter scope only the type params are mangled. */
export function maybeMangle(privateName: string | null, ste: SymbolTableEntry, name: string): string {
  if (ste.mangledNames !== null && !ste.mangledNames.has(name)) return name;
  return mangle(privateName, name);
}

const GLOBAL_PARAM = (n: string) => `name '${n}' is parameter and global`;
const NONLOCAL_PARAM = (n: string) => `name '${n}' is parameter and nonlocal`;
const GLOBAL_AFTER_ASSIGN = (n: string) => `name '${n}' is assigned to before global declaration`;
const NONLOCAL_AFTER_ASSIGN = (n: string) => `name '${n}' is assigned to before nonlocal declaration`;
const GLOBAL_AFTER_USE = (n: string) => `name '${n}' is used prior to global declaration`;
const NONLOCAL_AFTER_USE = (n: string) => `name '${n}' is used prior to nonlocal declaration`;
const GLOBAL_ANNOT = (n: string) => `annotated name '${n}' can't be global`;
const NONLOCAL_ANNOT = (n: string) => `annotated name '${n}' can't be nonlocal`;

type Ctx = 'Load' | 'Store' | 'Del';

function newEntry(name: string, type: BlockType, key: object, loc: SourceLocation, parent: SymbolTableEntry | null): SymbolTableEntry {
  return {
    name,
    type,
    key,
    loc,
    symbols: new Map(),
    varnames: [],
    children: [],
    directives: [],
    mangledNames: null,
    nested: parent !== null && (parent.nested || isFunctionLike(parent)),
    generator: false,
    coroutine: false,
    comprehension: null,
    returnsValue: false,
    varargs: false,
    varkeywords: false,
    needsClassClosure: false,
    needsClassdict: false,
    hasConditionalAnnotations: false,
    compInlined: false,
    canSeeClassScope: false,
    method: parent !== null && parent.type === 'class' && type === 'function',
    hasDocstring: false,
    annotationsUsed: false,
    annotationBlock: null,
    scopeInfo: null,
    compIterTarget: false,
    compIterExpr: 0,
    inConditionalBlock: false,
    inUnevaluatedAnnotation: false,
  };
}

class SymtableBuilder {
  readonly blocks = new Map<object, SymbolTableEntry>();
  readonly stack: SymbolTableEntry[] = [];
  cur!: SymbolTableEntry;
  top!: SymbolTableEntry;
  /** The module's symbols (st_global). */
  global!: Map<string, number>;
  /** The name of the class being compiled, for mangling (st_private). */
  private: string | null = null;

  constructor(
    readonly diag: Diagnostics,
    readonly future: FutureFeatures,
  ) {}

  // --- blocks ------------------------------------------------------------------------------

  newEntry(name: string, type: BlockType, key: object, loc: SourceLocation): SymbolTableEntry {
    const ste = newEntry(name, type, key, loc, this.stack.length ? this.cur : null);
    this.blocks.set(key, ste);
    return ste;
  }

  enterExistingBlock(ste: SymbolTableEntry): void {
    const prev = this.stack.length ? this.cur : null;
    this.stack.push(ste);
    // bpo-37757: no walrus anywhere in a comprehension's outermost iterable.
    if (prev) ste.compIterExpr = prev.compIterExpr;
    if (prev && prev.mangledNames !== null && ste.type !== 'class') ste.mangledNames = prev.mangledNames;
    this.cur = ste;
    // With `from __future__ import annotations` annotation scopes are not compiled as such.
    if (this.future.annotations && ste.type === 'annotation') return;
    if (ste.type === 'module') this.global = ste.symbols;
    if (prev) prev.children.push(ste);
  }

  enterBlock(name: string, type: BlockType, key: object, loc: SourceLocation): void {
    const ste = this.newEntry(name, type, key, loc);
    this.enterExistingBlock(ste);
    if (type === 'annotation' || type === 'type-variable' || type === 'type-alias') {
      // The implicit `format` parameter of __annotate__-like functions.
      this.addDef('.format', DEF_PARAM, loc);
      this.addDef('.format', USE, loc);
    }
  }

  exitBlock(): void {
    this.stack.pop();
    if (this.stack.length) this.cur = this.stack[this.stack.length - 1]!;
  }

  // --- definitions ---------------------------------------------------------------------------

  lookupEntry(ste: SymbolTableEntry, name: string): number {
    return lookupFlags(ste, maybeMangle(this.private, ste, name));
  }

  lookup(name: string): number {
    return this.lookupEntry(this.cur, name);
  }

  addDefHelper(name: string, flag: number, ste: SymbolTableEntry, loc: SourceLocation): void {
    const mangled = maybeMangle(this.private, this.cur, name);
    const dict = ste.symbols;
    let val = dict.get(mangled);
    if (val !== undefined) {
      if (flag & DEF_PARAM && val & DEF_PARAM) this.diag.error(`duplicate argument '${name}' in function definition`, loc);
      if (flag & DEF_TYPE_PARAM && val & DEF_TYPE_PARAM) this.diag.error(`duplicate type parameter '${name}'`, loc);
      val |= flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      // A comprehension iteration variable: it may not also be a walrus target.
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) this.diag.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, loc);
      val |= DEF_COMP_ITER;
    }
    dict.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      this.global.set(mangled, (this.global.get(mangled) ?? 0) | flag);
    }
  }

  checkName(name: string, loc: SourceLocation, ctx: Ctx): void {
    if (name !== '__debug__') return;
    if (ctx === 'Store') this.diag.error('cannot assign to __debug__', loc);
    if (ctx === 'Del') this.diag.error('cannot delete __debug__', loc);
  }

  checkKeywords(keywords: readonly ast.Keyword[]): void {
    for (const k of keywords) if (k.arg !== null) this.checkName(k.arg, locationOf(k), 'Store');
  }

  addDefCtx(name: string, flag: number, loc: SourceLocation, ctx: Ctx): void {
    if (flag & (DEF_PARAM | DEF_LOCAL | DEF_IMPORT)) this.checkName(name, loc, ctx);
    if (flag & DEF_TYPE_PARAM && this.cur.mangledNames !== null) this.cur.mangledNames.add(name);
    this.addDefHelper(name, flag, this.cur, loc);
  }

  addDef(name: string, flag: number, loc: SourceLocation): void {
    this.addDefCtx(name, flag, loc, flag === USE ? 'Load' : 'Store');
  }

  recordDirective(name: string, loc: SourceLocation): void {
    this.cur.directives.push({ name: maybeMangle(this.private, this.cur, name), loc });
  }

  enterTypeParamBlock(name: string, key: object, hasDefaults: boolean, hasKwDefaults: boolean, kind: StmtNode['_type'], loc: SourceLocation): void {
    const currentType = this.cur.type;
    this.enterBlock(name, 'type-parameters', key, loc);
    if (currentType === 'class') {
      this.cur.canSeeClassScope = true;
      this.addDef('__classdict__', USE, loc);
    }
    if (kind === 'ClassDef') {
      // Set when the type params tuple is created, used when the bases are built.
      this.addDef('.type_params', DEF_LOCAL, loc);
      this.addDef('.type_params', USE, loc);
      this.addDef('.generic_base', DEF_LOCAL, loc);
      this.addDef('.generic_base', USE, loc);
    }
    if (hasDefaults) this.addDef('.defaults', DEF_PARAM, loc);
    if (hasKwDefaults) this.addDef('.kwdefaults', DEF_PARAM, loc);
  }

  // --- statements ----------------------------------------------------------------------------

  withConditional(fn: () => void): void {
    const saved = this.cur.inConditionalBlock;
    this.cur.inConditionalBlock = true;
    fn();
    this.cur.inConditionalBlock = saved;
  }

  visitStmts(stmts: readonly StmtNode[]): void {
    for (const s of stmts) this.visitStmt(s);
  }

  visitExprs(exprs: readonly (ExprNode | null)[]): void {
    for (const e of exprs) if (e !== null) this.visitExpr(e);
  }

  visitFunction(s: ast.FunctionDef | ast.AsyncFunctionDef): void {
    const loc = locationOf(s);
    this.addDef(s.name, DEF_LOCAL, loc);
    this.visitExprs(s.args.defaults);
    this.visitExprs(s.args.kw_defaults);
    this.visitExprs(s.decorator_list);
    const generic = s.type_params.length > 0;
    if (generic) {
      const hasKwDefaults = s.args.kw_defaults.some((d) => d !== null);
      this.enterTypeParamBlock(s.name, s.type_params, s.args.defaults.length > 0, hasKwDefaults, s._type, loc);
      for (const tp of s.type_params) this.visitTypeParam(tp);
    }
    const ste = this.newEntry(s.name, 'function', s, loc);
    if (hasDocstring(s.body)) ste.hasDocstring = true;
    this.visitAnnotations(s, s.args, s.returns);
    this.enterExistingBlock(ste);
    if (s._type === 'AsyncFunctionDef') this.cur.coroutine = true;
    this.visitArguments(s.args);
    this.visitStmts(s.body);
    this.exitBlock();
    if (generic) this.exitBlock();
  }

  visitStmt(s: StmtNode): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.visitFunction(s);
        break;
      case 'ClassDef': {
        const loc = locationOf(s);
        this.addDef(s.name, DEF_LOCAL, loc);
        this.visitExprs(s.decorator_list);
        const saved = this.private;
        const generic = s.type_params.length > 0;
        if (generic) {
          this.enterTypeParamBlock(s.name, s.type_params, false, false, s._type, loc);
          this.private = s.name;
          this.cur.mangledNames = new Set();
          for (const tp of s.type_params) this.visitTypeParam(tp);
        }
        this.visitExprs(s.bases);
        this.checkKeywords(s.keywords);
        for (const k of s.keywords) this.visitExpr(k.value);
        this.enterBlock(s.name, 'class', s, loc);
        this.private = s.name;
        if (generic) {
          this.addDef('__type_params__', DEF_LOCAL, loc);
          this.addDef('.type_params', USE, loc);
        }
        if (hasDocstring(s.body)) this.cur.hasDocstring = true;
        this.visitStmts(s.body);
        this.exitBlock();
        if (generic) this.exitBlock();
        this.private = saved;
        break;
      }
      case 'TypeAlias': {
        this.visitExpr(s.name);
        const name = (s.name as ast.Name).id;
        const inClass = this.cur.type === 'class';
        const generic = s.type_params.length > 0;
        const loc = locationOf(s);
        if (generic) {
          this.enterTypeParamBlock(name, s.type_params, false, false, s._type, loc);
          for (const tp of s.type_params) this.visitTypeParam(tp);
        }
        this.enterBlock(name, 'type-alias', s, loc);
        this.cur.canSeeClassScope = inClass;
        if (inClass) this.addDef('__classdict__', USE, locationOf(s.value));
        this.visitExpr(s.value);
        this.exitBlock();
        if (generic) this.exitBlock();
        break;
      }
      case 'Return':
        if (s.value) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case 'Delete':
        this.visitExprs(s.targets);
        break;
      case 'Assign':
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case 'AnnAssign': {
        this.cur.annotationsUsed = true;
        const target = s.target;
        if (target._type === 'Name') {
          const cur = this.lookup(target.id);
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur.symbols !== this.global && s.simple) {
            this.diag.error(cur & DEF_GLOBAL ? GLOBAL_ANNOT(target.id) : NONLOCAL_ANNOT(target.id), locationOf(s));
          }
          if (s.simple) this.addDef(target.id, DEF_ANNOT | DEF_LOCAL, locationOf(target));
          else if (s.value) this.addDef(target.id, DEF_LOCAL, locationOf(target));
        } else {
          this.visitExpr(target);
        }
        this.visitAnnotation(s.annotation, annotationBlockKey(this.cur));
        if (s.value) this.visitExpr(s.value);
        break;
      }
      case 'AugAssign':
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case 'For':
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.withConditional(() => {
          this.visitStmts(s.body);
          this.visitStmts(s.orelse);
        });
        break;
      case 'While':
      case 'If':
        this.visitExpr(s.test);
        this.withConditional(() => {
          this.visitStmts(s.body);
          this.visitStmts(s.orelse);
        });
        break;
      case 'Match':
        this.visitExpr(s.subject);
        this.withConditional(() => {
          for (const m of s.cases) {
            this.visitPattern(m.pattern);
            if (m.guard) this.visitExpr(m.guard);
            this.visitStmts(m.body);
          }
        });
        break;
      case 'Raise':
        if (s.exc) {
          this.visitExpr(s.exc);
          if (s.cause) this.visitExpr(s.cause);
        }
        break;
      case 'Try':
      case 'TryStar':
        this.withConditional(() => {
          this.visitStmts(s.body);
          for (const h of s.handlers) {
            if (h.type) this.visitExpr(h.type);
            if (h.name !== null) this.addDef(h.name, DEF_LOCAL, locationOf(h));
            this.visitStmts(h.body);
          }
          this.visitStmts(s.orelse);
          this.visitStmts(s.finalbody);
        });
        break;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case 'Import':
        for (const a of s.names) this.visitAlias(a);
        break;
      case 'ImportFrom':
        for (const a of s.names) this.visitAlias(a);
        this.checkImportFrom(s);
        break;
      case 'Global':
      case 'Nonlocal': {
        const isGlobal = s._type === 'Global';
        const loc = locationOf(s);
        for (const name of s.names) {
          const cur = this.lookup(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg;
            if (cur & DEF_PARAM) msg = isGlobal ? GLOBAL_PARAM : NONLOCAL_PARAM;
            else if (cur & USE) msg = isGlobal ? GLOBAL_AFTER_USE : NONLOCAL_AFTER_USE;
            else if (cur & DEF_ANNOT) msg = isGlobal ? GLOBAL_ANNOT : NONLOCAL_ANNOT;
            else msg = isGlobal ? GLOBAL_AFTER_ASSIGN : NONLOCAL_AFTER_ASSIGN;
            this.diag.error(msg(name), loc);
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, loc);
          this.recordDirective(name, loc);
        }
        break;
      }
      case 'Expr':
        this.visitExpr(s.value);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
      case 'With':
        this.withConditional(() => {
          for (const item of s.items) this.visitWithitem(item);
          this.visitStmts(s.body);
        });
        break;
      case 'AsyncWith':
        this.raiseIfNotCoroutine("'async with' outside async function", locationOf(s));
        this.withConditional(() => {
          for (const item of s.items) this.visitWithitem(item);
          this.visitStmts(s.body);
        });
        break;
      case 'AsyncFor':
        this.raiseIfNotCoroutine("'async for' outside async function", locationOf(s));
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.withConditional(() => {
          this.visitStmts(s.body);
          this.visitStmts(s.orelse);
        });
        break;
    }
  }

  visitWithitem(item: ast.Withitem): void {
    this.visitExpr(item.context_expr);
    if (item.optional_vars) this.visitExpr(item.optional_vars);
  }

  visitAlias(a: ast.Alias): void {
    const name = a.asname ?? a.name;
    const dot = name.indexOf('.');
    const storeName = dot >= 0 ? name.slice(0, dot) : name;
    if (name !== '*') {
      this.addDef(storeName, DEF_IMPORT, locationOf(a));
    } else if (this.cur.type !== 'module') {
      this.diag.error('import * only allowed at module level', locationOf(a));
    }
  }

  checkImportFrom(s: ast.ImportFrom): void {
    const fut = this.future.location;
    if (s.module === '__future__' && s.level === 0 && (s.lineno > fut.lineno || (s.lineno === fut.end_lineno && s.col_offset > fut.end_col_offset))) {
      this.diag.error('from __future__ imports must occur at the beginning of the file', locationOf(s));
    }
  }

  raiseIfNotCoroutine(msg: string, loc: SourceLocation): void {
    if (!this.cur.coroutine) this.diag.error(msg, loc);
  }

  // --- expressions ---------------------------------------------------------------------------

  extendNamedExprScope(e: ast.Name): void {
    const target = e.id;
    const loc = locationOf(e);
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i]!;
      if (ste.comprehension) {
        const inScope = this.lookupEntry(ste, target);
        if (inScope & DEF_COMP_ITER && inScope & DEF_LOCAL) this.diag.error(`assignment expression cannot rebind comprehension iteration variable '${target}'`, loc);
        continue;
      }
      if (ste.type === 'function') {
        const inScope = this.lookupEntry(ste, target);
        this.addDef(target, inScope & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, loc);
        this.recordDirective(target, loc);
        this.addDefHelper(target, DEF_LOCAL, ste, loc);
        return;
      }
      if (ste.type === 'module') {
        this.addDef(target, DEF_GLOBAL, loc);
        this.recordDirective(target, loc);
        this.addDefHelper(target, DEF_GLOBAL, ste, loc);
        return;
      }
      switch (ste.type) {
        case 'class':
          this.diag.error('assignment expression within a comprehension cannot be used in a class body', loc);
        case 'type-parameters':
          this.diag.error('assignment expression within a comprehension cannot be used within the definition of a generic', loc);
        case 'type-alias':
          this.diag.error('assignment expression within a comprehension cannot be used in a type alias', loc);
        case 'type-variable':
          this.diag.error('assignment expression within a comprehension cannot be used in a TypeVar bound', loc);
      }
    }
  }

  raiseIfAnnotationBlock(name: string, e: ExprNode): void {
    const loc = locationOf(e);
    switch (this.cur.type) {
      case 'annotation':
        this.diag.error(`${name} cannot be used within an annotation`, loc);
      case 'type-variable':
        this.diag.error(`${name} cannot be used within ${this.cur.scopeInfo}`, loc);
      case 'type-alias':
        this.diag.error(`${name} cannot be used within a type alias`, loc);
      case 'type-parameters':
        this.diag.error(`${name} cannot be used within the definition of a generic`, loc);
    }
  }

  raiseIfComprehensionBlock(e: ExprNode): never {
    const kind = this.cur.comprehension;
    const msg =
      kind === 'list' ? "'yield' inside list comprehension" : kind === 'set' ? "'yield' inside set comprehension" : kind === 'dict' ? "'yield' inside dict comprehension" : "'yield' inside generator expression";
    this.diag.error(msg, locationOf(e));
  }

  isAsyncDef(): boolean {
    return this.cur.type === 'function' && this.cur.coroutine;
  }

  visitExpr(e: ExprNode): void {
    switch (e._type) {
      case 'NamedExpr':
        this.raiseIfAnnotationBlock('named expression', e);
        if (this.cur.compIterExpr > 0) this.diag.error('assignment expression cannot be used in a comprehension iterable expression', locationOf(e));
        if (this.cur.comprehension) this.extendNamedExprScope(e.target as ast.Name);
        this.visitExpr(e.value);
        this.visitExpr(e.target);
        break;
      case 'BoolOp':
        this.visitExprs(e.values);
        break;
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        break;
      case 'Lambda':
        this.visitExprs(e.args.defaults);
        this.visitExprs(e.args.kw_defaults);
        this.enterBlock('lambda', 'function', e, locationOf(e));
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      case 'IfExp':
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case 'Dict':
        this.visitExprs(e.keys);
        this.visitExprs(e.values);
        break;
      case 'Set':
        this.visitExprs(e.elts);
        break;
      case 'GeneratorExp':
        this.visitComprehension(e, 'genexpr', e.generators, e.elt, null);
        break;
      case 'ListComp':
        this.visitComprehension(e, 'listcomp', e.generators, e.elt, null);
        break;
      case 'SetComp':
        this.visitComprehension(e, 'setcomp', e.generators, e.elt, null);
        break;
      case 'DictComp':
        this.visitComprehension(e, 'dictcomp', e.generators, e.key, e.value);
        break;
      case 'Yield':
      case 'YieldFrom':
        this.raiseIfAnnotationBlock('yield expression', e);
        if (e.value) this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension) this.raiseIfComprehensionBlock(e);
        break;
      case 'Await':
        this.raiseIfAnnotationBlock('await expression', e);
        if (!isFunctionLike(this.cur)) this.diag.error("'await' outside function", locationOf(e));
        if (!this.isAsyncDef() && this.cur.comprehension === null) this.diag.error("'await' outside async function", locationOf(e));
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        break;
      case 'Compare':
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case 'Call':
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        this.checkKeywords(e.keywords);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case 'FormattedValue':
      case 'Interpolation':
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case 'JoinedStr':
      case 'TemplateStr':
        this.visitExprs(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.checkName(e.attr, locationOf(e), e.ctx._type);
        this.visitExpr(e.value);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case 'Starred':
        this.visitExpr(e.value);
        break;
      case 'Slice':
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        break;
      case 'Name':
        if (!this.cur.inUnevaluatedAnnotation) {
          const loc = locationOf(e);
          this.addDefCtx(e.id, e.ctx._type === 'Load' ? USE : DEF_LOCAL, loc, e.ctx._type);
          // super() is a use of __class__.
          if (e.ctx._type === 'Load' && isFunctionLike(this.cur) && e.id === 'super') this.addDef('__class__', USE, loc);
        }
        break;
      case 'List':
      case 'Tuple':
        this.visitExprs(e.elts);
        break;
    }
  }

  visitComprehension(
    e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp,
    scopeName: string,
    generators: readonly ast.Comprehension[],
    elt: ExprNode,
    value: ExprNode | null,
  ): void {
    const isGenerator = e._type === 'GeneratorExp';
    const outermost = generators[0]!;
    // The outermost iterable is evaluated in the enclosing scope.
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    this.enterBlock(scopeName, 'function', e, locationOf(e));
    this.cur.comprehension = e._type === 'ListComp' ? 'list' : e._type === 'SetComp' ? 'set' : e._type === 'DictComp' ? 'dict' : 'generator';
    if (outermost.is_async) this.cur.coroutine = true;
    // The outermost iterator is received as the implicit argument `.0`.
    this.addDef('.0', DEF_PARAM, this.cur.loc);
    this.cur.compIterTarget = true;
    this.visitExpr(outermost.target);
    this.cur.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) {
      const gen = generators[i]!;
      this.cur.compIterTarget = true;
      this.visitExpr(gen.target);
      this.cur.compIterTarget = false;
      this.cur.compIterExpr++;
      this.visitExpr(gen.iter);
      this.cur.compIterExpr--;
      this.visitExprs(gen.ifs);
      if (gen.is_async) this.cur.coroutine = true;
    }
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    this.cur.generator = isGenerator;
    const isAsync = this.cur.coroutine && !isGenerator;
    this.exitBlock();
    if (isAsync && !this.isAsyncDef() && this.cur.comprehension === null) {
      this.diag.error('asynchronous comprehension outside of an asynchronous function', locationOf(e));
    }
    if (isAsync) this.cur.coroutine = true;
  }

  // --- type parameters, patterns, parameters, annotations -------------------------------------

  visitTypeParamBoundOrDefault(e: ExprNode | null, name: string, tp: TypeParamNode, key: object, scopeInfo: string | null): void {
    if (name === '__classdict__') this.diag.error(`reserved name '${name}' cannot be used for type parameter`, locationOf(tp));
    if (!e) return;
    const inClass = this.cur.canSeeClassScope;
    this.enterBlock(name, 'type-variable', key, locationOf(e));
    this.cur.canSeeClassScope = inClass;
    if (inClass) this.addDef('__classdict__', USE, locationOf(e));
    this.cur.scopeInfo = scopeInfo;
    this.visitExpr(e);
    this.exitBlock();
  }

  visitTypeParam(tp: TypeParamNode): void {
    this.addDef(tp.name, DEF_TYPE_PARAM | DEF_LOCAL, locationOf(tp));
    switch (tp._type) {
      case 'TypeVar': {
        const info = tp.bound === null ? null : tp.bound._type === 'Tuple' ? 'a TypeVar constraint' : 'a TypeVar bound';
        this.visitTypeParamBoundOrDefault(tp.bound, tp.name, tp, tp, info);
        this.visitTypeParamBoundOrDefault(tp.default_value, tp.name, tp, typeParamDefaultKey(tp), 'a TypeVar default');
        break;
      }
      case 'TypeVarTuple':
        this.visitTypeParamBoundOrDefault(tp.default_value, tp.name, tp, tp, 'a TypeVarTuple default');
        break;
      case 'ParamSpec':
        this.visitTypeParamBoundOrDefault(tp.default_value, tp.name, tp, tp, 'a ParamSpec default');
        break;
    }
  }

  visitPattern(p: PatternNode): void {
    switch (p._type) {
      case 'MatchValue':
        this.visitExpr(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
        for (const q of p.patterns) this.visitPattern(q);
        break;
      case 'MatchStar':
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, locationOf(p));
        break;
      case 'MatchMapping':
        this.visitExprs(p.keys);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, locationOf(p));
        break;
      case 'MatchClass':
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        p.kwd_attrs.forEach((attr, i) => this.checkName(attr, locationOf(p.kwd_patterns[i]!), 'Store'));
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
      case 'MatchAs':
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, locationOf(p));
        break;
      case 'MatchOr':
        for (const q of p.patterns) this.visitPattern(q);
        break;
    }
  }

  visitParams(args: readonly ast.Arg[]): void {
    for (const a of args) this.addDef(a.arg, DEF_PARAM, locationOf(a));
  }

  visitArguments(a: ast.Arguments): void {
    this.visitParams(a.posonlyargs);
    this.visitParams(a.args);
    this.visitParams(a.kwonlyargs);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, locationOf(a.vararg));
      this.cur.varargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, locationOf(a.kwarg));
      this.cur.varkeywords = true;
    }
  }

  /** An AnnAssign annotation, in the `__annotate__` scope of the enclosing body. */
  visitAnnotation(annotation: ExprNode, key: object): void {
    // Annotations of local variables are never evaluated and do not affect the symbol table.
    const unevaluated = this.cur.type === 'function';
    if ((this.cur.type === 'class' || this.cur.type === 'module') && this.cur.inConditionalBlock && !this.cur.hasConditionalAnnotations) {
      this.cur.hasConditionalAnnotations = true;
      this.addDef('__conditional_annotations__', USE, locationOf(annotation));
    }
    const parent = this.cur;
    if (parent.annotationBlock === null) {
      const currentType = parent.type;
      this.enterBlock('__annotate__', 'annotation', key, locationOf(annotation));
      parent.annotationBlock = this.cur;
      if (currentType === 'class' && !this.future.annotations) {
        this.cur.canSeeClassScope = true;
        this.addDef('__classdict__', USE, locationOf(annotation));
      }
    } else {
      this.enterExistingBlock(parent.annotationBlock);
    }
    if (unevaluated) this.cur.inUnevaluatedAnnotation = true;
    try {
      this.visitExpr(annotation);
    } finally {
      if (unevaluated) this.cur.inUnevaluatedAnnotation = false;
    }
    this.exitBlock();
  }

  visitArgAnnotations(args: readonly ast.Arg[]): void {
    for (const a of args) {
      if (a.annotation) {
        this.cur.annotationsUsed = true;
        this.visitExpr(a.annotation);
      }
    }
  }

  /** A function's parameter and return annotations, in their own `__annotate__` scope keyed by `arguments`. */
  visitAnnotations(s: ast.FunctionDef | ast.AsyncFunctionDef, a: ast.Arguments, returns: ExprNode | null): void {
    const inClass = this.cur.canSeeClassScope;
    const currentType = this.cur.type;
    this.enterBlock('__annotate__', 'annotation', a, locationOf(s));
    if (inClass || currentType === 'class') {
      this.cur.canSeeClassScope = true;
      this.addDef('__classdict__', USE, locationOf(s));
    }
    this.visitArgAnnotations(a.posonlyargs);
    this.visitArgAnnotations(a.args);
    if (a.vararg?.annotation) {
      this.cur.annotationsUsed = true;
      this.visitExpr(a.vararg.annotation);
    }
    if (a.kwarg?.annotation) {
      this.cur.annotationsUsed = true;
      this.visitExpr(a.kwarg.annotation);
    }
    this.visitArgAnnotations(a.kwonlyargs);
    if (returns) {
      this.cur.annotationsUsed = true;
      this.visitExpr(returns);
    }
    this.exitBlock();
  }
}

// --- the analysis pass ----------------------------------------------------------------------------

function errorAtDirective(ste: SymbolTableEntry, name: string, msg: string, diag: Diagnostics): never {
  const d = ste.directives.find((x) => x.name === name);
  if (!d) throw new Error('BUG: internal directive bookkeeping broken');
  diag.error(msg, d.loc);
}

function analyzeName(
  ste: SymbolTableEntry,
  scopes: Map<string, Scope>,
  name: string,
  flags: number,
  bound: Set<string> | null,
  local: Set<string>,
  free: Set<string>,
  global: Set<string>,
  typeParams: Set<string>,
  classEntry: SymbolTableEntry | null,
  diag: Diagnostics,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) errorAtDirective(ste, name, `name '${name}' is nonlocal and global`, diag);
    scopes.set(name, GLOBAL_EXPLICIT);
    global.add(name);
    bound?.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound) errorAtDirective(ste, name, 'nonlocal declaration not allowed at module level', diag);
    if (!bound.has(name)) errorAtDirective(ste, name, `no binding for nonlocal '${name}' found`, diag);
    if (typeParams.has(name)) errorAtDirective(ste, name, `nonlocal binding not allowed for type parameter '${name}'`, diag);
    scopes.set(name, FREE);
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, LOCAL);
    local.add(name);
    global.delete(name);
    if (flags & DEF_TYPE_PARAM) typeParams.add(name);
    else typeParams.delete(name);
    return;
  }
  // In a scope that can see the class namespace, a name bound in the class resolves there (and in
  // the globals), not in an outer function.
  if (classEntry !== null) {
    const classFlags = lookupFlags(classEntry, name);
    if (classFlags & DEF_GLOBAL) {
      scopes.set(name, GLOBAL_EXPLICIT);
      return;
    }
    if (classFlags & DEF_BOUND && !(classFlags & DEF_NONLOCAL)) {
      scopes.set(name, GLOBAL_IMPLICIT);
      return;
    }
  }
  if (bound && bound.has(name)) {
    scopes.set(name, FREE);
    free.add(name);
    return;
  }
  scopes.set(name, GLOBAL_IMPLICIT);
}

function isFreeInAnyChild(entry: SymbolTableEntry, key: string): boolean {
  return entry.children.some((child) => getScope(child, key) === FREE);
}

function inlineComprehension(ste: SymbolTableEntry, comp: SymbolTableEntry, scopes: Map<string, Scope>, compFree: Set<string>, inlinedCells: Set<string>): void {
  let removeDunderClass = false;
  for (const [k, compFlags] of comp.symbols) {
    if (compFlags & DEF_PARAM) continue; // the implicit `.0`
    let scope = symbolToScope(compFlags);
    const onlyFlags = compFlags & ((1 << SCOPE_OFFSET) - 1);
    if (scope === CELL || onlyFlags & DEF_COMP_CELL) inlinedCells.add(k);
    const existing = ste.symbols.get(k);
    // __class__ is never free through a class scope (see dropClassFree).
    if (scope === FREE && ste.type === 'class' && k === '__class__') {
      scope = GLOBAL_IMPLICIT;
      compFree.delete(k);
      removeDunderClass = true;
    }
    if (existing === undefined) {
      ste.symbols.set(k, onlyFlags);
      scopes.set(k, scope);
    } else if (existing & DEF_BOUND && ste.type !== 'class') {
      // A free variable of the comprehension that is local in the outer scope becomes a plain
      // local, unless a child of the comprehension needs it as a cell.
      if (!isFreeInAnyChild(comp, k)) compFree.delete(k);
    }
  }
  if (removeDunderClass) comp.symbols.delete('__class__');
}

function analyzeCells(scopes: Map<string, Scope>, free: Set<string>, inlinedCells: Set<string>): void {
  for (const [name, scope] of scopes) {
    if (scope !== LOCAL) continue;
    if (!free.has(name) && !inlinedCells.has(name)) continue;
    scopes.set(name, CELL);
    free.delete(name);
  }
}

function dropClassFree(ste: SymbolTableEntry, free: Set<string>): void {
  if (free.delete('__class__')) ste.needsClassClosure = true;
  if (free.delete('__classdict__')) ste.needsClassdict = true;
  if (free.delete('__conditional_annotations__')) ste.hasConditionalAnnotations = true;
}

function updateSymbols(symbols: Map<string, number>, scopes: Map<string, Scope>, bound: Set<string> | null, free: Set<string>, inlinedCells: Set<string>, classflag: boolean): void {
  for (const [name, flags0] of symbols) {
    let flags = flags0;
    if (inlinedCells.has(name)) flags |= DEF_COMP_CELL;
    const scope = scopes.get(name);
    if (scope === undefined) throw new Error(`symtable: no scope for ${name}`);
    symbols.set(name, flags | (scope << SCOPE_OFFSET));
  }
  // Free variables of children not resolved yet.
  for (const name of free) {
    const v = symbols.get(name);
    if (v !== undefined) {
      // A free variable in a method with the same name as a local or global of the class.
      if (classflag) symbols.set(name, v | DEF_FREE_CLASS);
      continue;
    }
    if (bound && !bound.has(name)) continue; // a global
    symbols.set(name, FREE << SCOPE_OFFSET);
  }
}

function analyzeBlock(
  ste: SymbolTableEntry,
  bound: Set<string> | null,
  free: Set<string>,
  global: Set<string>,
  typeParams: Set<string>,
  classEntry: SymbolTableEntry | null,
  diag: Diagnostics,
): void {
  const local = new Set<string>();
  const scopes = new Map<string, Scope>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();
  const inlinedCells = new Set<string>();

  // Class bindings are not visible in nested functions: pass down what the class itself sees.
  if (ste.type === 'class') {
    for (const n of global) newGlobal.add(n);
    if (bound) for (const n of bound) newBound.add(n);
  }
  for (const [name, flags] of ste.symbols) {
    analyzeName(ste, scopes, name, flags, bound, local, free, global, typeParams, classEntry, diag);
  }
  if (ste.type !== 'class') {
    if (isFunctionLike(ste)) for (const n of local) newBound.add(n);
    if (bound) for (const n of bound) newBound.add(n);
    for (const n of global) newGlobal.add(n);
  } else {
    newBound.add('__class__');
    newBound.add('__classdict__');
    newBound.add('__conditional_annotations__');
  }

  for (const entry of ste.children) {
    let newClassEntry: SymbolTableEntry | null = null;
    if (entry.canSeeClassScope) {
      if (ste.type === 'class') newClassEntry = ste;
      else if (classEntry) newClassEntry = classEntry;
    }
    // All comprehensions but generator expressions are inlined, except in annotation scopes of classes.
    const inlineComp = entry.comprehension !== null && !entry.generator && !ste.canSeeClassScope;
    const childFree = new Set(newFree);
    analyzeBlock(entry, new Set(newBound), childFree, new Set(newGlobal), new Set(typeParams), newClassEntry, diag);
    if (inlineComp) {
      inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
      entry.compInlined = true;
    }
    for (const n of childFree) newFree.add(n);
  }
  // Splice the children of inlined comprehensions into our children.
  for (let i = ste.children.length - 1; i >= 0; i--) {
    const entry = ste.children[i]!;
    if (entry.compInlined) ste.children.splice(i, 1, ...entry.children);
  }

  if (isFunctionLike(ste)) analyzeCells(scopes, newFree, inlinedCells);
  else if (ste.type === 'class') dropClassFree(ste, newFree);
  updateSymbols(ste.symbols, scopes, bound, newFree, inlinedCells, ste.type === 'class' || ste.canSeeClassScope);
  for (const n of newFree) free.add(n);
}

/** _PySymtable_Build: both passes; throws CompileError for the first SyntaxError. */
export function buildSymtable(mod: ModNode, future: FutureFeatures, diag: Diagnostics): SymbolTable {
  const b = new SymtableBuilder(diag, future);
  b.enterBlock('top', 'module', mod, { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  b.top = b.cur;
  switch (mod._type) {
    case 'Module':
      if (hasDocstring(mod.body)) b.cur.hasDocstring = true;
      b.visitStmts(mod.body);
      break;
    case 'Interactive':
      b.visitStmts(mod.body);
      break;
    case 'Expression':
      b.visitExpr(mod.body);
      break;
    case 'FunctionType':
      throw new Error('this compiler does not handle FunctionTypes');
  }
  b.exitBlock();
  analyzeBlock(b.top, null, new Set(), new Set(), new Set(), null, diag);
  return { top: b.top, blocks: b.blocks, future };
}
