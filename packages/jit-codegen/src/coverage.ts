/**
 * The JIT's opcode coverage, derived from the opcode table so that a new
 * opcode shows up as uncovered automatically (`pyvm --jit-coverage`).
 */
import { OPCODE_DEFS } from "@pyvm/bytecode";
import { BASELINE_OPCODES } from "./emit/baseline.js";

export interface CoverageRow {
  readonly opcode: string;
  readonly baseline: boolean;
}

export function jitCoverage(): CoverageRow[] {
  return OPCODE_DEFS.filter((d) => d.family === undefined).map((d) => ({ opcode: d.name, baseline: BASELINE_OPCODES.has(d.name) }));
}

export function jitCoverageReport(): string {
  const rows = jitCoverage();
  const width = Math.max(...rows.map((r) => r.opcode.length));
  const lines = [`${"opcode".padEnd(width)}  baseline`, `${"-".repeat(width)}  --------`];
  for (const r of rows) lines.push(`${r.opcode.padEnd(width)}  ${r.baseline ? "yes" : "no"}`);
  const covered = rows.filter((r) => r.baseline).length;
  lines.push("", `baseline tier: ${covered}/${rows.length} opcodes`);
  return `${lines.join("\n")}\n`;
}
