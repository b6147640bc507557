import { Gather, kernelError, sizeOf, typedArrayFor, type GatherAttrs, type KernelConfig, type TensorInfo } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';
import { indexText } from './index-text';

/**
 * params seen as [batch, outer, n, inner] and indices as [batch, k]: the output [batch, outer,
 * k, inner] copies one inner row per index.
 */
export const gatherKernel: KernelConfig = {
  kernelName: Gather,
  backendName: 'cpu',
  kernelFunc: ({ inputs, attrs }) => {
    const params = inputs.params as TensorInfo;
    const indices = inputs.indices as TensorInfo;
    const { axis, batchDims } = attrs as unknown as GatherAttrs;
    const [pv, iv] = [valuesOf(params), valuesOf(indices)];
    const n = params.shape[axis] as number;
    for (let i = 0; i < iv.length; i++) {
      const j = iv[i] as number;
      if (j < 0 || j >= n) throw kernelError(Gather, `indices${indexText(indices.shape, i)} = ${j} is not in [0, ${n})`);
    }
    const batch = sizeOf(params.shape.slice(0, batchDims));
    const outer = sizeOf(params.shape.slice(batchDims, axis));
    const inner = sizeOf(params.shape.slice(axis + 1));
    const k = sizeOf(indices.shape.slice(batchDims));
    const shape = [...params.shape.slice(0, axis), ...indices.shape.slice(batchDims), ...params.shape.slice(axis + 1)];
    const out = typedArrayFor(params.dtype, sizeOf(shape));
    let o = 0;
    for (let b = 0; b < batch; b++) {
      for (let p = 0; p < outer; p++) {
        const base = (b * outer + p) * n;
        for (let q = 0; q < k; q++, o += inner) {
          const from = (base + (iv[b * k + q] as number)) * inner;
          if (inner === 1) out[o] = pv[from] as number;
          else out.set(pv.subarray(from, from + inner), o);
        }
      }
    }
    return output(out, shape, params.dtype);
  },
};
