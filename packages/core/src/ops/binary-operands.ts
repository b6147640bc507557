import { kernelTypeName, type DType } from '../dtypes';
import { opError } from '../errors';
import type { Backend } from '../backend';
import { getBackend, makeUntrackedTensor } from '../engine';
import { broadcastShapes, type Shape } from '../shape';
import type { Tensor } from '../tensor';
import { convertToTensor, isTensorOrVariable, type Input } from '../tensor-like';
import { checkDType } from './check-dtype';

/**
 * Converts the operands of a broadcasting binary op. Plain data takes the dtype of the tensor
 * operand (so `2 * x` works for any x), two tensors must share a dtype (no implicit promotion,
 * as in TF), and the shapes must broadcast. Errors carry TF's text for `opName`.
 */
export function binaryOperands(a: Input, b: Input, opName: string, allowed: readonly DType[]): [Tensor, Tensor] {
  let x: Tensor;
  let y: Tensor;
  if (isTensorOrVariable(a) || !isTensorOrVariable(b)) {
    x = convertToTensor(a);
    y = isTensorOrVariable(b) ? convertToTensor(b) : operand(b, x.dtype);
  } else {
    y = convertToTensor(b);
    x = operand(a, y.dtype);
  }
  if (x.dtype !== y.dtype) {
    throw opError(
      opName,
      `cannot compute ${opName} as input #1(zero-based) was expected to be a ${kernelTypeName(x.dtype)} tensor ` +
        `but is a ${kernelTypeName(y.dtype)} tensor`,
    );
  }
  checkDType(x.dtype, allowed, opName);
  if (!sameShape(x.shape, y.shape)) broadcastShapes(x.shape, y.shape, opName); // throws if they do not broadcast
  return [x, y];
}

function sameShape(a: Shape, b: Shape): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Plain data converted to `dtype`, a JS number to a float through the scalar cache. */
function operand(value: Input, dtype: DType): Tensor {
  return typeof value === 'number' && (dtype === 'float32' || dtype === 'float64') ? cachedScalar(value, dtype) : convertToTensor(value, dtype);
}

/**
 * Scalar operands given as JS numbers (`tf.multiply(y, 2)`, a learning rate) are shared, per
 * backend, dtype and value: loops use the same few constants on every step, and each would
 * otherwise be a tensor to allocate, track and collect (about a seventh of the time of a scalar
 * op under a tape). Tensors are immutable and these never reach users (only the kernels and the
 * gradients of the op see them), so sharing is safe; they are not counted by `tf.memory()`.
 */
const scalarCache = new WeakMap<Backend, { float32: Map<number | string, Tensor>; float64: Map<number | string, Tensor> }>();
const MAX_CACHED = 256;

function cachedScalar(value: number, dtype: 'float32' | 'float64'): Tensor {
  const backend = getBackend();
  let byDType = scalarCache.get(backend);
  if (!byDType) scalarCache.set(backend, (byDType = { float32: new Map(), float64: new Map() }));
  const cache = byDType[dtype];
  const key = Object.is(value, -0) ? '-0' : value; // a Map does not tell -0 from 0
  const hit = cache.get(key);
  if (hit && !hit.isDisposed) return hit;
  if (cache.size >= MAX_CACHED) cache.clear();
  const values = dtype === 'float64' ? new Float64Array(1) : new Float32Array(1);
  values[0] = value;
  const t = makeUntrackedTensor(values, [], dtype, backend);
  cache.set(key, t);
  return t;
}
