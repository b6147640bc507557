import { runKernel } from '../engine';
import { InvalidArgumentError, opError } from '../errors';
import type { Tensor } from '../tensor';
import { convertToTensor, type Input } from '../tensor-like';
import { checkDType, FLOATS } from './check-dtype';

/** Softmax or LogSoftmax of `logits` along `axis`, with TF's checks in TF's order. */
export function softmaxOp(kernelName: string, logits: Input, axis: number): Tensor {
  const t = convertToTensor(logits);
  const rank = t.rank;
  if (axis !== -1 && axis !== rank - 1 && !(Number.isInteger(axis) && -rank <= axis && axis < rank)) {
    throw new InvalidArgumentError(
      `\`dim\` must be in the range [${-rank}, ${rank}) where ${rank} is the number of dimensions in the input. Received: dim=${axis}`,
    );
  }
  checkDType(t.dtype, FLOATS, kernelName);
  if (rank === 0) {
    throw opError(
      kernelName,
      `{{function_node __wrapped__${kernelName}_device_/job:localhost/replica:0/task:0/device:CPU:0}} ` +
        'logits must have >= 1 dimension, got []',
    );
  }
  return runKernel(kernelName, { x: t }, { axis: axis < 0 ? axis + rank : axis });
}
