// The parser's public entry points: source text in, CPython-shaped AST (or a PythonSyntaxError) out.
import type { ModNode } from './ast.ts';
import type { CompileWarning } from './errors.ts';
import type { DeferredLineError } from './source.ts';

export type ParseMode = 'exec' | 'eval' | 'single' | 'func_type';

export interface ParseOptions {
  /** The filename recorded in errors (SyntaxError.filename). */
  filename?: string;
  /** Which start rule: exec (file_input), eval, single (interactive), func_type. */
  mode?: ParseMode;
  /** Produce TYPE_COMMENT tokens and type_comment fields (ast.parse(type_comments=True)). */
  typeComments?: boolean;
  /**
   * The source was read from the file `filename` (running `python3.14 FILE`): SyntaxError.text is
   * then the file's line with its newline, as CPython reads it back; otherwise (compile() of a
   * string, `-c`, ast.parse) it comes from the tokenizer's buffers.
   */
  fromFile?: boolean;
  /**
   * ast.parse(feature_version=(3, N)): the minor version N whose grammar is accepted (constructs
   * added later raise "... only supported in Python 3.M and greater"). Negative or absent: 14.
   */
  featureVersion?: number;
  /** A file line the tokenizer cannot read (source.ts: decodeSourceFile); `source` stops before it. */
  deferredError?: DeferredLineError | null;
}

export interface ParseResult {
  tree: ModNode;
  /** SyntaxWarnings raised while parsing (invalid escape sequences...), in source order. */
  warnings: CompileWarning[];
}

export { parse } from './parser.ts';
