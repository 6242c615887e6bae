/**
 * Tier-2 compilations reused across the VMs of one process (benchmarks and
 * embedders run the same code objects in many fresh VMs).
 *
 * A tier-2 unit is a function of its code object and of what the graph
 * builder read: the code's feedback (`specializedOpAt`, `operandKindsAt`,
 * `cacheAt`), the globals it resolved (`globalValue`), the OSR entry types
 * and the `avoid` pcs. The builder's inputs go through a `Recorder`, which
 * logs every query with its answer. Another VM compiling the same
 * (code, OSR pc) replays the log against its own feedback and globals
 * (`replay`): scalars must be equal, objects must correspond one to one
 * (same class, same code for functions, same name for builtins/types, equal
 * float values), and type versions map to the new VM's versions. When the
 * whole log matches, the graph the builder would build is the same up to
 * that correspondence, so the cached source, deopt sites and factory are
 * reused and only the constant table `K` is rebuilt from the new VM's objects
 * (`relocate`), with the dependencies re-registered against them. Everything
 * a unit speculates on is either guarded against `K` (shapes, identities,
 * type versions: `CheckShape` reads its version from `K`, see tier.ts) or
 * watched (globals, module attributes), so a rebound constant is checked
 * exactly as in a fresh compile.
 *
 * Inlining reads the feedback of the callees too (`Recorder.calleeFeedback`,
 * logged with the callee's index; the replay asks the new VM's runtime of
 * the same code object). Deopt sites hold no VM objects: the functions of
 * inlined frames reach the deopt routine through `K` (codegen.ts).
 *
 * A log that does not match compiles anew (a few entries per key, newest
 * kept). Units that cannot be relocated (a constant of unknown provenance)
 * are not cached. Holding the first VM's objects in the log keeps them alive as
 * long as the code object: a bounded cost per cached unit.
 */
import { CodeObject } from "@pyvm/bytecode";
import { CodeRuntime, JIT_RUNTIME, PyBuiltinFunction, PyFunction, PyType, RangeIteratorType, RangeType, runtimeOf, type AttrEntryView, type CodeFeedback, type InlineCacheView, type PyDict } from "@pyvm/interpreter";
import type { Dependency } from "@pyvm/jit-ir";
import type { DeoptSite } from "./unit.js";

export type GlobalLookup = { value: unknown; fromBuiltins: boolean } | undefined;

/** `c`: -1 = the compiled code's feedback, else the index of a callee's (its `q: 4` entry comes first). */
type Query =
  | { readonly q: 0; readonly c: number; readonly pc: number; readonly r: number } // operandKindsAt
  | { readonly q: 1; readonly c: number; readonly pc: number; readonly r: number } // specializedOpAt
  | { readonly q: 2; readonly c: number; readonly pc: number; readonly r: CacheSnapshot | undefined } // cacheAt
  | { readonly q: 3; readonly name: string; readonly r: GlobalLookup } // globalValue
  | { readonly q: 4; readonly code: CodeObject; readonly consts: readonly unknown[] | undefined } // a callee's feedback (undefined: none)
  | { readonly q: 5; readonly cls: unknown; readonly name: string; readonly r: unknown }; // classAttr: a class constant's attribute

/** The fields of an inline-cache view the builder may read (hit counts excluded). */
interface CacheSnapshot {
  readonly kind: string;
  readonly name: string | undefined;
  readonly typeVersion: number | undefined;
  readonly slot: number | undefined;
  readonly polymorphic: boolean | undefined;
  readonly fromBuiltins: boolean | undefined;
  readonly seen: number | undefined;
  readonly shape: unknown;
  readonly fromShape: unknown;
  readonly value: unknown;
  readonly target: unknown;
  /** Polymorphic attribute sites: every typed entry (see InlineCacheView). */
  readonly entries: readonly AttrEntryView[] | null | undefined;
}

function snapshot(v: InlineCacheView): CacheSnapshot {
  const a = v as Partial<Record<keyof CacheSnapshot, unknown>>;
  return {
    kind: v.kind,
    name: a.name as string | undefined,
    typeVersion: a.typeVersion as number | undefined,
    slot: a.slot as number | undefined,
    polymorphic: a.polymorphic as boolean | undefined,
    fromBuiltins: a.fromBuiltins as boolean | undefined,
    seen: a.seen as number | undefined,
    shape: a.shape,
    fromShape: a.fromShape,
    value: a.value,
    target: a.target,
    entries: a.entries as readonly AttrEntryView[] | null | undefined,
  };
}

