import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { checkDType, FLOATS } from './check-dtype';
import { multiply } from './multiply';
import { reduceSum } from './reduce-sum';
import { square } from './square';

/**
 * Half the sum of squares, `sum(t ** 2) / 2`, without the `sqrt` of a norm (TF `tf.nn.l2_loss`).
 * A composite: its gradient `t * dy` is TF's.
 *
 * @example
 * tf.l2Loss(tf.constant([1, 2, 3])); // 7
 */
export function l2Loss(t: Input): Tensor {
  const x = convertToTensor(t);
  checkDType(x.dtype, FLOATS, 'L2Loss');
  return multiply(reduceSum(square(x)), 0.5);
}
