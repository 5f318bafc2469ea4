// Python's repr() of the primitive types: float, int, complex, str, bytes, bool, None, Ellipsis.
// These must match CPython 3.14 byte for byte (the AST dump, the REPL-style output and error
// messages all go through them), and they sit on hot paths, so each has an ASCII fast path.

import { intToDecimalString } from './int.ts';

/** repr(float): Python/pystrtod.c PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0).
 * The digits are the shortest round-trip ones (the same as JavaScript's); Python switches to
 * exponent notation when the decimal point position is <= -4 or > 16. */
export function floatRepr(x: number): string {
  return formatFloatR(x, true);
}

/** The 'r' format of a double; with `addDot0` false (as complex repr uses it) `1.0` is `1`. */
export function formatFloatR(x: number, addDot0: boolean): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? (addDot0 ? '-0.0' : '-0') : addDot0 ? '0.0' : '0';
  const ax = x < 0 ? -x : x;
  // JavaScript's String() uses fixed notation for 1e-7 <= |x| < 1e21; Python for 1e-4 <= |x| < 1e16.
  if (ax >= 1e-4 && ax < 1e16) {
    const s = String(x);
    return addDot0 && Number.isInteger(x) ? s + '.0' : s;
  }
  // Exponent notation: mantissa digits as JavaScript's shortest form, exponent with a sign and
  // at least two digits.
  const e = x.toExponential(); // "d[.ddd]e[+-]n"
  const ei = e.indexOf('e');
  const exp = e.slice(ei + 2);
  return e.slice(0, ei) + 'e' + e[ei + 1] + (exp.length < 2 ? '0' + exp : exp);
}

/** repr(int) for Python ints held as bigint or as a JS integer number. */
export function intRepr(x: bigint | number): string {
  // A bigint may exceed sys.get_int_max_str_digits(): int.ts raises CPython's ValueError.
  return typeof x === 'number' ? (Object.is(x, -0) ? '0' : String(x)) : intToDecimalString(x);
}

/** repr(complex): Objects/complexobject.c complex_repr. A +0.0 real part prints the imaginary
 * part alone (`1j`); otherwise `(re+imj)` with the imaginary sign always shown. */
export function complexRepr(real: number, imag: number): string {
  if (real === 0 && !Object.is(real, -0)) return formatFloatR(imag, false) + 'j';
  const im = formatFloatR(imag, false);
  // Py_DTSF_SIGN: '+' for anything not starting with '-' (nan prints as +nan whatever its sign).
  return '(' + formatFloatR(real, false) + (im[0] === '-' ? im : '+' + im) + 'j)';
}

/** repr(bool). */
export function boolRepr(x: boolean): string {
  return x ? 'True' : 'False';
}

// --- str ---------------------------------------------------------------------------------

