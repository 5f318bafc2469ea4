// list.sort's algorithm (Objects/listobject.c, listsort.txt): CPython's timsort, so that the
// sequence of `<` comparisons, the result for inconsistent orders (nan, odd __lt__), and the
// permutation left behind when a comparison raises are CPython's.
//
// - Only `<` is used (vm.richCompare(a, b, LT) then truthiness: PyObject_RichCompareBool).
// - Natural runs (count_run with 3.13's handling of equal elements in descending runs), binary
//   insertion up to minrun, powersort merge policy (found_new_run / powerloop), merge_lo/merge_hi
//   with galloping and the adaptive min_gallop, merge_force_collapse.
// - reverse=True reverses the items, sorts stably, and reverses back (also when a comparison
//   raised), which keeps equal items in their original order.
// - Keys of one primitive kind (all ints/floats without nan, or all strs) have a total order in
//   which no Python code runs: any stable sort gives the same result, so V8's sort is used.
//   Other keys go through the timsort port, with native comparisons for ints, floats, strs and
//   tuples of them, and vm.richCompare for everything else.
// Not reproduced: the pre-sort check's unsafe_object_compare calls the type's tp_richcompare
// directly (a user __lt__ returning NotImplemented is then tried a second time through the full
// protocol); here the full protocol runs once.
import { floatType, type PyValue } from './object.ts';
import { PyFloat } from './float.ts';
import { PyTuple, tupleType } from './tuple.ts';
import { CompareOp, type Interp } from '../vm/interp.ts';
import { strCompare } from './str.ts';

type Lt = (a: PyValue, b: PyValue) => boolean;

const MIN_GALLOP = 7;
const MAX_MINRUN = 64;

interface Run {
  base: number;
  len: number;
  power: number;
}

class MergeState {
  minGallop = MIN_GALLOP;
  pending: Run[] = [];
  constructor(
    readonly keys: PyValue[],
    readonly values: PyValue[] | null,
    readonly lt: Lt,
    readonly listlen: number,
  ) {}
}

function reverseRange(a: PyValue[], lo: number, hi: number): void {
  hi--;
  while (lo < hi) {
    const t = a[lo]!;
    a[lo] = a[hi]!;
    a[hi] = t;
    lo++;
    hi--;
  }
}

function reverseSlice(ms: MergeState, lo: number, n: number): void {
  reverseRange(ms.keys, lo, lo + n);
  if (ms.values !== null) reverseRange(ms.values, lo, lo + n);
}

/** binarysort: a[lo:lo+ok] is sorted; insert the rest of a[lo:lo+n] by binary insertion. */
function binarySort(ms: MergeState, lo: number, n: number, ok: number): void {
  const a = ms.keys;
  const v = ms.values;
  const lt = ms.lt;
  if (ok === 0) ok = 1;
  for (; ok < n; ok++) {
    let l = 0;
    let r = ok;
    const pivot = a[lo + ok]!;
    do {
      const m = (l + r) >> 1;
      if (lt(pivot, a[lo + m]!)) r = m;
      else l = m + 1;
    } while (l < r);
    for (let m = ok; m > l; m--) a[lo + m] = a[lo + m - 1]!;
    a[lo + l] = pivot;
    if (v !== null) {
      const vp = v[lo + ok]!;
      for (let m = ok; m > l; m--) v[lo + m] = v[lo + m - 1]!;
      v[lo + l] = vp;
    }
  }
}

/** count_run: the length of the run at lo (at most nremaining), made ascending in place. */
function countRun(ms: MergeState, lo: number, nremaining: number): number {
  const a = ms.keys;
  const lt = ms.lt;
  let n = 1;
  for (; n < nremaining; n++) if (lt(a[lo + n]!, a[lo + n - 1]!)) break;
  if (n === nremaining) return n;
  if (n > 1) {
    if (lt(a[lo]!, a[lo + n - 1]!)) return n;
    reverseSlice(ms, lo, n);
  }
  n++;
  let neq = 0;
  for (; n < nremaining; n++) {
    if (lt(a[lo + n]!, a[lo + n - 1]!)) {
      if (neq) {
        neq++;
        reverseSlice(ms, lo + n - neq, neq);
        neq = 0;
      }
    } else if (lt(a[lo + n - 1]!, a[lo + n]!)) break;
    else neq++;
  }
  if (neq) {
    neq++;
    reverseSlice(ms, lo + n - neq, neq);
  }
  reverseSlice(ms, lo, n);
  for (; n < nremaining; n++) if (lt(a[lo + n]!, a[lo + n - 1]!)) break;
  return n;
}

