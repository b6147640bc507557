import { kernelError, ScatterNd, sizeOf, stridesOf, typedArrayFor, type KernelConfig, type ScatterNdAttrs, type TensorInfo } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';
import { indexText } from './index-text';

/** Adds each update slice into zeros at its index tuple; repeated tuples add up. */
export const scatterNdKernel: KernelConfig = {
  kernelName: ScatterNd,
  backendName: 'cpu',
  kernelFunc: ({ inputs, attrs }) => {
    const indices = inputs.indices as TensorInfo;
    const updates = inputs.updates as TensorInfo;
    const { shape } = attrs as unknown as ScatterNdAttrs;
    const [iv, uv] = [valuesOf(indices), valuesOf(updates)];
    const depth = indices.shape.length > 1 ? (indices.shape[indices.shape.length - 1] as number) : 1;
    const rows = indices.shape.length > 1 ? indices.shape.slice(0, -1) : indices.shape;
    const inner = sizeOf(shape.slice(depth));
    const strides = stridesOf(shape);
    const out = typedArrayFor(updates.dtype, sizeOf(shape));
    const int = updates.dtype === 'int32';
    for (let r = 0, n = sizeOf(rows); r < n; r++) {
      let to = 0;
      for (let j = 0; j < depth; j++) {
        const v = iv[r * depth + j] as number;
        if (v < 0 || v >= (shape[j] as number)) {
          const tuple = Array.from(iv.subarray(r * depth, (r + 1) * depth)).join(', ');
          throw kernelError(ScatterNd, `indices${indexText(rows, r)} = [${tuple}] does not index into shape [${shape.join(',')}]`);
        }
        to += v * (strides[j] as number);
      }
      for (let s = 0, from = r * inner; s < inner; s++) {
        const sum = (out[to + s] as number) + (uv[from + s] as number);
        out[to + s] = int ? sum | 0 : sum;
      }
    }
    return output(out, shape, updates.dtype);
  },
};
