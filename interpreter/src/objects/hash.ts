// CPython 3.14's hash functions (64-bit build, PYTHONHASHSEED=0), so that hash() and the order
// of sets match CPython exactly.
//
// Every hash is a signed 64-bit value. The public functions return it as a bigint in
// [-2**63, 2**63); the set table uses the fast path `hashInto`, which leaves the value in
// H.lo / H.hi (two int32 halves) without allocating.
//
// Sources: Python/pyhash.c (_Py_HashDouble, _Py_HashBytes, siphash13), Objects/longobject.c
// (long_hash), Objects/tupleobject.c (tuple_hash), Objects/complexobject.c (complex_hash),
// Objects/object.c (None's constant hash, _Py_HashPointer).
//
// nan: since 3.10 the hash of a float nan is its object's identity hash (_Py_HashPointer), so
// two distinct nan objects hash differently and a nan is only found in a set by identity. We do
// the same with `identityHash`: each object gets a pseudo address when first hashed (a counter,
// in CPython's pointer-hash shape), so values are deterministic across runs but not equal to any
// particular CPython run's (no CPython run is reproducible there either).

import { PyObject, None, floatType, type PyType, type PyValue } from './object.ts';
import { PyFloat } from './float.ts';
import { PyTuple, tupleType } from './tuple.ts';
import type { Interp } from '../vm/interp.ts';

/** The output of the fast path: the hash's low and high 32 bits (as int32). */
export const H = { lo: 0, hi: 0 };

/** sys.hash_info.modulus: 2**61 - 1. */
export const HASH_MODULUS = (1n << 61n) - 1n;
export const HASH_INF = 314159;
/** hash(None): a constant since 3.12 (Objects/object.c none_hash). */
export const HASH_NONE = 0xfca86420;
export const HASH_IMAG = 1000003;

const TWO32 = 4294967296;

/** The bigint value of the pair (hi, lo). */
export function pairToBigInt(hi: number, lo: number): bigint {
  return (BigInt(hi | 0) << 32n) | BigInt(lo >>> 0);
}

/** Splits a signed 64-bit bigint into H. */
export function bigIntToH(h: bigint): void {
  H.lo = Number(BigInt.asIntN(32, h));
  H.hi = Number(BigInt.asIntN(32, h >> 32n));
}

/** Puts a hash held as a JS safe integer into H. */
function numberToH(h: number): void {
  H.lo = h | 0;
  H.hi = Math.floor(h / TWO32) | 0;
}

// --- int ---------------------------------------------------------------------------------

/** hash(int): Objects/longobject.c long_hash. Small ints hash to themselves (-1 -> -2). */
export function hashInt(v: number | bigint): bigint {
  if (typeof v === 'number') return BigInt(v === -1 ? -2 : v);
  let h = (v < 0n ? -v : v) % HASH_MODULUS;
  if (v < 0n) h = -h;
  return h === -1n ? -2n : h;
}

function hashIntInto(v: number | bigint): void {
  if (typeof v === 'number') {
    if (v >= -0x80000000 && v <= 0x7fffffff) {
      H.lo = v === -1 ? -2 : v;
      H.hi = v < 0 ? -1 : 0;
    } else numberToH(v);
    return;
  }
  bigIntToH(hashInt(v));
}

// --- float -------------------------------------------------------------------------------

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** hash(float) for a finite or infinite value: Python/pyhash.c _Py_HashDouble. The value is
 * that of the rational m * 2**e reduced modulo 2**61 - 1; integral floats therefore hash like the
 * equal int. A nan has no value hash (see identityHash). */
