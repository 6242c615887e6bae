/**
 * Shared machinery for the recursive-descent parser: a cursor over the token
 * array (the parser backtracks by saving and restoring `pos`), keyword
 * recognition, position helpers, and error factories.
 *
 * The parser is a class chain, as in Babel: `ParserBase` → `ExpressionParser`
 * → `PatternParser` → `StatementParser`. Each layer lives in its own file and
 * only knows the layers below it; the few upward calls (lambda parameters,
 * f-string sub-expressions) go through abstract methods.
 *
 * Positions: every located node gets `lineno`/`col_offset` from its first
 * token and `end_lineno`/`end_col_offset` from its last token, in UTF-8 bytes
 * as the tokenizer computed them. `Loc` is that four-field record.
 */
import { errorAtIndex, errorAtNode, errorAtOffsets, type RaiseOptions } from "../errors/raise.js";
import type { PySyntaxError } from "../errors/syntax-error.js";
import type { Located } from "../ast/nodes.js";
import type { SourceText } from "../tokenizer/source-text.js";
import { TokenKind, type Token } from "../tokenizer/token.js";

export type Loc = Located;

export const KEYWORDS: ReadonlySet<string> = new Set([
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
  "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
  "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]);

export function tokLoc(t: Token): Loc {
  return { lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
}

/** Start of `a`, end of `b`. */
export function span(a: Loc, b: Loc): Loc {
  return { lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset };
}

export abstract class ParserBase {
  protected readonly src: SourceText;
  protected readonly tokens: Token[];
  protected pos = 0;
  /** Index of the furthest token looked at (CPython's `p->tokens[p->fill - 1]`). */
  private furthest = 0;
  /** Depth of open brackets around the current position (for error wording). */
  protected bracketDepth = 0;
  /**
   * Nodes written inside their own parentheses, mapped to the position
   * including the parentheses. The node keeps its inner position (as in
   * CPython), but an enclosing node that starts or ends with it spans the
   * parentheses too, because CPython takes enclosing spans from tokens.
   */
  protected readonly parenLoc = new WeakMap<object, Loc>();

  /** Decimal int literals longer than this are a SyntaxError (CPython's int/str limit; 0 = none). */
  maxIntDigits = 4300;

  constructor(src: SourceText, tokens: Token[]) {
    this.src = src;
    this.tokens = tokens;
  }

  /** Span from the start of `a` to the end of `b`, counting parentheses. */
  protected sp(a: Loc, b: Loc): Loc {
    return span(this.parenLoc.get(a) ?? a, this.parenLoc.get(b) ?? b);
  }

  protected peek(k = 0): Token {
    const i = this.pos + k;
    if (i > this.furthest) this.furthest = i;
    const t = this.tokens[i] ?? this.tokens[this.tokens.length - 1];
    if (!t) throw new Error("parser: empty token stream");
    if (t.error) throw t.error;
    return t;
  }

  protected next(): Token {
    const t = this.peek();
    if (this.pos < this.tokens.length - 1) this.pos++;
    return t;
  }

  /** Line of the furthest token the parser has looked at, for error attribution after a failure. */
  furthestLine(): number {
    const t = this.tokens[Math.min(this.furthest, this.tokens.length - 1)];
    return t === undefined ? 1 : t.lineno;
  }

  /** Is `e` a tokenizer error carried by an ERRORTOKEN (which the parser must not swallow)? */
  protected isTokenizerError(e: unknown): boolean {
    for (let i = this.tokens.length - 1; i >= 0; i--) {
      const t = this.tokens[i] as Token;
      if (t.error === e) return true;
      if (t.kind !== TokenKind.ERRORTOKEN && t.kind !== TokenKind.ENDMARKER) return false;
    }
    return false;
  }

  /** The most recently consumed token. */
  protected prev(): Token {
    const t = this.tokens[this.pos - 1] ?? this.tokens[0];
    if (!t) throw new Error("parser: empty token stream");
    return t;
  }

  protected prevLoc(): Loc {
    return tokLoc(this.prev());
  }

  protected isOp(v: string, k = 0): boolean {
    const t = this.peek(k);
    return t.kind === TokenKind.OP && t.value === v;
  }

  protected isKw(v: string, k = 0): boolean {
    const t = this.peek(k);
    return t.kind === TokenKind.NAME && t.value === v;
  }

  protected isKind(kind: TokenKind, k = 0): boolean {
    return this.peek(k).kind === kind;
  }

  /** A NAME token that is not a reserved keyword. */
  protected isIdent(k = 0): boolean {
    const t = this.peek(k);
    return t.kind === TokenKind.NAME && !KEYWORDS.has(t.value);
  }

  protected eatOp(v: string): boolean {
    if (this.isOp(v)) {
      this.next();
      return true;
    }
    return false;
  }

  protected eatKw(v: string): boolean {
    if (this.isKw(v)) {
      this.next();
      return true;
    }
    return false;
  }

  protected expectOp(v: string): Token {
    if (this.isOp(v)) return this.next();
    if (v === ":") throw this.errorAtPrevEnd("expected ':'");
    throw this.invalidSyntax();
  }

  protected expectKw(v: string): Token {
    if (this.isKw(v)) return this.next();
    throw this.invalidSyntax();
  }

  protected expectIdent(): Token {
    if (this.isIdent()) return this.next();
    throw this.invalidSyntax();
  }

  // -------------------------------------------------------------------------
  // Errors
  // -------------------------------------------------------------------------

  /** Generic `invalid syntax` at the current token (CPython's fallback). */
  protected invalidSyntax(msg = "invalid syntax"): PySyntaxError {
    const t = this.peek();
    const atEof = t.start >= this.src.text.length;
    if (atEof && (t.kind === TokenKind.ENDMARKER || t.kind === TokenKind.DEDENT || t.kind === TokenKind.NEWLINE)) {
      const [lineno, off] = this.eofPosition();
      // Generic errors carry the token range; specific messages raised
      // without a location (RAISE_SYNTAX_ERROR) end at -1.
      return errorAtOffsets(this.src, msg, lineno, off, lineno, msg === "invalid syntax" || /^expected '[^']+'$/.test(msg) ? off : -1);
    }
    if (t.kind === TokenKind.NEWLINE) {
      const off = this.src.charCol(t.start, t.lineno) + 1;
      return errorAtOffsets(this.src, msg, t.lineno, off, t.lineno, off);
    }
    if (t.kind === TokenKind.INDENT && msg === "invalid syntax") {
      return errorAtOffsets(this.src, "unexpected indent", t.lineno, this.src.charCol(t.end, t.lineno), t.lineno, -1,
        { pyType: "IndentationError" });
    }
    if (t.kind === TokenKind.DEDENT && msg === "invalid syntax") {
      return errorAtOffsets(this.src, "unexpected unindent", t.lineno,
        this.src.charCol(t.start, t.lineno) + 1, t.lineno, -1, { pyType: "IndentationError" });
    }
    return errorAtIndex(this.src, msg, t.start, t.end);
  }

  /**
   * Where CPython locates errors found at end of input: just past the last
   * line that has any characters (a trailing newline does not start a line).
   */
  protected eofPosition(): [lineno: number, offset: number] {
    const text = this.src.text;
    let lineno = this.src.lineStarts.length;
    if (lineno > 1 && text.endsWith("\n")) lineno--;
    const line = this.src.lineText(lineno).replace(/\n$/, "");
    return [lineno, [...line].length + 1];
  }

  protected errorAtToken(msg: string, t: Token, opts: RaiseOptions = {}): PySyntaxError {
    return errorAtIndex(this.src, msg, t.start, t.end, opts);
  }

  /** Error on `t`'s line without a column (offset 0, as CPython reports errors raised by an AST action). */
  protected errorAtLineStart(msg: string, t: Token): PySyntaxError {
    const lineno = this.src.lineOf(t.start);
    return errorAtOffsets(this.src, msg, lineno, 0, lineno, 0);
  }

  protected errorAtLoc(msg: string, loc: Loc, opts: RaiseOptions = {}): PySyntaxError {
    return errorAtNode(this.src, msg, loc, opts);
  }

  /** Error pointing just past the previous token (`expected ':'`). */
  protected errorAtPrevEnd(msg: string): PySyntaxError {
    const t = this.prev();
    return errorAtIndex(this.src, msg, t.end, t.end);
  }
}
