export { Graph, Repr, type Block, type Instr, type Param, type Value, type Terminator, type FrameState } from "./ir/graph.js";
export { printGraph } from "./print.js";
export { verifyGraph, type VerifyError } from "./verify.js";