/** gallop_left: k such that a[b+k-1] < key <= a[b+k], searching from hint. */
function gallopLeft(lt: Lt, key: PyValue, a: PyValue[], b: number, n: number, hint: number): number {
  let lastofs = 0;
  let ofs = 1;
  if (lt(a[b + hint]!, key)) {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(a[b + hint + ofs]!, key)) {
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(a[b + hint - ofs]!, key)) break;
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(a[b + m]!, key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** gallop_right: k such that a[b+k-1] <= key < a[b+k]. */
function gallopRight(lt: Lt, key: PyValue, a: PyValue[], b: number, n: number, hint: number): number {
  let lastofs = 0;
  let ofs = 1;
  if (lt(key, a[b + hint]!)) {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(key, a[b + hint - ofs]!)) {
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(key, a[b + hint + ofs]!)) break;
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(key, a[b + m]!)) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

/** merge_lo: merges a[pa:pa+na] and a[pb:pb+nb] (na <= nb), a's part in a temp array. */
function mergeLo(ms: MergeState, pa: number, na: number, pb: number, nb: number): void {
  const keys = ms.keys;
  const vals = ms.values;
  const lt = ms.lt;
  const tk = keys.slice(pa, pa + na);
  const tv = vals === null ? null : vals.slice(pa, pa + na);
  let dest = pa;
  let ia = 0;
  let ib = pb;
  let copyB = false;
  const move = (d: number, s: number): void => {
    keys[d] = keys[s]!;
    if (vals !== null) vals[d] = vals[s]!;
  };
  const fromTmp = (d: number, s: number): void => {
    keys[d] = tk[s]!;
    if (vals !== null) vals[d] = tv![s]!;
  };
  try {
    done: {
      move(dest++, ib++);
      nb--;
      if (nb === 0) break done;
      if (na === 1) {
        copyB = true;
        break done;
      }
      let minGallop = ms.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(keys[ib]!, tk[ia]!)) {
            move(dest++, ib++);
            bcount++;
            acount = 0;
            nb--;
            if (nb === 0) break done;
            if (bcount >= minGallop) break;
          } else {
            fromTmp(dest++, ia++);
            acount++;
            bcount = 0;
            na--;
            if (na === 1) {
              copyB = true;
              break done;
            }
            if (acount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          ms.minGallop = minGallop;
          let k = gallopRight(lt, keys[ib]!, tk, ia, na, 0);
          acount = k;
          if (k) {
            for (let i = 0; i < k; i++) fromTmp(dest + i, ia + i);
            dest += k;
            ia += k;
            na -= k;
            if (na === 1) {
              copyB = true;
              break done;
            }
            if (na === 0) break done;
          }
          move(dest++, ib++);
          nb--;
          if (nb === 0) break done;
          k = gallopLeft(lt, tk[ia]!, keys, ib, nb, 0);
          bcount = k;
          if (k) {
            keys.copyWithin(dest, ib, ib + k);
            if (vals !== null) vals.copyWithin(dest, ib, ib + k);
            dest += k;
            ib += k;
            nb -= k;
            if (nb === 0) break done;
          }
          fromTmp(dest++, ia++);
          na--;
          if (na === 1) {
            copyB = true;
            break done;
          }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        ms.minGallop = minGallop;
      }
    }
  } finally {
    if (copyB) {
      keys.copyWithin(dest, ib, ib + nb);
      if (vals !== null) vals.copyWithin(dest, ib, ib + nb);
      fromTmp(dest + nb, ia);
    } else if (na) {
      for (let i = 0; i < na; i++) fromTmp(dest + i, ia + i);
    }
  }
}

/** merge_hi: merges a[pa:pa+na] and a[pb:pb+nb] (na >= nb) from the right, b's part in a temp
 * array. */
function mergeHi(ms: MergeState, pa: number, na: number, pb: number, nb: number): void {
  const keys = ms.keys;
  const vals = ms.values;
  const lt = ms.lt;
  const tk = keys.slice(pb, pb + nb);
  const tv = vals === null ? null : vals.slice(pb, pb + nb);
  let dest = pb + nb - 1;
  let ia = pa + na - 1;
  let ib = nb - 1;
  const basea = pa;
  let copyA = false;
  const move = (d: number, s: number): void => {
    keys[d] = keys[s]!;
    if (vals !== null) vals[d] = vals[s]!;
  };
  const fromTmp = (d: number, s: number): void => {
    keys[d] = tk[s]!;
    if (vals !== null) vals[d] = tv![s]!;
  };
  try {
    done: {
      move(dest--, ia--);
      na--;
      if (na === 0) break done;
      if (nb === 1) {
        copyA = true;
        break done;
      }
      let minGallop = ms.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(tk[ib]!, keys[ia]!)) {
            move(dest--, ia--);
            acount++;
            bcount = 0;
            na--;
            if (na === 0) break done;
            if (acount >= minGallop) break;
          } else {
            fromTmp(dest--, ib--);
            bcount++;
            acount = 0;
            nb--;
            if (nb === 1) {
              copyA = true;
              break done;
            }
            if (bcount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          ms.minGallop = minGallop;
          let k = gallopRight(lt, tk[ib]!, keys, basea, na, na - 1);
          k = na - k;
          acount = k;
          if (k) {
            dest -= k;
            ia -= k;
            keys.copyWithin(dest + 1, ia + 1, ia + 1 + k);
            if (vals !== null) vals.copyWithin(dest + 1, ia + 1, ia + 1 + k);
            na -= k;
            if (na === 0) break done;
          }
          fromTmp(dest--, ib--);
          nb--;
          if (nb === 1) {
            copyA = true;
            break done;
          }
          k = gallopLeft(lt, keys[ia]!, tk, 0, nb, nb - 1);
          k = nb - k;
          bcount = k;
          if (k) {
            dest -= k;
            ib -= k;
            for (let i = 1; i <= k; i++) fromTmp(dest + i, ib + i);
            nb -= k;
            if (nb === 1) {
              copyA = true;
              break done;
            }
            if (nb === 0) break done;
          }
          move(dest--, ia--);
          na--;
          if (na === 0) break done;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        ms.minGallop = minGallop;
      }
    }
  } finally {
    if (copyA) {
      keys.copyWithin(dest + 1 - na, ia + 1 - na, ia + 1);
      if (vals !== null) vals.copyWithin(dest + 1 - na, ia + 1 - na, ia + 1);
      dest -= na;
      fromTmp(dest, ib);
    } else if (nb) {
      for (let i = 0; i < nb; i++) fromTmp(dest - (nb - 1) + i, i);
    }
  }
}

/** merge_at: merges the runs at stack indices i and i+1. */
function mergeAt(ms: MergeState, i: number): void {
  const p = ms.pending;
  let pa = p[i]!.base;
  let na = p[i]!.len;
  const pb = p[i + 1]!.base;
  let nb = p[i + 1]!.len;
  p[i]!.len = na + nb;
  p.splice(i + 1, 1);
  const k = gallopRight(ms.lt, ms.keys[pb]!, ms.keys, pa, na, 0);
  pa += k;
  na -= k;
  if (na === 0) return;
  nb = gallopLeft(ms.lt, ms.keys[pa + na - 1]!, ms.keys, pb, nb, nb - 1);
  if (nb <= 0) return;
  if (na <= nb) mergeLo(ms, pa, na, pb, nb);
  else mergeHi(ms, pa, na, pb, nb);
}

/** powerloop: the powersort "power" of the boundary between two adjacent runs. */
function powerLoop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    result++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) break;
    a *= 2;
    b *= 2;
  }
  return result;
}

