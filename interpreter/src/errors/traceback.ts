// How CPython 3.14 prints an uncaught exception (Lib/traceback.py, without colour).
//
// The default sys.excepthook calls traceback._print_exception_bltin, which builds a
// TracebackException (following __cause__/__context__ and exception groups, with a guard against
// cycles, and adding the "Did you mean" suggestions to the message) and prints its format():
// each frame as StackSummary.format_frame_summary renders it (the `File` line, the source
// lines, and the position markers computed by parsing the code segment), recursion folded into
// "[Previous line repeated N more times]", the chaining messages, the exception group boxes, and
// the final `Type: message` line with the notes.
//
// This module works on a plain description of the exception (ExceptionDescription) that the VM
// builds from its exception objects; it never touches Python objects itself. Source lines come
// from a callback, as linecache serves them to traceback.py.
//
// Strings: Python indexes code points, so the position arithmetic below works on arrays of code
// points (`cps`), never on UTF-16 indexes.
import { parse } from '../parser/index.ts';
import type { ExprNode, ModNode, StmtNode } from '../parser/ast.ts';
import { PythonSyntaxError, type CompileWarning, type SyntaxErrorType } from '../parser/errors.ts';
import {
  formatCompileWarnings,
  formatSyntaxError,
  isPythonSpace,
  pythonSplitlines,
  pythonStrip,
  textwrapDedent,
  type KeywordTypoContext,
} from './syntax-error-display.ts';
import { generateSuggestion } from './suggestions.ts';
import { STDLIB_MODULE_NAMES, WIDE_RANGES } from './traceback-tables.ts';

// --- the input -------------------------------------------------------------------------------

/** One traceback entry (a `traceback` object), oldest first, as _walk_tb_with_full_positions
 * yields it: the positions of the instruction at tb_lasti (code.co_positions()). */
export interface TracebackFrame {
  /** co_filename. `<stdin-N>` is printed as `<stdin>`. */
  filename: string;
  /** The instruction's start line; tb_lineno when the position has none; null if neither. */
  lineno: number | null;
  /** null when unknown (then taken to be `lineno`). */
  endLineno: number | null;
  /** 0-based UTF-8 byte offsets into the start and end lines (co_positions); null when unknown
   * (then only the first line is shown, without markers). */
  colOffset: number | null;
  endColOffset: number | null;
  /** co_name (CPython 3.14 prints the code's name, not its qualified name). */
  name: string;
  /** Anything the source-line callback needs to tell frames apart (the code object: `<string>`
   * lines are looked up per code object). Not used by the formatter. */
  code?: unknown;
}

/** What _compute_suggestion_error needs, captured by the VM when the exception is printed. */
export type SuggestionInput =
  /** NameError (and subclasses) whose `name` is a str. `candidates`: list(f_locals) +
   * list(f_globals) + list(f_builtins) of the innermost traceback frame, str keys only, in that
   * order; null when the exception has no traceback. `selfHasName`: the innermost frame has a
   * local `self` and hasattr(self, name) is true. */
  | { kind: 'name'; name: string; candidates: readonly string[] | null; selfHasName: boolean }
  /** AttributeError whose `name` is a str. `candidates`: dir(exc.obj) (or, when dir raises
   * TypeError, the keys of type(obj).__dict__ then obj.__dict__), str entries only, any order;
   * null when that failed. `selfIsObject`: the innermost frame has a local `self` that is exc.obj. */
  | { kind: 'attribute'; name: string; candidates: readonly string[] | null; selfIsObject: boolean }
  /** ImportError whose `name_from` is a str. `candidates`: dir(__import__(exc.name)), str
   * entries only; null when the import or dir failed. */
  | { kind: 'import'; name: string; candidates: readonly string[] | null };

/** The fields of a SyntaxError (and subclasses) that traceback prints. */
export interface SyntaxErrorFields {
  filename: string | null;
  lineno: number | null;
  endLineno: number | null;
  /** SyntaxError.text, with its newline; null when not a str. */
  text: string | null;
  /** 1-based code point offsets; null when not an int. */
  offset: number | null;
  endOffset: number | null;
  /** SyntaxError.msg (null for None). */
  msg: string | null;
  /** SyntaxError._metadata (the parser's last statement start and, for string input, the
   * source), which the keyword-typo search needs; null or absent when the error has none. */
  metadata?: KeywordTypoContext['metadata'];
}

