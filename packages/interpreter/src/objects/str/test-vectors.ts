/**
 * Loader for the JSON test vectors in `test-data/str/` (written by the python3
 * scripts in `scripts/`, see `scripts/vectors_common.py` for the encoding).
 * Used only by tests; python3 is not needed at test time.
 */

import { readFileSync } from "node:fs";

export type VecValue =
  | string
  | number
  | bigint
  | boolean
  | null
  | VecFloat
  | VecTuple
  | Uint8Array
  | VecDict
  | VecNamespace
  | VecValue[];

export class VecFloat {
  constructor(readonly value: number) {}
}
export class VecTuple {
  constructor(readonly items: VecValue[]) {}
}

export class VecDict {
  constructor(readonly entries: Array<[VecValue, VecValue]>) {}
}
/** A `types.SimpleNamespace` (attributes only). */
export class VecNamespace {
  constructor(readonly attrs: Map<string, VecValue>) {}
}

type Raw = string | number | boolean | null | Raw[] | { [k: string]: Raw };

function parseFloatRepr(r: string): number {
  if (r === "inf") return Infinity;
  if (r === "-inf") return -Infinity;
  if (r === "nan") return NaN;
  return Number(r);
}

export function decodeValue(raw: Raw): VecValue {
  if (raw === null || typeof raw !== "object") return raw;
  if (Array.isArray(raw)) return raw.map(decodeValue);
  if (typeof raw["int"] === "string") return BigInt(raw["int"]);
  if (typeof raw["float"] === "string") return new VecFloat(parseFloatRepr(raw["float"]));
  if (Array.isArray(raw["tuple"])) return new VecTuple(raw["tuple"].map(decodeValue));
  if (typeof raw["bytes"] === "string") return Uint8Array.from(Buffer.from(raw["bytes"], "hex"));
  if (Array.isArray(raw["dict"])) {
    return new VecDict(raw["dict"].map((kv) => [decodeValue((kv as Raw[])[0] ?? null), decodeValue((kv as Raw[])[1] ?? null)]));
  }
  if (Array.isArray(raw["ns"])) {
    return new VecNamespace(new Map(raw["ns"].map((kv) => [String((kv as Raw[])[0]), decodeValue((kv as Raw[])[1] ?? null)])));
  }
  throw new Error(`bad vector value ${JSON.stringify(raw)}`);
}

export interface VecCase {
  readonly raw: Record<string, Raw>;
  /** Expected result, when the case did not raise. */
  readonly result?: VecValue;
  /** Expected exception `[class name, message]`, when it raised. */
  readonly exc?: readonly [string, string];
}

export function loadVectors(name: string): VecCase[] {
  const url = new URL(`../../../test-data/str/${name}`, import.meta.url);
  const data = JSON.parse(readFileSync(url, "utf8")) as Array<Record<string, Raw>>;
  return data.map((raw) => {
    if (typeof raw["exc"] === "string") return { raw, exc: [raw["exc"], String(raw["msg"])] as const };
    return { raw, result: decodeValue(raw["r"] ?? null) };
  });
}

/** Normalise a JS result for comparison with a decoded vector value. */
export function comparable(v: unknown): unknown {
  if (v instanceof VecTuple) return v.items.map(comparable);
  if (Array.isArray(v)) return v.map(comparable);
  if (typeof v === "bigint" && v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(v);
  return v;
}