export function hashFloatValue(x: number): bigint {
  if (Number.isInteger(x) && x >= -9007199254740991 && x <= 9007199254740991) return hashInt(x + 0);
  if (x === Infinity) return BigInt(HASH_INF);
  if (x === -Infinity) return BigInt(-HASH_INF);
  // x = mantissa * 2**exp with an integer mantissa of at most 53 bits.
  f64[0] = x;
  const lo = u32[0]!;
  const hi = u32[1]!;
  const biased = (hi >>> 20) & 0x7ff;
  let mant = BigInt(hi & 0xfffff) * 4294967296n + BigInt(lo);
  let exp: number;
  if (biased === 0) exp = -1074;
  else {
    mant += 1n << 52n;
    exp = biased - 1075;
  }
  // 2**61 == 1 (mod 2**61 - 1), so 2**exp == 2**(exp mod 61).
  const e = ((exp % 61) + 61) % 61;
  let h = (mant % HASH_MODULUS << BigInt(e)) % HASH_MODULUS;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

/** hash(float) of a float object (a nan hashes by identity, as in CPython 3.10+). */
export function hashFloat(f: PyFloat): bigint {
  const x = f.value;
  return x !== x ? identityHash(f) : hashFloatValue(x);
}

function hashFloatInto(f: PyFloat): void {
  const x = f.value;
  if (Number.isInteger(x) && x >= -9007199254740991 && x <= 9007199254740991) hashIntInto(x + 0);
  else bigIntToH(hashFloat(f));
}

// --- complex -----------------------------------------------------------------------------

/** hash(complex): Objects/complexobject.c complex_hash: hash(real) + 1000003 * hash(imag) in
 * unsigned 64-bit arithmetic. `obj` is the complex object (for nan parts, hashed by identity). */
export function hashComplex(real: number, imag: number, obj: PyObject | null = null): bigint {
  const part = (x: number): bigint => (x !== x ? (obj === null ? 0n : identityHash(obj)) : hashFloatValue(x));
  const h = BigInt.asIntN(64, part(real) + BigInt(HASH_IMAG) * part(imag));
  return h === -1n ? -2n : h;
}

// --- identity ----------------------------------------------------------------------------

const identities = new WeakMap<object, bigint>();
let nextAddress = 0x7f5a00000000n;

/** The identity hash of an object (Python/pyhash.c _Py_HashPointer: the address rotated right by
 * 4 bits). Addresses are simulated: 16-byte aligned, handed out in order of first use. */
export function identityHash(o: object): bigint {
  let h = identities.get(o);
  if (h === undefined) {
    const addr = nextAddress;
    nextAddress += 16n;
    h = BigInt.asIntN(64, (addr >> 4n) | ((addr & 15n) << 60n));
    identities.set(o, h);
  }
  return h;
}

// --- SipHash-1-3: str and bytes ----------------------------------------------------------

// State of the current SipHash run, as int32 halves.
let v0h = 0, v0l = 0, v1h = 0, v1l = 0, v2h = 0, v2l = 0, v3h = 0, v3l = 0;

/** SINGLE_ROUND of Python/pyhash.c: two HALF_ROUNDs with rotations (13, 16) and (17, 21). */
function sipRound(): void {
  let lo: number, hi: number, t: number;
  // HALF_ROUND(v0, v1, v2, v3, 13, 16)
  lo = (v0l + v1l) | 0; v0h = (v0h + v1h + ((lo >>> 0) < (v0l >>> 0) ? 1 : 0)) | 0; v0l = lo;
  lo = (v2l + v3l) | 0; v2h = (v2h + v3h + ((lo >>> 0) < (v2l >>> 0) ? 1 : 0)) | 0; v2l = lo;
  hi = (v1h << 13) | (v1l >>> 19); lo = (v1l << 13) | (v1h >>> 19); v1h = hi ^ v0h; v1l = lo ^ v0l;
  hi = (v3h << 16) | (v3l >>> 16); lo = (v3l << 16) | (v3h >>> 16); v3h = hi ^ v2h; v3l = lo ^ v2l;
  t = v0h; v0h = v0l; v0l = t;
  // HALF_ROUND(v2, v1, v0, v3, 17, 21)
  lo = (v2l + v1l) | 0; v2h = (v2h + v1h + ((lo >>> 0) < (v2l >>> 0) ? 1 : 0)) | 0; v2l = lo;
  lo = (v0l + v3l) | 0; v0h = (v0h + v3h + ((lo >>> 0) < (v0l >>> 0) ? 1 : 0)) | 0; v0l = lo;
  hi = (v1h << 17) | (v1l >>> 15); lo = (v1l << 17) | (v1h >>> 15); v1h = hi ^ v2h; v1l = lo ^ v2l;
  hi = (v3h << 21) | (v3l >>> 11); lo = (v3l << 21) | (v3h >>> 11); v3h = hi ^ v0h; v3l = lo ^ v0l;
  t = v2h; v2h = v2l; v2l = t;
}

/** _Py_HashBytes over buf[0..n): SipHash-1-3 with the all-zero key of PYTHONHASHSEED=0 (no
 * small-string cutoff in the default build: sys.hash_info.cutoff == 0). Result in H. */
function sipHashInto(buf: Uint8Array, n: number): void {
  if (n === 0) {
    H.lo = 0;
    H.hi = 0;
    return;
  }
  // k0 = k1 = 0: v0 = "somepseu", v1 = "dorandom", v2 = "lygenera", v3 = "tedbytes".
  v0h = 0x736f6d65; v0l = 0x70736575;
  v1h = 0x646f7261; v1l = 0x6e646f6d;
  v2h = 0x6c796765; v2l = 0x6e657261;
  v3h = 0x74656462; v3l = 0x79746573;
  let i = 0;
  const end8 = n & ~7;
  while (i < end8) {
    const ml = buf[i]! | (buf[i + 1]! << 8) | (buf[i + 2]! << 16) | (buf[i + 3]! << 24);
    const mh = buf[i + 4]! | (buf[i + 5]! << 8) | (buf[i + 6]! << 16) | (buf[i + 7]! << 24);
    v3l ^= ml; v3h ^= mh;
    sipRound();
    v0l ^= ml; v0h ^= mh;
    i += 8;
  }
  // The last 0..7 bytes, with the length in the top byte.
  let bl = 0;
  let bh = (n & 0xff) << 24;
  const rem = n - end8;
  for (let j = 0; j < rem; j++) {
    const byte = buf[i + j]!;
    if (j < 4) bl |= byte << (8 * j);
    else bh |= byte << (8 * (j - 4));
  }
  v3l ^= bl; v3h ^= bh;
  sipRound();
  v0l ^= bl; v0h ^= bh;
  v2l ^= 0xff;
  sipRound();
  sipRound();
  sipRound();
  let hl = v0l ^ v1l ^ v2l ^ v3l;
  let hh = v0h ^ v1h ^ v2h ^ v3h;
  if (hl === -1 && hh === -1) hl = -2; // -1 is reserved for errors
  H.lo = hl;
  H.hi = hh;
}

let scratch = new Uint8Array(256);

function scratchOf(n: number): Uint8Array {
  if (scratch.length < n) scratch = new Uint8Array(Math.max(n, scratch.length * 2));
  return scratch;
}

/** hash(str) into H: SipHash over the PEP 393 representation (Objects/unicodeobject.c
 * unicode_hash): one byte per character when all are below 256, else UCS-2 little-endian when
 * all are in the BMP, else UCS-4 little-endian. A surrogate pair in the JS string is one astral
 * code point; a lone surrogate is a BMP code point. */
export function hashStrInto(s: string): void {
  const len = s.length;
  let max = 0;
  let astral = false;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        astral = true;
        break;
      }
    }
  }
  if (!astral && max < 256) {
    const buf = scratchOf(len);
    for (let i = 0; i < len; i++) buf[i] = s.charCodeAt(i);
    sipHashInto(buf, len);
  } else if (!astral) {
    const buf = scratchOf(2 * len);
    for (let i = 0; i < len; i++) {
      const c = s.charCodeAt(i);
      buf[2 * i] = c & 0xff;
      buf[2 * i + 1] = c >>> 8;
    }
    sipHashInto(buf, 2 * len);
  } else {
    const buf = scratchOf(4 * len);
    let n = 0;
    for (let i = 0; i < len; i++) {
      let c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        }
      }
      buf[n] = c & 0xff;
      buf[n + 1] = (c >>> 8) & 0xff;
      buf[n + 2] = c >>> 16;
      buf[n + 3] = 0;
      n += 4;
    }
    sipHashInto(buf, n);
  }
}

