import { BatchMatMul, matmul, type BatchMatMulAttrs } from '@tensortape/core';
import type { GradientConfig } from '../gradient-registry';
import { tensorInputs } from './inputs';
import { batchRank } from './batch';
import { unbroadcast } from './unbroadcast';

/**
 * TF's _BatchMatMulV2 gradient: matmuls of dy with the other operand, transposed as the forward
 * product was, then summed over broadcast batch dimensions.
 */
export const batchMatMulGrad: GradientConfig = {
  kernelName: BatchMatMul,
  batchable: true,
  gradFunc: ([dy], node) => {
    const batch = batchRank(dy!, node.outputs[0]!);
    const { a, b } = tensorInputs(node);
    const { transposeA, transposeB } = node.attrs as unknown as BatchMatMulAttrs;
    const g = dy!;
    const gradA = () => {
      if (!transposeA) return transposeB ? matmul(g, b!) : matmul(g, b!, { transposeB: true });
      return transposeB ? matmul(b!, g, { transposeA: true, transposeB: true }) : matmul(b!, g, { transposeB: true });
    };
    const gradB = () => {
      if (!transposeA) return transposeB ? matmul(g, a!, { transposeA: true }) : matmul(a!, g, { transposeA: true });
      return transposeB ? matmul(g, a!, { transposeA: true, transposeB: true }) : matmul(a!, g);
    };
    return { a: () => unbroadcast(gradA(), a!.shape, batch), b: () => unbroadcast(gradB(), b!.shape, batch) };
  },
};
