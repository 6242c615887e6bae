/**
 * Tier 2 code generation: an IR graph (`@pyvm/jit-ir`, op vocabulary in
 * `ir/ops.ts`) → the source of a JS factory, compiled with `new Function`.
 *
 * Shape of the generated code (`pyvm --dump-js` prints it):
 * - `run(f, fn, v0 … vn)`: the function body. `f` is the interpreter frame
 *   when there is one (entry/OSR), else null (`fast` entry); `fn` the Python
 *   function (for materializing a frame); `v0 … vn` the entry block's
 *   parameters (the frame's localsplus slots, plus the value stack for an
 *   OSR graph). Every SSA value is a function-level `let v<id>`; unboxed
 *   values are plain JS numbers/booleans/strings.
 * - Control flow is structured (cfg.ts): labelled `for (;;)` per loop
 *   header, labelled blocks for merge nodes, `continue`/`break` for edges;
 *   block parameters are assigned before each edge. A graph that is not
 *   reducible gets a `switch` over block ids in a loop instead.
 * - Guards: `if (!(cond)) return $deoptArgs(U, k, f, fn, ...frame-state values)`
 *   (under `PYTHON_VM_JIT_STRESS` also `|| X.stress.failGuard()`, decided
 *   at compile time: no cost otherwise). Site `k` describes how to box each
 *   value (`DeoptSite`).
 * - Ops that raise set `S = k` first; one `try/catch` hands a thrown
 *   exception to the interpreter in a frame materialized from site `k`'s
 *   frame state (unit.ts), so tracebacks and handlers are the interpreter's.
 * - Generic ops call the interpreter's `JIT_RUNTIME` helpers, exactly as the
 *   baseline tier does, so semantics cannot drift between tiers.
 * - Python values (constants, names, code objects, functions) reach the code
 *   only by reference (`K` = graph.consts, `X` = per-unit extras); the source
 *   holds structure, small numeric literals and line comments, and ends in a
 *   unique `//# sourceURL=pyvm-opt/<qualname>-<n>.js`.
 */
import { CO, type CodeObject } from "@pyvm/bytecode";
import { CMP_OPS, deoptView, OPS, readsOwnFrame, Repr, type OpName, type Block, type FrameState, type Graph, type Instr, type Param, type Value } from "@pyvm/jit-ir";
import { GENERATOR_YIELD } from "@pyvm/jit-ir";
import { RAW_FLOAT_SLOTS, RAW_SLOT_LIMIT } from "@pyvm/jit-ir";
import { JsBuilder, sanitizeUrlPart } from "../emit/js-builder.js";
import { analyzeCfg, type CfgInfo } from "./cfg.js";
import { BoxKind, type DeoptSite, type InlinedFrame } from "./unit.js";

/** What codegen needs of a function constant (an inlined callee): its code. */
interface PyFunctionLike {
  readonly code: CodeObject;
}

export interface OptCodegenOptions {
  /** Emit `|| X.stress.failGuard()` in every guard (PYTHON_VM_JIT_STRESS). */
  readonly stress: boolean;
  readonly serial: number;
}

/** Per-unit values the generated code reads by reference (besides `K` = graph.consts). */
export interface OptExtras {
  /** `CallDirect` sites: the callee code each site expects (a replaced `__code__` takes the generic path). */
  readonly directCodes: CodeObject[];
  /** Opcode words for ops that fall back to the interpreter's execRare (UNPACK_SEQUENCE). */
  readonly words: number[];
  /** Number of LOAD_NAME/STORE_NAME sites (each gets a `NameCache` in `X.nameCaches`). */
  nameSites: number;
}

export type OptCodegenResult =
  | {
      readonly ok: true;
      /** One factory for every VM (`run`/`fast` shared, see `shareAcrossVms`). */
      readonly source: string;
      /** The same unit as a factory for one VM only: per-VM values are constants of `run`'s closure (`ownCopy`). */
      readonly ownSource: string;
      readonly sites: DeoptSite[];
      readonly extras: OptExtras;
      readonly nparams: number;
    }
  | { readonly ok: false; readonly reason: string };

class Unsupported extends Error {}

const CMP_JS: Record<string, string> = { "<": "<", "<=": "<=", "==": "===", "!=": "!==", ">": ">", ">=": ">=" };

const UNARY_HELPERS: Record<number, string> = {};

/** IntArith's helper per BINARY_OP nb. */
const INT_ARITH_HELPERS: Record<number, string> = { 0: "$intAdd", 1: "$intAnd", 2: "$intFloorDiv", 5: "$intMul", 6: "$intMod", 7: "$intOr", 9: "$intRshift", 10: "$intSub", 12: "$intXor" };

/** Opcode numbers of UNARY_* (GenericUnary's immediate), filled lazily from the bytecode table. */
function unaryHelper(opcode: number, names: readonly string[]): string {
  const cached = UNARY_HELPERS[opcode];
  if (cached !== undefined) return cached;
  const name = names[opcode];
  const helper = name === "UNARY_NEGATIVE" ? "unaryNegative" : name === "UNARY_POSITIVE" ? "unaryPositive" : name === "UNARY_INVERT" ? "unaryInvert" : null;
  if (helper === null) throw new Unsupported(`GenericUnary of opcode ${opcode}`);
  UNARY_HELPERS[opcode] = helper;
  return helper;
}

export function generateOpt(graph: Graph, code: CodeObject, opcodeNames: readonly string[], options: OptCodegenOptions): OptCodegenResult {
  try {
    const gen = new OptGenerator(graph, code, opcodeNames, options);
    const { shared, own } = gen.emit();
    return { ok: true, source: shared, ownSource: own, sites: gen.sites, extras: gen.extras, nparams: graph.entry.params.length };
  } catch (e) {
    if (e instanceof Unsupported) return { ok: false, reason: e.message };
    throw e;
  }
}

function boxKindOf(v: Value | null): number {
  if (v === null) return BoxKind.Unbound;
  switch (v.repr) {
    case Repr.Float64:
      return BoxKind.Float64;
    case Repr.BigInt:
      return BoxKind.BigInt;
    case Repr.None:
      return BoxKind.None;
    case Repr.Void:
    case Repr.Multi:
      throw new Unsupported(`a ${v.repr} value in a frame state`);
    default:
      return BoxKind.AsIs;
  }
}

/** A JS literal for an unboxed numeric immediate (not Python data: a structural constant of the op). */
function numLiteral(x: number | string): string {
  const n = typeof x === "number" ? x : Number(x);
  if (Number.isNaN(n)) return "NaN";
  if (n === Infinity) return "Infinity";
  if (n === -Infinity) return "-Infinity";
  if (Object.is(n, -0)) return "-0";
  return n < 0 ? `(${String(n)})` : String(n);
}

class OptGenerator {
  readonly sites: DeoptSite[] = [];
  readonly extras: OptExtras = { directCodes: [], words: [], nameSites: 0 };
  private readonly o = new JsBuilder();
  private readonly cfg: CfgInfo;
  private line = -2;
  private readonly lazy = new Set<Instr>();

  constructor(
    private readonly graph: Graph,
    private readonly code: CodeObject,
    private readonly opcodeNames: readonly string[],
    private readonly options: OptCodegenOptions,
  ) {
    this.cfg = analyzeCfg(graph);
    for (const b of this.cfg.rpo) {
      for (const i of b.instrs) if (i.op === "MaterializeRangeIter") this.lazy.add(i);
    }
  }

