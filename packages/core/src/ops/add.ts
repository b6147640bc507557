import { runKernel } from '../engine';
import { Add } from '../kernel-names';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { binaryOperands } from './binary-operands';
import { NUMERIC } from './check-dtype';

/**
 * Element-wise `a + b` with broadcasting (TF `tf.add`). A JS number takes the other operand's dtype.
 *
 * @example
 * tf.add(tf.constant([1, 2]), 10); // [11. 12.]
 */
export function add(a: Input, b: Input): Tensor {
  const [x, y] = binaryOperands(a, b, Add, NUMERIC);
  return runKernel(Add, { a: x, b: y });
}