function foundNewRun(ms: MergeState, n2: number): void {
  const p = ms.pending;
  if (p.length === 0) return;
  const top = p[p.length - 1]!;
  const power = powerLoop(top.base, top.len, n2, ms.listlen);
  while (p.length > 1 && p[p.length - 2]!.power > power) mergeAt(ms, p.length - 2);
  p[p.length - 1]!.power = power;
}

function mergeForceCollapse(ms: MergeState): void {
  const p = ms.pending;
  while (p.length > 1) {
    let n = p.length - 2;
    if (n > 0 && p[n - 1]!.len < p[n + 1]!.len) n--;
    mergeAt(ms, n);
  }
}

function computeMinrun(n: number): number {
  let r = 0;
  while (n >= MAX_MINRUN) {
    r |= n & 1;
    n = Math.floor(n / 2);
  }
  return n + r;
}

/** The timsort proper over keys (and values permuted alongside). Exceptions from `lt` propagate
 * with the arrays holding some permutation of their input. */
function timsort(keys: PyValue[], values: PyValue[] | null, lt: Lt): void {
  const n = keys.length;
  if (n < 2) return;
  const ms = new MergeState(keys, values, lt, n);
  const minrun = computeMinrun(n);
  let lo = 0;
  let nremaining = n;
  do {
    let run = countRun(ms, lo, nremaining);
    if (run < minrun) {
      const force = nremaining <= minrun ? nremaining : minrun;
      binarySort(ms, lo, force, run);
      run = force;
    }
    foundNewRun(ms, run);
    ms.pending.push({ base: lo, len: run, power: 0 });
    lo += run;
    nremaining -= run;
  } while (nremaining);
  mergeForceCollapse(ms);
}

