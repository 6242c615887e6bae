/**
 * Tier 1, the baseline compiler: bytecode → one JS function per code object,
 * no speculation.
 *
 * Shape of the generated function (see `pyvm --dump-js`):
 * - Python fast locals, cells and frees become `let l<i>`, value-stack slots
 *   `let s<k>` (the depth of every instruction is static, stack-depth.ts).
 *   Cells are also written back to `frame.localsplus` (zero-argument
 *   `super()` and frame objects read them there); plain locals are written
 *   back when an exception leaves the function (for `tb_frame.f_locals`).
 * - Control flow is a `switch (pc)` with one case per basic-block leader
 *   inside `for (;;)`; straight-line code falls through, a jump is
 *   `pc = T; continue`.
 * - Before each instruction that can raise, `f.pc = i + 1` (a constant store)
 *   keeps tracebacks, `f_lineno` and the handler search exact. One
 *   `try/catch` around the switch does the eval loop's unwinding: the
 *   exception table, pre-resolved per instruction into `H`, selects a
 *   handler whose entry depth is static, so "unwind and push lasti/exc" is
 *   two assignments; without a handler the exception leaves the function
 *   (its traceback entry already added). Exceptions the eval loop raises
 *   without a JS throw (`raise`, RERAISE, IndexError/KeyError of exact
 *   lists/dicts, int division by zero) skip the throw here too: they set
 *   `pe` and `break sw` to the handler search below the `try`. A tier-1
 *   caller's fixed-arity CALL gets an exception leaving its compiled callee
 *   back as the return value `EXC_RETURN` (jit-runtime/call.ts), so Python
 *   exceptions crossing compiled frames need no JS throw either.
 * - The same function is the on-stack-replacement entry: it starts at
 *   `frame.pc` (0 for a call, a loop header for OSR) and, off 0, reloads the
 *   value stack the interpreter left in the frame.
 * - Every opcode's semantics are the interpreter's: inline only trivially
 *   safe fast paths (small-int arithmetic with an overflow check, exact-float
 *   and mixed int/float `+ - * /`, int/float comparisons, exact-list indexing), otherwise call the same helpers as the
 *   eval loop (`JIT_RUNTIME`). Opcodes that are neither hot nor touch locals
 *   spill the stack to the frame and run the interpreter's `execRare`.
 * - Constants, names and keyword-name arrays are passed to the factory by
 *   reference (`K`, `C`); the source contains only structure (slot numbers,
 *   instruction indexes, operator numbers) and line comments.
 *
 * Module and class bodies compile too: their names live in the frame's
 * locals mapping (`f.locals`), which LOAD_NAME/STORE_NAME/DELETE_NAME access
 * through the interpreter's own helpers, so a hot module-level loop tiers up
 * through on-stack replacement. Functions that introspect their own fast
 * locals (`locals()`, `vars()`, `dir()`, `exec`/`eval`, `sys._getframe`) need
 * the interpreter's frame and are reported as not compilable.
 *
 * Generators, coroutines and async generators compile too: YIELD_VALUE
 * writes the locals and the value stack below the yielded value back to the
 * frame (`f.pc` = the instruction after the yield, `f.suspended`) and
 * returns the value; `genResume` pushes the sent value onto the frame's stack
 * and calls the entry again, which starts at `f.pc` and reloads everything —
 * the same path as on-stack replacement. `gen.throw()` passes the exception
 * as the entry's second argument: it is raised at the yield (`case -1`), so
 * the exception table and the traceback see the suspended instruction. A
 * suspended frame is an ordinary interpreter frame, so either tier can resume
 * it (e.g. after stress invalidation).
 */
import { BASE_OPCODE, CO, FORMAT_VALUE_FLAGS, LOCAL_KIND, Op, OPCODE_NAMES, opcodeDef, stackEffect, type CodeObject } from "@pyvm/bytecode";
import { JIT_RUNTIME, type CompiledEntry, type JitRuntime, type PyValue } from "@pyvm/interpreter";
import { JsBuilder, sanitizeComment, sanitizeUrlPart } from "./js-builder.js";
import { computeStackDepths } from "./stack-depth.js";

/** Opcodes run through the interpreter's `execRare` on a spilled stack (they only touch the value stack and the frame). */
const VIA_EXEC_RARE: readonly number[] = [
  Op.DELETE_DEREF, Op.LOAD_CLASSDEREF, Op.STORE_GLOBAL, Op.DELETE_GLOBAL,
  Op.DELETE_ATTR,
  Op.UNARY_POSITIVE, Op.UNARY_NEGATIVE, Op.UNARY_NOT, Op.UNARY_INVERT,
  Op.MAKE_FUNCTION, Op.LOAD_BUILD_CLASS,
  Op.BUILD_SET, Op.BUILD_CONST_KEY_MAP, Op.SET_UPDATE,
  Op.DICT_UPDATE, Op.UNPACK_EX,
  Op.CHECK_EG_MATCH, Op.PREP_RERAISE_STAR, Op.LOAD_ASSERTION_ERROR, Op.BEFORE_WITH, Op.WITH_EXCEPT_START,
  Op.IMPORT_NAME, Op.IMPORT_FROM, Op.IMPORT_STAR, Op.SETUP_ANNOTATIONS,
  Op.GET_LEN, Op.MATCH_MAPPING, Op.MATCH_SEQUENCE, Op.MATCH_KEYS, Op.MATCH_CLASS, Op.COPY_DICT_WITHOUT_KEYS, Op.PRINT_EXPR,
  Op.GET_YIELD_FROM_ITER, Op.GET_AWAITABLE, Op.GET_AITER, Op.GET_ANEXT, Op.END_ASYNC_FOR, Op.BEFORE_ASYNC_WITH, Op.ASYNC_GEN_WRAP,
];

