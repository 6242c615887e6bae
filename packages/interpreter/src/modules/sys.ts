/**
 * The `sys` module, one per VM (https://docs.python.org/3.11/library/sys.html).
 * Its streams write through the host callbacks given to `createVM`; its
 * recursion limit is the VM thread's.
 */
import { PyObject, type PyValue } from "../objects/object.js";
import { makeBuiltinType, ObjectType, TypeFlags } from "../objects/type.js";
import { PyBuiltinFunction, defineMethod } from "../objects/builtin-function.js";
import { PyModule } from "../objects/module.js";
import { PyList } from "../objects/list.js";
import { newTuple } from "../objects/tuple.js";
import { None } from "../objects/singletons.js";
import * as E from "../objects/exceptions.js";
import { PyBaseException } from "../objects/exceptions.js";
import { recursionError, typeError, valueError } from "../objects/errors.js";
import type { TextSink } from "../objects/thread-state.js";
import { repr } from "../protocols/repr.js";
import { callObject } from "../protocols/call.js";
import { getAttr } from "../protocols/attribute.js";
import type { VMThread } from "../vm/thread.js";
import type { ModuleRegistry } from "./registry.js";

export const TextIOType = makeBuiltinType("TextIOWrapper", ObjectType, TypeFlags.IMMUTABLE, "_io");

/** `sys.stdout` / `sys.stderr`: a text stream over a host sink. */
export class PyTextStream extends PyObject {
  readonly sink: TextSink;
  readonly name: string;
  constructor(sink: TextSink, name: string) {
    super(TextIOType);
    this.sink = sink;
    this.name = name;
  }
}

defineMethod(TextIOType, "write", (self, args) => {
  const s = args[0];
  if (typeof s !== "string") throw typeError(`write() argument must be str, not ${s === undefined ? "nothing" : repr(s)}`);
  (self as PyTextStream).sink.write(s);
  return s.length;
});
defineMethod(TextIOType, "flush", (self) => {
  (self as PyTextStream).sink.flush?.();
  return None;
});
defineMethod(TextIOType, "isatty", () => false);
defineMethod(TextIOType, "__repr__", (self) => `<_io.TextIOWrapper name='${(self as PyTextStream).name}' mode='w' encoding='utf-8'>`);

export interface SysOptions {
  argv: readonly string[];
  path: readonly string[];
}

export function createSysModule(ts: VMThread, reg: ModuleRegistry, opts: SysOptions): PyModule {
  const m = new PyModule("sys");
  const d = m.dict;
  const fn = (name: string, f: (args: PyValue[]) => PyValue) => d.setStr(name, new PyBuiltinFunction(name, (args) => f(args), m));
  d.setStr("argv", new PyList([...opts.argv]));
  d.setStr("path", new PyList([...opts.path]));
  d.setStr("modules", reg.modules);
  d.setStr("maxsize", 9007199254740991);
  d.setStr("byteorder", "little");
  d.setStr("platform", "linux");
  d.setStr("version", "3.11.7 (pyvm)");
  d.setStr("version_info", newTuple([3, 11, 7, "final", 0]));
  d.setStr("hexversion", 0x30b07f0);
  d.setStr("executable", "pyvm");
  d.setStr("builtin_module_names", newTuple(reg.builtinNames()));
  const impl = new PyModule("implementation");
  impl.dict.setStr("name", "pyvm");
  impl.dict.setStr("version", newTuple([0, 1, 0, "alpha", 0]));
  impl.dict.setStr("cache_tag", None);
  d.setStr("implementation", impl);
  const stdout = new PyTextStream(ts.stdout, "<stdout>");
  const stderr = new PyTextStream(ts.stderr, "<stderr>");
  d.setStr("stdout", stdout);
  d.setStr("stderr", stderr);
  d.setStr("__stdout__", stdout);
  d.setStr("__stderr__", stderr);
  fn("getrecursionlimit", () => ts.recursionLimit);
  fn("setrecursionlimit", (args) => {
    const n = args[0];
    if (typeof n !== "number") throw typeError("'" + (n === undefined ? "nothing" : typeof n) + "' object cannot be interpreted as an integer");
    if (n < 1) throw valueError("recursion limit must be greater or equal than 1");
    if (n <= ts.depth) {
      throw recursionError(`cannot set the recursion limit to ${n} at the recursion depth ${ts.depth}: the limit is too low`);
    }
    ts.recursionLimit = n;
    return None;
  });
  fn("exit", (args) => {
    const code = args[0];
    throw new PyBaseException(E.SystemExit, code === undefined ? newTuple([]) : newTuple([code]));
  });
  fn("exc_info", () => {
    const e = ts.handledException();
    if (e === null) return newTuple([None, None, None]);
    return newTuple([e.cls, e, e.traceback]);
  });
  fn("exception", () => ts.handledException() ?? None);
  fn("intern", (args) => {
    const s = args[0];
    if (typeof s !== "string") throw typeError("intern() argument must be str");
    return s;
  });
  fn("getsizeof", (args) => {
    const v = args[0];
    if (typeof v === "string") return 49 + v.length;
    if (typeof v === "number") return 28;
    return 56;
  });
  fn("getdefaultencoding", () => "utf-8");
  fn("displayhook", (args) => {
    displayHook(ts, reg, args[0] ?? None);
    return None;
  });
  d.setStr("__displayhook__", d.getStr("displayhook") as PyValue);
  return m;
}

/** The default `sys.displayhook`: echo repr(v) and store it in `builtins._`. */
export function displayHook(ts: VMThread, reg: ModuleRegistry, v: PyValue): void {
  if (v === None) return;
  const b = ts.builtins;
  b.setStr("_", None);
  const text = repr(v);
  const out = reg.sysAttr("stdout");
  if (out === null || out instanceof PyTextStream) {
    (out instanceof PyTextStream ? out.sink : ts.stdout).write(`${text}\n`);
  } else {
    callObject(getAttr(out, "write"), [`${text}\n`], null);
  }
  b.setStr("_", v);
}
