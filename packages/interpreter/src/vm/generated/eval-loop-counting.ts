// GENERATED FILE — do not edit. Source: src/vm/eval-loop.ts, by scripts/gen-counting-loop.mjs.
// The eval loop with a per-opcode instruction counter, run by `pyvm --stats` (see interpStats).
/* eslint-disable */
/**
 * The evaluation loop: one dispatch function for every tier-0 frame.
 *
 * `evalFrame(ts, entry)` runs `entry` until it returns (or, for a generator
 * frame, yields). Python→Python calls do not recurse in JS: CALL pushes a
 * new `Frame` (linked through `back`) and the same loop continues with it;
 * RETURN_VALUE pops back to the caller. Only calls that enter Python from JS
 * (a builtin calling a key function, a dunder, resuming a generator) start a
 * nested `evalFrame`.
 *
 * Shape of the loop, chosen for V8:
 * - `pc`, `sp`, the instruction array and `localsplus` (locals + value stack,
 *   see frame.ts) live in JS locals; they are reloaded from the frame at the
 *   top of the outer loop, which is where every frame switch (`continue
 *   outer`) and every caught exception lands.
 * - The `switch` uses numeric literals so V8 emits a jump table; each
 *   `case N /* NAME *\/` is checked against the opcode table by a test.
 * - Hot opcodes are inline with fast paths for exact int/float/str operands;
 *   rare opcodes and slow paths are calls into vm/ops/*.ts so this function
 *   stays small enough to be optimized.
 * - One `try/catch` around the inner loop. An exception is looked up in the
 *   frame's exception table; without a handler the frame is popped and the
 *   search continues in the caller, adding traceback entries on the way.
 * - The loop runs the frame's quickened stream (`rt.quick`, PEP 659): base
 *   instructions of a family call their specializer (vm/ops/specialize.ts)
 *   when `rt.counters[pc]` reaches 0; specialized forms guard on exact types and, on
 *   a miss, run the generic helper and call `miss`. docs/internals/architecture.md
 *   has the table of forms.
 * - `--stats` runs generated/eval-loop-counting.ts, a copy of this file with
 *   a counter per instruction (scripts/gen-counting-loop.mjs); regenerate it
 *   after editing this file (the interpreter build does).
 */
import type { PyValue } from "../../objects/object.js";
import { PyFloat, FloatType, newFloat } from "../../objects/float.js";
import { PyFunction, PyBoundMethod } from "../../objects/function.js";
import { PyBuiltinFunction, PyMethodDescriptor } from "../../objects/builtin-function.js";
import { PyBaseException } from "../../objects/exceptions.js";
import { PyList, ListType } from "../../objects/list.js";
import { PyTuple, TupleType, newTuple } from "../../objects/tuple.js";
import { PyCell } from "../../objects/cell.js";
import { None } from "../../objects/singletons.js";
import { recursionError, unboundLocal, VMInternalError, keyError, indexOutOfRange, zeroDivision } from "../../objects/errors.js";
import { binaryOp, unaryNegative } from "../../protocols/number.js";
import { isTrue } from "../../protocols/truth.js";
import { callObject } from "../../protocols/call.js";
import { richCompare, cmpNumbers } from "../../protocols/compare.js";
import { getItem, setItem } from "../../protocols/subscript.js";
import { getIter, iterNext } from "../../protocols/iter.js";
import { intFloorDiv, intMod } from "../../objects/int.js";
import { Frame, newCallFrame, recycleFrame, type Slot } from "../frame.js";
import { runtimeOf } from "../code-runtime.js";
import type { VMThread } from "../thread.js";
import { newFrameForCall, newInitFrame, pushCallExFrame, startGenerator } from "../ops/call.js";
import { PyType } from "../../objects/type.js";
import { RangeType, newRangeFast } from "../../objects/range.js";
import { plainInitOf, initReturnedNonNone, newPlainInstance } from "../../objects/type-call.js";
import { loadNameCached, storeNameCached } from "../ops/names.js";
import { loadGlobal, loadAttrCached, loadMethodCached, storeAttrCached, loadDerefSlow, compareSlow, loadAttrPoly, loadMethodPoly, storeAttrPoly } from "../ops/access.js";
import { attrMiss } from "../ops/access.js";
import { execRare } from "../ops/rare.js";
import { PyNativeIterator, PyRangeIterator, PyListIterator, PyArrayIterator } from "../../objects/iterators.js";
import { PyDict, DictType } from "../../objects/dict.js";
import { addSlot } from "../../objects/object.js";
import { typeOf } from "../../objects/type.js";
import type { PyProperty } from "../../objects/property.js";
import { AttrCache, CallCache, GlobalCache, type CodeRuntime, type InlineCache } from "../code-runtime.js";
import {
  interpStats,
  miss,
  specializeBinaryOp,
  specializeBinarySubscr,
  specializeCall,
  specializeCompareOp,
  specializeForIter,
  specializeLoadAttr,
  specializeLoadGlobal,
  specializeLoadMethod,
  specializeStoreAttr,
  specializeStoreSubscr,
} from "../ops/specialize.js";
import { raiseVarargs, unwindException } from "../ops/exceptions.js";
import { tierUpCall, tierUpLoop } from "../ops/tiering.js";
import { Suspension } from "../limits.js";
import { PyGenerator, GeneratorType, genEnterInline, genYieldInline, genReturnInline } from "../generator.js";
import { resumeChain, suspendFrame, rangeErrorToPython } from "../suspend.js";

const MAX_SAFE = 9007199254740991;

/** Thrown internally by YIELD_VALUE handling; never escapes. */
function fatal(msg: string): never {
  throw new VMInternalError(msg);
}

/**
 * Run `entry` (already initialised: arguments bound, `pc`/`sp` set) until it
 * returns or yields. `throwIn`, when given, is raised at the frame's current
 * instruction first (generator `throw()`).
 */
export function evalFrameCounting(ts: VMThread, entry: Frame, throwIn: PyBaseException | null = null, resumeAt: Frame | null = null): PyValue {
  // A fresh activation (a builtin calling back into Python) counts as a call; resumptions
  // (generators, deopt, a runAsync resume, an exception thrown in) do not.
  if (entry.pc === 0 && throwIn === null && resumeAt === null && --ts.ticks < 0) ts.onTicksExhausted(false);
  if (++ts.depth > ts.recursionLimit) {
    ts.depth--;
    throw recursionError();
  }
  entry.isEntry = true;
  entry.suspended = false;
  entry.back = ts.frame;
  ts.frame = entry;

  // runAsync resumes a suspended frame chain at its innermost frame (api/async.ts).
  const f: Frame = resumeAt === null ? entry : resumeChain(ts, entry, resumeAt);
  return runFrames(ts, entry, f, throwIn);
}


