import { describe, expect, it } from 'vitest';
import * as tf from './index';

const str = (t: tf.Tensor) => String(t);

describe('the seed ops', () => {
  it('compute in float32 by default and in each operand dtype', () => {
    expect(str(tf.square(tf.constant(3)))).toBe('tf.Tensor(9.0, shape=(), dtype=float32)');
    expect(str(tf.pow(tf.constant([2, 3]), 3))).toBe('tf.Tensor([ 8. 27.], shape=(2,), dtype=float32)');
    expect(str(tf.pow(tf.constant([2n, 3n]), 2n))).toBe('tf.Tensor([4 9], shape=(2,), dtype=int32)');
    expect(str(tf.add(tf.constant([1, 2]), 0.5))).toBe('tf.Tensor([1.5 2.5], shape=(2,), dtype=float32)');
    expect(str(tf.subtract(5, tf.constant([1, 2])))).toBe('tf.Tensor([4. 3.], shape=(2,), dtype=float32)');
    expect(str(tf.multiply(tf.constant([1, 2], { dtype: 'float64' }), 3))).toBe('tf.Tensor([3. 6.], shape=(2,), dtype=float64)');
    expect(str(tf.divide(tf.constant([1, 2]), 4))).toBe('tf.Tensor([0.25 0.5 ], shape=(2,), dtype=float32)');
    expect(str(tf.negative(tf.constant([1n, -2n])))).toBe('tf.Tensor([-1  2], shape=(2,), dtype=int32)');
  });

  it('divide of int32 is true division in float64, as in TF', () => {
    expect(str(tf.divide(tf.constant([1n, 3n]), 2n))).toBe('tf.Tensor([0.5 1.5], shape=(2,), dtype=float64)');
  });

  it('are also methods of Tensor and Variable', () => {
    const x = tf.constant([1, 2, 3]);
    expect(x.square().add(1).numpy()).toEqual([2, 5, 10]);
    expect(x.subtract(1).multiply(2).divide(4).negative().numpy()).toEqual([-0, -0.5, -1]);
    expect(new tf.Variable([2, 3]).pow(2).numpy()).toEqual([4, 9]);
  });

  it('broadcast NumPy-style, in every operand position', () => {
    const m = tf.constant([[1, 2, 3], [4, 5, 6]]);
    expect(tf.multiply(m, tf.constant([10, 20, 30])).numpy()).toEqual([[10, 40, 90], [40, 100, 180]]);
    expect(tf.add(tf.constant([[1], [2]]), tf.constant([10, 20, 30])).numpy()).toEqual([[11, 21, 31], [12, 22, 32]]);
    expect(tf.subtract(tf.constant([[1], [2]]), m).numpy()).toEqual([[0, -1, -2], [-2, -3, -4]]);
    const b = tf.add(tf.zeros([2, 1, 3]), tf.reshape(tf.range(4), [4, 1]));
    expect(b.shape).toEqual([2, 4, 3]);
    expect(tf.reduceSum(b).numpy()).toBe(2 * 3 * (0 + 1 + 2 + 3));
  });

  it('reject incompatible shapes with TF error and message', () => {
    expect(() => tf.multiply(tf.constant([1, 2]), tf.constant([1, 2, 3]))).toThrow(
      new tf.InvalidArgumentError(
        '{{function_node __wrapped__Mul_device_/job:localhost/replica:0/task:0/device:CPU:0}} Incompatible shapes: [2] vs. [3] [Op:Mul] name: ',
      ),
    );
    expect(() => tf.add(tf.zeros([2, 3]), tf.zeros([3, 2]))).toThrow('Incompatible shapes: [2,3] vs. [3,2] [Op:AddV2] name: ');
  });

  it('refuse mixed dtypes: no implicit promotion between tensors', () => {
    expect(() => tf.add(tf.constant(1), tf.constant(1, { dtype: 'float64' }))).toThrow(
      new tf.InvalidArgumentError(
        'cannot compute AddV2 as input #1(zero-based) was expected to be a float tensor but is a double tensor [Op:AddV2] name: ',
      ),
    );
    expect(() => tf.multiply(tf.constant(1), tf.constant(1n))).toThrow(
      'cannot compute Mul as input #1(zero-based) was expected to be a float tensor but is a int32 tensor [Op:Mul] name: ',
    );
    expect(() => tf.square(tf.constant(true))).toThrow(
      "Value for attr 'T' of bool is not in the list of allowed values: float, double, int32 [Op:Square] name: ",
    );
  });

  it('reduceSum and reduceMean take axis and keepdims (T54, T55)', () => {
    const x = tf.constant([[1, 2], [3, 4]]);
    expect(tf.reduceSum(x).numpy()).toBe(10);
    expect(tf.reduceSum(x, 0).numpy()).toEqual([4, 6]);
    expect(tf.reduceSum(x, -1, true).numpy()).toEqual([[3], [7]]);
    expect(tf.reduceMean(x, 1).numpy()).toEqual([1.5, 3.5]);
    expect(tf.reduceMean(tf.constant([1n, 2n])).numpy()).toBe(1);
    expect(() => tf.reduceSum(x, 2)).toThrow('Invalid reduction dimension (2 for input with 2 dimension(s) [Op:Sum] name: ');
  });

  it('reshape infers -1 and checks sizes', () => {
    expect(tf.reshape(tf.range(6), [2, -1]).shape).toEqual([2, 3]);
    expect(() => tf.reshape(tf.range(6), [4])).toThrow(
      'Input to reshape is a tensor with 6 values, but the requested shape has 4 [Op:Reshape] name: ',
    );
  });
});