/** The parts of the keyword-typo search that need the tokenizer, the parser and the file
 * system (the CLI's typoContext in main.ts has them). */
export type KeywordTypoTools = Omit<KeywordTypoContext, 'metadata'>;

/** An exception as TracebackException captures it. Descriptions are compared by identity: the
 * same exception reached twice (a cycle of __context__, or one exception in two places) must be
 * the same object, as traceback.py tracks id(exc). */
export interface ExceptionDescription {
  /** type(exc).__name__. */
  typeName: string;
  /** TracebackException.exc_type_str: __qualname__, prefixed by `module.` unless the module is
   * `builtins` or `__main__` (`<unknown>` when __module__ is not a str). */
  qualifiedName: string;
  /** str(exc), or `<exception str() failed>` when that raised. */
  message: string;
  /** __notes__: for a sequence (not str/bytes) the str() of each note (`<note str() failed>`
   * when that raised); for any other non-None value its repr; null when absent or None. */
  notes: readonly string[] | { repr: string } | null;
  /** The traceback, oldest frame first (empty when __traceback__ is None). */
  frames: readonly TracebackFrame[];
  cause: ExceptionDescription | null;
  context: ExceptionDescription | null;
  suppressContext: boolean;
  /** For BaseExceptionGroup instances: exc.exceptions; null otherwise. */
  exceptions: readonly ExceptionDescription[] | null;
  /** For SyntaxError instances. */
  syntaxError?: SyntaxErrorFields | null;
  suggestion?: SuggestionInput | null;
}

export interface TracebackOptions {
  /** Line `lineno` of the frame's source as FrameSummary._set_lines reads it: linecache.getline(
   * filename, lineno) (for a file it cannot read, linecache.lazycache serves the source of the
   * frame's module through its globals' __loader__), then, when that is blank and the filename
   * starts with `<`, linecache._getline_from_code(code, lineno) (the `-c` source is registered
   * for its code; exec() strings are not). Returns the line (its newline may be kept) or null/''
   * when there is none. */
  getSourceLine(filename: string, lineno: number, frame: TracebackFrame): string | null;
  /** sys.tracebacklimit when set (the builtin hook keeps the *last* `limit` frames). */
  tracebackLimit?: number | null;
  /** For SyntaxErrors: `invalid syntax. Did you mean 'while'?` (without them no typo is looked for). */
  keywordTypoTools?: KeywordTypoTools | null;
}

/** TracebackException.exc_type_str: the type's __qualname__, prefixed by its __module__ unless
 * that is `builtins` or `__main__` (`<unknown>` when __module__ is not a str). */
export function exceptionTypeString(qualname: string, module: string | null): string {
  if (module === 'builtins' || module === '__main__') return qualname;
  return `${module ?? '<unknown>'}.${qualname}`;
}

// --- Python string helpers, on code points -----------------------------------------------------

type Cps = string[];
const cps = (s: string): Cps => Array.from(s);
const isSpaceChar = (c: string): boolean => isPythonSpace(c.codePointAt(0)!);

function lstripCps(s: Cps): Cps {
  let i = 0;
  while (i < s.length && isSpaceChar(s[i]!)) i++;
  return s.slice(i);
}

function rstripString(s: string): string {
  const c = cps(s);
  let e = c.length;
  while (e > 0 && isSpaceChar(c[e - 1]!)) e--;
  return c.slice(0, e).join('');
}

/** Python's seq[start:stop] bounds (step 1). */
function sliceBounds(len: number, start: number | undefined, stop: number | undefined): [number, number] {
  let a = start ?? 0;
  let b = stop ?? len;
  if (a < 0) a = Math.max(0, a + len);
  else a = Math.min(a, len);
  if (b < 0) b = Math.max(0, b + len);
  else b = Math.min(b, len);
  return [a, Math.max(a, b)];
}

function pySlice<T>(seq: readonly T[], start?: number, stop?: number): T[] {
  const [a, b] = sliceBounds(seq.length, start, stop);
  return seq.slice(a, b);
}