/** The dispatch loop of `evalFrame`: runs `f` (innermost) and its callers up to `entry`. */
function runFrames(ts: VMThread, entry: Frame, f: Frame, throwIn: PyBaseException | null): PyValue {
  let pending: PyBaseException | null = throwIn;
  /** Set by RERAISE / bare `raise`: the exception keeps its traceback as is. */
  let reraising = false;
  let kwnames: readonly string[] | null = null;
  // Temporaries shared by every case body. Ignition gives each block-scoped
  // `const`/`let` its own register (sibling `case` blocks do not share), and a
  // re-entrant activation of this function (a dunder called from a builtin)
  // runs unoptimized, so per-case declarations would make every nested Python
  // re-entry cost kilobytes of JS stack (RecursionError tests hit the JS
  // stack limit first). TurboFan renames them (SSA), so sharing is free there.
  // Case bodies assign before use; keep new cases on these names.
  let a: Slot, b: Slot, o: Slot, k: Slot, v: Slot;
  let c: InlineCache | undefined;
  let d: PyDict | null, g: PyDict, bi: PyDict;
  let items: PyValue[] | null, ro: readonly PyValue[];
  let n: number, i: number, r: number;
  let x: number | undefined, y: number | undefined;
  let base: number, argStart: number, nargs: number;
  let callable: Slot;
  let frt: CodeRuntime, nf: Frame, nlp: Slot[], back: Frame;
  let res: PyValue | undefined;
  let kw: readonly string[] | null;

  outer: for (;;) {
    if (pending !== null) {
      // An exception raised without a JS throw (raise, RERAISE, generator throw(), a
      // bad __init__ return): unwind to a handler, or out of this activation.
      const p = pending;
      pending = null;
      f = unwindException(ts, f, p, reraising);
      reraising = false;
    }
    const rt = f.rt;
    const code = rt.quick;
    let lp: Slot[] = f.localsplus;
    const consts = rt.consts;
    const caches = rt.caches;
    let pc = f.pc;
    let sp = f.sp;
    try {
      for (;;) {
        const word = code[pc++] as number;
        executed[word & 0xff] = (executed[word & 0xff] as number) + 1;
        const arg = word >>> 8;
        switch (word & 0xff) {
          case 0 /* NOP */:
            break;
          case 1 /* POP_TOP */:
            lp[--sp] = undefined;
            break;
          case 2 /* PUSH_NULL */:
            lp[sp++] = null;
            break;
          case 3 /* COPY */:
            lp[sp] = lp[sp - arg];
            sp++;
            break;
          case 4 /* SWAP */: {
            v = lp[sp - 1];
            lp[sp - 1] = lp[sp - arg];
            lp[sp - arg] = v;
            break;
          }
          case 5 /* LOAD_CONST */:
            lp[sp++] = consts[arg];
            break;
          case 6 /* LOAD_FAST */: {
            v = lp[arg];
            if (v === undefined) throw unboundLocal(f.code.localsplusNames[arg] as string);
            if (((code[pc] as number) & 0xff) === 48 && !f.isEntry && f.initSelf === null && f.generator === null) {
              // `return x` from a plain frame called in this loop: RETURN_VALUE's common path.
              executed[48 & 0xff] = (executed[48 & 0xff] as number) + 1;
              ts.depth--;
              back = f.back as Frame;
              ts.frame = back;
              back.localsplus[back.sp++] = v;
              if (!f.escaped && ts.jit === null) recycleFrame(f);
              f = back;
              continue outer;
            }
            lp[sp++] = v;
            break;
          }
          // Superinstructions (specialize.ts fuseLoadFast): LOAD_FAST, then the next
          // instruction's cached attribute fast path inline (skipping it) when its guard
          // holds; otherwise only the LOAD_FAST, and the next instruction runs itself.
          case 136 /* LOAD_FAST__LOAD_ATTR */:
            o = lp[arg];
            if (o === undefined) throw unboundLocal(f.code.localsplusNames[arg] as string);
            n = (code[pc] as number) & 0xff;
            if ((n === 103 || n === 104 || n === 133) && typeof o === "object" && o !== null && o.dict === null) {
              c = caches[pc] as AttrCache;
              if (o.cls.version === c.typeVersion && o.shape === c.shape) {
                i = c.slot;
                lp[sp++] = i >= 0 ? ((o.slots as PyValue[])[i] as PyValue) : (c.value as PyValue);
                pc++;
                break;
              }
              if (n === 133 && (v = loadAttrPoly(c, o)) !== undefined) {
                lp[sp++] = v;
                pc++;
                break;
              }
            }
            lp[sp++] = o;
            break;
          case 137 /* LOAD_FAST__STORE_ATTR */:
            o = lp[arg];
            if (o === undefined) throw unboundLocal(f.code.localsplusNames[arg] as string);
            n = (code[pc] as number) & 0xff;
            if ((n === 107 || n === 134) && typeof o === "object" && o !== null && o.dict === null) {
              c = caches[pc] as AttrCache;
              if (o.cls.version === c.typeVersion && o.shape === c.shape) {
                (o.slots as PyValue[])[c.slot] = lp[--sp] as PyValue;
                pc++;
                break;
              }
              // (the polymorphic entries only under STORE_ATTR_POLY: the SLOT form must see its misses)
              if ((n === 134 || c.poly === null) && storeAttrPoly(c, o, lp[sp - 1] as PyValue)) {
                sp--;
                pc++;
                break;
              }
            }
            lp[sp++] = o;
            break;
          case 138 /* LOAD_FAST__LOAD_METHOD */:
            o = lp[arg];
            if (o === undefined) throw unboundLocal(f.code.localsplusNames[arg] as string);
            n = (code[pc] as number) & 0xff;
            if ((n === 108 || n === 135) && typeof o === "object" && o !== null && o.dict === null) {
              c = caches[pc] as AttrCache;
              v = o.cls.version === c.typeVersion && o.shape === c.shape ? c.value : n === 135 ? loadMethodPoly(c, o) : undefined;
              if (v !== undefined) {
                lp[sp++] = v;
                lp[sp++] = o;
                pc++;
                break;
              }
            }
            lp[sp++] = o;
            break;
          case 7 /* STORE_FAST */:
            lp[arg] = lp[--sp];
            break;
          // Pairs (ops/superinstructions.ts): the first instruction, then the next one from its
          // word, skipped. An unbound second local raises with `pc` past the second instruction.
          case 142 /* LOAD_FAST__LOAD_FAST */:
          case 143 /* LOAD_FAST__LOAD_CONST */:
            v = lp[arg];
            if (v === undefined) throw unboundLocal(f.code.localsplusNames[arg] as string);
            i = (code[pc] as number) >>> 8;
            if ((word & 0xff) === 143) k = consts[i];
            else if ((k = lp[i]) === undefined) {
              pc++;
              throw unboundLocal(f.code.localsplusNames[i] as string);
            }
            if (typeof v === "number" && typeof k === "number") {
              // Two ints feeding a specialized int add/subtract, a compare-and-branch or a `%`
              // (`n - 1`, `i < n`, `x % 2`): run the third instruction (and the jump) here too,
              // when its guard holds.
              n = code[pc + 1] as number;
              switch (n & 0xff) {
                case 110 /* BINARY_OP_ADD_INT */:
                  r = v + k;
                  if (r <= MAX_SAFE && r >= -MAX_SAFE) {
                    executed[n & 0xff] = (executed[n & 0xff] as number) + 1;
                    lp[sp++] = r;
                    pc += 2;
                    continue;
                  }
                  break;
                case 111 /* BINARY_OP_SUBTRACT_INT */:
                  r = v - k;
                  if (r <= MAX_SAFE && r >= -MAX_SAFE) {
                    executed[n & 0xff] = (executed[n & 0xff] as number) + 1;
                    lp[sp++] = r;
                    pc += 2;
                    continue;
                  }
                  break;
                case 139 /* COMPARE_OP_INT_JUMP */:
                  executed[n & 0xff] = (executed[n & 0xff] as number) + 1;
                  i = code[pc + 2] as number;
                  if (cmpNumbers(v, k, n >>> 8) === ((i & 0xff) === 41)) pc = i >>> 8;
                  else pc += 3;
                  continue;
                case 34 /* BINARY_OP */:
                  // `x % k` has no specialized form; non-negative ints take JS `%` directly.
                  if (n >>> 8 === 6 && k > 0 && v >= 0) {
                    executed[n & 0xff] = (executed[n & 0xff] as number) + 1;
                    lp[sp++] = v % k;
                    pc += 2;
                    continue;
                  }
                  break;
              }
            }
            lp[sp++] = v;
            lp[sp++] = k;
            pc++;
            break;
          case 144 /* LOAD_CONST__LOAD_FAST */:
            lp[sp++] = consts[arg];
            i = (code[pc++] as number) >>> 8;
            v = lp[i];
            if (v === undefined) throw unboundLocal(f.code.localsplusNames[i] as string);
            lp[sp++] = v;
            break;
          case 145 /* STORE_FAST__LOAD_FAST */:
            lp[arg] = lp[--sp];
            i = (code[pc++] as number) >>> 8;
            v = lp[i];
            if (v === undefined) throw unboundLocal(f.code.localsplusNames[i] as string);
            lp[sp++] = v;
            break;
          case 146 /* STORE_FAST__STORE_FAST */:
            lp[arg] = lp[--sp];
            lp[(code[pc++] as number) >>> 8] = lp[--sp];
            break;
          case 147 /* LOAD_CONST__IS_OP_JUMP */:
            // `x is C` / `x is not C` (IS_OP at pc, its arg 1 = `is not`) and the pop-jump at pc + 1.
            v = lp[--sp];
            n = code[pc + 1] as number;
            if ((v === consts[arg]) !== ((code[pc] as number) >>> 8 === 1) === ((n & 0xff) === 41)) pc = n >>> 8;
            else pc += 2;
            break;
          case 12 /* LOAD_DEREF */: {
            v = (lp[arg] as PyCell).ref;
            lp[sp++] = v === undefined ? loadDerefSlow(f, arg) : v;
            break;
          }
          case 14 /* STORE_DEREF */:
            (lp[arg] as PyCell).ref = lp[--sp] as PyValue;
            break;
          case 16 /* LOAD_NAME */: {
            // Module-level code: the locals are the globals dict; cached like LOAD_GLOBAL.
            o = f.locals;
            c = caches[pc - 1] as GlobalCache | undefined;
            if (c !== undefined && o === c.globals) {
              if (!c.fromBuiltins) {
                if (c.kVersion === (o as PyDict).keysVersion || (o as PyDict).keyList[c.index] === c.key) {
                  lp[sp++] = (o as PyDict).valueList[c.index] as PyValue;
                  break;
                }
              } else if (c.gVersion === (o as PyDict).addedVersion) {
                bi = f.builtins;
                if (c.kVersion === bi.keysVersion || bi.keyList[c.index] === c.key) {
                  lp[sp++] = bi.valueList[c.index] as PyValue;
                  break;
                }
              }
            }
            lp[sp++] = loadNameCached(f, rt, pc - 1, arg);
            break;
          }
          case 17 /* STORE_NAME */: {
            v = lp[--sp] as PyValue;
            o = f.locals;
            c = caches[pc - 1] as GlobalCache | undefined;
            if (c !== undefined && o === c.globals && (c.kVersion === (o as PyDict).keysVersion || (o as PyDict).keyList[c.index] === c.key)) {
              (o as PyDict).storeAt(c.index, v);
              break;
            }
            storeNameCached(f, rt, pc - 1, arg, v);
            break;
          }
          case 19 /* LOAD_GLOBAL */: {
            if (arg & 1) lp[sp++] = null;
            lp[sp++] = loadGlobal(f, rt, pc - 1, arg >>> 1);
            n = rt.counters[pc - 1] as number;
            if (n === 0) specializeLoadGlobal(rt, pc - 1);
            else rt.counters[pc - 1] = n - 1;
            break;
          }
          case 101 /* LOAD_GLOBAL_MODULE */: {
            c = caches[pc - 1] as GlobalCache;
            g = f.globals;
            if (arg & 1) lp[sp++] = null;
            if (c.globals === g && (c.kVersion === g.keysVersion || g.keyList[c.index] === c.key) && !c.fromBuiltins) {
              lp[sp++] = g.valueList[c.index] as PyValue;
              break;
            }
            miss(rt, pc - 1);
            lp[sp++] = loadGlobal(f, rt, pc - 1, arg >>> 1);
            break;
          }
          case 102 /* LOAD_GLOBAL_BUILTIN */: {
            c = caches[pc - 1] as GlobalCache;
            g = f.globals;
            bi = f.builtins;
            if (arg & 1) lp[sp++] = null;
            if (c.globals === g && c.gVersion === g.addedVersion && (c.kVersion === bi.keysVersion || bi.keyList[c.index] === c.key) && c.fromBuiltins) {
              lp[sp++] = bi.valueList[c.index] as PyValue;
              break;
            }
            miss(rt, pc - 1);
            lp[sp++] = loadGlobal(f, rt, pc - 1, arg >>> 1);
            break;
          }
          case 22 /* LOAD_ATTR */: {
            o = lp[sp - 1] as PyValue;
            lp[sp - 1] = loadAttrCached(rt, pc - 1, o, arg);
            n = rt.counters[pc - 1] as number;
            if (n === 0) specializeLoadAttr(rt, pc - 1, o);
            else rt.counters[pc - 1] = n - 1;
            break;
          }
          case 103 /* LOAD_ATTR_SLOT */:
          case 104 /* LOAD_ATTR_CLASS */: {
            o = lp[sp - 1] as PyValue;
            c = caches[pc - 1] as AttrCache;
            if (typeof o === "object" && o.cls.version === c.typeVersion && o.shape === c.shape && o.dict === null) {
              // One body for both: the generic path may turn the entry from one kind into the other.
              i = c.slot;
              lp[sp - 1] = i >= 0 ? ((o.slots as PyValue[])[i] as PyValue) : (c.value as PyValue);
              break;
            }
            attrMiss(rt, pc - 1, o);
            lp[sp - 1] = loadAttrCached(rt, pc - 1, o, arg);
            break;
          }
          case 133 /* LOAD_ATTR_POLY */: {
            o = lp[sp - 1] as PyValue;
            v = loadAttrPoly(caches[pc - 1] as AttrCache, o);
            if (v === undefined) {
              attrMiss(rt, pc - 1, o);
              lp[sp - 1] = loadAttrCached(rt, pc - 1, o, arg);
            } else lp[sp - 1] = v;
            break;
          }
          case 105 /* LOAD_ATTR_MODULE */: {
            o = lp[sp - 1] as PyValue;
            c = caches[pc - 1] as AttrCache;
            if (typeof o === "object") {
              d = o.dict;
              if (d !== null && d === c.moduleDict && d.keysVersion === c.moduleKeys) {
                lp[sp - 1] = d.valueList[c.slot] as PyValue;
                break;
              }
            }
            miss(rt, pc - 1);
            lp[sp - 1] = loadAttrCached(rt, pc - 1, o, arg);
            break;
          }
          case 106 /* LOAD_ATTR_PROPERTY */: {
            o = lp[sp - 1] as PyValue;
            c = caches[pc - 1] as AttrCache;
            if (typeof o === "object" && o.cls.version === c.propVersion) {
              lp[sp - 1] = callObject((c.prop as PyProperty).fget, [o], null);
              break;
            }
            miss(rt, pc - 1);
            lp[sp - 1] = loadAttrCached(rt, pc - 1, o, arg);
            break;
          }
          case 23 /* STORE_ATTR */: {
            o = lp[sp - 1] as PyValue;
            storeAttrCached(rt, pc - 1, o, arg, lp[sp - 2] as PyValue);
            sp -= 2;
            n = rt.counters[pc - 1] as number;
            if (n === 0) specializeStoreAttr(rt, pc - 1, o);
            else rt.counters[pc - 1] = n - 1;
            break;
          }
          case 107 /* STORE_ATTR_SLOT */: {
            o = lp[sp - 1] as PyValue;
            v = lp[sp - 2] as PyValue;
            sp -= 2;
            c = caches[pc - 1] as AttrCache;
            if (typeof o === "object" && o.cls.version === c.typeVersion && o.dict === null) {
              if (o.shape === c.shape) {
                (o.slots as PyValue[])[c.slot] = v;
                break;
              }
              if (o.shape === c.fromShape && c.shape !== null) {
                // The store adds the attribute: the shape transition the generic path cached.
                items = o.slots;
                if (items === null ? c.slot === 0 : items.length >= c.slot) {
                  addSlot(o, c.slot, v);
                  o.shape = c.shape as typeof o.shape;
                  break;
                }
              }
            }
            attrMiss(rt, pc - 1, o);
            storeAttrCached(rt, pc - 1, o, arg, v);
            break;
          }
          case 134 /* STORE_ATTR_POLY */: {
            o = lp[sp - 1] as PyValue;
            v = lp[sp - 2] as PyValue;
            sp -= 2;
            if (!storeAttrPoly(caches[pc - 1] as AttrCache, o, v)) {
              attrMiss(rt, pc - 1, o);
              storeAttrCached(rt, pc - 1, o, arg, v);
            }
            break;
          }
          case 25 /* LOAD_METHOD */: {
            o = lp[sp - 1] as PyValue;
            sp = loadMethodCached(rt, pc - 1, lp, sp, arg);
            n = rt.counters[pc - 1] as number;
            if (n === 0) specializeLoadMethod(rt, pc - 1, o);
            else rt.counters[pc - 1] = n - 1;
            break;
          }
          case 108 /* LOAD_METHOD_TYPE */: {
            o = lp[sp - 1] as PyValue;
            c = caches[pc - 1] as AttrCache;
            if (
              typeof o === "object"
                ? o.cls.version === c.typeVersion && o.shape === c.shape && o.dict === null
                : typeOf(o).version === c.typeVersion
            ) {
              lp[sp - 1] = c.value;
              lp[sp++] = o;
              break;
            }
            attrMiss(rt, pc - 1, o);
            sp = loadMethodCached(rt, pc - 1, lp, sp, arg);
            break;
          }
          case 135 /* LOAD_METHOD_POLY */: {
            o = lp[sp - 1] as PyValue;
            v = loadMethodPoly(caches[pc - 1] as AttrCache, o);
            if (v === undefined) {
              attrMiss(rt, pc - 1, o);
              sp = loadMethodCached(rt, pc - 1, lp, sp, arg);
            } else {
              lp[sp - 1] = v;
              lp[sp++] = o;
            }
            break;
          }
          case 109 /* LOAD_METHOD_MODULE */: {
            o = lp[sp - 1] as PyValue;
            c = caches[pc - 1] as AttrCache;
            if (typeof o === "object") {
              d = o.dict;
              if (d !== null && d === c.moduleDict && d.keysVersion === c.moduleKeys) {
                lp[sp - 1] = null;
                lp[sp++] = d.valueList[c.slot] as PyValue;
                break;
              }
            }
            miss(rt, pc - 1);
            sp = loadMethodCached(rt, pc - 1, lp, sp, arg);
            break;
          }
          case 120 /* BINARY_SUBSCR_LIST_INT */: {
            k = lp[--sp] as PyValue;
            o = lp[sp - 1] as PyValue;
            if (typeof k === "number" && o instanceof PyList && o.cls === ListType) {
              ro = o.items;
              i = k < 0 ? k + ro.length : k;
              if (i >= 0 && i < ro.length) {
                lp[sp - 1] = ro[i] as PyValue;
                break;
              }
              // Out of range: raise without a JS throw (unwound at the top of `outer`).
              f.pc = pc;
              f.sp = sp;
              pending = indexOutOfRange("list");
              continue outer;
            }
            miss(rt, pc - 1);
            lp[sp - 1] = getItem(o, k);
            break;
          }
          case 121 /* BINARY_SUBSCR_TUPLE_INT */: {
            k = lp[--sp] as PyValue;
            o = lp[sp - 1] as PyValue;
            if (typeof k === "number" && o instanceof PyTuple && o.cls === TupleType) {
              ro = o.items;
              i = k < 0 ? k + ro.length : k;
              if (i >= 0 && i < ro.length) {
                lp[sp - 1] = ro[i] as PyValue;
                break;
              }
            }
            miss(rt, pc - 1);
            lp[sp - 1] = getItem(o, k);
            break;
          }
          case 122 /* BINARY_SUBSCR_DICT */: {
            k = lp[--sp] as PyValue;
            o = lp[sp - 1] as PyValue;
            if (o instanceof PyDict && o.cls === DictType) {
              v = o.get(k);
              if (v !== undefined) {
                lp[sp - 1] = v;
                break;
              }
              // A missing key: KeyError without a JS throw (unwound at the top of `outer`).
              f.pc = pc;
              f.sp = sp;
              pending = keyError(k);
              continue outer;
            }
            miss(rt, pc - 1);
            lp[sp - 1] = getItem(o, k);
            break;
          }
          case 123 /* STORE_SUBSCR_LIST_INT */: {
            k = lp[sp - 1] as PyValue;
            o = lp[sp - 2] as PyValue;
            v = lp[sp - 3] as PyValue;
            sp -= 3;
            if (typeof k === "number" && o instanceof PyList && o.cls === ListType) {
              items = o.items;
              i = k < 0 ? k + items.length : k;
              if (i >= 0 && i < items.length) {
                items[i] = v;
                break;
              }
            }
            miss(rt, pc - 1);
            setItem(o, k, v);
            break;
          }
          case 124 /* STORE_SUBSCR_DICT */: {
            k = lp[sp - 1] as PyValue;
            o = lp[sp - 2] as PyValue;
            v = lp[sp - 3] as PyValue;
            sp -= 3;
            if (o instanceof PyDict && o.cls === DictType) o.set(k, v);
            else {
              miss(rt, pc - 1);
              setItem(o, k, v);
            }
            break;
          }
          case 26 /* BINARY_SUBSCR */: {
            k = lp[--sp] as PyValue;
            o = lp[sp - 1] as PyValue;
            n = rt.counters[pc - 1] as number;
            if (n === 0) specializeBinarySubscr(rt, pc - 1, o, k);
            else rt.counters[pc - 1] = n - 1;
            if (typeof k === "number" && (o instanceof PyList || o instanceof PyTuple) && isExactSeq(o)) {
              // Exact list/tuple only: a subclass may override __getitem__.
              ro = o.items;
              i = k < 0 ? k + ro.length : k;
              if (i >= 0 && i < ro.length) {
                lp[sp - 1] = ro[i] as PyValue;
                break;
              }
            }
            lp[sp - 1] = getItem(o, k);
            break;
          }
          case 27 /* STORE_SUBSCR */: {
            k = lp[sp - 1] as PyValue;
            o = lp[sp - 2] as PyValue;
            v = lp[sp - 3] as PyValue;
            sp -= 3;
            n = rt.counters[pc - 1] as number;
            if (n === 0) specializeStoreSubscr(rt, pc - 1, o, k);
            else rt.counters[pc - 1] = n - 1;
            if (o instanceof PyList && typeof k === "number" && o.cls === ListType) {
              items = o.items;
              i = k < 0 ? k + items.length : k;
              if (i >= 0 && i < items.length) {
                items[i] = v;
                break;
              }
            }
            setItem(o, k, v);
            break;
          }
          case 110 /* BINARY_OP_ADD_INT */: {
            b = lp[--sp] as PyValue;
            a = lp[sp - 1] as PyValue;
            if (typeof a === "number" && typeof b === "number") {
              r = a + b;
              if (r <= MAX_SAFE && r >= -MAX_SAFE) {
                lp[sp - 1] = r;
                break;
              }
            }
            miss(rt, pc - 1);
            lp[sp - 1] = binaryOp(arg, a, b);
            break;
          }
          case 111 /* BINARY_OP_SUBTRACT_INT */: {
            b = lp[--sp] as PyValue;
            a = lp[sp - 1] as PyValue;
            if (typeof a === "number" && typeof b === "number") {
              r = a - b;
              if (r <= MAX_SAFE && r >= -MAX_SAFE) {
                lp[sp - 1] = r;
                break;
              }
            }
            miss(rt, pc - 1);
            lp[sp - 1] = binaryOp(arg, a, b);
            break;
          }
          case 112 /* BINARY_OP_MULTIPLY_INT */: {
            b = lp[--sp] as PyValue;
            a = lp[sp - 1] as PyValue;
            if (typeof a === "number" && typeof b === "number") {
              r = a * b;
              if (r <= MAX_SAFE && r >= -MAX_SAFE) {
                lp[sp - 1] = r + 0; // no -0
                break;
              }
            }
            miss(rt, pc - 1);
            lp[sp - 1] = binaryOp(arg, a, b);
            break;
          }
          case 113 /* BINARY_OP_ADD_FLOAT */: {
            b = lp[--sp] as PyValue;
            a = lp[sp - 1] as PyValue;
            if (a instanceof PyFloat && a.cls === FloatType) {
              if (b instanceof PyFloat && b.cls === FloatType) {
                lp[sp - 1] = newFloat(a.value + b.value);
                break;
              }
              if (typeof b === "number") {
                lp[sp - 1] = newFloat(a.value + b);
                break;
              }
            } else if (typeof a === "number" && b instanceof PyFloat && b.cls === FloatType) {
              lp[sp - 1] = newFloat(a + b.value);
              break;
            }
            miss(rt, pc - 1);
            lp[sp - 1] = binaryOp(arg, a, b);
            break;
          }
          case 114 /* BINARY_OP_SUBTRACT_FLOAT */: {
            b = lp[--sp] as PyValue;
            a = lp[sp - 1] as PyValue;
            if (a instanceof PyFloat && a.cls === FloatType) {
              if (b instanceof PyFloat && b.cls === FloatType) {
                lp[sp - 1] = newFloat(a.value - b.value);
                break;
              }
              if (typeof b === "number") {
                lp[sp - 1] = newFloat(a.value - b);
                break;
              }
            } else if (typeof a === "number" && b instanceof PyFloat && b.cls === FloatType) {
              lp[sp - 1] = newFloat(a - b.value);
              break;
            }
            miss(rt, pc - 1);
            lp[sp - 1] = binaryOp(arg, a, b);
            break;
          }
          case 115 /* BINARY_OP_MULTIPLY_FLOAT */: {
            b = lp[--sp] as PyValue;
            a = lp[sp - 1] as PyValue;
            if (a instanceof PyFloat && a.cls === FloatType) {
              if (b instanceof PyFloat && b.cls === FloatType) {
                lp[sp - 1] = newFloat(a.value * b.value);
                break;
              }
              if (typeof b === "number") {
                lp[sp - 1] = newFloat(a.value * b);
                break;
              }
            } else if (typeof a === "number" && b instanceof PyFloat && b.cls === FloatType) {
              lp[sp - 1] = newFloat(a * b.value);
              break;
            }
            miss(rt, pc - 1);
            lp[sp - 1] = binaryOp(arg, a, b);
            break;
          }
          case 116 /* BINARY_OP_ADD_STR */: {
            b = lp[--sp] as PyValue;
            a = lp[sp - 1] as PyValue;
            if (typeof a === "string" && typeof b === "string") {
              lp[sp - 1] = a + b;
              break;
            }
            miss(rt, pc - 1);
            lp[sp - 1] = binaryOp(arg, a, b);
            break;
          }
          case 117 /* COMPARE_OP_INT */: {
            b = lp[--sp] as PyValue;
            a = lp[sp - 1] as PyValue;
            if (typeof a === "number" && typeof b === "number") {
              lp[sp - 1] = cmpNumbers(a, b, arg);
              break;
            }
            miss(rt, pc - 1);
            lp[sp - 1] = compareSlow(a, b, arg);
            break;
          }
          case 118 /* COMPARE_OP_FLOAT */: {
            b = lp[--sp] as PyValue;
            a = lp[sp - 1] as PyValue;
            x = floatOperand(a);
            y = floatOperand(b);
            if (x !== undefined && y !== undefined) {
              lp[sp - 1] = cmpNumbers(x, y, arg);
              break;
            }
            miss(rt, pc - 1);
            lp[sp - 1] = compareSlow(a, b, arg);
            break;
          }
          case 119 /* COMPARE_OP_STR */: {
            b = lp[--sp] as PyValue;
            a = lp[sp - 1] as PyValue;
            if (typeof a === "string" && typeof b === "string") {
              lp[sp - 1] = (a === b) === (arg === 2);
              break;
            }
            miss(rt, pc - 1);
            lp[sp - 1] = compareSlow(a, b, arg);
            break;
          }
          // COMPARE_OP_* fused with the POP_JUMP_IF_FALSE (40) / _TRUE (41) at `pc`: on a hit,
          // jump or skip the jump; on a miss push the result and let the jump run itself.
          case 139 /* COMPARE_OP_INT_JUMP */:
            b = lp[sp - 1] as PyValue;
            a = lp[sp - 2] as PyValue;
            if (typeof a === "number" && typeof b === "number") {
              sp -= 2;
              n = code[pc++] as number;
              if (cmpNumbers(a, b, arg) === ((n & 0xff) === 41)) pc = n >>> 8;
              break;
            }
            miss(rt, pc - 1);
            lp[sp - 2] = compareSlow(a, b, arg);
            sp--;
            break;
          case 140 /* COMPARE_OP_FLOAT_JUMP */:
            b = lp[sp - 1] as PyValue;
            a = lp[sp - 2] as PyValue;
            x = floatOperand(a);
            y = floatOperand(b);
            if (x !== undefined && y !== undefined) {
              sp -= 2;
              n = code[pc++] as number;
              if (cmpNumbers(x, y, arg) === ((n & 0xff) === 41)) pc = n >>> 8;
              break;
            }
            miss(rt, pc - 1);
            lp[sp - 2] = compareSlow(a, b, arg);
            sp--;
            break;
          case 141 /* COMPARE_OP_STR_JUMP */:
            b = lp[sp - 1] as PyValue;
            a = lp[sp - 2] as PyValue;
            if (typeof a === "string" && typeof b === "string") {
              sp -= 2;
              n = code[pc++] as number;
              if ((a === b) === (arg === 2) === ((n & 0xff) === 41)) pc = n >>> 8;
              break;
            }
            miss(rt, pc - 1);
            lp[sp - 2] = compareSlow(a, b, arg);
            sp--;
            break;
          case 34 /* BINARY_OP */: {
            b = lp[--sp] as PyValue;
            a = lp[sp - 1] as PyValue;
            n = rt.counters[pc - 1] as number;
            if (n === 0) specializeBinaryOp(rt, pc - 1, arg, a, b);
            else rt.counters[pc - 1] = n - 1;
            if (typeof a === "number" && typeof b === "number") {
              switch (arg) {
                case 0:
                case 13:
                  r = a + b;
                  if (r <= MAX_SAFE && r >= -MAX_SAFE) {
                    lp[sp - 1] = r;
                    continue;
                  }
                  break;
                case 10:
                case 23:
                  r = a - b;
                  if (r <= MAX_SAFE && r >= -MAX_SAFE) {
                    lp[sp - 1] = r;
                    continue;
                  }
                  break;
                case 5:
                case 18:
                  r = a * b;
                  if (r <= MAX_SAFE && r >= -MAX_SAFE) {
                    lp[sp - 1] = r + 0;
                    continue;
                  }
                  break;
                case 2:
                case 15:
                  if (b !== 0) {
                    lp[sp - 1] = intFloorDiv(a, b);
                    continue;
                  }
                  f.pc = pc;
                  f.sp = sp;
                  pending = zeroDivision("integer division or modulo by zero");
                  continue outer;
                case 6:
                case 19:
                  if (b > 0 && a >= 0) {
                    lp[sp - 1] = a % b;
                    continue;
                  }
                  if (b !== 0) {
                    lp[sp - 1] = intMod(a, b);
                    continue;
                  }
                  f.pc = pc;
                  f.sp = sp;
                  pending = zeroDivision("integer modulo by zero");
                  continue outer;
                case 11:
                case 24:
                  if (b !== 0) {
                    lp[sp - 1] = newFloat(a / b);
                    continue;
                  }
                  break;
                // Bitwise ops on int32 operands (JS int32 ops are exact two's complement here).
                case 1:
                case 14:
                  // A non-negative int32 mask keeps only low bits, which ToInt32 preserves for any safe int.
                  if ((b | 0) === b && (b >= 0 || (a | 0) === a)) {
                    lp[sp - 1] = a & b;
                    continue;
                  }
                  break;
                case 7:
                case 20:
                  if ((a | 0) === a && (b | 0) === b) {
                    lp[sp - 1] = a | b;
                    continue;
                  }
                  break;
                case 12:
                case 25:
                  if ((a | 0) === a && (b | 0) === b) {
                    lp[sp - 1] = a ^ b;
                    continue;
                  }
                  break;
                case 9:
                case 22:
                  if ((a | 0) === a && b >= 0 && (b | 0) === b) {
                    lp[sp - 1] = b < 32 ? a >> b : a < 0 ? -1 : 0;
                    continue;
                  }
                  break;
                case 3:
                case 16:
                  // |a| < 2**31 and b < 22 keep the result below 2**53.
                  if ((a | 0) === a && b >= 0 && b < 22 && (b | 0) === b) {
                    lp[sp - 1] = a * (1 << b);
                    continue;
                  }
                  break;
              }
            } else {
              // float op float, float op int, int op float (exact types; a safe int converts exactly).
              if (a instanceof PyFloat && a.cls === FloatType) {
                x = a.value;
                if (b instanceof PyFloat && b.cls === FloatType) y = b.value;
                else if (typeof b === "number") y = b;
                else {
                  lp[sp - 1] = binaryOp(arg, a, b);
                  break;
                }
              } else if (typeof a === "number" && b instanceof PyFloat && b.cls === FloatType) {
                x = a;
                y = b.value;
              } else {
                lp[sp - 1] = binaryOp(arg, a, b);
                break;
              }
              switch (arg) {
                case 0:
                case 13:
                  lp[sp - 1] = newFloat(x + y);
                  continue;
                case 10:
                case 23:
                  lp[sp - 1] = newFloat(x - y);
                  continue;
                case 5:
                case 18:
                  lp[sp - 1] = newFloat(x * y);
                  continue;
                case 11:
                case 24:
                  if (y !== 0) {
                    lp[sp - 1] = newFloat(x / y);
                    continue;
                  }
                  break;
                case 8:
                case 21:
                  if (y === 2 && x * x !== Infinity) {
                    lp[sp - 1] = newFloat(x * x);
                    continue;
                  }
                  break;
              }
            }
            lp[sp - 1] = binaryOp(arg, a, b);
            break;
          }
          case 35 /* COMPARE_OP */: {
            b = lp[--sp] as PyValue;
            a = lp[sp - 1] as PyValue;
            n = rt.counters[pc - 1] as number;
            if (n === 0) specializeCompareOp(rt, pc - 1, arg, a, b);
            else rt.counters[pc - 1] = n - 1;
            // int/int, then exact float with float or int (a safe int converts exactly): one numeric switch.
            if (typeof a === "number") {
              x = a;
              if (typeof b === "number") y = b;
              else if (b instanceof PyFloat && b.cls === FloatType) y = b.value;
              else {
                lp[sp - 1] = compareSlow(a, b, arg);
                break;
              }
            } else if (a instanceof PyFloat && a.cls === FloatType) {
              x = a.value;
              if (b instanceof PyFloat && b.cls === FloatType) y = b.value;
              else if (typeof b === "number") y = b;
              else {
                lp[sp - 1] = compareSlow(a, b, arg);
                break;
              }
            } else {
              lp[sp - 1] = compareSlow(a, b, arg);
              break;
            }
            switch (arg) {
              case 0:
                lp[sp - 1] = x < y;
                continue;
              case 1:
                lp[sp - 1] = x <= y;
                continue;
              case 2:
                lp[sp - 1] = x === y;
                continue;
              case 3:
                lp[sp - 1] = x !== y;
                continue;
              case 4:
                lp[sp - 1] = x > y;
                continue;
              case 5:
                lp[sp - 1] = x >= y;
                continue;
            }
            lp[sp - 1] = compareSlow(a, b, arg);
            break;
          }
          case 31 /* UNARY_NEGATIVE */: {
            v = lp[sp - 1] as PyValue;
            if (typeof v === "number") lp[sp - 1] = 0 - v;
            else if (v instanceof PyFloat && v.cls === FloatType) lp[sp - 1] = newFloat(-v.value);
            else lp[sp - 1] = unaryNegative(v);
            break;
          }
          case 32 /* UNARY_NOT */:
            v = lp[sp - 1] as PyValue;
            lp[sp - 1] = v === false || (v !== true && !isTrue(v));
            break;
          case 36 /* IS_OP */: {
            b = lp[--sp];
            a = lp[sp - 1];
            lp[sp - 1] = (a === b) !== (arg === 1);
            break;
          }
          case 38 /* JUMP_FORWARD */:
            pc = arg;
            break;
          case 39 /* JUMP_BACKWARD */:
            if (--ts.ticks < 0) ts.onTicksExhausted();
            pc = arg;
            if (++rt.backedges >= ts.loopThreshold && ts.jit !== null) {
              f.pc = pc;
              f.sp = sp;
              try {
                res = tierUpLoop(ts, f);
              } catch (e) {
                // The compiled continuation already unwound this frame (traceback entry added,
                // no handler at f.pc - 1): propagate from there like a re-raise.
                pc = f.pc;
                reraising = true;
                throw e;
              }
              if (res !== undefined) {
                // The compiled continuation ran the frame to completion: return.
                ts.depth--;
                if (f.isEntry) {
                  ts.frame = f.back;
                  return res;
                }
                back = f.back as Frame;
                ts.frame = back;
                if (f.initSelf === null) back.localsplus[back.sp++] = res;
                else if (res === None) back.localsplus[back.sp++] = f.initSelf;
                else pending = initReturnedNonNone(res);
                f = back;
                continue outer;
              }
            } else if ((rt.backedges & 1023) === 0) {
              // Keep a looping frame's slots in the young generation: once V8 promotes the
              // array, every store of a fresh object (a float result) into it takes the
              // write barrier's slow path (a remembered-set insert). A copy is cheap.
              lp = f.localsplus = lp.slice();
            }
            // The loop's FOR_ITER_RANGE / FOR_ITER_LIST at the target runs here when its guard
            // holds (one dispatch per iteration less); anything else there runs itself.
            n = code[pc] as number;
            if ((n & 0xff) === 130 /* FOR_ITER_RANGE */) {
              o = lp[sp - 1] as PyValue;
              if (o instanceof PyRangeIterator) {
                executed[n & 0xff] = (executed[n & 0xff] as number) + 1;
                x = o.current;
                if (o.step > 0 ? x < o.stop : x > o.stop) {
                  o.current = x + o.step;
                  lp[sp++] = x;
                  pc++;
                } else {
                  lp[--sp] = undefined;
                  pc = n >>> 8;
                }
              }
            } else if ((n & 0xff) === 131 /* FOR_ITER_LIST */) {
              o = lp[sp - 1] as PyValue;
              if (o instanceof PyListIterator) {
                executed[n & 0xff] = (executed[n & 0xff] as number) + 1;
                v = o.next();
                if (v === undefined) {
                  lp[--sp] = undefined;
                  pc = n >>> 8;
                } else {
                  lp[sp++] = v;
                  pc++;
                }
              }
            }
            break;
          case 40 /* POP_JUMP_IF_FALSE */: {
            v = lp[--sp] as PyValue;
            if (v === false || (v !== true && !isTrue(v))) pc = arg;
            break;
          }
          case 41 /* POP_JUMP_IF_TRUE */: {
            v = lp[--sp] as PyValue;
            if (v === true || (v !== false && isTrue(v))) pc = arg;
            break;
          }
          case 42 /* POP_JUMP_IF_NONE */:
            if (lp[--sp] === None) pc = arg;
            break;
          case 43 /* POP_JUMP_IF_NOT_NONE */:
            if (lp[--sp] !== None) pc = arg;
            break;
          case 44 /* JUMP_IF_FALSE_OR_POP */: {
            v = lp[sp - 1] as PyValue;
            if (v === false || (v !== true && !isTrue(v))) pc = arg;
            else sp--;
            break;
          }
          case 45 /* JUMP_IF_TRUE_OR_POP */: {
            v = lp[sp - 1] as PyValue;
            if (v === true || (v !== false && isTrue(v))) pc = arg;
            else sp--;
            break;
          }
          case 46 /* GET_ITER */:
            lp[sp - 1] = getIter(lp[sp - 1] as PyValue);
            break;
          case 130 /* FOR_ITER_RANGE */: {
            o = lp[sp - 1] as PyValue;
            if (o instanceof PyRangeIterator) {
              x = o.current;
              if (o.step > 0 ? x < o.stop : x > o.stop) {
                o.current = x + o.step;
                lp[sp++] = x;
              } else {
                lp[--sp] = undefined;
                pc = arg;
              }
              break;
            }
            miss(rt, pc - 1);
            v = iterNext(o);
            if (v === undefined) {
              lp[--sp] = undefined;
              pc = arg;
            } else lp[sp++] = v;
            break;
          }
          case 131 /* FOR_ITER_LIST */: {
            o = lp[sp - 1] as PyValue;
            if (o instanceof PyListIterator) v = o.next();
            else {
              miss(rt, pc - 1);
              v = iterNext(o);
            }
            if (v === undefined) {
              lp[--sp] = undefined;
              pc = arg;
            } else lp[sp++] = v;
            break;
          }
          case 132 /* FOR_ITER_TUPLE */: {
            o = lp[sp - 1] as PyValue;
            if (o instanceof PyArrayIterator) v = o.next();
            else {
              miss(rt, pc - 1);
              v = iterNext(o);
            }
            if (v === undefined) {
              lp[--sp] = undefined;
              pc = arg;
            } else lp[sp++] = v;
            break;
          }
          case 148 /* FOR_ITER_GEN */: {
            o = lp[sp - 1] as PyValue;
            if (o instanceof PyGenerator) {
              nf = o.frame as Frame;
              if (nf !== null && !o.running && o.cls === GeneratorType && ts.jit === null) {
                // Resume the generator's frame in this loop (no nested evalFrame): YIELD_VALUE
                // pushes the value here, RETURN_VALUE ends the loop (generator.ts genReturnInline),
                // an exception finishes it (unwindException). With a JIT, generators run through
                // genResume (compiled generator code resumes there).
                if (++ts.depth > ts.recursionLimit) {
                  ts.depth--;
                  throw recursionError();
                }
                genEnterInline(ts, o, nf);
                f.pc = pc;
                f.sp = sp;
                nf.isEntry = false;
                nf.suspended = false;
                nf.back = f;
                ts.frame = nf;
                f = nf;
                continue outer;
              }
            } else miss(rt, pc - 1);
            v = iterNext(o);
            if (v === undefined) {
              lp[--sp] = undefined;
              pc = arg;
            } else lp[sp++] = v;
            break;
          }
          case 47 /* FOR_ITER */: {
            o = lp[sp - 1] as PyValue;
            v = undefined;
            n = rt.counters[pc - 1] as number;
            if (n === 0) specializeForIter(rt, pc - 1, o);
            else rt.counters[pc - 1] = n - 1;
            if (o instanceof PyRangeIterator) {
              x = o.current;
              if (o.step > 0 ? x < o.stop : x > o.stop) {
                o.current = x + o.step;
                v = x;
              }
            } else if (o instanceof PyNativeIterator) {
              v = o.next();
            } else {
              v = iterNext(o);
            }
            if (v === undefined) {
              lp[--sp] = undefined;
              pc = arg;
            } else {
              lp[sp++] = v;
            }
            break;
          }
          case 48 /* RETURN_VALUE */: {
            v = lp[--sp] as PyValue;
            ts.depth--;
            if (f.isEntry) {
              f.sp = sp;
              f.pc = pc;
              ts.frame = f.back;
              return v;
            }
            back = f.back as Frame;
            ts.frame = back;
            if (f.initSelf === null) {
              if (f.generator === null) {
                back.localsplus[back.sp++] = v;
                if (!f.escaped && ts.jit === null) recycleFrame(f);
              } else genReturnInline(ts, f, v); // a generator resumed by FOR_ITER_GEN finished
            } else if (v === None) back.localsplus[back.sp++] = f.initSelf;
            else pending = initReturnedNonNone(v); // raised at the caller's CALL, as in CPython
            f = back;
            continue outer;
          }
          case 49 /* KW_NAMES */:
            kwnames = kwNamesOf(consts[arg] as PyValue);
            break;
          case 125 /* CALL_PY_EXACT_ARGS */:
          case 126 /* CALL_BOUND_METHOD */:
          case 127 /* CALL_BUILTIN */:
          case 128 /* CALL_METHOD_DESCRIPTOR */:
          case 129 /* CALL_TYPE */: {
            c = caches[pc - 1] as CallCache;
            base = sp - arg - 2;
            o = lp[base];
            if ((word & 0xff) <= 126) {
              // A Python function with exactly its positional parameters (guard: its code object).
              callable = o;
              argStart = base + 1;
              if (callable === null) {
                callable = lp[base + 1] as PyValue;
                argStart = base + 2;
                // Only CALL_BOUND_METHOD unpacks (an instanceof that fails walks the whole prototype chain).
                if ((word & 0xff) === 126 && callable instanceof PyBoundMethod) {
                  lp[base] = callable.func;
                  lp[base + 1] = callable.self;
                  callable = callable.func;
                  argStart = base + 1;
                }
              }
              nargs = sp - argStart;
              // The cached function itself (no instanceof) or another function, running the cached
              // code (`__code__` is assignable; closures of one def share it).
              if ((callable === c.func || callable instanceof PyFunction) && (callable as PyFunction).code === c.code && nargs === c.argcount) {
                if (--ts.ticks < 0) ts.onTicksExhausted();
                if ((ts.ticks & 1023) === 0) ts.renewTop();
                frt = c.rt as CodeRuntime;
                f.pc = pc;
                if (++frt.calls >= ts.callThreshold && ts.jit !== null) tierUpCall(ts, frt);
                nf = newCallFrame(frt, callable as PyFunction);
                nlp = nf.localsplus;
                for (i = 0; i < nargs; i++) nlp[i] = lp[argStart + i];
                // The caller's argument slots are not cleared (6% of a call): the callee's
                // locals hold the same values, and the result or later pushes overwrite them.
                sp = base;
                if (frt.compiled !== null && ts.depth < ts.maxCompiledDepth) {
                  f.sp = sp;
                  lp[sp++] = runCompiled(ts, nf);
                  break;
                }
                if (++ts.depth > ts.recursionLimit) {
                  ts.depth--;
                  throw recursionError();
                }
                f.sp = sp;
                nf.back = f;
                ts.frame = nf;
                f = nf;
                continue outer;
              }
            } else if ((word & 0xff) === 127) {
              callable = lp[base + 1];
              if (o === null && callable === c.target) {
                f.pc = pc;
                f.sp = sp;
                a = lp[base + 2] as PyValue;
                res =
                  arg === 1
                    ? ((callable as PyBuiltinFunction).fn1 as (a: PyValue) => PyValue)(a)
                    : ((callable as PyBuiltinFunction).fn2 as (a: PyValue, b: PyValue) => PyValue)(a, lp[base + 3] as PyValue);
                for (i = base; i < sp; i++) lp[i] = undefined;
                sp = base;
                lp[sp++] = res;
                break;
              }
            } else if ((word & 0xff) === 128) {
              if (o === c.target) {
                f.pc = pc;
                f.sp = sp;
                // A count the method accepts skips its arity-check wrapper (objects/method-arity.ts).
                n = sp - base - 2;
                res = (o as PyMethodDescriptor).entryFor(n)(lp[base + 1] as PyValue, sliceArgs(lp, base + 2, sp), null);
                for (i = base; i < sp; i++) lp[i] = undefined;
                sp = base;
                lp[sp++] = res;
                break;
              }
            } else if (o === null && lp[base + 1] === c.target) {
              // CALL_TYPE: a plain class; callOther pushes its __init__ frame in this loop.
              f.pc = pc;
              f.sp = sp;
              res = callOther(ts, f, c.target as PyValue, lp, base, base + 2, arg, sp, null);
              sp = base;
              if (res === undefined) {
                f = ts.frame as Frame;
                continue outer;
              }
              lp[sp++] = res;
              break;
            }
            miss(rt, pc - 1);
            kw = kwnames;
            kwnames = null;
            f.pc = pc;
            f.sp = sp;
            res = callGeneric(ts, f, lp, base, sp, arg, kw);
            sp = base;
            if (res === undefined) {
              f = ts.frame as Frame;
              continue outer;
            }
            lp[sp++] = res;
            break;
          }
          case 50 /* CALL */: {
            kw = kwnames;
            kwnames = null;
            base = sp - arg - 2;
            n = rt.counters[pc - 1] as number;
            if (n === 0) specializeCall(rt, ts, pc - 1, lp, base, arg, kw);
            else rt.counters[pc - 1] = n - 1;
            callable = lp[base];
            argStart = base + 2;
            nargs = arg;
            if (callable === null) {
              callable = lp[base + 1] as PyValue;
              // A failed instanceof walks the whole prototype chain: test for the common function first.
              if (!(callable instanceof PyFunction) && callable instanceof PyBoundMethod) {
                lp[base] = callable.func;
                lp[base + 1] = callable.self;
                callable = callable.func;
                argStart = base + 1;
                nargs++;
              }
            } else {
              argStart = base + 1;
              nargs++;
            }
            if (callable instanceof PyFunction) {
              if (--ts.ticks < 0) ts.onTicksExhausted();
              if ((ts.ticks & 1023) === 0) ts.renewTop();
              const fcode = callable.code;
              frt = runtimeOf(fcode, ts);
              f.pc = pc;
              if (++frt.calls >= ts.callThreshold && ts.jit !== null) tierUpCall(ts, frt);
              if (kw === null && frt.simpleArgs && nargs === fcode.argcount) {
                nf = newCallFrame(frt, callable);
                nlp = nf.localsplus;
                for (i = 0; i < nargs; i++) nlp[i] = lp[argStart + i];
              } else {
                nf = newFrameForCall(callable, frt, lp, argStart, nargs, kw);
              }
              sp = base; // (argument slots left as they are, as in CALL_PY_EXACT_ARGS)
              if (frt.isGenerator) {
                lp[sp++] = startGenerator(ts, nf);
                break;
              }
              if (frt.compiled !== null && ts.depth < ts.maxCompiledDepth) {
                f.sp = sp;
                lp[sp++] = runCompiled(ts, nf);
                break;
              }
              if (++ts.depth > ts.recursionLimit) {
                ts.depth--;
                throw recursionError();
              }
              f.sp = sp;
              nf.back = f;
              ts.frame = nf;
              f = nf;
              continue outer;
            }
            // Everything else (range(), class instantiation, builtins, other callables) is out of line.
            f.pc = pc;
            f.sp = sp;
            res = callOther(ts, f, callable as PyValue, lp, base, argStart, nargs, sp, kw);
            sp = base;
            if (res === undefined) {
              // A plain class's __init__ frame was pushed (ts.frame).
              f = ts.frame as Frame;
              continue outer;
            }
            lp[sp++] = res;
            break;
          }
          case 51 /* CALL_FUNCTION_EX */:
            f.pc = pc;
            f.sp = sp;
            if (ts.jit === null && pushCallExFrame(ts, f, arg)) {
              f = ts.frame as Frame;
              continue outer;
            }
            execRare(ts, f, word);
            pc = f.pc;
            sp = f.sp;
            break;
          case 55 /* BUILD_LIST */: {
            items = new Array<PyValue>(arg);
            sp -= arg;
            for (i = 0; i < arg; i++) {
              items[i] = lp[sp + i] as PyValue;
              lp[sp + i] = undefined;
            }
            lp[sp++] = new PyList(items);
            break;
          }
          case 54 /* BUILD_TUPLE */: {
            items = new Array<PyValue>(arg);
            sp -= arg;
            for (i = 0; i < arg; i++) {
              items[i] = lp[sp + i] as PyValue;
              lp[sp + i] = undefined;
            }
            lp[sp++] = newTuple(items);
            break;
          }
          case 60 /* LIST_APPEND */: {
            v = lp[--sp] as PyValue;
            (lp[sp - arg] as PyList).items.push(v);
            break;
          }
          case 68 /* UNPACK_SEQUENCE */: {
            o = lp[sp - 1] as PyValue;
            if ((o instanceof PyTuple || o instanceof PyList) && o.items.length === arg && isExactSeq(o)) {
              ro = o.items;
              sp--;
              for (i = arg - 1; i >= 0; i--) lp[sp++] = ro[i];
              break;
            }
            f.sp = sp;
            execRare(ts, f, word);
            sp = f.sp;
            break;
          }
          case 71 /* RAISE_VARARGS */: {
            f.sp = sp;
            f.pc = pc;
            pending = raiseVarargs(ts, f, arg);
            if (arg === 0 && pending === ts.handledException()) reraising = true;
            continue outer;
          }
          case 72 /* RERAISE */: {
            // With arg != 0, STACK[-arg] holds the original lasti; CPython uses it
            // only for f_lineno. The handler search must start from this RERAISE,
            // and the traceback already has the original line, so it is not needed here.
            f.pc = pc;
            f.sp = sp - 1;
            pending = lp[sp - 1] as PyBaseException;
            reraising = true;
            continue outer;
          }
          case 81 /* YIELD_VALUE */: {
            if (!f.isEntry && f.generator === null) fatal("YIELD_VALUE outside a generator frame");
            v = lp[--sp] as PyValue;
            f.pc = pc;
            f.sp = sp;
            f.suspended = true;
            ts.depth--;
            ts.frame = f.back;
            if (f.isEntry) return v;
            // Resumed by FOR_ITER_GEN in this loop: the value goes to that FOR_ITER.
            genYieldInline(ts, f.generator as PyGenerator);
            back = f.back as Frame;
            back.localsplus[back.sp++] = v;
            f = back;
            continue outer;
          }
          default:
            f.pc = pc;
            f.sp = sp;
            execRare(ts, f, word);
            pc = f.pc;
            sp = f.sp;
            break;
        }
      }
    } catch (e) {
      const exc = asPythonException(e);
      if (exc === null) {
        if (e instanceof Suspension) suspendFrame(e, f, pc, sp);
        abandonFrames(ts, f, entry);
        throw e;
      }
      f.pc = pc;
      f.sp = sp;
      kwnames = null;
      // Unwind: find a handler in this frame or pop frames until one has one.
      f = unwindException(ts, f, exc, reraising);
      reraising = false;
      continue outer;
    }
  }
}

