// The tokenizer: a pull lexer that follows CPython 3.14's C tokenizer (Parser/lexer/lexer.c,
// Parser/lexer/state.c, Parser/tokenizer/helpers.c) step by step, so that token positions,
// error messages, error positions and the order in which errors are found are CPython's.
//
// It works on the (newline-normalized) source string, one physical line at a time as CPython's
// string tokenizer does (Parser/tokenizer/string_tokenizer.c): a line is "read" (checked for NUL
// and scanned for non-ASCII) the first time a character of it is needed, which keeps errors lazy.
// Columns are UTF-8 byte offsets, computed only for lines that contain non-ASCII characters.
//
// Errors: CPython has two kinds. Errors raised directly by the tokenizer
// (_PyTokenizer_syntaxerror: offset = characters up to the cursor, text = the line without its
// newline) and errors the tokenizer only signals through tok->done (E_EOF, E_DEDENT, E_TABSPACE,
// E_TOODEEP, E_LINECONT), which the parser turns into exceptions (Parser/pegen_errors.c:
// _Pypegen_tokenizer_error) with the parser's own location rules and the line with its newline
// as text. Both are thrown here as PythonSyntaxError, the second kind with tokenizerState = true.
//
// INDENT, DEDENT and ENDMARKER tokens have col = endCol = -1, as in CPython (they are made with
// no start/end pointer); their lineno is the tokenizer's current line.

import { TokenKind, type Token } from './tokens.ts';
import { PythonSyntaxError, type CompileWarning, type SyntaxErrorType } from './errors.ts';
import type { DeferredLineError } from './source.ts';

const EOF = -1;
const TABSIZE = 8;
const MAXINDENT = 100;
const MAXLEVEL = 200;
const MAXFSTRINGLEVEL = 150;
const MAX_EXPR_NESTING = 3;

// Character codes used below.
const C_TAB = 9, C_LF = 10, C_FF = 12, C_CR = 13, C_SPACE = 32, C_BANG = 33, C_DQUOTE = 34,
  C_HASH = 35, C_SQUOTE = 39, C_LPAR = 40, C_RPAR = 41, C_PLUS = 43, C_MINUS = 45, C_DOT = 46,
  C_0 = 48, C_1 = 49, C_7 = 55, C_COLON = 58, C_EQ = 61, C_LSQB = 91,
  C_BACKSLASH = 92, C_RSQB = 93, C_UNDERSCORE = 95, C_LBRACE = 123, C_RBRACE = 125;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isXDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
function isPotentialIdentifierStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}
function isPotentialIdentifierChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c >= 128;
}
function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}
function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;
const NON_PRINTABLE = /^[\p{C}\p{Z}]$/u;

/** Py_UNICODE_ISPRINTABLE: everything but categories C* and Z*, except the space. */
export function isPrintable(cp: number): boolean {
  if (cp === 0x20) return true;
  if (cp < 0x7f) return cp > 0x20;
  return !NON_PRINTABLE.test(String.fromCodePoint(cp));
}

/** The identifier as the parser keys it: NFKC-normalized when not ASCII (PEP 3131). */
export function normalizeIdentifier(name: string): string {
  for (let i = 0; i < name.length; i++) {
    if (name.charCodeAt(i) >= 128) return name.normalize('NFKC');
  }
  return name;
}

function hex4(cp: number): string {
  const h = cp.toString(16).toUpperCase();
  return h.length >= 4 ? h : '0000'.slice(h.length) + h;
}

// Operators: Parser/token.c (_PyToken_TwoChars / _PyToken_ThreeChars), as strings.
const TWO_CHAR_OPS = new Set([
  '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '==', '>=',
  '>>', '@=', '^=', '|=',
]);
const THREE_CHAR_OPS = new Set(['**=', '...', '//=', '<<=', '>>=']);
const TWO_CHAR_FIRST = new Uint8Array(128);
for (const op of TWO_CHAR_OPS) TWO_CHAR_FIRST[op.charCodeAt(0)] = 1;
// Operator texts by character codes, so that OP tokens carry the same (interned) strings the
// parser compares against, and recognizing one builds no string.
const TWO_CHAR_TABLE: (string | undefined)[] = new Array(128 * 128).fill(undefined);
for (const op of TWO_CHAR_OPS) TWO_CHAR_TABLE[op.charCodeAt(0) * 128 + op.charCodeAt(1)] = op;
const THREE_CHAR_TABLE = new Map<number, string>();
for (const op of THREE_CHAR_OPS) THREE_CHAR_TABLE.set((op.charCodeAt(0) * 128 + op.charCodeAt(1)) * 128 + op.charCodeAt(2), op);
// Interned one-character strings, so OP tokens do not allocate.
const ONE_CHAR: string[] = [];
for (let i = 0; i < 128; i++) ONE_CHAR.push(String.fromCharCode(i));

/** One open bracket: its character, line and 0-based byte column. */
export interface OpenBracket {
  char: string;
  lineno: number;
  col: number;
}

/** tokenizer_mode (Parser/lexer/state.h): the regular mode, or one f-/t-string being scanned. */
interface Mode {
  /** kind == TOK_REGULAR_MODE (in an f-string: inside a replacement field's expression). */
  regular: boolean;
  quote: number;
  quoteSize: number;
  /** Offset of the string's first character (its prefix). */
  start: number;
  /** Start offset of the line the string starts on. */
  multiLineStart: number;
  firstLine: number;
  raw: boolean;
  isT: boolean;
  curlyDepth: number;
  exprStartDepth: number;
  inFormatSpec: boolean;
  inDebug: boolean;
  /** Offset just after the `{` that opened the current replacement field, or -1. */
  lastExprStart: number;
}

function newMode(): Mode {
  return {
    regular: true, quote: 0, quoteSize: 0, start: 0, multiLineStart: 0, firstLine: 0, raw: false,
    isT: false, curlyDepth: 0, exprStartDepth: -1, inFormatSpec: false, inDebug: false, lastExprStart: -1,
  };
}