  emit(): { shared: string; own: string } {
    const o = this.o;
    const g = this.graph;
    const entry = g.entry;
    const params = entry.params.map((p) => this.v(p));
    o.line('"use strict";');
    o.line(`const { ${OPT_HELPER_NAMES.map((k) => `${k}: $${k}`).join(", ")} } = O;`);
    // Per-VM values: fields of the instance record `P` (see shareAcrossVms), read into `const`s by `run`'s prologue.
    const vm: [string, string][] = [["ts", "U.ts"], ["rt", "U.rt"], ["G", "U.globals"], ["GF", "{ globals: U.globals, builtins: U.builtins }"], ["D", "X.targets"]];
    // Per-site LOAD_NAME/STORE_NAME caches.
    let nameSites = 0;
    for (const b of this.cfg.rpo) for (const i of b.instrs) if (i.op === "LoadName" || i.op === "StoreName") nameSites++;
    for (let k = 0; k < nameSites; k++) vm.push([`NC${k}`, `X.nameCaches[${k}]`]);
    // Float kernels of builtins called on raw doubles (V8 can inline them).
    const kernels = new Set<number>();
    for (const b of this.cfg.rpo) for (const i of b.instrs) if (i.op === "Float64Call1") kernels.add(i.imm[0] as number);
    for (const k of kernels) vm.push([`FK${k}`, `K[${k}].floatKernel.f`]);
    // str method kernels (objects/str/str-kernels.ts) the same way: SK<k>_<argc>.
    const strKernels = new Set<string>();
    for (const b of this.cfg.rpo) for (const i of b.instrs) if (STR_KERNEL_OPS.has(i.op)) strKernels.add(`${i.imm[0] as number}_${i.imm[1] as number}`);
    for (const key of strKernels) {
      const [k, argc] = key.split("_");
      vm.push([`SK${key}`, `$strMethodKernel(K[${k as string}], ${argc as string}).fn`]);
    }
    // Inline caches of inlined callees: their own code runtime in this VM (the pc and name immediates are theirs).
    const calleeRts = new Set<number>();
    for (const b of this.cfg.rpo) for (const i of b.instrs) if (RT_OPS.has(i.op) && i.frameState !== null && i.frameState.parent !== null) calleeRts.add(i.frameState.funcK as number);
    for (const k of calleeRts) vm.push([`RT${k}`, `$runtimeOf(K[${k}].code, U.ts)`]);
    o.open(`const run = function pyvm_opt(P, f, fn${params.map((p) => `, ${p}`).join("")}) {`);
    o.line(PROLOGUE_MARK);
    const decl: string[] = [];
    for (const b of this.cfg.rpo) {
      if (b !== entry) for (const p of b.params) decl.push(this.v(p));
      for (const i of b.instrs) if (i.repr !== Repr.Void && !this.lazy.has(i)) decl.push(this.v(i));
    }
    o.line("let S = -1;");
    for (let i = 0; i < decl.length; i += 16) o.line(`let ${decl.slice(i, i + 16).join(", ")};`);
    o.open("try {");
    if (this.cfg.reducible) this.doTree(entry);
    else this.emitSwitch();
    if (this.extras.nameSites !== nameSites) throw new Error("pyvm-opt: name-site count mismatch");
    o.close("} catch (e) {");
    o.indent();
    o.line("const k = S;");
    o.line("S = -1;");
    // A `fast` activation (f === null) counted ts.depth itself: give it back when an exception leaves.
    if (this.raiseCases.length > 0) {
      o.open("if (k >= 0) {");
      o.open("try {");
      o.open("switch (k) {");
      for (const c of this.raiseCases) o.line(c);
      o.close();
      o.close("} catch (e2) {");
      o.line("  if (f === null) ts.depth--;");
      o.line("  throw e2;");
      o.line("}");
      o.close();
    }
    o.line("if (f === null) ts.depth--;");
    o.line("throw e;");
    o.dedent();
    o.line("}");
    o.close("};");
    this.emitEntries(params.length);
    o.line(`//# sourceURL=pyvm-opt/${sanitizeUrlPart(this.code.qualname)}-${this.options.serial}.js`);
    return shareAcrossVms(o.toString(), vm);
  }

  private emitEntries(nparams: number): void {
    const o = this.o;
    const code = this.code;
    const n = code.nlocalsplus;
    const reads: string[] = [];
    // Parameters past the locals/cells/frees are value-stack slots (an OSR graph): the stack starts at `nlocalsplus`.
    for (let i = 0; i < nparams; i++) reads.push(`lp[${i}]`);
    void n;
    // `run` and `fast` are created once per process (see shareAcrossVms); `bind` makes a VM's instance.
    let fast = false;
    // Zero-argument super() reads the running frame: such code always runs with one (no `fast`).
    if (this.graph.osrPc === -1 && !readsOwnFrame(code)) {
      // One argument per parameter slot (positional, keyword-only, *args, **kwargs), bound by the call site.
      const argc = code.argcount + code.kwonlyargcount + (code.flags & CO.VARARGS ? 1 : 0) + (code.flags & CO.VARKEYWORDS ? 1 : 0);
      const args = Array.from({ length: argc }, (_, i) => `a${i}`);
      const pass = Array.from({ length: nparams }, (_, i) => (i < argc ? `a${i}` : "undefined"));
      o.open(`const fast = function (P, fn${args.map((a) => `, ${a}`).join("")}) {`);
      o.line("const ts = P.ts;");
      o.line(`if (ts.depth >= $MAX_COMPILED_DEPTH || ts.depth >= ts.recursionLimit || fn.globals !== P.G) return P.U.generic(fn${args.map((a) => `, ${a}`).join("")});`);
      o.line("ts.depth++;");
      // No try/finally: run's catch gives the depth back when an exception leaves it.
      o.line(`const r = run(P, null, fn${pass.map((a) => `, ${a}`).join("")});`);
      o.line("ts.depth--;");
      o.line("return r;");
      o.close("};");
      fast = true;
    }
    o.open("return function bind(U, K, X) {");
    o.line(INSTANCE_MARK);
    o.open("const entry = function (f) {");
    o.line("if (f.globals !== P.G || !U.valid) return $fallback(U, f);");
    o.line("const lp = f.localsplus;");
    o.line(`return run(P, f, f.func${reads.map((r) => `, ${r}`).join("")});`);
    o.close("};");
    o.line(`return { P, run, entry, fast: ${fast ? "fast" : "null"} };`);
    o.close("};");
  }

  // ---- structured control flow -------------------------------------------------

  private doTree(x: Block): void {
    const kids = this.cfg.children.get(x) ?? [];
    const order = this.cfg.order;
    const merges = kids.filter((k) => this.cfg.mergeNodes.has(k)).sort((a, b) => (order.get(b) as number) - (order.get(a) as number));
    if (this.cfg.loopHeaders.has(x)) {
      this.o.open(`L${x.id}: for (;;) {`);
      this.nodeWithin(x, merges);
      this.o.close();
    } else {
      this.nodeWithin(x, merges);
    }
  }

  private nodeWithin(x: Block, ys: readonly Block[]): void {
    if (ys.length === 0) {
      this.emitBlock(x);
      return;
    }
    const [y, ...rest] = ys as [Block, ...Block[]];
    this.o.open(`B${y.id}: {`);
    this.nodeWithin(x, rest);
    this.o.close();
    this.doTree(y);
  }

  private branchTo(src: Block, dst: Block, args: readonly Value[]): void {
    this.assignParams(dst, args);
    const order = this.cfg.order;
    if (!this.cfg.reducible) {
      this.o.line(`B = ${dst.id}; continue;`);
      return;
    }
    if ((order.get(dst) as number) <= (order.get(src) as number)) this.o.line(`continue L${dst.id};`);
    else if (this.cfg.mergeNodes.has(dst)) this.o.line(`break B${dst.id};`);
    else this.doTree(dst);
  }

  private emitSwitch(): void {
    const o = this.o;
    o.line(`let B = ${this.graph.entry.id};`);
    o.open("for (;;) {");
    o.open("switch (B) {");
    for (const b of this.cfg.rpo) {
      o.open(`case ${b.id}: {`);
      this.emitBlock(b);
      o.close();
    }
    o.line("default: throw new Error(`pyvm-opt: bad block ${B}`);");
    o.close();
    o.close();
  }

  private assignParams(dst: Block, args: readonly Value[]): void {
    if (args.length !== dst.params.length) throw new Unsupported(`jump to block ${dst.id} passes ${args.length} values for ${dst.params.length} parameters`);
    const moves: [Param, Value][] = [];
    dst.params.forEach((p, i) => {
      const a = args[i] as Value;
      if (a !== p) moves.push([p, a]);
    });
    if (moves.length === 0) return;
    const conflict = moves.length > 1 && moves.some(([, a]) => dst.params.includes(a as Param));
    if (!conflict) {
      this.o.line(moves.map(([p, a]) => `${this.v(p)} = ${this.use(a, p.repr)};`).join(" "));
      return;
    }
    const tmps = moves.map(([, a], i) => `t${i} = ${this.use(a, (moves[i] as [Param, Value])[0].repr)}`);
    this.o.line(`{ const ${tmps.join(", ")}; ${moves.map(([p], i) => `${this.v(p)} = t${i};`).join(" ")} }`);
  }

