/**
 * The embedding API: `createVM(options)` returns a `VM` that compiles and
 * runs Python source, formats uncaught exceptions like CPython and maps
 * `SystemExit` to exit codes. Each VM owns its thread state, module
 * registry, `sys` and `__main__`; it installs its thread state while it
 * runs and restores the previous one afterwards, so VMs can coexist and
 * nest.
 *
 * Two layers: the host-facing API (`run`, `eval`, `import`, `get`/`set`,
 * `globals`, `registerFunction`, `registerModule`; values converted by the
 * bridge in convert.ts, Python exceptions thrown as `PythonError`) is what
 * docs/embedding.md documents; the CLI-facing methods (`runMain`,
 * `runInteractive`, `runSource`, `compile`, …) print tracebacks and return
 * exit codes like the `python3` command.
 */
import { compile, type CodeObject } from "@pyvm/bytecode";
import { PySyntaxError } from "@pyvm/parser";
import type { PyValue } from "../objects/object.js";
import { PyDict } from "../objects/dict.js";
import { PyModule } from "../objects/module.js";
import { None } from "../objects/singletons.js";
import * as E from "../objects/exceptions.js";
import { PyBaseException } from "../objects/exceptions.js";
import { runtimeError } from "../objects/errors.js";
import { setThreadState, type TextSink } from "../objects/thread-state.js";
import { str } from "../protocols/repr.js";
import { callObject } from "../protocols/call.js";
import type { JitBackend } from "../jit-interface.js";
import { VMThread } from "../vm/thread.js";
import { Frame } from "../vm/frame.js";
import { runtimeOf } from "../vm/code-runtime.js";
import { evalFrame } from "../vm/eval-loop.js";
import { ModuleRegistry } from "../modules/registry.js";
import { createSysModule, displayHook } from "../modules/sys.js";
import { formatException as formatExc } from "../traceback/format.js";
import { syntaxErrorFromParser } from "../traceback/syntax-error.js";
import { createBuiltinsModule } from "../modules/builtins.js";
import { createHostModule, type HostHooks } from "../modules/pyvm-host.js";
import { HOST_MODULES } from "../modules/host-modules.js";
import { Bridge } from "./convert.js";
import { PythonError } from "./python-error.js";
import { createVfsOpen } from "./vfs-open.js";
import type { ExecLimitOptions } from "../vm/limits.js";
import { runAsync, type RunAsyncOptions } from "./async.js";
import type { PyProxy } from "./proxy.js";

/** Limits (`maxSteps`, `timeoutMs`, allocation caps, `maxRecursionDepth`, `interruptBuffer`): see vm/limits.ts and docs/embedding.md. */
export interface VMOptions extends ExecLimitOptions {
  /** Receives everything Python writes to `sys.stdout` (buffered; flushed at least when control returns to the host). */
  stdout?: (s: string) => void;
  /** Receives everything written to `sys.stderr` (stdout is flushed first). */
  stderr?: (s: string) => void;
  /** `sys.argv` (default `[""]`). */
  argv?: string[];
  /** A JIT backend (e.g. `createJitBackend()` from `@pyvm/jit-codegen`); absent/null = interpreter only. */
  jit?: JitBackend | null;
  /**
   * Line provider for `input()` and `sys.stdin`: one line without its
   * newline, or null at end of input (`input()` then raises EOFError). The
   * prompt has already been written to stdout. Absent = always end of input.
   */
  input?: () => string | null;
  /** Older name of `input` (the CLI's); `input` wins when both are given. */
  stdin?: () => string | null;
  /**
   * Virtual file system for imports: path → source, e.g.
   * `{ "helpers.py": "...", "pkg/__init__.py": "" }`. Looked up before
   * `readFile`. A leading "/" or "./" is ignored.
   */
  files?: Readonly<Record<string, string>>;
  /** Initial `sys.path` entries (default `[""]` when `files` is given, else empty; the CLI passes the script's directory). */
  path?: string[];
  /**
   * Host hook for imports (and `os.path.exists`): the text of the file at
   * `path`, or null. Absent = no host file system at all: only builtin,
   * stdlib, registered and `files` modules can be imported.
   */
  readFile?: (path: string) => string | null;
  /** `os.getcwd()` (default "/"). */
  getcwd?: () => string;
  /** `os.environ` (default empty). */
  environ?: Record<string, string>;
}

