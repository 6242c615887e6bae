/**
 * Elementary functions that give the same bits as CPython on glibc.
 *
 * CPython's `math` calls the platform libm. glibc's `exp`, `log`, `log2`,
 * `pow`, `exp2`, `sin`, `cos`, `tan`, `asin`, `acos`, `atan` and `atan2` are
 * correctly rounded in practice (no misrounded `exp`/`log`/`asin`/`acos`/
 * `atan` in our sweeps; ~0.1% for sin/cos/tan/atan2/exp2/pow, where pyvm then
 * differs), so here they are computed in double-double arithmetic (~2^-100
 * relative error) and rounded once, which gives the correctly rounded
 * result. sin/cos first try a cheaper evaluation and keep it when a rounding
 * test proves it (Ziv's strategy). Trigonometric arguments are reduced
 * modulo pi/2 with a three-piece pi/2 (Cody-Waite) below 2^20 * pi/2 and
 * with 1200 bits of 2/pi (Payne-Hanek, BigInt) above. glibc's hyperbolic functions, `log10`,
 * `erf`/`erfc` are Sun fdlibm's algorithms calling those correctly rounded
 * `exp`/`log`; they are reimplemented from the published algorithms with the
 * same operation order, so the rounding errors are the same. `cbrt` is
 * glibc's own (a polynomial start, one rational correction step, scaling by
 * 2^(k/3)), whose last bit is often off (`cbrt(27) == 3.0000000000000004`).
 * V8's `Math.*` are fdlibm ports whose `exp`/`log`/`pow` differ from glibc in
 * the last bit on a few percent of inputs.
 *
 * Double-double numbers are kept as pairs (hi, lo), |lo| <= ulp(hi)/2; the
 * helpers return the low part through a module-level register (`LO.v`) to avoid
 * allocating.
 */

// ---- double-double kernels ------------------------------------------------------------

const SPLIT = 134217729; // 2^27 + 1 (Veltkamp)

/**
 * Low part register of the last dd operation: a field of one object (updated
 * in place), because a module-level `let` holding a double is re-boxed, and
 * allocates, on every write.
 */
const LO = { v: 0 };

/** a + b exactly: returns the sum, error in LO.v. */
function twoSum(a: number, b: number): number {
  const s = a + b;
  const bb = s - a;
  LO.v = a - (s - bb) + (b - bb);
  return s;
}

/** a * b exactly: returns the product, error in LO.v. */
function twoProd(a: number, b: number): number {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  LO.v = ah * bh - p + ah * bl + al * bh + al * bl;
  return p;
}

/** (ah, al) * (bh, bl). */
function ddMul(ah: number, al: number, bh: number, bl: number): number {
  const p = twoProd(ah, bh);
  const e = LO.v + (ah * bl + al * bh);
  const s = p + e;
  LO.v = e - (s - p);
  return s;
}

/** (ah, al) + (bh, bl). */
function ddAdd(ah: number, al: number, bh: number, bl: number): number {
  const s = twoSum(ah, bh);
  const e = LO.v + al + bl;
  const r = s + e;
  LO.v = e - (r - s);
  return r;
}

/** (ah, al) / (bh, bl). */
function ddDiv(ah: number, al: number, bh: number, bl: number): number {
  const q1 = ah / bh;
  // r = a - q1 * b
  let p = twoProd(q1, bh);
  let pl = LO.v + q1 * bl;
  const r = ddAdd(ah, al, -p, -pl);
  const rlo = LO.v;
  const q2 = r / bh;
  p = twoProd(q2, bh);
  pl = LO.v + q2 * bl;
  const r2 = ddAdd(r, rlo, -p, -pl);
  const q3 = r2 / bh;
  const s = twoSum(q1, q2);
  const e = LO.v + q3;
  const out = s + e;
  LO.v = e - (out - s);
  return out;
}

const LN2_HI = 0.6931471805599453; // 0x3FE62E42FEFA39EF
const LN2_LO = 2.3190468138462996e-17; // 0x3C7ABC9E3B39803F

/** exp(r) - 1 for a dd |r| <= ~0.011 (Taylor; dd Horner for the leading terms). */
function expm1Small(rh: number, rlo: number): number {
  // Terms 1/7! .. 1/13! in double: their contribution is below 2^-55 relative.
  const r = rh;
  let t = 1 / 6227020800;
  t = t * r + 1 / 479001600;
  t = t * r + 1 / 39916800;
  t = t * r + 1 / 3628800;
  t = t * r + 1 / 362880;
  t = t * r + 1 / 40320;
  t = t * r + 1 / 5040;
  // dd Horner for 1/6! .. 1/1!
  let h = t, l = 0;
  for (let i = 0; i < 6; i++) {
    h = ddMul(h, l, rh, rlo);
    l = LO.v;
    h = ddAdd(h, l, INV_FACT_HI[i] as number, INV_FACT_LO[i] as number);
    l = LO.v;
  }
  // (... ) * r
  h = ddMul(h, l, rh, rlo);
  return h; // low part in LO.v
}

/** 1/6!, 1/5!, ..., 1/1! as dd. */
const INV_FACT_HI: number[] = [];
const INV_FACT_LO: number[] = [];
for (let n = 6; n >= 1; n--) {
  let f = 1;
  for (let k = 2; k <= n; k++) f *= k;
  const h = ddDiv(1, 0, f, 0);
  INV_FACT_HI.push(h);
  INV_FACT_LO.push(LO.v);
}

/** exp(a) for a dd |a| <= 0.75 by Taylor series (table set-up only). */
function expDDSlow(ah: number, al: number): number {
  let sh = 1, sl = 0, th = 1, tl = 0;
  for (let n = 1; n < 40; n++) {
    th = ddMul(th, tl, ah, al);
    tl = LO.v;
    th = ddDiv(th, tl, n, 0);
    tl = LO.v;
    sh = ddAdd(sh, sl, th, tl);
    sl = LO.v;
  }
  LO.v = sl;
  return sh;
}

