import { MaxPoolGrad, type KernelConfig, type Pool2DAttrs, type TensorInfo } from '@tensortape/core';
import { valuesOf } from '../cpu-backend';
import { asNhwc, fromNhwc } from './nhwc';
import { poolArgmax, poolGeometry } from './pool-core';

/** Each upstream element goes to its window's argmax. */
export const maxPoolGradKernel: KernelConfig = {
  kernelName: MaxPoolGrad,
  backendName: 'cpu',
  kernelFunc: ({ inputs, attrs }) => {
    const x = inputs.x as TensorInfo;
    const dy = inputs.dy as TensorInfo;
    const a = attrs as unknown as Pool2DAttrs;
    const xs = asNhwc(valuesOf(x), x.shape, a.dataFormat);
    const dyv = asNhwc(valuesOf(dy), dy.shape, a.dataFormat).values;
    const argmax = poolArgmax(poolGeometry(xs.dims, a), xs.values);
    const dx = new Float64Array(xs.values.length);
    for (let i = 0; i < argmax.length; i++) dx[argmax[i] as number] = (dx[argmax[i] as number] as number) + (dyv[i] as number);
    return fromNhwc(dx, xs.dims, x.dtype, a.dataFormat);
  },
};