export interface InteractiveResult {
  /** The exit status when the input raised SystemExit, else null. */
  exit: number | null;
}

class BufferedSink implements TextSink {
  private buf = "";
  constructor(private readonly out: (s: string) => void) {}
  write(s: string): void {
    this.buf += s;
    if (this.buf.length > 8192) this.flush();
  }
  flush(): void {
    const b = this.buf;
    if (b === "") return;
    // Clear only once the host writer returned: if it throws (e.g. a JS stack overflow at the
    // bottom of a deep Python → JS → Python recursion), the text stays for the next flush.
    this.out(b);
    this.buf = this.buf.length === b.length ? "" : this.buf.slice(b.length);
  }
}

export class VM {
  readonly thread: VMThread;
  readonly registry: ModuleRegistry;
  readonly builtinsModule: PyModule;
  readonly sys: PyModule;
  private readonly out: BufferedSink;
  private readonly err: BufferedSink;
  private mainModule: PyModule | null = null;
  /** JS ↔ Python conversion and host-entry guard (convert.ts). */
  readonly bridge: Bridge;

  constructor(options: VMOptions = {}) {
    this.out = new BufferedSink(options.stdout ?? (() => {}));
    this.err = new BufferedSink(options.stderr ?? (() => {}));
    // stderr writes flush stdout first so interleaving matches a line-buffered terminal.
    const out = this.out;
    const err = this.err;
    const errSink: TextSink = {
      write(s: string) {
        out.flush();
        err.write(s);
        err.flush();
      },
      flush() {
        err.flush();
      },
    };
    const builtins = new PyModule("builtins", createBuiltinsModule());
    this.builtinsModule = builtins;
    this.thread = new VMThread({ stdout: out, stderr: errSink, stdin: options.input ?? options.stdin ?? null, jit: options.jit ?? null, builtins: builtins.dict });
    const ts = this.thread;
    ts.control.configure(options);
    const vfs = options.files === undefined ? null : fileTable(options.files);
    const readFile = composeReadFile(vfs, options.readFile);
    this.registry = new ModuleRegistry({
      readFile,
      exec: (code, globals) => {
        ts.execCode(code, globals, globals);
      },
      rememberSource: (f, s) => ts.rememberSource(f, s),
    });
    this.registry.builtinsModule = builtins;
    this.registry.registerBuiltin("builtins", () => builtins);
    this.registry.add("builtins", builtins);
    ts.modules = this.registry;
    ts.displayHook = (v) => this.callDisplayHook(v);
    const path = options.path ?? (options.files !== undefined ? [""] : []);
    this.sys = this.withThread(() => createSysModule(ts, this.registry, { argv: options.argv ?? [""], path }));
    this.registry.sysModule = this.sys;
    this.registry.add("sys", this.sys);
    this.registry.registerBuiltin("sys", () => this.sys);
    const hooks: HostHooks = {
      getcwd: options.getcwd ?? (() => "/"),
      fileExists: (p) => readFile !== null && readFile(p) !== null,
      environ: options.environ ?? {},
      formatException: (e) => formatExc(e, (f) => this.thread.sources.get(f)),
      sourceLine: (f, n) => this.thread.sources.get(f)?.[n - 1],
    };
    this.registry.registerBuiltin("_pyvm_host", () => createHostModule(this.registry, hooks));
    // With a virtual file system, open() reads it (read-only); otherwise open() keeps raising OSError.
    if (vfs !== null) builtins.dict.setStr("open", createVfsOpen((p) => vfs.get(normalizePath(p)), (n) => this.registry.gcdImport(n)));
    for (const [name, factory] of Object.entries(HOST_MODULES)) this.registry.registerBuiltin(name, factory);
    this.bridge = new Bridge({
      withThread: (f) => this.withThread(f),
      formatException: (e) => this.formatException(e),
      exitStatus: (e) => this.exitStatus(e),
      builtinsDict: () => this.builtinsModule.dict,
      flush: () => this.flush(),
    });
  }

  // ---- host API (docs/embedding.md) ---------------------------------------------

