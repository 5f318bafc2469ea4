// Statement rules and the start rules (Grammar/python.gram "STARTING RULES" to "Type statement").

import { TokenKind, type Token } from './tokens.ts';
import type {
  ModNode, StmtNode, ExprNode, Alias, Withitem, ExcepthandlerNode, TypeParamNode, Arguments, Keyword,
  OperatorNode, Name,
} from './ast.ts';
import { Parser } from './parser.ts';
import { normalizeIdentifier } from './tokenizer.ts';
import {
  starExpressions, expression, expressions, namedExpression, yieldExpr, arguments_, nameFromToken,
  sepList, emptyArguments, starExpression, STORE,
} from './rules-expressions.ts';
import { starTargets, starTarget, singleTarget, singleSubscriptAttributeTarget, delTargets, setExprContext } from './rules-targets.ts';
import { params } from './rules-params.ts';
import { matchStmt } from './rules-patterns.ts';
import * as inv from './rules-invalid.ts';

const R_SIMPLE_STMT = 40;
const R_BLOCK = 41;
const R_IMPORT_STMT = 42;
const R_TYPE_PARAM = 43;

// ---------------------------------------------------------------------------------------------
// Start rules

/** file: [statements] ENDMARKER */
export function fileRule(p: Parser): ModNode | null {
  const body = statements(p) ?? [];
  if (!p.expect(TokenKind.ENDMARKER)) return null;
  return { _type: 'Module', body, type_ignores: p.typeIgnores };
}

/** interactive: statement_newline */
export function interactiveRule(p: Parser): ModNode | null {
  const body = statementNewline(p);
  if (body === null) return null;
  return { _type: 'Interactive', body };
}

/** eval: expressions NEWLINE* ENDMARKER */
export function evalRule(p: Parser): ModNode | null {
  const body = expressions(p);
  if (body === null) return null;
  while (p.expect(TokenKind.NEWLINE)) {}
  if (!p.expect(TokenKind.ENDMARKER)) return null;
  return { _type: 'Expression', body };
}

/** func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER */
export function funcTypeRule(p: Parser): ModNode | null {
  if (!p.op('(')) return null;
  const m = p.pos;
  let argtypes = typeExpressions(p);
  if (argtypes === null) {
    p.pos = m;
    argtypes = [];
  }
  if (!p.op(')') || !p.op('->')) return null;
  const returns = expression(p);
  if (returns === null) return null;
  while (p.expect(TokenKind.NEWLINE)) {}
  if (!p.expect(TokenKind.ENDMARKER)) return null;
  return { _type: 'FunctionType', argtypes, returns };
}

/** type_expressions: the argument types of a function type comment (with star and double-star forms). */
function typeExpressions(p: Parser): ExprNode[] | null {
  const mark = p.pos;
  const a = sepList(p, expression);
  if (a !== null) {
    const m = p.pos;
    if (p.op(',')) {
      if (p.op('*')) {
        const b = expression(p);
        if (b !== null) {
          const m2 = p.pos;
          if (p.op(',') && p.op('**')) {
            const c = expression(p);
            if (c !== null) return [...a, b, c];
          }
          p.pos = m2;
          return [...a, b];
        }
      } else if (p.op('**')) {
        const b = expression(p);
        if (b !== null) return [...a, b];
      }
    }
    p.pos = m;
    return a;
  }
  p.pos = mark;
  if (p.op('*')) {
    const a1 = expression(p);
    if (a1 !== null) {
      const m2 = p.pos;
      if (p.op(',') && p.op('**')) {
        const b = expression(p);
        if (b !== null) return [a1, b];
      }
      p.pos = m2;
      return [a1];
    }
  }
  p.pos = mark;
  if (p.op('**')) {
    const a1 = expression(p);
    if (a1 !== null) return [a1];
  }
  p.pos = mark;
  return null;
}

/** statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER */
function statementNewline(p: Parser): StmtNode[] | null {
  const mark = p.pos;
  const c = compoundStmt(p);
  if (c !== null && p.expect(TokenKind.NEWLINE)) return [c];
  p.pos = mark;
  const s = simpleStmts(p);
  if (s !== null) return s;
  p.pos = mark;
  const nl = p.expect(TokenKind.NEWLINE);
  if (nl !== null) return [{ _type: 'Pass', lineno: nl.lineno, col_offset: nl.col, end_lineno: nl.endLineno, end_col_offset: nl.endCol }];
  if (p.expect(TokenKind.ENDMARKER)) return [];
  return null;
}

// ---------------------------------------------------------------------------------------------
// Statement sequences

