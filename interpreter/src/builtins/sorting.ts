// The stable sort behind sorted(), used until objects/sort.ts (CPython's timsort, from the
// list work) lands in the repository; then sortValues should call its sortWithKeys.
//
// As list.sort does (Objects/listobject.c list_sort_impl), a reverse sort reverses the items,
// sorts ascending stably and reverses again, so equal items keep their original order.
// Comparisons are `<` through vm.richCompare, which may run a user __lt__ (a nested call).

import type { PyValue } from '../objects/object.ts';
import type { Interp } from '../vm/interp.ts';
import { CompareOp } from '../vm/interp.ts';

/** Sorts `items` in place by `keys` (parallel array, or null to compare the items). */
export function sortValues(vm: Interp, items: PyValue[], keys: PyValue[] | null, reverse: boolean): void {
  const n = items.length;
  if (n < 2) return;
  if (reverse) {
    items.reverse();
    keys?.reverse();
  }
  const lt = (a: PyValue, b: PyValue): boolean => {
    const r = vm.richCompare(a, b, CompareOp.LT);
    return r === true || (r !== false && vm.truthy(r));
  };
  // Sort indices by key, then permute (keeps items and keys in step).
  const ks = keys ?? items;
  let idx = new Array<number>(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  // Binary insertion sort on runs of 32, then bottom-up merges.
  const RUN = 32;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const cur = idx[i]!;
      const pivot = ks[cur]!;
      let l = lo, r = i;
      while (l < r) {
        const m = (l + r) >> 1;
        if (lt(pivot, ks[idx[m]!]!)) r = m;
        else l = m + 1;
      }
      for (let j = i; j > l; j--) idx[j] = idx[j - 1]!;
      idx[l] = cur;
    }
  }
  let tmp = new Array<number>(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
      let a = lo, b = mid, o = lo;
      while (a < mid && b < hi) {
        // Take from the right run only when strictly less: stability.
        if (lt(ks[idx[b]!]!, ks[idx[a]!]!)) tmp[o++] = idx[b++]!;
        else tmp[o++] = idx[a++]!;
      }
      while (a < mid) tmp[o++] = idx[a++]!;
      while (b < hi) tmp[o++] = idx[b++]!;
    }
    [idx, tmp] = [tmp, idx];
  }
  const src = items.slice();
  for (let i = 0; i < n; i++) items[i] = src[idx[i]!]!;
  if (keys !== null) {
    const ksrc = keys.slice();
    for (let i = 0; i < n; i++) keys[i] = ksrc[idx[i]!]!;
  }
  if (reverse) {
    items.reverse();
    keys?.reverse();
  }
}
