import { Add, type KernelConfig } from '@tensortape/core';
import { binaryKernel, type BinaryLoops } from './binary';

/**
 * Written out, the flat loops unrolled by eight, and again for float32 arrays only: see
 * {@link BinaryLoops}.
 */
const addLoops: BinaryLoops = {
  same: (a, b, out, n) => {
    let i = 0;
    for (; i + 7 < n; i += 8) {
      out[i] = (a[i] as number) + (b[i] as number);
      out[i + 1] = (a[i + 1] as number) + (b[i + 1] as number);
      out[i + 2] = (a[i + 2] as number) + (b[i + 2] as number);
      out[i + 3] = (a[i + 3] as number) + (b[i + 3] as number);
      out[i + 4] = (a[i + 4] as number) + (b[i + 4] as number);
      out[i + 5] = (a[i + 5] as number) + (b[i + 5] as number);
      out[i + 6] = (a[i + 6] as number) + (b[i + 6] as number);
      out[i + 7] = (a[i + 7] as number) + (b[i + 7] as number);
    }
    for (; i < n; i++) out[i] = (a[i] as number) + (b[i] as number);
  },
  scalarB: (a, s, out, n) => {
    let i = 0;
    for (; i + 7 < n; i += 8) {
      out[i] = (a[i] as number) + s;
      out[i + 1] = (a[i + 1] as number) + s;
      out[i + 2] = (a[i + 2] as number) + s;
      out[i + 3] = (a[i + 3] as number) + s;
      out[i + 4] = (a[i + 4] as number) + s;
      out[i + 5] = (a[i + 5] as number) + s;
      out[i + 6] = (a[i + 6] as number) + s;
      out[i + 7] = (a[i + 7] as number) + s;
    }
    for (; i < n; i++) out[i] = (a[i] as number) + s;
  },
  scalarA: (s, b, out, n) => {
    for (let i = 0; i < n; i++) out[i] = s + (b[i] as number);
  },
  strided: (a, pa, sa, b, pb, sb, out, o, n) => {
    for (let j = 0; j < n; j++, pa += sa, pb += sb) out[o + j] = (a[pa] as number) + (b[pb] as number);
  },
  same32: (a, b, out, n) => {
    let i = 0;
    for (; i + 7 < n; i += 8) {
      out[i] = (a[i] as number) + (b[i] as number);
      out[i + 1] = (a[i + 1] as number) + (b[i + 1] as number);
      out[i + 2] = (a[i + 2] as number) + (b[i + 2] as number);
      out[i + 3] = (a[i + 3] as number) + (b[i + 3] as number);
      out[i + 4] = (a[i + 4] as number) + (b[i + 4] as number);
      out[i + 5] = (a[i + 5] as number) + (b[i + 5] as number);
      out[i + 6] = (a[i + 6] as number) + (b[i + 6] as number);
      out[i + 7] = (a[i + 7] as number) + (b[i + 7] as number);
    }
    for (; i < n; i++) out[i] = (a[i] as number) + (b[i] as number);
  },
  scalarB32: (a, s, out, n) => {
    let i = 0;
    for (; i + 7 < n; i += 8) {
      out[i] = (a[i] as number) + s;
      out[i + 1] = (a[i + 1] as number) + s;
      out[i + 2] = (a[i + 2] as number) + s;
      out[i + 3] = (a[i + 3] as number) + s;
      out[i + 4] = (a[i + 4] as number) + s;
      out[i + 5] = (a[i + 5] as number) + s;
      out[i + 6] = (a[i + 6] as number) + s;
      out[i + 7] = (a[i + 7] as number) + s;
    }
    for (; i < n; i++) out[i] = (a[i] as number) + s;
  },
};

export const addKernel: KernelConfig = { kernelName: Add, backendName: 'cpu', kernelFunc: binaryKernel(Add, addLoops) };
