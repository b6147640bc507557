import { MaxPoolGradGrad, maxPoolGrad as maxPoolGradOp, zerosLike, type Pool2DAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { explicitPadding } from './window-args';

/** A gather at the argmax positions, whose transpose is maxPoolGrad (TF's _MaxPoolGradGradGrad). */
export const maxPoolGradGradGrad: GradientConfig = {
  kernelName: MaxPoolGradGrad,
  gradFunc: ([dy], node) => {
    const { x, y } = tensorInputs(node);
    const a = node.attrs as unknown as Pool2DAttrs;
    return {
      x: () => zerosLike(x!),
      y: () => zerosLike(y!),
      grad: () => maxPoolGradOp(x!, y!, dy!, a.ksize, a.strides, explicitPadding(a), a.dataFormat),
    };
  },
};