/** Recorders by the feedback wrapper they hand to the builder (build.ts finds the callee feedback through it). */
const recorders = new WeakMap<CodeFeedback, Recorder>();

/** The recorder whose `feedback` this is, if any. */
export function recorderOf(fb: CodeFeedback): Recorder | undefined {
  return recorders.get(fb);
}

/** This VM's feedback for `code` as the builder's feedbackOf gives it: the runtime of the VM that owns `fb`, when the code ever ran. */
function calleeRuntime(fb: CodeFeedback, code: CodeObject): CodeRuntime | undefined {
  if (!(fb instanceof CodeRuntime) || code.runtime === undefined) return undefined;
  return runtimeOf(code, fb.owner);
}

/** Wraps the builder's inputs and logs every query with its answer. */
export class Recorder {
  readonly log: Query[] = [];
  /** Set when the builder asked for something the log cannot replay. */
  uncacheable: string | null = null;
  readonly feedback: CodeFeedback;
  readonly globalValue: (name: string) => GlobalLookup;
  private readonly inner: CodeFeedback;
  private readonly callees = new Map<CodeObject, CodeFeedback | undefined>();

  constructor(inner: CodeFeedback, globalValue: (name: string) => GlobalLookup) {
    const log = this.log;
    this.inner = inner;
    this.feedback = this.wrap(inner, -1);
    recorders.set(this.feedback, this);
    const seenNames = new Set<string>();
    this.globalValue = (name: string): GlobalLookup => {
      const r = globalValue(name);
      if (!seenNames.has(name)) {
        seenNames.add(name);
        log.push({ q: 3, name, r: r === undefined ? undefined : { value: r.value, fromBuiltins: r.fromBuiltins } });
      }
      return r;
    };
  }

  /** A class constant's attribute (MRO lookup), logged: a replay looks it up on the new VM's corresponding class. */
  readonly classAttr = (cls: { lookup(name: string): unknown }, name: string): unknown => {
    const r = cls.lookup(name);
    this.log.push({ q: 5, cls, name, r });
    return r;
  };

  /** The feedback of a callee (inlining), logged: a replay compares the new VM's feedback of the same code. */
  calleeFeedback(code: CodeObject): CodeFeedback | undefined {
    if (this.callees.has(code)) return this.callees.get(code);
    const fb = calleeRuntime(this.inner, code);
    const c = this.log.filter((e) => e.q === 4).length;
    this.log.push({ q: 4, code, consts: fb?.consts });
    const w = fb === undefined ? undefined : this.wrap(fb, c);
    this.callees.set(code, w);
    return w;
  }

  private wrap(inner: CodeFeedback, c: number): CodeFeedback {
    const log = this.log;
    // The builder asks about one pc many times; the answers cannot change during a build
    // (no Python code runs), so the log keeps the first of each.
    const seen = new Set<number>();
    const once = (q: number, pc: number): boolean => {
      const k = pc * 4 + q;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    };
    return {
      get code() {
        return inner.code;
      },
      get consts() {
        return inner.consts;
      },
      get calls() {
        return inner.calls;
      },
      get backedges() {
        return inner.backedges;
      },
      operandKindsAt(pc: number): number {
        const r = inner.operandKindsAt(pc);
        if (once(0, pc)) log.push({ q: 0, c, pc, r });
        return r;
      },
      specializedOpAt(pc: number): number {
        const r = inner.specializedOpAt(pc);
        if (once(1, pc)) log.push({ q: 1, c, pc, r });
        return r;
      },
      cacheAt(pc: number): InlineCacheView | undefined {
        const v = inner.cacheAt(pc);
        if (once(2, pc)) log.push({ q: 2, c, pc, r: v === undefined ? undefined : snapshot(v) });
        return v;
      },
    };
  }
}