export interface TokenizerOptions {
  /** Produce TYPE_COMMENT / TYPE_IGNORE tokens (PyCF_TYPE_COMMENTS). */
  typeComments?: boolean;
  /** Recorded in errors. */
  filename?: string;
  /**
   * Append a newline when the source does not end with one, as CPython does for exec input
   * (and for files). Default true; CPython's eval/single string input does not (false).
   */
  appendNewline?: boolean;
}

export class Tokenizer {
  /** The text being tokenized: the source with \r\n and \r turned into \n (and a final \n
   * appended when missing, see appendNewline). Token start/end index into this string. */
  readonly source: string;
  readonly filename: string;
  /** SyntaxWarnings found so far ("invalid decimal literal" before a keyword, `\{` in f-strings). */
  readonly warnings: CompileWarning[] = [];
  private readonly typeComments: boolean;

  // Cursor state (tok_state).
  private cur = 0;
  /** End of the current line (just past its \n, or the end of the source). */
  private inp = 0;
  private lineStart = 0;
  private lineAscii = true;
  /** 1-based number of the current line (0 before the first line is read). */
  lineno = 0;
  private eof = false;
  private atbol = true;
  private pendin = 0;
  private indent = 0;
  private readonly indstack: number[] = [0];
  private readonly altindstack: number[] = [0];
  /** Bracket nesting level (tok->level). */
  level = 0;
  private readonly parenstack: number[] = [];
  private readonly parenlinenostack: number[] = [];
  private readonly parencolstack: number[] = [];
  private readonly modes: Mode[] = [newMode()];
  private modeIdx = 0;

  // The token being built.
  private tokStart = 0;
  private tokLine = 0;
  private tokLineStart = 0;
  private metadata: string | undefined = undefined;
  private lineStarts: number[] | null = null;
  /** The first line of the plain string literal being read, or 0. */
  private stringFirstLine = 0;
  /** A file's line that cannot be read (source.ts: decodeSourceFile): the source stops before it. */
  private deferredError: DeferredLineError | null = null;

  constructor(source: string, options: TokenizerOptions = {}) {
    if (source.indexOf('\r') >= 0) source = source.replace(/\r\n?/g, '\n');
    if ((options.appendNewline ?? true) && source.length > 0 && source.charCodeAt(source.length - 1) !== C_LF) {
      source += '\n';
    }
    this.source = source;
    this.filename = options.filename ?? '<unknown>';
    this.typeComments = options.typeComments ?? false;
  }

  // ---------------------------------------------------------------------------------------
  // Information for the parser's error reporting.

  /** The open brackets, outermost first. */
  bracketStack(): OpenBracket[] {
    const out: OpenBracket[] = [];
    for (let i = 0; i < this.level; i++) {
      out.push({ char: String.fromCharCode(this.parenstack[i]), lineno: this.parenlinenostack[i], col: this.parencolstack[i] });
    }
    return out;
  }

  /** Source line `n` (1-based) with its newline, or '' past the end. */
  getLine(n: number): string {
    if (this.lineStarts === null) {
      const starts = [0];
      const s = this.source;
      let i = s.indexOf('\n');
      while (i >= 0) {
        starts.push(i + 1);
        i = s.indexOf('\n', i + 1);
      }
      this.lineStarts = starts;
    }
    const ls = this.lineStarts;
    if (n < 1 || n > ls.length) return '';
    const a = ls[n - 1];
    const b = n < ls.length ? ls[n] : this.source.length;
    return this.source.slice(a, b);
  }

  /**
   * SyntaxError.text for an error the parser raises at line `lineno` (Parser/pegen_errors.c:
   * _PyPegen_raise_error_known_location with string input): the tokenizer's current line with its
   * newline when `lineno` is at or past it, else that source line without its newline.
   */
  errorLineText(lineno: number): string {
    if (this.lineno <= lineno && this.inp > this.lineStart) return this.source.slice(this.lineStart, this.inp);
    const line = this.getLine(lineno);
    return line.endsWith('\n') ? line.slice(0, -1) : line;
  }

  /** The cursor's byte column on the current line (what CPython uses for tokens with col -1). */
  cursorByteCol(): number {
    return this.byteCol(this.lineStart, this.cur);
  }

  /** Characters (code points) from the start of the current line to the cursor. */
  cursorCharCol(): number {
    return this.cpCount(this.lineStart, this.cur);
  }

  // ---------------------------------------------------------------------------------------
  // Reading characters (tok_nextc / tok_backup).

  private nextc(): number {
    if (this.cur < this.inp) return this.source.charCodeAt(this.cur++);
    return this.underflow();
  }

  /** Reading the file's line `d.line` raises `d`'s error (the text stops before that line). */
  setDeferredError(d: DeferredLineError | null): void {
    this.deferredError = d;
  }

  private underflow(): number {
    if (this.eof) return EOF;
    const s = this.source;
    if (this.inp >= s.length) {
      if (this.deferredError !== null) {
        const { error, raw } = this.deferredError.make(this.stringFirstLine);
        error.rawException = raw;
        throw error;
      }
      this.eof = true;
      return EOF;
    }
    this.lineno++;
    this.lineStart = this.inp;
    this.cur = this.inp;
    let ascii = true;
    let i = this.inp;
    const n = s.length;
    let c = 0;
    for (; i < n; i++) {
      c = s.charCodeAt(i);
      if (c === C_LF) break;
      if (c >= 128) ascii = false;
      else if (c === 0) {
        this.lineAscii = ascii;
        this.inp = s.indexOf('\n', i);
        this.inp = this.inp < 0 ? n : this.inp + 1;
        this.syntaxError('source code cannot contain null bytes', 0, 0);
      }
    }
    this.inp = i < n ? i + 1 : n;
    this.lineAscii = ascii;
    return s.charCodeAt(this.cur++);
  }

  private backup(c: number): void {
    if (c !== EOF) this.cur--;
  }

  // ---------------------------------------------------------------------------------------
  // Columns.

