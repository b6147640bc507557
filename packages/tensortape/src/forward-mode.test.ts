import { describe, expect, it } from 'vitest';
import * as tf from './index';

const f64 = (v: tf.TensorLike) => tf.constant(v, { dtype: 'float64' });

describe('ForwardAccumulator', () => {
  it('gives Jacobian-vector products of recorded ops', () => {
    const x = f64([1, 2, 3]);
    const acc = new tf.ForwardAccumulator(x, f64([1, 0, 2]));
    const y = acc.record(() => tf.reduceSum(tf.multiply(tf.square(x), x)));
    // d(sum x³)·v = sum 3x²·v = 3·1 + 0 + 3·9·2
    expect(acc.jvp(y)?.numpy()).toBe(57);
  });

  it('follows variables, broadcasting and several primals; unconnected gives null or zeros', () => {
    const w = new tf.Variable([[1, 2], [3, 4]], { dtype: 'float64' });
    const b = f64([10, 20]);
    const c = f64(5);
    const acc = new tf.ForwardAccumulator([w, b], [f64([[1, 0], [0, 1]]), f64([1, 1])]);
    const [y, z] = acc.record(() => [w.multiply(b).add(b), tf.square(c)]);
    // dy = dw·b + w·db + db
    expect(acc.jvp(y)?.numpy()).toEqual([[10 + 1 + 1, 2 + 1], [3 + 1, 20 + 4 + 1]]);
    expect(acc.jvp(z)).toBeNull();
    expect(acc.jvp([z], { unconnectedGradients: 'zero' })[0]?.numpy()).toBe(0);
  });

  it('matches reverse mode on every kind of op used here (pow, divide, log, where, sum, reshape)', () => {
    const x = f64([0.5, 1.5, 2.5]);
    const v = f64([0.3, -0.7, 1.1]);
    const f = (x: tf.Tensor) =>
      tf.reduceSum(tf.reshape(tf.where(tf.greater(x, 1), tf.pow(x, x), tf.divide(tf.log(x), x)), [3, 1]), 0);
    const acc = new tf.ForwardAccumulator(x, v);
    const y = acc.record(() => f(x));
    const tape = new tf.GradientTape();
    const y2 = tape.record(() => {
      tape.watch(x);
      return f(x);
    });
    const g = tape.gradient(y2, x)!;
    const expected = tf.reduceSum(tf.multiply(g, v)).numpy() as number;
    expect(acc.jvp(y)!.numpy()).toEqual([expect.closeTo(expected, 12)]);
  });

  it('computes Hessian-vector products forward-over-reverse', () => {
    // f = sum(x² y): H·v along (vx, vy).
    const x = f64([1, 2]);
    const y = f64([3, 4]);
    const [vx, vy] = [f64([1, 0]), f64([0, 1])];
    const acc = new tf.ForwardAccumulator([x, y], [vx, vy]);
    const [gx, gy] = acc.record(() => {
      const tape = new tf.GradientTape();
      const f = tape.record(() => {
        tape.watch([x, y]);
        return tf.reduceSum(tf.multiply(tf.square(x), y));
      });
      return tape.gradient(f, [x, y]);
    });
    // ∂f/∂x = 2xy, ∂f/∂y = x². Hv_x = 2y·vx + 2x·vy, Hv_y = 2x·vx.
    expect(acc.jvp(gx!)?.numpy()).toEqual([6, 4]);
    expect(acc.jvp(gy!)?.numpy()).toEqual([2, 0]);
  });

  it('nests: forward over forward gives second directional derivatives', () => {
    const x = f64(2);
    const outer = new tf.ForwardAccumulator(x, f64(1));
    const d1 = outer.record(() => {
      const inner = new tf.ForwardAccumulator(x, f64(1));
      const y = inner.record(() => tf.pow(x, 3));
      return inner.jvp(y)!;
    });
    expect(d1.numpy()).toBe(12);
    expect(outer.jvp(d1)?.numpy()).toBe(12);
  });

  it('works under a tape: reverse over forward', () => {
    const x = f64(3);
    const tape = new tf.GradientTape();
    const d = tape.record(() => {
      tape.watch(x);
      const acc = new tf.ForwardAccumulator(x, f64(1));
      const y = acc.record(() => tf.pow(x, 4));
      return acc.jvp(y)!;
    });
    expect(d.numpy()).toBe(108);
    expect(tape.gradient(d, x)?.numpy()).toBe(108);
  });

  it('custom gradients carry their gradient into forward mode', () => {
    const twice = tf.customGradient((x) => [x.multiply(2), (dy: tf.Tensor) => dy.multiply(5)]);
    const x = f64(1);
    const acc = new tf.ForwardAccumulator(x, f64(1));
    const y = acc.record(() => twice(x));
    expect(acc.jvp(y)?.numpy()).toBe(5);
  });

  it('rejects mismatched primals and tangents', () => {
    expect(() => new tf.ForwardAccumulator([f64(1)], [])).toThrow(tf.ValueError);
    expect(() => new tf.ForwardAccumulator(f64([1, 2]), f64([1, 2, 3]))).toThrow('Tangent shape (3,) does not match primal shape (2,).');
    expect(() => new tf.ForwardAccumulator(f64([1, 2]), tf.constant([1, 2]))).toThrow(tf.ValueError);
  });
});
