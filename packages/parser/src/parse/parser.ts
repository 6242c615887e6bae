/**
 * The concrete parser and the entry points for the three compile modes.
 * `Parser` closes the class chain by supplying string-literal parsing, which
 * needs to start nested parsers for f-string replacement fields: each field's
 * expression is tokenized in place (see `Tokenizer`'s `fstringExpr` mode) and
 * parsed by a fresh `Parser` over the same `SourceText`.
 */
import type { Expr, Expression, Interactive, Mod, Module, Stmt } from "../ast/nodes.js";
import { PySyntaxError } from "../errors/syntax-error.js";
import { SourceText } from "../tokenizer/source-text.js";
import { TokenKind, type Token } from "../tokenizer/token.js";
import { Tokenizer } from "../tokenizer/tokenizer.js";
import { StatementParser } from "./statements.js";
import { parseStringTokens } from "./strings.js";

class Parser extends StatementParser {
  protected override parseStrings(tokens: Token[]): Expr {
    return parseStringTokens(this.src, tokens, {
      parseExpr: (start, end) => parseFStringExpr(this.src, start, end),
    });
  }

  parseFile(): Module {
    const body: Stmt[] = [];
    while (!this.isKind(TokenKind.ENDMARKER)) {
      if (this.isKind(TokenKind.NEWLINE)) {
        this.next();
        continue;
      }
      body.push(...this.parseStatement());
    }
    return { type: "Module", body, type_ignores: [] };
  }

  parseEval(): Expression {
    while (this.isKind(TokenKind.NEWLINE)) this.next();
    const first = this.parseExpression();
    let body: Expr = first;
    if (this.isOp(",")) {
      const elts = [first];
      while (this.eatOp(",")) {
        if (!this.startsExpression()) break;
        elts.push(this.parseExpression());
      }
      const last = this.prev();
      body = {
        type: "Tuple", elts, ctx: "Load",
        lineno: first.lineno, col_offset: first.col_offset, end_lineno: last.endLineno, end_col_offset: last.endCol,
      };
    }
    while (this.isKind(TokenKind.NEWLINE)) this.next();
    if (!this.isKind(TokenKind.ENDMARKER)) throw this.invalidSyntax();
    return { type: "Expression", body };
  }

  parseSingle(): Interactive {
    while (this.isKind(TokenKind.NEWLINE)) this.next();
    if (this.isKind(TokenKind.ENDMARKER)) return { type: "Interactive", body: [] };
    const body = this.parseStatement();
    while (this.isKind(TokenKind.NEWLINE)) this.next();
    if (!this.isKind(TokenKind.ENDMARKER)) {
      throw this.invalidSyntax("multiple statements found while compiling a single statement");
    }
    return { type: "Interactive", body };
  }

  /**
   * CPython 3.11 parses a replacement field as `(expr)`, with the added
   * parentheses standing on the `{` and on the character that ends the
   * expression. That only shows in positions of a bare tuple or generator
   * expression, which then span those two characters.
   */
  parseFStringField(start: number, end: number): Expr {
    const first = this.parseStarExpressions();
    let e = first;
    if (this.isKw("for") || (this.isKw("async") && this.isKw("for", 1))) {
      const generators = this.parseComprehensionClauses();
      e = { type: "GeneratorExp", elt: first, generators, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };
    }
    if (!this.isKind(TokenKind.ENDMARKER)) throw this.invalidSyntax();
    if ((e.type === "Tuple" && !this.parenthesized.has(e)) || e.type === "GeneratorExp") {
      const l1 = this.src.lineOf(start - 1);
      const l2 = this.src.lineOf(end);
      e.lineno = l1;
      e.col_offset = this.src.byteCol(start - 1, l1);
      e.end_lineno = l2;
      e.end_col_offset = this.src.byteCol(end + 1, l2);
    }
    return e;
  }
}

function parseFStringExpr(src: SourceText, start: number, end: number): Expr {
  try {
    const tokens = new Tokenizer(src, { fstringExpr: { start, end } }).run();
    return new Parser(src, tokens).parseFStringField(start, end);
  } catch (e) {
    if (e instanceof PySyntaxError && !e.msg.startsWith("f-string")) {
      throw new PySyntaxError({
        pyType: e.pyType, msg: `f-string: ${e.msg}`, filename: e.filename, lineno: e.lineno, offset: e.offset,
        endLineno: e.endLineno, endOffset: e.endOffset, text: e.text, incomplete: false,
      });
    }
    throw e;
  }
}

export type Mode = "exec" | "eval" | "single";

export interface ParseOptions {
  filename?: string;
  mode?: Mode;
  /** `sys.get_int_max_str_digits()`: decimal int literals with more digits are a SyntaxError (default 4300, 0 = no limit). */
  maxIntDigits?: number;
}

/** Parses Python 3.11 source into an AST, like `ast.parse(source, filename, mode)`. */
export function parse(source: string, options: ParseOptions = {}): Mod {
  const src = new SourceText(normalizeNewlines(source), options.filename ?? "<unknown>");
  const tokens = new Tokenizer(src).run();
  const parser = new Parser(src, tokens);
  if (options.maxIntDigits !== undefined) parser.maxIntDigits = options.maxIntDigits;
  try {
    switch (options.mode ?? "exec") {
      case "exec": return parser.parseFile();
      case "eval": return parser.parseEval();
      case "single": return parser.parseSingle();
    }
  } catch (e) {
    throw preferTokenizerError(e, tokens, parser.furthestLine());
  }
}

/**
 * CPython, after its parser fails, tokenizes the rest of the file
 * (`_PyPegen_tokenize_full_source_to_check_for_errors`): a tokenizer error
 * found there replaces the parser's error, and so does an unclosed bracket
 * if it was opened on an earlier line than the furthest token the parser had
 * fetched (`furthestLine`) — so `x = (1, 2` followed by `y = 3` on the next
 * line reports "'(' was never closed", while `b = (3` on the line of the
 * parser's error keeps the parser's message.
 */
function preferTokenizerError(e: unknown, tokens: Token[], furthestLine: number): unknown {
  if (!(e instanceof PySyntaxError)) return e;
  const last = tokens[tokens.length - 2];
  const tokError = last?.kind === TokenKind.ERRORTOKEN ? last.error : undefined;
  if (!tokError || tokError === e) return e;
  if (tokError.msg.endsWith("was never closed") && !(furthestLine > tokError.lineno)) return e;
  return tokError;
}

/** CPython reads source in universal-newline mode and skips a UTF-8 BOM. */
export function normalizeNewlines(source: string): string {
  let s = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (s.indexOf("\r") >= 0) s = s.replace(/\r\n?/g, "\n");
  return s;
}
