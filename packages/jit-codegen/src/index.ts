export { createJitBackend, type JitOptions, type JitStats, type TieringBackend } from "./tiering.js";
export { jitCoverage, jitCoverageReport, type CoverageRow } from "./coverage.js";
export { compileBaseline, BASELINE_OPCODES, type CompileResult } from "./emit/baseline.js";