/** Opcodes with their own translation below. */
const INLINE: readonly number[] = [
  Op.NOP, Op.POP_TOP, Op.PUSH_NULL, Op.COPY, Op.SWAP, Op.LOAD_CONST,
  Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST, Op.MAKE_CELL, Op.COPY_FREE_VARS, Op.LOAD_CLOSURE, Op.LOAD_DEREF, Op.STORE_DEREF,
  Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME, Op.LOAD_GLOBAL, Op.LOAD_ATTR, Op.STORE_ATTR, Op.LOAD_METHOD, Op.BINARY_SUBSCR, Op.STORE_SUBSCR,
  Op.BINARY_OP, Op.COMPARE_OP, Op.IS_OP, Op.CONTAINS_OP,
  Op.JUMP_FORWARD, Op.JUMP_BACKWARD, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE,
  Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP, Op.GET_ITER, Op.FOR_ITER, Op.RETURN_VALUE,
  Op.KW_NAMES, Op.CALL, Op.CALL_FUNCTION_EX, Op.BUILD_MAP, Op.LIST_EXTEND, Op.DICT_MERGE, Op.LIST_TO_TUPLE, Op.BUILD_TUPLE, Op.BUILD_LIST, Op.LIST_APPEND, Op.UNPACK_SEQUENCE,
  Op.RAISE_VARARGS, Op.RERAISE, Op.PUSH_EXC_INFO, Op.POP_EXCEPT, Op.CHECK_EXC_MATCH,
  Op.YIELD_VALUE, Op.SEND, Op.DELETE_SUBSCR, Op.BUILD_SLICE, Op.BUILD_STRING, Op.FORMAT_VALUE,
  Op.SET_ADD, Op.MAP_ADD,
];

const SUPPORTED = new Set<number>([...INLINE, ...VIA_EXEC_RARE]);
const EXEC_RARE = new Set<number>(VIA_EXEC_RARE);

/** Opcodes the baseline compiler can translate (drives `pyvm --jit-coverage`). */
export const BASELINE_OPCODES: ReadonlySet<string> = new Set<string>([...SUPPORTED].map((op) => OPCODE_NAMES[op] as string));

/** Instructions whose translation can never throw: no `f.pc` store before them. */
const NEVER_RAISES = new Set<number>([
  Op.NOP, Op.POP_TOP, Op.PUSH_NULL, Op.COPY, Op.SWAP, Op.LOAD_CONST, Op.STORE_FAST, Op.LOAD_CLOSURE, Op.STORE_DEREF,
  Op.IS_OP, Op.JUMP_FORWARD, Op.JUMP_BACKWARD, Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE, Op.RETURN_VALUE, Op.KW_NAMES,
  Op.BUILD_TUPLE, Op.BUILD_LIST, Op.LIST_APPEND, Op.PUSH_EXC_INFO, Op.POP_EXCEPT, Op.MAKE_CELL, Op.COPY_FREE_VARS,
  Op.BUILD_SLICE, Op.BUILD_STRING,
]);

/**
 * Names whose use means the function may look at its own frame's locals
 * (`locals()`, `vars()`, `dir()`, `exec`/`eval` without explicit mappings,
 * frame objects): such code stays in the interpreter, whose frame always
 * holds the live locals.
 */
const INTROSPECTION_NAMES: ReadonlySet<string> = new Set(["locals", "vars", "dir", "exec", "eval", "_getframe", "currentframe", "f_locals"]);

export type CompileResult =
  | { readonly ok: true; readonly entry: CompiledEntry; readonly source: string }
  | { readonly ok: false; readonly reason: string };

export interface CompileOptions {
  /** `co_consts` as the compiling VM's Python values (the feedback's `consts`); the code captures them. */
  readonly consts: readonly PyValue[];
  /** Sequence number for the `sourceURL` (unique per backend). */
  readonly serial?: number;
}

/** Why `code` cannot be compiled by the baseline tier, or null when it can. */
export function baselineRefusal(code: CodeObject): string | null {
  // Module and class bodies (and exec'd code) keep their names in the frame's locals
  // mapping, which LOAD_NAME/STORE_NAME/DELETE_NAME read and write directly: `locals()`
  // and `f_locals` return that live mapping, so introspection needs no refusal there.
  if ((code.flags & CO.OPTIMIZED) !== 0) {
    for (const n of code.names) {
      if (INTROSPECTION_NAMES.has(n)) return `uses '${n}' (frame introspection needs the interpreter's frame)`;
    }
  }
  for (let pc = 0; pc < code.code.length; pc++) {
    const op = BASE_OPCODE[(code.code[pc] ?? 0) & 0xff] ?? 0;
    if (!SUPPORTED.has(op)) return `opcode ${OPCODE_NAMES[op] ?? `#${op}`} at ${pc} is not supported by the baseline compiler`;
  }
  return null;
}

const MAX_SAFE = "9007199254740991";

let globalSerial = 0;

type Factory = (R: JitRuntime, K: unknown, C: unknown, H: Int32Array) => CompiledEntry;

/**
 * Generated functions are shared by every VM that compiles the same code
 * object: the source embeds no VM data (constants arrive through `K`/`C`), so
 * one `new Function` per code object lets V8 keep its feedback and optimized
 * code across VMs (the benchmarks and embedders run many VMs). Different code
 * objects always get different sourceURLs, so V8 never shares feedback
 * between unrelated Python functions that happen to compile to the same text.
 */
/**
 * The entry itself is shared too: it reads the VM's constants from the frame
 * (`f.rt.consts`), so one closure serves every VM and V8's optimized code for
 * it stays valid in the next VM (a closure per VM was specialized to the
 * first VM's context, then optimized again in the second: 100–1500 ms of
 * TurboFan for list_ops' and tokenizer's big tier-1 functions).
 */
const factories = new WeakMap<CodeObject, { readonly serial: number; readonly body: string; readonly entry: CompiledEntry }>();

