import { afterEach, describe, expect, it } from 'vitest';
import * as tf from './index';
import { GradientTape, setWarningLogger } from './index';

const warnings: string[] = [];
setWarningLogger((m) => warnings.push(m));
afterEach(() => {
  warnings.length = 0;
});

const str = (x: unknown) => tf.str(x);
const f32 = (v: number) => `tf.Tensor(${v.toFixed(1)}, shape=(), dtype=float32)`;

describe('GradientTape: the seed notebook', () => {
  it('differentiates a square of a variable (cells 28–31)', () => {
    const x = new tf.Variable(3);
    const tape = new GradientTape();
    const y = tape.record(() => tf.square(x));
    expect(str(y)).toBe(f32(9));
    expect(str(tape.gradient(y, x))).toBe(f32(6));
  });

  it('answers many times when persistent (cell 33)', () => {
    const x = new tf.Variable(3);
    const tape = new GradientTape({ persistent: true });
    const [y, z] = tape.record(() => [tf.square(x), tf.pow(x, 3)]);
    expect(str(tape.gradient(y, x))).toBe(f32(6));
    expect(str(tape.gradient(z, x))).toBe(f32(27));
    expect(str(tape.gradient(y, x))).toBe(f32(6));
  });

  it('ignores variables when watchAccessedVariables is false, unless watched (cells 34, 36)', () => {
    const x = new tf.Variable(3);
    const t1 = new GradientTape({ watchAccessedVariables: false });
    const y1 = t1.record(() => tf.square(x));
    expect(t1.gradient(y1, x)).toBeNull();
    const t2 = new GradientTape({ watchAccessedVariables: false });
    const y2 = t2.record(() => {
      t2.watch(x);
      return tf.square(x);
    });
    expect(str(t2.gradient(y2, x))).toBe(f32(6));
  });

  it('watches constants (cell 39, T18)', () => {
    const x = tf.constant(3);
    const tape = new GradientTape();
    const y = tape.record(() => {
      tape.watch(x);
      return tf.multiply(x, x);
    });
    const g = tape.gradient(y, x);
    expect(str(g)).toBe(f32(6));
    expect(tf.repr(g)).toBe('<tf.Tensor: shape=(), dtype=float32, numpy=6.0>');
  });

  it('gives partial derivatives for an array of sources (cells 37, 38)', () => {
    const x = new tf.Variable(3);
    const y = new tf.Variable(4);
    const tape = new GradientTape();
    const f = tape.record(() => tf.square(x).add(tf.multiply(2, tf.square(y))).add(1));
    const grads = tape.gradient(f, [x, y]);
    expect(str(f)).toBe(f32(42));
    expect(tf.repr(grads)).toBe(
      '[<tf.Tensor: shape=(), dtype=float32, numpy=6.0>, <tf.Tensor: shape=(), dtype=float32, numpy=16.0>]',
    );
  });

  it('gives second derivatives with nested tapes (cell 42)', () => {
    const x = new tf.Variable(3);
    const y = new tf.Variable(4);
    const outer = new GradientTape({ persistent: true });
    const inner = new GradientTape({ persistent: true });
    const first = outer.record(() => {
      const f = inner.record(() => tf.square(x).add(tf.multiply(2, tf.square(y))).add(1));
      return inner.gradient(f, [x, y]);
    });
    expect(tf.repr([outer.gradient(first as tf.Tensor[], [x, y])])).toBe(
      '[[<tf.Tensor: shape=(), dtype=float32, numpy=2.0>, <tf.Tensor: shape=(), dtype=float32, numpy=4.0>]]',
    );
  });

  it('sums a vector target element-wise (cell 43, T26)', () => {
    const x = new tf.Variable([1, 2, 3]);
    const y = new tf.Variable([4, 5, 6]);
    const tape = new GradientTape();
    const f = tape.record(() => tf.square(x).add(tf.multiply(2, tf.square(y))).add(1));
    const [dx, dy] = tape.gradient(f, [x, y]);
    expect(str(f)).toBe('tf.Tensor([34. 55. 82.], shape=(3,), dtype=float32)');
    expect(str(dx)).toBe('tf.Tensor([2. 4. 6.], shape=(3,), dtype=float32)');
    expect(str(dy)).toBe('tf.Tensor([16. 20. 24.], shape=(3,), dtype=float32)');
  });
});

