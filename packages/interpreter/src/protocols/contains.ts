/**
 * Membership (`item in container`): exact builtins first, then
 * `__contains__`, then iteration (which also covers `__getitem__` sequences).
 */

import type { PyValue } from "../objects/object.js";
import { typeOf } from "../objects/type.js";
import { PyList } from "../objects/list.js";
import { PyTuple } from "../objects/tuple.js";
import { PyDict, DictType } from "../objects/dict.js";
import { PySet, PySetBase } from "../objects/set.js";
import { typeError, typeName } from "../objects/errors.js";
import { eq } from "./compare.js";
import { callMethod1 } from "./call.js";
import { isTrue } from "./truth.js";
import { getIter, iterNext, isIterable } from "./iter.js";
import { isBmp, strValue } from "../objects/str-support.js";
import { strFind } from "../objects/str/str-search.js";

export function contains(container: PyValue, item: PyValue): boolean {
  if (container instanceof PyDict && container.cls === DictType) return container.has(item);
  if (typeof container === "string") {
    // One BMP, non-surrogate character (`ch in "+-*/"`): it cannot match half of an astral pair.
    if (typeof item === "string" && item.length === 1 && (item.charCodeAt(0) & 0xf800) !== 0xd800) return container.indexOf(item) >= 0;
    const s = strValue(item);
    if (s === undefined) throw typeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
    // A needle without surrogates cannot match half of an astral character; one with them may (CPython does not match there).
    return isBmp(s) ? container.includes(s) : strFind(container, s) >= 0;
  }
  if (typeof container === "object" && container.cls.isImmutable) {
    if (container instanceof PyDict) return container.has(item);
    // A set item takes set.__contains__'s frozenset retry below.
    if (container instanceof PySetBase && !(item instanceof PySet)) return container.table.has(item);
    if (container instanceof PyList || container instanceof PyTuple) return arrayContains(container.items, item);
  }
  const f = typeOf(container).lookup("__contains__");
  if (f !== undefined) return isTrue(callMethod1(f, container, item));
  if (!isIterable(container)) throw typeError(`argument of type '${typeName(container)}' is not iterable`);
  const it = getIter(container);
  for (;;) {
    const v = iterNext(it);
    if (v === undefined) return false;
    if (eq(v, item)) return true;
  }
}

export function arrayContains(items: readonly PyValue[], item: PyValue): boolean {
  if (typeof item === "number" || typeof item === "string") {
    // A different int (str) never equals an int (str); other kinds of element may (True, 1.0, __eq__).
    const t = typeof item;
    for (let i = 0; i < items.length; i++) {
      const v = items[i] as PyValue;
      if (v === item || (typeof v !== t && eq(v, item))) return true;
    }
    return false;
  }
  for (let i = 0; i < items.length; i++) if (eq(items[i] as PyValue, item)) return true;
  return false;
}
