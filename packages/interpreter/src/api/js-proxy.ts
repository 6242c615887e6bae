/**
 * `JsProxy`: how a JS object the host hands to Python (one that is not a
 * primitive, array, Map, Set, Uint8Array, plain object or function — those
 * convert, see convert.ts) looks from Python.
 *
 * Deliberately narrow, because a Python program may be hostile: attribute
 * reads see only the object's *own enumerable* properties (never the
 * prototype chain, so `constructor`, `__proto__`, `hasOwnProperty`, … are
 * AttributeErrors unless the host put such an own property there); a
 * function-valued property becomes a callable bound to the object;
 * `setattr` defines an own data property (`Object.defineProperty`, so a name
 * like `__proto__` can never reach the prototype) and `delattr` deletes an
 * own property. The type itself is a builtin, immutable and shared by all
 * VMs; each instance belongs to one VM's bridge.
 */
import type { PyValue } from "../objects/object.js";
import { PyObject } from "../objects/object.js";
import { makeBuiltinType, ObjectType, TypeFlags, type PyType } from "../objects/type.js";
import { defineMethod, defineNew } from "../objects/builtin-function.js";
import { None } from "../objects/singletons.js";
import { attributeErrorMsg, typeError } from "../objects/errors.js";
import type { Bridge } from "./convert.js";

export const JsProxyType: PyType = makeBuiltinType("JsProxy", ObjectType, TypeFlags.IMMUTABLE | TypeFlags.NO_INSTANCE_DICT, "pyvm");

export class PyJsProxy extends PyObject {
  readonly bridge: Bridge;
  readonly target: object;
  constructor(bridge: Bridge, target: object) {
    super(JsProxyType);
    this.bridge = bridge;
    this.target = target;
  }
}

function self(v: PyValue): PyJsProxy {
  if (!(v instanceof PyJsProxy)) throw typeError("descriptor requires a 'JsProxy' object");
  return v;
}

function nameArg(v: PyValue | undefined): string {
  if (typeof v !== "string") throw typeError("attribute name must be string");
  return v;
}

function guard(p: PyJsProxy, f: () => PyValue): PyValue {
  try {
    return f();
  } catch (e) {
    throw p.bridge.toPythonException(e);
  }
}

function attributeMissing(name: string): never {
  throw attributeErrorMsg(`'JsProxy' object has no attribute '${name}'`);
}

defineNew(JsProxyType, () => {
  throw typeError("cannot create 'pyvm.JsProxy' instances");
});

defineMethod(JsProxyType, "__getattr__", (o, args) => {
  const p = self(o);
  const name = nameArg(args[0]);
  // Host code may run here (getters, Proxy traps): anything it throws becomes a Python exception.
  return guard(p, () => {
    const d = Object.getOwnPropertyDescriptor(p.target, name);
    if (d === undefined || d.enumerable !== true || (!("value" in d) && d.get === undefined)) attributeMissing(name);
    const v: unknown = "value" in d ? d.value : Reflect.apply(d.get as () => unknown, p.target, []);
    if (typeof v === "function") return p.bridge.wrapFunction(v, p.target, false, name);
    return p.bridge.toPy(v);
  });
});

defineMethod(JsProxyType, "__setattr__", (o, args) => {
  const p = self(o);
  const name = nameArg(args[0]);
  const value = p.bridge.toJs(args[1] as PyValue);
  try {
    const d = Object.getOwnPropertyDescriptor(p.target, name);
    if (d !== undefined && !("value" in d)) throw new TypeError(`cannot set accessor property '${name}'`);
    Object.defineProperty(p.target, name, d === undefined ? { value, writable: true, enumerable: true, configurable: true } : { value });
  } catch (e) {
    if (e instanceof TypeError) throw typeError(e.message);
    throw p.bridge.toPythonException(e);
  }
  return None;
});

defineMethod(JsProxyType, "__delattr__", (o, args) => {
  const p = self(o);
  const name = nameArg(args[0]);
  return guard(p, () => {
    if (!Object.prototype.hasOwnProperty.call(p.target, name)) attributeMissing(name);
    if (!Reflect.deleteProperty(p.target, name)) throw typeError(`cannot delete property '${name}' of a JS object`);
    return None;
  });
});

defineMethod(JsProxyType, "__dir__", (o) => {
  const p = self(o);
  return guard(p, () => p.bridge.toPy(Object.keys(p.target)));
});

defineMethod(JsProxyType, "__repr__", (o) => {
  const p = self(o);
  let tag: string;
  try {
    tag = Object.prototype.toString.call(p.target);
  } catch {
    tag = "[object]";
  }
  return `<JsProxy ${tag}>`;
});
