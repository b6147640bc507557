import { stridesOf, Tile, typedArrayFor, type KernelConfig, type TensorInfo, type TileAttrs } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';
import { stridedCopy } from './strided-copy';

/**
 * One strided copy over the interleaved shape [m0, d0, m1, d1, …]: the output seen as copies ×
 * rows, the input read with stride 0 along the copy axes.
 */
export const tileKernel: KernelConfig = {
  kernelName: Tile,
  backendName: 'cpu',
  kernelFunc: ({ inputs, attrs }) => {
    const x = inputs.x as TensorInfo;
    const { multiples } = attrs as unknown as TileAttrs;
    const shape = x.shape.map((d, i) => d * (multiples[i] as number));
    const out = typedArrayFor(x.dtype, shape.reduce((p, d) => p * d, 1));
    const [inStrides, outStrides] = [stridesOf(x.shape), stridesOf(shape)];
    const region = x.shape.flatMap((d, i) => [multiples[i] as number, d]);
    const srcStrides = inStrides.flatMap((s) => [0, s]);
    const dstStrides = outStrides.flatMap((s, i) => [s * (x.shape[i] as number), s]);
    stridedCopy(valuesOf(x), 0, srcStrides, out, 0, dstStrides, region);
    return output(out, shape, x.dtype);
  },
};