  /** UTF-8 byte length of source[a, b). */
  private byteLen(a: number, b: number): number {
    const s = this.source;
    let n = 0;
    for (let i = a; i < b; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < b) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          n += 4;
          i++;
        } else n += 3;
      } else n += 3;
    }
    return n;
  }

  private byteCol(lineStart: number, pos: number): number {
    if (lineStart === this.lineStart && this.lineAscii) return pos - lineStart;
    return this.byteLen(lineStart, pos);
  }

  /** Number of code points in source[a, b). */
  private cpCount(a: number, b: number): number {
    if (a === this.lineStart && this.lineAscii && b <= this.inp) return b - a;
    const s = this.source;
    let n = 0;
    for (let i = a; i < b; i++) {
      const c = s.charCodeAt(i);
      n++;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < b) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
    return n;
  }

  /** The code-point count of the first `bytes` UTF-8 bytes from `a` (byte offset -> character offset). */
  private bytesToChars(a: number, bytes: number): number {
    const s = this.source;
    let n = 0;
    let i = a;
    while (bytes > 0 && i < s.length) {
      const c = s.charCodeAt(i);
      let len = 1;
      let units = 1;
      if (c >= 0x80) {
        if (c < 0x800) len = 2;
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
          len = 4;
          units = 2;
        } else len = 3;
      }
      if (bytes < len) {
        // A partial character decodes (with "replace") to one replacement character.
        n++;
        break;
      }
      bytes -= len;
      i += units;
      n++;
    }
    return n;
  }

  // ---------------------------------------------------------------------------------------
  // Errors.

  /** The current line up to (not including) its newline or a NUL, as _PyTokenizer_syntaxerror's text. */
  private lineTextForTokenizerError(lineStart: number): string {
    const s = this.source;
    let i = lineStart;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === C_LF || c === 0) break;
      i++;
    }
    return s.slice(lineStart, i);
  }

  /** _PyTokenizer_syntaxerror(_known_range): offsets are 1-based; -1 means "up to the cursor".
   * Known-range offsets are CPython's byte offsets, used as character offsets (as CPython does). */
  private syntaxError(msg: string, offset = -1, endOffset = -1): never {
    if (offset === -1) offset = this.cpCount(this.lineStart, this.cur);
    if (endOffset === -1) endOffset = offset;
    const text = this.lineTextForTokenizerError(this.lineStart);
    throw new PythonSyntaxError('SyntaxError', msg, this.lineno, offset, text, this.lineno, endOffset, this.filename);
  }

  /** An error CPython signals through tok->done and the parser raises (_Pypegen_tokenizer_error). */
  private doneError(type: SyntaxErrorType, msg: string, lineno: number, offset: number, endOffset: number): never {
    const e = new PythonSyntaxError(type, msg, lineno, offset, this.errorLineText(lineno), lineno, endOffset, this.filename);
    e.tokenizerState = true;
    throw e;
  }

  /** E_EOF: an unclosed bracket, or EOF right after a line continuation (`noTokenStarted`: see
   * PythonSyntaxError.fileBufferEmptied). */
  private eofError(noTokenStarted = false): never {
    if (this.level > 0) {
      const i = this.level - 1;
      const lineno = this.parenlinenostack[i];
      const line = this.errorLineText(lineno);
      const ls = this.lineStartOf(lineno);
      const offset = this.bytesToChars(ls, this.parencolstack[i] + 1);
      const e = new PythonSyntaxError('SyntaxError', `'${String.fromCharCode(this.parenstack[i])}' was never closed`,
        lineno, offset, line, lineno, 0, this.filename);
      e.tokenizerState = true;
      e.unclosedBracketLine = lineno;
      throw e;
    }
    this.cur = this.inp;
    try {
      this.doneError('SyntaxError', 'unexpected EOF while parsing', this.lineno, this.cpCount(this.lineStart, this.cur), -1);
    } catch (e) {
      (e as PythonSyntaxError).fileBufferEmptied = noTokenStarted;
      throw e;
    }
  }

  private lineStartOf(lineno: number): number {
    if (lineno === this.lineno) return this.lineStart;
    this.getLine(1);
    return this.lineStarts![lineno - 1] ?? 0;
  }

  private indentError(): never {
    // _PyTokenizer_indenterror: E_TABSPACE.
    this.cur = this.inp;
    this.doneError('TabError', 'inconsistent use of tabs and spaces in indentation', this.lineno, 1, 0);
  }

  private warn(message: string): void {
    const offset = this.cpCount(this.lineStart, this.cur);
    this.warnings.push({ category: 'SyntaxWarning', message, lineno: this.lineno, offset, endLineno: this.lineno, endOffset: offset });
  }

  // ---------------------------------------------------------------------------------------
  // Making tokens.

  private setStart(pos: number): void {
    this.tokStart = pos;
    this.tokLine = this.lineno;
    this.tokLineStart = this.lineStart;
  }

  private make(kind: TokenKind, text: string): Token {
    const tok: Token = {
      kind,
      text,
      lineno: this.tokLine,
      col: this.byteCol(this.tokLineStart, this.tokStart),
      endLineno: this.lineno,
      endCol: this.byteCol(this.lineStart, this.cur),
      level: this.level,
      start: this.tokStart,
      end: this.cur,
    };
    if (this.metadata !== undefined) {
      tok.metadata = this.metadata;
      this.metadata = undefined;
    }
    return tok;
  }

  /** INDENT / DEDENT / ENDMARKER: no position in CPython (col_offset -1). */
  private makeBare(kind: TokenKind): Token {
    return { kind, text: '', lineno: this.lineno, col: -1, endLineno: this.lineno, endCol: -1, level: this.level, start: this.cur, end: this.cur };
  }

  // ---------------------------------------------------------------------------------------
  // The tokenizer proper.

  /** The next token; throws PythonSyntaxError when the source is invalid at this point. */
  next(): Token {
    const mode = this.modes[this.modeIdx];
    return mode.regular ? this.getNormal(mode) : this.getFString(mode);
  }

  /** The cursor has reached the end of the source. */
  atEnd(): boolean {
    return this.cur >= this.source.length;
  }

  /** How many f-/t-strings the cursor is inside (tok_mode_stack_index). */
  fstringDepth(): number {
    return this.modeIdx;
  }

  private insideFString(): boolean {
    return this.modeIdx > 0;
  }

  private prefixLetter(): string {
    return this.modes[this.modeIdx].isT ? 't' : 'f';
  }

  /** tok_continuation_line: after a backslash. Returns the next character (not consumed).
   * `atBol`: the backslash is in a line's indentation, where no token has started. */
  private continuationLine(atBol = false): number {
    let c = this.nextc();
    if (c !== C_LF) {
      // E_LINECONT: the parser reports it at the cursor (just past the offending character).
      this.doneError('SyntaxError', 'unexpected character after line continuation character', this.lineno,
        this.cpCount(this.lineStart, this.cur), 0);
    }
    c = this.nextc();
    if (c === EOF) {
      this.cur = this.inp;
      this.eofError(atBol);
    }
    this.backup(c);
    return c;
  }

  private getNormal(current: Mode): Token {
    let c: number;
    for (;;) {
      // nextline:
      let blankline = false;
      if (this.atbol) {
        let col = 0;
        let altcol = 0;
        let contLineCol = 0;
        this.atbol = false;
        for (;;) {
          c = this.nextc();
          if (c === C_SPACE) {
            col++;
            altcol++;
          } else if (c === C_TAB) {
            col = ((col / TABSIZE) | 0) * TABSIZE + TABSIZE;
            altcol = altcol + 1;
          } else if (c === C_FF) {
            col = altcol = 0;
          } else if (c === C_BACKSLASH) {
            contLineCol = contLineCol ? contLineCol : col;
            this.continuationLine(true);
          } else {
            break;
          }
        }
        this.backup(c);
        if (c === C_HASH || c === C_LF || c === C_CR) blankline = true;
        if (!blankline && this.level === 0) {
          col = contLineCol ? contLineCol : col;
          altcol = contLineCol ? contLineCol : altcol;
          const ind = this.indent;
          if (col === this.indstack[ind]) {
            if (altcol !== this.altindstack[ind]) this.indentError();
          } else if (col > this.indstack[ind]) {
            if (ind + 1 >= MAXINDENT) {
              this.cur = this.inp;
              this.doneError('IndentationError', 'too many levels of indentation', this.lineno, 1, 0);
            }
            if (altcol <= this.altindstack[ind]) this.indentError();
            this.pendin++;
            this.indent++;
            this.indstack[this.indent] = col;
            this.altindstack[this.indent] = altcol;
          } else {
            while (this.indent > 0 && col < this.indstack[this.indent]) {
              this.pendin--;
              this.indent--;
            }
            if (col !== this.indstack[this.indent]) {
              this.cur = this.inp;
              this.doneError('IndentationError', 'unindent does not match any outer indentation level', this.lineno,
                this.cpCount(this.lineStart, this.cur), -1);
            }
            if (altcol !== this.altindstack[this.indent]) this.indentError();
          }
        }
      }

      this.setStart(this.cur);
      if (this.pendin !== 0) {
        if (this.pendin < 0) {
          this.pendin++;
          return this.makeBare(TokenKind.DEDENT);
        }
        this.pendin--;
        return this.makeBare(TokenKind.INDENT);
      }

      // again:
      for (;;) {
        do {
          c = this.nextc();
        } while (c === C_SPACE || c === C_TAB || c === C_FF);
        this.setStart(c === EOF ? this.cur : this.cur - 1);

        if (c === C_HASH) {
          const commentStart = this.tokStart;
          while (c !== EOF && c !== C_LF && c !== C_CR) c = this.nextc();
          if (this.typeComments) {
            const tc = this.typeComment(commentStart, c, blankline);
            if (tc !== null) return tc;
          }
        }

        if (c === EOF) {
          if (this.level > 0) this.eofError();
          return this.makeBare(TokenKind.ENDMARKER);
        }

        if (isPotentialIdentifierStart(c)) {
          let sawB = false, sawR = false, sawU = false, sawF = false, sawT = false;
          for (;;) {
            if (!sawB && (c === 98 || c === 66)) sawB = true;
            else if (!sawU && (c === 117 || c === 85)) sawU = true;
            else if (!sawR && (c === 114 || c === 82)) sawR = true;
            else if (!sawF && (c === 102 || c === 70)) sawF = true;
            else if (!sawT && (c === 116 || c === 84)) sawT = true;
            else break;
            c = this.nextc();
            if (c === C_DQUOTE || c === C_SQUOTE) {
              this.checkStringPrefixes(sawB, sawR, sawU, sawF, sawT);
              if (sawF || sawT) return this.fstringStart(c);
              return this.stringLiteral(c);
            }
          }
          let nonascii = false;
          while (isPotentialIdentifierChar(c)) {
            if (c >= 128) nonascii = true;
            c = this.nextc();
          }
          this.backup(c);
          if (nonascii) this.verifyIdentifier();
          return this.make(TokenKind.NAME, this.source.slice(this.tokStart, this.cur));
        }

        if (c === C_CR) c = this.nextc();

        if (c === C_LF) {
          this.atbol = true;
          if (blankline || this.level > 0) break; // goto nextline
          return this.make(TokenKind.NEWLINE, '');
        }

        if (c === C_DOT) {
          c = this.nextc();
          if (isDigit(c)) return this.number(c, 'fraction');
          if (c === C_DOT) {
            c = this.nextc();
            if (c === C_DOT) return this.make(TokenKind.OP, '...');
            this.backup(c);
            this.backup(C_DOT);
          } else {
            this.backup(c);
          }
          return this.make(TokenKind.OP, '.');
        }

        if (isDigit(c)) return this.number(c, 'start');

        if (c === C_DQUOTE || c === C_SQUOTE) return this.stringLiteral(c);

        if (c === C_BACKSLASH) {
          this.continuationLine();
          continue; // goto again
        }

        return this.operator(c, current);
      }
    }
  }

  /** Type comments (only with typeComments on). Returns null when the comment is an ordinary one. */
  private typeComment(commentStart: number, c: number, blankline: boolean): Token | null {
    // Match "# type: " where each space stands for zero or more spaces or tabs.
    const s = this.source;
    const prefix = '# type: ';
    let p = commentStart;
    const end = this.cur;
    let k = 0;
    while (k < prefix.length && p < end) {
      const pc = prefix.charCodeAt(k);
      if (pc === C_SPACE) {
        while (p < end && (s.charCodeAt(p) === C_SPACE || s.charCodeAt(p) === C_TAB)) p++;
      } else if (pc === s.charCodeAt(p)) {
        p++;
      } else {
        break;
      }
      k++;
    }
    if (k < prefix.length) return null;
    this.backup(c); // don't eat the newline or EOF
    const cur = this.cur;
    const ignoreEnd = p + 6;
    const isIgnore = cur >= ignoreEnd && s.startsWith('ignore', p) &&
      !(cur > ignoreEnd && (s.charCodeAt(ignoreEnd) >= 128 || isAlnum(s.charCodeAt(ignoreEnd))));
    const ls = this.lineStart;
    if (isIgnore) {
      // Alone on its line, it also takes the newline (which then ends up in CPython's tag).
      if (blankline) {
        this.nextc();
        this.atbol = true;
      }
      const end2 = this.cur;
      return {
        kind: TokenKind.TYPE_IGNORE, text: s.slice(ignoreEnd, end2), lineno: this.lineno, col: this.byteCol(ls, ignoreEnd),
        endLineno: this.lineno, endCol: this.byteCol(ls, end2), level: this.level, start: ignoreEnd, end: end2,
      };
    }
    return {
      kind: TokenKind.TYPE_COMMENT, text: s.slice(p, cur), lineno: this.lineno, col: this.byteCol(ls, p),
      endLineno: this.lineno, endCol: this.byteCol(ls, cur), level: this.level, start: p, end: cur,
    };
  }

  /** verify_identifier: PEP 3131 check of a NAME containing non-ASCII characters. */
  private verifyIdentifier(): void {
    const s = this.source;
    const start = this.tokStart;
    const end = this.cur;
    let i = start;
    let first = true;
    while (i < end) {
      const cp = s.codePointAt(i)!;
      const w = cp > 0xffff ? 2 : 1;
      const ch = String.fromCodePoint(cp);
      const ok = first ? XID_START.test(ch) : XID_CONTINUE.test(ch);
      if (!ok) {
        if (i + w < end) this.cur = i + w;
        if (isPrintable(cp)) this.syntaxError(`invalid character '${ch}' (U+${hex4(cp)})`);
        this.syntaxError(`invalid non-printable character U+${hex4(cp)}`);
      }
      first = false;
      i += w;
    }
  }

  private checkStringPrefixes(b: boolean, r: boolean, u: boolean, f: boolean, t: boolean): void {
    let pair: string | null = null;
    if (u && b) pair = "'u' and 'b'";
    else if (u && r) pair = "'u' and 'r'";
    else if (u && f) pair = "'u' and 'f'";
    else if (u && t) pair = "'u' and 't'";
    else if (b && f) pair = "'b' and 'f'";
    else if (b && t) pair = "'b' and 't'";
    else if (f && t) pair = "'f' and 't'";
    if (pair !== null) {
      this.syntaxError(`${pair} prefixes are incompatible`, this.byteCol(this.lineStart, this.tokStart) + 1,
        this.byteCol(this.lineStart, this.cur));
    }
  }

  // --- Numbers --------------------------------------------------------------------------

  /** lookahead: does the input continue with `rest` followed by a non-identifier character? */
  private lookahead(rest: string): boolean {
    const save = this.cur;
    let i = 0;
    let res = false;
    for (;;) {
      const c = this.nextc();
      if (i === rest.length) {
        res = !isPotentialIdentifierChar(c);
        break;
      }
      if (c === rest.charCodeAt(i)) {
        i++;
        continue;
      }
      break;
    }
    this.cur = save;
    return res;
  }

  /** verify_end_of_number: `c` is the character after the literal (already read). */
  private verifyEndOfNumber(c: number, kind: string): void {
    let r = false;
    if (c === 97) r = this.lookahead('nd');
    else if (c === 101) r = this.lookahead('lse');
    else if (c === 102) r = this.lookahead('or');
    else if (c === 105) {
      const c2 = this.nextc();
      if (c2 === 102 || c2 === 110 || c2 === 115) r = true;
      this.backup(c2);
    } else if (c === 111) r = this.lookahead('r');
    else if (c === 110) r = this.lookahead('ot');
    if (r) {
      this.backup(c);
      this.warn(`invalid ${kind} literal`);
      this.nextc();
    } else if (c < 128 && c !== EOF && isPotentialIdentifierChar(c)) {
      this.backup(c);
      this.syntaxError(`invalid ${kind} literal`);
    }
  }

  /** tok_decimal_tail: digits with single underscores between them; returns the next character. */
  private decimalTail(): number {
    let c: number;
    for (;;) {
      do {
        c = this.nextc();
      } while (isDigit(c));
      if (c !== C_UNDERSCORE) break;
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        this.syntaxError('invalid decimal literal');
      }
    }
    return c;
  }

  private numberToken(): Token {
    return this.make(TokenKind.NUMBER, this.source.slice(this.tokStart, this.cur));
  }

  /** A number starting with digit `c` ('start'), or the digit after a leading '.' ('fraction'). */
  private number(c: number, entry: 'start' | 'fraction'): Token {
    let stage: 'fraction' | 'exponent' | 'imaginary' | 'tail';
    if (entry === 'fraction') {
      stage = 'fraction';
    } else if (c === C_0) {
      c = this.nextc();
      if (c === 120 || c === 88) {
        c = this.nextc();
        do {
          if (c === C_UNDERSCORE) c = this.nextc();
          if (!isXDigit(c)) {
            this.backup(c);
            this.syntaxError('invalid hexadecimal literal');
          }
          do c = this.nextc(); while (isXDigit(c));
        } while (c === C_UNDERSCORE);
        this.verifyEndOfNumber(c, 'hexadecimal');
        this.backup(c);
        return this.numberToken();
      } else if (c === 111 || c === 79) {
        c = this.nextc();
        do {
          if (c === C_UNDERSCORE) c = this.nextc();
          if (c < C_0 || c > C_7) {
            if (isDigit(c)) this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
            this.backup(c);
            this.syntaxError('invalid octal literal');
          }
          do c = this.nextc(); while (c >= C_0 && c <= C_7);
        } while (c === C_UNDERSCORE);
        if (isDigit(c)) this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
        this.verifyEndOfNumber(c, 'octal');
        this.backup(c);
        return this.numberToken();
      } else if (c === 98 || c === 66) {
        c = this.nextc();
        do {
          if (c === C_UNDERSCORE) c = this.nextc();
          if (c !== C_0 && c !== C_1) {
            if (isDigit(c)) this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
            this.backup(c);
            this.syntaxError('invalid binary literal');
          }
          do c = this.nextc(); while (c === C_0 || c === C_1);
        } while (c === C_UNDERSCORE);
        if (isDigit(c)) this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
        this.verifyEndOfNumber(c, 'binary');
        this.backup(c);
        return this.numberToken();
      } else {
        let nonzero = false;
        for (;;) {
          if (c === C_UNDERSCORE) {
            c = this.nextc();
            if (!isDigit(c)) {
              this.backup(c);
              this.syntaxError('invalid decimal literal');
            }
          }
          if (c !== C_0) break;
          c = this.nextc();
        }
        const zerosEnd = this.cur;
        if (isDigit(c)) {
          nonzero = true;
          c = this.decimalTail();
        }
        if (c === C_DOT) {
          c = this.nextc();
          stage = 'fraction';
        } else if (c === 101 || c === 69) {
          stage = 'exponent';
        } else if (c === 106 || c === 74) {
          stage = 'imaginary';
        } else if (nonzero) {
          this.backup(c);
          const ls = this.lineStart;
          this.syntaxError('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
            this.byteCol(ls, this.tokStart) + 1, this.byteCol(ls, zerosEnd));
        } else {
          this.verifyEndOfNumber(c, 'decimal');
          this.backup(c);
          return this.numberToken();
        }
      }
    } else {
      c = this.decimalTail();
      if (c === C_DOT) {
        c = this.nextc();
        stage = 'fraction';
      } else {
        stage = 'tail';
      }
    }

    if (stage === 'fraction') {
      if (isDigit(c)) c = this.decimalTail();
      stage = 'tail';
    }
    if (stage === 'tail' && (c === 101 || c === 69)) stage = 'exponent';
    if (stage === 'exponent') {
      const e = c;
      c = this.nextc();
      if (c === C_PLUS || c === C_MINUS) {
        c = this.nextc();
        if (!isDigit(c)) {
          this.backup(c);
          this.syntaxError('invalid decimal literal');
        }
      } else if (!isDigit(c)) {
        this.backup(c);
        this.verifyEndOfNumber(e, 'decimal');
        this.backup(e);
        return this.numberToken();
      }
      c = this.decimalTail();
      stage = 'tail';
    }
    if (stage === 'imaginary' || c === 106 || c === 74) {
      c = this.nextc();
      this.verifyEndOfNumber(c, 'imaginary');
    } else {
      this.verifyEndOfNumber(c, 'decimal');
    }
    this.backup(c);
    return this.numberToken();
  }

  // --- Strings --------------------------------------------------------------------------

  /** A STRING token; the cursor is just past its opening quote `quote`. */
  private stringLiteral(quote: number): Token {
    const firstLine = this.lineno;
    const multiLineStart = this.lineStart;
    let quoteSize = 1;
    let endQuoteSize = 0;
    let hasEscapedQuote = false;
    let c = this.nextc();
    if (c === quote) {
      c = this.nextc();
      if (c === quote) quoteSize = 3;
      else endQuoteSize = 1; // empty string
    }
    if (c !== quote) this.backup(c);

    this.stringFirstLine = firstLine;
    while (endQuoteSize !== quoteSize) {
      c = this.nextc();
      if (c === EOF || (quoteSize === 1 && c === C_LF)) {
        // Report from the start of the string.
        const detected = this.lineno;
        this.cur = this.tokStart + 1;
        this.lineStart = multiLineStart;
        this.lineAscii = this.computeAscii(multiLineStart);
        this.lineno = firstLine;
        if (this.insideFString()) {
          const m = this.modes[this.modeIdx];
          if (m.quote === quote && m.quoteSize === quoteSize) {
            this.syntaxError(`${this.prefixLetter()}-string: expecting '}'`);
          }
        }
        if (quoteSize === 3) {
          this.syntaxError(`unterminated triple-quoted string literal (detected at line ${detected})`);
        }
        if (hasEscapedQuote) {
          this.syntaxError(`unterminated string literal (detected at line ${detected}); perhaps you escaped the end quote?`);
        }
        this.syntaxError(`unterminated string literal (detected at line ${detected})`);
      }
      if (c === quote) {
        endQuoteSize++;
      } else {
        endQuoteSize = 0;
        if (c === C_BACKSLASH) {
          c = this.nextc();
          if (c === quote) hasEscapedQuote = true;
          if (c === C_CR) c = this.nextc();
        }
      }
    }
    this.stringFirstLine = 0;
    this.tokLine = firstLine;
    return this.make(TokenKind.STRING, this.source.slice(this.tokStart, this.cur));
  }

  private computeAscii(lineStart: number): boolean {
    const s = this.source;
    for (let i = lineStart; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === C_LF) return true;
      if (c >= 128) return false;
    }
    return true;
  }

  /** FSTRING_START / TSTRING_START; the cursor is just past the opening quote. */
  private fstringStart(quote: number): Token {
    let quoteSize = 1;
    const afterQuote = this.nextc();
    if (afterQuote === quote) {
      const afterAfter = this.nextc();
      if (afterAfter === quote) {
        quoteSize = 3;
      } else {
        this.backup(afterAfter);
        this.backup(afterQuote);
      }
    }
    if (afterQuote !== quote) this.backup(afterQuote);

    if (this.modeIdx + 1 >= MAXFSTRINGLEVEL) this.syntaxError('too many nested f-strings or t-strings');
    const s = this.source;
    const first = s.charCodeAt(this.tokStart);
    const second = lower(s.charCodeAt(this.tokStart + 1));
    let isT = false;
    let raw = false;
    switch (first) {
      case 116: case 84: // t
        raw = second === 114;
        isT = true;
        break;
      case 102: case 70: // f
        raw = second === 114;
        break;
      default: // r
        raw = true;
        isT = second === 116;
    }
    this.modeIdx++;
    let m = this.modes[this.modeIdx];
    if (m === undefined) {
      m = newMode();
      this.modes[this.modeIdx] = m;
    }
    m.regular = false;
    m.quote = quote;
    m.quoteSize = quoteSize;
    m.start = this.tokStart;
    m.multiLineStart = this.lineStart;
    m.firstLine = this.lineno;
    m.raw = raw;
    m.isT = isT;
    m.curlyDepth = 0;
    m.exprStartDepth = -1;
    m.inFormatSpec = false;
    m.inDebug = false;
    m.lastExprStart = -1;
    return this.make(isT ? TokenKind.TSTRING_START : TokenKind.FSTRING_START, s.slice(this.tokStart, this.cur));
  }

  /** set_ftstring_expr: the expression text of a replacement field (debug `=` and t-strings). */
  private setFStringExpr(m: Mode): void {
    if (!(m.inDebug || m.isT) || m.lastExprStart < 0) return;
    const s = this.source;
    const from = m.lastExprStart;
    const to = this.tokStart;
    let hashDetected = false;
    let inString = false;
    let quoteChar = 0;
    for (let i = from; i < to; i++) {
      const ch = s.charCodeAt(i);
      if (ch === C_BACKSLASH) {
        i++;
        continue;
      }
      if (ch === C_DQUOTE || ch === C_SQUOTE) {
        if (!inString) {
          inString = true;
          quoteChar = ch;
        } else if (ch === quoteChar) {
          inString = false;
        }
        continue;
      }
      if (ch === C_HASH && !inString) {
        hashDetected = true;
        break;
      }
    }
    if (!hashDetected) {
      this.metadata = s.slice(from, to);
      return;
    }
    let out = '';
    inString = false;
    quoteChar = 0;
    let i = from;
    while (i < to) {
      const ch = s.charCodeAt(i);
      if (ch === C_BACKSLASH) {
        out += s[i];
        i++;
        if (i < to) out += s[i];
      } else if (ch === C_DQUOTE || ch === C_SQUOTE) {
        if (!inString) {
          inString = true;
          quoteChar = ch;
        } else if (ch === quoteChar) {
          inString = false;
        }
        out += s[i];
      } else if (ch === C_HASH && !inString) {
        while (i < to && s.charCodeAt(i) !== C_LF) i++;
        if (i < to) out += '\n';
      } else {
        out += s[i];
      }
      i++;
    }
    this.metadata = out;
  }

  // --- Operators and brackets -----------------------------------------------------------

  private operator(c: number, current: Mode): Token {
    const inFString = this.insideFString();
    if ((c === C_COLON || c === C_RBRACE || c === C_BANG || c === C_LBRACE) && inFString && current.exprStartDepth >= 0) {
      const cursor = current.curlyDepth - (c !== C_LBRACE ? 1 : 0);
      const cursorInFormatWithDebug = cursor === 1 && (current.inDebug || current.inFormatSpec);
      const cursorValid = cursor === 0 || cursorInFormatWithDebug;
      if (cursorValid && c !== C_LBRACE) this.setFStringExpr(current);
      if (c === C_COLON && cursor === current.exprStartDepth) {
        current.regular = false;
        current.inFormatSpec = true;
        return this.make(TokenKind.OP, ':');
      }
    }

    if (c < 128 && TWO_CHAR_FIRST[c]) {
      const c2 = this.nextc();
      if (c2 !== EOF && c2 < 128) {
        const two = TWO_CHAR_TABLE[c * 128 + c2];
        if (two !== undefined) {
          const c3 = this.nextc();
          if (c3 !== EOF && c3 < 128) {
            const three = THREE_CHAR_TABLE.get((c * 128 + c2) * 128 + c3);
            if (three !== undefined) return this.make(TokenKind.OP, three);
          }
          this.backup(c3);
          return this.make(TokenKind.OP, two);
        }
      }
      this.backup(c2);
    }

    switch (c) {
      case C_LPAR:
      case C_LSQB:
      case C_LBRACE:
        if (this.level >= MAXLEVEL) this.syntaxError('too many nested parentheses');
        this.parenstack[this.level] = c;
        this.parenlinenostack[this.level] = this.lineno;
        this.parencolstack[this.level] = this.byteCol(this.lineStart, this.tokStart);
        this.level++;
        if (inFString) current.curlyDepth++;
        break;
      case C_RPAR:
      case C_RSQB:
      case C_RBRACE: {
        const ch = ONE_CHAR[c];
        if (inFString && current.curlyDepth === 0 && c === C_RBRACE) {
          this.syntaxError(`${this.prefixLetter()}-string: single '}' is not allowed`);
        }
        if (this.level === 0) this.syntaxError(`unmatched '${ch}'`);
        this.level--;
        const opening = this.parenstack[this.level];
        if (!((opening === C_LPAR && c === C_RPAR) || (opening === C_LSQB && c === C_RSQB) ||
              (opening === C_LBRACE && c === C_RBRACE))) {
          if (inFString && opening === C_LBRACE) {
            const previousBracket = current.curlyDepth - 1;
            if (previousBracket === current.exprStartDepth) {
              this.syntaxError(`${this.prefixLetter()}-string: unmatched '${ch}'`);
            }
          }
          const op = ONE_CHAR[opening];
          if (this.parenlinenostack[this.level] !== this.lineno) {
            this.syntaxError(`closing parenthesis '${ch}' does not match opening parenthesis '${op}' on line ${this.parenlinenostack[this.level]}`);
          }
          this.syntaxError(`closing parenthesis '${ch}' does not match opening parenthesis '${op}'`);
        }
        if (inFString) {
          current.curlyDepth--;
          if (current.curlyDepth < 0) this.syntaxError(`${this.prefixLetter()}-string: unmatched '${ch}'`);
          if (c === C_RBRACE && current.curlyDepth === current.exprStartDepth) {
            current.exprStartDepth--;
            current.regular = false;
            current.inFormatSpec = false;
            current.inDebug = false;
          }
        }
        break;
      }
      default:
        break;
    }

    if (c < 128 ? (c < 32 || c === 127) : !isPrintable(c)) {
      this.syntaxError(`invalid non-printable character U+${hex4(c)}`);
    }
    if (c === C_EQ && inFString && current.curlyDepth - current.exprStartDepth === 1) {
      current.inDebug = true;
    }
    return this.make(TokenKind.OP, c < 128 ? ONE_CHAR[c] : String.fromCharCode(c));
  }

  // --- f-string / t-string mode ---------------------------------------------------------

  private middleKind(m: Mode): TokenKind {
    return m.isT ? TokenKind.TSTRING_MIDDLE : TokenKind.FSTRING_MIDDLE;
  }

  private getFString(current: Mode): Token {
    this.setStart(this.cur);
    const s = this.source;
    // A replacement field right away: nothing to scan in string mode.
    const startChar = this.nextc();
    if (startChar === C_LBRACE) {
      const peek1 = this.nextc();
      this.backup(peek1);
      if (peek1 !== C_LBRACE) current.lastExprStart = this.cur;
      this.backup(startChar);
      if (peek1 !== C_LBRACE) {
        current.exprStartDepth++;
        if (current.exprStartDepth >= MAX_EXPR_NESTING) {
          this.syntaxError(`${this.prefixLetter()}-string: expressions nested too deeply`);
        }
        current.regular = true;
        return this.getNormal(current);
      }
    } else {
      this.backup(startChar);
    }

    // At the closing quote(s)?
    let atEnd = true;
    for (let i = 0; i < current.quoteSize; i++) {
      const q = this.nextc();
      if (q !== current.quote) {
        this.backup(q);
        atEnd = false;
        break;
      }
    }
    if (atEnd) {
      this.modeIdx--;
      return this.make(current.isT ? TokenKind.TSTRING_END : TokenKind.FSTRING_END, s.slice(this.tokStart, this.cur));
    }

    // f_string_middle:
    let endQuoteSize = 0;
    let unicodeEscape = false;
    while (endQuoteSize !== current.quoteSize) {
      const c = this.nextc();
      const inFormatSpec = current.inFormatSpec && current.exprStartDepth >= 0;
      if (c === EOF || (current.quoteSize === 1 && c === C_LF)) {
        if (inFormatSpec && c === C_LF) {
          if (current.quoteSize === 1) {
            const p = this.prefixLetter();
            this.syntaxError(`${p}-string: newlines are not allowed in format specifiers for single quoted ${p}-strings`);
          }
          this.backup(c);
          current.regular = true;
          current.inFormatSpec = false;
          return this.make(this.middleKind(current), s.slice(this.tokStart, this.cur));
        }
        // Report from the start of the f-string.
        const detected = this.lineno;
        this.cur = current.start + 1;
        this.lineStart = current.multiLineStart;
        this.lineAscii = this.computeAscii(current.multiLineStart);
        this.lineno = current.firstLine;
        const p = this.prefixLetter();
        if (current.quoteSize === 3) {
          this.syntaxError(`unterminated triple-quoted ${p}-string literal (detected at line ${detected})`);
        }
        this.syntaxError(`unterminated ${p}-string literal (detected at line ${detected})`);
      }
      if (c === current.quote) {
        endQuoteSize++;
        continue;
      }
      endQuoteSize = 0;
      if (c === C_LBRACE) {
        const peek = this.nextc();
        if (peek !== C_LBRACE || inFormatSpec) {
          this.backup(peek);
          current.lastExprStart = this.cur;
          this.backup(c);
          current.exprStartDepth++;
          if (current.exprStartDepth >= MAX_EXPR_NESTING) {
            this.syntaxError(`${this.prefixLetter()}-string: expressions nested too deeply`);
          }
          current.regular = true;
          current.inFormatSpec = false;
          return this.make(this.middleKind(current), s.slice(this.tokStart, this.cur));
        }
        // `{{`: the text ends with one brace; the token spans both.
        return this.make(this.middleKind(current), s.slice(this.tokStart, this.cur - 1));
      } else if (c === C_RBRACE) {
        if (unicodeEscape) {
          return this.make(this.middleKind(current), s.slice(this.tokStart, this.cur));
        }
        const peek = this.nextc();
        if (peek === C_RBRACE && !inFormatSpec && current.curlyDepth === 0) {
          return this.make(this.middleKind(current), s.slice(this.tokStart, this.cur - 1));
        }
        this.backup(peek);
        this.backup(c);
        current.regular = true;
        current.inFormatSpec = false;
        return this.make(this.middleKind(current), s.slice(this.tokStart, this.cur));
      } else if (c === C_BACKSLASH) {
        let peek = this.nextc();
        if (peek === C_CR) peek = this.nextc();
        if (peek === C_LBRACE || peek === C_RBRACE) {
          if (!current.raw) {
            const ch = ONE_CHAR[peek];
            this.warn(`"\\${ch}" is an invalid escape sequence. Such sequences will not work in the future. Did you mean "\\\\${ch}"? A raw string is also an option.`);
          }
          this.backup(peek);
          continue;
        }
        if (!current.raw && peek === 78) {
          peek = this.nextc();
          if (peek === C_LBRACE) unicodeEscape = true;
          else this.backup(peek);
        }
      }
    }
    // Leave the closing quotes for FSTRING_END.
    for (let i = 0; i < current.quoteSize; i++) this.backup(current.quote);
    return this.make(this.middleKind(current), s.slice(this.tokStart, this.cur));
  }
}

/** Tokenize a whole source (for tests and tools); throws on the first error. */
export function tokenizeAll(source: string, options?: TokenizerOptions): Token[] {
  const t = new Tokenizer(source, options);
  const out: Token[] = [];
  for (;;) {
    const tok = t.next();
    out.push(tok);
    if (tok.kind === TokenKind.ENDMARKER) return out;
  }
}
