import { where, zerosLike, type Input, type Tensor } from '@tensortape/core';
import type { GradFunc } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { batchRank } from './batch';
import { unbroadcast } from './unbroadcast';

/**
 * The gradient of maximum/minimum goes to `a` where `selectsA(a, b)` (greaterEqual or
 * lessEqual, so ties go to `a` as in TF) and to `b` elsewhere.
 */
export function maximumMinimumGrad(selectsA: (a: Input, b: Input) => Tensor): GradFunc {
  return ([dy], node) => {
    const batch = batchRank(dy!, node.outputs[0]!);
    const { a, b } = tensorInputs(node);
    const mask = () => selectsA(a!, b!);
    return {
      a: () => unbroadcast(where(mask(), dy!, zerosLike(dy!)), a!.shape, batch),
      b: () => unbroadcast(where(mask(), zerosLike(dy!), dy!), b!.shape, batch),
    };
  };
}
