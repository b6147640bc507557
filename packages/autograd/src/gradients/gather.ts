import {
  add,
  broadcastTo,
  Gather,
  multiply,
  range,
  reshape,
  sizeOf,
  transpose,
  unsortedSegmentSum,
  type GatherAttrs,
  type Shape,
  type Tensor,
} from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { batchRank, swapLeading } from './batch';
import { tensorInputs } from './inputs';

/**
 * TF's _GatherV2Grad, dense: dy's index axis is moved next to the batch axes and its slices are
 * summed into their rows with unsortedSegmentSum (batch b's indices offset by b · n), then moved
 * back. TF returns the same sums as IndexedSlices.
 */
export const gatherGrad: GradientConfig = {
  kernelName: Gather,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { params, indices } = tensorInputs(node);
    const { axis, batchDims } = node.attrs as unknown as GatherAttrs;
    const batch = batchRank(dy!, node.outputs[0]!);
    // dy's leading batch axes (if any) become axes before `axis`, behind the gather's batch axes.
    const shape = [...params!.shape.slice(0, batchDims), ...dy!.shape.slice(0, batch), ...params!.shape.slice(batchDims)];
    return {
      params: () => swapLeading(scatterRows(swapLeading(dy!, batch, batchDims), shape, indices!, axis + batch, batchDims), batchDims, batch),
    };
  },
};

function scatterRows(dy: Tensor, shape: Shape, indices: Tensor, axis: number, batchDims: number): Tensor {
  const n = shape[axis] as number;
  const [batch, pre, inner] = [shape.slice(0, batchDims), shape.slice(batchDims, axis), shape.slice(axis + 1)];
  const [b, k] = [sizeOf(batch), sizeOf(indices.shape.slice(batchDims))];
  const axes = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
  // [batch, pre, k, inner] → [batch, k, pre, inner] → [batch·k, pre, inner]
  let values = reshape(dy, [...batch, ...pre, k, ...inner]);
  if (pre.length > 0) values = transpose(values, [...axes(0, batchDims), axis, ...axes(batchDims, axis), ...axes(axis + 1, values.rank)]);
  values = reshape(values, [b * k, ...pre, ...inner]);
  let ids = reshape(indices, [b * k]);
  if (batchDims > 0) {
    const offsets = broadcastTo(reshape(multiply(range(0, b, 1, 'int32'), n), [b, 1]), [b, k]);
    ids = add(ids, reshape(offsets, [b * k]));
  }
  const rows = reshape(unsortedSegmentSum(values, ids, b * n), [...batch, n, ...pre, ...inner]);
  if (pre.length === 0) return rows;
  // [batch, n, pre, inner] → [batch, pre, n, inner]
  return transpose(rows, [...axes(0, batchDims), ...axes(batchDims + 1, axis + 1), batchDims, ...axes(axis + 1, rows.rank)]);
}
