/**
 * Python 3.11 tokenizer, written as a single forward scan over the source.
 *
 * Like CPython's `Parser/tokenizer.c` it tracks a stack of indentation
 * columns (tabs advance to the next multiple of 8; a parallel "alternate"
 * stack with tab width 1 detects `TabError`s) and a stack of open brackets
 * (inside brackets newlines are insignificant and indentation is ignored).
 * Blank and comment-only lines produce `NL` rather than `NEWLINE`. String
 * literals, including f-strings, are returned as single `STRING` tokens with
 * their prefix and quotes; decoding happens in the parser (`parse/strings.ts`).
 *
 * The hot loop dispatches on character codes; regular expressions are only
 * used for the rare non-ASCII identifier.
 *
 * `fstringExpr` mode tokenizes the expression part of an f-string replacement
 * field in place (positions stay relative to the real source): it behaves as
 * if inside an open bracket and stops at a given index.
 */
import { errorAtIndex, errorAtOffsets } from "../errors/raise.js";
import { PySyntaxError } from "../errors/syntax-error.js";
import type { SourceText } from "./source-text.js";
import { TokenKind, type Token } from "./token.js";

const OPS3 = new Set(["**=", "//=", ">>=", "<<=", "..."]);
const OPS2 = new Set([
  "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", ":=",
  "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
]);
const OPS1 = new Set("+-*/%@&|^~<>()[]{},:;.=".split(""));
const STRING_PREFIXES = new Set(["r", "u", "b", "br", "rb", "f", "fr", "rf"]);
const CLOSER_TO_OPENER: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
/** CPython's tokenizer MAXLEVEL: more open brackets is "too many nested parentheses". */
const MAX_BRACKET_DEPTH = 200;
/** Keywords that may directly follow a number (`1if x else y`). */
const KEYWORDS_AFTER_NUMBER = ["and", "else", "for", "if", "in", "is", "not", "or"];

const ID_START = /^[\p{ID_Start}_\u1885\u1886\u2118\u212e\u309b\u309c]$/u;
const ID_CONTINUE = /^[\p{ID_Continue}\u00b7\u0387\u1369-\u1371\u19da\u1885\u1886\u2118\u212e\u309b\u309c]$/u;

function isAsciiIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isAsciiIdChar(c: number): boolean {
  return isAsciiIdStart(c) || (c >= 48 && c <= 57);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

interface OpenBracket {
  ch: string;
  index: number;
  lineno: number;
}

export interface TokenizeOptions {
  /** Keep COMMENT and NL tokens (the public `tokenize` does; the parser doesn't). */
  trivia?: boolean;
  /** Tokenize `[start, end)` as an f-string replacement-field expression. */
  fstringExpr?: { start: number; end: number };
}

export class Tokenizer {
  private readonly src: SourceText;
  private readonly text: string;
  private readonly trivia: boolean;
  private readonly limit: number;
  private readonly fstring: boolean;
  private pos: number;
  private lineno: number;
  private lineStart: number;
  private readonly tokens: Token[] = [];
  private readonly brackets: OpenBracket[] = [];
  private readonly indents: number[] = [0];
  private readonly altIndents: number[] = [0];
  private atLineStart = true;
  private lineHasTokens = false;

  constructor(src: SourceText, opts: TokenizeOptions = {}) {
    this.src = src;
    this.text = src.text;
    this.trivia = opts.trivia ?? false;
    if (opts.fstringExpr) {
      this.fstring = true;
      this.pos = opts.fstringExpr.start;
      this.limit = opts.fstringExpr.end;
      this.lineno = src.lineOf(this.pos);
      this.lineStart = src.lineStart(this.lineno);
      this.atLineStart = false;
    } else {
      this.fstring = false;
      this.pos = 0;
      this.limit = this.text.length;
      this.lineno = 1;
      this.lineStart = 0;
    }
  }

  /**
   * Tokenizes the whole input. A tokenizer error does not throw here: it
   * becomes an ERRORTOKEN (followed by ENDMARKER) so that, as in CPython's
   * lazily-tokenizing parser, a syntax error earlier in the file wins.
   */
  run(): Token[] {
    try {
      this.scan();
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      const at = Math.min(this.pos, this.text.length);
      const tok = this.push(TokenKind.ERRORTOKEN, at, at, this.lineno);
      tok.error = e;
      this.push(TokenKind.ENDMARKER, at, at, this.lineno);
    }
    return this.tokens;
  }

  private scan(): void {
    const text = this.text;
    const limit = this.limit;
    for (;;) {
      if (this.atLineStart) {
        if (this.brackets.length === 0 && !this.fstring) {
          if (!this.handleIndentation()) break;
        }
        this.atLineStart = false;
      }
      // Skip inline whitespace.
      let c = text.charCodeAt(this.pos);
      while (this.pos < limit && (c === 32 || c === 9 || c === 12)) c = text.charCodeAt(++this.pos);
      if (this.pos >= limit) break;
      const start = this.pos;
      if (c === 35) {
        // '#'
        let e = start;
        while (e < limit && text.charCodeAt(e) !== 10) e++;
        if (this.trivia) this.push(TokenKind.COMMENT, start, e, this.lineno);
        this.pos = e;
        continue;
      }
      if (c === 10) {
        const significant = this.brackets.length === 0 && this.lineHasTokens && !this.fstring;
        if (significant || this.trivia) {
          this.push(significant ? TokenKind.NEWLINE : TokenKind.NL, start, start + 1, this.lineno);
        }
        if (significant) this.lineHasTokens = false;
        this.newline(start + 1);
        continue;
      }
      if (c === 92) {
        // '\\' line continuation
        const n = text.charCodeAt(start + 1);
        if (n === 10) {
          // Explicit line joining: the next line continues this logical line.
          this.newline(start + 2);
          this.atLineStart = false;
          if (this.pos >= limit) {
            throw errorAtOffsets(this.src, "unexpected EOF while parsing", this.lineno - 1,
              start - this.src.lineStart(this.lineno - 1) + 2, this.lineno - 1, -1, { incomplete: true });
          }
          continue;
        }
        if (start + 1 >= limit) {
          throw errorAtOffsets(this.src, "unexpected EOF while parsing", this.lineno,
            this.src.charCol(start, this.lineno) + 2, this.lineno, -1, { incomplete: true });
        }
        throw errorAtOffsets(this.src, "unexpected character after line continuation character",
          this.lineno, this.src.charCol(start, this.lineno) + 2, this.lineno, 0);
      }
      this.lineHasTokens = true;
      if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(start + 1)))) {
        this.number(start);
      } else if (isAsciiIdStart(c) || c >= 128) {
        this.nameOrString(start);
      } else if (c === 34 || c === 39) {
        this.string(start, start);
      } else {
        this.operator(start);
      }
    }
    this.finish();
  }

  private newline(next: number): void {
    this.pos = next;
    this.lineno++;
    this.lineStart = next;
    this.atLineStart = true;
  }

  private push(kind: TokenKind, start: number, end: number, startLine: number): Token {
    const src = this.src;
    const endLine = this.lineno;
    const tok: Token = {
      kind,
      value: this.text.slice(start, end),
      start,
      end,
      lineno: startLine,
      col: src.byteCol(start, startLine),
      endLineno: endLine,
      endCol: src.byteCol(end, endLine),
    };
    this.tokens.push(tok);
    return tok;
  }

  /** Measures indentation at the start of a line; returns false at EOF. */
  private handleIndentation(): boolean {
    const text = this.text;
    let i = this.pos;
    let col = 0;
    let alt = 0;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32) {
        col++;
        alt++;
      } else if (c === 9) {
        col = (Math.floor(col / 8) + 1) * 8;
        alt++;
      } else if (c === 12) {
        col = 0;
        alt = 0;
      } else break;
      i++;
    }
    this.atLineStart = false;
    const c = text.charCodeAt(i);
    if (i >= this.limit) {
      this.pos = i;
      return false;
    }
    if (c === 35 || c === 10) {
      // Blank or comment-only line: indentation is irrelevant.
      this.pos = i;
      return true;
    }
    const top = this.indents[this.indents.length - 1] ?? 0;
    const altTop = this.altIndents[this.altIndents.length - 1] ?? 0;
    if (col === top) {
      if (alt !== altTop) throw this.tabError(i);
    } else if (col > top) {
      if (alt <= altTop) throw this.tabError(i);
      this.indents.push(col);
      this.altIndents.push(alt);
      this.push(TokenKind.INDENT, this.lineStart, i, this.lineno);
    } else {
      while (this.indents.length > 1 && col < (this.indents[this.indents.length - 1] ?? 0)) {
        this.indents.pop();
        this.altIndents.pop();
        this.push(TokenKind.DEDENT, i, i, this.lineno);
      }
      if (col !== (this.indents[this.indents.length - 1] ?? 0)) {
        const line = this.src.lineText(this.lineno).replace(/\n$/, "");
        throw errorAtOffsets(this.src, "unindent does not match any outer indentation level",
          this.lineno, [...line].length + 1, this.lineno, -1, { pyType: "IndentationError" });
      }
      if (alt !== (this.altIndents[this.altIndents.length - 1] ?? 0)) throw this.tabError(i);
    }
    this.pos = i;
    return true;
  }

  private tabError(i: number): Error {
    void i;
    return errorAtOffsets(this.src, "inconsistent use of tabs and spaces in indentation",
      this.lineno, 1, this.lineno, 0, { pyType: "TabError" });
  }

  private finish(): void {
    if (this.fstring) {
      this.push(TokenKind.ENDMARKER, this.pos, this.pos, this.lineno);
      return;
    }
    const open = this.brackets[this.brackets.length - 1];
    if (open) {
      throw errorAtOffsets(this.src, `'${open.ch}' was never closed`, open.lineno,
        this.src.charCol(open.index, open.lineno) + 1, open.lineno, 0, { incomplete: true });
    }
    const end = this.text.length;
    if (this.lineHasTokens) {
      // CPython synthesizes a NEWLINE at EOF when the last line lacks one.
      this.push(TokenKind.NEWLINE, end, end, this.lineno);
      const last = this.tokens[this.tokens.length - 1];
      if (last) last.endCol = last.col + 1;
      this.lineHasTokens = false;
    }
    while (this.indents.length > 1) {
      this.indents.pop();
      this.push(TokenKind.DEDENT, end, end, this.lineno);
    }
    this.push(TokenKind.ENDMARKER, end, end, this.lineno);
  }

  private operator(start: number): void {
    const text = this.text;
    let len = 0;
    if (OPS3.has(text.slice(start, start + 3))) len = 3;
    else if (OPS2.has(text.slice(start, start + 2))) len = 2;
    else if (OPS1.has(text.charAt(start))) len = 1;
    if (len === 0) {
      throw errorAtIndex(this.src, "invalid syntax", start, start + 1);
    }
    const value = text.slice(start, start + len);
    if (len === 1) {
      if (value === "(" || value === "[" || value === "{") {
        if (this.brackets.length >= MAX_BRACKET_DEPTH) {
          const off = this.src.charCol(start, this.lineno) + 1;
          throw errorAtOffsets(this.src, "too many nested parentheses", this.lineno, off, this.lineno, off);
        }
        this.brackets.push({ ch: value, index: start, lineno: this.lineno });
      } else if (value === ")" || value === "]" || value === "}") {
        const open = this.brackets.pop();
        if (!open) {
          if (this.fstring) {
            throw errorAtIndex(this.src, "f-string: unmatched ')'", start, start);
          }
          throw errorAtOffsets(this.src, `unmatched '${value}'`, this.lineno,
            this.src.charCol(start, this.lineno) + 1, this.lineno, this.src.charCol(start, this.lineno) + 1);
        }
        if (open.ch !== CLOSER_TO_OPENER[value]) {
          const off = this.src.charCol(start, this.lineno) + 1;
          const msg = open.lineno !== this.lineno
            ? `closing parenthesis '${value}' does not match opening parenthesis '${open.ch}' on line ${open.lineno}`
            : `closing parenthesis '${value}' does not match opening parenthesis '${open.ch}'`;
          throw errorAtOffsets(this.src, msg, this.lineno, off, this.lineno, off);
        }
      }
    }
    this.pos = start + len;
    this.push(TokenKind.OP, start, start + len, this.lineno);
  }

  private nameOrString(start: number): void {
    const text = this.text;
    let i = start;
    let ascii = true;
    for (;;) {
      const c = text.charCodeAt(i);
      if (i < this.limit && isAsciiIdChar(c)) i++;
      else if (i < this.limit && c >= 128) {
        ascii = false;
        i++;
      } else break;
    }
    const q = text.charCodeAt(i);
    if ((q === 34 || q === 39) && i - start <= 2 && STRING_PREFIXES.has(text.slice(start, i).toLowerCase())) {
      this.string(start, i);
      return;
    }
    let value = text.slice(start, i);
    if (!ascii) {
      value = this.checkIdentifier(start, i);
    }
    this.pos = i;
    const tok = this.push(TokenKind.NAME, start, i, this.lineno);
    tok.value = value;
  }

  private checkIdentifier(start: number, end: number): string {
    const raw = this.text.slice(start, end);
    let first = true;
    let idx = start;
    for (const ch of raw) {
      const ok = first ? ID_START.test(ch) : ID_CONTINUE.test(ch);
      if (!ok && !(ch.length === 1 && isAsciiIdChar(ch.charCodeAt(0)) && !(first && isDigit(ch.charCodeAt(0))))) {
        const cp = ch.codePointAt(0) ?? 0;
        const hex = cp.toString(16).toUpperCase().padStart(4, "0");
        const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(ch) || ch === " ";
        const msg = printable ? `invalid character '${ch}' (U+${hex})` : `invalid non-printable character U+${hex}`;
        throw errorAtIndex(this.src, msg, idx, idx);
      }
      first = false;
      idx += ch.length;
    }
    return raw.normalize("NFKC");
  }

  /** Scans a string literal whose prefix starts at `start` and quote at `q`. */
  private string(start: number, q: number): void {
    const text = this.text;
    const quote = text.charCodeAt(q);
    const startLine = this.lineno;
    const triple = text.charCodeAt(q + 1) === quote && text.charCodeAt(q + 2) === quote;
    let i = triple ? q + 3 : q + 1;
    const limit = this.limit;
    for (;;) {
      if (i >= limit) {
        if (triple) {
          // CPython counts the last line that has any character on it.
          const detected = this.text.charCodeAt(limit - 1) === 10 ? this.lineno - 1 : this.lineno;
          throw errorAtIndex(this.src,
            `unterminated triple-quoted string literal (detected at line ${detected})`, start, start,
            { incomplete: !this.fstring });
        }
        throw errorAtIndex(this.src, `unterminated string literal (detected at line ${this.lineno})`, start, start);
      }
      const c = text.charCodeAt(i);
      if (c === 92) {
        if (text.charCodeAt(i + 1) === 10) {
          this.lineno++;
          this.lineStart = i + 2;
        }
        i += 2;
        continue;
      }
      if (c === 10) {
        if (!triple) {
          throw errorAtIndex(this.src, `unterminated string literal (detected at line ${this.lineno})`, start, start);
        }
        this.lineno++;
        this.lineStart = i + 1;
      } else if (c === quote) {
        if (!triple) {
          i++;
          break;
        }
        if (text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote) {
          i += 3;
          break;
        }
      }
      i++;
    }
    this.pos = i;
    this.push(TokenKind.STRING, start, i, startLine);
  }

  private number(start: number): void {
    const text = this.text;
    let i = start;
    const c0 = text.charCodeAt(i);
    const lower = (k: number): number => text.charCodeAt(k) | 0x20;
    if (c0 === 48 && (lower(i + 1) === 120 || lower(i + 1) === 111 || lower(i + 1) === 98)) {
      const kind = lower(i + 1);
      const [name, valid] = kind === 120
        ? ["hexadecimal", (c: number) => isDigit(c) || ((c | 0x20) >= 97 && (c | 0x20) <= 102)]
        : kind === 111
          ? ["octal", (c: number) => c >= 48 && c <= 55]
          : ["binary", (c: number) => c === 48 || c === 49];
      i += 2;
      let digits = 0;
      for (;;) {
        const c = text.charCodeAt(i);
        if (c === 95) {
          i++;
          const d = text.charCodeAt(i);
          if (!valid(d)) {
            if (isDigit(d)) throw this.numberError(`invalid digit '${text.charAt(i)}' in ${name} literal`, i + 1);
            throw this.numberError(`invalid ${name} literal`, i);
          }
          continue;
        }
        if (!valid(c)) break;
        digits++;
        i++;
      }
      const c = text.charCodeAt(i);
      if (isDigit(c)) {
        throw this.numberError(`invalid digit '${text.charAt(i)}' in ${name} literal`, i + 1);
      }
      if (digits === 0) throw this.numberError(`invalid ${name} literal`, i);
      this.checkNumberEnd(i, `invalid ${name} literal`);
      this.finishNumber(start, i);
      return;
    }
    let isFloat = false;
    const digitsFrom = (k: number): number => {
      while (isDigit(text.charCodeAt(k))) {
        k++;
        if (text.charCodeAt(k) === 95) {
          if (!isDigit(text.charCodeAt(k + 1))) throw this.numberError("invalid decimal literal", k + 1);
          k++;
        }
      }
      return k;
    };
    i = digitsFrom(i);
    const intEnd = i;
    if (text.charCodeAt(i) === 46) {
      isFloat = true;
      i = digitsFrom(i + 1);
    }
    if (lower(i) === 101) {
      let k = i + 1;
      const s = text.charCodeAt(k);
      if (s === 43 || s === 45) k++;
      if (isDigit(text.charCodeAt(k))) {
        isFloat = true;
        i = digitsFrom(k);
      } else {
        throw this.numberError("invalid decimal literal", k);
      }
    }
    let imag = false;
    if (lower(i) === 106) {
      imag = true;
      i++;
    }
    if (!isFloat && !imag && c0 === 48) {
      // Leading zeros are only allowed when every digit is zero.
      const digits = text.slice(start, intEnd).replace(/_/g, "");
      if (/[1-9]/.test(digits)) {
        throw errorAtIndex(this.src,
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
          start, start + 1);
      }
    }
    this.checkNumberEnd(i, imag ? "invalid imaginary literal" : "invalid decimal literal");
    this.finishNumber(start, i);
  }

  private checkNumberEnd(i: number, msg: string): void {
    const c = this.text.charCodeAt(i);
    if (i < this.limit && (isAsciiIdChar(c) || c >= 128)) {
      for (const kw of KEYWORDS_AFTER_NUMBER) {
        if (this.text.startsWith(kw, i)) return;
      }
      throw this.numberError(msg, i);
    }
  }

  private numberError(msg: string, i: number): Error {
    // CPython points at the last character it consumed.
    // CPython reports the number of characters before its cursor as the
    // 1-based offset, i.e. it points at the character before index `i`.
    const at = Math.max(i - 1, 0);
    return errorAtIndex(this.src, msg, at, at);
  }

  private finishNumber(start: number, end: number): void {
    this.pos = end;
    this.push(TokenKind.NUMBER, start, end, this.lineno);
  }
}
