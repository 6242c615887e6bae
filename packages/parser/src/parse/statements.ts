/**
 * Compound statements and blocks: `if`/`elif`/`else`, `while`, `for`,
 * `try` (including `except*`), `with` (including the parenthesized form),
 * `def`, `class`, decorators, the `async` variants and `match`.
 *
 * A block is either a NEWLINE-INDENT-statements-DEDENT suite or simple
 * statements on the header line. A missing indent raises CPython's
 * `expected an indented block after ... on line N` IndentationError, and is
 * marked `incomplete` when the input simply ended there (REPL continuation).
 * `match` is a soft keyword: the statement form is tried first and the parser
 * backtracks to an ordinary statement when it does not fit.
 */
import type { Expr, ExceptHandler, MatchCase, Stmt, WithItem } from "../ast/nodes.js";
import { errorAtOffsets } from "../errors/raise.js";
import { PySyntaxError } from "../errors/syntax-error.js";
import { TokenKind, type Token } from "../tokenizer/token.js";
import { tokLoc, type Loc } from "./parser-base.js";
import { SimpleStatementParser } from "./simple-statements.js";

export abstract class StatementParser extends SimpleStatementParser {
  /** `statement`: one compound statement or a line of simple statements. */
  protected parseStatement(): Stmt[] {
    const t = this.peek();
    if (t.kind === TokenKind.NAME) {
      switch (t.value) {
        case "if": return [this.parseIf()];
        case "while": return [this.parseWhile()];
        case "for": return [this.parseFor(null)];
        case "try": return [this.parseTry()];
        case "with": return [this.parseWith(null)];
        case "def": return [this.parseFunctionDef([], null)];
        case "class": return [this.parseClassDef([])];
        case "async": return [this.parseAsync([])];
        case "match": {
          const m = this.tryParseMatch();
          if (m) return [m];
          break;
        }
      }
    } else if (t.kind === TokenKind.OP && t.value === "@") {
      return [this.parseDecorated()];
    } else if (t.kind === TokenKind.INDENT) {
      throw this.invalidSyntax();
    }
    return this.parseSimpleStatements();
  }

  /** Statements until DEDENT or end of input. */
  protected parseStatementsUntilDedent(): Stmt[] {
    const body: Stmt[] = [];
    while (!this.isKind(TokenKind.DEDENT) && !this.isKind(TokenKind.ENDMARKER)) {
      body.push(...this.parseStatement());
    }
    return body;
  }

  /** `block`, after the header's `:` has been consumed. */
  protected parseBlock(what: string, headerLine: number): Stmt[] {
    if (!this.isKind(TokenKind.NEWLINE)) return this.parseSimpleStatements();
    const nl = this.next();
    if (!this.isKind(TokenKind.INDENT)) {
      const t = this.peek();
      const msg = `expected an indented block after ${what} on line ${headerLine}`;
      if (t.kind === TokenKind.ENDMARKER || (t.kind === TokenKind.DEDENT && t.start >= this.src.text.length)) {
        void nl;
        const [lineno, off] = this.eofPosition();
        throw errorAtOffsets(this.src, msg, lineno, off, lineno, -1, { pyType: "IndentationError", incomplete: true });
      }
      throw errorAtOffsets(this.src, msg, t.lineno, this.src.charCol(t.start, t.lineno) + 1, t.endLineno,
        this.src.charCol(t.end, t.endLineno) + 1, { pyType: "IndentationError" });
    }
    this.next();
    const body = this.parseStatementsUntilDedent();
    if (this.isKind(TokenKind.DEDENT)) this.next();
    return body;
  }

  /**
   * End of a compound statement: CPython uses the last token consumed that is
   * not NEWLINE/INDENT/DEDENT (so a trailing `;` counts).
   */
  private lastLoc(_stmts: Stmt[], fallback: Loc): Loc {
    for (let i = this.pos - 1; i >= 0; i--) {
      const t = this.tokens[i];
      if (!t) break;
      if (t.kind === TokenKind.NEWLINE || t.kind === TokenKind.INDENT || t.kind === TokenKind.DEDENT) continue;
      return tokLoc(t);
    }
    return fallback;
  }

  private header(): void {
    this.expectOp(":");
  }

  private parseIf(): Stmt {
    const t = this.next();
    const test = this.parseNamedExpression();
    this.header();
    const body = this.parseBlock(`'${t.value}' statement`, t.lineno);
    let orelse: Stmt[] = [];
    if (this.isKw("elif")) {
      orelse = [this.parseIf()];
    } else if (this.isKw("else")) {
      const e = this.next();
      this.header();
      orelse = this.parseBlock("'else' statement", e.lineno);
    }
    return { type: "If", test, body, orelse, ...this.sp(tokLoc(t), this.lastLoc(orelse.length ? orelse : body, tokLoc(t))) };
  }

  private parseElse(): Stmt[] {
    if (!this.isKw("else")) return [];
    const e = this.next();
    this.header();
    return this.parseBlock("'else' statement", e.lineno);
  }

