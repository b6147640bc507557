import { describe, expect, it } from 'vitest';
import * as tf from './index';

describe('Variable', () => {
  it('infers dtypes as TF does, with JS literals standing in for Python ones', () => {
    expect(new tf.Variable(3n).dtype).toBe('int32');
    expect(new tf.Variable(3).dtype).toBe('float32');
    expect(new tf.Variable([1n, 2n]).dtype).toBe('int32');
    expect(new tf.Variable(Int32Array.of(1, 2)).dtype).toBe('int32');
    expect(new tf.Variable(Float64Array.of(1, 2)).dtype).toBe('float64');
    expect(new tf.Variable(true).dtype).toBe('bool');
    expect(new tf.Variable([1, 2], { dtype: 'float64' }).repr()).toBe(
      "<tf.Variable 'Variable:0' shape=(2,) dtype=float64, numpy=array([1., 2.])>",
    );
  });

  it('wraps a tensor and has TF attributes (T1)', () => {
    const v = new tf.Variable(tf.constant([[1n, 2n], [3n, 4n]]));
    expect(v.shape).toEqual([2, 2]);
    expect(v.name).toBe('Variable:0');
    expect(v.trainable).toBe(true);
    expect(v.numpy()).toEqual([[1, 2], [3, 4]]);
    expect(String(v)).toBe("<tf.Variable 'Variable:0' shape=(2, 2) dtype=int32, numpy=\narray([[1, 2],\n       [3, 4]])>");
  });

  it('keeps names as given, not uniquified (T4)', () => {
    const names = [new tf.Variable(1), new tf.Variable(2), new tf.Variable(3, { name: 'w' }), new tf.Variable(4, { name: 'w' })];
    expect(names.map((v) => v.name)).toEqual(['Variable:0', 'Variable:0', 'w:0', 'w:0']);
  });

  it('has a read-only trainable flag', () => {
    const v = new tf.Variable(1, { trainable: false });
    expect(v.trainable).toBe(false);
    expect(() => {
      (v as unknown as { trainable: boolean }).trainable = true;
    }).toThrow(TypeError);
    expect(v.trainable).toBe(false);
  });

  it('is not a Tensor, and a Tensor is not a Variable (seed cells 26–27)', () => {
    const a = tf.range(5n);
    const x = new tf.Variable(a);
    expect([a instanceof tf.Tensor, a instanceof tf.Variable]).toEqual([true, false]);
    expect([(x as unknown) instanceof tf.Tensor, x instanceof tf.Variable]).toEqual([false, true]);
  });

  it('assign, assignAdd and assignSub return UnreadVariable views (T6)', () => {
    const v = new tf.Variable(1);
    const r = v.assign(3);
    expect(r).toBeInstanceOf(tf.UnreadVariable);
    expect(r).toBeInstanceOf(tf.Variable);
    expect(String(r)).toBe("<tf.Variable 'UnreadVariable' shape=() dtype=float32, numpy=3.0>");
    expect(v.assignAdd(2).repr()).toBe("<tf.Variable 'UnreadVariable' shape=() dtype=float32, numpy=5.0>");
    expect(v.assignSub(0.5).repr()).toBe("<tf.Variable 'UnreadVariable' shape=() dtype=float32, numpy=4.5>");
    expect(v.repr()).toBe("<tf.Variable 'Variable:0' shape=() dtype=float32, numpy=4.5>");
    expect(v.assign(10, { readValue: false })).toBeUndefined();
    expect(v.assignAdd(1, { readValue: false })).toBeUndefined();
    expect(v.numpy()).toBe(11);
  });

  it('UnreadVariable reads the value lazily (T7)', () => {
    const v = new tf.Variable(1);
    const r = v.assign(2);
    v.assign(5);
    expect(String(r)).toBe("<tf.Variable 'UnreadVariable' shape=() dtype=float32, numpy=5.0>");
    expect(r.numpy()).toBe(5);
  });

  it('int variables update and compute in int32 (T8)', () => {
    const v = new tf.Variable(1n);
    expect(String(v.assignAdd(1))).toBe("<tf.Variable 'UnreadVariable' shape=() dtype=int32, numpy=2>");
    expect(String(v.assignSub(5))).toBe("<tf.Variable 'UnreadVariable' shape=() dtype=int32, numpy=-3>");
    const u = v.assign(7);
    expect(String(u.add(1))).toBe('tf.Tensor(8, shape=(), dtype=int32)');
    expect(u.multiply(2).repr()).toBe('<tf.Tensor: shape=(), dtype=int32, numpy=14>');
  });

  it('rejects a wrong shape with TF message and keeps its value (T9)', () => {
    const v = new tf.Variable([1, 2]);
    expect(() => v.assign([1, 2, 3])).toThrow(
      new tf.ValueError(
        "Cannot assign value to variable ' Variable:0': Shape mismatch.The variable shape (2,), and the assigned value shape (3,) are incompatible.",
      ),
    );
    expect(v.numpy()).toEqual([1, 2]);
    expect(() => v.assignAdd([1, 2, 3])).toThrow(tf.InvalidArgumentError);
    expect(() => v.assignSub(1)).toThrow(
      'Cannot update variable with shape [2] using a Tensor with shape [], shapes must be equal. [Op:AssignSubVariableOp] name: ',
    );
    expect(v.numpy()).toEqual([1, 2]);
  });

  it('rejects a wrong dtype with TF messages and keeps its value', () => {
    const v = new tf.Variable([1, 2]);
    expect(() => v.assign(tf.constant([1n, 2n]))).toThrow(
      'Tensor conversion requested dtype float32 for Tensor with dtype int32: <tf.Tensor: shape=(2,), dtype=int32, numpy=array([1, 2])>',
    );
    const i = new tf.Variable(1n);
    expect(() => i.assign(1.5)).toThrow(new TypeError('Cannot convert 1.5 to EagerTensor of dtype int32'));
    expect(() => i.multiply(2.5)).toThrow(new TypeError('Cannot convert 2.5 to EagerTensor of dtype int32'));
    expect(v.numpy()).toEqual([1, 2]);
    expect(i.numpy()).toBe(1);
  });

  it('requires an initial value', () => {
    expect(() => new tf.Variable(null as unknown as number)).toThrow(
      'The `initial_value` arg to `tf.Variable` must be specified except when you are not providing a `variable_def`. You provided neither.',
    );
  });

  it('converts a number operand to its dtype in ops and methods', () => {
    const v = new tf.Variable([1, 2], { dtype: 'float64' });
    expect(String(v.multiply(2))).toBe('tf.Tensor([2. 4.], shape=(2,), dtype=float64)');
    expect(String(tf.add(1, v))).toBe('tf.Tensor([2. 3.], shape=(2,), dtype=float64)');
  });
});

