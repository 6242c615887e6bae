/**
 * Per-code-point Unicode properties with CPython 3.11's answers (Unicode 14.0).
 *
 * The range tables in `generated/unicode-tables.ts` are produced from CPython's
 * own `unicodedata`, so `'x'.isalpha()` and friends agree with CPython even for
 * characters Node's newer ICU knows about. Each table decodes once, on first use
 * (not at module load: start-up pays for none of them), into a sorted
 * `Uint32Array` of `[start, end)` pairs searched by bisection;
 * ASCII has a branch-free fast path in each predicate. Case mappings come from
 * the same database (Node's ICU has newer mappings, e.g. U+019B gained an
 * uppercase in Unicode 16). Only `Case_Ignorable` (final-sigma context) still
 * uses JS's `\p{...}`.
 */

import { FOLD_MAP, LOWER_MAP, RANGES, TITLE_MAP, UPPER_MAP } from "./generated/unicode-tables.js";

class RangeSet {
  private bounds: Uint32Array | null = null;

  constructor(private readonly encoded: string) {}

  private decode(): Uint32Array {
    const parts = this.encoded === "" ? [] : this.encoded.split(",");
    const bounds = new Uint32Array(parts.length);
    let prev = 0;
    for (let i = 0; i + 1 < parts.length; i += 2) {
      const start = prev + parseInt(parts[i] as string, 16);
      const end = start + parseInt(parts[i + 1] as string, 16);
      bounds[i] = start;
      bounds[i + 1] = end;
      prev = end;
    }
    this.bounds = bounds;
    return bounds;
  }

  has(cp: number): boolean {
    const b = this.bounds ?? this.decode();
    // Find the number of bounds <= cp; odd means inside a range.
    let lo = 0;
    let hi = b.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((b[mid] as number) <= cp) lo = mid + 1;
      else hi = mid;
    }
    return (lo & 1) === 1;
  }
}

const ALPHA = new RangeSet(RANGES.alpha);
const DECIMAL = new RangeSet(RANGES.decimal);
const DIGIT = new RangeSet(RANGES.digit);
const NUMERIC = new RangeSet(RANGES.numeric);
const PRINTABLE = new RangeSet(RANGES.printable);
const SPACE = new RangeSet(RANGES.space);
const LOWER = new RangeSet(RANGES.lower);
const UPPER = new RangeSet(RANGES.upper);
const TITLE = new RangeSet(RANGES.title);
const XID_START = new RangeSet(RANGES.xidStart);
const XID_CONTINUE = new RangeSet(RANGES.xidContinue);
const LINEBREAK = new RangeSet(RANGES.linebreak);

/** Decode a case map written by `encode_map` in scripts/gen-unicode-tables.py. */
function decodeCaseMap(encoded: string): Map<number, string> {
  const out = new Map<number, string>();
  let cp = 0;
  for (const entry of encoded.split(",")) {
    const m = /^([0-9a-f]+)([+=-])(.*)$/.exec(entry);
    if (m === null) continue;
    cp += parseInt(m[1] as string, 16);
    const rest = m[3] as string;
    if (m[2] === "=") out.set(cp, String.fromCodePoint(...rest.split(".").map((h) => parseInt(h, 16))));
    else out.set(cp, String.fromCodePoint(cp + (m[2] === "+" ? 1 : -1) * parseInt(rest, 16)));
  }
  return out;
}

/** A case map built on first use. */
function lazyMap(build: () => Map<number, string>): () => Map<number, string> {
  let map: Map<number, string> | null = null;
  return () => (map ??= build());
}

const UPPER_MAPPING = lazyMap(() => decodeCaseMap(UPPER_MAP));
const LOWER_MAPPING = lazyMap(() => decodeCaseMap(LOWER_MAP));
const TITLE_MAPPING = lazyMap(() => new Map<number, string>(TITLE_MAP));
const FOLD_MAPPING = lazyMap(() => new Map<number, string>(FOLD_MAP));

export function isAlphaCp(cp: number): boolean {
  if (cp < 0x80) return (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a;
  return ALPHA.has(cp);
}
export function isDecimalCp(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39;
  return DECIMAL.has(cp);
}
export function isDigitCp(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39;
  return DIGIT.has(cp);
}
export function isNumericCp(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39;
  return NUMERIC.has(cp);
}
export function isAlnumCp(cp: number): boolean {
  return isAlphaCp(cp) || isDecimalCp(cp) || isDigitCp(cp) || isNumericCp(cp);
}
export function isPrintableCp(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7f;
  return PRINTABLE.has(cp);
}
/** Python's `str.isspace` per character (bidi class WS/B/S or category Zs). */
export function isSpaceCp(cp: number): boolean {
  if (cp < 0x80) return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f);
  return SPACE.has(cp);
}
/** Unicode `Lowercase` property. */
export function isLowerCp(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a;
  return LOWER.has(cp);
}
/** Unicode `Uppercase` property. */
export function isUpperCp(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
  return UPPER.has(cp);
}
/** General category `Lt`. */
export function isTitleCp(cp: number): boolean {
  return cp >= 0x80 && TITLE.has(cp);
}
/** Unicode `Cased` (Lowercase ∪ Uppercase ∪ Lt). */
export function isCasedCp(cp: number): boolean {
  return isLowerCp(cp) || isUpperCp(cp) || isTitleCp(cp);
}
export function isXidStartCp(cp: number): boolean {
  if (cp < 0x80) return cp === 0x5f || ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a);
  return XID_START.has(cp);
}
export function isXidContinueCp(cp: number): boolean {
  if (cp < 0x80) return cp === 0x5f || (cp >= 0x30 && cp <= 0x39) || ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a);
  return XID_CONTINUE.has(cp);
}
/** A line boundary for `str.splitlines` (\n \r \v \f \x1c-\x1e \x85 \u2028 \u2029). */
export function isLineBreakCp(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x0a && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1e);
  return LINEBREAK.has(cp);
}

const CASE_IGNORABLE = /^\p{Case_Ignorable}$/u;
/** Unicode `Case_Ignorable` (only used for the final-sigma rule; from JS's tables). */
export function isCaseIgnorableCp(cp: number): boolean {
  return CASE_IGNORABLE.test(String.fromCodePoint(cp));
}

/** Full uppercase mapping of one code point (CPython 3.11's, not the host ICU's). */
export function upperCaseCp(cp: number): string {
  return UPPER_MAPPING().get(cp) ?? String.fromCodePoint(cp);
}
/** Full lowercase mapping of one code point, without the final-sigma rule. */
export function lowerCaseCp(cp: number): string {
  return LOWER_MAPPING().get(cp) ?? String.fromCodePoint(cp);
}
/** Full titlecase mapping of one code point. */
export function titleCaseCp(cp: number): string {
  return TITLE_MAPPING().get(cp) ?? upperCaseCp(cp);
}
/** Full case folding of one code point. */
export function caseFoldCp(cp: number): string {
  return FOLD_MAPPING().get(cp) ?? lowerCaseCp(cp);
}
