/**
 * Python-visible behaviour of callables and descriptors:
 *
 * - `property` (https://docs.python.org/3.11/library/functions.html#property):
 *   constructor, `getter`/`setter`/`deleter` copies, `__get__`/`__set__`/
 *   `__delete__`, `__set_name__`, `fget`/`fset`/`fdel`/`__doc__`,
 *   `__isabstractmethod__`;
 * - `classmethod` / `staticmethod`: constructors, `__func__`, `__wrapped__`,
 *   `__get__`, `__isabstractmethod__`, a per-object `__dict__` (3.10+ copies
 *   `__doc__`/`__name__`… from the wrapped function);
 * - `function`: `__name__`, `__qualname__`, `__doc__`, `__module__`,
 *   `__defaults__`, `__kwdefaults__`, `__closure__`, `__code__`,
 *   `__globals__`, `__annotations__`, `__dict__`, `__get__`, repr;
 * - bound `method`: `__func__`, `__self__`, equality/hash, repr, attribute
 *   forwarding to the function;
 * - `builtin_function_or_method`, `method_descriptor`, `getset_descriptor`,
 *   `classmethod_descriptor`: names, `__self__`, `__get__`, reprs;
 * - `cell.cell_contents`, `code` attributes, `module` repr.
 */

import type { PyValue } from "./object.js";
import { PyObject } from "./object.js";
import { PyType, typeOf } from "./type.js";
import { notWritableError } from "./readonly-members.js";
import { None, NotImplemented } from "./singletons.js";
import {
  defineMethod, defineGetSet, defineNew, PyBuiltinFunction, PyMethodDescriptor, PyGetSetDescriptor,
  PyClassMethod, PyStaticMethod, BuiltinFunctionType, MethodDescriptorType, GetSetDescriptorType, MemberDescriptorType, WrapperDescriptorType,
  ClassMethodType, StaticMethodType, ClassMethodDescriptorType, MethodWrapperType,
} from "./builtin-function.js";
import { PyProperty, PropertyType } from "./property.js";
import { PyFunction, PyBoundMethod, FunctionType, MethodType } from "./function.js";
import { PyCell, CellType } from "./cell.js";
import { PyCode, CodeType } from "./code.js";
import { PyModule, ModuleType } from "./module.js";
import { PyDict } from "./dict.js";
import { PyTuple, newTuple } from "./tuple.js";
import { typeError, valueError, typeName, attributeErrorMsg, attributeError } from "./errors.js";
import { objectId } from "./identity.js";
import { strValue } from "./str-support.js";
import { parseArgs } from "./args.js";
import { descrGet, getAttr, getAttrOrUndefined, genericGetAttr, toDictMode } from "../protocols/attribute.js";
import { callObject } from "../protocols/call.js";
import { repr } from "../protocols/repr.js";
import { hash, objectHash } from "../protocols/hash.js";
import { isTrue } from "../protocols/truth.js";
import { eq } from "../protocols/compare.js";
import { hashTuple } from "../protocols/hash.js";

const addr = (v: PyValue): string => "0x" + objectId(v).toString(16).padStart(12, "0");

// ---- property --------------------------------------------------------------------------

function prop(v: PyValue): PyProperty {
  if (!(v instanceof PyProperty)) throw typeError(`descriptor requires a 'property' object but received '${typeName(v)}'`);
  return v;
}

