/**
 * Quickening (PEP 659): the specializers of the adaptive instructions, the
 * miss / deoptimization bookkeeping, and the `--stats` counters.
 *
 * Each code object's `CodeRuntime` holds `quick`, this VM's copy of the
 * instruction stream. A base ("adaptive") instruction of a family with
 * specialized forms (see the `family` entries at the end of opcodes.def.ts)
 * asks its specializer when `counters[pc]` is 0; the specializer looks at
 * the operands (or at the inline cache the generic path just filled) and
 * rewrites `quick[pc]` into the matching specialized form, or, when no form
 * fits, leaves the base instruction and sets `counters[pc]` to an
 * exponentially growing back-off so the attempt is not repeated every time.
 *
 * A specialized instruction guards on exact types (and cache validity); on a
 * guard failure it runs the family's generic semantics (the same helpers the
 * base instruction uses) and calls `miss`. After `MISS_LIMIT` misses the
 * instruction is rewritten back to its base form with a back-off, which is
 * how a site that changes type (an int that overflows to a bigint, a list
 * replaced by a tuple, a rebound global, a patched class) is re-specialized
 * later to whatever it sees then.
 *
 * The chosen form is type feedback for the JIT (`CodeFeedback.specializedOpAt`).
 */
import { Op, BASE_OPCODE, OPCODE_NAMES } from "@pyvm/bytecode";
import type { PyValue } from "../../objects/object.js";
import { PyObject } from "../../objects/object.js";
import { PyFloat, FloatType } from "../../objects/float.js";
import { PyFunction, PyBoundMethod } from "../../objects/function.js";
import { PyBuiltinFunction, PyMethodDescriptor } from "../../objects/builtin-function.js";
import { PyList, ListType } from "../../objects/list.js";
import { PyTuple, TupleType } from "../../objects/tuple.js";
import { PyDict, DictType } from "../../objects/dict.js";
import { PyModule } from "../../objects/module.js";
import { PyType } from "../../objects/type.js";
import { hasCustomGetattr, hasStoreEntry, loadAttrPoly, loadMethodPoly } from "./access.js";
import { PyProperty, PropertyType } from "../../objects/property.js";
import { plainInitOf } from "../../objects/type-call.js";
import { PyRangeIterator, PyListIterator, PyArrayIterator, TupleIteratorType } from "../../objects/iterators.js";
import { AttrCache, CallCache, GlobalCache, runtimeOf, type CodeRuntime } from "../code-runtime.js";
import type { Slot } from "../frame.js";
import { SEEN } from "../../jit-interface.js";
import { isPairForm } from "./superinstructions.js";
import { PyGenerator, GeneratorType } from "../generator.js";

/** Guard misses of a specialized instruction before it is rewritten back to its base form. */
export const MISS_LIMIT = 16;
/** Largest back-off exponent: at most 2**(MAX_BACKOFF + BACKOFF_SHIFT) - 1 (capped to 16 bits) executions between attempts. */
const MAX_BACKOFF = 12;
const BACKOFF_SHIFT = 4;

/**
 * Interpreter statistics for `pyvm --stats`. Specializations, failures,
 * misses and deopts are counted always (they happen on slow paths);
 * `executed` is filled only by the counting copy of the eval loop, which
 * runs instead of the normal one while `enabled` is set.
 */
export const interpStats = {
  enabled: false,
  /** Instructions executed, by opcode as run (specialized forms separately). */
  executed: new Float64Array(256),
  /** Successful specializations, by specialized opcode. */
  specialized: new Float64Array(256),
  /** Specialization attempts that found no fitting form, by base opcode. */
  failures: new Float64Array(256),
  /** Guard misses, by specialized opcode. */
  misses: new Float64Array(256),
  /** Rewrites back to the base form after `MISS_LIMIT` misses, by specialized opcode. */
  deopts: new Float64Array(256),
};

/** Turn on instruction counting (`--stats`); call before running code. */
export function enableInterpreterStats(): void {
  interpStats.enabled = true;
}

export interface FamilyStats {
  readonly family: string;
  /** Instructions of the family executed (base and specialized forms). */
  readonly executed: number;
  /** Executions of specialized forms that passed their guards. */
  readonly hits: number;
  readonly misses: number;
  readonly deopts: number;
  readonly specializations: number;
  readonly failures: number;
  /** Executions per specialized form, by name. */
  readonly forms: ReadonlyArray<readonly [string, number]>;
}

