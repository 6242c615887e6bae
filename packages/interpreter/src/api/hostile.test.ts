/**
 * Hostile programs must not reach the host: no path may yield a JS
 * `process`, `require`, `globalThis` or `Function` constructor, mutate
 * `Object.prototype` (or another builtin prototype), or crash the VM with a
 * JS error instead of a Python exception.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createVM, PythonError, type VM } from "../index.js";

const JS_NAMES = [
  "__proto__", "constructor", "prototype", "__defineGetter__", "__defineSetter__", "__lookupGetter__",
  "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toString", "valueOf", "toLocaleString",
  "call", "apply", "bind", "caller", "callee", "arguments", "length", "name", "then", "process", "require",
  "globalThis", "global", "module", "exports", "eval", "Function",
];

function snapshot(): string {
  const protos: Record<string, object> = {
    Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype,
    Number: Number.prototype, Map: Map.prototype, Promise: Promise.prototype,
  };
  return Object.entries(protos)
    .map(([k, p]) => `${k}:${Reflect.ownKeys(p).map(String).sort().join(",")}:${String(Object.getPrototypeOf(p))}`)
    .join("|");
}

let before = "";
beforeEach(() => {
  before = snapshot();
});
afterEach(() => {
  expect(snapshot()).toBe(before);
  expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  expect(({} as Record<string, unknown>)["x"]).toBeUndefined();
});

function runOut(src: string, setup?: (vm: VM) => void): string {
  let out = "";
  const vm = createVM({ stdout: (s) => (out += s) });
  setup?.(vm);
  try {
    vm.run(src);
  } catch (e) {
    if (!(e instanceof PythonError)) throw e;
    out += `!! ${e.type}: ${e.pythonMessage}\n`;
  }
  return out;
}

const NAMES_PY = `[${JS_NAMES.map((n) => `'${n}'`).join(", ")}]`;

describe("hostile programs", () => {
  it("JS names are ordinary Python attribute names on objects, classes, modules and builtin types", () => {
    const out = runOut(`
import sys, math
names = ${NAMES_PY}
class C: pass
targets = [object(), C(), C, 1, 1.5, 2**80, 'str', b'b', [], (), {}, set(), None, True, len, print, int, object, type, sys, math, __builtins__, range(3), iter([]), (x for x in ()), lambda: 0, C.__init__, ValueError('v'), slice(1)]
leaks = []
for t in targets:
    for n in names:
        try:
            v = getattr(t, n)
        except AttributeError:
            continue
        leaks.append((type(t).__name__, n, type(v).__name__))
print(leaks)
c = C()
for n in names:
    setattr(c, n, n.upper())
    setattr(C, n, 1)
    setattr(sys, n, 2)
    vars(c)[n] = n
    assert getattr(c, n) == n and getattr(C, n) == 1 and getattr(sys, n) == 2
    assert c.__dict__[n] == n and C.__dict__[n] == 1 and sys.__dict__[n] == 2
    d = {n: 5}
    assert d[n] == 5 and n in d and list(d) == [n] and n not in {} and {}.get(n) is None
    assert globals().get(n) is None
    delattr(c, n)
print(sorted(k for k in vars(c)))
for t in (int, str, object, type, list, dict, BaseException, type(None), type(len)):
    for n in ('x', '__proto__', 'constructor', '__add__'):
        try:
            setattr(t, n, 1)
            print('MUTATED', t, n)
        except TypeError as e:
            pass
try:
    setattr(int, 'x', 1)
except TypeError as e:
    print(e)
for t in (type, object, str):
    try:
        t.__dict__['x'] = 1
    except TypeError as e:
        print(e)
print(type(globals()['__builtins__']).__name__)
`);
    expect(out).toBe(
      "[('module', 'eval', 'builtin_function_or_method')]\n[]\ncannot set 'x' attribute of immutable type 'int'\n" +
        "'mappingproxy' object does not support item assignment\n".repeat(3) +
        "module\n",
    );
  });

  it("introspection walks (subclasses, frames, tracebacks, code objects) stay inside Python", () => {
    const out = runOut(`
import sys
subs = ().__class__.__base__.__subclasses__()
print(all(isinstance(c, type) for c in subs))
found = []
for c in subs:
    for n in ('__init__', '__new__', '__call__', '__getattribute__'):
        f = getattr(c, n, None)
        for a in ('__globals__', '__self__', '__func__', '__code__', '__closure__', '__module__'):
            v = getattr(f, a, None)
            if v is not None and type(v).__name__ not in ('dict', 'type', 'module', 'code', 'str', 'tuple', 'method', 'function', 'NoneType', 'builtin_function_or_method', 'method-wrapper', 'wrapper_descriptor', 'method_descriptor'):
                found.append((c.__name__, n, a, type(v).__name__))
print(found)
try:
    1/0
except ZeroDivisionError as e:
    f = e.__traceback__.tb_frame
    chain = []
    while f is not None:
        chain.append(type(f.f_globals).__name__)
        f = f.f_back
    print(chain)
for mod in ('os', 'subprocess', 'ctypes', 'posix', 'js', 'pyodide', '_pyvm_host', 'importlib'):
    try:
        m = __import__(mod)
    except ImportError:
        print('no', mod)
        continue
    print(mod, hasattr(m, 'system'), hasattr(m, 'popen'), hasattr(m, 'require'), hasattr(m, 'process'))
`);
    expect(out).toBe(
      "True\n[]\n['dict']\nos False False False False\nno subprocess\nno ctypes\nno posix\nno js\nno pyodide\n_pyvm_host False False False False\nimportlib False False False False\n",
    );
  });

  it("a registered JS object exposes only its own enumerable properties", () => {
    class Secret {
      visible = 1;
      hidden(): string {
        return "method on the prototype";
      }
    }
    const obj = new Secret();
    Object.defineProperty(obj, "nonEnumerable", { value: 2, enumerable: false });
    const out = runOut(
      `
import host
names = ${NAMES_PY} + ['hidden', 'nonEnumerable']
print(obj.visible, [n for n in names if hasattr(obj, n)], [n for n in names if hasattr(host, n)], [n for n in names if hasattr(host.fn, n)])
print(type(obj).__name__, repr(obj), dir(obj))
obj.__proto__ = {'polluted': True}
obj.constructor = 'replaced'
setattr(obj, 'x', 1)
print(sorted(dir(obj)))
try:
    obj.constructor.constructor('return process')()
except Exception as e:
    print(type(e).__name__)
print(host.fn(), host.data, type(host.data).__name__)
data = host.data
data['__proto__'] = 'p'
print(host.echo(data), host.echo(__proto__=1, constructor=2))
`,
      (vm) => {
        vm.set("obj", obj);
        vm.registerModule("host", {
          fn(): string {
            return typeof this;
          },
          data: { nested: [1, 2] },
          echo: (...args: unknown[]) => JSON.stringify(args.map((a) => (a instanceof Map ? Object.fromEntries(a) : a))),
        });
      },
    );
    expect(out).toBe(
      "1 [] [] []\n" +
        "JsProxy <JsProxy [object Object]> ['visible']\n" +
        "['__proto__', 'constructor', 'visible', 'x']\n" +
        "AttributeError\n" +
        "object {'nested': [1, 2]} dict\n" +
        `[{"nested":[1,2],"__proto__":"p"}] [{"__proto__":1,"constructor":2}]\n`,
    );
    expect(Object.getPrototypeOf(obj)).toBe(Secret.prototype);
    expect((obj as unknown as Record<string, unknown>)["constructor"]).toBe("replaced");
    expect(Object.getOwnPropertyDescriptor(obj, "__proto__")?.value).toBeInstanceOf(Map);
  });

  it("strange names in JS-keyed lookups (codecs, format fields, kwargs) raise Python errors, never JS ones", () => {
    const out = runOut(`
for enc in ('constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'):
    for f in (lambda: 'x'.encode(enc), lambda: b'x'.decode(enc)):
        try:
            f()
        except LookupError as e:
            print(e)
print('{constructor}{__proto__}'.format(constructor=1, __proto__=2), '%(toString)s' % {'toString': 3})
def kw(**k): return sorted(k)
print(kw(__proto__=1, constructor=2, hasOwnProperty=3), dict(__proto__=4))
import re
print(re.match('(?P<constructor>a)(?P<__proto__>b)', 'ab').groupdict())
`);
    expect(out).toContain("unknown encoding: constructor\n");
    expect(out).toContain("12 3\n['__proto__', 'constructor', 'hasOwnProperty'] {'__proto__': 4}\n{'constructor': 'a', '__proto__': 'b'}\n");
    expect(out).not.toContain("!!");
  });

  it("functions are called with this = undefined, so a JS function cannot hand out globalThis by accident", () => {
    const out = runOut("print(who())", (vm) =>
      vm.registerFunction("who", function (this: unknown) {
        return this === undefined ? "undefined" : this === globalThis ? "globalThis" : "other";
      }),
    );
    expect(out).toBe("undefined\n");
  });
});


describe("fuzzing builtin methods", () => {
  it("calling every method of common builtin objects with 0, 1 or 2 arguments never crashes the VM with a JS error", () => {
    const vm = createVM();
    vm.run(`
objs = {'int': 1, 'float': 1.5, 'str': 'ab', 'bytes': b'ab', 'bytearray': bytearray(b'ab'), 'list': [1], 'tuple': (1,),
        'dict': {1: 2}, 'set': {1}, 'frozenset': frozenset([1]), 'range': range(3), 'None': None, 'bool': True,
        'complex': 1j, 'object': object(), 'type': int, 'keys': {1: 2}.keys(), 'items': {1: 2}.items(),
        'values': {1: 2}.values(), 'slice': slice(1), 'func': len, 'exc': ValueError('v'), 'iter': iter([1, 2])}
calls = [(k, n) for k, o in objs.items() for n in dir(o)
         if callable(getattr(o, n, None)) and n not in ('__init_subclass__', '__new__', '__class__', '__subclasshook__')]
`);
    const calls = vm.eval<[string, string][]>("calls");
    const crashes: string[] = [];
    for (const [k, n] of calls) {
      for (const args of ["", "None", "None, None"]) {
        try {
          vm.run(`try:\n    getattr(objs['${k}'], '${n}')(${args})\nexcept Exception:\n    pass`);
        } catch (e) {
          if (!(e instanceof PythonError)) crashes.push(`${k}.${n}(${args}): ${String(e)}`);
        }
      }
    }
    expect(calls.length).toBeGreaterThan(500);
    expect(crashes).toEqual([]);
  });
});

describe("the JsProxy type itself", () => {
  it("cannot be instantiated, subclassed or applied to other objects from Python", () => {
    const out = runOut(`
J = [c for c in object.__subclasses__() if c.__name__ == 'JsProxy'][0]
for f in (lambda: J(), lambda: J.__new__(J), lambda: object.__new__(J), lambda: J.__getattr__(1, 'x'),
          lambda: J.__setattr__(object(), 'x', 1), lambda: J.__dir__(object()), lambda: type('Sub', (J,), {})):
    try:
        f()
        print('created')
    except TypeError as e:
        print('TypeError')
`);
    expect(out).toBe("TypeError\n".repeat(7));
  });
});

describe("host objects that throw", () => {
  it("getters and Proxy traps that throw raise Python exceptions, never JS errors", () => {
    const trap = new Proxy(
      new (class Target {})(),
      {
        getOwnPropertyDescriptor() {
          throw new Error("trap");
        },
        ownKeys() {
          throw new Error("keys trap");
        },
      },
    );
    const out = runOut(
      `
for f in (lambda: obj.boom, lambda: trap.x, lambda: dir(trap), lambda: returns_bad()):
    try:
        f()
    except RuntimeError as e:
        print('RuntimeError', e)
`,
      (vm) => {
        const obj = new (class Thing {})();
        Object.defineProperty(obj, "boom", { get: () => { throw new RangeError("getter"); }, enumerable: true });
        vm.set("obj", obj);
        vm.set("trap", trap);
        vm.registerFunction("returns_bad", () => ({ get x() { throw new Error("bad result"); } }));
      },
    );
    expect(out).toBe("RuntimeError RangeError: getter\nRuntimeError trap\nRuntimeError keys trap\nRuntimeError bad result\n");
  });
});
