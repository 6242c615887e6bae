/**
 * C3 linearization (https://www.python.org/download/releases/2.3/mro/),
 * with CPython's error message for inconsistent hierarchies.
 */

import type { PyType } from "./type.js";
import { typeError } from "./errors.js";

export function computeMro(cls: PyType, bases: readonly PyType[]): PyType[] {
  for (let i = 0; i < bases.length; i++) {
    const b = bases[i] as PyType;
    if (bases.indexOf(b) !== i) throw typeError(`duplicate base class ${b.name}`);
  }
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const out: PyType[] = [cls];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyType | undefined;
    for (const s of nonEmpty) {
      const head = s[0] as PyType;
      if (!nonEmpty.some((t) => t.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (cand === undefined) {
      const names = [...new Set(nonEmpty.map((s) => (s[0] as PyType).name))];
      throw typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${names.join(", ")}`);
    }
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}