/** statements: statement+ */
export function statements(p: Parser): StmtNode[] | null {
  const out: StmtNode[] = [];
  for (;;) {
    const mark = p.pos;
    const s = statement(p);
    if (s === null) {
      p.pos = mark;
      break;
    }
    for (const x of s) out.push(x);
  }
  return out.length ? out : null;
}

/** statement: compound_stmt | simple_stmts */
function statement(p: Parser): StmtNode[] | null {
  const mark = p.pos;
  const c = compoundStmt(p);
  if (c !== null) return [c];
  p.pos = mark;
  return simpleStmts(p);
}

/** simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE */
export function simpleStmts(p: Parser): StmtNode[] | null {
  const mark = p.pos;
  const a = simpleStmt(p);
  if (a !== null && !p.isOp(';') && p.expect(TokenKind.NEWLINE)) return [a];
  p.pos = mark;
  const first = simpleStmt(p);
  if (first === null) return null;
  const out = [first];
  for (;;) {
    const m = p.pos;
    if (!p.op(';')) break;
    const s = simpleStmt(p);
    if (s === null) {
      p.pos = m;
      break;
    }
    out.push(s);
  }
  p.op(';');
  if (p.expect(TokenKind.NEWLINE)) return out;
  p.pos = mark;
  return null;
}

/** simple_stmt (memo) */
export function simpleStmt(p: Parser): StmtNode | null {
  return p.memoize(R_SIMPLE_STMT, simpleStmtRaw);
}

