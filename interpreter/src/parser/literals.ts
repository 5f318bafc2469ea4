// Values of NUMBER, STRING and FSTRING_MIDDLE tokens, as CPython's parser computes them
// (Parser/pegen.c: parsenumber, Parser/string_parser.c: _PyPegen_parse_string,
// decode_unicode_with_escapes, decode_bytes_with_escapes, warn_invalid_escape_sequence;
// Objects/unicodeobject.c: _PyUnicode_DecodeUnicodeEscapeInternal2;
// Objects/bytesobject.c: _PyBytes_DecodeEscape2).
//
// Errors are thrown as LiteralError: the message is CPython's; `location` says where the parser
// must put the SyntaxError:
//   'token'      - RAISE_SYNTAX_ERROR_KNOWN_LOCATION(token): the token's start to its end.
//   'tokenLines' - CPython's huge-int error: the token's lineno and end_lineno, col_offset and
//                  end_col_offset -1 (SyntaxError.offset = end_offset = 0).

import type { CompileWarning } from './errors.ts';
import type { Token } from './tokens.ts';
import { lookupName as lookupUnicodeName } from '../unicode/names.ts';

export class LiteralError {
  constructor(public msg: string, public location: 'token' | 'tokenLines') {}
  toString(): string {
    return `SyntaxError: ${this.msg}`;
  }
}

export interface ComplexLiteral {
  kind: 'complex';
  real: 0;
  imag: number;
}

/** sys.get_int_max_str_digits() default (PEP 651 / CVE-2020-10735). */
export const DEFAULT_INT_MAX_STR_DIGITS = 4300;

/**
 * The value of a NUMBER token's text: a bigint for integers, a number for floats (correctly
 * rounded, `1e400` is Infinity), a ComplexLiteral for imaginary literals.
 * Throws LiteralError for a decimal integer longer than `maxStrDigits` (0 = no limit).
 */
export function parseNumberLiteral(text: string, maxStrDigits = DEFAULT_INT_MAX_STR_DIGITS): bigint | number | ComplexLiteral {
  const s = text.indexOf('_') >= 0 ? text.replace(/_/g, '') : text;
  const last = s.charCodeAt(s.length - 1);
  if (last === 106 || last === 74) {
    return { kind: 'complex', real: 0, imag: Number(s.slice(0, -1)) };
  }
  if (s.length > 1 && s.charCodeAt(0) === 48) {
    const p = s.charCodeAt(1) | 32;
    if (p === 120 || p === 111 || p === 98) return BigInt('0' + String.fromCharCode(p) + s.slice(2));
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 101 || c === 69) return Number(s);
  }
  if (maxStrDigits > 0 && s.length > maxStrDigits) {
    // Objects/longobject.c: the limit counts the digits (leading zeros included).
    throw new LiteralError(
      `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${s.length} digits; ` +
        'use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals ' +
        'to avoid decimal conversion limits.',
      'tokenLines',
    );
  }
  return s.length < 16 ? BigInt(Number(s)) : BigInt(s);
}

// ---------------------------------------------------------------------------------------
// \N{NAME}

/** Looks a character name up (Unicode names and aliases, not named sequences); -1 if unknown. */
export type UnicodeNameResolver = (name: string) => number;

let nameResolver: UnicodeNameResolver | null = null;

/** Replaces the Unicode name table used by \N{...} (by default unicode/names.ts: lookupName). */
export function setUnicodeNameResolver(resolver: UnicodeNameResolver | null): void {
  nameResolver = resolver;
}

/** Objects/unicodeobject.c: \N{...} resolves names and aliases (_PyUnicode_Name_CAPI getcode
 * without named sequences), case-insensitively. */
function lookupName(name: string): number {
  if (nameResolver !== null) return nameResolver(name);
  return lookupUnicodeName(name) ?? -1;
}

// ---------------------------------------------------------------------------------------
// Strings.

