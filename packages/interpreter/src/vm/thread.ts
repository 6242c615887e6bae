/**
 * `VMThread`: the per-VM execution state and its implementation of the
 * object model's `ThreadState` interface.
 *
 * Everything mutable that belongs to one running VM lives here (frame chain,
 * recursion depth and limit, the handled-exception stack, the module
 * registry, streams, the JIT backend), so two VMs in one process share only
 * immutable builtin types. The VM installs its thread with
 * `setThreadState` on entry and restores the previous one on exit.
 */
import { compile as compileSource, type CodeObject } from "@pyvm/bytecode";
import { PySyntaxError } from "@pyvm/parser";
import type { PyValue } from "../objects/object.js";
import { PyDict } from "../objects/dict.js";
import { PyModule } from "../objects/module.js";
import type { PyFunction } from "../objects/function.js";
import { PyBaseException } from "../objects/exceptions.js";
import { PyCell } from "../objects/cell.js";
import { PyCode } from "../objects/code.js";
import { None } from "../objects/singletons.js";
import { eofError, recursionError, runtimeError } from "../objects/errors.js";
import type { TextSink, ThreadState } from "../objects/thread-state.js";
import { MAX_COMPILED_DEPTH, type JitBackend } from "../jit-interface.js";
import { Frame } from "./frame.js";
import { runtimeOf } from "./code-runtime.js";
import { evalFrame } from "./eval-loop.js";
import { newFrameForCall, startGenerator } from "./ops/call.js";
import { syntaxErrorFromParser } from "../traceback/syntax-error.js";
import { frameObject } from "./frame-object.js";
import type { ModuleRegistry } from "../modules/registry.js";
import { ExecControl, TICKS_REFILL } from "./limits.js";
import { asyncInput } from "./suspend.js";


/** One entry of the handled-exception stack (CPython's `_PyErr_StackItem`). */
export class ExcItem {
  /** The exception being handled, or None. */
  value: PyValue = None;
  previous: ExcItem | null = null;
}

export interface VMThreadOptions {
  stdout: TextSink;
  stderr: TextSink;
  stdin: (() => string | null) | null;
  jit: JitBackend | null;
  builtins: PyDict;
}

/**
 * Holds `VMThread.frame`. The eval loop writes the innermost frame on every
 * Python call and return; stored into the long-lived (old-generation) thread
 * object, each young frame took V8's write-barrier slow path (a
 * remembered-set insert, ~10% of a call-heavy run). A young holder makes the
 * store barrier-free; the eval loop replaces the holder every 1024 calls
 * (`renewTop`) so it stays young.
 */
export class FrameHolder {
  frame: Frame | null;
  constructor(frame: Frame | null) {
    this.frame = frame;
  }
}

export class VMThread implements ThreadState {
  /** Holder of the innermost running frame (see `FrameHolder`); read and write it through `frame`. */
  top: FrameHolder = new FrameHolder(null);
  /** The innermost running frame (null between runs). */
  get frame(): Frame | null {
    return this.top.frame;
  }
  set frame(f: Frame | null) {
    this.top.frame = f;
  }
  /** A fresh (young) holder for the current frame (see `FrameHolder`). */
  renewTop(): void {
    this.top = new FrameHolder(this.top.frame);
  }
  depth = 0;
  recursionLimit = 1000;
  readonly jit: JitBackend | null;
  /** Call-count threshold for `jit.onHot` (Infinity without a JIT: the check never fires). */
  callThreshold: number;
  loopThreshold: number;
  /** Python call depth below which compiled code is entered (MAX_COMPILED_DEPTH; -1 while runAsync keeps everything interpreted). */
  maxCompiledDepth = MAX_COMPILED_DEPTH;
  excItem: ExcItem = new ExcItem();
  readonly builtins: PyDict;
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  readonly stdin: (() => string | null) | null;
  /** Set by the VM once the module registry exists. */
  modules: ModuleRegistry | null = null;
  /** Source text of every file run or imported (for tracebacks), by filename. */
  readonly sources = new Map<string, string[]>();
  /** PRINT_EXPR: `sys.displayhook(value)` (installed by the VM). */
  displayHook: (v: PyValue) => void = () => {};
  /** `sys.stdin` as created with the sys module (input() reads through it so the two share EOF state). */
  stdinStream: { readLine(): string } | null = null;
  /** The `__main__` globals, for `globals()` with no frame. */
  mainGlobals: PyDict;
  /**
   * Execution budget ("ticks"): every tier decrements it at each loop
   * back-edge and each Python function entry, `if (--ts.ticks < 0)
   * ts.onTicksExhausted()`. The handler either refills it and returns or
   * throws a Python exception (step limit, timeout, interrupt). Without
   * limits it is simply refilled with a large count.
   */
  ticks = TICKS_REFILL;
  /** Limits, interruption and async slicing behind `onTicksExhausted` (vm/limits.ts). */
  readonly control: ExecControl = new ExecControl(this);

