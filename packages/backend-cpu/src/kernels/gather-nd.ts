import { GatherNd, kernelError, sizeOf, stridesOf, typedArrayFor, type KernelConfig, type TensorInfo } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';
import { indexText } from './index-text';

/** Each index tuple (the last axis of indices) picks one slice of params to copy. */
export const gatherNdKernel: KernelConfig = {
  kernelName: GatherNd,
  backendName: 'cpu',
  kernelFunc: ({ inputs }) => {
    const params = inputs.params as TensorInfo;
    const indices = inputs.indices as TensorInfo;
    const [pv, iv] = [valuesOf(params), valuesOf(indices)];
    const depth = indices.shape[indices.shape.length - 1] as number;
    const rows = indices.shape.slice(0, -1);
    const inner = sizeOf(params.shape.slice(depth));
    const strides = stridesOf(params.shape);
    const shape = [...rows, ...params.shape.slice(depth)];
    const out = typedArrayFor(params.dtype, sizeOf(shape));
    for (let r = 0, n = sizeOf(rows); r < n; r++) {
      let from = 0;
      for (let j = 0; j < depth; j++) {
        const v = iv[r * depth + j] as number;
        if (v < 0 || v >= (params.shape[j] as number)) {
          const tuple = Array.from(iv.subarray(r * depth, (r + 1) * depth)).join(', ');
          throw kernelError(
            GatherNd,
            `indices${indexText(rows, r)} = [${tuple}] does not index into param shape [${params.shape.join(',')}], node name: GatherNd`,
          );
        }
        from += v * (strides[j] as number);
      }
      out.set(pv.subarray(from, from + inner), r * inner);
    }
    return output(out, shape, params.dtype);
  },
};
