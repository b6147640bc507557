import { cast, convertToTensor, isFloatDType, isTensorOrVariable, multiply, reduceSum, squeeze, divide, ValueError, type Input, type Tensor } from '@tensortape/core';

/**
 * How per-sample losses combine (Keras's `reduction`): their mean (`'sum_over_batch_size'`, the
 * default), their sum, or none (one loss per sample).
 */
export type Reduction = 'sum_over_batch_size' | 'sum' | 'none';

export interface LossOptions {
  /** Default `'sum_over_batch_size'`. */
  reduction?: Reduction;
  /** Weights per sample (or per element), broadcast against the per-sample losses. */
  sampleWeight?: Input;
}

const REDUCTIONS: readonly Reduction[] = ['sum_over_batch_size', 'sum', 'none'];

/** The predictions as a float tensor, and the targets in their dtype (Keras casts `y_true`). */
export function lossOperands(yTrue: Input, yPred: Input): [Tensor, Tensor] {
  const pred = convertToTensor(yPred);
  if (!isFloatDType(pred.dtype)) throw new ValueError(`\`y_pred\` must be a float tensor. Received: dtype=${pred.dtype}`);
  const truth = isTensorOrVariable(yTrue) ? cast(yTrue, pred.dtype) : convertToTensor(yTrue, pred.dtype);
  return sameRank(truth, pred);
}

/**
 * Keras's `squeeze_or_expand_to_same_rank`: when the ranks differ by one and the longer shape
 * ends in 1, that axis goes, so targets of shape [n] pair with predictions of shape [n, 1].
 */
export function sameRank(a: Tensor, b: Tensor): [Tensor, Tensor] {
  if (a.rank === b.rank + 1 && a.shape[a.rank - 1] === 1) return [squeeze(a, -1), b];
  if (b.rank === a.rank + 1 && b.shape[b.rank - 1] === 1) return [a, squeeze(b, -1)];
  return [a, b];
}

/** Weights and reduces per-sample losses (Keras's `reduce_weighted_values`). */
export function reduceLoss(values: Tensor, options: LossOptions = {}): Tensor {
  const reduction = options.reduction ?? 'sum_over_batch_size';
  if (!REDUCTIONS.includes(reduction)) {
    throw new ValueError(`Invalid value for argument \`reduction\`. Expected one of ${REDUCTIONS.map((r) => `'${r}'`).join(', ')}. Received: reduction=${String(reduction)}`);
  }
  let weighted = values;
  if (options.sampleWeight !== undefined) {
    const w = isTensorOrVariable(options.sampleWeight) ? cast(options.sampleWeight, values.dtype) : convertToTensor(options.sampleWeight, values.dtype);
    weighted = multiply(...sameRank(values, w));
  }
  if (reduction === 'none') return weighted;
  const sum = reduceSum(weighted);
  return reduction === 'sum' ? sum : divide(sum, Math.max(weighted.size, 1));
}

/** Keras's fuzz factor, which keeps probabilities away from 0 and 1 inside logarithms. */
export const EPSILON = 1e-7;