defineNew(PropertyType, (args) => new PyProperty(None, None, None, None, args[0] as PyType));
defineMethod(PropertyType, "__init__", (self, args, kwnames) => {
  const p = prop(self);
  const [fget, fset, fdel, doc] = parseArgs("property", args, kwnames, ["fget", "fset", "fdel", "doc"], 0);
  p.fget = fget ?? None;
  p.fset = fset ?? None;
  p.fdel = fdel ?? None;
  let d = doc ?? None;
  if (d === None && p.fget !== None) {
    const gd = getAttrOrUndefined(p.fget, "__doc__");
    if (gd !== undefined) d = gd;
  }
  p.doc = d;
  // A property subclass stores the doc in its instance dict, as CPython does.
  if (p.cls !== PropertyType && d !== None) toDictMode(p).setStr("__doc__", d);
  return None;
});
function propertyCopy(p: PyProperty, fget: PyValue, fset: PyValue, fdel: PyValue): PyValue {
  const t = p.cls;
  // CPython keeps the old doc unless it came from the old getter.
  let doc: PyValue = p.doc;
  if (p.fget !== None && fget !== p.fget) {
    const old = getAttrOrUndefined(p.fget, "__doc__");
    if (old !== undefined && old === doc) doc = None;
  }
  const np = callObject(t, [fget, fset, fdel, doc], null);
  if (np instanceof PyProperty) np.name = p.name;
  return np;
}
defineMethod(PropertyType, "getter", (self, args) => {
  const p = prop(self);
  return propertyCopy(p, args[0] as PyValue, p.fset, p.fdel);
});
defineMethod(PropertyType, "setter", (self, args) => {
  const p = prop(self);
  return propertyCopy(p, p.fget, args[0] as PyValue, p.fdel);
});
defineMethod(PropertyType, "deleter", (self, args) => {
  const p = prop(self);
  return propertyCopy(p, p.fget, p.fset, args[0] as PyValue);
});
defineMethod(PropertyType, "__get__", (self, args) => {
  const obj = args[0] ?? None;
  const p = prop(self);
  if (obj === None) return p;
  return descrGet(p, obj, typeOf(obj));
});
defineMethod(PropertyType, "__set__", (self, args) => {
  const p = prop(self);
  const obj = args[0] as PyValue;
  if (p.fset === None) throw propertyMissing(p, obj, "setter");
  callObject(p.fset, [obj, args[1] as PyValue], null);
  return None;
});
defineMethod(PropertyType, "__delete__", (self, args) => {
  const p = prop(self);
  const obj = args[0] as PyValue;
  if (p.fdel === None) throw propertyMissing(p, obj, "deleter");
  callObject(p.fdel, [obj], null);
  return None;
});
function propertyMissing(p: PyProperty, obj: PyValue, what: string): PyValue {
  const name = typeof p.name === "string" ? ` '${p.name}'` : "";
  return attributeErrorMsg(`property${name} of '${typeName(obj)}' object has no ${what}`);
}
defineMethod(PropertyType, "__set_name__", (self, args) => {
  prop(self).name = args[1] ?? None;
  return None;
});
defineGetSet(PropertyType, "fget", (self) => prop(self).fget);
defineGetSet(PropertyType, "fset", (self) => prop(self).fset);
defineGetSet(PropertyType, "fdel", (self) => prop(self).fdel);
defineGetSet(PropertyType, "__doc__", (self) => {
  const p = prop(self);
  const d = p.dict?.getStr("__doc__");
  return d ?? p.doc;
}, (self, v) => {
  prop(self).doc = v ?? None;
});
defineGetSet(PropertyType, "__isabstractmethod__", (self) => {
  const p = prop(self);
  for (const f of [p.fget, p.fset, p.fdel]) {
    const a = f === None ? undefined : getAttrOrUndefined(f, "__isabstractmethod__");
    if (a !== undefined && isTrue(a)) return true;
  }
  return false;
});

// ---- classmethod / staticmethod -----------------------------------------------------------

function wrapperDict(w: PyObject, func: PyValue): void {
  // 3.10+: classmethod/staticmethod copy the wrapped function's metadata (functools.update_wrapper-like).
  if (!(func instanceof PyFunction)) return;
  const d = toDictMode(w);
  d.setStr("__module__", func.module);
  d.setStr("__name__", func.name);
  d.setStr("__qualname__", func.qualname);
  d.setStr("__doc__", func.doc);
  d.setStr("__wrapped__", func);
}
defineNew(ClassMethodType, (args) => new PyClassMethod(None, args[0] as PyType));
defineNew(StaticMethodType, (args) => new PyStaticMethod(None, args[0] as PyType));
defineMethod(ClassMethodType, "__init__", (self, args, kw) => {
  if (kw !== null && kw.length > 0) throw typeError("classmethod() takes no keyword arguments");
  if (args.length !== 1) throw typeError(`classmethod expected 1 argument, got ${args.length}`);
  const c = self as PyClassMethod;
  c.func = args[0] as PyValue;
  wrapperDict(c, c.func);
  return None;
});
defineMethod(StaticMethodType, "__init__", (self, args, kw) => {
  if (kw !== null && kw.length > 0) throw typeError("staticmethod() takes no keyword arguments");
  if (args.length !== 1) throw typeError(`staticmethod expected 1 argument, got ${args.length}`);
  const s = self as PyStaticMethod;
  s.func = args[0] as PyValue;
  wrapperDict(s, s.func);
  return None;
});
for (const T of [ClassMethodType, StaticMethodType]) {
  const isCm = T === ClassMethodType;
  const fnOf = (self: PyValue): PyValue => {
    if (isCm ? !(self instanceof PyClassMethod) : !(self instanceof PyStaticMethod)) {
      throw typeError(`descriptor requires a '${T.name}' object but received '${typeName(self)}'`);
    }
    return (self as PyClassMethod | PyStaticMethod).func;
  };
  defineGetSet(T, "__func__", fnOf);
  defineGetSet(T, "__isabstractmethod__", (self) => {
    const a = getAttrOrUndefined(fnOf(self), "__isabstractmethod__");
    return a !== undefined && isTrue(a);
  });
  defineMethod(T, "__get__", (self, args) => {
    const obj = args[0] ?? None;
    let owner = args[1];
    if (owner === undefined || owner === None) owner = typeOf(obj);
    return descrGet(self, obj, owner as PyType);
  });
  defineMethod(T, "__repr__", (self) => `<${T.name}(${repr(fnOf(self))})>`);
  defineGetSet(T, "__dict__", (self) => toDictMode(self as PyObject));
}
defineMethod(StaticMethodType, "__call__", (self, args, kw) => callObject((self as PyStaticMethod).func, args, kw));

