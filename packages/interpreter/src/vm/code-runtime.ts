/**
 * Per-code interpreter state, hung on `CodeObject.runtime`.
 *
 * Created lazily the first time a code object runs: materialized constants
 * (compiler constants converted to Python values once), the frame geometry,
 * inline caches (one slot per instruction, allocated on first execution of a
 * caching instruction) and the hotness counters that drive tiering. The
 * caches double as the JIT's type feedback (see jit-interface.ts).
 *
 * A code object can run in several VMs (the benchmarks compile once and run
 * the same code interpreted and JIT-compiled; embedders may share compiled
 * code). Runtime state is per VM: it belongs to an `owner` (the VM's thread
 * state). `code.runtime` caches the first owner's state so the common,
 * single-VM case is one field load and one comparison; other owners keep
 * theirs in a per-owner WeakMap. Without this, a VM without a JIT would run
 * another VM's compiled code, and caches and constants would be shared.
 */
import { CO, Op, type CodeConst, type CodeObject } from "@pyvm/bytecode";
import type { PyValue } from "../objects/object.js";
import { None, Ellipsis } from "../objects/singletons.js";
import { newFloat } from "../objects/float.js";
import { PyComplex } from "../objects/complex.js";
import { newTuple } from "../objects/tuple.js";
import { PyCode } from "../objects/code.js";
import { PyFrozenSet } from "../objects/set.js";
import { PyBytes } from "../objects/bytes/bytes.js";
import type { PyDict } from "../objects/dict.js";
import type { PyProperty } from "../objects/property.js";
import type { PyFunction } from "../objects/function.js";
import type { Frame } from "./frame.js";
import type { CompiledEntry, CodeFeedback, InlineCacheView, OsrEntry } from "../jit-interface.js";
import { FEEDBACK_OPCODE, quickenPairs } from "./ops/superinstructions.js";

/**
 * LOAD_GLOBAL / LOAD_NAME / STORE_NAME cache, validated per key: a hit in
 * `globals` is entry `index` while `globals.keyList[index] === key` (keys
 * are unique, so other keys coming and going do not matter); a builtin is
 * entry `index` of the builtins dict while `builtins.keyList[index] === key`
 * and `globals` has gained no key (`gVersion === globals.addedVersion`).
 */
export class GlobalCache {
  globals: PyDict | null = null;
  /** The cached entry's key object (the dict's own key, so a hit is one identity compare). */
  key: PyValue | undefined = undefined;
  /** `globals.addedVersion` when a builtin was cached (the name was absent from `globals`). */
  gVersion = -1;
  /**
   * `keysVersion` of the dict holding the entry when it was cached: while it holds, the
   * entry is certainly still there, a smi compare that the hot paths test before the
   * per-key check (which costs an element load and a string compare).
   */
  kVersion = -1;
  /** Entry position in `globals` (>= 0) or, when `fromBuiltins`, in the builtins dict. */
  index = -1;
  fromBuiltins = false;
  hits = 0;

  /** Cache entry `i` of `globals`, valid while it holds the same key. */
  fillGlobal(globals: PyDict, i: number): void {
    this.globals = globals;
    this.key = globals.keyList[i];
    this.kVersion = globals.keysVersion;
    this.index = i;
    this.fromBuiltins = false;
  }

  /** Cache entry `i` of `builtins` for a name `globals` lacks, valid while that entry keeps its key and `globals` gains none. */
  fillBuiltin(globals: PyDict, builtins: PyDict, i: number): void {
    this.globals = globals;
    this.key = builtins.keyList[i];
    this.kVersion = builtins.keysVersion;
    (globals.absentWatch ??= new Set()).add(this.key as PyValue);
    this.gVersion = globals.addedVersion;
    this.index = i;
    this.fromBuiltins = true;
  }
}

/** LOAD_ATTR / LOAD_METHOD / STORE_ATTR cache on an instance's type version and shape. */
export class AttrCache {
  typeVersion = -1;
  shape: object | null = null;
  /** STORE_ATTR that adds the attribute: the shape before the store (`shape` is the one after). */
  fromShape: object | null = null;
  /** Slot index for instance attributes, -1 when the hit is a type attribute. */
  slot = -1;
  /** The type attribute (method / class attribute) for `slot === -1`. */
  value: PyValue | undefined = undefined;
  /** Module attribute hit (exact `module` receiver): its dict, keyed by `moduleKeys`; `slot` is the entry index. */
  moduleDict: PyDict | null = null;
  moduleKeys = -1;
  hits = 0;
  misses = 0;
  /**
   * Earlier typed entries of a polymorphic LOAD_ATTR / LOAD_METHOD site
   * (receivers of several classes or shapes): checked after the primary
   * entry, at most `MAX_POLY_ENTRIES`, oldest dropped first.
   */
  poly: AttrCache[] | null = null;
  /** LOAD_ATTR_PROPERTY: the property found on the type with version `propVersion` (untouched by the generic helpers). */
  prop: PyProperty | null = null;
  propVersion = -1;
}