export interface DecodedString {
  /** str value, or bytes value (Uint8Array) for b'' literals. */
  value: string | Uint8Array;
  /** 'u' when the literal starts with a lowercase u prefix (ast.Constant.kind), else null. */
  kind: 'u' | null;
}

/** Body of a STRING token: prefix flags and the text between the quotes. */
function splitStringToken(text: string): { bytes: boolean; raw: boolean; body: string; quoteCount: number } {
  let i = 0;
  let bytes = false;
  let raw = false;
  for (;;) {
    const c = text.charCodeAt(i) | 32;
    if (c === 98) bytes = true;
    else if (c === 114) raw = true;
    else if (c !== 117) break;
    i++;
  }
  const q = text.charCodeAt(i);
  let qs = 1;
  if (text.length - i >= 6 && text.charCodeAt(i + 1) === q && text.charCodeAt(i + 2) === q) qs = 3;
  // Quotes counted at the very start of the token (warn_invalid_escape_sequence's quirk:
  // 0 when the token starts with a prefix letter).
  const quoteCount = quoteCountOf(text);
  return { bytes, raw, body: text.slice(i + qs, text.length - qs), quoteCount };
}

function quoteCountOf(text: string): number {
  let first = 0;
  let n = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 34 || c === 39) {
      if (n === 0) first = c;
      if (c === first) n++;
    } else break;
  }
  return n;
}

/**
 * Decode one STRING token (not an f-/t-string). Invalid escape sequences add a SyntaxWarning to
 * `warnings` (CPython warns once per literal, for the first one). Throws LiteralError.
 */
export function decodeStringLiteral(token: Token, warnings?: CompileWarning[]): DecodedString {
  const text = token.text;
  const { bytes, raw, body, quoteCount } = splitStringToken(text);
  // Only a lowercase `u` prefix gives Constant.kind 'u' (action_helpers.c: the_str[0] == 'u').
  const kind = text.charCodeAt(0) === 117 ? 'u' : null;
  if (bytes) {
    const out = new Uint8Array(body.length);
    for (let i = 0; i < body.length; i++) {
      const c = body.charCodeAt(i);
      if (c >= 0x80) throw new LiteralError('bytes can only contain ASCII literal characters', 'token');
      out[i] = c;
    }
    if (raw || body.indexOf('\\') < 0) return { value: out, kind };
    return { value: decodeBytesEscapes(body, token, quoteCount, warnings), kind };
  }
  if (raw || body.indexOf('\\') < 0) return { value: body, kind };
  return { value: decodeUnicodeEscapes(body, token, quoteCount, warnings), kind };
}

/**
 * Decode the text of an FSTRING_MIDDLE / TSTRING_MIDDLE token (`raw` for rf/rt strings), as
 * _PyPegen_decode_fstring_part does. `{{`/`}}` are already halved by the tokenizer.
 */
export function decodeFStringMiddle(token: Token, raw: boolean, warnings?: CompileWarning[]): string {
  let text = token.text;
  if (text === '{{' || text === '}}') text = text.slice(0, 1);
  if (raw || text.indexOf('\\') < 0) return text;
  return decodeUnicodeEscapes(text, token, quoteCountOf(token.text), warnings);
}

/** warn_invalid_escape_sequence: position of the first invalid escape, counted in the bytes of
 * CPython's intermediate buffer (`bufPos`, with newlines counted from `lineBreakPos`). */
function invalidEscapeWarning(
  warnings: CompileWarning[] | undefined,
  token: Token,
  quoteCount: number,
  lineDelta: number,
  colInBuffer: number,
  escape: string,
  octal: boolean,
): void {
  if (warnings === undefined) return;
  const message = octal
    ? `"\\${escape}" is an invalid octal escape sequence. Such sequences will not work in the future. Did you mean "\\\\${escape}"? A raw string is also an option.`
    : `"\\${escape}" is an invalid escape sequence. Such sequences will not work in the future. Did you mean "\\\\${escape}"? A raw string is also an option.`;
  const lineno = token.lineno + lineDelta;
  let col = lineDelta === 0 ? token.col + colInBuffer : colInBuffer;
  if (lineDelta === 0) col += quoteCount;
  // As an error CPython reports (col-1)+1 .. (col+1)+1; these are byte offsets into the line,
  // to be converted to characters (and clamped to the line) like any parser error location.
  warnings.push({ category: 'SyntaxWarning', message, lineno, offset: col, endLineno: lineno, endOffset: col + 2 });
}

