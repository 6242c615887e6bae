/**
 * The `sys` module, one per VM (https://docs.python.org/3.11/library/sys.html).
 * Its streams write through the host callbacks given to `createVM`; its
 * recursion limit is the VM thread's.
 */
import { PyObject, type PyValue } from "../objects/object.js";
import { makeBuiltinType, ObjectType, PyType, TypeFlags, TypeType } from "../objects/type.js";
import { PyBuiltinFunction, defineMethod } from "../objects/builtin-function.js";
import { PyModule } from "../objects/module.js";
import { PyList } from "../objects/list.js";
import { newTuple } from "../objects/tuple.js";
import { newFloat } from "../objects/float.js";
import { defineGetSet } from "../objects/builtin-function.js";
import { newException, typeName } from "../objects/errors.js";
import { makeStructSeq } from "./struct-seq.js";
import { None } from "../objects/singletons.js";
import * as E from "../objects/exceptions.js";
import { PyBaseException } from "../objects/exceptions.js";
import { overflowError, recursionError, runtimeError, typeError, valueError } from "../objects/errors.js";
import type { TextSink } from "../objects/thread-state.js";
import { repr } from "../protocols/repr.js";
import { getIntMaxStrDigits, setIntMaxStrDigits, INT_MAX_STR_DIGITS_THRESHOLD } from "../objects/int.js";
import { callObject } from "../protocols/call.js";
import { getAttr, instanceSet } from "../protocols/attribute.js";
import type { VMThread } from "../vm/thread.js";
import type { ModuleRegistry } from "./registry.js";

export const TextIOType = makeBuiltinType("TextIOWrapper", ObjectType, TypeFlags.IMMUTABLE, "_io");

/** `sys.stdout` / `sys.stderr` / `sys.stdin`: a text stream over a host sink or line reader. */
export class PyTextStream extends PyObject {
  readonly sink: TextSink;
  readonly name: string;
  /** For stdin: the host's line reader (one line without its newline, null at EOF). */
  readonly reader: (() => string | null) | null;
  private eof = false;
  constructor(sink: TextSink, name: string, reader: (() => string | null) | null = null) {
    super(TextIOType);
    this.sink = sink;
    this.name = name;
    this.reader = reader;
  }

  /** One line including its newline, "" at end of input. */
  readLine(): string {
    if (this.reader === null) throw newException(UnsupportedOperation, "not readable");
    if (this.eof) return "";
    const line = this.reader();
    if (typeof line === "object" && line !== null) {
      // An async provider outside vm.runAsync (under runAsync, input() awaits it: vm/suspend.ts).
      throw runtimeError("the input provider returned a Promise: run the program with vm.runAsync() to wait for it");
    }
    if (line === null) {
      this.eof = true;
      return "";
    }
    return `${line}\n`;
  }
}

/** `io.UnsupportedOperation` (an OSError and ValueError in CPython; an OSError here). */
export const UnsupportedOperation = new PyType(TypeType, "UnsupportedOperation", [E.OSError], TypeFlags.BASETYPE | TypeFlags.BASE_EXC_SUBCLASS, undefined, "io");

function stream(self: PyValue): PyTextStream {
  if (!(self instanceof PyTextStream)) throw typeError("descriptor requires a '_io.TextIOWrapper' object");
  return self;
}

