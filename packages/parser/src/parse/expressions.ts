/**
 * Expression parsing: one method per precedence level of the Python 3.11
 * grammar (`expression` → `disjunction` → `conjunction` → `inversion` →
 * `comparison` → `bitwise_or` … `factor` → `power` → `await_primary` →
 * `primary` → `atom`), plus displays, comprehensions, calls and slices.
 *
 * Binary levels are loops (left-associative); `**` recurses into `factor` on
 * its right, which makes it right-associative and binds unary minus the way
 * CPython does (`-2**2` is `-(2**2)`). Parenthesized expressions keep the
 * position of the inner expression (as in CPython) and are remembered in
 * `parenthesized` so that later checks (annotation `simple`, targets) can
 * tell `(x)` from `x`. Targets are parsed as expressions at `bitwise_or`
 * level and re-labelled by `targets.ts`.
 */
import type {
  Arguments, Call, Comprehension, Constant, Expr, Keyword, Name, Operator, CmpOperator, Starred,
} from "../ast/nodes.js";
import { TokenKind, type Token } from "../tokenizer/token.js";
import { KEYWORDS, ParserBase, span, tokLoc, type Loc } from "./parser-base.js";
import { describeExpr, invalidTarget, setContext } from "./targets.js";

const BIN_LEVELS: readonly (Readonly<Record<string, Operator>>)[] = [
  { "|": "BitOr" },
  { "^": "BitXor" },
  { "&": "BitAnd" },
  { "<<": "LShift", ">>": "RShift" },
  { "+": "Add", "-": "Sub" },
  { "*": "Mult", "/": "Div", "//": "FloorDiv", "%": "Mod", "@": "MatMult" },
];
const CMP_OPS: Readonly<Record<string, CmpOperator>> = {
  "==": "Eq", "!=": "NotEq", "<": "Lt", "<=": "LtE", ">": "Gt", ">=": "GtE",
};
const SOFT_KEYWORDS = new Set(["match", "case", "_"]);

export abstract class ExpressionParser extends ParserBase {
  /** Expressions that were written inside their own parentheses. */
  protected readonly parenthesized = new WeakSet<Expr>();

  /** Parameters of a `lambda`, up to (not including) the `:`. */
  protected abstract parseLambdaParameters(): Arguments;
  /** One or more adjacent STRING tokens (implicit concatenation). */
  protected abstract parseStrings(tokens: Token[]): Expr;

  // -------------------------------------------------------------------------
  // Top-level expression forms
  // -------------------------------------------------------------------------

  /** `star_expressions`: a bare tuple when there is a comma. */
  parseStarExpressions(): Expr {
    const first = this.parseStarExpression();
    if (!this.isOp(",")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (!this.startsExpression()) break;
      elts.push(this.parseStarExpression());
    }
    return { type: "Tuple", elts, ctx: "Load", ...this.sp(first, this.prevLoc()) };
  }

  parseStarExpression(): Expr {
    if (this.isOp("*")) {
      const star = this.next();
      const value = this.parseBitwiseOr();
      return { type: "Starred", value, ctx: "Load", ...this.sp(tokLoc(star), value) };
    }
    return this.parseExpression();
  }

  /** `star_named_expression`: list/set/tuple display elements. */
  parseStarNamedExpression(): Expr {
    if (this.isOp("*")) {
      const star = this.next();
      const value = this.parseBitwiseOr();
      return { type: "Starred", value, ctx: "Load", ...this.sp(tokLoc(star), value) };
    }
    return this.parseNamedExpression();
  }

  /** `named_expression`: `NAME := expression` or an expression. */
  parseNamedExpression(): Expr {
    if (this.isIdent() && this.isOp(":=", 1)) {
      const nameTok = this.next();
      this.next();
      const value = this.parseExpression();
      const target: Name = { type: "Name", id: nameTok.value, ctx: "Store", ...tokLoc(nameTok) };
      return { type: "NamedExpr", target, value, ...this.sp(target, value) };
    }
    const e = this.parseExpression();
    if (this.isOp(":=")) {
      throw this.errorAtLoc(`cannot use assignment expressions with ${describeExpr(e)}`, e);
    }
    return e;
  }

