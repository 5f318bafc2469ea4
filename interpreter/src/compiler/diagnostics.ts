// How the compiler stages (future check, AST preprocessing, symbol table, codegen checks) report
// what CPython reports while compiling: a SyntaxError with the location of an AST node, and
// SyntaxWarnings collected in emission order.
//
// CPython raises these through _PyErr_RaiseSyntaxError / _PyErr_EmitSyntaxWarning with
// `col_offset + 1` straight from the AST, so SyntaxError.offset counts UTF-8 bytes here (unlike
// the parser's errors); the traceback printer then indexes the line with it as CPython does.
// SyntaxError.text is the line read back from the file (PyErr_ProgramTextObject), so it is absent
// for `-c` code.
import { PythonSyntaxError, type CompileWarning } from '../parser/errors.ts';

/** An AST location: lines 1-based, columns 0-based UTF-8 byte offsets. */
export interface SourceLocation {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

export function locationOf(node: SourceLocation): SourceLocation {
  return { lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset };
}

/** Thrown inside the compiler stages; turned into a PythonSyntaxError by `Diagnostics.toSyntaxError`. */
export class CompileError extends Error {
  constructor(
    public readonly msg: string,
    public readonly loc: SourceLocation,
  ) {
    super(msg);
  }
}

export class Diagnostics {
  readonly warnings: CompileWarning[] = [];
  /** Codegen's c_disable_warning: nonzero while compiling a second copy of a finally body. */
  disableWarnings = 0;

  constructor(
    readonly filename: string,
    /** The source's lines (without line endings) when CPython could read the file back, else null. */
    readonly lines: readonly string[] | null,
  ) {}

  error(msg: string, loc: SourceLocation): never {
    throw new CompileError(msg, loc);
  }

  warn(msg: string, loc: SourceLocation): void {
    if (this.disableWarnings) return;
    this.warnings.push({
      category: 'SyntaxWarning',
      message: msg,
      lineno: loc.lineno,
      offset: loc.col_offset + 1,
      endLineno: loc.end_lineno,
      endOffset: loc.end_col_offset + 1,
    });
  }

  toSyntaxError(e: CompileError): PythonSyntaxError {
    const { lineno } = e.loc;
    let text: string | null = null;
    if (this.lines !== null && lineno >= 1 && lineno <= this.lines.length) {
      text = programText(this.lines[lineno - 1]! + (lineno < this.lines.length ? '\n' : ''));
    }
    return new PythonSyntaxError('SyntaxError', e.msg, lineno, e.loc.col_offset + 1, text, e.loc.end_lineno, e.loc.end_col_offset + 1, this.filename);
  }
}

/**
 * Python/errors.c: err_programtext reads the line into a 1000-byte buffer, so a longer line is cut
 * to its first 999 bytes (decoded with "replace").
 */
function programText(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 999) return line;
  return new TextDecoder('utf-8').decode(bytes.subarray(0, 999));
}
