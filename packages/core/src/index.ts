import './tensor-methods';

export * from './dtypes';
export * as errors from './errors';
export { ValueError, InvalidArgumentError, RuntimeError, AttributeError, NotFoundError, LookupError } from './errors';
export * from './shape';
export * from './backend';
export * from './kernel-names';
export { registerKernel, unregisterKernel, getKernel, getKernelNames } from './kernel-registry';
export {
  registerBackend,
  removeBackend,
  setBackend,
  getBackend,
  makeTensor,
  tensorFromValues,
  nextId,
  memory,
  tidy,
  runKernel,
  runKernelMulti,
  record,
  isRecording,
  activeRecorders,
  pushRecorder,
  popRecorder,
  withoutRecording,
  type MemoryInfo,
} from './engine';
export { type Recorder, type OpInputs, ReadVariableOp } from './recorder';
export { Tensor, type NumpyValue, type NumpyArray } from './tensor';
export { Variable, UnreadVariable, type VariableOptions, type AssignOptions } from './variable';
export { convertToTensor, isTensorOrVariable, type Input, type TensorLike, type ScalarLike, type NestedArray } from './tensor-like';
export type { TensorMethods } from './tensor-methods';
export { formatShape, formatTensorRepr, formatTensorStr, formatValue, formatVariableRepr } from './printing';
export { repr, str, formatDType } from './python-text';

export { add } from './ops/add';
export { subtract } from './ops/subtract';
export { multiply } from './ops/multiply';
export { divide } from './ops/divide';
export { pow } from './ops/pow';
export { greater } from './ops/greater';
export { negative } from './ops/negative';
export { square } from './ops/square';
export { log } from './ops/log';
export { identity } from './ops/identity';
export { cast } from './ops/cast';
export { where } from './ops/where';
export { reshape } from './ops/reshape';
export { broadcastTo } from './ops/broadcast-to';
export { reduceSum } from './ops/reduce-sum';
export { reduceMean } from './ops/reduce-mean';
export { constant, type ConstantOptions } from './ops/constant';
export { fill, zeros, ones } from './ops/fill';
export { zerosLike, onesLike } from './ops/zeros-like';
export { range } from './ops/range';
export * as random from './random';
// (each op family adds its exports below, one line per op)

