/**
 * Simple statements (those that fit on one logical line): expression
 * statements and the three assignment forms, `del`, `pass`, `break`,
 * `continue`, `return`, `raise`, `global`, `nonlocal`, `assert` and both
 * import forms. An assignment is recognised after the fact: the left side is
 * parsed as an expression and, when `=`, `:` or an augmented operator
 * follows, validated and re-labelled as a target.
 */
import type { Alias, Expr, Name, Operator, Stmt } from "../ast/nodes.js";
import { TokenKind, type Token } from "../tokenizer/token.js";
import { ParameterParser } from "./parameters.js";
import { tokLoc } from "./parser-base.js";
import { describeExpr, invalidTarget, setContext } from "./targets.js";

const AUG_OPS: Readonly<Record<string, Operator>> = {
  "+=": "Add", "-=": "Sub", "*=": "Mult", "@=": "MatMult", "/=": "Div", "%=": "Mod", "&=": "BitAnd",
  "|=": "BitOr", "^=": "BitXor", "<<=": "LShift", ">>=": "RShift", "**=": "Pow", "//=": "FloorDiv",
};

export abstract class SimpleStatementParser extends ParameterParser {
  /** `simple_stmts`: `;`-separated simple statements ending in NEWLINE. */
  protected parseSimpleStatements(): Stmt[] {
    const out: Stmt[] = [this.parseSimpleStatement()];
    while (this.eatOp(";")) {
      if (this.isKind(TokenKind.NEWLINE)) break;
      out.push(this.parseSimpleStatement());
    }
    if (!this.isKind(TokenKind.NEWLINE)) {
      this.checkLegacyPrint(out[out.length - 1]);
      throw this.invalidSyntax();
    }
    this.next();
    return out;
  }

  /** CPython's invalid_legacy_expression: `print x` / `exec x`. */
  private checkLegacyPrint(last: Stmt | undefined): void {
    if (last?.type !== "Expr" || last.value.type !== "Name" || this.isOp("(")) return;
    const name = last.value.id;
    if ((name !== "print" && name !== "exec") || !this.startsExpression()) return;
    const save = this.pos;
    let rest: Expr | null = null;
    try {
      rest = this.parseStarExpressions();
    } catch {
      rest = null;
    }
    this.pos = save;
    if (rest) {
      throw this.errorAtLoc(`Missing parentheses in call to '${name}'. Did you mean ${name}(...)?`, this.sp(last.value, rest));
    }
  }

  private parseSimpleStatement(): Stmt {
    const t = this.peek();
    if (t.kind === TokenKind.NAME) {
      switch (t.value) {
        case "pass":
          this.next();
          return { type: "Pass", ...tokLoc(t) };
        case "break":
          this.next();
          return { type: "Break", ...tokLoc(t) };
        case "continue":
          this.next();
          return { type: "Continue", ...tokLoc(t) };
        case "return": {
          this.next();
          const value = this.startsExpression() ? this.parseStarExpressions() : null;
          return { type: "Return", value, ...this.sp(tokLoc(t), value ?? tokLoc(t)) };
        }
        case "raise": {
          this.next();
          if (!this.startsExpression()) return { type: "Raise", exc: null, cause: null, ...tokLoc(t) };
          const exc = this.parseExpression();
          const cause = this.eatKw("from") ? this.parseExpression() : null;
          return { type: "Raise", exc, cause, ...this.sp(tokLoc(t), cause ?? exc) };
        }
        case "global":
        case "nonlocal": {
          this.next();
          const names = [this.expectIdent().value];
          while (this.eatOp(",")) names.push(this.expectIdent().value);
          const loc = this.sp(tokLoc(t), this.prevLoc());
          return t.value === "global" ? { type: "Global", names, ...loc } : { type: "Nonlocal", names, ...loc };
        }
        case "assert": {
          this.next();
          const test = this.parseExpression();
          const msg = this.eatOp(",") ? this.parseExpression() : null;
          return { type: "Assert", test, msg, ...this.sp(tokLoc(t), msg ?? test) };
        }
        case "del":
          return this.parseDel();
        case "import":
          return this.parseImport();
        case "from":
          return this.parseFromImport();
      }
    }
    return this.parseExpressionStatement();
  }

  private parseDel(): Stmt {
    const t = this.next();
    const targets: Expr[] = [];
    do {
      if (this.isKind(TokenKind.NEWLINE) || this.isOp(";")) break;
      const e = this.parseBitwiseOr();
      this.checkTarget(e, "Del");
      targets.push(e);
    } while (this.eatOp(","));
    if (targets.length === 0) throw this.invalidSyntax();
    if (!this.isKind(TokenKind.NEWLINE) && !this.isOp(";")) throw this.invalidSyntax();
    return { type: "Delete", targets, ...this.sp(tokLoc(t), this.prevLoc()) };
  }

  private dottedName(): { name: string; first: Token; last: Token } {
    const first = this.expectIdent();
    let name = first.value;
    let last = first;
    while (this.isOp(".")) {
      this.next();
      last = this.expectIdent();
      name += "." + last.value;
    }
    return { name, first, last };
  }

  private parseImport(): Stmt {
    const t = this.next();
    const names: Alias[] = [];
    do {
      const d = this.dottedName();
      let asname: string | null = null;
      let last = d.last;
      if (this.eatKw("as")) {
        last = this.expectIdent();
        asname = last.value;
      }
      names.push({ type: "alias", name: d.name, asname, ...this.sp(tokLoc(d.first), tokLoc(last)) });
    } while (this.eatOp(","));
    return { type: "Import", names, ...this.sp(tokLoc(t), this.prevLoc()) };
  }

