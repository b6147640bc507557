import { AvgPoolGrad, type AvgPoolGradAttrs, type KernelConfig, type TensorInfo } from '@tensortape/core';
import { valuesOf } from '../cpu-backend';
import { asNhwc, fromNhwc, nhwcDims } from './nhwc';
import { forEachWindow, poolGeometry } from './pool-core';

/** Each upstream element is shared evenly by its window's elements inside the input. */
export const avgPoolGradKernel: KernelConfig = {
  kernelName: AvgPoolGrad,
  backendName: 'cpu',
  kernelFunc: ({ inputs, attrs }) => {
    const dy = inputs.dy as TensorInfo;
    const a = attrs as unknown as AvgPoolGradAttrs;
    const dims = nhwcDims(a.inputShape, a.dataFormat);
    const dyv = asNhwc(valuesOf(dy), dy.shape, a.dataFormat).values;
    const g = poolGeometry(dims, a);
    const dx = new Float64Array(dims[0] * dims[1] * dims[2] * dims[3]);
    forEachWindow(g, (yOff, pixels) => {
      for (const p of pixels) {
        for (let ch = 0; ch < g.c; ch++) dx[p + ch] = (dx[p + ch] as number) + (dyv[yOff + ch] as number) / pixels.length;
      }
    });
    return fromNhwc(dx, dims, dy.dtype, a.dataFormat);
  },
};
