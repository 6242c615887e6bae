/**
 * `pyvm --stats`: what the tiers did, printed to stderr at exit. Today that is
 * the JIT's account (functions compiled, compile time, and why the others were
 * not compiled); interpreter counters (instructions, specialization hits and
 * misses) join it when the specializing interpreter records them.
 */
import type { TieringBackend } from "@pyvm/jit-codegen";

export interface StatsInput {
  readonly threshold: number;
  readonly backend: TieringBackend | null;
}

export function formatStats(jit: StatsInput | null): string {
  const lines = ["pyvm stats:"];
  if (jit === null || jit.backend === null) {
    lines.push("  jit: not installed (--no-jit)");
    return `${lines.join("\n")}\n`;
  }
  const s = jit.backend.stats;
  lines.push(`  jit: baseline tier, threshold ${jit.threshold}`);
  lines.push(`  functions compiled: ${s.compiled} (compile time ${s.compileTimeMs.toFixed(1)} ms)`);
  lines.push(`  functions not compiled: ${s.notCompiled.size}`);
  for (const [where, reason] of s.notCompiled) lines.push(`    ${where}: ${reason}`);
  return `${lines.join("\n")}\n`;
}