const TBL_N = 32;
/** 2^(j/32) as dd, j = 0..31. */
const EXP_TBL_HI = new Float64Array(TBL_N);
const EXP_TBL_LO = new Float64Array(TBL_N);
let expTableReady = false;
function initExpTable(): void {
  for (let j = 0; j < TBL_N; j++) {
    // j * ln2 / 32 as dd
    const h = twoProd(j / TBL_N, LN2_HI);
    const l = LO.v + (j / TBL_N) * LN2_LO;
    EXP_TBL_HI[j] = expDDSlow(h, l);
    EXP_TBL_LO[j] = LO.v;
  }
  expTableReady = true;
}

// ln2/32 in three parts; C1 has 32 significant bits so k * C1 is exact for |k| < 2^21.
const L2_32 = LN2_HI / TBL_N;
const C1 = Math.fround(L2_32) === L2_32 ? L2_32 : splitHigh(L2_32, 32);
const C2 = splitHigh(L2_32 - C1 + LN2_LO / TBL_N, 32);
const C3 = ((LN2_HI - C1 * TBL_N - C2 * TBL_N) + LN2_LO) / TBL_N;

function splitHigh(x: number, bits: number): number {
  const e = Math.floor(Math.log2(Math.abs(x)));
  const q = 2 ** (bits - 1 - e);
  return Math.round(x * q) / q;
}

/** Binary exponent scaling result of `expDD`. */
let expScale = 0;

/**
 * exp(xh + xl) = (hi + LO.v) * 2^expScale with ~2^-100 relative error, for
 * |x| < 1100 (callers handle overflow/underflow ranges).
 */
function expDD(xh: number, xl: number): number {
  if (!expTableReady) initExpTable();
  const k = Math.round((xh * TBL_N) / LN2_HI);
  // r = x - k*C1 - k*C2 - k*C3 in dd
  let rh = twoSum(xh, -k * C1);
  let rlo = LO.v + xl;
  const p = twoProd(k, C2);
  const pl = LO.v + k * C3;
  rh = ddAdd(rh, rlo, -p, -pl);
  rlo = LO.v;
  const em = expm1Small(rh, rlo);
  const eml = LO.v;
  const j = ((k % TBL_N) + TBL_N) % TBL_N;
  const th = EXP_TBL_HI[j] as number, tl = EXP_TBL_LO[j] as number;
  // t * (1 + em) = t + t*em
  const q = ddMul(th, tl, em, eml);
  const r = ddAdd(th, tl, q, LO.v);
  expScale = (k - j) / TBL_N;
  return r;
}

/** 2^e for an integer -1122 <= e <= 1023, built from its bits (no Math.pow). */
function pow2(e: number): number {
  if (e < -1022) return pow2(e + 100) * 7.888609052210118e-31; // * 2^-100
  U32[0] = 0;
  U32[HI] = (e + 1023) << 20;
  return F64[0] as number;
}

/** Round (h + l) * 2^e to double, correctly (including the subnormal range). */
function scaleRound(h: number, l: number, e: number): number {
  if (h === 0) return 0;
  const he = ((highWord(h) >>> 20) & 0x7ff) - 1023;
  if (he + e >= -1022) {
    // normal: h is already h + l rounded (|l| <= ulp/2); scaling is exact
    if (e > 1000) return h * pow2(1000) * pow2(e - 1000);
    if (e < -1000) return h * pow2(-1000) * pow2(e + 1000);
    return h * pow2(e);
  }
  // subnormal: round (h + l) * 2^(e + 1074) to an integer, then scale by 2^-1074
  const sc = e + 1074;
  const m = h * 2 ** sc, ml = l * 2 ** sc; // exact scalings
  let n = Math.round(m);
  const d = m - n + ml; // ties (d = ±0.5) go to even below
  if (d > 0.5 || (d === 0.5 && n % 2 !== 0)) n += 1;
  else if (d < -0.5 || (d === -0.5 && n % 2 !== 0)) n -= 1;
  return n * 5e-324;
}

/** Correctly rounded exp. */
export function exp(x: number): number {
  if (x !== x) return x;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  if (Math.abs(x) < 1.1102230246251565e-16) return 1 + x;
  const h = expDD(x, 0);
  return scaleRound(h, LO.v, expScale);
}

/** Correctly rounded 2^x. */
export function exp2(x: number): number {
  if (x !== x) return x;
  if (x >= 1024) return Infinity;
  if (x < -1075) return 0;
  const k = Math.round(x);
  const f = x - k; // exact
  if (f === 0) return 2 ** k;
  const h = twoProd(f, LN2_HI);
  const l = LO.v + f * LN2_LO;
  const r = expDD(h, l);
  return scaleRound(r, LO.v, expScale + k);
}

// ---- log ---------------------------------------------------------------------------------

/** log(x) as dd for finite x > 0 (~2^-100 relative error). */
function logDD(x: number): number {
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 2 ** 54;
    e = -54;
  }
  // m in [sqrt(1/2), sqrt(2))
  let ex = exponentOf(x);
  let m = x * pow2(-ex);
  if (m > Math.SQRT2) {
    m /= 2;
    ex += 1;
  }
  e += ex;
  const t = m - 1; // exact (Sterbenz)
  let yh: number, yl: number;
  if (Math.abs(t) < 0.03125) {
    // log(1+t) = 2 atanh(s), s = t / (2 + t)
    const sh = ddDiv(t, 0, 2 + t, 0 + (2 - (2 + t) + t));
    const sl = LO.v;
    const s2 = ddMul(sh, sl, sh, sl);
    const s2l = LO.v;
    // 2*(s + s^3/3 + s^5/5 + ...): tail in double
    const z = s2;
    let p = 1 / 21;
    p = p * z + 1 / 19;
    p = p * z + 1 / 17;
    p = p * z + 1 / 15;
    p = p * z + 1 / 13;
    p = p * z + 1 / 11;
    p = p * z + 1 / 9;
    // dd Horner for 1/7, 1/5, 1/3, 1
    let h = p, l = 0;
    for (let i = 0; i < 4; i++) {
      h = ddMul(h, l, s2, s2l);
      l = LO.v;
      h = ddAdd(h, l, ODD_INV_HI[i] as number, ODD_INV_LO[i] as number);
      l = LO.v;
    }
    h = ddMul(h, l, sh, sl);
    yh = h * 2;
    yl = LO.v * 2;
  } else {
    // one Newton step on y0 = log(m): y = y0 + (m * exp(-y0) - 1) - (..)^2/2
    const y0 = Math.log(m);
    const eh = expDD(-y0, 0);
    const el = LO.v;
    const sc = 2 ** expScale;
    const ph = twoProd(m, eh * sc);
    const pl = LO.v + m * el * sc;
    const d = ddAdd(ph, pl, -1, 0);
    const dl = LO.v;
    yh = ddAdd(y0, 0, d, dl - (d * d) / 2);
    yl = LO.v;
  }
  if (e === 0) {
    LO.v = yl;
    return yh;
  }
  const kh = twoProd(e, LN2_HI);
  const kl = LO.v + e * LN2_LO;
  return ddAdd(kh, kl, yh, yl);
}

