export * from "./baseline.js";
export * from "./harness.js";
export * from "./program.js";
export * from "./report.js";
export * from "./runner.js";
export { renderSvg } from "./svg.js";
