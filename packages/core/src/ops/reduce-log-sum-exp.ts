import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { add } from './add';
import { exp } from './exp';
import { isFinite } from './is-finite';
import { log } from './log';
import { reduceMax } from './reduce-max';
import { reduceSum } from './reduce-sum';
import { reshape } from './reshape';
import { stopGradient } from './stop-gradient';
import { subtract } from './subtract';
import { where } from './where';
import { zerosLike } from './zeros-like';

/**
 * `log(sum(exp(x)))` over `axis` (all axes when omitted), dropping the reduced dimensions unless
 * `keepdims` (TF `tf.reduce_logsumexp`). Stable: the maximum is subtracted first (and its
 * gradient stopped, as in TF); an all -inf slice gives -inf. A composite, as in TF.
 *
 * @example
 * tf.reduceLogSumExp(tf.constant([0, 0])); // 0.6931472
 */
export function reduceLogSumExp(x: Input, axis?: number | readonly number[], keepdims = false): Tensor {
  const t = convertToTensor(x);
  const rawMax = reduceMax(t, axis, true);
  const shift = stopGradient(where(isFinite(rawMax), rawMax, zerosLike(rawMax)));
  const result = log(reduceSum(exp(subtract(t, shift)), axis, keepdims));
  return add(result, keepdims ? shift : reshape(shift, result.shape));
}