export const MAX_POLY_ENTRIES = 4;

/**
 * CALL cache of a specialized call site: the callee's code (CALL_PY_EXACT_ARGS,
 * CALL_BOUND_METHOD) with its runtime in this VM, or the builtin / method
 * descriptor / class being called (CALL_BUILTIN, CALL_METHOD_DESCRIPTOR, CALL_TYPE).
 */
export class CallCache {
  /** CALL_PY_EXACT_ARGS / CALL_BOUND_METHOD: the function seen when specializing (an identity fast check before the code guard). */
  func: PyFunction | null = null;
  code: CodeObject | null = null;
  rt: CodeRuntime | null = null;
  argcount = -1;
  target: PyValue | null = null;
}

export type InlineCache = GlobalCache | AttrCache | CallCache;

export class CodeRuntime implements CodeFeedback {
  readonly code: CodeObject;
  readonly consts: PyValue[];
  readonly names: readonly string[];
  /** First stack slot in `Frame.localsplus`. */
  readonly stackBase: number;
  readonly frameSize: number;
  /** CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR. */
  readonly isGenerator: boolean;
  /** Plain positional-only-shaped function: exact-arity calls copy args straight into locals. */
  readonly simpleArgs: boolean;
  /** Indexes of cell slots that are also arguments (need MAKE_CELL of the argument value). */
  readonly caches: (InlineCache | undefined)[];
  /** Operand kinds seen by BINARY_OP/COMPARE_OP (SEEN_* bits), lazily allocated. */
  seen: Uint8Array | null = null;
  /**
   * The quickened instruction stream (PEP 659): this VM's copy of
   * `code.code`, where adaptive instructions rewrite themselves into
   * specialized forms of their family (see vm/ops/specialize.ts). The
   * `CodeObject`'s own array is never written: it is shared between VMs and
   * it is what the disassembler and the JIT read.
   */
  readonly quick: Int32Array;
  /**
   * Per instruction: for a base (adaptive) instruction, executions left
   * before the next specialization attempt; for a specialized one, guard
   * misses so far (it is rewritten back to its base after `MISS_LIMIT`).
   */
  readonly counters: Uint16Array;
  /** Per instruction: the back-off exponent after failed specializations / deopts. */
  readonly backoff: Uint8Array;
  calls = 0;
  backedges = 0;
  /** Exceptions a handler of this code caught (interpreter and tier 1): tier 2 leaves code whose handlers run often at tier 1 (opt/tier.ts). */
  excCaught = 0;
  /** Free list of returned frames of this code, linked through `back` (frame.ts `recycleFrame` / `newCallFrame`). */
  framePool: Frame | null = null;
  /** Reuses from `framePool`: it is dropped every 1024 (frame.ts). */
  framePoolUses = 0;
  /** Argument binding (ops/bind-args.ts): recent keyword-name arrays, each followed by its names' parameter indexes. */
  kwLayouts: (readonly string[] | Int32Array)[] | null = null;
  /** Compiled replacement installed by the JIT backend. */
  compiled: CompiledEntry | null = null;
  /**
   * Exceptions that passed through compiled (tier-1) activations of this code;
   * past `JIT_THROW_LIMIT` the code is left to the interpreter (`jitRefused`),
   * whose exception table unwinds without a JS throw.
   */
  jitThrows = 0;
  jitRefused = false;
  /** With `compiled` set: `calls` at which to ask the backend again (`JitBackend.onHotCompiled`, tier-up); the backend moves it. */
  optCheckAt = Infinity;
  /** Generator code: higher-tier entries by resume pc (`JitBackend.onResumeHot`, vm/generator.ts `genResumeCompiled`). */
  resumeAt: (OsrEntry | undefined)[] | null = null;
  /** Generator code: compiled resumes since the backend was last asked (`onResumeHot`). */
  resumeCount = 0;
  /** The VM (thread state) this runtime state belongs to. */
  readonly owner: object;

  constructor(code: CodeObject, owner: object) {
    this.code = code;
    this.owner = owner;
    this.consts = code.consts.map(materialize);
    this.names = code.names;
    this.stackBase = code.nlocalsplus;
    this.frameSize = code.nlocalsplus + code.stacksize + 1;
    this.isGenerator = (code.flags & (CO.GENERATOR | CO.COROUTINE | CO.ASYNC_GENERATOR)) !== 0;
    this.simpleArgs =
      (code.flags & (CO.VARARGS | CO.VARKEYWORDS)) === 0 && code.kwonlyargcount === 0 && !this.isGenerator;
    this.caches = new Array<InlineCache | undefined>(code.code.length).fill(undefined);
    // Int32 words (same bits as the Uint32 code): element loads stay small integers in V8's optimized code.
    this.quick = new Int32Array(code.code.buffer.slice(code.code.byteOffset, code.code.byteOffset + code.code.byteLength));
    quickenPairs(this.quick);
    this.counters = new Uint16Array(code.code.length);
    this.backoff = new Uint8Array(code.code.length);
  }

