/**
 * The plug-in interface between the interpreter (tier 0) and a JIT.
 *
 * The interpreter counts, per code object, how often it is called and how
 * often its loops jump backwards (`CodeRuntime.calls` / `.backedges`). When a
 * backend is installed (`createVM({ jit })`) and a counter reaches the
 * backend's threshold, the interpreter asks it for compiled code:
 *
 * - `onHot(code, feedback)` may return a `CompiledEntry`. It is stored in
 *   `code.runtime.compiled` and from then on every call of that code runs it
 *   instead of interpreting: the interpreter still builds the `Frame` (so
 *   argument binding, cells and defaults have exactly one implementation) and
 *   hands it over; the entry returns the function's result or throws a
 *   Python exception (a `PyBaseException`), like any call.
 * - `onLoopHot(frame, pc, feedback)` may return an `OsrEntry`: on-stack
 *   replacement at the loop header `pc`. The interpreter calls it with the live
 *   frame (`frame.pc` = loop header, locals and stack as the interpreter left
 *   them) and uses its result as the frame's return value.
 * - `invalidate(code, reason)` tells the backend that compiled code for `code`
 *   was dropped by the interpreter (e.g. `sys.setrecursionlimit` or a
 *   deoptimisation storm); the backend should forget its own state for it.
 *
 * Returning `null` means "cannot compile (yet)"; the interpreter then resets
 * the counter so it asks again only after another threshold's worth of work.
 * With `jit: null` nothing is installed and the only cost is the counter
 * increments. The feedback (inline caches, counters) is exposed read-only.
 */
import type { CodeObject } from "@pyvm/bytecode";
import type { PyValue } from "./objects/object.js";
import type { Frame } from "./vm/frame.js";
import type { PyBaseException } from "./objects/exceptions.js";

/** Inline-cache kinds the interpreter records (the JIT's type feedback). */
export type InlineCacheView =
  | { readonly kind: "global"; readonly name: string; readonly fromBuiltins: boolean; readonly hits: number }
  | {
      readonly kind: "attr";
      readonly name: string;
      readonly typeVersion: number;
      readonly hits: number;
      readonly misses: number;
      /** The receiver's shape the entry is valid for (STORE_ATTR: after the store), or null. */
      readonly shape: object | null;
      /** STORE_ATTR that adds the attribute: the shape before the store, else null. */
      readonly fromShape: object | null;
      /** Instance slot index, or -1 for a type attribute (`value`). */
      readonly slot: number;
      readonly value: PyValue | undefined;
      /** The site saw several receiver types/shapes (the primary entry is one of them). */
      readonly polymorphic: boolean;
      /** Polymorphic sites: every typed entry (the primary first, then the older ones), else null. */
      readonly entries: readonly AttrEntryView[] | null;
    }
  | { readonly kind: "binop"; readonly seen: number; readonly hits: number }
  /**
   * CALL caches. CALL_TYPE (target = a plain class): `value` is the class's `__init__` as `plainInitOf`
   * last resolved it at `typeVersion` (undefined when that resolution is stale), for allocation at tier 2.
   */
  | { readonly kind: "call"; readonly target: PyValue | CodeObject | null; readonly hits: number; readonly value?: PyValue | undefined; readonly typeVersion?: number };

/** One typed entry of a polymorphic attribute cache (same fields as the primary entry of an "attr" view). */
export interface AttrEntryView {
  readonly typeVersion: number;
  readonly shape: object | null;
  readonly fromShape: object | null;
  readonly slot: number;
  readonly value: PyValue | undefined;
}

