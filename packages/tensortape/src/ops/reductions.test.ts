import { describe, expect, it } from 'vitest';
import * as tf from '../index';
import { f64, grad, i32, str, wrapped } from './op-test-helpers';


describe('reductions: axis and keepdims, as TF (input, axis?, keepdims = false)', () => {
  const x = tf.constant([
    [1, 5, 2],
    [4, 3, 6],
  ]);

  it('reduce over all axes, one axis, several, negative ones', () => {
    expect(tf.reduceMax(x).numpy()).toBe(6);
    expect(tf.reduceMax(x, 0).numpy()).toEqual([4, 5, 6]);
    expect(tf.reduceMin(x, -1).numpy()).toEqual([1, 3]);
    expect(tf.reduceMin(x, [0, 1]).numpy()).toBe(1);
    expect(tf.reduceProd(x, 1).numpy()).toEqual([10, 72]);
    expect(tf.reduceProd(x, [-1, 0]).numpy()).toBe(720);
  });

  it('keep reduced dimensions with keepdims', () => {
    expect(tf.reduceMax(x, 1, true).shape).toEqual([2, 1]);
    expect(tf.reduceMin(x, undefined, true).numpy()).toEqual([[1]]);
    expect(tf.reduceProd(x, 0, true).numpy()).toEqual([[4, 15, 12]]);
    expect(tf.reduceLogSumExp(x, 1, true).shape).toEqual([2, 1]);
    expect(tf.reduceVariance(x, 0, true).shape).toEqual([1, 3]);
    expect(tf.reduceStd(x, [0, 1], true).shape).toEqual([1, 1]);
  });

  it('reduceAny and reduceAll reduce bool tensors', () => {
    const b = tf.constant([
      [true, false],
      [true, true],
    ]);
    expect(tf.reduceAny(b).numpy()).toBe(true);
    expect(tf.reduceAll(b).numpy()).toBe(false);
    expect(tf.reduceAll(b, 0).numpy()).toEqual([true, false]);
    expect(tf.reduceAny(tf.logicalNot(b), 1, true).numpy()).toEqual([[true], [false]]);
  });

  it('reduceLogSumExp is stable for large values and keeps the dtype', () => {
    expect(str(tf.reduceLogSumExp(f64([1000, 1000])))).toBe(`tf.Tensor(${1000 + Math.log(2)}, shape=(), dtype=float64)`);
    expect(tf.reduceLogSumExp(tf.constant([-Infinity, -Infinity])).numpy()).toBe(-Infinity);
  });

  it('reduceVariance and reduceStd are population statistics', () => {
    expect(tf.reduceVariance(f64([1, 2, 3, 4])).numpy()).toBe(1.25);
    expect(tf.reduceStd(f64([[1, 3], [5, 9]]), 1).numpy()).toEqual([1, 2]);
  });

  it('int32 reductions stay int32', () => {
    expect(str(tf.reduceProd(i32([[2, 3], [4, 5]]), 0))).toBe('tf.Tensor([ 8 15], shape=(2,), dtype=int32)');
    expect(str(tf.reduceMax(i32([-1, -7])))).toBe('tf.Tensor(-1, shape=(), dtype=int32)');
  });

  it('are methods of Tensor and Variable', () => {
    const v = new tf.Variable([
      [1, 5],
      [4, 3],
    ]);
    expect(v.reduceMax(0).numpy()).toEqual([4, 5]);
    expect(x.reduceMin().numpy()).toBe(1);
    expect(x.reduceProd(0).numpy()).toEqual([4, 15, 12]);
    expect(f64([0, 0]).reduceLogSumExp().numpy()).toBeCloseTo(Math.log(2), 12);
    expect(f64([1, 3]).reduceVariance().numpy()).toBe(1);
    expect(f64([1, 3]).reduceStd().numpy()).toBe(1);
    expect(tf.constant([true, false]).reduceAny().numpy()).toBe(true);
    expect(tf.constant([true, false]).reduceAll().numpy()).toBe(false);
    expect(v.argMax(1).numpy()).toEqual([1, 0]);
    expect(v.argMin().numpy()).toEqual([0, 1]);
    expect(v.cumsum(1).numpy()).toEqual([
      [1, 6],
      [4, 7],
    ]);
    expect(v.cumprod(0, true).numpy()).toEqual([
      [1, 1],
      [1, 5],
    ]);
  });
});

