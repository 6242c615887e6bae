/**
 * Execution control: step budget, timeout, interruption and allocation caps
 * for one VM (`VMThread.control`).
 *
 * Every tier decrements `ts.ticks` at each loop back-edge and each Python
 * function entry (`if (--ts.ticks < 0) ts.onTicksExhausted()`), and builtins
 * that loop in JS charge their items (`chargeSteps`, objects/resource-limits.ts).
 * When the counter goes negative, `exhausted` runs here: it accounts the
 * ticks used since the last refill, raises if a limit is reached, and refills
 * the counter with the number of ticks until the next thing it must look at:
 * the remaining step budget, or a short interval when a clock (`timeoutMs`,
 * async time slices) or an interrupt buffer must be polled. Without any
 * limit the refill is 2^30 ticks, so the hot paths pay one decrement and one
 * compare and this code runs about once a second.
 *
 * Limit exceptions derive from `pyvm.LimitExceeded`, a BaseException
 * subclass, so `except Exception:` cannot catch them; and a tripped limit is
 * sticky for the rest of the run: the next check raises again, so a bare
 * `except:` in a loop cannot swallow it either. `interrupt()` raises
 * KeyboardInterrupt once (like Ctrl-C in CPython). `beginRun` resets the
 * run state when the host starts a new top-level run.
 */
import type { PyValue } from "../objects/object.js";
import { PyType, TypeType, TypeFlags } from "../objects/type.js";
import { BaseException, KeyboardInterrupt, PyBaseException } from "../objects/exceptions.js";
import { newTuple } from "../objects/tuple.js";
import { DEFAULT_LIMITS, type ResourceLimits } from "../objects/resource-limits.js";
import type { Frame } from "./frame.js";

const F = TypeFlags.IMMUTABLE | TypeFlags.BASETYPE | TypeFlags.BASE_EXC_SUBCLASS | TypeFlags.SHARES_BASE_LAYOUT;

/** `pyvm.LimitExceeded(BaseException)`: base of the execution-limit exceptions. */
export const LimitExceeded = new PyType(TypeType, "LimitExceeded", [BaseException], F, undefined, "pyvm");
/** `pyvm.StepLimitExceeded`: the `maxSteps` budget is used up. */
export const StepLimitExceeded = new PyType(TypeType, "StepLimitExceeded", [LimitExceeded], F, undefined, "pyvm");
/** `pyvm.TimeLimitExceeded`: `timeoutMs` elapsed. */
export const TimeLimitExceeded = new PyType(TypeType, "TimeLimitExceeded", [LimitExceeded], F, undefined, "pyvm");

/** Ticks between two `exhausted` calls when nothing asks for fewer. */
export const TICKS_REFILL = 1 << 30;
/** Ticks between clock / interrupt-buffer polls when a timeout, an interrupt buffer or async slicing is active. */
export const POLL_INTERVAL = 10_000;

/** The signal number `interruptBuffer` uses for KeyboardInterrupt (SIGINT), as in Pyodide. */
export const SIGINT = 2;

export interface ExecLimitOptions {
  /** Budget of steps (loop back-edges + Python calls + items processed by looping builtins) per run. */
  maxSteps?: number;
  /** Wall-clock budget per run, in milliseconds. */
  timeoutMs?: number;
  /** Maximum str length (default: V8's maximum, ~2^29). */
  maxStringLength?: number;
  /** Maximum length of a list/tuple/dict/set/bytes/bytearray built by one operation (default 2^27). */
  maxContainerLength?: number;
  /** Maximum number of decimal digits of an int produced by `**`, `<<` or `int(str)` (default: V8's BigInt limit). */
  maxIntDigits?: number;
  /** `sys.getrecursionlimit()` (RecursionError beyond it; default 1000). */
  maxRecursionDepth?: number;
  /**
   * A shared `Int32Array` (on a SharedArrayBuffer) polled during execution:
   * writing 2 (SIGINT) into element 0 from another thread raises
   * KeyboardInterrupt in the program (the element is reset to 0).
   */
  interruptBuffer?: Int32Array;
}

