import { describe, expect, it } from 'vitest';
import * as tf from '../index';
import { f64, grads, i32, str, wrapped } from './op-test-helpers';


describe('binary ops: values and dtypes', () => {
  it('floorDiv and mod follow floor semantics, as Python // and %', () => {
    expect(tf.floorDiv(i32([7, -7, 7, -7]), i32([2, 2, -2, -2])).numpy()).toEqual([3, -4, -4, 3]);
    expect(tf.mod(i32([7, -7, 7, -7]), i32([2, 2, -2, -2])).numpy()).toEqual([1, 1, -1, -1]);
    expect(tf.mod(tf.constant([-0.5, 2.5]), 2).numpy()).toEqual([1.5, 0.5]);
    expect(tf.floorDiv(tf.constant([-0.5, 2.5]), 2).numpy()).toEqual([-1, 1]);
  });

  it('divNoNan gives 0 for a zero divisor and divides int32 in float64', () => {
    expect(str(tf.divNoNan(tf.constant([1, 0, NaN]), 0))).toBe('tf.Tensor([0. 0. 0.], shape=(3,), dtype=float32)');
    expect(tf.divNoNan(i32([1, 3]), 2n).dtype).toBe('float64');
  });

  it('maximum and minimum propagate nan and keep the operand dtype', () => {
    expect(str(tf.maximum(tf.constant([NaN, 1]), tf.constant([0, NaN])))).toBe('tf.Tensor([nan nan], shape=(2,), dtype=float32)');
    expect(str(tf.minimum(i32([1, 5]), 3n))).toBe('tf.Tensor([1 3], shape=(2,), dtype=int32)');
  });

  it('comparisons answer bool; equal and notEqual take bool operands too', () => {
    const x = tf.constant([1, 2, 3]);
    expect(tf.less(x, 2).numpy()).toEqual([true, false, false]);
    expect(tf.lessEqual(x, 2).numpy()).toEqual([true, true, false]);
    expect(tf.greaterEqual(x, 2).numpy()).toEqual([false, true, true]);
    expect(tf.equal(x, 2).numpy()).toEqual([false, true, false]);
    expect(tf.notEqual(x, 2).numpy()).toEqual([true, false, true]);
    expect(tf.equal(true, tf.constant([true, false])).numpy()).toEqual([true, false]);
    expect(tf.notEqual(tf.constant([true, false]), false).dtype).toBe('bool');
  });

  it('logicalAnd and logicalOr broadcast bool tensors', () => {
    const a = tf.constant([[true], [false]]);
    expect(tf.logicalAnd(a, tf.constant([true, false])).numpy()).toEqual([[true, false], [false, false]]);
    expect(tf.logicalOr(a, tf.constant([true, false])).numpy()).toEqual([[true, true], [true, false]]);
  });

  it('squaredDifference and atan2 (y first, as in TF)', () => {
    expect(tf.squaredDifference(i32([1, -2]), 3n).numpy()).toEqual([4, 25]);
    expect(tf.atan2(f64([1]), f64([0])).numpy()).toEqual([Math.PI / 2]);
  });

  it('clipByValue clamps with scalar or tensor bounds', () => {
    expect(str(tf.clipByValue(tf.constant([-2, 0.5, 3]), -1, 1))).toBe('tf.Tensor([-1.   0.5  1. ], shape=(3,), dtype=float32)');
    expect(tf.clipByValue(i32([[-5, 5], [0, 0]]), i32([0, -1]), i32([[1], [-1]])).numpy()).toEqual([[0, 1], [0, -1]]);
  });

  it('are methods of Tensor and Variable', () => {
    const x = tf.constant([1, 4]);
    expect(x.maximum(2).minimum(3).numpy()).toEqual([2, 3]);
    expect(x.squaredDifference(2).numpy()).toEqual([1, 4]);
    expect(x.mod(3).floorDiv(1).numpy()).toEqual([1, 1]);
    expect(x.divNoNan(0).numpy()).toEqual([0, 0]);
    expect(x.atan2(0).numpy()).toEqual([Math.fround(Math.PI / 2), Math.fround(Math.PI / 2)]);
    expect(x.less(2).logicalOr(x.greaterEqual(4)).numpy()).toEqual([true, true]);
    expect(x.equal(1).logicalAnd(x.notEqual(4)).numpy()).toEqual([true, false]);
    expect(x.lessEqual(1).numpy()).toEqual([true, false]);
    expect(new tf.Variable([-3, 3]).clipByValue(-1, 1).numpy()).toEqual([-1, 1]);
  });
});

