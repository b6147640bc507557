import * as tf from 'tensortape';
import type { Oscillator } from './exact-solution';

/**
 * The trial function's value and its first and second time derivatives at each point of `t`
 * (shape [n, 1]), from two nested GradientTapes. Each u(t_i) depends on t_i alone, so the
 * gradient of their sum is the vector of derivatives.
 */
export function derivatives(u: (t: tf.Tensor) => tf.Tensor, t: tf.Tensor): { u: tf.Tensor; du: tf.Tensor; d2u: tf.Tensor } {
  const outer = new tf.GradientTape();
  outer.watch(t);
  const [value, du] = outer.record(() => {
    const inner = new tf.GradientTape();
    inner.watch(t);
    const y = inner.record(() => u(t));
    return [y, inner.gradient(y, t) as tf.Tensor] as const;
  });
  return { u: value, du, d2u: outer.gradient(du, t) as tf.Tensor };
}

/** How far `u` is from obeying the equation of motion at each point: u'' + 2ζω u' + ω² u. */
export function residual(u: (t: tf.Tensor) => tf.Tensor, t: tf.Tensor, { zeta, omega }: Oscillator): tf.Tensor {
  const d = derivatives(u, t);
  return tf.add(tf.add(d.d2u, tf.multiply(d.du, 2 * zeta * omega)), tf.multiply(d.u, omega * omega));
}
