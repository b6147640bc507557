import { equal, multiply, where, zerosLike, type Tensor } from '@tensortape/core';

/**
 * dy * a, but 0 where dy is 0 even when a is inf or nan: TF's SqrtGrad, RsqrtGrad and
 * ReciprocalGrad do this, so an unused branch (dy = 0) at a pole stays 0. A nan dy still gives nan.
 */
export function mulNoNan(dy: Tensor, a: Tensor): Tensor {
  return multiply(dy, where(equal(dy, 0), zerosLike(a), a));
}
