import { kernelError, ValueError } from '../errors';
import { sizeOf } from '../shape';
import type { Tensor } from '../tensor';
import type { Input } from '../tensor-like';
import { diagPart } from './diag-part';
import { listOperands } from './list-operands';
import { matmul } from './matmul';
import { reduceSum } from './reduce-sum';
import { reshape } from './reshape';
import { transpose } from './transpose';

/** An operand and the subscript letter of each of its axes. */
interface Labeled {
  t: Tensor;
  labels: string[];
}

/**
 * Einstein summation over one or two operands (TF `tf.einsum`): `'ij,jk->ik'` (matmul),
 * `'bij,bjk->bik'`, `'i,i->'` (dot), `'ij->ji'`, `'ii->'` (trace), `'ij,j->i'`, `'i,j->ij'`…
 * Without `->` the output is the letters used once, sorted. Letters summed away go through
 * reduceSum, shared ones through a batched matmul, as in TF's kernel. Ellipses are not supported.
 *
 * @example
 * tf.einsum('ij,jk->ik', tf.ones([2, 3]), tf.ones([3, 4])).shape; // [2, 4]
 * tf.einsum('i,i->', tf.constant([1, 2]), tf.constant([3, 4]));   // 11.0
 */
export function einsum(equation: string, ...operands: Input[]): Tensor {
  const eq = equation.replace(/\s/g, '');
  const arrow = eq.indexOf('->');
  const inputs = (arrow < 0 ? eq : eq.slice(0, arrow)).split(',');
  if (!/^[a-zA-Z,]*(->[a-zA-Z]*)?$/.test(eq)) {
    throw new ValueError(`Unsupported einsum equation '${equation}': only letters, ',' and one '->' are supported.`);
  }
  if (inputs.length !== operands.length) throw kernelError('Einsum', `Expected ${inputs.length} inputs but got: ${operands.length}`);
  if (operands.length < 1 || operands.length > 2) {
    throw new ValueError(`einsum supports one or two operands, got ${operands.length}.`);
  }
  const counts = new Map<string, number>();
  for (const c of inputs.join('')) counts.set(c, (counts.get(c) ?? 0) + 1);
  const output = arrow < 0 ? [...counts.keys()].filter((c) => counts.get(c) === 1).sort() : [...eq.slice(arrow + 2)];
  for (const c of output) {
    if (!counts.has(c)) throw kernelError('Einsum', `Output subscripts contain a label that does not appear in the inputs: ${equation}`);
  }
  if (new Set(output).size !== output.length) throw kernelError('Einsum', `Output subscripts contain repeated labels: ${equation}`);

  const sizes = new Map<string, number>();
  const ops = listOperands(operands, 'Einsum').map((t, i): Labeled => {
    const labels = [...(inputs[i] as string)];
    if (labels.length !== t.rank) {
      throw kernelError('Einsum', `Input ${i} to einsum has ${t.rank} dimensions but subscripts '${inputs[i]}' name ${labels.length}`);
    }
    labels.forEach((c, axis) => {
      const d = t.shape[axis] as number;
      const seen = sizes.get(c);
      if (seen !== undefined && seen !== d) {
        throw kernelError('Einsum', `Expected dimension ${seen} at axis ${axis} of the input shaped [${t.shape.join(',')}] but got dimension ${d}`);
      }
      sizes.set(c, d);
    });
    return takeDiagonals({ t, labels });
  });
  // Letters that no other operand and not the output use are summed away first.
  const reduced = ops.map((op, i) => {
    const elsewhere = new Set([...output, ...ops.filter((_, j) => j !== i).flatMap((o) => o.labels)]);
    return sumAway(op, (c) => !elsewhere.has(c));
  });
  const result = reduced.length === 1 ? (reduced[0] as Labeled) : contract(reduced[0] as Labeled, reduced[1] as Labeled, output);
  return arrange(result, output).t;
}

/** A letter repeated within an operand keeps only the diagonal of its axes ('ii->i'). */
function takeDiagonals(op: Labeled): Labeled {
  let { t, labels } = op;
  for (let p = labels.findIndex((c, i) => labels.indexOf(c) !== i); p >= 0; p = labels.findIndex((c, i) => labels.indexOf(c) !== i)) {
    const c = labels[p] as string;
    const first = labels.indexOf(c);
    const rest = labels.map((_, i) => i).filter((i) => i !== first && i !== p);
    t = diagPart(transpose(t, [...rest, first, p]));
    labels = [...rest.map((i) => labels[i] as string), c];
  }
  return { t, labels };
}

function sumAway(op: Labeled, drop: (c: string) => boolean): Labeled {
  const axes = op.labels.map((c, i) => (drop(c) ? i : -1)).filter((i) => i >= 0);
  if (axes.length === 0) return op;
  return { t: reduceSum(op.t, axes), labels: op.labels.filter((c) => !drop(c)) };
}

/** Two operands as one batched matmul: [batch, freeA, shared] × [batch, shared, freeB]. */
function contract(a: Labeled, b: Labeled, output: readonly string[]): Labeled {
  const batch = a.labels.filter((c) => b.labels.includes(c) && output.includes(c));
  const shared = a.labels.filter((c) => b.labels.includes(c) && !output.includes(c));
  const freeA = a.labels.filter((c) => !b.labels.includes(c));
  const freeB = b.labels.filter((c) => !a.labels.includes(c));
  const dims = (op: Labeled, cs: readonly string[]) => cs.map((c) => op.t.shape[op.labels.indexOf(c)] as number);
  const left = reshape(arrange(a, [...batch, ...freeA, ...shared]).t, [sizeOf(dims(a, batch)), sizeOf(dims(a, freeA)), sizeOf(dims(a, shared))]);
  const right = reshape(arrange(b, [...batch, ...shared, ...freeB]).t, [sizeOf(dims(b, batch)), sizeOf(dims(b, shared)), sizeOf(dims(b, freeB))]);
  const product = reshape(matmul(left, right), [...dims(a, batch), ...dims(a, freeA), ...dims(b, freeB)]);
  return { t: product, labels: [...batch, ...freeA, ...freeB] };
}

/** Transposes an operand so that its axes follow `order` (a permutation of its labels). */
function arrange(op: Labeled, order: readonly string[]): Labeled {
  const perm = order.map((c) => op.labels.indexOf(c));
  return perm.every((p, i) => p === i) ? op : { t: transpose(op.t, perm), labels: [...order] };
}
