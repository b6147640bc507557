import { describe, expect, it } from 'vitest';
import * as tf from '../index';
import { f64, grad, i32, str, typeError } from './op-test-helpers';


/** d²y/dx² with nested tapes. */
function secondDerivative(f: (x: tf.Tensor) => tf.Tensor, x: tf.Tensor): tf.Tensor | null {
  const outer = new tf.GradientTape();
  const dy = outer.record(() => {
    outer.watch(x);
    return grad(f, x)!;
  });
  return outer.gradient(dy, x);
}

const floatOnly: [string, (x: tf.Tensor) => tf.Tensor, string][] = [
  ['sqrt', tf.sqrt, 'Sqrt'],
  ['rsqrt', tf.rsqrt, 'Rsqrt'],
  ['reciprocal', tf.reciprocal, 'Reciprocal'],
  ['exp', tf.exp, 'Exp'],
  ['expm1', tf.expm1, 'Expm1'],
  ['log1p', tf.log1p, 'Log1p'],
  ['sin', tf.sin, 'Sin'],
  ['cos', tf.cos, 'Cos'],
  ['tan', tf.tan, 'Tan'],
  ['asin', tf.asin, 'Asin'],
  ['acos', tf.acos, 'Acos'],
  ['atan', tf.atan, 'Atan'],
  ['sinh', tf.sinh, 'Sinh'],
  ['cosh', tf.cosh, 'Cosh'],
  ['tanh', tf.tanh, 'Tanh'],
  ['asinh', tf.asinh, 'Asinh'],
  ['acosh', tf.acosh, 'Acosh'],
  ['atanh', tf.atanh, 'Atanh'],
  ['erf', tf.erf, 'Erf'],
  ['floor', tf.floor, 'Floor'],
  ['ceil', tf.ceil, 'Ceil'],
  ['isNan', tf.isNan, 'IsNan'],
  ['isFinite', tf.isFinite, 'IsFinite'],
];

describe('unary math: dtypes', () => {
  it.each(floatOnly)('%s rejects int32 and bool with TF type-constraint error', (_, op, kernel) => {
    expect(() => op(i32([1]))).toThrow(typeError('int32', 'float, double', kernel));
    expect(() => op(tf.constant([true]))).toThrow(typeError('bool', 'float, double', kernel));
  });

  it('abs, sign and round accept int32 and keep it; bool is refused', () => {
    expect(str(tf.abs(i32([-2, 3])))).toBe('tf.Tensor([2 3], shape=(2,), dtype=int32)');
    expect(str(tf.sign(i32([-2, 0, 3])))).toBe('tf.Tensor([-1  0  1], shape=(3,), dtype=int32)');
    expect(str(tf.round(i32([-2, 3])))).toBe('tf.Tensor([-2  3], shape=(2,), dtype=int32)');
    expect(() => tf.abs(tf.constant([true]))).toThrow(typeError('bool', 'float, double, int32', 'Abs'));
    expect(() => tf.sign(tf.constant([true]))).toThrow(typeError('bool', 'float, double, int32', 'Sign'));
  });

  it('abs of the smallest int32 wraps, as in C', () => {
    expect(tf.abs(i32([-2147483648])).numpy()).toEqual([-2147483648]);
  });

  it('isNan and isFinite answer bool in the input shape; logicalNot takes only bool', () => {
    const x = f64([[NaN, 1], [Infinity, -0]]);
    expect(str(tf.isNan(x))).toBe('tf.Tensor(\n[[ True False]\n [False False]], shape=(2, 2), dtype=bool)');
    expect(str(tf.isFinite(x))).toBe('tf.Tensor(\n[[False  True]\n [False  True]], shape=(2, 2), dtype=bool)');
    expect(tf.logicalNot(tf.isNan(x)).numpy()).toEqual([[false, true], [true, true]]);
    expect(() => tf.logicalNot(tf.constant([1]))).toThrow(
      new tf.InvalidArgumentError(
        'cannot compute LogicalNot as input #0(zero-based) was expected to be a bool tensor but is a float tensor [Op:LogicalNot] name: ',
      ),
    );
  });

  it('accept plain JS data and Variables, as float32', () => {
    expect(str(tf.sqrt(16))).toBe('tf.Tensor(4.0, shape=(), dtype=float32)');
    expect(str(tf.exp(new tf.Variable([0, 0])))).toBe('tf.Tensor([1. 1.], shape=(2,), dtype=float32)');
  });
});

