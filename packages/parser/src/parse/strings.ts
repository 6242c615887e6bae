/**
 * String literal atoms: implicit concatenation of adjacent STRING tokens,
 * escape decoding, bytes, and f-strings (PEP 498, with Python 3.11's rules:
 * no backslashes or comments inside replacement fields, nesting limited to a
 * format spec's own fields).
 *
 * f-strings are split into literal text and replacement fields by scanning
 * the token's source text. The expression of each field is parsed in place by
 * a sub-parser over the real source range (`hooks.parseExpr`), so its nodes
 * carry true source positions -- which is also what CPython 3.11 computes.
 * Following CPython 3.11, every Constant/FormattedValue piece of the result
 * takes the position of the whole concatenated literal, except that a format
 * spec's JoinedStr, and a literal ending that spec, take the position of the
 * token they appear in. Adjacent literal
 * pieces (across tokens too, including `{x=}` text) merge into one Constant.
 */
import type { Constant, Expr, FormattedValue, JoinedStr } from "../ast/nodes.js";
import { errorAtIndex } from "../errors/raise.js";
import type { SourceText } from "../tokenizer/source-text.js";
import type { Token } from "../tokenizer/token.js";
import { decodeBytes, decodeStrEscapes, EscapeError } from "./escapes.js";
import { span, tokLoc, type Loc } from "./parser-base.js";

export interface StringHooks {
  /** Parses the replacement-field expression in source range `[start, end)`. */
  parseExpr(start: number, end: number): Expr;
}

interface Literal {
  tok: Token;
  raw: boolean;
  bytes: boolean;
  fstring: boolean;
  unicode: boolean;
  /** Source indices of the body between the quotes. */
  bodyStart: number;
  bodyEnd: number;
}

function describe(tok: Token): Literal {
  const v = tok.value;
  let p = 0;
  while (v.charAt(p) !== "'" && v.charAt(p) !== '"') p++;
  const prefix = v.slice(0, p).toLowerCase();
  const q = v.charAt(p);
  const quoteLen = v.startsWith(q + q + q, p) && v.length - p >= 6 ? 3 : 1;
  return {
    tok,
    raw: prefix.includes("r"),
    bytes: prefix.includes("b"),
    fstring: prefix.includes("f"),
    unicode: prefix.includes("u"),
    bodyStart: tok.start + p + quoteLen,
    bodyEnd: tok.end - quoteLen,
  };
}

export function parseStringTokens(src: SourceText, toks: Token[], hooks: StringHooks): Expr {
  const first = toks[0];
  const last = toks[toks.length - 1];
  if (!first || !last) throw new Error("parseStringTokens: no tokens");
  const loc = span(tokLoc(first), tokLoc(last));
  const lits = toks.map(describe);
  const bytesMode = lits[0]?.bytes ?? false;
  for (const l of lits) {
    if (l.bytes !== bytesMode) {
      throw errorAtIndex(src, "cannot mix bytes and nonbytes literals", last.end, last.end);
    }
  }
  const text = src.text;
  const fail = (e: unknown, tok: Token): never => {
    if (e instanceof EscapeError) throw errorAtIndex(src, e.message, tok.end, tok.end);
    throw e;
  };
  if (bytesMode) {
    const parts: Uint8Array[] = [];
    let total = 0;
    for (const l of lits) {
      let b: Uint8Array;
      try {
        b = decodeBytes(text.slice(l.bodyStart, l.bodyEnd), l.raw);
      } catch (e) {
        return fail(e, l.tok);
      }
      parts.push(b);
      total += b.length;
    }
    const value = new Uint8Array(total);
    let off = 0;
    for (const p of parts) {
      value.set(p, off);
      off += p.length;
    }
    return { type: "Constant", value: { kind: "bytes", value }, kind: null, ...loc };
  }
  const decode = (l: Literal, s: string): string => {
    if (l.raw) return s;
    try {
      return decodeStrEscapes(s);
    } catch (e) {
      return fail(e, l.tok);
    }
  };
  if (!lits.some((l) => l.fstring)) {
    const value = lits.map((l) => decode(l, text.slice(l.bodyStart, l.bodyEnd))).join("");
    return { type: "Constant", value: { kind: "str", value }, kind: lits[0]?.unicode ? "u" : null, ...loc };
  }
  const builder = new PieceBuilder(loc);
  for (const l of lits) {
    if (!l.fstring) {
      builder.literal(decode(l, text.slice(l.bodyStart, l.bodyEnd)));
      continue;
    }
    const scanner = new FStringScanner(src, l, hooks, loc, decode);
    scanner.scanBody(l.bodyStart, builder, 0);
  }
  return { type: "JoinedStr", values: builder.finish(), ...loc };
}

/** Accumulates f-string pieces, merging adjacent literal text. */
class PieceBuilder {
  private readonly values: Expr[] = [];
  private pending: string[] = [];
  constructor(private readonly loc: Loc) {}

  literal(s: string): void {
    if (s.length > 0) this.pending.push(s);
  }

  field(v: FormattedValue): void {
    this.flush();
    this.values.push(v);
  }

  private flush(loc: Loc = this.loc): void {
    if (this.pending.length === 0) return;
    const value = this.pending.join("");
    this.pending = [];
    const c: Constant = { type: "Constant", value: { kind: "str", value }, kind: null, ...loc };
    this.values.push(c);
  }

