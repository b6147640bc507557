import * as tf from 'tensortape';
import { LEARNING_RATE, mlpData, randomValues, TAPE_SCALE, TAPE_SHIFT, TAPE_START } from '../data';
import { CONV, MLP, type WorkloadId } from '../workloads';
import { sumOf, type Engine, type Task } from './engine';

type Float = 'float32' | 'float64';

/**
 * tensortape on its CPU backend, in float32 or float64. Written as a user would: no `tidy`, no
 * `dispose`; the garbage collector frees what the tasks drop.
 */
export function tensortapeEngine(dtype: Float): Engine {
  const tensor = (values: Float32Array, shape: number[]) =>
    tf.reshape(dtype === 'float32' ? values : Float64Array.from(values), shape);
  const random = (shape: number[], seed: number) => tensor(randomValues(shape.reduce((a, b) => a * b, 1), seed), shape);

  /** A task whose repetition returns a tensor; its checksum sums that tensor. */
  const task = (run: () => tf.Tensor): Task => {
    let last: tf.Tensor | undefined;
    return {
      run: () => {
        last = run();
      },
      checksum: () => (last ? sumOf(last.dataSync()) : NaN),
      close: () => {
        last = undefined;
      },
    };
  };

  const tasks: Record<Exclude<WorkloadId, 'memory'>, (size: number) => Task> = {
    matmul: (n) => {
      const [a, b] = [random([n, n], 1), random([n, n], 2)];
      return task(() => tf.matmul(a, b));
    },
    elementwise: (n) => {
      const [a, b, c] = [random([n], 1), random([n], 2), random([n], 3)];
      return task(() => tf.add(tf.multiply(a, b), c));
    },
    'broadcast-add': (n) => {
      const [a, b] = [random([n, n], 1), random([n], 2)];
      return task(() => tf.add(a, b));
    },
    'reduce-sum': (n) => {
      const a = random([n], 1);
      return task(() => tf.reduceSum(a));
    },
    'reduce-sum-rows': (n) => {
      const a = random([n, n], 1);
      return task(() => tf.reduceSum(a, -1));
    },
    softmax: (n) => {
      const a = random([n, n], 1);
      return task(() => tf.softmax(a));
    },
    conv2d: (batch) => {
      const x = random([batch, CONV.height, CONV.width, CONV.inChannels], 1);
      const w = random([CONV.filter, CONV.filter, CONV.inChannels, CONV.outChannels], 2);
      return task(() => tf.conv2d(x, w, 1, 'SAME'));
    },
    'mlp-step': (batch) => {
      const d = mlpData({ batch, ...MLP });
      const x = tensor(d.x, [batch, MLP.inputs]);
      const labels = tensor(d.labels, [batch, MLP.classes]);
      const params = [
        new tf.Variable(tensor(d.w1, [MLP.inputs, MLP.hidden])),
        new tf.Variable(tensor(d.b1, [MLP.hidden])),
        new tf.Variable(tensor(d.w2, [MLP.hidden, MLP.classes])),
        new tf.Variable(tensor(d.b2, [MLP.classes])),
      ] as const;
      const [w1, b1, w2, b2] = params;
      return task(() => {
        const tape = new tf.GradientTape();
        const loss = tape.record(() => {
          const hidden = tf.relu(tf.add(tf.matmul(x, w1), b1));
          const logits = tf.add(tf.matmul(hidden, w2), b2);
          return tf.reduceMean(tf.softmaxCrossEntropyWithLogits(labels, logits));
        });
        const grads = tape.gradient(loss, [...params]);
        params.forEach((p, i) => p.assignSub(tf.multiply(grads[i] as tf.Tensor, LEARNING_RATE), { readValue: false }));
        return loss;
      });
    },
    jacobian: (n) => {
      const w = tf.multiply(random([n, n], 1), 1 / Math.sqrt(n));
      const x = random([n, 1], 2);
      return task(() => {
        const tape = new tf.GradientTape();
        const y = tape.record(() => {
          tape.watch(x);
          return tf.tanh(tf.matmul(w, x));
        });
        return tape.jacobian(y, x) as tf.Tensor;
      });
    },
    tape: (reps) => {
      const x = tf.constant(dtype === 'float32' ? new Float32Array([TAPE_START]) : new Float64Array([TAPE_START]));
      const start = tf.reshape(x, []);
      return task(() => {
        const tape = new tf.GradientTape();
        tape.watch(start);
        const y = tape.record(() => {
          let y = start;
          for (let i = 0; i < reps; i++) y = tf.add(tf.multiply(y, TAPE_SCALE), TAPE_SHIFT);
          return y;
        });
        return tape.gradient(y, start) as tf.Tensor;
      });
    },
  };

  return {
    id: dtype === 'float32' ? 'tensortape-f32' : 'tensortape-f64',
    start: async () => tf.setBackend('cpu'),
    describe: () => `tensortape ${tf.version}, cpu backend, ${dtype}`,
    task: (workload, size) => tasks[workload](size),
  };
}
