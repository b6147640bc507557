import { cumprod, multiply, onesLike, Prod, reduceProd, type SumAttrs, type Tensor } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { spreadOverReduced } from './sum';

/**
 * For each element, the product of the other elements of its reduction slice, from exclusive
 * cumulative products (TF's approach: exact at zeros, no division). Several axes are taken one
 * at a time: the others along the first axis, times the others' products over the rest.
 */
function productOfOthers(x: Tensor, axes: readonly number[]): Tensor {
  const [first, ...rest] = axes;
  if (first === undefined) return onesLike(x);
  const along = multiply(cumprod(x, first, true), cumprod(x, first, true, true));
  return rest.length === 0 ? along : multiply(along, productOfOthers(reduceProd(x, first, true), rest));
}

export const prodGrad: GradientConfig = {
  kernelName: Prod,
  batchable: true,
  gradFunc: ([dy], node) => {
    const { x } = tensorInputs(node);
    const { axis } = node.attrs as unknown as SumAttrs;
    return { x: () => multiply(spreadOverReduced(dy!, node), productOfOthers(x!, axis)) };
  },
};
