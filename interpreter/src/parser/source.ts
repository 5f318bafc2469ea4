// Decoding a source file's bytes to text as CPython does (Parser/tokenizer/file_tokenizer.c,
// Parser/tokenizer/helpers.c: check_bom, check_coding_spec, get_normal_name; PEP 263).
//
// Differences from CPython, on purpose or not yet done:
// - Decoding is eager: an undecodable byte raises here, while CPython decodes line by line and
//   so reports an earlier tokenizer error first when there is one.
// - NUL bytes are left in the text: the Tokenizer raises "source code cannot contain null bytes"
//   when it reaches the line, as CPython does.
// - Encodings other than UTF-8, Latin-1 and ASCII go through TextDecoder (the WHATWG set).

import { PythonSyntaxError } from './errors.ts';

const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/** get_normal_name: canonical names for the common spellings of utf-8 and latin-1. */
function normalName(s: string): string {
  const lower = s.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (lower === 'utf-8' || lower.startsWith('utf-8-')) return 'utf-8';
  for (const l1 of ['latin-1', 'iso-8859-1', 'iso-latin-1']) {
    if (lower === l1 || lower.startsWith(l1 + '-')) return 'iso-8859-1';
  }
  return s;
}

const UTF8_ALIASES = new Set(['utf-8', 'utf8', 'u8', 'utf', 'cp65001', 'utf8-ucs2', 'utf8-ucs4']);
const LATIN1_ALIASES = new Set(['iso-8859-1', 'latin1', 'latin-1', 'l1', 'iso8859-1', 'iso-8859-1', 'iso-ir-100',
  'cp819', '8859', 'latin', 'ibm819', 'csisolatin1']);
const ASCII_ALIASES = new Set(['ascii', 'us-ascii', '646', 'us', 'ansi-x3.4-1968', 'ansi-x3-4-1968', 'ansi-x3.4-1986',
  'cp367', 'csascii', 'ibm367', 'iso646-us', 'iso-646.irv-1991', 'iso-ir-6']);

function syntaxError(msg: string, filename: string, lineno: number | null, offset: number | null = null,
  text: string | null = null): PythonSyntaxError {
  return new PythonSyntaxError('SyntaxError', msg, lineno, offset, text, lineno, offset, filename);
}

/** The end of line `start`'s text (index of its \n, or the end). */
function lineEnd(bytes: Uint8Array, start: number): number {
  let i = start;
  while (i < bytes.length && bytes[i] !== 10) i++;
  return i;
}

function isBlankOrComment(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = bytes[i];
    if (c === 32 || c === 9 || c === 12 || c === 13) continue;
    return c === 35;
  }
  return true;
}

function asciiLine(bytes: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

/** Find the coding cookie on line 1, or on line 2 when line 1 is blank or a comment. */
function findCookie(bytes: Uint8Array, start: number): { name: string; line: number } | null {
  const e1 = lineEnd(bytes, start);
  const m1 = COOKIE.exec(asciiLine(bytes, start, e1));
  if (m1) return { name: m1[1], line: 1 };
  if (e1 < bytes.length && isBlankOrComment(bytes, start, e1)) {
    const e2 = lineEnd(bytes, e1 + 1);
    const m2 = COOKIE.exec(asciiLine(bytes, e1 + 1, e2));
    if (m2) return { name: m2[1], line: 2 };
  }
  return null;
}

/** Length of the valid UTF-8 sequence at i, or 0 when it is invalid. */
function utf8SeqLen(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const n = b.length;
  const cont = (k: number) => k < n && (b[k] & 0xc0) === 0x80;
  if (c >= 0xc2 && c <= 0xdf) return cont(i + 1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    if (!cont(i + 1) || !cont(i + 2)) return 0;
    const c1 = b[i + 1];
    if (c === 0xe0 && c1 < 0xa0) return 0;
    if (c === 0xed && c1 >= 0xa0) return 0; // surrogates
    return 3;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
    const c1 = b[i + 1];
    if (c === 0xf0 && c1 < 0x90) return 0;
    if (c === 0xf4 && c1 >= 0x90) return 0;
    return 4;
  }
  return 0;
}

function decodeUtf8(bytes: Uint8Array, start: number, filename: string): string {
  // Fast path: validate, then let TextDecoder do the work.
  let i = start;
  const n = bytes.length;
  while (i < n) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const len = utf8SeqLen(bytes, i);
    if (len === 0) throw undecodable(bytes, start, i, filename);
    i += len;
  }
  return new TextDecoder('utf-8').decode(bytes.subarray(start));
}

/** "Non-UTF-8 code starting with ..." at the line of byte `bad`. */
function undecodable(bytes: Uint8Array, start: number, bad: number, filename: string): PythonSyntaxError {
  let line = 1;
  let ls = start;
  for (let i = start; i < bad; i++) {
    if (bytes[i] === 10) {
      line++;
      ls = i + 1;
    }
  }
  // CPython reads line 2 together with line 1 when line 1 is not blank or a comment (the coding
  // cookie check), and then reports line 1.
  let reported = line;
  if (line === 2 && !isBlankOrComment(bytes, start, lineEnd(bytes, start))) reported = 1;
  const le = lineEnd(bytes, ls);
  const dec = new TextDecoder('utf-8');
  const text = dec.decode(bytes.subarray(ls, le));
  const offset = [...dec.decode(bytes.subarray(ls, bad))].length + 1;
  const hex = bytes[bad].toString(16).padStart(2, '0');
  return syntaxError(
    `Non-UTF-8 code starting with '\\x${hex}' in file ${filename} on line ${reported}, but no encoding declared; ` +
      'see https://peps.python.org/pep-0263/ for details', filename, reported, offset, text);
}

/**
 * Decode a Python source file: UTF-8 BOM, PEP 263 coding cookie (line 1, or line 2 after a
 * blank/comment line 1), UTF-8 by default. Throws PythonSyntaxError with CPython's messages.
 */
export function decodeSource(bytes: Uint8Array, filename: string): string {
  let start = 0;
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom) start = 3;
  const cookie = findCookie(bytes, start);
  if (cookie === null) return decodeUtf8(bytes, start, filename);
  const name = normalName(cookie.name);
  const key = name.toLowerCase().replace(/_/g, '-');
  if (bom && name !== 'utf-8') {
    const le = lineEnd(bytes, start);
    throw syntaxError(`encoding problem: ${name} with BOM`, filename, cookie.line, null,
      asciiLine(bytes, start, le));
  }
  if (UTF8_ALIASES.has(key)) return decodeUtf8(bytes, start, filename);
  if (LATIN1_ALIASES.has(key)) {
    let s = '';
    const CH = 8192;
    for (let i = start; i < bytes.length; i += CH) {
      s += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, Math.min(bytes.length, i + CH))));
    }
    return s;
  }
  if (ASCII_ALIASES.has(key)) {
    for (let i = start; i < bytes.length; i++) {
      if (bytes[i] >= 0x80) {
        throw syntaxError(`'ascii' codec can't decode byte 0x${bytes[i].toString(16)} in position ${i - start}: ordinal not in range(128)`,
          filename, 0);
      }
    }
    return asciiLine(bytes, start, bytes.length);
  }
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  try {
    decoder = new TextDecoder(key, { fatal: true });
  } catch {
    throw syntaxError(`unknown encoding: ${cookie.name}`, filename, 0);
  }
  try {
    return decoder.decode(bytes.subarray(start));
  } catch {
    throw syntaxError(`'${key}' codec can't decode bytes`, filename, 0);
  }
}