/** The error message of a UnicodeDecodeError from the 'unicodeescape' codec. */
function unicodeEscapeError(start: number, end: number, reason: string, firstByte: number): LiteralError {
  const where = end - start === 1
    ? `can't decode byte 0x${firstByte.toString(16).padStart(2, '0')} in position ${start}`
    : `can't decode bytes in position ${start}-${end - 1}`;
  return new LiteralError(`(unicode error) 'unicodeescape' codec ${where}: ${reason}`, 'token');
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

/**
 * decode_unicode_with_escapes + _PyUnicode_DecodeUnicodeEscapeInternal2. CPython first rewrites
 * each non-ASCII character as `\UXXXXXXXX` (10 bytes) and a backslash before one as `\u005c`;
 * error and warning positions count bytes of that buffer, so they are tracked here as `bpos`.
 */
function decodeUnicodeEscapes(s: string, token: Token, quoteCount: number, warnings?: CompileWarning[]): string {
  let out = '';
  let runStart = 0;
  let bpos = 0;
  let lineDelta = 0;
  let lineStartB = 0; // bpos just after the last newline
  let warned = false;
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c !== 92) {
      if (c === 10) {
        lineDelta++;
        lineStartB = bpos + 1;
      }
      if (c < 128) bpos += 1;
      else {
        bpos += 10;
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
      }
      i++;
      continue;
    }
    // A backslash.
    out += s.slice(runStart, i);
    const escStartB = bpos;
    const next = i + 1 < n ? s.charCodeAt(i + 1) : -1;
    if (next === -1 || next >= 128) {
      // "\u005c": a literal backslash; the following character is processed normally.
      out += '\\';
      bpos += 6;
      i += 1;
      runStart = i;
      continue;
    }
    i += 2;
    bpos += 2;
    let ch = -1;
    switch (next) {
      case 10: ch = -2; lineDelta++; lineStartB = bpos; break;
      case 92: ch = 92; break;
      case 39: ch = 39; break;
      case 34: ch = 34; break;
      case 98: ch = 8; break;
      case 102: ch = 12; break;
      case 116: ch = 9; break;
      case 110: ch = 10; break;
      case 114: ch = 13; break;
      case 118: ch = 11; break;
      case 97: ch = 7; break;
      case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55: {
        ch = next - 48;
        let k = 0;
        while (k < 2 && i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 55) {
          ch = (ch << 3) + s.charCodeAt(i) - 48;
          i++;
          bpos++;
          k++;
        }
        if (ch > 0o377 && !warned) {
          warned = true;
          invalidEscapeWarning(warnings, token, quoteCount, lineDelta, bpos - 3 - lineStartB, s.slice(i - 3, i), true);
        }
        break;
      }
      case 120: case 117: case 85: {
        let count = next === 120 ? 2 : next === 117 ? 4 : 8;
        const reason = next === 120 ? 'truncated \\xXX escape' : next === 117 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
        ch = 0;
        for (; count; count--) {
          const d = i < n ? hexVal(s.charCodeAt(i)) : -1;
          if (d < 0) throw unicodeEscapeError(escStartB, bpos, reason, 92);
          ch = ch * 16 + d;
          i++;
          bpos++;
        }
        if (ch > 0x10ffff) throw unicodeEscapeError(escStartB, bpos, 'illegal Unicode character', 92);
        break;
      }
      case 78: {
        const reason = 'malformed \\N character escape';
        if (i >= n || s.charCodeAt(i) !== 123) throw unicodeEscapeError(escStartB, bpos, reason, 92);
        const nameStart = i + 1;
        let j = nameStart;
        let jb = bpos + 1;
        while (j < n && s.charCodeAt(j) !== 125) {
          const cj = s.charCodeAt(j);
          jb += cj < 128 ? 1 : 10;
          if (cj >= 0xd800 && cj <= 0xdbff && j + 1 < n) j++;
          j++;
        }
        if (j >= n) throw unicodeEscapeError(escStartB, jb, reason, 92);
        if (j === nameStart) throw unicodeEscapeError(escStartB, jb, reason, 92);
        const name = s.slice(nameStart, j);
        // Non-ASCII in a name is never a valid name (it became \U escapes in CPython's buffer).
        const cp = /^[\x20-\x7e]*$/.test(name) ? lookupName(name) : -1;
        if (cp < 0) throw unicodeEscapeError(escStartB, jb + 1, 'unknown Unicode character name', 92);
        ch = cp;
        i = j + 1;
        bpos = jb + 1;
        break;
      }
      default:
        if (!warned) {
          warned = true;
          invalidEscapeWarning(warnings, token, quoteCount, lineDelta, bpos - 1 - lineStartB, String.fromCharCode(next), false);
        }
        out += '\\';
        ch = next;
    }
    if (ch >= 0) out += String.fromCodePoint(ch);
    runStart = i;
  }
  return out + s.slice(runStart);
}

