import { runKernel } from '../engine';
import { RealDiv } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { binaryOperands } from './binary-operands';
import { cast } from './cast';
import { NUMERIC } from './check-dtype';

/**
 * Element-wise true division `a / b` with broadcasting (TF `tf.divide`). As in TF, int32
 * operands are divided in float64.
 *
 * @example
 * tf.divide(tf.constant([1, 2]), 4); // [0.25 0.5 ]
 */
export function divide(a: Input, b: Input): Tensor {
  const [x, y] = binaryOperands(a, b, RealDiv, NUMERIC);
  if (x.dtype === 'int32') return runKernel(RealDiv, { a: cast(x, 'float64'), b: cast(y, 'float64') });
  return runKernel(RealDiv, { a: x, b: y });
}
