/** Shared helpers of the op tests. */
import * as tf from '../index';

export const str = (t: tf.Tensor | null) => (t === null ? 'null' : String(t));
export const f64 = (v: tf.TensorLike) => tf.constant(v, { dtype: 'float64' });
export const i32 = (v: tf.TensorLike) => tf.constant(v, { dtype: 'int32' });

/** The function TF names at the start of an error raised inside a kernel. */
export const wrapped = (fn: string) => `{{function_node __wrapped__${fn}_device_/job:localhost/replica:0/task:0/device:CPU:0}}`;
/** TF's error for a kernel's rejected input. */
export const opError = (op: string, detail: string) => new tf.InvalidArgumentError(`${detail} [Op:${op}] name: `);
/** TF's error raised inside a kernel. */
export const kernelError = (op: string, detail: string, fn = op) => opError(op, `${wrapped(fn)} ${detail}`);
/** TF's type-constraint error. */
export const typeError = (dtype: string, allowed: string, op: string) =>
  opError(op, `Value for attr 'T' of ${dtype} is not in the list of allowed values: ${allowed}`);

/** Gradients of y = f(...xs) with respect to every x. */
export function grads(f: (...xs: tf.Tensor[]) => tf.Tensor, ...xs: tf.Tensor[]): (tf.Tensor | null)[] {
  const tape = new tf.GradientTape();
  const y = tape.record(() => {
    tape.watch(xs);
    return f(...xs);
  });
  return tape.gradient(y, xs);
}

/** The gradient of sum(w · f(x)) (w = 1 by default) with respect to x. */
export function grad(
  f: (x: tf.Tensor) => tf.Tensor,
  x: tf.Tensor,
  options: { weights?: tf.Tensor; unconnectedGradients?: tf.UnconnectedGradients } = {},
): tf.Tensor | null {
  const tape = new tf.GradientTape();
  const y = tape.record(() => {
    tape.watch(x);
    const out = f(x);
    return options.weights ? tf.multiply(options.weights, out) : out;
  });
  return tape.gradient(y, x, { unconnectedGradients: options.unconnectedGradients });
}
