import { AttributeError } from './errors';
import { add } from './ops/add';
import { broadcastTo } from './ops/broadcast-to';
import { cast } from './ops/cast';
import { divide } from './ops/divide';
import { greater } from './ops/greater';
import { identity } from './ops/identity';
import { log } from './ops/log';
import { multiply } from './ops/multiply';
import { negative } from './ops/negative';
import { pow } from './ops/pow';
import { reduceMean } from './ops/reduce-mean';
import { reduceSum } from './ops/reduce-sum';
import { reshape } from './ops/reshape';
import { square } from './ops/square';
import { subtract } from './ops/subtract';
// (each op family adds its imports here, alphabetically)
import { Tensor } from './tensor';
import { Variable } from './variable';

/**
 * The ops that are also methods of Tensor and Variable, with `this` as their first argument:
 * `x.square().add(1)` is `tf.add(tf.square(x), 1)`. One entry per op; types follow.
 */
const methodOps = {
  add,
  broadcastTo,
  cast,
  divide,
  greater,
  identity,
  log,
  multiply,
  negative,
  pow,
  reduceMean,
  reduceSum,
  reshape,
  square,
  subtract,
  // (each op family adds its entries here, alphabetically)
};

type Rest<T> = T extends (first: never, ...rest: infer R) => unknown ? R : never;

/** `tf.op(x, ...args)` as `x.op(...args)`, for every op in `methodOps`. */
export type TensorMethods = {
  [K in keyof typeof methodOps]: (...args: Rest<(typeof methodOps)[K]>) => ReturnType<(typeof methodOps)[K]>;
};

for (const proto of [Tensor.prototype, Variable.prototype]) {
  for (const [name, op] of Object.entries(methodOps)) {
    const method = function (this: Tensor | Variable, ...args: unknown[]) {
      return (op as (...a: unknown[]) => unknown)(this, ...args);
    };
    Object.defineProperty(proto, name, { value: method, writable: true, configurable: true });
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
