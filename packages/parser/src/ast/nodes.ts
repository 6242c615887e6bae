/**
 * AST node definitions for Python 3.11, mirroring CPython's `Parser/Python.asdl`.
 *
 * Every node is a plain object whose `type` property holds the CPython class
 * name (`"BinOp"`, `"FunctionDef"`, ...), and whose other properties use the
 * exact field names of CPython's `ast` module (`col_offset`, `kw_defaults`,
 * `is_async`, ...). Optional asdl fields (`?`) are `X | null`; sequences (`*`)
 * are arrays. Operators and expression contexts are string literal unions
 * rather than nodes, because they carry no data. Constant values are tagged
 * (`ConstantValue`) so that the parser does not depend on the interpreter's
 * object model. Positions follow CPython: 1-based lines, 0-based column
 * offsets measured in UTF-8 bytes.
 *
 * The field order of each node (needed by `dump` and `walk`) lives in
 * `node-fields.ts`; keep the two files in sync.
 */

/** Source range carried by every located node (stmt, expr, pattern, ...). */
export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

// ---------------------------------------------------------------------------
// Leaf enumerations
// ---------------------------------------------------------------------------

export type ExprContext = "Load" | "Store" | "Del";
export type BoolOperator = "And" | "Or";
export type Operator =
  | "Add"
  | "Sub"
  | "Mult"
  | "MatMult"
  | "Div"
  | "Mod"
  | "Pow"
  | "LShift"
  | "RShift"
  | "BitOr"
  | "BitXor"
  | "BitAnd"
  | "FloorDiv";
export type UnaryOperator = "Invert" | "Not" | "UAdd" | "USub";
export type CmpOperator = "Eq" | "NotEq" | "Lt" | "LtE" | "Gt" | "GtE" | "Is" | "IsNot" | "In" | "NotIn";

/** A constant's value, independent of any runtime object model. */
export type ConstantValue =
  | { kind: "int"; value: bigint }
  | { kind: "float"; value: number }
  | { kind: "complex"; imag: number }
  | { kind: "str"; value: string }
  | { kind: "bytes"; value: Uint8Array }
  | { kind: "bool"; value: boolean }
  | { kind: "None" }
  | { kind: "Ellipsis" };

// ---------------------------------------------------------------------------
// mod
// ---------------------------------------------------------------------------

export interface Module {
  type: "Module";
  body: Stmt[];
  type_ignores: TypeIgnore[];
}
export interface Interactive {
  type: "Interactive";
  body: Stmt[];
}
export interface Expression {
  type: "Expression";
  body: Expr;
}
export interface FunctionType {
  type: "FunctionType";
  argtypes: Expr[];
  returns: Expr;
}
export type Mod = Module | Interactive | Expression | FunctionType;

// ---------------------------------------------------------------------------
// stmt
// ---------------------------------------------------------------------------

