/**
 * A checkpoint's bytes are damaged: a wrong magic string, a failed checksum, a truncated or
 * malformed file (TF's `tf.errors.DataLossError`).
 */
export class DataLossError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataLossError';
  }
}
