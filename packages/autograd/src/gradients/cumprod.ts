import { Cumprod, cumprod, type CumsumAttrs, cumsum, divNoNan, multiply } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { batchRank } from './batch';
import { tensorInputs } from './inputs';

/**
 * TF's formula: the reversed running sum of dy times the running products, divided by x (a
 * divNoNan, so an element at 0 gets 0, a known inexactness of TF's kernel gradient).
 */
export const cumprodGrad: GradientConfig = {
  kernelName: Cumprod,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    const { axis, exclusive, reverse } = node.attrs as unknown as CumsumAttrs;
    return {
      x: () => {
        const prod = cumprod(x!, axis, exclusive, reverse);
        return divNoNan(cumsum(multiply(prod, dy!), axis + batchRank(dy!, node.outputs[0]!), exclusive, !reverse), x!);
      },
    };
  },
};