describe('binary ops: TF errors', () => {
  it('refuse mixed dtypes', () => {
    expect(() => tf.maximum(tf.constant([1]), f64([1]))).toThrow(
      new tf.InvalidArgumentError(
        'cannot compute Maximum as input #1(zero-based) was expected to be a float tensor but is a double tensor [Op:Maximum] name: ',
      ),
    );
    expect(() => tf.equal(tf.constant([1]), i32([1]))).toThrow(
      'cannot compute Equal as input #1(zero-based) was expected to be a float tensor but is a int32 tensor [Op:Equal] name: ',
    );
    expect(() => tf.clipByValue(i32([1]), 0.5, 2n)).toThrow(new TypeError('Cannot convert 0.5 to EagerTensor of dtype int32'));
  });

  it('refuse bool operands to arithmetic and ints where TF wants floats', () => {
    const b = tf.constant([true]);
    for (const [op, name] of [
      [tf.maximum, 'Maximum'],
      [tf.minimum, 'Minimum'],
      [tf.mod, 'FloorMod'],
      [tf.floorDiv, 'FloorDiv'],
      [tf.squaredDifference, 'SquaredDifference'],
      [tf.divNoNan, 'DivNoNan'],
      [tf.less, 'Less'],
      [tf.greaterEqual, 'GreaterEqual'],
    ] as const) {
      expect(() => op(b, b)).toThrow(
        new tf.InvalidArgumentError(`Value for attr 'T' of bool is not in the list of allowed values: float, double, int32 [Op:${name}] name: `),
      );
    }
    expect(() => tf.atan2(i32([1]), i32([1]))).toThrow(
      "Value for attr 'T' of int32 is not in the list of allowed values: float, double [Op:Atan2] name: ",
    );
  });

  it('logical ops take bool tensors only, naming the offending input', () => {
    expect(() => tf.logicalAnd(tf.constant([1]), tf.constant([true]))).toThrow(
      new tf.InvalidArgumentError(
        'cannot compute LogicalAnd as input #0(zero-based) was expected to be a bool tensor but is a float tensor [Op:LogicalAnd] name: ',
      ),
    );
    expect(() => tf.logicalOr(tf.constant([true]), i32([1]))).toThrow(
      'cannot compute LogicalOr as input #1(zero-based) was expected to be a bool tensor but is a int32 tensor [Op:LogicalOr] name: ',
    );
    expect(() => tf.logicalOr(tf.constant([true]), 1)).toThrow(new TypeError('Cannot convert 1 to EagerTensor of dtype bool'));
  });

  it('reject shapes that do not broadcast', () => {
    expect(() => tf.less(tf.zeros([2]), tf.zeros([3]))).toThrow(
      new tf.InvalidArgumentError(`${wrapped('Less')} Incompatible shapes: [2] vs. [3] [Op:Less] name: `),
    );
    expect(() => tf.logicalAnd(tf.constant([true, false]), tf.constant([true, false, true]))).toThrow(
      'Incompatible shapes: [2] vs. [3] [Op:LogicalAnd] name: ',
    );
  });

  it('int32 floorDiv and mod by zero raise, floats give inf or nan', () => {
    expect(() => tf.floorDiv(i32([1, 2]), i32([1, 0]))).toThrow(
      new tf.InvalidArgumentError(`${wrapped('FloorDiv')} Integer division by zero [Op:FloorDiv] name: `),
    );
    expect(() => tf.mod(i32([1]), 0n)).toThrow(`${wrapped('FloorMod')} Integer division by zero [Op:FloorMod] name: `);
    expect(str(tf.floorDiv(tf.constant([1]), 0))).toBe('tf.Tensor([inf], shape=(1,), dtype=float32)');
  });

  it('clipByValue refuses bounds that would grow t', () => {
    expect(() => tf.clipByValue(tf.constant([1, 2]), tf.zeros([2, 2]), 1)).toThrow(new tf.ValueError('Shapes (2,) and (2, 2) are incompatible'));
    expect(() => tf.clipByValue(tf.constant(1), 0, tf.ones([3]))).toThrow(new tf.ValueError('Shapes () and (3,) are incompatible'));
  });
});

