// The invalid_* rules of CPython 3.14's grammar: they run only in the second pass and raise
// specialized SyntaxErrors for common mistakes (Grammar/python.gram, "INVALID RULES").
// Each returns null when it does not match (the caller restores the position) and raises
// through the Parser's raise* helpers when it does. Every rule follows its grammar rule
// alternative by alternative, with the same message and the same error location macro:
//   RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a)  -> p.raiseKnownLocation(a, msg)
//   RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b)  -> p.raiseKnownRange(a, b, msg)
//   RAISE_SYNTAX_ERROR_STARTING_FROM(a)   -> p.raiseStartingFrom(a, msg)
//   RAISE_SYNTAX_ERROR(msg)               -> p.raiseError(msg)            (the last token read)
//   RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN(msg) -> p.raiseError(msg, 'SyntaxError', true)
//   RAISE_INDENTATION_ERROR(msg)          -> p.raiseIndentationError(msg)
//
// 3.14 is the specification: CPython's main branch (3.15) has rules 3.14 does not (lazy imports,
// unpacking in comprehensions, invalid_if_expression, invalid_kvpair_unpacking,
// invalid_mapping_pattern, "case statement must be inside match statement", the trailing-comma
// `with` message, invalid_raise_stmt) and says "parameter" where 3.14 still says "argument".

import { TokenKind, type Token } from './tokens.ts';
import type { ExprNode, Comprehension, PatternNode } from './ast.ts';
import { Parser } from './parser.ts';
import {
  expression, expressions, expressionWithoutInvalid, disjunction, bitwiseOr, inversion, factor, sum, starExpressions,
  starNamedExpression, starNamedExpressions, namedExpression, assignmentExpression, forIfClauses, yieldExpr,
  args, kwargs, starredExpression, arguments_, doubleStarredKvpair, list, tuple, genexp, sepList, nameFromToken,
} from './rules-expressions.ts';
import { starTargets, starTarget } from './rules-targets.ts';
import {
  block, dottedName, typeParams, funcTypeComment, annotatedRhs, simpleStmt, exceptBlock, importFromAsName,
} from './rules-statements.ts';
import {
  type ParamStyle, params, lambdaParams, slashNoDefault, slashWithDefault, paramNoDefault, paramWithDefault,
  paramMaybeDefault, param,
} from './rules-params.ts';
import { replacementField, fstring as fstringRule, string as stringRule, tstring as tstringRule } from './rules-strings.ts';
import { subjectExpr, patterns, optionalGuard, orPattern, nameOrAttr, positionalPatterns, keywordPatterns } from './rules-patterns.ts';

// ---------------------------------------------------------------------------------------------
// Helpers (Parser/action_helpers.c, Parser/pegen.h)