  parseExpression(): Expr {
    if (this.isKw("lambda")) return this.parseLambda();
    const body = this.parseDisjunction();
    if (!this.isKw("if")) return body;
    this.next();
    const test = this.parseDisjunction();
    if (!this.eatKw("else")) throw this.invalidSyntax("expected 'else' after 'if' expression");
    const orelse = this.parseExpression();
    return { type: "IfExp", test, body, orelse, ...this.sp(body, orelse) };
  }

  /** Expression without conditional or lambda (comprehension `if`/`in`). */
  parseDisjunction(): Expr {
    const first = this.parseConjunction();
    if (!this.isKw("or")) return first;
    const values = [first];
    while (this.eatKw("or")) values.push(this.parseConjunction());
    return { type: "BoolOp", op: "Or", values, ...this.sp(first, this.prevLoc()) };
  }

  private parseConjunction(): Expr {
    const first = this.parseInversion();
    if (!this.isKw("and")) return first;
    const values = [first];
    while (this.eatKw("and")) values.push(this.parseInversion());
    return { type: "BoolOp", op: "And", values, ...this.sp(first, this.prevLoc()) };
  }

  private parseInversion(): Expr {
    if (this.isKw("not")) {
      const t = this.next();
      const operand = this.parseInversion();
      return { type: "UnaryOp", op: "Not", operand, ...this.sp(tokLoc(t), operand) };
    }
    return this.parseComparison();
  }

  private compareOp(): CmpOperator | null {
    const t = this.peek();
    if (t.kind === TokenKind.OP) {
      const op = CMP_OPS[t.value];
      if (op) {
        this.next();
        return op;
      }
      return null;
    }
    if (t.kind !== TokenKind.NAME) return null;
    if (t.value === "in") {
      this.next();
      return "In";
    }
    if (t.value === "not" && this.isKw("in", 1)) {
      this.next();
      this.next();
      return "NotIn";
    }
    if (t.value === "is") {
      this.next();
      return this.eatKw("not") ? "IsNot" : "Is";
    }
    return null;
  }

  private parseComparison(): Expr {
    const left = this.parseBitwiseOr();
    let op = this.compareOp();
    if (op === null) return left;
    const ops: CmpOperator[] = [];
    const comparators: Expr[] = [];
    while (op !== null) {
      ops.push(op);
      comparators.push(this.parseBitwiseOr());
      op = this.compareOp();
    }
    return { type: "Compare", left, ops, comparators, ...this.sp(left, this.prevLoc()) };
  }

  parseBitwiseOr(): Expr {
    return this.parseBinary(0);
  }

  private parseBinary(level: number): Expr {
    const table = BIN_LEVELS[level];
    if (!table) return this.parseFactor();
    let left = this.parseBinary(level + 1);
    for (;;) {
      const t = this.peek();
      if (t.kind !== TokenKind.OP) return left;
      const op = table[t.value];
      if (!op) return left;
      this.next();
      const right = this.parseBinary(level + 1);
      left = { type: "BinOp", left, op, right, ...this.sp(left, right) };
    }
  }

  private parseFactor(): Expr {
    const t = this.peek();
    if (t.kind === TokenKind.OP && (t.value === "-" || t.value === "+" || t.value === "~")) {
      this.next();
      const operand = this.parseFactor();
      const op = t.value === "-" ? "USub" : t.value === "+" ? "UAdd" : "Invert";
      return { type: "UnaryOp", op, operand, ...this.sp(tokLoc(t), operand) };
    }
    return this.parsePower();
  }

  private parsePower(): Expr {
    let left: Expr;
    if (this.isKw("await")) {
      const t = this.next();
      const value = this.parsePrimary();
      left = { type: "Await", value, ...this.sp(tokLoc(t), value) };
    } else {
      left = this.parsePrimary();
    }
    if (this.isOp("**")) {
      this.next();
      const right = this.parseFactor();
      return { type: "BinOp", left, op: "Pow", right, ...this.sp(left, right) };
    }
    return left;
  }

  // -------------------------------------------------------------------------
  // Primaries
  // -------------------------------------------------------------------------

  protected parsePrimary(): Expr {
    let e = this.parseAtom();
    for (;;) {
      const t = this.peek();
      if (t.kind !== TokenKind.OP) return e;
      if (t.value === ".") {
        this.next();
        const name = this.expectIdent();
        e = { type: "Attribute", value: e, attr: name.value, ctx: "Load", ...this.sp(e, tokLoc(name)) };
      } else if (t.value === "(") {
        e = this.parseCall(e);
      } else if (t.value === "[") {
        this.next();
        this.bracketDepth++;
        const slice = this.parseSlices();
        this.bracketDepth--;
        this.expectCloser("]");
        e = { type: "Subscript", value: e, slice, ctx: "Load", ...this.sp(e, this.prevLoc()) };
      } else {
        return e;
      }
    }
  }

