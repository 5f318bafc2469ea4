// Expression rules (Grammar/python.gram, "EXPRESSIONS" to "FUNCTION CALL ARGUMENTS").
//
// Left-recursive rules (bitwise_or ... term, primary) are written as loops; pegen grows a seed
// for them, which for these rules consumes and reads the same tokens as the loop.

import { TokenKind, type Token } from './tokens.ts';
import type {
  ExprNode, Comprehension, Keyword, Arguments, Arg, CmpopNode, OperatorNode, Name, Starred, Call,
} from './ast.ts';
import { Parser, MEMO_MISS } from './parser.ts';
import { normalizeIdentifier } from './tokenizer.ts';
import { parseNumberLiteral } from './literals.ts';
import { strings, decode } from './rules-strings.ts';
import { starTargets } from './rules-targets.ts';
import * as inv from './rules-invalid.ts';
import { lambdaParams } from './rules-params.ts';

const R_EXPRESSION = 1;
const R_DISJUNCTION = 2;
const R_CONJUNCTION = 3;
const R_INVERSION = 4;
const R_BITWISE_OR = 5;
const R_FACTOR = 6;
const R_AWAIT_PRIMARY = 7;
const R_STAR_EXPRESSION = 8;
const R_ARGUMENTS = 9;
const R_PRIMARY = 10;
export const R_STRINGS = 11;
export const R_INVALID_NAMED_EXPRESSION = 12;

export const LOAD = Object.freeze({ _type: 'Load' as const });
export const STORE = Object.freeze({ _type: 'Store' as const });
export const DEL = Object.freeze({ _type: 'Del' as const });

// ---------------------------------------------------------------------------------------------
// Names and atoms

/** NAME as an expression: Name(id, Load), with the identifier NFKC-normalized as CPython does. */
export function name(p: Parser): Name | null {
  const t = p.nameToken();
  if (t === null) return null;
  return nameFromToken(t);
}

export function nameFromToken(t: Token): Name {
  return {
    _type: 'Name',
    id: normalizeIdentifier(t.text),
    ctx: LOAD,
    lineno: t.lineno,
    col_offset: t.col,
    end_lineno: t.endLineno,
    end_col_offset: t.endCol,
  };
}

function numberNode(p: Parser, t: Token): ExprNode {
  // Parser/pegen.c: _PyPegen_number_token refuses underscores before feature version 3.6.
  if (p.featureVersion < 6 && t.text.includes('_')) {
    p.raiseError('Underscores in numeric literals are only supported in Python 3.6 and greater');
  }
  return {
    _type: 'Constant',
    value: decode(p, t, () => parseNumberLiteral(t.text)),
    kind: null,
    lineno: t.lineno,
    col_offset: t.col,
    end_lineno: t.endLineno,
    end_col_offset: t.endCol,
  };
}

export function numberToken(p: Parser): ExprNode | null {
  const t = p.expect(TokenKind.NUMBER);
  return t === null ? null : numberNode(p, t);
}

function constantFromKeyword(t: Token, value: null | boolean): ExprNode {
  return { _type: 'Constant', value, kind: null, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
}

/** atom: NAME | True | False | None | strings | NUMBER | (genexp | tuple | group) | (listcomp | list)
 *  | (dictcomp | setcomp | dict | set) | '...' */
export function atom(p: Parser): ExprNode | null {
  const t = p.peek();
  switch (t.kind) {
    case TokenKind.NAME: {
      if (t.text === 'True') return (p.pos++, constantFromKeyword(t, true));
      if (t.text === 'False') return (p.pos++, constantFromKeyword(t, false));
      if (t.text === 'None') return (p.pos++, constantFromKeyword(t, null));
      return name(p);
    }
    case TokenKind.STRING:
    case TokenKind.FSTRING_START:
    case TokenKind.TSTRING_START:
      return p.memoize(R_STRINGS, strings);
    case TokenKind.NUMBER:
      p.pos++;
      return numberNode(p, t);
    case TokenKind.OP: {
      const mark = p.pos;
      if (t.text === '(') {
        const g = genexp(p);
        if (g !== null) return g;
        p.pos = mark;
        const tu = tuple(p);
        if (tu !== null) return tu;
        p.pos = mark;
        return group(p);
      }
      if (t.text === '[') {
        const lc = listcomp(p);
        if (lc !== null) return lc;
        p.pos = mark;
        return list(p);
      }
      if (t.text === '{') {
        const dc = dictcomp(p);
        if (dc !== null) return dc;
        p.pos = mark;
        const sc = setcomp(p);
        if (sc !== null) return sc;
        p.pos = mark;
        const d = dict(p);
        if (d !== null) return d;
        p.pos = mark;
        return set(p);
      }
      if (t.text === '...') {
        p.pos++;
        return { _type: 'Constant', value: { kind: 'ellipsis' }, kind: null, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
      }
      return null;
    }
    default:
      return null;
  }
}

/** group: '(' (yield_expr | named_expression) ')' | invalid_group */
function group(p: Parser): ExprNode | null {
  const mark = p.pos;
  if (p.op('(')) {
    const a = yieldExpr(p) ?? namedExpression(p);
    if (a !== null && p.op(')')) return a;
  }
  p.pos = mark;
  if (p.callInvalidRules) inv.invalidGroup(p);
  p.pos = mark;
  return null;
}

/** tuple: '(' [star_named_expression ',' [star_named_expressions]] ')' */
export function tuple(p: Parser): ExprNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (!p.op('(')) return null;
  let elts: ExprNode[] = [];
  const inner = p.pos;
  const first = starNamedExpression(p);
  if (first !== null && p.op(',')) {
    elts = [first, ...(starNamedExpressions(p) ?? [])];
  } else {
    p.pos = inner;
  }
  if (!p.op(')')) {
    p.pos = mark;
    return null;
  }
  return p.finish({ _type: 'Tuple', elts, ctx: LOAD }, start);
}

/** list: '[' [star_named_expressions] ']' */
export function list(p: Parser): ExprNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (!p.op('[')) return null;
  const elts = starNamedExpressions(p) ?? [];
  if (!p.op(']')) {
    p.pos = mark;
    return null;
  }
  return p.finish({ _type: 'List', elts, ctx: LOAD }, start);
}

