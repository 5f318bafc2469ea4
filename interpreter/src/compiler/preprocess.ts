// Python/ast_preprocess.c (CPython 3.14): the PEP 765 SyntaxWarnings for `return`, `break` and
// `continue` that would leave a `finally` block. This pass runs before the symbol table, so its
// warnings come before any symbol-table or codegen diagnostic.
//
// A stack of contexts: entering a finally body, a function body or a loop body pushes one that
// records only which of the three it is, so `finally: for ...: return` does not warn (the loop's
// context hides the finally), as in CPython.
import type { ModNode, StmtNode } from '../parser/ast.ts';
import { locationOf, type Diagnostics } from './diagnostics.ts';

interface FlowContext {
  inFinally: boolean;
  inFuncdef: boolean;
  inLoop: boolean;
}

export function preprocessWarnings(mod: ModNode, diag: Diagnostics): void {
  const stack: FlowContext[] = [];
  const warn = (kw: string, s: StmtNode) => diag.warn(`'${kw}' in a 'finally' block`, locationOf(s));
  const within = (ctx: FlowContext, body: readonly StmtNode[]) => {
    stack.push(ctx);
    visitAll(body);
    stack.pop();
  };
  const visitAll = (body: readonly StmtNode[]) => {
    for (const s of body) visit(s);
  };
  const visit = (s: StmtNode): void => {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        within({ inFinally: false, inFuncdef: true, inLoop: false }, s.body);
        break;
      case 'ClassDef':
        visitAll(s.body);
        break;
      case 'Return': {
        const top = stack[stack.length - 1];
        if (top && top.inFinally && !top.inFuncdef) warn('return', s);
        break;
      }
      case 'Break':
      case 'Continue': {
        const top = stack[stack.length - 1];
        if (top && top.inFinally && !top.inLoop) warn(s._type === 'Break' ? 'break' : 'continue', s);
        break;
      }
      case 'For':
      case 'AsyncFor':
      case 'While':
        within({ inFinally: false, inFuncdef: false, inLoop: true }, s.body);
        visitAll(s.orelse);
        break;
      case 'If':
        visitAll(s.body);
        visitAll(s.orelse);
        break;
      case 'With':
      case 'AsyncWith':
        visitAll(s.body);
        break;
      case 'Match':
        for (const c of s.cases) visitAll(c.body);
        break;
      case 'Try':
      case 'TryStar':
        visitAll(s.body);
        for (const h of s.handlers) visitAll(h.body);
        visitAll(s.orelse);
        within({ inFinally: true, inFuncdef: false, inLoop: false }, s.finalbody);
        break;
      default:
        break;
    }
  };
  if (mod._type === 'Module' || mod._type === 'Interactive') visitAll(mod.body);
}
