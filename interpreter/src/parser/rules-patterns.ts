// Placeholder: the match statement's rules are being written.
import type { StmtNode } from './ast.ts';
import { Parser } from './parser.ts';
export function matchStmt(p: Parser): StmtNode | null {
  void p;
  return null;
}
