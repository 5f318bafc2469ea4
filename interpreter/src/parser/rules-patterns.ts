// The match statement and its patterns (Grammar/python.gram "Match statement", PEP 634).
//
// Patterns have their own small grammar: literals (numbers, strings, None/True/False, and the
// restricted complex forms `1+2j`), capture names, the wildcard `_`, dotted value names, groups,
// sequences, mappings, class patterns, `|` alternatives and `as` bindings. Each rule below is one
// rule of CPython 3.14's grammar and builds the same ast node with the same position (pegen's
// EXTRA: from the rule's first token to the last token it consumed).

import { TokenKind, type Token } from './tokens.ts';
import type { StmtNode, ExprNode, PatternNode, MatchCase, Name } from './ast.ts';
import { Parser } from './parser.ts';
import { normalizeIdentifier } from './tokenizer.ts';
import {
  starNamedExpression, starNamedExpressions, namedExpression, nameFromToken, numberToken, R_STRINGS, LOAD, STORE,
} from './rules-expressions.ts';
import { strings } from './rules-strings.ts';
import { block } from './rules-statements.ts';
import * as inv from './rules-invalid.ts';

const R_CLOSED_PATTERN = 100;
const R_STAR_PATTERN = 101;

// ---------------------------------------------------------------------------------------------
// The statement

/** match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT | invalid_match_stmt */
export function matchStmt(p: Parser): StmtNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (p.softKw('match')) {
    const subject = subjectExpr(p);
    if (subject !== null && p.op(':') && p.expect(TokenKind.NEWLINE) && p.expect(TokenKind.INDENT)) {
      const cases: MatchCase[] = [];
      for (;;) {
        const m = p.pos;
        const c = caseBlock(p);
        if (c === null) {
          p.pos = m;
          break;
        }
        cases.push(c);
      }
      if (cases.length && p.expect(TokenKind.DEDENT)) {
        return p.checkVersion(10, 'Pattern matching is', p.finish({ _type: 'Match', subject, cases }, start));
      }
    }
  }
  p.pos = mark;
  if (p.callInvalidRules) {
    inv.invalidMatchStmt(p);
    p.pos = mark;
  }
  return null;
}

/** subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
export function subjectExpr(p: Parser): ExprNode | null {
  const start = p.peek();
  const mark = p.pos;
  const value = starNamedExpression(p);
  if (value !== null && p.op(',')) {
    const m = p.pos;
    let values = starNamedExpressions(p);
    if (values === null) {
      p.pos = m;
      values = [];
    }
    return p.finish({ _type: 'Tuple', elts: [value, ...values], ctx: LOAD }, start);
  }
  p.pos = mark;
  return namedExpression(p);
}

/** case_block: invalid_case_block | "case" patterns guard? ':' block */
function caseBlock(p: Parser): MatchCase | null {
  const mark = p.pos;
  if (p.callInvalidRules) {
    inv.invalidCaseBlock(p);
    p.pos = mark;
  }
  if (!p.softKw('case')) return null;
  const pattern = patterns(p);
  if (pattern !== null) {
    const g = optionalGuard(p);
    if (p.op(':')) {
      const body = block(p);
      if (body !== null) return { _type: 'match_case', pattern, guard: g, body };
    }
  }
  p.pos = mark;
  return null;
}