  /**
   * Run `source` as statements in `__main__` (successive runs share its
   * globals). Throws `PythonError` for an uncaught Python exception,
   * including `SyntaxError` and `SystemExit` (see `PythonError.exitCode`).
   * Tracebacks show source lines when `filename` does not start with "<".
   */
  run(source: string, options: { filename?: string } = {}): void {
    const filename = options.filename ?? "<string>";
    this.bridge.enter(() => this.runSource(source, filename));
  }

  /**
   * Evaluate one Python expression in `__main__`'s namespace; the result is
   * converted to JS. `T` is an unchecked convenience cast
   * (`vm.eval<number>("1 + 1")`).
   */
  eval<T = unknown>(expression: string, options: { filename?: string } = {}): T {
    const filename = options.filename ?? "<string>";
    return this.bridge.enter(() => this.bridge.toJs(this.evalSource(expression, filename))) as T;
  }

  /** `import name` (dotted names give the submodule); returns a proxy for the module. */
  import(name: string): PyProxy {
    return this.bridge.enter(() => this.bridge.toJs(this.registry.gcdImport(name))) as PyProxy;
  }

  /** A `__main__` global, converted; undefined when it is not bound. `T`: unchecked cast (`vm.get<PyProxy>("f")`). */
  get<T = unknown>(name: string): T {
    return this.bridge.enter(() => {
      const v = this.main().dict.getStr(name);
      return v === undefined ? undefined : this.bridge.toJs(v);
    }) as T;
  }

  /** Bind a `__main__` global to a converted JS value (a function becomes callable from Python). */
  set(name: string, value: unknown): void {
    this.bridge.enter(() => this.main().dict.setStr(name, this.bridge.toPy(value)));
  }

  /** `__main__`'s namespace: get/set/has/delete/keys over converted values. */
  get globals(): VMGlobals {
    return {
      get: (name) => this.get(name),
      set: (name, value) => this.set(name, value),
      has: (name) => this.main().dict.getStr(name) !== undefined,
      delete: (name) => this.main().dict.deleteStr(name) !== undefined,
      keys: () => this.main().dict.keys().filter((k): k is string => typeof k === "string"),
    };
  }

  /**
   * Make the JS function `fn` a builtin: callable as `name(...)` from every
   * module of this VM. Positional arguments arrive converted; keyword
   * arguments as one trailing plain object; the return value is converted;
   * a thrown `PythonError("ValueError", msg)` raises that exception, any
   * other thrown value a RuntimeError.
   */
  registerFunction(name: string, fn: (...args: never[]) => unknown): void {
    this.bridge.enter(() => this.builtinsModule.dict.setStr(name, this.bridge.wrapFunction(fn, undefined, false, name)));
  }

  /**
   * Make `import name` give a module whose attributes are the own enumerable
   * properties of `attrs` (or the entries of a Map), converted when the
   * module is first imported (functions become callable from Python, with
   * `this` = `attrs`). Registering again replaces the module for later
   * imports. `sys` and `builtins` cannot be replaced (the VM holds them).
   */
  registerModule(name: string, attrs: Readonly<Record<string, unknown>> | ReadonlyMap<string, unknown>): void {
    if (name === "sys" || name === "builtins") throw new TypeError(`cannot replace the '${name}' module`);
    this.registerNativeModule(name, () => {
      const m = new PyModule(name);
      const entries: [string, unknown][] =
        attrs instanceof Map ? [...(attrs as ReadonlyMap<string, unknown>)] : Object.keys(attrs).map((k) => [k, (attrs as Record<string, unknown>)[k]]);
      for (const [k, v] of entries) {
        m.dict.setStr(k, typeof v === "function" ? this.bridge.wrapFunction(v as Function, attrs, false, k) : this.bridge.toPy(v));
      }
      return m;
    });
    this.registry.modules.deleteStr(name);
  }

  /**
   * Raise KeyboardInterrupt in the running program at its next back-edge or
   * call (callable from a JS function Python called, or from a timer while
   * `runAsync` yields). No effect on a later run.
   */
  interrupt(): void {
    this.thread.control.interrupt();
  }

  /** Steps (see `maxSteps`) used by the current or last top-level run. */
  get stepsUsed(): number {
    return this.thread.control.stepsUsed;
  }

