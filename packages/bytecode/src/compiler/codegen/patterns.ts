import type * as ast from "../ast.js";
import type { Compiler } from "./compiler.js";

export function matchStmt(c: Compiler, s: ast.Match): void {
  throw c.error("match statements are not supported yet", s);
}
