/**
 * `PythonError`: the one JS `Error` class the embedding API throws for a
 * Python exception, and the one a host throws to raise a chosen Python
 * exception from a registered JS function.
 *
 * Thrown by the VM (`vm.run`, `vm.eval`, any `PyProxy` operation) it carries
 * the exception's type name, its `str()`, the CPython-formatted traceback and
 * the exception object itself (`exception`, a `PyProxy`), so hosts can tell
 * errors apart without parsing text. Thrown by a host function
 * (`new PythonError("ValueError", "bad value")`) it surfaces in Python as that
 * builtin exception type. When a `PythonError` that came out of Python is
 * rethrown through JS back into Python, the original exception object
 * continues (its traceback grows); it is never wrapped twice.
 *
 * See docs/embedding.md ("Errors").
 */
import type { PyValue } from "../objects/object.js";
import type { PyProxy } from "./proxy.js";

/** `SystemExit` status rules (no arg/None → 0, int → it, bool → 0/1, other → 1). */
export type ExitCode = number;

/**
 * The Python exception object a VM-made PythonError carries (VM-internal: the
 * bridge re-raises the same object when the error re-enters its VM). Kept
 * off the instance so Node's error printing does not dump the object graph.
 */
const pythonExceptions = new WeakMap<PythonError, PyValue>();

/** The Python exception behind a PythonError the VM threw; null for host-made errors. */
export function pythonExceptionOf(e: PythonError): PyValue | null {
  return pythonExceptions.get(e) ?? null;
}

export class PythonError extends Error {
  override name = "PythonError";
  /** The Python exception class name, e.g. `"ValueError"` or a user class's `__name__`. */
  readonly type: string;
  /** `str(exception)` (for `KeyError('k')` that is `"'k'"`, as in the traceback's last line). */
  readonly pythonMessage: string;
  /**
   * The traceback exactly as CPython prints it (`Traceback (most recent call
   * last):` … last line), ending with a newline. Formatted when first read
   * (an error that only passes through JS code costs no formatting).
   */
  get traceback(): string {
    const t = this.#traceback;
    if (typeof t === "string") return t;
    const s = t();
    this.#traceback = s;
    return s;
  }
  #traceback: string | (() => string);
  /** For `SystemExit`: the process-style exit status it stands for; otherwise null. */
  readonly exitCode: ExitCode | null;
  /** A proxy for the exception object when the VM threw this error (null for host-made errors). */
  readonly exception: PyProxy | null;

  /**
   * Host use: `new PythonError("ValueError", "message")` raises that builtin
   * exception type in Python when thrown from a registered JS function
   * (unknown names raise `RuntimeError`).
   */
  constructor(
    type: string,
    message: string,
    details?: { qualifiedType: string; traceback: () => string; exitCode: ExitCode | null; pyException: PyValue; exception: PyProxy },
  ) {
    const head = details === undefined ? type : details.qualifiedType;
    super(message === "" ? head : `${head}: ${message}`);
    this.type = type;
    this.pythonMessage = message;
    this.#traceback = details?.traceback ?? `${this.message}\n`;
    this.exitCode = details?.exitCode ?? null;
    if (details !== undefined) pythonExceptions.set(this, details.pyException);
    this.exception = details?.exception ?? null;
  }
}