/** decode_bytes_with_escapes + _PyBytes_DecodeEscape2 (the body is ASCII). */
function decodeBytesEscapes(s: string, token: Token, quoteCount: number, warnings?: CompileWarning[]): Uint8Array {
  const out = new Uint8Array(s.length);
  let p = 0;
  let lineDelta = 0;
  let lineStart = 0;
  let warned = false;
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c !== 92) {
      if (c === 10) {
        lineDelta++;
        lineStart = i + 1;
      }
      out[p++] = c;
      i++;
      continue;
    }
    i++;
    if (i >= n) {
      // A trailing backslash (cannot happen in a valid literal): CPython raises ValueError.
      throw new LiteralError('(value error) Trailing \\ in string', 'token');
    }
    const e = s.charCodeAt(i++);
    switch (e) {
      case 10: lineDelta++; lineStart = i; break;
      case 92: out[p++] = 92; break;
      case 39: out[p++] = 39; break;
      case 34: out[p++] = 34; break;
      case 98: out[p++] = 8; break;
      case 102: out[p++] = 12; break;
      case 116: out[p++] = 9; break;
      case 110: out[p++] = 10; break;
      case 114: out[p++] = 13; break;
      case 118: out[p++] = 11; break;
      case 97: out[p++] = 7; break;
      case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55: {
        let v = e - 48;
        let k = 0;
        while (k < 2 && i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 55) {
          v = (v << 3) + s.charCodeAt(i) - 48;
          i++;
          k++;
        }
        if (v > 0o377 && !warned) {
          warned = true;
          invalidEscapeWarning(warnings, token, quoteCount, lineDelta, i - 3 - lineStart, s.slice(i - 3, i), true);
        }
        out[p++] = v & 0xff;
        break;
      }
      case 120: {
        if (i + 1 < n) {
          const d1 = hexVal(s.charCodeAt(i));
          const d2 = hexVal(s.charCodeAt(i + 1));
          if (d1 >= 0 && d2 >= 0) {
            out[p++] = d1 * 16 + d2;
            i += 2;
            break;
          }
        }
        throw new LiteralError(`(value error) invalid \\x escape at position ${i - 2}`, 'token');
      }
      default:
        if (!warned) {
          warned = true;
          invalidEscapeWarning(warnings, token, quoteCount, lineDelta, i - 1 - lineStart, String.fromCharCode(e), false);
        }
        out[p++] = 92;
        i--;
    }
  }
  return out.slice(0, p);
}
