/**
 * Patterns of the `match` statement (PEP 634), following the `patterns`
 * section of the 3.11 grammar: or-patterns of closed patterns, `as`
 * captures, literals (including signed and complex numbers), dotted value
 * patterns, sequences, mappings and class patterns. `_` is the wildcard and
 * never binds.
 */
import type { Expr, Pattern } from "../ast/nodes.js";
import { TokenKind } from "../tokenizer/token.js";
import { ExpressionParser } from "./expressions.js";
import { span, tokLoc } from "./parser-base.js";

export abstract class PatternParser extends ExpressionParser {
  /** `patterns`: an open (unbracketed) sequence or a single pattern. */
  protected parsePatterns(): Pattern {
    const startTok = this.peek();
    const first = this.parseMaybeStarPattern();
    if (!this.isOp(",")) {
      if (first.type === "MatchStar") {
        return { type: "MatchSequence", patterns: [first], ...this.sp(first, first) };
      }
      return first;
    }
    const patterns = [first];
    while (this.eatOp(",")) {
      if (this.isOp(":") || this.isKw("if")) break;
      patterns.push(this.parseMaybeStarPattern());
    }
    return { type: "MatchSequence", patterns, ...this.sp(tokLoc(startTok), this.prevLoc()) };
  }

  private parseMaybeStarPattern(): Pattern {
    if (this.isOp("*")) {
      const star = this.next();
      const name = this.expectIdent();
      return { type: "MatchStar", name: name.value === "_" ? null : name.value, ...this.sp(tokLoc(star), tokLoc(name)) };
    }
    return this.parsePattern();
  }

  /** `pattern`: or-pattern with an optional `as NAME`. */
  protected parsePattern(): Pattern {
    const or = this.parseOrPattern();
    if (!this.isKw("as")) return or;
    this.next();
    const name = this.peek();
    if (!this.isIdent()) throw this.invalidSyntax();
    if (name.value === "_") throw this.errorAtToken("cannot use '_' as a target", name);
    this.next();
    return { type: "MatchAs", pattern: or, name: name.value, ...this.sp(or, tokLoc(name)) };
  }

  private parseOrPattern(): Pattern {
    const first = this.parseClosedPattern();
    if (!this.isOp("|")) return first;
    const patterns = [first];
    while (this.eatOp("|")) patterns.push(this.parseClosedPattern());
    return { type: "MatchOr", patterns, ...this.sp(first, this.prevLoc()) };
  }

  private parseClosedPattern(): Pattern {
    const t = this.peek();
    if (t.kind === TokenKind.NUMBER || t.kind === TokenKind.STRING || this.isOp("-")) {
      const value = this.parseLiteralExpr();
      return { type: "MatchValue", value, ...this.sp(value, value) };
    }
    if (t.kind === TokenKind.NAME) {
      if (t.value === "None" || t.value === "True" || t.value === "False") {
        this.next();
        const value = t.value === "None" ? { kind: "None" as const } : { kind: "bool" as const, value: t.value === "True" };
        return { type: "MatchSingleton", value, ...tokLoc(t) };
      }
      if (!this.isIdent()) throw this.invalidSyntax();
      this.next();
      let cls: Expr = { type: "Name", id: t.value, ctx: "Load", ...tokLoc(t) };
      let dotted = false;
      while (this.isOp(".")) {
        this.next();
        const attr = this.expectIdent();
        cls = { type: "Attribute", value: cls, attr: attr.value, ctx: "Load", ...this.sp(cls, tokLoc(attr)) };
        dotted = true;
      }
      if (this.isOp("(")) return this.parseClassPattern(cls);
      if (dotted) return { type: "MatchValue", value: cls, ...this.sp(cls, cls) };
      return { type: "MatchAs", pattern: null, name: t.value === "_" ? null : t.value, ...tokLoc(t) };
    }
    if (this.isOp("(") || this.isOp("[")) {
      const open = this.next();
      const closer = open.value === "(" ? ")" : "]";
      if (this.isOp(closer)) {
        const close = this.next();
        return { type: "MatchSequence", patterns: [], ...this.sp(tokLoc(open), tokLoc(close)) };
      }
      const first = this.parseMaybeStarPattern();
      if (open.value === "(" && this.isOp(")") && first.type !== "MatchStar") {
        const close = this.next();
        this.parenLoc.set(first, span(tokLoc(open), tokLoc(close)));
        return first;
      }
      const patterns = [first];
      while (this.eatOp(",")) {
        if (this.isOp(closer)) break;
        patterns.push(this.parseMaybeStarPattern());
      }
      const close = this.expectCloser(closer);
      return { type: "MatchSequence", patterns, ...this.sp(tokLoc(open), tokLoc(close)) };
    }
    if (this.isOp("{")) return this.parseMappingPattern();
    throw this.invalidSyntax();
  }