defineMethod(TextIOType, "write", (self, args) => {
  const s = args[0];
  if (typeof s !== "string") throw typeError(`write() argument must be str, not ${s === undefined ? "nothing" : typeName(s)}`);
  const st = stream(self);
  if (st.reader !== null) throw newException(UnsupportedOperation, "not writable");
  st.sink.write(s);
  return s.length;
});
defineMethod(TextIOType, "readline", (self) => stream(self).readLine());
defineMethod(TextIOType, "read", (self) => {
  const st = stream(self);
  let out = "";
  for (let l = st.readLine(); l !== ""; l = st.readLine()) out += l;
  return out;
});
defineMethod(TextIOType, "readlines", (self) => {
  const st = stream(self);
  const out: PyValue[] = [];
  for (let l = st.readLine(); l !== ""; l = st.readLine()) out.push(l);
  return new PyList(out);
});
defineMethod(TextIOType, "__iter__", (self) => self);
defineMethod(TextIOType, "__next__", (self) => {
  const l = stream(self).readLine();
  if (l === "") throw newException(E.StopIteration);
  return l;
});
defineMethod(TextIOType, "fileno", (self) => {
  const n = stream(self).name;
  return n === "<stdin>" ? 0 : n === "<stdout>" ? 1 : 2;
});
defineMethod(TextIOType, "readable", (self) => stream(self).reader !== null);
defineMethod(TextIOType, "writable", (self) => stream(self).reader === null);
defineGetSet(TextIOType, "encoding", () => "utf-8");
defineGetSet(TextIOType, "errors", () => "strict");
defineGetSet(TextIOType, "name", (self) => stream(self).name);
defineGetSet(TextIOType, "closed", () => false);
defineGetSet(TextIOType, "mode", (self) => (stream(self).reader !== null ? "r" : "w"));
defineMethod(TextIOType, "flush", (self) => {
  (self as PyTextStream).sink.flush?.();
  return None;
});
defineMethod(TextIOType, "isatty", () => false);
defineMethod(TextIOType, "__repr__", (self) => {
  const st = stream(self);
  return `<_io.TextIOWrapper name='${st.name}' mode='${st.reader !== null ? "r" : "w"}' encoding='utf-8'>`;
});

