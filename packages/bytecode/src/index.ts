export * from "./opcodes/opcodes.def.js";
export * from "./opcodes/generated/opcodes.js";
export * from "./opcodes/table.js";
export * from "./code-object.js";
export { compile, compileAst, type CompileMode, type CompileOptions } from "./compiler/compile.js";
export { buildSymbolTable } from "./compiler/symtable/builder.js";
export { Scope, SymbolTable, SCOPE, SCOPE_NAMES, DEF, type ScopeKind, type BlockType } from "./compiler/symtable/scope.js";
export { ErrorReporter } from "./compiler/errors.js";
export { disassemble, type DisassembleOptions } from "./dis.js";