/** Per-family summary of `interpStats` (families with any activity), most executed first. */
export function interpreterFamilyStats(): { total: number; families: FamilyStats[] } {
  const s = interpStats;
  let total = 0;
  const byBase = new Map<number, { executed: number; hits: number; misses: number; deopts: number; specializations: number; failures: number; forms: [string, number][] }>();
  for (let op = 0; op < OPCODE_NAMES.length; op++) {
    const base = BASE_OPCODE[op] as number;
    const ex = s.executed[op] as number;
    total += ex;
    let e = byBase.get(base);
    if (e === undefined) byBase.set(base, (e = { executed: 0, hits: 0, misses: 0, deopts: 0, specializations: 0, failures: 0, forms: [] }));
    e.executed += ex;
    e.failures += s.failures[op] as number;
    if (base !== op) {
      const m = s.misses[op] as number;
      e.hits += Math.max(0, ex - m);
      e.misses += m;
      e.deopts += s.deopts[op] as number;
      e.specializations += s.specialized[op] as number;
      if (ex > 0) e.forms.push([OPCODE_NAMES[op] as string, ex]);
    }
  }
  const families: FamilyStats[] = [];
  for (const [base, e] of byBase) {
    if (e.executed === 0 && e.specializations === 0 && e.failures === 0) continue;
    families.push({ family: OPCODE_NAMES[base] as string, ...e });
  }
  families.sort((a, b) => b.executed - a.executed);
  return { total, families };
}

function bump(a: Float64Array, i: number): void {
  a[i] = (a[i] as number) + 1;
}

// ---- rewriting ----------------------------------------------------------------

function rewrite(rt: CodeRuntime, pc: number, op: number): void {
  rt.quick[pc] = ((rt.quick[pc] as number) & ~0xff) | op;
  rt.counters[pc] = 0;
  bump(interpStats.specialized, op);
}

function backoffValue(b: number): number {
  return Math.min(0xffff, (1 << (b + BACKOFF_SHIFT)) - 1);
}

/**
 * The attribute site at `pc` just specialized: when the instruction before it
 * is a plain LOAD_FAST (the receiver is a local, as in `self.x`), turn that
 * into the superinstruction `fused`, which runs the site's fast path inline
 * and skips it. A LOAD_FAST is always followed by the instruction after it,
 * and the superinstruction checks the opcode at `pc` each time (falling back
 * to a plain LOAD_FAST when the site has been rewritten since), so a jump to
 * either instruction or a later deopt of the site stays correct.
 */
function fuseLoadFast(rt: CodeRuntime, pc: number, fused: number): void {
  if (pc > 0 && ((rt.quick[pc - 1] as number) & 0xff) === Op.LOAD_FAST) {
    rt.quick[pc - 1] = ((rt.quick[pc - 1] as number) & ~0xff) | fused;
    bump(interpStats.specialized, fused);
    // A pair at pc - 2 (superinstructions.ts) would run that LOAD_FAST itself and skip the
    // fused form; the attribute fusion saves more, so the pair goes back to its first half.
    if (pc > 1 && isPairForm((rt.quick[pc - 2] as number) & 0xff)) {
      rt.quick[pc - 2] = ((rt.quick[pc - 2] as number) & ~0xff) | (BASE_OPCODE[(rt.quick[pc - 2] as number) & 0xff] as number);
    }
  }
}

/** No specialized form fits: stay generic and wait before trying again. */
function fail(rt: CodeRuntime, pc: number): void {
  const b = rt.backoff[pc] as number;
  if (b < MAX_BACKOFF) rt.backoff[pc] = b + 1;
  rt.counters[pc] = backoffValue(b);
  bump(interpStats.failures, (rt.quick[pc] as number) & 0xff);
}

/** A specialized instruction's guard failed (its generic path runs this time). */
export function miss(rt: CodeRuntime, pc: number): void {
  const w = rt.quick[pc] as number;
  bump(interpStats.misses, w & 0xff);
  const n = (rt.counters[pc] as number) + 1;
  if (n < MISS_LIMIT) {
    rt.counters[pc] = n;
    return;
  }
  // Deoptimize: back to the adaptive base form, re-specialized after a back-off.
  bump(interpStats.deopts, w & 0xff);
  rt.quick[pc] = (w & ~0xff) | (BASE_OPCODE[w & 0xff] as number);
  const b = rt.backoff[pc] as number;
  if (b < MAX_BACKOFF) rt.backoff[pc] = b + 1;
  rt.counters[pc] = backoffValue(b);
}