  private emitBlock(b: Block): void {
    const o = this.o;
    for (const i of b.instrs) {
      if (this.lazy.has(i)) continue;
      if (i.pc >= 0) {
        const l = this.code.lineOf(i.pc);
        if (l !== this.line) {
          o.comment(`line ${l}`);
          this.line = l;
        }
      }
      const sites = this.raiseCases.length;
      this.instr(i);
      // Code with exception handlers: an exception must reach the interpreter's unwinding through a site (`throwIn`).
      if (this.code.exceptionTable.length > 0 && OPS[i.op as OpName].raises && this.raiseCases.length === sites) throw new Unsupported(`${i.op} may raise in code with exception handlers but has no exception site`);
    }
    const t = b.terminator;
    if (t === null) throw new Unsupported(`block ${b.id} has no terminator`);
    if (t.kind === "deopt" && t.reason === GENERATOR_YIELD) {
      this.emitYield(t.frameState);
      return;
    }
    switch (t.kind) {
      case "jump":
        this.branchTo(b, t.target, t.args);
        return;
      case "branch": {
        const c = t.cond.repr === Repr.Bool ? this.v(t.cond) : null;
        if (c === null) throw new Unsupported(`branch on a ${t.cond.repr} value`);
        o.open(`if (${c}) {`);
        this.branchTo(b, t.ifTrue, t.trueArgs);
        o.close("} else {");
        o.indent();
        this.branchTo(b, t.ifFalse, t.falseArgs);
        o.dedent();
        o.line("}");
        return;
      }
      case "return":
        o.line(`return ${this.boxed(t.value)};`);
        return;
      case "deopt": {
        const ds = deoptView(t.frameState);
        const k = this.site(ds, ds.pc, t.reason);
        o.line(`return (S = -1, $${t.handOver === true ? "handOver" : "deopt"}(U, ${k}, f, fn, ${this.stateValues(ds)}));`);
        return;
      }
    }
  }

  // ---- values ---------------------------------------------------------------------

  private v(x: Value): string {
    return `v${x.id}`;
  }

  /** `x` as a tagged PyValue expression. */
  private boxed(x: Value): string {
    switch (x.repr) {
      case Repr.Float64:
        return `$newFloat(${this.v(x)})`;
      case Repr.None:
        return "$None";
      case Repr.BigInt:
        throw new Unsupported("bigint values are not boxed by the code generator yet");
      case Repr.Void:
      case Repr.Multi:
        throw new Unsupported(`${x.repr} value used as a Python value`);
      default:
        return this.v(x);
    }
  }

  /** `x` for a consumer expecting `repr` (block parameters take the argument's own representation). */
  private use(x: Value, repr: Repr): string {
    if (repr === Repr.Tagged && x.repr !== Repr.Tagged) return this.boxed(x);
    return this.v(x);
  }

  /** The frame state's values in deopt order: this frame's locals and stack, then each inlined caller's. */
  private stateValues(fs: FrameState): string {
    const vals: string[] = [];
    for (let s: FrameState | null = fs; s !== null; s = s.parent) {
      for (const l of s.locals) vals.push(l === null ? "undefined" : this.stateValue(l));
      for (const v of s.stack) vals.push(this.stateValue(v));
      if (s !== fs && s.names !== undefined && s.names.length > 0) throw new Unsupported("deferred module names in an inlined caller's frame state");
    }
    // Deferred STORE_NAMEs (module bodies), written to the mapping when the frame is materialized.
    if (fs.names !== undefined) for (const [, x] of fs.names) vals.push(this.stateValue(x));
    // The functions of the inlined frames, innermost first (by reference: sites hold no VM objects).
    for (let s: FrameState = fs; s.parent !== null; s = s.parent) {
      this.inlinedFunc(s);
      vals.push(`K[${s.funcK as number}]`);
    }
    return `[${vals.join(", ")}]`;
  }

  /**
   * A generator's YIELD_VALUE (jit-ir build/generator.ts): `fs` is the state
   * before it. Suspend the frame as the interpreter does — every local and
   * the stack below the value boxed into `localsplus`, `f.pc` past the
   * yield — and return the value (genResume sees `f.suspended`).
   */
  private emitYield(fs: FrameState): void {
    const o = this.o;
    if (fs.parent !== null || fs.names !== undefined) throw new Unsupported("yield inside inlined code or with deferred names");
    const n = this.code.nlocalsplus;
    if (fs.locals.length !== n || fs.stack.length === 0) throw new Unsupported("yield frame state does not match the code");
    const top = fs.stack[fs.stack.length - 1] as Value;
    o.open("{");
    o.line("const L = f.localsplus;");
    fs.locals.forEach((x, i) => o.line(`L[${i}] = ${x === null ? "undefined" : this.yieldValue(x)};`));
    for (let k = 0; k < fs.stack.length - 1; k++) o.line(`L[${n + k}] = ${this.yieldValue(fs.stack[k] as Value)};`);
    o.line(`f.sp = ${n + fs.stack.length - 1}; f.pc = ${fs.pc + 1}; f.suspended = true;`);
    o.line(`return ${this.yieldValue(top)};`);
    o.close();
  }

  /** A frame-state value boxed for a suspended frame (as `unit.ts` box() does on deopt). */
  private yieldValue(x: Value): string {
    switch (boxKindOf(x)) {
      case BoxKind.Float64:
        return `$newFloat(${this.v(x)})`;
      case BoxKind.None:
        return "$None";
      case BoxKind.Unbound:
        return "undefined";
      case BoxKind.BigInt:
        throw new Unsupported("a bigint value at a yield");
      default:
        return this.stateValue(x);
    }
  }

  private kindsOf(fs: FrameState): Uint8Array {
    const kinds = new Uint8Array(fs.locals.length + fs.stack.length);
    let j = 0;
    for (const l of fs.locals) kinds[j++] = boxKindOf(l);
    for (const s of fs.stack) kinds[j++] = boxKindOf(s);
    return kinds;
  }

  /** The function object of an inlined frame (`funcK`). */
  private inlinedFunc(fs: FrameState): PyFunctionLike {
    const v = fs.funcK === undefined ? undefined : this.graph.consts[fs.funcK];
    const code = (v as { code?: unknown } | undefined)?.code;
    if (v === undefined || code === undefined || (code as CodeObject).nlocalsplus !== fs.locals.length) {
      throw new Unsupported("inlined frame state without its function (funcK)");
    }
    return v as PyFunctionLike;
  }

  private stateValue(x: Value): string {
    if ((x as Instr).kind === "instr" && this.lazy.has(x as Instr)) {
      const i = x as Instr;
      const [a, b, c] = i.inputs as [Value, Value, Value];
      return `$newRangeIter(${this.v(a)}, ${this.v(b)}, ${this.v(c)})`;
    }
    return this.v(x);
  }

  private site(fs: FrameState, pc: number, reason: string): number {
    const parents: InlinedFrame[] = [];
    if (fs.parent !== null) {
      this.inlinedFunc(fs);
      for (let p: FrameState | null = fs.parent; p !== null; p = p.parent) {
        const own = p.parent === null;
        if (own && p.locals.length !== this.code.nlocalsplus) throw new Unsupported(`frame state with ${p.locals.length} locals for ${this.code.nlocalsplus} slots`);
        if (!own) this.inlinedFunc(p);
        parents.push({ pc: p.pc, nlocals: p.locals.length, stackLen: p.stack.length, kinds: this.kindsOf(p), ...(p.initCall === true ? { initCall: true } : {}) });
      }
    } else if (fs.locals.length !== this.code.nlocalsplus) {
      throw new Unsupported(`frame state with ${fs.locals.length} locals for ${this.code.nlocalsplus} slots`);
    }
    const names = fs.names ?? [];
    const countAt = fs.parent === null ? -1 : this.callSite(fs);
    this.sites.push({
      pc,
      nlocals: fs.locals.length,
      stackLen: fs.stack.length,
      kinds: this.kindsOf(fs),
      reason,
      count: 0,
      parents,
      names: names.map(([k]) => k),
      nameKinds: Uint8Array.from(names, ([, x]) => boxKindOf(x)),
      countAt,
    });
    return this.sites.length - 1;
  }

  private readonly callSites = new Map<number, number>();

  /** The site standing for the outermost inlined CALL around `fs` (only counted: DeoptSite.countAt). */
  private callSite(fs: FrameState): number {
    let root = fs;
    while (root.parent !== null) root = root.parent;
    // The outermost caller resumes after its CALL.
    const pc = root.pc - 1;
    let k = this.callSites.get(pc);
    if (k === undefined) {
      k = this.sites.length;
      this.sites.push({ pc, nlocals: 0, stackLen: 0, kinds: new Uint8Array(0), reason: "inlined call", count: 0, parents: [], names: [], nameKinds: new Uint8Array(0), countAt: -1 });
      this.callSites.set(pc, k);
    }
    return k;
  }

  private readonly raiseCases: string[] = [];

  /** The `X.directCodes`/`X.targets` index of a direct callee (one per code object: sites calling it share it). */
  private directIndex(code: CodeObject): number {
    const j = this.extras.directCodes.indexOf(code);
    if (j >= 0) return j;
    this.extras.directCodes.push(code);
    return this.extras.directCodes.length - 1;
  }

