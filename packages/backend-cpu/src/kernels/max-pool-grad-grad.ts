import { MaxPoolGradGrad, type KernelConfig, type Pool2DAttrs, type TensorInfo } from '@tensortape/core';
import { valuesOf } from '../cpu-backend';
import { asNhwc, fromNhwc } from './nhwc';
import { poolArgmax, poolGeometry } from './pool-core';

/** Reads `grad` (shaped as the pool's input) at each window's argmax. */
export const maxPoolGradGradKernel: KernelConfig = {
  kernelName: MaxPoolGradGrad,
  backendName: 'cpu',
  kernelFunc: ({ inputs, attrs }) => {
    const x = inputs.x as TensorInfo;
    const grad = inputs.grad as TensorInfo;
    const a = attrs as unknown as Pool2DAttrs;
    const xs = asNhwc(valuesOf(x), x.shape, a.dataFormat);
    const gv = asNhwc(valuesOf(grad), grad.shape, a.dataFormat).values;
    const g = poolGeometry(xs.dims, a);
    const argmax = poolArgmax(g, xs.values);
    const y = new Float64Array(argmax.length);
    for (let i = 0; i < argmax.length; i++) y[i] = gv[argmax[i] as number] as number;
    return fromNhwc(y, [g.n, g.outH, g.outW, g.c], x.dtype, a.dataFormat);
  },
};
