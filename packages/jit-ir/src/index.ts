export { Graph, Repr, type Block, type Instr, type Param, type Value, type Terminator, type FrameState, type Dependency } from "./ir/graph.js";
export { printGraph } from "./print.js";
export { verifyGraph, type VerifyError } from "./verify.js";
export { OPS, CMP_OPS, opDef, isPure, needsFrameState, type OpDef, type OpName, type InputSpec } from "./ir/ops.js";
export { buildGraph, builderRefusal, type BuildOptions, type BuildResult, type GlobalLookup } from "./build/builder.js";
export { analyzeCfg, type BytecodeCfg } from "./build/cfg.js";
export { hintAt, type Hint } from "./build/feedback.js";
