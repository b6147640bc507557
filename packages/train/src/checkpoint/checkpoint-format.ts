import { bytesPerElement, isDType, sizeOf, typedArrayFor, ValueError, type DType, type TypedArray } from '@tensortape/core';
import { crc32 } from './crc32';
import { DataLossError } from './data-loss-error';

/** One named tensor of a checkpoint. */
export interface CheckpointEntry {
  readonly name: string;
  readonly dtype: DType;
  readonly shape: readonly number[];
  /** Row-major values (bool: one byte per element). */
  readonly data: TypedArray;
}

/**
 * The checkpoint file format, version 1. All integers are little-endian.
 *
 * | bytes            | content                                                       |
 * |------------------|---------------------------------------------------------------|
 * | 0–7              | magic string `\x89TTCKPT\n`                                    |
 * | 8–11             | format version, uint32 (1)                                     |
 * | 12–15            | index length N in bytes, uint32                                |
 * | 16–23            | data length D in bytes, uint64                                 |
 * | 24 … 24+N        | index: UTF-8 JSON `{"entries":[{name, dtype, shape, offset, length}]}` |
 * | … to a multiple of 8 | zero padding                                               |
 * | data start … +D  | each entry's raw little-endian values at data start + offset (8-aligned) |
 * | last 4           | CRC-32 (IEEE) of every byte before it, uint32                  |
 */
export const CHECKPOINT_MAGIC = new Uint8Array([0x89, 0x54, 0x54, 0x43, 0x4b, 0x50, 0x54, 0x0a]);
export const CHECKPOINT_VERSION = 1;
const HEADER_BYTES = 24;
const TRAILER_BYTES = 4;

const align8 = (n: number) => Math.ceil(n / 8) * 8;
const littleEndianHost = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

interface IndexEntry {
  name: string;
  dtype: DType;
  shape: number[];
  offset: number;
  length: number;
}

/** The raw bytes of `data`, little-endian whatever the host's byte order. */
function littleEndianBytes(data: TypedArray): Uint8Array {
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return littleEndianHost || data.BYTES_PER_ELEMENT === 1 ? bytes : swapBytes(bytes, data.BYTES_PER_ELEMENT);
}

/** Reverses the byte order of each element (copying bytes, so NaN payloads survive). */
function swapBytes(bytes: Uint8Array, width: number): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i += width) for (let k = 0; k < width; k++) out[i + k] = bytes[i + width - 1 - k] as number;
  return out;
}

/**
 * Serialises entries into checkpoint bytes (format version 1, described above). Entry names
 * must be unique.
 *
 * @example
 * const bytes = tf.encodeCheckpoint([{ name: 'w', dtype: 'float32', shape: [2], data: new Float32Array([1, 2]) }]);
 * console.log(tf.decodeCheckpoint(bytes)[0].name); // w
 */
export function encodeCheckpoint(entries: readonly CheckpointEntry[]): Uint8Array {
  const index: IndexEntry[] = [];
  const names = new Set<string>();
  let dataLength = 0;
  for (const e of entries) {
    if (names.has(e.name)) throw new ValueError(`Two checkpoint entries are named '${e.name}'.`);
    names.add(e.name);
    const length = sizeOf(e.shape) * bytesPerElement(e.dtype);
    if (e.data.byteLength !== length) {
      throw new ValueError(`Checkpoint entry '${e.name}' holds ${e.data.byteLength} bytes, but shape [${e.shape.join(', ')}] of ${e.dtype} needs ${length}.`);
    }
    index.push({ name: e.name, dtype: e.dtype, shape: [...e.shape], offset: dataLength, length });
    dataLength = align8(dataLength + length);
  }
  const json = new TextEncoder().encode(JSON.stringify({ entries: index }));
  const dataStart = align8(HEADER_BYTES + json.length);
  const bytes = new Uint8Array(dataStart + dataLength + TRAILER_BYTES);
  const view = new DataView(bytes.buffer);
  bytes.set(CHECKPOINT_MAGIC, 0);
  view.setUint32(8, CHECKPOINT_VERSION, true);
  view.setUint32(12, json.length, true);
  view.setBigUint64(16, BigInt(dataLength), true);
  bytes.set(json, HEADER_BYTES);
  entries.forEach((e, i) => bytes.set(littleEndianBytes(e.data), dataStart + (index[i] as IndexEntry).offset));
  view.setUint32(bytes.length - TRAILER_BYTES, crc32(bytes.subarray(0, bytes.length - TRAILER_BYTES)), true);
  return bytes;
}