export function compileBaseline(code: CodeObject, options: CompileOptions): CompileResult {
  const cached = factories.get(code);
  if (cached !== undefined) {
    // Compiled before (another VM, or again after an invalidation): the source, the names and
    // keyword-name arrays (`extra`) and the handler index depend on the code object only.
    return { ok: true, entry: cached.entry, source: cached.body };
  }
  const refusal = baselineRefusal(code);
  if (refusal !== null) return { ok: false, reason: refusal };
  const depths = computeStackDepths(code);
  if (!depths.ok) return { ok: false, reason: depths.reason };
  const serial = options.serial ?? ++globalSerial;
  const gen = new Generator(code, options.consts, depths.depth, depths.max);
  const body = gen.emit(serial);
  let factory: Factory;
  try {
    factory = new Function("R", "K", "C", "H", body) as Factory;
  } catch (e) {
    return { ok: false, reason: `generated code does not parse: ${String(e)}` };
  }
  const entry = factory(JIT_RUNTIME, options.consts, gen.extra, gen.handlerIndex);
  factories.set(code, { serial, body, entry });
  return { ok: true, entry, source: body };
}

class Generator {
  readonly code: CodeObject;
  readonly depth: Int32Array;
  readonly maxDepth: number;
  /** Values the generated code reads by reference (keyword-name arrays). */
  readonly extra: unknown[] = [];
  /** Per instruction: index into the exception table of its handler, or -1. */
  readonly handlerIndex: Int32Array;
  private readonly out = new JsBuilder();
  private readonly leaders = new Set<number>();
  /** `co_names` index → its slot in `extra`. */
  private readonly nameSlots = new Map<number, number>();
  /** Fast locals the code assigns or deletes (the only ones a yield must write back). */
  private readonly storedLocals = new Set<number>();
  /** Fast locals that are arguments never deleted: always bound, no unbound check on load. */
  private readonly alwaysBound = new Set<number>();
  /**
   * Assigned locals that may differ from `frame.localsplus` at the instruction being emitted
   * (straight-line tracking; every leader makes all of them dirty). A CALL writes them back
   * first, so the callee's `sys._getframe(1).f_locals` / `f_back.f_locals` see the caller's
   * current values (the interpreter's frame always holds them).
   */
  private readonly dirty = new Set<number>();
  /** Slot 0 is read from the frame by zero-argument super(): keep it written through. */
  private readonly writeThroughSelf: boolean;
  private readonly stackBase: number;
  /** Generator/coroutine code: the entry may be asked to raise an exception at the resume point. */
  private readonly isGenerator: boolean;

  readonly consts: readonly PyValue[];

