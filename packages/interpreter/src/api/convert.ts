/**
 * The per-VM JS ↔ Python bridge: value conversion both ways, calls from
 * Python into JS functions, and the entry guard every host → Python call
 * goes through.
 *
 * Conversion rules (docs/embedding.md, "Values", is the reference):
 *
 * | Python → JS                       | JS → Python                                  |
 * |-----------------------------------|----------------------------------------------|
 * | int → number (bigint beyond 2^53) | number: integral (not -0) → int, else float  |
 * | float → number                    | bigint → int                                 |
 * | bool → boolean, str → string      | boolean → bool, string → str                 |
 * | None → null                       | null / undefined → None                      |
 * | list, tuple → Array (copy)        | Array → list (copy)                          |
 * | dict → Map (copy)                 | Map, plain object → dict (copy)              |
 * | set, frozenset → Set (copy)       | Set → set (copy)                             |
 * | bytes, bytearray → Uint8Array     | Uint8Array → bytes                           |
 * | JS function wrapper → the function| function → builtin function calling it       |
 * | JsProxy → the wrapped JS object   | PyProxy (same VM) → the Python object        |
 * | anything else → PyProxy           | any other object → JsProxy                   |
 *
 * Containers convert deeply and only for the exact builtin types (an
 * instance of a subclass keeps its behaviour, so it stays a proxy);
 * reference cycles are preserved. A JS value given twice becomes the same
 * Python object (identity is kept through a per-VM `WeakMap`), and
 * round-trips give back the original JS function / object.
 */
import type { PyValue } from "../objects/object.js";
import { PyObject } from "../objects/object.js";
import { PyFloat, FloatType, newFloat } from "../objects/float.js";
import { PyList, ListType } from "../objects/list.js";
import { PyTuple, TupleType } from "../objects/tuple.js";
import { PyDict, DictType } from "../objects/dict.js";
import { PySet, PySetBase, SetType, FrozenSetType } from "../objects/set.js";
import { PyBytes, PyByteArray, BytesType, ByteArrayType, newBytes } from "../objects/bytes/bytes.js";
import { PyBuiltinFunction } from "../objects/builtin-function.js";
import { PyType } from "../objects/type.js";
import { None } from "../objects/singletons.js";
import * as E from "../objects/exceptions.js";
import { PyBaseException } from "../objects/exceptions.js";
import { recursionError, runtimeError, typeError } from "../objects/errors.js";
import { normBig } from "../objects/int.js";
import { callObject } from "../protocols/call.js";
import { str } from "../protocols/repr.js";
import { takeResume, suspendOn, isThenable } from "../vm/suspend.js";
import type { VMThread } from "../vm/thread.js";
import { getThreadState } from "../objects/thread-state.js";
import { asPythonException } from "../vm/eval-loop.js";
import { PythonError, pythonExceptionOf } from "./python-error.js";
import { PyProxy, proxyInternals, newPyProxy } from "./proxy.js";
import { PyJsProxy } from "./js-proxy.js";

/** What the bridge needs from its VM (api/vm.ts implements it). */
export interface BridgeHost {
  /** Run `f` with this VM's thread state installed (re-entrant). */
  withThread<T>(f: () => T): T;
  /** The CPython-style traceback text of an exception. */
  formatException(exc: PyValue): string;
  /** The exit status a SystemExit stands for (no output). */
  exitStatus(exc: PyBaseException): number;
  /** This VM's `builtins` namespace (to resolve exception names a host raises). */
  builtinsDict(): PyDict;
  flush(): void;
}

/** JS functions wrapped as Python builtins → the function (for round-trips). */
const wrappedFunctions = new WeakMap<PyBuiltinFunction, { fn: Function; bridge: Bridge }>();
/** The VM whose Python exception a PythonError carries (an exception never crosses into another VM). */
const errorOrigin = new WeakMap<PythonError, Bridge>();

