/**
 * `str.format(*args, **kwargs)` and `str.format_map(mapping)`: the replacement
 * field grammar of CPython 3.11 (Objects/stringlib/unicode_format.h).
 *
 *     "{" [field_name] ["!" conversion] [":" format_spec] "}"
 *     field_name: (identifier | integer | "") ("." attr | "[" key "]")*
 *
 * Literal `{{`/`}}`, automatic numbering (`{}`) and its exclusivity with manual
 * numbering, nested fields inside the spec (`{:{width}}`, one level of
 * recursion like CPython), `!r !s !a`. Objects are reached only through the
 * `StrFormatHost` callbacks. Messages are CPython's.
 *
 * https://docs.python.org/3.11/library/string.html#format-string-syntax
 */

import { keyError, indexError, valueError } from "../str/str-error.js";
import { formatStr } from "./format-number.js";

export interface StrFormatHost<V> {
  /** `getattr(v, name)`. */
  getAttr(v: V, name: string): V;
  /** `v[key]`; `key` is a number when the text was all digits. */
  getItem(v: V, key: string | number): V;
  /** `format(v, spec)`. */
  format(v: V, spec: string): string;
  repr(v: V): string;
  str(v: V): string;
  ascii(v: V): string;
}

/** Where the fields' values come from: positional args (null for `format_map`) and a keyword lookup. */
export interface StrFormatArgs<V> {
  readonly args: readonly V[] | null;
  /** The value for keyword `name`, or `undefined` when absent (→ KeyError). */
  readonly kwarg: ((name: string) => V | undefined) | null;
}

const NumberingState = { Init: 0, Auto: 1, Manual: 2 } as const;
type NumberingState = (typeof NumberingState)[keyof typeof NumberingState];

interface AutoNumber {
  state: NumberingState;
  next: number;
}

/** All-decimal-digits text as an index, -1 otherwise (`get_integer`). */
function getInteger(s: string): number {
  if (s.length === 0 || !/^[0-9]+$/.test(s)) return -1;
  const v = Number(s);
  if (!Number.isSafeInteger(v)) throw valueError("Too many decimal digits in format string");
  return v;
}

export function strFormat<V>(fmt: string, source: StrFormatArgs<V>, host: StrFormatHost<V>): string {
  return buildString(fmt, source, host, 2, { state: NumberingState.Init, next: 0 });
}

function buildString<V>(fmt: string, src: StrFormatArgs<V>, host: StrFormatHost<V>, depth: number, auto: AutoNumber): string {
  if (depth <= 0) throw valueError("Max string recursion exceeded");
  let out = "";
  const n = fmt.length;
  let pos = 0;
  while (pos < n) {
    // Literal text up to the next brace.
    const start = pos;
    let c = "";
    while (pos < n) {
      c = fmt.charAt(pos++);
      if (c === "{" || c === "}") break;
      c = "";
    }
    const atEnd = pos >= n;
    if (c === "") {
      out += fmt.slice(start, pos);
      break;
    }
    if (c === "}" && (atEnd || fmt.charAt(pos) !== "}")) throw valueError("Single '}' encountered in format string");
    if (atEnd && c === "{") throw valueError("Single '{' encountered in format string");
    if (fmt.charAt(pos) === c) {
      out += fmt.slice(start, pos);
      pos++;
      continue;
    }
    out += fmt.slice(start, pos - 1);
    const [field, next] = parseField(fmt, pos);
    pos = next;
    out += renderField(field, src, host, depth, auto);
  }
  return out;
}

interface ParsedField {
  readonly name: string;
  /** "" when absent. */
  readonly conversion: string;
  readonly spec: string;
}

