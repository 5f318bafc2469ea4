// The parser core: token buffer, backtracking, memoization, the two passes and error reporting.
//
// Terrarium's parser is a hand-written PEG parser that follows the structure of CPython 3.14's
// grammar (Grammar/python.gram) rule by rule, so that it accepts the same programs, builds the
// same AST with the same positions, and fails in the same place with the same message. The rules
// live in sibling files by concern (statements, expressions, targets, patterns, strings, invalid
// rules); each is a function `(p: Parser) => Result | null` where null means "no match" and the
// parser's position is restored by the caller's mark/reset, exactly like pegen's generated C.
//
// As in CPython (Parser/pegen.c: _PyPegen_run_parser), parsing runs in two passes. The first pass
// uses only the real grammar. If it fails, the parser is reset and a second pass runs with the
// `invalid_*` rules enabled; they recognize common mistakes and raise specialized messages. If the
// second pass finds nothing specific, the error is the generic "invalid syntax" at the last token
// the first pass read (Parser/pegen_errors.c: _PyPegen_set_syntax_error).

import { Tokenizer } from './tokenizer.ts';
import { TokenKind, type Token } from './tokens.ts';
import { PythonSyntaxError, CompileTimeException, type CompileWarning, type SyntaxErrorType } from './errors.ts';
import type { ParseOptions, ParseResult, ParseMode } from './index.ts';
import type { ModNode, TypeIgnore, Located, AnyNode } from './ast.ts';

type Unlocated<T> = T extends Located ? Omit<T, keyof Located> : never;
/** The fields of a located node, before the parser gives it a position. */
export type UnlocatedNode = Unlocated<AnyNode>;
import { fileRule, evalRule, interactiveRule, funcTypeRule } from './rules-statements.ts';

/** Thrown inside the parser to unwind after an error has been recorded (pegen's error_indicator). */
export class ParserAbort {
  constructor(
    readonly error: PythonSyntaxError | ParserStackOverflow | CompileTimeException,
    /** The error came from the tokenizer (final: no later error replaces it). */
    readonly fromTokenizer = false,
  ) {}
}

/** CPython raises MemoryError when the parser's own stack passes MAXSTACK (Parser/parser.c). */
export class ParserStackOverflow {
  readonly type = 'MemoryError';
  readonly msg = 'Parser stack overflowed - Python source too complex to parse';
}

/** Hard keywords: never NAME tokens for the grammar. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import',
  'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while',
  'with', 'yield',
]);
/** Soft keywords: NAME tokens that some rules treat as keywords (match, case, type, _). */
export const SOFT_KEYWORDS: ReadonlySet<string> = new Set(['_', 'case', 'match', 'type']);

/** CPython's MAXSTACK: the deepest rule nesting before "Parser stack overflowed". */
const MAXSTACK = 6000;

/** memoGet()'s answer when the rule has not run at this position yet. */
export const MEMO_MISS: unique symbol = Symbol('memo miss');

/** CPython's placeholder for "the tokenizer's current position" in error ranges (CURRENT_POS). */
export const CURRENT_POS = -5;

export class Parser {
  readonly tokens: Token[] = [];
  pos = 0;
  /** True in the second pass, when the invalid_* rules run. */
  callInvalidRules = false;
  /** Rule nesting depth, bounded by MAXSTACK like CPython's p->level. */
  level = 0;
  readonly tokenizer: Tokenizer;
  readonly typeIgnores: TypeIgnore[] = [];
  readonly warnings: CompileWarning[] = [];
  /** Memo entries per token position, like pegen's per-token memo lists: a flat array of
   * (rule id, result (null for no match), position after it) triples, or null. */
  private memoLists: (unknown[] | null)[] = [];
  /** `from __future__ import barry_as_FLUFL` was parsed (pegen's PyPARSE_BARRY_AS_BDFL). */
  barryAsFlufl = false;
  /** Single mode: see fill(). */
  private parsingStarted = false;
  private pendingEndmarker: Token | null = null;
  /** Set by rules that must report at a token other than the last one read (p->known_err_token). */
  knownErrToken: Token | null = null;
  /** The minor version of `ast.parse(feature_version=(3, N))`: grammar added after 3.N is refused
   * (pegen's p->feature_version; 14 unless parsing for the ast module with an older version). */
  featureVersion = 14;

