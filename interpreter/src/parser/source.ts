// Decoding a source file's bytes to text as CPython does (Parser/tokenizer/file_tokenizer.c,
// Parser/tokenizer/helpers.c: check_bom, check_coding_spec, get_normal_name; PEP 263).
//
// Two entry points: decodeSource decodes eagerly, as compile() and ast.parse decode a bytes
// argument (Parser/tokenizer/string_tokenizer.c: decode_str); decodeSourceFile models
// `python3.14 FILE`, whose tokenizer reads and checks the file line by line
// (Parser/tokenizer/file_tokenizer.c: tok_underflow_file), so a bad line is reported only when the
// tokenizer reaches it, after any earlier tokenizer error.
//
// Differences from CPython, on purpose or not yet done:
// - NUL bytes are left in the text: the Tokenizer raises "source code cannot contain null bytes"
//   when it reaches the line, as CPython does.
// - Encodings other than UTF-8, Latin-1 and ASCII go through TextDecoder (the WHATWG set).

import { PythonSyntaxError, CompileTimeException } from './errors.ts';

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

/** "Non-UTF-8 code starting with ..." at the line of byte `bad`. `inString`: the tokenizer reads
 * the line inside a string literal (CPython then reports the line itself, see below). */
function undecodable(bytes: Uint8Array, start: number, bad: number, filename: string, inString = false): PythonSyntaxError {
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
  if (line === 2 && !inString && !isBlankOrComment(bytes, start, lineEnd(bytes, start))) reported = 1;
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

// -----------------------------------------------------------------------------------------------
// Reading a file as `python3.14 FILE` does.

/** An error the file tokenizer raises when it reaches line `line` (see Tokenizer.setDeferredError). */
export interface DeferredLineError {
  /** The first line the tokenizer cannot read; the decoded text stops before it. */
  line: number;
  /**
   * The error, given the first line of the plain string literal being read when the tokenizer
   * reached the line (0 outside one). `raw` is what the parser's full-source tokenizer check
   * raises instead (_PyPegen_tokenize_full_source_to_check_for_errors propagates the exception
   * as it is, where the parser turns it into a SyntaxError: pegen.c _Pypegen_raise_decode_error).
   */
  make(stringFirstLine: number): { error: PythonSyntaxError; raw: PythonSyntaxError | CompileTimeException };
}

export interface DecodedFile {
  /** The text of the lines the tokenizer can read (all of them without a deferred error). */
  text: string;
  deferred: DeferredLineError | null;
}

/** Start offsets of the lines of bytes[start..] (split at \n). */
function lineStartOffsets(bytes: Uint8Array, start: number): number[] {
  const out = [start];
  for (let i = start; i < bytes.length; i++) if (bytes[i] === 10 && i + 1 < bytes.length) out.push(i + 1);
  return out;
}

/** The 1-based line of byte `at`. */
function lineOfOffset(starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The first byte at or after `from` that starts an invalid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array, from: number): number {
  for (let i = from; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const len = utf8SeqLen(bytes, i);
    if (len === 0) return i;
    i += len;
  }
  return -1;
}

/** str(UnicodeDecodeError) of Python's strict UTF-8 decoder for `input` failing at `bad`. */
function utf8DecodeErrorMessage(input: Uint8Array, bad: number): string {
  const c = input[bad]!;
  const n = input.length;
  let end = bad + 1;
  let reason = 'invalid start byte';
  const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
  if (need > 0) {
    reason = 'invalid continuation byte';
    for (let k = 1; k <= need; k++) {
      if (bad + k >= n) {
        end = n;
        reason = 'unexpected end of data';
        break;
      }
      const b = input[bad + k]!;
      let lo = 0x80;
      let hi = 0xbf;
      if (k === 1) {
        if (c === 0xe0) lo = 0xa0;
        else if (c === 0xed) hi = 0x9f;
        else if (c === 0xf0) lo = 0x90;
        else if (c === 0xf4) hi = 0x8f;
      }
      if (b < lo || b > hi) {
        end = bad + k;
        break;
      }
    }
  }
  const hex = (b: number) => b.toString(16).padStart(2, '0');
  return end - bad === 1
    ? `'utf-8' codec can't decode byte 0x${hex(c)} in position ${bad}: ${reason}`
    : `'utf-8' codec can't decode bytes in position ${bad}-${end - 1}: ${reason}`;
}

/** A line as CPython reads it back for SyntaxError.text: decoded with errors='replace'. */
function replaceDecodedLine(bytes: Uint8Array, starts: number[], lineno: number, ascii: boolean): string | null {
  const ls = starts[lineno - 1];
  if (ls === undefined) return null;
  const le = Math.min(bytes.length, lineEnd(bytes, ls) + 1);
  if (!ascii) return new TextDecoder('utf-8').decode(bytes.subarray(ls, le));
  let s = '';
  for (let i = ls; i < le; i++) s += bytes[i]! < 0x80 ? String.fromCharCode(bytes[i]!) : '\ufffd';
  return s;
}

/**
 * A UnicodeDecodeError met while reading line `line` (E_DECODE): the parser reports
 * "(unicode error) <msg>" at `lineno(stringFirstLine)` with no column (the tokenizer's buffer is
 * gone: pegen_errors.c uses column 0), SyntaxError.text read back from the file.
 */
function deferredDecodeError(bytes: Uint8Array, starts: number[], line: number, msg: string, filename: string,
  lineno: (stringFirstLine: number) => number, ascii: boolean, traceback = ''): DeferredLineError {
  return {
    line,
    make(stringFirstLine) {
      const l = lineno(stringFirstLine);
      const text = replaceDecodedLine(bytes, starts, l, ascii);
      const error = new PythonSyntaxError('SyntaxError', `(unicode error) ${msg}`, l, 0, text, l, -1, filename);
      return { error, raw: new CompileTimeException('UnicodeDecodeError', msg, traceback) };
    },
  };
}

/** The line starting at `ls` as the file tokenizer holds it: a missing final newline is added. */
function fileLineBytes(bytes: Uint8Array, ls: number): Uint8Array {
  const le = lineEnd(bytes, ls);
  if (le < bytes.length) return bytes.subarray(ls, le + 1);
  const out = new Uint8Array(le - ls + 1);
  out.set(bytes.subarray(ls, le));
  out[le - ls] = 10;
  return out;
}

/** The decoded text of bytes[from, to) as UTF-8 (already validated). */
function utf8Text(bytes: Uint8Array, from: number, to: number): string {
  return new TextDecoder('utf-8').decode(bytes.subarray(from, to));
}

/** TextIOWrapper's chunk size: a codec named by a cookie decodes the file 8192 bytes at a time. */
const CHUNK = 8192;

const ASCII_TRACEBACK = `Traceback (most recent call last):
  File "/usr/lib/python3.14/encodings/ascii.py", line 26, in decode
    return codecs.ascii_decode(input, self.errors)[0]
           ~~~~~~~~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^
`;

/**
 * Decodes a source file the way CPython's file tokenizer reads it (Parser/tokenizer/file_tokenizer.c):
 * - no BOM and no cookie: each line must be UTF-8, else "Non-UTF-8 code starting with ..." when
 *   the tokenizer reaches that line;
 * - a BOM or a utf-8 cookie: lines are read raw and each is decoded strictly, a failure being a
 *   UnicodeDecodeError on that line;
 * - another codec: from the cookie line's newline on, the file is read through
 *   io.open(encoding=...) (fp_setreadl), whose TextIOWrapper decodes 8192-byte chunks: a bad byte
 *   in the first chunk fails while the cookie is being processed (a SyntaxError with line 0 and
 *   str(UnicodeDecodeError)); one in a later chunk when the line that needs that chunk is read.
 * Errors the tokenizer meets later come back as `deferred`; the rest are thrown here.
 */
export function decodeSourceFile(bytes: Uint8Array, filename: string): DecodedFile {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const start = bom ? 3 : 0;
  const cookie = findCookie(bytes, start);
  const starts = lineStartOffsets(bytes, start);
  const name = cookie === null ? null : normalName(cookie.name);
  const key = name === null ? 'utf-8' : name.toLowerCase().replace(/_/g, '-');
  const declaredUtf8 = bom || (cookie !== null && UTF8_ALIASES.has(key));
  const bad = firstInvalidUtf8(bytes, start);
  const cookieLine = cookie?.line ?? 0;
  if (bad >= 0 && !declaredUtf8 && cookie === null) {
    const line = lineOfOffset(starts, bad);
    return {
      text: utf8Text(bytes, start, starts[line - 1]!),
      deferred: { line, make: (sfl) => { const e = undecodable(bytes, start, bad, filename, sfl > 0); return { error: e, raw: e }; } },
    };
  }
  if (cookie !== null && bom && name !== 'utf-8') return { text: decodeSource(bytes, filename), deferred: null };
  if (cookieLine === 2 && (declaredUtf8 || ASCII_ALIASES.has(key))) {
    // The comment line before a cookie on line 2 is decoded with the declared codec once the
    // cookie is known: a failure is reported on the cookie's line, at a position in line 1.
    const line1 = fileLineBytes(bytes, start);
    let msg: string | null = null;
    if (declaredUtf8) {
      const b = firstInvalidUtf8(line1, 0);
      if (b >= 0) msg = utf8DecodeErrorMessage(line1, b);
    } else {
      const b = line1.findIndex((c) => c >= 0x80);
      if (b >= 0) msg = `'ascii' codec can't decode byte 0x${line1[b]!.toString(16)} in position ${b}: ordinal not in range(128)`;
    }
    if (msg !== null) {
      return { text: '', deferred: deferredDecodeError(bytes, starts, 1, msg, filename, () => 2, !declaredUtf8) };
    }
  }
  if (cookie === null || declaredUtf8) {
    if (bad < 0) return { text: utf8Text(bytes, start, bytes.length), deferred: null };
    const line = lineOfOffset(starts, bad);
    const ls = starts[line - 1]!;
    const msg = utf8DecodeErrorMessage(fileLineBytes(bytes, ls), bad - ls);
    return {
      text: utf8Text(bytes, start, ls),
      deferred: deferredDecodeError(bytes, starts, line, msg, filename, (sfl) => sfl || line, false),
    };
  }
  if (bom) return { text: decodeSource(bytes, filename), deferred: null }; // "encoding problem: ... with BOM"
  // fp_setreadl seeks to one byte before the position after the cookie line and skips a line.
  const afterCookie = Math.min(bytes.length, lineEnd(bytes, starts[cookieLine - 1]!) + 1);
  const base = Math.max(start, afterCookie - 1);
  const prefix = () => utf8Text(bytes, start, afterCookie);
  if (ASCII_ALIASES.has(key)) {
    let i = base;
    while (i < bytes.length && bytes[i]! < 0x80) i++;
    if (i === bytes.length) return { text: prefix() + asciiLine(bytes, afterCookie, bytes.length), deferred: null };
    const chunk = Math.floor((i - base) / CHUNK);
    const msg = `'ascii' codec can't decode byte 0x${bytes[i]!.toString(16)} in position ${i - base - chunk * CHUNK}: ordinal not in range(128)`;
    if (chunk === 0) throw syntaxError(msg, filename, 0);
    // The line that needs the failing chunk; CPython has not counted it yet.
    const line = lineOfOffset(starts, base + chunk * CHUNK);
    return {
      text: prefix() + asciiLine(bytes, afterCookie, starts[line - 1]!),
      deferred: deferredDecodeError(bytes, starts, line, msg, filename, (sfl) => sfl || line - 1, true, ASCII_TRACEBACK),
    };
  }
  if (key === 'utf-16') {
    // The utf-16 decoder wants a BOM first; the chunk starts at the cookie line's newline.
    const n = Math.min(CHUNK, bytes.length - base);
    const hasBom = n >= 2 && ((bytes[base] === 0xff && bytes[base + 1] === 0xfe) || (bytes[base] === 0xfe && bytes[base + 1] === 0xff));
    if (!hasBom) {
      throw syntaxError(n >= 2 ? "'utf-16' codec can't decode bytes in position 0-1: Stream does not start with BOM"
        : `'utf-16-le' codec can't decode byte 0x${bytes[base]!.toString(16).padStart(2, '0')} in position 0: truncated data`, filename, 0);
    }
  }
  return { text: decodeSource(bytes, filename), deferred: null };
}
