import { Selu, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

/** SELU's constants (Klambauer et al. 2017), TF's to double precision. */
const SELU_SCALE = 1.0507009873554805;
const SELU_ALPHA = 1.6732632423543772;

export const seluKernel: KernelConfig = {
  kernelName: Selu,
  backendName: 'cpu',
  kernelFunc: unaryKernel((x) => (x < 0 ? SELU_SCALE * SELU_ALPHA * Math.expm1(x) : SELU_SCALE * x)),
};
