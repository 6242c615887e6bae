/**
 * A readable textual form of the IR (`pyvm --dump-ir`): one block per
 * paragraph, block parameters with their representations in the header,
 * each instruction as `vN:repr = Op(inputs) [immediates]`, `!` marking those
 * that can deoptimize or raise. With a code object, each instruction's
 * bytecode pc is followed by its Python line (`@12 L4`), a comment line
 * announces a new source line, and frame states are printed compactly
 * (`fs@12{l0=v3 l1=- | v7}`: locals, `-` unbound, then the stack) when
 * `frameStates` is asked for.
 */
import type { CodeObject } from "@pyvm/bytecode";
import { Graph, type Block, type FrameState, type Terminator, type Value } from "./ir/graph.js";

export interface PrintOptions {
  /** The code object the graph was built from (adds Python line numbers). */
  readonly code?: CodeObject;
  /** Print the frame state of every instruction that carries one. */
  readonly frameStates?: boolean;
}

const v = (x: Value): string => `v${x.id}`;
const list = (xs: readonly Value[]): string => xs.map(v).join(", ");

function imm(x: number | string): string {
  if (typeof x === "string") return JSON.stringify(x);
  if (Object.is(x, -0)) return "-0";
  return String(x);
}

export function printFrameState(fs: FrameState): string {
  const locals = fs.locals.map((x, i) => `l${i}=${x === null ? "-" : v(x)}`).join(" ");
  const names = fs.names === undefined || fs.names.length === 0 ? "" : ` names ${fs.names.map(([k, x]) => `n${k}=${v(x)}`).join(" ")}`;
  const own = `fs@${fs.pc}${fs.funcK === undefined ? "" : `[k${fs.funcK}]`}${fs.initCall === true ? "[init]" : ""}{${locals}${fs.stack.length > 0 ? ` | ${list(fs.stack)}` : ""}${names}}`;
  return fs.parent === null ? own : `${own} <- ${printFrameState(fs.parent)}`;
}

function printTerminator(t: Terminator | null, opts: PrintOptions): string {
  if (t === null) return "  <no terminator>";
  switch (t.kind) {
    case "jump":
      return `  jump b${t.target.id}(${list(t.args)})`;
    case "branch":
      return `  branch ${v(t.cond)} ? b${t.ifTrue.id}(${list(t.trueArgs)}) : b${t.ifFalse.id}(${list(t.falseArgs)})`;
    case "return":
      return `  return ${v(t.value)}`;
    case "deopt":
      return `  ${t.handOver === true ? "hand-over" : "deopt"} @${t.frameState.pc} (${t.reason})${opts.frameStates === true ? `  ${printFrameState(t.frameState)}` : ""}`;
  }
}

function printBlock(b: Block, opts: PrintOptions): string {
  const code = opts.code;
  const params = b.params.map((p) => `v${p.id}:${p.repr}`).join(", ");
  const lines = [`b${b.id}(${params}):${b.pc >= 0 ? `  ; pc ${b.pc}` : ""}`];
  let line = -1;
  for (const i of b.instrs) {
    if (code !== undefined && i.pc >= 0) {
      const l = code.lineOf(i.pc);
      if (l !== line && l > 0) lines.push(`    # line ${l}`);
      line = l;
    }
    const im = i.imm.length > 0 ? ` [${i.imm.map(imm).join(", ")}]` : "";
    const at = i.pc >= 0 ? ` @${i.pc}` : "";
    const fs = opts.frameStates === true && i.frameState !== null ? `  ${printFrameState(i.frameState)}` : "";
    lines.push(`  ${i.frameState !== null ? "!" : " "}v${i.id}:${i.repr} = ${i.op}(${list(i.inputs)})${im}${at}${fs}`);
  }
  lines.push(printTerminator(b.terminator, opts));
  return lines.join("\n");
}

/** A short, side-effect-free description of a captured constant (no Python code runs: no repr()). */
export function describeConst(x: unknown): string {
  if (x === null) return "NULL";
  if (x === undefined) return "<unbound>";
  if (typeof x === "string") return JSON.stringify(x.length > 40 ? `${x.slice(0, 37)}...` : x);
  if (typeof x === "number" || typeof x === "boolean" || typeof x === "bigint") return String(x);
  if (Array.isArray(x)) return `[${x.map(describeConst).join(", ")}]`;
  if (typeof x === "object") {
    const o = x as { qualname?: unknown; name?: unknown; cls?: { name?: unknown }; value?: unknown };
    const cls = typeof o.cls?.name === "string" ? o.cls.name : "object";
    if (cls === "float" && typeof o.value === "number") return String(o.value);
    if (typeof o.qualname === "string") return `<${cls} ${o.qualname}>`;
    if (typeof o.name === "string") return `<${cls} ${o.name}>`;
    return `<${cls}>`;
  }
  return typeof x;
}

export function printGraph(g: Graph, opts: PrintOptions = {}): string {
  const header = [`function ${g.name}${g.osrPc >= 0 ? ` (OSR entry at pc ${g.osrPc})` : ""}`];
  if (g.consts.length > 0) header.push(`; consts ${g.consts.map((c, k) => `k${k}=${describeConst(c)}`).join(" ")}`);
  if (g.dependencies.length > 0) header.push(`; depends on ${g.dependencies.map((d) => (d.kind === "global" ? `${d.fromBuiltins ? "builtins" : "globals"}.${d.name}` : d.kind === "dictKey" ? `module.${d.name}` : `type ${(d.type as { name?: string }).name ?? "?"}`)).join(", ")}`);
  return [...header, ...g.blocks.map((b) => printBlock(b, opts))].join("\n") + "\n";
}