/** 1/7, 1/5, 1/3, 1 as dd. */
const ODD_INV_HI: number[] = [];
const ODD_INV_LO: number[] = [];
for (const n of [7, 5, 3, 1]) {
  ODD_INV_HI.push(ddDiv(1, 0, n, 0));
  ODD_INV_LO.push(LO.v);
}

/** Correctly rounded natural log. */
export function log(x: number): number {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? x : NaN;
  if (x === 1) return 0;
  const h = logDD(x);
  return h + LO.v;
}

const INV_LN2_HI = 1.4426950408889634; // 0x3FF71547652B82FE
const INV_LN2_LO = 2.0355273740931033e-17; // 0x3C7777D0FFDA0D24

/** Correctly rounded log2. */
export function log2(x: number): number {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? x : NaN;
  // exact powers of two
  if (x >= 2.2250738585072014e-308) {
    const e = exponentOf(x);
    if (pow2(e) === x) return e;
  }
  const h = logDD(x);
  const r = ddMul(h, LO.v, INV_LN2_HI, INV_LN2_LO);
  return r + LO.v;
}

/** glibc's log10 (fdlibm's formula over the correctly rounded log). */
export function log10(x: number): number {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? x : NaN;
  const IVLN10 = 4.34294481903251816668e-1;
  const LOG10_2HI = 3.01029995663611771306e-1;
  const LOG10_2LO = 3.69423907715893078616e-13;
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    k -= 54;
    x *= 18014398509481984;
  }
  const hx = highWord(x);
  k += (hx >> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  const nhx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  const m = withHighWord(x, nhx);
  const z = y * LOG10_2LO + IVLN10 * log(m);
  return z + y * LOG10_2HI;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HI = 1; // little-endian
function highWord(x: number): number {
  F64[0] = x;
  return U32[HI] as number;
}
function withHighWord(x: number, hi: number): number {
  F64[0] = x;
  U32[HI] = hi >>> 0;
  return F64[0] as number;
}
function withLowWordZero(x: number): number {
  F64[0] = x;
  U32[0] = 0;
  return F64[0] as number;
}

// ---- pow ---------------------------------------------------------------------------------

/**
 * Correctly rounded x**y for finite x > 0 and finite y (the callers handle
 * signs, zeros, infinities and NaNs). Overflow gives Infinity, underflow 0.
 */
export function powPositive(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x);
  const lh = logDD(x);
  const ll = LO.v;
  const ph = twoProd(lh, y);
  const pl = LO.v + ll * y;
  if (ph > 709.8) return Infinity;
  if (ph < -745.2) return 0;
  const s = ph + pl;
  const sl = pl - (s - ph);
  const r = expDD(s, sl);
  return scaleRound(r, LO.v, expScale);
}

// ---- hyperbolic (fdlibm formulas, glibc's exp/expm1/log/log1p) -------------------------------

const expm1 = Math.expm1; // fdlibm expm1, as glibc's s_expm1.c
const log1p = Math.log1p; // fdlibm log1p, as glibc's s_log1p.c

export function sinh(x: number): number {
  if (!Number.isFinite(x)) return x;
  const h = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ax < 22) {
    if (ax < 3.725290298461914e-9) return x;
    const t = expm1(ax);
    if (ax < 1) return h * (2 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ax < 709.7822265625) return h * exp(ax); // 0x40862E42 high word
  if (ax <= 710.4758600739439) {
    const w = exp(0.5 * ax);
    const t = h * w;
    return t * w;
  }
  return x * 1.0e307 * 1.0e307;
}

export function cosh(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax === Infinity) return Infinity;
  if (ax < 22) {
    if (ax < 0.3465735902799726) {
      // 0x3fd62e43 high word
      if (ax < 5.551115123125783e-17) return 1;
      const t = expm1(ax);
      const w = 1 + t;
      return 1 + (t * t) / (w + w);
    }
    const t = exp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ax < 709.7822265625) return 0.5 * exp(ax);
  if (ax <= 710.4758600739439) {
    const w = exp(0.5 * ax);
    const t = 0.5 * w;
    return t * w;
  }
  return Infinity;
}

export function tanh(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  const ax = Math.abs(x);
  let z: number;
  if (ax < 22) {
    if (ax === 0) return x;
    if (ax < 2.7755575615628914e-17) return x * (1 + x);
    if (ax >= 1) {
      const t = expm1(2 * ax);
      z = 1 - 2 / (t + 2);
    } else {
      const t = expm1(-2 * ax);
      z = -t / (t + 2);
    }
  } else {
    z = 1 - 1e-300;
  }
  return x >= 0 ? z : -z;
}

export function asinh(x: number): number {
  if (!Number.isFinite(x)) return x;
  const ax = Math.abs(x);
  if (ax < 3.725290298461914e-9) return x;
  let w: number;
  if (ax > 268435456) w = log(ax) + LN2_HI;
  else if (ax > 2) w = log(2 * ax + 1 / (Math.sqrt(x * x + 1) + ax));
  else {
    const t = x * x;
    w = log1p(ax + t / (1 + Math.sqrt(1 + t)));
  }
  return x > 0 ? w : -w;
}

