/**
 * Field tables for every AST node type: the order CPython's `_fields` lists
 * them in, and what kind of value each field holds. `dump` and `walk` are
 * driven by this one table instead of hand-written per-node code, so adding a
 * node means adding one line here (plus its interface in `nodes.ts`).
 *
 * Field kinds:
 * - `node` / `node?`: a child node (`?`: may be null, omitted by `ast.dump`)
 * - `nodes`: an array of child nodes (entries may be null, e.g. `Dict.keys`)
 * - `op` / `ops`: operator or context name(s), printed as `Add()`
 * - `ident` / `ident?` / `idents`: identifier string(s)
 * - `int`: a plain number
 * - `constant`: a `ConstantValue`
 */
import type { Node } from "./nodes.js";

export type FieldKind =
  | "node"
  | "node?"
  | "nodes"
  | "op"
  | "ops"
  | "ident"
  | "ident?"
  | "idents"
  | "int"
  | "constant";

/** `[CPython field name, kind]`, plus the JS property name when it differs. */
export type FieldSpec = readonly [name: string, kind: FieldKind, prop?: string];

export const NODE_FIELDS: { readonly [K in Node["type"]]: readonly FieldSpec[] } = {
  Module: [["body", "nodes"], ["type_ignores", "nodes"]],
  Interactive: [["body", "nodes"]],
  Expression: [["body", "node"]],
  FunctionType: [["argtypes", "nodes"], ["returns", "node"]],

  FunctionDef: [["name", "ident"], ["args", "node"], ["body", "nodes"], ["decorator_list", "nodes"], ["returns", "node?"], ["type_comment", "ident?"]],
  AsyncFunctionDef: [["name", "ident"], ["args", "node"], ["body", "nodes"], ["decorator_list", "nodes"], ["returns", "node?"], ["type_comment", "ident?"]],
  ClassDef: [["name", "ident"], ["bases", "nodes"], ["keywords", "nodes"], ["body", "nodes"], ["decorator_list", "nodes"]],
  Return: [["value", "node?"]],
  Delete: [["targets", "nodes"]],
  Assign: [["targets", "nodes"], ["value", "node"], ["type_comment", "ident?"]],
  AugAssign: [["target", "node"], ["op", "op"], ["value", "node"]],
  AnnAssign: [["target", "node"], ["annotation", "node"], ["value", "node?"], ["simple", "int"]],
  For: [["target", "node"], ["iter", "node"], ["body", "nodes"], ["orelse", "nodes"], ["type_comment", "ident?"]],
  AsyncFor: [["target", "node"], ["iter", "node"], ["body", "nodes"], ["orelse", "nodes"], ["type_comment", "ident?"]],
  While: [["test", "node"], ["body", "nodes"], ["orelse", "nodes"]],
  If: [["test", "node"], ["body", "nodes"], ["orelse", "nodes"]],
  With: [["items", "nodes"], ["body", "nodes"], ["type_comment", "ident?"]],
  AsyncWith: [["items", "nodes"], ["body", "nodes"], ["type_comment", "ident?"]],
  Match: [["subject", "node"], ["cases", "nodes"]],
  Raise: [["exc", "node?"], ["cause", "node?"]],
  Try: [["body", "nodes"], ["handlers", "nodes"], ["orelse", "nodes"], ["finalbody", "nodes"]],
  TryStar: [["body", "nodes"], ["handlers", "nodes"], ["orelse", "nodes"], ["finalbody", "nodes"]],
  Assert: [["test", "node"], ["msg", "node?"]],
  Import: [["names", "nodes"]],
  ImportFrom: [["module", "ident?"], ["names", "nodes"], ["level", "int"]],
  Global: [["names", "idents"]],
  Nonlocal: [["names", "idents"]],
  Expr: [["value", "node"]],
  Pass: [],
  Break: [],
  Continue: [],

  BoolOp: [["op", "op"], ["values", "nodes"]],
  NamedExpr: [["target", "node"], ["value", "node"]],
  BinOp: [["left", "node"], ["op", "op"], ["right", "node"]],
  UnaryOp: [["op", "op"], ["operand", "node"]],
  Lambda: [["args", "node"], ["body", "node"]],
  IfExp: [["test", "node"], ["body", "node"], ["orelse", "node"]],
  Dict: [["keys", "nodes"], ["values", "nodes"]],
  Set: [["elts", "nodes"]],
  ListComp: [["elt", "node"], ["generators", "nodes"]],
  SetComp: [["elt", "node"], ["generators", "nodes"]],
  DictComp: [["key", "node"], ["value", "node"], ["generators", "nodes"]],
  GeneratorExp: [["elt", "node"], ["generators", "nodes"]],
  Await: [["value", "node"]],
  Yield: [["value", "node?"]],
  YieldFrom: [["value", "node"]],
  Compare: [["left", "node"], ["ops", "ops"], ["comparators", "nodes"]],
  Call: [["func", "node"], ["args", "nodes"], ["keywords", "nodes"]],
  FormattedValue: [["value", "node"], ["conversion", "int"], ["format_spec", "node?"]],
  JoinedStr: [["values", "nodes"]],
  Constant: [["value", "constant"], ["kind", "ident?"]],
  Attribute: [["value", "node"], ["attr", "ident"], ["ctx", "op"]],
  Subscript: [["value", "node"], ["slice", "node"], ["ctx", "op"]],
  Starred: [["value", "node"], ["ctx", "op"]],
  Name: [["id", "ident"], ["ctx", "op"]],
  List: [["elts", "nodes"], ["ctx", "op"]],
  Tuple: [["elts", "nodes"], ["ctx", "op"]],
  Slice: [["lower", "node?"], ["upper", "node?"], ["step", "node?"]],

  comprehension: [["target", "node"], ["iter", "node"], ["ifs", "nodes"], ["is_async", "int"]],
  ExceptHandler: [["type", "node?", "type_"], ["name", "ident?"], ["body", "nodes"]],
  arguments: [["posonlyargs", "nodes"], ["args", "nodes"], ["vararg", "node?"], ["kwonlyargs", "nodes"], ["kw_defaults", "nodes"], ["kwarg", "node?"], ["defaults", "nodes"]],
  arg: [["arg", "ident"], ["annotation", "node?"], ["type_comment", "ident?"]],
  keyword: [["arg", "ident?"], ["value", "node"]],
  alias: [["name", "ident"], ["asname", "ident?"]],
  withitem: [["context_expr", "node"], ["optional_vars", "node?"]],
  match_case: [["pattern", "node"], ["guard", "node?"], ["body", "nodes"]],

  MatchValue: [["value", "node"]],
  MatchSingleton: [["value", "constant"]],
  MatchSequence: [["patterns", "nodes"]],
  MatchMapping: [["keys", "nodes"], ["patterns", "nodes"], ["rest", "ident?"]],
  MatchClass: [["cls", "node"], ["patterns", "nodes"], ["kwd_attrs", "idents"], ["kwd_patterns", "nodes"]],
  MatchStar: [["name", "ident?"]],
  MatchAs: [["pattern", "node?"], ["name", "ident?"]],
  MatchOr: [["patterns", "nodes"]],

  TypeIgnore: [["lineno", "int"], ["tag", "ident"]],
};

/** Node types that carry `lineno`/`col_offset`/`end_lineno`/`end_col_offset`. */
export const UNLOCATED_TYPES: ReadonlySet<string> = new Set([
  "Module",
  "Interactive",
  "Expression",
  "FunctionType",
  "comprehension",
  "arguments",
  "withitem",
  "match_case",
  "TypeIgnore",
]);