/** Read-only view of what the interpreter learned about one code object. */
export interface CodeFeedback {
  readonly code: CodeObject;
  /** `co_consts` as this VM's Python values (compiled code may capture them). */
  readonly consts: readonly PyValue[];
  /** Calls so far (including the one that triggered `onHot`). */
  readonly calls: number;
  /** Backward jumps taken so far. */
  readonly backedges: number;
  /** Inline cache at instruction index `pc`, if that instruction has one. */
  cacheAt(pc: number): InlineCacheView | undefined;
  /**
   * Operand kinds seen by BINARY_OP / COMPARE_OP at `pc`, as a bit set of
   * `SEEN_*` values (0 = never executed); for BINARY_SUBSCR / STORE_SUBSCR
   * the kinds of receiver and key (when it specialized or failed to).
   */
  operandKindsAt(pc: number): number;
  /**
   * The opcode the interpreter currently runs at `pc` in its quickened
   * stream: a specialized form (e.g. `Op.BINARY_OP_ADD_INT`,
   * `Op.LOAD_ATTR_SLOT`, `Op.CALL_PY_EXACT_ARGS`; `BASE_OPCODE[op]` gives its
   * family) when the site specialized and has not deoptimized since, else the
   * base opcode. -1 for a pc outside the code. A site that is still its base
   * opcode after running was polymorphic or unspecializable (or never ran:
   * see `operandKindsAt`/`cacheAt`).
   */
  specializedOpAt(pc: number): number;
}

/** Bits of `CodeFeedback.operandKindsAt`. */
export const SEEN = { INT: 1, FLOAT: 2, STR: 4, BIGINT: 8, OTHER: 16, LIST: 32, TUPLE: 64 } as const;

/**
 * Compiled code runs on the JS stack (a compiled caller calls its callee
 * through JS), the interpreter does not. Beyond this Python call depth, calls
 * run interpreted even when compiled code exists, so deep recursion (up to any
 * `sys.setrecursionlimit`) never exhausts the JS stack.
 */
export const MAX_COMPILED_DEPTH = 500;

/**
 * Compiled replacement for interpreting a code object. For generator /
 * coroutine code the entry also resumes a suspended frame at `frame.pc`
 * (`genResume`), raising `throwIn` there first when given (`gen.throw()`);
 * a yield returns the value with `frame.suspended` set.
 */
export type CompiledEntry = (frame: Frame, throwIn?: PyBaseException | null) => PyValue;

/** Compiled continuation of a frame from a loop header (on-stack replacement). */
export type OsrEntry = (frame: Frame) => PyValue;

export interface JitBackend {
  readonly name: string;
  /** Calls of one code object before `onHot` is asked (0 = on the first call). */
  readonly callThreshold: number;
  /** Backward jumps in one code object before `onLoopHot` is asked. */
  readonly loopThreshold: number;
  onHot(code: CodeObject, feedback: CodeFeedback): CompiledEntry | null;
  onLoopHot(frame: Frame, pc: number, feedback: CodeFeedback): OsrEntry | null;
  invalidate(code: CodeObject, reason: string): void;
  /**
   * Optional (tiered backends): asked when code that already runs compiled
   * keeps being called, once `feedback.calls` reaches the runtime's
   * `optCheckAt` (which the backend sets, e.g. when it installs tier-1 code).
   * A returned entry replaces `code.runtime.compiled` (tier 1 → tier 2).
   */
  onHotCompiled?(code: CodeObject, feedback: CodeFeedback): CompiledEntry | null;
  /**
   * Optional (tiered backends): asked by compiled (tier-1) code whose loop
   * got hot, like `onLoopHot` from the interpreter: `frame` holds the locals
   * and value stack at the loop header `pc`. A returned entry (a higher tier)
   * continues the frame; null keeps the caller's code running. Must never
   * return the caller's own tier.
   */
  onLoopHotCompiled?(frame: Frame, pc: number, feedback: CodeFeedback): OsrEntry | null;
  /**
   * Optional (tiered backends): asked every 10 × `loopThreshold` resumes of a
   * compiled generator by `next()`/`send()` (vm/generator.ts): `frame` is
   * suspended at the resume point `pc` (after a yield) with the sent value
   * pushed. A returned entry continues the frame from there until it yields
   * (`frame.suspended`) or returns, and is used for that resume point until
   * the next ask; null drops the one in use.
   */
  onResumeHot?(frame: Frame, pc: number, feedback: CodeFeedback): OsrEntry | null;
}
