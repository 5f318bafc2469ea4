// How CPython 3.14 prints a SyntaxError and the compile-time warnings before it.
//
// Since 3.13 the default excepthook formats exceptions with Lib/traceback.py, so a SyntaxError
// is printed by TracebackException._format_syntax_error: a `  File "...", line N` header, the
// offending line with leading spaces and form feeds removed, a caret line computed from
// offset/end_offset in code points, and `Type: msg`. Compile-time warnings are printed by the
// warnings module's default formatter (Lib/warnings.py: _formatwarnmsg_impl) as
// `file:line: Category: message` plus the stripped source line when linecache finds it.
import type { CompileWarning, PythonSyntaxError } from '../parser/errors.ts';

/** str.isspace() for one code point (Unicode White_Space minus a few, as CPython's _PyUnicode_IsWhitespace). */
export function isPythonSpace(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x20);
  return (
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

/** str.strip() with no argument. */
export function pythonStrip(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isPythonSpace(s.charCodeAt(start))) start++;
  while (end > start && isPythonSpace(s.charCodeAt(end - 1))) end--;
  return s.slice(start, end);
}

/** The lines of TracebackException._format_syntax_error (without colour), joined. */
export function formatSyntaxError(err: PythonSyntaxError): string {
  let out = '';
  let filenameSuffix = '';
  const filename = err.filename;
  if (err.lineno !== null) {
    out += `  File "${filename || '<string>'}", line ${err.lineno}\n`;
  } else if (filename !== null && filename !== undefined) {
    filenameSuffix = ` (${filename})`;
  }
  if (typeof err.text === 'string') {
    // Python indexes code points; split into code points once (astral characters are one each).
    const text = Array.from(err.text);
    let rEnd = text.length;
    while (rEnd > 0 && text[rEnd - 1] === '\n') rEnd--;
    let lStart = 0;
    while (lStart < rEnd && (text[lStart] === ' ' || text[lStart] === '\n' || text[lStart] === '\f')) lStart++;
    const rlen = rEnd;
    const ltext = text.slice(lStart, rEnd);
    const spaces = lStart;
    const ltextStr = ltext.join('');
    if (err.offset === null) {
      out += `    ${ltextStr}\n`;
    } else {
      let offset = err.offset;
      let endOffset: number;
      if (err.lineno === err.endLineno) {
        endOffset = err.endOffset !== null && err.endOffset !== 0 ? err.endOffset : offset;
      } else {
        endOffset = rlen + 1;
      }
      if (text.length > 0 && offset > text.length) offset = rlen + 1;
      if (text.length > 0 && endOffset > text.length) endOffset = rlen + 1;
      if (offset >= endOffset || endOffset < 0) endOffset = offset + 1;
      const colno = offset - 1 - spaces;
      const endColno = endOffset - 1 - spaces;
      out += `    ${ltextStr}\n`;
      if (colno >= 0) {
        // Non-space whitespace (tabs) is kept so the caret lines up. ltext[:colno] may be
        // shorter than colno; Python's slice just stops at the end.
        let caretSpace = '';
        const n = Math.min(colno, ltext.length);
        for (let i = 0; i < n; i++) {
          const c = ltext[i]!;
          caretSpace += isPythonSpace(c.codePointAt(0)!) ? c : ' ';
        }
        out += `    ${caretSpace}${'^'.repeat(Math.max(0, endColno - colno))}\n`;
      }
    }
  }
  const msg = err.msg || '<no detail available>';
  out += `${err.type}: ${msg}${filenameSuffix}\n`;
  return out;
}

/** Splits source text into lines as linecache does (universal newlines: \r\n, \r and \n). */
export function sourceLines(source: string): string[] {
  return source.split(/\r\n|\r|\n/);
}

/**
 * One warning as warnings.showwarning prints it. `lines` are the file's lines as linecache
 * would read them, or null when linecache has none (`<string>` for -c, `<stdin>`).
 */
export function formatWarning(filename: string, warning: CompileWarning, lines: readonly string[] | null): string {
  let out = `${filename}:${warning.lineno}: ${warning.category}: ${warning.message}\n`;
  const line = lines !== null && warning.lineno >= 1 && warning.lineno <= lines.length ? pythonStrip(lines[warning.lineno - 1]!) : '';
  if (line) out += `  ${line}\n`;
  return out;
}

/**
 * The compile-time warnings CPython's default filters let through, formatted. Compile-time
 * warnings have no registry (each one prints, duplicates included); DeprecationWarnings are
 * ignored because their module (derived from the filename) is not __main__.
 */
export function formatCompileWarnings(filename: string, warnings: readonly CompileWarning[], lines: readonly string[] | null): string {
  let out = '';
  for (const w of warnings) {
    if (w.category === 'DeprecationWarning') continue;
    out += formatWarning(filename, w, lines);
  }
  return out;
}
