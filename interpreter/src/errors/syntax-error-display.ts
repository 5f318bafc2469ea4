// How CPython 3.14 prints a SyntaxError and the compile-time warnings before it.
//
// Since 3.13 the default excepthook formats exceptions with Lib/traceback.py, so a SyntaxError
// is printed by TracebackException._format_syntax_error: a `  File "...", line N` header, the
// offending line with leading spaces and form feeds removed, a caret line computed from
// offset/end_offset in code points, and `Type: msg`. Compile-time warnings are printed by the
// warnings module's default formatter (Lib/warnings.py: _formatwarnmsg_impl) as
// `file:line: Category: message` plus the stripped source line when linecache finds it.
import type { CompileWarning, PythonSyntaxError } from '../parser/errors.ts';
import { generateSuggestion } from './suggestions.ts';

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

/** The lines of TracebackException._format_syntax_error (without colour), joined. With a
 * context, misspelled keywords are looked for first, as CPython does. */
export function formatSyntaxError(original: PythonSyntaxError, typoContext: KeywordTypoContext | null = null): string {
  let err = original;
  let out = '';
  let filenameSuffix = '';
  const filename = err.filename;
  if (err.lineno !== null) {
    out += `  File "${filename || '<string>'}", line ${err.lineno}\n`;
  } else if (filename !== null && filename !== undefined) {
    filenameSuffix = ` (${filename})`;
  }
  if (typeof err.text === 'string') {
    if (typoContext !== null) {
      let fix: TypoFix | null = null;
      try {
        fix = findKeywordTypo(err, typoContext);
      } catch {
        // `with suppress(Exception)` in CPython.
      }
      if (fix !== null) err = Object.assign(Object.create(Object.getPrototypeOf(err)) as PythonSyntaxError, err, fix);
    }
    // Python indexes code points; split into code points once (astral characters are one each).
    const text = Array.from(err.text as string);
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

// --- keyword typos (Lib/traceback.py: TracebackException._find_keyword_typos) -----------------
//
// For a bare "invalid syntax" (or "... Perhaps you forgot a comma?"), CPython 3.14 retries the
// statement with each NAME on the error line replaced by a close keyword and, if that compiles,
// reports `invalid syntax. Did you mean 'for'?` pointing at the NAME. The `File` header is
// printed before this search, so it keeps the original line number.

/** keyword.kwlist of CPython 3.14. */
export const PYTHON_KEYWORDS = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
];

/** A NAME token as Lib/tokenize.py reports it: 1-based row, 0-based columns in code points. */
export interface NameToken {
  string: string;
  startRow: number;
  startCol: number;
  endRow: number;
  endCol: number;
  /** The physical line holding the token, with its newline. */
  line: string;
}

/** What the typo search needs from outside this module. */
export interface KeywordTypoContext {
  /** SyntaxError._metadata: the parser's last statement start (line 0 if none) and the source
   * text when compiling a string (null when running a file: the file is read again). */
  metadata: { lineno: number; colOffset: number; source: string | null } | null;
  /** open(filename).read() (UTF-8, universal newlines), or null if that raises. */
  readText(filename: string): string | null;
  /** NAME tokens of `code` in order (tokenize.generate_tokens); stops silently at a tokenizer error. */
  nameTokens(code: string): Iterable<NameToken>;
  /** codeop.compile_command(code, symbol="exec", flags=PyCF_ONLY_AST) succeeds. */
  compiles(code: string): boolean;
}

/** str.splitlines(). */
export function pythonSplitlines(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x1c || c === 0x1d || c === 0x1e || c === 0x85 || c === 0x2028 || c === 0x2029) {
      out.push(s.slice(start, i));
      if (c === 0x0d && s.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
  }
  if (start < s.length) out.push(s.slice(start));
  return out;
}

const isSpaceString = (s: string) => s.length > 0 && [...s].every((c) => isPythonSpace(c.codePointAt(0)!));

/** textwrap.dedent (3.14). */
export function textwrapDedent(text: string): string {
  const lines = text.split('\n');
  const nonBlank = lines.filter((l) => l && !isSpaceString(l));
  let l1 = '';
  let l2 = '';
  if (nonBlank.length > 0) {
    l1 = nonBlank.reduce((a, b) => (codePointLess(b, a) ? b : a));
    l2 = nonBlank.reduce((a, b) => (codePointLess(a, b) ? b : a));
  }
  // enumerate(l1): stops at the first difference or non-blank; if l1 runs out, margin is its last index.
  let margin = 0;
  const c1 = Array.from(l1);
  const c2 = Array.from(l2);
  for (let i = 0; i < c1.length; i++) {
    margin = i;
    if (c1[i] !== c2[i] || (c1[i] !== ' ' && c1[i] !== '\t')) break;
  }
  return lines.map((l) => (isSpaceString(l) ? '' : Array.from(l).slice(margin).join(''))).join('\n');
}

/** Python's str ordering (by code point; JS compares UTF-16 units, which differs past the BMP). */
function codePointLess(a: string, b: string): boolean {
  const x = Array.from(a);
  const y = Array.from(b);
  for (let i = 0; i < x.length && i < y.length; i++) {
    const p = x[i]!.codePointAt(0)!;
    const q = y[i]!.codePointAt(0)!;
    if (p !== q) return p < q;
  }
  return x.length < y.length;
}

/** difflib.SequenceMatcher(None, a, b).ratio() and its quick bounds, on code points. */
class SequenceMatcher {
  private b: string[] = [];
  private b2j = new Map<string, number[]>();
  private a: string[] = [];

  setSeq2(b: string): void {
    this.b = Array.from(b);
    const b2j = new Map<string, number[]>();
    this.b.forEach((c, j) => {
      const list = b2j.get(c);
      if (list) list.push(j);
      else b2j.set(c, [j]);
    });
    // autojunk: "popular" elements are dropped when len(b) >= 200.
    const n = this.b.length;
    if (n >= 200) {
      const ntest = Math.floor(n / 100) + 1;
      for (const [c, idxs] of [...b2j]) if (idxs.length > ntest) b2j.delete(c);
    }
    this.b2j = b2j;
  }

  setSeq1(a: string): void {
    this.a = Array.from(a);
  }

  private findLongestMatch(alo: number, ahi: number, blo: number, bhi: number): [number, number, number] {
    const { a, b, b2j } = this;
    let besti = alo;
    let bestj = blo;
    let bestsize = 0;
    let j2len = new Map<number, number>();
    for (let i = alo; i < ahi; i++) {
      const newj2len = new Map<number, number>();
      for (const j of b2j.get(a[i]!) ?? []) {
        if (j < blo) continue;
        if (j >= bhi) break;
        const k = (j2len.get(j - 1) ?? 0) + 1;
        newj2len.set(j, k);
        if (k > bestsize) {
          besti = i - k + 1;
          bestj = j - k + 1;
          bestsize = k;
        }
      }
      j2len = newj2len;
    }
    while (besti > alo && bestj > blo && a[besti - 1] === b[bestj - 1]) {
      besti--;
      bestj--;
      bestsize++;
    }
    while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] === b[bestj + bestsize]) bestsize++;
    return [besti, bestj, bestsize];
  }

  private matches(): number {
    let total = 0;
    const queue: [number, number, number, number][] = [[0, this.a.length, 0, this.b.length]];
    while (queue.length > 0) {
      const [alo, ahi, blo, bhi] = queue.pop()!;
      const [i, j, k] = this.findLongestMatch(alo, ahi, blo, bhi);
      if (k) {
        total += k;
        if (alo < i && blo < j) queue.push([alo, i, blo, j]);
        if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
      }
    }
    return total;
  }

  private length(): number {
    return this.a.length + this.b.length;
  }

  ratio(): number {
    const t = this.length();
    return t ? (2 * this.matches()) / t : 1;
  }

  quickRatio(): number {
    const avail = new Map<string, number>();
    for (const c of this.b) avail.set(c, (avail.get(c) ?? 0) + 1);
    let matches = 0;
    for (const c of this.a) {
      const n = avail.get(c) ?? 0;
      avail.set(c, n - 1);
      if (n > 0) matches++;
    }
    const t = this.length();
    return t ? (2 * matches) / t : 1;
  }

  realQuickRatio(): number {
    const t = this.length();
    return t ? (2 * Math.min(this.a.length, this.b.length)) / t : 1;
  }
}

