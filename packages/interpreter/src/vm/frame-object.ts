/**
 * Python-visible frame objects (`types.FrameType`): `tb_frame`,
 * `gi_frame`/`cr_frame`, `sys._getframe()`.
 *
 * The eval loop's `Frame` is an internal structure; a `PyFrameObject` is
 * created lazily the first time Python code asks for one and cached per
 * frame in a WeakMap, so frames that are never introspected cost nothing and
 * `tb.tb_frame is tb.tb_frame` holds. Attributes read the live frame:
 * `f_lineno` is the line of the instruction being executed (or the call in
 * progress); `f_locals` of a function frame is a fresh snapshot dict.
 */
import type { CodeObject } from "@pyvm/bytecode";
import { PyObject, type PyValue } from "../objects/object.js";
import { makeBuiltinType, ObjectType, TypeFlags } from "../objects/type.js";
import { defineGetSet, defineMethod } from "../objects/builtin-function.js";
import { PyCode } from "../objects/code.js";
import { None } from "../objects/singletons.js";
import { typeError } from "../objects/errors.js";
import { objectId } from "../objects/identity.js";
import { markEscaped, type Frame } from "./frame.js";
import { fastLocalsDict } from "./thread.js";
import { TracebackType, PyTraceback } from "../traceback/traceback.js";
import { GeneratorType, CoroutineType, AsyncGeneratorType, PyGenerator } from "./generator.js";

export const FrameType = makeBuiltinType("frame", ObjectType, TypeFlags.IMMUTABLE | TypeFlags.NO_INSTANCE_DICT);

export class PyFrameObject extends PyObject {
  readonly frame: Frame;
  constructor(frame: Frame) {
    super(FrameType);
    this.frame = frame;
  }
}

const frameObjects = new WeakMap<Frame, PyFrameObject>();
const codeObjects = new WeakMap<CodeObject, PyCode>();

/** The (cached) frame object for `f`. */
export function frameObject(f: Frame): PyFrameObject {
  let o = frameObjects.get(f);
  if (o === undefined) {
    markEscaped(f); // (its f_back chain is reachable too: no frame of it is recycled)
    o = new PyFrameObject(f);
    frameObjects.set(f, o);
  }
  return o;
}

/** The (cached) code object wrapper for `c`, so `frame.f_code is frame.f_code`. */
export function codeObject(c: CodeObject): PyCode {
  let o = codeObjects.get(c);
  if (o === undefined) {
    o = new PyCode(c);
    codeObjects.set(c, o);
  }
  return o;
}

function fr(self: PyValue): Frame {
  if (!(self instanceof PyFrameObject)) throw typeError("descriptor requires a 'frame' object");
  return self.frame;
}

defineGetSet(FrameType, "f_code", (self) => codeObject(fr(self).code));
defineGetSet(FrameType, "f_lineno", (self) => fr(self).lineno);
defineGetSet(FrameType, "f_lasti", (self) => Math.max(0, fr(self).pc - 1) * 2);
defineGetSet(FrameType, "f_globals", (self) => fr(self).globals);
defineGetSet(FrameType, "f_builtins", (self) => fr(self).builtins);
defineGetSet(FrameType, "f_locals", (self) => {
  const f = fr(self);
  return f.locals !== null ? f.locals : fastLocalsDict(f);
});
defineGetSet(FrameType, "f_back", (self) => {
  const b = fr(self).back;
  return b === null ? None : frameObject(b);
});
defineGetSet(FrameType, "f_trace", () => None);
defineMethod(FrameType, "clear", () => None);
defineMethod(FrameType, "__repr__", (self) => {
  const f = fr(self);
  return `<frame at 0x${objectId(self).toString(16).padStart(12, "0")}, file '${f.code.filename}', line ${f.lineno}, code ${f.code.name}>`;
});

defineGetSet(TracebackType, "tb_frame", (self) => frameObject((self as PyTraceback).frame));

function genFrame(self: PyValue): PyValue {
  const f = (self as PyGenerator).frame;
  return f === null ? None : frameObject(f);
}
function genSuspended(self: PyValue): boolean {
  const g = self as PyGenerator;
  return g.frame?.suspended === true && !g.running;
}
defineGetSet(GeneratorType, "gi_frame", genFrame);
defineGetSet(CoroutineType, "cr_frame", genFrame);
defineGetSet(CoroutineType, "cr_suspended", genSuspended);
defineGetSet(AsyncGeneratorType, "ag_frame", genFrame);
defineGetSet(GeneratorType, "gi_code", (self) => codeObject((self as PyGenerator).code));
defineGetSet(CoroutineType, "cr_code", (self) => codeObject((self as PyGenerator).code));
defineGetSet(AsyncGeneratorType, "ag_code", (self) => codeObject((self as PyGenerator).code));
