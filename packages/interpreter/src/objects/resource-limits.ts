/**
 * Allocation caps and step charging for code in the object model.
 *
 * The VM's execution control (vm/limits.ts) owns the limits; the object model
 * reaches them through the running thread state (`ThreadState.control`), so
 * the checks here work for whichever VM is running and cost nothing when no
 * VM is installed. Every check happens *before* allocating: `'x' * 10**10`,
 * `[0] * 10**10`, `bytearray(10**10)` or `10**10**10` raise MemoryError at
 * once instead of trying (and crashing the process).
 *
 * `chargeSteps(n)` is the step budget's hook for builtins that loop in JS
 * (`sum`, `list(...)`, `sorted`, `str.join`, …): it takes `n` ticks from the
 * same counter the tiers decrement at back-edges and calls, so `maxSteps`
 * and `timeoutMs` also stop `sum(range(10**12))`.
 */
import { peekThreadState } from "./thread-state.js";
import { PyBaseException, MemoryError } from "./exceptions.js";
import { newTuple } from "./tuple.js";

/** The limits the object model checks (implemented by the VM's `ExecControl`). */
export interface ResourceLimits {
  /** Maximum `len()` of a str. */
  readonly maxStringLength: number;
  /** Maximum length of a list/tuple/dict/set/bytes/bytearray built in one operation. */
  readonly maxContainerLength: number;
  /** Maximum bit length of an int result of `**` and `<<` (and `int(str)`). */
  readonly maxIntBits: number;
}

/** V8's maximum string length (`buffer.constants.MAX_STRING_LENGTH` on 64-bit Node). */
export const JS_MAX_STRING_LENGTH = 536870888;
/** V8's maximum BigInt size in bits. */
export const JS_MAX_BIGINT_BITS = 2 ** 30;

/** Defaults without options: the largest sizes V8 can represent without a RangeError or heap exhaustion. */
export const DEFAULT_LIMITS: ResourceLimits = {
  maxStringLength: JS_MAX_STRING_LENGTH,
  maxContainerLength: 2 ** 27,
  maxIntBits: JS_MAX_BIGINT_BITS,
};

function limits(): ResourceLimits {
  return peekThreadState()?.control ?? DEFAULT_LIMITS;
}

/** `MemoryError(msg)`. */
export function memoryErrorWith(msg: string): PyBaseException {
  return new PyBaseException(MemoryError, newTuple([msg]));
}

/** Raise MemoryError unless a str of `n` code units is allowed. */
export function checkStringLength(n: number): void {
  const max = limits().maxStringLength;
  if (n > max) throw memoryErrorWith(`string of length ${fmt(n)} exceeds the limit of ${fmt(max)} characters`);
}

/** Raise MemoryError unless a container of `n` items (or bytes) is allowed. */
export function checkContainerLength(n: number | bigint): void {
  const max = limits().maxContainerLength;
  if (n > max) throw memoryErrorWith(`container of ${fmt(n)} items exceeds the limit of ${fmt(max)} items`);
}

/** Raise MemoryError unless an int of `bits` bits is allowed. */
export function checkIntBits(bits: number | bigint): void {
  const max = limits().maxIntBits;
  if (bits > max) throw memoryErrorWith(`integer of ${fmt(bits)} bits exceeds the limit of ${fmt(max)} bits`);
}

/**
 * Charge `n` steps of work done inside a builtin. May raise the step-limit /
 * timeout / interrupt exception. Never suspends (a builtin's JS state cannot
 * be resumed), so it is safe to call from any builtin.
 */
export function chargeSteps(n: number): void {
  const ts = peekThreadState();
  if (ts !== null && (ts.ticks -= n) < 0) ts.onTicksExhausted(false);
}

/** Charge one step (per item of a builtin's loop). */
export function chargeStep(): void {
  const ts = peekThreadState();
  if (ts !== null && --ts.ticks < 0) ts.onTicksExhausted(false);
}

function fmt(n: number | bigint): string {
  return typeof n === "bigint" || n >= 1e21 ? String(n) : Number.isInteger(n) ? String(n) : n.toFixed(0);
}
