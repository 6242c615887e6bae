/** Small statistics used by the report and the gate. */

export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Geometric mean of the finite positive values; undefined when there are none. */
export function geomean(values: readonly (number | undefined)[]): number | undefined {
  const usable = values.filter((v): v is number => v !== undefined && Number.isFinite(v) && v > 0);
  if (usable.length === 0) return undefined;
  return Math.exp(usable.reduce((acc, v) => acc + Math.log(v), 0) / usable.length);
}

/** a / b when both are usable timings, else undefined. */
export function ratio(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined || b === undefined || !(a > 0) || !(b > 0)) return undefined;
  return a / b;
}
