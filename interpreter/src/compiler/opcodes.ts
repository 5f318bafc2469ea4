// The instruction set. A stack machine in the spirit of CPython 3.14's (Include/opcode.h), kept
// smaller: every instruction is two int32 slots in PyCode.code, [opcode, argument], and the
// argument is ignored by instructions that take none. Jump arguments are absolute instruction
// indexes. Exception handling uses an exception table (like CPython 3.11+), not a block stack, so
// a frame is just (code, instruction index, value stack, locals): plain data to snapshot.

export const enum Op {
  NOP = 0,
  POP_TOP,
  /** Push a copy of the value `arg` slots below the top (1 = top). */
  COPY,
  /** Swap the top with the value `arg` slots below it (2 = second). */
  SWAP,

  LOAD_CONST,
  LOAD_FAST,
  /** Like LOAD_FAST, but the local may be unbound (raises UnboundLocalError). */
  LOAD_FAST_CHECKED,
  STORE_FAST,
  DELETE_FAST,
  /** Cells and free variables: index into the frame's cells. */
  LOAD_DEREF,
  STORE_DEREF,
  DELETE_DEREF,
  /** Push the cell object itself (for closures built by MAKE_FUNCTION). */
  LOAD_CLOSURE,
  LOAD_GLOBAL,
  STORE_GLOBAL,
  DELETE_GLOBAL,
  /** Module and class bodies: the namespace, then globals, then builtins. */
  LOAD_NAME,
  STORE_NAME,
  DELETE_NAME,
  /** Class bodies reading a free variable: the class namespace first, then the cell. */
  LOAD_FROM_DICT_OR_DEREF,

  LOAD_ATTR,
  STORE_ATTR,
  DELETE_ATTR,
  /** obj.name(...) without creating a bound method: pushes [method, self] or [callable, NULL]. */
  LOAD_METHOD,

  /** arg: BinaryOp (below). */
  BINARY_OP,
  /** arg: UnaryOp. */
  UNARY_OP,
  /** arg: CompareOp (vm/interp.ts). */
  COMPARE_OP,
  /** arg 0: `is`, 1: `is not`. */
  IS_OP,
  /** arg 0: `in`, 1: `not in`. */
  CONTAINS_OP,
  BINARY_SUBSCR,
  STORE_SUBSCR,
  DELETE_SUBSCR,
  /** Pops stop, start (or step, stop, start for arg 3) and pushes a slice. */
  BUILD_SLICE,

  BUILD_TUPLE,
  BUILD_LIST,
  BUILD_SET,
  /** arg pairs key, value. */
  BUILD_MAP,
  /** Keys tuple on top, then `arg` values. */
  BUILD_CONST_KEY_MAP,
  BUILD_STRING,
  /** Comprehension appends: the container is `arg` slots below the pushed value. */
  LIST_APPEND,
  SET_ADD,
  MAP_ADD,
  LIST_EXTEND,
  SET_UPDATE,
  DICT_UPDATE,
  DICT_MERGE,
  LIST_TO_TUPLE,
  UNPACK_SEQUENCE,
  /** arg: count before the star | (count after << 8). */
  UNPACK_EX,

  /** f-strings: arg bits 0-1 conversion (0 none, 1 str, 2 repr, 3 ascii), bit 2: a format spec is on the stack. */
  FORMAT_VALUE,

  JUMP,
  POP_JUMP_IF_FALSE,
  POP_JUMP_IF_TRUE,
  POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE,
  /** Keep the value and jump when falsy, else pop it (`and`). */
  JUMP_IF_FALSE_OR_POP,
  JUMP_IF_TRUE_OR_POP,
  GET_ITER,
  /** Next item of the iterator on top, or pop the iterator and jump to arg when exhausted. */
  FOR_ITER,

  /** Stack: callable, then arg positional arguments. */
  CALL,
  /** Stack: callable, positional and keyword values, then a tuple of keyword names; arg = total values. */
  CALL_KW,
  /** Stack: callable, args tuple, kwargs dict (or NULL when arg & 1 is 0). */
  CALL_FUNCTION_EX,
  /** After LOAD_METHOD. Stack: [function, self] or [callable, NULL], then arg positional arguments. */
  CALL_METHOD,
  /** After LOAD_METHOD: like CALL_KW (keyword names tuple on top; arg = total values). */
  CALL_METHOD_KW,
  /** Stack: the optional parts per arg flags (1 defaults tuple, 2 kwdefaults dict,
   * 4 annotations, 8 closure tuple) below the code constant on top. */
  MAKE_FUNCTION,
  RETURN_VALUE,
  RETURN_CONST,
  /** Class statements: push the __build_class__ builtin. */
  LOAD_BUILD_CLASS,

  /** arg 0: re-raise the current exception, 1: raise TOS, 2: raise TOS1 from TOS. */
  RAISE_VARARGS,
  /** Re-raise the exception on top (end of a finally or an unmatched handler). */
  RERAISE,
  /** Handler entry: push the previous "current exception" below the caught one. */
  PUSH_EXC_INFO,
  /** Handler exit: restore the previous current exception from the stack. */
  POP_EXCEPT,
  /** Stack: exception, type: push whether the exception matches. */
  CHECK_EXC_MATCH,
  /** AssertionError with an optional message. */
  LOAD_ASSERTION_ERROR,

  IMPORT_NAME,
  IMPORT_FROM,
  /** `from m import *` */
  IMPORT_STAR,
  /** Print the value of an expression statement in interactive mode (single input). */
  PRINT_EXPR,
  SETUP_ANNOTATIONS,
  /** Inlined comprehensions (PEP 709): push a local (undefined when unbound) and unbind it... */
  LOAD_FAST_AND_CLEAR,
  /** ...and store it back afterwards, unbound again if it was. */
  STORE_FAST_MAYBE_NULL,
  /** Suspend the generator: hand the value on top to whoever resumed it. */
  YIELD_VALUE,
  /** Put a new cell in slot `arg` (an inlined comprehension's own cell variable). */
  MAKE_CELL,
  /** except*: stack exception (or the rest of a group), type -> rest, match (ceval: CHECK_EG_MATCH). */
  CHECK_EG_MATCH,
  /** End of except*: stack original exception, list of raised/re-raised ones -> what to raise
   * (None for nothing) (CALL_INTRINSIC_2 INTRINSIC_PREP_RERAISE_STAR). */
  PREP_RERAISE_STAR,
  /** Replace the value on top by whether it is the builtin named names[arg] (codegen.c's
   * LOAD_COMMON_CONSTANT + IS_OP check before inlining all/any/tuple). */
  IS_BUILTIN,
}

