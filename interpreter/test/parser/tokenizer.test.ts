// Tokenizer tests against data recorded from CPython 3.14 (fixtures/tokenizer-oracle.json, made
// by fixtures/gen-tokenizer-oracle.py): token kinds, text and start positions from the C
// tokenizer, and the SyntaxError attributes compile() reports when the tokenizer fails.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Tokenizer, tokenizeAll, normalizeIdentifier } from '../../src/parser/tokenizer.ts';
import { TokenKind } from '../../src/parser/tokens.ts';
import { PythonSyntaxError } from '../../src/parser/errors.ts';

interface OracleCase {
  src: string;
  toks: [string, string, number, number][];
  err: unknown[] | null;
  warn: [string, string, number][];
}
const cases: OracleCase[] = JSON.parse(readFileSync(new URL('./fixtures/tokenizer-oracle.json', import.meta.url), 'utf8'));

const OP_NAMES: Record<string, string> = {
  '(': 'LPAR', ')': 'RPAR', '[': 'LSQB', ']': 'RSQB', ':': 'COLON', ',': 'COMMA', ';': 'SEMI', '+': 'PLUS', '-': 'MINUS',
  '*': 'STAR', '/': 'SLASH', '|': 'VBAR', '&': 'AMPER', '<': 'LESS', '>': 'GREATER', '=': 'EQUAL', '.': 'DOT',
  '%': 'PERCENT', '{': 'LBRACE', '}': 'RBRACE', '==': 'EQEQUAL', '!=': 'NOTEQUAL', '<=': 'LESSEQUAL',
  '>=': 'GREATEREQUAL', '~': 'TILDE', '^': 'CIRCUMFLEX', '<<': 'LEFTSHIFT', '>>': 'RIGHTSHIFT', '**': 'DOUBLESTAR',
  '+=': 'PLUSEQUAL', '-=': 'MINEQUAL', '*=': 'STAREQUAL', '/=': 'SLASHEQUAL', '%=': 'PERCENTEQUAL',
  '&=': 'AMPEREQUAL', '|=': 'VBAREQUAL', '^=': 'CIRCUMFLEXEQUAL', '<<=': 'LEFTSHIFTEQUAL', '>>=': 'RIGHTSHIFTEQUAL',
  '**=': 'DOUBLESTAREQUAL', '//': 'DOUBLESLASH', '//=': 'DOUBLESLASHEQUAL', '@': 'AT', '@=': 'ATEQUAL', '->': 'RARROW',
  '...': 'ELLIPSIS', ':=': 'COLONEQUAL', '!': 'EXCLAMATION',
};

function run(src: string) {
  const t = new Tokenizer(src, { filename: 'x.py' });
  const toks: [string, string, number, number][] = [];
  let err: unknown[] | null = null;
  try {
    for (;;) {
      const k = t.next();
      let name = TokenKind[k.kind];
      if (k.kind === TokenKind.OP) name = OP_NAMES[k.text] ?? 'OP';
      const ls = t.source.lastIndexOf('\n', k.start - 1) + 1;
      const charCol = k.col < 0 ? -1 : [...t.source.slice(ls, k.start)].length;
      // CPython's NEWLINE token text is the comment before it, if any; ours is ''.
      toks.push([name, k.kind === TokenKind.NEWLINE ? '' : k.text, k.lineno, charCol]);
      if (k.kind === TokenKind.ENDMARKER) break;
    }
  } catch (e) {
    if (!(e instanceof PythonSyntaxError)) throw e;
    err = [e.type, e.msg, e.lineno, e.offset, e.endLineno, e.endOffset, e.text];
  }
  return { toks, err, warnings: t.warnings };
}

describe('tokenizer vs CPython 3.14', () => {
  for (const c of cases) {
    it(JSON.stringify(c.src).slice(0, 80), () => {
      const r = run(c.src);
      const n = Math.min(r.toks.length, c.toks.length);
      const expected = c.toks.slice(0, n).map((t) => (t[0] === 'NEWLINE' ? [t[0], '', t[2], t[3]] : t));
      expect(r.toks.slice(0, n)).toEqual(expected);
      if (r.err) expect(r.err).toEqual(c.err);
      else expect(r.toks.length).toBe(c.toks.length);
      const tokWarnings = c.warn.filter(
        (w) => (w[1].startsWith('invalid ') && w[1].endsWith(' literal')) || w[1].includes('"\\{"') || w[1].includes('"\\}"'),
      );
      expect(r.warnings.map((w) => [w.category, w.message, w.lineno])).toEqual(tokWarnings);
    });
  }
});