/** guard?: ['if' named_expression] */
export function optionalGuard(p: Parser): ExprNode | null {
  const m = p.pos;
  if (p.kw('if')) {
    const g = namedExpression(p);
    if (g !== null) return g;
  }
  p.pos = m;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Top-level patterns

/** patterns: open_sequence_pattern | pattern */
export function patterns(p: Parser): PatternNode | null {
  const start = p.peek();
  const mark = p.pos;
  const seq = openSequencePattern(p);
  if (seq !== null) return p.finish({ _type: 'MatchSequence', patterns: seq }, start);
  p.pos = mark;
  return pattern(p);
}

/** pattern: as_pattern | or_pattern */
export function pattern(p: Parser): PatternNode | null {
  const mark = p.pos;
  const a = asPattern(p);
  if (a !== null) return a;
  p.pos = mark;
  return orPattern(p);
}

/** as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern */
function asPattern(p: Parser): PatternNode | null {
  const start = p.peek();
  const mark = p.pos;
  const pat = orPattern(p);
  if (pat !== null && p.kw('as')) {
    const target = patternCaptureTarget(p);
    if (target !== null) return p.finish({ _type: 'MatchAs', pattern: pat, name: target.id }, start);
  }
  p.pos = mark;
  if (p.callInvalidRules) {
    inv.invalidAsPattern(p);
    p.pos = mark;
  }
  return null;
}

/** or_pattern: '|'.closed_pattern+ (a single pattern stands for itself) */
export function orPattern(p: Parser): PatternNode | null {
  const start = p.peek();
  const first = closedPattern(p);
  if (first === null) return null;
  const pats = [first];
  for (;;) {
    const m = p.pos;
    if (!p.op('|')) break;
    const next = closedPattern(p);
    if (next === null) {
      p.pos = m;
      break;
    }
    pats.push(next);
  }
  if (pats.length === 1) return first;
  return p.finish({ _type: 'MatchOr', patterns: pats }, start);
}

/** closed_pattern (memo): literal_pattern | capture_pattern | wildcard_pattern | value_pattern
 *  | group_pattern | sequence_pattern | mapping_pattern | class_pattern */
export function closedPattern(p: Parser): PatternNode | null {
  return p.memoize(R_CLOSED_PATTERN, closedPatternRaw);
}

const CLOSED_PATTERN_ALTS: ((p: Parser) => PatternNode | null)[] = [
  literalPattern, capturePattern, wildcardPattern, valuePattern, groupPattern, sequencePattern, mappingPattern, classPattern,
];

function closedPatternRaw(p: Parser): PatternNode | null {
  p.enter();
  try {
    const mark = p.pos;
    for (const alt of CLOSED_PATTERN_ALTS) {
      const r = alt(p);
      if (r !== null) return r;
      p.pos = mark;
    }
    return null;
  } finally {
    p.leave();
  }
}

// ---------------------------------------------------------------------------------------------
// Literal patterns

function isNextPlusMinus(p: Parser): boolean {
  return p.isOp('+') || p.isOp('-');
}

/** literal_pattern: signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False' */
function literalPattern(p: Parser): PatternNode | null {
  const start = p.peek();
  const mark = p.pos;
  let value = signedNumber(p);
  if (value !== null && !isNextPlusMinus(p)) return p.finish({ _type: 'MatchValue', value }, start);
  p.pos = mark;
  value = complexNumber(p);
  if (value !== null) return p.finish({ _type: 'MatchValue', value }, start);
  p.pos = mark;
  if (start.kind === TokenKind.STRING || start.kind === TokenKind.FSTRING_START || start.kind === TokenKind.TSTRING_START) {
    value = p.memoize(R_STRINGS, strings);
    if (value !== null) return p.finish({ _type: 'MatchValue', value }, start);
    p.pos = mark;
  }
  if (start.kind === TokenKind.NAME) {
    const single = start.text === 'None' ? null : start.text === 'True' ? true : start.text === 'False' ? false : undefined;
    if (single !== undefined) {
      p.pos++;
      return p.finish({ _type: 'MatchSingleton', value: single }, start);
    }
  }
  return null;
}

/** literal_expr: signed_number !('+' | '-') | complex_number | &(STRING|FSTRING_START|TSTRING_START) strings
 *  | 'None' | 'True' | 'False' (the keys a mapping pattern accepts besides attr) */
function literalExpr(p: Parser): ExprNode | null {
  const start = p.peek();
  const mark = p.pos;
  let value = signedNumber(p);
  if (value !== null && !isNextPlusMinus(p)) return value;
  p.pos = mark;
  value = complexNumber(p);
  if (value !== null) return value;
  p.pos = mark;
  if (start.kind === TokenKind.STRING || start.kind === TokenKind.FSTRING_START || start.kind === TokenKind.TSTRING_START) {
    value = p.memoize(R_STRINGS, strings);
    if (value !== null) return value;
    p.pos = mark;
  }
  if (start.kind === TokenKind.NAME) {
    const single = start.text === 'None' ? null : start.text === 'True' ? true : start.text === 'False' ? false : undefined;
    if (single !== undefined) {
      p.pos++;
      return p.finish({ _type: 'Constant', value: single, kind: null }, start);
    }
  }
  return null;
}

/** complex_number: signed_real_number ('+' | '-') imaginary_number */
function complexNumber(p: Parser): ExprNode | null {
  const start = p.peek();
  const mark = p.pos;
  const real = signedRealNumber(p);
  if (real !== null) {
    const opTok = p.peek();
    if (p.op('+') || p.op('-')) {
      const imag = imaginaryNumber(p);
      if (imag !== null) {
        return p.finish({ _type: 'BinOp', left: real, op: opTok.text === '+' ? { _type: 'Add' } : { _type: 'Sub' }, right: imag }, start);
      }
    }
  }
  p.pos = mark;
  return null;
}

/** signed_number: NUMBER | '-' NUMBER */
function signedNumber(p: Parser): ExprNode | null {
  const start = p.peek();
  const mark = p.pos;
  const n = numberToken(p);
  if (n !== null) return n;
  if (p.op('-')) {
    const operand = numberToken(p);
    if (operand !== null) return p.finish({ _type: 'UnaryOp', op: { _type: 'USub' }, operand }, start);
  }
  p.pos = mark;
  return null;
}

/** signed_real_number: real_number | '-' real_number */
function signedRealNumber(p: Parser): ExprNode | null {
  const start = p.peek();
  const mark = p.pos;
  const n = realNumber(p);
  if (n !== null) return n;
  if (p.op('-')) {
    const operand = realNumber(p);
    if (operand !== null) return p.finish({ _type: 'UnaryOp', op: { _type: 'USub' }, operand }, start);
  }
  p.pos = mark;
  return null;
}

function isComplexConstant(e: ExprNode): boolean {
  if (e._type !== 'Constant') return false;
  const v = e.value;
  return typeof v === 'object' && v !== null && 'kind' in v && v.kind === 'complex';
}

/** real_number: NUMBER (_PyPegen_ensure_real) */
function realNumber(p: Parser): ExprNode | null {
  const n = numberToken(p);
  if (n === null) return null;
  if (isComplexConstant(n)) p.raiseKnownLocation(n, 'real number required in complex literal');
  return n;
}

/** imaginary_number: NUMBER (_PyPegen_ensure_imaginary) */
function imaginaryNumber(p: Parser): ExprNode | null {
  const n = numberToken(p);
  if (n === null) return null;
  if (!isComplexConstant(n)) p.raiseKnownLocation(n, 'imaginary number required in complex literal');
  return n;
}

// ---------------------------------------------------------------------------------------------
// Capture, wildcard and value patterns

/** capture_pattern: pattern_capture_target */
function capturePattern(p: Parser): PatternNode | null {
  const start = p.peek();
  const target = patternCaptureTarget(p);
  if (target === null) return null;
  return p.finish({ _type: 'MatchAs', pattern: null, name: target.id }, start);
}

/** pattern_capture_target: !"_" NAME !('.' | '(' | '=') */
export function patternCaptureTarget(p: Parser): Name | null {
  const t = p.peek();
  if (t.kind === TokenKind.NAME && t.text === '_') return null;
  const mark = p.pos;
  const n = p.nameToken();
  if (n === null) return null;
  if (p.isOp('.') || p.isOp('(') || p.isOp('=')) {
    p.pos = mark;
    return null;
  }
  return { ...nameFromToken(n), ctx: STORE };
}

/** wildcard_pattern: "_" */
function wildcardPattern(p: Parser): PatternNode | null {
  const start = p.peek();
  if (!p.softKw('_')) return null;
  return p.finish({ _type: 'MatchAs', pattern: null, name: null }, start);
}

/** value_pattern: attr !('.' | '(' | '=') */
function valuePattern(p: Parser): PatternNode | null {
  const start = p.peek();
  const mark = p.pos;
  const value = attr(p);
  if (value === null || p.isOp('.') || p.isOp('(') || p.isOp('=')) {
    p.pos = mark;
    return null;
  }
  return p.finish({ _type: 'MatchValue', value }, start);
}

/** attr (left-recursive): name_or_attr '.' NAME -- a dotted name with at least one dot. */
function attr(p: Parser): ExprNode | null {
  const mark = p.pos;
  const a = nameOrAttr(p);
  if (a === null || a._type !== 'Attribute') {
    p.pos = mark;
    return null;
  }
  return a;
}

/** name_or_attr: attr | NAME -- NAME ('.' NAME)*, each step an Attribute from the first token. */
export function nameOrAttr(p: Parser): ExprNode | null {
  const start = p.peek();
  const n = p.nameToken();
  if (n === null) return null;
  let a: ExprNode = nameFromToken(n);
  for (;;) {
    const m = p.pos;
    if (!p.op('.')) break;
    const b = p.nameToken();
    if (b === null) {
      p.pos = m;
      break;
    }
    a = p.finish({ _type: 'Attribute', value: a, attr: normalizeIdentifier(b.text), ctx: LOAD }, start);
  }
  return a;
}

// ---------------------------------------------------------------------------------------------
// Group and sequence patterns

/** group_pattern: '(' pattern ')' */
function groupPattern(p: Parser): PatternNode | null {
  const mark = p.pos;
  if (!p.op('(')) return null;
  const pat = pattern(p);
  if (pat !== null && p.op(')')) return pat;
  p.pos = mark;
  return null;
}

/** sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')' */
function sequencePattern(p: Parser): PatternNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (p.op('[')) {
    const m = p.pos;
    let pats = maybeSequencePattern(p);
    if (pats === null) {
      p.pos = m;
      pats = [];
    }
    if (p.op(']')) return p.finish({ _type: 'MatchSequence', patterns: pats }, start);
    p.pos = mark;
    return null;
  }
  if (p.op('(')) {
    const m = p.pos;
    let pats = openSequencePattern(p);
    if (pats === null) {
      p.pos = m;
      pats = [];
    }
    if (p.op(')')) return p.finish({ _type: 'MatchSequence', patterns: pats }, start);
  }
  p.pos = mark;
  return null;
}

