/**
 * The one place the compiler imports the parser's AST types from. Every other
 * compiler file imports node types from here, so a change in how the parser
 * exports them touches one line.
 */
export type * from "@pyvm/parser";
