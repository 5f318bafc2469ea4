// Assignment and deletion targets (Grammar/python.gram "ASSIGNMENT TARGETS").

import { TokenKind } from './tokens.ts';
import type { ExprNode, ExprContextNode } from './ast.ts';
import { Parser } from './parser.ts';
import { normalizeIdentifier } from './tokenizer.ts';
import { atom, slices, genexp, arguments_, nameFromToken, sepList, LOAD, STORE, DEL } from './rules-expressions.ts';

const R_STAR_TARGET = 30;
const R_TARGET_WITH_STAR_ATOM = 31;
const R_T_PRIMARY = 32;
const R_DEL_TARGET = 33;

/** _PyPegen_set_expr_context: a copy of `e` (and of its elements) with a new context. */
export function setExprContext(e: ExprNode, ctx: ExprContextNode): ExprNode {
  switch (e._type) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      return { ...e, ctx };
    case 'Starred':
      return { ...e, value: setExprContext(e.value, ctx), ctx };
    case 'List':
    case 'Tuple':
      return { ...e, elts: e.elts.map((x) => setExprContext(x, ctx)), ctx };
    default:
      return e;
  }
}

/** star_targets: star_target !',' | star_target (',' star_target)* [','] */
export function starTargets(p: Parser): ExprNode | null {
  const start = p.peek();
  const a = starTarget(p);
  if (a === null) return null;
  if (!p.isOp(',')) return a;
  const elts = [a];
  for (;;) {
    const mark = p.pos;
    if (!p.op(',')) break;
    const b = starTarget(p);
    if (b === null) {
      p.pos = mark;
      break;
    }
    elts.push(b);
  }
  p.op(',');
  return p.finish({ _type: 'Tuple', elts, ctx: STORE }, start);
}

/** star_targets_list_seq: ','.star_target+ [','] */
function starTargetsListSeq(p: Parser): ExprNode[] | null {
  const a = sepList(p, starTarget);
  if (a === null) return null;
  p.op(',');
  return a;
}

/** star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ',' */
function starTargetsTupleSeq(p: Parser): ExprNode[] | null {
  const mark = p.pos;
  const a = starTarget(p);
  if (a === null) return null;
  const elts = [a];
  for (;;) {
    const m = p.pos;
    if (!p.op(',')) break;
    const b = starTarget(p);
    if (b === null) {
      p.pos = m;
      break;
    }
    elts.push(b);
  }
  if (elts.length > 1) {
    p.op(',');
    return elts;
  }
  if (p.op(',')) return elts;
  p.pos = mark;
  return null;
}

/** star_target (memo): '*' (!'*' star_target) | target_with_star_atom */
export function starTarget(p: Parser): ExprNode | null {
  return p.memoize(R_STAR_TARGET, starTargetRaw);
}

function starTargetRaw(p: Parser): ExprNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (p.op('*')) {
    if (!p.isOp('*')) {
      p.enter();
      try {
        const a = starTarget(p);
        if (a !== null) return p.finish({ _type: 'Starred', value: setExprContext(a, STORE), ctx: STORE }, start);
      } finally {
        p.leave();
      }
    }
    p.pos = mark;
  }
  return targetWithStarAtom(p);
}

/** target_with_star_atom (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom */
export function targetWithStarAtom(p: Parser): ExprNode | null {
  return p.memoize(R_TARGET_WITH_STAR_ATOM, targetWithStarAtomRaw);
}

function targetWithStarAtomRaw(p: Parser): ExprNode | null {
  const r = subscriptAttributeTarget(p, STORE);
  if (r !== null) return r;
  return starAtom(p);
}

/** The shared shape of `t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead`. */
function subscriptAttributeTarget(p: Parser, ctx: ExprContextNode): ExprNode | null {
  const start = p.peek();
  const mark = p.pos;
  const a = tPrimary(p);
  if (a !== null) {
    const afterPrimary = p.pos;
    if (p.op('.')) {
      const n = p.nameToken();
      if (n !== null && !tLookahead(p)) {
        return p.finish({ _type: 'Attribute', value: a, attr: normalizeIdentifier(n.text), ctx }, start);
      }
    }
    p.pos = afterPrimary;
    if (p.op('[')) {
      const s = slices(p);
      if (s !== null && p.op(']') && !tLookahead(p)) {
        return p.finish({ _type: 'Subscript', value: a, slice: s, ctx }, start);
      }
    }
  }
  p.pos = mark;
  return null;
}

