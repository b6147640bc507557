import { registerCpuBackend } from '@tensortape/backend-cpu';
import { ValueError } from '@tensortape/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKPOINT_MAGIC, decodeCheckpoint, encodeCheckpoint, type CheckpointEntry } from './checkpoint-format';
import { crc32 } from './crc32';
import { DataLossError } from './data-loss-error';

beforeAll(() => registerCpuBackend());

// Odd float bit patterns that must survive: a NaN with a payload, -0, infinities, subnormals.
const f32Bits = new Uint32Array([0x7fc00001, 0x80000000, 0x7f800000, 0xff800000, 0x00000001, 0x3f800000]);
const f64 = new Float64Array([Math.PI, -0, Number.MIN_VALUE, -Infinity, NaN, 1e308]);

const entries: CheckpointEntry[] = [
  { name: 'model/w', dtype: 'float32', shape: [2, 3], data: new Float32Array(f32Bits.buffer) },
  { name: 'model/b', dtype: 'float64', shape: [6], data: f64 },
  { name: 'step', dtype: 'int32', shape: [], data: new Int32Array([-123456789]) },
  { name: 'mask', dtype: 'bool', shape: [3], data: new Uint8Array([1, 0, 1]) },
  { name: 'empty', dtype: 'float32', shape: [0, 4], data: new Float32Array(0) },
];

const bytesOf = (a: ArrayBufferView) => [...new Uint8Array(a.buffer, a.byteOffset, a.byteLength)];

/** Builds a file with the given index (an object, raw text or raw bytes) and data, with a correct header and checksum. */
function forge(index: unknown, data = new Uint8Array(8), version = 1): Uint8Array {
  const json = index instanceof Uint8Array ? index : new TextEncoder().encode(typeof index === 'string' ? index : JSON.stringify(index));
  const start = Math.ceil((24 + json.length) / 8) * 8;
  const out = new Uint8Array(start + data.length + 4);
  const view = new DataView(out.buffer);
  out.set(CHECKPOINT_MAGIC);
  view.setUint32(8, version, true);
  view.setUint32(12, json.length, true);
  view.setBigUint64(16, BigInt(data.length), true);
  out.set(json, 24);
  out.set(data, start);
  view.setUint32(out.length - 4, crc32(out.subarray(0, out.length - 4)), true);
  return out;
}