export class Bridge {
  readonly host: BridgeHost;
  /** JS object → its Python counterpart (JsProxy or function wrapper), so identity survives conversions. */
  private readonly pyOf = new WeakMap<object, PyObject>();
  /** Nesting of `enter` (host → Python → JS → Python …); output is flushed when the outermost returns. */
  private depth = 0;

  constructor(host: BridgeHost) {
    this.host = host;
  }

  /**
   * Host → Python entry: run `f` inside the VM; a Python exception leaving
   * it becomes a `PythonError`. Output is flushed when the outermost entry
   * returns (and before every call from Python into JS, see `callJs`).
   */
  enter<T>(f: () => T): T {
    this.depth++;
    try {
      return this.host.withThread(f);
    } catch (e) {
      throw this.toHostError(e);
    } finally {
      if (--this.depth === 0) this.host.flush();
    }
  }

  /** A thrown value leaving Python → what the host sees (PythonError; VM bugs pass unchanged). */
  toHostError(e: unknown): unknown {
    if (e instanceof PythonError) return e;
    const exc = isStackOverflow(e) ? recursionError() : asPythonException(e);
    if (exc === null) return e;
    const type = exc.cls.name;
    const message = this.host.withThread(() => safeStr(exc));
    const isExit = exc.cls.isSubtypeOf(E.SystemExit);
    const mod = exc.cls.module;
    const err = new PythonError(type, message, {
      qualifiedType: mod === "builtins" || mod === "__main__" ? exc.cls.qualname : `${mod}.${exc.cls.qualname}`,
      traceback: () => this.host.formatException(exc),
      exitCode: isExit ? this.host.exitStatus(exc) : null,
      pyException: exc,
      exception: newPyProxy(this, exc),
    });
    errorOrigin.set(err, this);
    return err;
  }

  /** A value thrown by host code called from Python → the Python exception to raise. */
  toPythonException(e: unknown): PyBaseException {
    if (e instanceof PyBaseException) return e;
    if (isStackOverflow(e)) return recursionError();
    if (e instanceof PythonError) {
      // The same exception object continues in its own VM; another VM's error is re-created by type name.
      const own = pythonExceptionOf(e);
      if (own instanceof PyBaseException && errorOrigin.get(e) === this) return own;
      return this.namedException(e.type, e.pythonMessage);
    }
    const exc = asPythonException(e);
    if (exc !== null) return exc;
    // `throw err.exception` (the PyProxy of a Python exception of this VM) re-raises that exception.
    if (e instanceof PyProxy) {
      const p = proxyInternals(e);
      if (p.bridge === this && p.value instanceof PyBaseException) return p.value;
    }
    if (e instanceof Error) {
      const name = typeof e.name === "string" && e.name !== "Error" ? `${e.name}: ` : "";
      return this.namedException("RuntimeError", `${name}${String(e.message)}`);
    }
    let text: string;
    try {
      text = String(e);
    } catch {
      text = "exception thrown by a JS function";
    }
    return this.namedException("RuntimeError", text);
  }

  /** A builtin exception type by name (RuntimeError when unknown), instantiated with `message`. */
  private namedException(name: string, message: string): PyBaseException {
    const t = this.host.builtinsDict().getStr(name);
    const type = t instanceof PyType && t.isSubtypeOf(E.BaseException) ? t : E.RuntimeError;
    const exc = callObject(type, [message], null);
    return exc instanceof PyBaseException ? exc : runtimeError(message);
  }

  // ---- JS → Python ------------------------------------------------------------