  private parseSlices(): Expr {
    const startTok = this.peek();
    const first = this.parseSlice();
    if (!this.isOp(",") && first.type !== "Starred") return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isOp("]")) break;
      elts.push(this.parseSlice());
    }
    return { type: "Tuple", elts, ctx: "Load", ...this.sp(tokLoc(startTok), this.prevLoc()) };
  }

  private parseSlice(): Expr {
    const startTok = this.peek();
    if (this.isOp("*")) return this.parseStarExpression();
    let lower: Expr | null = null;
    if (!this.isOp(":")) {
      lower = this.parseNamedExpression();
      if (!this.isOp(":")) return lower;
      if (lower.type === "NamedExpr" && !this.parenthesized.has(lower)) throw this.invalidSyntax();
    }
    this.next();
    let upper: Expr | null = null;
    let step: Expr | null = null;
    if (!this.isOp(":") && !this.isOp(",") && !this.isOp("]")) upper = this.parseExpression();
    if (this.eatOp(":")) {
      if (!this.isOp(",") && !this.isOp("]")) step = this.parseExpression();
    }
    return { type: "Slice", lower, upper, step, ...this.sp(tokLoc(startTok), this.prevLoc()) };
  }

  protected parseCall(func: Expr): Call {
    const open = this.next();
    this.bracketDepth++;
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    while (!this.isOp(")")) {
      this.noteElementStart();
      if (this.isOp("*")) {
        const star = this.next();
        const value = this.parseExpression();
        const node: Starred = { type: "Starred", value, ctx: "Load", ...this.sp(tokLoc(star), value) };
        if (sawDoubleStar) {
          throw this.errorAtToken("iterable argument unpacking follows keyword argument unpacking", star);
        }
        args.push(node);
      } else if (this.isOp("**")) {
        const star = this.next();
        const value = this.parseExpression();
        keywords.push({ type: "keyword", arg: null, value, ...this.sp(tokLoc(star), value) });
        sawDoubleStar = true;
      } else if (this.isIdent() && this.isOp("=", 1)) {
        const name = this.next();
        this.next();
        const value = this.parseExpression();
        keywords.push({ type: "keyword", arg: name.value, value, ...this.sp(tokLoc(name), value) });
        sawKeyword = true;
      } else {
        const value = this.parseNamedExpression();
        if (this.isKw("for") || (this.isKw("async") && this.isKw("for", 1))) {
          const generators = this.parseComprehensionClauses();
          const onlyArg = args.length === 0 && keywords.length === 0;
          if (!onlyArg || this.isOp(",")) {
            if (!onlyArg || !this.isOp(")", 1)) {
              throw this.errorAtLoc("Generator expression must be parenthesized", this.sp(value, this.prevLoc()));
            }
            this.next();
          }
          const closeTok = this.expectCloser(")");
          this.bracketDepth--;
          const gen: Expr = { type: "GeneratorExp", elt: value, generators, ...this.sp(tokLoc(open), tokLoc(closeTok)) };
          return { type: "Call", func, args: [gen], keywords, ...this.sp(func, tokLoc(closeTok)) };
        }
        if (this.isOp("=")) {
          throw this.errorAtLoc('expression cannot contain assignment, perhaps you meant "=="?', this.sp(value, tokLoc(this.peek())));
        }
        // CPython raises these at the furthest token it has read.
        if (sawDoubleStar) throw this.errorAtToken("positional argument follows keyword argument unpacking", this.peek());
        if (sawKeyword) throw this.errorAtToken("positional argument follows keyword argument", this.peek());
        args.push(value);
      }
      if (!this.eatOp(",")) break;
    }
    if (!this.isOp(")")) this.checkForgottenComma();
    const close = this.expectCloser(")");
    this.bracketDepth--;
    return { type: "Call", func, args, keywords, ...this.sp(func, tokLoc(close)) };
  }

  /** Consumes a closing bracket or reports `invalid syntax` there. */
  protected expectCloser(ch: string): Token {
    if (this.isOp(ch)) return this.next();
    throw this.invalidSyntax();
  }

  /**
   * CPython's `invalid_expression` rule: inside brackets, two expressions in
   * a row most likely lack a comma between them.
   */
  protected checkForgottenComma(): void {
    if (this.bracketDepth === 0 || !this.startsExpression()) return;
    const save = this.pos;
    // The element just parsed started at `lastElementStart`, which the
    // display and call loops record before each element.
    const start = this.lastElementStart;
    if (start === null || start.soft) return;
    let b: Expr | null = null;
    try {
      b = this.parseExpression();
    } catch (e) {
      // Reaching the end of the file inside brackets is a tokenizer error in
      // CPython, raised as soon as that token is fetched.
      if (this.isTokenizerError(e)) throw e;
      b = null;
    }
    this.pos = save;
    if (b) throw this.errorAtLoc("invalid syntax. Perhaps you forgot a comma?", this.sp(start.loc, b));
  }

  /** Start of the current display/call element; `soft` if it begins like `NAME STRING` or a soft keyword. */
  protected lastElementStart: { loc: Loc; soft: boolean } | null = null;

  protected startsExpression(k = 0): boolean {
    const t = this.peek(k);
    switch (t.kind) {
      case TokenKind.NUMBER:
      case TokenKind.STRING:
        return true;
      case TokenKind.NAME:
        return !KEYWORDS.has(t.value) || ["not", "lambda", "await", "None", "True", "False"].includes(t.value);
      case TokenKind.OP:
        return ["(", "[", "{", "-", "+", "~", "...", "*"].includes(t.value);
      default:
        return false;
    }
  }

  // -------------------------------------------------------------------------
  // Atoms
  // -------------------------------------------------------------------------

  protected parseAtom(): Expr {
    const t = this.peek();
    switch (t.kind) {
      case TokenKind.NAME: {
        if (t.value === "None" || t.value === "True" || t.value === "False") {
          this.next();
          const value: Constant["value"] = t.value === "None" ? { kind: "None" } : { kind: "bool", value: t.value === "True" };
          return { type: "Constant", value, kind: null, ...tokLoc(t) };
        }
        if (KEYWORDS.has(t.value)) throw this.invalidSyntax();
        this.next();
        return { type: "Name", id: t.value, ctx: "Load", ...tokLoc(t) };
      }
      case TokenKind.NUMBER: {
        this.next();
        const digits = decimalIntDigits(t.value);
        if (digits > this.maxIntDigits && this.maxIntDigits > 0) {
          // CPython 3.11 converts the literal with the int/str length limit (sys.int_info.default_max_str_digits).
          const msg =
            `Exceeds the limit (${this.maxIntDigits} digits) for integer string conversion: value has ${digits} digits; ` +
            "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.";
          throw this.errorAtLineStart(msg, t);
        }
        return { type: "Constant", value: parseNumber(t.value), kind: null, ...tokLoc(t) };
      }
      case TokenKind.STRING: {
        const toks: Token[] = [];
        while (this.isKind(TokenKind.STRING)) toks.push(this.next());
        return this.parseStrings(toks);
      }
      case TokenKind.OP:
        switch (t.value) {
          case "(": return this.parseParenAtom();
          case "[": return this.parseListAtom();
          case "{": return this.parseBraceAtom();
          case "...":
            this.next();
            return { type: "Constant", value: { kind: "Ellipsis" }, kind: null, ...tokLoc(t) };
        }
        break;
    }
    throw this.invalidSyntax();
  }

  protected noteElementStart(): void {
    const t = this.peek();
    const soft = t.kind === TokenKind.NAME && (SOFT_KEYWORDS.has(t.value) || this.isKind(TokenKind.STRING, 1));
    this.lastElementStart = { loc: tokLoc(t), soft };
  }

  private parseParenAtom(): Expr {
    const open = this.next();
    this.bracketDepth++;
    if (this.isOp(")")) {
      const close = this.next();
      this.bracketDepth--;
      return { type: "Tuple", elts: [], ctx: "Load", ...this.sp(tokLoc(open), tokLoc(close)) };
    }
    if (this.isKw("yield")) {
      const y = this.parseYieldExpr();
      const close = this.expectCloser(")");
      this.bracketDepth--;
      this.parenthesized.add(y);
      this.parenLoc.set(y, span(tokLoc(open), tokLoc(close)));
      return y;
    }
    this.noteElementStart();
    const first = this.parseStarNamedExpression();
    if (this.isKw("for") || (this.isKw("async") && this.isKw("for", 1))) {
      const generators = this.parseComprehensionClauses();
      const close = this.expectCloser(")");
      this.bracketDepth--;
      return { type: "GeneratorExp", elt: first, generators, ...this.sp(tokLoc(open), tokLoc(close)) };
    }
    if (this.isOp(")")) {
      const close = this.next();
      this.bracketDepth--;
      if (first.type === "Starred") {
        throw this.errorAtLoc("cannot use starred expression here", first);
      }
      this.parenthesized.add(first);
      this.parenLoc.set(first, span(tokLoc(open), tokLoc(close)));
      return first;
    }
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isOp(")")) break;
      this.noteElementStart();
      elts.push(this.parseStarNamedExpression());
    }
    if (!this.isOp(")")) this.checkForgottenComma();
    const close = this.expectCloser(")");
    this.bracketDepth--;
    const tuple: Expr = { type: "Tuple", elts, ctx: "Load", ...this.sp(tokLoc(open), tokLoc(close)) };
    this.parenthesized.add(tuple);
    return tuple;
  }

  private parseListAtom(): Expr {
    const open = this.next();
    this.bracketDepth++;
    const elts: Expr[] = [];
    if (!this.isOp("]")) {
      this.noteElementStart();
      const first = this.parseStarNamedExpression();
      if (this.isKw("for") || (this.isKw("async") && this.isKw("for", 1))) {
        const generators = this.parseComprehensionClauses();
        const close = this.expectCloser("]");
        this.bracketDepth--;
        return { type: "ListComp", elt: first, generators, ...this.sp(tokLoc(open), tokLoc(close)) };
      }
      elts.push(first);
      while (this.eatOp(",")) {
        if (this.isOp("]")) break;
        this.noteElementStart();
        elts.push(this.parseStarNamedExpression());
      }
      if (!this.isOp("]")) this.checkForgottenComma();
    }
    const close = this.expectCloser("]");
    this.bracketDepth--;
    return { type: "List", elts, ctx: "Load", ...this.sp(tokLoc(open), tokLoc(close)) };
  }

  private parseBraceAtom(): Expr {
    const open = this.next();
    this.bracketDepth++;
    if (this.isOp("}")) {
      const close = this.next();
      this.bracketDepth--;
      return { type: "Dict", keys: [], values: [], ...this.sp(tokLoc(open), tokLoc(close)) };
    }
    this.noteElementStart();
    let firstKey: Expr | null;
    let firstValue: Expr;
    if (this.isOp("**")) {
      this.next();
      firstKey = null;
      this.lastElementStart = null; // `**x y` is not invalid_expression
      firstValue = this.parseBitwiseOr();
    } else {
      const first = this.parseStarNamedExpression();
      if (!this.isOp(":") || first.type === "Starred") {
        return this.finishSet(open, first);
      }
      this.next();
      firstKey = first;
      this.noteElementStart();
      firstValue = this.parseDictValue();
      if (this.isKw("for") || (this.isKw("async") && this.isKw("for", 1))) {
        const generators = this.parseComprehensionClauses();
        const close = this.expectCloser("}");
        this.bracketDepth--;
        return { type: "DictComp", key: first, value: firstValue, generators, ...this.sp(tokLoc(open), tokLoc(close)) };
      }
    }
    const keys: (Expr | null)[] = [firstKey];
    const values: Expr[] = [firstValue];
    while (this.eatOp(",")) {
      if (this.isOp("}")) break;
      this.noteElementStart();
      if (this.eatOp("**")) {
        keys.push(null);
        this.lastElementStart = null;
        values.push(this.parseBitwiseOr());
      } else {
        keys.push(this.parseExpression());
        this.expectOp(":");
        this.noteElementStart();
        values.push(this.parseDictValue());
      }
    }
    if (!this.isOp("}")) this.checkForgottenComma();
    const close = this.expectCloser("}");
    this.bracketDepth--;
    return { type: "Dict", keys, values, ...this.sp(tokLoc(open), tokLoc(close)) };
  }

  private parseDictValue(): Expr {
    if (this.isOp("}") || this.isOp(",")) {
      throw this.errorAtToken("expression expected after dictionary key and ':'", this.prev());
    }
    return this.parseExpression();
  }

  private finishSet(open: Token, first: Expr): Expr {
    if (this.isKw("for") || (this.isKw("async") && this.isKw("for", 1))) {
      const generators = this.parseComprehensionClauses();
      const close = this.expectCloser("}");
      this.bracketDepth--;
      return { type: "SetComp", elt: first, generators, ...this.sp(tokLoc(open), tokLoc(close)) };
    }
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isOp("}")) break;
      this.noteElementStart();
      elts.push(this.parseStarNamedExpression());
    }
    if (!this.isOp("}")) this.checkForgottenComma();
    const close = this.expectCloser("}");
    this.bracketDepth--;
    return { type: "Set", elts, ...this.sp(tokLoc(open), tokLoc(close)) };
  }

  protected parseComprehensionClauses(): Comprehension[] {
    const out: Comprehension[] = [];
    for (;;) {
      let isAsync = 0;
      if (this.isKw("async") && this.isKw("for", 1)) {
        this.next();
        isAsync = 1;
      } else if (!this.isKw("for")) {
        break;
      }
      this.next();
      const target = this.parseTargetList();
      this.checkTarget(target, "Store");
      if (!this.eatKw("in")) throw this.invalidSyntax();
      const iter = this.parseDisjunction();
      const ifs: Expr[] = [];
      while (this.eatKw("if")) ifs.push(this.parseDisjunction());
      out.push({ type: "comprehension", target, iter, ifs, is_async: isAsync });
    }
    return out;
  }

  // -------------------------------------------------------------------------
  // Targets, lambda, yield
  // -------------------------------------------------------------------------

  /**
   * `star_targets`: comma-separated `bitwise_or` expressions (optionally
   * starred), so that a following `in` or `=` is left for the caller.
   */
  protected parseTargetList(): Expr {
    const one = (): Expr => {
      if (this.isOp("*")) {
        const star = this.next();
        const value = this.parseBitwiseOr();
        return { type: "Starred", value, ctx: "Load", ...this.sp(tokLoc(star), value) };
      }
      return this.parseBitwiseOr();
    };
    const first = one();
    if (!this.isOp(",")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (!this.startsExpression()) break;
      elts.push(one());
    }
    return { type: "Tuple", elts, ctx: "Load", ...this.sp(first, this.prevLoc()) };
  }

  /** Validates and re-labels a target, with CPython's messages. */
  protected checkTarget(e: Expr, ctx: "Store" | "Del"): void {
    const bad = invalidTarget(e, ctx);
    if (bad) {
      const verb = ctx === "Store" ? "assign to" : "delete";
      throw this.errorAtLoc(`cannot ${verb} ${describeExpr(bad)}`, bad);
    }
    setContext(e, ctx);
  }

  private parseLambda(): Expr {
    const t = this.next();
    const args = this.parseLambdaParameters();
    this.expectOp(":");
    const body = this.parseExpression();
    return { type: "Lambda", args, body, ...this.sp(tokLoc(t), body) };
  }

  protected parseYieldExpr(): Expr {
    const t = this.next();
    if (this.eatKw("from")) {
      const value = this.parseExpression();
      return { type: "YieldFrom", value, ...this.sp(tokLoc(t), value) };
    }
    if (!this.startsExpression()) return { type: "Yield", value: null, ...tokLoc(t) };
    const value = this.parseStarExpressions();
    return { type: "Yield", value, ...this.sp(tokLoc(t), value) };
  }
}

/** Digits of a decimal int literal (underscores excluded), 0 for any other number. */
export function decimalIntDigits(text: string): number {
  if (text.length <= 640) return 0; // below sys.int_info.str_digits_check_threshold: never checked
  const c1 = text.charCodeAt(1) | 0x20;
  if (text.charCodeAt(0) === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 101 || c === 69 || c === 106 || c === 74) return 0;
    if (c !== 95) n++;
  }
  return n;
}

/** Converts a NUMBER token's text into a constant value. */
export function parseNumber(text: string): Constant["value"] {
  const s = text.includes("_") ? text.replace(/_/g, "") : text;
  const last = s.charCodeAt(s.length - 1) | 0x20;
  if (last === 106) return { kind: "complex", imag: Number(s.slice(0, -1)) };
  const c1 = s.charCodeAt(1) | 0x20;
  if (s.charCodeAt(0) === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) {
    return { kind: "int", value: BigInt(s) };
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 101 || c === 69) return { kind: "float", value: Number(s) };
  }
  return { kind: "int", value: BigInt(s) };
}
