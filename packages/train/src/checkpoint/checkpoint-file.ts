import { NotFoundError } from '@tensortape/core';
import type * as FsPromises from 'node:fs/promises';

/** The parts of `node:fs/promises` an atomic write uses (tests pass a failing one). */
export type FileSystem = Pick<typeof FsPromises, 'open' | 'rename' | 'rm'>;

/**
 * `node:fs/promises`, loaded on first use so that the package stays importable in browsers. The
 * specifier is computed and marked so that bundlers (esbuild, Vite, webpack) leave the import to
 * run time instead of trying to bundle Node's file system for the browser.
 */
const FS_MODULE = 'node:fs/promises';
const nodeFs = () => import(/* webpackIgnore: true */ /* @vite-ignore */ FS_MODULE) as Promise<typeof FsPromises>;

/** Written in pieces so that a huge checkpoint never needs a second full copy in flight. */
const CHUNK_BYTES = 1 << 20;

/**
 * Replaces the file at `path` with `bytes` atomically: writes a temporary file beside it,
 * flushes it to disk (fsync), then renames it over `path`. A crash or failure at any point
 * leaves either the old file or the new one, never a mix; on failure the temporary file is
 * removed and the error rethrown. Node only.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array, fs?: FileSystem): Promise<void> {
  const io = fs ?? (await nodeFs());
  const temp = `${path}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
  try {
    const handle = await io.open(temp, 'wx');
    try {
      for (let at = 0; at < bytes.length; ) {
        const { bytesWritten } = await handle.write(bytes, at, Math.min(CHUNK_BYTES, bytes.length - at));
        at += bytesWritten;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await io.rename(temp, path);
  } catch (e) {
    await io.rm(temp, { force: true });
    throw e;
  }
  await syncDirectory(path, io);
}

/** Flushes the directory entry of a rename, where the platform allows it (not on Windows). */
async function syncDirectory(path: string, io: FileSystem): Promise<void> {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const dir = slash < 0 ? '.' : path.slice(0, slash) || '/';
  try {
    const handle = await io.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The data is safely renamed already; some systems cannot open or sync directories.
  }
}

/** The bytes of the file at `path`, with a `NotFoundError` naming it when it does not exist. Node only. */
export async function readFileBytes(path: string): Promise<Uint8Array> {
  const { readFile } = await nodeFs();
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') throw new NotFoundError(`No checkpoint file at '${path}'.`);
    throw e;
  }
}
