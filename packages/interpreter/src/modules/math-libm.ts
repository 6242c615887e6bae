/**
 * Elementary functions that give the same bits as CPython on glibc.
 *
 * CPython's `math` calls the platform libm. glibc's `exp`, `log`, `log2`,
 * `pow` and `exp2` are correctly rounded in practice (error < 0.52 ulp, and
 * no misrounded case in our sweeps), so here they are computed in
 * double-double arithmetic (~2^-100 relative error) and rounded once, which
 * gives the correctly rounded result. glibc's hyperbolic functions, `log10`,
 * `erf`/`erfc` are Sun fdlibm's algorithms calling those correctly rounded
 * `exp`/`log`; they are reimplemented from the published algorithms with the
 * same operation order, so the rounding errors are the same. `cbrt` is
 * glibc's own (a polynomial start, one rational correction step, scaling by
 * 2^(k/3)), whose last bit is often off (`cbrt(27) == 3.0000000000000004`).
 * V8's `Math.*` are fdlibm ports whose `exp`/`log`/`pow` differ from glibc in
 * the last bit on a few percent of inputs.
 *
 * Double-double numbers are kept as pairs (hi, lo), |lo| <= ulp(hi)/2; the
 * helpers return the low part through module-level registers (`rl`) to avoid
 * allocating.
 */

// ---- double-double kernels ------------------------------------------------------------

const SPLIT = 134217729; // 2^27 + 1 (Veltkamp)

/** Low part register of the last dd operation. */
let rl = 0;

/** a + b exactly: returns the sum, error in rl. */
function twoSum(a: number, b: number): number {
  const s = a + b;
  const bb = s - a;
  rl = a - (s - bb) + (b - bb);
  return s;
}

/** a * b exactly: returns the product, error in rl. */
function twoProd(a: number, b: number): number {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  rl = ah * bh - p + ah * bl + al * bh + al * bl;
  return p;
}

/** (ah, al) * (bh, bl). */
function ddMul(ah: number, al: number, bh: number, bl: number): number {
  const p = twoProd(ah, bh);
  const e = rl + (ah * bl + al * bh);
  const s = p + e;
  rl = e - (s - p);
  return s;
}

/** (ah, al) + (bh, bl). */
function ddAdd(ah: number, al: number, bh: number, bl: number): number {
  const s = twoSum(ah, bh);
  const e = rl + al + bl;
  const r = s + e;
  rl = e - (r - s);
  return r;
}

/** (ah, al) / (bh, bl). */
function ddDiv(ah: number, al: number, bh: number, bl: number): number {
  const q1 = ah / bh;
  // r = a - q1 * b
  let p = twoProd(q1, bh);
  let pl = rl + q1 * bl;
  const r = ddAdd(ah, al, -p, -pl);
  const rlo = rl;
  const q2 = r / bh;
  p = twoProd(q2, bh);
  pl = rl + q2 * bl;
  const r2 = ddAdd(r, rlo, -p, -pl);
  const q3 = r2 / bh;
  const s = twoSum(q1, q2);
  const e = rl + q3;
  const out = s + e;
  rl = e - (out - s);
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
    l = rl;
    h = ddAdd(h, l, INV_FACT_HI[i] as number, INV_FACT_LO[i] as number);
    l = rl;
  }
  // (... ) * r
  h = ddMul(h, l, rh, rlo);
  return h; // low part in rl
}

/** 1/6!, 1/5!, ..., 1/1! as dd. */
const INV_FACT_HI: number[] = [];
const INV_FACT_LO: number[] = [];
for (let n = 6; n >= 1; n--) {
  let f = 1;
  for (let k = 2; k <= n; k++) f *= k;
  const h = ddDiv(1, 0, f, 0);
  INV_FACT_HI.push(h);
  INV_FACT_LO.push(rl);
}

