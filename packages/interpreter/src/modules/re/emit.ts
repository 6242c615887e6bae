/**
 * Python regex AST (parser.ts) → JavaScript `RegExp` source for the `v`
 * (unicodeSets) flag, which gives code-point matching, `\p{…}` and nested
 * classes for set operations such as `[^\W\d_]`.
 *
 * Every literal that is not an ASCII letter or digit is written as
 * `\u{…}`, so no character needs context-dependent escaping. Python
 * semantics that JavaScript lacks are spelled out:
 *
 * - `\d \w \s` are Unicode (`\p{Nd}`, `[\p{L}\p{N}_]`, Python's `isspace`
 *   set) unless ASCII; `\b`/`\B` use lookarounds over that `\w` class.
 * - `$` is `(?=\n?$)` (end, or before a final newline); with MULTILINE `^`
 *   and `$` are `(?<![^\n])` / `(?![^\n])`. `\A`, `\Z` are JS `^`, `$`
 *   (the JS regex never uses its own `m` flag).
 * - atomic groups and possessive quantifiers use `(?=(X))\k` with a hidden
 *   capturing group, so JS group numbers differ from Python's: `groupMap`
 *   maps each Python group to its JS group.
 * - IGNORECASE uses the JS `i` flag when it applies to the whole pattern;
 *   when only parts are case-insensitive (`(?i:…)`), those literals and
 *   class ranges are expanded to their simple case variants instead.
 * - conditional groups `(?(g)yes|no)`: JS has none, and a backreference to a
 *   group that did not participate matches the empty string, so "did group g
 *   match" cannot be asked directly. A group that a conditional refers to
 *   gets a hidden marker group at its end that captures the whole input (a
 *   lookahead from position 0 inside a lookbehind). At a later position q the
 *   test is `(?!\m)` (the whole input cannot start at q > 0 unless the marker
 *   is unset and matches empty), and at q = 0 `(?<!\m)` (nothing lies
 *   behind). Known gap: on an empty input a group that matched empty counts
 *   as unset.
 */
import { MAXREPEAT, type ClassItem, type Category, type ReNode } from "./parser.js";

const WORD = "\\p{L}\\p{N}_";
const WORD_A = "a-zA-Z0-9_";
const SPACE = "\\t-\\r\\x1c-\\x20\\x85\\p{Zs}\\u2028\\u2029";
const SPACE_A = "\\t-\\r\\x20";

export interface Emitted {
  source: string;
  /** groupMap[pythonGroup] = JS group number (index 0 = whole match). */
  groupMap: number[];
}

function hex(cp: number): string {
  if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return String.fromCodePoint(cp);
  return `\\u{${cp.toString(16)}}`;
}

/** Simple case variants of one code point (itself included). */
function caseVariants(cp: number): number[] {
  const s = String.fromCodePoint(cp);
  const out = new Set<number>([cp]);
  for (const v of [s.toLowerCase(), s.toUpperCase()]) {
    const cps = Array.from(v);
    if (cps.length === 1) out.add(cps[0]?.codePointAt(0) as number);
  }
  for (const v of [...out]) {
    const l = Array.from(String.fromCodePoint(v).toLowerCase());
    if (l.length === 1) out.add(l[0]?.codePointAt(0) as number);
  }
  return [...out];
}

function catInner(c: Category, ascii: boolean): string {
  switch (c) {
    case "d":
      return ascii ? "0-9" : "\\p{Nd}";
    case "w":
      return ascii ? WORD_A : WORD;
    case "s":
      return ascii ? SPACE_A : SPACE;
    case "D":
      return `[^${catInner("d", ascii)}]`;
    case "W":
      return `[^${catInner("w", ascii)}]`;
    case "S":
      return `[^${catInner("s", ascii)}]`;
  }
}

/** The hidden marker group: captures the whole input, consumes nothing. */
const MARKER = "(?<=(?=([\\s\\S]*))^[\\s\\S]*)";

class Emitter {
  next: number;
  readonly groupMap: number[] = [0];
  /** JS group of each conditional-referenced Python group's marker. */
  readonly markers: number[] = [];
  constructor(base: number, readonly expandCase: boolean, readonly condGroups: ReadonlySet<number>) {
    this.next = base + 1;
  }

