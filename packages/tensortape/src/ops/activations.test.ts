import { describe, expect, it } from 'vitest';
import * as tf from '../index';
import { f64, grad, i32, str, typeError } from './op-test-helpers';


const values = (t: tf.Tensor | null) => t!.numpy() as number[];

describe('activations: dtypes and arguments', () => {
  it.each([
    ['sigmoid', tf.sigmoid, 'Sigmoid'],
    ['softplus', tf.softplus, 'Softplus'],
    ['elu', tf.elu, 'Elu'],
    ['selu', tf.selu, 'Selu'],
    ['gelu', (x: tf.Tensor) => tf.gelu(x), 'Gelu'],
    ['silu', (x: tf.Tensor) => tf.silu(x), 'Silu'],
    ['softmax', (x: tf.Tensor) => tf.softmax(x), 'Softmax'],
    ['logSoftmax', (x: tf.Tensor) => tf.logSoftmax(x), 'LogSoftmax'],
  ] as const)('%s takes only floats', (_, op, kernel) => {
    expect(() => op(i32([1]))).toThrow(typeError('int32', 'float, double', kernel));
  });

  it('relu and relu6 keep int32', () => {
    expect(str(tf.relu(i32([-3, 4])))).toBe('tf.Tensor([0 4], shape=(2,), dtype=int32)');
    expect(str(tf.relu6(i32([-3, 4, 7])))).toBe('tf.Tensor([0 4 6], shape=(3,), dtype=int32)');
    expect(() => tf.relu(tf.constant([true]))).toThrow(typeError('bool', 'float, double, int32', 'Relu'));
  });

  it('leakyRelu defaults alpha to 0.2 (a float32 attr, as in TF) and casts int32 to float32', () => {
    expect(str(tf.leakyRelu(tf.constant([-1, 3])))).toBe('tf.Tensor([-0.2  3. ], shape=(2,), dtype=float32)');
    expect(values(tf.leakyRelu(f64([-1])))).toEqual([-Math.fround(0.2)]);
    expect(str(tf.leakyRelu(i32([-10, 3]), 0.5))).toBe('tf.Tensor([-5.  3.], shape=(2,), dtype=float32)');
    expect(() => tf.leakyRelu(tf.constant([true]))).toThrow(typeError('bool', 'float, double', 'LeakyRelu'));
  });

  it('softmax and logSoftmax check the axis, then the dtype, then the rank, as TF', () => {
    const m = tf.zeros([2, 3]);
    expect(() => tf.softmax(m, 2)).toThrow(
      new tf.InvalidArgumentError('`dim` must be in the range [-2, 2) where 2 is the number of dimensions in the input. Received: dim=2'),
    );
    expect(() => tf.logSoftmax(m, -3)).toThrow('`dim` must be in the range [-2, 2) where 2 is the number of dimensions in the input. Received: dim=-3');
    expect(() => tf.softmax(i32([[1]]), 5)).toThrow('Received: dim=5');
    expect(() => tf.softmax(tf.constant(1))).toThrow(
      new tf.InvalidArgumentError(
        '{{function_node __wrapped__Softmax_device_/job:localhost/replica:0/task:0/device:CPU:0}} logits must have >= 1 dimension, got [] [Op:Softmax] name: ',
      ),
    );
    expect(() => tf.logSoftmax(tf.constant(1), 0)).toThrow('`dim` must be in the range [0, 0) where 0 is the number of dimensions in the input. Received: dim=0');
  });

  it('are methods of Tensor and Variable', () => {
    const x = tf.constant([[-1, 2]]);
    expect(x.relu().numpy()).toEqual([[0, 2]]);
    expect(x.relu6().numpy()).toEqual([[0, 2]]);
    expect(x.softmax(0).numpy()).toEqual([[1, 1]]);
    expect(new tf.Variable([0]).sigmoid().numpy()).toEqual([0.5]);
    expect(x.leakyRelu(0.5).numpy()).toEqual([[-0.5, 2]]);
    expect(values(x.reshape([2]).logSoftmax().exp().reduceSum().reshape([1]))[0]).toBeCloseTo(1, 6);
    expect(x.elu().selu().gelu().silu().softplus().isNan().numpy()).toEqual([[false, false]]);
  });
});

