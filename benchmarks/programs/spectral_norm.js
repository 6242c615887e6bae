// spectral_norm: hand-written JavaScript equivalent of spectral_norm.py
// (Float64Arrays for the vectors; the same operation order, so the same
// digits).
// bench-short: N=80

const N = 250;

function evalA(i, j) {
  return 1.0 / ((((i + j) * (i + j + 1)) >>> 1) + i + 1);
}

function mulAv(v, n) {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0.0;
    for (let j = 0; j < n; j++) s += evalA(i, j) * v[j];
    out[i] = s;
  }
  return out;
}

function mulAtv(v, n) {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0.0;
    for (let j = 0; j < n; j++) s += evalA(j, i) * v[j];
    out[i] = s;
  }
  return out;
}

function mulAtAv(v, n) {
  return mulAtv(mulAv(v, n), n);
}

function spectralNorm(n) {
  let u = new Float64Array(n).fill(1.0);
  let v = u;
  for (let k = 0; k < 10; k++) {
    v = mulAtAv(u, n);
    u = mulAtAv(v, n);
  }
  let vBv = 0.0;
  let vv = 0.0;
  for (let i = 0; i < n; i++) {
    vBv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  return Math.sqrt(vBv / vv);
}

console.log(spectralNorm(N).toFixed(9));