// --- comparisons -----------------------------------------------------------------------------

/** A number for an int, bool or float key; undefined otherwise. JS compares number with bigint
 * exactly, as Python compares int with float. */
function numericKey(v: PyValue): number | bigint | undefined {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
    case 'string':
      return undefined;
  }
  return v.type === floatType ? (v as PyFloat).value : undefined;
}

/** Python's str order (code points) for two JS strings (objects/str.ts: strCompare). */
export function strLess(a: string, b: string): boolean {
  return strCompare(a, b) < 0;
}

const NOT_NATIVE = 2;

/** a < b without running Python code: 1 / 0, or NOT_NATIVE. Tuples are compared natively when
 * every pair of items they are decided by is native. */
function nativeLess(a: PyValue, b: PyValue): number {
  if (typeof a === 'string') {
    if (typeof b === 'string') return strLess(a, b) ? 1 : 0;
    return NOT_NATIVE;
  }
  const x = numericKey(a);
  if (x !== undefined) {
    const y = numericKey(b);
    if (y === undefined) return NOT_NATIVE;
    return x < y ? 1 : 0;
  }
  if (typeof a === 'object' && a.type === tupleType && typeof b === 'object' && b.type === tupleType) {
    const p = (a as PyTuple).items;
    const q = (b as PyTuple).items;
    const n = Math.min(p.length, q.length);
    for (let i = 0; i < n; i++) {
      const e = nativeEqual(p[i]!, q[i]!);
      if (e === NOT_NATIVE) return NOT_NATIVE;
      if (e === 0) return nativeLess(p[i]!, q[i]!);
    }
    return p.length < q.length ? 1 : 0;
  }
  return NOT_NATIVE;
}

/** a == b natively for the same kinds as nativeLess (identity counts, as in containers). */
function nativeEqual(a: PyValue, b: PyValue): number {
  if (a === b) return 1;
  if (typeof a === 'string') return typeof b === 'string' ? 0 : NOT_NATIVE;
  const x = numericKey(a);
  if (x !== undefined) {
    const y = numericKey(b);
    if (y === undefined) return NOT_NATIVE;
    // eslint-disable-next-line eqeqeq
    return x == y ? 1 : 0;
  }
  if (typeof a === 'object' && a.type === tupleType && typeof b === 'object' && b.type === tupleType) {
    const p = (a as PyTuple).items;
    const q = (b as PyTuple).items;
    if (p.length !== q.length) return 0;
    for (let i = 0; i < p.length; i++) {
      const e = nativeEqual(p[i]!, q[i]!);
      if (e !== 1) return e;
    }
    return 1;
  }
  return NOT_NATIVE;
}

