// String literal rules: plain strings, f-strings (PEP 701), t-strings (PEP 750), and implicit
// concatenation (Grammar/python.gram "LITERALS"; Parser/action_helpers.c for the AST they build).

import { TokenKind, type Token } from './tokens.ts';
import type { ExprNode, Constant, FormattedValue, Interpolation, JoinedStr } from './ast.ts';
import { Parser, ParserAbort } from './parser.ts';
import { PythonSyntaxError } from './errors.ts';
import { decodeStringLiteral, decodeFStringMiddle, LiteralError } from './literals.ts';
import { annotatedRhs } from './rules-statements.ts';
import { nameFromToken } from './rules-expressions.ts';
import * as inv from './rules-invalid.ts';

type StringPart = ExprNode;

/** strings (memo): invalid_string_tstring_concat | (fstring|string)+ | tstring+ */
export function strings(p: Parser): ExprNode | null {
  const start = p.peek();
  const mark = p.pos;
  if (p.callInvalidRules) {
    inv.invalidStringTstringConcat(p);
    p.pos = mark;
  }
  const parts: StringPart[] = [];
  for (;;) {
    const t = p.peek();
    let part: StringPart | null = null;
    if (t.kind === TokenKind.STRING) part = string(p);
    else if (t.kind === TokenKind.FSTRING_START) part = fstring(p);
    else break;
    if (part === null) break;
    parts.push(part);
  }
  if (parts.length) {
    return concatenateStrings(p, parts, start);
  }
  p.pos = mark;
  const tparts: StringPart[] = [];
  for (;;) {
    if (!p.isKind(TokenKind.TSTRING_START)) break;
    const part = tstring(p);
    if (part === null) break;
    tparts.push(part);
  }
  if (tparts.length) {
    const values = buildConcatenatedStr(tparts);
    return p.finish({ _type: 'TemplateStr', values }, start);
  }
  p.pos = mark;
  return null;
}

/** string: STRING -> a Constant with the literal's decoded value (_PyPegen_constant_from_string). */
export function string(p: Parser): Constant | null {
  const t = p.expect(TokenKind.STRING);
  if (t === null) return null;
  const decoded = decode(p, t, () => decodeStringLiteral(t, p.warnings));
  return { _type: 'Constant', value: decoded.value, kind: decoded.kind, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
}

/** Runs a literal decoder, turning its errors into parser errors at the literal's token, or with
 * `atLastToken` at the last token read, as RAISE_SYNTAX_ERROR does (Parser/action_helpers.c:
 * _PyPegen_joined_str decodes f-string parts once FSTRING_END is read). */
export function decode<T>(p: Parser, token: Token, fn: () => T, atLastToken = false): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof LiteralError) {
      if (e.location === 'tokenLines') p.raiseAt('SyntaxError', e.msg, token.lineno, 0, token.endLineno, 0);
      if (atLastToken) p.raiseError(e.msg);
      p.raiseKnownLocation(token, e.msg);
    }
    if (e instanceof PythonSyntaxError) {
      e.filename = p.filename;
      throw new ParserAbort(e);
    }
    throw e;
  }
}

function isRawPrefix(startToken: Token): boolean {
  return /[rR]/.test(startToken.text);
}

/** fstring: FSTRING_START fstring_middle* FSTRING_END (_PyPegen_joined_str) */
export function fstring(p: Parser): ExprNode | null {
  const mark = p.pos;
  const a = p.expect(TokenKind.FSTRING_START);
  if (a === null) return null;
  const raw: ExprNode[] = [];
  for (;;) {
    const m = p.pos;
    const part = fstringMiddle(p, TokenKind.FSTRING_MIDDLE, false);
    if (part === null) {
      p.pos = m;
      break;
    }
    raw.push(part);
  }
  const b = p.expect(TokenKind.FSTRING_END);
  if (b === null) {
    p.pos = mark;
    return null;
  }
  const values = decodeParts(p, a, raw);
  return { _type: 'JoinedStr', values, lineno: a.lineno, col_offset: a.col, end_lineno: b.endLineno, end_col_offset: b.endCol };
}

