import { describe, expect, it } from "vitest";
import * as S from "./index.js";
import { StrLibError } from "./str-error.js";
import { comparable, loadVectors, VecTuple, type VecValue } from "./test-vectors.js";

type Fn = (s: string, a: readonly VecValue[]) => unknown;

const opt = (v: VecValue | undefined): number | undefined => (v === null || v === undefined ? undefined : Number(v));
const optStr = (v: VecValue | undefined): string | undefined => (v === null || v === undefined ? undefined : (v as string));
const strOrTuple = (v: VecValue | undefined): string | readonly string[] =>
  v instanceof VecTuple ? (v.items as string[]) : (v as string);

const METHODS: Record<string, Fn> = {
  capitalize: (s) => S.strCapitalize(s),
  casefold: (s) => S.strCasefold(s),
  lower: (s) => S.strLower(s),
  upper: (s) => S.strUpper(s),
  swapcase: (s) => S.strSwapcase(s),
  title: (s) => S.strTitle(s),
  isalnum: (s) => S.strIsalnum(s),
  isalpha: (s) => S.strIsalpha(s),
  isascii: (s) => S.strIsascii(s),
  isdecimal: (s) => S.strIsdecimal(s),
  isdigit: (s) => S.strIsdigit(s),
  isidentifier: (s) => S.strIsidentifier(s),
  islower: (s) => S.strIslower(s),
  isnumeric: (s) => S.strIsnumeric(s),
  isprintable: (s) => S.strIsprintable(s),
  isspace: (s) => S.strIsspace(s),
  istitle: (s) => S.strIstitle(s),
  isupper: (s) => S.strIsupper(s),
  split: (s, a) => S.strSplit(s, optStr(a[0]), opt(a[1])),
  rsplit: (s, a) => S.strRsplit(s, optStr(a[0]), opt(a[1])),
  splitlines: (s, a) => S.strSplitlines(s, a[0] === true),
  strip: (s, a) => S.strStrip(s, optStr(a[0])),
  lstrip: (s, a) => S.strLstrip(s, optStr(a[0])),
  rstrip: (s, a) => S.strRstrip(s, optStr(a[0])),
  expandtabs: (s, a) => S.strExpandtabs(s, opt(a[0])),
  center: (s, a) => S.strCenter(s, Number(a[0]), optStr(a[1])),
  ljust: (s, a) => S.strLjust(s, Number(a[0]), optStr(a[1])),
  rjust: (s, a) => S.strRjust(s, Number(a[0]), optStr(a[1])),
  zfill: (s, a) => S.strZfill(s, Number(a[0])),
  find: (s, a) => S.strFind(s, a[0] as string, opt(a[1]), opt(a[2])),
  rfind: (s, a) => S.strRfind(s, a[0] as string, opt(a[1]), opt(a[2])),
  index: (s, a) => S.strIndex(s, a[0] as string, opt(a[1]), opt(a[2])),
  rindex: (s, a) => S.strRindex(s, a[0] as string, opt(a[1]), opt(a[2])),
  count: (s, a) => S.strCount(s, a[0] as string, opt(a[1]), opt(a[2])),
  startswith: (s, a) => S.strStartswith(s, strOrTuple(a[0]), opt(a[1]), opt(a[2])),
  endswith: (s, a) => S.strEndswith(s, strOrTuple(a[0]), opt(a[1]), opt(a[2])),
  partition: (s, a) => S.strPartition(s, a[0] as string),
  rpartition: (s, a) => S.strRpartition(s, a[0] as string),
  removeprefix: (s, a) => S.strRemoveprefix(s, a[0] as string),
  removesuffix: (s, a) => S.strRemovesuffix(s, a[0] as string),
  replace: (s, a) => S.strReplace(s, a[0] as string, a[1] as string, opt(a[2])),
};

function call(fn: () => unknown): unknown {
  try {
    return { r: comparable(fn()) };
  } catch (e) {
    if (e instanceof StrLibError) return { exc: [e.kind, e.message] };
    throw e;
  }
}