  /**
   * Whether objects of these shapes (`graph.consts` indexes) may be in variant shapes (raw float slots,
   * objects/shape.ts), so guards and slot accesses must expect them: a shape that has variants already, or
   * any shape in a unit that makes variants (`AddSlotF64`). Otherwise the plain `shape === K` guard keeps variants out
   * (one meets a deopt, and the code compiled after it sees the variants) and slot accesses skip the checks.
   */
  private rawAwareShapes(ks: readonly (number | string)[]): boolean {
    if (!RAW_FLOAT_SLOTS) return false;
    let made = this.rawMade;
    if (made === null) {
      made = this.rawMade = new Set();
      for (const b of this.graph.blocks) for (const x of b.instrs) if (x.op === "AddSlotF64") made.add(this.graph.consts[x.imm[1] as number]);
    }
    // A unit that makes variants (AddSlotF64) expects them everywhere: an object checked against the shape
    // before an AddSlotF64 is a variant of the shape after it.
    if (made.size > 0) return true;
    for (const k of ks) {
      const shape = this.graph.consts[k as number] as { hasVariants?: () => boolean } | undefined;
      if (shape === undefined || typeof shape.hasVariants !== "function" || shape.hasVariants()) return true;
    }
    return false;
  }

  /** `rawAwareShapes` for the object `v` of a slot access: its CheckShape's shape, else (shape not known here) true. */
  private rawAware(v: Value | undefined): boolean {
    if (!RAW_FLOAT_SLOTS) return false;
    const c = v as Instr | undefined;
    if (c === undefined || c.kind !== "instr") return true;
    if (c.op === "CheckShape") return this.rawAwareShapes([c.imm[0] as number]);
    if (c.op === "CheckShapes") return this.rawAwareShapes(c.imm.filter((_, j) => j % 2 === 0));
    return true;
  }

  private rawMade: Set<unknown> | null = null;

  /** A guard: deopt to the instruction's frame state unless `cond` holds. */
  private guard(i: Instr, cond: string, what: string): void {
    if (i.frameState === null) throw new Unsupported(`${i.op} without a frame state`);
    const fs = deoptView(i.frameState);
    const line = i.pc >= 0 ? this.code.lineOf(i.pc) : this.code.firstlineno;
    const k = this.site(fs, fs.pc, `${what} (line ${line})`);
    const stress = this.options.stress ? " || U.stress.failGuard()" : "";
    // The values as arguments, not an array literal: V8 optimizes a unit's many guard exits ~15-20% faster
    // (tokenizer's units, main-thread TurboFan time). A shared exit per frame state (a labelled break to
    // one `$deopt` per state after the body) cost as little to compile but made hot loops slower (nbody
    // ~40%: every value read there is live out of the loop).
    const vals = this.stateValues(fs);
    this.o.line(`if (!(${cond})${stress}) return (S = -1, $deoptArgs(U, ${k}, f, fn${vals.length > 2 ? `, ${vals.slice(1, -1)}` : ""}));`);
  }

  /** Before an op that may raise: remember which frame state the exception is handed over with. */
  private raises(i: Instr): void {
    const fs = i.frameState;
    if (fs === null) throw new Unsupported(`${i.op} may raise but has no frame state`);
    // An inlined instruction's `pc` is its outermost caller's CALL: the callee frame's own pc is the frame state's.
    const pc = i.pc >= 0 && fs.parent === null ? i.pc : fs.pc;
    const k = this.site(fs, pc, `exception in ${i.op}`);
    this.raiseCases.push(`case ${k}: return $throwIn(U, ${k}, e, f, fn, ${this.stateValues(fs)});`);
    this.o.line(`S = ${k};`);
  }

