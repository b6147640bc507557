import * as tf from 'tensortape';

export interface LineData {
  readonly x: tf.Tensor;
  readonly y: tf.Tensor;
}

/** `samples` points on y = weight·x + bias, x uniform in [-1, 1), with Gaussian noise of std `noise`. */
export function makeLine(weight: number, bias: number, samples: number, noise: number, seed = 1): LineData {
  tf.random.setSeed(seed);
  const x = tf.random.uniform([samples], { minval: -1, maxval: 1, seed: 1 });
  const y = tf.add(tf.add(tf.multiply(x, weight), bias), tf.random.normal([samples], { stddev: noise, seed: 2 }));
  return { x, y };
}

/** The least-squares line through the data (closed form), which the fit should reach. */
export function leastSquares({ x, y }: LineData): { weight: number; bias: number } {
  const [xs, ys] = [x.dataSync(), y.dataSync()];
  const n = xs.length;
  const mean = (a: ArrayLike<number>) => Array.from(a).reduce((s, v) => s + v, 0) / n;
  const [mx, my] = [mean(xs), mean(ys)];
  let [sxy, sxx] = [0, 0];
  for (let i = 0; i < n; i++) {
    sxy += ((xs[i] as number) - mx) * ((ys[i] as number) - my);
    sxx += ((xs[i] as number) - mx) ** 2;
  }
  const weight = sxy / sxx;
  return { weight, bias: my - weight * mx };
}

export interface FitOptions {
  readonly steps: number;
  readonly learningRate: number;
  /** Called every `every` steps with the step, the loss and the current weight and bias. */
  readonly onStep?: (step: number, loss: number, weight: number, bias: number) => void;
  readonly every?: number;
}

/** Fits y ≈ w·x + b by SGD on the mean squared error, from w = b = 0. */
export function fitLine({ x, y }: LineData, { steps, learningRate, onStep, every = 20 }: FitOptions): { weight: number; bias: number; loss: number } {
  const w = new tf.Variable(0, { name: 'weight' });
  const b = new tf.Variable(0, { name: 'bias' });
  const optimizer = new tf.SGD({ learningRate });
  let loss = NaN;
  for (let step = 1; step <= steps; step++) {
    loss = optimizer.minimize(() => tf.meanSquaredError(y, tf.add(tf.multiply(x, w), b)), [w, b]).dataSync()[0] as number;
    if (onStep && step % every === 0) onStep(step, loss, w.numpy() as number, b.numpy() as number);
  }
  return { weight: w.numpy() as number, bias: b.numpy() as number, loss };
}
