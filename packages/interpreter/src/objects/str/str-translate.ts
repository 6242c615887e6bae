/**
 * `str.maketrans` and `str.translate`.
 *
 * `translate` looks each code point up through a callback standing in for
 * `table.__getitem__(ord(c))`: it returns the mapped value, or `undefined` when
 * the lookup raised LookupError (the character is kept). The dict form of
 * `maketrans` is assembled by the method table with `maketransKey`.
 *
 * https://docs.python.org/3.11/library/stdtypes.html#str.translate
 */

import { cpLength } from "./code-points.js";
import { valueError } from "./str-error.js";

/** What a translation table maps a code point to: str, int (a code point), None (null), or missing. */
export type TranslateResult = string | number | bigint | null | undefined;

/** `lookup` throws (TypeError: character mapping must return integer, None or str) for other result types. */
export function strTranslate(s: string, lookup: (cp: number) => TranslateResult): string {
  let out = "";
  for (const ch of s) {
    const r = lookup(ch.codePointAt(0) as number);
    if (r === undefined) out += ch;
    else if (r === null) continue;
    else if (typeof r === "string") out += r;
    else if (typeof r === "number" || typeof r === "bigint") {
      if (r < 0 || r > 0x10ffff) throw valueError("character mapping must be in range(0x110000)");
      out += String.fromCodePoint(Number(r));
    }
  }
  return out;
}

/** A key of the one-argument (dict) form of `maketrans`, converted to its code point. */
export function maketransKey(key: string | number): number {
  if (typeof key === "number") return key;
  if (cpLength(key) !== 1) throw valueError("string keys in translate table must be of length 1");
  return key.codePointAt(0) as number;
}

/** Two- and three-argument `str.maketrans(x, y, z)` → `[code point, code point | None]` pairs in insertion order. */
export function strMaketrans(x: string, y: string, z?: string): Array<[number, number | null]> {
  const xs = Array.from(x);
  const ys = Array.from(y);
  if (xs.length !== ys.length) throw valueError("the first two maketrans arguments must have equal length");
  const out = new Map<number, number | null>();
  for (let i = 0; i < xs.length; i++) {
    out.set((xs[i] as string).codePointAt(0) as number, (ys[i] as string).codePointAt(0) as number);
  }
  if (z !== undefined) for (const ch of z) out.set(ch.codePointAt(0) as number, null);
  return [...out];
}
