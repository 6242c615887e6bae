/**
 * Python-visible behaviour of the builtin exceptions: `__new__`/`__init__`
 * (args), `__str__`/`__repr__`, the `__traceback__`/`__cause__`/
 * `__context__`/`__suppress_context__` attributes, `with_traceback`,
 * `add_note`, and the extra fields of StopIteration, SystemExit, OSError,
 * ImportError, AttributeError, NameError, SyntaxError, Unicode*Error and
 * BaseExceptionGroup.
 */

import type { PyValue } from "./object.js";
import { PyType, typeOf } from "./type.js";
import { None } from "./singletons.js";
import { defineMethod, defineNew, defineGetSet } from "./builtin-function.js";
import * as E from "./exceptions.js";
import { PyBaseException } from "./exceptions.js";
import { PyTuple, newTuple } from "./tuple.js";
import { PyList } from "./list.js";
import { typeError, valueError, attributeErrorContext, nameErrorContext, typeName } from "./errors.js";
import { splitKwargs } from "./args.js";
import { instanceGet, instanceSet } from "../protocols/attribute.js";
import { repr, str } from "../protocols/repr.js";
import { strValue } from "./str-support.js";
import { asArray } from "../protocols/iter.js";
import { isTrue } from "../protocols/truth.js";
import { callObject, isCallable } from "../protocols/call.js";
import { getAttr } from "../protocols/attribute.js";

function exc(self: PyValue): PyBaseException {
  if (!(self instanceof PyBaseException)) throw typeError(`descriptor requires a 'BaseException' object but received '${typeName(self)}'`);
  return self;
}

defineNew(E.BaseException, (args) => {
  const cls = args[0];
  if (!(cls instanceof PyType) || !cls.isSubtypeOf(E.BaseException)) {
    throw typeError(`BaseException.__new__(X): X is not a subtype of BaseException`);
  }
  const e = new PyBaseException(cls, newTuple(args.slice(1)));
  return e;
});