function simpleStmtRaw(p: Parser): StmtNode | null {
  const start = p.peek();
  const mark = p.pos;
  const a = assignment(p);
  if (a !== null) return a;
  p.pos = mark;
  if (start.kind === TokenKind.NAME && start.text === 'type') {
    const t = typeAlias(p);
    if (t !== null) return t;
    p.pos = mark;
  }
  const e = starExpressions(p);
  if (e !== null) return p.finish({ _type: 'Expr', value: e }, start);
  p.pos = mark;
  if (start.kind !== TokenKind.NAME) return null;
  switch (start.text) {
    case 'return': {
      p.pos++;
      const m = p.pos;
      let v = starExpressions(p);
      if (v === null) p.pos = m;
      return p.finish({ _type: 'Return', value: v }, start);
    }
    case 'import':
    case 'from':
      return p.memoize(R_IMPORT_STMT, importStmt);
    case 'raise':
      return raiseStmt(p);
    case 'pass':
      p.pos++;
      return p.finish({ _type: 'Pass' }, start);
    case 'del':
      return delStmt(p);
    case 'yield': {
      const y = yieldExpr(p);
      if (y !== null) return p.finish({ _type: 'Expr', value: y }, start);
      return null;
    }
    case 'assert':
      return assertStmt(p);
    case 'break':
      p.pos++;
      return p.finish({ _type: 'Break' }, start);
    case 'continue':
      p.pos++;
      return p.finish({ _type: 'Continue' }, start);
    case 'global':
    case 'nonlocal': {
      p.pos++;
      const names = sepList(p, (q) => q.nameToken());
      if (names === null) {
        p.pos = mark;
        return null;
      }
      const ids = names.map((n) => normalizeIdentifier(n.text));
      return p.finish(start.text === 'global' ? { _type: 'Global', names: ids } : { _type: 'Nonlocal', names: ids }, start);
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Assignment

const AUG_OPS: Record<string, OperatorNode> = {
  '+=': { _type: 'Add' },
  '-=': { _type: 'Sub' },
  '*=': { _type: 'Mult' },
  '@=': { _type: 'MatMult' },
  '/=': { _type: 'Div' },
  '%=': { _type: 'Mod' },
  '&=': { _type: 'BitAnd' },
  '|=': { _type: 'BitOr' },
  '^=': { _type: 'BitXor' },
  '<<=': { _type: 'LShift' },
  '>>=': { _type: 'RShift' },
  '**=': { _type: 'Pow' },
  '//=': { _type: 'FloorDiv' },
};

/** assignment: annotated, chained and augmented assignments, then invalid_assignment. */
function assignment(p: Parser): StmtNode | null {
  const start = p.peek();
  const mark = p.pos;
  // NAME ':' expression ['=' annotated_rhs]
  const n = p.nameToken();
  if (n !== null && p.op(':')) {
    const ann = expression(p);
    if (ann !== null) {
      const value = optionalAssignedValue(p);
      const target: Name = { ...nameFromToken(n), ctx: STORE };
      return p.checkVersion(6, 'Variable annotation syntax is', p.finish({ _type: 'AnnAssign', target, annotation: ann, value, simple: 1 }, start));
    }
  }
  p.pos = mark;
  // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
  let target: ExprNode | null = null;
  if (p.op('(')) {
    target = singleTarget(p);
    if (target === null || !p.op(')')) target = null;
  }
  if (target === null) {
    p.pos = mark;
    target = singleSubscriptAttributeTarget(p);
  }
  if (target !== null && p.op(':')) {
    const ann = expression(p);
    if (ann !== null) {
      const value = optionalAssignedValue(p);
      return p.checkVersion(6, 'Variable annotations syntax is', p.finish({ _type: 'AnnAssign', target, annotation: ann, value, simple: 0 }, start));
    }
  }
  p.pos = mark;
  // (star_targets '=')+ annotated_rhs !'=' [TYPE_COMMENT]
  const targets: ExprNode[] = [];
  for (;;) {
    const m = p.pos;
    const t = starTargets(p);
    if (t === null || !p.op('=')) {
      p.pos = m;
      break;
    }
    targets.push(t);
  }
  if (targets.length) {
    const value = annotatedRhs(p);
    if (value !== null && !p.isOp('=')) {
      const tc = p.expect(TokenKind.TYPE_COMMENT);
      return p.finish({ _type: 'Assign', targets, value, type_comment: tc?.text ?? null }, start);
    }
  }
  p.pos = mark;
  // single_target augassign ~ annotated_rhs
  const st = singleTarget(p);
  if (st !== null) {
    const opTok = p.peek();
    const op = opTok.kind === TokenKind.OP ? AUG_OPS[opTok.text] : undefined;
    if (op !== undefined) {
      p.pos++;
      if (op._type === 'MatMult') p.checkVersion(5, "The '@' operator is", op);
      const value = annotatedRhs(p);
      if (value !== null) return p.finish({ _type: 'AugAssign', target: st, op, value }, start);
      // Cut: no other alternative of assignment is tried.
      p.pos = mark;
      return null;
    }
  }
  p.pos = mark;
  if (p.callInvalidRules) {
    inv.invalidAssignment(p);
    p.pos = mark;
  }
  return null;
}

function optionalAssignedValue(p: Parser): ExprNode | null {
  const m = p.pos;
  if (p.op('=')) {
    const v = annotatedRhs(p);
    if (v !== null) return v;
  }
  p.pos = m;
  return null;
}

/** annotated_rhs: yield_expr | star_expressions */
export function annotatedRhs(p: Parser): ExprNode | null {
  const mark = p.pos;
  const y = yieldExpr(p);
  if (y !== null) return y;
  p.pos = mark;
  return starExpressions(p);
}

// ---------------------------------------------------------------------------------------------
// Simple statements

/** raise_stmt: 'raise' expression ['from' expression] | 'raise' */
function raiseStmt(p: Parser): StmtNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (!p.kw('raise')) return null;
  const afterRaise = p.pos;
  if (p.callInvalidRules) {
    inv.invalidRaiseStmt(p, start);
    p.pos = afterRaise;
  }
  const exc = expression(p);
  if (exc !== null) {
    const m = p.pos;
    let cause: ExprNode | null = null;
    if (p.kw('from')) {
      cause = expression(p);
      if (cause === null) p.pos = m;
    }
    return p.finish({ _type: 'Raise', exc, cause }, start);
  }
  p.pos = afterRaise;
  void mark;
  return p.finish({ _type: 'Raise', exc: null, cause: null }, start);
}

/** del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt */
function delStmt(p: Parser): StmtNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (p.kw('del')) {
    const targets = delTargets(p);
    if (targets !== null && (p.isOp(';') || p.isKind(TokenKind.NEWLINE))) {
      return p.finish({ _type: 'Delete', targets }, start);
    }
  }
  p.pos = mark;
  if (p.callInvalidRules) {
    inv.invalidDelStmt(p);
    p.pos = mark;
  }
  return null;
}

/** assert_stmt: invalid_assert_stmt | 'assert' expression [',' expression] */
function assertStmt(p: Parser): StmtNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (p.callInvalidRules) {
    inv.invalidAssertStmt(p);
    p.pos = mark;
  }
  if (!p.kw('assert')) return null;
  const test = expression(p);
  if (test === null) {
    p.pos = mark;
    return null;
  }
  const m = p.pos;
  let msg: ExprNode | null = null;
  if (p.op(',')) {
    msg = expression(p);
    if (msg === null) p.pos = m;
  }
  return p.finish({ _type: 'Assert', test, msg }, start);
}

// ---------------------------------------------------------------------------------------------
// Imports

/** import_stmt (memo): invalid_import | import_name | import_from */
function importStmt(p: Parser): StmtNode | null {
  const mark = p.pos;
  if (p.callInvalidRules) {
    inv.invalidImport(p);
    p.pos = mark;
  }
  const a = importName(p);
  if (a !== null) return a;
  p.pos = mark;
  return importFrom(p);
}

