/**
 * Assignment and deletion targets. The parser reads a target as an ordinary
 * expression and then re-labels it here: `setContext` walks Name, Attribute,
 * Subscript, Starred, Tuple and List nodes and switches their `ctx` from
 * `Load` to `Store` or `Del`, and reports anything else with CPython's
 * wording (`cannot assign to function call`, `cannot delete literal`, ...).
 * `describeExpr` is the equivalent of CPython's `_PyPegen_get_expr_name`.
 */
import type { Expr } from "../ast/nodes.js";

export function describeExpr(e: Expr): string {
  switch (e.type) {
    case "Attribute": return "attribute";
    case "Subscript": return "subscript";
    case "Starred": return "starred";
    case "Name": return "name";
    case "List": return "list";
    case "Tuple": return "tuple";
    case "Lambda": return "lambda";
    case "Call": return "function call";
    case "BoolOp":
    case "BinOp":
    case "UnaryOp": return "expression";
    case "GeneratorExp": return "generator expression";
    case "Yield":
    case "YieldFrom": return "yield expression";
    case "Await": return "await expression";
    case "ListComp": return "list comprehension";
    case "SetComp": return "set comprehension";
    case "DictComp": return "dict comprehension";
    case "Dict": return "dict literal";
    case "Set": return "set display";
    case "JoinedStr":
    case "FormattedValue": return "f-string expression";
    case "Constant": {
      const v = e.value;
      if (v.kind === "None") return "None";
      if (v.kind === "bool") return v.value ? "True" : "False";
      if (v.kind === "Ellipsis") return "ellipsis";
      return "literal";
    }
    case "Compare": return "comparison";
    case "IfExp": return "conditional expression";
    case "NamedExpr": return "named expression";
    case "Slice": return "slice";
  }
}

/** The first sub-expression that cannot be a target, or null if `e` is valid. */
export function invalidTarget(e: Expr, ctx: "Store" | "Del"): Expr | null {
  switch (e.type) {
    case "Name":
    case "Attribute":
    case "Subscript":
      return null;
    case "Starred":
      return ctx === "Del" ? e : invalidTarget(e.value, ctx);
    case "Tuple":
    case "List":
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, ctx);
        if (bad) return bad;
      }
      return null;
    case "Compare":
      // `for x in y in z`: CPython blames the left side of a comparison
      // whose operator is `in` (the target the user probably meant).
      if (ctx === "Store" && e.ops[0] === "In") return invalidTarget(e.left, ctx);
      return e;
    default:
      return e;
  }
}

/** Re-labels a valid target's contexts in place. */
export function setContext(e: Expr, ctx: "Store" | "Del"): void {
  switch (e.type) {
    case "Name":
    case "Attribute":
    case "Subscript":
      e.ctx = ctx;
      return;
    case "Starred":
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
    case "Tuple":
    case "List":
      e.ctx = ctx;
      for (const elt of e.elts) setContext(elt, ctx);
      return;
    default:
      return;
  }
}
