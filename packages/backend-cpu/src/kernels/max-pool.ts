import { MaxPool, type KernelConfig, type Pool2DAttrs, type TensorInfo } from '@tensortape/core';
import { valuesOf } from '../cpu-backend';
import { asNhwc, fromNhwc } from './nhwc';
import { forEachWindow, poolGeometry } from './pool-core';

export const maxPoolKernel: KernelConfig = {
  kernelName: MaxPool,
  backendName: 'cpu',
  kernelFunc: ({ inputs, attrs }) => {
    const x = inputs.x as TensorInfo;
    const a = attrs as unknown as Pool2DAttrs;
    const xs = asNhwc(valuesOf(x), x.shape, a.dataFormat);
    const xv = xs.values;
    const g = poolGeometry(xs.dims, a);
    const y = new Float64Array(g.n * g.outH * g.outW * g.c).fill(-Infinity);
    forEachWindow(g, (yOff, pixels) => {
      for (const p of pixels) {
        for (let ch = 0; ch < g.c; ch++) {
          const v = xv[p + ch] as number;
          if (v > (y[yOff + ch] as number)) y[yOff + ch] = v;
        }
      }
    });
    return fromNhwc(y, [g.n, g.outH, g.outW, g.c], x.dtype, a.dataFormat);
  },
};