describe('unary math: values', () => {
  it('round halves to even, keeping the sign of zero', () => {
    expect(tf.round(f64([0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4503599627370497])).numpy()).toEqual([
      0, 2, 2, 4, -0, -2, -2, 0, 4503599627370497,
    ]);
  });

  it('floor and ceil keep nan, infinities and -0', () => {
    expect(tf.floor(f64([-0.5, -0, Infinity, NaN])).numpy()).toEqual([-1, -0, Infinity, NaN]);
    expect(tf.ceil(f64([-0.5, 0.2, -Infinity])).numpy()).toEqual([-0, 1, -Infinity]);
  });

  it('expm1 and log1p keep their precision near 0', () => {
    expect(tf.expm1(f64([1e-20])).numpy()).toEqual([1e-20]);
    expect(tf.log1p(f64([1e-20])).numpy()).toEqual([1e-20]);
  });

  it('erf is odd, saturates and matches reference values to the last digits', () => {
    const y = tf.erf(f64([0.1, -0.5, 1, 2, 3.5, 6, -30])).numpy() as number[];
    const expected = [0.1124629160182849, -0.5204998778130465, 0.8427007929497149, 0.9953222650189527, 0.9999992569016276, 1, -1];
    y.forEach((v, i) => expect(Math.abs(v - expected[i]!)).toBeLessThanOrEqual(2 * Number.EPSILON));
  });

  it('trigonometric and hyperbolic inverses undo their functions', () => {
    const x = f64([-0.7, 0.2, 0.9]);
    const close = (t: tf.Tensor) => (t.numpy() as number[]).forEach((v, i) => expect(v).toBeCloseTo([-0.7, 0.2, 0.9][i]!, 14));
    close(tf.asin(tf.sin(x)));
    close(tf.atan(tf.tan(x)));
    close(tf.asinh(tf.sinh(x)));
    close(tf.atanh(tf.tanh(x)));
    close(tf.acosh(tf.cosh(tf.abs(x))).multiply(tf.sign(x)));
    close(tf.subtract(Math.PI / 2, tf.acos(x)).sin());
  });

  it('sqrt, rsqrt and reciprocal at 0 and below', () => {
    expect(str(tf.sqrt(tf.constant([-0, -1])))).toBe('tf.Tensor([-0. nan], shape=(2,), dtype=float32)');
    expect(str(tf.rsqrt(tf.constant([-0, -1])))).toBe('tf.Tensor([-inf  nan], shape=(2,), dtype=float32)');
    expect(str(tf.reciprocal(tf.constant([0.5, -Infinity])))).toBe('tf.Tensor([ 2. -0.], shape=(2,), dtype=float32)');
  });

  it('are methods of Tensor and Variable', () => {
    const x = tf.constant([-4, 9]);
    expect(x.abs().sqrt().numpy()).toEqual([2, 3]);
    expect(x.sign().numpy()).toEqual([-1, 1]);
    expect(new tf.Variable([0]).exp().cos().numpy()).toEqual([Math.fround(Math.cos(1))]);
    expect(x.isNan().logicalNot().numpy()).toEqual([true, true]);
    expect(tf.constant([0.5, 2.5]).round().numpy()).toEqual([0, 2]);
  });
});

