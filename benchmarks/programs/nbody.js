// nbody: hand-written JavaScript equivalent of nbody.py — bodies as small
// objects with numeric fields, the same operation order, so the same digits.
// bench-short: STEPS=10000

const STEPS = 200000;

const PI = 3.14159265358979323;
const SOLAR_MASS = 4 * PI * PI;
const DAYS_PER_YEAR = 365.24;

function body(x, y, z, vx, vy, vz, mass) {
  return {
    x, y, z,
    vx: vx * DAYS_PER_YEAR,
    vy: vy * DAYS_PER_YEAR,
    vz: vz * DAYS_PER_YEAR,
    mass: mass * SOLAR_MASS,
  };
}

const bodies = [
  body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
  body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
    1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
    9.54791938424326609e-04),
  body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
    -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
    2.85885980666130812e-04),
  body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
    2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
    4.36624404335156298e-05),
  body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
    2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
    5.15138902046611451e-05),
];

function offsetMomentum(bs) {
  let px = 0.0;
  let py = 0.0;
  let pz = 0.0;
  for (const b of bs) {
    px += b.vx * b.mass;
    py += b.vy * b.mass;
    pz += b.vz * b.mass;
  }
  const sun = bs[0];
  sun.vx = -px / SOLAR_MASS;
  sun.vy = -py / SOLAR_MASS;
  sun.vz = -pz / SOLAR_MASS;
}

function energy(bs) {
  let e = 0.0;
  const n = bs.length;
  for (let i = 0; i < n; i++) {
    const b = bs[i];
    e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz);
    for (let j = i + 1; j < n; j++) {
      const b2 = bs[j];
      const dx = b.x - b2.x;
      const dy = b.y - b2.y;
      const dz = b.z - b2.z;
      e -= (b.mass * b2.mass) / Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

function advance(bs, dt, steps) {
  const n = bs.length;
  for (let s = 0; s < steps; s++) {
    for (let i = 0; i < n; i++) {
      const b = bs[i];
      for (let j = i + 1; j < n; j++) {
        const b2 = bs[j];
        const dx = b.x - b2.x;
        const dy = b.y - b2.y;
        const dz = b.z - b2.z;
        const d2 = dx * dx + dy * dy + dz * dz;
        const mag = dt / (d2 * Math.sqrt(d2));
        const m1 = b.mass * mag;
        const m2 = b2.mass * mag;
        b.vx -= dx * m2;
        b.vy -= dy * m2;
        b.vz -= dz * m2;
        b2.vx += dx * m1;
        b2.vy += dy * m1;
        b2.vz += dz * m1;
      }
    }
    for (const b of bs) {
      b.x += dt * b.vx;
      b.y += dt * b.vy;
      b.z += dt * b.vz;
    }
  }
}

offsetMomentum(bodies);
console.log(energy(bodies).toFixed(9));
advance(bodies, 0.01, STEPS);
console.log(energy(bodies).toFixed(9));
