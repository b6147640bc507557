import { greater, log, multiply, onesLike, pow, Pow, subtract, where, zerosLike } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { batchRank } from './batch';
import { unbroadcast } from './unbroadcast';

/**
 * d(a^b)/da = b * a^(b-1); d(a^b)/db = a^b * log(a), taken as 0 where a <= 0 (TF's choice, so
 * x ** 2 at x = 0 has a finite exponent gradient).
 */
export const powGrad: GradientConfig = {
  kernelName: Pow,
  batchable: true,
  gradFunc: ([dy], node) => {
    const batch = batchRank(dy!, node.outputs[0]!);
    const { a, b } = tensorInputs(node);
    const z = node.outputs[0]!;
    return {
      a: () => unbroadcast(multiply(dy!, multiply(b!, pow(a!, subtract(b!, 1)))), a!.shape, batch),
      b: () => {
        const positive = greater(a!, 0);
        const logA = where(positive, log(where(positive, a!, onesLike(a!))), zerosLike(a!));
        return unbroadcast(multiply(dy!, multiply(z, logA)), b!.shape, batch);
      },
    };
  },
};
