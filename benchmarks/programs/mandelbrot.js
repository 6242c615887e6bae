// mandelbrot: hand-written JavaScript equivalent of mandelbrot.py.
// bench-short: SIZE=120

const SIZE = 400;
const MAX_ITER = 50;

function mandelbrot(size) {
  let checksum = 0;
  let inside = 0;
  for (let y = 0; y < size; y++) {
    const ci = (2.0 * y) / size - 1.0;
    let byte = 0;
    let bit = 0;
    for (let x = 0; x < size; x++) {
      const cr = (2.0 * x) / size - 1.5;
      let zr = 0.0;
      let zi = 0.0;
      let tr = 0.0;
      let ti = 0.0;
      let i = 0;
      while (i < MAX_ITER && tr + ti <= 4.0) {
        zi = 2.0 * zr * zi + ci;
        zr = tr - ti + cr;
        tr = zr * zr;
        ti = zi * zi;
        i++;
      }
      byte <<= 1;
      if (tr + ti <= 4.0) {
        byte |= 1;
        inside++;
      }
      bit++;
      if (bit === 8) {
        checksum = (checksum * 31 + byte) % 1000000007;
        byte = 0;
        bit = 0;
      }
    }
    if (bit !== 0) {
      byte <<= 8 - bit;
      checksum = (checksum * 31 + byte) % 1000000007;
    }
  }
  return [checksum, inside];
}

const [checksum, inside] = mandelbrot(SIZE);
console.log(`${SIZE} ${inside} ${checksum}`);