  constructor(code: CodeObject, consts: readonly PyValue[], depth: Int32Array, maxDepth: number) {
    this.code = code;
    this.consts = consts;
    this.depth = depth;
    this.maxDepth = maxDepth;
    this.stackBase = code.nlocalsplus;
    this.handlerIndex = new Int32Array(code.code.length).fill(-1);
    code.exceptionTable.forEach((e, h) => {
      for (let i = e.start; i < e.end; i++) if (this.handlerIndex[i] === -1) this.handlerIndex[i] = h;
    });
    const words = code.code;
    this.leaders.add(0);
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as number;
      const op = BASE_OPCODE[w & 0xff] as number;
      if (opcodeDef(op).operand === "jump") this.leaders.add(w >>> 8);
      if (op === Op.YIELD_VALUE) this.leaders.add(i + 1);
    }
    this.isGenerator = (code.flags & (CO.GENERATOR | CO.COROUTINE | CO.ASYNC_GENERATOR)) !== 0;
    for (const e of code.exceptionTable) this.leaders.add(e.target);
    let nargs = code.argcount + code.kwonlyargcount;
    if (code.flags & CO.VARARGS) nargs++;
    if (code.flags & CO.VARKEYWORDS) nargs++;
    const deleted = new Set<number>();
    for (const w of words) if ((BASE_OPCODE[w & 0xff] as number) === Op.DELETE_FAST) deleted.add(w >>> 8);
    for (const w of words) {
      const op = BASE_OPCODE[w & 0xff] as number;
      if (op === Op.STORE_FAST || op === Op.DELETE_FAST) this.storedLocals.add(w >>> 8);
    }
    for (let i = 0; i < nargs; i++) if (!deleted.has(i) && !((code.localsplusKinds[i] ?? 0) & LOCAL_KIND.CELL)) this.alwaysBound.add(i);
    const frees = code.localsplusNames.slice(code.nlocalsplus - code.nfreevars);
    this.writeThroughSelf = frees.includes("__class__");
  }

  emit(serial: number): string {
    const o = this.out;
    const code = this.code;
    const n = code.nlocalsplus;
    o.line('"use strict";');
    o.line(`const ${Object.keys(JIT_RUNTIME).map((k) => `$${k} = R.${k}`).join(", ")};`);
    // `x`: for generator code, an exception `gen.throw()` raises at the resume point.
    // `re`: the caller (a tier-1 CALL through runFrameByReturn, or a tier-1 FOR_ITER over a
    // generator through genForIter) takes an exception leaving this activation as the
    // returned EXC_RETURN instead of a JS throw.
    o.open("return function pyvm_jit(f, x, re) {");
    o.line("const ts = $currentThread();");
    // Execution budget (VMThread.ticks): one tick per entry and per back-edge, as in the interpreter.
    o.line("if (--ts.ticks < 0) ts.onTicksExhausted();");
    o.line("const lp = f.localsplus;");
    o.line("const rt = f.rt;");
    // This VM's constants (the entry is shared by every VM: see `factories`).
    o.line("const K = rt.consts;");
    if (n > 0) o.line(`let ${Array.from({ length: n }, (_, i) => `l${i} = lp[${i}]`).join(", ")};`);
    if (this.maxDepth > 0) o.line(`let ${Array.from({ length: this.maxDepth + 1 }, (_, i) => `s${i}`).join(", ")};`);
    // A fresh frame starts at 0; on-stack replacement enters at a loop header with the
    // interpreter's locals and value stack in the frame.
    // `xo`: an exception comes from a higher tier that
    // took the frame over at a hot loop (loopHotCompiled) and already unwound it; `bc`: this
    // activation's back-edges since it last asked.
    // `pe`: the exception being unwound (set by the catch, or directly by a `raise` / RERAISE
    // that needs no JS throw to reach the handler search below the switch).
    o.line("let pc = f.pc, xo = false, bc = 0, pe;");
    if (this.maxDepth > 0) {
      o.line(`if (pc !== 0) { ${Array.from({ length: this.maxDepth + 1 }, (_, k) => `s${k} = lp[${this.stackBase + k}];`).join(" ")} }`);
    }
    if (this.isGenerator) o.line("if (x !== undefined && x !== null) pc = -1;");
    o.open("for (;;) {");
    o.open("try {");
    o.open("sw: switch (pc) {");
    if (this.isGenerator) o.line("case -1: { const t = x; x = null; throw t; }");
    let line = -2;
    for (let i = 0; i < code.code.length; i++) {
      const d = this.depth[i] as number;
      if (d < 0) continue;
      if (this.leaders.has(i)) {
        o.line(`case ${i}:`);
        // Control may arrive from anywhere: every assigned local may differ from the frame.
        for (const k of this.storedLocals) this.dirty.add(k);
      }
      const l = code.lineOf(i);
      const w = code.code[i] as number;
      const op = BASE_OPCODE[w & 0xff] as number;
      const arg = w >>> 8;
      if (l !== line) {
        o.comment(`line ${l}`);
        line = l;
      }
      o.comment(`${i}: ${OPCODE_NAMES[op] ?? op} ${arg}  (depth ${d})`);
      o.indent();
      if (!NEVER_RAISES.has(op) && !(op === Op.LOAD_FAST && this.alwaysBound.has(arg))) o.line(`f.pc = ${i + 1};`);
      this.instruction(i, op, arg, d);
      o.dedent();
    }
    o.line("default: throw new Error(`pyvm-jit: bad pc ${pc}`);");
    o.close();
    o.close("} catch (e) {");
    o.indent();
    o.line("if (xo) throw e;");
    o.line("pe = $catchException(ts, f, e, false);");
    o.close();
    // Only an exception reaches this point (every instruction continues or returns): the
    // handler of the raising instruction, else the exception leaves the function.
    o.line("const exc = pe;");
    o.line("pe = undefined;");
    if (code.exceptionTable.length > 0) {
      o.open("switch (H[f.pc - 1]) {");
      code.exceptionTable.forEach((e, h) => {
        if (this.depth[e.target] === undefined || this.depth[e.target] === -1) return;
        let s = e.depth;
        const parts: string[] = ["rt.excCaught++;"];
        if (e.lasti) parts.push(`s${s++} = f.pc - 1;`);
        parts.push(`s${s} = exc;`);
        o.line(`case ${h}: ${parts.join(" ")} pc = ${e.target}; continue;`);
      });
      o.close();
    }
    for (let i = 0; i < n; i++) o.line(`lp[${i}] = l${i};`);
    o.line("if (re === true) return $returnExc(exc);");
    o.line("throw $leaving(f, exc);");
    o.close();
    o.close("};");
    o.line(`//# sourceURL=pyvm-jit/${sanitizeUrlPart(code.qualname)}-${serial}.js`);
    return o.toString();
  }

  private s(k: number): string {
    return `s${k}`;
  }

  /** `co_names[i]` by reference through `C` (no Python data in the source). */
  private name(i: number): string {
    let k = this.nameSlots.get(i);
    if (k === undefined) {
      k = this.extra.length;
      this.extra.push(this.code.names[i]);
      this.nameSlots.set(i, k);
    }
    return `C[${k}]`;
  }

  private jump(target: number): string {
    return `{ pc = ${target}; continue; }`;
  }

  private spill(d: number): string {
    const parts: string[] = [];
    for (let k = 0; k < d; k++) parts.push(`lp[${this.stackBase + k}] = s${k};`);
    parts.push(`f.sp = ${this.stackBase + d};`);
    return parts.join(" ");
  }

  private reload(d: number): string {
    const parts: string[] = [];
    for (let k = 0; k < d; k++) parts.push(`s${k} = lp[${this.stackBase + k}];`);
    return parts.join(" ");
  }

  /** Write the dirty locals back to the frame (before a call: frame introspection from the callee). */
  private writeBackDirty(): void {
    if (this.dirty.size === 0) return;
    this.out.line(Array.from(this.dirty, (k) => `lp[${k}] = l${k};`).join(" "));
    this.dirty.clear();
  }

  private storeLocal(i: number, v: string): void {
    this.out.line(`l${i} = ${v};`);
    this.dirty.add(i);
    if (i === 0 && this.writeThroughSelf) this.out.line("lp[0] = l0;");
  }

  private instruction(i: number, op: number, arg: number, d: number): void {
    const o = this.out;
    const s = (k: number): string => this.s(k);
    const top = s(d - 1);
    if (EXEC_RARE.has(op)) {
      const after = d + stackEffect(op, arg, false);
      o.line(this.spill(d));
      o.line(`$execRare(ts, f, ${op | (arg << 8)});`);
      if (after > 0) o.line(this.reload(after));
      return;
    }
    switch (op) {
      case Op.NOP:
      case Op.KW_NAMES:
        return;
      case Op.POP_TOP:
        o.line(`${top} = undefined;`);
        return;
      case Op.PUSH_NULL:
        o.line(`${s(d)} = null;`);
        return;
      case Op.COPY:
        o.line(`${s(d)} = ${s(d - arg)};`);
        return;
      case Op.SWAP:
        o.line(`{ const t = ${top}; ${top} = ${s(d - arg)}; ${s(d - arg)} = t; }`);
        return;
      case Op.LOAD_CONST:
        o.line(`${s(d)} = K[${arg}];`);
        return;
      case Op.LOAD_FAST:
        if (!this.alwaysBound.has(arg)) o.line(`if (l${arg} === undefined) throw $unboundLocalAt(f, ${arg});`);
        o.line(`${s(d)} = l${arg};`);
        return;
      case Op.STORE_FAST:
        this.storeLocal(arg, top);
        return;
      case Op.DELETE_FAST:
        o.line(`if (l${arg} === undefined) throw $unboundLocalAt(f, ${arg});`);
        this.storeLocal(arg, "undefined");
        return;
      case Op.MAKE_CELL:
        o.line(`l${arg} = new $PyCell(l${arg}); lp[${arg}] = l${arg};`);
        return;
      case Op.COPY_FREE_VARS: {
        const off = this.code.nlocalsplus - arg;
        o.line("{ const c = f.func.closure;");
        for (let k = 0; k < arg; k++) o.line(`  l${off + k} = c[${k}]; lp[${off + k}] = l${off + k};`);
        o.line("}");
        return;
      }
      case Op.LOAD_CLOSURE:
        o.line(`${s(d)} = l${arg};`);
        return;
      case Op.LOAD_DEREF:
        o.line(`${s(d)} = l${arg}.ref;`);
        o.line(`if (${s(d)} === undefined) $loadDerefSlow(f, ${arg});`);
        return;
      case Op.STORE_DEREF:
        o.line(`l${arg}.ref = ${top};`);
        return;
      case Op.LOAD_NAME:
        // The eval loop's name cache (vm/ops/names.ts, `GlobalCache` validated per key): an entry
        // of the locals dict while it holds the cached key, a builtin while the locals (= globals)
        // gained no key; a miss fills the cache.
        o.line(`{ const c = rt.caches[${i}], d = f.locals;`);
        o.line(`  if (c !== undefined && d === c.globals && !c.fromBuiltins && d.keyList[c.index] === c.key) ${s(d)} = d.valueList[c.index];`);
        o.line(`  else if (c !== undefined && d === c.globals && c.fromBuiltins && c.gVersion === d.addedVersion && f.builtins.keyList[c.index] === c.key) ${s(d)} = f.builtins.valueList[c.index];`);
        o.line(`  else ${s(d)} = $loadNameCached(f, rt, ${i}, ${arg}); }`);
        return;
      case Op.STORE_NAME:
        o.line(`{ const c = rt.caches[${i}], d = f.locals;`);
        o.line(`  if (c !== undefined && d === c.globals && d.keyList[c.index] === c.key) d.storeAt(c.index, ${top});`);
        o.line(`  else $storeNameCached(f, rt, ${i}, ${arg}, ${top}); ${top} = undefined; }`);
        return;
      case Op.DELETE_NAME:
        o.line(`$deleteName(f, ${this.name(arg)});`);
        return;
      case Op.LOAD_GLOBAL: {
        let k = d;
        if (arg & 1) o.line(`${s(k++)} = null;`);
        o.line(`${s(k)} = $loadGlobal(f, rt, ${i}, ${arg >>> 1});`);
        return;
      }
      case Op.LOAD_ATTR:
        o.line(`${top} = $loadAttrCached(rt, ${i}, ${top}, ${arg});`);
        return;
      case Op.STORE_ATTR:
        o.line(`$storeAttrCached(rt, ${i}, ${top}, ${arg}, ${s(d - 2)});`);
        return;
      case Op.LOAD_METHOD: {
        const b = this.stackBase + d;
        o.line(`lp[${b - 1}] = ${top}; $loadMethodCached(rt, ${i}, lp, ${b}, ${arg}); ${top} = lp[${b - 1}]; ${s(d)} = lp[${b}]; lp[${b - 1}] = lp[${b}] = undefined;`);
        return;
      }
      case Op.BINARY_SUBSCR: {
        const a = s(d - 2);
        // Exact list with an int index / exact dict: the lookup getItem would do; IndexError and
        // KeyError go to the handler search without a JS throw, as in the eval loop.
        o.line(`{ const o = ${a}, k = ${top};`);
        o.line(this.noteSite(i, 0, "o", "k"));
        o.line("  let v;");
        o.line("  if (o instanceof $PyList && typeof k === \"number\" && o.cls === $ListType) {");
        o.line("    const it = o.items, j = k < 0 ? k + it.length : k;");
        o.line("    if (j >= 0 && j < it.length) v = it[j]; else { pe = $raiseNew(ts, f, $indexOutOfRange(\"list\")); break sw; }");
        o.line("  } else if (o instanceof $PyDict && o.cls === $DictType) {");
        o.line("    v = o.get(k); if (v === undefined) { pe = $raiseNew(ts, f, $keyError(k)); break sw; }");
        o.line("  } else if (typeof o === \"string\") v = $strGetItem(o, k);");
        o.line("  else v = $getItem(o, k);");
        o.line(`  ${a} = v; }`);
        return;
      }
      case Op.STORE_SUBSCR:
        o.line(`{ const o = ${s(d - 2)}, k = ${top};`);
        o.line(this.noteSite(i, 0, "o", "k"));
        o.line("  const items = o instanceof $PyList && o.cls === $ListType && typeof k === \"number\" ? o.items : null;");
        o.line("  const j = items === null ? -1 : k < 0 ? k + items.length : k;");
        o.line(`  if (items !== null && j >= 0 && j < items.length) items[j] = ${s(d - 3)};`);
        o.line(`  else if (o instanceof $PyDict && o.cls === $DictType) o.set(k, ${s(d - 3)});`);
        o.line(`  else $setItem(o, k, ${s(d - 3)}); }`);
        return;
      case Op.BINARY_OP:
        this.binaryOp(arg, d, i);
        return;
      case Op.COMPARE_OP: {
        const sym = ["<", "<=", "===", "!==", ">", ">="][arg];
        const a = s(d - 2);
        if (sym === undefined) throw new Error(`bad COMPARE_OP ${arg}`);
        o.line(this.noteSite(i, arg, a, top));
        o.line(`${a} = typeof ${a} === "number" && typeof ${top} === "number" ? ${a} ${sym} ${top}`);
        o.line(`  : ${a} != null && ${top} != null && ${a}.cls === $FloatType && ${top}.cls === $FloatType ? ${a}.value ${sym} ${top}.value`);
        // Two strs: == / != by identity of content, orderings in code-point order (protocols/compare.ts).
        o.line(`  : typeof ${a} === "string" && typeof ${top} === "string" ? ${arg === 2 || arg === 3 ? `${a} ${sym} ${top}` : `$cmpStrings(${a}, ${top}, ${arg})`}`);
        o.line(`  : $compareSlow(${a}, ${top}, ${arg});`);
        return;
      }
      case Op.IS_OP:
        o.line(`${s(d - 2)} = ${s(d - 2)} ${arg === 1 ? "!==" : "==="} ${top};`);
        return;
      case Op.CONTAINS_OP:
        o.line(`${s(d - 2)} = $contains(${top}, ${s(d - 2)}) ${arg === 1 ? "===" : "!=="} false;`);
        return;
      case Op.JUMP_FORWARD:
        o.line(this.jump(arg));
        return;
      case Op.JUMP_BACKWARD:
        o.line(`if (--ts.ticks < 0) { f.pc = ${i + 1}; ts.onTicksExhausted(); }`);
        if (!this.isGenerator) {
          // Back-edges count toward tier 2, per activation: a loop that runs long in one call
          // (10 × the loop threshold) may move to a tier-2 OSR unit (the frame gets the locals
          // and the stack at the header); shorter loops of often-called code wait for the
          // function's own tier-up instead of compiling OSR units that calls soon replace.
          const n = this.code.nlocalsplus;
          const locals = Array.from({ length: n }, (_, k) => `lp[${k}] = l${k};`).join(" ");
          o.line(`if (++bc >= ts.loopThreshold * 10) {`);
          o.line(`  bc = 0; ${locals} ${this.spill(d)} f.pc = ${arg};`);
          o.line("  xo = true; const r = $loopHotCompiled(ts, f); xo = false;");
          o.line("  if (r !== undefined) return r;");
          o.line("}");
        }
        o.line(this.jump(arg));
        return;
      case Op.POP_JUMP_IF_FALSE:
      case Op.JUMP_IF_FALSE_OR_POP:
        o.line(`if (${top} === false || (${top} !== true && !$isTrue(${top}))) ${this.jump(arg)}`);
        return;
      case Op.POP_JUMP_IF_TRUE:
      case Op.JUMP_IF_TRUE_OR_POP:
        o.line(`if (${top} === true || (${top} !== false && $isTrue(${top}))) ${this.jump(arg)}`);
        return;
      case Op.POP_JUMP_IF_NONE:
        o.line(`if (${top} === $None) ${this.jump(arg)}`);
        return;
      case Op.POP_JUMP_IF_NOT_NONE:
        o.line(`if (${top} !== $None) ${this.jump(arg)}`);
        return;
      case Op.GET_ITER:
        o.line(`${top} = $getIter(${top});`);
        return;
      case Op.FOR_ITER:
        // An exact generator resumes through genForIter: its compiled body hands an exception
        // back as EXC_RETURN (no JS throw), exhaustion is undefined (no StopIteration).
        o.line(`if (${top} instanceof $PyNativeIterator) {`);
        o.line(`  if (${top}.cls === $GeneratorType) { ${s(d)} = $genForIter(ts, ${top}); if (${s(d)} === $EXC_RETURN) { pe = $catchException(ts, f, $takeExc(), false); break sw; } }`);
        o.line(`  else ${s(d)} = ${top}.next();`);
        o.line(`} else ${s(d)} = $iterNext(${top});`);
        o.line(`if (${s(d)} === undefined) ${this.jump(arg)}`);
        return;
      case Op.RETURN_VALUE:
        o.line(`return ${top};`);
        return;
      case Op.YIELD_VALUE: {
        // Suspend: the frame gets the locals and the stack below the value (genResume pushes
        // the sent value there and re-enters at f.pc = i + 1, reloading both).
        // Only locals the code assigns can differ from the frame (cells and frees are written
        // through when created; never-assigned arguments are still the frame's).
        const parts: string[] = [];
        for (const k of this.storedLocals) parts.push(`lp[${k}] = l${k};`);
        o.line(`${parts.join(" ")} ${this.spill(d - 1)} f.suspended = true; return ${top};`);
        return;
      }
      case Op.SEND:
        // A generator receiver is resumed directly (as the interpreter's SEND does); anything
        // else runs the interpreter's SEND on the spilled stack, which jumps (f.pc = target)
        // when the sub-iterator finished, leaving its return value in place of the receiver.
        o.line(`if (${s(d - 2)} instanceof $PyGenerator) {`);
        o.line(`  const r = $genResume(${s(d - 2)}, ${top}, null);`);
        o.line(`  if (r === undefined) { ${s(d - 2)} = ${s(d - 2)}.returnValue; ${top} = undefined; ${this.jump(arg)} }`);
        o.line(`  ${top} = r;`);
        // `yield from` a list, range, …: next() of the native iterator (the interpreter's SEND).
        o.line(`} else if (${top} === $None && ${s(d - 2)} instanceof $PyNativeIterator) {`);
        o.line(`  const r = $sendNative(${s(d - 2)});`);
        o.line(`  if (r === undefined) { ${s(d - 2)} = $sendReturned(); ${top} = undefined; ${this.jump(arg)} }`);
        o.line(`  ${top} = r;`);
        o.line("} else {");
        o.indent();
        this.sendViaExecRare(op, arg, d);
        o.dedent();
        o.line("}");
        return;
      case Op.CALL: {
        const base = d - arg - 2;
        this.writeBackDirty();
        const args = Array.from({ length: arg }, (_, k) => s(base + 2 + k)).join(", ");
        let kw = "null";
        const prev = i > 0 ? (this.code.code[i - 1] as number) : 0;
        if (i > 0 && (BASE_OPCODE[prev & 0xff] as number) === Op.KW_NAMES && !this.leaders.has(i)) {
          kw = `C[${this.extra.length}]`;
          this.extra.push(JIT_RUNTIME.kwNamesOf(this.consts[prev >>> 8] as never));
        }
        if (kw === "null" && arg <= 3) {
          // Fixed arity: the arguments travel as JS parameters (no array for a Python callee).
          // A compiled callee may hand an exception back as EXC_RETURN (no JS throw): unwind it here.
          o.line(`${s(base)} = $call${arg}(ts, ${s(base)}, ${s(base + 1)}${arg > 0 ? `, ${args}` : ""}, true);`);
          o.line(`if (${s(base)} === $EXC_RETURN) { pe = $catchException(ts, f, $takeExc(), false); break sw; }`);
        } else {
          // Keywords or more arguments: the generic CALL, with the same EXC_RETURN hand-back.
          o.line(`${s(base)} = $call(ts, ${s(base)}, ${s(base + 1)}, [${args}], ${kw}, true);`);
          o.line(`if (${s(base)} === $EXC_RETURN) { pe = $catchException(ts, f, $takeExc(), false); break sw; }`);
        }
        return;
      }
      case Op.CALL_FUNCTION_EX: {
        // f(*args[, **kwargs]): [NULL, callable, args, kwargs?]; a Python callee binds straight from the tuple and
        // dict (callFunctionEx) and may hand an exception back as EXC_RETURN like CALL's callees.
        const base = d - 3 - (arg & 1);
        this.writeBackDirty();
        o.line(`${s(base)} = $callFunctionEx(ts, ${s(base + 1)}, ${s(base + 2)}, ${arg & 1 ? s(base + 3) : "null"}, true);`);
        o.line(`${s(base + 1)} = ${s(base + 2)} = undefined;${arg & 1 ? ` ${s(base + 3)} = undefined;` : ""}`);
        o.line(`if (${s(base)} === $EXC_RETURN) { pe = $catchException(ts, f, $takeExc(), false); break sw; }`);
        return;
      }
      // The call's tuple and dict for f(*a, **k) (and [*a] / {**m} displays): the interpreter's helpers, no spill.
      case Op.BUILD_MAP: {
        const items = Array.from({ length: 2 * arg }, (_, k) => s(d - 2 * arg + k));
        o.line(`${s(d - 2 * arg)} = $buildMap([${items.join(", ")}]);`);
        if (arg > 0) o.line(`${items.slice(1).join(" = ")} = undefined;`);
        return;
      }
      case Op.LIST_EXTEND:
        o.line(`$listExtend(${s(d - 1 - arg)}, ${top}); ${top} = undefined;`);
        return;
      case Op.DICT_MERGE:
        o.line(`$dictUpdate(${s(d - 1 - arg)}, ${top}, ${s(d - 3 - arg)}); ${top} = undefined;`);
        return;
      case Op.LIST_TO_TUPLE:
        o.line(`${top} = $newTuple(${top}.items.slice());`);
        return;
      case Op.BUILD_TUPLE:
      case Op.BUILD_LIST: {
        const items = Array.from({ length: arg }, (_, k) => s(d - arg + k)).join(", ");
        o.line(`${s(d - arg)} = ${op === Op.BUILD_TUPLE ? `$newTuple([${items}])` : `new $PyList([${items}])`};`);
        return;
      }
      case Op.DELETE_SUBSCR:
        // The interpreter's delItem (exact list/dict first) on the two operands, no stack spill.
        o.line(`$delItem(${s(d - 2)}, ${top}); ${s(d - 2)} = ${top} = undefined;`);
        return;
      case Op.LIST_APPEND:
        o.line(`${s(d - 1 - arg)}.items.push(${top});`);
        return;
      // Set/dict comprehensions: the target is the exact set/dict BUILD_SET/BUILD_MAP made (the
      // interpreter's own operations on it; hashing may raise, f.pc is set).
      case Op.SET_ADD:
        o.line(`${s(d - 1 - arg)}.table.set(${top}, true);`);
        return;
      case Op.MAP_ADD:
        o.line(`${s(d - 2 - arg)}.set(${s(d - 2)}, ${top});`);
        return;
      case Op.BUILD_SLICE:
        o.line(`${s(d - arg)} = new $PySlice(${s(d - arg)}, ${s(d - arg + 1)}, ${arg === 3 ? top : "$None"});`);
        return;
      case Op.BUILD_STRING:
        // Every operand is a str (FORMAT_VALUE results and str constants): concatenation as the interpreter's join("").
        o.line(`${s(d - arg)} = ${arg === 0 ? '""' : Array.from({ length: arg }, (_, k) => s(d - arg + k)).join(" + ")};`);
        return;
      case Op.FORMAT_VALUE: {
        // An exact str without a conversion or a spec is itself.
        if ((arg & FORMAT_VALUE_FLAGS.HAVE_SPEC) !== 0) o.line(`${s(d - 2)} = $formatValue(${s(d - 2)}, ${arg}, ${top});`);
        else if ((arg & FORMAT_VALUE_FLAGS.CONV_MASK) === 0) o.line(`if (typeof ${top} === "number") ${top} = "" + ${top}; else if (typeof ${top} !== "string") ${top} = $formatValue(${top}, ${arg}, "");`);
        else o.line(`${top} = $formatValue(${top}, ${arg}, "");`);
        return;
      }
      case Op.UNPACK_SEQUENCE: {
        o.line(`{ const q = ${top};`);
        o.line(`  if ((q instanceof $PyTuple && q.cls === $TupleType || q instanceof $PyList && q.cls === $ListType) && q.items.length === ${arg}) {`);
        o.line(`    const it = q.items; ${Array.from({ length: arg }, (_, k) => `${s(d - 1 + k)} = it[${arg - 1 - k}];`).join(" ")}`);
        o.line(`  } else { ${this.spill(d)} $execRare(ts, f, ${op | (arg << 8)}); ${this.reload(d - 1 + arg)} } }`);
        return;
      }
      case Op.RAISE_VARARGS:
        // No JS throw: the exception goes straight to the handler search after the switch.
        o.line(`${this.spill(d)} pe = $raiseHere(ts, f, ${arg}); break sw;`);
        return;
      case Op.RERAISE:
        o.line(`pe = ${top}; break sw;`);
        return;
      case Op.PUSH_EXC_INFO:
        o.line(`{ const x = ${top}; ${top} = ts.excItem.value; ${s(d)} = x; ts.excItem.value = x; }`);
        return;
      case Op.POP_EXCEPT:
        o.line(`ts.excItem.value = ${top};`);
        return;
      case Op.CHECK_EXC_MATCH:
        o.line(`${top} = $exceptionMatchesSpec(${s(d - 2)}, ${top});`);
        return;
      default:
        throw new Error(`baseline: no translation for ${OPCODE_NAMES[op] ?? op}`);
    }
  }

  private sendViaExecRare(op: number, arg: number, d: number): void {
    const o = this.out;
    o.line(this.spill(d));
    o.line(`$execRare(ts, f, ${op | (arg << 8)});`);
    o.line(`if (f.pc === ${arg}) { ${this.reload(d - 1)} ${this.jump(arg)} }`);
    o.line(this.reload(d));
  }

  /**
   * A site the interpreter has not observed (this code was entered at a hot loop, or compiled
   * before the site ran) specializes once as the eval loop would: tier 2's type feedback.
   */
  private noteSite(i: number, arg: number, a: string, b: string): string {
    return `if (rt.seen === null || rt.seen[${i}] === 0) $noteTier1Site(rt, ${i}, ${arg}, ${a}, ${b});`;
  }

  private binaryOp(arg: number, d: number, i: number): void {
    const o = this.out;
    const a = this.s(d - 2);
    const b = this.s(d - 1);
    o.line(this.noteSite(i, arg, a, b));
    const slow = `$binaryOp(${arg}, ${a}, ${b})`;
    const base = arg >= 13 ? arg - 13 : arg;
    const sym = base === 0 ? "+" : base === 10 ? "-" : base === 5 ? "*" : base === 11 ? "/" : null;
    if (sym !== null) {
      // int (a JS number) and exact float operands; an int converts to a double exactly (it
      // is safe), as Python converts it. `/` leaves a zero divisor to the slow path (error).
      // `cls === FloatType` alone identifies an exact float (objects/float.ts); `instanceof` of a closure constant is slower.
      const isFloat = (v: string): string => `${v} != null && ${v}.cls === $FloatType`;
      const nz = (v: string): string => (sym === "/" ? ` && ${v} !== 0` : "");
      o.line(`if (typeof ${a} === "number") {`);
      if (sym === "/") {
        o.line(`  if (typeof ${b} === "number" && ${b} !== 0) ${a} = $newFloat(${a} / ${b});`);
      } else {
        o.line(`  if (typeof ${b} === "number") { const r = ${a} ${sym} ${b}; ${a} = r <= ${MAX_SAFE} && r >= -${MAX_SAFE} ? r${sym === "*" ? " + 0" : ""} : ${slow}; }`);
      }
      o.line(`  else if (${isFloat(b)}${nz(`${b}.value`)}) ${a} = $newFloat(${a} ${sym} ${b}.value);`);
      o.line(`  else ${a} = ${slow};`);
      o.line(`} else if (${isFloat(a)}) {`);
      o.line(`  if (${isFloat(b)}${nz(`${b}.value`)}) ${a} = $newFloat(${a}.value ${sym} ${b}.value);`);
      o.line(`  else if (typeof ${b} === "number"${nz(b)}) ${a} = $newFloat(${a}.value ${sym} ${b});`);
      o.line(`  else ${a} = ${slow};`);
      // str + str (the interpreter's BINARY_OP_ADD_STR).
      if (sym === "+") o.line(`} else if (typeof ${a} === "string" && typeof ${b} === "string") { ${a} = ${a} + ${b};`);
      o.line(`} else ${a} = ${slow};`);
      return;
    }
    if (base === 2 || base === 6) {
      // int // 0 and int % 0: ZeroDivisionError without a JS throw, as in the eval loop.
      const fn = base === 2 ? "$intFloorDiv" : "$intMod";
      o.line(`if (typeof ${a} === "number" && typeof ${b} === "number") {`);
      o.line(`  if (${b} !== 0) ${a} = ${fn}(${a}, ${b}); else { pe = $raiseNew(ts, f, $intZeroDivision(${base})); break sw; }`);
      o.line(`} else ${a} = ${slow};`);
      return;
    }
    o.line(`${a} = ${slow};`);
  }
}

/** For messages: a printable rendering of an instruction. */
export function describeInstruction(code: CodeObject, i: number): string {
  const w = code.code[i] ?? 0;
  return sanitizeComment(`${OPCODE_NAMES[BASE_OPCODE[w & 0xff] ?? 0] ?? "?"} ${w >>> 8}`);
}
