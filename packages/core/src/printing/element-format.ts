import type { DType } from '../dtypes';
import { dragon4, exponentText, isNegative, positionalParts } from './decimal-digits';
import type { Decimal } from './decimal-digits';
import { nonFiniteText } from './scalar-text';

/** NumPy's FloatingFormat: one mode and one width for every displayed element. */
function floatTexts(dtype: 'float32' | 'float64', values: readonly number[]): string[] {
  const finite = values.filter((v) => Number.isFinite(v));
  const magnitudes = finite.filter((v) => v !== 0).map(Math.abs);
  let scientific = false;
  if (magnitudes.length > 0) {
    const max = magnitudes.reduce((a, b) => Math.max(a, b));
    const min = magnitudes.reduce((a, b) => Math.min(a, b));
    // NumPy divides in the array's dtype, so the ratio is a float32 for float32 data.
    const ratio = dtype === 'float32' ? Math.fround(max / min) : max / min;
    scientific = max >= 1e8 || min < 1e-4 || ratio > 1000;
  }

  // precision 8: at most 8 digits after the point, in either mode.
  const cut = (exp: number): number => (scientific ? 9 : exp + 9);
  // Each finite value becomes [sign + integer digits, fraction digits, exponent].
  const split = (v: number, d: Decimal): [string, string, number] => {
    const sign = isNegative(v) ? '-' : '';
    if (scientific) return [sign + d.digits.charAt(0), d.digits.slice(1), d.exp];
    const [int, frac] = positionalParts(d);
    return [sign + int, frac, 0];
  };
  let parts = values.map((v) => (Number.isFinite(v) ? split(v, dragon4(v, dtype, cut)) : undefined));
  if (scientific) {
    // All mantissas then get the longest fraction, with real digits (NumPy's min_digits).
    const digits = Math.max(0, ...parts.map((p) => p?.[1].length ?? 0)) + 1;
    parts = values.map((v) => (Number.isFinite(v) ? split(v, dragon4(v, dtype, () => digits, digits)) : undefined));
  }
  const shown = parts.filter((p) => p !== undefined);
  let padLeft = Math.max(0, ...shown.map(([int]) => int.length));
  const fracWidth = Math.max(0, ...shown.map(([, frac]) => frac.length));
  const expDigits = Math.max(2, ...shown.map(([, , exp]) => String(Math.abs(exp)).length));
  // Positional fractions are space-filled to a common length.
  const padRight = shown.length === 0 ? 0 : scientific ? fracWidth + 2 + expDigits : fracWidth;

  // nan / inf are right-aligned into the common width, widening it if needed.
  if (shown.length < values.length) {
    const infWidth = values.some((v) => v === -Infinity) ? 4 : 3;
    padLeft = Math.max(padLeft, infWidth - padRight - 1);
  }
  return values.map((v, i) => {
    const p = parts[i];
    if (p === undefined) return (nonFiniteText(v) ?? '').padStart(padLeft + padRight + 1);
    const [int, frac, exp] = p;
    if (scientific) return `${int.padStart(padLeft)}.${frac.padEnd(fracWidth, '0')}${exponentText(exp, expDigits)}`;
    return `${int.padStart(padLeft)}.${frac.padEnd(padRight)}`;
  });
}

/** The texts of the displayed elements, padded to one width as NumPy's array formatters do. */
export function elementTexts(dtype: DType, values: readonly number[]): string[] {
  if (dtype === 'bool') return values.map((v) => (v ? ' True' : 'False'));
  if (dtype === 'int32') {
    const texts = values.map(String);
    const width = Math.max(...texts.map((t) => t.length));
    return texts.map((t) => t.padStart(width));
  }
  return floatTexts(dtype, values);
}
