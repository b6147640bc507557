import { convertToTensor, zerosLike, type Input, type Tensor } from '@tensortape/core';
import { GradientTape } from './tape';

function gradients(f: (...xs: Tensor[]) => Tensor, args: readonly Input[]): { value: Tensor; grads: Tensor[] } {
  const xs = args.map((a) => convertToTensor(a));
  const tape = new GradientTape();
  const value = tape.record(() => {
    tape.watch(xs);
    return f(...xs);
  });
  const grads = tape.gradient(value, xs).map((g, i) => g ?? zerosLike(xs[i] as Tensor));
  return { value, grads };
}

/**
 * The gradient function of `f` (summed over f's elements, as the tape does). With one argument
 * it returns one gradient; with several, one per argument. Unconnected arguments get zeros.
 *
 * @example
 * const df = tf.grad((x) => tf.pow(x, 3));
 * df(tf.constant(2)); // tf.Tensor(12.0, shape=(), dtype=float32)
 */
export function grad(f: (x: Tensor) => Tensor): (x: Input) => Tensor;
export function grad(f: (...xs: Tensor[]) => Tensor): (...xs: Input[]) => Tensor[];
export function grad(f: (...xs: Tensor[]) => Tensor): (...xs: Input[]) => Tensor | Tensor[] {
  return (...xs) => {
    const { grads } = gradients(f, xs);
    return xs.length === 1 ? (grads[0] as Tensor) : grads;
  };
}

/**
 * Like `grad`, also returning f's value.
 *
 * @example
 * const { value, grad } = tf.valueAndGrad((x) => tf.square(x))(tf.constant(3));
 */
export function valueAndGrad(f: (x: Tensor) => Tensor): (x: Input) => { value: Tensor; grad: Tensor };
export function valueAndGrad(f: (...xs: Tensor[]) => Tensor): (...xs: Input[]) => { value: Tensor; grad: Tensor[] };
export function valueAndGrad(f: (...xs: Tensor[]) => Tensor): (...xs: Input[]) => { value: Tensor; grad: Tensor | Tensor[] } {
  return (...xs) => {
    const { value, grads } = gradients(f, xs);
    return { value, grad: xs.length === 1 ? (grads[0] as Tensor) : grads };
  };
}

/**
 * The Hessian of a scalar function of one tensor: shape [...x.shape, ...x.shape], the Jacobian
 * of its gradient, by reverse over reverse.
 *
 * @example
 * const h = tf.hessian((x) => tf.reduceSum(tf.pow(x, 3)));
 * h(tf.constant([1, 2])); // [[ 6.  0.] [ 0. 12.]]
 */
export function hessian(f: (x: Tensor) => Tensor): (x: Input) => Tensor {
  return (input) => {
    const x = convertToTensor(input);
    const outer = new GradientTape();
    const g = outer.record(() => {
      outer.watch(x);
      return grad(f)(x);
    });
    return outer.jacobian(g, x, { unconnectedGradients: 'zero' }) as Tensor;
  };
}