describe('creation', () => {
  it('constant infers float32 from numbers, int32 from bigints, bool from booleans', () => {
    expect(tf.constant([[1, 2], [3, 4]]).dtype).toBe('float32');
    expect(tf.constant(2n).dtype).toBe('int32');
    expect(tf.constant([true, false]).dtype).toBe('bool');
    expect(tf.constant([1n, 2.5]).dtype).toBe('float32');
    expect(tf.constant(Float64Array.of(1)).dtype).toBe('float64');
    expect(tf.constant([Float64Array.of(1, 2), Float64Array.of(3, 4)]).shape).toEqual([2, 2]);
    expect(tf.constant([]).shape).toEqual([0]);
    expect(tf.constant([[]]).shape).toEqual([1, 0]);
    expect(tf.constant(7, { shape: [2, 2] }).numpy()).toEqual([[7, 7], [7, 7]]);
    expect(tf.constant([1, 2, 3, 4], { shape: [2, 2], dtype: 'int32' }).numpy()).toEqual([[1, 2], [3, 4]]);
  });

  it('rejects ragged, mixed and unsupported data with TF messages', () => {
    expect(() => tf.constant([[1, 2], [3]])).toThrow(new tf.ValueError("Can't convert non-rectangular Python sequence to Tensor."));
    expect(() => tf.constant([[1, 2], 3] as never)).toThrow("Can't convert non-rectangular Python sequence to Tensor.");
    expect(() => new tf.Variable([[1], [2, 3]])).toThrow("Can't convert non-rectangular Python sequence to Tensor.");
    expect(() => tf.constant([true, 1])).toThrow("Can't convert Python sequence with mixed types to Tensor.");
    expect(() => tf.constant(null as never)).toThrow(
      "Attempt to convert a value (None) with an unsupported type (<class 'NoneType'>) to a Tensor.",
    );
    expect(() => tf.constant(['a'] as never)).toThrow("Attempt to convert a value (a) with an unsupported type (<class 'string'>) to a Tensor.");
    expect(() => tf.constant(1.5, { dtype: 'int32' })).toThrow('Cannot convert 1.5 to EagerTensor of dtype int32');
    expect(() => tf.constant(2n ** 40n)).toThrow('Cannot convert 1099511627776 to EagerTensor of dtype int32');
    expect(() => tf.constant([1, 2], { shape: [3] })).toThrow(tf.ValueError);
  });

  it('zeros, ones, fill and range', () => {
    expect(str(tf.zeros([2, 3]))).toBe('tf.Tensor(\n[[0. 0. 0.]\n [0. 0. 0.]], shape=(2, 3), dtype=float32)');
    expect(tf.ones([2], 'int32').repr()).toBe('<tf.Tensor: shape=(2,), dtype=int32, numpy=array([1, 1])>');
    expect(tf.ones([1], 'bool').numpy()).toEqual([true]);
    expect(tf.fill([2], 7n).repr()).toBe('<tf.Tensor: shape=(2,), dtype=int32, numpy=array([7, 7])>');
    expect(tf.zerosLike(tf.constant([1n])).dtype).toBe('int32');
    expect(tf.onesLike(tf.constant([[1, 2]])).numpy()).toEqual([[1, 1]]);
    expect(str(tf.range(5n))).toBe('tf.Tensor([0 1 2 3 4], shape=(5,), dtype=int32)');
    expect(tf.range(0, 1, 0.25).numpy()).toEqual([0, 0.25, 0.5, 0.75]);
    expect(tf.range(5, 0, -2).numpy()).toEqual([5, 3, 1]);
    expect(tf.range(3, undefined, 1, 'float64').dtype).toBe('float64');
    expect(() => tf.range(0, 1, 0)).toThrow('Requires delta != 0: 0 [Op:Range] name: ');
    expect(() => tf.zeros([-1])).toThrow(tf.ValueError);
  });

  it('random.normal is seedable: the same seeds give the same draws', () => {
    tf.random.setSeed(7);
    const a = Array.from(tf.random.normal([1000], { seed: 3 }).dataSync());
    const a2 = tf.random.normal([4]).dataSync();
    tf.random.setSeed(7);
    const b = Array.from(tf.random.normal([1000], { seed: 3 }).dataSync());
    const b2 = tf.random.normal([4]).dataSync();
    expect(b).toEqual(a);
    expect(b2).toEqual(a2);
    expect(a2).not.toEqual(a.slice(0, 4));
    const mean = a.reduce((s, v) => s + v, 0) / a.length;
    const variance = a.reduce((s, v) => s + (v - mean) ** 2, 0) / a.length;
    expect(Math.abs(mean)).toBeLessThan(0.1);
    expect(Math.abs(variance - 1)).toBeLessThan(0.15);
    const scaled = tf.random.normal([1000], { mean: 5, stddev: 0.01, dtype: 'float64', seed: 1 });
    expect(scaled.dtype).toBe('float64');
    expect(tf.reduceMean(scaled).numpy()).toBeCloseTo(5, 2);
    expect(() => tf.random.normal([2], { dtype: 'int32' })).toThrow(tf.InvalidArgumentError);
  });
});
