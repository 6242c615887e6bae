export * from "./float-digits.js";
export * from "./float-to-string.js";
export * from "./format-spec.js";
export * from "./format-number.js";
export * from "./percent-format.js";
export * from "./str-format.js";
