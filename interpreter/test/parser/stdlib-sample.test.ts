// A fixed sample of CPython's standard library must parse to the same ast.dump (positions
// included) as CPython 3.14 gives, computed by Pyodide (cached under .cache/ by the zip's hash).
// The whole library is checked by `npm run conform:parser`.
import { describe, expect, it } from 'vitest';
import { compareStdlibFiles, STDLIB_SAMPLE, type Comparison } from '../../../harness/parser-stdlib.ts';

describe('stdlib sample parses exactly as CPython', () => {
  let results: Map<string, Comparison> | null = null;
  const get = async (name: string) => {
    results ??= new Map((await compareStdlibFiles(STDLIB_SAMPLE)).map((c) => [c.name, c]));
    return results.get(name)!;
  };
  for (const name of STDLIB_SAMPLE) {
    it(name, { timeout: 120_000 }, async () => {
      const cmp = await get(name);
      expect(cmp.identical, cmp.details.join('\n')).toBe(true);
    });
  }
});