describe('unary math: gradients and their edge conventions', () => {
  it("abs'(0) = 0 (the sign), and sqrt(abs(x)) at 0 is nan (0 · inf), as in TF", () => {
    const x = tf.constant([-1, 0, 2]);
    expect(str(grad(tf.abs, x))).toBe('tf.Tensor([-1.  0.  1.], shape=(3,), dtype=float32)');
    expect(str(grad((v) => tf.sqrt(tf.abs(v)), x))).toBe('tf.Tensor([-0.5                nan  0.35355338], shape=(3,), dtype=float32)');
  });

  it("sqrt'(0) = inf, reciprocal'(0) = -inf, rsqrt'(0) = -inf", () => {
    const zero = tf.constant([0]);
    expect(str(grad(tf.sqrt, zero))).toBe('tf.Tensor([inf], shape=(1,), dtype=float32)');
    expect(str(grad(tf.reciprocal, zero))).toBe('tf.Tensor([-inf], shape=(1,), dtype=float32)');
    expect(str(grad(tf.rsqrt, zero))).toBe('tf.Tensor([-inf], shape=(1,), dtype=float32)');
  });

  it('sqrt, rsqrt and reciprocal give 0 where the upstream gradient is 0, even at their poles', () => {
    const x = tf.constant([-1, 0, 4]);
    const guarded = (op: (t: tf.Tensor) => tf.Tensor) => (v: tf.Tensor) => tf.where(tf.greater(v, 0), op(v), tf.zerosLike(v));
    expect(str(grad(guarded(tf.sqrt), x))).toBe('tf.Tensor([0.   0.   0.25], shape=(3,), dtype=float32)');
    expect(str(grad(guarded(tf.rsqrt), x))).toBe('tf.Tensor([ 0.      0.     -0.0625], shape=(3,), dtype=float32)');
    expect(str(grad(guarded(tf.reciprocal), x))).toBe('tf.Tensor([ 0.      0.     -0.0625], shape=(3,), dtype=float32)');
    // A nan upstream gradient stays nan.
    const tape = new tf.GradientTape();
    const y = tape.record(() => {
      tape.watch(x);
      return tf.sqrt(x);
    });
    expect(str(tape.gradient(y, x, { outputGradients: tf.constant([NaN, 0, 1]) }))).toBe('tf.Tensor([ nan 0.   0.25], shape=(3,), dtype=float32)');
  });

  it('sign has a zero gradient; floor, ceil and round have none, as in TF', () => {
    const x = tf.constant([-1.5, 0.5]);
    expect(str(grad(tf.sign, x))).toBe('tf.Tensor([0. 0.], shape=(2,), dtype=float32)');
    for (const op of [tf.floor, tf.ceil, tf.round]) {
      expect(grad(op, x)).toBeNull();
      expect(str(grad(op, x, { unconnectedGradients: 'zero' }))).toBe('tf.Tensor([0. 0.], shape=(2,), dtype=float32)');
    }
    expect(grad((v) => tf.cast(tf.isNan(v), 'float32'), x)).toBeNull();
  });

  it('give the textbook derivatives', () => {
    const x = f64([0.3]);
    const d = (op: (t: tf.Tensor) => tf.Tensor) => (grad(op, x)!.numpy() as number[])[0]!;
    const c = 0.3;
    expect(d(tf.exp)).toBeCloseTo(Math.exp(c), 15);
    expect(d(tf.expm1)).toBeCloseTo(Math.exp(c), 15);
    expect(d(tf.log1p)).toBeCloseTo(1 / 1.3, 15);
    expect(d(tf.tan)).toBeCloseTo(1 / Math.cos(c) ** 2, 15);
    expect(d(tf.asin)).toBeCloseTo(1 / Math.sqrt(1 - c * c), 15);
    expect(d(tf.acos)).toBeCloseTo(-1 / Math.sqrt(1 - c * c), 15);
    expect(d(tf.atan)).toBeCloseTo(1 / (1 + c * c), 15);
    expect(d(tf.asinh)).toBeCloseTo(1 / Math.sqrt(1 + c * c), 15);
    expect(d(tf.atanh)).toBeCloseTo(1 / (1 - c * c), 15);
    expect(d(tf.erf)).toBeCloseTo((2 / Math.sqrt(Math.PI)) * Math.exp(-c * c), 15);
    expect((grad(tf.acosh, f64([2]))!.numpy() as number[])[0]).toBeCloseTo(1 / Math.sqrt(3), 15);
  });

  it('differentiate twice (nested tapes)', () => {
    const x = f64([0.5]);
    const d2 = (op: (t: tf.Tensor) => tf.Tensor) => (secondDerivative(op, x)!.numpy() as number[])[0]!;
    expect(d2(tf.sin)).toBeCloseTo(-Math.sin(0.5), 15);
    expect(d2(tf.tanh)).toBeCloseTo(-2 * Math.tanh(0.5) * (1 - Math.tanh(0.5) ** 2), 15);
    expect(d2(tf.sqrt)).toBeCloseTo(-0.25 * 0.5 ** -1.5, 14);
    expect(d2(tf.reciprocal)).toBeCloseTo(2 / 0.125, 13);
    expect(d2(tf.erf)).toBeCloseTo((-4 * 0.5 * Math.exp(-0.25)) / Math.sqrt(Math.PI), 15);
    // abs' = sign(x), whose own gradient is zeros (not None), as in TF.
    expect(str(secondDerivative(tf.abs, x))).toBe('tf.Tensor([0.], shape=(1,), dtype=float64)');
  });
});
