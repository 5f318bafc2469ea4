import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { FakeInterp, decode } from './fake-interp.ts';
import { hashValue, hashComplex, hashBytes, hashFloat, HASH_NONE } from '../../src/objects/hash.ts';
import { None } from '../../src/objects/object.ts';
import { PyFloat } from '../../src/objects/float.ts';

const fixture = JSON.parse(readFileSync(new URL('./fixtures/hashes.json', import.meta.url), 'utf8')) as { rows: [unknown, string][] };

describe('hash() against CPython 3.14 (fixtures/hashes.json)', () => {
  const vm = new FakeInterp();
  it(`has thousands of rows`, () => expect(fixture.rows.length).toBeGreaterThan(5000));
  it('matches every row', () => {
    const failures: string[] = [];
    for (const [enc, want] of fixture.rows) {
      const e = enc as Record<string, unknown> | null;
      let got: bigint;
      if (e !== null && typeof e === 'object' && 'complex' in e) {
        const [re, im] = e.complex as [string, string];
        got = hashComplex(Number(re.replace('inf', 'Infinity')), Number(im.replace('inf', 'Infinity')));
      } else if (e !== null && typeof e === 'object' && 'bytes' in e) {
        got = hashBytes(Uint8Array.from(Buffer.from(e.bytes as string, 'hex')));
      } else got = hashValue(vm, decode(vm, enc));
      if (got.toString() !== want) failures.push(`${JSON.stringify(enc).slice(0, 80)}: got ${got}, want ${want}`);
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });
  it('None is a constant, nan hashes by identity', () => {
    expect(hashValue(vm, None)).toBe(BigInt(HASH_NONE));
    const a = new PyFloat(NaN);
    const b = new PyFloat(NaN);
    expect(hashFloat(a)).toBe(hashFloat(a));
    expect(hashFloat(a)).not.toBe(hashFloat(b));
  });
});