  /**
   * Stop the running program: KeyboardInterrupt at its next check and at
   * every later check until the run ends, so `except:` cannot swallow it
   * (a stop button for untrusted code). No effect on a later run.
   */
  terminate(): void {
    this.thread.control.terminate();
  }

  /**
   * Like `run`, but `input()` (with `options.input` or an async provider)
   * and registered JS functions returning a Promise suspend the program
   * until the promise settles, and the program yields to the event loop
   * every `sliceMs`. Runs interpreted; see docs/embedding.md for where a
   * program can wait.
   */
  runAsync(source: string, options: RunAsyncOptions = {}): Promise<void> {
    return runAsync(
      {
        thread: this.thread,
        enter: (f) => this.bridge.enter(f),
        prepare: (src, filename) =>
          this.bridge.enter(() => {
            const code = this.compile(src, filename, "exec");
            const m = this.main();
            if (filename !== "<string>" && filename !== "<stdin>") m.dict.setStr("__file__", filename);
            if (m.dict.getStr("__builtins__") === undefined) m.dict.setStr("__builtins__", this.builtinsModule);
            return { code, globals: m.dict };
          }),
      },
      source,
      options,
    );
  }

  /** Register a module implemented against the object model (a factory run on first import). */
  registerNativeModule(name: string, factory: () => PyModule): void {
    this.registry.registerBuiltin(name, factory);
  }

  /**
   * Run `f` with this VM's thread state installed (re-entrant). Every entry
   * from the host into Python goes through here.
   * @internal
   */
  withThread<T>(f: () => T): T {
    const prev = setThreadState(this.thread);
    // A new top-level run (not a re-entry from a JS callback, not a runAsync slice): fresh limits.
    if (prev !== this.thread && this.thread.frame === null && this.thread.control.async === null) this.thread.control.beginRun();
    try {
      return f();
    } finally {
      setThreadState(prev);
    }
  }

  private callDisplayHook(v: PyValue): void {
    const hook = this.sys.dict.getStr("displayhook");
    if (hook === undefined) throw runtimeError("lost sys.displayhook");
    const dflt = this.sys.dict.getStr("__displayhook__");
    if (hook === dflt) displayHook(this.thread, this.registry, v);
    else this.withThread(() => callHook(hook, v));
  }

  /** The `__main__` module (created on first use). */
  main(name = "__main__"): PyModule {
    if (this.mainModule === null || this.mainModule.name !== name) {
      const m = new PyModule(name);
      m.dict.setStr("__builtins__", this.builtinsModule);
      m.dict.setStr("__doc__", None);
      m.dict.setStr("__package__", None);
      m.dict.setStr("__spec__", None);
      m.dict.setStr("__loader__", None);
      this.mainModule = m;
      this.registry.add(name, m);
      this.thread.mainGlobals = m.dict;
    }
    return this.mainModule;
  }

  /** Compile (Python SyntaxError on failure) and remember the source for tracebacks. */
  compile(source: string, filename: string, mode: "exec" | "eval" | "single" = "exec"): CodeObject {
    try {
      const code = compile(source, { filename, mode });
      // Like CPython, tracebacks show source lines only for real files, not <stdin>/<string>.
      if (!filename.startsWith("<")) this.thread.rememberSource(filename, source);
      return code;
    } catch (e) {
      if (e instanceof PySyntaxError) throw syntaxErrorFromParser(e);
      throw e;
    }
  }

  /** Run `source` as module `name` (default `__main__`); uncaught Python exceptions are thrown as PyBaseException. */
  runSource(source: string, filename: string, opts: { name?: string } = {}): void {
    const code = this.compile(source, filename, "exec");
    const m = this.main(opts.name ?? "__main__");
    if (filename !== "<string>" && filename !== "<stdin>") m.dict.setStr("__file__", filename);
    this.runCode(code, m.dict);
  }

  /** Run a code object with `globals` (default: `__main__`'s dict) as globals and locals. */
  runCode(code: CodeObject, globals?: PyDict): PyValue {
    const g = globals ?? this.main().dict;
    if (g.getStr("__builtins__") === undefined) g.setStr("__builtins__", this.builtinsModule);
    return this.withThread(() => {
      try {
        const frame = new Frame(code, runtimeOf(code, this.thread), g, this.thread.builtins, null, g);
        return evalFrame(this.thread, frame);
      } finally {
        this.flush();
      }
    });
  }