// ---- function ----------------------------------------------------------------------------

function fn(v: PyValue): PyFunction {
  if (!(v instanceof PyFunction)) throw typeError(`descriptor requires a 'function' object but received '${typeName(v)}'`);
  return v;
}
function needStr(v: PyValue | undefined, what: string): string {
  const s = v === undefined ? undefined : strValue(v);
  if (s === undefined) throw typeError(`${what} must be set to a string object`);
  return s;
}
defineMethod(FunctionType, "__repr__", (self) => `<function ${fn(self).qualname} at ${addr(self)}>`);
defineMethod(FunctionType, "__get__", (self, args) => {
  const obj = args[0] ?? None;
  return obj === None ? self : new PyBoundMethod(self, obj);
});
defineGetSet(FunctionType, "__name__", (self) => fn(self).name, (self, v) => {
  fn(self).name = needStr(v, "__name__");
});
defineGetSet(FunctionType, "__qualname__", (self) => fn(self).qualname, (self, v) => {
  fn(self).qualname = needStr(v, "__qualname__");
});
defineGetSet(FunctionType, "__doc__", (self) => fn(self).doc, (self, v) => {
  fn(self).doc = v ?? None;
});
defineGetSet(FunctionType, "__module__", (self) => fn(self).module, (self, v) => {
  fn(self).module = v ?? None;
});
defineGetSet(FunctionType, "__defaults__", (self) => {
  const d = fn(self).defaults;
  return d === null || d.length === 0 ? None : newTuple(d);
}, (self, v) => {
  if (v === undefined || v === None) fn(self).defaults = null;
  else if (v instanceof PyTuple) fn(self).defaults = v.items.slice();
  else throw typeError("__defaults__ must be set to a tuple object");
});
defineGetSet(FunctionType, "__kwdefaults__", (self) => fn(self).kwdefaults ?? None, (self, v) => {
  if (v === undefined || v === None) fn(self).kwdefaults = null;
  else if (v instanceof PyDict) fn(self).kwdefaults = v;
  else throw typeError("__kwdefaults__ must be set to a dict object");
});
defineGetSet(FunctionType, "__closure__", (self) => {
  const c = fn(self).closure;
  return c === null || c.length === 0 ? None : newTuple(c);
});
defineGetSet(FunctionType, "__code__", (self) => new PyCode(fn(self).code), (self, v) => {
  if (!(v instanceof PyCode)) throw typeError("__code__ must be set to a code object");
  fn(self).code = v.code;
});
defineGetSet(FunctionType, "__globals__", (self) => fn(self).globals);
defineGetSet(FunctionType, "__builtins__", (self) => fn(self).builtins);
defineGetSet(FunctionType, "__annotations__", (self) => {
  const f = fn(self);
  if (f.annotations === null) f.annotations = new PyDict();
  return f.annotations;
}, (self, v) => {
  if (v === undefined || v === None) fn(self).annotations = null;
  else if (v instanceof PyDict) fn(self).annotations = v;
  else throw typeError("__annotations__ must be set to a dict object");
});
defineGetSet(FunctionType, "__dict__", (self) => toDictMode(fn(self)), (self, v) => {
  if (!(v instanceof PyDict)) throw typeError("__dict__ must be set to a dictionary, not a '" + typeName(v ?? None) + "'");
  fn(self).dict = v;
});