// Code points for which str.isprintable() is false in CPython 3.14 (Unicode 16.0.0): the
// categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the space. Stored as base-36
// deltas, alternately the gap since the end of the previous range and the range's length.
// JavaScript's own \p{...} tables follow the engine's ICU (Unicode 15 on Node 20), so they
// would treat characters new in Unicode 16 as unassigned; the table keeps repr exact.
// Generated with CPython 3.14:
//   r = ranges of c in range(0x110000) where not chr(c).isprintable()
//   encode each (start - previous end, end - start) in base 36, space-separated.
const NON_PRINTABLE_ENCODED =
  '0 w 2n y c 1 ju 2 6 4 7 1 1 1 k 1 b1 1 12 2 1e 2 3 1 1j 8 r 4 6 h m 1 5c 1 1c 2 1n 2 2t e 1n 2 1d 2 f 1 s 2 1 ' +
  '1 b 5 v 8 23 1 4h 1 8 2 2 2 m 1 7 1 1 3 4 2 9 2 2 2 4 8 1 4 2 1 5 2 p 2 3 1 6 4 2 2 m 1 7 1 2 1 2 1 2 2 1 1 5 ' +
  '4 2 2 3 3 1 7 4 1 1 7 h a 3 1 9 1 3 1 m 1 7 1 2 1 5 2 a 1 3 1 3 2 1 f 4 2 c 7 7 1 3 1 8 2 2 2 m 1 7 1 2 1 5 2 ' +
  '9 2 2 2 3 7 3 4 2 1 5 2 i a 2 1 6 3 3 1 4 3 2 1 1 1 2 3 2 3 3 3 c 4 5 3 3 1 4 2 1 6 1 e l 5 d 1 3 1 n 1 g 2 9 ' +
  '1 3 1 4 7 2 1 3 2 1 2 4 2 a 7 m 1 3 1 n 1 a 1 5 2 9 1 3 1 4 7 2 6 2 1 4 2 a 1 3 c d 1 3 1 1f 1 3 1 6 4 g 2 q ' +
  '1 3 1 i 3 o 1 9 1 1 2 7 3 1 4 6 1 1 1 8 6 a 2 3 c 1m 4 t 11 2 1 1 1 5 1 o 1 1 1 n 2 5 1 1 1 7 1 a 2 4 w 20 1 ' +
  '10 4 13 1 10 1 f 1 d 11 5i 1 1 5 1 2 ah 1 4 2 7 1 1 1 4 2 15 1 4 2 x 1 4 2 7 1 1 1 4 2 f 1 1l 1 4 2 1v 2 w 3 ' +
  'q 6 2e 2 6 2 hs 1 s 3 2h 7 m 9 o 9 k c d 1 3 1 2 c 2m 2 a 6 a 6 e 1 b 6 2h 7 17 5 1y a v 1 c 4 c 4 1 3 16 2 5 ' +
  'b 18 4 q 6 b 3 1q 2 1t 1 t 2 b 6 a 6 e 2 v 1d 25 1 4m 8 1o 3 f 3 1q 5 17 2 b 8 17 5 eu 2 6 2 12 2 6 2 8 1 1 1 ' +
  '1 1 1 1 v 2 1h 1 f 1 e 2 6 1 j 2 3 1 9 h o 8 1b h 2 2 r 1 d 3 x f x f 3w 4 ii m b l 1ec 2 w 1 9p 5 19 1 1 5 1 ' +
  '2 1k 7 2 e o 9 7 1 7 1 7 1 7 1 7 1 7 1 7 1 7 1 3i y q 1 2h c 5y q g 1 1r 1 2e 2 2v 5 17 1 2m 1 2e 9 1c 1 mlp ' +
  '3 1j 9 9o k 54 8 5q 2 2 1 1 1 8 l 1n 3 a 6 1k 8 1y 8 c 6 38 b u 3 26 1 b 4 x 1 1j 9 e 2 a 2 2v o s a 6 2 6 2 ' +
  '6 9 7 1 7 1 1o 4 3i 2 a 6 8mc c n 4 1d 6is a6 2 2y 12 7 c 5 5 q 1 5 1 1 1 2 1 2 1 3h g cd 2 1i 7 1 w 16 6 1f ' +
  '1 j 1 4 4 5 1 3r 4 5a 3 6 2 6 2 6 2 3 3 7 1 7 d 2 2 c 1 q 1 j 1 2 1 f 2 e y 3f 5 3 4 19 3 2g 1 d 3 1 1b 1a 3m ' +
  't 3 1d f s 4 10 9 u 5 17 5 u 1 11 4 e 16 4e 2 a 6 10 4 10 4 14 8 1g b c 1 f 1 7 1 2 1 b 1 f 1 7 1 2 3 1g c 8n ' +
  '9 m a 8 o 6 1 16 1 9 1x 6 2 1 1 18 1 2 3 1 2 n 1 20 8 9 1c j 1 2 5 x 3 r 5 1 1s 1k 4 k 2 1e 1 2 5 8 1 3 1 t 2 ' +
  '3 4 a 7 9 7 1s w 13 4 c 9 1i 3 t 2 r 5 q 7 4 c 7 28 21 1j 1f d 1f 7 1a 8 a 6 12 3 t 8 2 5s v 1 16 1 3 2 2 g 3 ' +
  '1j 18 8 16 m q 12 s k n 9 26 4 10 9 1q 1 5 d p 7 a 6 1h 1 i 8 13 9 2o 1 k b i 1 1b 1q 7 1 1 1 4 1 f 1 b 6 1n ' +
  '5 a 6 4 1 8 2 2 2 m 1 7 1 2 1 5 1 a 2 2 2 3 2 1 6 1 5 7 2 7 3 5 b a 1 1 2 1 1 12 1 a 1 1 2 1 1 4 1 a 1 2 8 2 ' +
  't 2k 1 5 u 20 8 a 4m 1i 2 12 y 1x b a 6 d j 1m 6 a 6 k s r 2 f 4 n 55 1o 2s 2b c 8 2 1 2 8 1 2 1 u 1 2 2 c 9 ' +
  'a 1y 8 2 1a 2 b r 20 8 2b d 21 7 a 52 y e a 6 9 1 19 1 e a t 3 w 2 m 1 e 21 7 1 2 1 18 3 1 1 2 1 9 8 a 6 6 1 ' +
  '2 1 11 1 2 1 6 7 a 8m p 7 h 1 15 3 t 2d 1 f 1e d pn 2u 33 1 5 b 5g 218 2r d ts g m a 32z 5 g7 5a1 1m 1c6 ft 7 ' +
  'v 1 a 4 29 1 a 6 u 2 6 a 1y a a 1 7 1 l 5 j c0 1m 5i 2j 2t 23 4 1l 7 h 1s 5 b 2 e 4qg 8 ye 15 a 6w7 4 1 7 1 2 ' +
  '1 83 f 1 t 3 2 1 e 4 8 b0 1s4 2z 5 d 3 9 7 a 2 4 31c 6y 6 c4 24 1a 2 n 9 38 1o 6u a 13 2 22 8 34 l 1y 3e k c ' +
  'k c 2f 9 p 3r 2d 1 1z 1 2 2 1 2 2 2 4 1 c 1 1 1 7 1 1t 1 4 2 8 1 7 1 s 1 4 1 5 1 1 3 7 1 9g 2 84 2 ji f 5 1 f ' +
  'uo v 6 6 5x 7 1 h 2 7 1 2 1 5 5 1q x 1 34 19 3 e 2 a 4 2 8w v h 1m 5 1 cw 16 5y 17 4 1 dc 7 1 4 1 2 1 f 1 5h ' +
  '2 g 15 24 4 a 4 2 lt 1w 24 1p 5e 4 1 r 1 2 1 1 2 1 1 a 1 4 1 1 1 1 6 1 4 1 1 1 1 1 1 3 1 2 1 1 2 1 1 1 1 1 1 ' +
  '1 1 1 1 2 1 1 2 4 1 7 1 4 1 4 1 1 1 a 1 h 5 3 1 5 1 h 1g 2 7i 18 4 2s c f 2 f 1 f 1 11 a 4u 1k t d 18 4 9 7 2 ' +
  'e 6 4a rc 4 h 3 d 3 3b 4 2n 6 c 4 1 f c 4 1k 8 a 6 14 8 u 2 c 4 2 1q 9g c e 2 d 3 a 5 1k 7 f 2 b 6 9 7 43 1 ' +
  '2u sm wyo w 37e 6 66 2 4g2 e 5rl f ha 1wi f2 15u 3t7 5 38g f9e8 6o 47bk';