export function acosh(x: number): number {
  if (x !== x || x < 1) return NaN;
  if (x >= 268435456) {
    if (x === Infinity) return x;
    return log(x) + LN2_HI;
  }
  if (x === 1) return 0;
  if (x > 2) {
    const t = x * x;
    return log(2 * x - 1 / (x + Math.sqrt(t - 1)));
  }
  const t = x - 1;
  return log1p(t + Math.sqrt(2 * t + t * t));
}

export function atanh(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 3.725290298461914e-9) return x;
    t = xa + xa;
    t = 0.5 * log1p(t + (t * xa) / (1 - xa));
  } else if (xa < 1) {
    t = 0.5 * log1p((xa + xa) / (1 - xa));
  } else if (xa === 1) {
    t = Infinity;
  } else {
    return NaN;
  }
  return x < 0 ? -t : t;
}

// ---- cbrt (glibc's algorithm) --------------------------------------------------------------

const CBRT2 = 1.2599210498948731648;
const SQR_CBRT2 = 1.5874010519681994748;
const CBRT_FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const ax = Math.abs(x);
  // frexp: ax = xm * 2^xe, xm in [0.5, 1)
  let xe: number, xm: number;
  if (ax < 2.2250738585072014e-308) {
    const sx = ax * 18014398509481984; // 2^54
    xe = exponentOf(sx) + 1 - 54;
    xm = sx * pow2(-(xe + 54));
  } else {
    xe = exponentOf(ax) + 1;
    xm = ax * pow2(-xe);
  }
  const u =
    0.354895765043919860 +
    (1.50819193781584896 +
      (-2.11499494167371287 + (2.44693122563534430 + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) *
        xm) *
      xm;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * (CBRT_FACTOR[2 + (xe % 3)] as number);
  const q = (xe - (xe % 3)) / 3;
  const r = ldexpExact(ym, q);
  return x < 0 ? -r : r;
}

function ldexpExact(x: number, e: number): number {
  if (e > 1000) return x * pow2(1000) * pow2(e - 1000);
  if (e < -1000) return x * pow2(-1000) * pow2(e + 1000);
  return x * pow2(e);
}

/** Unbiased binary exponent of a normal double. */
function exponentOf(x: number): number {
  return ((highWord(x) >>> 20) & 0x7ff) - 1023;
}

// ---- erf / erfc (fdlibm, glibc's evaluation order) -----------------------------------------

const ERX = 8.45062911510467529297e-1;
const EFX = 1.28379167095512586316e-1;
const EFX8 = 1.02703333676410069053;
const PP = [1.28379167095512558561e-1, -3.25042107247001499370e-1, -2.84817495755985104766e-2, -5.77027029648944159157e-3, -2.37630166566501626084e-5];
const QQ = [0, 3.97917223959155352819e-1, 6.50222499887672944485e-2, 5.08130628187576562776e-3, 1.32494738004321644526e-4, -3.96022827877536812320e-6];
const PA = [-2.36211856075265944077e-3, 4.14856118683748331666e-1, -3.72207876035701323847e-1, 3.18346619901161753674e-1, -1.10894694282396677476e-1, 3.54783043256182359371e-2, -2.16637559486879084300e-3];
const QA = [0, 1.06420880400844228286e-1, 5.40397917702171048937e-1, 7.18286544141962662868e-2, 1.26171219808761642112e-1, 1.36370839120290507362e-2, 1.19844998467991074170e-2];
const RA = [-9.86494403484714822705e-3, -6.93858572707181764372e-1, -1.05586262253232909814e1, -6.23753324503260060396e1, -1.62396669462573470355e2, -1.84605092906711035994e2, -8.12874355063065934246e1, -9.81432934416914548592];
const SA = [0, 1.96512716674392571292e1, 1.37657754143519042600e2, 4.34565877475229228821e2, 6.45387271733267880336e2, 4.29008140027567833386e2, 1.08635005541779435134e2, 6.57024977031928170135, -6.04244152148580987438e-2];
const RB = [-9.86494292470009928597e-3, -7.99283237680523006574e-1, -1.77579549177547519889e1, -1.60636384855821916062e2, -6.37566443368389627722e2, -1.02509513161107724954e3, -4.83519191608651397019e2];
const SB = [0, 3.03380607434824582924e1, 3.25792512996573918826e2, 1.53672958608443695994e3, 3.19985821950859553908e3, 2.55305040643316442583e3, 4.74528541206955367215e2, -2.24409524465858183362e1];

function c(a: number[], i: number): number {
  return a[i] as number;
}

/** P/Q on [0, 0.84375): erf(x) = x + x * (P/Q)(x^2). */
function erfSmallRatio(z: number): number {
  const r1 = c(PP, 0) + z * c(PP, 1);
  const z2 = z * z;
  const r2 = c(PP, 2) + z * c(PP, 3);
  const z4 = z2 * z2;
  const s1 = 1 + z * c(QQ, 1);
  const s2 = c(QQ, 2) + z * c(QQ, 3);
  const s3 = c(QQ, 4) + z * c(QQ, 5);
  const r = r1 + z2 * r2 + z4 * c(PP, 4);
  const s = s1 + z2 * s2 + z4 * s3;
  return r / s;
}

/** P/Q on [0.84375, 1.25), s = |x| - 1. */
function erfMidRatio(s: number): { p: number; q: number } {
  const P1 = c(PA, 0) + s * c(PA, 1);
  const s2 = s * s;
  const Q1 = 1 + s * c(QA, 1);
  const s4 = s2 * s2;
  const P2 = c(PA, 2) + s * c(PA, 3);
  const s6 = s4 * s2;
  const Q2 = c(QA, 2) + s * c(QA, 3);
  const P3 = c(PA, 4) + s * c(PA, 5);
  const Q3 = c(QA, 4) + s * c(QA, 5);
  const P4 = c(PA, 6);
  const Q4 = c(QA, 6);
  return { p: P1 + s2 * P2 + s4 * P3 + s6 * P4, q: Q1 + s2 * Q2 + s4 * Q3 + s6 * Q4 };
}

