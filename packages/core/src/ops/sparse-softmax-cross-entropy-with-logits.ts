import { kernelError, ValueError } from '../errors';
import { formatShape } from '../printing';
import { sizeOf } from '../shape';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { checkDType, FLOATS } from './check-dtype';
import { indexOperand } from './index-operand';
import { logSoftmax } from './log-softmax';
import { multiply } from './multiply';
import { negative } from './negative';
import { oneHot } from './one-hot';
import { reduceSum } from './reduce-sum';

/**
 * The cross entropy between the class index `labels` (int32, the shape of `logits` without its
 * last dimension) and the softmax of `logits` over the last axis (TF
 * `tf.nn.sparse_softmax_cross_entropy_with_logits`). A label outside [0, classes) is an error.
 *
 * @example
 * tf.sparseSoftmaxCrossEntropyWithLogits([1], tf.constant([[0, 0]])); // [0.6931472]
 */
export function sparseSoftmaxCrossEntropyWithLogits(labels: Input, logits: Input): Tensor {
  const opName = 'SparseSoftmaxCrossEntropyWithLogits';
  const z = convertToTensor(logits);
  const l = indexOperand(labels, opName, 'Tlabels', 'int32, int64');
  checkDType(z.dtype, FLOATS, opName);
  if (z.rank === 0) throw new ValueError(`\`logits\` cannot be a scalar. Received logits=${z.repr()}\``);
  if (l.rank !== z.rank - 1) {
    throw new ValueError(
      `\`labels.shape.rank\` must equal \`logits.shape.rank - 1\`. Received: labels.shape=${formatShape(l.shape)} of rank ${l.rank} ` +
        `and logits.shape=${formatShape(z.shape)} of rank ${z.rank}`,
    );
  }
  if (l.shape.some((d, i) => d !== z.shape[i])) {
    throw new ValueError(
      `\`labels.shape\` must equal \`logits.shape\` except for the last dimension. Received: labels.shape=${formatShape(l.shape)} ` +
        `and logits.shape=${formatShape(z.shape)}`,
    );
  }
  const classes = z.shape[z.rank - 1]!;
  // The kernel's check; labels are int32 and carry no gradient, so reading them is harmless.
  const values = l.dataSync();
  const bad = values.findIndex((v) => v < 0 || v >= classes);
  if (bad >= 0 && sizeOf(z.shape) > 0) {
    throw kernelError(
      opName,
      `Received a label value of ${values[bad]} which is outside the valid range of [0, ${classes}).  Label values: ${Array.from(values).join(' ')}`,
    );
  }
  // Negated before the sum, so a perfect prediction gives 0 rather than -0, as TF's kernel does.
  return reduceSum(multiply(oneHot(l, classes, 1, 0, -1, z.dtype), negative(logSoftmax(z))), -1);
}
