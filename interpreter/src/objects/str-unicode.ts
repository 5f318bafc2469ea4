// Character properties and case mappings of CPython 3.14 (Objects/unicodectype.c), from tables
// generated out of the oracle itself (str-unicode-data.ts, scripts/gen-str-unicode.py).
//
// Why tables rather than JavaScript's \p{...} and toUpperCase(): those follow the engine's ICU,
// whose Unicode version depends on the Node build (Node 20.20 ships ICU 78 = Unicode 17, older
// Node 20 builds Unicode 15), while CPython 3.14 is Unicode 16.0.0. Characters assigned in the
// versions between (about 4,800 between 16 and 17 alone) would be letters, digits or cased on one
// side and unassigned on the other. ASCII, which never differs, takes fast paths everywhere.
import * as D from './str-unicode-data.ts';

export const UNIDATA_VERSION = D.UNIDATA_VERSION;

/** A set of code points as sorted, disjoint [start, end) ranges. */
class RangeSet {
  private starts: Uint32Array | null = null;
  private ends: Uint32Array | null = null;
  constructor(private readonly encoded: string) {}

  private load(): void {
    const parts = this.encoded.split(' ');
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
    this.starts = starts;
    this.ends = ends;
  }

  has(cp: number): boolean {
    if (this.starts === null) this.load();
    const starts = this.starts!;
    let lo = 0;
    let hi = starts.length - 1;
    if (hi < 0 || cp < starts[0]!) return false;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= cp) lo = mid;
      else hi = mid - 1;
    }
    return cp < this.ends![lo]!;
  }

  /** The start of the range holding cp (cp must be in the set). */
  rangeStart(cp: number): number {
    if (this.starts === null) this.load();
    const starts = this.starts!;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= cp) lo = mid;
      else hi = mid - 1;
    }
    return starts[lo]!;
  }
}

const ALPHA = new RangeSet(D.ALPHA);
const DECIMAL = new RangeSet(D.DECIMAL);
const DIGIT = new RangeSet(D.DIGIT);
const NUMERIC = new RangeSet(D.NUMERIC);
const LOWER = new RangeSet(D.LOWER);
const UPPER = new RangeSet(D.UPPER);
const TITLE = new RangeSet(D.TITLE);
const CASED = new RangeSet(D.CASED);
const CASE_IGNORABLE = new RangeSet(D.CASE_IGNORABLE);
const XID_START = new RangeSet(D.XID_START);
const XID_CONTINUE = new RangeSet(D.XID_CONTINUE);

// ASCII class bits, so the common case is one array load.
const A_ALPHA = 1;
const A_DIGIT = 2;
const A_SPACE = 4;
const A_LOWER = 8;
const A_UPPER = 16;
const A_IDSTART = 32;
const A_IDCONT = 64;
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  let f = 0;
  if (c >= 0x61 && c <= 0x7a) f |= A_ALPHA | A_LOWER | A_IDSTART | A_IDCONT;
  if (c >= 0x41 && c <= 0x5a) f |= A_ALPHA | A_UPPER | A_IDSTART | A_IDCONT;
  if (c >= 0x30 && c <= 0x39) f |= A_DIGIT | A_IDCONT;
  if (c === 0x5f) f |= A_IDSTART | A_IDCONT;
  if ((c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20)) f |= A_SPACE;
  ASCII[c] = f;
}

export const isAlpha = (cp: number): boolean => (cp < 128 ? (ASCII[cp]! & A_ALPHA) !== 0 : ALPHA.has(cp));
export const isDecimal = (cp: number): boolean => (cp < 128 ? (ASCII[cp]! & A_DIGIT) !== 0 : DECIMAL.has(cp));
export const isDigit = (cp: number): boolean => (cp < 128 ? (ASCII[cp]! & A_DIGIT) !== 0 : DIGIT.has(cp));
export const isNumeric = (cp: number): boolean => (cp < 128 ? (ASCII[cp]! & A_DIGIT) !== 0 : NUMERIC.has(cp));
export const isAlnum = (cp: number): boolean =>
  cp < 128 ? (ASCII[cp]! & (A_ALPHA | A_DIGIT)) !== 0 : ALPHA.has(cp) || DECIMAL.has(cp) || DIGIT.has(cp) || NUMERIC.has(cp);
