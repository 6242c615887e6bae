/**
 * The optimizing tier's cost model: does a built graph promise to run faster
 * than the tier-1 code it would replace?
 *
 * Tier 2 wins where it replaces the baseline's generic runtime calls by
 * typed inline code: unboxed int/float arithmetic and compares, attribute
 * loads/stores through a checked shape (`LoadSlot`), direct calls
 * (`CallDirect`), list/tuple element access, globals read as constants,
 * counted `range` loops. Where the graph is still mostly generic calls
 * (`GenericBinaryOp` on bigints, `compareSlow`, `loadAttrCached`, `Call`,
 * `ExecRare` …) it runs the same helpers tier 1 runs, plus guards, frame
 * states and `CheckValid`s, and costs V8 a second, large function to
 * optimize (for short runs, V8's own compile queue is the price: tier-2
 * units of 20–30k characters take it 100–900 ms to optimize). Such code
 * stays at tier 1 until it has stayed hot `COST_ESCALATION` times its
 * threshold (tiering.ts): a refusal is a deferral, since at steady state
 * tier 2 still wins a little on it and only V8's cost must be paid back.
 *
 * The score weighs each instruction by its loop depth (8^depth, depth capped
 * at 3: what runs in the innermost loop dominates) and sums
 * - `savings`: what tier 2 saves against tier 1 (SAVINGS: typed arithmetic
 *   and compares, slot loads/stores, direct calls, sequence access, raw
 *   loop-header parameters, a call entry's frameless `fast` entry);
 * - `generic`: the cost of the runtime helpers both tiers call
 *   (GENERIC_COSTS: a string concatenation, a method call, `compareSlow` …
 *   cost far more than an inline int add saves).
 * Guards, boxes, constants and ticks are neutral (they are what a saving
 * costs). Module-level name accesses are not generic: tier 2 forwards
 * LOAD_NAME/STORE_NAME through SSA values and only writes back deferred
 * stores, so a module-level loop's remaining `LoadName`/`StoreName` are
 * cheaper than tier 1's (a dict lookup each), and every name a loop header
 * carries as a parameter is a saving (MODULE_NAME_SAVINGS).
 *
 * `worthOptimizing` accepts a graph when its savings are at least
 * `MIN_WIN_RATIO` of its generic work. Loop-free graphs of up to
 * `SMALL_GRAPH` instructions are always accepted (their V8 cost is small and
 * their `fast` entry is a direct-call target for callers). Measured on the
 * benchmarks (loop-weighted savings / generic): tier-2 wins score 0.4
 * (fannkuch) to 400 (nbody), nested_loops' module loop 2.3; the units that
 * ran no faster than tier 1 score below 0.3 (string building and scanning
 * loops, bigint arithmetic, dict updates and membership tests, set
 * comprehensions, loops of generic method/constructor calls).
 */
import { dominatorTree, naturalLoops, type Graph } from "@pyvm/jit-ir";

/**
 * What an op saves against tier 1, in rough units of "one inline int op"
 * (measured orders of magnitude, not cycles): unboxed arithmetic saves
 * tier 1's type tests (floats: also the box allocation), a slot load saves
 * `loadAttrCached`, a direct call saves building a frame, a loop-header
 * parameter kept raw saves a box per iteration.
 */
const SAVINGS: Readonly<Record<string, number>> = {
  Int53Add: 1,
  Int53Sub: 1,
  Int53Mul: 1,
  Int53AddExact: 1,
  Int53SubExact: 1,
  Int53MulExact: 1,
  Int53AndMask: 1,
  Int32WrapAdd: 1,
  Int32WrapSub: 1,
  Int32WrapMul: 1,
  Int32WrapOr: 1,
  Int32WrapXor: 1,
  Int53FloorDiv: 2,
  Int53Mod: 2,
  Int53Neg: 1,
  Int53BitAnd: 1,
  Int53BitOr: 1,
  Int53BitXor: 1,
  Int53RShift: 1,
  Int53LShift: 1,
  Int53Compare: 1,
  Int53ToFloat64: 1,
  Int53Truthy: 0.5,
  Float64Add: 4,
  Float64Sub: 4,
  Float64Mul: 4,
  Float64Div: 4,
  Float64FloorDiv: 4,
  Float64Mod: 4,
  Float64Pow: 4,
  Float64Neg: 4,
  Float64Compare: 2,
  Float64Call1: 5,
  Float64Truthy: 1,
  LoadSlot: 3,
  LoadSlotAt: 3,
  StoreSlot: 3,
  AddSlot: 3,
  LoadSlotF64: 3,
  StoreSlotF64: 3,
  AddSlotF64: 3,
  CallDirect: 10,
  CallCode: 10,
  InlineOk: 10,
  SeqGet: 1,
  SeqLength: 1,
  ListSet: 1,
  ListAppend: 2,
  LoadGlobalConst: 2,
  IsIdentical: 0.5,
  // str ops (jit-ir build/strings.ts): the dispatch tier 1's helpers do (getItem, contains, a builtin or
  // method call with its argument parsing, a slice object); the string work itself is the same at both tiers.
  StrConcat: 1,
  StrCompare: 1,
  StrContains: 2,
  StrAt: 2,
  StrSlice: 4,
  // list/tuple slices (build/strings.ts seqSlice): no slice object, no generic subscript dispatch.
  SeqSlice: 4,
  ListSetSlice: 4,
  StrLen: 4,
  LenFast: 4,
  StrOrd: 4,
  StrToInt: 8,
  StrMod: 4,
  Int53ToStr: 2,
  BuildString: 2,
  StrCallStr: 6,
  StrCallInt: 6,
  StrCallBool: 6,
  StrCallObj: 6,
};