function noteSeen(rt: CodeRuntime, pc: number, a: PyValue, b: PyValue): void {
  let seen = rt.seen;
  if (seen === null) rt.seen = seen = new Uint8Array(rt.quick.length);
  seen[pc] = (seen[pc] as number) | kindBit(a) | kindBit(b);
}

function kindBit(v: PyValue): number {
  if (typeof v === "number") return SEEN.INT;
  // A bool is an int to Python but not to the tier-2 int guards (a bool operand there deopts every time).
  if (typeof v === "boolean") return SEEN.OTHER;
  if (typeof v === "bigint") return SEEN.BIGINT;
  if (typeof v === "string") return SEEN.STR;
  if (v instanceof PyFloat) return SEEN.FLOAT;
  // An exact list or tuple is also "other" to every int/float/str speculation.
  if (v instanceof PyList && v.cls === ListType) return SEEN.OTHER | SEEN.LIST;
  if (v instanceof PyTuple && v.cls === TupleType) return SEEN.OTHER | SEEN.TUPLE;
  return SEEN.OTHER;
}

function isExactFloat(v: PyValue): boolean {
  return v instanceof PyFloat && v.cls === FloatType;
}

/** Both operands exact floats, or one exact float and one small int. */
function isFloatPair(a: PyValue, b: PyValue): boolean {
  return (isExactFloat(a) && (isExactFloat(b) || typeof b === "number")) || (typeof a === "number" && isExactFloat(b));
}

// ---- specializers ---------------------------------------------------------------

export function specializeBinaryOp(rt: CodeRuntime, pc: number, arg: number, a: PyValue, b: PyValue): void {
  noteSeen(rt, pc, a, b);
  const ints = typeof a === "number" && typeof b === "number";
  const floats = !ints && isFloatPair(a, b);
  let op = -1;
  switch (arg) {
    case 0:
    case 13:
      op = ints ? Op.BINARY_OP_ADD_INT : floats ? Op.BINARY_OP_ADD_FLOAT : typeof a === "string" && typeof b === "string" ? Op.BINARY_OP_ADD_STR : -1;
      break;
    case 10:
    case 23:
      op = ints ? Op.BINARY_OP_SUBTRACT_INT : floats ? Op.BINARY_OP_SUBTRACT_FLOAT : -1;
      break;
    case 5:
    case 18:
      op = ints ? Op.BINARY_OP_MULTIPLY_INT : floats ? Op.BINARY_OP_MULTIPLY_FLOAT : -1;
      break;
  }
  if (op < 0) fail(rt, pc);
  else rewrite(rt, pc, op);
}

export function specializeCompareOp(rt: CodeRuntime, pc: number, arg: number, a: PyValue, b: PyValue): void {
  noteSeen(rt, pc, a, b);
  // Followed by a conditional pop-jump (`if a < b:`, `while i < n:`): the fused _JUMP form.
  const next = pc + 1 < rt.quick.length ? (rt.quick[pc + 1] as number) & 0xff : -1;
  const jump = next === Op.POP_JUMP_IF_FALSE || next === Op.POP_JUMP_IF_TRUE;
  if (typeof a === "number" && typeof b === "number") rewrite(rt, pc, jump ? Op.COMPARE_OP_INT_JUMP : Op.COMPARE_OP_INT);
  else if (isFloatPair(a, b)) rewrite(rt, pc, jump ? Op.COMPARE_OP_FLOAT_JUMP : Op.COMPARE_OP_FLOAT);
  else if (typeof a === "string" && typeof b === "string" && (arg === 2 || arg === 3)) rewrite(rt, pc, jump ? Op.COMPARE_OP_STR_JUMP : Op.COMPARE_OP_STR);
  else fail(rt, pc);
}

export function specializeBinarySubscr(rt: CodeRuntime, pc: number, o: PyValue, k: PyValue): void {
  noteSeen(rt, pc, o, k); // SEEN.STR | SEEN.INT: tier 2 indexes a str (with a slice: SEEN.STR | SEEN.OTHER)
  if (typeof k === "number" && o instanceof PyList && o.cls === ListType) rewrite(rt, pc, Op.BINARY_SUBSCR_LIST_INT);
  else if (typeof k === "number" && o instanceof PyTuple && o.cls === TupleType) rewrite(rt, pc, Op.BINARY_SUBSCR_TUPLE_INT);
  else if (o instanceof PyDict && o.cls === DictType) rewrite(rt, pc, Op.BINARY_SUBSCR_DICT);
  else fail(rt, pc);
}