/** Objects every VM of the process shares (the interpreter's singletons and builtin types). */
let sharedObjects: Set<unknown> | null = null;
function isShared(v: unknown): boolean {
  if (sharedObjects === null) {
    sharedObjects = new Set<unknown>([RangeType, RangeIteratorType]);
    for (const x of Object.values(JIT_RUNTIME)) if (typeof x === "object" && x !== null) sharedObjects.add(x);
  }
  return sharedObjects.has(v) || isCodeObject(v) || isPlainData(v);
}

/** A JS array of primitives (keyword-name lists): data, not a VM's object. */
function isPlainData(v: unknown): boolean {
  return Array.isArray(v) && Object.getPrototypeOf(v) === Array.prototype && v.every((x) => !isObject(x));
}

function isCodeObject(v: unknown): v is CodeObject {
  return v instanceof CodeObject;
}

function isObject(v: unknown): v is object {
  return (typeof v === "object" && v !== null) || typeof v === "function";
}

/** What a cached unit needs to be instantiated in another VM. */
export interface CachedUnit {
  readonly log: readonly Query[];
  /** `fb.consts` of the recording VM (paired index by index with the new VM's). */
  readonly consts: readonly unknown[];
  readonly globals: PyDict;
  readonly key: string;
  /** The graph's constant table in the recording VM. */
  readonly K: readonly unknown[];
  /** Indexes of `K` holding a type version (relocated through the version map). */
  readonly versionSlots: ReadonlySet<number>;
  readonly dependencies: readonly Dependency[];
  readonly source: string;
  readonly sites: readonly DeoptSite[];
  readonly directCodes: readonly CodeObject[];
  readonly words: readonly number[];
  readonly nameSites: number;
  /** Shared by every VM (null: self-recursive, each VM parses its own copy). */
  readonly factory: unknown;
}

/**
 * Why `K` cannot be rebuilt in another VM from the log's correspondence, or
 * null: every object constant must come from an answer of the log, the
 * code's constants, a dependency, or be shared by all VMs.
 */
export function cacheability(rec: Recorder, consts: readonly unknown[], K: readonly unknown[], deps: readonly Dependency[], sites: readonly DeoptSite[]): string | null {
  if (rec.uncacheable !== null) return rec.uncacheable;
  const known = new Set<unknown>(consts);
  const add = (v: unknown): void => {
    if (isObject(v)) known.add(v);
  };
  for (const e of rec.log) {
    if (e.q === 2 && e.r !== undefined) {
      add(e.r.shape);
      add(e.r.fromShape);
      add(e.r.value);
      add(e.r.target);
      for (const x of e.r.entries ?? []) {
        add(x.shape);
        add(x.fromShape);
        add(x.value);
      }
    } else if (e.q === 3 && e.r !== undefined) add(e.r.value);
    else if (e.q === 4) for (const v of e.consts ?? []) add(v);
    else if (e.q === 5) add(e.r);
  }
  for (const d of deps) {
    if (d.kind === "dictKey") add(d.value);
    else if (d.kind === "global") add(d.value);
    else add(d.type);
  }
  for (const v of K) if (isObject(v) && !known.has(v) && !isShared(v)) return `constant of unknown provenance (${(v as { constructor?: { name?: string } }).constructor?.name ?? typeof v})`;
  return null;
}

/** The one-to-one correspondence between the recording VM's objects and the new VM's, built by `replay`. */
class Correspondence {
  readonly map = new Map<unknown, unknown>();
  private readonly rev = new Map<unknown, unknown>();
  readonly versions = new Map<number, number>();
  private readonly revVersions = new Map<number, number>();

  constructor(
    private readonly gA: PyDict,
    private readonly gB: PyDict,
  ) {}

