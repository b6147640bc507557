import type { Pool2DAttrs } from '../kernel-names';
import { shapesEqual } from '../shape';
import { kernelError } from '../errors';
import { axesOf, checkDataFormat, debugShape, poolPair, shape4D, window2D, type Padding2D, type WindowArg } from './window-2d';

export interface PoolSetup {
  attrs: Pool2DAttrs;
  /** The shape of the pool's output. */
  outShape: number[];
}

/** Validates a 2-D pool over an input of `xShape`, as TF's pooling kernels do, and resolves its geometry. */
export function poolSetup(xShape: readonly number[], ksize: WindowArg, strides: WindowArg, padding: Padding2D, dataFormat: string, opName: string): PoolSetup {
  checkDataFormat(dataFormat, opName);
  const k = poolPair(ksize, 'ksize', dataFormat, opName);
  const s = poolPair(strides, 'strides', dataFormat, opName);
  if (xShape.length !== 4) throw kernelError(opName, 'tensor_in must be 4-dimensional');
  const ax = axesOf(dataFormat);
  const { pads, outH, outW } = window2D([xShape[ax.h]!, xShape[ax.w]!], k, s, [1, 1], padding, dataFormat, opName);
  // A window must reach into the input from every padded position (TF's CheckPaddingSize).
  ['Top', 'Bottom', 'Left', 'Right'].forEach((side, i) => {
    const window = k[i < 2 ? 0 : 1];
    if (pads[i]! >= window) throw kernelError(opName, `${side} padding ${pads[i]} needs to be smaller than the window size ${window}`);
  });
  return { attrs: { ksize: k, strides: s, pads, dataFormat }, outShape: shape4D(dataFormat, xShape[ax.n]!, outH, outW, xShape[ax.c]!) };
}

/** TF's check that a pooling gradient's operand has the shape the pool implies. */
export function checkPoolShape(actual: readonly number[], expected: readonly number[], name: string, opName: string): void {
  if (!shapesEqual(actual, expected)) {
    throw kernelError(opName, `Expected ${name} shape to be ${debugShape(expected)}, but got ${debugShape(actual)}`);
  }
}