/** open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern? */
function openSequencePattern(p: Parser): PatternNode[] | null {
  const mark = p.pos;
  const first = maybeStarPattern(p);
  if (first === null || !p.op(',')) {
    p.pos = mark;
    return null;
  }
  const m = p.pos;
  const rest = maybeSequencePattern(p);
  if (rest === null) {
    p.pos = m;
    return [first];
  }
  return [first, ...rest];
}

/** maybe_sequence_pattern: ','.maybe_star_pattern+ ','? */
function maybeSequencePattern(p: Parser): PatternNode[] | null {
  const a = sepListOf(p, maybeStarPattern);
  if (a === null) return null;
  p.op(',');
  return a;
}

/** maybe_star_pattern: star_pattern | pattern */
function maybeStarPattern(p: Parser): PatternNode | null {
  const mark = p.pos;
  const s = starPattern(p);
  if (s !== null) return s;
  p.pos = mark;
  return pattern(p);
}

/** star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern */
function starPattern(p: Parser): PatternNode | null {
  return p.memoize(R_STAR_PATTERN, starPatternRaw);
}

function starPatternRaw(p: Parser): PatternNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (!p.op('*')) return null;
  const afterStar = p.pos;
  const target = patternCaptureTarget(p);
  if (target !== null) return p.finish({ _type: 'MatchStar', name: target.id }, start);
  p.pos = afterStar;
  if (wildcardPattern(p) !== null) return p.finish({ _type: 'MatchStar', name: null }, start);
  p.pos = mark;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Mapping patterns

