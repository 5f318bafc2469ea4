// Python/future.c: the `from __future__ import ...` statements at the top of a module, which
// set compiler flags. Only the leading run of them (after an optional docstring) counts; a
// later one is rejected by the symbol table (symtable.ts: checkImportFrom) using `location`.
import type { ModNode, StmtNode } from '../parser/ast.ts';
import type { Diagnostics, SourceLocation } from './diagnostics.ts';
import { locationOf } from './diagnostics.ts';

export interface FutureFeatures {
  /** CO_FUTURE_ANNOTATIONS: annotations are kept as strings (PEP 563). */
  annotations: boolean;
  /** CO_FUTURE_BARRY_AS_BDFL (the parser handles its effect on `<>`). */
  barryAsBdfl: boolean;
  /** The last future import of the leading run (ff_location), or line -1 if there is none. */
  location: SourceLocation;
}

// Features that are accepted and have no effect any more (Lib/__future__.py: all_feature_names).
const ACCEPTED = new Set(['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function', 'unicode_literals', 'generator_stop']);

/** The docstring test of _PyAST_GetDocString: a first statement that is a string constant. */
export function hasDocstring(body: readonly StmtNode[]): boolean {
  const first = body[0];
  return first !== undefined && first._type === 'Expr' && first.value._type === 'Constant' && typeof first.value.value === 'string';
}

export function futureFromAst(mod: ModNode, diag: Diagnostics): FutureFeatures {
  const ff: FutureFeatures = { annotations: false, barryAsBdfl: false, location: { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 } };
  if (mod._type !== 'Module' && mod._type !== 'Interactive') return ff;
  const body = mod.body;
  for (let i = hasDocstring(body) ? 1 : 0; i < body.length; i++) {
    const s = body[i]!;
    if (s._type !== 'ImportFrom' || s.level !== 0 || s.module !== '__future__') break;
    for (const alias of s.names) {
      const name = alias.name;
      if (ACCEPTED.has(name)) continue;
      if (name === 'annotations') ff.annotations = true;
      else if (name === 'barry_as_FLUFL') ff.barryAsBdfl = true;
      else if (name === 'braces') diag.error('not a chance', locationOf(alias));
      else diag.error(`future feature ${name.slice(0, 100)} is not defined`, locationOf(alias));
    }
    ff.location = locationOf(s);
  }
  return ff;
}