/**
 * Reads checkpoint bytes back into entries, checking everything first: the magic string,
 * version, lengths, checksum and index. Damage raises a `DataLossError` that says what is wrong;
 * a newer format version raises a `ValueError`.
 *
 * @example
 * const bytes = tf.encodeCheckpoint([{ name: 'b', dtype: 'int32', shape: [], data: new Int32Array([7]) }]);
 * console.log(tf.decodeCheckpoint(bytes)[0].data[0]); // 7
 */
export function decodeCheckpoint(bytes: Uint8Array): CheckpointEntry[] {
  if (bytes.length < HEADER_BYTES + TRAILER_BYTES) {
    throw new DataLossError(`Not a tensortape checkpoint: ${bytes.length} bytes is shorter than the ${HEADER_BYTES + TRAILER_BYTES}-byte minimum (truncated?).`);
  }
  if (!CHECKPOINT_MAGIC.every((b, i) => bytes[i] === b)) throw new DataLossError('Not a tensortape checkpoint: bad magic string.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version !== CHECKPOINT_VERSION) {
    throw new ValueError(`Unsupported checkpoint format version ${version}; this tensortape reads version ${CHECKPOINT_VERSION}.`);
  }
  const indexLength = view.getUint32(12, true);
  const dataLength = Number(view.getBigUint64(16, true));
  const dataStart = align8(HEADER_BYTES + indexLength);
  const expected = dataStart + dataLength + TRAILER_BYTES;
  if (bytes.length < expected) throw new DataLossError(`Truncated checkpoint: ${bytes.length} bytes of the ${expected} its header announces.`);
  if (bytes.length > expected) throw new DataLossError(`Corrupt checkpoint: ${bytes.length - expected} unexpected bytes after the ${expected} its header announces.`);
  const stored = view.getUint32(expected - TRAILER_BYTES, true);
  const computed = crc32(bytes.subarray(0, expected - TRAILER_BYTES));
  if (stored !== computed) {
    throw new DataLossError(`Corrupt checkpoint: checksum mismatch (stored 0x${hex(stored)}, computed 0x${hex(computed)}).`);
  }
  return parseIndex(bytes.subarray(HEADER_BYTES, HEADER_BYTES + indexLength), dataLength).map((e) => ({
    name: e.name,
    dtype: e.dtype,
    shape: e.shape,
    data: readData(bytes.subarray(dataStart + e.offset, dataStart + e.offset + e.length), e),
  }));
}

const hex = (n: number) => n.toString(16).padStart(8, '0');

/** Copies an entry's bytes into a fresh typed array of its dtype. */
function readData(raw: Uint8Array, e: IndexEntry): TypedArray {
  const data = typedArrayFor(e.dtype, sizeOf(e.shape));
  const width = data.BYTES_PER_ELEMENT;
  new Uint8Array(data.buffer).set(littleEndianHost || width === 1 ? raw : swapBytes(raw, width));
  return data;
}

/** Parses and checks the JSON index against the data section's length. */
function parseIndex(json: Uint8Array, dataLength: number): IndexEntry[] {
  const bad = (why: string) => new DataLossError(`Corrupt checkpoint index: ${why}.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch (e) {
    throw bad(`not valid UTF-8 JSON (${(e as Error).message})`);
  }
  const entries = (parsed as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries)) throw bad('no "entries" list');
  const names = new Set<string>();
  return entries.map((raw: unknown, i): IndexEntry => {
    const e = (raw ?? {}) as Record<string, unknown>;
    const { name, dtype, shape, offset, length } = e;
    if (typeof name !== 'string' || name === '') throw bad(`entry ${i} has no name`);
    if (names.has(name)) throw bad(`two entries are named '${name}'`);
    names.add(name);
    if (!isDType(dtype)) throw bad(`entry '${name}' has an unknown dtype ${JSON.stringify(dtype)}`);
    if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && d >= 0)) throw bad(`entry '${name}' has an invalid shape`);
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || (offset as number) < 0) throw bad(`entry '${name}' has an invalid offset or length`);
    if (length !== sizeOf(shape) * bytesPerElement(dtype)) throw bad(`entry '${name}' has ${String(length)} bytes for shape [${shape.join(', ')}] of ${dtype}`);
    if ((offset as number) + (length as number) > dataLength) throw bad(`entry '${name}' runs past the end of the data`);
    return { name, dtype, shape: shape as number[], offset: offset as number, length: length as number };
  });
}