  node(n: ReNode): string {
    switch (n.t) {
      case "lit": {
        if (this.expandCase && n.i) {
          const vs = caseVariants(n.cp);
          if (vs.length > 1) return `[${vs.map(hex).join("")}]`;
        }
        return hex(n.cp);
      }
      case "any":
        return n.s ? "[\\s\\S]" : "[^\\n]";
      case "cat":
        return `[${catInner(n.c, n.a)}]`;
      case "cls":
        return this.cls(n.neg, n.items, n.i);
      case "at":
        switch (n.k) {
          case "bol":
            return n.m ? "(?<![^\\n])" : "^";
          case "eol":
            return n.m ? "(?![^\\n])" : "(?=\\n?$)";
          case "A":
            return "^";
          case "Z":
            return "$";
          case "b":
          case "B": {
            const w = `[${n.a ? WORD_A : WORD}]`;
            return n.k === "b" ? `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))` : `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))`;
          }
        }
        break;
      case "group": {
        this.groupMap[n.idx] = this.next++;
        const body = this.node(n.body);
        if (!this.condGroups.has(n.idx)) return `(${body})`;
        this.markers[n.idx] = this.next++;
        return `(${body}${MARKER})`;
      }
      case "cond": {
        const m = this.markers[n.idx];
        const yes = this.node(n.yes), no = this.node(n.no);
        if (m === undefined) return `(?:${no})`; // group still open here: not matched yet
        const set = `(?:(?<![\\s\\S])(?<!\\${m})|(?<=[\\s\\S])(?!\\${m}))`;
        return `(?:${set}(?:${yes})|(?!${set})(?:${no}))`;
      }
      case "ncgroup":
        return `(?:${this.node(n.body)})`;
      case "look":
        return `(?${n.behind ? "<" : ""}${n.neg ? "!" : "="}${this.node(n.body)})`;
      case "atomic": {
        const h = this.next++;
        return `(?=(${this.node(n.body)}))(?:\\${h})`;
      }
      case "ref":
        return `(?:\\${this.groupMap[n.idx] as number})`;
      case "rep": {
        const q = n.min === 0 && n.max >= MAXREPEAT ? "*" : n.min === 1 && n.max >= MAXREPEAT ? "+" : n.min === 0 && n.max === 1 ? "?" : n.max >= MAXREPEAT ? `{${n.min},}` : `{${n.min},${n.max}}`;
        if (n.kind === "possessive") {
          const h = this.next++;
          return `(?=((?:${this.node(n.body)})${q}))(?:\\${h})`;
        }
        return `(?:${this.node(n.body)})${q}${n.kind === "lazy" ? "?" : ""}`;
      }
      case "alt":
        return n.alts.map((a) => this.node(a)).join("|");
      case "seq":
        return n.items.map((a) => (a.t === "alt" ? `(?:${this.node(a)})` : this.node(a))).join("");
    }
    return "";
  }

  cls(neg: boolean, items: ClassItem[], i: boolean): string {
    let body = "";
    for (const it of items) {
      if (it.t === "cat") {
        const inner = catInner(it.c, it.a);
        body += it.c === "d" || it.c === "w" || it.c === "s" ? `[${inner}]` : inner;
        continue;
      }
      body += it.lo === it.hi ? hex(it.lo) : `${hex(it.lo)}-${hex(it.hi)}`;
      if (this.expandCase && i && it.hi - it.lo < 2000) {
        for (let c = it.lo; c <= it.hi; c++) {
          for (const v of caseVariants(c)) if (v < it.lo || v > it.hi) body += hex(v);
        }
      }
    }
    return `[${neg ? "^" : ""}${body}]`;
  }
}

/** `base` = number of JS groups placed before the pattern (for wrapper regexes). */
export function emitPattern(root: ReNode, base: number, expandCase: boolean): Emitted {
  const condGroups = new Set<number>();
  collectCondGroups(root, condGroups);
  const e = new Emitter(base, expandCase, condGroups);
  return { source: e.node(root), groupMap: e.groupMap };
}

function collectCondGroups(n: ReNode, out: Set<number>): void {
  switch (n.t) {
    case "cond":
      out.add(n.idx);
      collectCondGroups(n.yes, out);
      collectCondGroups(n.no, out);
      return;
    case "group":
    case "ncgroup":
    case "atomic":
    case "look":
    case "rep":
      collectCondGroups(n.body, out);
      return;
    case "alt":
      for (const a of n.alts) collectCondGroups(a, out);
      return;
    case "seq":
      for (const a of n.items) collectCondGroups(a, out);
      return;
    default:
      return;
  }
}

/** Whether an empty match might hide a non-empty one at the same position (lazy, nullable early branch, backref). */
export function mayPreferEmpty(n: ReNode): boolean {
  switch (n.t) {
    case "ref":
      return true;
    case "rep":
      return n.kind === "lazy" || mayPreferEmpty(n.body);
    case "group":
    case "ncgroup":
    case "atomic":
      return mayPreferEmpty(n.body);
    case "cond":
      return true;
    case "alt":
      return n.alts.some((a, k) => (k < n.alts.length - 1 && nullable(a)) || mayPreferEmpty(a));
    case "seq":
      return n.items.some(mayPreferEmpty);
    default:
      return false;
  }
}

function nullable(n: ReNode): boolean {
  switch (n.t) {
    case "lit":
    case "any":
    case "cls":
    case "cat":
      return false;
    case "at":
    case "look":
    case "ref":
      return true;
    case "group":
    case "ncgroup":
    case "atomic":
      return nullable(n.body);
    case "rep":
      return n.min === 0 || nullable(n.body);
    case "cond":
      return nullable(n.yes) || nullable(n.no);
    case "alt":
      return n.alts.some(nullable);
    case "seq":
      return n.items.every(nullable);
  }
}