/** BINARY_OP arguments, in CPython's order (NB_ADD...), the in-place forms offset by 13. */
export const enum BinaryOp {
  ADD = 0,
  AND = 1,
  FLOOR_DIVIDE = 2,
  LSHIFT = 3,
  MATRIX_MULTIPLY = 4,
  MULTIPLY = 5,
  REMAINDER = 6,
  OR = 7,
  POWER = 8,
  RSHIFT = 9,
  SUBTRACT = 10,
  TRUE_DIVIDE = 11,
  XOR = 12,
  INPLACE = 13,
}

export const enum UnaryOp {
  NEGATIVE = 0,
  POSITIVE = 1,
  INVERT = 2,
  NOT = 3,
}

/** The operator symbols for messages ("unsupported operand type(s) for +: ..."). */
export const BINARY_OP_SYMBOLS = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'];
/** The dunder names per BinaryOp: [method, reflected, in-place]. */
export const BINARY_OP_DUNDERS: readonly (readonly [string, string, string])[] = [
  ['__add__', '__radd__', '__iadd__'],
  ['__and__', '__rand__', '__iand__'],
  ['__floordiv__', '__rfloordiv__', '__ifloordiv__'],
  ['__lshift__', '__rlshift__', '__ilshift__'],
  ['__matmul__', '__rmatmul__', '__imatmul__'],
  ['__mul__', '__rmul__', '__imul__'],
  ['__mod__', '__rmod__', '__imod__'],
  ['__or__', '__ror__', '__ior__'],
  ['__pow__', '__rpow__', '__ipow__'],
  ['__rshift__', '__rrshift__', '__irshift__'],
  ['__sub__', '__rsub__', '__isub__'],
  ['__truediv__', '__rtruediv__', '__itruediv__'],
  ['__xor__', '__rxor__', '__ixor__'],
];
