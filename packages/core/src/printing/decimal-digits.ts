/** A non-negative decimal d1.d2d3… × 10^exp; digits carry no trailing zeros (zero is "0"). */
export interface Decimal {
  readonly digits: string;
  readonly exp: number;
}

const ZERO: Decimal = { digits: '0', exp: 0 };

function decimal(digits: string, exp: number): Decimal {
  const trimmed = digits.replace(/0+$/, '');
  return trimmed === '' ? ZERO : { digits: trimmed, exp };
}

/** Significand bits and smallest exponent of each float format. */
const FORMATS = { float32: [24, -149], float64: [53, -1074] } as const;

/**
 * NumPy's Dragon4 (Steele & White / Juckett) in BigInt: the shortest digits that read back as
 * |x| in its own format (exclusive margins; the nearer candidate; ties to the even digit).
 * `maxDigits(exp)` cuts generation earlier, rounding the exact remainder half to even (NumPy's
 * `precision`); `minDigits` goes on past the shortest digits (NumPy's `min_digits`).
 */
export function dragon4(
  x: number,
  dtype: 'float32' | 'float64',
  maxDigits?: (exp: number) => number,
  minDigits = 0,
): Decimal {
  const a = Math.abs(x);
  if (a === 0 || !Number.isFinite(a)) return ZERO;
  const [bits, minExp] = FORMATS[dtype];
  let e2 = Math.floor(Math.log2(a));
  if (2 ** e2 > a) e2--;
  else if (2 ** (e2 + 1) <= a) e2++;
  const e = Math.max(e2 - bits + 1, minExp); // a = m·2^e exactly, m < 2^bits
  const m = BigInt(a / 2 ** e);
  // Below a power of two the next float down is twice as close, so the low margin halves.
  const unequal = m === 1n << BigInt(bits - 1) && e > minExp;

  // value = r/s, margins mLow/s and mHigh/s (half the gap to each neighbour).
  const up = 2n ** BigInt(Math.max(e, 0));
  let r = 4n * m * up;
  let s = 4n * 2n ** BigInt(Math.max(-e, 0));
  let mHigh = 2n * up;
  let mLow = unequal ? up : 2n * up;
  let k = Math.floor(Math.log10(a));
  if (k >= 0) s *= 10n ** BigInt(k);
  else [r, mHigh, mLow] = [r, mHigh, mLow].map((v) => v * 10n ** BigInt(-k)) as [bigint, bigint, bigint];
  // log10 can miss by one near powers of ten: settle k so that 1 <= r/s < 10.
  while (r >= 10n * s) [s, k] = [s * 10n, k + 1];
  while (r < s) [r, mHigh, mLow, k] = [r * 10n, mHigh * 10n, mLow * 10n, k - 1];

  const limit = Math.max(1, maxDigits?.(k) ?? Infinity);
  let digits = '';
  for (;;) {
    const digit = r / s;
    r -= digit * s;
    const low = r < mLow; // rounding down still reads back
    const high = r + mHigh > s; // rounding up still reads back
    const count = digits.length + 1;
    if (((low || high) && count >= minDigits) || count >= limit) {
      // Nearest (ties to even) when both directions read back, else the one that does.
      const twice = 2n * r;
      const roundUp = low !== high ? high : twice > s || (twice === s && digit % 2n === 1n);
      if (!roundUp) return decimal(digits + digit, k);
      const bumped = (BigInt(digits + digit) + 1n).toString(); // "999" → "1000" moves the exponent
      return decimal(bumped, bumped.length > digits.length + 1 ? k + 1 : k);
    }
    digits += digit;
    [r, mHigh, mLow] = [r * 10n, mHigh * 10n, mLow * 10n];
  }
}

/** Integer and fraction digits of d written positionally (fraction without trailing zeros). */
export function positionalParts({ digits, exp }: Decimal): [string, string] {
  if (exp < 0) return ['0', '0'.repeat(-exp - 1) + digits];
  return [digits.slice(0, exp + 1).padEnd(exp + 1, '0'), digits.slice(exp + 1)];
}

/** "e+05", "e-12", "e+100": the exponent has a sign and at least `minDigits` digits. */
export function exponentText(exp: number, minDigits: number): string {
  return `e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(minDigits, '0')}`;
}

/** Sign bit, so that -0.0 prints as "-0.". */
export function isNegative(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}
