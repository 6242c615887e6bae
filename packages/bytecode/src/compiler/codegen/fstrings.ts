/**
 * f-strings. The parser has already split an f-string into a JoinedStr of
 * string constants and FormattedValue fields; each field compiles to
 * `<value>; [<spec>]; FORMAT_VALUE flags` (conversion in the low two bits,
 * 0x04 when a spec is on the stack) and the pieces are joined with
 * BUILD_STRING n. Very long f-strings use `''.join([...])` to bound the
 * stack, as CPython does.
 */
import { FORMAT_VALUE_FLAGS } from "../../opcodes/opcodes.def.js";
import { Op } from "../../opcodes/generated/opcodes.js";
import type * as ast from "../ast.js";
import type { Compiler } from "./compiler.js";
import { expr } from "./expressions.js";

const STACK_USE_GUIDELINE = 30;

export function joinedStr(c: Compiler, e: ast.JoinedStr): void {
  const n = e.values.length;
  if (n > STACK_USE_GUIDELINE) {
    c.loadConst({ kind: "str", value: "" });
    c.emit(Op.LOAD_METHOD, c.u.addName("join"));
    c.emit(Op.BUILD_LIST, 0);
    for (const v of e.values) {
      expr(c, v);
      c.emit(Op.LIST_APPEND, 1);
    }
    c.emit(Op.CALL, 1);
    return;
  }
  for (const v of e.values) expr(c, v);
  if (n !== 1) c.emit(Op.BUILD_STRING, n);
}

export function formattedValue(c: Compiler, e: ast.FormattedValue): void {
  expr(c, e.value);
  let flags: number;
  switch (e.conversion) {
    case 0x73: // 's'
      flags = FORMAT_VALUE_FLAGS.STR;
      break;
    case 0x72: // 'r'
      flags = FORMAT_VALUE_FLAGS.REPR;
      break;
    case 0x61: // 'a'
      flags = FORMAT_VALUE_FLAGS.ASCII;
      break;
    default:
      flags = FORMAT_VALUE_FLAGS.NONE;
  }
  if (e.format_spec !== null) {
    expr(c, e.format_spec);
    flags |= FORMAT_VALUE_FLAGS.HAVE_SPEC;
  }
  c.emit(Op.FORMAT_VALUE, flags);
}
