/**
 * Expressions (CPython's `compiler_visit_expr` and friends). Each expression
 * leaves exactly one value on the stack. Also here: `jumpIf`, the
 * branch-on-condition compiler used by `if`, `while`, `assert`, conditional
 * expressions and comprehension filters (it short-circuits `and`/`or`/`not`
 * and chained comparisons without materialising booleans), and the small
 * constant folder (negative numbers, tuples of constants, `__debug__`) that
 * stands in for CPython's AST optimizer.
 */
import type { CodeConst } from "../../code-object.js";
import { CMP_OP, NB_OP } from "../../opcodes/opcodes.def.js";
import { Op } from "../../opcodes/generated/opcodes.js";
import type * as ast from "../ast.js";
import { type Block, PSEUDO } from "../flowgraph.js";
import { callExpr } from "./calls.js";
import { comprehensionExpr } from "./comprehensions.js";
import type { Compiler } from "./compiler.js";
import { formattedValue, joinedStr } from "./fstrings.js";
import { lambdaExpr } from "./functions.js";
import { awaitExpr, yieldExpr, yieldFromExpr } from "./async.js";
import { assignTarget, starunpackHelper } from "./unpacking.js";

export const BINOP: Record<ast.Operator, number> = {
  Add: NB_OP.ADD,
  Sub: NB_OP.SUBTRACT,
  Mult: NB_OP.MULTIPLY,
  MatMult: NB_OP.MATRIX_MULTIPLY,
  Div: NB_OP.TRUE_DIVIDE,
  Mod: NB_OP.REMAINDER,
  Pow: NB_OP.POWER,
  LShift: NB_OP.LSHIFT,
  RShift: NB_OP.RSHIFT,
  BitOr: NB_OP.OR,
  BitXor: NB_OP.XOR,
  BitAnd: NB_OP.AND,
  FloorDiv: NB_OP.FLOOR_DIVIDE,
};
export const INPLACE_OFFSET = NB_OP.INPLACE_ADD - NB_OP.ADD;

export function emitCompare(c: Compiler, op: ast.CmpOperator): void {
  switch (op) {
    case "Eq":
      return c.emit(Op.COMPARE_OP, CMP_OP.EQ);
    case "NotEq":
      return c.emit(Op.COMPARE_OP, CMP_OP.NE);
    case "Lt":
      return c.emit(Op.COMPARE_OP, CMP_OP.LT);
    case "LtE":
      return c.emit(Op.COMPARE_OP, CMP_OP.LE);
    case "Gt":
      return c.emit(Op.COMPARE_OP, CMP_OP.GT);
    case "GtE":
      return c.emit(Op.COMPARE_OP, CMP_OP.GE);
    case "Is":
      return c.emit(Op.IS_OP, 0);
    case "IsNot":
      return c.emit(Op.IS_OP, 1);
    case "In":
      return c.emit(Op.CONTAINS_OP, 0);
    case "NotIn":
      return c.emit(Op.CONTAINS_OP, 1);
  }
}

/** The constant an expression folds to, or null. */
export function foldConstant(e: ast.Expr): CodeConst | null {
  switch (e.type) {
    case "Constant":
      return e.value;
    case "Name":
      return e.ctx === "Load" && e.id === "__debug__" ? { kind: "bool", value: true } : null;
    case "Tuple": {
      if (e.ctx !== "Load") return null;
      const items: CodeConst[] = [];
      for (const x of e.elts) {
        const v = foldConstant(x);
        if (v === null) return null;
        items.push(v);
      }
      return { kind: "tuple", items };
    }
    case "UnaryOp": {
      if (e.op !== "USub" && e.op !== "UAdd") return null;
      const v = foldConstant(e.operand);
      if (v === null) return null;
      const neg = e.op === "USub";
      switch (v.kind) {
        case "int":
          return { kind: "int", value: neg ? -v.value : v.value };
        case "float":
          return { kind: "float", value: neg ? -v.value : v.value };
        case "complex":
          return neg ? null : v; // -1j has a real part of -0.0; leave it to runtime
        default:
          return null;
      }
    }
    default:
      return null;
  }
}

/**
 * A list or set display of constants used only for iteration or `in` tests
 * folds to a tuple or frozenset constant (CPython's AST optimizer `fold_iter`).
 */
export function foldIterable(e: ast.Expr): CodeConst | null {
  if (e.type !== "List" && e.type !== "Set") return null;
  if (e.type === "List" && e.ctx !== "Load") return null;
  const items: CodeConst[] = [];
  for (const x of e.elts) {
    const v = foldConstant(x);
    if (v === null) return null;
    items.push(v);
  }
  return e.type === "List" ? { kind: "tuple", items } : { kind: "frozenset", items };
}

/** Compile an iterable or `in` operand, folding constant displays. */
export function iterableExpr(c: Compiler, e: ast.Expr): void {
  const folded = foldIterable(e);
  if (folded !== null) c.withLoc(e, () => c.loadConst(folded));
  else expr(c, e);
}

