import { DepthwiseConv2dNativeBackpropInput, type Conv2DBackpropInputAttrs, type KernelConfig, type TensorInfo } from '@tensortape/core';
import { valuesOf } from '../cpu-backend';
import { convBackpropInput, convGeometry, depthwiseAsGrouped } from './conv-core';
import { asNhwc, fromNhwc, nhwcDims } from './nhwc';

export const depthwiseConv2dNativeBackpropInputKernel: KernelConfig = {
  kernelName: DepthwiseConv2dNativeBackpropInput,
  backendName: 'cpu',
  kernelFunc: ({ inputs, attrs }) => {
    const filter = inputs.filter as TensorInfo;
    const dy = inputs.dy as TensorInfo;
    const a = attrs as unknown as Conv2DBackpropInputAttrs;
    const dims = nhwcDims(a.inputShape, a.dataFormat);
    const g = convGeometry(dims, depthwiseAsGrouped(filter.shape), a);
    const dys = asNhwc(valuesOf(dy), dy.shape, a.dataFormat);
    return fromNhwc(convBackpropInput(g, valuesOf(filter), dys.values), dims, dy.dtype, a.dataFormat);
  },
};