let nonPrintableStarts: Uint32Array | null = null;
let nonPrintableEnds: Uint32Array | null = null;

function loadNonPrintable(): void {
  const parts = NON_PRINTABLE_ENCODED.split(' ');
  const n = parts.length >> 1;
  const starts = new Uint32Array(n);
  const ends = new Uint32Array(n);
  let pos = 0;
  for (let i = 0; i < n; i++) {
    pos += parseInt(parts[2 * i]!, 36);
    starts[i] = pos;
    pos += parseInt(parts[2 * i + 1]!, 36);
    ends[i] = pos;
  }
  nonPrintableStarts = starts;
  nonPrintableEnds = ends;
}

/** str.isprintable() for one code point (Objects/unicodectype.c: _PyUnicode_IsPrintable). */
export function isPrintableCodePoint(cp: number): boolean {
  if (cp >= 0x20 && cp < 0x7f) return true;
  if (nonPrintableStarts === null) loadNonPrintable();
  const starts = nonPrintableStarts!;
  // Binary search for the last range starting at or before cp.
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  return !(starts[lo]! <= cp && cp < nonPrintableEnds![lo]!);
}

const HEX = '0123456789abcdef';

function hexEscape(cp: number): string {
  if (cp <= 0xff) return '\\x' + HEX[cp >> 4] + HEX[cp & 15];
  if (cp <= 0xffff) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

// Anything that may need escaping: controls, DEL and everything non-ASCII, backslash, quotes.
const STR_NEEDS_WORK = /[\x00-\x1f\x7f-\uffff\\'"]/;

/** repr(str): Objects/unicodeobject.c unicode_repr. Quotes with ' unless the string contains '
 * and no ". Code points are taken from the UTF-16 string; a lone surrogate is a code point. */
export function strRepr(s: string): string {
  if (!STR_NEEDS_WORK.test(s)) return "'" + s + "'";
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  let run = 0; // start of the pending run of characters copied as is
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let esc: string | null = null;
    let width = 1;
    if (c < 0x7f) {
      if (c >= 0x20) {
        if (c === 0x5c) esc = '\\\\';
        else if (c === 0x27 && quote === "'") esc = "\\'";
        else if (c === 0x22 && quote === '"') esc = '\\"';
      } else if (c === 0x09) esc = '\\t';
      else if (c === 0x0a) esc = '\\n';
      else if (c === 0x0d) esc = '\\r';
      else esc = hexEscape(c);
    } else {
      let cp = c;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          width = 2;
        }
      }
      if (!isPrintableCodePoint(cp)) esc = hexEscape(cp);
    }
    if (esc !== null) {
      out += s.slice(run, i) + esc;
      run = i + width;
    }
    i += width - 1;
  }
  return out + s.slice(run) + quote;
}

// --- bytes -------------------------------------------------------------------------------

/** repr(bytes): Objects/bytesobject.c PyBytes_Repr. */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x27) hasSingle = true;
    else if (b[i] === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = quote === 0x22 ? 'b"' : "b'";
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c === quote || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + HEX[c >> 4] + HEX[c & 15];
    else out += String.fromCharCode(c);
  }
  return out + (quote === 0x22 ? '"' : "'");
}
