import { Softmax, type KernelConfig } from '@tensortape/core';
import { softmaxRowsKernel } from './softmax-rows';

export const softmaxKernel: KernelConfig = { kernelName: Softmax, backendName: 'cpu', kernelFunc: softmaxRowsKernel(false) };