/** exp(-x*x - 0.5625) * exp(R/S) / |x| for |x| >= 1.25 (the erfc tail). */
function erfcTail(ax: number): number {
  const s = 1 / (ax * ax);
  let R: number, S: number;
  if (ax < 2.857142857142857) {
    // 1/0.35
    const R1 = c(RA, 0) + s * c(RA, 1);
    const s2 = s * s;
    const S1 = 1 + s * c(SA, 1);
    const s4 = s2 * s2;
    const R2 = c(RA, 2) + s * c(RA, 3);
    const s6 = s4 * s2;
    const S2 = c(SA, 2) + s * c(SA, 3);
    const s8 = s4 * s4;
    const R3 = c(RA, 4) + s * c(RA, 5);
    const S3 = c(SA, 4) + s * c(SA, 5);
    const R4 = c(RA, 6) + s * c(RA, 7);
    const S4 = c(SA, 6) + s * c(SA, 7);
    R = R1 + s2 * R2 + s4 * R3 + s6 * R4;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4 + s8 * c(SA, 8);
  } else {
    const R1 = c(RB, 0) + s * c(RB, 1);
    const s2 = s * s;
    const S1 = 1 + s * c(SB, 1);
    const s4 = s2 * s2;
    const R2 = c(RB, 2) + s * c(RB, 3);
    const s6 = s4 * s2;
    const S2 = c(SB, 2) + s * c(SB, 3);
    const R3 = c(RB, 4) + s * c(RB, 5);
    const S3 = c(SB, 4) + s * c(SB, 5);
    const S4 = c(SB, 6) + s * c(SB, 7);
    R = R1 + s2 * R2 + s4 * R3 + s6 * c(RB, 6);
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4;
  }
  const z = withLowWordZero(ax);
  const r = exp(-z * z - 0.5625) * exp((z - ax) * (z + ax) + R / S);
  return r / ax;
}

export function erf(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  const ax = Math.abs(x);
  if (ax < 0.84375) {
    if (ax < 3.725290298461914e-9) {
      if (ax < 2.848094538889218e-306) return 0.125 * (8.0 * x + EFX8 * x);
      return x + EFX * x;
    }
    return x + x * erfSmallRatio(x * x);
  }
  if (ax < 1.25) {
    const { p, q } = erfMidRatio(ax - 1);
    return x >= 0 ? ERX + p / q : -ERX - p / q;
  }
  if (ax >= 6) return x >= 0 ? 1 - 1e-300 : 1e-300 - 1;
  const r = erfcTail(ax);
  return x >= 0 ? 1 - r : r - 1;
}

export function erfc(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return 0;
  if (x === -Infinity) return 2;
  const ax = Math.abs(x);
  if (ax < 0.84375) {
    if (ax < 1.3877787807814457e-17) return 1 - x;
    const y = x * erfSmallRatio(x * x);
    if (x < 0.25) return 1 - (x + y);
    return 0.5 - (x - 0.5 + y);
  }
  if (ax < 1.25) {
    const { p, q } = erfMidRatio(ax - 1);
    if (x >= 0) return 1 - ERX - p / q;
    return 1 + (ERX + p / q);
  }
  if (ax < 28) {
    if (x < -6) return 2 - 1e-300;
    const r = erfcTail(ax);
    return x > 0 ? r : 2 - r;
  }
  return x > 0 ? 0 : 2 - 1e-300;
}

/**
 * x**y for finite nonzero x and finite y (negative x only with an integer y),
 * correctly rounded like glibc's pow; Infinity / 0 on overflow / underflow.
 */
export function pow(x: number, y: number): number {
  if (x > 0) return powPositive(x, y);
  const r = powPositive(-x, y);
  return Math.abs(y % 2) === 1 ? -r : r;
}

// ---- trigonometry (correctly rounded, as glibc's in practice) --------------------------------

const PI_HI = 3.141592653589793;
const PI_LO = 1.2246467991473532e-16;
const PIO2_HI = 1.5707963267948966;
const PIO2_LO = 6.123233995736766e-17;

/** sqrt of a dd (a > 0). */
function ddSqrt(ah: number, al: number): number {
  const s = Math.sqrt(ah);
  if (s === 0) {
    LO.v = 0;
    return 0;
  }
  const p = twoProd(s, s);
  const e = ah - p - LO.v + al;
  const c = e / (2 * s);
  const r = s + c;
  LO.v = c - (r - s);
  return r;
}

/** 1/n! as dd, n = 0..27. */
const FACT_INV_HI: number[] = [];
const FACT_INV_LO: number[] = [];
{
  let fh = 1, fl = 0;
  for (let n = 0; n <= 27; n++) {
    if (n > 0) {
      fh = ddMul(fh, fl, n, 0);
      fl = LO.v;
    }
    FACT_INV_HI.push(ddDiv(1, 0, fh, fl));
    FACT_INV_LO.push(LO.v);
  }
}

/**
 * sin (odd = false: cos) of a dd |r| <= pi/4 by its Taylor series in z = r^2:
 * the high-order terms in double, the rest in dd.
 */
function sinCosKernel(rh: number, rlo: number, cos: boolean): number {
  const zh = ddMul(rh, rlo, rh, rlo);
  const zl = LO.v;
  // term k of the series in z: (-1)^k / (2k + off)!, off = 1 for sin, 0 for cos
  const off = cos ? 0 : 1;
  let t = 0;
  for (let k = 13; k >= 9; k--) t = t * zh + (k % 2 === 0 ? 1 : -1) * (FACT_INV_HI[2 * k + off] as number);
  let h = t, l = 0;
  for (let k = 8; k >= 0; k--) {
    h = ddMul(h, l, zh, zl);
    l = LO.v;
    const s = k % 2 === 0 ? 1 : -1;
    h = ddAdd(h, l, s * (FACT_INV_HI[2 * k + off] as number), s * (FACT_INV_LO[2 * k + off] as number));
    l = LO.v;
  }
  if (cos) {
    LO.v = l;
    return h;
  }
  return ddMul(h, l, rh, rlo);
}