// ---- bound method ---------------------------------------------------------------------------

function meth(v: PyValue): PyBoundMethod {
  if (!(v instanceof PyBoundMethod)) throw typeError(`descriptor requires a 'method' object but received '${typeName(v)}'`);
  return v;
}
defineNew(MethodType, (args, kw) => {
  if (kw !== null && kw.length > 0) throw typeError("method() takes no keyword arguments");
  if (args.length !== 3) throw typeError(`method expected 2 arguments, got ${args.length - 1}`);
  const f = args[1] as PyValue;
  if (!isCallableValue(f)) throw typeError("first argument must be callable");
  if (args[2] === None) throw typeError("instance must not be None");
  return new PyBoundMethod(f, args[2] as PyValue);
});
function isCallableValue(v: PyValue): boolean {
  return v instanceof PyFunction || v instanceof PyBuiltinFunction || v instanceof PyType || typeOf(v).lookup("__call__") !== undefined;
}
defineGetSet(MethodType, "__func__", (self) => meth(self).func);
defineGetSet(MethodType, "__self__", (self) => meth(self).self);
defineGetSet(MethodType, "__doc__", (self) => getAttrOrUndefined(meth(self).func, "__doc__") ?? None);
defineMethod(MethodType, "__getattribute__", (self, args) => {
  const name = needStr(args[0], "attribute name");
  const r = genericGetAttr(self, MethodType, name);
  if (r !== undefined) return r;
  const fr = getAttrOrUndefined(meth(self).func, name);
  if (fr !== undefined) return fr;
  throw attributeError(self, name);
});
defineMethod(MethodType, "__repr__", (self) => {
  const m = meth(self);
  const f = m.func;
  const name = getAttrOrUndefined(f, "__qualname__") ?? getAttrOrUndefined(f, "__name__");
  const n = name === undefined ? "?" : strValue(name) ?? "?";
  return `<bound method ${n} of ${repr(m.self)}>`;
});
defineMethod(MethodType, "__eq__", (self, args) => {
  const o = args[0];
  if (!(o instanceof PyBoundMethod)) return NotImplemented;
  const m = meth(self);
  return m.self === o.self && eq(m.func, o.func);
});
defineMethod(MethodType, "__ne__", (self, args) => {
  const o = args[0];
  if (!(o instanceof PyBoundMethod)) return NotImplemented;
  const m = meth(self);
  return !(m.self === o.self && eq(m.func, o.func));
});
defineMethod(MethodType, "__hash__", (self) => {
  const m = meth(self);
  return hashTuple([objectHash(m.self), hash(m.func)]);
});
defineMethod(MethodType, "__get__", (self) => self);
defineMethod(MethodType, "__call__", (self, args, kw) => {
  const m = meth(self);
  return callObject(m.func, [m.self, ...args], kw);
});

// ---- builtin callables and descriptors -------------------------------------------------------

function bfn(v: PyValue): PyBuiltinFunction {
  if (!(v instanceof PyBuiltinFunction)) throw typeError(`descriptor requires a 'builtin_function_or_method' object but received '${typeName(v)}'`);
  return v;
}
defineGetSet(BuiltinFunctionType, "__name__", (self) => bfn(self).name);
defineGetSet(BuiltinFunctionType, "__qualname__", (self) => bfn(self).qualname);
defineGetSet(BuiltinFunctionType, "__doc__", (self) => bfn(self).doc ?? None);
defineGetSet(BuiltinFunctionType, "__self__", (self) => {
  const s = bfn(self).self;
  return s;
});
defineGetSet(BuiltinFunctionType, "__module__", (self) => {
  const s = bfn(self).self;
  if (s instanceof PyModule) return s.name;
  return s === None ? "builtins" : None;
});
defineGetSet(BuiltinFunctionType, "__text_signature__", () => None);
defineMethod(BuiltinFunctionType, "__repr__", (self) => {
  const f = bfn(self);
  const s = f.self;
  if (s === None || s instanceof PyModule || s instanceof PyType) return `<built-in function ${f.name}>`;
  return `<built-in method ${f.name} of ${typeName(s)} object at ${addr(s)}>`;
});
defineMethod(MethodWrapperType, "__repr__", (self) => {
  const f = bfn(self);
  return `<method-wrapper '${f.name}' of ${typeName(f.self)} object at ${addr(f.self)}>`;
});
defineMethod(BuiltinFunctionType, "__eq__", (self, args) => {
  const o = args[0];
  if (!(o instanceof PyBuiltinFunction)) return NotImplemented;
  const a = bfn(self);
  return a === o || (a.name === o.name && a.self === o.self && a.self !== None && a.qualname === o.qualname);
});
defineMethod(BuiltinFunctionType, "__hash__", (self) => objectHash(self));
defineMethod(BuiltinFunctionType, "__call__", (self, args, kw) => bfn(self).fn(args, kw));

