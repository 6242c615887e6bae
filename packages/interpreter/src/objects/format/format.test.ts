import { describe, expect, it } from "vitest";
import { StrLibError } from "../str/str-error.js";
import { decodeValue, loadVectors, VecFloat } from "../str/test-vectors.js";
import { floatRepr } from "./float-to-string.js";
import { formatBool, formatFloat, formatInt, formatStr } from "./format-number.js";

function outcome(fn: () => string): string {
  try {
    return `ok ${JSON.stringify(fn())}`;
  } catch (e) {
    if (e instanceof StrLibError) return `${e.kind}: ${e.message}`;
    throw e;
  }
}

describe("format(value, spec) matches CPython 3.11 (test-data/str/format-spec.json)", () => {
  const cases = loadVectors("format-spec.json");
  for (const kind of ["int", "bool", "float", "str"]) {
    it(kind, () => {
      const failures: string[] = [];
      let n = 0;
      for (const c of cases) {
        if (c.raw["k"] !== kind) continue;
        n++;
        const v = decodeValue(c.raw["v"] ?? null);
        const spec = c.raw["spec"] as string;
        const got = outcome(() => {
          if (kind === "bool") return formatBool(v as boolean, spec);
          if (kind === "int") return formatInt(v as number | bigint, spec);
          if (kind === "float") return formatFloat((v as VecFloat).value, spec);
          return formatStr(v as string, spec);
        });
        const want = c.exc ? `${c.exc[0]}: ${c.exc[1]}` : `ok ${JSON.stringify(c.result)}`;
        if (got !== want) failures.push(`format(${JSON.stringify(c.raw["v"])}, ${JSON.stringify(spec)}): got ${got} want ${want}`);
      }
      expect(n).toBeGreaterThan(0);
      expect(failures.slice(0, 15)).toEqual([]);
    });
  }
});

describe("repr(float) matches CPython (test-data/str/float-repr.json)", () => {
  it("random doubles and edge values", () => {
    const raw = JSON.parse(
      JSON.stringify(loadVectors("float-repr.json").map((c) => c.raw)),
    ) as unknown as Array<[{ float: string }, string]>;
    expect(raw.length).toBeGreaterThan(5000);
    const failures: string[] = [];
    for (const [v, want] of raw) {
      const x = (decodeValue(v) as VecFloat).value;
      const got = floatRepr(x);
      if (got !== want) failures.push(`${want}: got ${got}`);
    }
    expect(failures.slice(0, 15)).toEqual([]);
  });
  it("layout examples", () => {
    expect(floatRepr(1)).toBe("1.0");
    expect(floatRepr(1e16)).toBe("1e+16");
    expect(floatRepr(1.5e-7)).toBe("1.5e-07");
    expect(floatRepr(123456789012345)).toBe("123456789012345.0");
    expect(floatRepr(-0)).toBe("-0.0");
    expect(floatRepr(NaN)).toBe("nan");
    expect(floatRepr(-Infinity)).toBe("-inf");
  });
});
