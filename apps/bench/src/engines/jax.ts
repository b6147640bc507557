import { defaultDevice, grad, init, jacrev, lax, nn, numpy as np, tree, valueAndGrad } from '@jax-js/jax';
import { LEARNING_RATE, mlpData, randomValues, TAPE_SCALE, TAPE_SHIFT, TAPE_START } from '../data';
import { CONV, MLP, type WorkloadId } from '../workloads';
import { sumOf, type Engine, type Task } from './engine';

type Arr = np.Array;

/**
 * jax-js 0.1.25 on its `wasm` device, float32, eager (no `jit`: every peer runs op by op). Its
 * arrays are lazy and reference-counted: a repetition ends when `blockUntilReady` says the
 * output is computed, and every use of a kept array passes `.ref`.
 */
export function jaxEngine(): Engine {
  const random = (shape: number[], seed: number): Arr =>
    np.array(randomValues(shape.reduce((a, b) => a * b, 1), seed)).reshape(shape);
  const owned: Arr[] = [];
  const keep = (a: Arr): Arr => {
    owned.push(a);
    return a;
  };

  const task = (run: () => Arr): Task => {
    let last: Arr | undefined;
    return {
      run: async () => {
        last?.dispose();
        last = run();
        await last.blockUntilReady();
      },
      checksum: () => {
        if (!last) return NaN;
        const values = last.dataSync(); // consumes the array
        last = undefined;
        return sumOf(values);
      },
      close: () => {
        last?.dispose();
        last = undefined;
        for (const a of owned.splice(0)) a.dispose();
      },
    };
  };

  const tasks: Record<Exclude<WorkloadId, 'memory'>, (size: number) => Task> = {
    matmul: (n) => {
      const [a, b] = [keep(random([n, n], 1)), keep(random([n, n], 2))];
      return task(() => np.matmul(a.ref, b.ref));
    },
    elementwise: (n) => {
      const [a, b, c] = [keep(random([n], 1)), keep(random([n], 2)), keep(random([n], 3))];
      return task(() => a.ref.mul(b.ref).add(c.ref));
    },
    'broadcast-add': (n) => {
      const [a, b] = [keep(random([n, n], 1)), keep(random([n], 2))];
      return task(() => a.ref.add(b.ref));
    },
    'reduce-sum': (n) => {
      const a = keep(random([n], 1));
      return task(() => np.sum(a.ref));
    },
    'reduce-sum-rows': (n) => {
      const a = keep(random([n, n], 1));
      return task(() => np.sum(a.ref, -1));
    },
    softmax: (n) => {
      const a = keep(random([n, n], 1));
      return task(() => nn.softmax(a.ref, -1));
    },
    conv2d: (batch) => {
      // jax's convolution layout: input NCHW, filter OIHW. Same values, transposed.
      const x = keep(random([batch, CONV.height, CONV.width, CONV.inChannels], 1).transpose([0, 3, 1, 2]));
      const w = keep(random([CONV.filter, CONV.filter, CONV.inChannels, CONV.outChannels], 2).transpose([3, 2, 0, 1]));
      return task(() => lax.conv(x.ref, w.ref, [1, 1], 'SAME'));
    },
    'mlp-step': (batch) => {
      const d = mlpData({ batch, ...MLP });
      const x = keep(np.array(d.x).reshape([batch, MLP.inputs]));
      const labels = keep(np.array(d.labels).reshape([batch, MLP.classes]));
      type Params = { w1: Arr; b1: Arr; w2: Arr; b2: Arr };
      let params: Params = {
        w1: np.array(d.w1).reshape([MLP.inputs, MLP.hidden]),
        b1: np.array(d.b1),
        w2: np.array(d.w2).reshape([MLP.hidden, MLP.classes]),
        b2: np.array(d.b2),
      };
      const loss = (p: Params, xs: Arr, ys: Arr): Arr => {
        const hidden = nn.relu(np.matmul(xs, p.w1).add(p.b1));
        const logits = np.matmul(hidden, p.w2).add(p.b2);
        return ys.mul(nn.logSoftmax(logits, -1)).sum(-1).mean().neg();
      };
      const step = valueAndGrad(loss);
      const inner = task(() => {
        const [value, grads] = step(tree.ref(params), x.ref, labels.ref);
        params = tree.map((p: Arr, g: Arr) => p.sub(g.mul(LEARNING_RATE)), params, grads) as Params;
        return value;
      });
      return { ...inner, close: () => (inner.close(), tree.dispose(params)) };
    },
    jacobian: (n) => {
      const w = keep(random([n, n], 1).mul(1 / Math.sqrt(n)));
      // jax-js's jacrev takes vectors only: x as [N] (same values), so the Jacobian is [N, N].
      const x = keep(random([n], 2));
      const jacobian = jacrev((v: Arr) => np.tanh(np.matmul(w.ref, v)));
      return task(() => jacobian(x.ref));
    },
    tape: (reps) => {
      const x = keep(np.array(TAPE_START));
      const g = grad((start: Arr) => {
        let y = start;
        for (let i = 0; i < reps; i++) y = y.mul(TAPE_SCALE).add(TAPE_SHIFT);
        return y;
      });
      return task(() => g(x.ref));
    },
  };

  return {
    id: 'jax-wasm',
    start: async () => {
      const devices = await init('wasm');
      if (!devices.includes('wasm')) throw new Error('jax-js could not start its wasm device.');
      defaultDevice('wasm');
    },
    // jax-js runs its wasm kernels on worker threads only where a global `Worker` exists (browsers).
    describe: () => `@jax-js/jax 0.1.25, wasm device (${typeof Worker === 'undefined' ? 'one thread' : 'threads'}), float32`,
    task: (workload, size) => tasks[workload](size),
  };
}