/** set: '{' star_named_expressions '}' */
function set(p: Parser): ExprNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (!p.op('{')) return null;
  const elts = starNamedExpressions(p);
  if (elts === null || !p.op('}')) {
    p.pos = mark;
    return null;
  }
  return p.finish({ _type: 'Set', elts }, start);
}

interface KeyValue {
  key: ExprNode | null;
  value: ExprNode;
}

/** dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}' */
function dict(p: Parser): ExprNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (!p.op('{')) return null;
  const pairs = doubleStarredKvpairs(p) ?? [];
  if (p.op('}')) {
    return p.finish({ _type: 'Dict', keys: pairs.map((kv) => kv.key), values: pairs.map((kv) => kv.value) }, start);
  }
  p.pos = mark;
  if (p.callInvalidRules) {
    // '{' invalid_double_starred_kvpairs '}': the invalid rule raises when it matches.
    p.op('{');
    inv.invalidDoubleStarredKvpairs(p);
  }
  p.pos = mark;
  return null;
}

/** double_starred_kvpairs: ','.double_starred_kvpair+ [','] */
export function doubleStarredKvpairs(p: Parser): KeyValue[] | null {
  const first = doubleStarredKvpair(p);
  if (first === null) return null;
  const out = [first];
  for (;;) {
    const mark = p.pos;
    if (!p.op(',')) break;
    const kv = doubleStarredKvpair(p);
    if (kv === null) {
      p.pos = mark;
      break;
    }
    out.push(kv);
  }
  p.op(',');
  return out;
}

/** double_starred_kvpair: '**' bitwise_or | kvpair */
export function doubleStarredKvpair(p: Parser): KeyValue | null {
  const mark = p.pos;
  if (p.op('**')) {
    const v = bitwiseOr(p);
    if (v !== null) return { key: null, value: v };
    p.pos = mark;
  }
  return kvpair(p);
}

/** kvpair: expression ':' expression */
export function kvpair(p: Parser): KeyValue | null {
  const mark = p.pos;
  const k = expression(p);
  if (k !== null && p.op(':')) {
    const v = expression(p);
    if (v !== null) return { key: k, value: v };
  }
  p.pos = mark;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Comprehensions

/** for_if_clauses: for_if_clause+ */
export function forIfClauses(p: Parser): Comprehension[] | null {
  const out: Comprehension[] = [];
  for (;;) {
    const c = forIfClause(p);
    if (c === null) break;
    out.push(c);
  }
  return out.length ? out : null;
}

/** for_if_clause: ['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
 *  | invalid_for_if_clause | invalid_for_target */
function forIfClause(p: Parser): Comprehension | null {
  const mark = p.pos;
  const isAsync = p.kw('async') !== null;
  if (p.kw('for')) {
    const target = starTargets(p);
    if (target !== null && p.kw('in')) {
      // Cut: after 'in', failing here fails the whole rule.
      const iter = disjunction(p);
      if (iter === null) {
        p.pos = mark;
        return null;
      }
      const ifs: ExprNode[] = [];
      for (;;) {
        const m = p.pos;
        if (!p.kw('if')) break;
        const cond = disjunction(p);
        if (cond === null) {
          p.pos = m;
          break;
        }
        ifs.push(cond);
      }
      const c: Comprehension = { _type: 'comprehension', target, iter, ifs, is_async: isAsync ? 1 : 0 };
      return isAsync ? p.checkVersion(6, 'Async comprehensions are', c) : c;
    }
  }
  p.pos = mark;
  if (p.callInvalidRules) {
    inv.invalidForIfClause(p);
    p.pos = mark;
    inv.invalidForTarget(p);
    p.pos = mark;
  }
  return null;
}

/** listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension */
function listcomp(p: Parser): ExprNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (p.op('[')) {
    const elt = namedExpression(p);
    if (elt !== null) {
      const gens = forIfClauses(p);
      if (gens !== null && p.op(']')) return p.finish({ _type: 'ListComp', elt, generators: gens }, start);
    }
  }
  p.pos = mark;
  if (p.callInvalidRules) inv.invalidComprehension(p);
  p.pos = mark;
  return null;
}

/** setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension */
function setcomp(p: Parser): ExprNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (p.op('{')) {
    const elt = namedExpression(p);
    if (elt !== null) {
      const gens = forIfClauses(p);
      if (gens !== null && p.op('}')) return p.finish({ _type: 'SetComp', elt, generators: gens }, start);
    }
  }
  p.pos = mark;
  if (p.callInvalidRules) inv.invalidComprehension(p);
  p.pos = mark;
  return null;
}

/** genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension */
export function genexp(p: Parser): ExprNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (p.op('(')) {
    let elt = assignmentExpression(p);
    if (elt === null) {
      elt = expression(p);
      if (elt !== null && p.isOp(':=')) elt = null;
    }
    if (elt !== null) {
      const gens = forIfClauses(p);
      if (gens !== null && p.op(')')) return p.finish({ _type: 'GeneratorExp', elt, generators: gens }, start);
    }
  }
  p.pos = mark;
  if (p.callInvalidRules) inv.invalidComprehension(p);
  p.pos = mark;
  return null;
}

/** dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension */
function dictcomp(p: Parser): ExprNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (p.op('{')) {
    const kv = kvpair(p);
    if (kv !== null) {
      const gens = forIfClauses(p);
      if (gens !== null && p.op('}')) {
        return p.finish({ _type: 'DictComp', key: kv.key!, value: kv.value, generators: gens }, start);
      }
    }
  }
  p.pos = mark;
  if (p.callInvalidRules) inv.invalidDictComprehension(p);
  p.pos = mark;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Expression lists

/** expressions: expression (',' expression)+ [','] | expression ',' | expression */
export function expressions(p: Parser): ExprNode | null {
  const start = p.peek();
  const first = expression(p);
  if (first === null) return null;
  if (!p.isOp(',')) return first;
  const elts = [first];
  for (;;) {
    const mark = p.pos;
    if (!p.op(',')) break;
    const e = expression(p);
    if (e === null) {
      // A trailing comma stays consumed.
      break;
    }
    elts.push(e);
    void mark;
  }
  return p.finish({ _type: 'Tuple', elts, ctx: LOAD }, start);
}

/** star_expressions: star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression */
export function starExpressions(p: Parser): ExprNode | null {
  const start = p.peek();
  const first = starExpression(p);
  if (first === null) return null;
  if (!p.isOp(',')) return first;
  const elts = [first];
  for (;;) {
    if (!p.op(',')) break;
    const e = starExpression(p);
    if (e === null) break;
    elts.push(e);
  }
  return p.finish({ _type: 'Tuple', elts, ctx: LOAD }, start);
}

/** star_expression (memo): '*' bitwise_or | expression */
export function starExpression(p: Parser): ExprNode | null {
  const start = p.pos;
  const hit = p.memoGet(R_STAR_EXPRESSION);
  if (hit !== MEMO_MISS) return hit as ExprNode | null;
  return p.memoSet(R_STAR_EXPRESSION, start, starExpressionRaw(p));
}

function starExpressionRaw(p: Parser): ExprNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (p.op('*')) {
    const v = bitwiseOr(p);
    if (v !== null) return p.finish({ _type: 'Starred', value: v, ctx: LOAD }, start);
    p.pos = mark;
  }
  return expression(p);
}

/** star_named_expressions: ','.star_named_expression+ [','] */
export function starNamedExpressions(p: Parser): ExprNode[] | null {
  const first = starNamedExpression(p);
  if (first === null) return null;
  const out = [first];
  for (;;) {
    const mark = p.pos;
    if (!p.op(',')) break;
    const e = starNamedExpression(p);
    if (e === null) {
      p.pos = mark;
      break;
    }
    out.push(e);
  }
  p.op(',');
  return out;
}

/** star_named_expression: '*' bitwise_or | named_expression */
export function starNamedExpression(p: Parser): ExprNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (p.op('*')) {
    const v = bitwiseOr(p);
    if (v !== null) return p.finish({ _type: 'Starred', value: v, ctx: LOAD }, start);
    p.pos = mark;
  }
  return namedExpression(p);
}

/** assignment_expression: NAME ':=' ~ expression */
export function assignmentExpression(p: Parser): ExprNode | null {
  const start = p.peek();
  const mark = p.pos;
  const n = p.nameToken();
  if (n === null) return null;
  if (!p.op(':=')) {
    p.pos = mark;
    return null;
  }
  const value = expression(p);
  if (value === null) {
    // The cut (~) only ends this rule's own alternatives; named_expression goes on.
    p.pos = mark;
    return null;
  }
  const target = { ...nameFromToken(n), ctx: STORE };
  return p.checkVersion(8, 'Assignment expressions are', p.finish({ _type: 'NamedExpr', target, value }, start));
}

/** named_expression: assignment_expression | invalid_named_expression | expression !':=' */
export function namedExpression(p: Parser): ExprNode | null {
  const mark = p.pos;
  const a = assignmentExpression(p);
  if (a !== null) return a;
  if (p.callInvalidRules) {
    p.memoize(R_INVALID_NAMED_EXPRESSION, inv.invalidNamedExpression);
    p.pos = mark;
  }
  const e = expression(p);
  if (e !== null && !p.isOp(':=')) return e;
  p.pos = mark;
  return null;
}