/** hash(str). */
export function hashStr(s: string): bigint {
  hashStrInto(s);
  return pairToBigInt(H.hi, H.lo);
}

/** hash(bytes) into H: SipHash over the bytes. */
export function hashBytesInto(b: Uint8Array): void {
  sipHashInto(b, b.length);
}

/** hash(bytes). */
export function hashBytes(b: Uint8Array): bigint {
  sipHashInto(b, b.length);
  return pairToBigInt(H.hi, H.lo);
}

// --- unsigned 64-bit arithmetic on (hi, lo) int32 pairs ------------------------------------

/** Low 64 bits of (ah:al) * (bh:bl), into H. */
export function mul64(ah: number, al: number, bh: number, bl: number): void {
  const a0 = al & 0xffff, a1 = al >>> 16, b0 = bl & 0xffff, b1 = bl >>> 16;
  const mid = a0 * b1 + a1 * b0; // < 2**33
  const low = a0 * b0 + (mid % 65536) * 65536; // < 2**33
  const carry = Math.floor(low / TWO32);
  const hiPart = a1 * b1 + Math.floor(mid / 65536) + carry; // < 2**34
  H.lo = low | 0;
  H.hi = (hiPart + Math.imul(ah, bl) + Math.imul(al, bh)) | 0;
}

