// Function and lambda parameter lists (Grammar/python.gram "Function parameters" and
// "Lambda functions"). One implementation serves both: lambdas have no annotations or type
// comments, and their list ends at ':' instead of ')'.

import { TokenKind, type Token } from './tokens.ts';
import type { Arguments, Arg, ExprNode } from './ast.ts';
import { Parser } from './parser.ts';
import { normalizeIdentifier } from './tokenizer.ts';
import { expression, starExpression } from './rules-expressions.ts';
import * as inv from './rules-invalid.ts';

interface NameDefault {
  arg: Arg;
  value: ExprNode | null;
}
interface SlashWithDefault {
  plainNames: Arg[];
  namesWithDefaults: NameDefault[];
}
interface StarEtc {
  vararg: Arg | null;
  kwonlyargs: NameDefault[];
  kwarg: Arg | null;
}

export class ParamStyle {
  constructor(
    readonly isLambda: boolean,
    /** The token that follows the last parameter: ')' for def, ':' for lambda. */
    readonly close: string,
  ) {}
}
export const DEF_PARAMS = new ParamStyle(false, ')');
export const LAMBDA_PARAMS = new ParamStyle(true, ':');

/** params: invalid_parameters | parameters */
export function params(p: Parser): Arguments | null {
  return paramList(p, DEF_PARAMS);
}

/** lambda_params: invalid_lambda_parameters | lambda_parameters */
export function lambdaParams(p: Parser): Arguments | null {
  return paramList(p, LAMBDA_PARAMS);
}

function paramList(p: Parser, s: ParamStyle): Arguments | null {
  const mark = p.pos;
  if (p.callInvalidRules) {
    inv.invalidParameters(p, s);
    p.pos = mark;
  }
  return parameters(p, s);
}

/** parameters (and lambda_parameters) */
export function parameters(p: Parser, s: ParamStyle): Arguments | null {
  const mark = p.pos;
  // slash_no_default param_no_default* param_with_default* [star_etc]
  const a = slashNoDefault(p, s);
  if (a !== null) {
    const b = repeat(p, s, paramNoDefault);
    const c = repeat(p, s, paramWithDefault);
    const d = starEtc(p, s);
    return p.checkVersion(8, 'Positional-only parameters are', makeArguments(a, null, b, c, d));
  }
  p.pos = mark;
  // slash_with_default param_with_default* [star_etc]
  const sw = slashWithDefault(p, s);
  if (sw !== null) {
    const b = repeat(p, s, paramWithDefault);
    const c = starEtc(p, s);
    return p.checkVersion(8, 'Positional-only parameters are', makeArguments(null, sw, [], b, c));
  }
  p.pos = mark;
  // param_no_default+ param_with_default* [star_etc]
  const nd = repeat(p, s, paramNoDefault);
  if (nd.length) {
    const b = repeat(p, s, paramWithDefault);
    const c = starEtc(p, s);
    return makeArguments(null, null, nd, b, c);
  }
  p.pos = mark;
  // param_with_default+ [star_etc]
  const wd = repeat(p, s, paramWithDefault);
  if (wd.length) {
    const c = starEtc(p, s);
    return makeArguments(null, null, [], wd, c);
  }
  p.pos = mark;
  // star_etc
  const se = starEtc(p, s);
  if (se !== null) return makeArguments(null, null, [], [], se);
  p.pos = mark;
  return null;
}

function repeat<T>(p: Parser, s: ParamStyle, rule: (p: Parser, s: ParamStyle) => T | null): T[] {
  const out: T[] = [];
  for (;;) {
    const m = p.pos;
    const r = rule(p, s);
    if (r === null) {
      p.pos = m;
      return out;
    }
    out.push(r);
  }
}

/** _PyPegen_make_arguments */
function makeArguments(
  slashNoDefault: Arg[] | null,
  slashWithDefault: SlashWithDefault | null,
  plainNames: Arg[],
  namesWithDefault: NameDefault[],
  starEtc: StarEtc | null,
): Arguments {
  let posonlyargs: Arg[] = [];
  if (slashNoDefault !== null) posonlyargs = slashNoDefault;
  else if (slashWithDefault !== null) {
    posonlyargs = [...slashWithDefault.plainNames, ...slashWithDefault.namesWithDefaults.map((n) => n.arg)];
  }
  const args = [...plainNames, ...namesWithDefault.map((n) => n.arg)];
  const defaults: ExprNode[] = [];
  if (slashWithDefault !== null) for (const n of slashWithDefault.namesWithDefaults) defaults.push(n.value!);
  for (const n of namesWithDefault) defaults.push(n.value!);
  return {
    _type: 'arguments',
    posonlyargs,
    args,
    vararg: starEtc?.vararg ?? null,
    kwonlyargs: starEtc?.kwonlyargs.map((n) => n.arg) ?? [],
    kw_defaults: starEtc?.kwonlyargs.map((n) => n.value) ?? [],
    kwarg: starEtc?.kwarg ?? null,
    defaults,
  };
}

/** slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')' */
export function slashNoDefault(p: Parser, s: ParamStyle): Arg[] | null {
  const mark = p.pos;
  const a = repeat(p, s, paramNoDefault);
  if (a.length && p.op('/')) {
    if (p.op(',') || p.isOp(s.close)) return a;
  }
  p.pos = mark;
  return null;
}

/** slash_with_default: param_no_default* param_with_default+ '/' ',' | ... '/' &')' */
export function slashWithDefault(p: Parser, s: ParamStyle): SlashWithDefault | null {
  const mark = p.pos;
  const a = repeat(p, s, paramNoDefault);
  const b = repeat(p, s, paramWithDefault);
  if (b.length && p.op('/')) {
    if (p.op(',') || p.isOp(s.close)) return { plainNames: a, namesWithDefaults: b };
  }
  p.pos = mark;
  return null;
}