describe('GradientTape: recording rules (spec §1)', () => {
  it('a non-persistent tape answers once (T19)', () => {
    const x = new tf.Variable(3);
    const g = new GradientTape();
    const y = g.record(() => x.multiply(x));
    expect(str(g.gradient(y, x))).toBe(f32(6));
    expect(() => g.gradient(y, x)).toThrow(
      new tf.RuntimeError('A non-persistent GradientTape can only be used to compute one set of gradients (or jacobians)'),
    );
  });

  it('gradient() inside record() pops a non-persistent tape (T21)', () => {
    const v = new tf.Variable(1);
    const t = new GradientTape();
    let grad: tf.Tensor | null = null;
    let w: tf.Tensor | undefined;
    t.record(() => {
      grad = t.gradient(tf.multiply(2, v), v);
      w = v.multiply(5);
      expect(t.isRecording).toBe(false);
    });
    expect(str(grad)).toBe(f32(2));
    expect(() => t.gradient(w!, v)).toThrow(tf.RuntimeError);
  });

  it('gradient() inside record() of a persistent tape records, warning once per line (T22, T48)', () => {
    const x = tf.constant(3);
    const g = new GradientTape({ persistent: true });
    const [y, d1, d2] = g.record(() => {
      g.watch(x);
      const y = tf.pow(x, 3);
      const d1 = g.gradient(y, x)!;
      const d2 = g.gradient(d1, x)!;
      return [y, d1, d2];
    });
    expect([y, d1, d2, g.gradient(d2, x)].map(str)).toEqual([f32(27), f32(27), f32(18), f32(6)]);
    // TF logs it once per calling line: two lines, two warnings (T22, T48).
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^Calling GradientTape.gradient on a persistent tape inside its context/);
    warnings.length = 0;
    for (let i = 0; i < 3; i++) g.record(() => g.gradient(y, x));
    expect(warnings).toHaveLength(1);
  });

  it('warns when watching a non-float tensor, whose gradient is null (T23)', () => {
    const x = tf.constant(3n);
    const g = new GradientTape();
    const y = g.record(() => {
      g.watch(x);
      return x.multiply(x);
    });
    expect(g.gradient(y, x)).toBeNull();
    expect(warnings).toEqual(['The dtype of the watched tensor must be floating (e.g. tf.float32), got tf.int32']);
  });

  it('warns about non-float watches at most five times per calling line', () => {
    const g = new GradientTape();
    for (let i = 0; i < 8; i++) g.watch(tf.constant(BigInt(i)));
    expect(warnings).toHaveLength(5);
  });

  it('a failed gradient call leaves a non-persistent tape unconsumed', () => {
    const x = tf.constant(2);
    const g = new GradientTape();
    const y = g.record(() => {
      g.watch(x);
      return x.multiply(x);
    });
    expect(() => g.gradient(y, x, { unconnectedGradients: 'bad' as never })).toThrow(tf.ValueError);
    expect(() => g.gradient(y, [x, null] as never)).toThrow(TypeError);
    expect(String(g.gradient(y, x))).toBe(f32(4));
  });

  it('auto-watches int variables without a warning, but their gradient is null (T24)', () => {
    const v = new tf.Variable(3n);
    const g = new GradientTape();
    const y = g.record(() => v.multiply(v));
    expect(tf.repr(g.watchedVariables())).toBe("[<tf.Variable 'Variable:0' shape=() dtype=int32, numpy=3>]");
    expect(g.gradient(y, v)).toBeNull();
    expect(warnings).toEqual([]);
  });

  it('sums over a list of targets (T25) and a target that is a source (T42)', () => {
    const x = tf.constant(3);
    const g = new GradientTape({ persistent: true });
    const [y1, y2] = g.record(() => {
      g.watch(x);
      return [x.multiply(x), tf.multiply(2, x)];
    });
    expect(str(g.gradient([y1, y2], x))).toBe(f32(8));
    expect(str(g.gradient([x, y1], x))).toBe(f32(7));
    expect(str(g.gradient({ a: y1, b: [y2] }, x))).toBe(f32(8));
  });

  it('seeds with outputGradients (T27, T28) and checks them only through the ops (T29)', () => {
    const x = tf.constant([1, 2, 3]);
    const g = new GradientTape({ persistent: true });
    const y = g.record(() => {
      g.watch(x);
      return x.multiply(x);
    });
    expect(str(g.gradient(y, x, { outputGradients: tf.constant([1, 0, 10]) }))).toBe(
      'tf.Tensor([ 2.  0. 60.], shape=(3,), dtype=float32)',
    );
    expect(str(g.gradient(y, x, { outputGradients: [[2, 2, 2]] }))).toBe('tf.Tensor([ 4.  8. 12.], shape=(3,), dtype=float32)');
    expect(str(g.gradient(y, x, { outputGradients: tf.constant(2) }))).toBe('tf.Tensor([ 4.  8. 12.], shape=(3,), dtype=float32)');
    expect(() => g.gradient(y, x, { outputGradients: tf.constant([1, 2]) })).toThrow(
      '{{function_node __wrapped__Mul_device_/job:localhost/replica:0/task:0/device:CPU:0}} Incompatible shapes: [2] vs. [3] [Op:Mul] name: ',
    );
    const a = tf.constant(3);
    const b = tf.constant(2);
    const t = new GradientTape();
    const loss = t.record(() => {
      t.watch([a, b]);
      return a.multiply(b);
    });
    expect(tf.repr(t.gradient([loss, a], [a], { outputGradients: [1, 2] }))).toBe(
      '[<tf.Tensor: shape=(), dtype=float32, numpy=4.0>]',
    );
  });

  it('answers in the structure of the sources (T30)', () => {
    const [x1, x2, x3] = [tf.constant(3), tf.constant(3.1), tf.constant(3.2)];
    const g = new GradientTape({ persistent: true });
    const y = g.record(() => {
      g.watch([x1, x2, x3]);
      return x1.add(tf.multiply(2, x2)).add(tf.multiply(3, x3));
    });
    expect(str(g.gradient(y, x1))).toBe(f32(1));
    expect(tf.repr(g.gradient(y, [x1]))).toBe('[<tf.Tensor: shape=(), dtype=float32, numpy=1.0>]');
    expect(tf.repr(g.gradient(y, { a: x1, b: [x2, x3] }))).toBe(
      "{'a': <tf.Tensor: shape=(), dtype=float32, numpy=1.0>, 'b': [<tf.Tensor: shape=(), dtype=float32, numpy=2.0>, <tf.Tensor: shape=(), dtype=float32, numpy=3.0>]}",
    );
    expect(tf.repr(g.gradient(y, [x1, x1]))).toBe(
      '[<tf.Tensor: shape=(), dtype=float32, numpy=1.0>, <tf.Tensor: shape=(), dtype=float32, numpy=1.0>]',
    );
  });

  it('gives null or zeros for unconnected sources (T32)', () => {
    const x = tf.constant(1);
    const y = tf.constant([3, 4]);
    const g = new GradientTape({ persistent: true });
    const z = g.record(() => {
      g.watch([x, y]);
      return x.multiply(2);
    });
    expect(g.gradient(z, y)).toBeNull();
    expect(tf.repr(g.gradient(z, [x, y]))).toBe('[<tf.Tensor: shape=(), dtype=float32, numpy=2.0>, None]');
    expect(str(g.gradient(z, y, { unconnectedGradients: 'zero' }))).toBe('tf.Tensor([0. 0.], shape=(2,), dtype=float32)');
    expect(() => g.gradient(z, y, { unconnectedGradients: 'nonsense' as never })).toThrow(
      new tf.ValueError("Unknown value for unconnected_gradients: 'nonsense'"),
    );
  });

  it('watch_accessed_variables=False and trainable=False (T33, T34)', () => {
    const x = new tf.Variable(2);
    const w = new tf.Variable(5);
    const tape = new GradientTape({ watchAccessedVariables: false, persistent: true });
    const [y, z] = tape.record(() => {
      tape.watch(x);
      return [tf.pow(x, 2), tf.pow(w, 3)];
    });
    expect(str(tape.gradient(y, x))).toBe(f32(4));
    expect(tape.gradient(z, w)).toBeNull();
    expect(tape.watchedVariables()).toEqual([x]);
    const v = new tf.Variable(2, { trainable: false });
    const t = new GradientTape();
    const y2 = t.record(() => v.multiply(v));
    expect(t.watchedVariables()).toEqual([]);
    expect(t.gradient(y2, v)).toBeNull();
  });

  it('lists watched variables in creation order; reset() forgets (T35, T36, T37)', () => {
    const a = new tf.Variable(1, { name: 'a' });
    const b = new tf.Variable(2, { name: 'b' });
    const t = new GradientTape();
    const z = t.record(() => {
      expect(t.watchedVariables()).toEqual([]);
      b.multiply(a);
      expect(t.watchedVariables().map((v) => v.name)).toEqual(['a:0', 'b:0']);
      t.reset();
      expect(t.watchedVariables()).toEqual([]);
      return a.multiply(3);
    });
    expect(tf.repr(t.gradient(z, [a, b]))).toBe('[<tf.Tensor: shape=(), dtype=float32, numpy=3.0>, None]');
    expect(t.watchedVariables().map((v) => v.name)).toEqual(['a:0']);
    expect(() => new GradientTape().reset()).toThrow(new tf.ValueError('Tape is not recording.'));
  });

  it('stopRecording() pauses this tape (T38, T39)', () => {
    const x = tf.constant(4);
    const tape = new GradientTape();
    const y = tape.record(() => {
      tape.watch(x);
      return tape.stopRecording(() => tf.pow(x, 2));
    });
    expect(tape.gradient(y, x)).toBeNull();
    expect(() => new GradientTape().stopRecording(() => 0)).toThrow(
      new tf.RuntimeError('Trying to stop recording a tape which is not recording.'),
    );
    const t2 = new GradientTape();
    t2.record(() => 0);
    expect(() => t2.stopRecording(() => 0)).toThrow(new tf.ValueError('Tape is not recording.'));
  });

  it('re-entering an exited tape resumes it; an active one is an error (T40)', () => {
    const g = new GradientTape();
    const x = tf.constant(3);
    const y = g.record(() => {
      g.watch(x);
      expect(() => g.record(() => 0)).toThrow(
        'Tape is still recording, This can happen if you try to re-enter an already-active tape.',
      );
      return tf.multiply(2, x);
    });
    const z = g.record(() => tf.multiply(2, y));
    expect(tf.repr(g.gradient(z, [x]))).toBe('[<tf.Tensor: shape=(), dtype=float32, numpy=4.0>]');
  });

  it('a variable target has gradient 1 with respect to itself (T41)', () => {
    const x = new tf.Variable(1);
    const y = new tf.Variable(2);
    const t = new GradientTape({ persistent: true });
    t.record(() => undefined);
    expect(str(t.gradient(x, x))).toBe(f32(1));
    expect(t.gradient(x, y)).toBeNull();
  });

  it('does not record ops before a watch, or values computed before the tape (T43, T44)', () => {
    const x = tf.constant(3);
    const t = new GradientTape();
    const [y, z] = t.record(() => {
      const y = x.multiply(x);
      t.watch(x);
      return [y, x.multiply(4)];
    });
    expect(str(t.gradient([y, z], x))).toBe(f32(4));
    const v = new tf.Variable(3);
    const a = v.multiply(2);
    const t2 = new GradientTape();
    const y2 = t2.record(() => a.multiply(3));
    expect(t2.gradient(y2, v)).toBeNull();
  });

  it('rejects watching non-tensors with TF message, recording nothing (T45)', () => {
    const bad: [unknown, string][] = [
      [1, "Passed in object 1 of type 'number', not tf.Tensor or tf.Variable or ExtensionType."],
      [[1], "Passed in object 1 of type 'number', not tf.Tensor or tf.Variable or ExtensionType."],
      ['a', "Passed in object a of type 'string', not tf.Tensor or tf.Variable or ExtensionType."],
      [null, "Passed in object None of type 'NoneType', not tf.Tensor or tf.Variable or ExtensionType."],
    ];
    for (const [value, message] of bad) {
      const g = new GradientTape();
      const x = tf.constant(2);
      g.record(() => {
        expect(() => g.watch([x, value] as never)).toThrow(new tf.ValueError(message));
      });
      expect(g.gradient(x.multiply(x), x)).toBeNull();
    }
  });

  it('nested tapes give second derivatives; watching is per tape (T47, T49, T51)', () => {
    const x = tf.constant(5);
    const g = new GradientTape();
    const gg = new GradientTape();
    const dy = g.record(() => {
      g.watch(x);
      const y = gg.record(() => {
        gg.watch(x);
        return x.multiply(x);
      });
      return gg.gradient(y, x)!;
    });
    expect([str(dy), str(g.gradient(dy, x))]).toEqual([f32(10), f32(2)]);

    const v = new tf.Variable(3);
    const outer = new GradientTape();
    const inner = new GradientTape();
    const yv = outer.record(() => inner.record(() => v.multiply(v).multiply(v)));
    const dyv = inner.gradient(yv, v)!;
    expect(str(dyv)).toBe(f32(27));
    expect(outer.gradient(dyv, v)).toBeNull();

    const x1 = new tf.Variable(2, { trainable: false });
    const x2 = new tf.Variable(2, { trainable: false });
    const tape1 = new GradientTape();
    const tape2 = new GradientTape();
    const [d1, d2] = tape1.record(() => {
      const [y, z] = tape2.record(() => {
        tape1.watch(x1);
        tape2.watch([x1, x2]);
        return [tf.pow(x1, 3), tf.pow(x2, 2)];
      });
      return tape2.gradient([y, z], [x1, x2]);
    });
    expect([str(d1), str(d2)]).toEqual([f32(12), f32(4)]);
    expect(tf.repr(tape1.gradient([d1!, d2!], [x1, x2]))).toBe('[<tf.Tensor: shape=(), dtype=float32, numpy=12.0>, None]');
  });

  it('differentiates a list of gradients (T50)', () => {
    const x = new tf.Variable(1);
    const y = new tf.Variable(2);
    const outer = new GradientTape();
    const inner = new GradientTape();
    const grads = outer.record(() => {
      const z = inner.record(() => x.multiply(x).multiply(y));
      return inner.gradient(z, [x, y]);
    });
    expect(tf.repr(grads)).toBe('[<tf.Tensor: shape=(), dtype=float32, numpy=4.0>, <tf.Tensor: shape=(), dtype=float32, numpy=1.0>]');
    expect(tf.repr(outer.gradient(grads as tf.Tensor[], [x, y]))).toBe(
      '[<tf.Tensor: shape=(), dtype=float32, numpy=6.0>, <tf.Tensor: shape=(), dtype=float32, numpy=2.0>]',
    );
  });

  it('undoes broadcasting and reductions (T53, T54, T55)', () => {
    const x = new tf.Variable([[1, 2, 3], [4, 5, 6]]);
    const y = new tf.Variable([10, 20, 30]);
    const t = new GradientTape({ persistent: true });
    const [z, s0, m1] = t.record(() => [x.multiply(y), tf.reduceSum(x, 0), tf.reduceMean(x, 1)]);
    const [dx, dy] = t.gradient(z, [x, y]);
    expect(str(dx)).toBe('tf.Tensor(\n[[10. 20. 30.]\n [10. 20. 30.]], shape=(2, 3), dtype=float32)');
    expect(str(dy)).toBe('tf.Tensor([5. 7. 9.], shape=(3,), dtype=float32)');
    expect(t.gradient(s0, x)?.numpy()).toEqual([[1, 1, 1], [1, 1, 1]]);
    expect(t.gradient(m1, x)?.numpy()).toEqual([[1 / 3, 1 / 3, 1 / 3], [1 / 3, 1 / 3, 1 / 3]].map((r) => r.map(Math.fround)));
  });

  it('differentiates pow at 0 and below as TF (T73)', () => {
    const x = new tf.Variable([-1, 0, 2]);
    const t = new GradientTape({ persistent: true });
    const [p, p3] = t.record(() => [tf.pow(x, 2), tf.pow(x, 0.5)]);
    expect(str(t.gradient(p, x))).toBe('tf.Tensor([-2.  0.  4.], shape=(3,), dtype=float32)');
    expect(str(t.gradient(p3, x))).toBe('tf.Tensor([       nan        inf 0.35355338], shape=(3,), dtype=float32)');
  });

  it('flows through the value assignAdd returns (T74) and SGD steps (T59)', () => {
    const v = new tf.Variable(3);
    const t = new GradientTape();
    const y = t.record(() => v.assignAdd(1).multiply(2));
    expect(str(y)).toBe(f32(8));
    expect(str(t.gradient(y, v))).toBe(f32(2));

    const w = new tf.Variable(5);
    const lines: string[] = [];
    for (let i = 0; i < 3; i++) {
      const tape = new GradientTape();
      const loss = tape.record(() => tf.pow(w.subtract(2), 2));
      const g = tape.gradient(loss, w)!;
      w.assignSub(tf.multiply(0.1, g));
      lines.push([i, loss.format(), g.format(), w.format()].join(' '));
    }
    expect(lines).toEqual(['0 9.0 6.0 4.4', '1 5.76 4.8 3.92', '2 3.6864002 3.8400002 3.536']);
    expect(String(w)).toBe("<tf.Variable 'Variable:0' shape=() dtype=float32, numpy=3.536>");
  });

  it('gives gradients in the dtype of the source, through casts', () => {
    const x = new tf.Variable(2);
    const t = new GradientTape();
    const y = t.record(() => tf.square(tf.cast(x, 'float64')));
    expect(str(t.gradient(y, x))).toBe(f32(4));
  });

  it('refuses an async record() callback', () => {
    const t = new GradientTape();
    expect(() => t.record(async () => 1)).toThrow(/synchronous/);
    expect(t.isRecording).toBe(false);
  });

  it('rejects bad targets and sources with TF errors', () => {
    const x = tf.constant(1);
    const t = new GradientTape({ persistent: true });
    t.record(() => t.watch(x));
    expect(() => t.gradient(null as never, x)).toThrow(TypeError);
    expect(() => t.gradient(x, [x, null] as never)).toThrow('Cannot convert the argument `type_value`: None to a TensorFlow DType.');
    expect(() => t.gradient(x, 1 as never)).toThrow(new tf.AttributeError("'number' object has no attribute '_id'"));
    expect(() => t.gradient(1 as never, x)).toThrow("'number' object has no attribute 'dtype'");
  });
});
