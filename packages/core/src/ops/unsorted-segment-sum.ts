import { runKernel } from '../engine';
import { UnsortedSegmentSum } from '../kernel-names';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { checkDType, NUMERIC } from './check-dtype';
import { indexOperand } from './index-operand';
import { kernelError } from '../errors';

/**
 * Sums the slices of `data` that share a segment id (TF `tf.math.unsorted_segment_sum`): row
 * `segmentIds[i]` of the result accumulates `data[i]`. Negative ids are dropped, ids of
 * `numSegments` or more are an error. Gather's gradient scatters with it.
 *
 * @example
 * tf.unsortedSegmentSum(tf.constant([1, 2, 3]), [1, 0, 1], 2); // [2. 4.]
 */
export function unsortedSegmentSum(data: Input, segmentIds: Input, numSegments: number): Tensor {
  const d = convertToTensor(data);
  const ids = indexOperand(segmentIds, UnsortedSegmentSum);
  checkDType(d.dtype, NUMERIC, UnsortedSegmentSum);
  if (!Number.isInteger(numSegments) || numSegments < 0) {
    throw kernelError(UnsortedSegmentSum, `Input num_segments == ${numSegments} must not be negative.`);
  }
  if (ids.rank > d.rank || ids.shape.some((n, i) => n !== d.shape[i])) {
    throw kernelError(
      UnsortedSegmentSum,
      `data.shape = [${d.shape.join(',')}] does not start with segment_ids.shape = [${ids.shape.join(',')}]`,
    );
  }
  return runKernel(UnsortedSegmentSum, { data: d, segmentIds: ids }, { numSegments });
}