/** Positional args only; builtin exceptions reject keywords. */
function positional(t: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue[] {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${t.name}() takes no keyword arguments`);
  return args;
}

defineMethod(E.BaseException, "__init__", (self, args, kwnames) => {
  const e = exc(self);
  e.args = newTuple(positional(e.cls, args, kwnames));
  return None;
});

/** `str(exc)` for plain exceptions. */
export function baseExceptionStr(e: PyBaseException): string {
  const a = e.args.items;
  if (a.length === 0) return "";
  if (a.length === 1) return str(a[0] as PyValue);
  return str(e.args);
}

defineMethod(E.BaseException, "__str__", (self) => baseExceptionStr(exc(self)));
defineMethod(E.BaseException, "__repr__", (self) => {
  const e = exc(self);
  const a = e.args.items;
  const name = typeOf(e).name;
  if (a.length === 1) return `${name}(${repr(a[0] as PyValue)})`;
  return `${name}${repr(e.args)}`;
});
defineGetSet(E.BaseException, "args", (self) => exc(self).args, (self, v) => {
  if (v === undefined) throw typeError("args may not be deleted");
  exc(self).args = newTuple(asArray(v));
});
/** A traceback object or None (by type name: the traceback module depends on this one). */
function tracebackOrNone(v: PyValue): PyValue {
  if (v !== None && typeOf(v).name !== "traceback") throw typeError("__traceback__ must be a traceback or None");
  return v;
}
defineGetSet(E.BaseException, "__traceback__", (self) => exc(self).traceback, (self, v) => {
  if (v === undefined) throw typeError("__traceback__ may not be deleted");
  exc(self).traceback = tracebackOrNone(v);
});
defineGetSet(E.BaseException, "__cause__", (self) => exc(self).cause, (self, v) => {
  const e = exc(self);
  if (v !== undefined && v !== None && !(v instanceof PyBaseException)) {
    throw typeError("exception cause must be None or derive from BaseException");
  }
  e.cause = v ?? None;
  e.suppressContext = true;
});
defineGetSet(E.BaseException, "__context__", (self) => exc(self).context, (self, v) => {
  if (v !== undefined && v !== None && !(v instanceof PyBaseException)) {
    throw typeError("exception context must be None or derive from BaseException");
  }
  exc(self).context = v ?? None;
});
defineGetSet(E.BaseException, "__suppress_context__", (self) => exc(self).suppressContext, (self, v) => {
  exc(self).suppressContext = v !== undefined && isTrue(v);
});
defineMethod(E.BaseException, "with_traceback", (self, args) => {
  exc(self).traceback = tracebackOrNone(args[0] ?? None);
  return self;
});
defineMethod(E.BaseException, "add_note", (self, args) => {
  const e = exc(self);
  const note = args[0];
  if (note === undefined || strValue(note) === undefined) {
    throw typeError(`note must be a str, not '${typeName(note ?? None)}'`);
  }
  let notes = instanceGet(e, "__notes__");
  if (notes === undefined) {
    notes = new PyList([]);
    instanceSet(e, "__notes__", notes);
  }
  if (!(notes instanceof PyList)) throw typeError("Cannot add note: __notes__ is not a list");
  notes.items.push(note);
  e.notes = notes;
  return None;
});

/** Define an `__init__` that also stores named fields from the args. */
function fieldsInit(t: PyType, fill: (e: PyBaseException, args: PyValue[], kw: Map<string, PyValue>) => void, allowKw: readonly string[] = []): void {
  defineMethod(t, "__init__", (self, args, kwnames) => {
    const e = exc(self);
    const { pos, kw } = splitKwargs(args, kwnames);
    for (const k of kw.keys()) {
      if (!allowKw.includes(k)) throw typeError(`${t.name}() got an unexpected keyword argument '${k}'`);
    }
    e.args = newTuple(pos);
    fill(e, pos, kw);
    return None;
  });
}

fieldsInit(E.StopAsyncIteration, (e, a) => instanceSet(e, "value", a[0] ?? None));
fieldsInit(
  E.ImportError,
  (e, a, kw) => {
    instanceSet(e, "msg", a.length === 1 ? (a[0] as PyValue) : None);
    instanceSet(e, "name", kw.get("name") ?? None);
    instanceSet(e, "path", kw.get("path") ?? None);
  },
  ["name", "path"],
);
defineMethod(E.ImportError, "__str__", (self) => {
  const e = exc(self);
  const msg = instanceGet(e, "msg");
  if (msg !== undefined && msg !== None) return str(msg);
  return baseExceptionStr(e);
});
fieldsInit(E.AttributeError, (e, _a, kw) => {
  instanceSet(e, "__field_name", kw.get("name") ?? None);
  instanceSet(e, "__field_obj", kw.get("obj") ?? None);
}, ["name", "obj"]);
fieldsInit(E.NameError, (e, _a, kw) => instanceSet(e, "__field_name", kw.get("name") ?? None), ["name"]);

export function attributeErrorField(e: PyBaseException, field: "name" | "obj"): PyValue {
  const ctx = attributeErrorContext.get(e);
  if (ctx === undefined) return None;
  return field === "name" ? ctx.name : ctx.obj;
}
export function nameErrorName(e: PyBaseException): PyValue {
  return nameErrorContext.get(e) ?? None;
}

function fieldGetSet(t: PyType, name: string, get: (e: PyBaseException) => PyValue): void {
  const key = "__field_" + name;
  defineGetSet(t, name, (self) => {
    const e = exc(self);
    const own = instanceGet(e, key);
    return own !== undefined ? own : get(e);
  }, (self, v) => {
    instanceSet(exc(self), key, v ?? None);
  });
}
fieldGetSet(E.AttributeError, "name", (e) => attributeErrorField(e, "name"));
fieldGetSet(E.AttributeError, "obj", (e) => attributeErrorField(e, "obj"));
fieldGetSet(E.NameError, "name", (e) => nameErrorName(e));
fieldGetSet(E.StopIteration, "value", (e) => e.args.items[0] ?? None);
fieldGetSet(E.SystemExit, "code", (e) => (e.args.items.length === 0 ? None : e.args.items.length === 1 ? (e.args.items[0] as PyValue) : e.args));

const OS_ERRNO: Record<number, PyType> = {
  11: E.BlockingIOError, 10: E.ChildProcessError, 32: E.BrokenPipeError, 103: E.ConnectionAbortedError,
  111: E.ConnectionRefusedError, 104: E.ConnectionResetError, 17: E.FileExistsError, 2: E.FileNotFoundError,
  4: E.InterruptedError, 21: E.IsADirectoryError, 20: E.NotADirectoryError, 1: E.PermissionError, 13: E.PermissionError,
  3: E.ProcessLookupError, 110: E.TimeoutError,
};
defineNew(E.OSError, (args) => {
  let cls = args[0] as PyType;
  const rest = args.slice(1);
  if (cls === E.OSError && rest.length >= 2 && typeof rest[0] === "number") {
    const sub = OS_ERRNO[rest[0]];
    if (sub !== undefined) cls = sub;
  }
  return new PyBaseException(cls, newTuple(rest));
});
fieldsInit(E.OSError, (e, a) => {
  if (a.length >= 2 && a.length <= 5) {
    instanceSet(e, "errno", a[0] as PyValue);
    instanceSet(e, "strerror", a[1] as PyValue);
    instanceSet(e, "filename", a[2] ?? None);
    instanceSet(e, "filename2", a[4] ?? None);
    if (a.length >= 3) e.args = newTuple(a.slice(0, 2));
  } else {
    instanceSet(e, "errno", None);
    instanceSet(e, "strerror", None);
    instanceSet(e, "filename", None);
    instanceSet(e, "filename2", None);
  }
});
defineMethod(E.OSError, "__str__", (self) => {
  const e = exc(self);
  const errno = instanceGet(e, "errno") ?? None;
  const strerror = instanceGet(e, "strerror") ?? None;
  const fn = instanceGet(e, "filename") ?? None;
  const fn2 = instanceGet(e, "filename2") ?? None;
  if (fn !== None) {
    if (fn2 !== None) return `[Errno ${str(errno)}] ${str(strerror)}: ${repr(fn)} -> ${repr(fn2)}`;
    return `[Errno ${str(errno)}] ${str(strerror)}: ${repr(fn)}`;
  }
  if (errno !== None && strerror !== None) return `[Errno ${str(errno)}] ${str(strerror)}`;
  return baseExceptionStr(e);
});

fieldsInit(E.SyntaxError, (e, a) => {
  instanceSet(e, "msg", a[0] ?? None);
  const info = a[1];
  let fields: readonly PyValue[] = [];
  if (info !== undefined) {
    fields = asArray(info);
    if (fields.length < 4 || fields.length > 6) throw typeError("function takes at least 4 arguments and at most 6 arguments");
  }
  const names = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
  names.forEach((n, i) => instanceSet(e, n, fields[i] ?? None));
  instanceSet(e, "print_file_and_line", None);
});
defineMethod(E.SyntaxError, "__str__", (self) => {
  const e = exc(self);
  const msg = instanceGet(e, "msg") ?? None;
  const filename = instanceGet(e, "filename") ?? None;
  const lineno = instanceGet(e, "lineno") ?? None;
  const m = msg === None ? baseExceptionStr(e) : str(msg);
  const fs = strValue(filename);
  const base = fs === undefined ? undefined : fs.slice(fs.lastIndexOf("/") + 1);
  if (base !== undefined && typeof lineno === "number") return `${m} (${base}, line ${lineno})`;
  if (base !== undefined) return `${m} (${base})`;
  if (typeof lineno === "number") return `${m} (line ${lineno})`;
  return m;
});

// KeyError keeps BaseException.__init__ (as in CPython: keywords are "KeyError() takes no keyword arguments").
defineMethod(E.KeyError, "__str__", (self) => {
  const e = exc(self);
  if (e.args.items.length === 1) return repr(e.args.items[0] as PyValue);
  return baseExceptionStr(e);
});

fieldsInit(E.UnicodeDecodeError, (e, a) => {
  if (a.length !== 5) throw typeError(`function takes exactly 5 arguments (${a.length} given)`);
  ["encoding", "object", "start", "end", "reason"].forEach((n, i) => instanceSet(e, n, a[i] as PyValue));
});
fieldsInit(E.UnicodeEncodeError, (e, a) => {
  if (a.length !== 5) throw typeError(`function takes exactly 5 arguments (${a.length} given)`);
  ["encoding", "object", "start", "end", "reason"].forEach((n, i) => instanceSet(e, n, a[i] as PyValue));
});
defineMethod(E.UnicodeDecodeError, "__str__", (self) => {
  const e = exc(self);
  const g = (n: string): PyValue => instanceGet(e, n) ?? None;
  const start = g("start"), end = g("end");
  const obj = g("object");
  if (typeof start === "number" && typeof end === "number" && end === start + 1) {
    let byte = "";
    const items = (obj as { data?: Uint8Array }).data;
    if (items !== undefined) byte = (items[start] ?? 0).toString(16).padStart(2, "0");
    return `'${str(g("encoding"))}' codec can't decode byte 0x${byte} in position ${start}: ${str(g("reason"))}`;
  }
  return `'${str(g("encoding"))}' codec can't decode bytes in position ${str(start)}-${typeof end === "number" ? end - 1 : str(end)}: ${str(g("reason"))}`;
});
defineMethod(E.UnicodeEncodeError, "__str__", (self) => {
  const e = exc(self);
  const g = (n: string): PyValue => instanceGet(e, n) ?? None;
  const start = g("start"), end = g("end");
  const obj = strValue(g("object")) ?? "";
  if (typeof start === "number" && typeof end === "number" && end === start + 1) {
    const c = Array.from(obj)[start]?.codePointAt(0) ?? 0;
    const esc = c <= 0xff ? `\\x${c.toString(16).padStart(2, "0")}` : c <= 0xffff ? `\\u${c.toString(16).padStart(4, "0")}` : `\\U${c.toString(16).padStart(8, "0")}`;
    return `'${str(g("encoding"))}' codec can't encode character '${esc}' in position ${start}: ${str(g("reason"))}`;
  }
  return `'${str(g("encoding"))}' codec can't encode characters in position ${str(start)}-${typeof end === "number" ? end - 1 : str(end)}: ${str(g("reason"))}`;
});