/** import_name: 'import' dotted_as_names */
function importName(p: Parser): StmtNode | null {
  const start = p.peek();
  if (!p.kw('import')) return null;
  const names = sepList(p, dottedAsName);
  if (names === null) return null;
  return p.finish({ _type: 'Import', names }, start);
}

/** dotted_as_name: invalid_dotted_as_name | dotted_name ['as' NAME] */
function dottedAsName(p: Parser): Alias | null {
  const start = p.peek();
  const mark = p.pos;
  if (p.callInvalidRules) {
    inv.invalidDottedAsName(p);
    p.pos = mark;
  }
  const name = dottedName(p);
  if (name === null) return null;
  const asname = optionalAsName(p);
  return p.finish({ _type: 'alias', name, asname } as Alias, start);
}

function optionalAsName(p: Parser): string | null {
  const m = p.pos;
  if (p.kw('as')) {
    const n = p.nameToken();
    if (n !== null) return normalizeIdentifier(n.text);
  }
  p.pos = m;
  return null;
}

/** dotted_name: dotted_name '.' NAME | NAME */
export function dottedName(p: Parser): string | null {
  const first = p.nameToken();
  if (first === null) return null;
  let name = normalizeIdentifier(first.text);
  for (;;) {
    const m = p.pos;
    if (!p.op('.')) break;
    const n = p.nameToken();
    if (n === null) {
      p.pos = m;
      break;
    }
    name += '.' + normalizeIdentifier(n.text);
  }
  return name;
}

/** import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
 *  | 'from' ('.' | '...')+ 'import' import_from_targets */
function importFrom(p: Parser): StmtNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (!p.kw('from')) return null;
  let level = 0;
  for (;;) {
    if (p.op('.')) level += 1;
    else if (p.op('...')) level += 3;
    else break;
  }
  const afterDots = p.pos;
  const module = dottedName(p);
  if (module !== null && p.kw('import')) {
    const names = importFromTargets(p);
    if (names !== null) {
      // _PyPegen_checked_future_import: this joke future changes how '!=' parses from here on.
      if (module === '__future__' && level === 0 && names.some((n) => n.name === 'barry_as_FLUFL')) p.barryAsFlufl = true;
      return p.finish({ _type: 'ImportFrom', module, names, level }, start);
    }
  }
  p.pos = afterDots;
  if (level > 0 && p.kw('import')) {
    const names = importFromTargets(p);
    if (names !== null) return p.finish({ _type: 'ImportFrom', module: null, names, level }, start);
  }
  p.pos = mark;
  return null;
}

/** import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
 *  | invalid_import_from_targets */
function importFromTargets(p: Parser): Alias[] | null {
  const mark = p.pos;
  if (p.op('(')) {
    const names = sepList(p, importFromAsName);
    if (names !== null) {
      p.op(',');
      if (p.op(')')) return names;
    }
  }
  p.pos = mark;
  const names = sepList(p, importFromAsName);
  if (names !== null && !p.isOp(',')) return names;
  p.pos = mark;
  const star = p.op('*');
  if (star !== null) {
    return [{ _type: 'alias', name: '*', asname: null, lineno: star.lineno, col_offset: star.col, end_lineno: star.endLineno, end_col_offset: star.endCol }];
  }
  if (p.callInvalidRules) {
    inv.invalidImportFromTargets(p);
    p.pos = mark;
  }
  return null;
}

/** import_from_as_name: invalid_import_from_as_name | NAME ['as' NAME] */
export function importFromAsName(p: Parser): Alias | null {
  const start = p.peek();
  const mark = p.pos;
  if (p.callInvalidRules) {
    inv.invalidImportFromAsName(p);
    p.pos = mark;
  }
  const n = p.nameToken();
  if (n === null) return null;
  const asname = optionalAsName(p);
  return p.finish({ _type: 'alias', name: normalizeIdentifier(n.text), asname } as Alias, start);
}

// ---------------------------------------------------------------------------------------------
// Compound statements

/** compound_stmt */
function compoundStmt(p: Parser): StmtNode | null {
  const t = p.peek();
  if (t.kind === TokenKind.OP && t.text === '@') {
    const mark = p.pos;
    const f = functionDef(p);
    if (f !== null) return f;
    p.pos = mark;
    return classDef(p);
  }
  if (t.kind !== TokenKind.NAME) return null;
  switch (t.text) {
    case 'def':
      return functionDef(p);
    case 'async': {
      const mark = p.pos;
      const f = functionDef(p);
      if (f !== null) return f;
      p.pos = mark;
      const w = withStmt(p);
      if (w !== null) return w;
      p.pos = mark;
      return forStmt(p);
    }
    case 'if':
      return ifStmt(p);
    case 'class':
      return classDef(p);
    case 'with':
      return withStmt(p);
    case 'for':
      return forStmt(p);
    case 'try':
      return tryStmt(p);
    case 'while':
      return whileStmt(p);
  }
  return matchStmt(p);
}

