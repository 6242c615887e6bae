/**
 * The IR builder's vocabulary: its options and result, the abstract values it
 * carries for bytecode locals and stack slots (plain SSA values, virtual
 * range objects and iterators), the per-instruction tables (which opcodes it
 * translates, which run through the interpreter's execRare, which BINARY_OP
 * operators have typed forms) and the refusal check.
 */
import { CO, CodeObject, Op, OPCODE_NAMES, opcodeDef } from "@pyvm/bytecode";
import type { CodeFeedback } from "@pyvm/interpreter";
import type { Block, FrameState, Graph, Param, Value } from "../ir/graph.js";
import type { OpName } from "../ir/ops.js";
import { analyzeCfg, opAt } from "./cfg.js";

export interface GlobalLookup {
  readonly value: unknown;
  readonly fromBuiltins: boolean;
}

export interface BuildOptions {
  /** Build the on-stack-replacement entry at this loop-header pc instead of the call entry. */
  readonly osrPc?: number;
  /**
   * OSR only: the types of the frame's live values at the loop header, one
   * per `localsplus` slot then stack slot ("int" = a small int, "float" = an
   * exact float, "range" = a small-int range iterator on the stack,
   * undefined = no speculation). The entry checks each typed value (a
   * failing check resumes the interpreter at `osrPc`), so loop phis fed by
   * it can be unboxed and every enclosing `for` over a range iterator stays
   * a counted loop.
   */
  readonly osrEntryTypes?: readonly OsrEntryType[];
  /**
   * The current value of a global name (globals, then builtins) for
   * `LoadGlobalConst`; undefined = not found / do not constant-fold.
   * Without this option every LOAD_GLOBAL reads at run time.
   */
  readonly globalValue?: (name: string) => GlobalLookup | undefined;
  /** Bytecode pcs where the builder must not speculate (a guard there failed too often). */
  readonly genericPcs?: ReadonlySet<number>;
  /** Speculate int/float arithmetic without feedback when the other operand's type is known (default true). */
  readonly speculateWithoutFeedback?: boolean;
  /** The VM's `range` type: calls of it feeding GET_ITER become counted loops. */
  readonly rangeType?: unknown;
  /** `Cls(...)` of a plain class: allocate at tier 2 and inline/call `__init__` directly (default true; builder `typeCall`). */
  readonly allocation?: boolean;
  /** Calls of known functions with keywords, defaults, keyword-only parameters, *args or **kwargs bound at compile time (default true; builder.ts boundCall). */
  readonly boundCalls?: boolean;
  /** The VM's small-int range iterator type (for OSR entry into a counted loop). */
  readonly rangeIteratorType?: unknown;
  /** Run the optimization pipeline (passes/pipeline.ts) on the built graph (default true). */
  readonly optimize?: boolean;
  /**
   * Inline calls of small loop-free Python functions (same globals, no
   * handlers, closures or frame-dependent ops: INLINE_OPS): their frame
   * states get the caller's as `parent` (deoptimization and exceptions
   * rebuild every frame). `InlineOk` picks the inlined body (the function
   * still has the inlined code and the recursion limit is not reached) or
   * the ordinary call; `DepthEnter`/`DepthExit` count the inlined frame's
   * recursion level. Needs `feedbackOf` for the callee's feedback. Off
   * without this option.
   */
  readonly inline?: InlineOptions;
  /** The feedback of another code object (an inlining candidate), if it has run. */
  readonly feedbackOf?: (code: CodeObject) => CodeFeedback | undefined;
  /** The globals dict of the function being compiled: callees sharing it resolve globals with `globalValue`. */
  readonly globals?: unknown;
  /**
   * Compile code with exception handlers (try/except/finally/with). Only the
   * normal-flow part is built: an exception thrown by a `raises` op inside a
   * protected range must deoptimize with that op's frame state (the state
   * before its instruction) and let the interpreter unwind to the handler at
   * that pc (exception table, traceback entry, lasti). Off by default: the
   * code generator must implement that.
   */
  readonly exceptionHandlers?: boolean;
  /** Module bodies entered by OSR: read names the code never rebinds from the loop on as constants (default true; see BuilderCore.constNames). */
  readonly constModuleNames?: boolean;
  /**
   * `cls.lookup(name)` (the MRO lookup) of a class constant, for `Cls.name` read as a constant (builder
   * `typeAttr`); the tier-2 manager passes its unit-cache recorder's, which logs the answer for replay in
   * another VM. Default: the lookup itself.
   */
  readonly classAttr?: (cls: PyTypeLike, name: string) => unknown;
  /**
   * OSR entries into a nested loop: end the unit at the header of the loop
   * enclosing the entered one (a `deopt` terminator with `handOver`), so the
   * code generator can hand the frame to a unit entered at that header,
   * whose loop nest is then structured (the entered loop as an inner JS
   * loop) instead of being reached through the entered loop's exit.
   */
  readonly osrHandOver?: boolean;
}

