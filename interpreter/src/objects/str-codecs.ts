// The codecs str.encode and bytes.decode know natively: utf-8, ascii, latin-1, utf-16 and utf-32, with the error
// handlers strict, ignore, replace, backslashreplace, xmlcharrefreplace, namereplace,
// surrogateescape and surrogatepass (Objects/unicodeobject.c, Objects/stringlib/codecs.h,
// Python/codecs.c), and UnicodeEncodeError/UnicodeDecodeError with CPython's fields and messages.

import type { PyValue } from './object.ts';
import { newException } from './exceptions.ts';
import * as E from './exceptions.ts';
import { PyBytes, bytesFrom } from './bytes.ts';
import type { Interp } from '../vm/interp.ts';
import { RaisedException, raise } from '../vm/raise.ts';
import { nameOf } from '../unicode/names.ts';

type WideCodec = 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be';
type Codec = 'utf-8' | 'utf-8-sig' | 'ascii' | 'latin-1' | 'undefined' | WideCodec;

const ALIASES: Record<string, Codec> = {
  utf_8: 'utf-8', utf8: 'utf-8', u8: 'utf-8', utf: 'utf-8', utf8_ucs2: 'utf-8', utf8_ucs4: 'utf-8', cp65001: 'utf-8',
  ascii: 'ascii', us_ascii: 'ascii', '646': 'ascii', 'ansi_x3.4_1968': 'ascii', ansi_x3_4_1968: 'ascii', 'ansi_x3.4_1986': 'ascii',
  cp367: 'ascii', csascii: 'ascii', ibm367: 'ascii', iso646_us: 'ascii', 'iso_646.irv_1991': 'ascii', iso_ir_6: 'ascii', us: 'ascii',
  latin_1: 'latin-1', latin1: 'latin-1', iso_8859_1: 'latin-1', iso8859_1: 'latin-1', '8859': 'latin-1', cp819: 'latin-1',
  iso8859: 'latin-1', iso_ir_100: 'latin-1', l1: 'latin-1', latin: 'latin-1', csisolatin1: 'latin-1', iso_8859_1_1987: 'latin-1',
  ibm819: 'latin-1', utf_8_sig: 'utf-8-sig', undefined: 'undefined',
  utf_16: 'utf-16', utf16: 'utf-16', u16: 'utf-16', utf_16_le: 'utf-16-le', utf_16le: 'utf-16-le', unicodelittleunmarked: 'utf-16-le',
  utf_16_be: 'utf-16-be', utf_16be: 'utf-16-be', unicodebigunmarked: 'utf-16-be', utf_32: 'utf-32', utf32: 'utf-32', u32: 'utf-32',
  utf_32_le: 'utf-32-le', utf_32le: 'utf-32-le', utf_32_be: 'utf-32-be', utf_32be: 'utf-32-be',
};

// Lib/encodings: the codecs whose CodecInfo is not a text encoding (bytes-to-bytes and rot13);
// str.encode and bytes.decode refuse them by name.
const NON_TEXT = new Set([
  'base64_codec', 'base64', 'base_64', 'bz2_codec', 'bz2', 'hex_codec', 'hex', 'quopri_codec', 'quopri', 'quotedprintable',
  'quoted_printable', 'uu_codec', 'uu', 'zlib_codec', 'zip', 'zlib', 'rot_13', 'rot13',
]);

/** The codec an encoding name selects (encodings.normalize_encoding + the alias table), or a
 * LookupError. */
export function lookupCodec(encoding: string, use: 'encode' | 'decode'): Codec {
  // normalize_encoding: lower-case, runs of characters other than alphanumerics and '.' become '_'.
  const norm = encoding
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const c = ALIASES[norm];
  if (c === undefined) {
    if (NON_TEXT.has(norm)) throw raise(E.LookupError, `'${encoding}' is not a text encoding; use codecs.${use}() to handle arbitrary codecs`);
    throw raise(E.LookupError, `unknown encoding: ${encoding}`);
  }
  // Lib/encodings/undefined.py: both directions raise.
  if (c === 'undefined') throw raise(E.UnicodeError, 'undefined encoding');
  return c;
}

const KNOWN_HANDLERS = new Set(['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']);

