import { AvgPool, type KernelConfig, type Pool2DAttrs, type TensorInfo } from '@tensortape/core';
import { valuesOf } from '../cpu-backend';
import { asNhwc, fromNhwc } from './nhwc';
import { forEachWindow, poolGeometry } from './pool-core';

/** The mean over each window's elements inside the input (TF's SAME padding counts no zeros). */
export const avgPoolKernel: KernelConfig = {
  kernelName: AvgPool,
  backendName: 'cpu',
  kernelFunc: ({ inputs, attrs }) => {
    const x = inputs.x as TensorInfo;
    const a = attrs as unknown as Pool2DAttrs;
    const xs = asNhwc(valuesOf(x), x.shape, a.dataFormat);
    const xv = xs.values;
    const g = poolGeometry(xs.dims, a);
    const y = new Float64Array(g.n * g.outH * g.outW * g.c);
    forEachWindow(g, (yOff, pixels) => {
      for (const p of pixels) for (let ch = 0; ch < g.c; ch++) y[yOff + ch] = (y[yOff + ch] as number) + (xv[p + ch] as number);
      for (let ch = 0; ch < g.c; ch++) y[yOff + ch] = (y[yOff + ch] as number) / pixels.length;
    });
    return fromNhwc(y, [g.n, g.outH, g.outW, g.c], x.dtype, a.dataFormat);
  },
};
