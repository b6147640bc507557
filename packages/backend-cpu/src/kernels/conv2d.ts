import { Conv2D, type Conv2DAttrs, type KernelConfig, type TensorInfo } from '@tensortape/core';
import { valuesOf } from '../cpu-backend';
import { convForward, convGeometry } from './conv-core';
import { asNhwc, fromNhwc } from './nhwc';

export const conv2dKernel: KernelConfig = {
  kernelName: Conv2D,
  backendName: 'cpu',
  kernelFunc: ({ inputs, attrs }) => {
    const x = inputs.x as TensorInfo;
    const filter = inputs.filter as TensorInfo;
    const a = attrs as unknown as Conv2DAttrs;
    const xs = asNhwc(valuesOf(x), x.shape, a.dataFormat);
    const g = convGeometry(xs.dims, filter.shape, a);
    return fromNhwc(convForward(g, xs.values, valuesOf(filter)), [g.n, g.outH, g.outW, g.outC], x.dtype, a.dataFormat);
  },
};
