import { registerCpuBackend } from '@tensortape/backend-cpu';
import { GradientTape } from '@tensortape/autograd';
import { constant, reduceSum, square, subtract, ValueError, Variable } from '@tensortape/core';
import { describe, expect, it } from 'vitest';
import { Adam } from '../optimizers/adam';
import type { Optimizer } from '../optimizers/optimizer';
import { SGD } from '../optimizers/sgd';
import { Checkpoint } from './checkpoint';
import { decodeCheckpoint, encodeCheckpoint } from './checkpoint-format';
import { DataLossError } from './data-loss-error';

// Cases are built at collection time, so the backend is registered first.
registerCpuBackend();

const bits = (v: Variable) => [...new Uint8Array(v.dataSync().buffer)];

/** A small model (two variables), an optimizer and a training step on a fixed quadratic. */
function setup(optimizer: Optimizer = new Adam({ learningRate: 0.1 })) {
  const w = new Variable(new Float32Array([3, -2, 0.25]), { name: 'w' });
  const b = new Variable(new Float64Array([0.5]), { name: 'b' });
  const t = constant(new Float32Array([1, 0.5, -0.5]));
  const train = () => {
    // One step for both variables; their losses differ in dtype, so they are two targets.
    const tape = new GradientTape();
    const losses = tape.record(() => [reduceSum(square(subtract(w, t))), reduceSum(square(b))]);
    const [gw, gb] = tape.gradient(losses, [w, b]);
    optimizer.applyGradients([
      [gw, w],
      [gb, b],
    ]);
  };
  const ckpt = new Checkpoint({ model: { w, b }, optimizer });
  return { w, b, optimizer, train, ckpt };
}

/** Every value the checkpoint covers, as raw bytes, to show that a failed restore changed nothing. */
function snapshot({ w, b, optimizer }: ReturnType<typeof setup>) {
  return [w, b, ...optimizer.variables].map(bits);
}