/** `parse_field`: the field starting at `pos` (just after its `{`) and the position after its `}`. */
function parseField(fmt: string, start: number): [ParsedField, number] {
  const n = fmt.length;
  let pos = start;
  let c = "";
  while (pos < n) {
    c = fmt.charAt(pos++);
    if (c === "{") throw valueError("unexpected '{' in field name");
    if (c === "[") {
      while (pos < n && fmt.charAt(pos) !== "]") pos++;
      continue;
    }
    if (c === "}" || c === ":" || c === "!") break;
  }
  const name = fmt.slice(start, pos - 1);
  if (c !== "!" && c !== ":") {
    if (c !== "}") throw valueError("expected '}' before end of string");
    return [{ name, conversion: "", spec: "" }, pos];
  }
  let conversion = "";
  if (c === "!") {
    if (pos >= n) throw valueError("end of string while looking for conversion specifier");
    conversion = String.fromCodePoint(fmt.codePointAt(pos) as number);
    pos += conversion.length;
    if (pos < n) {
      const d = fmt.charAt(pos++);
      if (d === "}") return [{ name, conversion, spec: "" }, pos];
      if (d !== ":") throw valueError("expected ':' after conversion specifier");
    }
  }
  const specStart = pos;
  let count = 1;
  while (pos < n) {
    const d = fmt.charAt(pos++);
    if (d === "{") count++;
    else if (d === "}" && --count === 0) return [{ name, conversion, spec: fmt.slice(specStart, pos - 1) }, pos];
  }
  throw valueError("unmatched '{' in format spec");
}

function renderField<V>(field: ParsedField, src: StrFormatArgs<V>, host: StrFormatHost<V>, depth: number, auto: AutoNumber): string {
  const { name, conversion } = field;
  let spec = field.spec;
  const obj = getFieldObject(name, src, host, auto);
  if (spec.includes("{")) spec = buildString(spec, src, host, depth - 1, auto);
  if (conversion !== "") {
    let s: string;
    switch (conversion) {
      case "r":
        s = host.repr(obj);
        break;
      case "s":
        s = host.str(obj);
        break;
      case "a":
        s = host.ascii(obj);
        break;
      default: {
        const cp = conversion.codePointAt(0) as number;
        throw valueError(
          cp > 32 && cp < 127 ? `Unknown conversion specifier ${conversion}` : `Unknown conversion specifier \\x${cp.toString(16)}`,
        );
      }
    }
    return formatStr(s, spec);
  }
  return host.format(obj, spec);
}

function getFieldObject<V>(name: string, src: StrFormatArgs<V>, host: StrFormatHost<V>, auto: AutoNumber): V {
  // field_name_split: the first part runs to the first '.' or '['.
  let i = 0;
  while (i < name.length && name.charAt(i) !== "." && name.charAt(i) !== "[") i++;
  const first = name.slice(0, i);
  let index = getInteger(first);
  const empty = first.length === 0;
  const numeric = empty || index !== -1;
  if (auto.state === NumberingState.Init && numeric) auto.state = empty ? NumberingState.Auto : NumberingState.Manual;
  if (numeric) {
    if (auto.state === NumberingState.Manual) {
      if (empty) throw valueError("cannot switch from manual field specification to automatic field numbering");
    } else if (!empty) {
      throw valueError("cannot switch from automatic field numbering to manual field specification");
    }
  }
  if (empty) index = auto.next++;
  let obj: V;
  if (index === -1) {
    const v = src.kwarg === null ? undefined : src.kwarg(first);
    if (v === undefined) throw keyError(first);
    obj = v;
  } else {
    if (src.args === null) throw valueError("Format string contains positional fields");
    if (index >= src.args.length) throw indexError(`Replacement index ${index} out of range for positional args tuple`);
    obj = src.args[index] as V;
  }
  // FieldNameIterator over the rest.
  const n = name.length;
  while (i < n) {
    const c = name.charAt(i++);
    if (c === ".") {
      const s = i;
      while (i < n && name.charAt(i) !== "." && name.charAt(i) !== "[") i++;
      const attr = name.slice(s, i);
      if (attr.length === 0) throw valueError("Empty attribute in format string");
      obj = host.getAttr(obj, attr);
    } else if (c === "[") {
      const s = i;
      while (i < n && name.charAt(i) !== "]") i++;
      if (i >= n) throw valueError("Missing ']' in format string");
      const key = name.slice(s, i);
      i++;
      if (key.length === 0) throw valueError("Empty attribute in format string");
      const k = getInteger(key);
      obj = host.getItem(obj, k === -1 ? key : k);
    } else {
      throw valueError("Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}
