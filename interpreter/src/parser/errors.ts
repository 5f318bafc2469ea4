// The syntax errors the tokenizer and parser raise, carrying exactly the attributes
// CPython's SyntaxError has (Objects/exceptions.c: SyntaxError_init), so the traceback
// printer and the harness can reproduce CPython's output byte for byte.

export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PythonSyntaxError {
  /** Set by the tokenizer for errors CPython signals through `tok->done` rather than by raising
   * (E_EOF inside brackets, E_DEDENT, E_TABSPACE, E_TOODEEP, E_LINECONT). The parser's
   * full-source re-tokenization (Parser/pegen_errors.c: _PyPegen_tokenize_full_source_to_check_for_errors)
   * lets only raised tokenizer errors replace a parser error, and an unclosed bracket only when
   * it opened on an earlier line than the parser error's. */
  tokenizerState = false;
  /** For "'(' was never closed": the line of the unclosed bracket. */
  unclosedBracketLine = 0;
  /**
   * E_EOF read while no token had started (a backslash in a line's indentation). CPython's file
   * tokenizer empties its buffer before reading a line when no token is in progress
   * (file_tokenizer.c: tok_underflow_file, tok->start == NULL), so at EOF its cursor is at the
   * buffer's start and the error has column 0 (pegen_errors.c: _PyPegen_raise_error); mid-token the
   * buffer keeps the line and the column is the cursor's, as with string input.
   */
  fileBufferEmptied = false;
  /** What the parser's full-source tokenizer check raises instead of this error, when that
   * differs (a file line's UnicodeDecodeError, which only the parser turns into a SyntaxError). */
  rawException: PythonSyntaxError | CompileTimeException | null = null;

  constructor(
    public type: SyntaxErrorType,
    public msg: string,
    /** 1-based line, or null when CPython leaves it unset. */
    public lineno: number | null,
    /** 1-based offset in characters (code points) into `text`, as SyntaxError.offset. */
    public offset: number | null,
    /** The source line the error is on, with its newline, as SyntaxError.text (null if none). */
    public text: string | null,
    public endLineno: number | null,
    public endOffset: number | null,
    public filename = '<unknown>',
  ) {}

  toString(): string {
    return `${this.type}: ${this.msg}`;
  }
}

/**
 * An exception other than SyntaxError that escapes compilation as it is: the UnicodeDecodeError
 * of a file's source line found by the parser's full-source tokenizer check, which CPython does
 * not turn into a SyntaxError. Printed as `<traceback><type>: <msg>`.
 */
export class CompileTimeException {
  constructor(
    readonly type: string,
    readonly msg: string,
    /** Frames CPython prints above it (a codec written in Python), or ''. */
    readonly traceback = '',
  ) {}
}

/** A SyntaxWarning (or DeprecationWarning) emitted while compiling, printed by the warnings machinery. */
export interface CompileWarning {
  category: 'SyntaxWarning' | 'DeprecationWarning';
  message: string;
  lineno: number;
  /** 1-based offsets, as for PythonSyntaxError; used when warnings are turned into errors. */
  offset: number;
  endLineno: number;
  endOffset: number;
}