const VersionInfo = makeStructSeq("sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"]);
const FloatInfo = makeStructSeq("sys.float_info", ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"]);
const IntInfo = makeStructSeq("sys.int_info", ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"]);
const HashInfo = makeStructSeq("sys.hash_info", ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"]);
const Flags = makeStructSeq("sys.flags", [
  "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment",
  "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
  "safe_path", "int_max_str_digits",
]);

export interface SysOptions {
  argv: readonly string[];
  path: readonly string[];
}

/**
 * `sys.implementation` is a `types.SimpleNamespace` in CPython. Importing
 * `types` at start-up would cost ~30 ms, so this is a small native type of
 * the same name whose one instance holds fixed attributes and prints as
 * `namespace(name=..., ...)`.
 */
const NamespaceType = makeBuiltinType("SimpleNamespace", ObjectType, TypeFlags.IMMUTABLE, "types");
class PyNamespace extends PyObject {
  /** Attribute names in repr order. */
  fields: readonly string[] = [];
}
defineMethod(NamespaceType, "__repr__", (self) => {
  const fields = self instanceof PyNamespace ? self.fields : [];
  return `namespace(${fields.map((f) => `${f}=${repr(getAttr(self, f))}`).join(", ")})`;
});

function makeNamespace(entries: readonly (readonly [string, PyValue])[]): PyObject {
  const o = new PyNamespace(NamespaceType);
  for (const [k, v] of entries) instanceSet(o, k, v);
  o.fields = entries.map(([k]) => k);
  return o;
}

export function createSysModule(ts: VMThread, reg: ModuleRegistry, opts: SysOptions): PyModule {
  const m = new PyModule("sys");
  const d = m.dict;
  const fn = (name: string, f: (args: PyValue[]) => PyValue) => d.setStr(name, new PyBuiltinFunction(name, (args) => f(args), m));
  d.setStr("argv", new PyList([...opts.argv]));
  d.setStr("path", new PyList([...opts.path]));
  d.setStr("modules", reg.modules);
  d.setStr("maxsize", 9223372036854775807n);
  d.setStr("maxunicode", 0x10ffff);
  d.setStr("float_repr_style", "short");
  d.setStr("float_info", FloatInfo.make([
    newFloat(Number.MAX_VALUE), 1024, 308, newFloat(2.2250738585072014e-308), -1021, -307, 15, 53, newFloat(Number.EPSILON), 2, 1,
  ]));
  d.setStr("int_info", IntInfo.make([30, 4, 4300, 640]));
  d.setStr("hash_info", HashInfo.make([64, 2305843009213693951n, 314159, 0, 1000003, "siphash13", 64, 128, 0]));
  d.setStr("flags", Flags.make([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, false, 0, 0, false, -1]));
  d.setStr("byteorder", "little");
  d.setStr("platform", "linux");
  d.setStr("version", "3.11.7 (pyvm)");
  d.setStr("version_info", VersionInfo.make([3, 11, 7, "final", 0]));
  d.setStr("hexversion", 0x30b07f0);
  d.setStr("executable", "pyvm");
  d.setStr("builtin_module_names", newTuple(reg.builtinNames()));
  d.setStr("implementation", makeNamespace([
    ["name", "pyvm"],
    ["cache_tag", None],
    ["version", VersionInfo.make([0, 1, 0, "alpha", 0])],
    ["hexversion", 0x000100a0],
  ]));
  const stdout = new PyTextStream(ts.stdout, "<stdout>");
  const stderr = new PyTextStream(ts.stderr, "<stderr>");
  d.setStr("stdout", stdout);
  d.setStr("stderr", stderr);
  d.setStr("__stdout__", stdout);
  d.setStr("__stderr__", stderr);
  const stdinReader = ts.stdin;
  const stdin = new PyTextStream(ts.stdout, "<stdin>", () => (stdinReader === null ? null : stdinReader()));
  d.setStr("stdin", stdin);
  d.setStr("__stdin__", stdin);
  ts.stdinStream = stdin;
  fn("getrecursionlimit", () => ts.recursionLimit);
  fn("get_int_max_str_digits", () => getIntMaxStrDigits());
  fn("set_int_max_str_digits", (args) => {
    const n = typeof args[0] === "boolean" ? Number(args[0]) : args[0];
    if (n === undefined || args.length !== 1) throw typeError(`set_int_max_str_digits() takes exactly one argument (${args.length} given)`);
    if (typeof n === "bigint") throw overflowError("Python int too large to convert to C int");
    if (typeof n !== "number") throw typeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
    if (n !== 0 && n < INT_MAX_STR_DIGITS_THRESHOLD) throw valueError(`maxdigits must be 0 or larger than ${INT_MAX_STR_DIGITS_THRESHOLD}`);
    setIntMaxStrDigits(n);
    return None;
  });
  fn("setrecursionlimit", (args) => {
    const n = typeof args[0] === "boolean" ? Number(args[0]) : args[0];
    if (n === undefined || args.length !== 1) throw typeError(`sys.setrecursionlimit() takes exactly one argument (${args.length} given)`);
    if (typeof n === "bigint") throw overflowError("Python int too large to convert to C int");
    if (typeof n !== "number") throw typeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
    if (n < 1) throw valueError("recursion limit must be greater or equal than 1");
    if (n <= ts.depth) {
      throw recursionError(`cannot set the recursion limit to ${n} at the recursion depth ${ts.depth}: the limit is too low`);
    }
    // A host's maxRecursionDepth (createVM) is a ceiling the program cannot raise.
    ts.recursionLimit = Math.min(n, ts.control.maxRecursionDepth);
    return None;
  });
  fn("exit", (args) => {
    const code = args[0];
    throw new PyBaseException(E.SystemExit, code === undefined || code === None ? newTuple([]) : newTuple([code]));
  });
  fn("exc_info", () => {
    const e = ts.handledException();
    if (e === null) return newTuple([None, None, None]);
    return newTuple([e.cls, e, e.traceback]);
  });
  fn("_getframe", (args) => {
    const depth = args[0] ?? 0;
    if (typeof depth !== "number") throw typeError(`'${typeName(depth)}' object cannot be interpreted as an integer`);
    const f = ts.getFrame(depth);
    if (f === null) throw valueError("call stack is not deep enough");
    return f;
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
