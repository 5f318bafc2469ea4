// The checks CPython's compiler makes after parsing (Python/compile.c: _PyAST_Compile), in its
// order: the `from __future__` imports (future.c), the AST preprocessing warnings
// (ast_preprocess.c), the symbol table (symtable.c), then code generation (codegen.c). The first
// SyntaxError wins; SyntaxWarnings emitted before it are kept.
import type { ModNode } from '../parser/ast.ts';
import type { CompileWarning, PythonSyntaxError } from '../parser/errors.ts';
import { checkCodegen } from './codegen-checks.ts';
import { CompileError, Diagnostics } from './diagnostics.ts';
import { futureFromAst } from './future.ts';
import { preprocessWarnings } from './preprocess.ts';
import { buildSymtable, type SymbolTable } from './symtable.ts';

export interface CompileCheckOptions {
  filename: string;
  /** The source's lines when CPython could read them back from the file (null for `-c`). */
  lines: readonly string[] | null;
}

export type CompileCheckResult =
  | { ok: true; symtable: SymbolTable; warnings: CompileWarning[] }
  | { ok: false; error: PythonSyntaxError; warnings: CompileWarning[] };

export function checkCompile(tree: ModNode, options: CompileCheckOptions): CompileCheckResult {
  const diag = new Diagnostics(options.filename, options.lines);
  try {
    const future = futureFromAst(tree, diag);
    preprocessWarnings(tree, diag);
    const symtable = buildSymtable(tree, future, diag);
    checkCodegen(tree, symtable, diag);
    return { ok: true, symtable, warnings: diag.warnings };
  } catch (e) {
    if (e instanceof CompileError) return { ok: false, error: diag.toSyntaxError(e), warnings: diag.warnings };
    throw e;
  }
}

export { buildSymtable } from './symtable.ts';
export type { SymbolTable, SymbolTableEntry } from './symtable.ts';