  pair(a: unknown, b: unknown): boolean {
    if (!isObject(a) || !isObject(b)) return Object.is(a, b);
    if (a === b) {
      // The same object in both VMs (shapes, shared singletons): maps to itself.
      if (isShared(a)) return true;
      if ((this.map.has(a) && this.map.get(a) !== a) || (this.rev.has(b) && this.rev.get(b) !== a)) return false;
      this.map.set(a, a);
      this.rev.set(b, a);
      return true;
    }
    const have = this.map.get(a);
    if (have !== undefined) return have === b;
    if (this.rev.has(b) || isShared(a) || isShared(b)) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b) || !this.similar(a, b)) return false;
    this.map.set(a, b);
    this.rev.set(b, a);
    return true;
  }

  version(a: number | undefined, b: number | undefined): boolean {
    if (a === undefined || b === undefined || a < 0 || b < 0) return a === b;
    const have = this.versions.get(a);
    if (have !== undefined) return have === b;
    if (this.revVersions.has(b)) return false;
    this.versions.set(a, b);
    this.revVersions.set(b, a);
    return true;
  }

  /** What the builder reads from objects besides their identity. */
  private similar(a: object, b: object): boolean {
    if (a instanceof PyFunction && b instanceof PyFunction) return a.code === b.code && (a.globals === this.gA) === (b.globals === this.gB) && a.qualname === b.qualname;
    // The builder reads floatKernel (math functions) and intrinsic (len/ord): a registered JS function named `len` is not len.
    if (a instanceof PyBuiltinFunction && b instanceof PyBuiltinFunction) return a.qualname === b.qualname && (a.floatKernel === null) === (b.floatKernel === null) && a.intrinsic === b.intrinsic;
    if (a instanceof PyType && b instanceof PyType) return a.name === b.name && this.pair(a.cls, b.cls);
    if (a instanceof JIT_RUNTIME.PyModule && b instanceof JIT_RUNTIME.PyModule) return a.cls === b.cls && a.dict.getStr("__name__") === b.dict.getStr("__name__");
    if (a instanceof JIT_RUNTIME.PyFloat && b instanceof JIT_RUNTIME.PyFloat) return Object.is(a.value, b.value) && a.cls === b.cls;
    return true;
  }
}

function sameSnapshot(c: Correspondence, a: CacheSnapshot | undefined, v: InlineCacheView | undefined): boolean {
  if (a === undefined || v === undefined) return a === v;
  const b = snapshot(v);
  return (
    a.kind === b.kind &&
    a.name === b.name &&
    a.slot === b.slot &&
    a.polymorphic === b.polymorphic &&
    a.fromBuiltins === b.fromBuiltins &&
    a.seen === b.seen &&
    c.version(a.typeVersion, b.typeVersion) &&
    c.pair(a.shape, b.shape) &&
    c.pair(a.fromShape, b.fromShape) &&
    c.pair(a.value, b.value) &&
    c.pair(a.target, b.target) &&
    sameEntries(c, a.entries, b.entries)
  );
}

function sameEntries(c: Correspondence, a: readonly AttrEntryView[] | null | undefined, b: readonly AttrEntryView[] | null | undefined): boolean {
  if (a === undefined || a === null || b === undefined || b === null) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as AttrEntryView;
    const y = b[i] as AttrEntryView;
    if (x.slot !== y.slot || !c.version(x.typeVersion, y.typeVersion) || !c.pair(x.shape, y.shape) || !c.pair(x.fromShape, y.fromShape) || !c.pair(x.value, y.value)) return false;
  }
  return true;
}

/** A cached unit relocated into a new VM: its constant table and dependencies. */
export interface Relocated {
  readonly K: unknown[];
  readonly dependencies: Dependency[];
}

/**
 * Replays `u`'s log against another VM's feedback and globals; on a full
 * match, returns `u`'s constants and dependencies mapped to that VM's objects.
 */