/** sin(j/64), cos(j/64) as dd, j = 0..51 (set up on first use with the series kernel). */
const SC_N = 52;
const SIN_TBL_HI = new Float64Array(SC_N);
const SIN_TBL_LO = new Float64Array(SC_N);
const COS_TBL_HI = new Float64Array(SC_N);
const COS_TBL_LO = new Float64Array(SC_N);
let scReady = false;
function initSinCosTable(): void {
  for (let j = 0; j < SC_N; j++) {
    SIN_TBL_HI[j] = sinCosKernel(j / 64, 0, false);
    SIN_TBL_LO[j] = LO.v;
    COS_TBL_HI[j] = sinCosKernel(j / 64, 0, true);
    COS_TBL_LO[j] = LO.v;
  }
  scReady = true;
}

const S3_HI = -0.16666666666666666; // -1/6 as dd
const S3_LO = -9.25185853854297e-18;
const C4_HI = 0.041666666666666664; // 1/24 as dd
const C4_LO = 2.3129646346357427e-18;

/**
 * sin (cos = false) or cos of a dd |r| <= pi/4 + tiny: r = j/64 + t with the
 * table values at j/64 and short series for |t| <= 1/128 (error ~2^-100).
 */
function sinCosFast(rh: number, rlo: number, cos: boolean): number {
  if (!scReady) initSinCosTable();
  let neg = false;
  if (rh < 0) {
    rh = -rh;
    rlo = -rlo;
    neg = true;
  }
  const j = Math.round(rh * 64);
  const th0 = rh - j / 64; // exact
  const th = th0 + rlo;
  const tl = rlo - (th - th0);
  const zh = ddMul(th, tl, th, tl);
  const zl = LO.v;
  // sin t = t + t z (-1/6 + z (1/120 - z/5040 + z^2/362880))
  let q = zh * (1 / 120 + zh * (-1 / 5040 + zh * (1 / 362880)));
  let h = ddAdd(S3_HI, S3_LO, q, 0);
  let l = LO.v;
  h = ddMul(h, l, zh, zl);
  l = LO.v;
  h = ddMul(h, l, th, tl);
  const sh = ddAdd(th, tl, h, LO.v);
  const sl = LO.v;
  // cos t = 1 + z (-1/2 + z (1/24 + z (-1/720 + z/40320 - z^2/3628800)))
  q = zh * (-1 / 720 + zh * (1 / 40320 + zh * (-1 / 3628800)));
  h = ddAdd(C4_HI, C4_LO, q, 0);
  l = LO.v;
  h = ddMul(h, l, zh, zl);
  h = ddAdd(-0.5, 0, h, LO.v);
  l = LO.v;
  h = ddMul(h, l, zh, zl);
  const ch = ddAdd(1, 0, h, LO.v);
  const cl = LO.v;
  if (j === 0) {
    if (cos) {
      LO.v = cl;
      return ch;
    }
    LO.v = neg ? -sl : sl;
    return neg ? -sh : sh;
  }
  const Sh = SIN_TBL_HI[j] as number, Sl = SIN_TBL_LO[j] as number;
  const Ch = COS_TBL_HI[j] as number, Cl = COS_TBL_LO[j] as number;
  if (cos) {
    // C cos t - S sin t
    const a = ddMul(Ch, Cl, ch, cl);
    const al = LO.v;
    const b = ddMul(Sh, Sl, sh, sl);
    return ddAdd(a, al, -b, -LO.v);
  }
  // S cos t + C sin t
  const a = ddMul(Sh, Sl, ch, cl);
  const al = LO.v;
  const b = ddMul(Ch, Cl, sh, sl);
  const r = ddAdd(a, al, b, LO.v);
  if (neg) {
    LO.v = -LO.v;
    return -r;
  }
  return r;
}

/**
 * Fast path for sin/cos of a reduced dd r (Ziv's strategy): the table value
 * plus the first-order term in dd, the rest in double, then a rounding test.
 * Returns NaN when the result is too close to a rounding boundary to be sure
 * (about 1 call in 10^4); the caller then uses the accurate `sinCosFast`.
 */
function sinCosQuick(rh: number, rlo: number, cos: boolean): number {
  if (!scReady) initSinCosTable();
  let sign = 1;
  if (rh < 0) {
    rh = -rh;
    rlo = -rlo;
    if (!cos) sign = -1;
  }
  const j = Math.round(rh * 64);
  const th = rh - j / 64; // exact
  const t = th + rlo;
  const z = t * t;
  const s3 = t * z * (-1 / 6 + z * (1 / 120 - z * (1 / 5040)));
  const c2 = z * (0.5 - z * (1 / 24 - z * (1 / 720)));
  const Sh = SIN_TBL_HI[j] as number, Sl = SIN_TBL_LO[j] as number;
  const Ch = COS_TBL_HI[j] as number, Cl = COS_TBL_LO[j] as number;
  // big = A + B*th exactly (twoProd + twoSum), small = everything else in double
  const A = cos ? Ch : Sh;
  const B = cos ? -Sh : Ch;
  const p = B * th;
  let q = SPLIT * B;
  const bh = q - (q - B), bl = B - bh;
  q = SPLIT * th;
  const ah = q - (q - th), al = th - ah;
  const pe = bh * ah - p + bh * al + bl * ah + bl * al;
  const sm = A + p;
  const bb = sm - A;
  const se = A - (sm - bb) + (p - bb);
  const small = cos
    ? Cl - pe - Sl * th - Sh * rlo - (Ch * c2 + Sh * s3)
    : Sl + pe + Cl * th + Ch * rlo + (Ch * s3 - Sh * c2);
  const e = se + small;
  const h = sm + e;
  const l = e - (h - sm);
  // |error| <= 2^-62 |h| (table 2^-100, series truncation, rounding of the small part):
  // the result is h only if both ends of the error interval round to h.
  const err = Math.abs(h) * 2.168404344971009e-19;
  if (h + (l + err) !== h || h + (l - err) !== h) return NaN;
  return sign * h;
}

// pi/2 in 33-bit pieces (fdlibm's PIO2_1..3 and the tail): k * piece is exact for k < 2^20.
const PIO2_1 = 1.57079632673412561417;
const PIO2_2 = 6.07710050630396597660e-11;
const PIO2_3 = 2.02226624871116645580e-21;
const PIO2_3T = 8.47842766036889956997e-32;

