import { runKernel } from '../engine';
import { DivNoNan } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { binaryOperands } from './binary-operands';
import { cast } from './cast';
import { NUMERIC } from './check-dtype';

/**
 * Element-wise `a / b`, but 0 wherever `b` is 0 (even for a nan or infinite `a`), with
 * broadcasting (TF `tf.math.divide_no_nan`). As in TF, int32 operands are divided in float64.
 *
 * @example
 * tf.divNoNan(tf.constant([3, 4]), tf.constant([2, 0])); // [1.5 0. ]
 */
export function divNoNan(a: Input, b: Input): Tensor {
  const [x, y] = binaryOperands(a, b, DivNoNan, NUMERIC);
  if (x.dtype === 'int32') return runKernel(DivNoNan, { a: cast(x, 'float64'), b: cast(y, 'float64') });
  return runKernel(DivNoNan, { a: x, b: y });
}
