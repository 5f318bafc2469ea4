// The parser's public entry points: source text in, CPython-shaped AST (or a PythonSyntaxError) out.
import type { ModNode } from './ast.ts';
import type { CompileWarning } from './errors.ts';

export type ParseMode = 'exec' | 'eval' | 'single' | 'func_type';

export interface ParseOptions {
  /** The filename recorded in errors (SyntaxError.filename). */
  filename?: string;
  /** Which start rule: exec (file_input), eval, single (interactive), func_type. */
  mode?: ParseMode;
  /** Produce TYPE_COMMENT tokens and type_comment fields (ast.parse(type_comments=True)). */
  typeComments?: boolean;
}

export interface ParseResult {
  tree: ModNode;
  /** SyntaxWarnings raised while parsing (invalid escape sequences...), in source order. */
  warnings: CompileWarning[];
}

export { parse } from './parser.ts';