  private instr(i: Instr): void {
    const o = this.o;
    const r = this.v(i);
    const ins = i.inputs.map((x) => this.v(x));
    const [a = "", b = "", c = ""] = ins;
    const imm = i.imm;
    const K = (n: number): string => `K[${imm[n] as number}]`;
    switch (i.op) {
      case "Const":
        o.line(`${r} = ${K(0)};`);
        return;
      case "ConstInt53":
      case "ConstFloat64":
        o.line(`${r} = ${numLiteral(imm[0] as number)};`);
        return;
      case "ConstBool":
        o.line(`${r} = ${imm[0] ? "true" : "false"};`);
        return;
      case "CheckInt":
        this.guard(i, `typeof ${a} === "number"`, "not an int");
        o.line(`${r} = ${a};`);
        return;
      case "CheckFloat":
        // `cls === FloatType` alone identifies an exact float (objects/float.ts); unlike `instanceof` with a
        // closure-held constructor it compiles to one map check (nbody: ~35% less CPU in its loop).
        this.guard(i, `${a} != null && ${a}.cls === $FloatType`, "not a float");
        o.line(`${r} = ${a}.value;`);
        return;
      case "CheckNumber":
        // Float first: the unboxing select stays a float64 in V8 (the number-first form cost ~15% in nbody).
        this.guard(i, `(${a} != null && ${a}.cls === $FloatType) || typeof ${a} === "number"`, "not a number");
        o.line(`${r} = ${a}.cls === $FloatType ? ${a}.value : ${a};`);
        return;
      case "Guard":
        this.guard(i, a, "speculated condition failed");
        return;
      case "RangeIterCurrent":
        o.line(`${r} = ${a}.current;`);
        return;
      case "RangeIterAdvance":
        o.line(`if (${b} ${i.imm[0] === -1 ? ">" : "<"} ${ins[3] ?? ""}) ${a}.current = ${c};`);
        return;
      case "UnpackRangeIter":
        this.guard(i, `${a} instanceof $PyRangeIterator`, "not a range iterator");
        o.line(`${r} = [${a}.current, ${a}.stop, ${a}.step];`);
        return;
      case "CheckBool":
        this.guard(i, `typeof ${a} === "boolean"`, "not a bool");
        o.line(`${r} = ${a};`);
        return;
      case "CheckStr":
        this.guard(i, `typeof ${a} === "string"`, "not a str");
        o.line(`${r} = ${a};`);
        return;
      case "CheckIdentity":
        this.guard(i, `${a} === ${K(0)}`, "identity changed");
        o.line(`${r} = ${a};`);
        return;
      case "CheckDefault":
        this.guard(i, `${a}.defaults !== null && ${a}.defaults.length === ${imm[0] as number} && ${a}.defaults[${imm[1] as number}] === ${K(2)}`, "function defaults changed");
        return;
      case "CheckKwDefault":
        this.guard(i, `${a}.kwdefaults !== null && ${a}.kwdefaults.getStr(${K(0)}) === ${K(1)}`, "function kwdefaults changed");
        return;
      case "BoundFunc":
        o.line(`${r} = ${a}.func;`);
        return;
      case "BoundSelf":
        o.line(`${r} = ${a}.self;`);
        return;
      case "CheckCode":
        this.guard(i, `${a} instanceof $PyFunction && ${a}.code === ${K(0)}`, "function code changed");
        o.line(`${r} = ${a};`);
        return;
      case "CheckType":
        this.guard(i, `typeof ${a} === "object" && ${a} !== null && ${a}.cls === ${K(0)}`, "type changed");
        o.line(`${r} = ${a};`);
        return;
      case "CheckShape":
        // With raw float slots (passes/raw-float-slots.ts) an object may be in a variant of the shape.
        this.guard(i, `typeof ${a} === "object" && ${a} !== null && ${this.rawAwareShapes([imm[0] as number]) ? `(${a}.shape === ${K(0)} || ${a}.shape.base === ${K(0)})` : `${a}.shape === ${K(0)}`} && ${a}.cls.version === ${imm[1] as number} && ${a}.dict === null`, "shape changed");
        o.line(`${r} = ${a};`);
        return;
      case "CheckShapes": {
        // (kShape, version) pairs; the versions are `K[n]` references after tier.ts relocated them.
        const tests: string[] = [];
        for (let j = 0; j + 1 < imm.length; j += 2) tests.push(`${j === 0 ? "" : "else "}if (sh === K[${imm[j] as number}] && ve === ${imm[j + 1] as number | string}) ${r} = ${j / 2};`);
        o.line(`${r} = -1;`);
        o.line(`if (typeof ${a} === "object" && ${a} !== null && ${a}.dict === null) { const sh = ${a}.shape${this.rawAwareShapes(imm.filter((_, j) => j % 2 === 0)) ? ".base" : ""}, ve = ${a}.cls.version; ${tests.join(" ")} }`);
        this.guard(i, `${r} >= 0`, "shape changed (polymorphic site)");
        return;
      }
      case "LoadSlotAt":
        if (this.rawAware(i.inputs[0])) {
          o.line(`{ const j = ${selectExpr(b, imm.map((x) => String(x as number)))};`);
          o.line(`  ${r} = ${a}.slots[j]; if (typeof ${r} === "number" && j < ${RAW_SLOT_LIMIT} && (${a}.shape.floatMask & (1 << j)) !== 0) ${r} = $boxRawSlot(${a}, j, ${r}); }`);
        } else o.line(`${r} = ${a}.slots[${selectExpr(b, imm.map((x) => String(x as number)))}];`);
        this.guard(i, `${r} !== undefined`, "empty attribute slot");
        return;
      case "SelectConst":
        o.line(`${r} = ${selectExpr(a, imm.map((x) => `K[${x as number}]`))};`);
        return;
      case "CheckBound":
        this.guard(i, `${a} !== undefined`, "unbound local");
        o.line(`${r} = ${a};`);
        return;
      case "LoadCellChecked":
        o.line(`${r} = ${a}.ref;`);
        this.guard(i, `${r} !== undefined`, "empty cell read by a loop");
        return;
      case "LoopState":
        return;
      case "CheckValid":
        this.guard(i, "U.valid", "code invalidated");
        return;
      case "Int53Add":
      case "Int53Sub":
      case "Int53Mul": {
        const sym = i.op === "Int53Add" ? "+" : i.op === "Int53Sub" ? "-" : "*";
        o.line(`${r} = ${a} ${sym} ${b};`);
        this.guard(i, safeInt(r), "int overflow");
        if (sym === "*") o.line(`${r} = ${r} + 0;`);
        return;
      }
      case "Int53AddExact":
        o.line(`${r} = ${a} + ${b};`);
        return;
      case "Int53SubExact":
        o.line(`${r} = ${a} - ${b};`);
        return;
      case "Int53MulExact":
        o.line(`${r} = ${a} * ${b} + 0;`);
        return;
      case "Int53AndMask":
        o.line(`${r} = ${(constMask(i.inputs[1]) ?? 0) >= 0x80000000 ? `(${a} & ${b}) >>> 0` : `${a} & ${b}`};`);
        return;
      case "Int32WrapAdd":
        o.line(`${r} = ((${a} | 0) + (${b} | 0)) | 0;`);
        return;
      case "Int32WrapSub":
        o.line(`${r} = ((${a} | 0) - (${b} | 0)) | 0;`);
        return;
      case "Int32WrapMul":
        o.line(`${r} = Math.imul(${a}, ${b});`);
        return;
      case "Int32WrapOr":
        o.line(`${r} = ${a} | ${b};`);
        return;
      case "Int32WrapXor":
        o.line(`${r} = ${a} ^ ${b};`);
        return;
      case "Int53FloorDiv":
      case "Int53Mod":
        if (!nonZeroConst(i.inputs[1])) this.guard(i, `${b} !== 0`, "division by zero");
        o.line(`${r} = ${i.op === "Int53Mod" ? "$intMod" : "$intFloorDiv"}(${a}, ${b});`);
        return;
      case "Int53Neg":
        o.line(`${r} = 0 - ${a};`);
        return;
      case "Int53RShift":
        this.guard(i, `(${a} | 0) === ${a} && ${b} >= 0 && ${b} < 32`, "shift outside int32");
        o.line(`${r} = ${a} >> ${b};`);
        return;
      case "Int53LShift":
        this.guard(i, `${b} >= 0 && ${b} < 53`, "shift count out of range");
        o.line(`${r} = ${a} * 2 ** ${b};`);
        this.guard(i, safeInt(r), "int overflow");
        o.line(`${r} = ${r} + 0;`);
        return;
      case "Int53BitAnd":
      case "Int53BitOr":
      case "Int53BitXor": {
        const sym = i.op === "Int53BitAnd" ? "&" : i.op === "Int53BitOr" ? "|" : "^";
        this.guard(i, `(${a} | 0) === ${a} && (${b} | 0) === ${b}`, "bit operation outside int32");
        o.line(`${r} = ${a} ${sym} ${b};`);
        return;
      }
      case "Int53Compare":
      case "Float64Compare":
        o.line(`${r} = ${a} ${this.cmp(imm[0] as number)} ${b};`);
        return;
      // ---- ints of any size (jit-ir build/ints.ts; helpers from objects/int.ts) ----
      case "CheckAnyInt":
        this.guard(i, `typeof ${a} === "number" || typeof ${a} === "bigint"`, "not an int");
        o.line(`${r} = ${a};`);
        return;
      case "IntArith": {
        const nb = imm[0] as number;
        // A zero divisor is always the number 0 (canonical ints): deopt, the interpreter raises.
        if (nb === 2 || nb === 6) this.guard(i, `${b} !== 0`, "integer division by zero");
        if (nb === 9) this.guard(i, `${b} >= 0`, "negative shift count");
        const fn = INT_ARITH_HELPERS[nb];
        if (fn === undefined) throw new Unsupported(`IntArith ${nb}`);
        o.line(`${r} = ${fn}(${a}, ${b});`);
        return;
      }
      case "IntCompare":
        o.line(`${r} = ${a} ${this.cmp(imm[0] as number)} ${b};`);
        return;
      case "Int53ToFloat64":
        o.line(`${r} = ${a};`);
        return;
      case "Int53Truthy":
      case "Float64Truthy":
        o.line(`${r} = ${a} !== 0;`);
        return;
      case "Float64Add":
        o.line(`${r} = ${a} + ${b};`);
        return;
      case "Float64Sub":
        o.line(`${r} = ${a} - ${b};`);
        return;
      case "Float64Mul":
        o.line(`${r} = ${a} * ${b};`);
        return;
      case "Float64Div":
        if (!nonZeroConst(i.inputs[1])) this.guard(i, `${b} !== 0`, "float division by zero");
        o.line(`${r} = ${a} / ${b};`);
        return;
      case "Float64Call1":
        o.line(`${r} = FK${imm[0] as number}(${a});`);
        this.guard(i, `${r} === ${r} ? ${r} - ${r} === 0 || ${a} - ${a} !== 0 : ${a} !== ${a}`, "float function domain");
        return;
      case "Float64Neg":
        o.line(`${r} = -${a};`);
        return;
      case "Float64Mod":
        // The interpreter's float % (objects/numeric.ts floatMod); a zero divisor deopts so it raises there.
        if (!nonZeroConst(i.inputs[1])) this.guard(i, `${b} !== 0`, "float modulo");
        o.line(`${r} = $floatMod(${a}, ${b});`);
        return;
      case "Float64Pow":
        // objects/numeric.ts floatPow; NaN from non-NaN operands: a complex result or an error (the interpreter re-executes).
        o.line(`${r} = $floatPowRaw(${a}, ${b});`);
        this.guard(i, `${r} === ${r} || ${a} !== ${a} || ${b} !== ${b}`, "float power outside the reals");
        return;
      case "Float64FloorDiv":
        // The interpreter's float // (objects/numeric.ts floatFloorDiv); a zero divisor deopts.
        if (!nonZeroConst(i.inputs[1])) this.guard(i, `${b} !== 0`, "float floor division by zero");
        o.line(`${r} = $floatFloorDiv(${a}, ${b});`);
        return;
      case "BoolNot":
        o.line(`${r} = !${a};`);
        return;
      case "IsIdentical":
        o.line(`${r} = ${a} === ${b};`);
        return;
      case "IsUndefined":
        o.line(`${r} = ${a} === undefined;`);
        return;
      case "StrTruthy":
        o.line(`${r} = ${a}.length !== 0;`);
        return;
      case "Truthy":
        this.raises(i);
        o.line(`${r} = ${a} === true || (${a} !== false && $isTrue(${a}));`);
        return;
      case "Box":
        o.line(`${r} = ${this.boxed(i.inputs[0] as Value)};`);
        return;
      case "GenericBinaryOp":
        this.raises(i);
        o.line(`${r} = $binaryOp(${imm[0] as number}, ${a}, ${b});`);
        return;
      case "GenericCompare":
        this.raises(i);
        o.line(`${r} = $compareSlow(${a}, ${b}, ${imm[0] as number});`);
        return;
      case "GenericUnary":
        this.raises(i);
        o.line(`${r} = $${unaryHelper(imm[0] as number, this.opcodeNames)}(${a});`);
        return;
      case "GenericContains":
        this.raises(i);
        o.line(`${r} = $contains(${a}, ${b}) !== false;`);
        return;
      case "LoadGlobal":
        this.raises(i);
        o.line(`${r} = $loadGlobal(GF, ${this.rtOf(i)}, ${imm[0] as number}, ${imm[1] as number});`);
        return;
      case "LoadName": {
        this.raises(i);
        const j = this.extras.nameSites++;
        const name = `X.names[${imm[0] as number}]`;
        o.line(`{ const d = f.locals, c = NC${j}; ${r} = d === c.d && d.keysVersion === c.kv ? d.valueList[c.idx] : $loadNameSlow(f, ${name}, c); }`);
        return;
      }
      case "CheckLocalsGlobals":
        this.guard(i, "f.locals === G", "locals mapping is not the globals");
        return;
      case "CheckLocalsDict":
        this.guard(i, "$localsIsDict(f)", "locals mapping is not an exact dict");
        return;
      case "LoadNameGuard":
        o.line(`${r} = $peekName(f, X.names[${imm[0] as number}], ${imm[1] === 1});`);
        this.guard(i, `${r} !== undefined`, "name not found without running code");
        return;
      case "StoreName": {
        this.raises(i);
        const j = this.extras.nameSites++;
        const name = `X.names[${imm[0] as number}]`;
        const store = `{ const d = f.locals, c = NC${j}; if (d === c.d && d.keysVersion === c.kv) d.storeAt(c.idx, ${a}); else $storeNameSlow(f, ${name}, ${a}, c); }`;
        o.line(imm[1] === 1 ? `if (${a} !== undefined) ${store}` : store);
        return;
      }
      case "NewRangeIter":
        o.line(`${r} = new $PyRangeIterator(${a}, ${b}, ${c});`);
        return;
      case "NewInstance":
        o.line(`${r} = new $PyInstance(${K(0)});`);
        return;
      case "InitResult":
        this.raises(i);
        o.line(`if (${a} !== $None) throw $initReturnedNonNone(${a});`);
        o.line(`${r} = ${b};`);
        return;
      case "LoadGlobalConst":
        o.line(`${r} = ${K(0)};`);
        return;
      case "LoadAttr":
        this.raises(i);
        o.line(`${r} = $loadAttrCached(${this.rtOf(i)}, ${imm[0] as number}, ${a}, ${imm[1] as number});`);
        return;
      case "StoreAttr":
        this.raises(i);
        o.line(`$storeAttrCached(${this.rtOf(i)}, ${imm[0] as number}, ${a}, ${imm[1] as number}, ${b});`);
        return;
      case "LoadMethod":
        this.raises(i);
        o.line(`${r} = [${a}, undefined]; $loadMethodCached(${this.rtOf(i)}, ${imm[0] as number}, ${r}, 1, ${imm[1] as number});`);
        return;
      case "Proj":
        o.line(`${r} = ${a}[${imm[0] as number}];`);
        return;
      case "LoadSlot":
        o.line(`${r} = ${a}.slots[${imm[0] as number}];`);
        this.guard(i, `${r} !== undefined`, "empty attribute slot");
        // A bare number in a raw float slot: box it, keeping the box in the slot (objects/shape.ts).
        if (this.rawAware(i.inputs[0]) && (imm[0] as number) < RAW_SLOT_LIMIT) {
          o.line(`if (typeof ${r} === "number" && (${a}.shape.floatMask & ${1 << (imm[0] as number)}) !== 0) ${r} = $boxRawSlot(${a}, ${imm[0] as number}, ${r});`);
        }
        return;
      case "LoadSlotF64": {
        const slot = imm[0] as number;
        o.line(`{ const s = ${a}.slots[${slot}];`);
        o.indent();
        this.guard(i, `typeof s === "number" ? (${a}.shape.floatMask & ${1 << slot}) !== 0 : s != null && s.cls === $FloatType`, "not a float attribute");
        o.line(`${r} = typeof s === "number" ? s : s.value; }`);
        o.dedent();
        return;
      }
      case "StoreSlot":
        o.line(`${a}.slots[${imm[0] as number}] = ${b};`);
        if (this.rawAware(i.inputs[0]) && (imm[0] as number) < RAW_SLOT_LIMIT) o.line(`if (${a}.shape.floatMask !== 0) $rawSlotStored(${a}, ${imm[0] as number}, ${b});`);
        return;
      case "StoreSlotF64": {
        const slot = imm[0] as number;
        // Bare only into a slot that is raw already (made so by AddSlotF64): an object the interpreter boxed
        // (derawSlots) stays boxed, so tier-2 stores and interpreter reads of one object cannot take turns.
        o.line(`${a}.slots[${slot}] = (${a}.shape.floatMask & ${1 << slot}) !== 0 ? ${b} : $newFloat(${b});`);
        return;
      }
      case "AddSlot":
      case "AddSlotF64": {
        const slot = imm[0] as number;
        if (slot > 0) this.guard(i, `${a}.slots !== null && ${a}.slots.length >= ${slot}`, "attribute slot layout changed");
        // The interpreter's addSlot: an in-place write into capacity the instance's first store reserved
        // (its class's slot hint), else a new array from grownSlots (exact size past the first store).
        o.line(`{ const s = ${a}.slots; if (s !== null && s.length > ${slot}) s[${slot}] = ${b}; else ${a}.slots = $grown${i.op === "AddSlotF64" ? "Raw" : ""}Slots(${a}.cls, s, ${slot}, ${b}); }`);
        // The object may be in a variant of the shape before (raw float slots): the same variant after.
        if (i.op === "AddSlot" && !this.rawAware(i.inputs[0])) o.line(`${a}.shape = ${K(1)};`);
        else if (i.op === "AddSlotF64") o.line(`${a}.shape = ${K(1)}.variant(${a}.shape.floatMask | ${1 << slot});`);
        else o.line(`{ const m = ${a}.shape.floatMask; ${a}.shape = m === 0 ? ${K(1)} : ${K(1)}.variant(m); }`);
        return;
      }
      case "Call": {
        this.raises(i);
        const args = ins.slice(2);
        const kwk = imm[1] as number;
        if (kwk < 0 && (args.length === 1 || args.length === 2)) {
          // A builtin with a fixed-arity entry (len, abs, math.sqrt, …): no argument array.
          const fx = args.length === 1 ? "fn1" : "fn2";
          o.line(`${r} = ${a} === null && ${b} instanceof $PyBuiltinFunction && ${b}.${fx} !== null ? ${b}.${fx}(${args.join(", ")}) : $call${args.length}(ts, ${a}, ${b}, ${args.join(", ")});`);
        } else if (kwk < 0 && args.length <= 3) o.line(`${r} = $call${args.length}(ts, ${a}, ${b}${args.map((x) => `, ${x}`).join("")});`);
        else o.line(`${r} = $call(ts, ${a}, ${b}, [${args.join(", ")}], ${kwk < 0 ? "null" : `K[${kwk}]`});`);
        return;
      }
      case "CallMethodDescr":
        // A builtin method's entry (objects/builtin-function.ts `entryFor`): m.raw/m.fn(self, args, kwnames).
        this.raises(i);
        o.line(`${r} = ${K(0)}.${imm[2] === 1 ? "raw" : "fn"}(${a}, [${ins.slice(1).join(", ")}], null);`);
        return;
      case "CallDirect": {
        this.raises(i);
        const fnv = this.graph.consts[imm[0] as number];
        const calleeCode = (fnv as { code?: CodeObject } | undefined)?.code;
        if (calleeCode === undefined) throw new Unsupported("CallDirect of a constant that is not a function");
        const j = this.directIndex(calleeCode);
                const callee = K(0);
        const args = ins.map((x) => `, ${x}`).join("");
        o.line(`${r} = ${callee}.code === X.directCodes[${j}] ? D[${j}].sf(D[${j}].p, ${callee}${args}) : D[${j}].generic(${callee}${args});`);
        return;
      }
      case "CallCode": {
        this.raises(i);
        const calleeCode = this.graph.consts[imm[0] as number] as CodeObject | undefined;
        if (calleeCode === undefined) throw new Unsupported("CallCode without its code object");
        const j = this.directIndex(calleeCode);
        const args = ins.map((x) => `, ${x}`).join("");
        o.line(`${r} = ${a}.code === X.directCodes[${j}] ? D[${j}].sf(D[${j}].p, ${args.slice(2)}) : D[${j}].generic(${args.slice(2)});`);
        return;
      }
      case "GetItem":
        this.raises(i);
        o.line(`${r} = $getItem(${a}, ${b});`);
        return;
      case "DictGet":
        this.raises(i);
        o.line(`${r} = $dictGetItem(${a}, ${b});`);
        return;
      case "DictSet":
        o.line(`${a}.set(${b}, ${c});`);
        return;
      // ---- str (jit-ir build/strings.ts; helpers from objects/str/str-kernels.ts) ----
      case "ConstStr":
        o.line(`${r} = ${K(0)};`);
        return;
      case "StrConcat":
        o.line(`${r} = ${a} + ${b};`);
        return;
      case "StrCompare": {
        const cmp = imm[0] as number;
        // JS orders strings by UTF-16 code unit, Python by code point: they differ only where both strings
        // have a unit >= 0xD800 at their first difference, never against a constant without such units.
        if (cmp === 2 || cmp === 3 || this.lowConstStr(i.inputs[0]) || this.lowConstStr(i.inputs[1])) o.line(`${r} = ${a} ${this.cmp(cmp)} ${b};`);
        else o.line(`${r} = $cmpStrings(${a}, ${b}, ${cmp});`);
        return;
      }
      case "StrContains":
        // One non-surrogate code unit (a tokenizer's `ch in "+-*/"`) is one indexOf (protocols/contains.ts).
        o.line(`${r} = ${b}.length === 1 && (${b}.charCodeAt(0) & 0xf800) !== 0xd800 ? ${a}.indexOf(${b}) >= 0 : $strContains(${a}, ${b});`);
        return;
      case "StrAt":
        o.line(`${r} = $strAt(${a}, ${b});`);
        this.guard(i, `${r} !== undefined`, "string index out of range");
        return;
      case "StrSlice": {
        const mask = imm[0] as number;
        let j = 1;
        const start = (mask & 1) !== 0 ? ins[j++] : "undefined";
        const stop = (mask & 2) !== 0 ? ins[j++] : "undefined";
        o.line(`${r} = $strSlice(${a}, ${start as string}, ${stop as string}, ${numLiteral(imm[1] as number)});`);
        return;
      }
      case "SeqSlice":
      case "ListSetSlice": {
        const mask = imm[0] as number;
        const store = i.op === "ListSetSlice";
        let j = store ? 2 : 1;
        const start = (mask & 1) !== 0 ? ins[j++] : "undefined";
        const stop = (mask & 2) !== 0 ? ins[j++] : "undefined";
        const step = numLiteral(imm[1] as number);
        if (store) {
          this.raises(i);
          o.line(`$listSetSlice(${a}, ${start as string}, ${stop as string}, ${step}, ${b});`);
        } else o.line(`${r} = $seqSlice(${a}, ${start as string}, ${stop as string}, ${step});`);
        return;
      }
      case "StrLen":
        o.line(`${r} = $strLen(${a});`);
        return;
      case "LenFast":
        o.line(`${r} = $lenFast(${a});`);
        this.guard(i, `${r} >= 0`, "len() of an object other than an exact str, list, tuple, dict, set or frozenset");
        return;
      case "StrOrd":
        o.line(`${r} = $strOrd(${a});`);
        this.guard(i, `${r} >= 0`, "ord() of a string that is not one character");
        return;
      case "StrMod":
        this.raises(i);
        o.line(`${r} = $strModOp(${a}, ${b}, ${imm[0] as number});`);
        return;
      case "StrToInt":
        o.line(`${r} = $strToSmallInt(${a});`);
        this.guard(i, `${r} !== undefined`, "int() of a str other than a plain decimal");
        return;
      case "Int53ToStr":
        o.line(`${r} = "" + ${a};`);
        return;
      case "FormatValue": {
        this.raises(i);
        const flags = imm[0] as number;
        const call = `$formatValue(${a}, ${flags}, ${ins.length > 1 ? b : '""'})`;
        // No conversion, no spec: a str is itself, a small int (a JS number) its decimal digits, as format() would give.
        o.line(`${r} = ${ins.length === 1 && (flags & 3) === 0 ? `typeof ${a} === "string" ? ${a} : typeof ${a} === "number" ? "" + ${a} : ${call}` : call};`);
        return;
      }
      case "BuildString":
        o.line(`${r} = ${ins.length === 0 ? '""' : ins.length === 1 ? `"" + ${a}` : ins.join(" + ")};`);
        return;
      case "StrCallStr":
      case "StrCallInt":
      case "StrCallBool":
      case "StrCallObj":
        this.raises(i);
        o.line(`${r} = SK${imm[0] as number}_${imm[1] as number}(${ins.join(", ")});`);
        return;
      case "SetItem":
        this.raises(i);
        o.line(`$setItem(${a}, ${b}, ${c});`);
        return;
      case "DelItem":
        this.raises(i);
        o.line(`$delItem(${a}, ${b});`);
        return;
      case "Send":
        this.raises(i);
        o.line(`${r} = $sendStep(${a}, ${b});`);
        return;
      case "SendReturned":
        o.line(`${r} = $takeSendReturn();`);
        return;
      case "SeqGet":
        o.line(`{ const it = ${a}.items; ${r} = it[${b} < 0 ? ${b} + it.length : ${b}]; }`);
        this.guard(i, `${r} !== undefined`, "index out of range");
        return;
      case "SeqLength":
        o.line(`${r} = ${a}.items.length;`);
        return;
      case "ListSet":
        o.line(`{ const it = ${a}.items; const j = ${b} < 0 ? ${b} + it.length : ${b};`);
        o.indent();
        this.guard(i, `j >= 0 && j < it.length`, "index out of range");
        o.line(`it[j] = ${c}; }`);
        o.dedent();
        return;
      case "ListAppend":
        o.line(`${a}.items.push(${b});`);
        return;
      case "SetAdd":
        this.raises(i);
        o.line(`${a}.table.set(${b}, true);`);
        return;
      case "MapAdd":
        this.raises(i);
        o.line(`${a}.set(${b}, ${c});`);
        return;
      case "BuildTuple":
        o.line(`${r} = $newTuple([${ins.join(", ")}]);`);
        return;
      case "BuildList":
        o.line(`${r} = new $PyList([${ins.join(", ")}]);`);
        return;
      case "ListToTuple":
        o.line(`${r} = $newTuple(${a}.items.slice());`);
        return;
      case "BuildMap":
        this.raises(i);
        o.line(`${r} = $buildMap([${ins.join(", ")}]);`);
        return;
      case "ListExtend":
        this.raises(i);
        o.line(`$listExtend(${a}, ${b});`);
        return;
      case "DictMerge":
        this.raises(i);
        o.line(`$dictUpdate(${b}, ${c}, ${a});`);
        return;
      case "CallEx":
        this.raises(i);
        if (imm[1] === 1) o.line(`${r} = $callFunctionExMerge(ts, ${a}, ${b}, ${c});`);
        else o.line(`${r} = $callFunctionEx(ts, ${a}, ${b}, ${ins.length > 2 ? c : "null"});`);
        return;
      case "BuildKwargs":
        o.line(`${r} = $kwargsDict(${K(0)}, [${ins.join(", ")}]);`);
        return;
      case "UnpackSequence": {
        this.raises(i);
        const count = imm[0] as number;
        const w = this.extras.words.length;
        this.extras.words.push(this.unpackWord(count));
        o.line(`${r} = $unpack(U, fn, f, ${a}, ${count}, X.words[${w}]);`);
        return;
      }
      case "ExecRare": {
        this.raises(i);
        const [word, spillFrom, depth, resultFrom] = imm as readonly number[];
        const vals = i.inputs.map((x) => this.use(x, Repr.Tagged)).join(", ");
        o.line(`${r} = $execRareOp(U, f, fn, ${i.pc}, ${word as number}, ${spillFrom as number}, ${depth as number}, ${resultFrom as number}, [${vals}]);`);
        return;
      }
      case "Raise": {
        if ((imm[0] as number) === 0) throw new Unsupported("bare raise (re-raise) in tier 2");
        this.raises(i);
        o.line(`throw $raiseOp(U, f, fn, ${i.pc}, [${ins.join(", ")}]);`);
        return;
      }
      case "MakeCell":
        o.line(`${r} = new $PyCell(${a}); if (f !== null) f.localsplus[${imm[0] as number}] = ${r};`);
        return;
      case "CopyFreeVar":
        o.line(`${r} = fn.closure[${imm[1] as number}]; if (f !== null) f.localsplus[${imm[0] as number}] = ${r};`);
        return;
      case "LoadCell":
        this.raises(i);
        o.line(`${r} = ${a}.ref; if (${r} === undefined) $derefUnbound(U, f, fn, ${imm[0] as number});`);
        return;
      case "StoreCell":
        o.line(`${a}.ref = ${b};`);
        return;
      case "GetIter":
        this.raises(i);
        o.line(`${r} = $getIter(${a});`);
        return;
      case "IterNext":
        this.raises(i);
        o.line(`${r} = ${a} instanceof $PyNativeIterator ? ${a}.next() : $iterNext(${a});`);
        return;
      case "InlineOk":
        o.line(`${r} = ${a}.code === ${K(0)} && ts.depth < ts.recursionLimit;`);
        return;
      case "DepthEnter":
        o.line("ts.depth++;");
        return;
      case "DepthExit":
        o.line("ts.depth--;");
        return;
      case "Tick":
        this.raises(i);
        o.line("if (--ts.ticks < 0) ts.onTicksExhausted();");
        return;
      default:
        throw new Unsupported(`op ${i.op} has no code generator`);
    }
  }

