export { type LossOptions, type Reduction } from './loss-options';
export { meanSquaredError } from './mean-squared-error';
export { meanAbsoluteError } from './mean-absolute-error';
export { huber, type HuberOptions } from './huber';
export { binaryCrossentropy, type CrossentropyOptions } from './binary-crossentropy';
export { categoricalCrossentropy } from './categorical-crossentropy';
export { sparseCategoricalCrossentropy, type SparseCrossentropyOptions } from './sparse-categorical-crossentropy';
