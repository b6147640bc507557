import { Floor, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const floorKernel: KernelConfig = { kernelName: Floor, backendName: 'cpu', kernelFunc: unaryKernel(Math.floor) };
