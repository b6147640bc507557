import type { Conv2DAttrs, Shape, TypedArray } from '@tensortape/core';
import { gemm } from './gemm';
import { windowOutput, type Dims4 } from './nhwc';

/** Everything the convolution loops need, for NHWC data and a [kh, kw, inC / groups, outC] filter. */
export interface ConvGeometry {
  n: number;
  inH: number;
  inW: number;
  inC: number;
  outH: number;
  outW: number;
  outC: number;
  kH: number;
  kW: number;
  groups: number;
  strideH: number;
  strideW: number;
  dilationH: number;
  dilationW: number;
  padTop: number;
  padLeft: number;
}

export function convGeometry([n, inH, inW, inC]: Dims4, filterShape: Shape, attrs: Conv2DAttrs): ConvGeometry {
  const [kH, kW, patchDepth, outC] = filterShape as Dims4;
  const [strideH, strideW] = attrs.strides as [number, number];
  const [dilationH, dilationW] = attrs.dilations as [number, number];
  const [padTop, padBottom, padLeft, padRight] = attrs.pads as Dims4;
  return {
    n,
    inH,
    inW,
    inC,
    outH: windowOutput(inH, kH, dilationH, strideH, padTop, padBottom),
    outW: windowOutput(inW, kW, dilationW, strideW, padLeft, padRight),
    outC,
    kH,
    kW,
    groups: inC / patchDepth,
    strideH,
    strideW,
    dilationH,
    dilationW,
    padTop,
    padLeft,
  };
}

/**
 * The (output pixel, filter tap) pairs of one batch image whose input pixel lies inside the
 * input (padding contributes nothing), as triplets: the offsets of the input pixel's and the
 * output pixel's channel vectors within the image, and of the tap's [inC / groups, outC] filter
 * block. Built once per call, so the arithmetic loops below run without callbacks.
 */
function imageTaps(g: ConvGeometry): Int32Array {
  const { inH, inW, inC, outH, outW, outC, kH, kW } = g;
  const wTap = (inC / g.groups) * outC;
  const taps: number[] = [];
  for (let oy = 0, yOff = 0; oy < outH; oy++) {
    const iy0 = oy * g.strideH - g.padTop;
    for (let ox = 0; ox < outW; ox++, yOff += outC) {
      const ix0 = ox * g.strideW - g.padLeft;
      for (let ky = 0; ky < kH; ky++) {
        const iy = iy0 + ky * g.dilationH;
        if (iy < 0 || iy >= inH) continue;
        for (let kx = 0; kx < kW; kx++) {
          const ix = ix0 + kx * g.dilationW;
          if (ix >= 0 && ix < inW) taps.push((iy * inW + ix) * inC, yOff, (ky * kW + kx) * wTap);
        }
      }
    }
  }
  return Int32Array.from(taps);
}

/**
 * y = conv(x, w). An ungrouped convolution is one matrix product per image (im2col): the
 * patches [outH·outW, kH·kW·inC] times the filter [kH·kW·inC, outC], which `gemm` runs blocked and
 * register-tiled, summing each output's taps in the same (ky, kx, channel) order as the loops
 * below. Grouped ones run those loops: each tap adds x's channel vector times the tap's matrix.
 */
export function convForward(g: ConvGeometry, xt: TypedArray, wt: TypedArray): Float64Array {
  return g.groups === 1 ? convForwardGemm(g, xt, wt) : convForwardDirect(g, xt, wt);
}

/** @internal The tap loops, for any grouping (exported for tests). */
export function convForwardDirect(g: ConvGeometry, xt: TypedArray, wt: TypedArray): Float64Array {
  const [x, w] = [f64(xt), f64(wt)];
  const { inC, outC, groups } = g;
  const [cg, og] = [inC / groups, outC / groups];
  const [xImage, yImage] = [g.inH * g.inW * inC, g.outH * g.outW * outC];
  const y = new Float64Array(g.n * yImage);
  const taps = imageTaps(g);
  for (let b = 0; b < g.n; b++) {
    for (let t = 0; t < taps.length; t += 3) {
      const xOff = b * xImage + taps[t]!;
      const yOff = b * yImage + taps[t + 1]!;
      const wOff = taps[t + 2]!;
      for (let grp = 0; grp < groups; grp++) {
        const yBase = yOff + grp * og;
        for (let ci = 0; ci < cg; ci++) {
          const xv = x[xOff + grp * cg + ci]!;
          const wRow = wOff + ci * outC + grp * og;
          for (let co = 0; co < og; co++) y[yBase + co]! += xv * w[wRow + co]!;
        }
      }
    }
  }
  return y;
}