  constructor(opts: VMThreadOptions) {
    this.stdout = opts.stdout;
    this.stderr = opts.stderr;
    this.stdin = opts.stdin;
    this.jit = opts.jit;
    this.callThreshold = opts.jit === null ? Infinity : Math.max(1, opts.jit.callThreshold);
    this.loopThreshold = opts.jit === null ? Infinity : Math.max(1, opts.jit.loopThreshold);
    this.builtins = opts.builtins;
    this.mainGlobals = new PyDict();
  }

  /**
   * Called when `ticks` drops below zero (see `ticks`): refill, or raise.
   * `safePoint` (default true: a back-edge or call) says the interpreter can
   * re-execute the current instruction after a runAsync suspension.
   */
  onTicksExhausted(safePoint = true): void {
    this.control.exhausted(safePoint);
  }

  rememberSource(filename: string, source: string): void {
    this.sources.set(filename, source.split(/\r\n|\r|\n/));
  }

  // ---- ThreadState ----

  callFunction(f: PyFunction, args: PyValue[], kwnames: readonly string[] | null): PyValue {
    const rt = runtimeOf(f.code, this);
    const frame = newFrameForCall(f, rt, args, 0, args.length, kwnames);
    if (rt.isGenerator) return startGenerator(this, frame);
    const compiled = rt.compiled;
    if (compiled !== null && this.depth < this.maxCompiledDepth) return this.runCompiled(frame, compiled);
    const depth = this.depth, back = this.frame;
    try {
      return evalFrame(this, frame);
    } catch (e) {
      // At the edge of the JS stack, evalFrame's own unwinding can overflow again
      // before it pops its frames; restore the counters here (no calls: cannot overflow).
      this.depth = depth;
      this.frame = back;
      throw e;
    }
  }

  private runCompiled(frame: Frame, entry: (f: Frame) => PyValue): PyValue {
    if (++this.depth > this.recursionLimit) {
      this.depth--;
      throw recursionError("maximum recursion depth exceeded while calling a Python object");
    }
    frame.back = this.frame;
    this.frame = frame;
    try {
      return entry(frame);
    } finally {
      this.frame = frame.back;
      this.depth--;
    }
  }

  callWithLocals(f: PyFunction, locals: PyValue): PyValue {
    const rt = runtimeOf(f.code, this);
    const frame = new Frame(f.code, rt, f.globals, f.builtins, f, locals);
    return evalFrame(this, frame);
  }

  globals(): PyDict {
    return this.frame?.globals ?? this.mainGlobals;
  }

  locals(): PyValue {
    const f = this.frame;
    if (f === null) return this.mainGlobals;
    if (f.locals !== null) return f.locals;
    return fastLocalsDict(f);
  }

  /** `sys._getframe(depth)`: the frame object `depth` calls up, or null when the stack is not that deep. */
  getFrame(depth: number): PyValue | null {
    let f = this.frame;
    for (let i = 0; i < depth && f !== null; i++) f = f.back;
    return f === null ? null : frameObject(f);
  }

