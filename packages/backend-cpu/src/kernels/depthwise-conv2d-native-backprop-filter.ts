import {
  DepthwiseConv2dNativeBackpropFilter,
  typedArrayFor,
  type Conv2DBackpropFilterAttrs,
  type KernelConfig,
  type TensorInfo,
} from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';
import { convBackpropFilter, convGeometry, depthwiseAsGrouped } from './conv-core';
import { asNhwc } from './nhwc';

export const depthwiseConv2dNativeBackpropFilterKernel: KernelConfig = {
  kernelName: DepthwiseConv2dNativeBackpropFilter,
  backendName: 'cpu',
  kernelFunc: ({ inputs, attrs }) => {
    const x = inputs.x as TensorInfo;
    const dy = inputs.dy as TensorInfo;
    const a = attrs as unknown as Conv2DBackpropFilterAttrs;
    const xs = asNhwc(valuesOf(x), x.shape, a.dataFormat);
    const g = convGeometry(xs.dims, depthwiseAsGrouped(a.filterShape), a);
    const dw = convBackpropFilter(g, xs.values, asNhwc(valuesOf(dy), dy.shape, a.dataFormat).values);
    const out = typedArrayFor(x.dtype, dw.length);
    out.set(dw);
    return output(out, a.filterShape, x.dtype);
  },
};