interface KeyPattern {
  key: ExprNode;
  pattern: PatternNode;
}

/** mapping_pattern: '{' '}' | '{' double_star_pattern ','? '}'
 *  | '{' items_pattern ',' double_star_pattern ','? '}' | '{' items_pattern ','? '}' */
function mappingPattern(p: Parser): PatternNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (!p.op('{')) return null;
  const afterBrace = p.pos;
  if (p.op('}')) return p.finish({ _type: 'MatchMapping', keys: [], patterns: [], rest: null }, start);
  p.pos = afterBrace;
  let rest = doubleStarPattern(p);
  if (rest !== null) {
    p.op(',');
    if (p.op('}')) return p.finish({ _type: 'MatchMapping', keys: [], patterns: [], rest: rest.id }, start);
  }
  p.pos = afterBrace;
  const items = itemsPattern(p);
  if (items !== null) {
    const afterItems = p.pos;
    if (p.op(',')) {
      rest = doubleStarPattern(p);
      if (rest !== null) {
        p.op(',');
        if (p.op('}')) {
          return p.finish(
            { _type: 'MatchMapping', keys: items.map((kv) => kv.key), patterns: items.map((kv) => kv.pattern), rest: rest.id },
            start,
          );
        }
      }
    }
    p.pos = afterItems;
    p.op(',');
    if (p.op('}')) {
      return p.finish({ _type: 'MatchMapping', keys: items.map((kv) => kv.key), patterns: items.map((kv) => kv.pattern), rest: null }, start);
    }
  }
  p.pos = mark;
  return null;
}