/** Quadrant of the last `reduce` (x = k * pi/2 + r); r returned as dd. */
let quadrant = 0;

let twoOverPi: bigint | null = null;
const TOP_BITS = 1200;

/** floor(2/pi * 2^1200) (Machin's formula in fixed point, computed on first use). */
function twoOverPiBits(): bigint {
  if (twoOverPi !== null) return twoOverPi;
  const P = BigInt(TOP_BITS + 64);
  const one = 1n << P;
  const atanInv = (n: bigint): bigint => {
    let sum = 0n, term = one / n, k = 1n, sign = 1n;
    const n2 = n * n;
    while (term !== 0n) {
      sum += (sign * term) / k;
      term /= n2;
      k += 2n;
      sign = -sign;
    }
    return sum;
  };
  const pi = 16n * atanInv(5n) - 4n * atanInv(239n); // pi * 2^P
  twoOverPi = (2n << (P + BigInt(TOP_BITS))) / pi;
  return twoOverPi;
}

/** r = x - k*pi/2 as dd with k = quadrant (mod 4), for finite x. */
function reduce(x: number): number {
  const ax = Math.abs(x);
  if (ax <= 0.7853981633974483) {
    quadrant = 0;
    LO.v = 0;
    return x;
  }
  if (ax < 1647099) {
    const k = Math.round(ax * 0.6366197723675814);
    let h = twoSum(ax - k * PIO2_1, -k * PIO2_2);
    let l = LO.v;
    const p = k * PIO2_3;
    h = ddAdd(h, l, -p, -k * PIO2_3T);
    l = LO.v;
    if (x < 0) {
      quadrant = (4 - (k % 4)) % 4;
      LO.v = -l;
      return -h;
    }
    quadrant = k % 4;
    LO.v = l;
    return h;
  }
  // Payne-Hanek: x = m * 2^e; x * 2/pi mod 4 from the fixed-point bits of 2/pi.
  let e = Math.floor(Math.log2(ax)) - 52;
  let m = ax / 2 ** e;
  if (m >= 2 ** 53) {
    e += 1;
    m = ax / 2 ** e;
  } else if (m < 2 ** 52) {
    e -= 1;
    m = ax / 2 ** e;
  }
  const prod = BigInt(m) * twoOverPiBits();
  const shift = BigInt(TOP_BITS - e);
  const low = prod & ((1n << (shift + 2n)) - 1n); // (x*2/pi mod 4) * 2^shift
  const R = low >> (shift - 124n); // f * 2^124, f in [0, 4)
  const k = Number((R + (1n << 123n)) >> 124n) & 3;
  let d = R - (BigInt(k) << 124n);
  if (d > 1n << 125n) d -= 1n << 126n; // k rounded up from 3 to 4 = 0
  const dh = Number(d);
  const dl = Number(d - BigInt(dh));
  const fh = dh * 2 ** -124, fl = dl * 2 ** -124;
  const h = ddMul(fh, fl, PIO2_HI, PIO2_LO);
  const l = LO.v;
  if (x < 0) {
    quadrant = (4 - k) % 4;
    LO.v = -l;
    return -h;
  }
  quadrant = k;
  LO.v = l;
  return h;
}

export function sin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 1.4901161193847656e-8) return x;
  const rh = reduce(x);
  const rlo = LO.v;
  const qd = quadrant;
  const f = sinCosQuick(rh, rlo, (qd & 1) === 1);
  if (f === f) return qd >= 2 ? -f : f;
  let h: number;
  switch (qd) {
    case 0:
      h = sinCosFast(rh, rlo, false);
      return h + LO.v;
    case 1:
      h = sinCosFast(rh, rlo, true);
      return h + LO.v;
    case 2:
      h = sinCosFast(rh, rlo, false);
      return -(h + LO.v);
    default:
      h = sinCosFast(rh, rlo, true);
      return -(h + LO.v);
  }
}

export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 7.450580596923828e-9) return 1;
  const rh = reduce(x);
  const rlo = LO.v;
  const qd = quadrant;
  const f = sinCosQuick(rh, rlo, (qd & 1) === 0);
  if (f === f) return qd === 1 || qd === 2 ? -f : f;
  let h: number;
  switch (qd) {
    case 0:
      h = sinCosFast(rh, rlo, true);
      return h + LO.v;
    case 1:
      h = sinCosFast(rh, rlo, false);
      return -(h + LO.v);
    case 2:
      h = sinCosFast(rh, rlo, true);
      return -(h + LO.v);
    default:
      h = sinCosFast(rh, rlo, false);
      return h + LO.v;
  }
}

export function tan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 7.450580596923828e-9) return x; // x^3/3 is below half an ulp
  const rh = reduce(x);
  const rlo = LO.v;
  const odd = (quadrant & 1) === 1;
  const sh = sinCosFast(rh, rlo, false);
  const sl = LO.v;
  const ch = sinCosFast(rh, rlo, true);
  const cl = LO.v;
  if (odd) {
    const q = ddDiv(ch, cl, sh, sl);
    return -(q + LO.v);
  }
  const q = ddDiv(sh, sl, ch, cl);
  return q + LO.v;
}

/** atan(j/32) as dd, j = 0..32 (set up on first use). */
const ATAN_TBL_HI = new Float64Array(33);
const ATAN_TBL_LO = new Float64Array(33);
let atanReady = false;
function initAtanTable(): void {
  for (let j = 0; j <= 32; j++) {
    // halve the argument three times: atan(c) = 2 atan(c / (1 + sqrt(1 + c^2)))
    let th = j / 32, tl = 0;
    for (let i = 0; i < 3; i++) {
      const q = ddMul(th, tl, th, tl);
      const s = ddSqrt(ddAdd(1, 0, q, LO.v), LO.v);
      const den = ddAdd(1, 0, s, LO.v);
      th = ddDiv(th, tl, den, LO.v);
      tl = LO.v;
    }
    // series: t - t^3/3 + t^5/5 - ...
    const zh = ddMul(th, tl, th, tl);
    const zl = LO.v;
    let h = 0, l = 0;
    for (let k = 30; k >= 0; k--) {
      h = ddMul(h, l, zh, zl);
      l = LO.v;
      const c = ddDiv(k % 2 === 0 ? 1 : -1, 0, 2 * k + 1, 0);
      h = ddAdd(h, l, c, LO.v);
      l = LO.v;
    }
    h = ddMul(h, l, th, tl);
    ATAN_TBL_HI[j] = h * 8;
    ATAN_TBL_LO[j] = LO.v * 8;
  }
  atanReady = true;
}