function checkHandler(errors: string): void {
  if (!KNOWN_HANDLERS.has(errors)) throw raise(E.LookupError, `unknown error handler name '${errors}'`);
}

const UTF8_BOM = Uint8Array.of(0xef, 0xbb, 0xbf);

// --- exceptions ------------------------------------------------------------------------------

function unicodeError(type: typeof E.UnicodeEncodeError, encoding: string, object: PyValue, start: number, end: number, reason: string): RaisedException {
  const exc = newException(type, [encoding, object, start, end, reason]);
  exc.setAttr('encoding', encoding);
  exc.setAttr('object', object);
  exc.setAttr('start', start);
  exc.setAttr('end', end);
  exc.setAttr('reason', reason);
  return new RaisedException(exc);
}

export function hexCodePoint(c: number): string {
  if (c <= 0xff) return '\\x' + c.toString(16).padStart(2, '0');
  if (c <= 0xffff) return '\\u' + c.toString(16).padStart(4, '0');
  return '\\U' + c.toString(16).padStart(8, '0');
}

// --- encoding ------------------------------------------------------------------------------

class ByteBuilder {
  buf = new Uint8Array(16);
  n = 0;
  push(b: number): void {
    if (this.n === this.buf.length) this.grow(1);
    this.buf[this.n++] = b;
  }
  grow(extra: number): void {
    let cap = this.buf.length * 2;
    while (cap < this.n + extra) cap *= 2;
    const nb = new Uint8Array(cap);
    nb.set(this.buf.subarray(0, this.n));
    this.buf = nb;
  }
  ascii(s: string): void {
    for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i));
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}

function pushUtf8(out: ByteBuilder, c: number): void {
  if (c < 0x80) out.push(c);
  else if (c < 0x800) {
    out.push(0xc0 | (c >> 6));
    out.push(0x80 | (c & 0x3f));
  } else if (c < 0x10000) {
    out.push(0xe0 | (c >> 12));
    out.push(0x80 | ((c >> 6) & 0x3f));
    out.push(0x80 | (c & 0x3f));
  } else {
    out.push(0xf0 | (c >> 18));
    out.push(0x80 | ((c >> 12) & 0x3f));
    out.push(0x80 | ((c >> 6) & 0x3f));
    out.push(0x80 | (c & 0x3f));
  }
}

function codePointsOf(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}

/** str.encode(encoding, errors). */
export function encodeStr(vm: Interp, s: string, encoding: string, errors: string): PyBytes {
  const codec = lookupCodec(encoding, 'encode');
  if (codec === 'utf-8-sig') {
    // Lib/encodings/utf_8_sig.py: the BOM, then utf-8 (whose errors say 'utf-8').
    const body = encodeStr(vm, s, 'utf-8', errors).data;
    const out = new Uint8Array(body.length + 3);
    out.set(UTF8_BOM, 0);
    out.set(body, 3);
    vm.charge(out.length + 33);
    return bytesFrom(out);
  }
  if (isWide(codec)) return encodeWide(vm, s, codec, errors);
  // Fast path: ASCII text is the same bytes in utf-8, ascii and latin-1.
  if (/^[\x00-\x7f]*$/.test(s)) {
    vm.charge(s.length + 33);
    const b = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
    return bytesFrom(b);
  }
  const cps = codePointsOf(s);
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : 0x110000;
  const bad = (c: number): boolean => (codec === 'utf-8' ? c >= 0xd800 && c <= 0xdfff : c >= limit);
  const reason = codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
  const out = new ByteBuilder();
  let i = 0;
  while (i < cps.length) {
    const c = cps[i]!;
    if (!bad(c)) {
      if (codec === 'utf-8') pushUtf8(out, c);
      else out.push(c);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < cps.length && bad(cps[end]!)) end++;
    checkHandler(errors);
    const fail = (start: number): RaisedException => unicodeError(E.UnicodeEncodeError, codec, s, start, end, reason);
    switch (errors) {
      case 'strict':
        throw fail(i);
      case 'ignore':
        break;
      case 'replace':
        for (let k = i; k < end; k++) out.push(0x3f);
        break;
      case 'backslashreplace':
        for (let k = i; k < end; k++) out.ascii(hexCodePoint(cps[k]!));
        break;
      case 'xmlcharrefreplace':
        for (let k = i; k < end; k++) out.ascii(`&#${cps[k]!};`);
        break;
      case 'namereplace':
        for (let k = i; k < end; k++) {
          const name = nameOf(cps[k]!);
          out.ascii(name === undefined ? hexCodePoint(cps[k]!) : `\\N{${name}}`);
        }
        break;
      case 'surrogateescape':
        for (let k = i; k < end; k++) {
          const ch = cps[k]!;
          if (ch < 0xdc80 || ch > 0xdcff) throw fail(k);
          out.push(ch - 0xdc00);
        }
        break;
      case 'surrogatepass':
        if (codec !== 'utf-8') throw fail(i);
        for (let k = i; k < end; k++) pushUtf8(out, cps[k]!);
        break;
    }
    i = end;
  }
  vm.charge(out.n + 33);
  return bytesFrom(out.result());
}