/** block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block */
export function block(p: Parser): StmtNode[] | null {
  return p.memoize(R_BLOCK, blockRaw);
}

function blockRaw(p: Parser): StmtNode[] | null {
  const mark = p.pos;
  if (p.expect(TokenKind.NEWLINE) && p.expect(TokenKind.INDENT)) {
    p.enter();
    try {
      const body = statements(p);
      if (body !== null && p.expect(TokenKind.DEDENT)) return body;
    } finally {
      p.leave();
    }
  }
  p.pos = mark;
  const s = simpleStmts(p);
  if (s !== null) return s;
  p.pos = mark;
  if (p.callInvalidRules) {
    inv.invalidBlock(p);
    p.pos = mark;
  }
  return null;
}

/** decorators: ('@' named_expression NEWLINE)+ */
function decorators(p: Parser): ExprNode[] | null {
  const out: ExprNode[] = [];
  for (;;) {
    const m = p.pos;
    if (!p.op('@')) break;
    const e = namedExpression(p);
    if (e === null || !p.expect(TokenKind.NEWLINE)) {
      p.pos = m;
      break;
    }
    out.push(e);
  }
  return out.length ? out : null;
}

/** class_def: decorators class_def_raw | class_def_raw */
function classDef(p: Parser): StmtNode | null {
  const mark = p.pos;
  const decs = decorators(p);
  if (decs !== null) {
    const c = classDefRaw(p);
    if (c !== null) return { ...c, decorator_list: decs } as StmtNode;
    p.pos = mark;
    return null;
  }
  return classDefRaw(p);
}

/** class_def_raw: invalid_class_def_raw | 'class' NAME [type_params] ['(' [arguments] ')'] ':' block */
function classDefRaw(p: Parser): StmtNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (p.callInvalidRules) {
    inv.invalidClassDefRaw(p);
    p.pos = mark;
  }
  if (!p.kw('class')) return null;
  const n = p.nameToken();
  if (n === null) {
    p.pos = mark;
    return null;
  }
  const typeParams = optionalTypeParams(p);
  let bases: ExprNode[] = [];
  let keywords: Keyword[] = [];
  const m = p.pos;
  if (p.op('(')) {
    const args = arguments_(p);
    if (p.op(')')) {
      bases = args?.args ?? [];
      keywords = args?.keywords ?? [];
    } else {
      p.pos = m;
    }
  }
  if (!p.op(':')) {
    p.pos = mark;
    return null;
  }
  const body = block(p);
  if (body === null) {
    p.pos = mark;
    return null;
  }
  return p.finish(
    { _type: 'ClassDef', name: normalizeIdentifier(n.text), bases, keywords, body, decorator_list: [], type_params: typeParams },
    start,
  );
}

/** function_def: decorators function_def_raw | function_def_raw */
function functionDef(p: Parser): StmtNode | null {
  const mark = p.pos;
  const decs = decorators(p);
  if (decs !== null) {
    const f = functionDefRaw(p);
    if (f !== null) return { ...f, decorator_list: decs } as StmtNode;
    p.pos = mark;
    return null;
  }
  return functionDefRaw(p);
}

/** function_def_raw: invalid_def_raw | ['async'] 'def' NAME [type_params] '(' [params] ')'
 *  ['->' expression] ':' [func_type_comment] block */
function functionDefRaw(p: Parser): StmtNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (p.callInvalidRules) {
    inv.invalidDefRaw(p);
    p.pos = mark;
  }
  const isAsync = p.kw('async') !== null;
  if (!p.kw('def')) {
    p.pos = mark;
    return null;
  }
  const n = p.nameToken();
  if (n === null) {
    p.pos = mark;
    return null;
  }
  const typeParams = optionalTypeParams(p);
  if (!p.op('(')) {
    p.pos = mark;
    return null;
  }
  const m = p.pos;
  let args: Arguments | null = params(p);
  if (args === null) {
    p.pos = m;
    args = emptyArguments();
  }
  if (!p.op(')')) {
    p.pos = mark;
    return null;
  }
  let returns: ExprNode | null = null;
  const m2 = p.pos;
  if (p.op('->')) {
    returns = expression(p);
    if (returns === null) p.pos = m2;
  }
  if (!p.op(':')) {
    p.pos = mark;
    return null;
  }
  const m3 = p.pos;
  let tc = funcTypeComment(p);
  if (tc === null) p.pos = m3;
  const body = block(p);
  if (body === null) {
    p.pos = mark;
    return null;
  }
  const fields = {
    name: normalizeIdentifier(n.text),
    args,
    body,
    decorator_list: [],
    returns,
    type_comment: tc?.text ?? null,
    type_params: typeParams,
  };
  if (isAsync) return p.checkVersion(5, 'Async functions are', p.finish({ _type: 'AsyncFunctionDef', ...fields }, start));
  return p.finish({ _type: 'FunctionDef', ...fields }, start);
}

