/**
 * Suspending and resuming interpreter frames for `runAsync` (api/async.ts),
 * and the mapping of V8's resource RangeErrors to Python exceptions.
 *
 * The interpreter runs Python→Python calls without JS recursion, so while
 * every frame between the innermost one and the async root belongs to one
 * `evalFrame` activation, the whole Python stack is heap data. A suspension
 * (`Suspension`, thrown by a suspending builtin or by the time-slice check)
 * unwinds that activation's JS frame: the eval loop's catch records the
 * innermost frame with `pc` rewound to the instruction being executed — a
 * CALL (with its KW_NAMES) or a JUMP_BACKWARD, whose operands are still on
 * the value stack — and `abandonFrames` drops the frames from the thread.
 * Resuming re-enters `evalFrame(root, …, resumeAt)`, which relinks the chain
 * (`resumeChain`) and re-executes that instruction; a suspending builtin then
 * returns the awaited value instead of starting again (replay).
 *
 * Anything else on the JS stack (a builtin calling back into Python, a
 * generator's own activation, compiled code) makes suspension impossible;
 * `canSuspend` (vm/limits.ts) detects it from the frames' `isEntry` marks
 * before anything is thrown.
 */
import { BASE_OPCODE, Op } from "@pyvm/bytecode";
import { PyBaseException } from "../objects/exceptions.js";
import { memoryErrorWith } from "../objects/resource-limits.js";
import { eofError, recursionError, runtimeError } from "../objects/errors.js";
import type { Frame } from "./frame.js";
import { Suspension, canSuspend, type ResumeValue } from "./limits.js";
import type { VMThread } from "./thread.js";

/** Eval loop catch: remember where `f` stopped so it can re-execute the suspended instruction. */
export function suspendFrame(s: Suspension, f: Frame, pc: number, sp: number): void {
  if (s.frame !== null) return;
  let at = pc - 1;
  if (at > 0 && (BASE_OPCODE[(f.code.code[at - 1] as number) & 0xff] as number) === Op.KW_NAMES) at--;
  f.pc = at;
  f.sp = sp;
  s.frame = f;
}

/** `evalFrame(entry, …, resumeAt)`: relink the suspended chain above `entry`; returns the frame to run. */
export function resumeChain(ts: VMThread, entry: Frame, inner: Frame): Frame {
  let n = 0;
  for (let f: Frame | null = inner; f !== entry; f = f.back) {
    if (f === null) throw new Error("pyvm: resumed frame is not above the entry frame");
    n++;
  }
  ts.depth += n;
  ts.frame = inner;
  return inner;
}

/** Is the frame's current instruction a plain CALL (operands intact on the stack), so a builtin it calls may suspend? */
export function atPlainCall(f: Frame): boolean {
  const w = f.code.code[f.pc - 1];
  return w !== undefined && (BASE_OPCODE[w & 0xff] as number) === Op.CALL;
}

/**
 * A RangeError from V8 as the Python exception it means: stack exhaustion is
 * RecursionError; string, array, buffer and BigInt size limits are
 * MemoryError. Anything else is a VM bug (null).
 */
export function rangeErrorToPython(e: RangeError): PyBaseException | null {
  const m = e.message;
  if (/call stack/i.test(m)) return recursionError();
  if (/Invalid string length/i.test(m)) return memoryErrorWith("string too long (exceeds the JS engine's maximum string length)");
  if (/Maximum BigInt size/i.test(m)) return memoryErrorWith("integer too large (exceeds the JS engine's maximum BigInt size)");
  if (/Invalid (typed )?array length|Array buffer allocation failed|Invalid array buffer length/i.test(m)) {
    return memoryErrorWith("container too large (allocation failed)");
  }
  return null;
}

/**
 * Replay: the outcome of the awaited promise, for the first suspending call
 * after a resume (the re-executed CALL); null when not resuming.
 */
export function takeResume(ts: VMThread): ResumeValue | null {
  const a = ts.control.async;
  if (a === null || a.resume === null) return null;
  const r = a.resume;
  a.resume = null;
  return r;
}

/** Why the running program cannot wait here, or null when it can (`what` names the waiting call). */
export function suspendRefusal(ts: VMThread, what: string): string | null {
  const a = ts.control.async;
  if (a === null) return `${what} returned a Promise: run the program with vm.runAsync() to wait for it`;
  const f = ts.frame;
  if (f === null || !canSuspend(ts, a) || !atPlainCall(f)) {
    return `${what} cannot wait here: only calls made directly by Python code outside callbacks of builtins, generators, class bodies and imports can wait in vm.runAsync()`;
  }
  return null;
}

/** Wait for `p`: suspend the program (the replayed call then gets its outcome from `takeResume`). */
export function suspendOn(ts: VMThread, p: Promise<unknown>, what: string): never {
  const refusal = suspendRefusal(ts, what);
  if (refusal !== null) {
    // The promise is abandoned: keep an unhandled rejection from crashing the host.
    p.then(undefined, () => {});
    throw runtimeError(refusal);
  }
  throw new Suspension(p);
}

/** `input(prompt)` under runAsync with a per-run provider (VMThread.input delegates here). */
export function asyncInput(ts: VMThread, provider: (prompt: string) => Promise<string | null> | string | null, prompt: string): string {
  const r = takeResume(ts);
  let line: unknown;
  if (r !== null) {
    if (!r.ok) throw r.error instanceof PyBaseException ? r.error : runtimeError(`input provider failed: ${describe(r.error)}`);
    line = r.value;
  } else {
    const refusal = suspendRefusal(ts, "input()");
    if (refusal !== null) throw runtimeError(refusal);
    if (prompt !== "") {
      ts.stdout.write(prompt);
      ts.stdout.flush?.();
    }
    const v = provider(prompt);
    if (isThenable(v)) throw new Suspension(Promise.resolve(v));
    line = v;
  }
  if (line === null || line === undefined) throw eofError("EOF when reading a line");
  return String(line);
}

export function isThenable(v: unknown): v is PromiseLike<unknown> {
  return (typeof v === "object" || typeof v === "function") && v !== null && typeof (v as { then?: unknown }).then === "function";
}

function describe(e: unknown): string {
  if (e instanceof Error) return e.message;
  try {
    return String(e);
  } catch {
    return "unknown error";
  }
}
