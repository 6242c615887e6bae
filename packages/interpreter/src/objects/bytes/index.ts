export * from "./bytes.js";
export * from "./latin1.js";
export * from "./bytes-repr.js";
export * from "./bytes-hex.js";
export * from "./bytes-methods.js";
export * from "./codecs.js";
export * from "./codecs-utf16-32.js";
export * from "./memoryview.js";
