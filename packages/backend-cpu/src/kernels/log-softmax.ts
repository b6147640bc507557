import { LogSoftmax, type KernelConfig } from '@tensortape/core';
import { softmaxRowsKernel } from './softmax-rows';

export const logSoftmaxKernel: KernelConfig = { kernelName: LogSoftmax, backendName: 'cpu', kernelFunc: softmaxRowsKernel(true) };