/** Py_UNICODE_ISSPACE: bidirectional WS, B or S, or category Zs. */
export function isSpace(cp: number): boolean {
  if (cp < 128) return (ASCII[cp]! & A_SPACE) !== 0;
  return cp === 0x85 || cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000;
}
export const isLower = (cp: number): boolean => (cp < 128 ? (ASCII[cp]! & A_LOWER) !== 0 : LOWER.has(cp));
export const isUpper = (cp: number): boolean => (cp < 128 ? (ASCII[cp]! & A_UPPER) !== 0 : UPPER.has(cp));
export const isTitle = (cp: number): boolean => cp >= 128 && TITLE.has(cp);
export const isCased = (cp: number): boolean => (cp < 128 ? (ASCII[cp]! & (A_LOWER | A_UPPER)) !== 0 : CASED.has(cp));
export const isCaseIgnorable = (cp: number): boolean => CASE_IGNORABLE.has(cp);
export const isXidStart = (cp: number): boolean => (cp < 128 ? (ASCII[cp]! & A_IDSTART) !== 0 && cp !== 0x5f : XID_START.has(cp));
export const isXidContinue = (cp: number): boolean => (cp < 128 ? (ASCII[cp]! & A_IDCONT) !== 0 : XID_CONTINUE.has(cp));
/** _PyUnicode_IsLinebreak: the characters str.splitlines() splits at. */
export function isLinebreak(cp: number): boolean {
  return (cp >= 0x0a && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1e) || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}
/** The value of a decimal digit (Py_UNICODE_TODECIMAL), or -1. Unicode allocates every run of
 * Nd characters as whole blocks of ten starting at zero. */
export function decimalValue(cp: number): number {
  if (cp < 128) return cp >= 0x30 && cp <= 0x39 ? cp - 0x30 : -1;
  return DECIMAL.has(cp) ? (cp - DECIMAL.rangeStart(cp)) % 10 : -1;
}

// --- Case mappings ------------------------------------------------------------------------

type CaseMap = Map<number, string>;

function loadMap(encoded: string): CaseMap {
  const m: CaseMap = new Map();
  if (encoded === '') return m;
  let cp = 0;
  for (const part of encoded.split(' ')) {
    const colon = part.indexOf(':');
    cp += parseInt(part.slice(0, colon), 36);
    const v = part.slice(colon + 1);
    if (v[0] === '+' || v[0] === '-') {
      const off = parseInt(v.slice(1), 36);
      m.set(cp, String.fromCodePoint(v[0] === '+' ? cp + off : cp - off));
    } else {
      m.set(cp, String.fromCodePoint(...v.split('.').map((x) => parseInt(x, 36))));
    }
  }
  return m;
}

let upperMap: CaseMap | null = null;
let lowerMap: CaseMap | null = null;
let titleMap: CaseMap | null = null;
let foldMap: CaseMap | null = null;

/** The full uppercase mapping of one code point (SpecialCasing included), as a string. */
export function upperOf(cp: number): string {
  if (cp < 128) return String.fromCharCode(cp >= 0x61 && cp <= 0x7a ? cp - 32 : cp);
  return (upperMap ??= loadMap(D.UPPER_MAP)).get(cp) ?? String.fromCodePoint(cp);
}
/** The full lowercase mapping of one code point, without the final-sigma rule. */
export function lowerOf(cp: number): string {
  if (cp < 128) return String.fromCharCode(cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp);
  return (lowerMap ??= loadMap(D.LOWER_MAP)).get(cp) ?? String.fromCodePoint(cp);
}
/** The full titlecase mapping of one code point. */
export function titleOf(cp: number): string {
  if (cp < 128) return upperOf(cp);
  return (titleMap ??= loadMap(D.TITLE_MAP)).get(cp) ?? upperOf(cp);
}
/** The full case folding of one code point (_PyUnicode_ToFoldedFull). */
export function foldOf(cp: number): string {
  if (cp < 128) return lowerOf(cp);
  return (foldMap ??= loadMap(D.FOLD_MAP)).get(cp) ?? lowerOf(cp);
}
