import { MaxPoolGrad, maxPoolGradGrad as maxPoolGradGradOp, zerosLike, type Pool2DAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { explicitPadding } from './window-args';

/**
 * Linear in dy, whose gradient gathers the upstream at the argmax positions; the argmax is
 * piecewise constant in x, so x and y get zeros (TF's _MaxPoolGradGrad).
 */
export const maxPoolGradGrad: GradientConfig = {
  kernelName: MaxPoolGrad,
  gradFunc: ([grad], node) => {
    const { x, y } = tensorInputs(node);
    const a = node.attrs as unknown as Pool2DAttrs;
    return {
      x: () => zerosLike(x!),
      y: () => zerosLike(y!),
      dy: () => maxPoolGradGradOp(x!, y!, grad!, a.ksize, a.strides, explicitPadding(a), a.dataFormat),
    };
  },
};
