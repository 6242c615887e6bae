/**
 * Assignment targets and star-unpacking. `assignTarget` stores (or deletes)
 * the value on top of the stack into a Name / Attribute / Subscript target,
 * or unpacks it into a Tuple/List target with UNPACK_SEQUENCE, or UNPACK_EX
 * when one element is starred (`a, *b, c = …`). `starunpackHelper` builds
 * list/tuple/set displays and positional call arguments: plain BUILD_* when
 * nothing is starred, otherwise a list grown with LIST_APPEND/LIST_EXTEND
 * (SET_ADD/SET_UPDATE) and converted with LIST_TO_TUPLE when a tuple is
 * wanted; all-constant displays of more than two items load one constant.
 */
import type { CodeConst } from "../../code-object.js";
import { Op } from "../../opcodes/generated/opcodes.js";
import type * as ast from "../ast.js";
import type { Compiler } from "./compiler.js";
import { expr, foldConstant } from "./expressions.js";

const STACK_USE_GUIDELINE = 30;

export function assignTarget(c: Compiler, e: ast.Expr): void {
  c.withLoc(e, () => {
    switch (e.type) {
      case "Name":
        c.nameOp(e.id, e.ctx);
        return;
      case "Attribute":
        expr(c, e.value);
        if (e.ctx === "Store" && e.attr === "__debug__") throw c.error("cannot assign to __debug__");
        c.emitName(e.ctx === "Del" ? Op.DELETE_ATTR : Op.STORE_ATTR, e.attr);
        return;
      case "Subscript":
        expr(c, e.value);
        expr(c, e.slice);
        c.emit(e.ctx === "Del" ? Op.DELETE_SUBSCR : Op.STORE_SUBSCR);
        return;
      case "Tuple":
      case "List":
        if (e.ctx === "Del") {
          for (const x of e.elts) assignTarget(c, x);
          return;
        }
        unpackHelper(c, e.elts);
        for (const x of e.elts) assignTarget(c, x.type === "Starred" ? x.value : x);
        return;
      case "Starred":
        throw c.error("starred assignment target must be in a list or tuple");
      default:
        expr(c, e);
    }
  });
}

function unpackHelper(c: Compiler, elts: readonly ast.Expr[]): void {
  const n = elts.length;
  let seenStar = false;
  elts.forEach((elt, i) => {
    if (elt.type !== "Starred") return;
    if (seenStar) throw c.error("multiple starred expressions in assignment");
    if (i >= 1 << 8 || n - i - 1 >= 1 << 16) throw c.error("too many expressions in star-unpacking assignment", elt);
    c.emit(Op.UNPACK_EX, i + ((n - i - 1) << 8));
    seenStar = true;
  });
  if (!seenStar) c.emit(Op.UNPACK_SEQUENCE, n);
}

export function starunpackHelper(
  c: Compiler,
  elts: readonly ast.Expr[],
  pushed: number,
  build: number,
  add: number,
  extend: number,
  tuple: boolean,
): void {
  const n = elts.length;
  if (n > 2) {
    const folded: CodeConst[] = [];
    for (const x of elts) {
      const v = foldConstant(x);
      if (v === null) break;
      folded.push(v);
    }
    if (folded.length === n) {
      if (tuple && pushed === 0) {
        c.loadConst({ kind: "tuple", items: folded });
      } else {
        c.emit(build, pushed);
        c.loadConst(add === Op.SET_ADD ? { kind: "frozenset", items: folded } : { kind: "tuple", items: folded });
        c.emit(extend, 1);
        if (tuple) c.emit(Op.LIST_TO_TUPLE);
      }
      return;
    }
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  const seenStar = elts.some((x) => x.type === "Starred");
  if (!seenStar && !big) {
    for (const x of elts) expr(c, x);
    c.emit(tuple ? Op.BUILD_TUPLE : build, n + pushed);
    return;
  }
  let built = false;
  if (big) {
    c.emit(build, pushed);
    built = true;
  }
  elts.forEach((x, i) => {
    if (x.type === "Starred") {
      if (!built) {
        c.emit(build, i + pushed);
        built = true;
      }
      expr(c, x.value);
      c.emit(extend, 1);
    } else {
      expr(c, x);
      if (built) c.emit(add, 1);
    }
  });
  if (tuple) c.emit(Op.LIST_TO_TUPLE);
}