  /** Convert a JS value to a Python value (call inside `enter`: dict keys may hash Python objects). */
  toPy(v: unknown, memo: Map<object, PyValue> | null = null): PyValue {
    switch (typeof v) {
      case "number":
        if (Number.isInteger(v) && !Object.is(v, -0)) return Number.isSafeInteger(v) ? v : normBig(BigInt(v));
        return newFloat(v);
      case "bigint":
        return normBig(v);
      case "boolean":
      case "string":
        return v;
      case "undefined":
        return None;
      case "function":
        return this.wrapFunction(v as Function, undefined, true);
      case "symbol":
        throw typeError("cannot convert a JS symbol to a Python value");
      case "object":
        break;
    }
    if (v === null) return None;
    const o = v as object;
    if (o instanceof PyProxy) {
      const p = proxyInternals(o);
      if (p.bridge !== this) throw typeError("cannot use a PyProxy of another VM");
      return p.value;
    }
    if (o instanceof PythonError) return this.toPythonException(o);
    const hit = memo?.get(o);
    if (hit !== undefined) return hit;
    if (Array.isArray(o)) {
      const l = new PyList([]);
      const m = memo ?? new Map<object, PyValue>();
      m.set(o, l);
      for (let i = 0; i < o.length; i++) l.items.push(this.toPy(o[i], m));
      return l;
    }
    if (o instanceof Map) {
      const d = new PyDict();
      const m = memo ?? new Map<object, PyValue>();
      m.set(o, d);
      for (const [k, val] of o) d.set(this.toPy(k, m), this.toPy(val, m));
      return d;
    }
    if (o instanceof Set) {
      const s = new PySet();
      const m = memo ?? new Map<object, PyValue>();
      m.set(o, s);
      for (const k of o) s.table.set(this.toPy(k, m), true);
      return s;
    }
    if (o instanceof Uint8Array) return newBytes(o.slice());
    const proto: unknown = Object.getPrototypeOf(o);
    if (proto === Object.prototype || proto === null) {
      const d = new PyDict();
      const m = memo ?? new Map<object, PyValue>();
      m.set(o, d);
      for (const k of Object.keys(o)) d.setStr(k, this.toPy((o as Record<string, unknown>)[k], m));
      return d;
    }
    let px = this.pyOf.get(o);
    if (px === undefined) {
      px = new PyJsProxy(this, o);
      this.pyOf.set(o, px);
    }
    return px;
  }

  /**
   * A Python builtin function that calls the JS function `fn` (with `this`
   * = `thisArg`). Unbound wrappers are cached so the same JS function is the
   * same Python object.
   */
  wrapFunction(fn: Function, thisArg: unknown, cache: boolean, name?: string): PyBuiltinFunction {
    if (cache && name === undefined) {
      const hit = this.pyOf.get(fn);
      if (hit instanceof PyBuiltinFunction) return hit;
    }
    const fname = name ?? functionName(fn);
    const w = new PyBuiltinFunction(fname, (args, kwnames) => this.callJs(fn, thisArg, args, kwnames));
    wrappedFunctions.set(w, { fn, bridge: this });
    if (cache && name === undefined) this.pyOf.set(fn, w);
    return w;
  }

  /**
   * Python calling JS: positional arguments converted in order; keyword
   * arguments (if any) as one trailing plain object. The result converts
   * back; anything the function throws becomes a Python exception.
   */
  callJs(fn: Function, thisArg: unknown, args: PyValue[], kwnames: readonly string[] | null): PyValue {
    // vm.runAsync: a call that returned a Promise is re-executed on resume and gets its outcome (vm/suspend.ts).
    const ts = getThreadState() as VMThread;
    const resumed = takeResume(ts);
    if (resumed !== null) {
      if (!resumed.ok) throw this.toPythonException(resumed.error);
      return this.toPy(resumed.value);
    }
    const npos = kwnames === null ? args.length : args.length - kwnames.length;
    const jsArgs: unknown[] = [];
    for (let i = 0; i < npos; i++) jsArgs.push(this.toJs(args[i] as PyValue));
    if (kwnames !== null && kwnames.length > 0) {
      const kw: Record<string, unknown> = {};
      for (let i = 0; i < kwnames.length; i++) {
        // defineProperty: a keyword named "__proto__" becomes an own property, never the prototype.
        Object.defineProperty(kw, kwnames[i] as string, { value: this.toJs(args[npos + i] as PyValue), enumerable: true, writable: true, configurable: true });
      }
      jsArgs.push(kw);
    }
    // What Python printed so far reaches the host before the host's code runs (ordering).
    this.host.flush();
    let result: unknown;
    try {
      result = Reflect.apply(fn, thisArg, jsArgs);
    } catch (e) {
      throw this.toPythonException(e);
    }
    if (isThenable(result)) suspendOn(ts, Promise.resolve(result), fn.name !== "" ? `JS function ${fn.name}()` : "a JS function");
    return this.resultToPy(result);
  }