describe('activations: values', () => {
  it('sigmoid, softplus and the softmaxes stay finite for large |x|', () => {
    expect(values(tf.sigmoid(f64([-700, 745])))).toEqual([Math.exp(-700), 1]);
    expect(values(tf.softplus(f64([-1000, 1000, 40])))).toEqual([0, 1000, 40]);
    expect(values(tf.softplus(f64([-40])))[0]).toBeCloseTo(Math.exp(-40), 30);
    expect(values(tf.softmax(f64([-1000, 0, 1000])))).toEqual([0, 0, 1]);
    expect(values(tf.logSoftmax(f64([-1000, 1000])))).toEqual([-2000, 0]);
  });

  it('softmax along any axis sums to 1 there, and a negative axis counts from the end', () => {
    const x = tf.reshape(tf.range(24), [2, 3, 4]).multiply(0.1);
    for (const axis of [0, 1, 2]) {
      const s = tf.reduceSum(tf.softmax(x, axis), axis).reshape([-1]);
      values(s).forEach((v) => expect(v).toBeCloseTo(1, 6));
      expect(tf.softmax(x, axis - 3).numpy()).toEqual(tf.softmax(x, axis).numpy());
      const logs = values(tf.log(tf.softmax(x, axis)).reshape([-1]));
      values(tf.logSoftmax(x, axis).reshape([-1])).forEach((v, i) => expect(v).toBeCloseTo(logs[i]!, 6));
    }
  });

  it('selu and elu use TF constants; silu is x·sigmoid(βx); gelu has both forms', () => {
    expect(values(tf.selu(f64([1, -1])))).toEqual([1.0507009873554805, 1.0507009873554805 * 1.6732632423543772 * Math.expm1(-1)]);
    expect(values(tf.elu(f64([-2, 3])))).toEqual([Math.expm1(-2), 3]);
    const x = f64([-2, 0.5]);
    expect(values(tf.silu(x))).toEqual(values(tf.multiply(x, tf.sigmoid(x))));
    expect(values(tf.silu(x, 2))).toEqual(values(tf.multiply(x, tf.sigmoid(tf.multiply(x, 2)))));
    // Reference values at 40 digits, with TF's float32-rounded 1/√2 and 0.044715.
    // The tanh form cancels in 1 + tanh(u) for negative x, as TF's does: a looser tolerance.
    const near = (t: tf.Tensor, expected: number[], rtol: number) =>
      values(t).forEach((v, i) => expect(Math.abs(v - expected[i]!)).toBeLessThanOrEqual(rtol * Math.abs(expected[i]!)));
    near(tf.gelu(f64([-3, 1])), [-0.004049694777521031, 0.8413447419273904], 4 * Number.EPSILON);
    near(tf.gelu(f64([-3, 1]), true), [-0.003637392323790725, 0.8411919902786764], 1e-14);
    // The erfc form keeps the far negative tail instead of cancelling to -0.
    expect(values(tf.gelu(f64([-12])))[0]).toBeLessThan(0);
  });
});

describe('activations: gradients', () => {
  it("relu'(0) = 0 and relu6' is 0 at both kinks, as TF", () => {
    expect(str(grad(tf.relu, tf.constant([-1, 0, 2])))).toBe('tf.Tensor([0. 0. 1.], shape=(3,), dtype=float32)');
    expect(str(grad(tf.relu6, tf.constant([-1, 0, 3, 6, 7])))).toBe('tf.Tensor([0. 0. 1. 0. 0.], shape=(5,), dtype=float32)');
  });

  it('leakyRelu passes alpha below 0 (and at 0)', () => {
    expect(str(grad((x) => tf.leakyRelu(x, 0.5), tf.constant([-1, 0, 2])))).toBe('tf.Tensor([0.5 0.5 1. ], shape=(3,), dtype=float32)');
  });

  it('elu and selu: exp(x) (scaled) below 0, 1 (scale) above', () => {
    const x = f64([-0.5, 2]);
    expect(values(grad(tf.elu, x))[0]).toBeCloseTo(Math.exp(-0.5), 15);
    expect(values(grad(tf.elu, x))[1]).toBe(1);
    expect(values(grad(tf.selu, x))[0]).toBeCloseTo(1.0507009873554805 * 1.6732632423543772 * Math.exp(-0.5), 15);
    expect(values(grad(tf.selu, x))[1]).toBe(1.0507009873554805);
  });

  it('sigmoid and softplus gradients have no nan in the tails', () => {
    expect(values(grad(tf.sigmoid, f64([-800, 0, 800])))).toEqual([0, 0.25, 0]);
    expect(values(grad(tf.softplus, f64([-800, 0, 800])))).toEqual([0, 0.5, 1]);
  });

  it('the softmax gradient is (dy - sum(dy·y)) · y along the axis', () => {
    const x = f64([[0.1, 0.7], [-0.3, 0.2]]);
    const w = f64([[1, 2], [3, 5]]);
    const g = values(grad((v) => tf.reduceSum(tf.multiply(tf.softmax(v, 0), w)), x)!.reshape([-1]));
    const y = values(tf.softmax(x, 0).reshape([-1]));
    const ws = [1, 2, 3, 5];
    for (const col of [0, 1]) {
      const dot = ws[col]! * y[col]! + ws[col + 2]! * y[col + 2]!;
      expect(g[col]).toBeCloseTo((ws[col]! - dot) * y[col]!, 15);
      expect(g[col + 2]).toBeCloseTo((ws[col + 2]! - dot) * y[col + 2]!, 15);
    }
    // A sum of softmax is constant: its gradient vanishes.
    values(grad((v) => tf.reduceSum(tf.softmax(v)), x)!.reshape([-1])).forEach((v) => expect(Math.abs(v)).toBeLessThan(1e-16));
  });

  it('silu and gelu match their formulas, to second order', () => {
    const x = f64([0.7]);
    const s = 1 / (1 + Math.exp(-0.7));
    expect(values(grad((v) => tf.silu(v), x))[0]).toBeCloseTo(s * (1 + 0.7 * (1 - s)), 15);
    const outer = new tf.GradientTape();
    const d1 = outer.record(() => {
      outer.watch(x);
      return grad((v) => tf.gelu(v), x)!;
    });
    // gelu = 0.5 x erfc(-kx): gelu' = 0.5 erfc(-kx) + x d(x) and gelu'' = 2 d(x) - 2k²x² d(x),
    // with d(x) = k/√π e^(-k²x²).
    const k = Math.fround(Math.SQRT1_2);
    const density = (k / Math.sqrt(Math.PI)) * Math.exp(-((0.7 * k) ** 2));
    expect(values(outer.gradient(d1, x))[0]).toBeCloseTo(2 * density - 2 * k * k * 0.7 * 0.7 * density, 14);
  });
});