  /** Evaluate an expression in `__main__` and return its value. */
  evalSource(source: string, filename = "<string>"): PyValue {
    const code = this.compile(source, filename, "eval");
    return this.runCode(code);
  }

  /** REPL input: mode "single" (expression statements echo through sys.displayhook). */
  runInteractive(source: string, filename = "<stdin>"): InteractiveResult {
    try {
      const code = this.compile(source, filename, "single");
      this.runCode(code);
      return { exit: null };
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      if (e.cls.isSubtypeOf(E.SystemExit)) return { exit: this.exitCode(e) };
      this.printException(e);
      return { exit: null };
    }
  }

  /** The CLI entry: run a compiled `__main__`; prints tracebacks; returns the process exit status. */
  runMain(code: CodeObject, source: string): number {
    this.thread.rememberSource(code.filename, source);
    return this.guard(() => {
      const m = this.main();
      if (code.filename !== "<string>" && code.filename !== "<stdin>") m.dict.setStr("__file__", code.filename);
      this.runCode(code, m.dict);
    });
  }

  /** Compile and run `source` as `__main__`; prints tracebacks; returns the exit status. */
  runMainSource(source: string, filename: string): number {
    return this.guard(() => this.runSource(source, filename));
  }

  private guard(f: () => void): number {
    try {
      f();
      this.flush();
      return 0;
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      if (e.cls.isSubtypeOf(E.SystemExit)) return this.exitCode(e);
      this.printException(e);
      return 1;
    }
  }

  printException(e: PyValue): void {
    this.flush();
    this.thread.stderr.write(this.formatException(e));
  }

  formatException(exc: PyValue): string {
    return this.withThread(() => formatExc(exc, (f) => this.thread.sources.get(f)));
  }

  /** SystemExit → exit status without printing anything (the `PythonError.exitCode` rule). */
  exitStatus(exc: PyBaseException): number {
    const args = exc.args.items;
    const code = args.length === 0 ? None : args.length === 1 ? (args[0] as PyValue) : exc.args;
    if (code === None) return 0;
    if (typeof code === "number") return code & 0xff;
    if (typeof code === "boolean") return code ? 1 : 0;
    return 1;
  }

  /** SystemExit → exit status: no arg/None → 0, int → it, anything else printed to stderr → 1. */
  exitCode(exc: PyBaseException): number {
    const args = exc.args.items;
    const code = args.length === 0 ? None : args.length === 1 ? (args[0] as PyValue) : exc.args;
    if (code === None) return 0;
    if (typeof code === "number") return code & 0xff;
    if (typeof code === "boolean") return code ? 1 : 0;
    this.flush();
    this.thread.stderr.write(`${this.withThread(() => str(code))}\n`);
    return 1;
  }

  flush(): void {
    this.out.flush();
    this.err.flush();
  }
}

function callHook(hook: PyValue, v: PyValue): void {
  callObject(hook, [v], null);
}

/** `vm.globals`: `__main__`'s namespace with converted values. */
export interface VMGlobals {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  has(name: string): boolean;
  delete(name: string): boolean;
  keys(): string[];
}

/** `files` keyed by normalized path. */
function fileTable(files: Readonly<Record<string, string>>): Map<string, string> {
  const table = new Map<string, string>();
  for (const k of Object.keys(files)) {
    const v = files[k];
    if (typeof v === "string") table.set(normalizePath(k), v);
  }
  return table;
}

/** `files` (virtual file system) in front of the host `readFile` hook. */
function composeReadFile(table: Map<string, string> | null, readFile: ((path: string) => string | null) | undefined): ((path: string) => string | null) | null {
  if (table === null) return readFile ?? null;
  return (p) => table.get(normalizePath(p)) ?? (readFile === undefined ? null : readFile(p));
}

function normalizePath(p: string): string {
  let s = p;
  for (;;) {
    if (s.startsWith("./")) s = s.slice(2);
    else if (s.startsWith("/")) s = s.slice(1);
    else return s;
  }
}

export { PythonError };

export function createVM(options: VMOptions = {}): VM {
  return new VM(options);
}