/**
 * CALL of anything but a Python function. The vectorcall layout is at
 * `lp[base…sp)` (callable or NULL, self or callable, args from `argStart`); `f.pc`
 * and `f.sp` are already saved. On success the slots are cleared and the
 * result returned; `undefined` means a plain class's `__init__` frame was
 * pushed as `ts.frame` (its caller `f` resumes at `sp = base`). A throw leaves
 * the slots for the eval loop's unwinding.
 */
function callOther(
  ts: VMThread,
  f: Frame,
  callable: PyValue,
  lp: Slot[],
  base: number,
  argStart: number,
  nargs: number,
  sp: number,
  kw: readonly string[] | null,
): PyValue | undefined {
  if (callable === RangeType && kw === null && nargs >= 1) {
    const r = newRangeFast(lp, argStart, nargs);
    if (r !== null) {
      for (let i = base; i < sp; i++) lp[i] = undefined;
      return r;
    }
  }
  if (callable instanceof PyType && argStart === base + 2) {
    // A plain class: create the instance and run `__init__` in the caller's loop.
    const init = plainInitOf(callable);
    if (init !== null) {
      lp[base + 1] = newPlainInstance(callable, lp, argStart, argStart + nargs - (kw === null ? 0 : kw.length));
      const nf = newInitFrame(ts, init, lp, base + 1, nargs + 1, kw);
      if (nf !== null) {
        for (let i = base; i < sp; i++) lp[i] = undefined;
        f.sp = base;
        if (nf.rt.compiled !== null && ts.depth < ts.maxCompiledDepth) {
          const r = runCompiled(ts, nf);
          if (r !== None) throw initReturnedNonNone(r);
          return nf.initSelf as PyValue;
        }
        if (++ts.depth > ts.recursionLimit) {
          ts.depth--;
          throw recursionError();
        }
        nf.back = f;
        ts.frame = nf;
        return undefined;
      }
      lp[base + 1] = callable;
    }
  }
  let res: PyValue;
  if (callable instanceof PyMethodDescriptor && argStart === base + 1) {
    res = callable.fn(lp[argStart] as PyValue, sliceArgs(lp, argStart + 1, sp), kw);
  } else if (callable instanceof PyBuiltinFunction) {
    if (kw === null && nargs === 1 && callable.fn1 !== null) res = callable.fn1(lp[argStart] as PyValue);
    else if (kw === null && nargs === 2 && callable.fn2 !== null) {
      res = callable.fn2(lp[argStart] as PyValue, lp[argStart + 1] as PyValue);
    } else res = callable.fn(sliceArgs(lp, argStart, sp), kw);
  } else {
    res = callObject(callable, sliceArgs(lp, argStart, sp), kw);
  }
  for (let i = base; i < sp; i++) lp[i] = undefined;
  return res;
}