/** _PyPegen_get_expr_name: how error messages name an expression. */
export function getExprName(e: ExprNode): string {
  switch (e._type) {
    case 'Attribute':
      return 'attribute';
    case 'Subscript':
      return 'subscript';
    case 'Starred':
      return 'starred';
    case 'Name':
      return 'name';
    case 'List':
      return 'list';
    case 'Tuple':
      return 'tuple';
    case 'Lambda':
      return 'lambda';
    case 'Call':
      return 'function call';
    case 'BoolOp':
    case 'BinOp':
    case 'UnaryOp':
      return 'expression';
    case 'GeneratorExp':
      return 'generator expression';
    case 'Yield':
    case 'YieldFrom':
      return 'yield expression';
    case 'Await':
      return 'await expression';
    case 'ListComp':
      return 'list comprehension';
    case 'SetComp':
      return 'set comprehension';
    case 'DictComp':
      return 'dict comprehension';
    case 'Dict':
      return 'dict literal';
    case 'Set':
      return 'set display';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'f-string expression';
    case 'TemplateStr':
    case 'Interpolation':
      return 't-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === false) return 'False';
      if (v === true) return 'True';
      if (typeof v === 'object' && 'kind' in v && v.kind === 'ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare':
      return 'comparison';
    case 'IfExp':
      return 'conditional expression';
    case 'NamedExpr':
      return 'named expression';
    default:
      return 'expression';
  }
}

const enum Targets {
  STAR,
  DEL,
  FOR,
}

/** _PyPegen_get_invalid_target: the first sub-expression that cannot be a target, or null. */
function getInvalidTarget(e: ExprNode, type: Targets): ExprNode | null {
  switch (e._type) {
    case 'List':
    case 'Tuple':
      for (const x of e.elts) {
        const child = getInvalidTarget(x, type);
        if (child !== null) return child;
      }
      return null;
    case 'Starred':
      if (type === Targets.DEL) return e;
      return getInvalidTarget(e.value, type);
    case 'Compare':
      // `for a in b` parses `a in b` as a comparison: look at its left side.
      if (type === Targets.FOR) {
        if (e.ops[0]!._type === 'In') return getInvalidTarget(e.left, type);
        return null;
      }
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** RAISE_SYNTAX_ERROR_INVALID_TARGET: raises when `e` holds an invalid target, else fails. */
function raiseInvalidTarget(p: Parser, type: Targets, e: ExprNode): null {
  const t = getInvalidTarget(e, type);
  if (t !== null) {
    const msg = type === Targets.DEL ? 'cannot delete %s' : 'cannot assign to %s';
    p.raiseKnownLocation(t, msg.replace('%s', getExprName(t)));
  }
  return null;
}

/** _PyPegen_get_last_comprehension_item */
function lastComprehensionItem(c: Comprehension): ExprNode {
  return c.ifs.length === 0 ? c.iter : c.ifs[c.ifs.length - 1]!;
}

/** _PyPegen_check_legacy_stmt: `print` and `exec` used as Python 2 statements. */
function isLegacyStmt(e: ExprNode): boolean {
  return e._type === 'Name' && (e.id === 'print' || e.id === 'exec');
}

/** Runs `rule` for an optional `[rule]`: restores the position when it fails. */
function opt<T>(p: Parser, rule: (p: Parser) => T | null): T | null {
  const m = p.pos;
  const r = rule(p);
  if (r === null) p.pos = m;
  return r;
}

/** rule* (zero or more): the items matched. */
function star<T>(p: Parser, rule: (p: Parser) => T | null): T[] {
  const out: T[] = [];
  for (;;) {
    const m = p.pos;
    const r = rule(p);
    if (r === null) {
      p.pos = m;
      return out;
    }
    out.push(r);
  }
}

/** A negative lookahead !rule: true when rule does not match here (the position is kept). */
function not(p: Parser, rule: (p: Parser) => unknown): boolean {
  const m = p.pos;
  const r = rule(p);
  p.pos = m;
  return r === null || r === false;
}

function isAnyOp(p: Parser, ...ops: string[]): boolean {
  const t = p.peek();
  return t.kind === TokenKind.OP && ops.includes(t.text);
}

function anyOp(p: Parser, ...ops: string[]): Token | null {
  return isAnyOp(p, ...ops) ? p.next() : null;
}

/** NEWLINE !INDENT: the header of a block whose body is missing. */
function newlineNoIndent(p: Parser): boolean {
  return p.expect(TokenKind.NEWLINE) !== null && !p.isKind(TokenKind.INDENT);
}

/** ['as' NAME] */
function optAsName(p: Parser): void {
  const m = p.pos;
  if (p.kw('as') && p.nameToken()) return;
  p.pos = m;
}

const AUGASSIGN_OPS = new Set(['+=', '-=', '*=', '@=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=', '**=', '//=']);

// ---------------------------------------------------------------------------------------------
// Calls and arguments

/** (starred_expression | (assignment_expression | expression !':=') !'=') */
function positionalArgument(p: Parser): ExprNode | null {
  const m = p.pos;
  const s = starredExpression(p);
  if (s !== null) return s;
  p.pos = m;
  let e = assignmentExpression(p);
  if (e === null) {
    p.pos = m;
    e = expression(p);
    if (e !== null && p.isOp(':=')) e = null;
  }
  if (e !== null && p.isOp('=')) e = null;
  if (e === null) p.pos = m;
  return e;
}

/** invalid_arguments */
export function invalidArguments(p: Parser): null {
  const mark = p.pos;
  // ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs)
  //   a=',' ','.(starred_expression !'=')+
  let ok = sepList(p, positionalArgument) !== null && p.op(',') !== null && kwargs(p) !== null;
  if (!ok) {
    p.pos = mark;
    ok = kwargs(p) !== null;
  }
  if (ok) {
    const a = p.op(',');
    if (a !== null) {
      const starredNotAssign = (q: Parser): ExprNode | null => {
        const s = starredExpression(q);
        return s !== null && !q.isOp('=') ? s : null;
      };
      if (sepList(p, starredNotAssign) !== null) {
        p.raiseStartingFrom(a, 'iterable argument unpacking follows keyword argument unpacking');
      }
    }
  }
  p.pos = mark;
  // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
  {
    const a = expression(p);
    if (a !== null) {
      const b = forIfClauses(p);
      if (b !== null && p.op(',')) {
        const m = p.pos;
        if (args(p) === null) {
          p.pos = m;
          if (!(expression(p) !== null && forIfClauses(p) !== null)) p.pos = m;
        }
        p.raiseKnownRange(a, lastComprehensionItem(b[b.length - 1]!), 'Generator expression must be parenthesized');
      }
    }
  }
  p.pos = mark;
  // a=NAME b='=' expression for_if_clauses
  {
    const a = p.nameToken();
    const b = a && p.op('=');
    if (a && b && expression(p) !== null && forIfClauses(p) !== null) {
      p.raiseKnownRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
  }
  p.pos = mark;
  // (args ',')? a=NAME b='=' &(',' | ')')
  {
    if (!(args(p) !== null && p.op(','))) p.pos = mark;
    const a = p.nameToken();
    const b = a && p.op('=');
    if (a && b && isAnyOp(p, ',', ')')) p.raiseKnownRange(a, b, 'expected argument value expression');
  }
  p.pos = mark;
  // a=args b=for_if_clauses
  {
    const a = args(p);
    if (a !== null) {
      const b = forIfClauses(p);
      if (b !== null) {
        // _PyPegen_nonparen_genexp_in_call: `dict((a, b) for a, b in x)` is fine.
        const n = a.args.length;
        if (n > 1) {
          p.raiseKnownRange(a.args[n - 1]!, lastComprehensionItem(b[b.length - 1]!), 'Generator expression must be parenthesized');
        }
      }
    }
  }
  p.pos = mark;
  // args ',' a=expression b=for_if_clauses
  if (args(p) !== null && p.op(',')) {
    const a = expression(p);
    if (a !== null) {
      const b = forIfClauses(p);
      if (b !== null) {
        p.raiseKnownRange(a, lastComprehensionItem(b[b.length - 1]!), 'Generator expression must be parenthesized');
      }
    }
  }
  p.pos = mark;
  // a=args ',' args  (_PyPegen_arguments_parsing_error)
  {
    const a = args(p);
    if (a !== null && p.op(',') && args(p) !== null) {
      const unpacking = a.keywords.some((k) => k.arg === null);
      p.raiseError(unpacking ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument');
    }
  }
  p.pos = mark;
  return null;
}

/** invalid_kwarg */
export function invalidKwarg(p: Parser): null {
  const mark = p.pos;
  // a=('True'|'False'|'None') b='='
  {
    const t = p.peek();
    if (t.kind === TokenKind.NAME && (t.text === 'True' || t.text === 'False' || t.text === 'None')) {
      p.pos++;
      const b = p.op('=');
      if (b !== null) p.raiseKnownRange(t, b, `cannot assign to ${t.text}`);
    }
  }
  p.pos = mark;
  // a=NAME b='=' expression for_if_clauses
  {
    const a = p.nameToken();
    const b = a && p.op('=');
    if (a && b && expression(p) !== null && forIfClauses(p) !== null) {
      p.raiseKnownRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
  }
  p.pos = mark;
  // !(NAME '=') a=expression b='='
  {
    const isNameEq = p.nameToken() !== null && p.isOp('=');
    p.pos = mark;
    if (!isNameEq) {
      const a = expression(p);
      const b = a && p.op('=');
      if (a && b) p.raiseKnownRange(a, b, 'expression cannot contain assignment, perhaps you meant "=="?');
    }
  }
  p.pos = mark;
  // a='**' expression '=' b=expression
  {
    const a = p.op('**');
    if (a && expression(p) !== null && p.op('=')) {
      const b = expression(p);
      if (b !== null) p.raiseKnownRange(a, b, 'cannot assign to keyword argument unpacking');
    }
  }
  p.pos = mark;
  return null;
}

/** invalid_starred_expression_unpacking: a='*' expression '=' b=expression */
export function invalidStarredExpressionUnpacking(p: Parser): null {
  const mark = p.pos;
  const a = p.op('*');
  if (a && expression(p) !== null && p.op('=')) {
    const b = expression(p);
    if (b !== null) p.raiseKnownRange(a, b, 'cannot assign to iterable argument unpacking');
  }
  p.pos = mark;
  return null;
}

/** invalid_starred_expression: '*' */
export function invalidStarredExpression(p: Parser): null {
  if (p.op('*')) p.raiseError('Invalid star expression');
  return null;
}

// ---------------------------------------------------------------------------------------------
// Expressions

/** invalid_legacy_expression: a=NAME !'(' b=star_expressions */
export function invalidLegacyExpression(p: Parser): null {
  const mark = p.pos;
  const t = p.nameToken();
  if (t !== null && !p.isOp('(')) {
    const b = starExpressions(p);
    if (b !== null) {
      const a = nameFromToken(t);
      if (isLegacyStmt(a)) p.raiseKnownRange(a, b, `Missing parentheses in call to '${a.id}'. Did you mean ${a.id}(...)?`);
    }
  }
  p.pos = mark;
  return null;
}

/** invalid_expression */
export function invalidExpression(p: Parser): null {
  const mark = p.pos;
  // STRING a=(!STRING expression_without_invalid)+ STRING
  if (p.expect(TokenKind.STRING)) {
    const items: ExprNode[] = [];
    for (;;) {
      if (p.isKind(TokenKind.STRING)) break;
      const m = p.pos;
      const e = expressionWithoutInvalid(p);
      if (e === null) {
        p.pos = m;
        break;
      }
      items.push(e);
    }
    if (items.length && p.expect(TokenKind.STRING)) {
      p.raiseKnownRange(items[0]!, items[items.length - 1]!, 'invalid syntax. Is this intended to be part of the string?');
    }
  }
  p.pos = mark;
  // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
  {
    const t = p.peek();
    let blocked = false;
    if (t.kind === TokenKind.NAME) {
      if (p.nameToken() !== null && p.isKind(TokenKind.STRING)) blocked = true;
      p.pos = mark;
      if (SOFT_KEYWORD_TEXTS.has(t.text)) blocked = true;
    }
    if (!blocked) {
      const a = disjunction(p);
      if (a !== null) {
        const b = expressionWithoutInvalid(p);
        if (b !== null) {
          // _PyPegen_check_legacy_stmt(p, a) ? NULL : p->tokens[p->mark-1]->level == 0 ? NULL : ...
          if (!isLegacyStmt(a) && p.tokens[p.pos - 1]!.level !== 0) {
            p.raiseKnownRange(a, b, 'invalid syntax. Perhaps you forgot a comma?');
          }
        }
      }
    }
  }
  p.pos = mark;
  // a=disjunction 'if' b=disjunction !('else'|':')
  // a=disjunction 'if' b=disjunction 'else' !expression
  {
    const a = disjunction(p);
    if (a !== null && p.kw('if')) {
      const b = disjunction(p);
      if (b !== null) {
        if (!p.isKw('else') && !p.isOp(':')) p.raiseKnownRange(a, b, "expected 'else' after 'if' expression");
        if (p.kw('else') && not(p, expression)) {
          p.raiseError("expected expression after 'else', but statement is given", 'SyntaxError', true);
        }
      }
    }
  }
  p.pos = mark;
  // a=(pass_stmt|break_stmt|continue_stmt) 'if' b=disjunction 'else' simple_stmt
  {
    const t = p.peek();
    if (t.kind === TokenKind.NAME && (t.text === 'pass' || t.text === 'break' || t.text === 'continue')) {
      p.pos++;
      const a = { lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
      if (p.kw('if') && disjunction(p) !== null && p.kw('else') && simpleStmt(p) !== null) {
        p.raiseKnownLocation(a, "expected expression before 'if', but statement is given");
      }
    }
  }
  p.pos = mark;
  // a='lambda' [lambda_params] b=':' &FSTRING_MIDDLE / &TSTRING_MIDDLE
  {
    const a = p.kw('lambda');
    if (a !== null) {
      opt(p, lambdaParams);
      const b = p.op(':');
      if (b !== null) {
        if (p.isKind(TokenKind.FSTRING_MIDDLE)) p.raiseKnownRange(a, b, 'f-string: lambda expressions are not allowed without parentheses');
        if (p.isKind(TokenKind.TSTRING_MIDDLE)) p.raiseKnownRange(a, b, 't-string: lambda expressions are not allowed without parentheses');
      }
    }
  }
  p.pos = mark;
  return null;
}

const SOFT_KEYWORD_TEXTS = new Set(['_', 'case', 'match', 'type']);

/** invalid_named_expression (memo) */
export function invalidNamedExpression(p: Parser): null {
  const mark = p.pos;
  // a=expression ':=' expression
  {
    const a = expression(p);
    if (a !== null && p.op(':=') && expression(p) !== null) {
      p.raiseKnownLocation(a, `cannot use assignment expressions with ${getExprName(a)}`);
    }
  }
  p.pos = mark;
  // a=NAME '=' b=bitwise_or !('='|':=')
  {
    const a = p.nameToken();
    if (a !== null && p.op('=')) {
      const b = bitwiseOr(p);
      if (b !== null && !isAnyOp(p, '=', ':=')) {
        p.raiseKnownRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
    }
  }
  p.pos = mark;
  // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
  {
    let blocked = false;
    const t = p.peek();
    if (t.kind === TokenKind.NAME && (t.text === 'True' || t.text === 'None' || t.text === 'False')) blocked = true;
    else if (t.kind === TokenKind.OP && (t.text === '[' || t.text === '(')) {
      blocked = !not(p, list) || !not(p, tuple) || !not(p, genexp);
    }
    if (!blocked) {
      const a = bitwiseOr(p);
      if (a !== null && p.op('=') && bitwiseOr(p) !== null && !isAnyOp(p, '=', ':=')) {
        p.raiseKnownLocation(a, `cannot assign to ${getExprName(a)} here. Maybe you meant '==' instead of '='?`);
      }
    }
  }
  p.pos = mark;
  return null;
}

/** invalid_arithmetic: sum ('+'|'-'|'*'|'/'|'%'|'//'|'@') a='not' b=inversion */
export function invalidArithmetic(p: Parser): null {
  const mark = p.pos;
  if (sum(p) !== null && anyOp(p, '+', '-', '*', '/', '%', '//', '@')) {
    const a = p.kw('not');
    if (a !== null) {
      const b = inversion(p);
      if (b !== null) p.raiseKnownRange(a, b, "'not' after an operator must be parenthesized");
    }
  }
  p.pos = mark;
  return null;
}

/** invalid_factor: ('+' | '-' | '~') a='not' b=factor */
export function invalidFactor(p: Parser): null {
  const mark = p.pos;
  if (anyOp(p, '+', '-', '~')) {
    const a = p.kw('not');
    if (a !== null) {
      const b = factor(p);
      if (b !== null) p.raiseKnownRange(a, b, "'not' after an operator must be parenthesized");
    }
  }
  p.pos = mark;
  return null;
}

/** invalid_group: '(' a=starred_expression ')' | '(' a='**' expression ')' */
export function invalidGroup(p: Parser): null {
  const mark = p.pos;
  if (p.op('(')) {
    const a = starredExpression(p);
    if (a !== null && p.op(')')) p.raiseKnownLocation(a, 'cannot use starred expression here');
  }
  p.pos = mark;
  if (p.op('(')) {
    const a = p.op('**');
    if (a !== null && expression(p) !== null && p.op(')')) p.raiseKnownLocation(a, 'cannot use double starred expression here');
  }
  p.pos = mark;
  return null;
}

/** invalid_string_tstring_concat: a=(fstring|string)+ b=tstring | a=tstring+ b=(fstring|string) */
export function invalidStringTstringConcat(p: Parser): null {
  const mark = p.pos;
  const fstringOrString = (q: Parser): ExprNode | null => {
    const t = q.peek();
    if (t.kind === TokenKind.STRING) return stringRule(q);
    if (t.kind === TokenKind.FSTRING_START) return fstringRule(q);
    return null;
  };
  const tstring = (q: Parser): ExprNode | null => (q.isKind(TokenKind.TSTRING_START) ? tstringRule(q) : null);
  const msg = 'cannot mix t-string literals with string or bytes literals';
  let a = star(p, fstringOrString);
  if (a.length) {
    const b = tstring(p);
    if (b !== null) p.raiseKnownRange(a[a.length - 1]!, b, msg);
  }
  p.pos = mark;
  a = star(p, tstring);
  if (a.length) {
    const b = fstringOrString(p);
    if (b !== null) p.raiseKnownRange(a[a.length - 1]!, b, msg);
  }
  p.pos = mark;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Dicts, sets and comprehensions

/** invalid_double_starred_kvpairs */
export function invalidDoubleStarredKvpairs(p: Parser): null {
  const mark = p.pos;
  // ','.double_starred_kvpair+ ',' invalid_kvpair
  if (sepList(p, doubleStarredKvpair) !== null && p.op(',')) invalidKvpair(p);
  p.pos = mark;
  // expression ':' a='*' bitwise_or
  if (expression(p) !== null && p.op(':')) {
    const a = p.op('*');
    if (a !== null && bitwiseOr(p) !== null) p.raiseStartingFrom(a, 'cannot use a starred expression in a dictionary value');
  }
  p.pos = mark;
  // expression a=':' &('}'|',')
  if (expression(p) !== null) {
    const a = p.op(':');
    if (a !== null && isAnyOp(p, '}', ',')) p.raiseKnownLocation(a, "expression expected after dictionary key and ':'");
  }
  p.pos = mark;
  return null;
}

/** invalid_kvpair */
export function invalidKvpair(p: Parser): null {
  const mark = p.pos;
  // a=expression !(':')
  {
    const a = expression(p);
    if (a !== null && !p.isOp(':')) {
      p.raiseAt('SyntaxError', "':' expected after dictionary key", a.lineno, a.end_col_offset, a.end_lineno, 0);
    }
  }
  p.pos = mark;
  // expression ':' a='*' bitwise_or
  if (expression(p) !== null && p.op(':')) {
    const a = p.op('*');
    if (a !== null && bitwiseOr(p) !== null) p.raiseStartingFrom(a, 'cannot use a starred expression in a dictionary value');
  }
  p.pos = mark;
  // expression a=':' &('}'|',')
  if (expression(p) !== null) {
    const a = p.op(':');
    if (a !== null && isAnyOp(p, '}', ',')) p.raiseKnownLocation(a, "expression expected after dictionary key and ':'");
  }
  p.pos = mark;
  return null;
}

/** invalid_comprehension */
export function invalidComprehension(p: Parser): null {
  const mark = p.pos;
  // ('[' | '(' | '{') a=starred_expression for_if_clauses
  if (anyOp(p, '[', '(', '{')) {
    const a = starredExpression(p);
    if (a !== null && forIfClauses(p) !== null) p.raiseKnownLocation(a, 'iterable unpacking cannot be used in comprehension');
  }
  p.pos = mark;
  // ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
  if (anyOp(p, '[', '{')) {
    const a = starNamedExpression(p);
    if (a !== null && p.op(',')) {
      const b = starNamedExpressions(p);
      if (b !== null && forIfClauses(p) !== null) {
        p.raiseKnownRange(a, b[b.length - 1]!, 'did you forget parentheses around the comprehension target?');
      }
    }
  }
  p.pos = mark;
  // ('[' | '{') a=star_named_expression b=',' for_if_clauses
  if (anyOp(p, '[', '{')) {
    const a = starNamedExpression(p);
    const b = a && p.op(',');
    if (a && b && forIfClauses(p) !== null) p.raiseKnownRange(a, b, 'did you forget parentheses around the comprehension target?');
  }
  p.pos = mark;
  return null;
}

/** invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}' */
export function invalidDictComprehension(p: Parser): null {
  const mark = p.pos;
  if (p.op('{')) {
    const a = p.op('**');
    if (a !== null && bitwiseOr(p) !== null && forIfClauses(p) !== null && p.op('}')) {
      p.raiseKnownLocation(a, 'dict unpacking cannot be used in dict comprehension');
    }
  }
  p.pos = mark;
  return null;
}

/** invalid_for_if_clause: 'async'? 'for' (bitwise_or (',' bitwise_or)* [',']) !'in' */
export function invalidForIfClause(p: Parser): null {
  const mark = p.pos;
  p.kw('async');
  if (p.kw('for') && sepList(p, bitwiseOr) !== null) {
    p.op(',');
    if (!p.isKw('in')) p.raiseError("'in' expected after for-loop variables");
  }
  p.pos = mark;
  return null;
}

/** invalid_for_target: 'async'? 'for' a=star_expressions */
export function invalidForTarget(p: Parser): null {
  const mark = p.pos;
  p.kw('async');
  if (p.kw('for')) {
    const a = starExpressions(p);
    if (a !== null) raiseInvalidTarget(p, Targets.FOR, a);
  }
  p.pos = mark;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Assignment, del, assert

/** invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')' */
function invalidAnnAssignTarget(p: Parser): ExprNode | null {
  const mark = p.pos;
  const l = list(p);
  if (l !== null) return l;
  p.pos = mark;
  const t = tuple(p);
  if (t !== null) return t;
  p.pos = mark;
  if (p.op('(')) {
    const a = invalidAnnAssignTarget(p);
    if (a !== null && p.op(')')) return a;
  }
  p.pos = mark;
  return null;
}

/** (star_targets '=')* */
function starTargetsEqRepeat(p: Parser): void {
  for (;;) {
    const m = p.pos;
    if (starTargets(p) === null || !p.op('=')) {
      p.pos = m;
      return;
    }
  }
}

/** invalid_assignment */
export function invalidAssignment(p: Parser): null {
  const mark = p.pos;
  // a=invalid_ann_assign_target ':' expression
  {
    const a = invalidAnnAssignTarget(p);
    if (a !== null && p.op(':') && expression(p) !== null) {
      p.raiseKnownLocation(a, `only single target (not ${getExprName(a)}) can be annotated`);
    }
  }
  p.pos = mark;
  // a=star_named_expression ',' star_named_expressions* ':' expression
  {
    const a = starNamedExpression(p);
    if (a !== null && p.op(',')) {
      star(p, starNamedExpressions);
      if (p.op(':') && expression(p) !== null) p.raiseKnownLocation(a, 'only single target (not tuple) can be annotated');
    }
  }
  p.pos = mark;
  // a=expression ':' expression
  {
    const a = expression(p);
    if (a !== null && p.op(':') && expression(p) !== null) p.raiseKnownLocation(a, 'illegal target for annotation');
  }
  p.pos = mark;
  // (star_targets '=')* a=star_expressions '='
  {
    starTargetsEqRepeat(p);
    const a = starExpressions(p);
    if (a !== null && p.op('=')) raiseInvalidTarget(p, Targets.STAR, a);
  }
  p.pos = mark;
  // (star_targets '=')* a=yield_expr '='
  {
    starTargetsEqRepeat(p);
    const a = yieldExpr(p);
    if (a !== null && p.op('=')) p.raiseKnownLocation(a, 'assignment to yield expression not possible');
  }
  p.pos = mark;
  // a=star_expressions augassign annotated_rhs
  {
    const a = starExpressions(p);
    if (a !== null) {
      const t = p.peek();
      if (t.kind === TokenKind.OP && AUGASSIGN_OPS.has(t.text)) {
        p.pos++;
        if (t.text === '@=') p.checkVersion(5, "The '@' operator is", t);
        if (annotatedRhs(p) !== null) {
          p.raiseKnownLocation(a, `'${getExprName(a)}' is an illegal expression for augmented assignment`);
        }
      }
    }
  }
  p.pos = mark;
  return null;
}

/** invalid_del_stmt: 'del' a=star_expressions */
export function invalidDelStmt(p: Parser): null {
  const mark = p.pos;
  if (p.kw('del')) {
    const a = starExpressions(p);
    if (a !== null) raiseInvalidTarget(p, Targets.DEL, a);
  }
  p.pos = mark;
  return null;
}

/** invalid_assert_stmt does not exist in 3.14 (`assert x = 1` is a plain "invalid syntax"). */
export function invalidAssertStmt(p: Parser): null {
  void p;
  return null;
}

/** invalid_raise_stmt does not exist in 3.14 (`raise from x` is a plain "invalid syntax"). */
export function invalidRaiseStmt(p: Parser, start: Token): null {
  void [p, start];
  return null;
}

// ---------------------------------------------------------------------------------------------
// Imports

/** invalid_import */
export function invalidImport(p: Parser): null {
  const mark = p.pos;
  // a='import' ','.dotted_name+ 'from' dotted_name
  {
    const a = p.kw('import');
    if (a !== null && sepList(p, dottedName) !== null && p.kw('from') && dottedName(p) !== null) {
      p.raiseStartingFrom(a, "Did you mean to use 'from ... import ...' instead?");
    }
  }
  p.pos = mark;
  // 'import' token=NEWLINE
  if (p.kw('import')) {
    const t = p.expect(TokenKind.NEWLINE);
    if (t !== null) p.raiseStartingFrom(t, "Expected one or more names after 'import'");
  }
  p.pos = mark;
  return null;
}

/** !(NAME (',' | ')' | ';' | NEWLINE)) a=expression: the part shared by the two as-target rules. */
function invalidAsImportTarget(p: Parser): void {
  const m = p.pos;
  const blocked = p.nameToken() !== null && (isAnyOp(p, ',', ')', ';') || p.isKind(TokenKind.NEWLINE));
  p.pos = m;
  if (blocked) return;
  const a = expression(p);
  if (a !== null) p.raiseKnownLocation(a, `cannot use ${getExprName(a)} as import target`);
}

/** invalid_dotted_as_name: dotted_name 'as' !(NAME (',' | ')' | ';' | NEWLINE)) a=expression */
export function invalidDottedAsName(p: Parser): null {
  const mark = p.pos;
  if (dottedName(p) !== null && p.kw('as')) invalidAsImportTarget(p);
  p.pos = mark;
  return null;
}

/** invalid_import_from_as_name: NAME 'as' !(NAME (',' | ')' | ';' | NEWLINE)) a=expression */
export function invalidImportFromAsName(p: Parser): null {
  const mark = p.pos;
  if (p.nameToken() !== null && p.kw('as')) invalidAsImportTarget(p);
  p.pos = mark;
  return null;
}

/** invalid_import_from_targets: import_from_as_names ',' NEWLINE | token=NEWLINE */
export function invalidImportFromTargets(p: Parser): null {
  const mark = p.pos;
  if (sepList(p, importFromAsName) !== null && p.op(',') && p.expect(TokenKind.NEWLINE)) {
    p.raiseError('trailing comma not allowed without surrounding parentheses');
  }
  p.pos = mark;
  const t = p.expect(TokenKind.NEWLINE);
  if (t !== null) p.raiseStartingFrom(t, "Expected one or more names after 'import'");
  p.pos = mark;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Blocks and compound statements

/** invalid_block: NEWLINE !INDENT */
export function invalidBlock(p: Parser): null {
  const mark = p.pos;
  if (newlineNoIndent(p)) p.raiseIndentationError('expected an indented block');
  p.pos = mark;
  return null;
}

/** invalid_if_stmt / invalid_elif_stmt */
export function invalidIfStmt(p: Parser, keyword: 'if' | 'elif'): null {
  const mark = p.pos;
  // 'if' named_expression NEWLINE
  if (p.kw(keyword) && namedExpression(p) !== null && p.expect(TokenKind.NEWLINE)) p.raiseError("expected ':'");
  p.pos = mark;
  // a='if' a=named_expression ':' NEWLINE !INDENT
  const a = p.kw(keyword);
  if (a !== null && namedExpression(p) !== null && p.op(':') && newlineNoIndent(p)) {
    p.raiseIndentationError(`expected an indented block after '${keyword}' statement on line ${a.lineno}`);
  }
  p.pos = mark;
  return null;
}

/** invalid_else_stmt: a='else' ':' NEWLINE !INDENT | 'else' ':' block 'elif' */
export function invalidElseStmt(p: Parser): null {
  const mark = p.pos;
  const a = p.kw('else');
  if (a !== null && p.op(':') && newlineNoIndent(p)) {
    p.raiseIndentationError(`expected an indented block after 'else' statement on line ${a.lineno}`);
  }
  p.pos = mark;
  if (p.kw('else') && p.op(':') && block(p) !== null && p.kw('elif')) p.raiseError("'elif' block follows an 'else' block");
  p.pos = mark;
  return null;
}

/** invalid_while_stmt */
export function invalidWhileStmt(p: Parser): null {
  const mark = p.pos;
  if (p.kw('while') && namedExpression(p) !== null && p.expect(TokenKind.NEWLINE)) p.raiseError("expected ':'");
  p.pos = mark;
  const a = p.kw('while');
  if (a !== null && namedExpression(p) !== null && p.op(':') && newlineNoIndent(p)) {
    p.raiseIndentationError(`expected an indented block after 'while' statement on line ${a.lineno}`);
  }
  p.pos = mark;
  return null;
}

/** invalid_for_stmt */
export function invalidForStmt(p: Parser): null {
  const mark = p.pos;
  // ['async'] 'for' star_targets 'in' star_expressions NEWLINE
  p.kw('async');
  if (p.kw('for') && starTargets(p) !== null && p.kw('in') && starExpressions(p) !== null && p.expect(TokenKind.NEWLINE)) {
    p.raiseError("expected ':'");
  }
  p.pos = mark;
  // ['async'] a='for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
  p.kw('async');
  const a = p.kw('for');
  if (a !== null && starTargets(p) !== null && p.kw('in') && starExpressions(p) !== null && p.op(':') && newlineNoIndent(p)) {
    p.raiseIndentationError(`expected an indented block after 'for' statement on line ${a.lineno}`);
  }
  p.pos = mark;
  return null;
}

/** _PyPegen_expect_forced_token (&&'x') */
function forced(p: Parser, text: string): Token {
  const t = p.peek();
  if (t.kind === TokenKind.OP && t.text === text) {
    p.pos++;
    return t;
  }
  return p.raiseKnownLocation(t, `expected '${text}'`);
}

/** invalid_def_raw */
export function invalidDefRaw(p: Parser): null {
  const mark = p.pos;
  // ['async'] a='def' NAME [type_params] '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
  p.kw('async');
  const a = p.kw('def');
  if (a !== null && p.nameToken() !== null) {
    opt(p, typeParams);
    if (p.op('(')) {
      opt(p, params);
      if (p.op(')')) {
        optArrow(p);
        if (p.op(':') && newlineNoIndent(p)) {
          p.raiseIndentationError(`expected an indented block after function definition on line ${a.lineno}`);
        }
      }
    }
  }
  p.pos = mark;
  // ['async'] 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
  p.kw('async');
  if (p.kw('def') && p.nameToken() !== null) {
    opt(p, typeParams);
    forced(p, '(');
    opt(p, params);
    if (p.op(')')) {
      optArrow(p);
      forced(p, ':');
      opt(p, funcTypeComment);
      block(p);
    }
  }
  p.pos = mark;
  return null;
}

function optArrow(p: Parser): void {
  const m = p.pos;
  if (p.op('->') && expression(p) !== null) return;
  p.pos = m;
}

/** ['(' [arguments] ')'] */
function optClassArgs(p: Parser): void {
  const m = p.pos;
  if (p.op('(')) {
    opt(p, arguments_);
    if (p.op(')')) return;
  }
  p.pos = m;
}

/** invalid_class_def_raw */
export function invalidClassDefRaw(p: Parser): null {
  const mark = p.pos;
  // 'class' NAME [type_params] ['(' [arguments] ')'] NEWLINE
  if (p.kw('class') && p.nameToken() !== null) {
    opt(p, typeParams);
    optClassArgs(p);
    if (p.expect(TokenKind.NEWLINE)) p.raiseError("expected ':'");
  }
  p.pos = mark;
  // a='class' NAME [type_params] ['(' [arguments] ')'] ':' NEWLINE !INDENT
  const a = p.kw('class');
  if (a !== null && p.nameToken() !== null) {
    opt(p, typeParams);
    optClassArgs(p);
    if (p.op(':') && newlineNoIndent(p)) {
      p.raiseIndentationError(`expected an indented block after class definition on line ${a.lineno}`);
    }
  }
  p.pos = mark;
  return null;
}

/** invalid_double_type_comments: TYPE_COMMENT NEWLINE TYPE_COMMENT NEWLINE INDENT */
export function invalidDoubleTypeComments(p: Parser): null {
  const mark = p.pos;
  if (
    p.expect(TokenKind.TYPE_COMMENT) && p.expect(TokenKind.NEWLINE) && p.expect(TokenKind.TYPE_COMMENT) &&
    p.expect(TokenKind.NEWLINE) && p.expect(TokenKind.INDENT)
  ) {
    p.raiseError('Cannot have two type comments on def');
  }
  p.pos = mark;
  return null;
}

// ---------------------------------------------------------------------------------------------
// with

/** ','.(expression ['as' star_target])+ (or with `expressions` inside parentheses) */
function withItemsLoose(p: Parser, itemExpr: (p: Parser) => ExprNode | null): boolean {
  const item = (q: Parser): true | null => {
    if (itemExpr(q) === null) return null;
    const m = q.pos;
    if (!(q.kw('as') && starTarget(q) !== null)) q.pos = m;
    return true;
  };
  return sepList(p, item) !== null;
}

/** invalid_with_item: expression 'as' a=expression &(',' | ')' | ':') */
export function invalidWithItem(p: Parser): null {
  const mark = p.pos;
  if (expression(p) !== null && p.kw('as')) {
    const a = expression(p);
    if (a !== null && isAnyOp(p, ',', ')', ':')) raiseInvalidTarget(p, Targets.STAR, a);
  }
  p.pos = mark;
  return null;
}

/** invalid_with_stmt */
export function invalidWithStmt(p: Parser): null {
  const mark = p.pos;
  // ['async'] 'with' ','.(expression ['as' star_target])+ NEWLINE
  p.kw('async');
  if (p.kw('with') && withItemsLoose(p, expression) && p.expect(TokenKind.NEWLINE)) p.raiseError("expected ':'");
  p.pos = mark;
  // ['async'] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
  p.kw('async');
  if (p.kw('with') && p.op('(') && withItemsLoose(p, expressions)) {
    p.op(',');
    if (p.op(')') && p.expect(TokenKind.NEWLINE)) p.raiseError("expected ':'");
  }
  p.pos = mark;
  return null;
}

/** invalid_with_stmt_indent */
export function invalidWithStmtIndent(p: Parser): null {
  const mark = p.pos;
  p.kw('async');
  let a = p.kw('with');
  if (a !== null && withItemsLoose(p, expression) && p.op(':') && newlineNoIndent(p)) {
    p.raiseIndentationError(`expected an indented block after 'with' statement on line ${a.lineno}`);
  }
  p.pos = mark;
  p.kw('async');
  a = p.kw('with');
  if (a !== null && p.op('(') && withItemsLoose(p, expressions)) {
    p.op(',');
    if (p.op(')') && p.op(':') && newlineNoIndent(p)) {
      p.raiseIndentationError(`expected an indented block after 'with' statement on line ${a.lineno}`);
    }
  }
  p.pos = mark;
  return null;
}

// ---------------------------------------------------------------------------------------------
// try / except / finally

/** invalid_try_stmt */
export function invalidTryStmt(p: Parser): null {
  const mark = p.pos;
  // a='try' ':' NEWLINE !INDENT
  const a = p.kw('try');
  if (a !== null && p.op(':') && newlineNoIndent(p)) {
    p.raiseIndentationError(`expected an indented block after 'try' statement on line ${a.lineno}`);
  }
  p.pos = mark;
  // 'try' ':' block !('except' | 'finally')
  if (p.kw('try') && p.op(':') && block(p) !== null && !p.isKw('except') && !p.isKw('finally')) {
    p.raiseError("expected 'except' or 'finally' block");
  }
  p.pos = mark;
  // 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':'
  if (p.kw('try') && p.op(':')) {
    star(p, block);
    if (star(p, (q) => exceptBlock(q, false)).length) {
      const e = p.kw('except');
      const b = e && p.op('*');
      if (e && b && expression(p) !== null) {
        optAsName(p);
        if (p.op(':')) p.raiseKnownRange(e, b, "cannot have both 'except' and 'except*' on the same 'try'");
      }
    }
  }
  p.pos = mark;
  // 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':'
  if (p.kw('try') && p.op(':')) {
    star(p, block);
    if (star(p, (q) => exceptBlock(q, true)).length) {
      const e = p.kw('except');
      if (e !== null) {
        const m = p.pos;
        if (expression(p) !== null) optAsName(p);
        else p.pos = m;
        if (p.op(':')) p.raiseKnownLocation(e, "cannot have both 'except' and 'except*' on the same 'try'");
      }
    }
  }
  p.pos = mark;
  return null;
}

/** invalid_except_stmt / invalid_except_star_stmt */
export function invalidExceptStmt(p: Parser, isStar: boolean): null {
  const mark = p.pos;
  const head = (): Token | null => {
    p.pos = mark;
    const e = p.kw('except');
    if (e === null) return null;
    if (isStar && !p.op('*')) return null;
    return e;
  };
  // 'except' ['*'] a=expression ',' expressions 'as' NAME ':'
  if (head()) {
    const a = expression(p);
    if (a !== null && p.op(',') && expressions(p) !== null && p.kw('as') && p.nameToken() !== null && p.op(':')) {
      p.raiseStartingFrom(a, "multiple exception types must be parenthesized when using 'as'");
    }
  }
  // a='except' ['*'] expression ['as' NAME ] NEWLINE
  if (head() && expression(p) !== null) {
    optAsName(p);
    if (p.expect(TokenKind.NEWLINE)) p.raiseError("expected ':'");
  }
  if (!isStar) {
    // a='except' NEWLINE
    if (head() && p.expect(TokenKind.NEWLINE)) p.raiseError("expected ':'");
  } else {
    // a='except' '*' (NEWLINE | ':')
    if (head() && (p.expect(TokenKind.NEWLINE) || p.op(':'))) p.raiseError('expected one or more exception types');
  }
  // 'except' ['*'] expression 'as' a=expression ':' block
  if (head() && expression(p) !== null && p.kw('as')) {
    const a = expression(p);
    if (a !== null && p.op(':') && block(p) !== null) {
      p.raiseKnownLocation(a, `cannot use except${isStar ? '*' : ''} statement with ${getExprName(a)}`);
    }
  }
  p.pos = mark;
  return null;
}

/** invalid_except_stmt_indent / invalid_except_star_stmt_indent */
export function invalidExceptStmtIndent(p: Parser, isStar: boolean): null {
  const mark = p.pos;
  const what = isStar ? 'except*' : 'except';
  // a='except' ['*'] expression ['as' NAME ] ':' NEWLINE !INDENT
  let a = p.kw('except');
  if (a !== null && (!isStar || p.op('*')) && expression(p) !== null) {
    optAsName(p);
    if (p.op(':') && newlineNoIndent(p)) p.raiseIndentationError(`expected an indented block after '${what}' statement on line ${a.lineno}`);
  }
  p.pos = mark;
  // a='except' ':' NEWLINE !INDENT  (plain except only)
  if (!isStar) {
    a = p.kw('except');
    if (a !== null && p.op(':') && newlineNoIndent(p)) {
      p.raiseIndentationError(`expected an indented block after 'except' statement on line ${a.lineno}`);
    }
  }
  p.pos = mark;
  return null;
}

/** invalid_finally_stmt: a='finally' ':' NEWLINE !INDENT */
export function invalidFinallyStmt(p: Parser): null {
  const mark = p.pos;
  const a = p.kw('finally');
  if (a !== null && p.op(':') && newlineNoIndent(p)) {
    p.raiseIndentationError(`expected an indented block after 'finally' statement on line ${a.lineno}`);
  }
  p.pos = mark;
  return null;
}

// ---------------------------------------------------------------------------------------------
// match

/** invalid_match_stmt: "match" subject_expr NEWLINE | a="match" subject_expr ':' NEWLINE !INDENT */
export function invalidMatchStmt(p: Parser): null {
  const mark = p.pos;
  if (p.softKw('match') && subjectExpr(p) !== null && p.expect(TokenKind.NEWLINE)) p.raiseError("expected ':'");
  p.pos = mark;
  const a = p.softKw('match');
  if (a !== null && subjectExpr(p) !== null && p.op(':') && newlineNoIndent(p)) {
    p.raiseIndentationError(`expected an indented block after 'match' statement on line ${a.lineno}`);
  }
  p.pos = mark;
  return null;
}

/** invalid_case_block: "case" patterns guard? NEWLINE | a="case" patterns guard? ':' NEWLINE !INDENT */
export function invalidCaseBlock(p: Parser): null {
  const mark = p.pos;
  if (p.softKw('case') && patterns(p) !== null) {
    optionalGuard(p);
    if (p.expect(TokenKind.NEWLINE)) p.raiseError("expected ':'");
  }
  p.pos = mark;
  const a = p.softKw('case');
  if (a !== null && patterns(p) !== null) {
    optionalGuard(p);
    if (p.op(':') && newlineNoIndent(p)) {
      p.raiseIndentationError(`expected an indented block after 'case' statement on line ${a.lineno}`);
    }
  }
  p.pos = mark;
  return null;
}

/** invalid_as_pattern: or_pattern 'as' a="_" | or_pattern 'as' a=expression */
export function invalidAsPattern(p: Parser): null {
  const mark = p.pos;
  if (orPattern(p) !== null && p.kw('as')) {
    const u = p.softKw('_');
    if (u !== null) p.raiseKnownLocation(u, "cannot use '_' as a target");
  }
  p.pos = mark;
  if (orPattern(p) !== null && p.kw('as')) {
    const a = expression(p);
    if (a !== null) p.raiseKnownLocation(a, `cannot use ${getExprName(a)} as pattern target`);
  }
  p.pos = mark;
  return null;
}

/** invalid_class_pattern: name_or_attr '(' a=invalid_class_argument_pattern */
export function invalidClassPattern(p: Parser): null {
  const mark = p.pos;
  if (nameOrAttr(p) !== null && p.op('(')) {
    const a = invalidClassArgumentPattern(p);
    if (a !== null) p.raiseKnownRange(a[0]!, a[a.length - 1]!, 'positional patterns follow keyword patterns');
  }
  p.pos = mark;
  return null;
}

/** invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' a=positional_patterns */
function invalidClassArgumentPattern(p: Parser): PatternNode[] | null {
  const mark = p.pos;
  if (!(positionalPatterns(p) !== null && p.op(','))) p.pos = mark;
  if (keywordPatterns(p) !== null && p.op(',')) {
    const a = positionalPatterns(p);
    if (a !== null) return a;
  }
  p.pos = mark;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Parameters (def and lambda)

/** param_no_default / lambda_param_no_default etc., bound to a style. */
const bind =
  <T>(rule: (p: Parser, s: ParamStyle) => T | null, s: ParamStyle) =>
  (p: Parser): T | null =>
    rule(p, s);

/** invalid_parameters / invalid_lambda_parameters */
export function invalidParameters(p: Parser, s: ParamStyle): null {
  const mark = p.pos;
  const noDefault = bind(paramNoDefault, s);
  const maybeDefault = bind(paramMaybeDefault, s);
  const slashNo = bind(slashNoDefault, s);
  const slashWith = bind(slashWithDefault, s);
  const slashAny = (q: Parser): unknown => {
    const m = q.pos;
    const r = slashNo(q);
    if (r !== null) return r;
    q.pos = m;
    return slashWith(q);
  };
  // a="/" ','
  {
    const a = p.op('/');
    if (a !== null && p.op(',')) p.raiseKnownLocation(a, 'at least one argument must precede /');
  }
  p.pos = mark;
  // (slash_no_default | slash_with_default) param_maybe_default* a='/'
  if (slashAny(p) !== null) {
    star(p, maybeDefault);
    const a = p.op('/');
    if (a !== null) p.raiseKnownLocation(a, '/ may appear only once');
  }
  p.pos = mark;
  // slash_no_default? param_no_default* invalid_parameters_helper a=param_no_default
  {
    opt(p, slashNo);
    star(p, noDefault);
    // invalid_parameters_helper: slash_with_default | param_with_default+
    const m = p.pos;
    let helper = slashWith(p) !== null;
    if (!helper) {
      p.pos = m;
      helper = star(p, bind(paramWithDefault, s)).length > 0;
    }
    if (helper) {
      const a = noDefault(p);
      if (a !== null) p.raiseKnownLocation(a, 'parameter without a default follows parameter with a default');
    }
  }
  p.pos = mark;
  if (!s.isLambda) {
    // param_no_default* a='(' param_no_default+ ','? b=')'
    star(p, noDefault);
    const a = p.op('(');
    if (a !== null && star(p, noDefault).length) {
      p.op(',');
      const b = p.op(')');
      if (b !== null) p.raiseKnownRange(a, b, 'Function parameters cannot be parenthesized');
    }
  } else {
    // lambda_param_no_default* a='(' ','.lambda_param+ ','? b=')'
    star(p, noDefault);
    const a = p.op('(');
    if (a !== null && sepList(p, bind(param, s)) !== null) {
      p.op(',');
      const b = p.op(')');
      if (b !== null) p.raiseKnownRange(a, b, 'Lambda expression parameters cannot be parenthesized');
    }
  }
  p.pos = mark;
  // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
  //   param_maybe_default* a='/'
  {
    opt(p, slashAny);
    star(p, maybeDefault);
    if (p.op('*')) {
      const m = p.pos;
      let ok = p.op(',') !== null;
      if (!ok) {
        p.pos = m;
        ok = noDefault(p) !== null;
      }
      if (ok) {
        star(p, maybeDefault);
        const a = p.op('/');
        if (a !== null) p.raiseKnownLocation(a, '/ must be ahead of *');
      }
    }
  }
  p.pos = mark;
  // param_maybe_default+ '/' a='*'
  if (star(p, maybeDefault).length && p.op('/')) {
    const a = p.op('*');
    if (a !== null) p.raiseKnownLocation(a, 'expected comma between / and *');
  }
  p.pos = mark;
  return null;
}

/** invalid_default: a='=' &(')'|',') */
export function invalidDefault(p: Parser): null {
  const mark = p.pos;
  const a = p.op('=');
  if (a !== null && isAnyOp(p, ')', ',')) p.raiseKnownLocation(a, 'expected default value expression');
  p.pos = mark;
  return null;
}

/** invalid_star_etc / invalid_lambda_star_etc */
export function invalidStarEtc(p: Parser, s: ParamStyle): null {
  const mark = p.pos;
  const close = s.close;
  // a='*' (')' | ',' (')' | '**'))     (lambda: '*' (':' | ',' (':' | '**')), at the last token)
  {
    const a = p.op('*');
    if (a !== null) {
      let ok = p.op(close) !== null;
      if (!ok && p.op(',')) ok = anyOp(p, close, '**') !== null;
      if (ok) {
        if (s.isLambda) p.raiseError('named arguments must follow bare *');
        p.raiseKnownLocation(a, 'named arguments must follow bare *');
      }
    }
  }
  p.pos = mark;
  // '*' ',' TYPE_COMMENT
  if (!s.isLambda && p.op('*') && p.op(',') && p.expect(TokenKind.TYPE_COMMENT)) p.raiseError('bare * has associated type comment');
  p.pos = mark;
  // '*' param a='='
  if (p.op('*') && param(p, s) !== null) {
    const a = p.op('=');
    if (a !== null) p.raiseKnownLocation(a, 'var-positional argument cannot have default value');
  }
  p.pos = mark;
  // '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
  {
    const noDefaultOrComma = (q: Parser): true | null => {
      const m = q.pos;
      if (paramNoDefault(q, s) !== null) return true;
      q.pos = m;
      return q.op(',') !== null ? true : null;
    };
    if (p.op('*') && noDefaultOrComma(p)) {
      star(p, bind(paramMaybeDefault, s));
      const a = p.op('*');
      if (a !== null && noDefaultOrComma(p)) p.raiseKnownLocation(a, '* argument may appear only once');
    }
  }
  p.pos = mark;
  return null;
}

/** invalid_kwds / invalid_lambda_kwds */
export function invalidKwds(p: Parser, s: ParamStyle): null {
  const mark = p.pos;
  // '**' param a='='
  if (p.op('**') && param(p, s) !== null) {
    const a = p.op('=');
    if (a !== null) p.raiseKnownLocation(a, 'var-keyword argument cannot have default value');
  }
  p.pos = mark;
  // '**' param ',' a=param
  if (p.op('**') && param(p, s) !== null && p.op(',')) {
    const a = param(p, s);
    if (a !== null) p.raiseKnownLocation(a, 'arguments cannot follow var-keyword argument');
  }
  p.pos = mark;
  // '**' param ',' a=('*'|'**'|'/')
  if (p.op('**') && param(p, s) !== null && p.op(',')) {
    const a = anyOp(p, '*', '**', '/');
    if (a !== null) p.raiseKnownLocation(a, 'arguments cannot follow var-keyword argument');
  }
  p.pos = mark;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Type parameters

/** invalid_type_params: '[' token=']' */
export function invalidTypeParams(p: Parser): null {
  const mark = p.pos;
  if (p.op('[')) {
    const t = p.op(']');
    if (t !== null) p.raiseStartingFrom(t, 'Type parameter list cannot be empty');
  }
  p.pos = mark;
  return null;
}

/** invalid_type_param: '*' NAME colon=':' e=expression | '**' NAME colon=':' e=expression */
export function invalidTypeParam(p: Parser): null {
  const mark = p.pos;
  for (const [op, what] of [['*', 'TypeVarTuple'], ['**', 'ParamSpec']] as const) {
    p.pos = mark;
    if (p.op(op) && p.nameToken() !== null) {
      const colon = p.op(':');
      if (colon !== null) {
        const e = expression(p);
        if (e !== null) {
          p.raiseStartingFrom(colon, e._type === 'Tuple' ? `cannot use constraints with ${what}` : `cannot use bound with ${what}`);
        }
      }
    }
  }
  p.pos = mark;
  return null;
}

// ---------------------------------------------------------------------------------------------
// f-strings and t-strings

/** fstring_format_spec: FSTRING_MIDDLE | fstring_replacement_field */
function fstringFormatSpecItem(p: Parser): true | null {
  if (p.expect(TokenKind.FSTRING_MIDDLE)) return true;
  return replacementField(p, false) !== null ? true : null;
}

/** invalid_fstring_replacement_field / invalid_tstring_replacement_field */
export function invalidReplacementField(p: Parser, isTemplate: boolean): null {
  const mark = p.pos;
  const kind = isTemplate ? 't-string' : 'f-string';
  const onNext = (msg: string): never => p.raiseError(`${kind}: ${msg}`, 'SyntaxError', true);
  const lbrace = (): boolean => {
    p.pos = mark;
    return p.op('{') !== null;
  };
  // '{' a=('=' | '!' | ':' | '}')
  if (lbrace()) {
    const a = anyOp(p, '=', '!', ':', '}');
    if (a !== null) p.raiseKnownLocation(a, `${kind}: valid expression required before '${a.text}'`);
  }
  // '{' !annotated_rhs
  if (lbrace() && not(p, annotatedRhs)) onNext("expecting a valid expression after '{'");
  // '{' annotated_rhs !('=' | '!' | ':' | '}')
  if (lbrace() && annotatedRhs(p) !== null && !isAnyOp(p, '=', '!', ':', '}')) onNext("expecting '=', or '!', or ':', or '}'");
  // '{' annotated_rhs '=' !('!' | ':' | '}')
  if (lbrace() && annotatedRhs(p) !== null && p.op('=') && !isAnyOp(p, '!', ':', '}')) onNext("expecting '!', or ':', or '}'");
  // '{' annotated_rhs '='? invalid_conversion_character
  if (lbrace() && annotatedRhs(p) !== null) {
    p.op('=');
    invalidConversionCharacter(p, kind);
  }
  // '{' annotated_rhs '='? ['!' NAME] !(':' | '}')
  const upToConversion = (): boolean => {
    if (!lbrace() || annotatedRhs(p) === null) return false;
    p.op('=');
    const m = p.pos;
    if (!(p.op('!') && p.nameToken())) p.pos = m;
    return true;
  };
  if (upToConversion() && !isAnyOp(p, ':', '}')) onNext("expecting ':' or '}'");
  // '{' annotated_rhs '='? ['!' NAME] ':' fstring_format_spec* !'}'
  if (upToConversion() && p.op(':')) {
    star(p, fstringFormatSpecItem);
    if (!p.isOp('}')) onNext("expecting '}', or format specs");
  }
  // '{' annotated_rhs '='? ['!' NAME] !'}'
  if (upToConversion() && !p.isOp('}')) onNext("expecting '}'");
  p.pos = mark;
  return null;
}

/** invalid_fstring_conversion_character / invalid_tstring_conversion_character */
function invalidConversionCharacter(p: Parser, kind: string): null {
  const mark = p.pos;
  if (p.op('!')) {
    if (isAnyOp(p, ':', '}')) p.raiseError(`${kind}: missing conversion character`, 'SyntaxError', true);
    if (!p.isName()) p.raiseError(`${kind}: invalid conversion character`, 'SyntaxError', true);
  }
  p.pos = mark;
  return null;
}

