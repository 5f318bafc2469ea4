// int arithmetic against BigInt (the number/bigint fast paths must agree with exact arithmetic
// and stay normalized), and the size helpers the VM charges the memory budget with before an
// allocation (`10 ** 10 ** 10` is refused before any work).
import { describe, expect, it } from 'vitest';
import * as I from '../../src/objects/int.ts';
import { MAX_SAFE } from '../../src/objects/object.ts';
import { RaisedException } from '../../src/vm/raise.ts';

// A seeded generator (no Math.random in tests either: failures must reproduce).
let seed = 0x2545f491;
function rnd(): number {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 4294967296;
}
function randInt(): number | bigint {
  const k = rnd();
  if (k < 0.4) return Math.floor((rnd() - 0.5) * 2000);
  if (k < 0.7) return Math.floor((rnd() - 0.5) * 2 * MAX_SAFE);
  if (k < 0.8) return [MAX_SAFE, -MAX_SAFE, 0, 1, -1, 2 ** 31, -(2 ** 31), 2 ** 32][Math.floor(rnd() * 8)]!;
  let b = BigInt(Math.floor(rnd() * 2 ** 50));
  const words = 1 + Math.floor(rnd() * 4);
  for (let i = 0; i < words; i++) b = (b << 50n) + BigInt(Math.floor(rnd() * 2 ** 50));
  if (rnd() < 0.5) b = -b;
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}
const B = (v: number | bigint) => BigInt(v);
function normalized(v: number | bigint): boolean {
  if (typeof v === 'number') return Number.isSafeInteger(v) && !Object.is(v, -0);
  return v > 9007199254740991n || v < -9007199254740991n;
}
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

describe('int arithmetic laws against BigInt', () => {
  it('+ - * // % & | ^ ~ << >> agree and stay normalized', () => {
    const bad: string[] = [];
    for (let n = 0; n < 20000; n++) {
      const a = randInt(), b = randInt();
      const x = B(a), y = B(b);
      const checks: [number | bigint, bigint][] = [
        [I.intAdd(a, b), x + y],
        [I.intSub(a, b), x - y],
        [I.intMul(a, b), x * y],
        [I.intAnd(a, b), x & y],
        [I.intOr(a, b), x | y],
        [I.intXor(a, b), x ^ y],
        [I.intInvert(a), ~x],
        [I.intNeg(a), -x],
      ];
      if (y !== 0n) {
        checks.push([I.intFloorDiv(a, b), floorDiv(x, y)]);
        checks.push([I.intMod(a, b), x - floorDiv(x, y) * y]);
      }
      const s = Math.floor(rnd() * 80);
      checks.push([I.intLshift(a, s), x << BigInt(s)]);
      checks.push([I.intRshift(a, s), x >> BigInt(s)]);
      checks.forEach(([got, want], i) => {
        if (!normalized(got) || B(got) !== want) bad.push(`op ${i} on ${a}, ${b} (shift ${s}): got ${got}, want ${want}`);
      });
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('true division of small ints is the correctly rounded quotient', () => {
    for (let n = 0; n < 2000; n++) {
      const a = Math.floor((rnd() - 0.5) * 2 * MAX_SAFE), b = Math.floor((rnd() - 0.5) * 2e6) || 1;
      expect(I.intTrueDiv(a, b)).toBe(a / b);
      // the bigint path agrees with the fast path on the same values
      expect(I.intTrueDiv(BigInt(a) * 2n ** 80n, BigInt(b) * 2n ** 80n)).toBe(a / b);
    }
  });
});

describe('size helpers for charging memory before allocating', () => {
  it('predict the bits of x ** y and x << n without computing them', () => {
    expect(I.powResultBits(10, 10 ** 10)).toBeGreaterThanOrEqual(3.3e10);
    expect(I.powResultBits(2, 100)).toBeGreaterThanOrEqual(101);
    expect(I.powResultBits(1, 10 ** 15)).toBeLessThan(100);
    expect(I.lshiftResultBits(1, 2 ** 40)).toBe(2 ** 40 + 1);
    expect(I.intBytesForBits(64)).toBeGreaterThan(8);
  });

  it('refuses results past the BigInt limit with MemoryError, at once', () => {
    const start = performance.now();
    for (const f of [() => I.intPow(10, 10 ** 10), () => I.intPow(2, 2n ** 64n), () => I.intLshift(1, 2 ** 40)]) {
      let err: unknown = null;
      try {
        f();
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(RaisedException);
      expect((err as RaisedException).exc.type.name).toBe('MemoryError');
    }
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('int_max_str_digits refuses huge decimal conversions before converting', () => {
    const huge = 10n ** 100000n;
    expect(() => I.intToDecimalString(huge)).toThrow(RaisedException);
    expect(I.intToDecimalString(huge, 0).length).toBe(100001);
  });
});