describe('tokenizer details', () => {
  it('gives UTF-8 byte columns', () => {
    const toks = tokenizeAll('é = "€"\n');
    expect(toks.slice(0, 3).map((t) => [t.text, t.col, t.endCol])).toEqual([['é', 0, 2], ['=', 3, 4], ['"€"', 5, 10]]);
  });
  it('spans {{ with one brace of text (CPython token positions)', () => {
    const toks = tokenizeAll("f'a{{b'\n");
    const mid = toks.filter((t) => t.kind === TokenKind.FSTRING_MIDDLE);
    expect(mid.map((t) => [t.text, t.col, t.endCol])).toEqual([['a{', 2, 5], ['b', 5, 6]]);
  });
  it('attaches the debug expression text', () => {
    const toks = tokenizeAll("f'{x + 1 = !r}'\n");
    expect(toks.find((t) => t.text === '!')?.metadata).toBe('x + 1 = ');
    const t2 = tokenizeAll("t'''{x # c\n}'''\n");
    expect(t2.find((t) => t.text === '}')?.metadata).toBe('x \n');
  });
  it('tracks brackets', () => {
    const t = new Tokenizer('foo(a, [b\n');
    for (let i = 0; i < 5; i++) t.next();
    expect(t.level).toBe(2);
    expect(t.bracketStack()).toEqual([{ char: '(', lineno: 1, col: 3 }, { char: '[', lineno: 1, col: 7 }]);
    expect(t.getLine(1)).toBe('foo(a, [b\n');
  });
  it('reports an unclosed bracket with tokenizerState', () => {
    try {
      tokenizeAll('x = (1,\n\n');
      expect.unreachable();
    } catch (e) {
      const err = e as PythonSyntaxError;
      expect([err.msg, err.lineno, err.offset, err.tokenizerState, err.unclosedBracketLine]).toEqual(["'(' was never closed", 1, 5, true, 1]);
    }
  });
  // Tags checked against ast.parse(type_comments=True): type_comment 'int', type_ignores
  // [(2, '[foo]'), (3, '\n')]; columns follow lexer.c (not visible from Python).
  it('makes type comments when asked', () => {
    const toks = tokenizeAll('x = 1  # type: int\ny = 2  # type: ignore[foo]\n# type: ignore\n', { typeComments: true });
    const tc = toks.filter((t) => t.kind === TokenKind.TYPE_COMMENT || t.kind === TokenKind.TYPE_IGNORE);
    expect(tc.map((t) => [TokenKind[t.kind], t.text, t.lineno, t.col, t.endCol])).toEqual([
      ['TYPE_COMMENT', 'int', 1, 15, 18],
      ['TYPE_IGNORE', '[foo]', 2, 21, 26],
      ['TYPE_IGNORE', '\n', 3, 14, 15],
    ]);
    expect(tokenizeAll('x = 1  # type: int\n').some((t) => t.kind === TokenKind.TYPE_COMMENT)).toBe(false);
  });
  it('normalizes identifiers with NFKC', () => {
    expect(normalizeIdentifier('ｘ')).toBe('x');
    expect(normalizeIdentifier('abc')).toBe('abc');
  });
  it('never throws a JS error on junk', () => {
    const alphabet = ['(', ')', '[', ']', '{', '}', "'", '"', 'f', 'r', 'b', 't', '\\', '\n', ' ', '\t', '#', '0', '1', 'x', 'e', '.', '_', ':', '!', '=', 'é', '€', '\0', '\u00a0', '"""', "'''"];
    let seed = 12345;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % alphabet.length);
    for (let n = 0; n < 3000; n++) {
      let src = '';
      const len = 1 + (n % 30);
      for (let i = 0; i < len; i++) src += alphabet[rnd()];
      try {
        tokenizeAll(src);
      } catch (e) {
        if (!(e instanceof PythonSyntaxError)) throw new Error(`JS error on ${JSON.stringify(src)}: ${e}`);
      }
    }
  });
});
