export * from "./opcodes/opcodes.def.js";
export * from "./opcodes/generated/opcodes.js";
export * from "./opcodes/table.js";
export * from "./code-object.js";
