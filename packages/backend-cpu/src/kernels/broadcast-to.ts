import { BroadcastTo, sizeOf, typedArrayFor, type BroadcastToAttrs, type KernelConfig, type TensorInfo } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';
import { forEachBroadcastRow } from './broadcast';

export const broadcastToKernel: KernelConfig = {
  kernelName: BroadcastTo,
  backendName: 'cpu',
  kernelFunc: ({ inputs, attrs }) => {
    const x = inputs.x as TensorInfo;
    const { shape } = attrs as unknown as BroadcastToAttrs;
    const xv = valuesOf(x);
    const out = typedArrayFor(x.dtype, sizeOf(shape));
    forEachBroadcastRow(shape, [x.shape], (o, [ix], [sx], n) => {
      for (let j = 0, p = ix as number; j < n; j++, p += sx as number) out[o + j] = xv[p] as number;
    });
    return output(out, shape, x.dtype);
  },
};