  constructor(
    readonly source: string,
    readonly filename: string,
    readonly mode: ParseMode,
    readonly typeComments: boolean,
    /** The source was read from the file named `filename` (SyntaxError.text comes from the file). */
    readonly fromFile = false,
  ) {
    this.tokenizer = new Tokenizer(source, { typeComments, filename });
  }

  // ---------------------------------------------------------------------------------------------
  // Token access. Tokens are pulled from the tokenizer lazily, one at a time, because where the
  // parser stops reading decides which errors CPython reports.

  /** The token at the current position, reading it from the tokenizer if needed. */
  peek(): Token {
    if (this.pos === this.tokens.length) this.fill();
    return this.tokens[this.pos]!;
  }

  /** Reads one more token into the buffer (Parser/pegen.c: _PyPegen_fill_token). */
  fill(): void {
    let tok: Token;
    for (;;) {
      if (this.pendingEndmarker !== null) {
        tok = this.pendingEndmarker;
        this.pendingEndmarker = null;
        break;
      }
      try {
        tok = this.tokenizer.next();
      } catch (e) {
        if (e instanceof PythonSyntaxError) {
          e.filename = this.filename;
          // Reading a file, CPython's tokenizer buffer may be empty at EOF: column 0 (no caret).
          if (this.fromFile && e.fileBufferEmptied) e.offset = 0;
          throw new ParserAbort(e, true);
        }
        throw e;
      }
      if (tok.kind !== TokenKind.TYPE_IGNORE) break;
      // Type-ignore comments never reach the grammar; they become Module.type_ignores.
      this.typeIgnores.push({ _type: 'TypeIgnore', lineno: tok.lineno, tag: tok.text });
    }
    if (this.mode === 'single') {
      // _PyPegen_fill_token: in single mode the first ENDMARKER reads as a NEWLINE, so that a
      // compound statement can end the input (`single_compound_stmt NEWLINE`).
      if (tok.kind === TokenKind.ENDMARKER && this.parsingStarted) {
        this.parsingStarted = false;
        this.pendingEndmarker = tok;
        tok = { ...tok, kind: TokenKind.NEWLINE };
      } else {
        this.parsingStarted = true;
      }
    }
    this.tokens.push(tok);
    this.memoLists.push(null);
  }

  /** The token `offset` positions ahead, reading tokens as needed. */
  peekAhead(offset: number): Token {
    while (this.pos + offset >= this.tokens.length) this.fill();
    return this.tokens[this.pos + offset]!;
  }

  next(): Token {
    const t = this.peek();
    this.pos++;
    return t;
  }

  /** Matches an operator or delimiter. */
  op(text: string): Token | null {
    const t = this.peek();
    if (t.kind === TokenKind.OP && t.text === text) {
      this.pos++;
      return t;
    }
    return null;
  }

  /** Lookahead: is the current token this operator? (reads it, like pegen's lookahead) */
  isOp(text: string): boolean {
    const t = this.peek();
    return t.kind === TokenKind.OP && t.text === text;
  }

  /** Matches a hard keyword. */
  kw(word: string): Token | null {
    const t = this.peek();
    if (t.kind === TokenKind.NAME && t.text === word) {
      this.pos++;
      return t;
    }
    return null;
  }

  isKw(word: string): boolean {
    const t = this.peek();
    return t.kind === TokenKind.NAME && t.text === word;
  }

  /** Matches a soft keyword (a NAME with this text). */
  softKw(word: string): Token | null {
    return this.kw(word);
  }

