import { runKernel } from '../engine';
import { FloorMod } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { binaryOperands } from './binary-operands';
import { NUMERIC } from './check-dtype';

/**
 * Element-wise remainder of the floor division, `a - floor(a / b) * b`, with broadcasting (TF
 * `tf.math.mod` / `tf.math.floormod`, Python's `%`): a non-zero result has the sign of `b`. An
 * int32 division by zero raises TF's `Integer division by zero`.
 *
 * @example
 * tf.mod(tf.constant([7, -7]), 3); // [1. 2.]
 */
export function mod(a: Input, b: Input): Tensor {
  const [x, y] = binaryOperands(a, b, FloorMod, NUMERIC);
  return runKernel(FloorMod, { a: x, b: y });
}
