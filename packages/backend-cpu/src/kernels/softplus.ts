import { Softplus, typedArrayFor, type KernelConfig, type TensorInfo } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';

/**
 * log1p(exp(x)), but x itself above -threshold and exp(x) below threshold, where they agree
 * to the dtype's epsilon and exp would overflow or log1p lose precision. TF's threshold is
 * log(epsilon) + 2.
 */
export const softplusKernel: KernelConfig = {
  kernelName: Softplus,
  backendName: 'cpu',
  kernelFunc: ({ inputs }) => {
    const x = inputs.x as TensorInfo;
    const xv = valuesOf(x);
    const threshold = Math.log(x.dtype === 'float32' ? 2 ** -23 : Number.EPSILON) + 2;
    const out = typedArrayFor(x.dtype, xv.length);
    for (let i = 0; i < xv.length; i++) {
      const v = xv[i] as number;
      out[i] = v > -threshold ? v : v < threshold ? Math.exp(v) : Math.log1p(Math.exp(v));
    }
    return output(out, x.shape, x.dtype);
  },
};