/** star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')' | '[' [star_targets_list_seq] ']' */
function starAtom(p: Parser): ExprNode | null {
  const start = p.peek();
  const mark = p.pos;
  const n = p.nameToken();
  if (n !== null) return { ...nameFromToken(n), ctx: STORE };
  if (p.op('(')) {
    const a = targetWithStarAtom(p);
    if (a !== null && p.op(')')) return setExprContext(a, STORE);
    p.pos = mark + 1;
    const elts = starTargetsTupleSeq(p) ?? [];
    if (p.op(')')) return p.finish({ _type: 'Tuple', elts, ctx: STORE }, start);
    p.pos = mark;
    return null;
  }
  if (p.op('[')) {
    const elts = starTargetsListSeq(p) ?? [];
    if (p.op(']')) return p.finish({ _type: 'List', elts, ctx: STORE }, start);
  }
  p.pos = mark;
  return null;
}

/** single_target: single_subscript_attribute_target | NAME | '(' single_target ')' */
export function singleTarget(p: Parser): ExprNode | null {
  const mark = p.pos;
  const a = singleSubscriptAttributeTarget(p);
  if (a !== null) return a;
  const n = p.nameToken();
  if (n !== null) return { ...nameFromToken(n), ctx: STORE };
  if (p.op('(')) {
    const t = singleTarget(p);
    if (t !== null && p.op(')')) return t;
  }
  p.pos = mark;
  return null;
}

/** single_subscript_attribute_target: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead */
export function singleSubscriptAttributeTarget(p: Parser): ExprNode | null {
  return subscriptAttributeTarget(p, STORE);
}

/** t_lookahead: '(' | '[' | '.' */
function tLookahead(p: Parser): boolean {
  const t = p.peek();
  return t.kind === TokenKind.OP && (t.text === '(' || t.text === '[' || t.text === '.');
}

/** t_primary (left-recursive): every suffix must be followed by another (&t_lookahead). */
export function tPrimary(p: Parser): ExprNode | null {
  return p.memoize(R_T_PRIMARY, tPrimaryRaw);
}

function tPrimaryRaw(p: Parser): ExprNode | null {
  const start = p.peek();
  const mark = p.pos;
  const first = atom(p);
  if (first === null || !tLookahead(p)) {
    p.pos = mark;
    return null;
  }
  let a: ExprNode = first;
  for (;;) {
    const m = p.pos;
    const t = p.peek();
    if (t.kind !== TokenKind.OP) break;
    if (t.text === '.') {
      p.pos++;
      const n = p.nameToken();
      if (n !== null && tLookahead(p)) {
        a = p.finish({ _type: 'Attribute', value: a, attr: normalizeIdentifier(n.text), ctx: LOAD }, start);
        continue;
      }
      p.pos = m;
    } else if (t.text === '[') {
      p.pos++;
      const s = slices(p);
      if (s !== null && p.op(']') && tLookahead(p)) {
        a = p.finish({ _type: 'Subscript', value: a, slice: s, ctx: LOAD }, start);
        continue;
      }
      p.pos = m;
    } else if (t.text === '(') {
      const g = genexp(p);
      if (g !== null && tLookahead(p)) {
        a = p.finish({ _type: 'Call', func: a, args: [g], keywords: [] }, start);
        continue;
      }
      p.pos = m + 1;
      const args = arguments_(p);
      if (p.op(')') && tLookahead(p)) {
        a = p.finish({ _type: 'Call', func: a, args: args?.args ?? [], keywords: args?.keywords ?? [] }, start);
        continue;
      }
      p.pos = m;
    }
    break;
  }
  return a;
}

/** del_targets: ','.del_target+ [','] */
export function delTargets(p: Parser): ExprNode[] | null {
  const a = sepList(p, delTarget);
  if (a === null) return null;
  p.op(',');
  return a;
}

/** del_target (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom */
function delTarget(p: Parser): ExprNode | null {
  return p.memoize(R_DEL_TARGET, delTargetRaw);
}

function delTargetRaw(p: Parser): ExprNode | null {
  const r = subscriptAttributeTarget(p, DEL);
  if (r !== null) return r;
  return delTAtom(p);
}

/** del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']' */
function delTAtom(p: Parser): ExprNode | null {
  const start = p.peek();
  const mark = p.pos;
  const n = p.nameToken();
  if (n !== null) return { ...nameFromToken(n), ctx: DEL };
  if (p.op('(')) {
    const a = delTarget(p);
    if (a !== null && p.op(')')) return setExprContext(a, DEL);
    p.pos = mark + 1;
    const elts = delTargets(p) ?? [];
    if (p.op(')')) return p.finish({ _type: 'Tuple', elts, ctx: DEL }, start);
    p.pos = mark;
    return null;
  }
  if (p.op('[')) {
    const elts = delTargets(p) ?? [];
    if (p.op(']')) return p.finish({ _type: 'List', elts, ctx: DEL }, start);
  }
  p.pos = mark;
  return null;
}