/** Raw loop-header parameters: no box per iteration. */
const RAW_PARAM_SAVINGS: Readonly<Record<string, number>> = { int53: 2, int32: 2, float64: 4, bool: 1 };

/**
 * What an op costs at both tiers (the same runtime helper; tier 2 adds a
 * `CheckValid` after it), in the same units. Module-level `LoadName` /
 * `StoreName` are not here (see the file comment).
 */
const GENERIC_COSTS: Readonly<Record<string, number>> = {
  GenericBinaryOp: 8,
  GenericCompare: 6,
  GenericUnary: 6,
  GenericContains: 8,
  LoadGlobal: 4,
  LoadAttr: 6,
  StoreAttr: 6,
  LoadMethod: 6,
  Call: 16,
  // The LoadMethod + Call it replaces: the method's own work dominates (string_ops' one_round at tier 2
  // with direct builtin-method calls still ran ~15% slower than at tier 1).
  CallMethodDescr: 22,
  GetItem: 6,
  SetItem: 6,
  DelItem: 6,
  ExecRare: 12,
  FormatValue: 6,
  StrMod: 8,
  GetIter: 8,
  IterNext: 6,
  Truthy: 4,
  BuildTuple: 4,
  BuildList: 4,
};

/** A call entry's frameless `fast` entry saves its callers a frame per call (counted once). */
const CALL_ENTRY_SAVINGS = 10;

/**
 * Module bodies (graphs with `CheckLocalsDict`): a loop-header parameter
 * carries a name in an SSA value, so each iteration saves tier 1's
 * LOAD_NAME/STORE_NAME dict accesses of it.
 */
const MODULE_NAME_SAVINGS = 4;

/** Minimum `savings / generic` for a graph with loops or of some size to be compiled at tier 2. */
export const MIN_WIN_RATIO = 0.3;
/** Loop-free graphs up to this many instructions are always compiled (cheap for V8; callers get a direct call). */
export const SMALL_GRAPH = 120;

export interface GraphCost {
  /** Loop-weighted savings against tier 1 (SAVINGS, raw loop-header parameters, the call entry). */
  readonly savings: number;
  /** Loop-weighted cost of the runtime helpers tier 1 calls too (GENERIC_COSTS). */
  readonly generic: number;
  /** Instructions in the graph. */
  readonly size: number;
  /** Natural loops in the graph. */
  readonly loops: number;
}

/** Scores `g` (see the file comment). */
export function graphCost(g: Graph): GraphCost {
  const dom = dominatorTree(g);
  const loops = naturalLoops(g, dom);
  const depth = new Map<number, number>();
  const headers = new Set<number>();
  for (const l of loops) {
    headers.add(l.header.id);
    for (const b of l.body) depth.set(b.id, (depth.get(b.id) ?? 0) + 1);
  }
  const moduleBody = g.blocks.some((b) => b.instrs.some((i) => i.op === "CheckLocalsDict"));
  let savings = g.osrPc < 0 ? CALL_ENTRY_SAVINGS : 0;
  let generic = 0;
  let size = 0;
  for (const b of dom.rpo) {
    const w = 8 ** Math.min(depth.get(b.id) ?? 0, 3);
    if (headers.has(b.id)) for (const p of b.params) savings += ((RAW_PARAM_SAVINGS[p.repr] ?? 0) + (moduleBody ? MODULE_NAME_SAVINGS : 0)) * w;
    for (const ins of b.instrs) {
      size++;
      savings += (SAVINGS[ins.op] ?? 0) * w;
      generic += (GENERIC_COSTS[ins.op] ?? 0) * w;
    }
  }
  return { savings, generic, size, loops: loops.length };
}

/** Null when `g` is worth compiling at tier 2, else why it is not. */
export function worthOptimizing(g: Graph): string | null {
  const c = graphCost(g);
  if (c.loops === 0 && c.size <= SMALL_GRAPH) return null;
  if (c.savings >= c.generic * MIN_WIN_RATIO) return null;
  return `tier 2 not expected to win: mostly generic operations (loop-weighted savings ${c.savings} vs generic work ${c.generic})`;
}

/** Debug: loop-weighted count per op (and `param:<repr>` for loop-header parameters). */
export function opHistogram(g: Graph): Record<string, number> {
  const dom = dominatorTree(g);
  const loops = naturalLoops(g, dom);
  const depth = new Map<number, number>();
  for (const l of loops) for (const b of l.body) depth.set(b.id, (depth.get(b.id) ?? 0) + 1);
  const h: Record<string, number> = { $loops: loops.length, $size: 0 };
  for (const b of dom.rpo) {
    const w = 8 ** Math.min(depth.get(b.id) ?? 0, 3);
    if (loops.some((l) => l.header === b)) for (const p of b.params) h[`param:${p.repr}`] = (h[`param:${p.repr}`] ?? 0) + w;
    for (const ins of b.instrs) {
      h["$size"] = (h["$size"] ?? 0) + 1;
      h[ins.op] = (h[ins.op] ?? 0) + w;
    }
  }
  return h;
}
