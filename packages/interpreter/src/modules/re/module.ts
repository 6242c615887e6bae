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
import { newTuple, PyTuple } from "../../objects/tuple.js";
import { PyList } from "../../objects/list.js";
import { callObject } from "../../protocols/call.js";
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

interface Found {
  m: RegExpExecArray;
  /** JS group offset: 1 when the non-empty variant (which has a leading hidden group) matched. */
  shift: number;
}

/** One match attempt in UTF-16 units on `subject` (already cut at endpos). */
function runOne(prog: PyReProgram, subject: string, posU: number, mode: number, mustAdvance: boolean): Found | null {
  if (mode === 2) {
    const re = prog.full();
    re.lastIndex = posU;
    const m = re.exec(subject);
    return m === null ? null : { m, shift: 0 };
  }
  const re = mode === 0 ? prog.search() : prog.match();
  re.lastIndex = posU;
  const m = re.exec(subject);
  // CPython's must_advance: at `pos` only a non-empty match counts; later positions are unrestricted.
  if (m === null || !mustAdvance || m.index !== posU || m[0].length > 0) return m === null ? null : { m, shift: 0 };
  if (prog.preferEmpty) {
    const adv = prog.advance();
    adv.lastIndex = posU;
    const m2 = adv.exec(subject);
    if (m2 !== null) return { m: m2, shift: 1 };
  }
  if (mode !== 0 || posU >= subject.length) return null;
  const c = subject.charCodeAt(posU);
  re.lastIndex = posU + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
  const m3 = re.exec(subject);
  return m3 === null ? null : { m: m3, shift: 0 };
}

/** Matches for finditer/findall/sub/split, CPython 3.7+ empty-match rule. */
function* iterMatches(prog: PyReProgram, subject: string, posU: number): Generator<Found> {
  let mustAdvance = false;
  while (posU <= subject.length) {
    const f = runOne(prog, subject, posU, 0, mustAdvance);
    if (f === null) return;
    yield f;
    mustAdvance = f.m[0].length === 0;
    posU = f.m.index + f.m[0].length;
  }
}

interface Subject {
  s: string;
  subject: string;
  offs: Int32Array | null;
  pos: number;
  endpos: number;
  posU: number;
}

function subjectOf(args: PyValue[], posArg: number): Subject | null {
  const s = args[1];
  if (typeof s !== "string") throw typeError("_pyvm_re: expected str");
  const offs = offsetsFor(s);
  const n = offs === null ? s.length : offs.length - 1;
  let pos = args[posArg] === undefined ? 0 : intArg(args[posArg]);
  let endpos = args[posArg + 1] === undefined ? n : intArg(args[posArg + 1]);
  if (pos < 0) pos = 0;
  if (pos > n) pos = n;
  if (endpos < 0) endpos = 0;
  if (endpos > n) endpos = n;
  if (endpos < pos) return { s, subject: s, offs, pos, endpos, posU: -1 };
  const posU = offs === null ? pos : (offs[pos] as number);
  const endU = offs === null ? endpos : (offs[endpos] as number);
  return { s, subject: endU < s.length ? s.slice(0, endU) : s, offs, pos, endpos, posU };
}

function program(v: PyValue | undefined): PyReProgram {
  if (!(v instanceof PyReProgram)) throw typeError("_pyvm_re: expected a compiled program");
  return v;
}

/** Flat code-point spans of all Python groups, then pos and endpos. */
function spansOf(prog: PyReProgram, f: Found, offs: Int32Array | null, tail: number[]): PyValue {
  const ind = f.m.indices;
  const map = prog.groupMap;
  const out: number[] = [];
  for (let g = 0; g < map.length; g++) {
    const span = ind === undefined ? undefined : ind[g === 0 ? 0 : (map[g] as number) + f.shift];
    if (span === undefined) out.push(-1, -1);
    else if (offs === null) out.push(span[0], span[1]);
    else out.push(toCp(offs, span[0]), toCp(offs, span[1]));
  }
  for (const t of tail) out.push(t);
  return newTuple(out);
}

/** exec(program, string, pos, endpos, mode, must_advance) */
function exec(args: PyValue[]): PyValue {
  const prog = program(args[0]);
  const sub = subjectOf(args, 2);
  if (sub === null || sub.posU < 0) return None;
  const f = runOne(prog, sub.subject, sub.posU, intArg(args[4]), args[5] === true);
  if (f === null) return None;
  return spansOf(prog, f, sub.offs, [sub.pos, sub.endpos]);
}

