import * as tf from 'tensortape';

/** A function of one tensor that acts element-wise, as the playground's `plot` expects. */
export type ElementwiseFn = (x: tf.Tensor) => tf.Tensor;

/** Sampled values of f, f′ and f″ on an even grid. */
export interface DerivativeCurves {
  readonly x: number[];
  readonly f: number[];
  readonly df: number[];
  readonly d2f: number[];
}

const values = (t: tf.Tensor | null, like: tf.Tensor): number[] =>
  Array.from((t ?? tf.zerosLike(like)).dataSync(), Number);

/**
 * Samples f and its first two derivatives at `samples` points of [from, to] with two nested
 * GradientTapes: the inner tape differentiates f, the outer one records that differentiation
 * and differentiates it again. f acts element-wise, so the gradient of the sum of f over the
 * grid is f′ at each point.
 *
 * @example
 * const { df } = derivativeCurves((x) => tf.pow(x, 3), [-1, 1], 3); // df = [3, 0, 3]
 */
export function derivativeCurves(f: ElementwiseFn, [from, to]: readonly [number, number], samples = 201): DerivativeCurves {
  if (!(to > from)) throw new RangeError(`plot: the range must run from low to high, got [${from}, ${to}]`);
  const xs = tf.linspace(from, to, samples);
  const outer = new tf.GradientTape();
  const inner = new tf.GradientTape();
  const [y, dy] = outer.record(() => {
    outer.watch(xs);
    const y = inner.record(() => {
      inner.watch(xs);
      return f(xs);
    });
    if (!tf.shapesEqual(y.shape, xs.shape)) {
      throw new RangeError(`plot: f must map each x to one value (element-wise), but it returned shape ${tf.formatShape(y.shape)}`);
    }
    return [y, inner.gradient(y, xs) ?? tf.zerosLike(xs)] as const;
  });
  const d2y = outer.gradient(dy, xs);
  return { x: values(xs, xs), f: values(y, xs), df: values(dy, xs), d2f: values(d2y, xs) };
}
