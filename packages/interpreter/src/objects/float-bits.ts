/**
 * Bit-level double helpers shared by `float` methods and the `math`
 * module: `frexp`/`ldexp` (exact, incl. subnormals), `nextAfter`, `ulp`,
 * and `bigToFloatExact` (correctly rounded int → float, round-half-even).
 */

const buf = new DataView(new ArrayBuffer(8));

function bits(x: number): bigint {
  buf.setFloat64(0, x);
  return buf.getBigUint64(0);
}
function fromBits(b: bigint): number {
  buf.setBigUint64(0, b);
  return buf.getFloat64(0);
}

/** `[m, e]` with x = m * 2**e and 0.5 <= |m| < 1 (C frexp); zero/inf/nan give `[x, 0]`. */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = 0;
  let m = x;
  const a = Math.abs(m);
  if (a < 2.2250738585072014e-308) {
    m *= 2 ** 64; // normalise subnormals
    e -= 64;
  }
  const b = bits(m);
  const exp = Number((b >> 52n) & 0x7ffn);
  e += exp - 1022;
  m = fromBits((b & ~(0x7ffn << 52n)) | (1022n << 52n));
  return [m, e];
}

/** x * 2**e, exact unless the result over/underflows (C ldexp; round-half-even into subnormals). */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x) || e === 0) return x;
  const [m, me] = frexp(x);
  const t = me + e; // x * 2**e = m * 2**t, 0.5 <= |m| < 1
  if (t > 1024) return m * Infinity;
  if (t < -1080) return m * 0;
  return roundToSubnormal(m, t);
}

/** m * 2**t for 0.5 <= |m| < 1, correctly rounded into the subnormal range. */
function roundToSubnormal(m: number, t: number): number {
  if (t >= -1021) return m * 2 * 2 ** (t - 1);
  // value = m * 2**t = M * 2**(t-53) with M a 53-bit integer.
  const M = BigInt(m * 2 ** 53);
  const neg = M < 0n;
  const A = neg ? -M : M;
  const shift = BigInt(-1074 - (t - 53)); // bits to drop so the unit is 2**-1074
  let q = A >> shift;
  const rem = A - (q << shift);
  const half = 1n << (shift - 1n);
  if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  const v = Number(q) * 2 ** -1074;
  return neg ? -v : v;
}

/** C nextafter(x, y). */
export function nextAfter(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const b = bits(x);
  const up = y > x === x > 0;
  return fromBits(up ? b + 1n : b - 1n);
}

/** math.ulp(x). */
export function ulp(x: number): number {
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const next = nextAfter(x, Infinity);
  if (next === Infinity) return x - nextAfter(x, -Infinity);
  return next - x;
}

/** A bigint converted to the nearest double (round-half-even); ±Infinity when too large. */
export function bigToFloatExact(n: bigint): number {
  return Number(n); // ECMAScript Number(bigint) rounds to nearest, ties to even.
}

/** `n * 2**shift` rounded once to the nearest double (ties to even); n > 0. */
function scaleBig(n: bigint, shift: number): number {
  const L = n.toString(2).length;
  if (L > 60) {
    const drop = BigInt(L - 60);
    let t = n >> drop;
    if (t << drop !== n) t |= 1n; // sticky bit keeps the single rounding correct
    return ldexp(Number(t), shift + (L - 60));
  }
  return ldexp(Number(n), shift);
}

/**
 * x ** n for a finite nonzero double x and an integer 2 <= |n| <= 64,
 * correctly rounded (V8's Math.pow is not; glibc's pow, which CPython
 * uses, is correctly rounded in practice). Returns undefined when the
 * result is outside the normal range (callers fall back to Math.pow).
 */
export function powIntExact(x: number, n: number): number | undefined {
  const [m, e] = frexp(Math.abs(x));
  const M = BigInt(m * 2 ** 53);
  const E = e - 53; // |x| = M * 2**E
  const k = Math.abs(n);
  const P = M ** BigInt(k);
  let r: number;
  if (n > 0) r = scaleBig(P, E * k);
  else {
    const K = P.toString(2).length + 62;
    const num = 1n << BigInt(K);
    let q = num / P;
    if (q * P !== num) q |= 1n;
    r = scaleBig(q, -K - E * k);
  }
  if (!Number.isFinite(r) || Math.abs(r) < 2.2250738585072014e-308) return undefined;
  return x < 0 && k % 2 === 1 ? -r : r;
}