/** func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | invalid_double_type_comments | TYPE_COMMENT */
export function funcTypeComment(p: Parser): Token | null {
  const mark = p.pos;
  if (p.expect(TokenKind.NEWLINE)) {
    const t = p.expect(TokenKind.TYPE_COMMENT);
    if (t !== null) {
      const m = p.pos;
      const ok = p.expect(TokenKind.NEWLINE) !== null && p.isKind(TokenKind.INDENT);
      p.pos = m;
      if (ok) return t;
    }
  }
  p.pos = mark;
  if (p.callInvalidRules) {
    inv.invalidDoubleTypeComments(p);
    p.pos = mark;
  }
  return p.expect(TokenKind.TYPE_COMMENT);
}

/** if_stmt: invalid_if_stmt | 'if' named_expression ':' block (elif_stmt | [else_block]) */
function ifStmt(p: Parser): StmtNode | null {
  return ifLike(p, 'if');
}

function ifLike(p: Parser, keyword: 'if' | 'elif'): StmtNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (p.callInvalidRules) {
    inv.invalidIfStmt(p, keyword);
    p.pos = mark;
  }
  if (!p.kw(keyword)) return null;
  const test = namedExpression(p);
  if (test === null || !p.op(':')) {
    p.pos = mark;
    return null;
  }
  const body = block(p);
  if (body === null) {
    p.pos = mark;
    return null;
  }
  const afterBody = p.pos;
  if (p.isKw('elif')) {
    const e = ifLike(p, 'elif');
    if (e !== null) return p.finish({ _type: 'If', test, body, orelse: [e] }, start);
    p.pos = afterBody;
  }
  const orelse = elseBlock(p) ?? [];
  return p.finish({ _type: 'If', test, body, orelse }, start);
}

/** else_block: invalid_else_stmt | 'else' &&':' block */
function elseBlock(p: Parser): StmtNode[] | null {
  const mark = p.pos;
  if (p.callInvalidRules) {
    inv.invalidElseStmt(p);
    p.pos = mark;
  }
  if (!p.kw('else')) return null;
  forcedOp(p, ':');
  const b = block(p);
  if (b === null) p.pos = mark;
  return b;
}

/** &&'x': the token must be there, or it is an "expected 'x'" error at once
 * (_PyPegen_expect_forced_token). */
export function forcedOp(p: Parser, text: string): Token {
  const t = p.peek();
  if (t.kind === TokenKind.OP && t.text === text) {
    p.pos++;
    return t;
  }
  return p.raiseKnownLocation(t, `expected '${text}'`);
}

/** while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block] */
function whileStmt(p: Parser): StmtNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (p.callInvalidRules) {
    inv.invalidWhileStmt(p);
    p.pos = mark;
  }
  if (!p.kw('while')) return null;
  const test = namedExpression(p);
  if (test === null || !p.op(':')) {
    p.pos = mark;
    return null;
  }
  const body = block(p);
  if (body === null) {
    p.pos = mark;
    return null;
  }
  const orelse = elseBlock(p) ?? [];
  return p.finish({ _type: 'While', test, body, orelse }, start);
}

/** for_stmt: invalid_for_stmt | ['async'] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT]
 *  block [else_block] | invalid_for_target */
function forStmt(p: Parser): StmtNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (p.callInvalidRules) {
    inv.invalidForStmt(p);
    p.pos = mark;
  }
  const isAsync = p.kw('async') !== null;
  if (p.kw('for')) {
    const target = starTargets(p);
    if (target !== null && p.kw('in')) {
      // Cut: past 'in', no other alternative is tried.
      const iter = starExpressions(p);
      if (iter === null || !p.op(':')) {
        p.pos = mark;
        return null;
      }
      const tc = p.expect(TokenKind.TYPE_COMMENT);
      const body = block(p);
      if (body === null) {
        p.pos = mark;
        return null;
      }
      const orelse = elseBlock(p) ?? [];
      const node = p.finish(
        { _type: isAsync ? 'AsyncFor' : 'For', target, iter, body, orelse, type_comment: tc?.text ?? null } as StmtNode,
        start,
      );
      return isAsync ? p.checkVersion(5, 'Async for loops are', node) : node;
    }
  }
  p.pos = mark;
  if (p.callInvalidRules) {
    inv.invalidForTarget(p);
    p.pos = mark;
  }
  return null;
}