describe('argMax and argMin', () => {
  it('default to axis 0, answer int32 and take the first of ties', () => {
    const x = tf.constant([
      [1, 9, 3],
      [7, 9, 0],
    ]);
    expect(str(tf.argMax(x))).toBe('tf.Tensor([1 0 0], shape=(3,), dtype=int32)');
    expect(str(tf.argMin(x, -1))).toBe('tf.Tensor([0 2], shape=(2,), dtype=int32)');
    expect(tf.argMax(i32([3, 3, 1])).numpy()).toBe(0);
  });

  it('raise TF errors for a bad axis, an empty axis and bool input', () => {
    const x = tf.zeros([2, 3]);
    expect(() => tf.argMax(x, 2)).toThrow(
      new tf.InvalidArgumentError(`${wrapped('ArgMax')} Expected dimension in the range [-2, 2), but got 2 [Op:ArgMax] name: `),
    );
    expect(() => tf.argMin(x, -3)).toThrow('Expected dimension in the range [-2, 2), but got -3 [Op:ArgMin] name: ');
    expect(() => tf.argMax(tf.zeros([0, 3]))).toThrow(
      new tf.InvalidArgumentError(`${wrapped('ArgMax')} Reduction axis 0 is empty in shape [0,3] [Op:ArgMax] name: `),
    );
    expect(() => tf.argMax(tf.constant(1))).toThrow('Expected dimension in the range [0, 0), but got 0 [Op:ArgMax] name: ');
    expect(() => tf.argMin(tf.constant([true]))).toThrow(
      "Value for attr 'T' of bool is not in the list of allowed values: float, double, int32 [Op:ArgMin] name: ",
    );
  });

  it('carry no gradient', () => {
    expect(grad((v) => tf.cast(tf.argMax(v), 'float32'), tf.constant([1, 2]))).toBeNull();
  });
});

describe('cumsum and cumprod (TF (x, axis = 0, exclusive = false, reverse = false))', () => {
  const x = tf.constant([1, 2, 3]);

  it('combine exclusive and reverse', () => {
    expect(tf.cumsum(x).numpy()).toEqual([1, 3, 6]);
    expect(tf.cumsum(x, 0, true).numpy()).toEqual([0, 1, 3]);
    expect(tf.cumsum(x, 0, false, true).numpy()).toEqual([6, 5, 3]);
    expect(tf.cumsum(x, -1, true, true).numpy()).toEqual([5, 3, 0]);
    expect(tf.cumprod(x).numpy()).toEqual([1, 2, 6]);
    expect(tf.cumprod(x, 0, true, true).numpy()).toEqual([6, 3, 1]);
    expect(str(tf.cumprod(i32([[2, 3], [4, 5]]), 1))).toBe('tf.Tensor(\n[[ 2  6]\n [ 4 20]], shape=(2, 2), dtype=int32)');
  });

  it('raise TF errors, printing the axis after adding the rank', () => {
    const m = tf.zeros([2, 2]);
    expect(() => tf.cumsum(m, 2)).toThrow(
      new tf.InvalidArgumentError(`${wrapped('Cumsum')} ScanOp: Expected scan axis in the range [-2, 2), but got 2 [Op:Cumsum] name: `),
    );
    expect(() => tf.cumprod(m, -3)).toThrow('ScanOp: Expected scan axis in the range [-2, 2), but got -1 [Op:Cumprod] name: ');
    expect(() => tf.cumsum(tf.constant(1))).toThrow('ScanOp: Expected scan axis in the range [0, 0), but got 0 [Op:Cumsum] name: ');
    expect(() => tf.cumsum(tf.constant([true]))).toThrow(
      "Value for attr 'T' of bool is not in the list of allowed values: float, double, int32 [Op:Cumsum] name: ",
    );
  });

  it('have TF gradients: a reversed cumsum, and cumprod by its running products', () => {
    expect(grad((v) => tf.cumsum(v), x)!.numpy()).toEqual([3, 2, 1]);
    expect(grad((v) => tf.cumsum(v, 0, true), x)!.numpy()).toEqual([2, 1, 0]);
    expect(grad((v) => tf.cumsum(v, 0, false, true), x)!.numpy()).toEqual([1, 2, 3]);
    // d(x1 + x1 x2 + x1 x2 x3) = [1 + x2 + x2 x3, x1 + x1 x3, x1 x2]
    expect(grad((v) => tf.cumprod(v), x)!.numpy()).toEqual([9, 4, 2]);
    // d(1 + x1 + x1 x2) = [1 + x2, x1, 0]
    expect(grad((v) => tf.cumprod(v, 0, true), x)!.numpy()).toEqual([3, 1, 0]);
  });
});