/** tstring: TSTRING_START tstring_middle* TSTRING_END (_PyPegen_template_str) */
export function tstring(p: Parser): ExprNode | null {
  const mark = p.pos;
  const a = p.expect(TokenKind.TSTRING_START);
  if (a === null) return null;
  const raw: ExprNode[] = [];
  for (;;) {
    const m = p.pos;
    const part = fstringMiddle(p, TokenKind.TSTRING_MIDDLE, true);
    if (part === null) {
      p.pos = m;
      break;
    }
    raw.push(part);
  }
  const b = p.expect(TokenKind.TSTRING_END);
  if (b === null) {
    p.pos = mark;
    return null;
  }
  const values = decodeParts(p, a, raw);
  const node: ExprNode = { _type: 'TemplateStr', values, lineno: a.lineno, col_offset: a.col, end_lineno: b.endLineno, end_col_offset: b.endCol };
  return p.checkVersion(14, 't-strings are', node);
}

/** Flattens debug JoinedStrs, decodes literal parts and drops empty ones (_PyPegen_joined_str). */
function decodeParts(p: Parser, startToken: Token, raw: ExprNode[]): ExprNode[] {
  const flat: ExprNode[] = [];
  for (const e of raw) {
    if (e._type === 'JoinedStr') flat.push(...e.values);
    else flat.push(e);
  }
  const isRaw = isRawPrefix(startToken);
  const out: ExprNode[] = [];
  for (const item of flat) {
    if (item._type === 'Constant' && (item as RawConstant).rawToken !== undefined) {
      const c = item as RawConstant;
      const text = c.value as string;
      const tok = c.rawToken!;
      const value = decode(p, tok, () => decodeFStringMiddle(tok, isRaw || !text.includes('\\'), p.warnings), true);
      if (value.length === 0) continue;
      out.push({ _type: 'Constant', value, kind: null, lineno: c.lineno, col_offset: c.col_offset, end_lineno: c.end_lineno, end_col_offset: c.end_col_offset });
      continue;
    }
    if (item._type === 'Constant' && typeof item.value === 'string' && item.value.length === 0) continue;
    out.push(item);
  }
  return out;
}

/** A Constant built from an FSTRING_MIDDLE token whose escapes are decoded later. */
interface RawConstant extends Constant {
  rawToken?: Token;
}