  /** A JS function's result → Python; converting may run host code (getters, Proxy traps) that throws. */
  private resultToPy(result: unknown): PyValue {
    try {
      return this.toPy(result);
    } catch (e) {
      throw this.toPythonException(e);
    }
  }

  // ---- Python → JS ------------------------------------------------------------

  /** Convert a Python value to JS (deep for exact builtin containers; proxies otherwise). */
  toJs(v: PyValue, memo: Map<PyObject, unknown> | null = null, subclasses = false): unknown {
    switch (typeof v) {
      case "number":
      case "bigint":
      case "boolean":
      case "string":
        return v;
    }
    const o = v as PyObject;
    if (o === None) return null;
    const t = o.cls;
    if (o instanceof PyFloat && (t === FloatType || subclasses)) return o.value;
    const hit = memo?.get(o);
    if (hit !== undefined) return hit;
    if ((o instanceof PyList && (t === ListType || subclasses)) || (o instanceof PyTuple && (t === TupleType || subclasses))) {
      const a: unknown[] = [];
      const m = memo ?? new Map<PyObject, unknown>();
      m.set(o, a);
      const items = o.items;
      for (let i = 0; i < items.length; i++) a.push(this.toJs(items[i] as PyValue, m, subclasses));
      return a;
    }
    if (o instanceof PyDict && (t === DictType || subclasses)) {
      const map = new Map<unknown, unknown>();
      const m = memo ?? new Map<PyObject, unknown>();
      m.set(o, map);
      for (const [k, val] of o.entries()) map.set(this.toJs(k, m, subclasses), this.toJs(val, m, subclasses));
      return map;
    }
    if (o instanceof PySetBase && (t === SetType || t === FrozenSetType || subclasses)) {
      const s = new Set<unknown>();
      const m = memo ?? new Map<PyObject, unknown>();
      m.set(o, s);
      for (const k of o.table.keys()) s.add(this.toJs(k, m, subclasses));
      return s;
    }
    if (o instanceof PyBytes && (t === BytesType || subclasses)) return o.value.slice();
    if (o instanceof PyByteArray && (t === ByteArrayType || subclasses)) return o.view().slice();
    if (o instanceof PyJsProxy && o.bridge === this) return o.target;
    if (o instanceof PyBuiltinFunction) {
      const w = wrappedFunctions.get(o);
      if (w !== undefined && w.bridge === this) return w.fn;
    }
    return newPyProxy(this, o);
  }
}

/**
 * A JS stack overflow — a RangeError, or any error whose message reports it
 * (at the stack limit even compiling a regular expression fails with a
 * SyntaxError "…: Maximum call stack size exceeded"). No regex here: this
 * runs exactly at the stack limit.
 */
function isStackOverflow(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const m: unknown = e.message;
  return typeof m === "string" && m.includes("call stack size exceeded");
}

function functionName(fn: Function): string {
  const d = Object.getOwnPropertyDescriptor(fn, "name");
  const n: unknown = d !== undefined && "value" in d ? d.value : undefined;
  return typeof n === "string" && n !== "" ? n : "<anonymous>";
}

/** `str(exc)` that cannot fail (a broken `__str__` must not hide the original error). */
function safeStr(exc: PyBaseException): string {
  try {
    return str(exc);
  } catch {
    return `<exception str() failed>`;
  }
}
