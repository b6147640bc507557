import { add, constant, random, square, type Tensor, type TensorLike } from '@tensortape/core';

/** float64 data. */
export const f64 = (values: TensorLike): Tensor => constant(values, { dtype: 'float64' });
/** Standard normal float64 samples from a fixed seed. */
export const normal = (shape: number[], seed: number): Tensor => random.normal(shape, { dtype: 'float64', seed });
/** Samples in [0.5, ∞), for ops defined on positive numbers. */
export const positive = (shape: number[], seed: number): Tensor => add(square(normal(shape, seed)), 0.5);
