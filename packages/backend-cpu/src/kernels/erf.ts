import { Erf, type KernelConfig } from '@tensortape/core';
import { erf } from '../math/erf';
import { unaryKernel } from './unary';

export const erfKernel: KernelConfig = { kernelName: Erf, backendName: 'cpu', kernelFunc: unaryKernel(erf) };