/** difflib.get_close_matches(word, possibilities, n, cutoff). */
export function getCloseMatches(word: string, possibilities: readonly string[], n = 3, cutoff = 0.6): string[] {
  const s = new SequenceMatcher();
  s.setSeq2(word);
  const result: [number, string][] = [];
  for (const x of possibilities) {
    s.setSeq1(x);
    if (s.realQuickRatio() >= cutoff && s.quickRatio() >= cutoff) {
      const r = s.ratio();
      if (r >= cutoff) result.push([r, x]);
    }
  }
  // heapq.nlargest on (score, x) tuples: by score, then by string, both descending.
  result.sort((p, q) => (p[0] !== q[0] ? q[0] - p[0] : codePointLess(p[1], q[1]) ? 1 : p[1] === q[1] ? 0 : -1));
  return result.slice(0, n).map((r) => r[1]);
}

interface TypoFix {
  text: string;
  offset: number;
  endOffset: number;
  lineno: number;
  endLineno: number;
  msg: string;
}

/** _find_keyword_typos: the replacement error fields, or null when CPython would change nothing. */
export function findKeywordTypo(err: PythonSyntaxError, ctx: KeywordTypoContext): TypoFix | null {
  if (err.msg !== 'invalid syntax' && !err.msg.includes('Perhaps you forgot a comma')) return null;
  if (!ctx.metadata) return null;
  let line = ctx.metadata.lineno;
  let endLine = err.lineno ?? 0;
  let lines: string[] | null = null;
  let fromFilename = false;
  if (ctx.metadata.source === null) {
    if (err.filename) {
      const text = ctx.readText(err.filename);
      if (text === null) {
        line = 0;
        endLine = 1;
      } else {
        lines = pythonSplitlines(text);
        fromFilename = true;
      }
    }
    if (lines === null) {
      if (err.text === null) return null; // AttributeError in CPython, suppressed
      lines = pythonSplitlines(err.text);
    }
  } else {
    lines = pythonSplitlines(ctx.metadata.source);
  }
  const errorCode = textwrapDedent(lines.slice(line > 0 ? line - 1 : 0, Math.max(0, endLine)).join('\n'));
  if (Array.from(errorCode).length > 1024) return null;
  const errorLines = pythonSplitlines(errorCode);
  let tokensLeft = 10;
  const theEnd = line === 0 ? endLine : endLine + 1;
  for (const token of ctx.nameTokens(errorCode)) {
    if (fromFilename && token.startRow + line !== theEnd) continue;
    const wrong = token.string;
    if (PYTHON_KEYWORDS.includes(wrong)) continue;
    if (--tokensLeft < 0) break;
    const matches: string[] = [];
    const suggestion = generateSuggestion(PYTHON_KEYWORDS, wrong);
    if (suggestion) matches.push(suggestion);
    matches.push(...getCloseMatches(wrong, PYTHON_KEYWORDS, 3, 0.5));
    for (const candidate of matches.slice(0, 3)) {
      if (!candidate || candidate === wrong) continue;
      const theLines = errorLines.slice();
      const chars = Array.from(theLines[token.startRow - 1] ?? '');
      chars.splice(token.startCol, token.endCol - token.startCol, ...candidate);
      theLines[token.startRow - 1] = chars.join('');
      if (!ctx.compiles(theLines.join('\n'))) continue;
      return {
        text: token.line,
        offset: token.startCol + 1,
        endOffset: token.endCol + 1,
        lineno: token.startRow,
        endLineno: token.endRow,
        msg: `invalid syntax. Did you mean '${candidate}'?`,
      };
    }
  }
  return null;
}
