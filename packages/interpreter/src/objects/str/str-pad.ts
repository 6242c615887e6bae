/**
 * Padding, stripping and tab expansion of `str`: `center`, `ljust`, `rjust`,
 * `zfill`, `expandtabs`, `strip`, `lstrip`, `rstrip`. Widths and columns count
 * code points. `center` splits odd margins like CPython (`marg/2 + (marg & width & 1)`).
 *
 * https://docs.python.org/3.11/library/stdtypes.html#str.center
 */

import { cpLength } from "./code-points.js";
import { typeError } from "./str-error.js";
import { isSpaceCp } from "./unicode-props.js";
import { checkStringLength } from "../resource-limits.js";

function checkFill(fill: string): void {
  if (cpLength(fill) !== 1) throw typeError("The fill character must be exactly one character long");
}

/** MemoryError before padding to a width over the string-length cap. */
function checkWidth(width: number): void {
  checkStringLength(width);
}

export function strCenter(s: string, width: number, fill = " "): string {
  checkFill(fill);
  checkWidth(width);
  const len = cpLength(s);
  const marg = width - len;
  if (marg <= 0) return s;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return fill.repeat(left) + s + fill.repeat(marg - left);
}

export function strLjust(s: string, width: number, fill = " "): string {
  checkFill(fill);
  checkWidth(width);
  const marg = width - cpLength(s);
  return marg <= 0 ? s : s + fill.repeat(marg);
}

export function strRjust(s: string, width: number, fill = " "): string {
  checkFill(fill);
  checkWidth(width);
  const marg = width - cpLength(s);
  return marg <= 0 ? s : fill.repeat(marg) + s;
}

export function strZfill(s: string, width: number): string {
  const fill = width - cpLength(s);
  if (fill <= 0) return s;
  checkWidth(width);
  const c = s.charAt(0);
  if (c === "+" || c === "-") return c + "0".repeat(fill) + s.slice(1);
  return "0".repeat(fill) + s;
}

export function strExpandtabs(s: string, tabsize = 8): string {
  let out = "";
  let col = 0;
  for (const ch of s) {
    if (ch === "\t") {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += " ".repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col = ch === "\n" || ch === "\r" ? 0 : col + 1;
    }
  }
  return out;
}

type Side = "both" | "left" | "right";

function stripImpl(s: string, chars: string | undefined, side: Side): string {
  let i = 0;
  let j = s.length;
  if (chars === undefined) {
    if (side !== "right") while (i < j && isSpaceCp(s.charCodeAt(i))) i++;
    if (side !== "left") while (j > i && isSpaceCp(s.charCodeAt(j - 1))) j--;
    return s.slice(i, j);
  }
  const set = new Set<number>();
  for (const ch of chars) set.add(ch.codePointAt(0) as number);
  if (side !== "right") {
    while (i < j) {
      const c = s.codePointAt(i) as number;
      if (!set.has(c)) break;
      i += c > 0xffff ? 2 : 1;
    }
  }
  if (side !== "left") {
    while (j > i) {
      const lo = s.charCodeAt(j - 1);
      const full = j - 2 >= i ? (s.codePointAt(j - 2) as number) : 0;
      const pair = lo >= 0xdc00 && lo <= 0xdfff && full > 0xffff;
      const c = pair ? full : lo;
      if (!set.has(c)) break;
      j -= pair ? 2 : 1;
    }
  }
  return s.slice(i, j);
}

/** `str.strip(chars=None)`; `chars === undefined` strips whitespace. */
export const strStrip = (s: string, chars?: string): string => stripImpl(s, chars, "both");
export const strLstrip = (s: string, chars?: string): string => stripImpl(s, chars, "left");
export const strRstrip = (s: string, chars?: string): string => stripImpl(s, chars, "right");
