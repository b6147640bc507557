import type { Conv2DAttrs } from '@tensortape/core';
import { describe, expect, it } from 'vitest';
import { convForwardDirect, convForwardGemm, convGeometry } from './conv-core';
import type { Dims4 } from './nhwc';

const values = (n: number, seed: number) => Float32Array.from({ length: n }, (_, i) => Math.sin(i * 0.37 + seed) * (1 + (i % 5)));

describe('convolution as im2col and gemm', () => {
  const cases: { name: string; x: Dims4; w: Dims4; strides: [number, number]; dilations: [number, number]; pads: Dims4 }[] = [
    { name: 'SAME 3×3', x: [2, 6, 5, 3], w: [3, 3, 3, 4], strides: [1, 1], dilations: [1, 1], pads: [1, 1, 1, 1] },
    { name: 'VALID 2×3, stride 2', x: [1, 7, 8, 2], w: [2, 3, 2, 5], strides: [2, 2], dilations: [1, 1], pads: [0, 0, 0, 0] },
    { name: 'dilated, uneven padding', x: [3, 9, 6, 4], w: [3, 2, 4, 3], strides: [1, 2], dilations: [2, 2], pads: [2, 1, 0, 3] },
    { name: '1×1', x: [2, 4, 4, 8], w: [1, 1, 8, 6], strides: [1, 1], dilations: [1, 1], pads: [0, 0, 0, 0] },
  ];
  for (const c of cases) {
    it(`${c.name}: the same sums as the tap loops`, () => {
      const attrs = { strides: c.strides, dilations: c.dilations, pads: c.pads, dataFormat: 'NHWC' } as unknown as Conv2DAttrs;
      const g = convGeometry(c.x, c.w, attrs);
      const x = values(c.x.reduce((a, b) => a * b), 1);
      const w = values(c.w.reduce((a, b) => a * b), 2);
      const expected = convForwardDirect(g, x, w);
      expect(expected.length).toBe(g.n * g.outH * g.outW * g.outC);
      expect(Array.from(convForwardGemm(g, x, w))).toEqual(Array.from(expected));
    });
  }
});