  private parseFromImport(): Stmt {
    const t = this.next();
    let level = 0;
    while (this.isOp(".") || this.isOp("...")) level += this.next().value.length;
    let module: string | null = null;
    if (!this.isKw("import")) module = this.dottedName().name;
    this.expectKw("import");
    const names: Alias[] = [];
    if (this.isOp("*")) {
      const star = this.next();
      names.push({ type: "alias", name: "*", asname: null, ...tokLoc(star) });
    } else {
      const paren = this.eatOp("(");
      do {
        if (paren && this.isOp(")")) break;
        const n = this.expectIdent();
        let asname: string | null = null;
        let last = n;
        if (this.eatKw("as")) {
          last = this.expectIdent();
          asname = last.value;
        }
        names.push({ type: "alias", name: n.value, asname, ...this.sp(tokLoc(n), tokLoc(last)) });
      } while (this.eatOp(","));
      if (paren) this.expectCloser(")");
      else if (this.prev().value === ",") {
        throw this.errorAtToken("trailing comma not allowed without surrounding parentheses", this.prev());
      }
      if (names.length === 0) throw this.invalidSyntax();
    }
    return { type: "ImportFrom", module, names, level, ...this.sp(tokLoc(t), this.prevLoc()) };
  }

  /** Right-hand side of an assignment: `yield_expr | star_expressions`. */
  private parseAssignValue(): Expr {
    return this.isKw("yield") ? this.parseYieldExpr() : this.parseStarExpressions();
  }

  private parseExpressionStatement(): Stmt {
    const first = this.parseAssignValue();
    if (this.isOp(":")) return this.parseAnnAssign(first);
    const aug = this.peek().kind === TokenKind.OP ? AUG_OPS[this.peek().value] : undefined;
    if (aug) {
      if (first.type !== "Name" && first.type !== "Attribute" && first.type !== "Subscript") {
        throw this.errorAtLoc(`'${describeExpr(first)}' is an illegal expression for augmented assignment`, first);
      }
      this.next();
      const value = this.parseAssignValue();
      setContext(first, "Store");
      return { type: "AugAssign", target: first, op: aug, value, ...this.sp(first, value) };
    }
    if (!this.isOp("=")) {
      return { type: "Expr", value: first, ...this.sp(first, first) };
    }
    const targets = [first];
    let value = first;
    while (this.eatOp("=")) {
      value = this.parseAssignValue();
      targets.push(value);
    }
    targets.pop();
    this.validateAssignTargets(targets, value);
    return { type: "Assign", targets, value, type_comment: null, ...this.sp(first, value) };
  }

  private validateAssignTargets(targets: Expr[], value: Expr): void {
    for (let i = 0; i < targets.length; i++) {
      const target = targets[i];
      if (!target) continue;
      if (target.type === "Yield" || target.type === "YieldFrom") {
        throw this.errorAtLoc("assignment to yield expression not possible", target);
      }
      const bad = invalidTarget(target, "Store");
      if (!bad) continue;
      // CPython's invalid_named_expression: `a = b` where `a` is a single
      // (non-tuple/list) invalid target and `b` is followed by no further `=`.
      // With a bare tuple target, CPython's invalid_assignment rule parses the
      // elements as named expressions, so the last element followed by `=`
      // gets the same treatment.
      const lastElt = target.type === "Tuple" && !this.parenthesized.has(target) ? target.elts[target.elts.length - 1] : null;
      const hereForm =
        targets.length === 1 && (bad === target || bad === lastElt) && !this.parenthesized.has(bad) &&
        isBitwiseOrLevel(bad) && startsBitwiseOr(value);
      if (hereForm) {
        throw this.errorAtLoc(`cannot assign to ${describeExpr(bad)} here. Maybe you meant '==' instead of '='?`, bad);
      }
      throw this.errorAtLoc(`cannot assign to ${describeExpr(bad)}`, bad);
    }
    for (const target of targets) setContext(target, "Store");
  }

  private parseAnnAssign(target: Expr): Stmt {
    if (target.type === "Tuple" && !this.parenthesized.has(target)) {
      throw this.errorAtLoc("only single target (not tuple) can be annotated", target.elts[0] ?? target);
    }
    if (target.type === "Tuple" || target.type === "List") {
      throw this.errorAtLoc(`only single target (not ${target.type === "Tuple" ? "tuple" : "list"}) can be annotated`, target);
    }
    if (target.type !== "Name" && target.type !== "Attribute" && target.type !== "Subscript") {
      throw this.errorAtLoc("illegal target for annotation", target);
    }
    this.next();
    const annotation = this.parseExpression();
    let value: Expr | null = null;
    if (this.eatOp("=")) value = this.parseAssignValue();
    setContext(target, "Store");
    const simple = target.type === "Name" && !this.parenthesized.has(target) ? 1 : 0;
    const t: Name | typeof target = target;
    return { type: "AnnAssign", target: t, annotation, value, simple, ...this.sp(target, value ?? annotation) };
  }
}

function isBitwiseOrLevel(e: Expr): boolean {
  switch (e.type) {
    case "BoolOp":
    case "Compare":
    case "IfExp":
    case "Lambda":
    case "NamedExpr":
    case "Starred":
    case "Yield":
    case "YieldFrom":
    case "List":
    case "Tuple":
    case "GeneratorExp":
      return false;
    case "UnaryOp":
      return e.op !== "Not";
    case "Constant":
      return e.value.kind !== "None" && e.value.kind !== "bool";
    default:
      return true;
  }
}

function startsBitwiseOr(e: Expr): boolean {
  switch (e.type) {
    case "Yield":
    case "YieldFrom":
    case "Lambda":
    case "Starred":
      return false;
    case "UnaryOp":
      return e.op !== "Not";
    case "Tuple":
      return e.elts[0] !== undefined && startsBitwiseOr(e.elts[0]);
    default:
      return true;
  }
}