/** Thrown through the JS stack to suspend a `runAsync` program (never a Python exception). */
export class Suspension {
  /** The innermost frame to resume (set by the eval loop that caught it). */
  frame: Frame | null = null;
  /** `null`: just yield to the event loop. */
  constructor(readonly promise: Promise<unknown> | null) {}
}

/** The result a suspended call receives when its frame is resumed. */
export type ResumeValue = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

/** State of an active `runAsync` (see api/async.ts). */
export interface AsyncRunState {
  /** The frame `runAsync` runs; suspension needs every frame above it to be in the same eval-loop activation. */
  readonly root: Frame;
  /** Time (performance.now) at which to yield to the event loop. */
  sliceEnd: number;
  readonly sliceMs: number;
  /** Set by the driver before resuming: what the suspended call returns on replay. */
  resume: ResumeValue | null;
  /** The run's `input()` provider (null: the VM's synchronous one). */
  readonly input: ((prompt: string) => Promise<string | null> | string | null) | null;
}

/** Minimal view of the thread this control belongs to (avoids an import cycle with thread.ts). */
interface TickOwner {
  ticks: number;
  frame: Frame | null;
  recursionLimit: number;
}

const now: () => number =
  typeof performance !== "undefined" && typeof performance.now === "function" ? () => performance.now() : () => Date.now();

function limitError(t: PyType, msg: string | null): PyBaseException {
  return new PyBaseException(t, newTuple(msg === null ? [] : [msg]));
}

export class ExecControl implements ResourceLimits {
  maxSteps = Infinity;
  timeoutMs = Infinity;
  maxStringLength = DEFAULT_LIMITS.maxStringLength;
  maxContainerLength = DEFAULT_LIMITS.maxContainerLength;
  maxIntBits = DEFAULT_LIMITS.maxIntBits;
  /** Ceiling for `sys.setrecursionlimit` (createVM's maxRecursionDepth; unlimited without it). */
  maxRecursionDepth = Infinity;
  interruptBuffer: Int32Array | null = null;

  /** Steps accounted before the current refill. */
  private stepsBefore = 0;
  /** What `ticks` was refilled with last. */
  private chunk = TICKS_REFILL;
  private deadline = Infinity;
  private interruptRequested = false;
  /** A tripped limit or `terminate()` (sticky until the next run). */
  private tripped: PyType | null = null;
  /** The tripped exception's message (null: no arguments). */
  private tripMessage: string | null = null;
  /** Set while `runAsync` drives the VM. */
  async: AsyncRunState | null = null;

  constructor(private readonly ts: TickOwner) {}

  configure(o: ExecLimitOptions): void {
    if (o.maxSteps !== undefined) this.maxSteps = positive("maxSteps", o.maxSteps);
    if (o.timeoutMs !== undefined) this.timeoutMs = positive("timeoutMs", o.timeoutMs);
    if (o.maxStringLength !== undefined) this.maxStringLength = Math.min(positive("maxStringLength", o.maxStringLength), DEFAULT_LIMITS.maxStringLength);
    if (o.maxContainerLength !== undefined) this.maxContainerLength = positive("maxContainerLength", o.maxContainerLength);
    if (o.maxIntDigits !== undefined) {
      this.maxIntBits = Math.min(Math.ceil(positive("maxIntDigits", o.maxIntDigits) * Math.log2(10)), DEFAULT_LIMITS.maxIntBits);
    }
    if (o.maxRecursionDepth !== undefined) {
      this.maxRecursionDepth = Math.max(1, Math.floor(positive("maxRecursionDepth", o.maxRecursionDepth)));
      this.ts.recursionLimit = this.maxRecursionDepth;
    }
    if (o.interruptBuffer !== undefined) this.interruptBuffer = o.interruptBuffer;
  }

  /** Steps used in the current run (approximate: ticks are accounted in chunks). */
  get stepsUsed(): number {
    return this.stepsBefore + (this.chunk - this.ts.ticks);
  }

  /** Start of a top-level run: fresh budget and deadline, no pending interrupt or tripped limit. */
  beginRun(): void {
    this.stepsBefore = 0;
    this.tripped = null;
    this.interruptRequested = false;
    this.deadline = this.timeoutMs === Infinity ? Infinity : now() + this.timeoutMs;
    this.refill();
  }

