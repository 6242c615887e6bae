/**
 * Parser for Python 3.11 regular-expression syntax
 * (https://docs.python.org/3.11/library/re.html#regular-expression-syntax).
 *
 * The pattern is read as an array of code points, so every error position is
 * a code-point index as in CPython. The result is a small AST (`ReNode`)
 * in which every node that depends on a flag carries the flag value in force
 * where it was written, so scoped flags `(?i:...)` need no later bookkeeping;
 * `emit.ts` turns the AST into JavaScript `RegExp` source. Error messages and
 * positions follow CPython's `sre_parse` (checked against python3); an error
 * is thrown as a `ReSyntaxError` that the module layer turns into `re.error`.
 */

import { lookupUnicodeName } from "@pyvm/parser";

export const F = {
  TEMPLATE: 1,
  IGNORECASE: 2,
  LOCALE: 4,
  MULTILINE: 8,
  DOTALL: 16,
  UNICODE: 32,
  VERBOSE: 64,
  DEBUG: 128,
  ASCII: 256,
} as const;

export const MAXREPEAT = 4294967295;
const MAXGROUPS = 1073741823;

export type Category = "d" | "D" | "w" | "W" | "s" | "S";
export type ClassItem = { t: "range"; lo: number; hi: number } | { t: "cat"; c: Category; a: boolean };
export type RepKind = "greedy" | "lazy" | "possessive";

export type ReNode =
  | { t: "lit"; cp: number; i: boolean }
  | { t: "any"; s: boolean }
  | { t: "cls"; neg: boolean; items: ClassItem[]; i: boolean }
  | { t: "cat"; c: Category; a: boolean }
  | { t: "at"; k: "bol" | "eol" | "A" | "Z" | "b" | "B"; m: boolean; a: boolean }
  | { t: "group"; idx: number; body: ReNode }
  | { t: "ncgroup"; body: ReNode }
  | { t: "look"; behind: boolean; neg: boolean; body: ReNode }
  | { t: "atomic"; body: ReNode }
  | { t: "ref"; idx: number }
  | { t: "rep"; body: ReNode; min: number; max: number; kind: RepKind }
  | { t: "alt"; alts: ReNode[] }
  | { t: "seq"; items: ReNode[] }
  /** `(?(idx)yes|no)`: `yes` when group `idx` has matched, else `no`. */
  | { t: "cond"; idx: number; yes: ReNode; no: ReNode };

export class ReSyntaxError {
  /** `overflow`: CPython raises OverflowError rather than re.error (huge repeat counts). */
  constructor(readonly msg: string, readonly pos: number | null, readonly overflow = false) {}
}

/** Thrown for valid Python syntax this engine cannot express (conditional groups). */
export class ReUnsupported {
  constructor(readonly msg: string) {}
}

export interface ParsedPattern {
  root: ReNode;
  /** Global flags after inline `(?aiLmsux)` at the start. */
  flags: number;
  groups: number;
  groupindex: Map<string, number>;
  /** parent[g] = index of the capturing group enclosing group g (0 = none). */
  parent: number[];
  /** True when some literal or class is case-insensitive and some is not. */
  mixedCase: boolean;
  anyCase: boolean;
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d, 0x0b, 0x0c]);
const FLAG_CHARS: Record<string, number> = {
  i: F.IGNORECASE,
  L: F.LOCALE,
  m: F.MULTILINE,
  s: F.DOTALL,
  x: F.VERBOSE,
  a: F.ASCII,
  u: F.UNICODE,
};
const TYPE_FLAGS = F.ASCII | F.LOCALE | F.UNICODE;
const SIMPLE_ESCAPES: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, "\\": 92 };

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
const isOct = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "7";
const isHex = (c: string): boolean => /^[0-9a-fA-F]$/.test(c);
const isAsciiLetter = (c: string): boolean => /^[A-Za-z]$/.test(c);
const IDENT = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;

