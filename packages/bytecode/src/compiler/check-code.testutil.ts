/**
 * Test-only verifier for compiled code objects (an abstract stack machine).
 * It walks every path from instruction 0, following fall-through, jump
 * targets and exception-table handlers (entered at the entry's depth plus
 * the pushed lasti and exception), and checks that jump targets and operands
 * are in range, that the stack depth never goes negative or above
 * `stacksize`, that every instruction is reached with a single depth, that a
 * path never runs off the end, and that every instruction has a position.
 * Returns a list of problems (empty when the code is well formed).
 */
import type { CodeObject } from "../code-object.js";
import { Op } from "../opcodes/generated/opcodes.js";
import { instructionArg, instructionOp, opcodeDef, stackEffect } from "../opcodes/table.js";

export function checkCode(co: CodeObject, recursive = true): string[] {
  const problems: string[] = [];
  const where = (i: number) => `${co.qualname}@${i}`;
  const n = co.code.length;
  const depthAt = new Array<number | undefined>(n).fill(undefined);
  const todo: [number, number][] = [[0, 0]];
  const visit = (from: number, target: number, depth: number) => {
    if (target < 0 || target >= n) {
      problems.push(`${where(from)}: target ${target} out of range`);
      return;
    }
    const seen = depthAt[target];
    if (seen === undefined) {
      depthAt[target] = depth;
      todo.push([target, depth]);
    } else if (seen !== depth) {
      problems.push(`${where(target)}: reached with depth ${depth} and ${seen}`);
    }
  };
  if (n === 0) problems.push(`${co.qualname}: empty code`);
  else depthAt[0] = 0;
  while (todo.length > 0) {
    const item = todo.pop();
    if (item === undefined) break;
    const [i, depth] = item;
    const w = co.code[i] ?? 0;
    const op = instructionOp(w);
    const arg = instructionArg(w);
    const def = opcodeDef(op);
    if ((co.positions[i * 4] ?? -1) < 1) problems.push(`${where(i)}: no line number`);
    switch (def.operand) {
      case "const":
        if (arg >= co.consts.length) problems.push(`${where(i)}: const ${arg} out of range`);
        break;
      case "name":
        if (arg >= co.names.length) problems.push(`${where(i)}: name ${arg} out of range`);
        break;
      case "global":
        if (arg >> 1 >= co.names.length) problems.push(`${where(i)}: global ${arg >> 1} out of range`);
        break;
      case "local":
      case "free":
        if (op !== Op.COPY_FREE_VARS && arg >= co.localsplusNames.length) problems.push(`${where(i)}: local ${arg} out of range`);
        break;
      default:
        break;
    }
    const handler = co.handlerFor(i);
    if (handler !== undefined) {
      if (handler.depth > depth) problems.push(`${where(i)}: handler depth ${handler.depth} above stack depth ${depth}`);
      visit(i, handler.target, handler.depth + 1 + (handler.lasti ? 1 : 0));
    }
    const after = depth + stackEffect(op, arg, false);
    if (after < 0) problems.push(`${where(i)}: stack underflow`);
    if (after > co.stacksize) problems.push(`${where(i)}: depth ${after} exceeds stacksize ${co.stacksize}`);
    if (def.operand === "jump") {
      const jd = depth + stackEffect(op, arg, true);
      if (jd > co.stacksize) problems.push(`${where(i)}: jump depth ${jd} exceeds stacksize`);
      visit(i, arg, jd);
    }
    if (def.control === "always" || def.control === "exit") continue;
    if (i + 1 >= n) {
      problems.push(`${where(i)}: falls off the end`);
      continue;
    }
    visit(i, i + 1, after);
  }
  for (let k = 1; k < co.exceptionTable.length; k++) {
    const a = co.exceptionTable[k - 1];
    const b = co.exceptionTable[k];
    if (a !== undefined && b !== undefined && a.end > b.start) problems.push(`${co.qualname}: exception table entries overlap`);
  }
  if (recursive) for (const c of co.consts) if (c.kind === "code") problems.push(...checkCode(c, true));
  return problems;
}