describe('Tensor', () => {
  it('has no assign: a TypeScript error, and TF AttributeError at runtime', () => {
    const a = tf.constant(2n);
    // @ts-expect-error Tensor has no assign
    expect(() => a.assign(3)).toThrow(
      new tf.AttributeError("'tensorflow.python.framework.ops.EagerTensor' object has no attribute 'assign'"),
    );
    // @ts-expect-error Tensor has no trainable
    expect(() => a.trainable).toThrow("'tensorflow.python.framework.ops.EagerTensor' object has no attribute 'trainable'");
  });

  it('numpy() gives nested arrays, a plain value at rank 0', () => {
    expect(tf.constant(6).numpy()).toBe(6);
    expect(tf.constant(true).numpy()).toBe(true);
    expect(tf.constant([[1, 2], [3, 4]]).numpy()).toEqual([[1, 2], [3, 4]]);
    expect(tf.constant([true, false]).numpy()).toEqual([true, false]);
    expect(tf.zeros([2, 0]).numpy()).toEqual([[], []]);
  });

  it('dataSync() returns a copy, so tensors stay immutable', () => {
    const t = tf.constant([1, 2]);
    t.dataSync()[0] = 99;
    expect(t.numpy()).toEqual([1, 2]);
  });

  it('prints as TF: str, repr and Python format (T10, T16)', () => {
    expect(String(tf.constant(9))).toBe('tf.Tensor(9.0, shape=(), dtype=float32)');
    expect(tf.constant(0.1).repr()).toBe('<tf.Tensor: shape=(), dtype=float32, numpy=0.1>');
    expect(tf.constant([1, 2]).format()).toBe('[1. 2.]');
    expect(tf.repr([tf.constant(6), null])).toBe('[<tf.Tensor: shape=(), dtype=float32, numpy=6.0>, None]');
    expect(tf.str({ a: tf.constant(1) })).toBe("{'a': <tf.Tensor: shape=(), dtype=float32, numpy=1.0>}");
    expect(tf.formatDType('int32')).toBe("<dtype: 'int32'>");
  });

  it('disposes: later use is a clear error, memory() counts it', () => {
    const before = tf.memory();
    const t = tf.constant([1, 2, 3]);
    expect(tf.memory().numTensors).toBe(before.numTensors + 1);
    expect(tf.memory().numBytes).toBe(before.numBytes + 12);
    t.dispose();
    t.dispose();
    expect(tf.memory()).toMatchObject({ numTensors: before.numTensors, numBytes: before.numBytes });
    expect(t.isDisposed).toBe(true);
    expect(() => tf.square(t)).toThrow(/is disposed/);
    expect(() => t.numpy()).toThrow(tf.RuntimeError);
  });

  it('tidy() disposes what it created except its result and variable values', () => {
    const outside = tf.constant([1, 2]);
    let inner: tf.Tensor | undefined;
    const out = tf.tidy(() => {
      inner = outside.add(1);
      return tf.square(inner);
    });
    expect(inner?.isDisposed).toBe(true);
    expect(outside.isDisposed).toBe(false);
    expect(out.numpy()).toEqual([4, 9]);
    const v = tf.tidy(() => new tf.Variable(tf.constant([1, 2]).multiply(2)));
    expect(v.numpy()).toEqual([2, 4]);
  });
});
