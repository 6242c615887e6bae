import { describe, expect, it } from "vitest";
import { strLower, strUpper, strCasefold, strTitle, strSwapcase } from "./str-case.js";

describe("case mappings follow CPython 3.11 (Unicode 14), not the host ICU", () => {
  it("characters that gained mappings after Unicode 14 stay unchanged", () => {
    // U+019B and U+A7CB got case pairs in Unicode 16; CPython 3.11 leaves them alone.
    expect(strUpper("\u019b")).toBe("\u019b");
    expect(strLower("\ua7cb")).toBe("\ua7cb");
  });
  it("full mappings and final sigma", () => {
    expect(strUpper("straße ﬁ ŉ")).toBe("STRASSE FI ʼN");
    expect(strLower("ΟΔΟΣ ΣΑ")).toBe("οδος σα");
    expect(strLower("İ")).toBe("i\u0307");
    expect(strCasefold("ẞ Σ")).toBe("ss σ");
    expect(strTitle("ǆungla ßa")).toBe("ǅungla Ssa");
    expect(strSwapcase("ΣaΣ")).toBe("σAς");
  });
});
