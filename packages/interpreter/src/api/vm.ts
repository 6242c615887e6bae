/**
 * The embedding API: `createVM(options)` returns a `VM` that compiles and
 * runs Python source, formats uncaught exceptions like CPython and maps
 * `SystemExit` to exit codes. Each VM owns its thread state, module
 * registry, `sys` and `__main__`; it installs its thread state while it
 * runs and restores the previous one afterwards, so VMs can coexist and
 * nest.
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

export interface VMOptions {
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  argv?: string[];
  jit?: JitBackend | null;
  /** One line of input without its newline, or null at end of input. */
  stdin?: () => string | null;
  /** Initial `sys.path` entries (the CLI passes the main script's directory). */
  path?: string[];
  /** Host file-system hook for imports; null/absent = only builtin modules. */
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
    if (this.buf !== "") {
      const b = this.buf;
      this.buf = "";
      this.out(b);
    }
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
    this.thread = new VMThread({ stdout: out, stderr: errSink, stdin: options.stdin ?? null, jit: options.jit ?? null, builtins: builtins.dict });
    const ts = this.thread;
    this.registry = new ModuleRegistry({
      readFile: options.readFile ?? null,
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
    this.sys = this.withThread(() => createSysModule(ts, this.registry, { argv: options.argv ?? [""], path: options.path ?? [] }));
    this.registry.sysModule = this.sys;
    this.registry.add("sys", this.sys);
    this.registry.registerBuiltin("sys", () => this.sys);
    const readFile = options.readFile ?? null;
    const hooks: HostHooks = {
      getcwd: options.getcwd ?? (() => "/"),
      fileExists: (p) => readFile !== null && readFile(p) !== null,
      environ: options.environ ?? {},
    };
    this.registry.registerBuiltin("_pyvm_host", () => createHostModule(this.registry, hooks));
    for (const [name, factory] of Object.entries(HOST_MODULES)) this.registry.registerBuiltin(name, factory);
  }

  /** Register a builtin module factory (e.g. `math`) importable by name. */
  registerModule(name: string, factory: () => PyModule): void {
    this.registry.registerBuiltin(name, factory);
  }

  private withThread<T>(f: () => T): T {
    const prev = setThreadState(this.thread);
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

export function createVM(options: VMOptions = {}): VM {
  return new VM(options);
}