export function specializeStoreSubscr(rt: CodeRuntime, pc: number, o: PyValue, k: PyValue): void {
  noteSeen(rt, pc, o, k); // SEEN.LIST | SEEN.OTHER: tier 2 assigns a list slice
  if (typeof k === "number" && o instanceof PyList && o.cls === ListType) rewrite(rt, pc, Op.STORE_SUBSCR_LIST_INT);
  else if (o instanceof PyDict && o.cls === DictType) rewrite(rt, pc, Op.STORE_SUBSCR_DICT);
  else fail(rt, pc);
}

/**
 * A tier-1 (baseline JIT) site the interpreter has not observed yet — code
 * entered at a hot loop, or compiled before the site first ran: specialize it
 * as the eval loop would (once: the specializer records `seen`), so tier 2
 * finds the same feedback. Tier 1 calls this only while `rt.seen[pc]` is 0.
 */
export function noteTier1Site(rt: CodeRuntime, pc: number, arg: number, a: PyValue, b: PyValue): void {
  switch ((rt.quick[pc] as number) & 0xff) {
    case Op.BINARY_SUBSCR:
      specializeBinarySubscr(rt, pc, a, b);
      return;
    case Op.STORE_SUBSCR:
      specializeStoreSubscr(rt, pc, a, b);
      return;
    case Op.BINARY_OP:
      specializeBinaryOp(rt, pc, arg, a, b);
      return;
    case Op.COMPARE_OP:
      specializeCompareOp(rt, pc, arg, a, b);
      return;
    default:
      noteSeen(rt, pc, a, b);
  }
}

export function specializeForIter(rt: CodeRuntime, pc: number, it: PyValue): void {
  if (it instanceof PyRangeIterator) rewrite(rt, pc, Op.FOR_ITER_RANGE);
  else if (it instanceof PyListIterator) rewrite(rt, pc, Op.FOR_ITER_LIST);
  else if (it instanceof PyArrayIterator && it.cls === TupleIteratorType) rewrite(rt, pc, Op.FOR_ITER_TUPLE);
  else if (it instanceof PyGenerator && it.cls === GeneratorType) rewrite(rt, pc, Op.FOR_ITER_GEN);
  else fail(rt, pc);
}

/** After the generic LOAD_GLOBAL filled the site's cache. */
export function specializeLoadGlobal(rt: CodeRuntime, pc: number): void {
  const c = rt.caches[pc];
  if (c instanceof GlobalCache && c.globals !== null) rewrite(rt, pc, c.fromBuiltins ? Op.LOAD_GLOBAL_BUILTIN : Op.LOAD_GLOBAL_MODULE);
  else fail(rt, pc);
}

/** After the generic LOAD_ATTR on `o` (its cache is up to date). */
export function specializeLoadAttr(rt: CodeRuntime, pc: number, o: PyValue): void {
  const c = rt.caches[pc];
  if (o instanceof PyObject) {
    if (c instanceof AttrCache && c.poly !== null && loadAttrPoly(c, o) !== undefined) {
      // Several receiver types / shapes through this site, all plain slots or class attributes.
      rewrite(rt, pc, Op.LOAD_ATTR_POLY);
      fuseLoadFast(rt, pc, Op.LOAD_FAST__LOAD_ATTR);
      return;
    }
    if (c instanceof AttrCache && c.poly === null) {
      if (c.moduleDict !== null && o instanceof PyModule && o.dict === c.moduleDict && c.moduleKeys === c.moduleDict.keysVersion) {
        rewrite(rt, pc, Op.LOAD_ATTR_MODULE);
        return;
      }
      if (o.dict === null && c.typeVersion === o.cls.version && c.shape === o.shape) {
        rewrite(rt, pc, c.slot >= 0 ? Op.LOAD_ATTR_SLOT : Op.LOAD_ATTR_CLASS);
        fuseLoadFast(rt, pc, Op.LOAD_FAST__LOAD_ATTR);
        return;
      }
    }
    // A property with a Python getter: a data descriptor, so only the type matters.
    const tp = o.cls;
    if (!hasCustomGetattr(tp)) {
      const name = rt.names[(rt.quick[pc] as number) >>> 8] as string;
      const p = tp.lookup(name);
      if (p instanceof PyProperty && p.cls === PropertyType && p.fget instanceof PyFunction) {
        const cache = c instanceof AttrCache ? c : new AttrCache();
        rt.caches[pc] = cache;
        cache.prop = p;
        cache.propVersion = tp.version;
        rewrite(rt, pc, Op.LOAD_ATTR_PROPERTY);
        return;
      }
    }
  }
  fail(rt, pc);
}

