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

/** The attributes of a UnicodeEncodeError/UnicodeDecodeError (`object` is the str or the bytes). */
export interface UnicodeErrorDetail {
  readonly encoding: string;
  readonly object: string | Uint8Array;
  readonly start: number;
  readonly end: number;
  readonly reason: string;
}

export class StrLibError {
  /**
   * @param kind Python exception class name.
   * @param message CPython's message text (for KeyError: unused, see `key`).
   * @param key For KeyError: the missing key, as the JS value the caller passed in.
   * @param unicode For UnicodeEncodeError/UnicodeDecodeError: the exception's attributes.
   */
  constructor(
    readonly kind: StrLibErrorKind,
    readonly message: string,
    readonly key?: unknown,
    readonly unicode?: UnicodeErrorDetail,
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