describe('reductions: TF errors', () => {
  it('raise TF errors for an axis out of range, with the kernel wrapper prefix', () => {
    const x = tf.zeros([2, 2]);
    expect(() => tf.reduceMax(x, 2)).toThrow(
      new tf.InvalidArgumentError(`${wrapped('Max')} Invalid reduction dimension (2 for input with 2 dimension(s) [Op:Max] name: `),
    );
    expect(() => tf.reduceMin(x, -3)).toThrow('Invalid reduction dimension (-3 for input with 2 dimension(s) [Op:Min] name: ');
    expect(() => tf.reduceProd(x, [0, 5])).toThrow('Invalid reduction dimension (5 for input with 2 dimension(s) [Op:Prod] name: ');
    expect(() => tf.reduceAll(tf.constant([true]), 1)).toThrow('Invalid reduction dimension (1 for input with 1 dimension(s) [Op:All] name: ');
    expect(() => tf.reduceLogSumExp(x, 2)).toThrow('[Op:Max] name: ');
  });

  it('refuse bool input to arithmetic reductions and other input to logical ones', () => {
    const b = tf.constant([true]);
    expect(() => tf.reduceMax(b)).toThrow(
      new tf.InvalidArgumentError("Value for attr 'T' of bool is not in the list of allowed values: float, double, int32 [Op:Max] name: "),
    );
    expect(() => tf.reduceProd(b)).toThrow("Value for attr 'T' of bool is not in the list of allowed values: float, double, int32 [Op:Prod] name: ");
    expect(() => tf.reduceAny(tf.constant([1]))).toThrow(
      new tf.InvalidArgumentError(
        'cannot compute Any as input #0(zero-based) was expected to be a bool tensor but is a float tensor [Op:Any] name: ',
      ),
    );
    expect(() => tf.reduceAll(i32([1]))).toThrow(
      'cannot compute All as input #0(zero-based) was expected to be a bool tensor but is a int32 tensor [Op:All] name: ',
    );
  });

  it('refuse int32 where TF needs floats', () => {
    expect(() => tf.reduceVariance(i32([1, 2]))).toThrow(new TypeError("Input must be either real or complex. Received integer type <dtype: 'int32'>."));
    expect(() => tf.reduceStd(i32([1, 2]))).toThrow("Input must be either real or complex. Received integer type <dtype: 'int32'>.");
    expect(() => tf.reduceLogSumExp(i32([1, 2]))).toThrow(
      "Value for attr 'T' of int32 is not in the list of allowed values: float, double [Op:IsFinite] name: ",
    );
  });
});

describe('reductions: gradients', () => {
  it('reduceMax splits ties evenly (T56)', () => {
    const x = new tf.Variable([1, 3, 3, 2]);
    const tape = new tf.GradientTape();
    const m = tape.record(() => tf.reduceMax(x));
    expect(str(tape.gradient(m, x))).toBe('tf.Tensor([0.  0.5 0.5 0. ], shape=(4,), dtype=float32)');
  });

  it('reduceMin splits ties per slice, with or without keepdims', () => {
    const x = tf.constant([
      [1, 1, 2],
      [0, 5, 4],
    ]);
    expect(grad((v) => tf.reduceMin(v, 1), x)!.numpy()).toEqual([
      [0.5, 0.5, 0],
      [1, 0, 0],
    ]);
    expect(grad((v) => tf.reduceMin(v, 1, true), x)!.numpy()).toEqual([
      [0.5, 0.5, 0],
      [1, 0, 0],
    ]);
  });

  it('reduceProd is exact at zeros, over one axis or several', () => {
    expect(grad((v) => tf.reduceProd(v), f64([2, 0, 3]))!.numpy()).toEqual([0, 6, 0]);
    expect(grad((v) => tf.reduceProd(v), f64([0, 0, 3]))!.numpy()).toEqual([0, 0, 0]);
    const x = f64([
      [
        [1, 2],
        [3, 4],
      ],
      [
        [5, 0],
        [7, 8],
      ],
    ]);
    // Over axes 0 and 2: slices {1, 2, 5, 0} (product 0) and {3, 4, 7, 8}.
    expect(grad((v) => tf.reduceProd(v, [0, 2]), x)!.numpy()).toEqual([
      [
        [0, 0],
        [224, 168],
      ],
      [
        [0, 10],
        [96, 84],
      ],
    ]);
  });

  it('reduceProd has second derivatives', () => {
    const x = f64([2, 3, 4]);
    const outer = new tf.GradientTape();
    const g = outer.record(() => {
      outer.watch(x);
      return grad((v) => tf.reduceProd(v), x)!;
    });
    // d/dx of sum(grad) = d/dx (x2 x3 + x1 x3 + x1 x2) = [x2 + x3, x1 + x3, x1 + x2]
    expect(outer.gradient(g, x)!.numpy()).toEqual([7, 6, 5]);
  });

  it('reduceLogSumExp has the softmax gradient, stopped max included', () => {
    const [g0, g1] = grad((v) => tf.reduceLogSumExp(v), f64([0, Math.log(3)]))!.dataSync();
    expect(g0).toBeCloseTo(0.25, 15);
    expect(g1).toBeCloseTo(0.75, 15);
  });

  it('reduceVariance and reduceStd: 2(x - mean)/n and (x - mean)/(n std)', () => {
    expect(grad((v) => tf.reduceVariance(v), f64([1, 3]))!.numpy()).toEqual([-1, 1]);
    expect(grad((v) => tf.reduceStd(v), f64([1, 3]))!.numpy()).toEqual([-0.5, 0.5]);
  });

  it('reduceAny and reduceAll carry no gradient', () => {
    expect(grad((v) => tf.cast(tf.reduceAny(tf.less(v, 1)), 'float32'), tf.constant([0, 2]))).toBeNull();
  });
});
