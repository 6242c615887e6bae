export { createJitBackend, functionKey, newTierStats, type JitOptions, type JitStats, type TierStats, type TieringBackend } from "./tiering.js";
export { JitStress, parseStress, stressFromEnv, StressSyntaxError, STRESS_ENV, type StressConfig } from "./stress.js";
export { jitCoverage, jitCoverageReport, type CoverageRow } from "./coverage.js";
export { compileBaseline, baselineRefusal, BASELINE_OPCODES, type CompileResult, type CompileOptions } from "./emit/baseline.js";
export { computeStackDepths } from "./emit/stack-depth.js";
