import { createRequire } from 'node:module';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { LEARNING_RATE, mlpData, randomValues, TAPE_SCALE, TAPE_SHIFT, TAPE_START } from '../data';
import { CONV, MLP, type WorkloadId } from '../workloads';
import { sumOf, type Engine, type Task } from './engine';

let configured = false;

/** Once per process: production mode (no debug checks, no Node banner) and the wasm binaries. */
function configure(): void {
  if (configured) return;
  configured = true;
  tf.enableProdMode();
  // In Node the wasm backend loads its binaries from a file path, not a URL.
  const require = createRequire(import.meta.url);
  const wasm = require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm');
  setWasmPaths(path.dirname(wasm) + path.sep);
}

/**
 * TensorFlow.js 4.22 on its `cpu` (TypeScript) or `wasm` (XNNPACK, SIMD) backend, written as its
 * documentation recommends: `tidy` around each step, outputs disposed when replaced.
 */
export function tfjsEngine(backend: 'cpu' | 'wasm'): Engine {
  const random = (shape: number[], seed: number) => tf.tensor(randomValues(shape.reduce((a, b) => a * b, 1), seed), shape);
  const owned: tf.Tensor[] = [];
  const keep = <T extends tf.Tensor>(t: T): T => {
    owned.push(t);
    return t;
  };

  const task = (run: () => tf.Tensor): Task => {
    let last: tf.Tensor | undefined;
    return {
      run: () => {
        last?.dispose();
        last = tf.tidy(run);
      },
      checksum: () => (last ? sumOf(last.dataSync()) : NaN),
      close: () => {
        last?.dispose();
        last = undefined;
        for (const t of owned.splice(0)) t.dispose();
      },
    };
  };

  const tasks: Record<Exclude<WorkloadId, 'memory'>, (size: number) => Task> = {
    matmul: (n) => {
      const [a, b] = [keep(random([n, n], 1)), keep(random([n, n], 2))];
      return task(() => tf.matMul(a, b));
    },
    elementwise: (n) => {
      const [a, b, c] = [keep(random([n], 1)), keep(random([n], 2)), keep(random([n], 3))];
      return task(() => tf.add(tf.mul(a, b), c));
    },
    'broadcast-add': (n) => {
      const [a, b] = [keep(random([n, n], 1)), keep(random([n], 2))];
      return task(() => tf.add(a, b));
    },
    'reduce-sum': (n) => {
      const a = keep(random([n], 1));
      return task(() => tf.sum(a));
    },
    'reduce-sum-rows': (n) => {
      const a = keep(random([n, n], 1));
      return task(() => tf.sum(a, -1));
    },
    softmax: (n) => {
      const a = keep(random([n, n], 1));
      return task(() => tf.softmax(a));
    },
    conv2d: (batch) => {
      const x = keep(random([batch, CONV.height, CONV.width, CONV.inChannels], 1) as tf.Tensor4D);
      const w = keep(random([CONV.filter, CONV.filter, CONV.inChannels, CONV.outChannels], 2) as tf.Tensor4D);
      return task(() => tf.conv2d(x, w, 1, 'same'));
    },
    'mlp-step': (batch) => {
      const d = mlpData({ batch, ...MLP });
      const x = keep(tf.tensor2d(d.x, [batch, MLP.inputs]));
      const labels = keep(tf.tensor2d(d.labels, [batch, MLP.classes]));
      const params = [
        tf.variable(tf.tensor2d(d.w1, [MLP.inputs, MLP.hidden])),
        tf.variable(tf.tensor1d(d.b1)),
        tf.variable(tf.tensor2d(d.w2, [MLP.hidden, MLP.classes])),
        tf.variable(tf.tensor1d(d.b2)),
      ] as const;
      params.forEach(keep);
      const [w1, b1, w2, b2] = params;
      const loss = () => {
        const hidden = tf.relu(tf.add(tf.matMul(x, w1), b1));
        const logits = tf.add(tf.matMul(hidden, w2), b2);
        return tf.losses.softmaxCrossEntropy(labels, logits) as tf.Scalar;
      };
      return task(() => {
        const { value, grads } = tf.variableGrads(loss, [...params]);
        for (const p of params) p.assign(tf.sub(p, tf.mul(grads[p.name] as tf.Tensor, LEARNING_RATE)));
        return value;
      });
    },
    jacobian: (n) => {
      // TensorFlow.js has no Jacobian: its users take one vector-Jacobian product per row.
      const w = keep(tf.mul(random([n, n], 1), 1 / Math.sqrt(n)));
      const x = keep(random([n, 1], 2));
      const vjp = tf.grad((v: tf.Tensor) => tf.tanh(tf.matMul(w, v)));
      return task(() => {
        const rows = Array.from({ length: n }, (_, i) => vjp(x, tf.oneHot(i, n).asType('float32').reshape([n, 1])));
        return tf.stack(rows).reshape([n, 1, n, 1]);
      });
    },
    tape: (reps) => {
      const x = keep(tf.scalar(TAPE_START));
      const grad = tf.grad((start: tf.Tensor) => {
        let y = start;
        for (let i = 0; i < reps; i++) y = tf.add(tf.mul(y, TAPE_SCALE), TAPE_SHIFT);
        return y;
      });
      return task(() => grad(x));
    },
  };

  return {
    id: backend === 'cpu' ? 'tfjs-cpu' : 'tfjs-wasm',
    start: async () => {
      configure();
      if (!(await tf.setBackend(backend))) throw new Error(`TensorFlow.js could not start its ${backend} backend.`);
      await tf.ready();
    },
    describe: () => {
      if (backend === 'cpu') return `@tensorflow/tfjs ${tf.version.tfjs}, cpu backend, float32`;
      const simd = tf.env().getBool('WASM_HAS_SIMD_SUPPORT') ? 'SIMD' : 'no SIMD';
      const threads = tf.env().getBool('WASM_HAS_MULTITHREAD_SUPPORT') ? 'threads' : 'one thread';
      return `@tensorflow/tfjs ${tf.version.tfjs}, wasm backend (${simd}, ${threads}), float32`;
    },
    task: (workload, size) => tasks[workload](size),
  };
}