export interface FunctionDef extends Located {
  type: "FunctionDef";
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
  type_comment: string | null;
}
export interface AsyncFunctionDef extends Located {
  type: "AsyncFunctionDef";
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
  type_comment: string | null;
}
export interface ClassDef extends Located {
  type: "ClassDef";
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorator_list: Expr[];
}
export interface Return extends Located {
  type: "Return";
  value: Expr | null;
}
export interface Delete extends Located {
  type: "Delete";
  targets: Expr[];
}
export interface Assign extends Located {
  type: "Assign";
  targets: Expr[];
  value: Expr;
  type_comment: string | null;
}
export interface AugAssign extends Located {
  type: "AugAssign";
  target: Name | Attribute | Subscript;
  op: Operator;
  value: Expr;
}
export interface AnnAssign extends Located {
  type: "AnnAssign";
  target: Name | Attribute | Subscript;
  annotation: Expr;
  value: Expr | null;
  /** 1 when the target is a bare, unparenthesized name; otherwise 0. */
  simple: number;
}
export interface For extends Located {
  type: "For";
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  type_comment: string | null;
}
export interface AsyncFor extends Located {
  type: "AsyncFor";
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  type_comment: string | null;
}
export interface While extends Located {
  type: "While";
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface If extends Located {
  type: "If";
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface With extends Located {
  type: "With";
  items: WithItem[];
  body: Stmt[];
  type_comment: string | null;
}
export interface AsyncWith extends Located {
  type: "AsyncWith";
  items: WithItem[];
  body: Stmt[];
  type_comment: string | null;
}
export interface Match extends Located {
  type: "Match";
  subject: Expr;
  cases: MatchCase[];
}
export interface Raise extends Located {
  type: "Raise";
  exc: Expr | null;
  cause: Expr | null;
}
export interface Try extends Located {
  type: "Try";
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface TryStar extends Located {
  type: "TryStar";
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface Assert extends Located {
  type: "Assert";
  test: Expr;
  msg: Expr | null;
}
export interface Import extends Located {
  type: "Import";
  names: Alias[];
}
export interface ImportFrom extends Located {
  type: "ImportFrom";
  module: string | null;
  names: Alias[];
  level: number;
}
export interface Global extends Located {
  type: "Global";
  names: string[];
}
export interface Nonlocal extends Located {
  type: "Nonlocal";
  names: string[];
}
/** An expression statement (CPython's `Expr` stmt). */
export interface ExprStmt extends Located {
  type: "Expr";
  value: Expr;
}
export interface Pass extends Located {
  type: "Pass";
}
export interface Break extends Located {
  type: "Break";
}
export interface Continue extends Located {
  type: "Continue";
}

export type Stmt =
  | FunctionDef
  | AsyncFunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | AugAssign
  | AnnAssign
  | For
  | AsyncFor
  | While
  | If
  | With
  | AsyncWith
  | Match
  | Raise
  | Try
  | TryStar
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | ExprStmt
  | Pass
  | Break
  | Continue;

// ---------------------------------------------------------------------------
// expr
// ---------------------------------------------------------------------------

export interface BoolOp extends Located {
  type: "BoolOp";
  op: BoolOperator;
  values: Expr[];
}
export interface NamedExpr extends Located {
  type: "NamedExpr";
  target: Name;
  value: Expr;
}
export interface BinOp extends Located {
  type: "BinOp";
  left: Expr;
  op: Operator;
  right: Expr;
}
export interface UnaryOp extends Located {
  type: "UnaryOp";
  op: UnaryOperator;
  operand: Expr;
}
export interface Lambda extends Located {
  type: "Lambda";
  args: Arguments;
  body: Expr;
}
export interface IfExp extends Located {
  type: "IfExp";
  test: Expr;
  body: Expr;
  orelse: Expr;
}
export interface Dict extends Located {
  type: "Dict";
  /** `null` keys mark `**mapping` unpacking entries. */
  keys: (Expr | null)[];
  values: Expr[];
}
export interface Set extends Located {
  type: "Set";
  elts: Expr[];
}
export interface ListComp extends Located {
  type: "ListComp";
  elt: Expr;
  generators: Comprehension[];
}
export interface SetComp extends Located {
  type: "SetComp";
  elt: Expr;
  generators: Comprehension[];
}
export interface DictComp extends Located {
  type: "DictComp";
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}
export interface GeneratorExp extends Located {
  type: "GeneratorExp";
  elt: Expr;
  generators: Comprehension[];
}
export interface Await extends Located {
  type: "Await";
  value: Expr;
}
export interface Yield extends Located {
  type: "Yield";
  value: Expr | null;
}
export interface YieldFrom extends Located {
  type: "YieldFrom";
  value: Expr;
}
export interface Compare extends Located {
  type: "Compare";
  left: Expr;
  ops: CmpOperator[];
  comparators: Expr[];
}
export interface Call extends Located {
  type: "Call";
  func: Expr;
  args: Expr[];
  keywords: Keyword[];
}
export interface FormattedValue extends Located {
  type: "FormattedValue";
  value: Expr;
  /** -1 for none, otherwise the code point of `s`, `r` or `a`. */
  conversion: number;
  format_spec: Expr | null;
}
export interface JoinedStr extends Located {
  type: "JoinedStr";
  values: Expr[];
}
export interface Constant extends Located {
  type: "Constant";
  value: ConstantValue;
  /** `"u"` for strings written with a `u` prefix, otherwise `null`. */
  kind: string | null;
}
export interface Attribute extends Located {
  type: "Attribute";
  value: Expr;
  attr: string;
  ctx: ExprContext;
}
export interface Subscript extends Located {
  type: "Subscript";
  value: Expr;
  slice: Expr;
  ctx: ExprContext;
}
export interface Starred extends Located {
  type: "Starred";
  value: Expr;
  ctx: ExprContext;
}
export interface Name extends Located {
  type: "Name";
  id: string;
  ctx: ExprContext;
}
export interface List extends Located {
  type: "List";
  elts: Expr[];
  ctx: ExprContext;
}
export interface Tuple extends Located {
  type: "Tuple";
  elts: Expr[];
  ctx: ExprContext;
}
export interface Slice extends Located {
  type: "Slice";
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}

export type Expr =
  | BoolOp
  | NamedExpr
  | BinOp
  | UnaryOp
  | Lambda
  | IfExp
  | Dict
  | Set
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Await
  | Yield
  | YieldFrom
  | Compare
  | Call
  | FormattedValue
  | JoinedStr
  | Constant
  | Attribute
  | Subscript
  | Starred
  | Name
  | List
  | Tuple
  | Slice;

// ---------------------------------------------------------------------------
// Auxiliary product types
// ---------------------------------------------------------------------------

export interface Comprehension {
  type: "comprehension";
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  /** 1 for `async for`, otherwise 0. */
  is_async: number;
}

/**
 * `except [type [as name]]: body`. CPython calls the exception-class field
 * `type`, which collides with our discriminant, so it is spelled `type_` here
 * (PEP 8's trailing-underscore convention); `dump` prints it as `type=`.
 */
export interface ExceptHandler extends Located {
  type: "ExceptHandler";
  type_: Expr | null;
  name: string | null;
  body: Stmt[];
}

export interface Arguments {
  type: "arguments";
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** One entry per `kwonlyargs`; `null` when that argument has no default. */
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  /** Defaults for the last `defaults.length` of `posonlyargs + args`. */
  defaults: Expr[];
}

export interface Arg extends Located {
  type: "arg";
  arg: string;
  annotation: Expr | null;
  type_comment: string | null;
}

export interface Keyword extends Located {
  type: "keyword";
  /** `null` for `**kwargs` unpacking. */
  arg: string | null;
  value: Expr;
}

export interface Alias extends Located {
  type: "alias";
  name: string;
  asname: string | null;
}

export interface WithItem {
  type: "withitem";
  context_expr: Expr;
  optional_vars: Expr | null;
}

export interface MatchCase {
  type: "match_case";
  pattern: Pattern;
  guard: Expr | null;
  body: Stmt[];
}

// ---------------------------------------------------------------------------
// pattern
// ---------------------------------------------------------------------------

export interface MatchValue extends Located {
  type: "MatchValue";
  value: Expr;
}
export interface MatchSingleton extends Located {
  type: "MatchSingleton";
  /** Only `None`, `True` or `False`. */
  value: ConstantValue;
}
export interface MatchSequence extends Located {
  type: "MatchSequence";
  patterns: Pattern[];
}
export interface MatchMapping extends Located {
  type: "MatchMapping";
  keys: Expr[];
  patterns: Pattern[];
  rest: string | null;
}
export interface MatchClass extends Located {
  type: "MatchClass";
  cls: Expr;
  patterns: Pattern[];
  kwd_attrs: string[];
  kwd_patterns: Pattern[];
}
export interface MatchStar extends Located {
  type: "MatchStar";
  name: string | null;
}
export interface MatchAs extends Located {
  type: "MatchAs";
  pattern: Pattern | null;
  name: string | null;
}
export interface MatchOr extends Located {
  type: "MatchOr";
  patterns: Pattern[];
}

export type Pattern =
  | MatchValue
  | MatchSingleton
  | MatchSequence
  | MatchMapping
  | MatchClass
  | MatchStar
  | MatchAs
  | MatchOr;

export interface TypeIgnore {
  type: "TypeIgnore";
  lineno: number;
  tag: string;
}

// ---------------------------------------------------------------------------
// Aliases named after the asdl sum/product types
// ---------------------------------------------------------------------------

export type ExcepthandlerNode = ExceptHandler;
export type TypeIgnoreNode = TypeIgnore;

/** Any AST node (everything with a `type` discriminant). */
export type Node =
  | Mod
  | Stmt
  | Expr
  | Pattern
  | Comprehension
  | ExceptHandler
  | Arguments
  | Arg
  | Keyword
  | Alias
  | WithItem
  | MatchCase
  | TypeIgnore;

/** Maps each CPython class name to its node interface. */
export type NodeByType = { [N in Node as N["type"]]: N };