// --- decoding ------------------------------------------------------------------------------

/** bytes.decode(encoding, errors) over raw bytes; `owner` is the bytes object the error reports. */
export function decodeBytes(vm: Interp, data: Uint8Array, encoding: string, errors: string, owner: () => PyValue): string {
  // PyUnicode_Decode: empty input is '' before the codec is looked up.
  if (data.length === 0) return '';
  let codec = lookupCodec(encoding, 'decode');
  if (codec === 'utf-8-sig') {
    // Lib/encodings/utf_8_sig.py decode: a whole BOM is dropped, the rest (which errors report) is utf-8.
    codec = 'utf-8';
    if (data.length >= 3 && data[0] === UTF8_BOM[0] && data[1] === UTF8_BOM[1] && data[2] === UTF8_BOM[2]) {
      const rest = data.slice(3);
      data = rest;
      owner = () => bytesFrom(rest);
    }
  }
  if (isWide(codec)) return decodeWide(vm, data, codec, errors, owner);
  vm.charge(data.length * 2 + 49);
  let ascii = true;
  for (let i = 0; i < data.length; i++) {
    if (data[i]! >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii || codec === 'latin-1') return latin1(data, 0, data.length);
  let out = '';
  let i = 0;
  let run = 0;
  const n = data.length;
  const handle = (start: number, end: number, reason: string): void => {
    out += latin1(data, run, start);
    checkHandler(errors);
    switch (errors) {
      case 'xmlcharrefreplace':
      case 'namereplace':
        throw decodeHandlerMismatch();
      case 'strict':
        throw unicodeError(E.UnicodeDecodeError, codec, owner(), start, end, reason);
      case 'ignore':
        break;
      case 'replace':
        out += '\ufffd';
        break;
      case 'backslashreplace':
        for (let k = start; k < end; k++) out += '\\x' + data[k]!.toString(16).padStart(2, '0');
        break;
      case 'surrogateescape':
        for (let k = start; k < end; k++) {
          if (data[k]! < 0x80) throw unicodeError(E.UnicodeDecodeError, codec, owner(), start, end, reason);
        }
        for (let k = start; k < end; k++) out += String.fromCharCode(0xdc00 + data[k]!);
        break;
      case 'surrogatepass': {
        // A UTF-8 encoded surrogate (ED A0..BF 80..BF) decodes to the surrogate.
        if (codec === 'utf-8' && start + 3 <= n && data[start] === 0xed && (data[start + 1]! & 0xe0) === 0xa0 && (data[start + 2]! & 0xc0) === 0x80) {
          out += String.fromCharCode(0xd000 | ((data[start + 1]! & 0x3f) << 6) | (data[start + 2]! & 0x3f));
          end = start + 3;
          break;
        }
        throw unicodeError(E.UnicodeDecodeError, codec, owner(), start, end, reason);
      }
    }
    i = end;
    run = end;
  };
  if (codec === 'ascii') {
    while (i < n) {
      if (data[i]! < 0x80) i++;
      else handle(i, i + 1, 'ordinal not in range(128)');
    }
    return out + latin1(data, run, n);
  }
  // utf-8 (Objects/stringlib/codecs.h: utf8_decode and its error classification).
  let pieces = '';
  const flushTo = (k: number): void => {
    if (k > run) {
      pieces = decodeValidUtf8(data, run, k);
      out += pieces;
      run = k;
    }
  };
  while (i < n) {
    const c = data[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let len = 0;
    let errEnd = -1;
    let reason = '';
    if (c < 0xc2 || c > 0xf4) {
      errEnd = i + 1;
      reason = 'invalid start byte';
    } else {
      len = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
      const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
      const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
      for (let k = 1; k < len; k++) {
        if (i + k >= n) {
          errEnd = n;
          reason = 'unexpected end of data';
          break;
        }
        const b = data[i + k]!;
        const ok = k === 1 ? b >= lo && b <= hi : (b & 0xc0) === 0x80;
        if (!ok) {
          errEnd = i + k;
          reason = 'invalid continuation byte';
          break;
        }
      }
    }
    if (errEnd < 0) {
      i += len;
      continue;
    }
    flushTo(i);
    const before = out.length;
    handle(i, errEnd, reason);
    void before;
  }
  flushTo(n);
  return out;
}

function latin1(data: Uint8Array, from: number, to: number): string {
  let s = '';
  const CHUNK = 8192;
  for (let k = from; k < to; k += CHUNK) s += String.fromCharCode.apply(null, Array.from(data.subarray(k, Math.min(to, k + CHUNK))));
  return s;
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
function decodeValidUtf8(data: Uint8Array, from: number, to: number): string {
  return utf8Decoder.decode(data.subarray(from, to));
}

// --- utf-16 and utf-32 ---------------------------------------------------------------------

function isWide(codec: Codec): codec is WideCodec {
  return codec.startsWith('utf-16') || codec.startsWith('utf-32');
}

/** Python/codecs.c: the encode-only handlers given a UnicodeDecodeError. */
function decodeHandlerMismatch(): RaisedException {
  return raise(E.TypeError, "don't know how to handle UnicodeDecodeError in error callback");
}

/** _PyUnicode_EncodeUTF16 / _PyUnicode_EncodeUTF32: the plain names write a little-endian BOM;
 * each surrogate goes to the error handler on its own (position i to i + 1). */
function encodeWide(vm: Interp, s: string, codec: WideCodec, errors: string): PyBytes {
  const width = codec.startsWith('utf-16') ? 2 : 4;
  const big = codec.endsWith('-be');
  vm.charge((s.length + 1) * width + 33);
  const out = new ByteBuilder();
  const unit = (u: number): void => {
    if (width === 2) {
      if (big) out.push(u >> 8), out.push(u & 0xff);
      else out.push(u & 0xff), out.push(u >> 8);
    } else if (big) out.push(u >>> 24), out.push((u >> 16) & 0xff), out.push((u >> 8) & 0xff), out.push(u & 0xff);
    else out.push(u & 0xff), out.push((u >> 8) & 0xff), out.push((u >> 16) & 0xff), out.push(u >>> 24);
  };
  const put = (c: number): void => {
    if (width === 4 || c < 0x10000) unit(c);
    else {
      unit(0xd800 | ((c - 0x10000) >> 10));
      unit(0xdc00 | ((c - 0x10000) & 0x3ff));
    }
  };
  const putAscii = (text: string): void => {
    for (let k = 0; k < text.length; k++) put(text.charCodeAt(k));
  };
  if (codec === 'utf-16' || codec === 'utf-32') put(0xfeff);
  const cps = codePointsOf(s);
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    if (c < 0xd800 || c > 0xdfff) {
      put(c);
      continue;
    }
    checkHandler(errors);
    switch (errors) {
      case 'strict':
      case 'surrogateescape': // its one byte per character is not a whole code unit: rejected
        throw unicodeError(E.UnicodeEncodeError, codec, s, i, i + 1, 'surrogates not allowed');
      case 'ignore':
        break;
      case 'replace':
        put(0x3f);
        break;
      case 'backslashreplace':
      case 'namereplace': // surrogates have no names
        putAscii(hexCodePoint(c));
        break;
      case 'xmlcharrefreplace':
        putAscii(`&#${c};`);
        break;
      case 'surrogatepass':
        unit(c);
        break;
    }
  }
  return bytesFrom(out.result());
}

/** PyUnicode_DecodeUTF16Stateful / PyUnicode_DecodeUTF32Stateful (Objects/stringlib/codecs.h:
 * utf16_decode): a BOM picks the byte order of the plain names (little-endian without one), and
 * errors name the byte order in use. */
function decodeWide(vm: Interp, data: Uint8Array, codec: WideCodec, errors: string, owner: () => PyValue): string {
  const width = codec.startsWith('utf-16') ? 2 : 4;
  const n = data.length;
  let big = codec.endsWith('-be');
  let i = 0;
  if (codec === 'utf-16' && n >= 2) {
    if (data[0] === 0xff && data[1] === 0xfe) i = 2;
    else if (data[0] === 0xfe && data[1] === 0xff) (big = true), (i = 2);
  } else if (codec === 'utf-32' && n >= 4) {
    if (data[0] === 0xff && data[1] === 0xfe && data[2] === 0 && data[3] === 0) i = 4;
    else if (data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff) (big = true), (i = 4);
  }
  const name = `utf-${width * 8}-${big ? 'be' : 'le'}`;
  vm.charge(n * 2 + 49);
  const read = (k: number): number => {
    if (width === 2) return big ? (data[k]! << 8) | data[k + 1]! : data[k]! | (data[k + 1]! << 8);
    return big
      ? data[k]! * 0x1000000 + ((data[k + 1]! << 16) | (data[k + 2]! << 8) | data[k + 3]!)
      : data[k + 3]! * 0x1000000 + ((data[k + 2]! << 16) | (data[k + 1]! << 8) | data[k]!);
  };
  const parts: string[] = [];
  // The error handler for data[start:end]: appends its replacement, returns where to go on.
  const handle = (start: number, end: number, reason: string): number => {
    checkHandler(errors);
    switch (errors) {
      case 'ignore':
        return end;
      case 'replace':
        parts.push('\ufffd');
        return end;
      case 'backslashreplace':
        for (let k = start; k < end; k++) parts.push('\\x' + data[k]!.toString(16).padStart(2, '0'));
        return end;
      case 'surrogateescape': {
        // PyCodec_SurrogateEscapeErrors: escapes the leading non-ASCII bytes (at most 4) and
        // decoding resumes after them; an ASCII byte first is refused.
        let k = start;
        while (k < end && k - start < 4 && data[k]! >= 0x80) parts.push(String.fromCharCode(0xdc00 + data[k++]!));
        if (k > start) return k;
        break;
      }
      case 'surrogatepass':
        // PyCodec_SurrogatePassErrors: one encoded surrogate at the start of the bad range.
        if (start + width <= n) {
          const u = read(start);
          if (u >= 0xd800 && u <= 0xdfff) {
            parts.push(String.fromCharCode(u));
            return start + width;
          }
        }
        break;
      case 'xmlcharrefreplace':
      case 'namereplace':
        throw decodeHandlerMismatch();
    }
    throw unicodeError(E.UnicodeDecodeError, name, owner(), start, end, reason);
  };
  let run = '';
  while (i < n) {
    if (n - i < width) {
      parts.push(run), (run = '');
      i = handle(i, n, 'truncated data');
      continue;
    }
    const c = read(i);
    if (width === 4) {
      if (c >= 0xd800 && c <= 0xdfff) {
        parts.push(run), (run = '');
        i = handle(i, i + 4, 'code point in surrogate code point range(0xd800, 0xe000)');
      } else if (c >= 0x110000) {
        parts.push(run), (run = '');
        i = handle(i, i + 4, 'code point not in range(0x110000)');
      } else {
        run += String.fromCodePoint(c);
        i += 4;
      }
      continue;
    }
    if (c < 0xd800 || c > 0xdfff) {
      run += String.fromCharCode(c);
      i += 2;
      continue;
    }
    parts.push(run), (run = '');
    if (c >= 0xdc00) i = handle(i, i + 2, 'illegal encoding');
    else if (n - i < 4) i = handle(i, n, 'unexpected end of data');
    else {
      const d = read(i + 2);
      if (d >= 0xdc00 && d <= 0xdfff) {
        run += String.fromCharCode(c, d);
        i += 4;
      } else i = handle(i, i + 2, 'illegal UTF-16 surrogate');
    }
  }
  parts.push(run);
  return parts.join('');
}
