/**
 * The exception carrier of the pure string, format and bytes layers.
 *
 * The algorithms in `objects/str`, `objects/format` and `objects/bytes` work on JS
 * values and must not import the object model, so they cannot build Python
 * exception objects. They throw a `StrLibError` naming the Python exception class
 * and CPython's exact message; the method tables that expose them to Python
 * (`str-type.ts`, …) convert it with the core's error factories. A `StrLibError`
 * escaping to the VM unconverted is a VM bug.
 */

/** Python exception classes the pure layers can raise. */
export type StrLibErrorKind =
  | "ValueError"
  | "TypeError"
  | "IndexError"
  | "KeyError"
  | "OverflowError"
  | "LookupError"
  | "UnicodeEncodeError"
  | "UnicodeDecodeError";

export class StrLibError {
  /**
   * @param kind Python exception class name.
   * @param message CPython's message text (for KeyError: unused, see `key`).
   * @param key For KeyError: the missing key, as the JS value the caller passed in.
   */
  constructor(
    readonly kind: StrLibErrorKind,
    readonly message: string,
    readonly key?: unknown,
  ) {}

  toString(): string {
    return `${this.kind}: ${this.message}`;
  }
}

export function valueError(message: string): StrLibError {
  return new StrLibError("ValueError", message);
}

export function typeError(message: string): StrLibError {
  return new StrLibError("TypeError", message);
}

export function overflowError(message: string): StrLibError {
  return new StrLibError("OverflowError", message);
}

export function indexError(message: string): StrLibError {
  return new StrLibError("IndexError", message);
}

export function keyError(key: unknown): StrLibError {
  return new StrLibError("KeyError", "", key);
}
