/**
 * `dump(node)` prints an AST exactly like CPython 3.11's `ast.dump`,
 * including its `include_attributes` and `indent` options, so parser output
 * can be compared textually with `python3 -c "ast.dump(...)"`. The walk is
 * driven by the field table in `node-fields.ts`; optional fields that are
 * null are omitted, as CPython does for fields whose class default is None.
 */
import { NODE_FIELDS, UNLOCATED_TYPES } from "./node-fields.js";
import type { ConstantValue, Node } from "./nodes.js";
import { reprConstant, reprStr } from "./repr.js";

export interface DumpOptions {
  includeAttributes?: boolean;
  annotateFields?: boolean;
  /** Pretty-print with this indent (a count of spaces or a string). */
  indent?: number | string | null;
}

const ATTRIBUTES = ["lineno", "col_offset", "end_lineno", "end_col_offset"] as const;

export function dump(node: Node, options: DumpOptions = {}): string {
  const includeAttributes = options.includeAttributes ?? false;
  const annotate = options.annotateFields ?? true;
  const indent = typeof options.indent === "number" ? " ".repeat(options.indent) : (options.indent ?? null);

  const fmt = (value: unknown, level: number, kind: string): [string, boolean] => {
    let prefix = "";
    let sep = ", ";
    if (indent !== null) {
      level += 1;
      prefix = "\n" + indent.repeat(level);
      sep = ",\n" + indent.repeat(level);
    }
    if (Array.isArray(value)) {
      if (value.length === 0) return ["[]", true];
      const itemKind = kind === "ops" ? "op" : kind === "idents" ? "ident" : "node";
      return [`[${prefix}${value.map((v: unknown) => fmt(v, level, itemKind)[0]).join(sep)}]`, false];
    }
    if (value === null) return ["None", true];
    switch (kind) {
      case "op": return [`${String(value)}()`, true];
      case "ident":
      case "ident?": return [reprStr(String(value)), true];
      case "int": return [String(value), true];
      case "constant": return [reprConstant(value as ConstantValue), true];
    }
    const n = value as Node;
    const rec = n as unknown as Record<string, unknown>;
    const args: string[] = [];
    let allSimple = true;
    let keywords = annotate;
    for (const [name, fkind, prop] of NODE_FIELDS[n.type]) {
      const v = rec[prop ?? name];
      if (v === null && (fkind === "node?" || fkind === "ident?")) {
        keywords = true;
        continue;
      }
      const [s, simple] = fmt(v, level, fkind);
      allSimple = allSimple && simple;
      args.push(keywords ? `${name}=${s}` : s);
    }
    if (includeAttributes && !UNLOCATED_TYPES.has(n.type)) {
      for (const name of ATTRIBUTES) {
        args.push(`${name}=${String(rec[name])}`);
      }
    }
    if (allSimple && args.length <= 3) return [`${n.type}(${args.join(", ")})`, args.length === 0];
    return [`${n.type}(${prefix}${args.join(sep)})`, false];
  };
  return fmt(node, 0, "node")[0];
}
