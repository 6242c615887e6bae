/**
 * Token kinds and the token record produced by the tokenizer. Names follow
 * CPython's `token` module. Positions are kept twice: UTF-16 indices into the
 * source (`start`/`end`, for slicing and error reporting) and CPython-style
 * line plus UTF-8 byte column (for AST node positions).
 */
import type { PySyntaxError } from "../errors/syntax-error.js";

export const TokenKind = {
  ENDMARKER: "ENDMARKER",
  NAME: "NAME",
  NUMBER: "NUMBER",
  STRING: "STRING",
  NEWLINE: "NEWLINE",
  INDENT: "INDENT",
  DEDENT: "DEDENT",
  OP: "OP",
  COMMENT: "COMMENT",
  NL: "NL",
  /** A tokenizer error, raised when the parser reaches this token. */
  ERRORTOKEN: "ERRORTOKEN",
} as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

export interface Token {
  kind: TokenKind;
  /** Source text of the token (identifiers are NFKC-normalized). */
  value: string;
  start: number;
  end: number;
  lineno: number;
  col: number;
  endLineno: number;
  endCol: number;
  /** For ERRORTOKEN: the error to raise. */
  error?: PySyntaxError;
}
