import { kernelTypeName } from '../dtypes';
import { runKernel } from '../engine';
import { kernelError, opError } from '../errors';
import { BatchMatMul } from '../kernel-names';
import type { Tensor } from '../tensor';
import { convertToTensor, isTensorOrVariable, type Input } from '../tensor-like';
import { checkDType, NUMERIC } from './check-dtype';

export interface MatmulOptions {
  /** Multiply by the transpose of a's last two dimensions. */
  transposeA?: boolean;
  /** Multiply by the transpose of b's last two dimensions. */
  transposeB?: boolean;
}

/**
 * The matrix product of the last two dimensions (TF `tf.matmul`); leading dimensions are batch
 * dimensions and broadcast. Errors name `MatMul` for two matrices and `BatchMatMulV2` otherwise,
 * as TF's do.
 *
 * @example
 * tf.matmul(tf.constant([[1, 2], [3, 4]]), tf.constant([[5, 6], [7, 8]])); // [[19. 22.] [43. 50.]]
 * tf.matmul(tf.ones([4, 2, 3]), tf.ones([3, 5])).shape;                  // [4, 2, 5]
 */
export function matmul(a: Input, b: Input, options: MatmulOptions = {}): Tensor {
  const { transposeA = false, transposeB = false } = options;
  const x = isTensorOrVariable(a) || !isTensorOrVariable(b) ? convertToTensor(a) : convertToTensor(a, convertToTensor(b).dtype);
  const y = isTensorOrVariable(b) ? convertToTensor(b) : convertToTensor(b, x.dtype);
  const opName = x.rank > 2 || y.rank > 2 ? BatchMatMul : 'MatMul';
  if (x.dtype !== y.dtype) {
    throw opError(
      opName,
      `cannot compute ${opName} as input #1(zero-based) was expected to be a ${kernelTypeName(x.dtype)} tensor but is a ${kernelTypeName(y.dtype)} tensor`,
    );
  }
  checkDType(x.dtype, NUMERIC, opName);
  if (opName === 'MatMul') {
    if (x.rank !== y.rank) {
      throw kernelError(opName, `In[0] and In[1] has different ndims: [${x.shape.join(',')}] vs. [${y.shape.join(',')}]`);
    }
    if (x.rank !== 2) throw kernelError(opName, `In[0] and In[1] ndims must be == 2: ${x.rank}`);
  } else {
    if (x.rank < 2) throw kernelError(opName, `In[0] ndims must be >= 2: ${x.rank}`);
    if (y.rank < 2) throw kernelError(opName, `In[1] ndims must be >= 2: ${y.rank}`);
    const [bx, by] = [x.shape.slice(0, -2), y.shape.slice(0, -2)];
    const lead = bx.length - by.length;
    if (bx.some((d, i) => i >= lead && d !== by[i - lead] && d !== 1 && by[i - lead] !== 1)) {
      throw kernelError(opName, `In[0] and In[1] must have compatible batch dimensions: [${x.shape.join(',')}] vs. [${y.shape.join(',')}]`);
    }
  }
  const [xm, xk] = x.shape.slice(-2) as [number, number];
  const [ym, yk] = y.shape.slice(-2) as [number, number];
  if ((transposeA ? xm : xk) !== (transposeB ? yk : ym)) {
    throw kernelError(opName, `Matrix size-incompatible: In[0]: [${xm},${xk}], In[1]: [${ym},${yk}]`);
  }
  return runKernel(BatchMatMul, { a: x, b: y }, { transposeA, transposeB });
}
