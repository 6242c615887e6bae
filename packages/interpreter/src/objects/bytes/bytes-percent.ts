/**
 * `bytes % args` and `bytearray % args` (PEP 461): the printf engine of
 * objects/format/percent-format.ts run over the latin-1 view of the format,
 * with bytes' own `%s`/`%b` (bytes-like or `__bytes__`), `%r`/`%a` (ASCII
 * repr) and `%c` (an int in range(256) or one byte), and mapping keys looked
 * up as bytes.
 *
 * https://docs.python.org/3.11/library/stdtypes.html#printf-style-bytes-formatting
 */

import type { PyValue } from "../object.js";
import { typeOf } from "../type.js";
import { PyTuple } from "../tuple.js";
import { PyDict } from "../dict.js";
import { overflowError, typeError, typeName } from "../errors.js";
import { callMethod0 } from "../../protocols/call.js";
import { ascii } from "../../protocols/repr.js";
import { asIndex, hasIndex } from "../../protocols/index-value.js";
import { getItem } from "../../protocols/subscript.js";
import { percentFormat, type PercentHost } from "../format/percent-format.js";
import { rethrowPy } from "../str/py-errors.js";
import { strPercentHost } from "../str/str-type.js";
import { PyByteArray, PyBytes, newBytes } from "./bytes.js";
import { fromLatin1, latin1 } from "./latin1.js";

function bytesOf(v: PyValue): Uint8Array | undefined {
  if (v instanceof PyBytes) return v.value;
  if (v instanceof PyByteArray) return v.view();
  if (typeof v === "object") {
    const f = typeOf(v).lookup("__bytes__");
    if (f !== undefined) {
      const r = callMethod0(f, v);
      if (!(r instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
      return r.value;
    }
  }
  return undefined;
}

const bytesPercentHost: PercentHost<PyValue> = {
  ...strPercentHost,
  what: "bytes",
  getItem: (m, key) => getItem(m, newBytes(fromLatin1(key))),
  convert(ch, v) {
    switch (ch) {
      case "s":
      case "b": {
        const b = bytesOf(v);
        if (b === undefined) {
          throw typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(v)}'`);
        }
        return latin1(b);
      }
      case "r":
      case "a":
        return ascii(v);
      case "c": {
        if (v instanceof PyBytes || v instanceof PyByteArray) {
          const b = v instanceof PyBytes ? v.value : v.view();
          if (b.length === 1) return String.fromCharCode(b[0] as number);
        } else if (hasIndex(v)) {
          const i = asIndex(v);
          if (typeof i === "bigint" || i < 0 || i > 255) throw overflowError("%c arg not in range(256)");
          return String.fromCharCode(i);
        }
        throw typeError("%c requires an integer in range(256) or a single byte");
      }
    }
    return undefined;
  },
};

/** `PyMapping_Check(args) && !PyTuple_Check(args) && !PyBytes_Check(args) && !PyByteArray_Check(args)`. */
function isMappingArg(v: PyValue): boolean {
  if (v instanceof PyTuple || v instanceof PyBytes || v instanceof PyByteArray || typeof v !== "object") return false;
  if (v instanceof PyDict) return true;
  return typeOf(v).lookup("__getitem__") !== undefined;
}

/** `fmt % args` for a bytes-like format: the formatted bytes. */
export function bytesMod(fmt: Uint8Array, args: PyValue): Uint8Array {
  try {
    const out = percentFormat(
      latin1(fmt),
      args instanceof PyTuple ? { kind: "tuple", items: args.items } : { kind: "single", value: args, isMapping: isMappingArg(args) },
      bytesPercentHost,
    );
    return fromLatin1(out);
  } catch (e) {
    return rethrowPy(e);
  }
}
