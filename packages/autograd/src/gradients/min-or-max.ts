import { cast, divide, equal, multiply, reduceSum, reshape, type SumAttrs } from '@tensortape/core';
import type { GradFunc } from '../gradient-registry';
import { batchRank, withBatch } from './batch';
import { tensorInputs } from './inputs';

/**
 * The gradient of a max or min reduction (TF's code is the same for both): each element equal
 * to its slice's result gets dy, split equally between ties.
 */
export const minOrMaxGrad: GradFunc = ([dy], node) => {
  const { x } = tensorInputs(node);
  const { axis } = node.attrs as unknown as SumAttrs;
  const kept = x!.shape.map((d, i) => (axis.includes(i) ? 1 : d));
  return {
    x: () => {
      const indicators = cast(equal(reshape(node.outputs[0]!, kept), x!), dy!.dtype);
      const numSelected = reduceSum(indicators, axis, true);
      return multiply(divide(indicators, numSelected), reshape(dy!, withBatch(dy!, batchRank(dy!, node.outputs[0]!), kept)));
    },
  };
};
