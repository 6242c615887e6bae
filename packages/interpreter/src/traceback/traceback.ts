/**
 * Traceback objects (`types.TracebackType`): a linked list from the
 * outermost frame an exception passed through to the one that raised it,
 * like CPython's `tb_next` chain. The eval loop calls `addTraceback` when an
 * exception is raised in a frame and again in each caller it propagates to,
 * so each new entry goes in front of the existing chain.
 */
import type { CodeObject } from "@pyvm/bytecode";
import { PyObject, type PyValue } from "../objects/object.js";
import { makeBuiltinType, ObjectType, TypeFlags, type PyType } from "../objects/type.js";
import { Shape } from "../objects/shape.js";
import type { PyDict } from "../objects/dict.js";
import { defineGetSet } from "../objects/builtin-function.js";
import { None } from "../objects/singletons.js";
import type { PyBaseException } from "../objects/exceptions.js";
import type { Frame } from "../vm/frame.js";

export const TracebackType = makeBuiltinType("traceback", ObjectType, TypeFlags.IMMUTABLE | TypeFlags.NO_INSTANCE_DICT);

/** Not `extends PyObject`, for the same reason as `PyBaseException` (one is made per frame an exception passes). */
export interface PyTraceback extends PyObject {}
export class PyTraceback {
  declare cls: PyType;
  declare shape: Shape;
  declare slots: PyValue[] | null;
  declare dict: PyDict | null;
  readonly code: CodeObject;
  /** Instruction index of the failing instruction (or the call in progress). */
  readonly lasti: number;
  readonly next: PyValue;
  /** The frame, kept for `tb_frame`-style introspection (locals, globals). */
  readonly frame: Frame;

  constructor(frame: Frame, lasti: number, next: PyValue) {
    this.cls = TracebackType;
    this.shape = Shape.EMPTY;
    this.slots = null;
    this.dict = null;
    this.frame = frame;
    this.code = frame.code;
    this.lasti = lasti;
    this.next = next;
  }

  get lineno(): number {
    return this.code.lineOf(this.lasti);
  }
}
Object.setPrototypeOf(PyTraceback.prototype, PyObject.prototype);
Object.setPrototypeOf(PyTraceback, PyObject);

defineGetSet(TracebackType, "tb_next", (self) => (self as PyTraceback).next);
defineGetSet(TracebackType, "tb_lineno", (self) => (self as PyTraceback).lineno);
defineGetSet(TracebackType, "tb_lasti", (self) => (self as PyTraceback).lasti * 2);

/** Prepend an entry for `frame` at instruction `lasti` to `exc.__traceback__`. */
export function addTraceback(exc: PyBaseException, frame: Frame, lasti: number): void {
  exc.traceback = new PyTraceback(frame, lasti < 0 ? 0 : lasti, exc.traceback);
}

/** The entries of a traceback chain, outermost first. */
export function tracebackEntries(tb: PyValue): PyTraceback[] {
  const out: PyTraceback[] = [];
  let t = tb;
  while (t instanceof PyTraceback) {
    out.push(t);
    t = t.next;
  }
  return out;
}

export { None as NoTraceback };