  private parseWhile(): Stmt {
    const t = this.next();
    const test = this.parseNamedExpression();
    this.header();
    const body = this.parseBlock("'while' statement", t.lineno);
    const orelse = this.parseElse();
    return { type: "While", test, body, orelse, ...this.sp(tokLoc(t), this.lastLoc(orelse.length ? orelse : body, tokLoc(t))) };
  }

  private parseFor(asyncTok: Token | null): Stmt {
    const t = this.next();
    const target = this.parseTargetList();
    this.checkTarget(target, "Store");
    if (!this.eatKw("in")) throw this.invalidSyntax();
    const iter = this.parseStarExpressions();
    this.header();
    const body = this.parseBlock("'for' statement", t.lineno);
    const orelse = this.parseElse();
    const loc = this.sp(tokLoc(asyncTok ?? t), this.lastLoc(orelse.length ? orelse : body, tokLoc(t)));
    return asyncTok
      ? { type: "AsyncFor", target, iter, body, orelse, type_comment: null, ...loc }
      : { type: "For", target, iter, body, orelse, type_comment: null, ...loc };
  }

  private parseWithItem(): WithItem {
    const contextExpr = this.parseExpression();
    let optionalVars: Expr | null = null;
    if (this.eatKw("as")) {
      optionalVars = this.parseTargetAtom();
      this.checkTarget(optionalVars, "Store");
    }
    return { type: "withitem", context_expr: contextExpr, optional_vars: optionalVars };
  }

  /** A single `star_target` (a bare tuple needs parentheses here). */
  private parseTargetAtom(): Expr {
    if (this.isOp("*")) {
      const star = this.next();
      const value = this.parseBitwiseOr();
      return { type: "Starred", value, ctx: "Load", ...this.sp(tokLoc(star), value) };
    }
    return this.parseBitwiseOr();
  }

  private parseWith(asyncTok: Token | null): Stmt {
    const t = this.next();
    let items: WithItem[] | null = null;
    if (this.isOp("(")) {
      // Parenthesized with-items; fall back to an expression if it isn't one.
      const save = this.pos;
      try {
        this.next();
        const list: WithItem[] = [];
        while (!this.isOp(")")) {
          list.push(this.parseWithItem());
          if (!this.eatOp(",")) break;
        }
        this.expectCloser(")");
        if (!this.isOp(":") || list.length === 0) throw this.invalidSyntax();
        items = list;
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        this.pos = save;
        items = null;
      }
    }
    if (!items) {
      items = [this.parseWithItem()];
      while (this.eatOp(",")) items.push(this.parseWithItem());
    }
    this.header();
    const body = this.parseBlock("'with' statement", t.lineno);
    const loc = this.sp(tokLoc(asyncTok ?? t), this.lastLoc(body, tokLoc(t)));
    return asyncTok
      ? { type: "AsyncWith", items, body, type_comment: null, ...loc }
      : { type: "With", items, body, type_comment: null, ...loc };
  }

  private parseTry(): Stmt {
    const t = this.next();
    this.header();
    const body = this.parseBlock("'try' statement", t.lineno);
    const handlers: ExceptHandler[] = [];
    let star: boolean | null = null;
    while (this.isKw("except")) {
      const e = this.next();
      const isStar = this.eatOp("*");
      if (star !== null && star !== isStar) {
        throw this.errorAtToken("cannot have both 'except' and 'except*' on the same 'try'", e);
      }
      star = isStar;
      let type: Expr | null = null;
      let name: string | null = null;
      if (!this.isOp(":")) {
        type = this.parseExpression();
        if (this.isOp(",")) {
          const save = this.pos;
          this.next();
          const more = this.startsExpression();
          this.pos = save;
          if (more) {
            const rest = this.parseStarExpressions();
            throw this.errorAtLoc("multiple exception types must be parenthesized", this.sp(type, rest));
          }
        }
        if (this.eatKw("as")) name = this.expectIdent().value;
      } else if (isStar) {
        throw this.errorAtToken("expected one or more exception types", this.peek());
      }
      this.header();
      const hbody = this.parseBlock(isStar ? "'except*' statement" : "'except' statement", e.lineno);
      handlers.push({ type: "ExceptHandler", type_: type, name, body: hbody, ...this.sp(tokLoc(e), this.lastLoc(hbody, tokLoc(e))) });
    }
    const orelse = handlers.length > 0 ? this.parseElse() : [];
    let finalbody: Stmt[] = [];
    if (this.isKw("finally")) {
      const f = this.next();
      this.header();
      finalbody = this.parseBlock("'finally' statement", f.lineno);
    }
    if (handlers.length === 0 && finalbody.length === 0) {
      throw this.invalidSyntax("expected 'except' or 'finally' block");
    }
    const endStmts = finalbody.length ? finalbody : orelse.length ? orelse : (handlers[handlers.length - 1]?.body ?? body);
    const loc = this.sp(tokLoc(t), this.lastLoc(endStmts, tokLoc(t)));
    return star
      ? { type: "TryStar", body, handlers, orelse, finalbody, ...loc }
      : { type: "Try", body, handlers, orelse, finalbody, ...loc };
  }