/** star_etc: invalid_star_etc | '*' param_no_default param_maybe_default* [kwds]
 *  | '*' param_no_default_star_annotation param_maybe_default* [kwds]
 *  | '*' ',' param_maybe_default+ [kwds] | kwds */
export function starEtc(p: Parser, s: ParamStyle): StarEtc | null {
  const mark = p.pos;
  if (p.callInvalidRules) {
    inv.invalidStarEtc(p, s);
    p.pos = mark;
  }
  if (p.op('*')) {
    const afterStar = p.pos;
    let a = paramNoDefault(p, s);
    if (a === null && !s.isLambda) {
      p.pos = afterStar;
      a = paramNoDefaultStarAnnotation(p);
    }
    if (a !== null) {
      const b = repeat(p, s, paramMaybeDefault);
      const c = kwds(p, s);
      return { vararg: a, kwonlyargs: b, kwarg: c };
    }
    p.pos = afterStar;
    if (p.op(',')) {
      const b = repeat(p, s, paramMaybeDefault);
      if (b.length) {
        const c = kwds(p, s);
        return { vararg: null, kwonlyargs: b, kwarg: c };
      }
    }
    p.pos = mark;
  }
  const k = kwds(p, s);
  if (k !== null) return { vararg: null, kwonlyargs: [], kwarg: k };
  p.pos = mark;
  return null;
}

/** kwds: invalid_kwds | '**' param_no_default */
function kwds(p: Parser, s: ParamStyle): Arg | null {
  const mark = p.pos;
  if (p.callInvalidRules) {
    inv.invalidKwds(p, s);
    p.pos = mark;
  }
  if (p.op('**')) {
    const a = paramNoDefault(p, s);
    if (a !== null) return a;
  }
  p.pos = mark;
  return null;
}

/** The ending shared by every param_* rule: ',' TYPE_COMMENT? | TYPE_COMMENT? &')' */
function paramEnd(p: Parser, s: ParamStyle): { ok: boolean; typeComment: Token | null } {
  const mark = p.pos;
  if (p.op(',')) {
    const tc = s.isLambda ? null : p.expect(TokenKind.TYPE_COMMENT);
    return { ok: true, typeComment: tc };
  }
  const tc = s.isLambda ? null : p.expect(TokenKind.TYPE_COMMENT);
  if (p.isOp(s.close)) return { ok: true, typeComment: tc };
  p.pos = mark;
  return { ok: false, typeComment: null };
}

function withTypeComment(a: Arg, tc: Token | null): Arg {
  return tc === null ? a : { ...a, type_comment: tc.text };
}

/** param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')' */
export function paramNoDefault(p: Parser, s: ParamStyle): Arg | null {
  const mark = p.pos;
  const a = param(p, s);
  if (a === null) return null;
  const end = paramEnd(p, s);
  if (end.ok) return withTypeComment(a, end.typeComment);
  p.pos = mark;
  return null;
}

/** param_no_default_star_annotation: param_star_annotation ',' TYPE_COMMENT? | ... &')' */
function paramNoDefaultStarAnnotation(p: Parser): Arg | null {
  const mark = p.pos;
  const start = p.peek();
  const n = p.nameToken();
  if (n !== null && p.op(':')) {
    const ann = starExpression(p);
    if (ann !== null) {
      const a = p.finish({ _type: 'arg', arg: normalizeIdentifier(n.text), annotation: ann, type_comment: null } as Arg, start);
      const end = paramEnd(p, DEF_PARAMS);
      if (end.ok) return withTypeComment(a, end.typeComment);
    }
  }
  p.pos = mark;
  return null;
}

/** param_with_default: param default ',' TYPE_COMMENT? | param default TYPE_COMMENT? &')' */
export function paramWithDefault(p: Parser, s: ParamStyle): NameDefault | null {
  const mark = p.pos;
  const a = param(p, s);
  if (a !== null) {
    const d = defaultValue(p);
    if (d !== null) {
      const end = paramEnd(p, s);
      if (end.ok) return { arg: withTypeComment(a, end.typeComment), value: d };
    }
  }
  p.pos = mark;
  return null;
}

/** param_maybe_default: param default? ',' TYPE_COMMENT? | param default? TYPE_COMMENT? &')' */
export function paramMaybeDefault(p: Parser, s: ParamStyle): NameDefault | null {
  const mark = p.pos;
  const a = param(p, s);
  if (a !== null) {
    const m = p.pos;
    let d = defaultValue(p);
    if (d === null) p.pos = m;
    const end = paramEnd(p, s);
    if (end.ok) return { arg: withTypeComment(a, end.typeComment), value: d };
    d = null;
  }
  p.pos = mark;
  return null;
}

/** param: NAME annotation? (lambda_param: NAME) */
export function param(p: Parser, s: ParamStyle): Arg | null {
  const start = p.peek();
  const n = p.nameToken();
  if (n === null) return null;
  let annotation: ExprNode | null = null;
  if (!s.isLambda) {
    const m = p.pos;
    if (p.op(':')) {
      annotation = expression(p);
      if (annotation === null) p.pos = m;
    }
  }
  return p.finish({ _type: 'arg', arg: normalizeIdentifier(n.text), annotation, type_comment: null } as Arg, start);
}

/** default: '=' expression | invalid_default */
export function defaultValue(p: Parser): ExprNode | null {
  const mark = p.pos;
  if (p.op('=')) {
    const e = expression(p);
    if (e !== null) return e;
  }
  p.pos = mark;
  if (p.callInvalidRules) {
    inv.invalidDefault(p);
    p.pos = mark;
  }
  return null;
}

export type { NameDefault, SlashWithDefault, StarEtc };