  /** runAsync waited `ms` for a promise or the event loop: that time does not count against `timeoutMs`. */
  extendDeadline(ms: number): void {
    if (this.deadline !== Infinity && ms > 0) this.deadline += ms;
  }

  /** Raise KeyboardInterrupt in the running program at its next check. */
  interrupt(): void {
    this.interruptRequested = true;
    this.forceCheck();
  }

  /**
   * Stop the running program: KeyboardInterrupt at its next check and again
   * at every later check until the run ends (sticky like a tripped limit), so
   * `except:` in a loop cannot keep it running.
   */
  terminate(): void {
    this.tripped = KeyboardInterrupt;
    this.tripMessage = null;
    this.forceCheck();
  }

  /** Make the very next tick check call `exhausted`. */
  forceCheck(): void {
    this.stepsBefore = this.stepsUsed;
    this.chunk = 0;
    this.ts.ticks = 0;
  }

  /**
   * `ticks` went negative. `safePoint`: the caller is a back-edge or call in
   * the interpreter that can be re-executed after a suspension (builtins
   * charging steps pass false).
   */
  exhausted(safePoint: boolean): void {
    this.stepsBefore = this.stepsUsed;
    if (this.tripped !== null) {
      this.chunk = this.ts.ticks = 0;
      throw limitError(this.tripped, this.tripMessage);
    }
    if (this.interruptRequested) {
      this.interruptRequested = false;
      this.refill();
      throw new PyBaseException(KeyboardInterrupt, newTuple([]));
    }
    const buf = this.interruptBuffer;
    if (buf !== null) {
      const sig = Atomics.load(buf, 0);
      if (sig !== 0) {
        Atomics.store(buf, 0, 0);
        if (sig === SIGINT) {
          this.refill();
          throw new PyBaseException(KeyboardInterrupt, newTuple([]));
        }
      }
    }
    if (this.stepsBefore >= this.maxSteps) this.trip(StepLimitExceeded, `step limit exceeded (maxSteps=${this.maxSteps})`);
    const a = this.async;
    if (this.deadline !== Infinity || a !== null) {
      const t = now();
      if (t >= this.deadline) this.trip(TimeLimitExceeded, `time limit exceeded (timeoutMs=${this.timeoutMs})`);
      if (a !== null && safePoint && t >= a.sliceEnd && canSuspend(this.ts, a)) {
        this.refill();
        throw new Suspension(null);
      }
    }
    this.refill();
  }

  private trip(t: PyType, msg: string): never {
    this.tripped = t;
    this.tripMessage = msg;
    this.chunk = this.ts.ticks = 0;
    throw limitError(t, msg);
  }

  private refill(): void {
    let n = TICKS_REFILL;
    const left = this.maxSteps - this.stepsBefore;
    if (left < n) n = Math.max(0, Math.floor(left));
    if ((this.deadline !== Infinity || this.interruptBuffer !== null || this.async !== null) && n > POLL_INTERVAL) n = POLL_INTERVAL;
    this.chunk = n;
    this.ts.ticks = n;
  }

  /** The exception types a host can test against (`e.cls`). */
  static readonly types = { LimitExceeded, StepLimitExceeded, TimeLimitExceeded } as const;
}

/**
 * Can the running program be suspended here? Only when every frame from the
 * innermost up to the async root runs in the root's eval-loop activation
 * (no builtin, generator or compiled code in between on the JS stack).
 */
export function canSuspend(ts: TickOwner, a: AsyncRunState): boolean {
  for (let f = ts.frame; f !== null; f = f.back) {
    if (f === a.root) return true;
    // A generator's frame runs in its own activation (interpreted or compiled).
    if (f.isEntry || f.generator !== null) return false;
  }
  return false;
}

function positive(name: string, v: number): number {
  if (typeof v !== "number" || Number.isNaN(v) || v < 0) throw new RangeError(`createVM: ${name} must be a non-negative number`);
  return v;
}

/** Is `v` one of the execution-limit exceptions? */
export function isLimitExceeded(v: PyValue): boolean {
  return v instanceof PyBaseException && v.cls.isSubtypeOf(LimitExceeded);
}