  /** Matches a NAME that is not a hard keyword (pegen's NAME). */
  nameToken(): Token | null {
    const t = this.peek();
    if (t.kind === TokenKind.NAME && !KEYWORDS.has(t.text)) {
      this.pos++;
      return t;
    }
    return null;
  }

  isName(): boolean {
    const t = this.peek();
    return t.kind === TokenKind.NAME && !KEYWORDS.has(t.text);
  }

  /** Matches a token of the given kind. */
  expect(kind: TokenKind): Token | null {
    const t = this.peek();
    if (t.kind === kind) {
      this.pos++;
      return t;
    }
    return null;
  }

  isKind(kind: TokenKind): boolean {
    return this.peek().kind === kind;
  }

  /** The last token consumed that is not NEWLINE/INDENT/DEDENT/ENDMARKER: where a node ends
   * (Parser/pegen.c: _PyPegen_get_last_nonnwhitespace_token). */
  lastToken(): Token {
    for (let m = this.pos - 1; m >= 0; m--) {
      const k = this.tokens[m]!.kind;
      if (k !== TokenKind.NEWLINE && k !== TokenKind.INDENT && k !== TokenKind.DEDENT && k !== TokenKind.ENDMARKER) {
        return this.tokens[m]!;
      }
    }
    return this.tokens[0]!;
  }

