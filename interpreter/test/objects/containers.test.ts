import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runProgram } from './program-runner.ts';

interface Case {
  prog: unknown[][];
  out: [string, string][];
}

for (const name of ['sets', 'dicts']) {
  const fixture = JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as { cases: Case[] };
  describe(`${name}: programs recorded from CPython 3.14 (fixtures/${name}.json)`, () => {
    it('every step of every program matches', () => {
      const failures: string[] = [];
      let steps = 0;
      fixture.cases.forEach((c, n) => {
        const got = runProgram(c.prog);
        for (let i = 0; i < c.out.length; i++) {
          steps++;
          const [wr, wv] = c.out[i]!;
          const [gr, gv] = got[i]!;
          if (gr !== wr || gv !== wv) {
            failures.push(`case ${n} step ${i} ${JSON.stringify(c.prog[i]).slice(0, 200)}\n  got  ${gr.slice(0, 300)} | ${gv.slice(0, 300)}\n  want ${wr.slice(0, 300)} | ${wv.slice(0, 300)}`);
            break;
          }
        }
      });
      expect(steps).toBeGreaterThan(5000);
      expect(failures.length + ' failing programs\n' + failures.slice(0, 8).join('\n')).toBe('0 failing programs\n');
    });
  });
}
