/**
 * `_pyvm_re`: the matching engine under the pure-Python `re` module
 * (modules/lib/re.py), `createReModule()`.
 *
 * `compile(pattern, flags, is_bytes)` parses Python syntax (parser.ts) and
 * returns `(program, flags, groups, groupindex, parents)`, or
 * `(None, msg, pos)` for a syntax error so that `re.py` can raise `re.error`
 * with CPython's message and position. `exec(program, string, pos, endpos,
 * mode, must_advance)` runs one match and returns the flat tuple of group
 * spans `(s0, e0, s1, e1, …)` in code points (-1 for a group that did not
 * take part), or None. mode 0 = search, 1 = match, 2 = fullmatch.
 * `must_advance` is CPython's rule for iterating (finditer/sub/split): an
 * empty match is not allowed at `pos` itself.
 *
 * A program holds its `RegExp` objects (built lazily: search with `g`,
 * match with `y`, fullmatch `(?:…)$` with `y`, and the non-empty variant
 * `(?=([\s\S]*))(?:…)(?!\1)` with `y`) so nothing is rebuilt per call. Bytes
 * patterns run on the latin-1 decoding of the bytes (re.py converts).
 */
import type { PyValue } from "../../objects/object.js";
import { PyObject } from "../../objects/object.js";
import { PyModule } from "../../objects/module.js";
import { PyBuiltinFunction } from "../../objects/builtin-function.js";
import { PyDict } from "../../objects/dict.js";
import { makeBuiltinType, ObjectType, TypeFlags } from "../../objects/type.js";
import { None } from "../../objects/singletons.js";
import { newTuple } from "../../objects/tuple.js";
import { notImplementedError, overflowError, typeError } from "../../objects/errors.js";
import { F, parsePattern, ReSyntaxError, ReUnsupported, type ReNode } from "./parser.js";
import { emitPattern, mayPreferEmpty } from "./emit.js";

const ProgramType = makeBuiltinType("_pyvm_re.Program", ObjectType, TypeFlags.IMMUTABLE, "_pyvm_re");

export class PyReProgram extends PyObject {
  private searchRe: RegExp | null = null;
  private matchRe: RegExp | null = null;
  private fullRe: RegExp | null = null;
  private advanceRe: RegExp | null = null;
  constructor(
    readonly source: string,
    readonly jsFlags: string,
    readonly groupMap: number[],
    readonly root: ReNode,
    readonly expandCase: boolean,
    readonly preferEmpty: boolean,
  ) {
    super(ProgramType);
  }
  search(): RegExp {
    return (this.searchRe ??= new RegExp(this.source, this.jsFlags + "g"));
  }
  match(): RegExp {
    return (this.matchRe ??= new RegExp(this.source, this.jsFlags + "y"));
  }
  full(): RegExp {
    return (this.fullRe ??= new RegExp(`(?:${this.source})$`, this.jsFlags + "y"));
  }
  /** Matches at lastIndex only if the match is non-empty; its groups are shifted by one. */
  advance(): RegExp {
    if (this.advanceRe === null) {
      const e = emitPattern(this.root, 1, this.expandCase);
      this.advanceRe = new RegExp(`(?=([\\s\\S]*))(?:${e.source})(?!\\1)`, this.jsFlags + "y");
    }
    return this.advanceRe;
  }
}

// ---- code point <-> UTF-16 offsets, cached for the last string ----------------------------

const SURROGATE = /[\uD800-\uDFFF]/;
let lastString: string | null = null;
let lastOffsets: Int32Array | null = null; // code point index -> UTF-16 offset; null = BMP only

function offsetsFor(s: string): Int32Array | null {
  if (s === lastString) return lastOffsets;
  let offs: Int32Array | null = null;
  if (SURROGATE.test(s)) {
    const cps: number[] = [];
    for (let i = 0; i < s.length; i++) {
      cps.push(i);
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
    cps.push(s.length);
    offs = Int32Array.from(cps);
  }
  lastString = s;
  lastOffsets = offs;
  return offs;
}

/** UTF-16 offset → code point index (binary search). */
function toCp(offs: Int32Array, u: number): number {
  let lo = 0, hi = offs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offs[mid] as number) < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function intArg(v: PyValue | undefined): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return v > 0n ? Number.MAX_SAFE_INTEGER : 0;
  throw typeError("an integer is required");
}

