export { createJitBackend, type JitOptions, type JitStats, type TieringBackend } from "./tiering.js";
export { jitCoverage, jitCoverageReport, type CoverageRow } from "./coverage.js";
export { compileBaseline, baselineRefusal, BASELINE_OPCODES, type CompileResult, type CompileOptions } from "./emit/baseline.js";
export { computeStackDepths } from "./emit/stack-depth.js";