  /** The code runtime whose inline caches (and names) an op's pc/namei immediates index: the unit's, or an inlined callee's. */
  private rtOf(i: Instr): string {
    const fs = i.frameState;
    if (fs === null || fs.parent === null) return "rt";
    this.inlinedFunc(fs);
    return `RT${fs.funcK as number}`;
  }

  /** A ConstStr whose code units are all below 0xD800 (no surrogate, no unit above one): see StrCompare. */
  private lowConstStr(v: Value | undefined): boolean {
    const d = v as Instr | undefined;
    if (d === undefined || d.kind !== "instr" || d.op !== "ConstStr") return false;
    const c = this.graph.consts[d.imm[0] as number];
    if (typeof c !== "string") return false;
    for (let j = 0; j < c.length; j++) if (c.charCodeAt(j) >= 0xd800) return false;
    return true;
  }

  private cmp(n: number): string {
    const s = CMP_OPS[n];
    if (s === undefined) throw new Unsupported(`bad comparison ${n}`);
    return CMP_JS[s] as string;
  }

  private unpackWord(count: number): number {
    const op = this.opcodeNames.indexOf("UNPACK_SEQUENCE");
    if (op < 0) throw new Unsupported("no UNPACK_SEQUENCE opcode");
    return op | (count << 8);
  }
}

