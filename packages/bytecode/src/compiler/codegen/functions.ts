/**
 * Function, lambda and class definitions.
 *
 * `def f(a, b=1, *, c=2): …` evaluates, in the enclosing scope, the
 * decorators, then the defaults tuple, the kw-only defaults dict
 * (BUILD_CONST_KEY_MAP) and the annotations tuple (name, value pairs), then
 * compiles the body as a new unit (first constant: the docstring or None),
 * and finishes with LOAD_CLOSURE…BUILD_TUPLE (free variables),
 * LOAD_CONST <code>, MAKE_FUNCTION flags, one `CALL 0` per decorator and the
 * store of the name. A class body is a function too: it stores `__module__`
 * and `__qualname__`, runs the body, and returns the `__class__` cell (also
 * stored as `__classcell__`) when a method uses `super()`/`__class__`, else
 * None; the class statement then calls `__build_class__(func, name, *bases,
 * **keywords)` (PUSH_NULL; LOAD_BUILD_CLASS; …) and applies decorators.
 */
import type { CodeConst } from "../../code-object.js";
import { MAKE_FUNCTION_FLAGS } from "../../opcodes/opcodes.def.js";
import { Op } from "../../opcodes/generated/opcodes.js";
import type * as ast from "../ast.js";
import { mangle } from "../errors.js";
import { callHelper } from "./calls.js";
import { type Compiler, NONE } from "./compiler.js";
import { expr, foldConstant } from "./expressions.js";
import { bodyWithDocstring, getDocstring, stmts } from "./statements.js";

function checkDebugArgs(c: Compiler, args: ast.Arguments): void {
  const all = [...args.posonlyargs, ...args.args, ...args.kwonlyargs];
  if (args.vararg !== null) all.push(args.vararg);
  if (args.kwarg !== null) all.push(args.kwarg);
  for (const a of all) if (a.arg === "__debug__") throw c.error("cannot assign to __debug__", a);
}

function defaultArguments(c: Compiler, args: ast.Arguments): number {
  let flags = 0;
  if (args.defaults.length > 0) {
    const folded = args.defaults.map(foldConstant);
    if (folded.every((v) => v !== null)) {
      // CPython's optimizer folds a BUILD_TUPLE of constants into one constant.
      c.loadConst({ kind: "tuple", items: folded as CodeConst[] });
    } else {
      for (const d of args.defaults) expr(c, d);
      c.emit(Op.BUILD_TUPLE, args.defaults.length);
    }
    flags |= MAKE_FUNCTION_FLAGS.DEFAULTS;
  }
  const keys: CodeConst[] = [];
  args.kwonlyargs.forEach((a, i) => {
    const d = args.kw_defaults[i];
    if (d === null || d === undefined) return;
    keys.push({ kind: "str", value: mangle(c.u.privateName, a.arg) });
    expr(c, d);
  });
  if (keys.length > 0) {
    c.loadConst({ kind: "tuple", items: keys });
    c.emit(Op.BUILD_CONST_KEY_MAP, keys.length);
    flags |= MAKE_FUNCTION_FLAGS.KWDEFAULTS;
  }
  return flags;
}

function annotations(c: Compiler, args: ast.Arguments, returns: ast.Expr | null): number {
  let n = 0;
  const one = (name: string, ann: ast.Expr | null) => {
    if (ann === null) return;
    c.loadConst({ kind: "str", value: mangle(c.u.privateName, name) });
    if (ann.type === "Starred") {
      expr(c, ann.value);
      c.emit(Op.UNPACK_SEQUENCE, 1);
    } else {
      expr(c, ann);
    }
    n += 2;
  };
  for (const a of args.args) one(a.arg, a.annotation);
  for (const a of args.posonlyargs) one(a.arg, a.annotation);
  if (args.vararg !== null) one(args.vararg.arg, args.vararg.annotation);
  for (const a of args.kwonlyargs) one(a.arg, a.annotation);
  if (args.kwarg !== null) one(args.kwarg.arg, args.kwarg.annotation);
  one("return", returns);
  if (n === 0) return 0;
  c.emit(Op.BUILD_TUPLE, n);
  return MAKE_FUNCTION_FLAGS.ANNOTATIONS;
}

function setArgCounts(c: Compiler, args: ast.Arguments): void {
  c.u.argcount = args.posonlyargs.length + args.args.length;
  c.u.posonlyargcount = args.posonlyargs.length;
  c.u.kwonlyargcount = args.kwonlyargs.length;
}

/** One `CALL 0` per decorator, innermost first, each located at its decorator (CPython 3.11). */
function applyDecorators(c: Compiler, decos: readonly ast.Expr[]): void {
  for (let i = decos.length - 1; i >= 0; i--) {
    const d = decos[i];
    if (d !== undefined) c.withLoc(d, () => c.emit(Op.CALL, 0));
  }
}

export function functionDef(c: Compiler, s: ast.FunctionDef | ast.AsyncFunctionDef): void {
  const decos = s.decorator_list;
  const firstlineno = decos[0]?.lineno ?? s.lineno;
  checkDebugArgs(c, s.args);
  for (const d of decos) expr(c, d);
  let flags = defaultArguments(c, s.args);
  flags |= annotations(c, s.args, s.returns);
  c.enterScope(s.name, s.type === "AsyncFunctionDef" ? "async_function" : "function", s, firstlineno);
  const doc = getDocstring(s.body);
  c.u.addConst(doc === null ? NONE : { kind: "str", value: doc });
  setArgCounts(c, s.args);
  stmts(c, doc === null ? s.body : s.body.slice(1));
  const code = c.exitScope();
  c.makeClosure(code, flags);
  applyDecorators(c, decos);
  c.nameOp(s.name, "Store");
}

export function lambdaExpr(c: Compiler, e: ast.Lambda): void {
  checkDebugArgs(c, e.args);
  const flags = defaultArguments(c, e.args);
  c.enterScope("<lambda>", "lambda", e, e.lineno);
  c.u.addConst(NONE);
  setArgCounts(c, e.args);
  c.setLoc(e.body);
  expr(c, e.body);
  let code;
  if (c.u.ste.generator) {
    code = c.exitScope(false);
  } else {
    c.emit(Op.RETURN_VALUE);
    code = c.exitScope();
  }
  c.makeClosure(code, flags);
}

export function classDef(c: Compiler, s: ast.ClassDef): void {
  const decos = s.decorator_list;
  const firstlineno = decos[0]?.lineno ?? s.lineno;
  for (const d of decos) expr(c, d);
  c.enterScope(s.name, "class", s, firstlineno);
  c.nameOp("__name__", "Load");
  c.nameOp("__module__", "Store");
  c.loadConst({ kind: "str", value: c.u.qualname });
  c.nameOp("__qualname__", "Store");
  bodyWithDocstring(c, s.body);
  c.setLoc(c.u.lastLoc);
  if (c.u.ste.needsClassClosure) {
    c.emit(Op.LOAD_CLOSURE, c.u.derefIndex("__class__"));
    c.emit(Op.COPY, 1);
    c.nameOp("__classcell__", "Store");
  } else {
    c.loadConst(NONE);
  }
  c.emit(Op.RETURN_VALUE);
  const code = c.exitScope();
  c.setLoc(s);
  c.emit(Op.PUSH_NULL);
  c.emit(Op.LOAD_BUILD_CLASS);
  c.makeClosure(code, 0);
  c.loadConst({ kind: "str", value: s.name });
  callHelper(c, 2, s.bases, s.keywords);
  applyDecorators(c, decos);
  c.nameOp(s.name, "Store");
}