/** items_pattern: ','.key_value_pattern+ */
function itemsPattern(p: Parser): KeyPattern[] | null {
  return sepListOf(p, keyValuePattern);
}

/** key_value_pattern: (literal_expr | attr) ':' pattern */
function keyValuePattern(p: Parser): KeyPattern | null {
  const mark = p.pos;
  let key = literalExpr(p);
  if (key === null) {
    p.pos = mark;
    key = attr(p);
  }
  if (key !== null && p.op(':')) {
    const pat = pattern(p);
    if (pat !== null) return { key, pattern: pat };
  }
  p.pos = mark;
  return null;
}

/** double_star_pattern: '**' pattern_capture_target */
function doubleStarPattern(p: Parser): Name | null {
  const mark = p.pos;
  if (!p.op('**')) return null;
  const t = patternCaptureTarget(p);
  if (t === null) p.pos = mark;
  return t;
}

// ---------------------------------------------------------------------------------------------
// Class patterns

interface KeywordPattern {
  arg: Token;
  pattern: PatternNode;
}

/** class_pattern: name_or_attr '(' ')' | name_or_attr '(' positional_patterns ','? ')'
 *  | name_or_attr '(' keyword_patterns ','? ')'
 *  | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')' | invalid_class_pattern */
function classPattern(p: Parser): PatternNode | null {
  const start = p.peek();
  const mark = p.pos;
  const cls = nameOrAttr(p);
  if (cls !== null && p.op('(')) {
    const afterParen = p.pos;
    if (p.op(')')) return p.finish({ _type: 'MatchClass', cls, patterns: [], kwd_attrs: [], kwd_patterns: [] }, start);
    p.pos = afterParen;
    const pos = positionalPatterns(p);
    if (pos !== null) {
      const afterPos = p.pos;
      p.op(',');
      if (p.op(')')) return p.finish({ _type: 'MatchClass', cls, patterns: pos, kwd_attrs: [], kwd_patterns: [] }, start);
      p.pos = afterPos;
    }
    p.pos = afterParen;
    let kws = keywordPatterns(p);
    if (kws !== null) {
      p.op(',');
      if (p.op(')')) return finishClass(p, cls, [], kws, start);
    }
    p.pos = afterParen;
    const pos2 = positionalPatterns(p);
    if (pos2 !== null && p.op(',')) {
      kws = keywordPatterns(p);
      if (kws !== null) {
        p.op(',');
        if (p.op(')')) return finishClass(p, cls, pos2, kws, start);
      }
    }
  }
  p.pos = mark;
  if (p.callInvalidRules) {
    inv.invalidClassPattern(p);
    p.pos = mark;
  }
  return null;
}

function finishClass(p: Parser, cls: ExprNode, pats: PatternNode[], kws: KeywordPattern[], start: Token): PatternNode {
  return p.finish(
    {
      _type: 'MatchClass',
      cls,
      patterns: pats,
      kwd_attrs: kws.map((k) => normalizeIdentifier(k.arg.text)),
      kwd_patterns: kws.map((k) => k.pattern),
    },
    start,
  );
}

/** positional_patterns: ','.pattern+ */
export function positionalPatterns(p: Parser): PatternNode[] | null {
  return sepListOf(p, pattern);
}

/** keyword_patterns: ','.keyword_pattern+ */
export function keywordPatterns(p: Parser): KeywordPattern[] | null {
  return sepListOf(p, keywordPattern);
}

/** keyword_pattern: NAME '=' pattern */
function keywordPattern(p: Parser): KeywordPattern | null {
  const mark = p.pos;
  const arg = p.nameToken();
  if (arg !== null && p.op('=')) {
    const pat = pattern(p);
    if (pat !== null) return { arg, pattern: pat };
  }
  p.pos = mark;
  return null;
}

/** ','.rule+ (the trailing separator is left unconsumed). */
function sepListOf<T>(p: Parser, rule: (p: Parser) => T | null): T[] | null {
  const mark = p.pos;
  const first = rule(p);
  if (first === null) {
    p.pos = mark;
    return null;
  }
  const out = [first];
  for (;;) {
    const m = p.pos;
    if (!p.op(',')) break;
    const next = rule(p);
    if (next === null) {
      p.pos = m;
      break;
    }
    out.push(next);
  }
  return out;
}