  handledException(): PyBaseException | null {
    for (let it: ExcItem | null = this.excItem; it !== null; it = it.previous) {
      if (it.value instanceof PyBaseException) return it.value;
    }
    return null;
  }

  sysStdout(): PyValue | null {
    return this.modules?.sysAttr("stdout") ?? null;
  }

  sysStderr(): PyValue | null {
    return this.modules?.sysAttr("stderr") ?? null;
  }

  importModule(name: string, globals: PyDict | null, fromlist: PyValue, level: number): PyValue {
    const reg = this.modules;
    if (reg === null) throw runtimeError("import system not initialised");
    return reg.importModule(name, globals, fromlist, level);
  }

  execCode(code: CodeObject, globals: PyDict, locals: PyValue): PyValue {
    let b = globals.getStr("__builtins__");
    if (b === undefined) {
      b = this.modules?.builtinsModule ?? this.builtins;
      globals.setStr("__builtins__", b);
    }
    // A custom `__builtins__` (a module or a dict) is what the code sees as builtins.
    const builtins = b instanceof PyModule ? b.dict : b instanceof PyDict ? b : this.builtins;
    const frame = new Frame(code, runtimeOf(code, this), globals, builtins, null, locals);
    return evalFrame(this, frame);
  }

  compile(source: string, filename: string, mode: "exec" | "eval" | "single", flags: number, dontInherit: boolean): PyValue {
    void flags;
    void dontInherit;
    try {
      const code = compileSource(source, { filename, mode });
      this.rememberSource(filename, source);
      return new PyCode(code);
    } catch (e) {
      if (e instanceof PySyntaxError) throw syntaxErrorFromParser(e);
      throw e;
    }
  }

  input(prompt: string): string {
    const a = this.control.async;
    if (a !== null && a.input !== null) return asyncInput(this, a.input, prompt);
    if (prompt !== "") {
      this.stdout.write(prompt);
      this.stdout.flush?.();
    }
    let line: string | null;
    if (this.stdinStream !== null) {
      const l = this.stdinStream.readLine();
      line = l === "" ? null : l.slice(0, -1);
    } else {
      line = this.stdin === null ? null : this.stdin();
    }
    if (line === null) throw eofError("EOF when reading a line");
    return line;
  }

  superArgs(): { cls: PyValue; self: PyValue } {
    const f = this.frame;
    if (f === null || f.func === null) throw runtimeError("super(): no arguments");
    const code = f.code;
    if (code.argcount + code.kwonlyargcount === 0 && (code.flags & 0x04) === 0) throw runtimeError("super(): no arguments");
    let self = f.localsplus[0];
    if (self instanceof PyCell) self = self.ref;
    if (self === undefined || self === null) throw runtimeError("super(): arg[0] deleted");
    const names = code.localsplusNames;
    const start = code.nlocalsplus - code.nfreevars;
    for (let i = start; i < names.length; i++) {
      if (names[i] === "__class__") {
        const cell = f.localsplus[i];
        if (!(cell instanceof PyCell)) break;
        if (cell.ref === undefined) throw runtimeError("super(): empty __class__ cell");
        return { cls: cell.ref, self };
      }
    }
    throw runtimeError("super(): __class__ cell not found");
  }
}

/** `locals()` of a function frame: a fresh dict of the bound locals and cell contents. */
export function fastLocalsDict(f: Frame): PyDict {
  const d = new PyDict();
  const names = f.code.localsplusNames;
  const kinds = f.code.localsplusKinds;
  for (let i = 0; i < names.length; i++) {
    let v = f.localsplus[i];
    const k = kinds[i] ?? 0;
    if (k & 0xc0 && v instanceof PyCell) v = v.ref;
    if (v !== undefined && v !== null) d.setStr(names[i] as string, v);
  }
  return d;
}