function compile(args: PyValue[]): PyValue {
  const pattern = args[0];
  if (typeof pattern !== "string") throw typeError("first argument must be string or compiled pattern");
  const flags = intArg(args[1]);
  const isBytes = args[2] === true;
  let parsed;
  try {
    parsed = parsePattern(pattern, isBytes ? flags | F.ASCII : flags, isBytes);
  } catch (e) {
    if (e instanceof ReSyntaxError) {
      if (e.overflow) throw overflowError(e.msg);
      return newTuple([None, e.msg, e.pos ?? None]);
    }
    if (e instanceof ReUnsupported) throw notImplementedError(e.msg);
    throw e;
  }
  const expandCase = parsed.mixedCase;
  const jsFlags = "dv" + (parsed.anyCase && !expandCase ? "i" : "");
  const emitted = emitPattern(parsed.root, 0, expandCase);
  let prog: PyReProgram;
  try {
    prog = new PyReProgram(emitted.source, jsFlags, emitted.groupMap, parsed.root, expandCase, mayPreferEmpty(parsed.root));
    prog.search();
  } catch (e) {
    if (e instanceof SyntaxError) throw notImplementedError(`pyvm's re cannot translate this pattern: ${e.message}`);
    throw e;
  }
  const gi = new PyDict();
  for (const [name, idx] of parsed.groupindex) gi.setStr(name, idx);
  let outFlags = parsed.flags;
  if (isBytes) outFlags &= ~F.ASCII | (flags & F.ASCII);
  else if ((outFlags & (F.ASCII | F.LOCALE)) === 0) outFlags |= F.UNICODE;
  return newTuple([prog, outFlags, parsed.groups, gi, newTuple(parsed.parent.slice(1))]);
}

function exec(args: PyValue[]): PyValue {
  const prog = args[0];
  const s = args[1];
  if (!(prog instanceof PyReProgram) || typeof s !== "string") throw typeError("_pyvm_re.exec(program, str, ...)");
  const offs = offsetsFor(s);
  const n = offs === null ? s.length : offs.length - 1;
  let pos = intArg(args[2]);
  let endpos = intArg(args[3]);
  const mode = intArg(args[4]);
  const mustAdvance = args[5] === true;
  if (pos < 0) pos = 0;
  if (pos > n) pos = n;
  if (endpos > n) endpos = n;
  if (endpos < pos) return None;
  const posU = offs === null ? pos : (offs[pos] as number);
  const endU = offs === null ? endpos : (offs[endpos] as number);
  const subject = endU < s.length ? s.slice(0, endU) : s;
  let m: RegExpExecArray | null = null;
  let shift = 0;
  if (mode === 0 || mode === 1) {
    if (mustAdvance) {
      // CPython: at `pos` only a non-empty match counts; later positions are unrestricted.
      const re = mode === 0 ? prog.search() : prog.match();
      re.lastIndex = posU;
      m = re.exec(subject);
      if (m !== null && (m.index !== posU || m[0].length > 0)) {
        // the first match is already acceptable
      } else {
        m = null;
        if (prog.preferEmpty) {
          const adv = prog.advance();
          adv.lastIndex = posU;
          m = adv.exec(subject);
          if (m !== null) shift = 1;
        }
        if (m === null && mode === 0 && posU < subject.length) {
          const next = posU + (offs !== null && (subject.codePointAt(posU) as number) > 0xffff ? 2 : 1);
          const re2 = prog.search();
          re2.lastIndex = next;
          m = re2.exec(subject);
        }
      }
    } else {
      const re = mode === 0 ? prog.search() : prog.match();
      re.lastIndex = posU;
      m = re.exec(subject);
    }
  } else {
    const re = prog.full();
    re.lastIndex = posU;
    m = re.exec(subject);
  }
  if (m === null) return None;
  const ind = m.indices;
  if (ind === undefined) return None;
  const map = prog.groupMap;
  const out: number[] = [];
  for (let g = 0; g < map.length; g++) {
    const span = ind[g === 0 ? 0 : (map[g] as number) + shift];
    if (span === undefined) out.push(-1, -1);
    else if (offs === null) out.push(span[0], span[1]);
    else out.push(toCp(offs, span[0]), toCp(offs, span[1]));
  }
  return newTuple(out);
}

export function createReModule(): PyModule {
  const m = new PyModule("_pyvm_re");
  m.dict.setStr("compile", new PyBuiltinFunction("compile", (args) => compile(args), m));
  m.dict.setStr("exec", new PyBuiltinFunction("exec", (args) => exec(args), m));
  return m;
}