/** fstring_middle: fstring_replacement_field | FSTRING_MIDDLE (and the t-string twins). */
function fstringMiddle(p: Parser, middleKind: TokenKind, isTemplate: boolean): ExprNode | null {
  const t = p.peek();
  if (t.kind === middleKind) {
    p.pos++;
    const c: RawConstant = { _type: 'Constant', value: t.text, kind: null, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
    Object.defineProperty(c, 'rawToken', { value: t, enumerable: false });
    return c;
  }
  return replacementField(p, isTemplate);
}

interface WithMetadata {
  result: ExprNode;
  /** The source text of the replacement field's expression up to this token (the `=` debug text). */
  metadata: string;
}

/**
 * fstring_replacement_field:
 *   '{' annotated_rhs '='? [fstring_conversion] [fstring_full_format_spec] '}' | invalid_..._replacement_field
 */
export function replacementField(p: Parser, isTemplate: boolean, inFormatSpec = false): ExprNode | null {
  const start = p.peek();
  const mark = p.pos;
  const lbrace = p.op('{');
  if (lbrace !== null) {
    const a = annotatedRhs(p);
    if (a !== null) {
      const debug = p.op('=');
      let conversion: WithMetadata | null = null;
      let m = p.pos;
      const bang = p.op('!');
      if (bang !== null) {
        const conv = p.nameToken();
        if (conv !== null) {
          conversion = checkConversion(p, lbrace, bang, conv, isTemplate);
        } else {
          p.pos = m;
        }
      }
      m = p.pos;
      const format = fullFormatSpec(p, lbrace, isTemplate);
      if (format === null) p.pos = m;
      const rbrace = p.op('}');
      if (rbrace !== null) {
        const metadata = rbrace.metadata ?? p.text.slice(lbrace.end, rbrace.start);
        // A field nested in a t-string's format spec is a FormattedValue
        // (tstring_format_spec_replacement_field), not an Interpolation.
        return buildReplacement(p, start, a, debug, conversion, format, metadata, isTemplate && !inFormatSpec);
      }
    }
  }
  p.pos = mark;
  if (p.callInvalidRules) {
    inv.invalidReplacementField(p, isTemplate);
    p.pos = mark;
  }
  return null;
}

/** _PyPegen_check_fstring_conversion: the conversion name must touch the '!'. */
function checkConversion(p: Parser, lbrace: Token, bang: Token, conv: Token, isTemplate: boolean): WithMetadata {
  const convName = nameFromToken(conv);
  if (bang.lineno !== conv.lineno || bang.endCol !== conv.col) {
    p.raiseKnownRange(bang, conv, `${isTemplate ? 't' : 'f'}-string: conversion type must come right after the exclamation mark`);
  }
  return { result: convName, metadata: bang.metadata ?? p.text.slice(lbrace.end, bang.start) };
}

/** fstring_full_format_spec: ':' fstring_format_spec* (_PyPegen_setup_full_format_spec) */
function fullFormatSpec(p: Parser, lbrace: Token, isTemplate: boolean): WithMetadata | null {
  const colon = p.op(':');
  if (colon === null) return null;
  const middleKind = isTemplate ? TokenKind.TSTRING_MIDDLE : TokenKind.FSTRING_MIDDLE;
  const spec: ExprNode[] = [];
  for (;;) {
    const t = p.peek();
    if (t.kind === middleKind) {
      p.pos++;
      // _PyPegen_decoded_constant_from_token: format-spec text is decoded right away.
      const value = decode(p, t, () => decodeFStringMiddle(t, false, p.warnings));
      spec.push({ _type: 'Constant', value, kind: null, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol });
      continue;
    }
    const m = p.pos;
    const field = replacementField(p, isTemplate, true);
    if (field === null) {
      p.pos = m;
      break;
    }
    spec.push(field);
  }
  const nonEmpty = spec.filter((e) => !(e._type === 'Constant' && typeof e.value === 'string' && e.value.length === 0));
  let result: ExprNode;
  if (nonEmpty.length === 0 || (nonEmpty.length === 1 && nonEmpty[0]!._type === 'Constant')) {
    result = p.finish({ _type: 'JoinedStr', values: nonEmpty } as JoinedStr, colon);
  } else {
    result = concatenateStrings(p, nonEmpty, colon);
  }
  return { result, metadata: colon.metadata ?? p.text.slice(lbrace.end, colon.start) };
}

/** _PyPegen_formatted_value / _PyPegen_interpolation */
function buildReplacement(
  p: Parser,
  start: Token,
  expression: ExprNode,
  debug: Token | null,
  conversion: WithMetadata | null,
  format: WithMetadata | null,
  closingMetadata: string,
  isTemplate: boolean,
): ExprNode {
  let conversionVal = -1;
  if (conversion !== null) {
    const id = (conversion.result as { id: string }).id;
    const first = id.codePointAt(0)!;
    if ([...id].length > 1 || !(id === 's' || id === 'r' || id === 'a')) {
      p.raiseKnownLocation(conversion.result, `${isTemplate ? 't' : 'f'}-string: invalid conversion character ${pyReprStr(id)}: expected 's', 'r', or 'a'`);
    }
    conversionVal = first;
  } else if (debug !== null && format === null) {
    conversionVal = 'r'.charCodeAt(0);
  }
  const end = p.lastToken();
  const loc = { lineno: start.lineno, col_offset: start.col, end_lineno: end.endLineno, end_col_offset: end.endCol };

  let debugEndLine: number;
  let debugEndOffset: number;
  let metadata: string;
  if (conversion !== null) {
    debugEndLine = conversion.result.lineno;
    debugEndOffset = conversion.result.col_offset;
    metadata = conversion.metadata;
  } else if (format !== null) {
    debugEndLine = format.result.lineno;
    debugEndOffset = format.result.col_offset + 1;
    metadata = format.metadata;
  } else {
    debugEndLine = loc.end_lineno;
    debugEndOffset = loc.end_col_offset;
    metadata = closingMetadata;
  }

  let value: FormattedValue | Interpolation;
  if (isTemplate) {
    value = {
      _type: 'Interpolation',
      value: expression,
      str: stripInterpolationExpr(metadata),
      conversion: conversionVal,
      format_spec: format?.result ?? null,
      ...loc,
    };
  } else {
    value = { _type: 'FormattedValue', value: expression, conversion: conversionVal, format_spec: format?.result ?? null, ...loc };
  }
  if (debug === null) return value;
  const debugText: Constant = {
    _type: 'Constant',
    value: metadata,
    kind: null,
    lineno: loc.lineno,
    col_offset: loc.col_offset + 1,
    end_lineno: debugEndLine,
    end_col_offset: debugEndOffset - 1,
  };
  return { _type: 'JoinedStr', values: [debugText, value], lineno: loc.lineno, col_offset: loc.col_offset, end_lineno: debugEndLine, end_col_offset: debugEndOffset };
}

/** The Interpolation.str of a t-string field: its expression text without trailing whitespace and '='. */
function stripInterpolationExpr(text: string): string {
  let end = text.length;
  while (end > 0) {
    const c = text[end - 1]!;
    if (c === '=' || /\s/u.test(c)) end--;
    else break;
  }
  return text.slice(0, end);
}

function pyReprStr(s: string): string {
  return s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** _PyPegen_concatenate_strings: implicit concatenation of string, bytes and f-string literals. */
export function concatenateStrings(p: Parser, parts: ExprNode[], start: Token): ExprNode {
  let fstringFound = false;
  let unicodeFound = false;
  let bytesFound = false;
  for (const e of parts) {
    if (e._type === 'Constant') {
      if (e.value instanceof Uint8Array) bytesFound = true;
      else unicodeFound = true;
    } else {
      fstringFound = true;
    }
  }
  if ((unicodeFound || fstringFound) && bytesFound) {
    p.raiseError('cannot mix bytes and nonbytes literals');
  }
  if (bytesFound) {
    let total = 0;
    for (const e of parts) total += ((e as Constant).value as Uint8Array).length;
    const out = new Uint8Array(total);
    let off = 0;
    for (const e of parts) {
      const b = (e as Constant).value as Uint8Array;
      out.set(b, off);
      off += b.length;
    }
    return p.finish({ _type: 'Constant', value: out, kind: (parts[0] as Constant).kind } as Constant, start);
  }
  if (!fstringFound) {
    if (parts.length === 1) return parts[0]!;
    let s = '';
    for (const e of parts) s += (e as Constant).value as string;
    return p.finish({ _type: 'Constant', value: s, kind: (parts[0] as Constant).kind } as Constant, start);
  }
  const values = buildConcatenatedStr(parts);
  return p.finish({ _type: 'JoinedStr', values } as JoinedStr, start);
}

/** _build_concatenated_str: flatten JoinedStr/TemplateStr parts, fold adjacent constants, drop
 * empty ones. */
function buildConcatenatedStr(parts: ExprNode[]): ExprNode[] {
  const flat: ExprNode[] = [];
  for (const e of parts) {
    if (e._type === 'JoinedStr' || e._type === 'TemplateStr') flat.push(...e.values);
    else flat.push(e);
  }
  const values: ExprNode[] = [];
  for (let i = 0; i < flat.length; i++) {
    let elem = flat[i]!;
    if (elem._type === 'Constant') {
      if (i + 1 < flat.length && flat[i + 1]!._type === 'Constant') {
        const first = elem;
        let last = elem;
        let s = '';
        let j = i;
        for (; j < flat.length; j++) {
          const cur = flat[j]!;
          if (cur._type !== 'Constant') break;
          s += cur.value as string;
          last = cur;
        }
        i = j - 1;
        elem = { _type: 'Constant', value: s, kind: first.kind, lineno: first.lineno, col_offset: first.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset };
      }
      if (typeof (elem as Constant).value === 'string' && ((elem as Constant).value as string).length === 0) continue;
    }
    values.push(elem);
  }
  return values;
}