function comparator(c: Compiler, e: ast.Compare, i: number): void {
  const op = at(e.ops, i);
  // Like CPython's fold_compare, only the last comparator is folded: a middle
  // operand is also the left side of the next comparison and keeps its type.
  if ((op === "In" || op === "NotIn") && i === e.ops.length - 1) iterableExpr(c, at(e.comparators, i));
  else expr(c, at(e.comparators, i));
}

/** Python truthiness of a constant. */
export function constTruthy(v: CodeConst): boolean {
  switch (v.kind) {
    case "int":
      return v.value !== 0n;
    case "float":
      return v.value !== 0;
    case "complex":
      return v.imag !== 0;
    case "str":
      return v.value.length > 0;
    case "bytes":
      return v.value.length > 0;
    case "bool":
      return v.value;
    case "None":
      return false;
    case "Ellipsis":
      return true;
    case "tuple":
    case "frozenset":
      return v.items.length > 0;
    case "code":
      return true;
  }
}

export function expr(c: Compiler, e: ast.Expr): void {
  c.withLoc(e, () => exprInner(c, e));
}

function exprInner(c: Compiler, e: ast.Expr): void {
  const folded = foldConstant(e);
  if (folded !== null) {
    c.loadConst(folded);
    return;
  }
  switch (e.type) {
    case "NamedExpr":
      expr(c, e.value);
      c.emit(Op.COPY, 1);
      assignTarget(c, e.target);
      return;
    case "BoolOp": {
      const jumpi = e.op === "And" ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
      const end = c.newBlock();
      const n = e.values.length - 1;
      e.values.forEach((v, i) => {
        expr(c, v);
        if (i < n) c.jump(jumpi, end);
      });
      c.useBlock(end);
      return;
    }
    case "BinOp":
      expr(c, e.left);
      expr(c, e.right);
      c.emit(Op.BINARY_OP, BINOP[e.op]);
      return;
    case "UnaryOp":
      expr(c, e.operand);
      c.emit({ Invert: Op.UNARY_INVERT, Not: Op.UNARY_NOT, UAdd: Op.UNARY_POSITIVE, USub: Op.UNARY_NEGATIVE }[e.op]);
      return;
    case "Lambda":
      lambdaExpr(c, e);
      return;
    case "IfExp": {
      const end = c.newBlock();
      const next = c.newBlock();
      jumpIf(c, e.test, next, false);
      expr(c, e.body);
      c.jump(PSEUDO.JUMP, end);
      c.useBlock(next);
      expr(c, e.orelse);
      c.useBlock(end);
      return;
    }
    case "Dict":
      dictDisplay(c, e);
      return;
    case "Set":
      starunpackHelper(c, e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
      return;
    case "List":
      if (e.ctx === "Load") starunpackHelper(c, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
      else assignTarget(c, e);
      return;
    case "Tuple":
      if (e.ctx === "Load") starunpackHelper(c, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
      else assignTarget(c, e);
      return;
    case "ListComp":
    case "SetComp":
    case "DictComp":
    case "GeneratorExp":
      comprehensionExpr(c, e);
      return;
    case "Await":
      awaitExpr(c, e);
      return;
    case "Yield":
      yieldExpr(c, e);
      return;
    case "YieldFrom":
      yieldFromExpr(c, e);
      return;
    case "Compare":
      compareExpr(c, e);
      return;
    case "Call":
      callExpr(c, e);
      return;
    case "FormattedValue":
      formattedValue(c, e);
      return;
    case "JoinedStr":
      joinedStr(c, e);
      return;
    case "Constant":
      c.loadConst(e.value);
      return;
    case "Attribute":
      if (e.ctx === "Load") {
        expr(c, e.value);
        c.emitName(Op.LOAD_ATTR, e.attr);
      } else assignTarget(c, e);
      return;
    case "Subscript":
      if (e.ctx === "Load") {
        expr(c, e.value);
        expr(c, e.slice);
        c.emit(Op.BINARY_SUBSCR);
      } else assignTarget(c, e);
      return;
    case "Starred":
      if (e.ctx === "Store") throw c.error("starred assignment target must be in a list or tuple");
      throw c.error("can't use starred expression here");
    case "Name":
      if (e.ctx === "Load") c.nameOp(e.id, "Load");
      else assignTarget(c, e);
      return;
    case "Slice": {
      let n = 2;
      if (e.lower !== null) expr(c, e.lower);
      else c.loadConst({ kind: "None" });
      if (e.upper !== null) expr(c, e.upper);
      else c.loadConst({ kind: "None" });
      if (e.step !== null) {
        expr(c, e.step);
        n = 3;
      }
      c.emit(Op.BUILD_SLICE, n);
      return;
    }
  }
}

function compareExpr(c: Compiler, e: ast.Compare): void {
  const n = e.ops.length - 1;
  expr(c, e.left);
  if (n === 0) {
    comparator(c, e, 0);
    emitCompare(c, at(e.ops, 0));
    return;
  }
  const cleanup = c.newBlock();
  for (let i = 0; i < n; i++) {
    comparator(c, e, i);
    c.emit(Op.SWAP, 2);
    c.emit(Op.COPY, 2);
    emitCompare(c, at(e.ops, i));
    c.jump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
  }
  comparator(c, e, n);
  emitCompare(c, at(e.ops, n));
  const end = c.newBlock();
  c.jump(PSEUDO.JUMP, end);
  c.useBlock(cleanup);
  c.emit(Op.SWAP, 2);
  c.emit(Op.POP_TOP);
  c.useBlock(end);
}

const STACK_USE_GUIDELINE = 30;

function dictDisplay(c: Compiler, e: ast.Dict): void {
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    const isUnpacking = e.keys[i] === null;
    if (isUnpacking) {
      if (elements > 0) {
        subdict(c, e, i - elements, i);
        if (haveDict) c.emit(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.emit(Op.BUILD_MAP, 0);
        haveDict = true;
      }
      expr(c, at(e.values, i));
      c.emit(Op.DICT_UPDATE, 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      subdict(c, e, i - elements, i + 1);
      if (haveDict) c.emit(Op.DICT_UPDATE, 1);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements > 0) {
    subdict(c, e, n - elements, n);
    if (haveDict) c.emit(Op.DICT_UPDATE, 1);
    haveDict = true;
  }
  if (!haveDict) c.emit(Op.BUILD_MAP, 0);
}

function subdict(c: Compiler, e: ast.Dict, begin: number, end: number): void {
  const n = end - begin;
  const keys: CodeConst[] = [];
  for (let i = begin; i < end; i++) {
    const k = e.keys[i];
    const v = k === null || k === undefined ? null : foldConstant(k);
    if (v === null) break;
    keys.push(v);
  }
  if (n > 1 && keys.length === n) {
    for (let i = begin; i < end; i++) expr(c, at(e.values, i));
    c.loadConst({ kind: "tuple", items: keys });
    c.emit(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  for (let i = begin; i < end; i++) {
    const k = e.keys[i];
    if (k === null || k === undefined) throw new Error("internal compiler error: dict unpacking in subdict");
    expr(c, k);
    expr(c, at(e.values, i));
  }
  c.emit(Op.BUILD_MAP, n);
}

/** Jump to `next` if the truth of `e` equals `cond`; fall through otherwise. */
export function jumpIf(c: Compiler, e: ast.Expr, next: Block, cond: boolean): void {
  // Like CPython, the jumps keep the location of the construct being compiled (statement or expression).
  {
    const folded = foldConstant(e);
    if (folded !== null && folded.kind !== "tuple") {
      if (constTruthy(folded) === cond) c.jump(PSEUDO.JUMP, next);
      return;
    }
    switch (e.type) {
      case "UnaryOp":
        if (e.op === "Not") return jumpIf(c, e.operand, next, !cond);
        break;
      case "BoolOp": {
        const cond2 = e.op === "Or";
        let next2 = next;
        if (cond2 !== cond) next2 = c.newBlock();
        const n = e.values.length - 1;
        for (let i = 0; i < n; i++) jumpIf(c, at(e.values, i), next2, cond2);
        jumpIf(c, at(e.values, n), next, cond);
        if (next2 !== next) c.useBlock(next2);
        return;
      }
      case "IfExp": {
        const end = c.newBlock();
        const next2 = c.newBlock();
        jumpIf(c, e.test, next2, false);
        jumpIf(c, e.body, next, cond);
        c.jump(PSEUDO.JUMP, end);
        c.useBlock(next2);
        jumpIf(c, e.orelse, next, cond);
        c.useBlock(end);
        return;
      }
      case "Compare": {
        const n = e.ops.length - 1;
        if (n > 0) {
          const cleanup = c.newBlock();
          expr(c, e.left);
          for (let i = 0; i < n; i++) {
            comparator(c, e, i);
            c.emit(Op.SWAP, 2);
            c.emit(Op.COPY, 2);
            emitCompare(c, at(e.ops, i));
            c.jump(Op.POP_JUMP_IF_FALSE, cleanup);
          }
          comparator(c, e, n);
          emitCompare(c, at(e.ops, n));
          c.jump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
          const end = c.newBlock();
          c.jump(PSEUDO.JUMP, end);
          c.useBlock(cleanup);
          c.emit(Op.POP_TOP);
          if (!cond) c.jump(PSEUDO.JUMP, next);
          c.useBlock(end);
          return;
        }
        break;
      }
      default:
        break;
    }
    expr(c, e);
    c.jump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
  }
}

/** Checked array access for AST lists whose length the caller already knows. */
export function at<T>(xs: readonly T[], i: number): T {
  const x = xs[i];
  if (x === undefined) throw new Error(`internal compiler error: index ${i} out of range`);
  return x;
}
