/**
 * Methods of the singleton types `NoneType`, `NotImplementedType` and
 * `ellipsis`: their reprs (`None`, `NotImplemented`, `Ellipsis`) and a
 * `__new__` that returns the one instance and takes no arguments, as
 * CPython's `none_new`/`notimplemented_new`/`ellipsis_new`.
 */

import type { PyValue } from "./object.js";
import { None, NoneType, NotImplemented, NotImplementedType, Ellipsis, EllipsisType } from "./singletons.js";
import type { PyType } from "./type.js";
import { defineMethod, defineNew } from "./builtin-function.js";
import { typeError } from "./errors.js";

function defineSingleton(type: PyType, value: PyValue, text: string): void {
  defineNew(type, (args, kwnames) => {
    if (args.length > 1 || (kwnames !== null && kwnames.length > 0)) throw typeError(`${type.name} takes no arguments`);
    return value;
  });
  defineMethod(type, "__repr__", () => text);
}

defineSingleton(NoneType, None, "None");
defineSingleton(NotImplementedType, NotImplemented, "NotImplemented");
defineSingleton(EllipsisType, Ellipsis, "Ellipsis");
defineMethod(NoneType, "__bool__", () => false);
