/**
 * Statements (CPython's `compiler_visit_stmt`): simple statements, `if`,
 * loops, imports, assignments, and the frame-block unwinding that `return`,
 * `break` and `continue` perform when they leave `for` loops (pop the
 * iterator), `with` blocks (call `__exit__(None, None, None)`), `finally`
 * clauses (run a copy of the finally body) and exception handlers
 * (POP_EXCEPT, clear the `as` name). Loop shapes:
 *
 *     for:   <iter>; GET_ITER; top: FOR_ITER end; <target>; <body>; JUMP top; end: <else>
 *     while: top: <test → end>; <body>; JUMP_BACKWARD top; end: <else>
 *
 * (`while` keeps its test at the top so that every loop's back edge is a
 * JUMP_BACKWARD, which is where the interpreter counts hotness.)
 */
import { Op } from "../../opcodes/generated/opcodes.js";
import type * as ast from "../ast.js";
import { mangle } from "../errors.js";
import { PSEUDO } from "../flowgraph.js";
import { asyncFor, asyncWith, awaitCallResult } from "./async.js";
import { type Compiler, type FBlock, NONE } from "./compiler.js";
import { tryStmt, tryStarStmt, withStmt } from "./exceptions.js";
import { BINOP, expr, INPLACE_OFFSET, iterableExpr, jumpIf } from "./expressions.js";
import { classDef, functionDef } from "./functions.js";
import { matchStmt } from "./patterns.js";
import { assignTarget } from "./unpacking.js";

export function stmts(c: Compiler, body: readonly ast.Stmt[]): void {
  for (const s of body) stmt(c, s);
}

/** The docstring of a body (its first statement, if a string constant). */
export function getDocstring(body: readonly ast.Stmt[]): string | null {
  const first = body[0];
  if (first === undefined || first.type !== "Expr") return null;
  const v = first.value;
  if (v.type !== "Constant" || v.value.kind !== "str") return null;
  return v.value.value;
}

