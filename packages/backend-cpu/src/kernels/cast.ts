import { Cast, typedArrayFor, type CastAttrs, type KernelConfig, type TensorInfo } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';

export const castKernel: KernelConfig = {
  kernelName: Cast,
  backendName: 'cpu',
  kernelFunc: ({ inputs, attrs }) => {
    const x = inputs.x as TensorInfo;
    const { dtype } = attrs as unknown as CastAttrs;
    const xv = valuesOf(x);
    const out = typedArrayFor(dtype, xv.length);
    if (dtype === 'bool') for (let i = 0; i < xv.length; i++) out[i] = xv[i] !== 0 ? 1 : 0;
    else out.set(xv); // typed-array conversion truncates toward zero for int32, rounds for float32
    return output(out, x.shape, dtype);
  },
};
