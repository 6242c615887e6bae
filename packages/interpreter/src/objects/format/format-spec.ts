/**
 * The format-spec mini-language parser (`format(value, spec)`, `str.format`'s
 * `{:spec}`), mirroring CPython 3.11's `parse_internal_render_format_spec`:
 *
 *     [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
 *
 * plus the checks that only look at the spec (`,`/`_` against the type). Messages
 * are CPython's. https://docs.python.org/3.11/library/string.html#formatspec
 */

import { valueError } from "../str/str-error.js";

export type Align = "<" | ">" | "=" | "^";

export interface FormatSpec {
  readonly fill: string;
  readonly align: Align;
  /** True when the spec named an alignment explicitly. */
  readonly alignGiven: boolean;
  /** "" when absent. */
  readonly sign: "" | "+" | "-" | " ";
  /** `z`: coerce negative zero (floats only). */
  readonly noNegZero: boolean;
  /** `#` */
  readonly alt: boolean;
  /** -1 when absent. */
  readonly width: number;
  /** Grouping separator; `_` becomes a 4-digit group for b/o/x/X. */
  readonly grouping: "" | "," | "_";
  /** -1 when absent. */
  readonly precision: number;
  /** The presentation type (a single code point), or the caller's default. */
  readonly type: string;
}

const MAX_SSIZE = 2n ** 63n - 1n;

/** A decimal run at `pos`; `[value, next position]`, value -1 when no digits. */
function readInteger(cps: readonly string[], pos: number): [number, number] {
  let i = pos;
  let acc = 0n;
  while (i < cps.length) {
    const c = (cps[i] as string).charCodeAt(0);
    if (c < 0x30 || c > 0x39) break;
    acc = acc * 10n + BigInt(c - 0x30);
    if (acc > MAX_SSIZE) throw valueError("Too many decimal digits in format string");
    i++;
  }
  return [i === pos ? -1 : Number(acc), i];
}

/** Types that accept `,` and `_` (PEP 378), and those that accept only `_` (PEP 515). */
const GROUPING_TYPES = new Set(["", "d", "e", "f", "g", "E", "G", "%", "F"]);
const UNDERSCORE_ONLY_TYPES = new Set(["b", "o", "x", "X"]);

const isAlign = (c: string | undefined): c is Align => c === "<" || c === ">" || c === "=" || c === "^";

/** The printable form CPython uses for a type code in messages (`'x'` or `'\x..'`). */
export function typeCodeForMessage(type: string): string {
  const cp = type.codePointAt(0) ?? 0;
  return cp > 32 && cp < 128 ? type : `\\x${cp.toString(16)}`;
}

/**
 * Parse `spec` for an object of type `typeName`, with the type's defaults
 * (`int`: 'd', '>'; `float`: '', '>'; `str`: 's', '<').
 */
export function parseFormatSpec(spec: string, typeName: string, defaultType: string, defaultAlign: Align): FormatSpec {
  // One remembered parse: a formatting loop (`f"{x:.3f}"`) repeats one spec.
  // The result is immutable and depends only on the four arguments.
  if (last !== null && spec === lastKey.spec && typeName === lastKey.typeName && defaultType === lastKey.defaultType && defaultAlign === lastKey.defaultAlign) {
    return last;
  }
  const r = parseUncached(spec, typeName, defaultType, defaultAlign);
  lastKey.spec = spec;
  lastKey.typeName = typeName;
  lastKey.defaultType = defaultType;
  lastKey.defaultAlign = defaultAlign;
  last = r;
  return r;
}

let last: FormatSpec | null = null;
const lastKey = { spec: "", typeName: "", defaultType: "", defaultAlign: ">" as Align };

function parseUncached(spec: string, typeName: string, defaultType: string, defaultAlign: Align): FormatSpec {
  const cps = Array.from(spec);
  const end = cps.length;
  let pos = 0;
  let fill = " ";
  let fillGiven = false;
  let align: Align = defaultAlign;
  let alignGiven = false;
  if (end - pos >= 2 && isAlign(cps[pos + 1])) {
    align = cps[pos + 1] as Align;
    fill = cps[pos] as string;
    fillGiven = alignGiven = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cps[pos])) {
    align = cps[pos] as Align;
    alignGiven = true;
    pos++;
  }
  let sign: FormatSpec["sign"] = "";
  const s = cps[pos];
  if (s === "+" || s === "-" || s === " ") {
    sign = s;
    pos++;
  }
  let noNegZero = false;
  if (cps[pos] === "z") {
    noNegZero = true;
    pos++;
  }
  let alt = false;
  if (cps[pos] === "#") {
    alt = true;
    pos++;
  }
  if (!fillGiven && cps[pos] === "0") {
    fill = "0";
    if (!alignGiven && defaultAlign === ">") align = "=";
    pos++;
  }
  let width: number;
  [width, pos] = readInteger(cps, pos);
  let grouping: FormatSpec["grouping"] = "";
  if (cps[pos] === ",") {
    grouping = ",";
    pos++;
  }
  if (cps[pos] === "_") {
    if (grouping !== "") throw valueError("Cannot specify both ',' and '_'.");
    grouping = "_";
    pos++;
  }
  if (cps[pos] === "," && grouping === "_") throw valueError("Cannot specify both ',' and '_'.");
  let precision = -1;
  if (cps[pos] === ".") {
    pos++;
    [precision, pos] = readInteger(cps, pos);
    if (precision === -1) throw valueError("Format specifier missing precision");
  }
  if (end - pos > 1) throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  const type = end - pos === 1 ? (cps[pos] as string) : defaultType;
  if (grouping !== "") {
    const allowed = GROUPING_TYPES.has(type) || (grouping === "_" && UNDERSCORE_ONLY_TYPES.has(type));
    if (!allowed) {
      throw valueError(`Cannot specify '${grouping}' with '${typeCodeForMessage(type)}'.`);
    }
  }
  return { fill, align, alignGiven, sign, noNegZero, alt, width, grouping, precision, type };
}
