/**
 * Decimal text of a big int for the pure format layers (`format(n, 'd')`,
 * `'%d' % n`). They must not import the object model, so the runtime
 * installs the converter that enforces `sys.set_int_max_str_digits`
 * (objects/int.ts `bigToDecimal`); the default is plain `toString`.
 */

let convert: (v: bigint) => string = (v) => v.toString();

export function bigDecimal(v: bigint): string {
  return convert(v);
}

export function setBigDecimal(f: (v: bigint) => string): void {
  convert = f;
}
