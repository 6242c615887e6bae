/**
 * The JIT's intermediate representation: an SSA control-flow graph with block
 * parameters (no phi nodes: a jump passes values to its target's parameters).
 *
 * Values are instructions or block parameters and carry a representation
 * (`Repr`): the same Python value can live tagged (any `PyValue`) or unboxed
 * (an int32/int53 JS number, a raw double, a JS boolean, a string, a bigint).
 * Instructions are Python-level (`CheckInt`, `AddInt53Overflow`, `Generic*`
 * calling a runtime helper) so passes reason about Python semantics, and every
 * instruction that can fail carries the frame state needed to deoptimize to
 * the interpreter at its bytecode pc.
 *
 * This file only defines the data structure and small constructors; building
 * it from bytecode, the passes and code generation live elsewhere.
 */

export const Repr = {
  Tagged: "tagged",
  Int32: "int32",
  Int53: "int53",
  Float64: "float64",
  Bool: "bool",
  Str: "str",
  BigInt: "bigint",
  None: "none",
  /** No usable result (stores, guards without a value, Tick). */
  Void: "void",
  /** Several results of one instruction, read only through `Proj` (ops.ts). */
  Multi: "multi",
} as const;
export type Repr = (typeof Repr)[keyof typeof Repr];

/** Interpreter state to rebuild when a guard fails: the bytecode pc and the values of locals and stack slots. */
export interface FrameState {
  readonly pc: number;
  readonly locals: readonly (Value | null)[];
  readonly stack: readonly Value[];
  /**
   * For an instruction of an inlined callee: the caller's state to continue
   * in once the callee's frame (rebuilt from this state) returns — `pc` is
   * the instruction after the caller's CALL, `stack` is the caller's stack
   * without the call's operands, and the callee's return value is pushed on
   * it before the caller resumes. Null in the compiled function's own frame.
   */
  readonly parent: FrameState | null;
  /** Inlined frames only: `Graph.consts` index of the callee's function object (for its globals, closure, defaults, code). */
  readonly funcK?: number;
  /**
   * A caller's continuation (`parent` of an inlined callee's states) after a
   * `Cls(...)` whose `__init__` is the callee: the new instance is already on
   * `stack`, so the callee's return value is not pushed but must be None
   * (else TypeError at the CALL).
   */
  readonly initCall?: boolean;
  /**
   * Module bodies: STORE_NAMEs not yet written to the frame's locals mapping
   * (`[co_names index, value]`; a deferred store, see `State.dirty` in the
   * builder). Materializing the frame writes them first; an `undefined` value
   * (a name the code has not stored yet) is skipped.
   */
  readonly names?: readonly (readonly [number, Value])[];
  /**
   * Indexes of `locals` that are dead at `pc` (no later read) but still kept
   * for an exception raised here (`tb_frame.f_locals` shows them). A guard's
   * deopt drops them ({@link deoptView}): keeping them alive at every guard
   * costs hot loops registers for nothing observable.
   */
  readonly dead?: readonly number[];
}

const deoptViews = new WeakMap<FrameState, FrameState>();

/** `fs` as a guard's deopt rebuilds it: its and its inlined callers' dead locals left unbound. */
export function deoptView(fs: FrameState): FrameState {
  if (fs.dead === undefined && (fs.parent === null || deoptView(fs.parent) === fs.parent)) return fs;
  let v = deoptViews.get(fs);
  if (v === undefined) {
    const dead = new Set(fs.dead ?? []);
    v = { ...fs, locals: fs.locals.map((x, i) => (dead.has(i) ? null : x)), parent: fs.parent === null ? null : deoptView(fs.parent) };
    delete (v as { dead?: unknown }).dead;
    deoptViews.set(fs, v);
  }
  return v;
}

export interface Value {
  readonly id: number;
  readonly repr: Repr;
}

export interface Param extends Value {
  readonly kind: "param";
  readonly block: Block;
  readonly index: number;
}

export interface Instr extends Value {
  readonly kind: "instr";
  /** Operation name, e.g. "AddInt53Overflow", "CheckInt", "GenericBinaryOp". */
  readonly op: string;
  readonly inputs: Value[];
  /** Immediate operands that are not SSA values (constant index, operator number, attribute name...). */
  readonly imm: readonly (number | string)[];
  /** Present on instructions that can deoptimize. */
  readonly frameState: FrameState | null;
  /** Bytecode pc this instruction came from (for line numbers in generated code). */
  readonly pc: number;
}