  specializedOpAt(pc: number): number {
    // Fused forms report the form the JIT knows (a pair its base, COMPARE_OP_*_JUMP its COMPARE_OP_*).
    const w = this.quick[pc];
    return w === undefined ? -1 : (FEEDBACK_OPCODE[w & 0xff] as number);
  }

  cacheAt(pc: number): InlineCacheView | undefined {
    const c = this.caches[pc];
    if (c === undefined) return undefined;
    const w = this.code.code[pc] ?? 0;
    const name = this.names[w >>> 9] ?? this.names[w >>> 8] ?? "";
    if (c instanceof CallCache) {
      const t = c.target as { plainInit?: unknown; plainInitVersion?: number; version?: number } | null;
      // CALL_TYPE: the class's `__init__` as plainInitOf (objects/type-call.ts) cached it for the current version.
      if (t !== null && t.plainInit !== undefined && t.plainInitVersion === t.version && t.plainInit !== null) {
        return { kind: "call", target: c.target, hits: 0, value: t.plainInit as PyValue, typeVersion: t.version as number };
      }
      return { kind: "call", target: c.target ?? c.code, hits: 0 };
    }
    if (c instanceof GlobalCache) {
      // LOAD_GLOBAL's oparg is (namei << 1) | pushNull; LOAD_NAME / STORE_NAME (module code) use namei.
      const namei = (w & 0xff) === Op.LOAD_GLOBAL ? w >>> 9 : w >>> 8;
      return { kind: "global", name: this.names[namei] ?? name, fromBuiltins: c.fromBuiltins, hits: c.hits };
    }
    return {
      kind: "attr",
      name: this.names[w >>> 8] ?? name,
      typeVersion: c.typeVersion,
      hits: c.hits,
      misses: c.misses,
      shape: c.shape,
      fromShape: c.fromShape,
      slot: c.slot,
      value: c.value,
      polymorphic: c.poly !== null,
      entries: c.poly === null ? null : [c, ...c.poly].map((e) => ({ typeVersion: e.typeVersion, shape: e.shape, fromShape: e.fromShape, slot: e.slot, value: e.value })),
    };
  }

  operandKindsAt(pc: number): number {
    return this.seen?.[pc] ?? 0;
  }
}

/** The runtime state of `code` for the VM `owner`, creating it on first use. */
export function runtimeOf(code: CodeObject, owner: object): CodeRuntime {
  const rt = code.runtime;
  if (rt instanceof CodeRuntime && rt.owner === owner) return rt;
  return runtimeOfSlow(code, owner);
}

const foreignRuntimes = new WeakMap<object, WeakMap<CodeObject, CodeRuntime>>();

function runtimeOfSlow(code: CodeObject, owner: object): CodeRuntime {
  if (code.runtime === undefined) {
    const fresh = new CodeRuntime(code, owner);
    code.runtime = fresh;
    return fresh;
  }
  let mine = foreignRuntimes.get(owner);
  if (mine === undefined) {
    mine = new WeakMap();
    foreignRuntimes.set(owner, mine);
  }
  let rt = mine.get(code);
  if (rt === undefined) {
    rt = new CodeRuntime(code, owner);
    mine.set(code, rt);
  }
  // The most recent owner takes the one-comparison path (code compiled once and
  // run in a fresh VM each time, as the benchmarks and embedders do); the
  // previous owner's state stays reachable through its own map.
  const prev = code.runtime;
  if (prev instanceof CodeRuntime) {
    let theirs = foreignRuntimes.get(prev.owner);
    if (theirs === undefined) foreignRuntimes.set(prev.owner, (theirs = new WeakMap()));
    theirs.set(code, prev);
  }
  code.runtime = rt;
  return rt;
}

/** Convert a compiler constant to a Python value. */
export function materialize(c: CodeConst): PyValue {
  if (!("kind" in c)) return new PyCode(c);
  switch (c.kind) {
    case "code":
      return new PyCode(c as CodeObject);
    case "int": {
      const v = c.value;
      return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
    }
    case "float":
      return newFloat(c.value);
    case "complex":
      return new PyComplex(0, c.imag);
    case "str":
      return c.value;
    case "bytes":
      return new PyBytes(c.value);
    case "bool":
      return c.value;
    case "None":
      return None;
    case "Ellipsis":
      return Ellipsis;
    case "tuple":
      return newTuple(c.items.map(materialize));
    case "frozenset":
      return new PyFrozenSet(c.items.map(materialize));
  }
}
