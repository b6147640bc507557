import * as tf from 'tensortape';
import { exactSolution, type Oscillator } from './exact-solution';
import { residual } from './residual';

export interface SolveOptions extends Oscillator {
  /** The time span [0, tEnd] to solve on. */
  readonly tEnd: number;
  /** Collocation points where the equation is enforced. */
  readonly points: number;
  readonly steps: number;
  readonly hidden?: number;
  readonly seed?: number;
  /** The starting learning rate; it decays tenfold over the run. Default 0.01. */
  readonly learningRate?: number;
  /** Called every `every` steps (and after the last) with the loss and the error against the exact motion. */
  readonly onProgress?: (p: { step: number; loss: number; maxError: number }) => void;
  readonly every?: number;
}

export interface Solution {
  /** The learned motion u(t), for t of shape [n, 1]. */
  readonly u: (t: tf.Tensor) => tf.Tensor;
  readonly losses: number[];
  /** The largest |u(t) - exact(t)| on a fine grid of [0, tEnd]. */
  readonly maxError: number;
}

/** The largest deviation of `u` from the closed-form motion on 101 points of [0, tEnd]. */
export function maxError(u: (t: tf.Tensor) => tf.Tensor, o: Oscillator, tEnd: number): number {
  const grid = Float64Array.from({ length: 101 }, (_, i) => (tEnd * i) / 100);
  const learned = u(tf.constant(grid, { shape: [101, 1] })).dataSync();
  return Math.max(...grid.map((t, i) => Math.abs((learned[i] as number) - exactSolution(o, t))));
}

/**
 * Solves the damped oscillator with a physics-informed network, in float64: u(t) = 1 + t²·N(t)
 * meets the initial conditions u(0) = 1, u'(0) = 0 by construction, and Adam trains the network
 * N (1 → hidden → hidden → 1, tanh) so that the equation's residual vanishes at the collocation
 * points. The loss needs u'' (two nested tapes), and its gradient a third tape around them.
 */
export function solveOscillator(options: SolveOptions): Solution {
  const { tEnd, points, steps, hidden = 16, seed = 1, every = 500, learningRate = 0.01 } = options;
  tf.random.setSeed(seed);
  const layer = (inputs: number, outputs: number) => ({
    w: new tf.Variable(tf.random.normal([inputs, outputs], { stddev: Math.sqrt(1 / inputs), dtype: 'float64', seed: 1 })),
    b: new tf.Variable(tf.zeros([outputs], 'float64')),
  });
  const layers = [layer(1, hidden), layer(hidden, hidden), layer(hidden, 1)];
  const variables = layers.flatMap((l) => [l.w, l.b]);
  const network = (t: tf.Tensor) =>
    layers.reduce((x, l, i) => {
      const z = tf.add(tf.matmul(x, l.w), l.b);
      return i < layers.length - 1 ? tf.tanh(z) : z;
    }, t);
  const u = (t: tf.Tensor) => tf.add(1, tf.multiply(tf.square(t), network(t)));

  const t = tf.constant(Float64Array.from({ length: points }, (_, i) => (tEnd * i) / (points - 1)), { shape: [points, 1] });
  const optimizer = new tf.Adam({ learningRate: new tf.ExponentialDecay(learningRate, steps, 0.1) });
  const losses: number[] = [];
  for (let step = 1; step <= steps; step++) {
    const loss = optimizer.minimize(() => tf.reduceMean(tf.square(residual(u, t, options))), variables);
    losses.push(loss.dataSync()[0] as number);
    if (options.onProgress && (step % every === 0 || step === steps)) {
      options.onProgress({ step, loss: losses[step - 1] as number, maxError: maxError(u, options, tEnd) });
    }
  }
  return { u, losses, maxError: maxError(u, options, tEnd) };
}
