import * as tf from 'tensortape';
import { seededRandom } from './seeded-random';

/** The weights of a two-layer perceptron: inputs → hidden (ReLU) → 10 class logits. */
export interface Mlp {
  readonly w1: tf.Variable;
  readonly b1: tf.Variable;
  readonly w2: tf.Variable;
  readonly b2: tf.Variable;
}

/** Glorot-uniform weights (Keras's default initialiser) and zero biases, from a fixed seed. */
export function createMlp(inputs: number, hidden: number, classes: number, seed: number): Mlp {
  const next = seededRandom(seed);
  const glorot = (fanIn: number, fanOut: number) => {
    const limit = Math.sqrt(6 / (fanIn + fanOut));
    const values = Float32Array.from({ length: fanIn * fanOut }, () => (2 * next() - 1) * limit);
    return tf.constant(values, { shape: [fanIn, fanOut] });
  };
  return {
    w1: new tf.Variable(glorot(inputs, hidden), { name: 'w1' }),
    b1: new tf.Variable(tf.zeros([hidden]), { name: 'b1' }),
    w2: new tf.Variable(glorot(hidden, classes), { name: 'w2' }),
    b2: new tf.Variable(tf.zeros([classes]), { name: 'b2' }),
  };
}

/** The class logits for a batch of images of shape [batch, inputs]. */
export function logits(m: Mlp, images: tf.Tensor): tf.Tensor {
  const hidden = tf.relu(tf.add(tf.matmul(images, m.w1), m.b1));
  return tf.add(tf.matmul(hidden, m.w2), m.b2);
}

export const variablesOf = (m: Mlp): tf.Variable[] => [m.w1, m.b1, m.w2, m.b2];
