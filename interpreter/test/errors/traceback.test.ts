// The traceback printer against CPython 3.14: every case in fixtures/traceback-cases.json was run
// by gen_traceback_fixtures.py under the oracle, which recorded the exact stderr and, from
// inside the process, the plain description that traceback.ts takes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { byteOffsetToCharOffset, computeSuggestion, displayWidth, formatException, type ExceptionDescription, type KeywordTypoTools, type TracebackFrame } from '../../src/errors/traceback.ts';
import type { NameToken } from '../../src/errors/syntax-error-display.ts';
import { parse } from '../../src/parser/index.ts';
import { Tokenizer } from '../../src/parser/tokenizer.ts';
import { TokenKind } from '../../src/parser/tokens.ts';

interface RecordedException extends Omit<ExceptionDescription, 'cause' | 'context' | 'exceptions'> {
  cause: string | null;
  context: string | null;
  exceptions: string[] | null;
}

/** A frame with the lines linecache gave traceback.py for it. */
interface RecordedFrame extends TracebackFrame {
  lines: Record<string, string>;
}

interface RecordedCase {
  name: string;
  mode: 'file' | 'c';
  source: string;
  status: number;
  /** What the program printed to stderr before the hook (compile warnings...). */
  preamble: string;
  /** What sys.excepthook printed. */
  traceback: string;
  description: {
    root: string;
    exceptions: Record<string, RecordedException>;
    tracebackLimit: number | null;
  };
}

/** Just enough of the keyword-typo tools for the recorded cases (ASCII sources). */
const typoTools: KeywordTypoTools = {
  readText: () => null,
  *nameTokens(code: string): Generator<NameToken> {
    const tokenizer = new Tokenizer(code, {});
    const src = tokenizer.source;
    for (;;) {
      let tok;
      try {
        tok = tokenizer.next();
      } catch {
        return;
      }
      if (tok.kind === TokenKind.ENDMARKER) return;
      if (tok.kind !== TokenKind.NAME) continue;
      const lineStart = src.lastIndexOf('\n', tok.start - 1) + 1;
      let lineEnd = src.indexOf('\n', tok.start);
      lineEnd = lineEnd < 0 ? src.length : lineEnd + 1;
      const startCol = tok.start - lineStart;
      yield { string: tok.text, startRow: tok.lineno, startCol, endRow: tok.endLineno, endCol: startCol + tok.end - tok.start, line: src.slice(lineStart, lineEnd) };
    }
  },
  // codeop.compile_command accepts incomplete input (a block opener whose body has not come).
  compiles(code: string): boolean {
    for (const attempt of [code, code + '\n    pass\n']) {
      try {
        parse(attempt);
        return true;
      } catch {
        // try the next
      }
    }
    return false;
  },
};

const fixture = JSON.parse(readFileSync(new URL('./fixtures/traceback-cases.json', import.meta.url), 'utf8')) as { cases: RecordedCase[] };

/** Rebuilds the object graph (one object per recorded exception id, so identity is kept). */
function resolve(recorded: RecordedCase['description']): ExceptionDescription {
  const objects = new Map<string, ExceptionDescription>();
  for (const [id, r] of Object.entries(recorded.exceptions)) objects.set(id, { ...r, cause: null, context: null, exceptions: null });
  for (const [id, r] of Object.entries(recorded.exceptions)) {
    const o = objects.get(id)!;
    o.cause = r.cause === null ? null : objects.get(r.cause)!;
    o.context = r.context === null ? null : objects.get(r.context)!;
    o.exceptions = r.exceptions === null ? null : r.exceptions.map((x) => objects.get(x)!);
  }
  return objects.get(recorded.root)!;
}

describe('traceback: CPython-recorded cases', () => {
  it('has cases', () => expect(fixture.cases.length).toBeGreaterThan(150));
  for (const c of fixture.cases) {
    it(c.name, () => {
      const text = formatException(resolve(c.description), {
        getSourceLine: (_filename, lineno, frame) => (frame as RecordedFrame).lines[String(lineno)] ?? null,
        tracebackLimit: c.description.tracebackLimit,
        keywordTypoTools: typoTools,
      });
      expect(text).toBe(c.traceback);
    });
  }
});

describe('traceback helpers', () => {
  it('converts UTF-8 byte offsets to characters, a cut character counting one', () => {
    expect(byteOffsetToCharOffset('aé b', 3)).toBe(2);
    expect(byteOffsetToCharOffset('aé b', 2)).toBe(2);
    expect(byteOffsetToCharOffset('a🐍b', 5)).toBe(2);
    expect(byteOffsetToCharOffset('abc', 10)).toBe(3);
  });
  it('counts wide characters twice', () => {
    expect(displayWidth(Array.from('名前x'), 3)).toBe(5);
    expect(displayWidth(Array.from('abc'), 7)).toBe(7);
    expect(displayWidth(Array.from('é🐍'))).toBe(3);
  });
  it('suggests like CPython', () => {
    expect(computeSuggestion({ kind: 'name', name: 'prnt', candidates: ['print', 'len'], selfHasName: false })).toBe('print');
    expect(computeSuggestion({ kind: 'name', name: 'x', candidates: ['x'], selfHasName: true })).toBe('self.x');
    expect(computeSuggestion({ kind: 'attribute', name: 'valu', candidates: ['_value', 'valve'], selfIsObject: false })).toBe('valve');
    expect(computeSuggestion({ kind: 'attribute', name: 'zzz', candidates: null, selfIsObject: false })).toBe(null);
  });
});
