/**
 * Disassembler in the format of CPython 3.11's `dis.dis`: a line-number
 * column (printed where a new source line starts, with a blank line before
 * it), `>>` on jump targets, the instruction index where CPython shows a byte
 * offset, the opcode name, the oparg and its resolved meaning in parentheses
 * (`LOAD_CONST 1 (2)`, `LOAD_GLOBAL 1 (NULL + fib)`, `BINARY_OP 0 (+)`,
 * `POP_JUMP_IF_FALSE 9 (to 9)`), then an `ExceptionTable:` section, then
 * (with `recursive`) every nested code object. Operand decoding is driven by
 * the opcode table's operand kinds, so new opcodes need no change here.
 */
import type { CodeObject } from "./code-object.js";
import { codeRepr, constRepr } from "./const-repr.js";
import { CMP_OP_SYMBOLS, NB_OP_SYMBOLS } from "./opcodes/opcodes.def.js";
import { Op } from "./opcodes/generated/opcodes.js";
import { BASE_OPCODE, instructionArg, instructionOp, opcodeDef } from "./opcodes/table.js";

export interface DisassembleOptions {
  /** Also disassemble nested code objects (default true, like `dis.dis`). */
  readonly recursive?: boolean;
  /** Show quickened opcode names instead of their base names. */
  readonly adaptive?: boolean;
}

const MAKE_FUNCTION_NAMES = ["defaults", "kwdefaults", "annotations", "closure"];
const FORMAT_CONVERTERS = ["", "str", "repr", "ascii"];

function argRepr(co: CodeObject, op: number, arg: number): string {
  const def = opcodeDef(op);
  switch (def.operand) {
    case "const": {
      const v = co.consts[arg];
      return v === undefined ? "<bad const>" : constRepr(v);
    }
    case "name":
      return co.names[arg] ?? "<bad name>";
    case "global": {
      const name = co.names[arg >> 1] ?? "<bad name>";
      return arg & 1 ? `NULL + ${name}` : name;
    }
    case "local":
    case "free":
      return co.localsplusNames[arg] ?? "<bad local>";
    case "jump":
      return `to ${arg}`;
    case "binop":
      return NB_OP_SYMBOLS[arg] ?? "?";
    case "compare":
      return CMP_OP_SYMBOLS[arg] ?? "?";
    default:
      break;
  }
  if (op === Op.MAKE_FUNCTION) return MAKE_FUNCTION_NAMES.filter((_, i) => arg & (1 << i)).join(", ");
  if (op === Op.FORMAT_VALUE) {
    const conv = FORMAT_CONVERTERS[arg & 3] ?? "";
    if (arg & 4) return conv === "" ? "with format" : `${conv}, with format`;
    return conv;
  }
  return "";
}

function disassembleOne(co: CodeObject, adaptive: boolean): string {
  const lines: string[] = [];
  const n = co.code.length;
  const targets = new Set<number>();
  for (let i = 0; i < n; i++) {
    const w = co.code[i] ?? 0;
    const op = instructionOp(w);
    if (opcodeDef(op).operand === "jump") targets.add(instructionArg(w));
  }
  for (const e of co.exceptionTable) targets.add(e.target);
  let maxLine = 0;
  for (let i = 0; i < n; i++) maxLine = Math.max(maxLine, co.lineOf(i));
  const linenoWidth = maxLine >= 1000 ? String(maxLine).length : 3;
  const offsetWidth = n - 1 >= 10000 ? String(n - 1).length : 4;
  let prevLine = -2;
  for (let i = 0; i < n; i++) {
    const w = co.code[i] ?? 0;
    let op = instructionOp(w);
    if (!adaptive) op = BASE_OPCODE[op] ?? op;
    const arg = instructionArg(w);
    const line = co.lineOf(i);
    const startsLine = line !== prevLine && line >= 0;
    if (line >= 0) prevLine = line;
    if (startsLine && i > 0) lines.push("");
    const def = opcodeDef(op);
    const fields = [
      startsLine ? String(line).padStart(linenoWidth) : " ".repeat(linenoWidth),
      "   ",
      targets.has(i) ? ">>" : "  ",
      String(i).padStart(offsetWidth),
      def.name.padEnd(20),
    ];
    if (def.operand !== "none") {
      fields.push(String(arg).padStart(5));
      const r = argRepr(co, op, arg);
      if (r !== "") fields.push(`(${r})`);
    }
    lines.push(fields.join(" ").trimEnd());
  }
  if (co.exceptionTable.length > 0) {
    lines.push("ExceptionTable:");
    for (const e of co.exceptionTable) {
      lines.push(`  ${e.start} to ${e.end - 1} -> ${e.target} [${e.depth}]${e.lasti ? " lasti" : ""}`);
    }
  }
  return lines.join("\n") + "\n";
}

export function disassemble(code: CodeObject, options: DisassembleOptions = {}): string {
  const adaptive = options.adaptive ?? false;
  let out = disassembleOne(code, adaptive);
  if (options.recursive ?? true) {
    for (const c of code.consts) {
      if (c.kind === "code") {
        out += `\nDisassembly of ${codeRepr(c)}:\n`;
        out += disassemble(c, options);
      }
    }
  }
  return out;
}