/** 1/3, 1/5, 1/7, 1/9 as dd. */
const ODD_HI: number[] = [];
const ODD_LO: number[] = [];
for (const n of [1, 3, 5, 7, 9]) {
  ODD_HI.push(ddDiv(1, 0, n, 0));
  ODD_LO.push(LO.v);
}

/** atan of a dd t in [0, 1] (dd result). */
function atanCore(th: number, tl: number): number {
  if (!atanReady) initAtanTable();
  const j = Math.round(th * 32);
  const c = j / 32;
  // u = (t - c) / (1 + t c)
  const nh = ddAdd(th, tl, -c, 0);
  const nl = LO.v;
  const p = twoProd(th, c);
  const dh = ddAdd(1, 0, p, LO.v + tl * c);
  const dl = LO.v;
  const uh = ddDiv(nh, nl, dh, dl);
  const ul = LO.v;
  const zh = ddMul(uh, ul, uh, ul);
  const zl = LO.v;
  let t = 0;
  for (let k = 9; k >= 5; k--) t = t * zh + (k % 2 === 0 ? 1 : -1) / (2 * k + 1);
  let h = t, l = 0;
  for (let k = 4; k >= 0; k--) {
    h = ddMul(h, l, zh, zl);
    l = LO.v;
    const s = k % 2 === 0 ? 1 : -1;
    h = ddAdd(h, l, s * (ODD_HI[k] as number), s * (ODD_LO[k] as number));
    l = LO.v;
  }
  h = ddMul(h, l, uh, ul);
  return ddAdd(ATAN_TBL_HI[j] as number, ATAN_TBL_LO[j] as number, h, LO.v);
}

/** atan(num / den) for num, den > 0 (dd result), without forming a huge or tiny quotient. */
function atanRatio(num: number, den: number): number {
  if (num <= den) {
    const q = ddDiv(num, 0, den, 0);
    return atanCore(q, LO.v);
  }
  const q = ddDiv(den, 0, num, 0);
  const a = atanCore(q, LO.v);
  return ddAdd(PIO2_HI, PIO2_LO, -a, -LO.v);
}

export function atan(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax < 7.450580596923828e-9) return x;
  if (ax > 2 ** 60) return x > 0 ? PIO2_HI : -PIO2_HI;
  const h = ax <= 1 ? atanCore(ax, 0) : atanRatio(ax, 1);
  const r = h + LO.v;
  return x < 0 ? -r : r;
}

export function atan2(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  const ay = Math.abs(y), ax = Math.abs(x);
  const negY = y < 0 || Object.is(y, -0);
  const negX = x < 0 || Object.is(x, -0);
  let r: number;
  if (ay === 0) r = negX ? PI_HI : 0;
  else if (ax === 0) r = PIO2_HI;
  else if (ay === Infinity) r = ax === Infinity ? (negX ? 2.356194490192345 : 0.7853981633974483) : PIO2_HI;
  else if (ax === Infinity) r = negX ? PI_HI : 0;
  else {
    // ratios beyond 2^100 either way round to the limits
    if (ay > ax * 2 ** 100) r = PIO2_HI;
    else if (ay < ax * 2 ** -100) r = negX ? PI_HI : ay / ax;
    else {
      // scale both into [2^-101, 1] so the dd arithmetic cannot overflow or underflow
      const e = Math.floor(Math.log2(Math.max(ax, ay)));
      const sx = e > 500 || e < -400 ? ldexpExact(ax, -e) : ax;
      const sy = e > 500 || e < -400 ? ldexpExact(ay, -e) : ay;
      let h = atanRatio(sy, sx);
      let l = LO.v;
      if (negX) {
        h = ddAdd(PI_HI, PI_LO, -h, -l);
        l = LO.v;
      }
      r = h + l;
    }
  }
  return negY ? -r : r;
}

export function asin(x: number): number {
  if (!(Math.abs(x) <= 1)) return NaN;
  const ax = Math.abs(x);
  if (ax < 1.4901161193847656e-8) return x;
  if (ax === 1) return x > 0 ? PIO2_HI : -PIO2_HI;
  // asin(x) = atan(x / sqrt(1 - x^2)), with 1 - x^2 = (1 - x)(1 + x) in dd
  const oh = twoSum(1, -ax);
  const ol = LO.v;
  const ph = twoSum(1, ax);
  const pl = LO.v;
  const qh = ddMul(oh, ol, ph, pl);
  const sh = ddSqrt(qh, LO.v);
  const sl = LO.v;
  let h: number;
  if (ax <= sh) {
    const t = ddDiv(ax, 0, sh, sl);
    h = atanCore(t, LO.v);
  } else {
    const t = ddDiv(sh, sl, ax, 0);
    const a = atanCore(t, LO.v);
    h = ddAdd(PIO2_HI, PIO2_LO, -a, -LO.v);
  }
  const r = h + LO.v;
  return x < 0 ? -r : r;
}

export function acos(x: number): number {
  if (!(Math.abs(x) <= 1)) return NaN;
  if (x === 1) return 0;
  if (x === -1) return PI_HI;
  // acos(x) = 2 atan(sqrt((1 - x) / (1 + x)))
  const oh = twoSum(1, -x);
  const ol = LO.v;
  const ph = twoSum(1, x);
  const pl = LO.v;
  const qh = ddDiv(oh, ol, ph, pl);
  const sh = ddSqrt(qh, LO.v);
  const sl = LO.v;
  let h: number;
  if (sh <= 1) h = atanCore(sh, sl);
  else {
    const t = ddDiv(1, 0, sh, sl);
    const a = atanCore(t, LO.v);
    h = ddAdd(PIO2_HI, PIO2_LO, -a, -LO.v);
  }
  return 2 * h + 2 * LO.v;
}