// ---- exception groups (basics) -------------------------------------------------

defineNew(E.BaseExceptionGroup, (args) => {
  let cls = args[0] as PyType;
  const msg = args[1], excs = args[2];
  if (args.length !== 3) throw typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length - 1} given)`);
  if (strValue(msg as PyValue) === undefined) throw typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + typeName(msg as PyValue));
  const items = asArray(excs as PyValue);
  if (items.length === 0) throw valueError("second argument (exceptions) must be a non-empty sequence");
  let allExc = true;
  for (const x of items) {
    if (!(x instanceof PyBaseException)) throw valueError(`Item ${items.indexOf(x)} of second argument (exceptions) is not an exception`);
    if (!x.cls.isSubtypeOf(E.Exception)) allExc = false;
  }
  if (cls === E.BaseExceptionGroup && allExc) cls = E.ExceptionGroup;
  else if (cls.isSubtypeOf(E.Exception) && !allExc) throw typeError("Cannot nest BaseExceptions in an ExceptionGroup");
  const e = new PyBaseException(cls, newTuple([msg as PyValue, excs as PyValue]));
  instanceSet(e, "message", msg as PyValue);
  instanceSet(e, "exceptions", newTuple(items));
  return e;
});
defineMethod(E.BaseExceptionGroup, "__init__", () => None);
defineMethod(E.BaseExceptionGroup, "__str__", (self) => {
  const e = exc(self);
  const ex = instanceGet(e, "exceptions");
  const n = ex instanceof PyTuple ? ex.items.length : 0;
  return `${str(instanceGet(e, "message") ?? "")} (${n} sub-exception${n === 1 ? "" : "s"})`;
});
defineMethod(E.BaseExceptionGroup, "derive", (self, args) => {
  const e = exc(self);
  // Through the constructor so `message`/`exceptions` are set (and the class is narrowed as CPython does).
  return callObject(E.BaseExceptionGroup, [instanceGet(e, "message") ?? "", args[0] as PyValue], null);
});

// split/subgroup (added by the VM engineer: `except*` is built on split).
function egMatcher(m: PyValue): (e: PyBaseException) => boolean {
  if (m instanceof PyType) return (e) => e.cls.isSubtypeOf(m);
  if (m instanceof PyTuple && m.items.every((t) => t instanceof PyType)) {
    return (e) => m.items.some((t) => e.cls.isSubtypeOf(t as PyType));
  }
  if (m instanceof PyTuple || !isCallable(m)) {
    throw typeError("expected a function, exception type or tuple of exception types");
  }
  return (e) => isTrue(callObject(m, [e], null));
}

function egDerive(group: PyBaseException, items: PyValue[]): PyValue {
  const d = callObject(getAttr(group, "derive"), [new PyList(items)], null);
  if (!(d instanceof PyBaseException) || !d.cls.isSubtypeOf(E.BaseExceptionGroup)) {
    throw typeError("derive must return an instance of BaseExceptionGroup");
  }
  d.traceback = group.traceback;
  d.cause = group.cause;
  d.context = group.context;
  d.suppressContext = group.suppressContext;
  const notes = instanceGet(group, "__notes__");
  if (notes !== undefined) instanceSet(d, "__notes__", notes);
  return d;
}

function egSplit(e: PyBaseException, match: (e: PyBaseException) => boolean, wantRest: boolean): [PyValue, PyValue] {
  if (match(e)) return [e, None];
  if (!e.cls.isSubtypeOf(E.BaseExceptionGroup)) return [None, e];
  const subs = instanceGet(e, "exceptions");
  const matched: PyValue[] = [];
  const rest: PyValue[] = [];
  for (const sub of subs instanceof PyTuple ? subs.items : []) {
    if (!(sub instanceof PyBaseException)) continue;
    const [m, r] = egSplit(sub, match, wantRest);
    if (m !== None) matched.push(m);
    if (r !== None) rest.push(r);
  }
  return [
    matched.length > 0 ? egDerive(e, matched) : None,
    wantRest && rest.length > 0 ? egDerive(e, rest) : None,
  ];
}

defineMethod(E.BaseExceptionGroup, "split", (self, args) => {
  const [m, r] = egSplit(exc(self), egMatcher(args[0] ?? None), true);
  return newTuple([m, r]);
});
defineMethod(E.BaseExceptionGroup, "subgroup", (self, args) => egSplit(exc(self), egMatcher(args[0] ?? None), false)[0]);