/** with_stmt */
function withStmt(p: Parser): StmtNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (p.callInvalidRules) {
    inv.invalidWithStmtIndent(p);
    p.pos = mark;
  }
  const isAsync = p.kw('async') !== null;
  if (!p.kw('with')) {
    p.pos = mark;
    return null;
  }
  const afterWith = p.pos;
  // 'with' '(' ','.with_item+ ','? ')' ':' block
  if (p.op('(')) {
    const items = sepList(p, withItem);
    if (items !== null) {
      p.op(',');
      if (p.op(')') && p.op(':')) {
        const tc = isAsync ? null : p.expect(TokenKind.TYPE_COMMENT);
        const body = block(p);
        if (body !== null) {
          const node = p.finish({ _type: isAsync ? 'AsyncWith' : 'With', items, body, type_comment: tc?.text ?? null } as StmtNode, start);
          return isAsync ? p.checkVersion(5, 'Async with statements are', node) : node;
        }
      }
    }
  }
  p.pos = afterWith;
  // 'with' ','.with_item+ ':' [TYPE_COMMENT] block
  const items = sepList(p, withItem);
  if (items !== null && p.op(':')) {
    const tc = p.expect(TokenKind.TYPE_COMMENT);
    const body = block(p);
    if (body !== null) {
      const node = p.finish({ _type: isAsync ? 'AsyncWith' : 'With', items, body, type_comment: tc?.text ?? null } as StmtNode, start);
      return isAsync ? p.checkVersion(5, 'Async with statements are', node) : node;
    }
  }
  p.pos = mark;
  if (p.callInvalidRules) {
    inv.invalidWithStmt(p);
    p.pos = mark;
  }
  return null;
}

/** with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression */
function withItem(p: Parser): Withitem | null {
  const mark = p.pos;
  const e = expression(p);
  if (e === null) return null;
  const afterExpr = p.pos;
  if (p.kw('as')) {
    const t = starTarget(p);
    if (t !== null && (p.isOp(',') || p.isOp(')') || p.isOp(':'))) {
      return { _type: 'withitem', context_expr: e, optional_vars: t };
    }
  }
  p.pos = mark;
  if (p.callInvalidRules) {
    inv.invalidWithItem(p);
    p.pos = mark;
  }
  p.pos = afterExpr;
  return { _type: 'withitem', context_expr: e, optional_vars: null };
}

/** try_stmt: invalid_try_stmt | 'try' &&':' block finally_block
 *  | 'try' &&':' block except_block+ [else_block] [finally_block]
 *  | 'try' &&':' block except_star_block+ [else_block] [finally_block] */
function tryStmt(p: Parser): StmtNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (p.callInvalidRules) {
    inv.invalidTryStmt(p);
    p.pos = mark;
  }
  if (!p.kw('try')) return null;
  forcedOp(p, ':');
  const body = block(p);
  if (body === null) {
    p.pos = mark;
    return null;
  }
  const afterBody = p.pos;
  const fin = finallyBlock(p);
  if (fin !== null) return p.finish({ _type: 'Try', body, handlers: [], orelse: [], finalbody: fin }, start);
  p.pos = afterBody;
  for (const star of [false, true]) {
    const handlers: ExcepthandlerNode[] = [];
    for (;;) {
      const m = p.pos;
      const h = exceptBlock(p, star);
      if (h === null) {
        p.pos = m;
        break;
      }
      handlers.push(h);
    }
    if (handlers.length) {
      const orelse = elseBlock(p) ?? [];
      const m = p.pos;
      let finalbody = finallyBlock(p);
      if (finalbody === null) {
        p.pos = m;
        finalbody = [];
      }
      const node = p.finish({ _type: star ? 'TryStar' : 'Try', body, handlers, orelse, finalbody } as StmtNode, start);
      return star ? p.checkVersion(11, 'Exception groups are', node) : node;
    }
    p.pos = afterBody;
  }
  p.pos = mark;
  return null;
}

/** except_block / except_star_block */
export function exceptBlock(p: Parser, star: boolean): ExcepthandlerNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (p.callInvalidRules) {
    inv.invalidExceptStmtIndent(p, star);
    p.pos = mark;
  }
  if (!p.kw('except')) return null;
  if (star && !p.op('*')) {
    p.pos = mark;
    return null;
  }
  const afterExcept = p.pos;
  // 'except' expression ':' block
  let e = expression(p);
  if (e !== null && p.op(':')) {
    const b = block(p);
    if (b !== null) return p.finish({ _type: 'ExceptHandler', type: e, name: null, body: b }, start);
  }
  p.pos = afterExcept;
  // 'except' expression 'as' NAME ':' block
  e = expression(p);
  if (e !== null && p.kw('as')) {
    const n = p.nameToken();
    if (n !== null && p.op(':')) {
      const b = block(p);
      if (b !== null) return p.finish({ _type: 'ExceptHandler', type: e, name: normalizeIdentifier(n.text), body: b }, start);
    }
  }
  p.pos = afterExcept;
  // 'except' expressions ':' block (PEP 758: several types without parentheses)
  e = expressions(p);
  if (e !== null && p.op(':')) {
    const b = block(p);
    if (b !== null) {
      const node = p.finish({ _type: 'ExceptHandler', type: e, name: null, body: b }, start);
      return p.checkVersion(14, 'except expressions without parentheses are', node);
    }
  }
  p.pos = afterExcept;
  if (!star && p.op(':')) {
    const b = block(p);
    if (b !== null) return p.finish({ _type: 'ExceptHandler', type: null, name: null, body: b }, start);
  }
  p.pos = mark;
  if (p.callInvalidRules) {
    inv.invalidExceptStmt(p, star);
    p.pos = mark;
  }
  return null;
}