  /** Sets a node's position from a start token to the last consumed token (pegen's EXTRA). */
  // Returns `any` so each rule can declare the node category it yields; the argument is still
  // checked against the shapes of all located nodes.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  finish(node: UnlocatedNode, start: Token): any {
    const end = this.lastToken();
    const n = node as unknown as Located;
    n.lineno = start.lineno;
    n.col_offset = start.col;
    n.end_lineno = end.endLineno;
    n.end_col_offset = end.endCol;
    return n;
  }

  // ---------------------------------------------------------------------------------------------
  // Recursion depth and memoization.

  enter(): void {
    if (++this.level > MAXSTACK) throw new ParserAbort(new ParserStackOverflow());
  }

  leave(): void {
    this.level--;
  }

  /** Runs `rule` at the current position, memoizing its result and end position per rule id. */
  /**
   * The memo lookup half of memoize(), for rules on the deep expression path that inline it (one
   * JavaScript frame less per rule, which decides how deep brackets can nest): the memoized result
   * at the current position, moving past it, or MEMO_MISS.
   */
  memoGet(id: number): unknown {
    if (this.pos === this.tokens.length) this.fill();
    const list = this.memoLists[this.pos]!;
    if (list !== null) {
      for (let i = 0; i < list.length; i += 3) {
        if (list[i] === id) {
          this.pos = list[i + 2] as number;
          return list[i + 1];
        }
      }
    }
    return MEMO_MISS;
  }

  /** The store half: records `result` for the rule started at `start` and returns it. */
  memoSet<T>(id: number, start: number, result: T | null): T | null {
    if (result === null) this.pos = start;
    const entries = this.memoLists[start];
    if (entries === null) this.memoLists[start] = [id, result, this.pos];
    else entries!.push(id, result, this.pos);
    return result;
  }

  memoize<T>(id: number, rule: (p: Parser) => T | null): T | null {
    // Like _PyPegen_is_memoized, make sure the token at the position has been read.
    if (this.pos === this.tokens.length) this.fill();
    const start = this.pos;
    const list = this.memoLists[start]!;
    if (list !== null) {
      for (let i = 0; i < list.length; i += 3) {
        if (list[i] === id) {
          this.pos = list[i + 2] as number;
          return list[i + 1] as T | null;
        }
      }
    }
    const result = rule(this);
    if (result === null) this.pos = start;
    const entries = this.memoLists[start];
    if (entries === null) this.memoLists[start] = [id, result, this.pos];
    else entries!.push(id, result, this.pos);
    return result;
  }

  clearMemo(): void {
    this.memoLists.fill(null);
  }

  // ---------------------------------------------------------------------------------------------
  // Errors (Parser/pegen_errors.c). Columns given to these helpers are 0-based UTF-8 byte offsets
  // as in the AST; the raised SyntaxError gets 1-based character offsets like CPython's.

  /** The text of source line `lineno` (with its newline), or null past the end. */
  lineText(lineno: number): string | null {
    const line = this.tokenizer.getLine(lineno);
    return line === '' ? null : line;
  }

  /** The source text the tokens index into (newlines normalized to \n). */
  get text(): string {
    return this.tokenizer.source;
  }

  /**
   * Raises a SyntaxError (or IndentationError/TabError) at a known location
   * (_PyPegen_raise_error_known_location). `col` and `endCol` are 1-based byte offsets,
   * or CURRENT_POS for the tokenizer's position, or -1/0 for "unknown".
   */
  raiseAt(type: SyntaxErrorType, msg: string, lineno: number, col: number, endLineno: number, endCol: number): never {
    if (endLineno === CURRENT_POS) endLineno = this.tokenizer.lineno;
    if (endCol === CURRENT_POS) endCol = this.tokenizer.cursorByteCol();
    // Running a file, CPython reads the error line back from the file (with its newline); for
    // source given as a string, and past the file's end, it takes it from the tokenizer's buffers.
    let text = this.fromFile ? fileLineText(this.tokenizer.getLine(lineno)) : '';
    if (text === '') text = this.tokenizer.errorLineText(lineno);
    const offset = byteOffsetToCharOffset(text, col);
    const endOffset = endCol > 0 ? byteOffsetToCharOffset(text, endCol) : endCol;
    const err = new PythonSyntaxError(type, msg, lineno, offset, text, endLineno, endOffset, this.filename);
    throw new ParserAbort(err);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg): the whole extent of node or token `a`. */
  raiseKnownLocation(a: Positioned, msg: string, type: SyntaxErrorType = 'SyntaxError'): never {
    const [l, c, el, ec] = positionsOf(a);
    return this.raiseAt(type, msg, l, c + 1, el, ec + 1);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg): from the start of `a` to the end of `b`. */
  raiseKnownRange(a: Positioned, b: Positioned, msg: string): never {
    const [l, c] = positionsOf(a);
    const [, , el, ec] = positionsOf(b);
    return this.raiseAt('SyntaxError', msg, l, c + 1, el, ec + 1);
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg): from the start of `a` to the tokenizer's position. */
  raiseStartingFrom(a: Positioned, msg: string): never {
    const [l, c] = positionsOf(a);
    return this.raiseAt('SyntaxError', msg, l, c + 1, CURRENT_POS, CURRENT_POS);
  }

  /** RAISE_SYNTAX_ERROR(msg) (useMark false: at the last token read) and
   * RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN(msg) (useMark true: at the token at the current position). */
  raiseError(msg: string, type: SyntaxErrorType = 'SyntaxError', useMark = false): never {
    if (this.tokens.length === 0 && !useMark) return this.raiseAt(type, msg, 0, 0, 0, -1);
    if (useMark) this.peek();
    const t = this.knownErrToken ?? this.tokens[useMark ? this.pos : this.tokens.length - 1]!;
    // INDENT, DEDENT and ENDMARKER have no columns (-1): CPython then reports the tokenizer's
    // cursor and no end (_PyPegen_raise_error); reading a file, the cursor is at the start of an
    // empty buffer once the file is exhausted, which gives column 0.
    const col = t.col !== -1 ? t.col + 1 : this.fromFile && this.tokenizer.atEnd() ? 0 : this.tokenizer.cursorByteCol();
    const endCol = t.endCol === -1 ? -1 : t.endCol + 1;
    return this.raiseAt(type, msg, t.lineno, col, t.endLineno, endCol);
  }

  /**
   * CHECK_VERSION(minor, msg, node) (Parser/pegen.h): a construct newer than the feature version
   * raises "<msg> only supported in Python 3.<minor> and greater" at the last token read, at the
   * point where the grammar action runs.
   */
  checkVersion<T>(minor: number, what: string, node: T): T {
    if (this.featureVersion < minor) this.raiseError(`${what} only supported in Python 3.${minor} and greater`);
    return node;
  }

  raiseIndentationError(msg: string): never {
    return this.raiseError(msg, 'IndentationError');
  }

  warn(category: CompileWarning['category'], message: string, a: Positioned): void {
    const [l, c, el, ec] = positionsOf(a);
    const text = this.lineText(l) ?? '';
    this.warnings.push({
      category,
      message,
      lineno: l,
      offset: byteOffsetToCharOffset(text, c + 1),
      endLineno: el,
      endOffset: byteOffsetToCharOffset(this.lineText(el) ?? '', ec + 1),
    });
  }
}