/** After the generic STORE_ATTR on `o`. */
export function specializeStoreAttr(rt: CodeRuntime, pc: number, o: PyValue): void {
  const c = rt.caches[pc];
  if (c instanceof AttrCache && o instanceof PyObject) {
    if (c.poly === null) {
      if (c.typeVersion >= 0 && o.cls.version === c.typeVersion) {
        rewrite(rt, pc, Op.STORE_ATTR_SLOT);
        fuseLoadFast(rt, pc, Op.LOAD_FAST__STORE_ATTR);
        return;
      }
    } else if (hasStoreEntry(c, o)) {
      rewrite(rt, pc, Op.STORE_ATTR_POLY);
      fuseLoadFast(rt, pc, Op.LOAD_FAST__STORE_ATTR);
      return;
    }
  }
  fail(rt, pc);
}

/** After the generic LOAD_METHOD on `o`. */
export function specializeLoadMethod(rt: CodeRuntime, pc: number, o: PyValue): void {
  const c = rt.caches[pc];
  if (c instanceof AttrCache && c.poly !== null && loadMethodPoly(c, o) !== undefined) {
    rewrite(rt, pc, Op.LOAD_METHOD_POLY);
    fuseLoadFast(rt, pc, Op.LOAD_FAST__LOAD_METHOD);
    return;
  }
  if (c instanceof AttrCache && c.poly === null) {
    if (c.moduleDict !== null && o instanceof PyModule && o.dict === c.moduleDict && c.moduleKeys === c.moduleDict.keysVersion) {
      rewrite(rt, pc, Op.LOAD_METHOD_MODULE);
      return;
    }
    if (c.typeVersion >= 0 && c.slot === -1 && c.value !== undefined) {
      rewrite(rt, pc, Op.LOAD_METHOD_TYPE);
      fuseLoadFast(rt, pc, Op.LOAD_FAST__LOAD_METHOD);
      return;
    }
  }
  fail(rt, pc);
}

/**
 * CALL with the vectorcall layout at `lp[base…]` (`arg` = the CALL's oparg).
 * Runs before the generic call.
 */
export function specializeCall(rt: CodeRuntime, owner: object, pc: number, lp: readonly Slot[], base: number, arg: number, kw: readonly string[] | null): void {
  if (kw !== null) {
    fail(rt, pc);
    return;
  }
  const m = lp[base];
  const callable = (m === null ? lp[base + 1] : m) as PyValue;
  const nargs = m === null ? arg : arg + 1;
  let c = rt.caches[pc];
  if (!(c instanceof CallCache)) rt.caches[pc] = c = new CallCache();
  if (callable instanceof PyFunction) {
    const frt = runtimeOf(callable.code, owner);
    if (frt.simpleArgs && nargs === callable.code.argcount) {
      c.func = callable;
      c.code = callable.code;
      c.rt = frt;
      c.argcount = nargs;
      c.target = null;
      rewrite(rt, pc, Op.CALL_PY_EXACT_ARGS);
      return;
    }
  } else if (m === null && callable instanceof PyBoundMethod && callable.func instanceof PyFunction) {
    const fn = callable.func;
    const frt = runtimeOf(fn.code, owner);
    if (frt.simpleArgs && nargs + 1 === fn.code.argcount) {
      c.func = fn;
      c.code = fn.code;
      c.rt = frt;
      c.argcount = nargs + 1;
      c.target = null;
      rewrite(rt, pc, Op.CALL_BOUND_METHOD);
      return;
    }
  } else if (callable instanceof PyBuiltinFunction && m === null) {
    if ((nargs === 1 && callable.fn1 !== null) || (nargs === 2 && callable.fn2 !== null)) {
      c.target = callable;
      c.argcount = nargs;
      rewrite(rt, pc, Op.CALL_BUILTIN);
      return;
    }
  } else if (callable instanceof PyMethodDescriptor && m !== null) {
    c.target = callable;
    rewrite(rt, pc, Op.CALL_METHOD_DESCRIPTOR);
    return;
  } else if (callable instanceof PyType && m === null && plainInitOf(callable) !== null) {
    c.target = callable;
    rewrite(rt, pc, Op.CALL_TYPE);
    return;
  }
  fail(rt, pc);
}
