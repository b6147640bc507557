import {
  convertToTensor,
  formatShape,
  isFloatDType,
  isTensorOrVariable,
  popRecorder,
  pushRecorder,
  shapesEqual,
  type Tensor,
  ValueError,
  type Variable,
  zeros,
  type Input,
} from '@tensortape/core';
import type { TapeNode } from './backprop';
import { isNonDifferentiable } from './gradient-registry';
import { jvpOf } from './jvp';
import { flattenNest, packNest, type MapNest, type Nest } from './nest';
import { NodeRecorder } from './node-recorder';
import { checkUnconnected, type UnconnectedGradients } from './tape';

/**
 * Forward-mode autodiff, as TF's `tf.autodiff.ForwardAccumulator`: give primals and their
 * tangents, compute while it records, and read Jacobian-vector products with `jvp`. Inside a
 * GradientTape it gives Hessian-vector products (forward-over-reverse).
 *
 * @example
 * const x = tf.constant([1, 2]);
 * const acc = new tf.ForwardAccumulator(x, tf.constant([1, 0]));
 * const y = acc.record(() => tf.square(x));
 * acc.jvp(y); // [2. 0.]
 */
export class ForwardAccumulator extends NodeRecorder {
  /** Tangent of every id that depends on a primal, tensors and variable handles alike. */
  readonly #tangents = new Map<number, Tensor>();
  #recording = false;

  constructor(primals: Nest<Tensor | Variable>, tangents: Nest<Input>) {
    super();
    const ps = flattenNest(primals);
    const ts = flattenNest(tangents);
    if (ps.length !== ts.length) {
      throw new ValueError(`Got ${ps.length} primals but ${ts.length} tangents; they must match one to one.`);
    }
    ps.forEach((p, i) => {
      if (!isTensorOrVariable(p)) throw new ValueError(`Primal ${i} is not a tf.Tensor or tf.Variable: ${String(p)}`);
      const t = convertToTensor(ts[i] as Input, p.dtype);
      if (!shapesEqual(t.shape, p.shape)) {
        throw new ValueError(`Tangent shape ${formatShape(t.shape)} does not match primal shape ${formatShape(p.shape)}.`);
      }
      this.#tangents.set(p.id, t);
    });
  }

  /** Runs `fn` with the accumulator recording and returns its result (TF's `with acc:`). */
  record<T>(fn: () => T): T {
    const session = this.enter();
    try {
      return fn();
    } finally {
      session[Symbol.dispose]();
    }
  }

  /** Starts recording until the returned handle is disposed: the `using` form of `record`. */
  enter(): Disposable {
    if (this.#recording) throw new ValueError('Accumulator is already recording.');
    pushRecorder(this);
    this.#recording = true;
    return {
      [Symbol.dispose]: () => {
        if (this.#recording) popRecorder(this);
        this.#recording = false;
      },
    };
  }

  /**
   * The Jacobian-vector product for each target, in the targets' structure: null (or zeros
   * with `'zero'`) where a target does not depend on the primals.
   */
  jvp<const S extends Nest<Tensor | Variable>>(
    targets: S,
    options: { unconnectedGradients?: UnconnectedGradients } = {},
  ): MapNest<S, Tensor | null> {
    const unconnected = checkUnconnected(options.unconnectedGradients);
    const results = flattenNest(targets).map((t) => {
      if (!isTensorOrVariable(t)) throw new ValueError(`jvp() expects tensors or variables, got ${String(t)}`);
      const tangent = this.#tangents.get(t.id);
      if (tangent) return tangent;
      return unconnected === 'zero' ? zeros(t.shape, t.dtype) : null;
    });
    return packNest(targets, results) as MapNest<S, Tensor | null>;
  }

  /** @internal */
  recordNode(node: TapeNode): void {
    if (isNonDifferentiable(node.kernelName)) return;
    const tangents = new Map<string, Tensor>();
    for (const [name, input] of Object.entries(node.inputs)) {
      const t = this.#tangents.get(input.id);
      if (t && isFloatDType(input.dtype)) tangents.set(name, t);
    }
    if (tangents.size === 0) return;
    const outs = jvpOf(node, tangents, this);
    node.outputs.forEach((o, i) => {
      const t = outs[i];
      if (t && isFloatDType(o.dtype) && !this.#tangents.has(o.id)) this.#tangents.set(o.id, t);
    });
  }

  /** @internal */
  variableAccessed(): void {}
}

