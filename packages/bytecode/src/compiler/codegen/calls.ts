/**
 * Calls, in CPython 3.11's layout. A method call `o.m(args)` compiles to
 * `o; LOAD_METHOD m; args; CALL n`; any other call to `PUSH_NULL; f; args;
 * CALL n` (or `LOAD_GLOBAL (NULL + f)` when `f` is a global). Keyword
 * arguments are pushed as values after the positional ones and named by a
 * `KW_NAMES (tuple)` just before the CALL. Calls with `*args` or `**kwargs`
 * build a positional tuple (LIST_EXTEND … LIST_TO_TUPLE) and a keyword dict
 * (BUILD_MAP/BUILD_CONST_KEY_MAP + DICT_MERGE) and use CALL_FUNCTION_EX.
 * `callHelper` is shared with class creation (`__build_class__(func, name,
 * *bases, **kw)`), which has two arguments already pushed.
 */
import type { CodeConst } from "../../code-object.js";
import { Op } from "../../opcodes/generated/opcodes.js";
import type * as ast from "../ast.js";
import type { Compiler } from "./compiler.js";
import { at, expr } from "./expressions.js";
import { starunpackHelper } from "./unpacking.js";

const STACK_USE_GUIDELINE = 30;

export function callExpr(c: Compiler, e: ast.Call): void {
  if (tryMethodCall(c, e)) return;
  const f = e.func;
  if (f.type === "Name" && c.withLoc(f, () => c.tryLoadGlobalWithNull(f.id))) {
    // LOAD_GLOBAL with the push-NULL bit
  } else {
    c.withLoc(f, () => c.emit(Op.PUSH_NULL));
    expr(c, f);
  }
  callHelper(c, 0, e.args, e.keywords);
}

function tryMethodCall(c: Compiler, e: ast.Call): boolean {
  const meth = e.func;
  if (meth.type !== "Attribute" || meth.ctx !== "Load") return false;
  if (e.args.length >= STACK_USE_GUIDELINE || e.args.some((a) => a.type === "Starred")) return false;
  if (e.keywords.length >= STACK_USE_GUIDELINE || e.keywords.some((k) => k.arg === null)) return false;
  validateKeywords(c, e.keywords);
  expr(c, meth.value);
  c.withLoc(meth, () => c.emitName(Op.LOAD_METHOD, meth.attr));
  for (const a of e.args) expr(c, a);
  if (e.keywords.length > 0) {
    for (const k of e.keywords) expr(c, k.value);
    kwNames(c, e.keywords);
  }
  c.emit(Op.CALL, e.args.length + e.keywords.length);
  return true;
}

function validateKeywords(c: Compiler, keywords: readonly ast.Keyword[]): void {
  const seen = new Set<string>();
  for (const k of keywords) {
    if (k.arg === null) continue;
    if (k.arg === "__debug__") throw c.error("cannot assign to __debug__", k);
    if (seen.has(k.arg)) throw c.error(`keyword argument repeated: ${k.arg}`, k);
    seen.add(k.arg);
  }
}

function kwNames(c: Compiler, keywords: readonly ast.Keyword[]): void {
  const names: CodeConst[] = keywords.map((k) => ({ kind: "str", value: k.arg ?? "" }));
  c.emit(Op.KW_NAMES, c.u.addConst({ kind: "tuple", items: names }));
}

/** Arguments and the call itself; `n` values (beyond NULL/callable) are already pushed. */
export function callHelper(c: Compiler, n: number, args: readonly ast.Expr[], keywords: readonly ast.Keyword[]): void {
  validateKeywords(c, keywords);
  const nelts = args.length;
  const nkw = keywords.length;
  const exCall =
    n + nelts + nkw >= STACK_USE_GUIDELINE || args.some((a) => a.type === "Starred") || keywords.some((k) => k.arg === null);
  if (!exCall) {
    for (const a of args) expr(c, a);
    if (nkw > 0) {
      for (const k of keywords) expr(c, k.value);
      kwNames(c, keywords);
    }
    c.emit(Op.CALL, n + nelts + nkw);
    return;
  }
  const first = args[0];
  if (n === 0 && nelts === 1 && first !== undefined && first.type === "Starred") {
    expr(c, first.value);
  } else {
    starunpackHelper(c, args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  }
  if (nkw > 0) {
    let haveDict = false;
    let nseen = 0;
    keywords.forEach((kw, i) => {
      if (kw.arg === null) {
        if (nseen > 0) {
          subkwargs(c, keywords, i - nseen, i);
          if (haveDict) c.emit(Op.DICT_MERGE, 1);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) {
          c.emit(Op.BUILD_MAP, 0);
          haveDict = true;
        }
        expr(c, kw.value);
        c.emit(Op.DICT_MERGE, 1);
      } else {
        nseen++;
      }
    });
    if (nseen > 0) {
      subkwargs(c, keywords, nkw - nseen, nkw);
      if (haveDict) c.emit(Op.DICT_MERGE, 1);
    }
  }
  c.emit(Op.CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
}

function subkwargs(c: Compiler, keywords: readonly ast.Keyword[], begin: number, end: number): void {
  const n = end - begin;
  if (n > 1) {
    const keys: CodeConst[] = [];
    for (let i = begin; i < end; i++) {
      const kw = at(keywords, i);
      expr(c, kw.value);
      keys.push({ kind: "str", value: kw.arg ?? "" });
    }
    c.loadConst({ kind: "tuple", items: keys });
    c.emit(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  for (let i = begin; i < end; i++) {
    const kw = at(keywords, i);
    c.loadConst({ kind: "str", value: kw.arg ?? "" });
    expr(c, kw.value);
  }
  c.emit(Op.BUILD_MAP, n);
}