// ---------------------------------------------------------------------------------------------
// expression, lambda, if-expression, yield

/** expression (memo): invalid_expression | invalid_legacy_expression
 *  | disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
export function expression(p: Parser): ExprNode | null {
  const start = p.pos;
  const hit = p.memoGet(R_EXPRESSION);
  if (hit !== MEMO_MISS) return hit as ExprNode | null;
  return p.memoSet(R_EXPRESSION, start, expressionRaw(p));
}

function expressionRaw(p: Parser): ExprNode | null {
  // `a if b else c if d else ...` nests through the last alternative's `expression`; the chain
  // is followed in a loop and unwound below, so long chains cost no JavaScript stack.
  const base = p.level;
  const chain: { start: Token; body: ExprNode; test: ExprNode; afterBody: number }[] = [];
  let result: ExprNode | null;
  try {
    for (;;) {
      p.enter();
      const start = p.peek();
      const mark = p.pos;
      if (p.callInvalidRules) {
        inv.invalidExpression(p);
        p.pos = mark;
        inv.invalidLegacyExpression(p);
        p.pos = mark;
      }
      const a = disjunction(p);
      if (a !== null) {
        const afterA = p.pos;
        if (p.kw('if')) {
          const b = disjunction(p);
          if (b !== null && p.kw('else')) {
            chain.push({ start, body: a, test: b, afterBody: afterA });
            continue;
          }
        }
        p.pos = afterA;
        result = a;
        break;
      }
      p.pos = mark;
      result = lambdef(p);
      break;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const link = chain[i]!;
      if (result === null) {
        // The `else` operand did not parse: this level falls back to its plain disjunction.
        p.pos = link.afterBody;
        result = link.body;
      } else {
        result = p.finish({ _type: 'IfExp', test: link.test, body: link.body, orelse: result }, link.start);
      }
    }
    return result;
  } finally {
    p.level = base;
  }
}

/** expression_without_invalid: like expression, with the invalid rules switched off. */
export function expressionWithoutInvalid(p: Parser): ExprNode | null {
  const saved = p.callInvalidRules;
  p.callInvalidRules = false;
  try {
    const start = p.peek();
    const mark = p.pos;
    const a = disjunction(p);
    if (a !== null) {
      const afterA = p.pos;
      if (p.kw('if')) {
        const b = disjunction(p);
        if (b !== null && p.kw('else')) {
          const c = expression(p);
          if (c !== null) return p.finish({ _type: 'IfExp', test: b, body: a, orelse: c }, start);
        }
      }
      p.pos = afterA;
      return a;
    }
    p.pos = mark;
    return lambdef(p);
  } finally {
    p.callInvalidRules = saved;
  }
}

/** lambdef: 'lambda' [lambda_params] ':' expression */
export function lambdef(p: Parser): ExprNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (!p.kw('lambda')) return null;
  p.enter();
  try {
    const args: Arguments = lambdaParams(p) ?? emptyArguments();
    if (p.op(':')) {
      const body = expression(p);
      if (body !== null) return p.finish({ _type: 'Lambda', args, body }, start);
    }
    p.pos = mark;
    return null;
  } finally {
    p.leave();
  }
}