class Source {
  readonly chars: string[];
  pos = 0;
  constructor(pattern: string) {
    this.chars = Array.from(pattern);
  }
  peek(): string | undefined {
    return this.chars[this.pos];
  }
  get(): string | undefined {
    const c = this.chars[this.pos];
    if (c !== undefined) this.pos++;
    return c;
  }
  match(c: string): boolean {
    if (this.chars[this.pos] === c) {
      this.pos++;
      return true;
    }
    return false;
  }
  getUntil(term: string, what: string): string {
    const start = this.pos;
    let s = "";
    for (;;) {
      const c = this.get();
      if (c === undefined) {
        if (s === "") throw new ReSyntaxError(`missing ${what}`, start);
        throw new ReSyntaxError(`missing ${term}, unterminated name`, start);
      }
      if (c === term) {
        if (s === "") throw new ReSyntaxError(`missing ${what}`, start);
        return s;
      }
      s += c;
    }
  }
}

class Parser {
  readonly src: Source;
  flags: number;
  groups = 1;
  readonly groupindex = new Map<string, number>();
  readonly open = new Set<number>();
  readonly parent: number[] = [0];
  readonly groupStack: number[] = [];
  readonly lookbehindGroups: number[] = [];
  sawCaseI = false;
  sawCaseS = false;
  readonly isBytes: boolean;

  constructor(pattern: string, flags: number, isBytes: boolean) {
    this.src = new Source(pattern);
    this.flags = flags;
    this.isBytes = isBytes;
  }

  err(msg: string, back = 0): ReSyntaxError {
    return new ReSyntaxError(msg, this.src.pos - back);
  }

  parseAlt(flags: number, nested: number): ReNode {
    const alts: ReNode[] = [];
    const start = this.src.pos;
    for (;;) {
      alts.push(this.parseSeq(flags, nested + 1, nested === 0 && alts.length === 0 && this.src.pos === start));
      if (!this.src.match("|")) break;
    }
    return alts.length === 1 ? (alts[0] as ReNode) : { t: "alt", alts };
  }

  parseSeq(flags: number, nested: number, first: boolean): ReNode {
    const items: ReNode[] = [];
    const src = this.src;
    for (;;) {
      const c = src.peek();
      if (c === undefined || c === "|" || c === ")") break;
      src.pos++;
      const verbose = (flags & F.VERBOSE) !== 0;
      if (verbose) {
        if (WHITESPACE.has(c.codePointAt(0) as number)) continue;
        if (c === "#") {
          for (;;) {
            const d = src.get();
            if (d === undefined || d === "\n") break;
          }
          continue;
        }
      }
      if (c === "\\") {
        items.push(this.parseEscape(flags));
      } else if (c === "[") {
        items.push(this.parseClass(flags));
      } else if (c === ".") {
        items.push({ t: "any", s: (flags & F.DOTALL) !== 0 });
      } else if (c === "^") {
        items.push({ t: "at", k: "bol", m: (flags & F.MULTILINE) !== 0, a: false });
      } else if (c === "$") {
        items.push({ t: "at", k: "eol", m: (flags & F.MULTILINE) !== 0, a: false });
      } else if (c === "*" || c === "+" || c === "?" || c === "{") {
        const here = src.pos - 1;
        let min: number, max: number;
        if (c === "*") [min, max] = [0, MAXREPEAT];
        else if (c === "+") [min, max] = [1, MAXREPEAT];
        else if (c === "?") [min, max] = [0, 1];
        else {
          if (src.peek() === "}") {
            items.push(this.lit(123, flags));
            continue;
          }
          let lo = "", hi = "";
          while (isDigit(src.peek())) lo += src.get();
          if (src.match(",")) while (isDigit(src.peek())) hi += src.get();
          else hi = lo;
          if (!src.match("}")) {
            items.push(this.lit(123, flags));
            src.pos = here + 1;
            continue;
          }
          min = lo === "" ? 0 : Number(lo);
          max = hi === "" ? MAXREPEAT : Number(hi);
          if (min >= MAXREPEAT || (max >= MAXREPEAT && hi !== "")) {
            throw new ReSyntaxError("the repetition number is too large", null, true);
          }
          if (max < min) throw new ReSyntaxError("min repeat greater than max repeat", here + 1);
        }
        const last = items[items.length - 1];
        if (last === undefined || last.t === "at") throw new ReSyntaxError("nothing to repeat", here);
        if (last.t === "rep") throw new ReSyntaxError("multiple repeat", here);
        let kind: RepKind = "greedy";
        if (src.match("?")) kind = "lazy";
        else if (src.match("+")) kind = "possessive";
        items[items.length - 1] = { t: "rep", body: last, min, max, kind };
      } else if (c === "(") {
        const node = this.parseParen(flags, nested, first && items.length === 0);
        if (node === "flags") {
          flags = this.flags;
          continue;
        }
        if (node !== null) items.push(node);
      } else {
        items.push(this.lit(c.codePointAt(0) as number, flags));
      }
    }
    return items.length === 1 ? (items[0] as ReNode) : { t: "seq", items };
  }