/** What `BuildOptions.classAttr` receives: a class (`PyType`). */
export interface PyTypeLike {
  lookup(name: string): unknown;
}

export interface InlineOptions {
  /** Callee size limit in bytecode instructions. */
  readonly maxInstructions: number;
  /** Nesting limit of inlined frames. */
  readonly maxDepth: number;
  /** How many more times a code object on the inlining path may be inlined into itself (0 = no recursive inlining). */
  readonly maxRecursion?: number;
  /** IR instructions all inlined bodies of one unit may add together. */
  readonly budget?: number;
  /**
   * When `InlineOk` fails (the function's code was replaced, or the recursion
   * limit is reached): deoptimize to the CALL (true; repeated misses
   * recompile the unit with the site generic) or make the ordinary call
   * (false). Deoptimizing leaves the inlined body the only path, so what is
   * known before the call (shapes, names) stays known after it.
   */
  readonly deoptOnMiss?: boolean;
}

/**
 * Ops an inlined body may contain besides pure ops: they use neither the
 * compiled unit's frame, function nor its names, which belong to the
 * outermost code (ExecRare, Raise, MakeCell, LoadName … do). The inline-cache
 * ops (LoadGlobal, LoadAttr, StoreAttr, LoadMethod) take the code runtime of
 * the frame state's function (`funcK`) in an inlined body (codegen `rtOf`).
 */
export const INLINE_OPS: ReadonlySet<string> = new Set([
  "CheckInt", "CheckFloat", "CheckNumber", "CheckBool", "CheckStr", "CheckIdentity", "CheckType", "CheckShape", "CheckShapes", "CheckCode", "CheckDefault", "CheckKwDefault", "CheckBound", "Guard", "CheckValid",
  "Int53Add", "Int53Sub", "Int53Mul", "Int53FloorDiv", "Int53Mod", "Int53BitAnd", "Int53BitOr", "Int53BitXor", "Int53RShift", "Int53LShift", "Float64Div", "Float64FloorDiv", "Float64Mod", "Float64Pow", "Float64Call1",
  "Truthy", "GenericBinaryOp", "GenericCompare", "GenericUnary", "GenericContains", "Call", "CallDirect", "CallCode", "CallMethodDescr", "CallEx", "BuildMap", "ListExtend", "ListToTuple", "DictMerge", "GetItem", "SetItem",
  "SeqGet", "ListSet", "ListAppend", "BuildTuple", "BuildList", "BuildKwargs", "NewInstance", "InitResult", "DictGet", "DictSet", "GetIter", "IterNext", "NewRangeIter", "LoadSlot", "LoadSlotAt", "StoreSlot", "AddSlot",
  "InlineOk", "DepthEnter", "DepthExit", "Tick", "LoadGlobal", "LoadAttr", "StoreAttr", "LoadMethod",
  "StrAt", "LenFast", "StrOrd", "StrToInt", "StrMod", "FormatValue", "StrCallStr", "StrCallInt", "StrCallBool", "StrCallObj",
]);

