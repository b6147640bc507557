import type { Pool2DAttrs, TypedArray } from '@tensortape/core';
import { windowOutput, type Dims4 } from './nhwc';

/** Everything the pooling loops need, for NHWC data. */
export interface PoolGeometry {
  n: number;
  inH: number;
  inW: number;
  c: number;
  outH: number;
  outW: number;
  kH: number;
  kW: number;
  strideH: number;
  strideW: number;
  padTop: number;
  padLeft: number;
}

export function poolGeometry([n, inH, inW, c]: Dims4, attrs: Pool2DAttrs): PoolGeometry {
  const [kH, kW] = attrs.ksize as [number, number];
  const [strideH, strideW] = attrs.strides as [number, number];
  const [padTop, padBottom, padLeft, padRight] = attrs.pads as Dims4;
  return {
    n,
    inH,
    inW,
    c,
    outH: windowOutput(inH, kH, 1, strideH, padTop, padBottom),
    outW: windowOutput(inW, kW, 1, strideW, padLeft, padRight),
    kH,
    kW,
    strideH,
    strideW,
    padTop,
    padLeft,
  };
}

/**
 * Calls `window(yOff, pixels)` for each output pixel with the offsets of the input pixels of its
 * window that lie inside the input, in row-major order (padding is left out). Offsets are of
 * channel vectors in NHWC data; `yOff` likewise in the output.
 */
export function forEachWindow(g: PoolGeometry, window: (yOff: number, pixels: readonly number[]) => void): void {
  const { inH, inW, c } = g;
  const pixels: number[] = [];
  for (let b = 0, yOff = 0; b < g.n; b++) {
    for (let oy = 0; oy < g.outH; oy++) {
      const y0 = Math.max(oy * g.strideH - g.padTop, 0);
      const y1 = Math.min(oy * g.strideH - g.padTop + g.kH, inH);
      for (let ox = 0; ox < g.outW; ox++, yOff += c) {
        const x0 = Math.max(ox * g.strideW - g.padLeft, 0);
        const x1 = Math.min(ox * g.strideW - g.padLeft + g.kW, inW);
        pixels.length = 0;
        for (let iy = y0; iy < y1; iy++) for (let ix = x0; ix < x1; ix++) pixels.push(((b * inH + iy) * inW + ix) * c);
        window(yOff, pixels);
      }
    }
  }
}

/**
 * For each output element, the input index of the first largest element of its window in
 * row-major order, as TF's max-pool gradients route it (nan never wins).
 */
export function poolArgmax(g: PoolGeometry, x: TypedArray): Int32Array {
  const c = g.c;
  const argmax = new Int32Array(g.n * g.outH * g.outW * c);
  const best = new Float64Array(c);
  forEachWindow(g, (yOff, pixels) => {
    best.fill(-Infinity);
    for (let ch = 0; ch < c; ch++) argmax[yOff + ch] = (pixels[0] ?? 0) + ch;
    for (const p of pixels) {
      for (let ch = 0; ch < c; ch++) {
        const v = x[p + ch] as number;
        if (v > (best[ch] as number)) {
          best[ch] = v;
          argmax[yOff + ch] = p + ch;
        }
      }
    }
  });
  return argmax;
}
