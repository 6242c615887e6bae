/**
 * Small rewriting helpers shared by the passes: substituting values in every
 * place a value can be used (instruction inputs, terminators, frame states
 * including inlined parents), counting uses, and changing the fields the
 * graph's public types keep read-only for everyone else.
 */
import type { Block, FrameState, Graph, Instr, Param, Repr, Terminator, Value } from "../ir/graph.js";

type Subst = (v: Value) => Value;

export function substFrameState(fs: FrameState, f: Subst, memo: Map<FrameState, FrameState>): FrameState {
  const done = memo.get(fs);
  if (done !== undefined) return done;
  const out: FrameState = {
    pc: fs.pc,
    locals: fs.locals.map((x) => (x === null ? null : f(x))),
    stack: fs.stack.map(f),
    parent: fs.parent === null ? null : substFrameState(fs.parent, f, memo),
    ...(fs.funcK === undefined ? {} : { funcK: fs.funcK }),
    ...(fs.initCall === true ? { initCall: true } : {}),
    ...(fs.names === undefined ? {} : { names: fs.names.map(([k, x]) => [k, f(x)] as const) }),
    ...(fs.dead === undefined ? {} : { dead: fs.dead }),
  };
  memo.set(fs, out);
  return out;
}

function substTerminator(t: Terminator, f: Subst, memo: Map<FrameState, FrameState>): Terminator {
  switch (t.kind) {
    case "jump":
      return { kind: "jump", target: t.target, args: t.args.map(f) };
    case "branch":
      return { kind: "branch", cond: f(t.cond), ifTrue: t.ifTrue, trueArgs: t.trueArgs.map(f), ifFalse: t.ifFalse, falseArgs: t.falseArgs.map(f) };
    case "return":
      return { kind: "return", value: f(t.value) };
    case "deopt":
      return { ...t, frameState: substFrameState(t.frameState, f, memo) };
  }
}

/** Replace every use of a value by `f(value)` (instruction inputs, terminators, frame states). */
export function substituteUses(g: Graph, f: Subst, opts: { frameStates?: Subst } = {}): void {
  const memo = new Map<FrameState, FrameState>();
  const fsSubst = opts.frameStates ?? f;
  for (const b of g.blocks) {
    for (const i of b.instrs) {
      for (let k = 0; k < i.inputs.length; k++) i.inputs[k] = f(i.inputs[k] as Value);
      if (i.frameState !== null) setFrameState(i, substFrameState(i.frameState, fsSubst, memo));
    }
    if (b.terminator !== null) {
      b.terminator =
        b.terminator.kind === "deopt"
          ? { ...b.terminator, frameState: substFrameState(b.terminator.frameState, fsSubst, memo) }
          : substTerminator(b.terminator, f, memo);
    }
  }
}

/** Resolve chains in a replacement map (a → b → c gives c). */
export function resolver(map: Map<Value, Value>): Subst {
  return (v) => {
    let x = v;
    for (let guard = 0; guard < 1000; guard++) {
      const y = map.get(x);
      if (y === undefined || y === x) return x;
      x = y;
    }
    return x;
  };
}

export function setFrameState(i: Instr, fs: FrameState | null): void {
  (i as { frameState: FrameState | null }).frameState = fs;
}

export function setRepr(v: Param | Instr, repr: Repr): void {
  (v as { repr: Repr }).repr = repr;
}

export function setOp(i: Instr, op: string, imm: readonly (number | string)[] = i.imm): void {
  (i as { op: string }).op = op;
  (i as { imm: readonly (number | string)[] }).imm = imm;
}

export function forEachFrameStateValue(fs: FrameState, cb: (v: Value) => void): void {
  for (const x of fs.locals) if (x !== null) cb(x);
  for (const x of fs.stack) cb(x);
  if (fs.names !== undefined) for (const [, x] of fs.names) cb(x);
  if (fs.parent !== null) forEachFrameStateValue(fs.parent, cb);
}

/** Every value use in a block: instruction inputs, frame states, terminator. */
export function forEachUse(b: Block, cb: (v: Value, inFrameState: boolean) => void): void {
  for (const i of b.instrs) {
    for (const x of i.inputs) cb(x, false);
    if (i.frameState !== null) forEachFrameStateValue(i.frameState, (x) => cb(x, true));
  }
  const t = b.terminator;
  if (t === null) return;
  switch (t.kind) {
    case "jump":
      t.args.forEach((x) => cb(x, false));
      break;
    case "branch":
      cb(t.cond, false);
      t.trueArgs.forEach((x) => cb(x, false));
      t.falseArgs.forEach((x) => cb(x, false));
      break;
    case "return":
      cb(t.value, false);
      break;
    case "deopt":
      forEachFrameStateValue(t.frameState, (x) => cb(x, true));
      break;
  }
}

/** Predecessor blocks of every block. */
export function predecessors(g: Graph): Map<Block, Block[]> {
  const preds = new Map<Block, Block[]>(g.blocks.map((b) => [b, []]));
  for (const b of g.blocks) {
    const t = b.terminator;
    if (t === null) continue;
    if (t.kind === "jump") preds.get(t.target)?.push(b);
    else if (t.kind === "branch") {
      preds.get(t.ifTrue)?.push(b);
      preds.get(t.ifFalse)?.push(b);
    }
  }
  return preds;
}

/** The argument lists the edges from `p` pass to `target`'s parameters (two when both arms of a branch go there). */
export function argsFrom(p: Block, target: Block): Value[][] {
  const t = p.terminator;
  if (t === null) return [];
  if (t.kind === "jump") return t.target === target ? [t.args] : [];
  if (t.kind !== "branch") return [];
  const out: Value[][] = [];
  if (t.ifTrue === target) out.push(t.trueArgs);
  if (t.ifFalse === target) out.push(t.falseArgs);
  return out;
}

/** The values passed to `target`'s parameters along every edge into it. */
export function incomingArgs(g: Graph, target: Block): Value[][] {
  return g.blocks.flatMap((b) => argsFrom(b, target));
}

/** `incomingArgs` of every block at once (one pass over the terminators). */
export function allIncomingArgs(g: Graph): Map<Block, Value[][]> {
  const out = new Map<Block, Value[][]>(g.blocks.map((b) => [b, []]));
  const add = (target: Block, args: Value[]): void => {
    let list = out.get(target);
    if (list === undefined) out.set(target, (list = []));
    list.push(args);
  };
  for (const b of g.blocks) {
    const t = b.terminator;
    if (t === null) continue;
    if (t.kind === "jump") add(t.target, t.args);
    else if (t.kind === "branch") {
      add(t.ifTrue, t.trueArgs);
      add(t.ifFalse, t.falseArgs);
    }
  }
  return out;
}