  lit(cp: number, flags: number): ReNode {
    const i = (flags & F.IGNORECASE) !== 0;
    if (i) this.sawCaseI = true;
    else this.sawCaseS = true;
    return { t: "lit", cp, i };
  }

  /** After "(": returns a node, null for a comment, or "flags" for global inline flags. */
  parseParen(flags: number, nested: number, first: boolean): ReNode | null | "flags" {
    const src = this.src;
    const open = src.pos - 1;
    let capture = true;
    let name: string | null = null;
    let subFlags = flags;
    if (src.match("?")) {
      const c = src.get();
      if (c === undefined) throw this.err("unexpected end of pattern");
      if (c === "P") {
        if (src.match("<")) {
          name = src.getUntil(">", "group name");
          if (!IDENT.test(name)) throw new ReSyntaxError(`bad character in group name '${name}'`, src.pos - 1 - Array.from(name).length);
        } else if (src.match("=")) {
          const nstart = src.pos;
          const ref = src.getUntil(")", "group name");
          if (!IDENT.test(ref)) throw new ReSyntaxError(`bad character in group name '${ref}'`, nstart);
          const gid = this.groupindex.get(ref);
          if (gid === undefined) throw new ReSyntaxError(`unknown group name '${ref}'`, nstart);
          if (this.open.has(gid)) throw new ReSyntaxError("cannot refer to an open group", nstart);
          return { t: "ref", idx: gid };
        } else {
          const d = src.get();
          if (d === undefined) throw this.err("unexpected end of pattern");
          throw new ReSyntaxError(`unknown extension ?P${d}`, open + 1);
        }
      } else if (c === ":") {
        capture = false;
      } else if (c === "#") {
        for (;;) {
          const d = src.get();
          if (d === undefined) throw new ReSyntaxError("missing ), unterminated comment", open);
          if (d === ")") return null;
        }
      } else if (c === "=" || c === "!" || c === "<") {
        let behind = false;
        let neg = c === "!";
        if (c === "<") {
          const d = src.get();
          if (d === undefined) throw this.err("unexpected end of pattern");
          if (d !== "=" && d !== "!") throw new ReSyntaxError(`unknown extension ?<${d}`, open + 1);
          behind = true;
          neg = d === "!";
        }
        const groupsBefore = this.groups;
        const body = this.parseAlt(flags, nested + 1);
        if (!src.match(")")) throw new ReSyntaxError("missing ), unterminated subpattern", open);
        if (behind) {
          const [lo, hi] = width(body);
          if (lo !== hi) throw new ReSyntaxError("look-behind requires fixed-width pattern", null);
          if (containsRef(body, groupsBefore)) {
            throw new ReSyntaxError("cannot refer to group defined in the same lookbehind subpattern", null);
          }
        }
        return { t: "look", behind, neg, body };
      } else if (c === "(") {
        const condStart = src.pos;
        const cond = src.getUntil(")", "group name");
        let g: number;
        if (/^[0-9]+$/.test(cond)) {
          g = Number(cond);
          if (g === 0) throw new ReSyntaxError("bad group number", condStart);
          if (g >= this.groups) throw new ReSyntaxError(`invalid group reference ${g}`, condStart);
        } else {
          if (!IDENT.test(cond)) throw new ReSyntaxError(`bad character in group name '${cond}'`, condStart);
          const gi = this.groupindex.get(cond);
          if (gi === undefined) throw new ReSyntaxError(`unknown group name '${cond}'`, condStart);
          g = gi;
        }
        const yes = this.parseSeq(flags, nested + 1, false);
        let no: ReNode = { t: "seq", items: [] };
        if (src.match("|")) {
          no = this.parseSeq(flags, nested + 1, false);
          if (src.peek() === "|") throw new ReSyntaxError("conditional backref with more than two branches", src.pos);
        }
        if (!src.match(")")) throw new ReSyntaxError("missing ), unterminated subpattern", open);
        return { t: "cond", idx: g, yes, no };
      } else if (c === ">") {
        const body = this.parseAlt(flags, nested + 1);
        if (!src.match(")")) throw new ReSyntaxError("missing ), unterminated subpattern", open);
        return { t: "atomic", body };
      } else if (c in FLAG_CHARS || c === "-") {
        src.pos--;
        const r = this.parseFlags(flags, open, first);
        if (r === "global") return "flags";
        subFlags = r;
        capture = false;
      } else {
        throw new ReSyntaxError(`unknown extension ?${c}`, open + 1);
      }
    }
    let idx = 0;
    if (capture) {
      idx = this.groups++;
      if (idx > MAXGROUPS) throw this.err("too many groups");
      if (name !== null) {
        const prev = this.groupindex.get(name);
        if (prev !== undefined) {
          throw new ReSyntaxError(`redefinition of group name '${name}' as group ${idx}; was group ${prev}`, open + 4);
        }
        this.groupindex.set(name, idx);
      }
      this.parent[idx] = this.groupStack[this.groupStack.length - 1] ?? 0;
      this.open.add(idx);
      this.groupStack.push(idx);
    }
    const body = this.parseAlt(subFlags, nested + 1);
    if (!src.match(")")) throw new ReSyntaxError("missing ), unterminated subpattern", open);
    if (capture) {
      this.open.delete(idx);
      this.groupStack.pop();
      return { t: "group", idx, body };
    }
    return { t: "ncgroup", body };
  }