/** seq[i] with Python's negative indexes; an IndexError (thrown) when out of range. */
function pyIndex<T>(seq: readonly T[], i: number): T {
  const j = i < 0 ? i + seq.length : i;
  if (j < 0 || j >= seq.length) throw new RangeError('index out of range');
  return seq[j]!;
}

/** str.splitlines(keepends=True). */
function splitlinesKeepends(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x1c || c === 0x1d || c === 0x1e || c === 0x85 || c === 0x2028 || c === 0x2029) {
      if (c === 0x0d && s.charCodeAt(i + 1) === 0x0a) i++;
      out.push(s.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < s.length) out.push(s.slice(start));
  return out;
}

/** textwrap.indent(text, prefix, predicate); the default predicate skips blank lines. */
function textwrapIndent(text: string, prefix: string, always = false): string {
  let out = '';
  for (const line of splitlinesKeepends(text)) out += always || pythonStrip(line) ? prefix + line : line;
  return out;
}

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** traceback._byte_offset_to_character_offset: the code points in the first `offset` UTF-8
 * bytes of `s`, a cut character counting as one (decode with errors="replace"). */
export function byteOffsetToCharOffset(s: string, offset: number): number {
  const bytes = utf8Encoder.encode(s);
  const [a, b] = sliceBounds(bytes.length, 0, offset);
  let n = 0;
  for (const _ of utf8Decoder.decode(bytes.subarray(a, b))) n++;
  return n;
}