/** Calls of str method kernels (a per-VM `SK<k>_<argc>` each). */
const STR_KERNEL_OPS: ReadonlySet<string> = new Set(["StrCallStr", "StrCallInt", "StrCallBool", "StrCallObj"]);

/** Ops whose helper reads the inline cache of a code runtime (`rtOf`). */
const RT_OPS: ReadonlySet<string> = new Set(["LoadGlobal", "LoadAttr", "StoreAttr", "LoadMethod"]);

/** Helpers the generated code destructures from `O` (OPT_RUNTIME) as `$name`. */
export const OPT_HELPER_NAMES = [
  "deopt", "deoptArgs", "handOver", "throwIn", "fallback", "runtimeOf", "unpack", "execRareOp", "raiseOp", "derefUnbound", "PyCell", "newRangeIter", "loadNameSlow", "storeNameSlow", "peekName", "localsIsDict", "MAX_COMPILED_DEPTH",
  "call", "call0", "call1", "call2", "call3", "loadGlobal", "loadAttrCached", "storeAttrCached", "loadMethodCached",
  "compareSlow", "binaryOp", "unaryNegative", "unaryPositive", "unaryInvert", "isTrue", "getItem", "setItem", "delItem", "sendStep", "takeSendReturn", "getIter", "iterNext", "contains",
  "PyBuiltinFunction", "PyFunction", "intAdd", "intSub", "intMul", "intAnd", "intOr", "intXor", "intRshift", "intFloorDiv", "intMod", "floatPowRaw", "floatMod", "floatFloorDiv", "newFloat", "newTuple", "kwargsDict", "callFunctionEx", "callFunctionExMerge", "buildMap", "listExtend", "dictUpdate", "PyFloat", "FloatType", "PyList", "PyNativeIterator", "PyRangeIterator", "None",
  "PyInstance", "initReturnedNonNone", "grownSlots", "grownRawSlots", "boxRawSlot", "rawSlotStored", "dictGetItem",
  "cmpStrings", "strContains", "strAt", "strSlice", "seqSlice", "listSetSlice", "strLen", "lenFast", "strOrd", "formatValue", "strMethodKernel", "strToSmallInt", "strModOp",
] as const;