function mdescr(v: PyValue): PyMethodDescriptor {
  if (!(v instanceof PyMethodDescriptor)) throw typeError(`descriptor requires a 'method_descriptor' object but received '${typeName(v)}'`);
  return v;
}
defineGetSet(MethodDescriptorType, "__name__", (self) => mdescr(self).name);
defineGetSet(MethodDescriptorType, "__qualname__", (self) => `${mdescr(self).objclass.name}.${mdescr(self).name}`);
defineGetSet(MethodDescriptorType, "__objclass__", (self) => mdescr(self).objclass);
defineGetSet(MethodDescriptorType, "__doc__", (self) => mdescr(self).doc ?? None);
defineMethod(MethodDescriptorType, "__repr__", (self) => {
  const d = mdescr(self);
  return `<method '${d.name}' of '${d.objclass.name}' objects>`;
});
defineMethod(WrapperDescriptorType, "__repr__", (self) => {
  const d = mdescr(self);
  return `<slot wrapper '${d.name}' of '${d.objclass.name}' objects>`;
});
defineMethod(MethodDescriptorType, "__get__", (self, args) => {
  const obj = args[0] ?? None;
  const d = mdescr(self);
  if (obj === None) return d;
  if (!typeOf(obj).isSubtypeOf(d.objclass)) {
    throw typeError(`descriptor '${d.name}' for '${d.objclass.name}' objects doesn't apply to a '${typeName(obj)}' object`);
  }
  return descrGet(d, obj, typeOf(obj));
});
defineMethod(MethodDescriptorType, "__call__", (self, args, kw) => callObject(mdescr(self), args, kw));

function gsdescr(v: PyValue): PyGetSetDescriptor {
  if (!(v instanceof PyGetSetDescriptor)) throw typeError(`descriptor requires a 'getset_descriptor' object but received '${typeName(v)}'`);
  return v;
}
defineGetSet(GetSetDescriptorType, "__name__", (self) => gsdescr(self).name);
defineGetSet(GetSetDescriptorType, "__qualname__", (self) => `${gsdescr(self).objclass.name}.${gsdescr(self).name}`);
defineGetSet(GetSetDescriptorType, "__objclass__", (self) => gsdescr(self).objclass);
defineGetSet(GetSetDescriptorType, "__doc__", () => None);
defineMethod(GetSetDescriptorType, "__repr__", (self) => {
  const d = gsdescr(self);
  const kind = d.cls === MemberDescriptorType ? "member" : "attribute";
  return `<${kind} '${d.name}' of '${d.objclass.name}' objects>`;
});
defineMethod(GetSetDescriptorType, "__get__", (self, args) => {
  const obj = args[0] ?? None;
  const d = gsdescr(self);
  if (obj === None) return d;
  return d.get(obj);
});
defineMethod(GetSetDescriptorType, "__set__", (self, args) => {
  const d = gsdescr(self);
  if (d.set === null) throw notWritableError(d.objclass, d.name);
  d.set(args[0] as PyValue, args[1] as PyValue);
  return None;
});
defineMethod(GetSetDescriptorType, "__delete__", (self, args) => {
  const d = gsdescr(self);
  if (d.set === null) throw notWritableError(d.objclass, d.name);
  d.set(args[0] as PyValue, undefined);
  return None;
});
defineMethod(ClassMethodDescriptorType, "__repr__", (self) => {
  const f = (self as PyClassMethod).func;
  if (f instanceof PyMethodDescriptor) return `<method '${f.name}' of '${f.objclass.name}' objects>`;
  return `<classmethod_descriptor>`;
});
defineMethod(ClassMethodDescriptorType, "__get__", (self, args) => {
  const obj = args[0] ?? None;
  let owner = args[1];
  if (owner === undefined || owner === None) owner = typeOf(obj);
  return descrGet(self, obj, owner as PyType);
});

