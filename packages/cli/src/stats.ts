/**
 * `pyvm --stats`: what the tiers did, printed to stderr at exit. The JIT
 * section (`formatJitStats`) reads the backend's `JitStats`: functions
 * compiled and recompiled per tier, compile time per tier with the slowest
 * functions, on-stack replacements, deopts and invalidations by reason, why
 * code was not compiled, and stress-mode events. Interpreter counters
 * (instructions, specialization hits and misses) are a separate section.
 */
import type { TieringBackend } from "@pyvm/jit-codegen";
import { interpreterFamilyStats } from "@pyvm/interpreter";

export interface StatsInput {
  readonly threshold: number;
  readonly backend: TieringBackend | null;
}

export function formatStats(jit: StatsInput | null): string {
  const lines = ["pyvm stats:"];
  lines.push(...formatInterpreterStats());
  lines.push(...formatJitStats(jit));
  return `${lines.join("\n")}\n`;
}

/**
 * The interpreter section: instructions executed (counted by the generated
 * counting eval loop that `--stats` switches on, see `enableInterpreterStats`),
 * then per opcode family with specialized forms: executions, specialization
 * hits (specialized executions that passed their guards), misses, deopts
 * (rewrites back to the adaptive form) and specialization attempts.
 */
export function formatInterpreterStats(): string[] {
  const { total, families } = interpreterFamilyStats();
  const lines = [`  interpreter: ${total} instructions executed`];
  const pct = (n: number, of: number): string => (of > 0 ? `${((100 * n) / of).toFixed(1)}%` : "-");
  for (const f of families) {
    if (f.executed === 0) continue;
    let line = `    ${f.family.padEnd(20)} ${String(f.executed).padStart(12)}  ${pct(f.executed, total).padStart(6)}`;
    if (f.specializations > 0 || f.failures > 0 || f.hits > 0) {
      line += `  hits ${f.hits} (${pct(f.hits, f.executed)})  misses ${f.misses}  deopts ${f.deopts}  specialized ${f.specializations}  failed ${f.failures}`;
    }
    lines.push(line);
    const forms = [...f.forms].sort((a, b) => b[1] - a[1]);
    for (const [name, n] of forms) lines.push(`      ${name.padEnd(26)} ${String(n).padStart(12)}`);
  }
  return lines;
}

const TOP_COMPILE_TIMES = 5;

/** The JIT section: per-tier compilations and compile time, deopts, invalidations, OSR, refusals, stress events. */
export function formatJitStats(jit: StatsInput | null): string[] {
  const lines: string[] = [];
  if (jit === null || jit.backend === null) {
    lines.push("  jit: not installed (--no-jit)");
    return lines;
  }
  const s = jit.backend.stats;
  const ms = (v: number): string => `${v.toFixed(1)} ms`;
  lines.push(`  jit: threshold ${jit.threshold}`);
  lines.push(`  functions compiled: ${s.baseline.compiled + s.optimizing.compiled} (baseline ${s.baseline.compiled}, optimizing ${s.optimizing.compiled})`);
  lines.push(`  recompilations: baseline ${s.baseline.recompiled}, optimizing ${s.optimizing.recompiled}`);
  lines.push(`  compile time: ${ms(s.compileTimeMs)} (baseline ${ms(s.baseline.compileTimeMs)}, optimizing ${ms(s.optimizing.compileTimeMs)})`);
  for (const [tier, t] of [["baseline", s.baseline], ["optimizing", s.optimizing]] as const) {
    const top = [...t.compileTimeByFunction].sort((a, b) => b[1] - a[1]).slice(0, TOP_COMPILE_TIMES);
    if (top.length === 0) continue;
    lines.push(`    slowest ${tier} compiles:`);
    for (const [where, t2] of top) lines.push(`      ${ms(t2).padStart(9)}  ${where}`);
  }
  lines.push(`  on-stack replacements: ${s.osrEntries}`);
  lines.push(`  deopts: ${sum(s.deopts)}`);
  for (const [reason, n] of sortedCounts(s.deopts)) lines.push(`    ${String(n).padStart(7)}  ${reason}`);
  lines.push(`  invalidations: ${sum(s.invalidations)}`);
  for (const [reason, n] of sortedCounts(s.invalidations)) lines.push(`    ${String(n).padStart(7)}  ${reason}`);
  lines.push(`  functions not compiled: ${s.notCompiled.size}`);
  for (const [where, reason] of s.notCompiled) lines.push(`    ${where}: ${reason}`);
  const st = s.stress;
  if (st !== null) {
    const c = st.config;
    lines.push(`  stress: seed=${c.seed} guard-fail=${c.guardFail} deopt-every=${c.deoptEvery} invalidate-every=${c.invalidateEvery}: ${st.guardFailures} forced guard failures, ${st.invalidations} invalidate-all events`);
  }
  return lines;
}

function sum(m: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}

function sortedCounts(m: ReadonlyMap<string, number>): [string, number][] {
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
