import { type DType, kernelTypeName } from '../dtypes';
import { kernelError, opError } from '../errors';
import type { Conv2DAttrs } from '../kernel-names';
import type { Tensor } from '../tensor';
import { convertToTensor, isTensorOrVariable, type Input } from '../tensor-like';
import { checkDType } from './check-dtype';
import { axesOf, checkDataFormat, convPair, debugShape, shape4D, window2D, type Padding2D, type WindowArg } from './window-2d';

/**
 * Converts the tensor operands of a kernel whose inputs share one dtype: plain data takes the
 * dtype of the first tensor operand, and a mismatch raises TF's error. `positions` are the
 * operands' input numbers in TF's op (for the message).
 */
export function sameDTypeOperands(operands: readonly Input[], positions: readonly number[], allowed: readonly DType[], opName: string): Tensor[] {
  const first = operands.find(isTensorOrVariable);
  const dtype = first === undefined ? undefined : convertToTensor(first).dtype;
  const tensors = operands.map((x) => (isTensorOrVariable(x) ? convertToTensor(x) : convertToTensor(x, dtype)));
  const expected = tensors[0]!.dtype;
  tensors.forEach((t, i) => {
    if (t.dtype !== expected) {
      throw opError(
        opName,
        `cannot compute ${opName} as input #${positions[i]}(zero-based) was expected to be a ${kernelTypeName(expected)} tensor ` +
          `but is a ${kernelTypeName(t.dtype)} tensor`,
      );
    }
  });
  checkDType(expected, allowed, opName);
  return tensors;
}

export interface ConvSetup {
  attrs: Conv2DAttrs;
  /** The shape of the convolution's output. */
  outShape: number[];
}

/**
 * Validates a convolution (or, with `depthwise`, a depthwise one) of an input of `xShape` with a
 * filter of `filterShape`, as TF's kernels do, and resolves its geometry.
 */
export function convSetup(
  xShape: readonly number[],
  filterShape: readonly number[],
  strides: WindowArg,
  padding: Padding2D,
  dataFormat: string,
  dilations: WindowArg | undefined,
  depthwise: boolean,
  opName: string,
): ConvSetup {
  checkDataFormat(dataFormat, opName);
  const stridePair = convPair(strides, 'strides', dataFormat, opName);
  const dilationPair = convPair(dilations, 'dilations', dataFormat, opName);
  if (xShape.length !== 4) throw kernelError(opName, `input must be 4-dimensional${debugShape(xShape)}`);
  if (filterShape.length !== 4) throw kernelError(opName, `filter must be 4-dimensional: ${debugShape(filterShape)}`);
  const ax = axesOf(dataFormat);
  const [fh, fw, fc, fm] = filterShape as [number, number, number, number];
  const inC = xShape[ax.c]!;
  let outC: number;
  if (depthwise) {
    if (inC !== fc) throw kernelError(opName, `input and filter must have the same depth: ${inC} vs ${fc}`);
    outC = inC * fm;
  } else {
    if (fc <= 0) throw kernelError(opName, `filter depth must be stricly positive, got ${fc}`);
    if (inC % fc !== 0) throw kernelError(opName, `input depth must be evenly divisible by filter depth: ${inC} vs ${fc}`);
    const groups = inC / fc;
    if (fm % groups !== 0 || fm < groups) {
      throw kernelError(opName, `output depth must be evenly divisible by number of groups: ${fm} vs ${groups}`);
    }
    outC = fm;
  }
  const { pads, outH, outW } = window2D([xShape[ax.h]!, xShape[ax.w]!], [fh, fw], stridePair, dilationPair, padding, dataFormat, opName);
  return {
    attrs: { strides: stridePair, dilations: dilationPair, pads, dataFormat },
    outShape: shape4D(dataFormat, xShape[ax.n]!, outH, outW, outC),
  };
}

/** TF's checks that a gradient `dy` has the shape of the convolution's output. */
export function checkOutBackprop(dyShape: readonly number[], setup: ConvSetup, xShape: readonly number[], filterShape: readonly number[], opName: string): void {
  if (dyShape.length !== 4) throw kernelError(opName, `${opName}: out_backprop must be 4-dimensional`);
  const { attrs, outShape } = setup;
  const ax = axesOf(attrs.dataFormat);
  if (dyShape[ax.n] !== outShape[ax.n]) {
    throw kernelError(
      opName,
      `${opName}: input and out_backprop must have the same batch size. Input batch: ${outShape[ax.n]}, outbackprop batch: ${dyShape[ax.n]}, batch_dim: ${ax.n}`,
    );
  }
  if (dyShape[ax.c] !== outShape[ax.c]) throw kernelError(opName, `${opName}: filter and out_backprop must have the same out_depth`);
  [ax.h, ax.w].forEach((dim, i) => {
    if (dyShape[dim] !== outShape[dim]) {
      throw kernelError(
        opName,
        `${opName}: Size of out_backprop doesn't match computed: actual = ${dyShape[dim]}, computed = ${outShape[dim]} ` +
          `spatial_dim: ${dim} input: ${xShape[dim]} filter: ${filterShape[i]} output: ${dyShape[dim]} ` +
          `stride: ${attrs.strides[i]} dilation: ${attrs.dilations[i]}`,
      );
    }
  });
}
