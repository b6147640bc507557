/** `tf.linalg.*`: the linear-algebra ops under TF's namespace. */
export { diag } from '../ops/diag';
export { diagPart } from '../ops/diag-part';
export { einsum } from '../ops/einsum';
export { eye } from '../ops/eye';
export { matmul } from '../ops/matmul';
export { norm } from '../ops/norm';
export { tensordot } from '../ops/tensordot';
export { trace } from '../ops/trace';
