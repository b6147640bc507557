import { OneHot, sizeOf, typedArrayFor, type KernelConfig, type OneHotAttrs, type TensorInfo } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';

/** The output seen as [before axis, depth, after axis]: off everywhere, on at each valid index. */
export const oneHotKernel: KernelConfig = {
  kernelName: OneHot,
  backendName: 'cpu',
  kernelFunc: ({ inputs, attrs }) => {
    const indices = inputs.indices as TensorInfo;
    const { depth, onValue, offValue, axis, dtype } = attrs as unknown as OneHotAttrs;
    const iv = valuesOf(indices);
    const shape = [...indices.shape.slice(0, axis), depth, ...indices.shape.slice(axis)];
    const out = typedArrayFor(dtype, sizeOf(shape));
    if (offValue !== 0) out.fill(offValue);
    const before = sizeOf(indices.shape.slice(0, axis));
    const after = sizeOf(indices.shape.slice(axis));
    for (let p = 0, i = 0; p < before; p++) {
      for (let s = 0; s < after; s++, i++) {
        const v = iv[i] as number;
        if (v >= 0 && v < depth) out[(p * depth + v) * after + s] = onValue;
      }
    }
    return output(out, shape, dtype);
  },
};
