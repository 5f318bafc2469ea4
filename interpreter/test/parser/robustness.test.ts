// No input makes the parser fail with anything but a Python error: every outcome is an AST, a
// PythonSyntaxError (SyntaxError/IndentationError/TabError) or CPython's MemoryError for a parser
// stack overflow. The inputs are deterministic (a seeded generator), so a failure reproduces:
// mutations of real standard-library sources, token soup from a Python vocabulary, and
// adversarial shapes (deep nesting, long lines, control characters, lone surrogates).
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parser/index.ts';
import { PythonSyntaxError } from '../../src/parser/errors.ts';
import { ParserStackOverflow } from '../../src/parser/parser.ts';
import { loadStdlib } from '../../../harness/parser-stdlib.ts';

/** mulberry32: a small seeded generator, so failures reproduce from the seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Parses `src` in every mode and reports anything that is not a Python-level outcome. */
function outcomeProblem(src: string): string | null {
  for (const mode of ['exec', 'eval', 'single'] as const) {
    try {
      parse(src, { mode, typeComments: mode === 'exec' });
    } catch (e) {
      if (e instanceof PythonSyntaxError) {
        if (typeof e.msg !== 'string' || !(e.lineno === null || Number.isInteger(e.lineno))) {
          return `malformed SyntaxError in ${mode} mode: ${JSON.stringify(e)}`;
        }
        continue;
      }
      if (e instanceof ParserStackOverflow) continue;
      return `${mode} mode threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
    }
  }
  return null;
}

const VOCABULARY = [
  'def', 'class', 'if', 'elif', 'else', 'for', 'while', 'in', 'not', 'and', 'or', 'is', 'lambda',
  'return', 'yield', 'await', 'async', 'with', 'as', 'try', 'except', 'finally', 'raise', 'from',
  'import', 'global', 'nonlocal', 'del', 'pass', 'break', 'continue', 'match', 'case', 'type', '_',
  'x', 'y', 'None', 'True', '0', '1.5', '2j', '0x1F', "'s'", '"t"', "f'{x}'", "t'{y!r}'", "b'b'",
  '"""doc"""', "f'{x=:>{y}}'", '(', ')', '[', ']', '{', '}', ':', ',', ';', '.', '...', '=', ':=',
  '+', '-', '*', '**', '/', '//', '%', '@', '|', '&', '^', '~', '<', '>', '==', '!=', '<=', '>=',
  '->', '+=', '<<=', '\n', '\n    ', '\n\t', '\\\n', '#c\n', ' ', '  ',
];

describe('the parser only ever fails with Python errors', () => {
  // Generous limits: these check outcomes, not speed, and CI machines are shared.
  it('on token soup from a Python vocabulary', { timeout: 120_000 }, () => {
    const next = rng(20261125);
    for (let i = 0; i < 3000; i++) {
      const n = 1 + Math.floor(next() * 40);
      let src = '';
      for (let k = 0; k < n; k++) src += VOCABULARY[Math.floor(next() * VOCABULARY.length)] + (next() < 0.5 ? ' ' : '');
      const problem = outcomeProblem(src);
      expect(problem, `input ${JSON.stringify(src)}`).toBeNull();
    }
  });

  it('on mutated standard-library sources', { timeout: 120_000 }, () => {
    const files = loadStdlib().files;
    const names = ['ast.py', 'dataclasses.py', 'typing.py', 'string/templatelib.py', 'textwrap.py', 're/_parser.py'];
    const sources = names.map((n) => new TextDecoder().decode(files.get(n)!)).filter((s) => s.length > 0);
    expect(sources.length).toBe(names.length);
    const next = rng(7);
    for (let i = 0; i < 400; i++) {
      const base = sources[i % sources.length]!;
      // A window of the file keeps each parse small; then a few random edits.
      const from = Math.floor(next() * Math.max(1, base.length - 3000));
      let src = base.slice(from, from + 3000);
      const edits = 1 + Math.floor(next() * 4);
      for (let k = 0; k < edits; k++) {
        const at = Math.floor(next() * (src.length + 1));
        const r = next();
        if (r < 0.3) src = src.slice(0, at) + src.slice(at + 1 + Math.floor(next() * 5));
        else if (r < 0.6) src = src.slice(0, at) + VOCABULARY[Math.floor(next() * VOCABULARY.length)] + src.slice(at);
        else if (r < 0.8) src = src.slice(0, at) + String.fromCharCode(Math.floor(next() * 0x80)) + src.slice(at);
        else src = src.slice(0, at) + src.slice(at).replace(/^[ \t]+/, '');
      }
      const problem = outcomeProblem(src);
      expect(problem, `input ${JSON.stringify(src.slice(0, 200))}...`).toBeNull();
    }
  });

  it('on adversarial shapes', { timeout: 120_000 }, () => {
    const shapes = [
      '('.repeat(5000),
      '['.repeat(199) + ']'.repeat(199),
      '-'.repeat(100000) + 'x',
      'not '.repeat(20000) + 'x',
      'x if y else '.repeat(20000) + 'z',
      'lambda: '.repeat(20000) + 'x',
      '2**'.repeat(20000) + '2',
      '*'.repeat(20000) + 'x = 1',
      'await '.repeat(20000) + 'x',
      'x' + '.a'.repeat(50000),
      'x' + '[0]'.repeat(50000),
      'f(' + 'a,'.repeat(50000) + ')',
      'f"{' + 'f"{'.repeat(200) + 'x' + '}"'.repeat(201),
      Array.from({ length: 200 }, (_, i) => ' '.repeat(i) + 'if x:').join('\n') + '\n',
      'x = "' + 'a'.repeat(1_000_000) + '"',
      '\0\x01\x02\u2028\u2029\ud800\udfff',
      '\ud83d\ude00 = 1',
      'def f(' + 'a=1, '.repeat(10000) + '): pass',
      '@d\n'.repeat(5000) + 'def f(): pass',
      'x = ' + '{1: '.repeat(199) + '1' + '}'.repeat(199),
      '\\\n'.repeat(10000),
      '#'.repeat(100000),
      '\t'.repeat(1000) + 'x',
      "'''" + '\n'.repeat(10000),
    ];
    for (const src of shapes) {
      const problem = outcomeProblem(src);
      expect(problem, `input ${JSON.stringify(src.slice(0, 80))}...`).toBeNull();
    }
  });
});