  /**
   * `trailingLoc` positions a literal left over at the end; CPython gives it
   * the location its JoinedStr is finished with (the token, for a format spec).
   */
  finish(trailingLoc: Loc = this.loc): Expr[] {
    this.flush(trailingLoc);
    return this.values;
  }
}

class FStringScanner {
  private readonly text: string;
  constructor(
    private readonly src: SourceText,
    private readonly lit: Literal,
    private readonly hooks: StringHooks,
    private readonly loc: Loc,
    private readonly decode: (l: Literal, s: string) => string,
  ) {
    this.text = src.text;
  }

  /** CPython 3.11 reports f-string scanning errors just past the token. */
  private error(msg: string, at?: number): never {
    const t = this.lit.tok;
    void at;
    throw errorAtIndex(this.src, msg, t.end, t.end);
  }

  /**
   * Scans literal text and fields from `i`. At depth 0 runs to the end of the
   * body; inside a format spec (depth > 0) stops at the closing `}` and
   * returns its index.
   */
  scanBody(i: number, out: PieceBuilder, depth: number): number {
    const text = this.text;
    const end = this.lit.bodyEnd;
    let chunkStart = i;
    const flushLiteral = (to: number, extra = ""): void => {
      if (to > chunkStart) out.literal(this.decode(this.lit, text.slice(chunkStart, to)));
      if (extra) out.literal(extra);
    };
    while (i < end) {
      const c = text.charAt(i);
      if (c === "\\" && !this.lit.raw) {
        if (text.charAt(i + 1) === "N" && text.charAt(i + 2) === "{") {
          const close = text.indexOf("}", i);
          i = close < 0 || close >= end ? end : close + 1;
        } else {
          i += 2;
        }
        continue;
      }
      if (c === "{") {
        if (text.charAt(i + 1) === "{" && depth === 0) {
          flushLiteral(i, "{");
          i += 2;
          chunkStart = i;
          continue;
        }
        flushLiteral(i);
        if (depth >= 2) this.error("f-string: expressions nested too deeply");
        i = this.scanField(i + 1, out, depth);
        chunkStart = i;
        continue;
      }
      if (c === "}") {
        if (depth > 0) {
          flushLiteral(i);
          return i;
        }
        if (text.charAt(i + 1) === "}") {
          flushLiteral(i, "}");
          i += 2;
          chunkStart = i;
          continue;
        }
        this.error("f-string: single '}' is not allowed", i);
      }
      i++;
    }
    if (depth > 0) this.error("f-string: expecting '}'");
    flushLiteral(i);
    return i;
  }

  /** Scans one replacement field whose expression starts at `i`; returns the index after `}`. */
  private scanField(i: number, out: PieceBuilder, depth: number): number {
    const text = this.text;
    const end = this.lit.bodyEnd;
    const exprStart = i;
    let nest = 0;
    let quote = "";
    for (;;) {
      if (i >= end) this.error("f-string: expecting '}'");
      const c = text.charAt(i);
      if (c === "\\") this.error("f-string expression part cannot include a backslash");
      if (quote) {
        if (text.startsWith(quote, i)) {
          i += quote.length;
          quote = "";
        } else {
          i++;
        }
        continue;
      }
      if (c === "'" || c === '"') {
        quote = text.startsWith(c + c + c, i) ? c + c + c : c;
        i += quote.length;
        continue;
      }
      if (c === "[" || c === "(" || c === "{") {
        nest++;
      } else if (c === "]" || c === ")" || (c === "}" && nest > 0)) {
        nest--;
      } else if (c === "}") {
        break;
      } else if (c === "#") {
        this.error("f-string expression part cannot include '#'");
      } else if (nest === 0) {
        const n = text.charAt(i + 1);
        if ((c === "!" || c === "=" || c === "<" || c === ">") && n === "=") {
          i += 2;
          continue;
        }
        if (c === "!" || c === ":" || c === "=") break;
      }
      i++;
    }
    const exprEnd = i;
    if (text.slice(exprStart, exprEnd).trim() === "") this.error("f-string: empty expression not allowed");
    const value = this.hooks.parseExpr(exprStart, exprEnd);
    let conversion = -1;
    let selfDoc = false;
    if (text.charAt(i) === "=") {
      selfDoc = true;
      i++;
      while (i < end && (text.charAt(i) === " " || text.charAt(i) === "\t" || text.charAt(i) === "\n")) i++;
      out.literal(text.slice(exprStart, i));
    }
    if (text.charAt(i) === "!") {
      const conv = text.charAt(i + 1);
      if (conv !== "s" && conv !== "r" && conv !== "a") {
        this.error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      conversion = conv.charCodeAt(0);
      i += 2;
    }
    let formatSpec: JoinedStr | null = null;
    if (text.charAt(i) === ":") {
      const spec = new PieceBuilder(this.loc);
      i = this.scanBody(i + 1, spec, depth + 1);
      const tokenLoc = tokLoc(this.lit.tok);
      formatSpec = { type: "JoinedStr", values: spec.finish(tokenLoc), ...tokenLoc };
    }
    if (i >= end || text.charAt(i) !== "}") this.error("f-string: expecting '}'");
    if (selfDoc && conversion === -1 && formatSpec === null) conversion = 114;
    out.field({ type: "FormattedValue", value, conversion, format_spec: formatSpec, ...this.loc });
    return i + 1;
  }
}
