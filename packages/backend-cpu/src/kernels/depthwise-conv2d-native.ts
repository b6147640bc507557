import { DepthwiseConv2dNative, type Conv2DAttrs, type KernelConfig, type TensorInfo } from '@tensortape/core';
import { valuesOf } from '../cpu-backend';
import { convForward, convGeometry, depthwiseAsGrouped } from './conv-core';
import { asNhwc, fromNhwc } from './nhwc';

/** A grouped convolution with one group per input channel. */
export const depthwiseConv2dNativeKernel: KernelConfig = {
  kernelName: DepthwiseConv2dNative,
  backendName: 'cpu',
  kernelFunc: ({ inputs, attrs }) => {
    const x = inputs.x as TensorInfo;
    const filter = inputs.filter as TensorInfo;
    const a = attrs as unknown as Conv2DAttrs;
    const xs = asNhwc(valuesOf(x), x.shape, a.dataFormat);
    const g = convGeometry(xs.dims, depthwiseAsGrouped(filter.shape), a);
    return fromNhwc(convForward(g, xs.values, valuesOf(filter)), [g.n, g.outH, g.outW, g.outC], x.dtype, a.dataFormat);
  },
};
