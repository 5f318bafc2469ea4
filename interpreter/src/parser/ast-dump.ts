// ast.dump() of CPython 3.14 (Lib/ast.py: dump), reproduced exactly on Terrarium's plain-object
// AST. `python3.14 -m ast` prints this, and parser conformance is checked on it.
//
// The rules, as Lib/ast.py applies them:
// - Fields are visited in `_fields` order. An optional field (`?` in the ASDL, whose class
//   attribute is None) holding None is omitted, and from then on every field is shown as
//   `name=value` even when annotate_fields is false (positional order is no longer unambiguous).
// - Unless show_empty, a list field holding [] is omitted; with annotate_fields false, omitted
//   empty lists are buffered and printed positionally if a later positional field follows.
//   A non-optional field holding None (Constant.value, MatchSingleton.value) is always shown.
// - With include_attributes, the position attributes follow the fields (None ones omitted).
// - A node whose field values are all "simple" (a repr, an empty list or a node without
//   arguments) and which has at most three arguments prints on one line whatever the indent.
import { NODE_SPECS, type ConstantValue, type FieldSpec } from './ast.ts';
import { boolRepr, bytesRepr, complexRepr, floatRepr, intRepr, strRepr } from '../objects/repr.ts';

export interface DumpOptions {
  /** Show field names (`annotate_fields`, default true). */
  annotateFields?: boolean;
  /** Show lineno, col_offset, end_lineno, end_col_offset (`include_attributes`, default false). */
  includeAttributes?: boolean;
  /** null (default): one line; a number of spaces or a string: pretty-printed with that indent. */
  indent?: number | string | null;
  /** Show empty lists (`show_empty`, default false). */
  showEmpty?: boolean;
}

const ATTRIBUTES = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'] as const;

/** repr() of a value held in a Constant, MatchSingleton or Interpolation.str. */
export function constantRepr(value: ConstantValue): string {
  if (value === null) return 'None';
  switch (typeof value) {
    case 'boolean':
      return boolRepr(value);
    case 'bigint':
      return intRepr(value);
    case 'number':
      return floatRepr(value);
    case 'string':
      return strRepr(value);
  }
  if (value instanceof Uint8Array) return bytesRepr(value);
  if (value.kind === 'complex') return complexRepr(value.real, value.imag);
  return 'Ellipsis';
}

/** repr() of a primitive field value, typed by the field's ASDL type. */
function primitiveRepr(value: unknown, spec: FieldSpec | null): string {
  if (value === null || value === undefined) return 'None';
  if (spec !== null && spec.of === 'object') return constantRepr(value as ConstantValue);
  switch (typeof value) {
    case 'string':
      return strRepr(value);
    case 'number':
      // Fields typed `int` (lineno, level, conversion, simple, is_async) hold JS numbers.
      return intRepr(value);
    case 'bigint':
      return intRepr(value);
    case 'boolean':
      return boolRepr(value);
  }
  return constantRepr(value as ConstantValue);
}

interface AstLike {
  _type: string;
  [key: string]: unknown;
}

/** ast.dump(node, annotate_fields, include_attributes, indent=, show_empty=). */
export function dumpAst(node: object, options: DumpOptions = {}): string {
  const annotateFields = options.annotateFields ?? true;
  const includeAttributes = options.includeAttributes ?? false;
  const showEmpty = options.showEmpty ?? false;
  const rawIndent = options.indent ?? null;
  const indent = rawIndent === null ? null : typeof rawIndent === 'string' ? rawIndent : ' '.repeat(Math.max(0, rawIndent));
  if (!isNode(node)) throw new TypeError('expected AST');

  // Returns [text, simple] like Lib/ast.py's _format.
  let simple = true;
  const formatNode = (n: AstLike, level: number): string => {
    let prefix = '';
    let sep = ', ';
    if (indent !== null) {
      level++;
      const pad = indent.repeat(level);
      prefix = '\n' + pad;
      sep = ',\n' + pad;
    }
    const spec = NODE_SPECS[n._type];
    if (spec === undefined) throw new TypeError(`unknown AST node type ${n._type}`);
    const args: string[] = [];
    let argsBuffer = 0; // number of '[]' pending (only ever empty lists)
    let allSimple = true;
    let keywords = annotateFields;
    for (const field of spec.fields) {
      const value = n[field.name];
      if (value === undefined) {
        keywords = true;
        continue;
      }
      if (value === null && field.kind === 'opt') {
        keywords = true;
        continue;
      }
      if (!showEmpty) {
        if (field.kind === 'list' && Array.isArray(value) && value.length === 0) {
          if (!keywords) argsBuffer++;
          continue;
        }
        if (!keywords) {
          for (; argsBuffer > 0; argsBuffer--) args.push('[]');
        }
      }
      const text = formatValue(value, field, level);
      allSimple = allSimple && simple;
      args.push(keywords ? field.name + '=' + text : text);
    }
    if (includeAttributes && spec.located) {
      for (const name of ATTRIBUTES) {
        const value = n[name];
        if (value === undefined || value === null) continue;
        const text = formatValue(value, null, level);
        allSimple = allSimple && simple;
        args.push(name + '=' + text);
      }
    }
    if (allSimple && args.length <= 3) {
      simple = args.length === 0;
      return n._type + '(' + args.join(', ') + ')';
    }
    simple = false;
    return n._type + '(' + prefix + args.join(sep) + ')';
  };

  const formatValue = (value: unknown, field: FieldSpec | null, level: number): string => {
    if (Array.isArray(value)) {
      if (value.length === 0) {
        simple = true;
        return '[]';
      }
      let prefix = '';
      let sep = ', ';
      if (indent !== null) {
        const pad = indent.repeat(level + 1);
        prefix = '\n' + pad;
        sep = ',\n' + pad;
      }
      let out = '[' + prefix;
      for (let i = 0; i < value.length; i++) {
        if (i > 0) out += sep;
        out += formatValue(value[i], field, level + 1);
      }
      simple = false;
      return out + ']';
    }
    if (isNode(value)) return formatNode(value, level);
    simple = true;
    return primitiveRepr(value, field);
  };

  return formatNode(node, 0);
}

function isNode(value: unknown): value is AstLike {
  return typeof value === 'object' && value !== null && typeof (value as { _type?: unknown })._type === 'string';
}