export function replay(u: CachedUnit, fb: CodeFeedback, gB: PyDict, globalValue: (name: string) => GlobalLookup): Relocated | null {
  if (!(fb instanceof CodeRuntime)) return null;
  const c = new Correspondence(u.globals, gB);
  const consts = fb.consts;
  if (consts.length !== u.consts.length) return null;
  for (let i = 0; i < consts.length; i++) if (!c.pair(u.consts[i], consts[i])) return null;
  // Callees' feedback in this VM, by the log's callee index (undefined: the code never ran here).
  const callees: (CodeFeedback | undefined)[] = [];
  const at = (k: number): CodeFeedback | undefined => (k < 0 ? fb : callees[k]);
  for (const e of u.log) {
    switch (e.q) {
      case 0: {
        const f = at(e.c);
        if (f === undefined || f.operandKindsAt(e.pc) !== e.r) return null;
        break;
      }
      case 1: {
        const f = at(e.c);
        if (f === undefined || f.specializedOpAt(e.pc) !== e.r) return null;
        break;
      }
      case 2: {
        const f = at(e.c);
        if (f === undefined || !sameSnapshot(c, e.r, f.cacheAt(e.pc))) return null;
        break;
      }
      case 4: {
        const f = calleeRuntime(fb, e.code);
        if ((f === undefined) !== (e.consts === undefined)) return null;
        if (f !== undefined && e.consts !== undefined) {
          if (f.consts.length !== e.consts.length) return null;
          for (let i = 0; i < e.consts.length; i++) if (!c.pair(e.consts[i], f.consts[i])) return null;
        }
        callees.push(f);
        break;
      }
      case 5: {
        // The class was paired by an earlier answer (the global it was read from), or is shared by every VM.
        const clsB = isShared(e.cls) ? e.cls : c.map.get(e.cls);
        if (!(clsB instanceof PyType) || clsB.cls !== (e.cls as PyType).cls || !c.pair(e.r, clsB.lookup(e.name))) return null;
        break;
      }
      case 3: {
        const r = globalValue(e.name);
        if (r === undefined || e.r === undefined) {
          if (r !== e.r) return null;
        } else if (r.fromBuiltins !== e.r.fromBuiltins || !c.pair(e.r.value, r.value)) return null;
        break;
      }
    }
  }
  const map = (v: unknown): { ok: boolean; v: unknown } => {
    if (!isObject(v) || isShared(v)) return { ok: true, v };
    const m = c.map.get(v);
    return m === undefined ? { ok: false, v } : { ok: true, v: m };
  };
  const dependencies: Dependency[] = [];
  for (const d of u.dependencies) {
    if (d.kind === "global") {
      const v = map(d.value);
      if (!v.ok) return null;
      dependencies.push({ kind: "global", name: d.name, fromBuiltins: d.fromBuiltins, value: v.v });
    } else if (d.kind === "dictKey") {
      // The dict of a module constant; the value read from the new VM's module.
      let dictB: PyDict | undefined;
      for (const [a, b] of c.map) if (a instanceof JIT_RUNTIME.PyModule && a.dict === d.dict && b instanceof JIT_RUNTIME.PyModule) dictB = b.dict;
      if (dictB === undefined) return null;
      const vB = dictB.getStr(d.name);
      if (!c.pair(d.value, vB)) return null;
      dependencies.push({ kind: "dictKey", dict: dictB, name: d.name, value: vB });
    } else {
      const t = map(d.type);
      if (!t.ok) return null;
      dependencies.push({ kind: "type", type: t.v });
    }
  }
  const K: unknown[] = new Array<unknown>(u.K.length);
  for (let i = 0; i < u.K.length; i++) {
    const a = u.K[i];
    if (u.versionSlots.has(i)) {
      const v = c.versions.get(a as number);
      if (v === undefined) return null;
      K[i] = v;
      continue;
    }
    const m = map(a);
    if (!m.ok) return null;
    K[i] = m.v;
  }
  return { K, dependencies };
}

/** A unit's deopt sites for a new instance (the counts are per unit). */
export function freshSites(sites: readonly DeoptSite[]): DeoptSite[] {
  return sites.map((s) => ({ ...s, count: 0 }));
}

/** Cached units per code object and entry (-1 or the OSR pc), newest first. */
const cache = new WeakMap<CodeObject, Map<number, CachedUnit[]>>();
/** Cached units kept per (code, entry): different feedback in different VMs compiles anew. */
export const MAX_CACHED_PER_ENTRY = 4;

export function cachedUnits(code: CodeObject, osrPc: number): readonly CachedUnit[] {
  return cache.get(code)?.get(osrPc) ?? [];
}

export function rememberUnit(code: CodeObject, osrPc: number, u: CachedUnit): void {
  let per = cache.get(code);
  if (per === undefined) cache.set(code, (per = new Map()));
  const list = per.get(osrPc) ?? [];
  list.unshift(u);
  if (list.length > MAX_CACHED_PER_ENTRY) list.length = MAX_CACHED_PER_ENTRY;
  per.set(osrPc, list);
}
