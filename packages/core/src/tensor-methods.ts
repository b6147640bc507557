import type { DType } from './dtypes';
import { add } from './ops/add';
import { cast } from './ops/cast';
import { divide } from './ops/divide';
import { multiply } from './ops/multiply';
import { negative } from './ops/negative';
import { pow } from './ops/pow';
import { reduceMean } from './ops/reduce-mean';
import { reduceSum } from './ops/reduce-sum';
import { reshape } from './ops/reshape';
import { square } from './ops/square';
import { subtract } from './ops/subtract';
import { AttributeError } from './errors';
import { Tensor } from './tensor';
import type { Input } from './tensor-like';
import { Variable } from './variable';

/** The ops available as methods on both `Tensor` and `Variable`: `x.square().add(1)`. */
export interface TensorMethods {
  add(b: Input): Tensor;
  subtract(b: Input): Tensor;
  multiply(b: Input): Tensor;
  divide(b: Input): Tensor;
  pow(b: Input): Tensor;
  negative(): Tensor;
  square(): Tensor;
  reshape(shape: readonly number[]): Tensor;
  reduceSum(axis?: number | readonly number[], keepdims?: boolean): Tensor;
  reduceMean(axis?: number | readonly number[], keepdims?: boolean): Tensor;
  cast(dtype: DType): Tensor;
}

type Self = Tensor | Variable;

const methods: TensorMethods & ThisType<Self> = {
  add(b) {
    return add(this as Self, b);
  },
  subtract(b) {
    return subtract(this as Self, b);
  },
  multiply(b) {
    return multiply(this as Self, b);
  },
  divide(b) {
    return divide(this as Self, b);
  },
  pow(b) {
    return pow(this as Self, b);
  },
  negative() {
    return negative(this as Self);
  },
  square() {
    return square(this as Self);
  },
  reshape(shape) {
    return reshape(this as Self, shape);
  },
  reduceSum(axis, keepdims) {
    return reduceSum(this as Self, axis, keepdims);
  },
  reduceMean(axis, keepdims) {
    return reduceMean(this as Self, axis, keepdims);
  },
  cast(dtype) {
    return cast(this as Self, dtype);
  },
};

for (const proto of [Tensor.prototype, Variable.prototype]) {
  for (const [name, fn] of Object.entries(methods)) {
    Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true });
  }
}

// A Tensor is immutable: TF's AttributeError for the Variable-only members, at runtime too
// (TypeScript already rejects them, since Tensor does not declare them).
for (const name of ['assign', 'assignAdd', 'assignSub', 'trainable']) {
  const fail = (): never => {
    throw new AttributeError(`'tensorflow.python.framework.ops.EagerTensor' object has no attribute '${name}'`);
  };
  Object.defineProperty(Tensor.prototype, name, name === 'trainable' ? { get: fail } : { value: fail });
}