/**
 * The generic CALL for a specialized call site whose guard failed: like CALL,
 * but a Python function runs through `callObject` (a nested eval loop) so
 * this stays out of line. Returns undefined when a plain class's `__init__`
 * frame was pushed (see `callOther`).
 */
function callGeneric(ts: VMThread, f: Frame, lp: Slot[], base: number, sp: number, arg: number, kw: readonly string[] | null): PyValue | undefined {
  let callable = lp[base];
  let argStart = base + 2;
  let nargs = arg;
  if (callable === null) {
    callable = lp[base + 1] as PyValue;
    if (callable instanceof PyBoundMethod) {
      lp[base] = callable.func;
      lp[base + 1] = callable.self;
      callable = callable.func;
      argStart = base + 1;
      nargs++;
    }
  } else {
    argStart = base + 1;
    nargs++;
  }
  if (callable instanceof PyFunction) {
    const res = callObject(callable, sliceArgs(lp, argStart, sp), kw);
    for (let i = base; i < sp; i++) lp[i] = undefined;
    return res;
  }
  return callOther(ts, f, callable as PyValue, lp, base, argStart, nargs, sp, kw);
}

/** The value of an exact float or a small int operand (undefined for anything else). */
function floatOperand(v: PyValue): number | undefined {
  if (typeof v === "number") return v;
  if (v instanceof PyFloat && v.cls === FloatType) return v.value;
  return undefined;
}

