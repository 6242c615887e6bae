/**
 * `sep.join(items)` once the iterable is an array of items: the method table
 * (str-type.ts) and the JIT's `join` kernel (str-kernels.ts) share it.
 *
 * https://docs.python.org/3.11/library/stdtypes.html#str.join
 */

import type { PyValue } from "../object.js";
import { typeError, typeName } from "../errors.js";
import { strValue } from "../str-support.js";
import { strJoin } from "./str-split.js";

/** Join `items` (each must be a str or str subclass instance: else CPython's TypeError naming the first offender). */
export function joinItems(sep: string, items: readonly PyValue[]): string {
  // Usually every item is an exact str: join the array as it is.
  for (let i = 0; i < items.length; i++) {
    if (typeof items[i] === "string") continue;
    const parts = items.map((x, j) => {
      const t = strValue(x);
      if (t === undefined) throw typeError(`sequence item ${j}: expected str instance, ${typeName(x)} found`);
      return t;
    });
    return strJoin(sep, parts);
  }
  return strJoin(sep, items as readonly string[]);
}
