import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { StrLibError } from "../str/str-error.js";
import { comparable, decodeValue, VecTuple, type VecValue } from "../str/test-vectors.js";
import * as B from "./index.js";

type Raw = Parameters<typeof decodeValue>[0];
interface RawCase {
  m: string;
  s: Raw;
  a: Raw[];
  r?: Raw;
  exc?: string;
  msg?: string;
}

const data = JSON.parse(readFileSync(new URL("../../../test-data/str/bytes.json", import.meta.url), "utf8")) as {
  cases: RawCase[];
  repr: Array<[Raw, string]>;
};

const u8 = (v: VecValue | undefined): Uint8Array => v as Uint8Array;
const opt = (v: VecValue | undefined): number | undefined => (v === null || v === undefined ? undefined : Number(v));
const optB = (v: VecValue | undefined): Uint8Array | undefined => (v === null || v === undefined ? undefined : u8(v));
const needle = (v: VecValue | undefined): B.ByteNeedle => (typeof v === "number" ? v : u8(v));

type Fn = (s: Uint8Array, a: readonly VecValue[]) => unknown;
const METHODS: Record<string, Fn> = {
  upper: (s) => B.bytesUpper(s),
  lower: (s) => B.bytesLower(s),
  swapcase: (s) => B.bytesSwapcase(s),
  capitalize: (s) => B.bytesCapitalize(s),
  title: (s) => B.bytesTitle(s),
  isalnum: (s) => B.bytesIsalnum(s),
  isalpha: (s) => B.bytesIsalpha(s),
  isascii: (s) => B.bytesIsascii(s),
  isdigit: (s) => B.bytesIsdigit(s),
  islower: (s) => B.bytesIslower(s),
  isupper: (s) => B.bytesIsupper(s),
  isspace: (s) => B.bytesIsspace(s),
  istitle: (s) => B.bytesIstitle(s),
  split: (s, a) => B.bytesSplit(s, optB(a[0]), opt(a[1])),
  rsplit: (s, a) => B.bytesRsplit(s, optB(a[0]), opt(a[1])),
  splitlines: (s, a) => B.bytesSplitlines(s, a[0] === true),
  strip: (s, a) => B.bytesStrip(s, optB(a[0])),
  lstrip: (s, a) => B.bytesLstrip(s, optB(a[0])),
  rstrip: (s, a) => B.bytesRstrip(s, optB(a[0])),
  hex: (s, a) => B.bytesHex(s, a[0] as string | undefined, opt(a[1])),
  expandtabs: (s, a) => B.bytesExpandtabs(s, opt(a[0])),
  center: (s, a) => B.bytesCenter(s, Number(a[0]), a[1] === undefined ? undefined : (u8(a[1])[0] as number)),
  ljust: (s, a) => B.bytesLjust(s, Number(a[0]), a[1] === undefined ? undefined : (u8(a[1])[0] as number)),
  rjust: (s, a) => B.bytesRjust(s, Number(a[0]), a[1] === undefined ? undefined : (u8(a[1])[0] as number)),
  zfill: (s, a) => B.bytesZfill(s, Number(a[0])),
  find: (s, a) => B.bytesFind(s, needle(a[0]), opt(a[1]), opt(a[2])),
  rfind: (s, a) => B.bytesRfind(s, needle(a[0]), opt(a[1]), opt(a[2])),
  index: (s, a) => B.bytesIndex(s, needle(a[0]), opt(a[1]), opt(a[2])),
  count: (s, a) => B.bytesCount(s, needle(a[0]), opt(a[1]), opt(a[2])),
  startswith: (s, a) => B.bytesStartswith(s, u8(a[0]), opt(a[1]), opt(a[2])),
  endswith: (s, a) => B.bytesEndswith(s, u8(a[0]), opt(a[1]), opt(a[2])),
  removeprefix: (s, a) => B.bytesRemoveprefix(s, u8(a[0])),
  removesuffix: (s, a) => B.bytesRemovesuffix(s, u8(a[0])),
  partition: (s, a) => new VecTuple(B.bytesPartition(s, u8(a[0]))),
  rpartition: (s, a) => new VecTuple(B.bytesRpartition(s, u8(a[0]))),
  replace: (s, a) => B.bytesReplace(s, u8(a[0]), u8(a[1]), opt(a[2])),
  decode: (s, a) => B.decodeBytes(s, a[0] as string | undefined, a[1] as string | undefined),
  translate: (s, a) => B.bytesTranslate(s, optB(a[0]) ?? null, optB(a[1])),
  fromhex: (_s, a) => B.bytesFromhex(a[0] as string),
};

function norm(v: unknown): unknown {
  if (v instanceof Uint8Array) return { bytes: Buffer.from(v).toString("hex") };
  if (v instanceof VecTuple) return v.items.map(norm);
  if (Array.isArray(v)) return v.map(norm);
  return comparable(v);
}

describe("bytes algorithms match CPython 3.11 (test-data/str/bytes.json)", () => {
  const groups = new Map<string, RawCase[]>();
  for (const c of data.cases) groups.set(c.m, [...(groups.get(c.m) ?? []), c]);
  for (const [m, list] of groups) {
    it(m, () => {
      const failures: string[] = [];
      for (const c of list) {
        const self = decodeValue(c.s);
        const args = c.a.map(decodeValue);
        let got: unknown;
        try {
          got =
            m === "str.encode"
              ? norm(B.encodeStr(self as string, args[0] as string, args[1] as string))
              : norm((METHODS[m] as Fn)(self as Uint8Array, args));
        } catch (e) {
          if (!(e instanceof StrLibError)) throw e;
          got = `${e.kind}: ${e.message}`;
        }
        const want = c.exc !== undefined ? `${c.exc}: ${c.msg ?? ""}` : norm(decodeValue(c.r ?? null));
        if (JSON.stringify(got) !== JSON.stringify(want)) {
          failures.push(`${JSON.stringify(c.s)}.${m}(${JSON.stringify(c.a)}): got ${JSON.stringify(got)} want ${JSON.stringify(want)}`);
        }
      }
      expect(failures.slice(0, 10)).toEqual([]);
    });
  }
  it("repr", () => {
    const failures = data.repr.filter(([b, want]) => B.bytesRepr(decodeValue(b) as Uint8Array) !== want);
    expect(failures.slice(0, 10)).toEqual([]);
  });
});