/** What an inlined callee is built against. */
export interface InlineContext {
  /** The caller's continuation (see FrameState.parent). */
  readonly parentFs: FrameState;
  readonly funcK: number;
  readonly args: readonly Value[];
  /** The outermost caller's CALL pc: the `pc` of every inlined instruction (its line is the call's). */
  readonly callPc: number;
  readonly depth: number;
  /** Code objects being built on this inlining path, outermost first (bounds recursive inlining). */
  readonly chain: readonly CodeObject[];
  /** IR instructions inlined bodies may still add to the unit (shared along the whole build). */
  readonly budget: { left: number };
  /** The outermost caller's CALL is inside a loop (see BuilderCore.inLoop). */
  readonly inLoop: boolean;
}

export type BuildResult = { readonly ok: true; readonly graph: Graph } | { readonly ok: false; readonly reason: string };

/** A `range(start, stop, step)` call result that only GET_ITER consumes. */
export class VRange {
  constructor(
    readonly start: Value,
    readonly stop: Value,
    readonly step: Value,
    readonly dir: 1 | -1 | 0,
  ) {}
}

/** A range iterator kept in registers: `cur` is the next value to produce. */
/** What an OSR entry speculates a live value is (see `BuildOptions.osrEntryTypes`). */
export type OsrEntryType = "int" | "float" | "range" | undefined;

export class VIter {
  constructor(
    readonly cur: Value,
    readonly stop: Value,
    readonly step: Value,
    readonly dir: 1 | -1,
    /**
     * The real iterator an OSR entry took apart (UnpackRangeIter), or null
     * for one the unit created: user code may hold the object
     * (`it = iter(range(n)); for x in it: … break; next(it)`), so every step
     * advances it too (RangeIterAdvance) and it stands for the virtual
     * iterator wherever one must be real (frame states, calls, merges).
     */
    readonly origin: Value | null = null,
  ) {}
}

export type Entry = Value | VRange | VIter;

export interface State {
  locals: (Value | null)[];
  stack: Entry[];
  /**
   * Module bodies: the current value of names (co_names index) as last
   * loaded or stored. STORE_NAME always writes through, so this is only a
   * cache for LOAD_NAME, dropped by any op that could run Python code.
   */
  names: Map<number, Value>;
  /**
   * Names (keys of `names`) whose STORE_NAME has not been written to the
   * mapping yet: stores are deferred until an op that could observe the
   * mapping (any op with effects outside NAME_SAFE), a return, or a merge
   * that does not carry them dirty; every frame state lists them
   * (`FrameState.names`) so a deoptimization or exception writes them.
   */
  dirty: Set<number>;
}

/** How many values an opcode pushes on its fall-through path. */
export function pushCount(op: number, arg: number): number {
  const c = opcodeDef(op).pushes;
  if (typeof c === "number") return c;
  // Variadic pushes among the execRare opcodes: UNPACK_EX pushes before + 1 + after.
  if (c === "unpack_ex") return (arg & 0xff) + 1 + (arg >> 8);
  if (c === "arg") return arg;
  if (c === "arg+1") return arg + 1;
  if (c === "arg+2") return arg + 2;
  if (c === "2*arg") return 2 * arg;
  throw new NotCompilable(`push count ${String(c)} of ${opcodeDef(op).name}`);
}

export function copyState(s: State): State {
  return { locals: s.locals.slice(), stack: s.stack.slice(), names: new Map(s.names), dirty: new Set(s.dirty) };
}

export class NotCompilable {
  constructor(readonly reason: string) {}
}

export const INTROSPECTION_NAMES: ReadonlySet<string> = new Set(["locals", "vars", "dir", "exec", "eval", "_getframe", "currentframe", "f_locals"]);

/** Layout of a merge block's parameters: per stack slot, a plain value or a virtual iterator's (stop, step). */
export interface MergeInfo {
  readonly block: Block;
  /** null: the local is dead at the block (no parameter; unbound in its state). */
  readonly localParams: (Param | null)[];
  readonly stackLayout: ({ kind: "value"; param: Param } | { kind: "iter"; cur: Param; stop: Param; step: Param; dir: 1 | -1; origin: Value | null })[];
  readonly nameParams: Map<number, Param>;
  /** Names the block's state holds dirty (not yet written to the mapping). */
  readonly dirty: ReadonlySet<number>;
}

