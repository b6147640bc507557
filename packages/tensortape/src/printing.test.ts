import { describe, expect, it } from 'vitest';
import * as tf from './index';

/**
 * Reference cases T1 and T10–T17, as tensortape prints them: the seed's convention (DESIGN.md)
 * drops `dtype=int32` from reprs and prints float32 scalar reprs in their own precision.
 */
describe('printing (reference T1, T10–T17)', () => {
  const c = (v: tf.TensorLike, dtype?: tf.DType) => tf.constant(v, dtype ? { dtype } : {});

  it('T1: variable attributes', () => {
    const v = new tf.Variable(1);
    expect(tf.str(v)).toBe("<tf.Variable 'Variable:0' shape=() dtype=float32, numpy=1.0>");
    expect([v.name, tf.str(v.trainable), tf.formatShape(v.shape), tf.formatDType(v.dtype)].join(' ')).toBe(
      "Variable:0 True () <dtype: 'float32'>",
    );
  });

  it('T10: scalars, str and repr', () => {
    const lines = [
      [String(c(9)), c(9).repr()],
      [String(c(1n)), c(1n).repr()],
      [String(c(0.1)), c(0.1).repr()],
      [String(c(1 / 3)), c(1 / 3).repr()],
      [String(c(0.1, 'float64')), c(0.1, 'float64').repr()],
      [String(c(true)), c(true).repr()],
      [String(c(1e20)), c(1e20).repr()],
      [String(c(1e-5)), c(1e-5).repr()],
      [String(c(-0)), String(c(NaN)), String(c(Infinity))],
      [String(c(123456789)), c(123456789).repr()],
      [String(c(2147483647n)), String(c(-2147483648n))],
    ].map((l) => l.join(' '));
    expect(lines).toEqual([
      'tf.Tensor(9.0, shape=(), dtype=float32) <tf.Tensor: shape=(), dtype=float32, numpy=9.0>',
      'tf.Tensor(1, shape=(), dtype=int32) <tf.Tensor: shape=(), dtype=int32, numpy=1>',
      'tf.Tensor(0.1, shape=(), dtype=float32) <tf.Tensor: shape=(), dtype=float32, numpy=0.1>',
      'tf.Tensor(0.33333334, shape=(), dtype=float32) <tf.Tensor: shape=(), dtype=float32, numpy=0.33333334>',
      'tf.Tensor(0.1, shape=(), dtype=float64) <tf.Tensor: shape=(), dtype=float64, numpy=0.1>',
      'tf.Tensor(True, shape=(), dtype=bool) <tf.Tensor: shape=(), dtype=bool, numpy=True>',
      'tf.Tensor(1e+20, shape=(), dtype=float32) <tf.Tensor: shape=(), dtype=float32, numpy=1e+20>',
      'tf.Tensor(1e-05, shape=(), dtype=float32) <tf.Tensor: shape=(), dtype=float32, numpy=1e-05>',
      'tf.Tensor(-0.0, shape=(), dtype=float32) tf.Tensor(nan, shape=(), dtype=float32) tf.Tensor(inf, shape=(), dtype=float32)',
      'tf.Tensor(123456790.0, shape=(), dtype=float32) <tf.Tensor: shape=(), dtype=float32, numpy=123456790.0>',
      'tf.Tensor(2147483647, shape=(), dtype=int32) tf.Tensor(-2147483648, shape=(), dtype=int32)',
    ]);
  });

  it('T11: one dimension', () => {
    expect(c([1n, 2n, 3n]).repr()).toBe('<tf.Tensor: shape=(3,), dtype=int32, numpy=array([1, 2, 3])>');
    expect(c([2, 4, 6]).repr()).toBe('<tf.Tensor: shape=(3,), dtype=float32, numpy=array([2., 4., 6.], dtype=float32)>');
    expect(String(c([1.5, 2, 3]))).toBe('tf.Tensor([1.5 2.  3. ], shape=(3,), dtype=float32)');
    expect(String(c([1 / 3, 2 / 3], 'float64'))).toBe('tf.Tensor([0.33333333 0.66666667], shape=(2,), dtype=float64)');
    expect(c([true, false]).repr()).toBe('<tf.Tensor: shape=(2,), dtype=bool, numpy=array([ True, False])>');
    expect(String(c([1e-5, 1]))).toBe('tf.Tensor([1.e-05 1.e+00], shape=(2,), dtype=float32)');
    expect(String(c([1e7, 1]))).toBe('tf.Tensor([1.e+07 1.e+00], shape=(2,), dtype=float32)');
    expect(String(c([NaN, Infinity, -Infinity, 1]))).toBe('tf.Tensor([ nan  inf -inf   1.], shape=(4,), dtype=float32)');
    expect(c([], 'float32').repr()).toBe('<tf.Tensor: shape=(0,), dtype=float32, numpy=array([], dtype=float32)>');
    expect(String(c([1n, -20n, 300n]))).toBe('tf.Tensor([  1 -20 300], shape=(3,), dtype=int32)');
    expect(String(c([1.25, -20.5, 300]))).toBe('tf.Tensor([  1.25 -20.5  300.  ], shape=(3,), dtype=float32)');
  });

  it('T12: several dimensions', () => {
    expect(tf.reshape(tf.range(12, undefined, undefined, 'float32'), [2, 2, 3]).repr()).toBe(
      '<tf.Tensor: shape=(2, 2, 3), dtype=float32, numpy=\narray([[[ 0.,  1.,  2.],\n        [ 3.,  4.,  5.]],\n\n       [[ 6.,  7.,  8.],\n        [ 9., 10., 11.]]], dtype=float32)>',
    );
    expect(tf.zeros([2, 0]).repr()).toBe('<tf.Tensor: shape=(2, 0), dtype=float32, numpy=array([], shape=(2, 0), dtype=float32)>');
    expect(c([[1.5]], 'float64').repr()).toBe('<tf.Tensor: shape=(1, 1), dtype=float64, numpy=array([[1.5]])>');
  });

  it('T13: wrapping and summarising', () => {
    expect(String(tf.range(30n))).toBe(
      'tf.Tensor(\n[ 0  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21 22 23\n 24 25 26 27 28 29], shape=(30,), dtype=int32)',
    );
    expect(tf.range(2000n).repr()).toBe('<tf.Tensor: shape=(2000,), dtype=int32, numpy=array([   0,    1,    2, ..., 1997, 1998, 1999])>');
  });

  it('T14, T15: float precision and exponent thresholds (exponent mode from 1e8)', () => {
    expect(String(c([1234.5678, 0.001]))).toBe('tf.Tensor([1.2345677e+03 1.0000000e-03], shape=(2,), dtype=float32)');
    expect(String(c([3.14159265358979, 2.718281828]))).toBe('tf.Tensor([3.1415927 2.7182817], shape=(2,), dtype=float32)');
    expect(String(c([1e6, 2e6]))).toBe('tf.Tensor([1000000. 2000000.], shape=(2,), dtype=float32)');
    expect(String(c([1e8, 2e8], 'float64'))).toBe('tf.Tensor([1.e+08 2.e+08], shape=(2,), dtype=float64)');
    expect(String(c([0.0001, 0.1]))).toBe('tf.Tensor([1.e-04 1.e-01], shape=(2,), dtype=float32)');
    expect(String(c([0.0001, 0.1], 'float64'))).toBe('tf.Tensor([0.0001 0.1   ], shape=(2,), dtype=float64)');
    expect(String(c([0.5, 501]))).toBe('tf.Tensor([5.00e-01 5.01e+02], shape=(2,), dtype=float32)');
    expect(String(c(1234567))).toBe('tf.Tensor(1234567.0, shape=(), dtype=float32)');
  });

  it('T16: format and containers', () => {
    const t = c(6);
    const a = c([1, 2]);
    expect([t.format(), a.format(), String(t)].join(' ')).toBe('6.0 [1. 2.] tf.Tensor(6.0, shape=(), dtype=float32)');
    expect(tf.repr([t])).toBe('[<tf.Tensor: shape=(), dtype=float32, numpy=6.0>]');
  });

  it('T17: bool variable, just over 1000 elements', () => {
    expect(new tf.Variable(true).repr()).toBe("<tf.Variable 'Variable:0' shape=() dtype=bool, numpy=True>");
    expect(new tf.Variable(tf.zeros([1001])).repr()).toBe(
      "<tf.Variable 'Variable:0' shape=(1001,) dtype=float32, numpy=array([0., 0., 0., ..., 0., 0., 0.], dtype=float32)>",
    );
  });
});
