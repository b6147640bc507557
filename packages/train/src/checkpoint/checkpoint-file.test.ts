import { registerCpuBackend } from '@tensortape/backend-cpu';
import { NotFoundError, Variable } from '@tensortape/core';
import * as fs from 'node:fs/promises';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Adam } from '../optimizers/adam';
import { Checkpoint } from './checkpoint';
import { writeFileAtomic, type FileSystem } from './checkpoint-file';

beforeAll(() => registerCpuBackend());

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tensortape-ckpt-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A file system whose `where` step fails; a failing write first writes part of what it was given. */
function failing(where: 'write' | 'sync' | 'rename'): FileSystem {
  const broken = new Error(`simulated crash during ${where}`);
  return {
    rm: fs.rm,
    rename: where === 'rename' ? () => Promise.reject(broken) : fs.rename,
    open: (async (path: string, flags: string) => {
      const handle = await fs.open(path, flags);
      if (flags === 'r') return handle;
      return {
        write: async (bytes: Uint8Array, offset: number, length: number) => {
          if (where !== 'write') return handle.write(bytes, offset, length);
          await handle.write(bytes, offset, Math.floor(length / 2));
          throw broken;
        },
        sync: where === 'sync' ? () => Promise.reject(broken) : () => handle.sync(),
        close: () => handle.close(),
      };
    }) as unknown as FileSystem['open'],
  };
}

describe('checkpoint files (Node)', () => {
  it('write then read round-trips and leaves no temporary file', async () => {
    const w = new Variable(new Float32Array([0.1, NaN, -0]));
    const opt = new Adam();
    opt.applyGradients([[[1, 2, 3], w]]);
    const ckpt = new Checkpoint({ w, opt });
    const path = join(dir, 'model.ckpt');
    await ckpt.write(path);
    const saved = [...w.dataSync()];
    w.assign([7, 7, 7]);
    await ckpt.read(path);
    expect(new Uint8Array(w.dataSync().buffer)).toEqual(new Uint8Array(new Float32Array(saved).buffer));
    expect(readdirSync(dir)).toEqual(['model.ckpt']);
    // Overwriting an existing checkpoint works too.
    await ckpt.write(path);
    expect(readdirSync(dir)).toEqual(['model.ckpt']);
  });

  it('reading a missing file raises NotFoundError naming it', async () => {
    const ckpt = new Checkpoint({ w: new Variable(1) });
    const path = join(dir, 'nope.ckpt');
    await expect(ckpt.read(path)).rejects.toThrow(NotFoundError);
    await expect(ckpt.read(path)).rejects.toThrow(`No checkpoint file at '${path}'.`);
  });

  it.each(['write', 'sync', 'rename'] as const)('a save that fails during %s leaves the previous checkpoint readable', async (where) => {
    const w = new Variable(new Float32Array(300_000).fill(1));
    const ckpt = new Checkpoint({ w });
    const path = join(dir, 'model.ckpt');
    await ckpt.write(path);
    w.assign(new Float32Array(300_000).fill(2));
    await expect(writeFileAtomic(path, ckpt.toBytes(), failing(where))).rejects.toThrow(`simulated crash during ${where}`);
    expect(readdirSync(dir)).toEqual(['model.ckpt']);
    await ckpt.read(path);
    expect(w.dataSync().every((x) => x === 1)).toBe(true);
  });

  it('a stale temporary file from a killed save does not disturb reads or later saves', async () => {
    const w = new Variable([1, 2]);
    const ckpt = new Checkpoint({ w });
    const path = join(dir, 'model.ckpt');
    await ckpt.write(path);
    const stale = `${path}.killed.tmp`;
    writeFileSync(stale, ckpt.toBytes().subarray(0, 20));
    w.assign([3, 4]);
    await ckpt.read(path);
    expect(w.numpy()).toEqual([1, 2]);
    w.assign([5, 6]);
    await ckpt.write(path);
    await ckpt.read(path);
    expect(w.numpy()).toEqual([5, 6]);
  });
});
