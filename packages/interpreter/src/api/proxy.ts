/**
 * `PyProxy`: how a Python object that has no natural JS value (functions,
 * modules, class instances, classes, generators, subclass instances of
 * builtin containers, …) looks from JS.
 *
 * A proxy belongs to one VM. Every operation installs that VM's thread
 * state, converts JS arguments to Python and the result back (see
 * convert.ts), and turns a Python exception into a `PythonError`. The
 * Python object itself is not reachable from the proxy's public surface
 * (private fields); the VM unwraps proxies passed back into Python.
 */
import type { PyValue } from "../objects/object.js";
import { typeOf } from "../objects/type.js";
import { callObject, isCallable } from "../protocols/call.js";
import { getAttr, hasAttr, setAttr, delAttr } from "../protocols/attribute.js";
import { getItem, setItem, delItem } from "../protocols/subscript.js";
import { getIter, iterNext } from "../protocols/iter.js";
import { lenOf } from "../protocols/len.js";
import { repr, str } from "../protocols/repr.js";
import type { Bridge } from "./convert.js";

interface Internals {
  readonly bridge: Bridge;
  readonly value: PyValue;
}

const internals = new WeakMap<PyProxy, Internals>();

/** The VM bridge and Python object behind a proxy (VM-internal). */
export function proxyInternals(p: PyProxy): Internals {
  const i = internals.get(p);
  if (i === undefined) throw new TypeError("not a live PyProxy");
  return i;
}

/** Create a proxy (VM-internal; hosts get proxies from the VM). */
export function newPyProxy(bridge: Bridge, value: PyValue): PyProxy {
  const p = Object.create(PyProxy.prototype) as PyProxy;
  internals.set(p, { bridge, value });
  return p;
}

export class PyProxy {
  /** Proxies are made by the VM only. */
  private constructor() {
    throw new TypeError("PyProxy objects are created by the VM");
  }

  /** The Python type's `__name__` (e.g. `"function"`, `"module"`, `"Point"`). */
  get type(): string {
    return typeOf(proxyInternals(this).value).name;
  }

  /** `callable(obj)`. */
  get isCallable(): boolean {
    return isCallable(proxyInternals(this).value);
  }

  /** `obj(*args)` with JS arguments; the result is converted. `T`: unchecked cast of the result. */
  call<T = unknown>(...args: unknown[]): T {
    return this.callKw<T>(args, {});
  }

  /** `obj(*args, **kwargs)`: positional JS arguments and keyword arguments from an object's own enumerable properties. */
  callKw<T = unknown>(args: readonly unknown[], kwargs: Readonly<Record<string, unknown>> = {}): T {
    const { bridge, value } = proxyInternals(this);
    return bridge.enter(() => {
      const pyArgs: PyValue[] = [];
      for (const a of args) pyArgs.push(bridge.toPy(a));
      const names = Object.keys(kwargs);
      for (const k of names) pyArgs.push(bridge.toPy(kwargs[k]));
      return bridge.toJs(callObject(value, pyArgs, names.length === 0 ? null : names));
    }) as T;
  }

  /** `getattr(obj, name)` (AttributeError → PythonError), converted. `T`: unchecked cast. */
  get<T = unknown>(name: string): T {
    const { bridge, value } = proxyInternals(this);
    return bridge.enter(() => bridge.toJs(getAttr(value, String(name)))) as T;
  }

  /** `setattr(obj, name, value)`. */
  set(name: string, v: unknown): void {
    const { bridge, value } = proxyInternals(this);
    bridge.enter(() => setAttr(value, String(name), bridge.toPy(v)));
  }

  /** `hasattr(obj, name)`. */
  has(name: string): boolean {
    const { bridge, value } = proxyInternals(this);
    return bridge.enter(() => hasAttr(value, String(name)));
  }

  /** `delattr(obj, name)`. */
  delete(name: string): void {
    const { bridge, value } = proxyInternals(this);
    bridge.enter(() => delAttr(value, String(name)));
  }

  /** `obj[key]`, converted. `T`: unchecked cast. */
  getItem<T = unknown>(key: unknown): T {
    const { bridge, value } = proxyInternals(this);
    return bridge.enter(() => bridge.toJs(getItem(value, bridge.toPy(key)))) as T;
  }

  /** `obj[key] = v`. */
  setItem(key: unknown, v: unknown): void {
    const { bridge, value } = proxyInternals(this);
    bridge.enter(() => setItem(value, bridge.toPy(key), bridge.toPy(v)));
  }

  /** `del obj[key]`. */
  deleteItem(key: unknown): void {
    const { bridge, value } = proxyInternals(this);
    bridge.enter(() => delItem(value, bridge.toPy(key)));
  }

  /** `len(obj)`. */
  get length(): number {
    const { bridge, value } = proxyInternals(this);
    return bridge.enter(() => lenOf(value));
  }

  /** `str(obj)`. */
  toString(): string {
    const { bridge, value } = proxyInternals(this);
    return bridge.enter(() => str(value));
  }

  /** `repr(obj)`. */
  repr(): string {
    const { bridge, value } = proxyInternals(this);
    return bridge.enter(() => repr(value));
  }

  /**
   * Deep conversion that also converts instances of subclasses of the
   * builtin containers and float (a namedtuple → Array, an OrderedDict →
   * Map); objects with no JS counterpart stay proxies.
   */
  toJs(): unknown {
    const { bridge, value } = proxyInternals(this);
    return bridge.enter(() => bridge.toJs(value, null, true));
  }

  /** `obj is other` (same Python object). */
  is(other: unknown): boolean {
    if (!(other instanceof PyProxy)) return false;
    return proxyInternals(this).value === proxyInternals(other).value;
  }

  /** `iter(obj)`: yields the converted items. */
  *[Symbol.iterator](): Iterator<unknown> {
    const { bridge, value } = proxyInternals(this);
    const it = bridge.enter(() => getIter(value));
    for (;;) {
      const r = bridge.enter(() => {
        const x = iterNext(it);
        return x === undefined ? DONE : bridge.toJs(x);
      });
      if (r === DONE) return;
      yield r;
    }
  }

  /** Node's `util.inspect` / console.log: `PyProxy <repr>`. */
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    try {
      return `PyProxy ${this.repr()}`;
    } catch {
      return "PyProxy <unprintable>";
    }
  }
}

const DONE: unique symbol = Symbol("done");