// ---- cell, code, module -----------------------------------------------------------------------

defineGetSet(CellType, "cell_contents", (self) => {
  const c = self as PyCell;
  if (c.ref === undefined) throw valueError("Cell is empty");
  return c.ref;
}, (self, v) => {
  (self as PyCell).ref = v;
});
defineMethod(CellType, "__repr__", (self) => {
  const c = self as PyCell;
  if (c.ref === undefined) return `<cell at ${addr(self)}: empty>`;
  return `<cell at ${addr(self)}: ${typeName(c.ref)} object at ${addr(c.ref)}>`;
});
defineMethod(CellType, "__eq__", (self, args) => {
  const o = args[0];
  if (!(o instanceof PyCell)) return NotImplemented;
  const a = (self as PyCell).ref, b = o.ref;
  if (a === undefined || b === undefined) return a === b;
  return eq(a, b);
});

function code(v: PyValue): PyCode {
  if (!(v instanceof PyCode)) throw typeError(`descriptor requires a 'code' object but received '${typeName(v)}'`);
  return v;
}
defineGetSet(CodeType, "co_name", (self) => code(self).code.name);
defineGetSet(CodeType, "co_qualname", (self) => code(self).code.qualname);
defineGetSet(CodeType, "co_filename", (self) => code(self).code.filename);
defineGetSet(CodeType, "co_firstlineno", (self) => code(self).code.firstlineno);
defineGetSet(CodeType, "co_argcount", (self) => code(self).code.argcount);
defineGetSet(CodeType, "co_posonlyargcount", (self) => code(self).code.posonlyargcount);
defineGetSet(CodeType, "co_kwonlyargcount", (self) => code(self).code.kwonlyargcount);
defineGetSet(CodeType, "co_flags", (self) => code(self).code.flags);
defineGetSet(CodeType, "co_stacksize", (self) => code(self).code.stacksize);
defineGetSet(CodeType, "co_nlocals", (self) => code(self).code.nlocals);
defineGetSet(CodeType, "co_names", (self) => newTuple(code(self).code.names.slice()));
function namesWithKind(c: PyCode, flag: number): PyValue {
  const k = c.code.localsplusKinds, n = c.code.localsplusNames;
  const out: string[] = [];
  for (let i = 0; i < n.length; i++) if (((k[i] ?? 0) & flag) !== 0) out.push(n[i] as string);
  return newTuple(out);
}
defineGetSet(CodeType, "co_varnames", (self) => namesWithKind(code(self), 0x20));
defineGetSet(CodeType, "co_cellvars", (self) => namesWithKind(code(self), 0x40));
defineGetSet(CodeType, "co_freevars", (self) => namesWithKind(code(self), 0x80));
defineMethod(CodeType, "__repr__", (self) => {
  const c = code(self).code;
  return `<code object ${c.name} at ${addr(self)}, file "${c.filename}", line ${c.firstlineno}>`;
});

defineMethod(ModuleType, "__repr__", (self) => {
  const m = self as PyModule;
  const file = m.dict.getStr("__file__");
  const name = m.dict.getStr("__name__") ?? m.name;
  const ns = strValue(name) ?? "?";
  if (file !== undefined && strValue(file) !== undefined) return `<module '${ns}' from '${strValue(file)}'>`;
  return `<module '${ns}' (built-in)>`;
});
// `types.ModuleType(name, doc=None)` (added by the VM engineer for `type(sys)("name")`).
defineNew(ModuleType, (args) => {
  const cls = args[0] as PyType;
  const name = args[1];
  return new PyModule(strValue(name ?? None) ?? "?", new PyDict(), cls);
});
defineGetSet(ModuleType, "__dict__", (self) => (self as PyModule).dict);
defineMethod(ModuleType, "__init__", (self, args) => {
  const name = args[0];
  if (name === undefined || strValue(name) === undefined) {
    throw typeError(`module.__init__() argument 'name' must be str, not ${name === undefined ? "nothing" : typeName(name)}`);
  }
  const d = (self as PyModule).dict;
  d.setStr("__name__", name);
  d.setStr("__doc__", args[1] ?? None);
  d.setStr("__package__", None);
  d.setStr("__loader__", None);
  d.setStr("__spec__", None);
  return None;
});
defineMethod(ModuleType, "__dir__", (self) => {
  const d = getAttr(self, "__dict__");
  return callObject(getAttr(d, "keys"), [], null);
});
