export { normal, type NormalOptions } from './normal';
export { uniform, type UniformOptions } from './uniform';
export { truncatedNormal, type TruncatedNormalOptions } from './truncated-normal';
export { categorical, type CategoricalOptions } from './categorical';
export { shuffle } from './shuffle';
export { setSeed } from './seed';