/** A line as CPython reads it back from the file for SyntaxError.text (Python/errors.c:
 * err_programtext): at most 999 bytes, a cut character decoded as U+FFFD. */
function fileLineText(line: string): string {
  if (line.length < 333) return line;
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 999) return line;
  return new TextDecoder('utf-8').decode(bytes.subarray(0, 999));
}

/** Anything with a position: a token or a located node. */
export type Positioned = Token | Located;

function positionsOf(a: Positioned): [number, number, number, number] {
  if ('kind' in a && 'text' in a && 'endCol' in a) {
    const t = a as Token;
    return [t.lineno, t.col, t.endLineno, t.endCol];
  }
  const n = a as Located;
  return [n.lineno, n.col_offset, n.end_lineno, n.end_col_offset];
}

/** _PyPegen_byte_offset_to_character_offset: a 1-based byte offset into `line` to a 1-based
 * character offset, clamped to the line's length + 1. A cut multi-byte character counts as one. */
export function byteOffsetToCharOffset(line: string, byteOffset: number): number {
  if (byteOffset <= 0) return byteOffset;
  let bytes = 0;
  let chars = 0;
  for (let i = 0; i < line.length; i++) {
    if (bytes >= byteOffset) return chars;
    const c = line.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
    chars++;
  }
  // Past the end: CPython clamps the byte offset to len + 1, which decodes to chars + 1 at most.
  return bytes >= byteOffset ? chars : chars + 1;
}

// -----------------------------------------------------------------------------------------------
// The driver.

function runStartRule(p: Parser): ModNode | null {
  switch (p.mode) {
    case 'exec':
      return fileRule(p);
    case 'eval':
      return evalRule(p);
    case 'single':
      return interactiveRule(p);
    case 'func_type':
      return funcTypeRule(p);
  }
}

/** Parses Python source into a CPython-shaped AST, or throws PythonSyntaxError. */
export function parse(source: string, options: ParseOptions = {}): ParseResult {
  const p = new Parser(source, options.filename ?? '<unknown>', options.mode ?? 'exec', options.typeComments ?? false, options.fromFile ?? false);
  if (options.featureVersion !== undefined && options.featureVersion >= 0) p.featureVersion = options.featureVersion;
  if (options.deferredError) p.tokenizer.setDeferredError(options.deferredError);
  try {
    const tree = parseTwoPass(p);
    return { tree, warnings: collectWarnings(p) };
  } catch (e) {
    if (e instanceof ParserAbort) {
      if (e.error instanceof PythonSyntaxError) {
        // Warnings raised before the error are still printed, before it (as CPython's warnings
        // machinery does when it emits them during parsing).
        (e.error as PythonSyntaxError & { warnings?: CompileWarning[] }).warnings = collectWarnings(p);
      }
      throw e.error;
    }
    if (e instanceof RangeError) {
      // The JavaScript stack ran out before MAXSTACK: report it the way CPython reports
      // a parser stack overflow rather than crash the host.
      throw new ParserStackOverflow();
    }
    throw e;
  }
}

/**
 * The tokenizer's and the parser's warnings in source order. The second pass decodes literals
 * again; CPython's default warning filter shows each (message, line) once, so duplicates go.
 */
