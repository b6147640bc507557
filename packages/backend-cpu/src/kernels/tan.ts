import { Tan, type KernelConfig } from '@tensortape/core';
import { unaryKernel } from './unary';

export const tanKernel: KernelConfig = { kernelName: Tan, backendName: 'cpu', kernelFunc: unaryKernel(Math.tan) };
