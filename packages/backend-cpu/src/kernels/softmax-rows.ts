import { typedArrayFor, type KernelFunc, type SoftmaxAttrs, type TensorInfo } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';

/**
 * A kernel that maps each row along `axis` (the elements `inner` apart) through softmax or
 * log-softmax, shifted by the row's maximum so that exp cannot overflow.
 */
export function softmaxRowsKernel(log: boolean): KernelFunc {
  return ({ inputs, attrs }) => {
    const x = inputs.x as TensorInfo;
    const { axis } = attrs as unknown as SoftmaxAttrs;
    const xv = valuesOf(x);
    const out = typedArrayFor(x.dtype, xv.length);
    const n = x.shape[axis] as number;
    const inner = x.shape.slice(axis + 1).reduce((p, d) => p * d, 1);
    const block = n * inner;
    for (let start = 0; start < xv.length; start += block) {
      for (let first = start; first < start + inner; first++) {
        const end = first + block;
        let max = -Infinity;
        for (let p = first; p < end; p += inner) max = Math.max(max, xv[p] as number);
        let sum = 0;
        for (let p = first; p < end; p += inner) sum += Math.exp((xv[p] as number) - max);
        if (log) {
          const logSum = Math.log(sum);
          for (let p = first; p < end; p += inner) out[p] = (xv[p] as number) - max - logSum;
        } else {
          const scale = 1 / sum;
          for (let p = first; p < end; p += inner) out[p] = Math.exp((xv[p] as number) - max) * scale;
        }
      }
    }
    return output(out, x.shape, x.dtype);
  };
}