function isExactSeq(seq: PyTuple | PyList): boolean {
  const t = seq.cls;
  return t === ListType || t === TupleType;
}

/** Copy call arguments off the value stack. */
function sliceArgs(lp: Slot[], from: number, to: number): PyValue[] {
  const n = to - from;
  const out = new Array<PyValue>(n);
  for (let i = 0; i < n; i++) out[i] = lp[from + i] as PyValue;
  return out;
}

/** KW_NAMES' constant is a tuple of str; cache the JS array on the runtime's consts. */
const kwCache = new WeakMap<PyTuple, readonly string[]>();
export function kwNamesOf(t: PyValue): readonly string[] {
  const tuple = t as PyTuple;
  let names = kwCache.get(tuple);
  if (names === undefined) {
    names = tuple.items.map((v) => v as string);
    kwCache.set(tuple, names);
  }
  return names;
}


export function runCompiled(ts: VMThread, nf: Frame): PyValue {
  const entry = nf.rt.compiled;
  if (entry === null) fatal("no compiled entry");
  if (++ts.depth > ts.recursionLimit) {
    ts.depth--;
    throw recursionError();
  }
  nf.back = ts.frame;
  ts.frame = nf;
  try {
    return entry(nf);
  } finally {
    ts.frame = nf.back;
    ts.depth--;
  }
}