const PROLOGUE_MARK = "/*@prologue*/";
const INSTANCE_MARK = "/*@instance*/";

/**
 * One factory per unit source serves every VM of the process (tier.ts): the
 * factory, called once, creates `run` and `fast` once, and returns
 * `bind(U, K, X)`, which makes one VM's instance record `P` (its unit,
 * constants, targets, caches: one object literal, so every VM's `P` of a
 * source has the same map) and its `entry`. So V8 sees one closure of
 * `run`/`fast` for all VMs: its feedback and optimized code, the call
 * targets between units included, stay valid in the next VM instead of
 * deoptimizing on per-VM closures and being optimized again in every VM
 * (tokenizer --short: 2–4 VMs of re-optimizing 100–450 ms units).
 *
 * `run`'s prologue reads the per-VM values it uses from `P` into `const`s:
 * constants (`K[n]`), direct-call code objects (`X.directCodes[j]`) and
 * targets (`D[j]`) become one field each (`K_n`, `DC_j`, `D_j`), read once
 * per call rather than an element load at every use.
 *
 * `own` is the same unit for one VM (parsed once per VM, for small
 * self-recursive units: tier.ts `OWN_SOURCE_MAX`): `bind` holds the per-VM
 * values as `const`s and creates `run`/`fast` itself, so V8 specializes the
 * code to that one closure context (the constants fold; fib ~40% faster
 * than through `P`).
 */
function shareAcrossVms(source: string, vm: [string, string][]): { shared: string; own: string } {
  const runAt = source.indexOf(PROLOGUE_MARK);
  const bindAt = source.indexOf(INSTANCE_MARK);
  const bindOpen = source.lastIndexOf("return function bind(U, K, X) {", bindAt);
  if (runAt < 0 || bindAt < 0 || bindOpen < 0) throw new Error("pyvm-opt: factory markers missing");
  const endRun = source.indexOf("\n};\n", runAt);
  const runOpen = source.lastIndexOf("const run = function pyvm_opt(", runAt);
  const head = source.slice(0, runAt);
  let body = source.slice(runAt + PROLOGUE_MARK.length, endRun);
  const fields = new Map<string, string>(vm);
  body = body.replace(/\bK\[(\d+)\]|\bX\.directCodes\[(\d+)\]|\bD\[(\d+)\]/g, (m: string, k?: string, dc?: string, d?: string) => {
    const name = k !== undefined ? `K_${k}` : dc !== undefined ? `DC_${dc}` : `D_${d as string}`;
    if (!fields.has(name)) fields.set(name, d !== undefined ? `X.targets[${d}]` : m);
    return name;
  });
  // The prologue reads only what the body uses (U, K and X are bind's parameters, also fields of P).
  const used: string[] = [];
  for (const name of ["U", "K", "X", ...fields.keys()]) if (new RegExp(`\\b${name}\\b`).test(body)) used.push(`${name} = P.${name}`);
  const prologue = used.length === 0 ? "" : `const ${used.join(", ")};`;
  const rest = source.slice(endRun, bindAt);
  const tail = source.slice(bindAt + INSTANCE_MARK.length);
  const record = `const P = { U, K, X${[...fields].map(([n, e]) => `, ${n}: ${e}`).join("")} };`;
  const shared = head + prologue + body + rest + record + tail;
  // One VM's copy: `bind` holds the per-VM values as `const`s and creates `run`/`fast` itself (run's P is unused).
  const names = [...fields.keys()];
  const consts: string[] = [];
  for (let i = 0; i < names.length; i += 12) consts.push(`const ${names.slice(i, i + 12).map((n) => `${n} = ${fields.get(n) as string}`).join(", ")};\n`);
  const ownRecord = `const P = { U, K, X${names.map((n) => `, ${n}`).join("")} };\n`;
  const own =
    source.slice(0, runOpen) +
    "return function bind(U, K, X) {\n" +
    consts.join("") +
    ownRecord +
    source.slice(runOpen, runAt) +
    body +
    // `fast` reads its VM's values from the closure context too.
    source.slice(endRun, bindOpen).replace("const ts = P.ts;\n", "").replace("fn.globals !== P.G) return P.U.generic(", "fn.globals !== G) return U.generic(") +
    tail;
  return { shared, own };
}

/** `choices[idx]` as a conditional chain (idx is a CheckShapes index: always one of them, so the last needs no test). */
function selectExpr(idx: string, choices: readonly string[]): string {
  let e = choices[choices.length - 1] as string;
  for (let j = choices.length - 2; j >= 0; j--) e = `${idx} === ${j} ? ${choices[j] as string} : ${e}`;
  return `(${e})`;
}

/** A divisor that is a non-zero numeric constant needs no zero check. */
/**
 * `r` is a safe integer (the result of int53 arithmetic on safe integers).
 * One compare of the absolute value: V8 compiles it faster than the
 * two-sided range test (~40% on a tight `total += i * j` loop); NaN and
 * infinities still fail.
 */
function safeInt(r: string): string {
  return `Math.abs(${r}) <= 9007199254740991`;
}

/** The value of an int53 constant input (Int53AndMask's mask), else undefined. */
function constMask(v: Value | undefined): number | undefined {
  const i = v as Instr | undefined;
  if (i === undefined || i.kind !== "instr" || i.op !== "ConstInt53") return undefined;
  const c = i.imm[0];
  return typeof c === "number" ? c : undefined;
}

function nonZeroConst(v: Value | undefined): boolean {
  const d = v as Instr | undefined;
  return d !== undefined && d.kind === "instr" && (d.op === "ConstInt53" || d.op === "ConstFloat64") && typeof d.imm[0] === "number" && d.imm[0] !== 0;
}