/** (ah:al) + (bh:bl) mod 2**64, into H. */
function add64(ah: number, al: number, bh: number, bl: number): void {
  const lo = (al + bl) | 0;
  H.hi = (ah + bh + ((lo >>> 0) < (al >>> 0) ? 1 : 0)) | 0;
  H.lo = lo;
}

// --- tuple -------------------------------------------------------------------------------

// xxHash primes (Objects/tupleobject.c, 64-bit).
const P1H = 0x9e3779b1 | 0, P1L = 0x85ebca87 | 0;
const P2H = 0xc2b2ae3d | 0, P2L = 0x27d4eb4f | 0;
const P5H = 0x27d4eb2f | 0, P5L = 0x165667c5 | 0;
// _PyHASH_XXPRIME_5 ^ 3527539, the length mangling that keeps hash(()) at its historical value.
const LENH = 0x27d4eb2f | 0, LENL = 0x1663b4b6 | 0;

/** hash(tuple) into H: Objects/tupleobject.c tuple_hash (xxHash-based lane combination). */
export function hashTupleInto(vm: Interp, items: readonly PyValue[]): void {
  let accH = P5H, accL = P5L;
  const n = items.length;
  for (let i = 0; i < n; i++) {
    hashInto(vm, items[i]!);
    mul64(H.hi, H.lo, P2H, P2L);
    add64(accH, accL, H.hi, H.lo);
    // rotate left 31
    const h = H.hi, l = H.lo;
    accH = (h << 31) | (l >>> 1);
    accL = (l << 31) | (h >>> 1);
    mul64(accH, accL, P1H, P1L);
    accH = H.hi;
    accL = H.lo;
  }
  // acc += len ^ (XXPRIME_5 ^ 3527539)
  add64(accH, accL, LENH, (LENL ^ n) | 0);
  if (H.hi === -1 && H.lo === -1) {
    H.hi = 0;
    H.lo = 1546275796;
  }
}

export function hashTuple(vm: Interp, items: readonly PyValue[]): bigint {
  hashTupleInto(vm, items);
  return pairToBigInt(H.hi, H.lo);
}

// --- dispatch ----------------------------------------------------------------------------

/** Hash functions of other builtin layouts (frozenset registers itself from set.ts). Each
 * leaves its result in H. */
const hashers = new Map<PyType, (vm: Interp, v: PyObject) => void>();

export function registerHasher(type: PyType, fn: (vm: Interp, v: PyObject) => void): void {
  hashers.set(type, fn);
}

/** Whether a builtin type's hash is computed here (registerHasher). */
export function hasRegisteredHasher(type: PyType): boolean {
  return hashers.has(type);
}

/** hash(v) into H: natively for int, bool, str, float, tuple, None and registered builtin
 * layouts; through vm.hash for everything else (user __hash__, unhashable types). */
export function hashInto(vm: Interp, v: PyValue): void {
  switch (typeof v) {
    case 'string':
      hashStrInto(v);
      return;
    case 'number':
    case 'bigint':
      hashIntInto(v);
      return;
    case 'boolean':
      H.lo = v ? 1 : 0;
      H.hi = 0;
      return;
  }
  const t = v.type;
  if (t === floatType) {
    hashFloatInto(v as PyFloat);
    return;
  }
  if (t === tupleType) {
    hashTupleInto(vm, (v as PyTuple).items);
    return;
  }
  if (v === None) {
    H.lo = HASH_NONE | 0;
    H.hi = 0;
    return;
  }
  const fn = hashers.get(t);
  if (fn !== undefined) {
    fn(vm, v);
    return;
  }
  bigIntToH(vm.hash(v));
}

/** hash(v) as a bigint in [-2**63, 2**63). */
export function hashValue(vm: Interp, v: PyValue): bigint {
  switch (typeof v) {
    case 'string':
      return hashStr(v);
    case 'number':
    case 'bigint':
      return hashInt(v);
    case 'boolean':
      return v ? 1n : 0n;
  }
  if (v.type === floatType) return hashFloat(v as PyFloat);
  hashInto(vm, v);
  return pairToBigInt(H.hi, H.lo);
}