describe('Checkpoint', () => {
  it('names entries by path, with optimizer slots under the variable', () => {
    const s = setup();
    s.train();
    expect(s.ckpt.entryNames()).toEqual([
      'model/w',
      'model/b',
      'optimizer/iterations',
      'model/w/.OPTIMIZER_SLOT/optimizer/m',
      'model/w/.OPTIMIZER_SLOT/optimizer/v',
      'model/b/.OPTIMIZER_SLOT/optimizer/m',
      'model/b/.OPTIMIZER_SLOT/optimizer/v',
    ]);
  });

  it('restores variables and optimizer state bit for bit, so training resumes exactly', () => {
    const s = setup();
    for (let i = 0; i < 3; i++) s.train();
    const saved = s.ckpt.toBytes();
    for (let i = 0; i < 4; i++) s.train();
    const uninterrupted = snapshot(s);

    // A fresh process: new variables with other values, an optimizer that never ran.
    const fresh = setup();
    fresh.w.assign([9, 9, 9]);
    fresh.ckpt.loadBytes(saved);
    expect(fresh.optimizer.step).toBe(3);
    expect(fresh.optimizer.getSlot(fresh.w, 'm')).toBeInstanceOf(Variable);
    for (let i = 0; i < 4; i++) fresh.train();
    expect(snapshot(fresh)).toEqual(uninterrupted);
  });

  it('restores into existing slot variables, and drops slots the checkpoint did not have', () => {
    const s = setup();
    const beforeTraining = s.ckpt.toBytes();
    s.train();
    const m = s.optimizer.getSlot(s.w, 'm');
    const afterOne = s.ckpt.toBytes();
    s.train();
    s.ckpt.loadBytes(afterOne);
    expect(s.optimizer.getSlot(s.w, 'm')).toBe(m);
    s.ckpt.loadBytes(beforeTraining);
    expect(s.optimizer.step).toBe(0);
    expect(() => s.optimizer.getSlot(s.w, 'm')).toThrow('has no slots');
  });

  it('saves a variable reached twice once', () => {
    const w = new Variable(1);
    expect(new Checkpoint({ a: w, list: [w, new Variable(2)] }).entryNames()).toEqual(['a', 'list/1']);
  });

  it('refuses what it cannot save', () => {
    expect(() => new Checkpoint({ t: constant(1) as never })).toThrow(
      "Checkpoint can only save Variables and optimizers (in arrays and plain objects); 't' is a Tensor, which is immutable: hold state in a Variable.",
    );
    expect(() => new Checkpoint({ 'a/b': new Variable(1) })).toThrow("Checkpoint keys may not be empty, contain '/' or start with '.'; got 'a/b'.");
    const w = new Variable([1]);
    const opt = new Adam();
    opt.applyGradients([[[1], w]]);
    expect(() => new Checkpoint({ opt }).toBytes()).toThrow(
      "The optimizer 'opt' has state for the variable 'Variable:0', which this checkpoint does not track: add the variable to the checkpoint.",
    );
  });

  describe('a checkpoint that does not fit changes nothing and says why', () => {
    /** Trains a model, saves, and returns bytes rewritten by `edit`. */
    const savedWith = (edit: (entries: ReturnType<typeof decodeCheckpoint>) => ReturnType<typeof decodeCheckpoint>) => {
      const s = setup();
      s.train();
      return encodeCheckpoint(edit(decodeCheckpoint(s.ckpt.toBytes())));
    };
    const cases: [string, Uint8Array, string][] = [
      ['an unknown variable', savedWith((e) => [...e, { name: 'model/extra', dtype: 'float32', shape: [], data: new Float32Array(1) }]), "it holds 'model/extra', which this checkpoint does not track"],
      ['a missing variable', savedWith((e) => e.filter((x) => x.name !== 'model/b')), "it lacks 'model/b' (variable 'b:0')"],
      ['a missing step count', savedWith((e) => e.filter((x) => x.name !== 'optimizer/iterations')), "it lacks 'optimizer/iterations' (the step count of optimizer 'optimizer')"],
      ['a wrong shape', savedWith((e) => e.map((x) => (x.name === 'model/w' ? { ...x, shape: [3, 1] } : x))), "'model/w' has shape (3, 1) in the file, but variable 'w:0' has shape (3,)"],
      ['a wrong dtype', savedWith((e) => e.map((x) => (x.name === 'model/b' ? { ...x, dtype: 'float32', shape: [2], data: new Float32Array(2) } : x))), "'model/b' is float32 in the file, but variable 'b:0' is float64"],
      ['a slot of the wrong shape', savedWith((e) => e.map((x) => (x.name.endsWith('w/.OPTIMIZER_SLOT/optimizer/v') ? { ...x, shape: [1], data: new Float32Array(1) } : x))), "'model/w/.OPTIMIZER_SLOT/optimizer/v' has shape (1,) in the file, but slot 'v' of variable 'w:0' has shape (3,)"],
      ['some slots missing', savedWith((e) => e.filter((x) => !x.name.endsWith('b/.OPTIMIZER_SLOT/optimizer/v'))), "it has only some slots of 'model/b' for optimizer 'optimizer' (missing 'model/b/.OPTIMIZER_SLOT/optimizer/v')"],
      ['a slot this optimizer does not keep', savedWith((e) => [...e, { name: 'model/b/.OPTIMIZER_SLOT/optimizer/vhat', dtype: 'float64', shape: [1], data: new Float64Array(1) }]), "it holds 'model/b/.OPTIMIZER_SLOT/optimizer/vhat', which this checkpoint does not track"],
    ];

    it.each(cases)('%s', (_, bytes, problem) => {
      const s = setup();
      s.train();
      s.train();
      const before = snapshot(s);
      expect(() => s.ckpt.loadBytes(bytes)).toThrow(ValueError);
      expect(() => s.ckpt.loadBytes(bytes)).toThrow(problem);
      expect(() => s.ckpt.loadBytes(bytes)).toThrow(/^Cannot restore the checkpoint, nothing was changed: /);
      expect(snapshot(s)).toEqual(before);
      expect(s.optimizer.step).toBe(2);
    });

    it('lists every problem at once', () => {
      const s = setup(new SGD());
      const bytes = encodeCheckpoint([{ name: 'other', dtype: 'int32', shape: [], data: new Int32Array(1) }]);
      expect(() => s.ckpt.loadBytes(bytes)).toThrow(
        "Cannot restore the checkpoint, nothing was changed: it holds 'other', which this checkpoint does not track; it lacks 'model/w' (variable 'w:0'); it lacks 'model/b' (variable 'b:0'); it lacks 'optimizer/iterations' (the step count of optimizer 'optimizer').",
      );
    });

    it('damaged bytes raise DataLossError before anything is assigned', () => {
      const s = setup();
      s.train();
      const bytes = s.ckpt.toBytes();
      s.train();
      const before = snapshot(s);
      const flipped = bytes.slice();
      flipped[bytes.length - 30]! ^= 0x10;
      for (const bad of [flipped, bytes.subarray(0, bytes.length - 1), bytes.subarray(0, 100)]) {
        expect(() => s.ckpt.loadBytes(bad)).toThrow(DataLossError);
        expect(snapshot(s)).toEqual(before);
      }
    });
  });
});
