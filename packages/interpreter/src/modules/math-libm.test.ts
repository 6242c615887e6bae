import { describe, expect, it } from "vitest";
import * as libm from "./math-libm.js";

/** Bits of a double as a hex string (compare exactly, including -0). */
function bits(x: number): string {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, x);
  return b.getBigUint64(0).toString(16);
}

/** Expected values are CPython 3.11 on glibc 2.36 (`float.hex()`). */
const CASES: [string, number, string][] = [
  ["cbrt(27)", libm.cbrt(27), "0x1.8000000000001p+1"],
  ["exp(1)", libm.exp(1), "0x1.5bf0a8b145769p+1"],
  ["exp(-745)", libm.exp(-745), "0x0.0000000000001p-1022"],
  ["exp(709.7)", libm.exp(709.7), "0x1.d75ae7a50ee14p+1023"],
  ["exp(-708.5)", libm.exp(-708.5), "0x0.e6cf6d08897acp-1022"],
  ["log(10)", libm.log(10), "0x1.26bb1bbb55516p+1"],
  ["log2(3)", libm.log2(3), "0x1.95c01a39fbd68p+0"],
  ["log10(1e-5)", libm.log10(1e-5), "-0x1.4000000000000p+2"],
  ["erf(0.5)", libm.erf(0.5), "0x1.0a7ef5c18edd2p-1"],
  ["erfc(3)", libm.erfc(3), "0x1.729df65034229p-16"],
  ["pow(1.1, 2.5)", libm.pow(1.1, 2.5), "0x1.44e1080833b25p+0"],
  ["sinh(1e-5)", libm.sinh(1e-5), "0x1.4f8b588e4e940p-17"],
  ["cosh(5)", libm.cosh(5), "0x1.28d6fcbeff3aap+6"],
  ["exp2(0.3)", libm.exp2(0.3), "0x1.3b2c47bff8329p+0"],
  ["sin(1e22)", libm.sin(1e22), "-0x1.b453ab76bf397p-1"],
  ["cos(3)", libm.cos(3), "-0x1.fae04be85e5d2p-1"],
  ["tan(1.5)", libm.tan(1.5), "0x1.c33ed50b88777p+3"],
  ["atan(0.75)", libm.atan(0.75), "0x1.4978fa3269ee1p-1"],
  ["asin(0.3)", libm.asin(0.3), "0x1.380159e14f6ffp-2"],
  ["acos(-0.9)", libm.acos(-0.9), "0x1.586476251e745p+1"],
  ["atan2(-1, -3)", libm.atan2(-1, -3), "-0x1.68f095fdf593cp+1"],
];

function fromHex(s: string): number {
  const m = /^(-?)0x([01])\.([0-9a-f]+)p([+-]\d+)$/.exec(s);
  if (m === null) throw new Error(s);
  const mant = Number(BigInt(`0x${m[2]}${m[3]}`));
  const e = Number(m[4]) - 52;
  const v = e < -1000 ? mant * 2 ** (e + 200) * 2 ** -200 : mant * 2 ** e;
  return m[1] === "-" ? -v : v;
}

describe("math-libm", () => {
  for (const [name, got, want] of CASES) {
    it(`${name} has glibc's bits`, () => {
      expect(bits(got)).toBe(bits(fromHex(want)));
    });
  }
  it("handles special values", () => {
    expect(libm.exp(Infinity)).toBe(Infinity);
    expect(libm.exp(-Infinity)).toBe(0);
    expect(libm.log(0)).toBe(-Infinity);
    expect(Number.isNaN(libm.log(-1))).toBe(true);
    expect(libm.erf(-Infinity)).toBe(-1);
    expect(Object.is(libm.cbrt(-0), -0)).toBe(true);
  });
});