  private parseDecorated(): Stmt {
    const decorators: Expr[] = [];
    while (this.eatOp("@")) {
      decorators.push(this.parseNamedExpression());
      if (!this.isKind(TokenKind.NEWLINE)) throw this.invalidSyntax();
      this.next();
    }
    if (this.isKw("def")) return this.parseFunctionDef(decorators, null);
    if (this.isKw("class")) return this.parseClassDef(decorators);
    if (this.isKw("async") && this.isKw("def", 1)) return this.parseAsync(decorators);
    throw this.invalidSyntax();
  }

  private parseAsync(decorators: Expr[]): Stmt {
    const a = this.next();
    if (this.isKw("def")) return this.parseFunctionDef(decorators, a);
    if (this.isKw("for")) return this.parseFor(a);
    if (this.isKw("with")) return this.parseWith(a);
    throw this.invalidSyntax();
  }

  private parseFunctionDef(decorators: Expr[], asyncTok: Token | null): Stmt {
    const t = this.next();
    const name = this.expectIdent();
    if (!this.isOp("(")) throw this.invalidSyntax("expected '('");
    this.next();
    this.bracketDepth++;
    const args = this.parseParameters(")", true);
    this.bracketDepth--;
    this.expectCloser(")");
    const returns = this.eatOp("->") ? this.parseExpression() : null;
    this.header();
    const body = this.parseBlock("function definition", t.lineno);
    const loc = this.sp(tokLoc(asyncTok ?? t), this.lastLoc(body, tokLoc(t)));
    const common = { name: name.value, args, body, decorator_list: decorators, returns, type_comment: null, ...loc };
    return asyncTok ? { type: "AsyncFunctionDef", ...common } : { type: "FunctionDef", ...common };
  }

  private parseClassDef(decorators: Expr[]): Stmt {
    const t = this.next();
    const name = this.expectIdent();
    let bases: Expr[] = [];
    let keywords: Extract<Expr, { type: "Call" }>["keywords"] = [];
    if (this.isOp("(")) {
      const fake: Expr = { type: "Name", id: name.value, ctx: "Load", ...tokLoc(name) };
      const call = this.parseCall(fake);
      bases = call.args;
      keywords = call.keywords;
    }
    this.header();
    const body = this.parseBlock("class definition", t.lineno);
    return {
      type: "ClassDef", name: name.value, bases, keywords, body, decorator_list: decorators,
      ...this.sp(tokLoc(t), this.lastLoc(body, tokLoc(t))),
    };
  }

  // -------------------------------------------------------------------------
  // match
  // -------------------------------------------------------------------------

  private tryParseMatch(): Stmt | null {
    const save = this.pos;
    const t = this.next();
    if (!this.startsExpression()) {
      this.pos = save;
      return null;
    }
    let subject: Expr;
    try {
      const first = this.parseStarNamedExpression();
      if (this.isOp(",")) {
        const elts = [first];
        while (this.eatOp(",")) {
          if (this.isOp(":")) break;
          elts.push(this.parseStarNamedExpression());
        }
        subject = { type: "Tuple", elts, ctx: "Load", ...this.sp(first, this.prevLoc()) };
      } else {
        subject = first;
      }
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      this.pos = save;
      return null;
    }
    if (!this.isOp(":") || !this.isKind(TokenKind.NEWLINE, 1)) {
      this.pos = save;
      return null;
    }
    this.next();
    this.next();
    if (!this.isKind(TokenKind.INDENT)) {
      const tok = this.peek();
      throw errorAtOffsets(this.src, `expected an indented block after 'match' statement on line ${t.lineno}`,
        tok.lineno, this.src.charCol(tok.start, tok.lineno) + 1, tok.lineno, -1,
        { pyType: "IndentationError", incomplete: tok.kind === TokenKind.ENDMARKER });
    }
    this.next();
    const cases: MatchCase[] = [];
    while (this.isKw("case")) {
      const c = this.next();
      const pattern = this.parsePatterns();
      const guard = this.eatKw("if") ? this.parseNamedExpression() : null;
      this.header();
      const body = this.parseBlock("'case' statement", c.lineno);
      cases.push({ type: "match_case", pattern, guard, body });
    }
    if (cases.length === 0) throw this.invalidSyntax();
    if (!this.isKind(TokenKind.DEDENT) && !this.isKind(TokenKind.ENDMARKER)) throw this.invalidSyntax();
    if (this.isKind(TokenKind.DEDENT)) this.next();
    const lastCase = cases[cases.length - 1];
    const end = lastCase ? this.lastLoc(lastCase.body, tokLoc(t)) : tokLoc(t);
    return { type: "Match", subject, cases, ...this.sp(tokLoc(t), end) };
  }
}