  /** `(?aiLmsux)` or `(?aiLmsux-imsx:`; the "(?" has been read. */
  parseFlags(flags: number, open: number, first: boolean): number | "global" {
    const src = this.src;
    let add = 0;
    let del = 0;
    let c = src.get();
    if (c !== "-") {
      for (;;) {
        const f = FLAG_CHARS[c as string] as number;
        if (this.isBytes ? f === F.UNICODE : f === F.LOCALE) {
          throw this.err(this.isBytes ? "bad inline flags: cannot use 'u' flag with a bytes pattern" : "bad inline flags: cannot use 'L' flag with a str pattern");
        }
        add |= f;
        if ((f & TYPE_FLAGS) !== 0 && (add & TYPE_FLAGS) !== f) {
          throw this.err("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
        }
        c = src.get();
        if (c === undefined) throw this.err("missing -, : or )");
        if (c === ")" || c === "-" || c === ":") break;
        if (!(c in FLAG_CHARS)) {
          throw this.err(isAsciiLetter(c) ? "unknown flag" : "missing -, : or )", 1);
        }
      }
    }
    if (c === ")") {
      if (!first) {
        throw new ReSyntaxError("global flags not at the start of the expression", open);
      }
      this.flags |= add;
      return "global";
    }
    if (c === "-") {
      c = src.get();
      if (c === undefined) throw this.err("missing flag");
      if (!(c in FLAG_CHARS)) throw this.err(isAsciiLetter(c) ? "unknown flag" : "missing flag", 1);
      for (;;) {
        const f = FLAG_CHARS[c as string] as number;
        if ((f & TYPE_FLAGS) !== 0) throw this.err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
        del |= f;
        c = src.get();
        if (c === undefined) throw this.err("missing :");
        if (c === ":") break;
        if (!(c in FLAG_CHARS)) throw this.err(isAsciiLetter(c) ? "unknown flag" : "missing :", 1);
      }
    }
    if ((add & del) !== 0) throw this.err("bad inline flags: flag turned on and off", 1);
    let result = (flags | add) & ~del;
    if ((add & TYPE_FLAGS) !== 0) result = (result & ~TYPE_FLAGS) | (add & TYPE_FLAGS);
    return result;
  }

  parseEscape(flags: number): ReNode {
    const src = this.src;
    const start = src.pos - 1;
    const c = src.get();
    if (c === undefined) throw new ReSyntaxError("bad escape (end of pattern)", start);
    const ascii = (flags & F.ASCII) !== 0;
    switch (c) {
      case "A":
        return { t: "at", k: "A", m: false, a: ascii };
      case "Z":
        return { t: "at", k: "Z", m: false, a: ascii };
      case "b":
      case "B":
        return { t: "at", k: c, m: false, a: ascii };
      case "d":
      case "D":
      case "w":
      case "W":
      case "s":
      case "S":
        return { t: "cat", c, a: ascii };
    }
    if (isDigit(c)) {
      if (c === "0") {
        let s = "0";
        if (isOct(src.peek())) s += src.get();
        if (isOct(src.peek())) s += src.get();
        return this.lit(parseInt(s, 8), flags);
      }
      let s = c;
      if (isDigit(src.peek())) {
        s += src.get();
        if (isOct(s[0]) && isOct(s[1]) && isOct(src.peek())) {
          s += src.get();
          const v = parseInt(s, 8);
          if (v > 0o377) throw new ReSyntaxError(`octal escape value \\${s} outside of range 0-0o377`, start);
          return this.lit(v, flags);
        }
      }
      const g = Number(s);
      if (g < this.groups) {
        if (this.open.has(g)) throw new ReSyntaxError("cannot refer to an open group", start);
        return { t: "ref", idx: g };
      }
      throw new ReSyntaxError(`invalid group reference ${g}`, start + 1);
    }
    return this.lit(this.escapeValue(c, start, false), flags);
  }

  /** Code point of a character escape (not a category, anchor or group reference). */
  escapeValue(c: string, start: number, inClass: boolean): number {
    const src = this.src;
    if (c === "x" || c === "u" || c === "U") {
      const n = c === "x" ? 2 : c === "u" ? 4 : 8;
      if (this.isBytes && c !== "x") throw new ReSyntaxError(`bad escape \\${c}`, start);
      let s = "";
      while (s.length < n && src.peek() !== undefined && isHex(src.peek() as string)) s += src.get();
      if (s.length < n) throw new ReSyntaxError(`incomplete escape \\${c}${s}`, start);
      const v = parseInt(s, 16);
      if (v > 0x10ffff) throw new ReSyntaxError(`bad escape \\${c}${s}`, start);
      return v;
    }
    if (c === "N" && !this.isBytes) {
      if (!src.match("{")) throw new ReSyntaxError("missing {", src.pos);
      const nameStart = src.pos;
      const name = src.getUntil("}", "character name");
      const cp = lookupUnicodeName(name);
      // pyvm knows the names in @pyvm/parser's table (common symbols, Greek, ASCII letters/digits).
      if (cp === undefined) throw new ReSyntaxError(`undefined character name '${name}'`, nameStart - 3);
      return cp;
    }
    if (inClass && c === "b") return 8;
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined && c !== "b") return simple;
    if (isOct(c) && inClass) {
      let s = c;
      if (isOct(src.peek())) s += src.get();
      if (isOct(src.peek())) s += src.get();
      const v = parseInt(s, 8);
      if (v > 0o377) throw new ReSyntaxError(`octal escape value \\${s} outside of range 0-0o377`, start);
      return v;
    }
    if (isDigit(c) || isAsciiLetter(c)) throw new ReSyntaxError(`bad escape \\${c}`, start);
    return c.codePointAt(0) as number;
  }