/** An edge into a merge block does not know a name the block's parameters expect: rebuild without names there. */
export class RetryWithoutNames {
  /** `keys`: `pc:namei` of each name to leave out at the merge block at pc. */
  constructor(readonly keys: readonly string[]) {}
}

export function isPyFunctionLike(v: unknown): v is { code: CodeObject; closure: unknown; globals: unknown; defaults?: unknown } {
  return typeof v === "object" && v !== null && (v as { code?: unknown }).code instanceof CodeObject && "closure" in v && "globals" in v;
}

/**
 * Why the builder refuses `code`, or null. Only instructions reachable by
 * normal control flow must be translatable: with `exceptionHandlers` the
 * handlers themselves run in the interpreter (an exception raised in a
 * protected range deoptimizes there, see BuildOptions.exceptionHandlers).
 */
export function builderRefusal(code: CodeObject, exceptionHandlers = false): string | null {
  if ((code.flags & (CO.GENERATOR | CO.COROUTINE | CO.ASYNC_GENERATOR | CO.ITERABLE_COROUTINE)) !== 0) return "generator/coroutine";
  // Module bodies keep their names in the globals dict (LOAD_NAME/STORE_NAME); class bodies and exec'd code may use other mappings.
  if ((code.flags & CO.OPTIMIZED) === 0 && code.name !== "<module>") return "class body or exec'd code (names live in a mapping)";
  if (code.exceptionTable.length > 0 && !exceptionHandlers) return "exception handlers (try/with) are not supported by tier 2 yet";
  if ((code.flags & CO.OPTIMIZED) !== 0) for (const n of code.names) if (INTROSPECTION_NAMES.has(n)) return `uses '${n}' (frame introspection)`;
  const cfg = analyzeCfg(code);
  if (!cfg.ok) return cfg.reason;
  for (let pc = 0; pc < code.code.length; pc++) {
    if ((cfg.cfg.depth[pc] ?? -1) < 0) continue;
    const op = opAt(code, pc);
    if (!SUPPORTED.has(op)) return `opcode ${OPCODE_NAMES[op] ?? op} at ${pc} has no tier-2 translation`;
  }
  return null;
}

/**
 * Code that reads its own interpreter frame while it runs: zero-argument
 * `super()` (the compiler gives such code a `__class__` free variable) finds
 * `self` and the class cell in the running frame (`ts.frame`). Tier 2 must
 * not run it frameless: no `fast` entry, never inlined.
 */
export function readsOwnFrame(code: CodeObject): boolean {
  return code.nfreevars > 0 && code.localsplusNames.slice(code.nlocalsplus - code.nfreevars).includes("__class__");
}

export const SUPPORTED = new Set<number>([
  Op.NOP, Op.POP_TOP, Op.PUSH_NULL, Op.COPY, Op.SWAP, Op.LOAD_CONST, Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST,
  Op.LOAD_GLOBAL, Op.LOAD_ATTR, Op.STORE_ATTR, Op.LOAD_METHOD, Op.BINARY_SUBSCR, Op.STORE_SUBSCR,
  Op.BINARY_OP, Op.COMPARE_OP, Op.IS_OP, Op.CONTAINS_OP, Op.UNARY_NEGATIVE, Op.UNARY_POSITIVE, Op.UNARY_NOT, Op.UNARY_INVERT,
  Op.JUMP_FORWARD, Op.JUMP_BACKWARD, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE,
  Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP, Op.GET_ITER, Op.FOR_ITER, Op.RETURN_VALUE,
  Op.KW_NAMES, Op.CALL, Op.BUILD_TUPLE, Op.BUILD_LIST, Op.LIST_APPEND, Op.UNPACK_SEQUENCE,
  Op.LOAD_NAME, Op.STORE_NAME, Op.RAISE_VARARGS,
  Op.MAKE_CELL, Op.COPY_FREE_VARS, Op.LOAD_CLOSURE, Op.LOAD_DEREF, Op.STORE_DEREF,
]);