function isWide(cp: number): boolean {
  // Binary search over the flat [start, end] pairs.
  let lo = 0;
  let hi = WIDE_RANGES.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < WIDE_RANGES[2 * mid]!) hi = mid - 1;
    else if (cp > WIDE_RANGES[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

/** traceback._display_width: columns of line[:offset], East Asian Wide and Fullwidth characters
 * counting two. For an ASCII line it is `offset` itself, even past the end. */
export function displayWidth(line: Cps, offset?: number): number {
  const ascii = line.every((c) => c.codePointAt(0)! < 0x80);
  if (offset === undefined) offset = line.length;
  if (ascii) return offset;
  let w = 0;
  for (const c of pySlice(line, 0, offset)) w += isWide(c.codePointAt(0)!) ? 2 : 1;
  return w;
}

// --- parsing code segments (ast.parse), with the warnings it prints ---------------------------

/** The stream traceback writes to: lines and, interleaved, the SyntaxWarnings that ast.parse
 * prints while the frames are formatted. */
class Output {
  parts: string[] = [];
  write(s: string): void {
    this.parts.push(s);
  }
}

/** ast.parse(source): the module, or null for a SyntaxError. Warnings go to `warnings` as
 * warnings.showwarning prints them (filename `<unknown>`, no source line). Other failures of
 * the parser are taken as a SyntaxError. */
function astParse(source: string, warnings: string[]): ModNode | null {
  try {
    const result = parse(source, { filename: '<unknown>' });
    warnings.push(formatCompileWarnings('<unknown>', result.warnings, null));
    return result.tree;
  } catch (e) {
    if (e instanceof PythonSyntaxError) {
      const w = (e as PythonSyntaxError & { warnings?: CompileWarning[] }).warnings;
      if (w) warnings.push(formatCompileWarnings('<unknown>', w, null));
    }
    return null;
  }
}

function moduleBody(tree: ModNode): StmtNode[] {
  return tree._type === 'Module' || tree._type === 'Interactive' ? tree.body : [];
}

// --- position markers (StackSummary.format_frame_summary) -------------------------------------

interface Anchors {
  leftEndLineno: number;
  leftEndOffset: number;
  rightStartLineno: number;
  rightStartOffset: number;
  primaryChar: string;
  secondaryChar: string;
}

/** traceback._extract_caret_anchors_from_line_segment: where the `^` part goes inside the
 * `~` range for binary operators (the operator), subscripts (the brackets) and calls (the
 * parentheses). Any failure means no anchors. */
function extractCaretAnchors(segment: string, warnings: string[]): Anchors | null {
  const tree = astParse(`(\n${segment}\n)`, warnings);
  if (tree === null) return null;
  const body = moduleBody(tree);
  if (body.length !== 1) return null;
  const lines = pythonSplitlines(segment);
  const lineCps = lines.map(cps);
  const line = (i: number): Cps => pyIndex(lineCps, i);

  const normalize = (lineno: number, offset: number) => byteOffsetToCharOffset(pyIndex(lines, lineno), offset);
  const nextValidChar = (lineno: number, col: number): [number, number] => {
    while (lineno < lines.length && col >= line(lineno).length) {
      col = 0;
      lineno++;
    }
    if (!(lineno < lines.length && col < line(lineno).length)) throw new RangeError('assert');
    return [lineno, col];
  };
  const increment = (lineno: number, col: number) => nextValidChar(lineno, col + 1);
  const nextline = (lineno: number) => nextValidChar(lineno + 1, 0);
  const incrementUntil = (lineno: number, col: number, stop: (ch: string) => boolean): [number, number] => {
    for (;;) {
      const ch = pyIndex(line(lineno), col);
      if (ch === '\\' || ch === '#') [lineno, col] = nextline(lineno);
      else if (!stop(ch)) [lineno, col] = increment(lineno, col);
      else break;
    }
    return [lineno, col];
  };
  const setupPositions = (expr: ExprNode, forceValid = true): [number, number] => {
    const lineno = expr.end_lineno - 2;
    const col = normalize(lineno, expr.end_col_offset);
    return forceValid ? nextValidChar(lineno, col) : [lineno, col];
  };
  const anchors = (a: number, b: number, c: number, d: number): Anchors => ({
    leftEndLineno: a,
    leftEndOffset: b,
    rightStartLineno: c,
    rightStartOffset: d,
    primaryChar: '~',
    secondaryChar: '^',
  });

  const statement = body[0]!;
  if (statement._type !== 'Expr') return null;
  const expr = statement.value;
  switch (expr._type) {
    case 'BinOp': {
      let [lineno, col] = setupPositions(expr.left);
      [lineno, col] = incrementUntil(lineno, col, (x) => !isSpaceChar(x) && x !== ')');
      // The operator is one or two characters, on one line, before the right operand.
      let rightCol = col + 1;
      if (rightCol < line(lineno).length && (expr.right.lineno - 2 > lineno || rightCol < normalize(expr.right.lineno - 2, expr.right.col_offset))) {
        const ch = line(lineno)[rightCol]!;
        if (!isSpaceChar(ch) && ch !== '\\' && ch !== '#') rightCol++;
      }
      return anchors(lineno, col, lineno, rightCol);
    }
    case 'Subscript': {
      const [l0, c0] = setupPositions(expr.value);
      const [leftLineno, leftCol] = incrementUntil(l0, c0, (x) => x === '[');
      const [rightLineno, rightCol] = setupPositions(expr, false);
      return anchors(leftLineno, leftCol, rightLineno, rightCol);
    }
    case 'Call': {
      const [l0, c0] = setupPositions(expr.func);
      const [leftLineno, leftCol] = incrementUntil(l0, c0, (x) => x === '(');
      const [rightLineno, rightCol] = setupPositions(expr, false);
      return anchors(leftLineno, leftCol, rightLineno, rightCol);
    }
    default:
      return null;
  }
}

/** StackSummary._should_show_carets: no markers when they would underline the whole line
 * (`return f(...)` / `x = f(...)` spanning it all, or nothing but the expression on the lines). */
function shouldShowCarets(startOffset: number, endOffset: number, allLines: Cps[], anchors: Anchors | null, warnings: string[]): boolean {
  const tree = astParse(allLines.map((l) => l.join('')).join('\n'), warnings);
  if (tree !== null) {
    const body = moduleBody(tree);
    if (body.length === 0) return false;
    const statement = body[0]!;
    let value: ExprNode | null = null;
    if (statement._type === 'Return' && statement.value?._type === 'Call') {
      if (statement.value.func._type === 'Name') value = statement.value;
    } else if (statement._type === 'Assign' && statement.value._type === 'Call') {
      if (statement.targets.length === 1 && statement.targets[0]!._type === 'Name') value = statement.value;
    }
    // CPython compares the AST's byte offsets with these character offsets as they are.
    if (value !== null && value.lineno === 1 && value.end_lineno === allLines.length && value.col_offset === startOffset && value.end_col_offset === endOffset) {
      return false;
    }
  }
  if (anchors) return true;
  if (lstripCps(pySlice(allLines[0]!, 0, startOffset)).length > 0) return true;
  const last = allLines[allLines.length - 1]!;
  if (rstripString(pySlice(last, endOffset).join('')) !== '') return true;
  return false;
}

/** FrameSummary as traceback.py keeps it, with its source lines looked up. */
interface FrameSummary {
  filename: string;
  lineno: number | null;
  endLineno: number | null;
  colno: number | null;
  endColno: number | null;
  name: string;
  /** _lines: the frame's lines, right-stripped, joined with "\n" plus a final "\n"; null when
   * there is no line number. */
  lines: string | null;
}

function frameSummary(frame: TracebackFrame, getSourceLine: TracebackOptions['getSourceLine']): FrameSummary {
  const endLineno = frame.endLineno ?? frame.lineno;
  let lines: string | null = null;
  if (frame.lineno !== null && endLineno !== null) {
    const parts: string[] = [];
    for (let n = frame.lineno; n <= endLineno; n++) parts.push(rstripString(getSourceLine(frame.filename, n, frame) ?? ''));
    lines = parts.join('\n') + '\n';
  }
  return {
    filename: frame.filename,
    lineno: frame.lineno,
    endLineno,
    colno: frame.colOffset,
    endColno: frame.endColOffset,
    name: frame.name,
    lines,
  };
}

/** StackSummary.format_frame_summary (no locals, no colour). */
function formatFrameSummary(fs: FrameSummary, warnings: string[]): string {
  let filename = fs.filename;
  if (filename.startsWith('<stdin-') && filename.endsWith('>')) filename = '<stdin>';
  let row = `  File "${filename}", line ${fs.lineno ?? 'None'}, in ${fs.name}\n`;
  const dedented = fs.lines === null ? null : textwrapDedent(fs.lines);
  if (!dedented || !pythonStrip(dedented)) return row;
  if (fs.colno === null || fs.endColno === null) {
    const firstLine = pythonStrip(fs.lines!.split('\n')[0]!);
    return row + textwrapIndent(firstLine, '    ') + '\n';
  }
  const lineno = fs.lineno!;
  const endLineno = fs.endLineno!;
  const allLinesOriginal = pythonSplitlines(fs.lines!);
  const firstLine = pyIndex(allLinesOriginal, 0);
  const lastLine = pyIndex(allLinesOriginal, endLineno - lineno);
  let startOffset = byteOffsetToCharOffset(firstLine, fs.colno);
  let endOffset = byteOffsetToCharOffset(lastLine, fs.endColno);
  const allLines = pySlice(pythonSplitlines(dedented), 0, endLineno - lineno + 1).map(cps);
  const first = pyIndex(allLines, 0);
  const last = pyIndex(allLines, -1);
  const dedentCharacters = cps(firstLine).length - first.length;
  startOffset = Math.max(0, startOffset - dedentCharacters);
  endOffset = Math.max(0, endOffset - dedentCharacters);
  // Wide characters take two columns on a terminal.
  const dpStartOffset = displayWidth(first, startOffset);
  const dpEndOffset = displayWidth(last, endOffset);

  // The code segment of the instruction.
  const joined: Cps = [];
  allLines.forEach((l, i) => {
    if (i) joined.push('\n');
    joined.push(...l);
  });
  const segment = pySlice(joined, startOffset, joined.length - (last.length - endOffset)).join('');

  let anchors: Anchors | null = null;
  try {
    anchors = extractCaretAnchors(segment, warnings);
  } catch {
    anchors = null;
  }
  const showCarets = shouldShowCarets(startOffset, endOffset, allLines, anchors, warnings);

  // Only the first and last lines and those around the anchors are shown.
  const significant = new Set<number>([0, allLines.length - 1]);
  let leftEnd = 0;
  let rightStart = 0;
  let primaryChar = '^';
  let secondaryChar = '^';
  if (anchors) {
    leftEnd = anchors.leftEndOffset;
    rightStart = anchors.rightStartOffset;
    if (anchors.leftEndLineno === 0) leftEnd += startOffset;
    if (anchors.rightStartLineno === 0) rightStart += startOffset;
    leftEnd = displayWidth(pyIndex(allLines, anchors.leftEndLineno), leftEnd);
    rightStart = displayWidth(pyIndex(allLines, anchors.rightStartLineno), rightStart);
    primaryChar = anchors.primaryChar;
    secondaryChar = anchors.secondaryChar;
    for (let i = anchors.leftEndLineno - 1; i < anchors.leftEndLineno + 2; i++) significant.add(i);
    for (let i = anchors.rightStartLineno - 1; i < anchors.rightStartLineno + 2; i++) significant.add(i);
  }
  significant.delete(-1);
  significant.delete(allLines.length);

  const result: string[] = [];
  const outputLine = (ln: number) => {
    const text = pyIndex(allLines, ln);
    result.push(text.join('') + '\n');
    if (!showCarets) return;
    const numSpaces = text.length - lstripCps(text).length;
    const numCarets = ln === allLines.length - 1 ? dpEndOffset : displayWidth(text);
    let carets = '';
    for (let col = 0; col < numCarets; col++) {
      if (col < numSpaces || (ln === 0 && col < dpStartOffset)) {
        carets += ' ';
      } else if (
        anchors &&
        (ln > anchors.leftEndLineno || (ln === anchors.leftEndLineno && col >= leftEnd)) &&
        (ln < anchors.rightStartLineno || (ln === anchors.rightStartLineno && col < rightStart))
      ) {
        carets += secondaryChar;
      } else {
        carets += primaryChar;
      }
    }
    result.push(carets + '\n');
  };

  // Python sorts the set, whose members can be negative (from the ranges around the anchors).
  const sig = [...significant].sort((a, b) => a - b);
  sig.forEach((ln, i) => {
    if (i) {
      const linediff = ln - sig[i - 1]!;
      if (linediff === 2) outputLine(ln - 1);
      else if (linediff > 2) result.push(`...<${linediff - 1} lines>...\n`);
    }
    outputLine(ln);
  });
  return row + textwrapIndent(textwrapDedent(result.join('')), '    ', true);
}

const RECURSIVE_CUTOFF = 3; // Also hardcoded in traceback.c.

/** StackSummary.format: each frame, with runs of the same file, line and name folded after
 * three. Every frame is formatted (and its segment parsed), folded or not, as CPython does. */
function formatStack(stack: readonly FrameSummary[], warnings: string[]): string[] {
  const result: string[] = [];
  let lastFile: string | null = null;
  let lastLine: number | null = null;
  let lastName: string | null = null;
  let count = 0;
  const repeated = () => {
    if (count > RECURSIVE_CUTOFF) {
      count -= RECURSIVE_CUTOFF;
      result.push(`  [Previous line repeated ${count} more time${count > 1 ? 's' : ''}]\n`);
    }
  };
  // Recursion repeats the same frame hundreds of times: format each distinct one once (its
  // warnings are printed again each time, as CPython parses the segment again).
  const memo = new Map<string, { text: string; warnings: string[] }>();
  for (const fs of stack) {
    const key = JSON.stringify([fs.filename, fs.lineno, fs.endLineno, fs.colno, fs.endColno, fs.name, fs.lines]);
    let entry = memo.get(key);
    if (entry === undefined) {
      const w: string[] = [];
      entry = { text: formatFrameSummary(fs, w), warnings: w };
      memo.set(key, entry);
    }
    warnings.push(...entry.warnings);
    const formatted = entry.text;
    if (lastFile === null || lastFile !== fs.filename || lastLine === null || lastLine !== fs.lineno || lastName === null || lastName !== fs.name) {
      repeated();
      lastFile = fs.filename;
      lastLine = fs.lineno;
      lastName = fs.name;
      count = 0;
    }
    count++;
    if (count > RECURSIVE_CUTOFF) continue;
    result.push(formatted);
  }
  repeated();
  return result;
}

// --- suggestions (traceback._compute_suggestion_error) ----------------------------------------

function codePointCompare(a: string, b: string): number {
  if (a === b) return 0;
  const x = cps(a);
  const y = cps(b);
  for (let i = 0; i < x.length && i < y.length; i++) {
    const p = x[i]!.codePointAt(0)!;
    const q = y[i]!.codePointAt(0)!;
    if (p !== q) return p - q;
  }
  return x.length - y.length;
}

/** The name `Did you mean` offers, or null. CPython has the C `_suggestions` module, so the
 * candidates are ranked by Python/suggestions.c (generateSuggestion). */
export function computeSuggestion(input: SuggestionInput): string | null {
  const wrongName = input.name;
  let d: string[];
  if (input.kind === 'attribute') {
    if (input.candidates === null) return null;
    d = [...input.candidates].sort(codePointCompare);
    const hideUnderscored = !wrongName.startsWith('_') && !input.selfIsObject;
    if (hideUnderscored) d = d.filter((x) => !x.startsWith('_'));
  } else if (input.kind === 'import') {
    if (input.candidates === null) return null;
    d = [...input.candidates].sort(codePointCompare);
    if (!wrongName.startsWith('_')) d = d.filter((x) => !x.startsWith('_'));
  } else {
    if (input.candidates === null) return null;
    d = [...input.candidates];
    // In a method whose instance has the name as an attribute.
    if (input.selfHasName) return `self.${wrongName}`;
  }
  return generateSuggestion(d, wrongName);
}

/** TracebackException's message with the suggestion appended, as __init__ computes `_str`. */
function messageWithSuggestion(desc: ExceptionDescription): string {
  let str = desc.message;
  const input = desc.suggestion;
  if (!input || desc.syntaxError) return str;
  const suggestion = computeSuggestion(input);
  if (suggestion) str += `. Did you mean: '${suggestion}'?`;
  if (input.kind === 'name' && STDLIB_MODULE_NAMES.has(input.name)) {
    str += suggestion ? ` Or did you forget to import '${input.name}'?` : `. Did you forget to import '${input.name}'?`;
  }
  return str;
}

// --- TracebackException ----------------------------------------------------------------------

interface TracebackException {
  desc: ExceptionDescription;
  stack: FrameSummary[];
  str: string;
  cause: TracebackException | null;
  context: TracebackException | null;
  exceptions: TracebackException[] | null;
}

/** TracebackException.__init__ with compact=True: the chain and groups followed with a queue,
 * each exception taken at most once through __cause__/__context__ (the `_seen` guard). */
function buildTracebackException(root: ExceptionDescription, options: TracebackOptions): TracebackException {
  const seen = new Set<ExceptionDescription>();
  const make = (desc: ExceptionDescription): TracebackException => {
    seen.add(desc);
    let frames: readonly TracebackFrame[] = desc.frames;
    const limit = options.tracebackLimit;
    if (limit !== undefined && limit !== null) {
      // frame_gen[len(frame_gen) - limit:], with Python's negative start.
      frames = pySlice(frames, frames.length - Math.max(0, limit));
    }
    return {
      desc,
      stack: frames.map((f) => frameSummary(f, options.getSourceLine)),
      str: messageWithSuggestion(desc),
      cause: null,
      context: null,
      exceptions: null,
    };
  };
  const top = make(root);
  const queue: TracebackException[] = [top];
  while (queue.length > 0) {
    const te = queue.pop()!;
    const e = te.desc;
    const cause = e.cause !== null && !seen.has(e.cause) ? make(e.cause) : null;
    const needContext = cause === null && !e.suppressContext;
    const context = e.context !== null && needContext && !seen.has(e.context) ? make(e.context) : null;
    const exceptions = e.exceptions !== null ? e.exceptions.map(make) : null;
    te.cause = cause;
    te.context = context;
    te.exceptions = exceptions;
    if (cause) queue.push(cause);
    if (context) queue.push(context);
    if (exceptions) queue.push(...exceptions);
  }
  return top;
}

const CAUSE_MESSAGE = '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT_MESSAGE = '\nDuring handling of the above exception, another exception occurred:\n\n';
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** _ExceptionPrintContext: the indentation and margin of exception group boxes. */
class PrintContext {
  depth = 0;
  needClose = false;
  constructor(readonly out: Output) {}

  indent(): string {
    return ' '.repeat(2 * this.depth);
  }

  emit(text: string | readonly string[], marginChar = '|'): void {
    let prefix = this.indent();
    if (this.depth) prefix += marginChar + ' ';
    for (const t of typeof text === 'string' ? [text] : text) this.out.write(textwrapIndent(t, prefix, true));
  }
}

/** TracebackException.format_exception_only at depth 0. */
function formatExceptionOnly(te: TracebackException, options: TracebackOptions): string[] {
  const out: string[] = [];
  const { desc } = te;
  const stype = desc.qualifiedName;
  if (desc.syntaxError) {
    const se = desc.syntaxError;
    const err = new PythonSyntaxError(stype as SyntaxErrorType, se.msg as string, se.lineno, se.offset, se.text, se.endLineno, se.endOffset);
    err.filename = se.filename as string;
    const tools = options.keywordTypoTools;
    out.push(formatSyntaxError(err, tools ? { ...tools, metadata: se.metadata ?? null } : null));
  } else {
    out.push(te.str ? `${stype}: ${te.str}\n` : `${stype}\n`);
  }
  const notes = desc.notes;
  if (Array.isArray(notes)) {
    for (const note of notes as readonly string[]) for (const l of note.split('\n')) out.push(l + '\n');
  } else if (notes !== null) {
    out.push(`${(notes as { repr: string }).repr}\n`);
  }
  return out;
}

/** TracebackException.format(chain=True). */
function formatTracebackException(top: TracebackException, ctx: PrintContext, options: TracebackOptions): void {
  const output: [string | null, TracebackException][] = [];
  let exc: TracebackException | null = top;
  while (exc) {
    let msg: string | null = null;
    let next: TracebackException | null = null;
    if (exc.cause !== null) {
      msg = CAUSE_MESSAGE;
      next = exc.cause;
    } else if (exc.context !== null && !exc.desc.suppressContext) {
      msg = CONTEXT_MESSAGE;
      next = exc.context;
    }
    output.push([msg, exc]);
    exc = next;
  }
  for (let k = output.length - 1; k >= 0; k--) {
    const [msg, e] = output[k]!;
    if (msg !== null) ctx.emit(msg);
    if (e.exceptions === null) {
      if (e.stack.length) {
        ctx.emit('Traceback (most recent call last):\n');
        ctx.emit(stackLines(e, ctx));
      }
      ctx.emit(formatExceptionOnly(e, options));
    } else if (ctx.depth > MAX_GROUP_DEPTH) {
      ctx.emit(`... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    } else {
      const isToplevel = ctx.depth === 0;
      if (isToplevel) ctx.depth++;
      if (e.stack.length) {
        ctx.emit('Exception Group Traceback (most recent call last):\n', isToplevel ? '+' : '|');
        ctx.emit(stackLines(e, ctx));
      }
      ctx.emit(formatExceptionOnly(e, options));
      const numExcs = e.exceptions.length;
      const n = numExcs <= MAX_GROUP_WIDTH ? numExcs : MAX_GROUP_WIDTH + 1;
      ctx.needClose = false;
      for (let i = 0; i < n; i++) {
        const lastExc = i === n - 1;
        if (lastExc) ctx.needClose = true; // the closing line may be written by a nested group
        const truncated = i >= MAX_GROUP_WIDTH;
        const title = truncated ? '...' : `${i + 1}`;
        ctx.out.write(`${ctx.indent()}${i === 0 ? '+-' : '  '}+---------------- ${title} ----------------\n`);
        ctx.depth++;
        if (!truncated) {
          formatTracebackException(e.exceptions[i]!, ctx, options);
        } else {
          const remaining = numExcs - MAX_GROUP_WIDTH;
          ctx.emit(`and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
        }
        if (lastExc && ctx.needClose) {
          ctx.out.write(`${ctx.indent()}+------------------------------------\n`);
          ctx.needClose = false;
        }
        ctx.depth--;
      }
      if (isToplevel) ctx.depth = 0;
    }
  }
}

/** stack.format(): the warnings printed by its parses reach the stream before its lines. */
function stackLines(te: TracebackException, ctx: PrintContext): string[] {
  const warnings: string[] = [];
  const lines = formatStack(te.stack, warnings);
  for (const w of warnings) if (w) ctx.out.write(w);
  return lines;
}

/**
 * What the default sys.excepthook writes to stderr for this exception (traceback.
 * _print_exception_bltin without colour), including the SyntaxWarnings that the parsing of code
 * segments prints along the way.
 */
export function formatException(exc: ExceptionDescription, options: TracebackOptions): string {
  const out = new Output();
  const te = buildTracebackException(exc, options);
  formatTracebackException(te, new PrintContext(out), options);
  return out.parts.join('');
}
