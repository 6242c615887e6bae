/**
 * Compiler entry points. `compile` parses with @pyvm/parser and compiles;
 * `compileAst` runs the phases on an existing AST: symbol table
 * (`symtable/`), code generation into a control-flow graph per code object
 * (`codegen/`), then flow-graph passes and assembly (`flowgraph.ts`,
 * `assemble.ts`, called as each unit is finished). Compile-time errors are
 * thrown as the parser's `PySyntaxError`, with CPython's messages.
 */
import { parse } from "@pyvm/parser";
import type { CodeObject } from "../code-object.js";
import { Op } from "../opcodes/generated/opcodes.js";
import type * as ast from "./ast.js";
import { Compiler } from "./codegen/compiler.js";
import { expr } from "./codegen/expressions.js";
import { bodyWithDocstring, findAnnotations, stmts } from "./codegen/statements.js";
import { ErrorReporter } from "./errors.js";
import { buildSymbolTable } from "./symtable/builder.js";

export type CompileMode = "exec" | "eval" | "single";

export interface CompileOptions {
  readonly filename: string;
  readonly mode: CompileMode;
  /** The source text, used for the `text` of SyntaxErrors (set by `compile`). */
  readonly source?: string;
}

export function compile(source: string, options: CompileOptions): CodeObject {
  const mod = parse(source, { filename: options.filename, mode: options.mode });
  return compileAst(mod, { ...options, source });
}

export function compileAst(mod: ast.Mod, options: CompileOptions): CodeObject {
  const errors = new ErrorReporter(options.filename, options.source);
  const st = buildSymbolTable(mod, errors);
  const c = new Compiler(st, errors, { filename: options.filename, interactive: mod.type === "Interactive" });
  c.enterScope("<module>", "module", mod, 1);
  switch (mod.type) {
    case "Module":
      bodyWithDocstring(c, mod.body);
      break;
    case "Interactive":
      if (findAnnotations(mod.body)) c.emit(Op.SETUP_ANNOTATIONS);
      stmts(c, mod.body);
      break;
    case "Expression":
      c.setLoc(mod.body);
      expr(c, mod.body);
      c.emit(Op.RETURN_VALUE);
      break;
    case "FunctionType":
      throw errors.error("cannot compile a FunctionType AST", { lineno: 1, end_lineno: 1, col_offset: 0, end_col_offset: 0 });
  }
  return c.exitScope();
}