  /** Literal (possibly signed / complex) number, string, or constant key. */
  private parseLiteralExpr(): Expr {
    const t = this.peek();
    if (t.kind === TokenKind.STRING) {
      const e = this.parseAtom();
      if (e.type === "JoinedStr") throw this.errorAtLoc("patterns may only match literals and attribute lookups", e);
      return e;
    }
    if (t.kind === TokenKind.NAME && (t.value === "None" || t.value === "True" || t.value === "False")) {
      return this.parseAtom();
    }
    let left: Expr;
    if (this.isOp("-")) {
      const minus = this.next();
      const num = this.peek();
      if (num.kind !== TokenKind.NUMBER) throw this.invalidSyntax();
      const operand = this.parseAtom();
      left = { type: "UnaryOp", op: "USub", operand, ...this.sp(tokLoc(minus), operand) };
    } else if (t.kind === TokenKind.NUMBER) {
      left = this.parseAtom();
    } else {
      throw this.invalidSyntax();
    }
    if (this.isOp("+") || this.isOp("-")) {
      const op = this.next().value === "+" ? "Add" : "Sub";
      if (!this.isKind(TokenKind.NUMBER)) throw this.invalidSyntax();
      const right = this.parseAtom();
      if (right.type !== "Constant" || right.value.kind !== "complex") {
        throw this.errorAtLoc("imaginary number required in complex literal", right);
      }
      return { type: "BinOp", left, op, right, ...this.sp(left, right) };
    }
    return left;
  }

  private parseMappingPattern(): Pattern {
    const open = this.next();
    const keys: Expr[] = [];
    const patterns: Pattern[] = [];
    let rest: string | null = null;
    while (!this.isOp("}")) {
      if (this.eatOp("**")) {
        rest = this.expectIdent().value;
        this.eatOp(",");
        break;
      }
      let key: Expr;
      if (this.isIdent()) {
        const t = this.next();
        key = { type: "Name", id: t.value, ctx: "Load", ...tokLoc(t) };
        if (!this.isOp(".")) throw this.invalidSyntax();
        while (this.eatOp(".")) {
          const attr = this.expectIdent();
          key = { type: "Attribute", value: key, attr: attr.value, ctx: "Load", ...this.sp(key, tokLoc(attr)) };
        }
      } else {
        key = this.parseLiteralExpr();
      }
      this.expectOp(":");
      keys.push(key);
      patterns.push(this.parsePattern());
      if (!this.eatOp(",")) break;
    }
    const close = this.expectCloser("}");
    return { type: "MatchMapping", keys, patterns, rest, ...this.sp(tokLoc(open), tokLoc(close)) };
  }

  private parseClassPattern(cls: Expr): Pattern {
    this.next();
    const patterns: Pattern[] = [];
    const kwdAttrs: string[] = [];
    const kwdPatterns: Pattern[] = [];
    while (!this.isOp(")")) {
      if (this.isIdent() && this.isOp("=", 1)) {
        const name = this.next();
        this.next();
        kwdAttrs.push(name.value);
        kwdPatterns.push(this.parsePattern());
      } else {
        const p = this.parsePattern();
        if (kwdAttrs.length > 0) {
          throw this.errorAtLoc("positional patterns follow keyword patterns", p);
        }
        patterns.push(p);
      }
      if (!this.eatOp(",")) break;
    }
    const close = this.expectCloser(")");
    return { type: "MatchClass", cls, patterns, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns, ...this.sp(cls, tokLoc(close)) };
  }
}
