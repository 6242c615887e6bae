export type * from "./ast/nodes.js";
export { dump, type DumpOptions } from "./ast/dump.js";
export { walk, children } from "./ast/walk.js";
export { NODE_FIELDS, type FieldKind, type FieldSpec } from "./ast/node-fields.js";
export { parse, type Mode, type ParseOptions } from "./parse/parser.js";
export { tokenize } from "./tokenizer/tokenize.js";
export { TokenKind, type Token } from "./tokenizer/token.js";
export { PySyntaxError, SyntaxErrorType, type SyntaxErrorInit } from "./errors/syntax-error.js";
export { formatSyntaxError } from "./errors/format.js";
/** `\N{name}` lookup (a table of common names; undefined when unknown), shared with `re`. */
export { lookupName as lookupUnicodeName } from "./parse/escapes.js";
