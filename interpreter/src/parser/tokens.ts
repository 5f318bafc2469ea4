// Token kinds and the Token record shared by the tokenizer and the parser.
//
// Kinds follow CPython's Grammar/Tokens, except that every operator is one OP kind and the
// parser compares `text` (CPython gives each operator its own type; comparing short interned
// strings is as cheap here and keeps the tokenizer simple).

export enum TokenKind {
  ENDMARKER,
  NAME,
  NUMBER,
  STRING,
  NEWLINE,
  INDENT,
  DEDENT,
  OP,
  TYPE_COMMENT,
  /** `# type: ignore...` when type comments are on; collected into Module.type_ignores, never seen by the grammar. */
  TYPE_IGNORE,
  FSTRING_START,
  FSTRING_MIDDLE,
  FSTRING_END,
  TSTRING_START,
  TSTRING_MIDDLE,
  TSTRING_END,
}

export interface Token {
  kind: TokenKind;
  /**
   * The token's text exactly as written in the source: an operator, a NAME as written
   * (not yet NFKC-normalized), a NUMBER, a whole STRING literal with prefix and quotes,
   * FSTRING_START such as `f"`, FSTRING_MIDDLE literal text (with `{{`/`}}` already halved,
   * as CPython's tokenizer does), FSTRING_END the closing quote, TYPE_COMMENT the comment's
   * text after `type:`. NEWLINE, INDENT, DEDENT and ENDMARKER have '' (or the newline).
   */
  text: string;
  /** 1-based line of the first character. */
  lineno: number;
  /** 0-based column of the first character, in UTF-8 bytes from the start of its line. */
  col: number;
  /** 1-based line of the end. */
  endLineno: number;
  /** 0-based column just past the last character, in UTF-8 bytes. */
  endCol: number;
  /** Bracket nesting depth when the token was produced (CPython's token->level); the parser's
   * "Perhaps you forgot a comma?" error only applies inside brackets. */
  level: number;
  /** Offsets into the source string (UTF-16 code units): [start, end). */
  start: number;
  end: number;
  /**
   * Set by the tokenizer on the `}`, `!` or `:` OP token that ends a replacement field's
   * expression in a debug f-string (`f"{x=}"`) or a t-string: the expression's source text
   * with comments removed (CPython's token->metadata, Parser/lexer/lexer.c: set_ftstring_expr).
   */
  metadata?: string;
}