/**
 * Resume a suspended generator/coroutine frame in its compiled code (which
 * starts at `f.pc`), raising `throwIn` there first when given; returns the
 * yielded value (`f.suspended` set) or the return value, like `evalFrame`.
 */
export function resumeCompiled(ts: VMThread, f: Frame, throwIn: PyBaseException | null): PyValue {
  const entry = f.rt.compiled;
  if (entry === null) fatal("no compiled entry");
  if (++ts.depth > ts.recursionLimit) {
    ts.depth--;
    throw recursionError();
  }
  f.suspended = false;
  f.back = ts.frame;
  ts.frame = f;
  try {
    return entry(f, throwIn);
  } finally {
    ts.frame = f.back;
    ts.depth--;
  }
}

/** The Python exception for a caught JS value, or null for a VM bug that must propagate as is. */
export function asPythonException(e: unknown): PyBaseException | null {
  if (e instanceof PyBaseException) return e;
  if (e instanceof RangeError) return rangeErrorToPython(e);
  return null;
}

/** On a VM-internal error, drop every frame this activation pushed so the VM stays usable. */
function abandonFrames(ts: VMThread, f: Frame, entry: Frame): void {
  let cur: Frame | null = f;
  while (cur !== null) {
    ts.depth--;
    if (cur === entry) break;
    cur = cur.back;
  }
  ts.frame = entry.back;
}


const executed = interpStats.executed;