  parseClass(flags: number): ReNode {
    const src = this.src;
    const here = src.pos - 1;
    const items: ClassItem[] = [];
    const neg = src.match("^");
    const start = src.pos;
    const ascii = (flags & F.ASCII) !== 0;
    for (;;) {
      const thisPos = src.pos;
      let c = src.get();
      if (c === undefined) throw new ReSyntaxError("unterminated character set", here);
      if (c === "]" && src.pos - 1 !== start) break;
      let lo: number | ClassItem;
      let loText = c;
      if (c === "\\") {
        const e = src.get();
        if (e === undefined) throw new ReSyntaxError("unterminated character set", here);
        loText += e;
        if (e === "d" || e === "D" || e === "w" || e === "W" || e === "s" || e === "S") lo = { t: "cat", c: e, a: ascii };
        else lo = this.escapeValue(e, thisPos, true);
        loText = Array.from(this.src.chars.slice(thisPos, src.pos)).join("");
      } else {
        lo = c.codePointAt(0) as number;
      }
      if (src.peek() === "-") {
        src.pos++;
        c = src.get();
        if (c === undefined) throw new ReSyntaxError("unterminated character set", here);
        if (c === "]") {
          if (typeof lo === "number") items.push({ t: "range", lo, hi: lo });
          else items.push(lo);
          items.push({ t: "range", lo: 45, hi: 45 });
          break;
        }
        let hi: number | ClassItem;
        const hiPos = src.pos - 1;
        if (c === "\\") {
          const e = src.get();
          if (e === undefined) throw new ReSyntaxError("unterminated character set", here);
          if (e === "d" || e === "D" || e === "w" || e === "W" || e === "s" || e === "S") hi = { t: "cat", c: e, a: ascii };
          else hi = this.escapeValue(e, hiPos, true);
        } else hi = c.codePointAt(0) as number;
        const hiText = this.src.chars.slice(hiPos, src.pos).join("");
        if (typeof lo !== "number" || typeof hi !== "number") {
          throw new ReSyntaxError(`bad character range ${loText}-${hiText}`, thisPos);
        }
        if (hi < lo) throw new ReSyntaxError(`bad character range ${loText}-${hiText}`, thisPos);
        items.push({ t: "range", lo, hi });
      } else if (typeof lo === "number") items.push({ t: "range", lo, hi: lo });
      else items.push(lo);
    }
    const i = (flags & F.IGNORECASE) !== 0;
    if (i) this.sawCaseI = true;
    else this.sawCaseS = true;
    return { t: "cls", neg, items, i };
  }
}

