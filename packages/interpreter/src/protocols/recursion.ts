/**
 * CPython's `Py_EnterRecursiveCall` / `Py_LeaveRecursiveCall`: protocols
 * that can re-enter Python code without pushing a Python frame of their own
 * (`repr`, `str`, …) count one level of recursion depth, shared with the
 * Python frames, so runaway recursion through them raises
 * `RecursionError: maximum recursion depth exceeded<where>` instead of
 * exhausting the JS stack.
 */

import { peekThreadState, type ThreadState } from "../objects/thread-state.js";
import { recursionError } from "../objects/errors.js";

/**
 * Count one level; `where` is CPython's suffix, e.g. " while getting the repr
 * of an object". Pair with `leaveRecursiveCall`. Without a running VM (host
 * code using the protocols directly) nothing is counted.
 */
export function enterRecursiveCall(where: string): ThreadState | null {
  const ts = peekThreadState();
  if (ts === null) return null;
  if (++ts.depth > ts.recursionLimit) {
    ts.depth--;
    throw recursionError(`maximum recursion depth exceeded${where}`);
  }
  return ts;
}

export function leaveRecursiveCall(ts: ThreadState | null): void {
  if (ts !== null) ts.depth--;
}
