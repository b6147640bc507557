import type { DType } from '../dtypes';
import type { Tensor } from '../tensor';
import { diag } from './diag';
import { ones } from './fill';
import { pad } from './pad';

/**
 * Identity matrices (TF `tf.eye`): `numRows` × `numColumns` (square by default), with ones on the
 * main diagonal, repeated over `batchShape`.
 *
 * @example
 * tf.eye(2);       // [[1. 0.] [0. 1.]]
 * tf.eye(2, 3, [4]).shape; // [4, 2, 3]
 */
export function eye(numRows: number, numColumns?: number, batchShape: readonly number[] = [], dtype: DType = 'float32'): Tensor {
  const cols = numColumns ?? numRows;
  if (!Number.isInteger(numRows) || !Number.isInteger(cols) || numRows < 0 || cols < 0) {
    throw new TypeError(
      `Arguments \`num_rows\` and \`num_columns\` must be positive integer values. Received: num_rows=${numRows}, num_columns=${cols}`,
    );
  }
  const k = Math.min(numRows, cols);
  const square = diag(ones([...batchShape, k], dtype));
  if (numRows === cols) return square;
  return pad(square, [...batchShape.map(() => [0, 0]), [0, numRows - k], [0, cols - k]]);
}
