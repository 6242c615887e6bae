/**
 * CPython 3.11's `vector_norm` (Modules/mathmodule.c's algorithm: scale by
 * the largest magnitude, sum squares in double-length arithmetic, one
 * correction step after the square root): `math.hypot`/`math.dist`, and
 * `hypot2` for `abs(complex)` (glibc's hypot agrees with it on ~99.5% of
 * inputs, V8's Math.hypot on ~2/3).
 */
import { frexp, ldexp } from "../objects/float-bits.js";

function dlSplit(x: number): [number, number] {
  const t = x * 134217729.0;
  const hi = t - (t - x);
  return [hi, x - hi];
}
function dlMul(x: number, y: number): [number, number] {
  const [xh, xl] = dlSplit(x);
  const [yh, yl] = dlSplit(y);
  const p = xh * yh;
  const q = xh * yl + xl * yh;
  const z = p + q;
  const zz = p - z + q + xl * yl;
  return [z, zz];
}

/** CPython 3.11 vector_norm (|vec| with about one rounding). */
export function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  const n = vec.length;
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || n <= 1) return max;
  const maxE = frexp(max)[1];
  if (maxE < -1023) {
    const DBL_MIN = 2.2250738585072014e-308;
    return DBL_MIN * vectorNorm(vec.map((v) => v / DBL_MIN), max / DBL_MIN, foundNan);
  }
  const scale = ldexp(1.0, -maxE);
  let csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (let i = 0; i < n; i++) {
    const x = (vec[i] as number) * scale;
    const [ph, pl] = dlMul(x, x);
    const s = csum + ph;
    const sl = ph - (s - csum);
    csum = s;
    frac1 += pl;
    frac2 += sl;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  const [ph, pl] = dlMul(-h, h);
  const s = csum + ph;
  const sl = ph - (s - csum);
  csum = s;
  frac1 += pl;
  frac2 += sl;
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

/** sqrt(x² + y²) with vector_norm's rounding; inf if either is infinite, else nan if either is nan. */
export function hypot2(x: number, y: number): number {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  if (ax === Infinity || ay === Infinity) return Infinity;
  if (ax !== ax || ay !== ay) return NaN;
  return vectorNorm([ax, ay], ax > ay ? ax : ay, false);
}