/** [min, max] width in code points (max = Infinity when unbounded). */
export function width(n: ReNode): [number, number] {
  switch (n.t) {
    case "lit":
    case "any":
    case "cls":
    case "cat":
      return [1, 1];
    case "at":
    case "look":
      return [0, 0];
    case "ref":
      return [0, Infinity];
    case "group":
    case "ncgroup":
    case "atomic":
      return width(n.body);
    case "rep": {
      const [lo, hi] = width(n.body);
      return [lo * n.min, hi === 0 ? 0 : n.max >= MAXREPEAT ? Infinity : hi * n.max];
    }
    case "cond":
      return width({ t: "alt", alts: [n.yes, n.no] });
    case "alt": {
      let lo = Infinity, hi = 0;
      for (const a of n.alts) {
        const [l, h] = width(a);
        lo = Math.min(lo, l);
        hi = Math.max(hi, h);
      }
      return [lo, hi];
    }
    case "seq": {
      let lo = 0, hi = 0;
      for (const a of n.items) {
        const [l, h] = width(a);
        lo += l;
        hi += h;
      }
      return [lo, hi];
    }
  }
}

function containsRef(n: ReNode, minGroup: number): boolean {
  switch (n.t) {
    case "ref":
      return n.idx >= minGroup;
    case "group":
    case "ncgroup":
    case "atomic":
    case "look":
    case "rep":
      return containsRef(n.body, minGroup);
    case "alt":
      return n.alts.some((a) => containsRef(a, minGroup));
    case "seq":
      return n.items.some((a) => containsRef(a, minGroup));
    case "cond":
      return n.idx >= minGroup || containsRef(n.yes, minGroup) || containsRef(n.no, minGroup);
    default:
      return false;
  }
}

export function parsePattern(pattern: string, flags: number, isBytes: boolean): ParsedPattern {
  const p = new Parser(pattern, flags, isBytes);
  let root = p.parseAlt(flags, 0);
  if ((p.flags & F.VERBOSE) !== 0 && (flags & F.VERBOSE) === 0) {
    // `(?x)` at the start: parse again with verbose on from the beginning.
    const q = new Parser(pattern, p.flags, isBytes);
    root = q.parseAlt(p.flags, 0);
    return finish(q, root);
  }
  return finish(p, root);
}

function finish(p: Parser, root: ReNode): ParsedPattern {
  if (p.src.pos < p.src.chars.length) {
    if (p.src.peek() === ")") throw new ReSyntaxError("unbalanced parenthesis", p.src.pos);
    throw new ReSyntaxError("internal error in regular expression parser", p.src.pos);
  }
  return {
    root,
    flags: p.flags,
    groups: p.groups - 1,
    groupindex: p.groupindex,
    parent: p.parent,
    mixedCase: p.sawCaseI && p.sawCaseS,
    anyCase: p.sawCaseI,
  };
}
