/**
 * `_pyvm_host`: the few host services the pure-Python stdlib modules
 * (`time`, `os`, `importlib`, `io` in src/modules/lib) build on — clocks,
 * sleeping, the working directory, file existence and module reload.
 *
 * Everything that touches the outside world goes through the hooks given to
 * `createVM`, so the interpreter itself still never needs Node APIs; clocks
 * use `Date.now` and `performance.now`, which every JS host has.
 */
import type { PyValue } from "../objects/object.js";
import { PyBuiltinFunction } from "../objects/builtin-function.js";
import { PyModule } from "../objects/module.js";
import { PyDict } from "../objects/dict.js";
import { newFloat, PyFloat } from "../objects/float.js";
import { None } from "../objects/singletons.js";
import { typeError, valueError } from "../objects/errors.js";
import type { ModuleRegistry } from "./registry.js";

export interface HostHooks {
  getcwd: () => string;
  fileExists: (path: string) => boolean;
  environ: Readonly<Record<string, string>>;
  /** The default excepthook's text for an exception (traceback, chained exceptions). */
  formatException?: (exc: PyValue) => string;
  /** Line `lineno` (1-based) of a file the VM has run or imported, or undefined. */
  sourceLine?: (filename: string, lineno: number) => string | undefined;
}

const perf: { now(): number } = (globalThis as { performance?: { now(): number } }).performance ?? { now: () => Date.now() };
const started = perf.now();

function seconds(v: PyValue | undefined, fname: string): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyFloat) return v.value;
  if (typeof v === "bigint") return Number(v);
  throw typeError(`'${v === undefined ? "NoneType" : typeof v}' object cannot be interpreted as an integer (${fname})`);
}

/** Block for `ms` milliseconds without burning the CPU where the host allows it. */
function blockFor(ms: number): void {
  if (ms <= 0) return;
  const sab = typeof SharedArrayBuffer === "function" ? new Int32Array(new SharedArrayBuffer(4)) : null;
  if (sab !== null && typeof Atomics === "object" && typeof Atomics.wait === "function") {
    try {
      Atomics.wait(sab, 0, 0, ms);
      return;
    } catch {
      // Atomics.wait is not allowed on a browser main thread: fall through to a busy wait.
    }
  }
  const end = perf.now() + ms;
  while (perf.now() < end) {
    // busy wait
  }
}

export function createHostModule(reg: ModuleRegistry, hooks: HostHooks): PyModule {
  const m = new PyModule("_pyvm_host");
  const d = m.dict;
  const fn = (name: string, f: (args: PyValue[]) => PyValue) => d.setStr(name, new PyBuiltinFunction(name, (args) => f(args), m));
  fn("time", () => newFloat(Date.now() / 1000));
  // For the traceback module: the same rendering as an uncaught exception, and source lines.
  fn("format_exception", (args) => hooks.formatException?.(args[0] as PyValue) ?? "");
  fn("source_line", (args) => {
    const f = args[0], n = args[1];
    if (typeof f !== "string" || typeof n !== "number") return "";
    return hooks.sourceLine?.(f, n) ?? "";
  });
  fn("time_ns", () => BigInt(Date.now()) * 1000000n);
  fn("perf_counter", () => newFloat(perf.now() / 1000));
  fn("perf_counter_ns", () => Math.round((perf.now() - started) * 1e6));
  fn("process_time", () => newFloat((perf.now() - started) / 1000));
  fn("sleep", (args) => {
    const s = seconds(args[0], "sleep");
    if (s < 0) throw valueError("sleep length must be non-negative");
    blockFor(s * 1000);
    return None;
  });
  fn("getcwd", () => hooks.getcwd());
  fn("exists", (args) => typeof args[0] === "string" && hooks.fileExists(args[0]));
  fn("reload", (args) => {
    const mod = args[0];
    if (!(mod instanceof PyModule)) throw typeError("reload() argument must be a module");
    return reg.reload(mod);
  });
  const env = new PyDict();
  for (const [k, v] of Object.entries(hooks.environ)) env.setStr(k, v);
  d.setStr("environ", env);
  return m;
}