/** @internal im2col and `gemm`, for ungrouped convolutions (exported for tests). */
export function convForwardGemm(g: ConvGeometry, x: TypedArray, w: TypedArray): Float64Array {
  const pixels = g.outH * g.outW;
  const depth = g.kH * g.kW * g.inC;
  const y = new Float64Array(g.n * pixels * g.outC);
  const patches = new Float64Array(pixels * depth);
  const filter = { values: w, offset: 0, rowStride: g.outC, colStride: 1 };
  for (let b = 0; b < g.n; b++) {
    im2col(g, x, b, patches);
    gemm({ values: patches, offset: 0, rowStride: depth, colStride: 1 }, filter, y, b * pixels * g.outC, pixels, depth, g.outC);
  }
  return y;
}

/** Row (oy·outW + ox) of `patches`: image b's input under every tap of that output, zeros in the padding. */
function im2col(g: ConvGeometry, x: TypedArray, b: number, patches: Float64Array): void {
  const { inH, inW, inC } = g;
  const image = b * inH * inW * inC;
  let t = 0;
  for (let oy = 0; oy < g.outH; oy++) {
    for (let ox = 0; ox < g.outW; ox++) {
      for (let ky = 0; ky < g.kH; ky++) {
        const iy = oy * g.strideH - g.padTop + ky * g.dilationH;
        for (let kx = 0; kx < g.kW; kx++) {
          const ix = ox * g.strideW - g.padLeft + kx * g.dilationW;
          if (iy < 0 || iy >= inH || ix < 0 || ix >= inW) {
            patches.fill(0, t, t + inC);
            t += inC;
            continue;
          }
          for (let c = 0, s = image + (iy * inW + ix) * inC; c < inC; c++) patches[t++] = x[s + c] as number;
        }
      }
    }
  }
}

/** dx of conv(x, w) for dy: each tap adds the tap's matrix times dy's channel vector into x's pixel. */
export function convBackpropInput(g: ConvGeometry, wt: TypedArray, dyt: TypedArray): Float64Array {
  const [w, dy] = [f64(wt), f64(dyt)];
  const { inC, outC, groups } = g;
  const [cg, og] = [inC / groups, outC / groups];
  const [xImage, yImage] = [g.inH * g.inW * inC, g.outH * g.outW * outC];
  const dx = new Float64Array(g.n * xImage);
  const taps = imageTaps(g);
  for (let b = 0; b < g.n; b++) {
    for (let t = 0; t < taps.length; t += 3) {
      const xOff = b * xImage + taps[t]!;
      const yOff = b * yImage + taps[t + 1]!;
      const wOff = taps[t + 2]!;
      for (let grp = 0; grp < groups; grp++) {
        const yBase = yOff + grp * og;
        for (let ci = 0; ci < cg; ci++) {
          const wRow = wOff + ci * outC + grp * og;
          let s = 0;
          for (let co = 0; co < og; co++) s += dy[yBase + co]! * w[wRow + co]!;
          dx[xOff + grp * cg + ci]! += s;
        }
      }
    }
  }
  return dx;
}

/** dw of conv(x, w) for dy: each tap adds the outer product of x's and dy's channel vectors. */
export function convBackpropFilter(g: ConvGeometry, xt: TypedArray, dyt: TypedArray): Float64Array {
  const [x, dy] = [f64(xt), f64(dyt)];
  const { inC, outC, groups } = g;
  const [cg, og] = [inC / groups, outC / groups];
  const [xImage, yImage] = [g.inH * g.inW * inC, g.outH * g.outW * outC];
  const dw = new Float64Array(g.kH * g.kW * cg * outC);
  const taps = imageTaps(g);
  for (let b = 0; b < g.n; b++) {
    for (let t = 0; t < taps.length; t += 3) {
      const xOff = b * xImage + taps[t]!;
      const yOff = b * yImage + taps[t + 1]!;
      const wOff = taps[t + 2]!;
      for (let grp = 0; grp < groups; grp++) {
        const yBase = yOff + grp * og;
        for (let ci = 0; ci < cg; ci++) {
          const xv = x[xOff + grp * cg + ci]!;
          const wRow = wOff + ci * outC + grp * og;
          for (let co = 0; co < og; co++) dw[wRow + co]! += xv * dy[yBase + co]!;
        }
      }
    }
  }
  return dw;
}

/**
 * A depthwise filter [kh, kw, c, multiplier] is, element for element, the filter of a grouped
 * convolution with one group per channel: [kh, kw, 1, c * multiplier].
 */
export function depthwiseAsGrouped(filterShape: Shape): Dims4 {
  const [kH, kW, c, m] = filterShape as Dims4;
  return [kH, kW, 1, c * m];
}

/** The loops run on float64 copies: one array type keeps them monomorphic. */
function f64(v: TypedArray): Float64Array {
  return v instanceof Float64Array ? v : Float64Array.from(v);
}