/** Whether a body contains an annotated assignment (not looking into nested defs/classes). */
export function findAnnotations(body: readonly ast.Stmt[]): boolean {
  for (const s of body) {
    switch (s.type) {
      case "AnnAssign":
        return true;
      case "For":
      case "AsyncFor":
      case "While":
      case "If":
        if (findAnnotations(s.body) || findAnnotations(s.orelse)) return true;
        break;
      case "With":
      case "AsyncWith":
        if (findAnnotations(s.body)) return true;
        break;
      case "Try":
      case "TryStar":
        if (findAnnotations(s.body) || findAnnotations(s.orelse) || findAnnotations(s.finalbody)) return true;
        for (const h of s.handlers) if (findAnnotations(h.body)) return true;
        break;
      case "Match":
        for (const m of s.cases) if (findAnnotations(m.body)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

/** Module and class bodies: SETUP_ANNOTATIONS if needed, `__doc__`, then the statements. */
export function bodyWithDocstring(c: Compiler, body: readonly ast.Stmt[]): void {
  if (findAnnotations(body)) {
    const first = body[0];
    if (first !== undefined && c.u.scopeType === "module") c.setLoc(first);
    c.emit(Op.SETUP_ANNOTATIONS);
  }
  const doc = getDocstring(body);
  let rest = body;
  if (doc !== null) {
    const first = body[0];
    if (first !== undefined && first.type === "Expr") {
      c.withLoc(first, () => {
        expr(c, first.value);
        c.nameOp("__doc__", "Store");
      });
    }
    rest = body.slice(1);
  }
  stmts(c, rest);
}

export function stmt(c: Compiler, s: ast.Stmt): void {
  c.withLoc(s, () => stmtInner(c, s));
}

function stmtInner(c: Compiler, s: ast.Stmt): void {
  switch (s.type) {
    case "FunctionDef":
    case "AsyncFunctionDef":
      return functionDef(c, s);
    case "ClassDef":
      return classDef(c, s);
    case "Return":
      return returnStmt(c, s);
    case "Delete":
      for (const t of s.targets) assignTarget(c, t);
      return;
    case "Assign": {
      expr(c, s.value);
      s.targets.forEach((t, i) => {
        if (i < s.targets.length - 1) c.emit(Op.COPY, 1);
        assignTarget(c, t);
      });
      return;
    }
    case "AugAssign":
      return augAssign(c, s);
    case "AnnAssign":
      return annAssign(c, s);
    case "For":
      return forStmt(c, s);
    case "AsyncFor":
      return asyncFor(c, s);
    case "While":
      return whileStmt(c, s);
    case "If":
      return ifStmt(c, s);
    case "With":
      return withStmt(c, s, 0);
    case "AsyncWith":
      return asyncWith(c, s, 0);
    case "Match":
      return matchStmt(c, s);
    case "Raise": {
      let n = 0;
      if (s.exc !== null) {
        expr(c, s.exc);
        n++;
        if (s.cause !== null) {
          expr(c, s.cause);
          n++;
        }
      }
      c.emit(Op.RAISE_VARARGS, n);
      return;
    }
    case "Try":
      return tryStmt(c, s);
    case "TryStar":
      return tryStarStmt(c, s);
    case "Assert": {
      const end = c.newBlock();
      jumpIf(c, s.test, end, true);
      c.emit(Op.LOAD_ASSERTION_ERROR);
      if (s.msg !== null) {
        expr(c, s.msg);
        c.emit(Op.CALL, 0);
      }
      c.emit(Op.RAISE_VARARGS, 1);
      c.useBlock(end);
      return;
    }
    case "Import":
      return importStmt(c, s);
    case "ImportFrom":
      return importFrom(c, s);
    case "Global":
    case "Nonlocal":
    case "Pass":
      return;
    case "Expr": {
      if (c.options.interactive && c.nestLevel <= 1) {
        expr(c, s.value);
        c.emit(Op.PRINT_EXPR);
        return;
      }
      if (s.value.type === "Constant") return;
      expr(c, s.value);
      c.emit(Op.POP_TOP);
      return;
    }
    case "Break":
      return breakStmt(c, s);
    case "Continue":
      return continueStmt(c, s);
  }
}

function returnStmt(c: Compiler, s: ast.Return): void {
  const value = s.value;
  const preserveTos = value !== null && value.type !== "Constant";
  if (c.u.ste.type !== "function") throw c.error("'return' outside function");
  if (value !== null && c.u.ste.coroutine && c.u.ste.generator) throw c.error("'return' with value in async generator");
  if (preserveTos) expr(c, value);
  unwindFBlockStack(c, preserveTos, false);
  if (value === null) c.loadConst(NONE);
  else if (!preserveTos) expr(c, value);
  c.emit(Op.RETURN_VALUE);
}

function breakStmt(c: Compiler, s: ast.Break): void {
  const loop = unwindFBlockStack(c, false, true);
  if (loop === null) throw c.error("'break' outside loop", s);
  unwindFBlock(c, loop, false);
  if (loop.exit === null) throw new Error("internal compiler error: loop without exit");
  c.jump(PSEUDO.JUMP, loop.exit);
}

function continueStmt(c: Compiler, s: ast.Continue): void {
  const loop = unwindFBlockStack(c, false, true);
  if (loop === null) throw c.error("'continue' not properly in loop", s);
  if (loop.block === null) throw new Error("internal compiler error: loop without start");
  c.jump(PSEUDO.JUMP, loop.block);
}

/** Emit the cleanup for leaving one frame block (compiler_unwind_fblock). */
export function unwindFBlock(c: Compiler, info: FBlock, preserveTos: boolean): void {
  switch (info.type) {
    case "WHILE_LOOP":
    case "EXCEPTION_HANDLER":
    case "EXCEPTION_GROUP_HANDLER":
    case "ASYNC_COMPREHENSION_GENERATOR":
      return;
    case "FOR_LOOP":
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.emit(Op.POP_TOP);
      return;
    case "TRY_EXCEPT":
      c.emit(PSEUDO.POP_BLOCK);
      return;
    case "FINALLY_TRY": {
      c.emit(PSEUDO.POP_BLOCK);
      if (preserveTos) c.pushFBlock("POP_VALUE", null, null);
      const body = info.datum;
      if (Array.isArray(body)) stmts(c, body as readonly ast.Stmt[]);
      if (preserveTos) c.popFBlock("POP_VALUE");
      return;
    }
    case "FINALLY_END":
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.emit(Op.POP_TOP);
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.emit(PSEUDO.POP_BLOCK);
      c.emit(Op.POP_EXCEPT);
      return;
    case "WITH":
    case "ASYNC_WITH": {
      const w = info.datum as ast.With | ast.AsyncWith;
      c.withLoc(w, () => {
        c.emit(PSEUDO.POP_BLOCK);
        if (preserveTos) c.emit(Op.SWAP, 2);
        callExitWithNones(c);
        if (info.type === "ASYNC_WITH") awaitCallResult(c, 2);
        c.emit(Op.POP_TOP);
      });
      return;
    }
    case "HANDLER_CLEANUP": {
      const name = typeof info.datum === "string" ? info.datum : null;
      if (name !== null) c.emit(PSEUDO.POP_BLOCK);
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.emit(PSEUDO.POP_BLOCK);
      c.emit(Op.POP_EXCEPT);
      if (name !== null) {
        c.loadConst(NONE);
        c.nameOp(name, "Store");
        c.nameOp(name, "Del");
      }
      return;
    }
    case "POP_VALUE":
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.emit(Op.POP_TOP);
      return;
  }
}

/**
 * Unwind every frame block (for `return`), or up to the innermost loop (for
 * `break`/`continue`, returning that loop, or null if there is none).
 */
export function unwindFBlockStack(c: Compiler, preserveTos: boolean, toLoop: boolean): FBlock | null {
  const fbs = c.u.fblocks;
  const top = fbs[fbs.length - 1];
  if (top === undefined) return null;
  if (top.type === "EXCEPTION_GROUP_HANDLER") {
    throw c.error("'break', 'continue' and 'return' cannot appear in an except* block");
  }
  if (toLoop && (top.type === "WHILE_LOOP" || top.type === "FOR_LOOP")) return top;
  fbs.pop();
  try {
    unwindFBlock(c, top, preserveTos);
    return unwindFBlockStack(c, preserveTos, toLoop);
  } finally {
    fbs.push(top);
  }
}

export function callExitWithNones(c: Compiler): void {
  c.loadConst(NONE);
  c.loadConst(NONE);
  c.loadConst(NONE);
  c.emit(Op.CALL, 2);
}

function augAssign(c: Compiler, s: ast.AugAssign): void {
  const e = s.target;
  c.withLoc(e, () => {
    switch (e.type) {
      case "Attribute":
        expr(c, e.value);
        c.emit(Op.COPY, 1);
        c.emitName(Op.LOAD_ATTR, e.attr);
        break;
      case "Subscript":
        expr(c, e.value);
        expr(c, e.slice);
        c.emit(Op.COPY, 2);
        c.emit(Op.COPY, 2);
        c.emit(Op.BINARY_SUBSCR);
        break;
      case "Name":
        c.nameOp(e.id, "Load");
        break;
    }
  });
  expr(c, s.value);
  c.emit(Op.BINARY_OP, BINOP[s.op] + INPLACE_OFFSET);
  c.withLoc(e, () => {
    switch (e.type) {
      case "Attribute":
        c.emit(Op.SWAP, 2);
        c.emitName(Op.STORE_ATTR, e.attr);
        break;
      case "Subscript":
        c.emit(Op.SWAP, 3);
        c.emit(Op.SWAP, 2);
        c.emit(Op.STORE_SUBSCR);
        break;
      case "Name":
        c.nameOp(e.id, "Store");
        break;
    }
  });
}

function annAssign(c: Compiler, s: ast.AnnAssign): void {
  const t = s.target;
  if (s.value !== null) {
    expr(c, s.value);
    assignTarget(c, t);
  }
  const moduleOrClass = c.u.scopeType === "module" || c.u.scopeType === "class";
  switch (t.type) {
    case "Name":
      if (t.id === "__debug__") throw c.error("cannot assign to __debug__", t);
      if (s.simple && moduleOrClass) {
        expr(c, s.annotation);
        c.emit(Op.LOAD_NAME, c.u.addName("__annotations__"));
        c.loadConst({ kind: "str", value: mangle(c.u.privateName, t.id) });
        c.emit(Op.STORE_SUBSCR);
      }
      break;
    case "Attribute":
      if (s.value === null) {
        expr(c, t.value);
        c.emit(Op.POP_TOP);
      }
      break;
    case "Subscript":
      if (s.value === null) {
        expr(c, t.value);
        c.emit(Op.POP_TOP);
        expr(c, t.slice);
        c.emit(Op.POP_TOP);
      }
      break;
  }
  if (!s.simple && moduleOrClass) {
    expr(c, s.annotation);
    c.emit(Op.POP_TOP);
  }
}

function forStmt(c: Compiler, s: ast.For): void {
  const start = c.newBlock();
  const body = c.newBlock();
  const cleanup = c.newBlock();
  const end = c.newBlock();
  c.pushFBlock("FOR_LOOP", start, end);
  iterableExpr(c, s.iter);
  c.emit(Op.GET_ITER);
  c.useBlock(start);
  c.jump(Op.FOR_ITER, cleanup);
  c.useBlock(body);
  assignTarget(c, s.target);
  stmts(c, s.body);
  c.artificialJump(start);
  c.useBlock(cleanup);
  c.popFBlock("FOR_LOOP");
  stmts(c, s.orelse);
  c.useBlock(end);
}

function whileStmt(c: Compiler, s: ast.While): void {
  const loop = c.newBlock();
  const body = c.newBlock();
  const anchor = c.newBlock();
  const exit = c.newBlock();
  c.useBlock(loop);
  c.pushFBlock("WHILE_LOOP", loop, exit);
  jumpIf(c, s.test, anchor, false);
  c.useBlock(body);
  stmts(c, s.body);
  // CPython gives the back-edge the `while` statement's location (its bottom
  // re-test), so a KeyboardInterrupt/limit in `while True: pass` points there.
  c.withLoc(s, () => c.jump(PSEUDO.JUMP, loop));
  c.popFBlock("WHILE_LOOP");
  c.useBlock(anchor);
  stmts(c, s.orelse);
  c.useBlock(exit);
}

function ifStmt(c: Compiler, s: ast.If): void {
  const end = c.newBlock();
  const next = s.orelse.length > 0 ? c.newBlock() : end;
  jumpIf(c, s.test, next, false);
  stmts(c, s.body);
  if (s.orelse.length > 0) {
    c.jump(PSEUDO.JUMP, end);
    c.useBlock(next);
    stmts(c, s.orelse);
  }
  c.useBlock(end);
}

function importStmt(c: Compiler, s: ast.Import): void {
  for (const alias of s.names) {
    {
      c.loadConst({ kind: "int", value: 0n });
      c.loadConst(NONE);
      c.emitName(Op.IMPORT_NAME, alias.name);
      if (alias.asname !== null) {
        const parts = alias.name.split(".");
        if (parts.length > 1) {
          parts.slice(1).forEach((attr, i) => {
            c.emit(Op.IMPORT_FROM, c.u.addName(attr));
            if (i < parts.length - 2) {
              c.emit(Op.SWAP, 2);
              c.emit(Op.POP_TOP);
            }
          });
          c.nameOp(alias.asname, "Store");
          c.emit(Op.POP_TOP);
        } else {
          c.nameOp(alias.asname, "Store");
        }
      } else {
        c.nameOp(alias.name.split(".")[0] ?? alias.name, "Store");
      }
    }
  }
}

function importFrom(c: Compiler, s: ast.ImportFrom): void {
  c.loadConst({ kind: "int", value: BigInt(s.level) });
  c.loadConst({ kind: "tuple", items: s.names.map((a) => ({ kind: "str", value: a.name })) });
  c.emitName(Op.IMPORT_NAME, s.module ?? "");
  for (const [i, alias] of s.names.entries()) {
    if (i === 0 && alias.name === "*") {
      c.emit(Op.IMPORT_STAR);
      return;
    }
    c.emitName(Op.IMPORT_FROM, alias.name);
    c.nameOp(alias.asname ?? alias.name, "Store");
  }
  c.emit(Op.POP_TOP);
}