describe('binary ops: gradients', () => {
  it('maximum and minimum give ties to the first argument (TF §1.16, T73)', () => {
    const [x, y] = [tf.constant([1, 2]), tf.constant([1, 3])];
    expect(grads(tf.maximum, x, y).map(str)).toEqual([
      'tf.Tensor([1. 0.], shape=(2,), dtype=float32)',
      'tf.Tensor([0. 1.], shape=(2,), dtype=float32)',
    ]);
    expect(grads(tf.minimum, x, y).map(str)).toEqual([
      'tf.Tensor([1. 1.], shape=(2,), dtype=float32)',
      'tf.Tensor([0. 0.], shape=(2,), dtype=float32)',
    ]);
    expect(str(grads((v) => tf.maximum(v, 0), tf.constant([-1, 0, 2]))[0]!)).toBe('tf.Tensor([0. 1. 1.], shape=(3,), dtype=float32)');
  });

  it('maximum sums the gradient of a broadcast operand', () => {
    const [, gb] = grads(tf.maximum, tf.constant([[1, 5], [0, 1]]), tf.constant([2, 2]));
    expect(gb!.numpy()).toEqual([2, 1]);
  });

  it('clipByValue passes the gradient where min <= t <= max, bounds included', () => {
    const x = tf.constant([-2, -1, 0, 1, 2]);
    expect(grads((v) => tf.clipByValue(v, -1, 1), x)[0]!.numpy()).toEqual([0, 1, 1, 1, 0]);
    const [gt, gmin, gmax] = grads(tf.clipByValue, x, tf.constant(-1), tf.constant(1));
    expect([gt!.numpy(), gmin!.numpy(), gmax!.numpy()]).toEqual([[0, 1, 1, 1, 0], 1, 1]);
  });

  it('divNoNan has zero gradients where the divisor is 0', () => {
    const [ga, gb] = grads(tf.divNoNan, f64([3, 3]), f64([2, 0]));
    expect(ga!.numpy()).toEqual([0.5, 0]);
    expect(gb!.numpy()).toEqual([-0.75, 0]);
  });

  it('mod: 1 for a, -floor(a / b) for b', () => {
    const [ga, gb] = grads(tf.mod, f64([7, -7]), f64([2, 2]));
    expect(ga!.numpy()).toEqual([1, 1]);
    expect(gb!.numpy()).toEqual([-3, 4]);
  });

  it('squaredDifference and atan2', () => {
    const [ga, gb] = grads(tf.squaredDifference, f64([3, 1]), f64([1]));
    expect([ga!.numpy(), gb!.numpy()]).toEqual([[4, 0], [-4]]);
    const [gy, gx] = grads(tf.atan2, f64([1]), f64([1]));
    expect([gy!.numpy(), gx!.numpy()]).toEqual([[0.5], [-0.5]]);
  });

  it('floorDiv and the comparisons carry no gradient', () => {
    const x = tf.constant([1, 2]);
    expect(grads((v) => tf.floorDiv(v, 2), x)).toEqual([null]);
    expect(grads((v) => tf.cast(tf.less(v, 2), 'float32'), x)).toEqual([null]);
    expect(grads((v) => tf.cast(tf.equal(v, 2), 'float32'), x)).toEqual([null]);
  });
});
