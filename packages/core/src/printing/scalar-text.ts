import type { DType } from '../dtypes';
import { dragon4, exponentText, isNegative, positionalParts } from './decimal-digits';
import type { Decimal } from './decimal-digits';

/** "nan", "inf", "-inf" (NumPy's and Python's spellings agree), or undefined for finite x. */
export function nonFiniteText(x: number): string | undefined {
  if (Number.isNaN(x)) return 'nan';
  return Number.isFinite(x) ? undefined : x < 0 ? '-inf' : 'inf';
}

function positionalShort(d: Decimal): string {
  const [int, frac] = positionalParts(d);
  return `${int}.${frac || '0'}`;
}

function scientificShort({ digits, exp }: Decimal): string {
  const rest = digits.slice(1);
  return `${digits.charAt(0)}${rest ? `.${rest}` : ''}${exponentText(exp, 2)}`;
}

/**
 * One float as a 0-d value prints. str is NumPy's scalar str: positional for 0 and
 * 1e-4 <= |x| < 1e16 (by value), else scientific. repr is Python's float repr applied to
 * the dtype's shortest digits: scientific when their exponent is < -4 or >= 16.
 */
function floatScalarText(x: number, dtype: 'float32' | 'float64', isRepr: boolean): string {
  const special = nonFiniteText(x);
  if (special !== undefined) return special;
  const d = dragon4(x, dtype);
  const a = Math.abs(x);
  const scientific = isRepr ? d.exp < -4 || d.exp >= 16 : a !== 0 && (a < 1e-4 || a >= 1e16);
  return (isNegative(x) ? '-' : '') + (scientific ? scientificShort(d) : positionalShort(d));
}

/** The text of a rank-0 value: `9.0`, `-7`, `True`. */
export function scalarText(dtype: DType, x: number, isRepr: boolean): string {
  if (dtype === 'bool') return x ? 'True' : 'False';
  if (dtype === 'int32') return String(x);
  return floatScalarText(x, dtype, isRepr);
}
