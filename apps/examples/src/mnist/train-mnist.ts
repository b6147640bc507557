import { existsSync } from 'node:fs';
import * as tf from 'tensortape';
import { IMAGE_SIZE, type DigitSet, type MnistSplit } from './load-mnist';
import { createMlp, logits, variablesOf, type Mlp } from './mlp';
import type { Progress, ProgressBar } from './progress-bar';
import { seededRandom } from './seeded-random';

export interface TrainOptions {
  readonly data: MnistSplit;
  /** Train until this many epochs are done (counting those of a resumed checkpoint). */
  readonly epochs: number;
  readonly batchSize: number;
  readonly hidden: number;
  /** The first epoch's learning rate; it halves after each epoch. */
  readonly learningRate: number;
  /** Saved after every epoch, and resumed from when it exists. */
  readonly checkpointPath?: string;
  /** Seeds the initial weights and each epoch's shuffle, so a resumed run is the same run. */
  readonly seed?: number;
  readonly progress?: ProgressBar;
  readonly log?: (line: string) => void;
}

export interface EpochResult {
  readonly epoch: number;
  readonly loss: number;
  readonly accuracy: number;
  readonly testAccuracy: number;
}

export interface TrainResult {
  readonly model: Mlp;
  /** Epochs done before this run (0 for a fresh start). */
  readonly resumedAfter: number;
  readonly history: EpochResult[];
  readonly testAccuracy: number;
}

function shuffled(count: number, seed: number): Int32Array {
  const order = Int32Array.from({ length: count }, (_, i) => i);
  const next = seededRandom(seed);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

/** The images and labels at `indices`, as tensors. */
function batch(set: DigitSet, indices: ArrayLike<number>): { x: tf.Tensor; y: tf.Tensor } {
  const images = new Float32Array(indices.length * IMAGE_SIZE);
  const labels = new Int32Array(indices.length);
  for (let i = 0; i < indices.length; i++) {
    const k = indices[i] as number;
    images.set(set.images.subarray(k * IMAGE_SIZE, (k + 1) * IMAGE_SIZE), i * IMAGE_SIZE);
    labels[i] = set.labels[k] as number;
  }
  return { x: tf.constant(images, { shape: [indices.length, IMAGE_SIZE] }), y: tf.constant(labels) };
}

/** The fraction of `set` the model classifies right. */
export function evaluate(model: Mlp, set: DigitSet): number {
  const { x, y } = batch(set, Int32Array.from({ length: set.count }, (_, i) => i));
  return tf.sparseCategoricalAccuracy(y, logits(model, x)).dataSync()[0] as number;
}

/**
 * Trains a two-layer perceptron on the digits with Adam and sparse categorical cross-entropy,
 * one GradientTape per batch. After every epoch it saves the weights, the optimizer's state and
 * the epoch count to the checkpoint; a rerun resumes after the last saved epoch.
 */
export async function trainMnist(options: TrainOptions): Promise<TrainResult> {
  const { data, epochs, batchSize, checkpointPath, seed = 1 } = options;
  const model = createMlp(IMAGE_SIZE, options.hidden, 10, seed);
  const batches = Math.ceil(data.train.count / batchSize);
  // The rate halves after every epoch: it depends on the step count only, which the checkpoint keeps.
  const optimizer = new tf.Adam({ learningRate: new tf.ExponentialDecay(options.learningRate, batches, 0.5, { staircase: true }) });
  const epoch = new tf.Variable(0n, { name: 'epoch', trainable: false });
  const checkpoint = new tf.Checkpoint({ model: { ...model }, optimizer, epoch });
  if (checkpointPath !== undefined && existsSync(checkpointPath)) {
    await checkpoint.read(checkpointPath);
    options.log?.(`Resumed from ${checkpointPath} after epoch ${Number(epoch.numpy())}.`);
  }
  const resumedAfter = Number(epoch.numpy());
  const variables = variablesOf(model);
  const history: EpochResult[] = [];

  for (let e = resumedAfter + 1; e <= epochs; e++) {
    const started = performance.now();
    const order = shuffled(data.train.count, seed * 1000 + e);
    let [lossSum, hits, seen] = [0, 0, 0];
    let progress: Progress = { epoch: e, epochs, batch: 0, batches, loss: 0, accuracy: 0 };
    for (let b = 0; b < batches; b++) {
      const { x, y } = batch(data.train, order.subarray(b * batchSize, (b + 1) * batchSize));
      const tape = new tf.GradientTape();
      let out!: tf.Tensor;
      const loss = tape.record(() => {
        out = logits(model, x);
        return tf.sparseCategoricalCrossentropy(y, out, { fromLogits: true });
      });
      const grads = tape.gradient(loss, variables);
      optimizer.applyGradients(variables.map((v, i) => [grads[i], v] as const));
      const n = y.shape[0] as number;
      lossSum += (loss.dataSync()[0] as number) * n;
      hits += (tf.sparseCategoricalAccuracy(y, out).dataSync()[0] as number) * n;
      seen += n;
      progress = { ...progress, batch: b + 1, loss: lossSum / seen, accuracy: hits / seen };
      options.progress?.update(progress);
    }
    const testAccuracy = evaluate(model, data.test);
    epoch.assign(BigInt(e));
    if (checkpointPath !== undefined) await checkpoint.write(checkpointPath);
    const seconds = (performance.now() - started) / 1000;
    options.progress?.done(progress, `test acc ${(100 * testAccuracy).toFixed(1)}% (${seconds.toFixed(1)}s)`);
    history.push({ epoch: e, loss: progress.loss, accuracy: progress.accuracy, testAccuracy });
  }
  return { model, resumedAfter, history, testAccuracy: history.at(-1)?.testAccuracy ?? evaluate(model, data.test) };
}
