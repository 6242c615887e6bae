/**
 * Python-visible methods of the native iterator types: `__iter__` (returns
 * self), `__next__` (raises StopIteration at exhaustion — the only place a
 * native iterator's end becomes an exception) and `__length_hint__`.
 * Installed on every iterator type of objects/iterators.ts and
 * objects/builtin-iterators.ts; other areas call `installIteratorMethods`
 * for their own `PyNativeIterator` types.
 */

import type { PyValue } from "./object.js";
import type { PyType } from "./type.js";
import { defineMethod } from "./builtin-function.js";
import { PyNativeIterator } from "./iterators.js";
import * as It from "./iterators.js";
import { EnumerateType, ZipType, MapType, FilterType, ReversedType } from "./builtin-iterators.js";
import { typeError, typeName, stopIteration } from "./errors.js";

function native(self: PyValue, t: PyType): PyNativeIterator {
  if (!(self instanceof PyNativeIterator)) {
    throw typeError(`descriptor '__next__' for '${t.name}' objects doesn't apply to a '${typeName(self)}' object`);
  }
  return self;
}

/** Install `__iter__`, `__next__` and `__length_hint__` on a `PyNativeIterator` type. */
export function installIteratorMethods(t: PyType, lengthHint = true): void {
  defineMethod(t, "__iter__", (self) => self);
  defineMethod(t, "__next__", (self) => {
    const v = native(self, t).next();
    if (v === undefined) throw stopIteration();
    return v;
  });
  if (lengthHint && !t.attrs.has("__length_hint__")) {
    defineMethod(t, "__length_hint__", (self) => Math.max(0, native(self, t).lengthHint()));
  }
}

for (const t of [
  It.ListIteratorType, It.ListReverseIteratorType, It.TupleIteratorType, It.StrIteratorType, It.StrAsciiIteratorType,
  It.RangeIteratorType, It.LongRangeIteratorType, It.DictKeyIteratorType, It.DictValueIteratorType,
  It.DictItemIteratorType, It.DictReverseKeyIteratorType, It.DictReverseValueIteratorType,
  It.DictReverseItemIteratorType, It.SetIteratorType, It.SeqIteratorType,
]) {
  installIteratorMethods(t);
}
for (const t of [EnumerateType, ZipType, MapType, FilterType, It.CallableIteratorType]) installIteratorMethods(t, false);
installIteratorMethods(ReversedType);