function makeLt(vm: Interp): Lt {
  let n = 0;
  return (a, b) => {
    if ((++n & 0xfffff) === 0) vm.checkTime();
    const r = nativeLess(a, b);
    if (r !== NOT_NATIVE) return r === 1;
    return vm.truthy(vm.richCompare(a, b, CompareOp.LT));
  };
}

/** 'num' when every key is an int, bool or non-nan float; 'str' when every key is a str; else
 * null. */
function primitiveKind(keys: readonly PyValue[]): 'num' | 'str' | null {
  const first = keys[0];
  if (typeof first === 'string') {
    for (let i = 0; i < keys.length; i++) if (typeof keys[i] !== 'string') return null;
    return 'str';
  }
  for (let i = 0; i < keys.length; i++) {
    const x = numericKey(keys[i]!);
    if (x === undefined || x !== x) return null;
  }
  return 'num';
}

function hasSurrogate(keys: readonly PyValue[]): boolean {
  for (let i = 0; i < keys.length; i++) if (/[\ud800-\udfff]/.test(keys[i] as string)) return true;
  return false;
}

/** A stable sort of items by keys under a total order in which nothing observable happens. */
function nativeSort(items: PyValue[], keys: PyValue[] | null, kind: 'num' | 'str'): void {
  const k = keys ?? items;
  const n = items.length;
  if (kind === 'num') {
    const nums = k.map((v) => numericKey(v)!);
    const allNumbers = nums.every((x) => typeof x === 'number');
    const idx = Array.from({ length: n }, (_, i) => i);
    if (allNumbers) {
      const f = nums as number[];
      idx.sort((i, j) => f[i]! - f[j]! || 0);
    } else idx.sort((i, j) => (nums[i]! < nums[j]! ? -1 : nums[i]! > nums[j]! ? 1 : 0));
    permute(items, keys, idx);
    return;
  }
  const strs = k as string[];
  const idx = Array.from({ length: n }, (_, i) => i);
  if (hasSurrogate(strs)) idx.sort((i, j) => (strLess(strs[i]!, strs[j]!) ? -1 : strLess(strs[j]!, strs[i]!) ? 1 : 0));
  else idx.sort((i, j) => (strs[i]! < strs[j]! ? -1 : strs[i]! > strs[j]! ? 1 : 0));
  permute(items, keys, idx);
}

function permute(items: PyValue[], keys: PyValue[] | null, idx: number[]): void {
  const it = items.slice();
  for (let i = 0; i < idx.length; i++) items[i] = it[idx[i]!]!;
  if (keys !== null) {
    const ks = keys.slice();
    for (let i = 0; i < idx.length; i++) keys[i] = ks[idx[i]!]!;
  }
}

function sortImpl(vm: Interp, items: PyValue[], keys: PyValue[] | null, reverse: boolean): void {
  const n = items.length;
  if (n < 2) return;
  if (reverse) {
    items.reverse();
    if (keys !== null) keys.reverse();
  }
  try {
    const kind = primitiveKind(keys ?? items);
    if (kind !== null) nativeSort(items, keys, kind);
    else if (keys === null) timsort(items, null, makeLt(vm));
    else timsort(keys, items, makeLt(vm));
  } finally {
    if (reverse) items.reverse();
  }
}

/** Sorts `items` in place, the items being their own keys (list.sort() without key). */
export function sortItems(vm: Interp, items: PyValue[], reverse: boolean): void {
  sortImpl(vm, items, null, reverse);
}

/** Sorts `items` in place by the precomputed `keys` (one per item; permuted alongside). */
export function sortWithKeys(vm: Interp, items: PyValue[], keys: PyValue[], reverse: boolean): void {
  if (keys.length !== items.length) throw new Error('sortWithKeys: one key per item');
  sortImpl(vm, items, keys, reverse);
}