describe("str methods match CPython 3.11 (test-data/str/str-methods.json)", () => {
  const cases = loadVectors("str-methods.json");
  const byMethod = new Map<string, typeof cases>();
  for (const c of cases) {
    const m = c.raw["m"] as string;
    byMethod.set(m, [...(byMethod.get(m) ?? []), c]);
  }
  for (const [m, list] of byMethod) {
    it(m, () => {
      const fn = METHODS[m];
      expect(fn, m).toBeDefined();
      const failures: string[] = [];
      for (const c of list) {
        const s = c.raw["s"] as string;
        const args = (c.raw["a"] as unknown[]).map((x) => x as VecValue).map((x) =>
          x !== null && typeof x === "object" && !Array.isArray(x) && "tuple" in x ? new VecTuple((x as { tuple: string[] }).tuple) : x,
        );
        const got = call(() => (fn as Fn)(s, args));
        const want = c.exc ? { exc: c.exc } : { r: comparable(c.result) };
        if (JSON.stringify(got) !== JSON.stringify(want)) {
          failures.push(`${JSON.stringify(s)}.${m}(${JSON.stringify(c.raw["a"])}): got ${JSON.stringify(got)} want ${JSON.stringify(want)}`);
        }
      }
      expect(failures.slice(0, 10)).toEqual([]);
    });
  }
});

describe("str.translate / str.maketrans", () => {
  it("matches CPython", () => {
    const failures: string[] = [];
    for (const c of loadVectors("str-translate.json")) {
      const s = c.raw["s"] as string;
      const mt = c.raw["mt"] as unknown[];
      const got = call(() => {
        let table: Map<number, string | number | null>;
        if (mt.length === 1) {
          const entries = (mt[0] as { dict: Array<[string | number, string | number | null]> }).dict;
          table = new Map(entries.map(([k, v]) => [S.maketransKey(k), v]));
        } else {
          table = new Map(S.strMaketrans(mt[0] as string, mt[1] as string, mt[2] as string | undefined));
        }
        return S.strTranslate(s, (cp) => table.get(cp));
      });
      const want = c.exc ? { exc: c.exc } : { r: c.result };
      if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${JSON.stringify(s)} ${JSON.stringify(mt)}: ${JSON.stringify(got)} vs ${JSON.stringify(want)}`);
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });
});

describe("repr / ascii of str", () => {
  it("matches CPython", () => {
    const failures: string[] = [];
    for (const c of loadVectors("str-repr.json")) {
      const s = c.raw["s"] as string;
      if (S.strRepr(s) !== c.raw["repr"]) failures.push(`repr ${JSON.stringify(s)}: ${S.strRepr(s)} vs ${String(c.raw["repr"])}`);
      if (S.asciiRepr(s) !== c.raw["ascii"]) failures.push(`ascii ${JSON.stringify(s)}: ${S.asciiRepr(s)} vs ${String(c.raw["ascii"])}`);
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });
});

describe("code points", () => {
  it("len, index, slice count astral characters once", () => {
    const s = "a😀b😀c";
    expect(S.cpLength(s)).toBe(5);
    expect(S.cpIndex(s, 1)).toBe("😀");
    expect(S.cpIndex(s, -1)).toBe("c");
    expect(S.cpIndex(s, 5)).toBeUndefined();
    expect(S.cpSlice(s, 1, 4)).toBe("😀b😀");
    expect(S.cpSlice(s, undefined, undefined, -1)).toBe("c😀b😀a");
    expect(S.cpSlice(s, undefined, undefined, 2)).toBe("abc");
    expect(S.cpSlice("abcdef", -2, undefined)).toBe("ef");
    expect(S.cpSlice("abcdef", 5, 0, -2)).toBe("fdb");
    expect(S.strFind(s, "b")).toBe(2);
    expect(S.strRfind(s, "😀")).toBe(3);
  });
});