/**
 * Opcodes run by the interpreter's execRare on a spilled stack (ExecRare):
 * they touch only the value stack and the frame (not fast locals). For the
 * *_ADD/*_EXTEND/*_UPDATE/MERGE family the oparg says how deep below the
 * popped operands they read the container being built.
 */
export const VIA_EXEC_RARE = new Set<number>([
  Op.STORE_GLOBAL, Op.DELETE_GLOBAL, Op.DELETE_NAME, Op.DELETE_ATTR, Op.DELETE_SUBSCR, Op.BUILD_SLICE,
  Op.CALL_FUNCTION_EX, Op.MAKE_FUNCTION, Op.BUILD_SET, Op.BUILD_MAP, Op.BUILD_CONST_KEY_MAP, Op.BUILD_STRING,
  Op.SET_ADD, Op.MAP_ADD, Op.LIST_EXTEND, Op.SET_UPDATE, Op.DICT_UPDATE, Op.DICT_MERGE, Op.LIST_TO_TUPLE,
  Op.UNPACK_EX, Op.FORMAT_VALUE, Op.LOAD_ASSERTION_ERROR, Op.LOAD_BUILD_CLASS, Op.IMPORT_NAME, Op.IMPORT_FROM,
  Op.GET_LEN, Op.GET_YIELD_FROM_ITER, Op.MATCH_MAPPING, Op.MATCH_SEQUENCE, Op.MATCH_KEYS, Op.MATCH_CLASS, Op.COPY_DICT_WITHOUT_KEYS,
  Op.BEFORE_WITH,
]);
export const READS_BELOW = new Set<number>([Op.SET_ADD, Op.MAP_ADD, Op.LIST_EXTEND, Op.SET_UPDATE, Op.DICT_UPDATE, Op.DICT_MERGE]);
for (const op of VIA_EXEC_RARE) SUPPORTED.add(op);

/**
 * Ops with effects that cannot change or observe a module's names behind the builder's back (see
 * State.names and State.dirty): they run no Python code (allocations, stores into objects the code holds).
 */
export const NAME_SAFE = new Set<string>([
  "LoadName", "StoreName", "Tick", "NewRangeIter", "BuildTuple", "BuildList", "BuildKwargs", "ListToTuple", "ListAppend", "ListSet", "StoreSlot", "AddSlot", "MakeCell", "StoreCell",
  "InlineOk", "DepthEnter", "DepthExit", "NewInstance", "RangeIterAdvance", "RangeIterCurrent",
]);

/** The quickened CALL form for a Python function with exact positional arguments (-1 when this opcode table has none). */
export const CALL_PY_EXACT_ARGS = OPCODE_NAMES.indexOf("CALL_PY_EXACT_ARGS");

/** BINARY_OP operator numbers (NB_*). */
export const NB = { ADD: 0, AND: 1, FLOOR_DIVIDE: 2, LSHIFT: 3, MULTIPLY: 5, REMAINDER: 6, OR: 7, POWER: 8, RSHIFT: 9, SUBTRACT: 10, TRUE_DIVIDE: 11, XOR: 12 } as const;

export const INT_BINOPS: ReadonlyMap<number, OpName> = new Map<number, OpName>([
  [NB.ADD, "Int53Add"], [NB.SUBTRACT, "Int53Sub"], [NB.MULTIPLY, "Int53Mul"], [NB.FLOOR_DIVIDE, "Int53FloorDiv"],
  [NB.REMAINDER, "Int53Mod"], [NB.AND, "Int53BitAnd"], [NB.OR, "Int53BitOr"], [NB.XOR, "Int53BitXor"],
  [NB.RSHIFT, "Int53RShift"], [NB.LSHIFT, "Int53LShift"],
]);
export const FLOAT_BINOPS: ReadonlyMap<number, OpName> = new Map<number, OpName>([
  [NB.ADD, "Float64Add"], [NB.SUBTRACT, "Float64Sub"], [NB.MULTIPLY, "Float64Mul"], [NB.TRUE_DIVIDE, "Float64Div"],
  [NB.FLOOR_DIVIDE, "Float64FloorDiv"], [NB.REMAINDER, "Float64Mod"], [NB.POWER, "Float64Pow"],
]);

