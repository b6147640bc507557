import { Greater, type KernelConfig } from '@tensortape/core';
import { binaryKernel, type BinaryLoops } from './binary';

/** Written out (relu's gradient compares with 0): see {@link BinaryLoops}. */
const greaterLoops: BinaryLoops = {
  same: (a, b, out, n) => {
    for (let i = 0; i < n; i++) out[i] = (a[i] as number) > (b[i] as number) ? 1 : 0;
  },
  scalarB: (a, s, out, n) => {
    for (let i = 0; i < n; i++) out[i] = (a[i] as number) > s ? 1 : 0;
  },
  scalarA: (s, b, out, n) => {
    for (let i = 0; i < n; i++) out[i] = s > (b[i] as number) ? 1 : 0;
  },
  strided: (a, pa, sa, b, pb, sb, out, o, n) => {
    for (let j = 0; j < n; j++, pa += sa, pb += sb) out[o + j] = (a[pa] as number) > (b[pb] as number) ? 1 : 0;
  },
};

export const greaterKernel: KernelConfig = { kernelName: Greater, backendName: 'cpu', kernelFunc: binaryKernel(Greater, greaterLoops, 'bool') };