/** exp(a) for a dd |a| <= 0.75 by Taylor series (table set-up only). */
function expDDSlow(ah: number, al: number): number {
  let sh = 1, sl = 0, th = 1, tl = 0;
  for (let n = 1; n < 40; n++) {
    th = ddMul(th, tl, ah, al);
    tl = rl;
    th = ddDiv(th, tl, n, 0);
    tl = rl;
    sh = ddAdd(sh, sl, th, tl);
    sl = rl;
  }
  rl = sl;
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
    const l = rl + (j / TBL_N) * LN2_LO;
    EXP_TBL_HI[j] = expDDSlow(h, l);
    EXP_TBL_LO[j] = rl;
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
 * exp(xh + xl) = (hi + rl) * 2^expScale with ~2^-100 relative error, for
 * |x| < 1100 (callers handle overflow/underflow ranges).
 */
function expDD(xh: number, xl: number): number {
  if (!expTableReady) initExpTable();
  const k = Math.round((xh * TBL_N) / LN2_HI);
  // r = x - k*C1 - k*C2 - k*C3 in dd
  let rh = twoSum(xh, -k * C1);
  let rlo = rl + xl;
  const p = twoProd(k, C2);
  const pl = rl + k * C3;
  rh = ddAdd(rh, rlo, -p, -pl);
  rlo = rl;
  const em = expm1Small(rh, rlo);
  const eml = rl;
  const j = ((k % TBL_N) + TBL_N) % TBL_N;
  const th = EXP_TBL_HI[j] as number, tl = EXP_TBL_LO[j] as number;
  // t * (1 + em) = t + t*em
  const q = ddMul(th, tl, em, eml);
  const r = ddAdd(th, tl, q, rl);
  expScale = (k - j) / TBL_N;
  return r;
}

/** Round (h + l) * 2^e to double, correctly (including the subnormal range). */
function scaleRound(h: number, l: number, e: number): number {
  if (h === 0) return 0;
  const he = Math.floor(Math.log2(Math.abs(h)));
  if (he + e >= -1022) {
    // normal: h + l is already the rounded sum when |l| <= ulp/2; scaling is exact
    const s = h + l;
    if (e > 1000) return s * 2 ** 1000 * 2 ** (e - 1000);
    if (e < -1000) return s * 2 ** -1000 * 2 ** (e + 1000);
    return s * 2 ** e;
  }
  // subnormal: round (h + l) * 2^(e + 1074) to an integer, then scale by 2^-1074
  const sc = e + 1074;
  const m = h * 2 ** sc, ml = l * 2 ** sc; // exact scalings (results stay >= 2^-1022 * small or are tiny)
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
  return scaleRound(h, rl, expScale);
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
  const l = rl + f * LN2_LO;
  const r = expDD(h, l);
  return scaleRound(r, rl, expScale + k);
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
  let ex = Math.floor(Math.log2(x));
  let m = x * 2 ** -ex;
  if (m >= 2) {
    m /= 2;
    ex += 1;
  } else if (m < 1) {
    m *= 2;
    ex -= 1;
  }
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
    const sl = rl;
    const s2 = ddMul(sh, sl, sh, sl);
    const s2l = rl;
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
      l = rl;
      h = ddAdd(h, l, ODD_INV_HI[i] as number, ODD_INV_LO[i] as number);
      l = rl;
    }
    h = ddMul(h, l, sh, sl);
    yh = h * 2;
    yl = rl * 2;
  } else {
    // one Newton step on y0 = log(m): y = y0 + (m * exp(-y0) - 1) - (..)^2/2
    const y0 = Math.log(m);
    const eh = expDD(-y0, 0);
    const el = rl;
    const sc = 2 ** expScale;
    const ph = twoProd(m, eh * sc);
    const pl = rl + m * el * sc;
    const d = ddAdd(ph, pl, -1, 0);
    const dl = rl;
    yh = ddAdd(y0, 0, d, dl - (d * d) / 2);
    yl = rl;
  }
  if (e === 0) {
    rl = yl;
    return yh;
  }
  const kh = twoProd(e, LN2_HI);
  const kl = rl + e * LN2_LO;
  return ddAdd(kh, kl, yh, yl);
}

/** 1/7, 1/5, 1/3, 1 as dd. */
const ODD_INV_HI: number[] = [];
const ODD_INV_LO: number[] = [];
for (const n of [7, 5, 3, 1]) {
  ODD_INV_HI.push(ddDiv(1, 0, n, 0));
  ODD_INV_LO.push(rl);
}

/** Correctly rounded natural log. */
export function log(x: number): number {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? x : NaN;
  if (x === 1) return 0;
  const h = logDD(x);
  return h + rl;
}

const INV_LN2_HI = 1.4426950408889634; // 0x3FF71547652B82FE
const INV_LN2_LO = 2.0355273740931033e-17; // 0x3C7777D0FFDA0D24

/** Correctly rounded log2. */
export function log2(x: number): number {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? x : NaN;
  // exact powers of two
  const e = Math.floor(Math.log2(x));
  if (2 ** e === x) return e;
  const h = logDD(x);
  const r = ddMul(h, rl, INV_LN2_HI, INV_LN2_LO);
  return r + rl;
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
  const ll = rl;
  const ph = twoProd(lh, y);
  const pl = rl + ll * y;
  if (ph > 709.8) return Infinity;
  if (ph < -745.2) return 0;
  const s = ph + pl;
  const sl = pl - (s - ph);
  const r = expDD(s, sl);
  return scaleRound(r, rl, expScale);
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
  let xe = Math.floor(Math.log2(ax)) + 1;
  let xm = ax * 2 ** -xe;
  if (xe < -1020) xm = ax * 2 ** 1000 * 2 ** (-xe - 1000);
  if (xm >= 1) {
    xm /= 2;
    xe += 1;
  } else if (xm < 0.5) {
    xm *= 2;
    xe -= 1;
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
  if (e > 1000) return x * 2 ** 1000 * 2 ** (e - 1000);
  if (e < -1000) return x * 2 ** -1000 * 2 ** (e + 1000);
  return x * 2 ** e;
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