export function emptyArguments(): Arguments {
  return { _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}

/** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
export function yieldExpr(p: Parser): ExprNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (!p.kw('yield')) return null;
  const afterYield = p.pos;
  if (p.kw('from')) {
    const v = expression(p);
    if (v !== null) return p.finish({ _type: 'YieldFrom', value: v }, start);
  }
  p.pos = afterYield;
  const v = starExpressions(p);
  void mark;
  return p.finish({ _type: 'Yield', value: v }, start);
}

// ---------------------------------------------------------------------------------------------
// Boolean operators and comparisons

/** disjunction (memo): conjunction ('or' conjunction)+ | conjunction */
export function disjunction(p: Parser): ExprNode | null {
  const start = p.pos;
  const hit = p.memoGet(R_DISJUNCTION);
  if (hit !== MEMO_MISS) return hit as ExprNode | null;
  return p.memoSet(R_DISJUNCTION, start, disjunctionRaw(p));
}

function disjunctionRaw(p: Parser): ExprNode | null {
  const start = p.peek();
  const a = conjunction(p);
  if (a === null) return null;
  let values: ExprNode[] | null = null;
  for (;;) {
    const mark = p.pos;
    if (!p.kw('or')) break;
    const c = conjunction(p);
    if (c === null) {
      p.pos = mark;
      break;
    }
    (values ??= [a]).push(c);
  }
  if (values === null) return a;
  return p.finish({ _type: 'BoolOp', op: { _type: 'Or' }, values }, start);
}

/** conjunction (memo): inversion ('and' inversion)+ | inversion */
export function conjunction(p: Parser): ExprNode | null {
  const start = p.pos;
  const hit = p.memoGet(R_CONJUNCTION);
  if (hit !== MEMO_MISS) return hit as ExprNode | null;
  return p.memoSet(R_CONJUNCTION, start, conjunctionRaw(p));
}

function conjunctionRaw(p: Parser): ExprNode | null {
  const start = p.peek();
  const a = inversion(p);
  if (a === null) return null;
  let values: ExprNode[] | null = null;
  for (;;) {
    const mark = p.pos;
    if (!p.kw('and')) break;
    const c = inversion(p);
    if (c === null) {
      p.pos = mark;
      break;
    }
    (values ??= [a]).push(c);
  }
  if (values === null) return a;
  return p.finish({ _type: 'BoolOp', op: { _type: 'And' }, values }, start);
}

/** inversion (memo): 'not' inversion | comparison */
export function inversion(p: Parser): ExprNode | null {
  const start = p.pos;
  const hit = p.memoGet(R_INVERSION);
  if (hit !== MEMO_MISS) return hit as ExprNode | null;
  return p.memoSet(R_INVERSION, start, inversionRaw(p));
}

function inversionRaw(p: Parser): ExprNode | null {
  // The chain of 'not's is read in a loop, so a long chain costs no JavaScript stack; each one
  // still counts as a parser level, so CPython's "Parser stack overflowed" comes at the same depth.
  const base = p.level;
  try {
    p.enter();
    const nots: Token[] = [];
    while (p.isKw('not')) {
      nots.push(p.next());
      p.enter();
    }
    const operand = comparison(p);
    if (operand === null) {
      // With a 'not' in front, every 'not' inversion alternative fails, and so does the
      // comparison alternative at each 'not'.
      return null;
    }
    let a: ExprNode = operand;
    for (let i = nots.length - 1; i >= 0; i--) {
      a = p.finish({ _type: 'UnaryOp', op: { _type: 'Not' }, operand: a }, nots[i]!);
    }
    return a;
  } finally {
    p.level = base;
  }
}

/** comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or */
export function comparison(p: Parser): ExprNode | null {
  const start = p.peek();
  const a = bitwiseOr(p);
  if (a === null) return null;
  let ops: CmpopNode[] | null = null;
  const comparators: ExprNode[] = [];
  for (;;) {
    const mark = p.pos;
    const op = compareOp(p);
    if (op === null) break;
    const b = bitwiseOr(p);
    if (b === null) {
      p.pos = mark;
      break;
    }
    (ops ??= []).push(op);
    comparators.push(b);
  }
  if (ops === null) return a;
  return p.finish({ _type: 'Compare', left: a, ops, comparators }, start);
}

const CMP_OPS: Record<string, CmpopNode> = {
  '==': { _type: 'Eq' },
  '!=': { _type: 'NotEq' },
  '<=': { _type: 'LtE' },
  '<': { _type: 'Lt' },
  '>=': { _type: 'GtE' },
  '>': { _type: 'Gt' },
};

/** The operator of compare_op_bitwise_or_pair (the operand is parsed by the caller). */
function compareOp(p: Parser): CmpopNode | null {
  const t = p.peek();
  if (t.kind === TokenKind.OP) {
    const op = CMP_OPS[t.text];
    if (op !== undefined) {
      if (p.barryAsFlufl) {
        // _PyPegen_check_barry_as_flufl: under the joke future import, '!=' is the error and
        // '<>' the inequality.
        if (t.text === '!=') p.raiseKnownLocation(t, "with Barry as BDFL, use '<>' instead of '!='");
        if (t.text === '<') {
          const next = p.peekAhead(1);
          if (next.kind === TokenKind.OP && next.text === '>' && next.lineno === t.lineno && next.col === t.endCol) {
            p.pos += 2;
            return { _type: 'NotEq' };
          }
        }
      }
      if (t.text === '<' && p.callInvalidRules) {
        // The pre-3.0 inequality `<>` (two adjacent tokens here, as in CPython's tokenizer)
        // gets a hint when a comparison reaches it.
        const gt = p.peekAhead(1);
        if (gt.kind === TokenKind.OP && gt.text === '>' && gt.lineno === t.lineno && gt.col === t.endCol) {
          p.raiseKnownRange(t, gt, "invalid syntax.  Maybe you meant '!=' instead of '<>'?");
        }
      }
      p.pos++;
      return op;
    }
    return null;
  }
  if (t.kind !== TokenKind.NAME) return null;
  const mark = p.pos;
  if (t.text === 'in') {
    p.pos++;
    return { _type: 'In' };
  }
  if (t.text === 'not') {
    p.pos++;
    if (p.kw('in')) return { _type: 'NotIn' };
    p.pos = mark;
    return null;
  }
  if (t.text === 'is') {
    p.pos++;
    if (p.kw('not')) return { _type: 'IsNot' };
    return { _type: 'Is' };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Binary operators (left-recursive in the grammar, loops here)

/** bitwise_or (memo, left-recursive): bitwise_or '|' bitwise_xor | bitwise_xor */
export function bitwiseOr(p: Parser): ExprNode | null {
  const start = p.pos;
  const hit = p.memoGet(R_BITWISE_OR);
  if (hit !== MEMO_MISS) return hit as ExprNode | null;
  return p.memoSet(R_BITWISE_OR, start, bitwiseOrRaw(p));
}

function bitwiseOrRaw(p: Parser): ExprNode | null {
  const start = p.peek();
  const first = bitwiseXor(p);
  if (first === null) return null;
  let a: ExprNode = first;
  for (;;) {
    const mark = p.pos;
    if (!p.op('|')) break;
    const b = bitwiseXor(p);
    if (b === null) {
      p.pos = mark;
      break;
    }
    a = p.finish({ _type: 'BinOp', left: a, op: { _type: 'BitOr' }, right: b }, start);
  }
  return a;
}

function bitwiseXor(p: Parser): ExprNode | null {
  const start = p.peek();
  const first = bitwiseAnd(p);
  if (first === null) return null;
  let a: ExprNode = first;
  for (;;) {
    const mark = p.pos;
    if (!p.op('^')) break;
    const b = bitwiseAnd(p);
    if (b === null) {
      p.pos = mark;
      break;
    }
    a = p.finish({ _type: 'BinOp', left: a, op: { _type: 'BitXor' }, right: b }, start);
  }
  return a;
}

function bitwiseAnd(p: Parser): ExprNode | null {
  const start = p.peek();
  const first = shiftExpr(p);
  if (first === null) return null;
  let a: ExprNode = first;
  for (;;) {
    const mark = p.pos;
    if (!p.op('&')) break;
    const b = shiftExpr(p);
    if (b === null) {
      p.pos = mark;
      break;
    }
    a = p.finish({ _type: 'BinOp', left: a, op: { _type: 'BitAnd' }, right: b }, start);
  }
  return a;
}

/** shift_expr: shift_expr ('<<' | '>>') sum | invalid_arithmetic | sum */
function shiftExpr(p: Parser): ExprNode | null {
  const start = p.peek();
  const mark0 = p.pos;
  const first = sum(p);
  if (first === null) {
    if (p.callInvalidRules) {
      p.pos = mark0;
      inv.invalidArithmetic(p);
    }
    p.pos = mark0;
    return null;
  }
  let a: ExprNode = first;
  let grew = false;
  for (;;) {
    const mark = p.pos;
    const t = p.peek();
    if (t.kind !== TokenKind.OP || (t.text !== '<<' && t.text !== '>>')) break;
    p.pos++;
    const b = sum(p);
    if (b === null) {
      p.pos = mark;
      break;
    }
    grew = true;
    a = p.finish({ _type: 'BinOp', left: a, op: t.text === '<<' ? { _type: 'LShift' } : { _type: 'RShift' }, right: b }, start);
  }
  if (!grew && p.callInvalidRules) {
    const end = p.pos;
    p.pos = mark0;
    inv.invalidArithmetic(p);
    p.pos = end;
  }
  return a;
}

const SUM_OPS: Record<string, OperatorNode> = { '+': { _type: 'Add' }, '-': { _type: 'Sub' } };
const TERM_OPS: Record<string, OperatorNode> = {
  '*': { _type: 'Mult' },
  '/': { _type: 'Div' },
  '//': { _type: 'FloorDiv' },
  '%': { _type: 'Mod' },
  '@': { _type: 'MatMult' },
};

/** sum: sum ('+' | '-') term | term */
export function sum(p: Parser): ExprNode | null {
  const start = p.peek();
  const first = term(p);
  if (first === null) return null;
  let a: ExprNode = first;
  for (;;) {
    const mark = p.pos;
    const t = p.peek();
    const op = t.kind === TokenKind.OP ? SUM_OPS[t.text] : undefined;
    if (op === undefined) break;
    p.pos++;
    const b = term(p);
    if (b === null) {
      p.pos = mark;
      break;
    }
    a = p.finish({ _type: 'BinOp', left: a, op, right: b }, start);
  }
  return a;
}

/** term: term ('*' | '/' | '//' | '%' | '@') factor | invalid_factor | factor */
function term(p: Parser): ExprNode | null {
  const start = p.peek();
  const mark0 = p.pos;
  if (p.callInvalidRules) {
    inv.invalidFactor(p);
    p.pos = mark0;
  }
  const first = factor(p);
  if (first === null) return null;
  let a: ExprNode = first;
  for (;;) {
    const mark = p.pos;
    const t = p.peek();
    const op = t.kind === TokenKind.OP ? TERM_OPS[t.text] : undefined;
    if (op === undefined) break;
    p.pos++;
    const b = factor(p);
    if (b === null) {
      p.pos = mark;
      break;
    }
    a = p.finish({ _type: 'BinOp', left: a, op, right: b }, start);
    if (p.featureVersion < 5 && op._type === 'MatMult') p.checkVersion(5, "The '@' operator is", a);
  }
  return a;
}

/** factor (memo): '+' factor | '-' factor | '~' factor | power */
export function factor(p: Parser): ExprNode | null {
  const start = p.pos;
  const hit = p.memoGet(R_FACTOR);
  if (hit !== MEMO_MISS) return hit as ExprNode | null;
  return p.memoSet(R_FACTOR, start, factorRaw(p));
}

function factorRaw(p: Parser): ExprNode | null {
  // Prefix operators are read in a loop (see inversionRaw for why).
  const base = p.level;
  try {
    p.enter();
    const ops: Token[] = [];
    for (;;) {
      const t = p.peek();
      if (t.kind !== TokenKind.OP || (t.text !== '+' && t.text !== '-' && t.text !== '~')) break;
      ops.push(t);
      p.pos++;
      p.enter();
    }
    const operand = power(p);
    if (operand === null) return null;
    let a: ExprNode = operand;
    for (let i = ops.length - 1; i >= 0; i--) {
      const t = ops[i]!;
      const op = t.text === '+' ? { _type: 'UAdd' as const } : t.text === '-' ? { _type: 'USub' as const } : { _type: 'Invert' as const };
      a = p.finish({ _type: 'UnaryOp', op, operand: a }, t);
    }
    return a;
  } finally {
    p.level = base;
  }
}

/** power: await_primary '**' factor | await_primary */
function power(p: Parser): ExprNode | null {
  // `2**2**2...` nests through factor and power: both count as parser levels, as in CPython,
  // so a long chain overflows the parser stack at the same depth.
  p.enter();
  try {
    const start = p.peek();
    const a = awaitPrimary(p);
    if (a === null) return null;
    const mark = p.pos;
    if (p.op('**')) {
      const b = factor(p);
      if (b !== null) return p.finish({ _type: 'BinOp', left: a, op: { _type: 'Pow' }, right: b }, start);
    }
    p.pos = mark;
    return a;
  } finally {
    p.leave();
  }
}

/** await_primary (memo): 'await' primary | primary */
function awaitPrimary(p: Parser): ExprNode | null {
  const start = p.pos;
  const hit = p.memoGet(R_AWAIT_PRIMARY);
  if (hit !== MEMO_MISS) return hit as ExprNode | null;
  return p.memoSet(R_AWAIT_PRIMARY, start, awaitPrimaryRaw(p));
}

function awaitPrimaryRaw(p: Parser): ExprNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (p.kw('await')) {
    p.enter();
    try {
      const a = primary(p);
      if (a !== null) return p.checkVersion(5, 'Await expressions are', p.finish({ _type: 'Await', value: a }, start));
    } finally {
      p.leave();
    }
    p.pos = mark;
  }
  return primary(p);
}

// ---------------------------------------------------------------------------------------------
// Primaries

/** primary (left-recursive): primary '.' NAME | primary genexp | primary '(' [arguments] ')'
 *  | primary '[' slices ']' | atom */
export function primary(p: Parser): ExprNode | null {
  const start = p.pos;
  const hit = p.memoGet(R_PRIMARY);
  if (hit !== MEMO_MISS) return hit as ExprNode | null;
  return p.memoSet(R_PRIMARY, start, primaryRaw(p));
}

function primaryRaw(p: Parser): ExprNode | null {
  const start = p.peek();
  const first = atom(p);
  if (first === null) return null;
  let a: ExprNode = first;
  for (;;) {
    const mark = p.pos;
    const t = p.peek();
    if (t.kind !== TokenKind.OP) break;
    if (t.text === '.') {
      p.pos++;
      const n = p.nameToken();
      if (n !== null) {
        a = p.finish({ _type: 'Attribute', value: a, attr: normalizeIdentifier(n.text), ctx: LOAD }, start);
        continue;
      }
      p.pos = mark;
      break;
    }
    if (t.text === '(') {
      const g = genexp(p);
      if (g !== null) {
        a = p.finish({ _type: 'Call', func: a, args: [g], keywords: [] }, start);
        continue;
      }
      p.pos = mark;
      p.pos++;
      const args = arguments_(p);
      if (p.op(')')) {
        a = p.finish({ _type: 'Call', func: a, args: args?.args ?? [], keywords: args?.keywords ?? [] }, start);
        continue;
      }
      p.pos = mark;
      break;
    }
    if (t.text === '[') {
      p.pos++;
      const s = slices(p);
      if (s !== null && p.op(']')) {
        a = p.finish({ _type: 'Subscript', value: a, slice: s, ctx: LOAD }, start);
        continue;
      }
      p.pos = mark;
      break;
    }
    break;
  }
  return a;
}

/** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
export function slices(p: Parser): ExprNode | null {
  const start = p.peek();
  const mark = p.pos;
  const a = slice(p);
  if (a !== null && !p.isOp(',')) return a;
  p.pos = mark;
  const elts = sepList(p, sliceOrStarred);
  if (elts === null) {
    p.pos = mark;
    return null;
  }
  p.op(',');
  return p.finish({ _type: 'Tuple', elts, ctx: LOAD }, start);
}

function sliceOrStarred(p: Parser): ExprNode | null {
  const mark = p.pos;
  const s = slice(p);
  if (s !== null) return s;
  p.pos = mark;
  return starredExpression(p);
}

/** slice: [expression] ':' [expression] [':' [expression]] | named_expression */
function slice(p: Parser): ExprNode | null {
  const start = p.peek();
  const mark = p.pos;
  const lower = expression(p);
  if (p.op(':')) {
    const upper = expression(p);
    let step: ExprNode | null = null;
    const m = p.pos;
    if (p.op(':')) {
      step = expression(p);
    } else {
      p.pos = m;
    }
    return p.finish({ _type: 'Slice', lower, upper, step }, start);
  }
  p.pos = mark;
  return namedExpression(p);
}

// ---------------------------------------------------------------------------------------------
// Call arguments

interface CallArgs {
  args: ExprNode[];
  keywords: Keyword[];
}

/** arguments (memo): args [','] &')' | invalid_arguments */
export function arguments_(p: Parser): CallArgs | null {
  return p.memoize(R_ARGUMENTS, argumentsRaw);
}

function argumentsRaw(p: Parser): CallArgs | null {
  const mark = p.pos;
  const a = args(p);
  if (a !== null) {
    p.op(',');
    if (p.isOp(')')) return a;
  }
  p.pos = mark;
  if (p.callInvalidRules) {
    inv.invalidArguments(p);
    p.pos = mark;
  }
  return null;
}

type KeywordOrStarred = { keyword: Keyword } | { starred: ExprNode };

/** args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
 *  | kwargs */
export function args(p: Parser): (CallArgs & Located0) | null {
  const start = p.peek();
  const mark = p.pos;
  const positional = sepList(p, positionalArgument) ?? [];
  if (positional.length) {
    const m = p.pos;
    let kw: KeywordOrStarred[] | null = null;
    if (p.op(',')) {
      kw = kwargs(p);
      if (kw === null) p.pos = m;
    }
    const out = collectCallSeqs(positional, kw);
    return withLocation(p, out, start);
  }
  p.pos = mark;
  const kw = kwargs(p);
  if (kw === null) return null;
  return withLocation(p, collectCallSeqs([], kw), start);
}

/** starred_expression | (assignment_expression | expression !':=') !'=' */
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

function withLocation(p: Parser, args: CallArgs, start: Token): CallArgs & Located0 {
  const end = p.lastToken();
  return { args: args.args, keywords: args.keywords, lineno: start.lineno, col_offset: start.col, end_lineno: end.endLineno, end_col_offset: end.endCol };
}

interface Located0 {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

function collectCallSeqs(positional: ExprNode[], kw: KeywordOrStarred[] | null): CallArgs {
  const args = positional.slice();
  const keywords: Keyword[] = [];
  if (kw !== null) {
    for (const k of kw) {
      if ('starred' in k) args.push(k.starred);
      else keywords.push(k.keyword);
    }
  }
  return { args, keywords };
}

/** kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+ | ','.kwarg_or_starred+
 *  | ','.kwarg_or_double_starred+ */
export function kwargs(p: Parser): KeywordOrStarred[] | null {
  const mark = p.pos;
  const a = sepList(p, kwargOrStarred);
  if (a !== null) {
    const m = p.pos;
    if (p.op(',')) {
      const b = sepList(p, kwargOrDoubleStarred);
      if (b !== null) return a.concat(b);
    }
    p.pos = m;
    return a;
  }
  p.pos = mark;
  return sepList(p, kwargOrDoubleStarred);
}

/** ','.rule+ : one or more items separated by commas (the separator is not consumed at the end). */
export function sepList<T>(p: Parser, rule: (p: Parser) => T | null): T[] | null {
  const first = rule(p);
  if (first === null) return null;
  const out = [first];
  for (;;) {
    const mark = p.pos;
    if (!p.op(',')) break;
    const next = rule(p);
    if (next === null) {
      p.pos = mark;
      break;
    }
    out.push(next);
  }
  return out;
}

/** starred_expression: invalid_starred_expression_unpacking | '*' expression | invalid_starred_expression */
export function starredExpression(p: Parser): ExprNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (p.callInvalidRules) {
    inv.invalidStarredExpressionUnpacking(p);
    p.pos = mark;
  }
  if (p.op('*')) {
    const v = expression(p);
    if (v !== null) return p.finish({ _type: 'Starred', value: v, ctx: LOAD } as Starred, start);
  }
  p.pos = mark;
  if (p.callInvalidRules) {
    inv.invalidStarredExpression(p);
    p.pos = mark;
  }
  return null;
}

/** kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression */
function kwargOrStarred(p: Parser): KeywordOrStarred | null {
  const mark = p.pos;
  if (p.callInvalidRules) {
    inv.invalidKwarg(p);
    p.pos = mark;
  }
  const kw = keywordArgument(p);
  if (kw !== null) return { keyword: kw };
  p.pos = mark;
  const s = starredExpression(p);
  if (s !== null) return { starred: s };
  p.pos = mark;
  return null;
}

/** kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression */
function kwargOrDoubleStarred(p: Parser): KeywordOrStarred | null {
  const mark = p.pos;
  if (p.callInvalidRules) {
    inv.invalidKwarg(p);
    p.pos = mark;
  }
  const kw = keywordArgument(p);
  if (kw !== null) return { keyword: kw };
  p.pos = mark;
  const start = p.peek();
  if (p.op('**')) {
    const v = expression(p);
    if (v !== null) return { keyword: p.finish({ _type: 'keyword', arg: null, value: v } as Keyword, start) };
  }
  p.pos = mark;
  return null;
}

function keywordArgument(p: Parser): Keyword | null {
  const start = p.peek();
  const n = p.nameToken();
  if (n === null || !p.op('=')) return null;
  const v = expression(p);
  if (v === null) return null;
  return p.finish({ _type: 'keyword', arg: normalizeIdentifier(n.text), value: v } as Keyword, start);
}

/** Used by class definitions: '(' [arguments] ')' gives bases and keywords. */
export function callArguments(p: Parser): CallArgs | null {
  return arguments_(p);
}

export type { CallArgs, KeyValue, Arg, Call };
