// Unicode character names: unicodedata.name() and unicodedata.lookup() of CPython 3.14
// (Modules/unicodedata.c: _getucname, _getcode), and the table behind \N{...} in literals.
//
// The stored names come from names-data.ts, generated from CPython by scripts/gen-unicode-names.py
// (whose header describes the encoding). Nothing is decoded until the first call, and then only
// the part of the table the call needs: importing this module costs only the parse of the data's
// string literals.
//
// Names computed by rule rather than stored:
//   HANGUL SYLLABLE <L><V><T>       the jamo short names (Unicode ch. 3.12), both ways;
//   <PREFIX>-<HEX>                  CJK UNIFIED IDEOGRAPH-, KHITAN SMALL SCRIPT CHARACTER-, NUSHU
//                                   CHARACTER-, CJK COMPATIBILITY IDEOGRAPH-, EGYPTIAN HIEROGLYPH-
//                                   (HEX_NAME_RANGES), both ways;
//   TANGUT IDEOGRAPH-<HEX>          accepted by lookup() and \N{...} but not given by name() in 3.14
//                                   (HEX_LOOKUP_ONLY_RANGES).
// lookup() compares names case-insensitively (ASCII letters only); the hex must be written as
// name() writes it (no leading zeros), in either case.

import {
  ALIAS_CODE_POINTS,
  ALIAS_NAMES,
  BLOCK,
  BLOCK_OFFSETS,
  FIRST_WORD_BLOCKS,
  HEX_LOOKUP_ONLY_RANGES,
  HEX_NAME_RANGES,
  NAMES,
  RUNS,
  SEQUENCE_CODE_POINTS,
  SEQUENCE_NAMES,
  WORD_CLASS_1,
  WORD_CLASS_2,
  WORDS,
} from './names-data.ts';

export { UNIDATA_VERSION } from './names-data.ts';

// ---------------------------------------------------------------------------------------
// Hangul syllables (Unicode 16.0 section 3.12, Jamo.txt short names).

const HANGUL_BASE = 0xac00;
const HANGUL_COUNT = 11172;
const HANGUL_PREFIX = 'HANGUL SYLLABLE ';
const HANGUL_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const HANGUL_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI',
  'YU', 'EU', 'YI', 'I'];
const HANGUL_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B',
  'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

/** Longest jamo short name in `table` that `s` has at `at` (Modules/unicodedata.c: find_syllable). */
function findJamo(table: readonly string[], s: string, at: number): number {
  let best = -1;
  let len = -1;
  for (let i = 0; i < table.length; i++) {
    const t = table[i];
    if (t.length > len && s.startsWith(t, at)) {
      best = i;
      len = t.length;
    }
  }
  return best;
}

function hangulCode(upper: string): number | undefined {
  let at = HANGUL_PREFIX.length;
  const l = findJamo(HANGUL_L, upper, at);
  if (l < 0) return undefined;
  at += HANGUL_L[l].length;
  const v = findJamo(HANGUL_V, upper, at);
  if (v < 0) return undefined;
  at += HANGUL_V[v].length;
  const t = findJamo(HANGUL_T, upper, at);
  if (t < 0 || at + HANGUL_T[t].length !== upper.length) return undefined;
  return HANGUL_BASE + (l * 21 + v) * 28 + t;
}

// ---------------------------------------------------------------------------------------
// <PREFIX>-<HEX> names.

function inRanges(cp: number, ranges: readonly number[]): boolean {
  for (let i = 0; i < ranges.length; i += 2) if (cp >= ranges[i] && cp <= ranges[i + 1]) return true;
  return false;
}

