// The object model's entry points: these raise Python exceptions. The pure
// versions (throwing StrLibError) are in ./format-number.js.
export { formatInt, formatBool, formatFloat, formatStr, formatComplex } from "./py-format.js";
export { groupDigits, intToFloat } from "./format-number.js";
export * from "./float-digits.js";
export * from "./float-to-string.js";
export * from "./format-spec.js";
export * from "./percent-format.js";
export * from "./str-format.js";
export * from "./float-fromhex.js";