function collectWarnings(p: Parser): CompileWarning[] {
  const all = [...p.tokenizer.warnings, ...p.warnings];
  if (all.length === 0) return all;
  const seen = new Set<string>();
  const out: CompileWarning[] = [];
  for (const w of all.sort((a, b) => a.lineno - b.lineno)) {
    const key = `${w.category}\0${w.lineno}\0${w.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(w);
  }
  return out;
}

function parseTwoPass(p: Parser): ModNode {
  // First pass. A tokenizer error here is final (its exception is already set in CPython, and
  // the second pass would stop at once on error_indicator). A parser error (a forced token such
  // as `else` without ':') still lets a later tokenizer error take precedence.
  let result: ModNode | null;
  try {
    result = runStartRule(p);
  } catch (e) {
    if (e instanceof ParserAbort && e.error instanceof PythonSyntaxError && !e.fromTokenizer) {
      checkRestOfSourceForTokenizerErrors(p, e.error);
    }
    throw e;
  }
  if (result !== null) return result;

  const lastToken = p.tokens[p.tokens.length - 1]!;
  // Second pass, with the invalid_* rules.
  p.clearMemo();
  p.pos = 0;
  p.level = 0;
  p.callInvalidRules = true;
  try {
    runStartRule(p);
  } catch (e) {
    if (e instanceof ParserAbort && e.error instanceof PythonSyntaxError && !e.fromTokenizer) {
      // A specialized error from an invalid_* rule: a later tokenizer error may still take
      // precedence (_PyPegen_tokenize_full_source_to_check_for_errors).
      checkRestOfSourceForTokenizerErrors(p, e.error);
    }
    throw e;
  }
  return setGenericSyntaxError(p, lastToken);
}

/** _PyPegen_set_syntax_error when no specialized error was raised in the second pass. */
function setGenericSyntaxError(p: Parser, lastToken: Token): never {
  try {
    if (lastToken.kind === TokenKind.INDENT || lastToken.kind === TokenKind.DEDENT) {
      // RAISE_INDENTATION_ERROR: at the last token read by either pass.
      p.raiseError(lastToken.kind === TokenKind.INDENT ? 'unexpected indent' : 'unexpected unindent', 'IndentationError');
    }
    p.raiseAt('SyntaxError', 'invalid syntax', lastToken.lineno, lastToken.col + 1, lastToken.endLineno, lastToken.endCol + 1);
  } catch (e) {
    if (e instanceof ParserAbort && e.error instanceof PythonSyntaxError) {
      if (e.error.msg === 'invalid syntax') checkRestOfSourceForTokenizerErrors(p, e.error, lastToken);
    }
    throw e;
  }
}

/**
 * Tokenizes the rest of the source after a parser error: a tokenizer error found there replaces
 * the parser's error, and an unclosed bracket does too when it opened on an earlier line
 * (Parser/pegen_errors.c: _PyPegen_tokenize_full_source_to_check_for_errors).
 */
function checkRestOfSourceForTokenizerErrors(p: Parser, current: PythonSyntaxError, errToken?: Token): void {
  const currentLine = (p.knownErrToken ?? errToken ?? p.tokens[p.tokens.length - 1])?.lineno ?? 0;
  for (;;) {
    let tok: Token;
    try {
      tok = p.tokenizer.next();
    } catch (e) {
      if (!(e instanceof PythonSyntaxError)) throw e;
      // Inside an f-string, the parser's error stays (it is about the expression part).
      if (p.tokenizer.fstringDepth() > 0) return;
      if (e.rawException !== null) {
        if (e.rawException instanceof PythonSyntaxError) e.rawException.filename = p.filename;
        throw new ParserAbort(e.rawException);
      }
      if (e.tokenizerState) {
        if (e.unclosedBracketLine > 0 && currentLine > e.unclosedBracketLine) {
          e.filename = p.filename;
          throw new ParserAbort(e);
        }
        return;
      }
      e.filename = p.filename;
      throw new ParserAbort(e);
    }
    if (tok.kind === TokenKind.ENDMARKER) return;
  }
  void current;
}