/** finditer(program, string, pos, endpos) -> list of span tuples */
function finditer(args: PyValue[]): PyValue {
  const prog = program(args[0]);
  const sub = subjectOf(args, 2);
  const out: PyValue[] = [];
  if (sub !== null && sub.posU >= 0) {
    for (const f of iterMatches(prog, sub.subject, sub.posU)) out.push(spansOf(prog, f, sub.offs, [sub.pos, sub.endpos]));
  }
  return new PyList(out);
}

function groupStr(prog: PyReProgram, f: Found, g: number): string {
  return f.m[(prog.groupMap[g] as number) + f.shift] ?? "";
}

/** findall(program, string, pos, endpos) */
function findall(args: PyValue[]): PyValue {
  const prog = program(args[0]);
  const sub = subjectOf(args, 2);
  const out: PyValue[] = [];
  if (sub === null || sub.posU < 0) return new PyList(out);
  const groups = prog.groupMap.length - 1;
  for (const f of iterMatches(prog, sub.subject, sub.posU)) {
    if (groups === 0) out.push(f.m[0]);
    else if (groups === 1) out.push(groupStr(prog, f, 1));
    else {
      const t: PyValue[] = [];
      for (let g = 1; g <= groups; g++) t.push(groupStr(prog, f, g));
      out.push(newTuple(t));
    }
  }
  return new PyList(out);
}

/** split(program, string, maxsplit) */
function split(args: PyValue[]): PyValue {
  const prog = program(args[0]);
  const sub = subjectOf(args, 3);
  const maxsplit = intArg(args[2]);
  const out: PyValue[] = [];
  const s = (sub as Subject).s;
  const groups = prog.groupMap.length - 1;
  let last = 0;
  let n = 0;
  if (maxsplit < 0) return new PyList([s]);
  for (const f of iterMatches(prog, s, 0)) {
    if (maxsplit > 0 && n >= maxsplit) break;
    out.push(s.slice(last, f.m.index));
    for (let g = 1; g <= groups; g++) out.push(f.m[(prog.groupMap[g] as number) + f.shift] ?? None);
    last = f.m.index + f.m[0].length;
    n++;
  }
  out.push(s.slice(last));
  return new PyList(out);
}

/**
 * subn(program, string, count, repl) -> (str, n). `repl` is a tuple of
 * literal strs and int group numbers (a parsed template) or a callable that
 * receives the span tuple and returns the replacement str.
 */
function subn(args: PyValue[]): PyValue {
  const prog = program(args[0]);
  const sub = subjectOf(args, 4) as Subject;
  const count = intArg(args[2]);
  const repl = args[3];
  const parts = repl instanceof PyTuple ? repl.items : null;
  const s = sub.s;
  let out = "";
  let last = 0;
  let n = 0;
  for (const f of iterMatches(prog, s, 0)) {
    if (count > 0 && n >= count) break;
    out += s.slice(last, f.m.index);
    if (parts !== null) {
      for (const p of parts) out += typeof p === "string" ? p : groupStr(prog, f, p as number);
    } else {
      const r = callObject(repl as PyValue, [spansOf(prog, f, sub.offs, [0, sub.endpos])]);
      if (typeof r === "string") out += r;
    }
    last = f.m.index + f.m[0].length;
    n++;
  }
  out += s.slice(last);
  return newTuple([out, n]);
}

/** substr(string, start, end) in code points, O(1) for the cached string. */
function substr(args: PyValue[]): PyValue {
  const s = args[0];
  if (typeof s !== "string") throw typeError("_pyvm_re.substr: expected str");
  const a = intArg(args[1]);
  const b = intArg(args[2]);
  const offs = offsetsFor(s);
  if (offs === null) return s.slice(a, b);
  return s.slice(offs[a] as number, offs[b] as number);
}

export function createReModule(): PyModule {
  const m = new PyModule("_pyvm_re");
  m.dict.setStr("compile", new PyBuiltinFunction("compile", (args) => compile(args), m));
  const fns: Record<string, (args: PyValue[]) => PyValue> = { exec, finditer, findall, split, subn, substr };
  for (const [name, f] of Object.entries(fns)) m.dict.setStr(name, new PyBuiltinFunction(name, (args) => f(args), m));
  return m;
}