function hexCode(upper: string, table: ReadonlyArray<readonly [string, readonly number[]]>): number | undefined {
  for (const [prefix, ranges] of table) {
    if (!upper.startsWith(prefix)) continue;
    const hex = upper.slice(prefix.length);
    if (hex.length < 4 || hex.length > 6 || !/^[0-9A-F]+$/.test(hex)) return undefined;
    const cp = parseInt(hex, 16);
    // Only the spelling name() gives: '%X' (at least four digits in every range, no leading zeros).
    if (cp.toString(16).toUpperCase() !== hex || !inRanges(cp, ranges)) return undefined;
    return cp;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------
// Decoding the stored table (the encoding is described in scripts/gen-unicode-names.py).
//
// Only what a call needs is decoded: nameOf decodes the block of BLOCK names that holds the code
// point; lookupName finds the word the name begins with in the dictionary and decodes only the
// blocks that FIRST_WORD_BLOCKS lists for it. Decoded blocks are kept.

const B = 92;
const HALF = 46;
const HEADER_SPLIT = 90;
const HEADER_KEEP = 10;

/** Symbol values of the data's alphabet (0x21..0x7e without ' and \), by character code. */
const SYM = new Uint8Array(128);
for (let c = 0x21, v = 0; c < 0x7f; c++) if (c !== 0x27 && c !== 0x5c) SYM[c] = v++;

/** Reads numbers and name lists from one data string, from `pos` on. */
class Reader {
  pos = 0;
  constructor(private s: string) {}
  get done(): boolean {
    return this.pos >= this.s.length;
  }
  sym(): number {
    return SYM[this.s.charCodeAt(this.pos++)];
  }
  number(): number {
    let v = 0;
    let m = 1;
    let x = this.sym();
    while (x >= HALF) {
      v += (x - HALF) * m;
      m *= HALF;
      x = this.sym();
    }
    return v + x * m;
  }
  /** Up to `count` names of a name list (fewer at its end). */
  names(words: readonly string[], count: number): string[] {
    const out: string[] = [];
    let prev: string[] = [];
    const class2 = WORD_CLASS_1 + WORD_CLASS_2;
    const class3Base = WORD_CLASS_1 + WORD_CLASS_2 * B;
    while (out.length < count && !this.done) {
      const h = this.sym();
      let keep: number;
      let added: number;
      if (h < HEADER_SPLIT) {
        keep = h % HEADER_KEEP;
        added = ((h / HEADER_KEEP) | 0) + 1;
      } else {
        keep = this.number();
        added = this.number();
      }
      const ws = prev.slice(0, keep);
      for (let k = 0; k < added; k++) {
        const a = this.sym();
        let w = a;
        if (a >= class2) {
          w = class3Base + (a - class2) * B * B + this.sym() * B;
          w += this.sym();
        } else if (a >= WORD_CLASS_1) w = WORD_CLASS_1 + (a - WORD_CLASS_1) * B + this.sym();
        ws.push(words[w]);
      }
      out.push(ws.join(' '));
      prev = ws;
    }
    return out;
  }
}

let words: string[] | null = null;

function getWords(): string[] {
  if (words === null) words = WORDS.split(' ');
  return words;
}

/** The dictionary index of `word`: each class of the dictionary is sorted. */
function wordIndex(word: string): number {
  const all = getWords();
  const bounds = [0, WORD_CLASS_1, WORD_CLASS_1 + WORD_CLASS_2 * B, all.length];
  for (let c = 0; c < 3; c++) {
    let lo = bounds[c];
    let hi = Math.min(bounds[c + 1], all.length) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const w = all[mid];
      if (w === word) return mid;
      if (w < word) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return -1;
}

interface Runs {
  /** Runs of consecutive named code points: first, last, index of the first's name. */
  first: Int32Array;
  last: Int32Array;
  index: Int32Array;
  blockOffsets: number[];
}

let runs: Runs | null = null;

function getRuns(): Runs {
  if (runs !== null) return runs;
  const r = new Reader(RUNS);
  const first: number[] = [];
  const last: number[] = [];
  const index: number[] = [];
  let end = -1;
  let count = 0;
  while (!r.done) {
    const start = end + 1 + r.number();
    end = start + r.number();
    first.push(start);
    last.push(end);
    index.push(count);
    count += end - start + 1;
  }
  const blockOffsets: number[] = [];
  const b = new Reader(BLOCK_OFFSETS);
  for (let pos = 0; !b.done; ) blockOffsets.push((pos += b.number()));
  runs = { first: Int32Array.from(first), last: Int32Array.from(last), index: Int32Array.from(index), blockOffsets };
  return runs;
}

/** The blocks with a name beginning with word `w`, read from FIRST_WORD_BLOCKS. The loop is
 * written out (no calls per symbol): a lookup runs it once, cold, over the whole index. */
function blocksBeginningWith(w: number): number[] {
  const s = FIRST_WORD_BLOCKS;
  const n = s.length;
  let i = 0;
  let word = 0;
  let count = 0;
  // Numbers: gap to the entry's word, its block count, then the block gaps.
  let field = 0;
  let v = 0;
  let m = 1;
  const found: number[] = [];
  let block = 0;
  while (i < n) {
    const x = SYM[s.charCodeAt(i++)];
    if (x >= HALF) {
      v += (x - HALF) * m;
      m *= HALF;
      continue;
    }
    v += x * m;
    if (field === 0) {
      word += v;
      if (word > w) break;
      field = 1;
    } else if (field === 1) {
      count = v;
      block = 0;
      field = 2;
    } else {
      block += v;
      if (word === w) found.push(block);
      if (--count === 0) {
        if (word === w) break;
        field = 0;
      }
    }
    v = 0;
    m = 1;
  }
  return found;
}

const blocks = new Map<number, string[]>();

function getBlock(block: number): string[] {
  let names = blocks.get(block);
  if (names === undefined) {
    const r = new Reader(NAMES);
    r.pos = getRuns().blockOffsets[block];
    names = r.names(getWords(), BLOCK);
    blocks.set(block, names);
  }
  return names;
}

/** The code point of the stored name at `index` (names are in code point order). */
function codePointAt(index: number): number {
  const t = getRuns();
  let lo = 0;
  let hi = t.index.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t.index[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return t.first[lo] + index - t.index[lo];
}

function storedCode(upper: string): number | undefined {
  const space = upper.indexOf(' ');
  const w = wordIndex(space < 0 ? upper : upper.slice(0, space));
  if (w < 0) return undefined;
  for (const block of blocksBeginningWith(w)) {
    const i = getBlock(block).indexOf(upper);
    if (i >= 0) return codePointAt(block * BLOCK + i);
  }
  return undefined;
}

let aliases: Map<string, number> | null = null;
let sequences: Map<string, string> | null = null;

function getAliases(): Map<string, number> {
  if (aliases !== null) return aliases;
  const names = new Reader(ALIAS_NAMES).names(getWords(), Infinity);
  const cps = new Reader(ALIAS_CODE_POINTS);
  aliases = new Map(names.map((n) => [n, cps.number()]));
  return aliases;
}

function getSequences(): Map<string, string> {
  if (sequences !== null) return sequences;
  const names = new Reader(SEQUENCE_NAMES).names(getWords(), Infinity);
  const cps = new Reader(SEQUENCE_CODE_POINTS);
  sequences = new Map();
  for (const name of names) {
    let value = '';
    for (let n = cps.number(); n > 0; n--) value += String.fromCodePoint(cps.number());
    sequences.set(name, value);
  }
  return sequences;
}

// ---------------------------------------------------------------------------------------
// Public API.

/** The name as lookup() compares it: ASCII upper case; undefined if it has non-ASCII characters
 * (CPython compares the UTF-8 bytes, upper-casing ASCII letters only, so those never match). */
function normalize(name: string): string | undefined {
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) > 0x7f) return undefined;
  return name.toUpperCase();
}

/**
 * The code point named `name` (a character name or a name alias, compared case-insensitively),
 * as \N{...} resolves it and as unicodedata.lookup() does for single characters; undefined if none.
 * Named sequences are not characters: see lookupNamedSequence.
 */
export function lookupName(name: string): number | undefined {
  const upper = normalize(name);
  if (upper === undefined) return undefined;
  if (upper.startsWith(HANGUL_PREFIX)) return hangulCode(upper);
  const c = upper.charCodeAt(0);
  if (c === 67 || c === 69 || c === 75 || c === 78 || c === 84) {
    // C(JK), E(GYPTIAN), K(HITAN), N(USHU), T(ANGUT): a name ending in -HEX may be computed.
    const dash = upper.lastIndexOf('-');
    if (dash > 0) {
      const cp = hexCode(upper, HEX_NAME_RANGES) ?? hexCode(upper, HEX_LOOKUP_ONLY_RANGES);
      if (cp !== undefined) return cp;
    }
  }
  return storedCode(upper) ?? getAliases().get(upper);
}

/** The characters of the named sequence `name` (case-insensitive), or undefined. */
export function lookupNamedSequence(name: string): string | undefined {
  const upper = normalize(name);
  return upper === undefined ? undefined : getSequences().get(upper);
}

/** unicodedata.lookup(name): the character, or the named sequence's characters; undefined if
 * the name is unknown (the module raises KeyError: "undefined character name '...'"). */
export function lookup(name: string): string | undefined {
  const cp = lookupName(name);
  return cp !== undefined ? String.fromCodePoint(cp) : lookupNamedSequence(name);
}

/** unicodedata.name(chr(codePoint)): the character's name, or undefined if it has none. */
export function nameOf(codePoint: number): string | undefined {
  if (!Number.isInteger(codePoint) || codePoint < 0 || codePoint > 0x10ffff) return undefined;
  if (codePoint >= HANGUL_BASE && codePoint < HANGUL_BASE + HANGUL_COUNT) {
    const s = codePoint - HANGUL_BASE;
    return HANGUL_PREFIX + HANGUL_L[(s / 588) | 0] + HANGUL_V[((s % 588) / 28) | 0] + HANGUL_T[s % 28];
  }
  for (const [prefix, ranges] of HEX_NAME_RANGES) {
    if (inRanges(codePoint, ranges)) return prefix + codePoint.toString(16).toUpperCase();
  }
  const t = getRuns();
  let lo = 0;
  let hi = t.first.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (codePoint < t.first[mid]) hi = mid - 1;
    else if (codePoint > t.last[mid]) lo = mid + 1;
    else {
      const index = t.index[mid] + codePoint - t.first[mid];
      return getBlock((index / BLOCK) | 0)[index % BLOCK];
    }
  }
  return undefined;
}