/** finally_block: invalid_finally_stmt | 'finally' &&':' block */
function finallyBlock(p: Parser): StmtNode[] | null {
  const mark = p.pos;
  if (p.callInvalidRules) {
    inv.invalidFinallyStmt(p);
    p.pos = mark;
  }
  if (!p.kw('finally')) return null;
  forcedOp(p, ':');
  const b = block(p);
  if (b === null) p.pos = mark;
  return b;
}

// ---------------------------------------------------------------------------------------------
// Type aliases and type parameters (PEP 695, PEP 696)

/** type_alias: "type" NAME [type_params] '=' expression */
function typeAlias(p: Parser): StmtNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (!p.softKw('type')) return null;
  const n = p.nameToken();
  if (n !== null) {
    const typeParams = optionalTypeParams(p);
    if (p.op('=')) {
      const value = expression(p);
      if (value !== null) {
        const node = p.finish({ _type: 'TypeAlias', name: { ...nameFromToken(n), ctx: STORE }, type_params: typeParams, value }, start);
        return p.checkVersion(12, 'Type statement is', node);
      }
    }
  }
  p.pos = mark;
  return null;
}

function optionalTypeParams(p: Parser): TypeParamNode[] {
  const m = p.pos;
  const t = typeParams(p);
  if (t === null) {
    p.pos = m;
    return [];
  }
  return t;
}

/** type_params: invalid_type_params | '[' type_param_seq ']' */
export function typeParams(p: Parser): TypeParamNode[] | null {
  const mark = p.pos;
  if (p.callInvalidRules) {
    inv.invalidTypeParams(p);
    p.pos = mark;
  }
  if (!p.op('[')) return null;
  const seq = sepList(p, typeParam);
  if (seq !== null) {
    p.op(',');
    if (p.op(']')) return p.checkVersion(12, 'Type parameter lists are', seq);
  }
  p.pos = mark;
  return null;
}

/** type_param (memo): NAME [bound] [default] | invalid_type_param | '*' NAME [starred default]
 *  | '**' NAME [default] */
function typeParam(p: Parser): TypeParamNode | null {
  return p.memoize(R_TYPE_PARAM, typeParamRaw);
}

function typeParamRaw(p: Parser): TypeParamNode | null {
  const start = p.peek();
  const mark = p.pos;
  const n = p.nameToken();
  if (n !== null) {
    let bound: ExprNode | null = null;
    const m = p.pos;
    if (p.op(':')) {
      bound = expression(p);
      if (bound === null) p.pos = m;
    }
    const dflt = optionalDefault(p, expression);
    return p.finish({ _type: 'TypeVar', name: normalizeIdentifier(n.text), bound, default_value: dflt }, start);
  }
  p.pos = mark;
  if (p.callInvalidRules) {
    inv.invalidTypeParam(p);
    p.pos = mark;
  }
  if (p.op('*')) {
    const n2 = p.nameToken();
    if (n2 !== null) {
      const dflt = optionalDefault(p, starExpression);
      return p.finish({ _type: 'TypeVarTuple', name: normalizeIdentifier(n2.text), default_value: dflt }, start);
    }
  }
  p.pos = mark;
  if (p.op('**')) {
    const n2 = p.nameToken();
    if (n2 !== null) {
      const dflt = optionalDefault(p, expression);
      return p.finish({ _type: 'ParamSpec', name: normalizeIdentifier(n2.text), default_value: dflt }, start);
    }
  }
  p.pos = mark;
  return null;
}

function optionalDefault(p: Parser, rule: (p: Parser) => ExprNode | null): ExprNode | null {
  const m = p.pos;
  if (p.op('=')) {
    const e = rule(p);
    // type_param_default / type_param_starred_default
    if (e !== null) return p.checkVersion(13, 'Type parameter defaults are', e);
  }
  p.pos = m;
  return null;
}

export { setExprContext };