export type Terminator =
  | { readonly kind: "jump"; readonly target: Block; readonly args: Value[] }
  | { readonly kind: "branch"; readonly cond: Value; readonly ifTrue: Block; readonly trueArgs: Value[]; readonly ifFalse: Block; readonly falseArgs: Value[] }
  | { readonly kind: "return"; readonly value: Value }
  | {
      readonly kind: "deopt";
      readonly frameState: FrameState;
      readonly reason: string;
      /** Not a failed speculation: an OSR unit leaving at its enclosing loop's header, where a unit entered there takes over (BuildOptions.osrHandOver). */
      readonly handOver?: true;
    };

export interface Block {
  readonly id: number;
  readonly params: Param[];
  readonly instrs: Instr[];
  terminator: Terminator | null;
  /** Bytecode pc of the block's first instruction, or -1 for synthetic blocks. */
  readonly pc: number;
}

/**
 * Something compiled code assumed at compile time; when it changes the code
 * must be invalidated (and running activations deoptimize at `CheckValid`).
 * `global`: `name` read from the function's globals (or, with
 * `fromBuiltins`, from builtins because globals had no such key) was `value`;
 * `dictKey`: a module attribute read as a constant; `type`: a class whose
 * attribute lookup the code resolved at compile time (slots, methods).
 */
export type Dependency =
  | { readonly kind: "global"; readonly name: string; readonly fromBuiltins: boolean; readonly value: unknown }
  /** `name` in the dict `dict` (a module's `__dict__`) was `value`: an attribute of a constant module read as a constant. */
  | { readonly kind: "dictKey"; readonly dict: unknown; readonly name: string; readonly value: unknown }
  /** Code assumed the attribute layout of instances of the type `type` (its version at compile time): any change invalidates. */
  | { readonly kind: "type"; readonly type: unknown };

export class Graph {
  readonly blocks: Block[] = [];
  /** Python values the code captures by reference (`k` immediates, ops.ts). */
  readonly consts: unknown[] = [];
  readonly dependencies: Dependency[] = [];
  /**
   * -1: the graph is the function entered by a call; its entry block's
   * parameters are the frame's `localsplus` slots (tagged, as bound by the
   * interpreter). Else the on-stack-replacement entry at this loop-header pc:
   * entry parameters are the localsplus slots then the value-stack slots
   * `0 .. depth(pc)-1` (tagged, as the interpreter left them in the frame).
   */
  osrPc = -1;
  private nextValueId = 0;

  constructor(readonly name: string) {}

  /** Index of `value` in `consts` (identity; one slot per distinct value). */
  addConst(value: unknown): number {
    const i = this.consts.indexOf(value);
    if (i >= 0) return i;
    this.consts.push(value);
    return this.consts.length - 1;
  }

  get entry(): Block {
    const b = this.blocks[0];
    if (b === undefined) throw new Error("graph has no blocks");
    return b;
  }

  newBlock(pc = -1): Block {
    const block: Block = { id: this.blocks.length, params: [], instrs: [], terminator: null, pc };
    this.blocks.push(block);
    return block;
  }

  addParam(block: Block, repr: Repr): Param {
    const p: Param = { kind: "param", id: this.nextValueId++, repr, block, index: block.params.length };
    block.params.push(p);
    return p;
  }

  addInstr(block: Block, op: string, repr: Repr, inputs: Value[], imm: readonly (number | string)[] = [], pc = -1, frameState: FrameState | null = null): Instr {
    const i: Instr = { kind: "instr", id: this.nextValueId++, op, repr, inputs, imm, frameState, pc };
    block.instrs.push(i);
    return i;
  }

  /** Successor blocks of a block, in terminator order. */
  static successors(block: Block): Block[] {
    const t = block.terminator;
    if (t === null) return [];
    switch (t.kind) {
      case "jump":
        return [t.target];
      case "branch":
        return [t.ifTrue, t.ifFalse];
      default:
        return [];
    }
  }
}