describe('checkpoint format', () => {
  it('round-trips every dtype bit for bit', () => {
    const decoded = decodeCheckpoint(encodeCheckpoint(entries));
    expect(decoded.map((e) => [e.name, e.dtype, e.shape])).toEqual(entries.map((e) => [e.name, e.dtype, e.shape]));
    decoded.forEach((e, i) => expect(bytesOf(e.data)).toEqual(bytesOf((entries[i] as CheckpointEntry).data)));
    expect(decoded[0]?.data).toBeInstanceOf(Float32Array);
    expect(decoded[3]?.data).toBeInstanceOf(Uint8Array);
  });

  it('writes the documented layout: magic, version, lengths, JSON index, 8-aligned little-endian data, CRC-32', () => {
    const bytes = encodeCheckpoint(entries);
    const view = new DataView(bytes.buffer);
    expect(new TextDecoder('latin1').decode(bytes.subarray(1, 8))).toBe('TTCKPT\n');
    expect(bytes[0]).toBe(0x89);
    expect(view.getUint32(8, true)).toBe(1);
    const indexLength = view.getUint32(12, true);
    const index = JSON.parse(new TextDecoder().decode(bytes.subarray(24, 24 + indexLength))) as { entries: { name: string; offset: number; length: number }[] };
    expect(index.entries.map((e) => [e.name, e.offset, e.length])).toEqual([
      ['model/w', 0, 24],
      ['model/b', 24, 48],
      ['step', 72, 4],
      ['mask', 80, 3],
      ['empty', 88, 0],
    ]);
    const dataStart = Math.ceil((24 + indexLength) / 8) * 8;
    expect(Number(view.getBigUint64(16, true))).toBe(88);
    expect(bytes.length).toBe(dataStart + 88 + 4);
    expect(view.getInt32(dataStart + 72, true)).toBe(-123456789);
    expect(view.getUint32(bytes.length - 4, true)).toBe(crc32(bytes.subarray(0, bytes.length - 4)));
  });

  it('is deterministic, and CRC-32 is the standard one', () => {
    expect(encodeCheckpoint(entries)).toEqual(encodeCheckpoint(entries));
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('refuses to encode duplicate names or data of the wrong size', () => {
    const w = entries[0] as CheckpointEntry;
    expect(() => encodeCheckpoint([w, w])).toThrow("Two checkpoint entries are named 'model/w'.");
    expect(() => encodeCheckpoint([{ ...w, shape: [7] }])).toThrow("Checkpoint entry 'model/w' holds 24 bytes, but shape [7] of float32 needs 28.");
  });

  describe('damage is a DataLossError that says what is wrong', () => {
    const good = encodeCheckpoint(entries);
    const cases: [string, Uint8Array, string][] = [
      ['empty', new Uint8Array(0), 'Not a tensortape checkpoint: 0 bytes is shorter than the 28-byte minimum (truncated?).'],
      ['not a checkpoint', new TextEncoder().encode('{"this is": "a JSON file, not a checkpoint"}'), 'Not a tensortape checkpoint: bad magic string.'],
      ['truncated', good.subarray(0, good.length - 10), `Truncated checkpoint: ${good.length - 10} bytes of the ${good.length} its header announces.`],
      ['truncated in the header', good.subarray(0, 30), `Truncated checkpoint: 30 bytes of the ${good.length} its header announces.`],
      ['trailing bytes', new Uint8Array([...good, 0]), `Corrupt checkpoint: 1 unexpected bytes after the ${good.length} its header announces.`],
      ['a flipped data bit', (() => { const b = good.slice(); b[b.length - 20]! ^= 1; return b; })(), 'Corrupt checkpoint: checksum mismatch'],
      ['a flipped index bit', (() => { const b = good.slice(); b[30]! ^= 1; return b; })(), 'Corrupt checkpoint: checksum mismatch'],
      ['an index without entries', forge('{"entries": 3}'), 'Corrupt checkpoint index: no "entries" list.'],
      ['invalid JSON', forge('{{{'), 'Corrupt checkpoint index: not valid UTF-8 JSON'],
      ['invalid UTF-8', forge(new Uint8Array([0x7b, 0xff, 0x7d])), 'Corrupt checkpoint index: not valid UTF-8 JSON'],
      ['an unknown dtype', forge({ entries: [{ name: 'x', dtype: 'int64', shape: [1], offset: 0, length: 8 }] }), 'Corrupt checkpoint index: entry \'x\' has an unknown dtype "int64".'],
      ['a wrong length', forge({ entries: [{ name: 'x', dtype: 'float32', shape: [3], offset: 0, length: 8 }] }), "Corrupt checkpoint index: entry 'x' has 8 bytes for shape [3] of float32."],
      ['data past the end', forge({ entries: [{ name: 'x', dtype: 'float64', shape: [2], offset: 0, length: 16 }] }), "Corrupt checkpoint index: entry 'x' runs past the end of the data."],
      ['duplicate names', forge({ entries: [{ name: 'x', dtype: 'bool', shape: [], offset: 0, length: 1 }, { name: 'x', dtype: 'bool', shape: [], offset: 1, length: 1 }] }), "Corrupt checkpoint index: two entries are named 'x'."],
      ['a bad shape', forge({ entries: [{ name: 'x', dtype: 'bool', shape: [-1], offset: 0, length: 1 }] }), "Corrupt checkpoint index: entry 'x' has an invalid shape."],
    ];
    it.each(cases)('%s', (_, bytes, message) => {
      expect(() => decodeCheckpoint(bytes)).toThrow(DataLossError);
      expect(() => decodeCheckpoint(bytes)).toThrow(message);
    });

    it('every truncation of a valid file is caught', () => {
      for (let n = 0; n < good.length; n++) expect(() => decodeCheckpoint(good.subarray(0, n)), `${n} bytes`).toThrow(DataLossError);
    });
  });

  it('a newer format version is a ValueError, not damage', () => {
    expect(() => decodeCheckpoint(forge({ entries: [] }, new Uint8Array(0), 2))).toThrow(ValueError);
    expect(() => decodeCheckpoint(forge({ entries: [] }, new Uint8Array(0), 2))).toThrow('Unsupported checkpoint format version 2; this tensortape reads version 1.');
  });
});
